//! The library's problems as a banner, in Vietnamese and English at once (like the autosave's
//! notice: the library may have been damaged by someone else's visit): unreadable and set
//! aside, some scenarios skipped, written by a newer version, cannot save; and the last
//! operation refused (full, not found). Never fatal; dismissed with one click.

use yew::prelude::*;

use crate::components::notice::{
    bilingual_notice_with, both_languages, dismiss_and_move_on, Frame,
};
use crate::i18n::{Lang, LibraryMsg};
use crate::library::{LibraryError, MAX_ITEMS};
use crate::storage::library::LibraryProblem;

#[derive(Properties, PartialEq)]
pub struct LibraryNoticeProps {
    pub lang: Lang,
    #[prop_or_default]
    pub problem: Option<LibraryProblem>,
    #[prop_or_default]
    pub refused: Option<LibraryError>,
    pub on_dismiss: Callback<()>,
    /// Writes this page's list over a library another tab left unreadable (after setting that
    /// one aside): offered with that problem only.
    #[prop_or_default]
    pub on_keep: Option<Callback<()>>,
}

/// At most `n` characters of something the storage carried.
fn quote(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

/// The problem in `lang`.
pub fn problem_text(problem: &LibraryProblem, lang: Lang) -> String {
    match problem {
        LibraryProblem::Unreadable {
            set_aside_key: Some(key),
            ..
        } => lang.fill(LibraryMsg::NoticeSetAside, &[("key", &quote(key, 80))]),
        LibraryProblem::Unreadable {
            set_aside_key: None,
            ..
        } => lang.t(LibraryMsg::NoticeLost).into(),
        LibraryProblem::Skipped {
            skipped,
            set_aside_key: Some(key),
        } => lang.fill(
            LibraryMsg::NoticeSkipped,
            &[
                ("n", &lang.number(*skipped as f64, 0)),
                ("key", &quote(key, 80)),
            ],
        ),
        LibraryProblem::Skipped {
            skipped,
            set_aside_key: None,
        } => lang.fill(
            LibraryMsg::NoticeSkippedLost,
            &[("n", &lang.number(*skipped as f64, 0))],
        ),
        LibraryProblem::Newer(v) => lang.fill(LibraryMsg::NoticeNewer, &[("v", &v.to_string())]),
        LibraryProblem::CannotSave => lang.t(LibraryMsg::NoticeCannotSave).into(),
        LibraryProblem::DamagedElsewhere => lang.t(LibraryMsg::NoticeDamagedElsewhere).into(),
    }
}

/// The refusal in `lang`.
pub fn refused_text(refused: LibraryError, lang: Lang) -> String {
    match refused {
        LibraryError::Full => lang.fill(
            LibraryMsg::RefusedFull,
            &[("max", &lang.number(MAX_ITEMS as f64, 0))],
        ),
        LibraryError::NotFound => lang.t(LibraryMsg::RefusedNotFound).into(),
    }
}

#[component]
pub fn LibraryNotice(props: &LibraryNoticeProps) -> Html {
    if props.problem.is_none() && props.refused.is_none() {
        return Html::default();
    }
    let said_in = |lang: Lang| -> Html {
        html! {
            <>
                if let Some(problem) = &props.problem {
                    <p lang={lang.code()}>
                        <strong>{ lang.t(LibraryMsg::NoticeHeading) }</strong>{ " " }
                        { problem_text(problem, lang) }
                    </p>
                }
                if let Some(refused) = props.refused {
                    <p lang={lang.code()}>
                        <strong>{ lang.t(LibraryMsg::RefusedHeading) }</strong>{ " " }
                        { refused_text(refused, lang) }
                    </p>
                }
            </>
        }
    };
    let detail = match &props.problem {
        Some(LibraryProblem::Unreadable { detail, .. }) => Some(quote(detail, 200)),
        _ => None,
    };
    let frame = Frame {
        class: Some("notice-warning"),
        role: "alert",
        testid: "library-error",
    };
    let keep = match (&props.problem, &props.on_keep) {
        (Some(LibraryProblem::DamagedElsewhere), Some(cb)) => {
            // The notice goes once the list is kept: the focus moves on, as on dismissing.
            html! {
                <button type="button" class="button" data-testid="library-keep-list" onclick={dismiss_and_move_on(cb)}>
                    { both_languages(props.lang, LibraryMsg::KeepThisList) }
                </button>
            }
        }
        _ => Html::default(),
    };
    bilingual_notice_with(frame, props.lang, said_in, detail, keep, &props.on_dismiss)
}
