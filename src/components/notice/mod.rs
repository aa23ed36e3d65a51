//! Banners: a link that could not be read, a link made for another dataset version, a problem
//! with the autosave, a dataset that failed. (The note on the data in use is `components::data`.)
//!
//! Link and storage messages are shown in Vietnamese and English at once: whoever sent the
//! link may not share the reader's language setting. Anything quoted from a link or from
//! storage is shown as text (yew escapes it), never as HTML, and shortened.

mod kept;
mod stage;

pub use kept::{DisplacedNotice, KeptNotice};
pub use stage::StageNotice;

use ntm_model::codec::json_error;
use ntm_model::codec::link::{self, DataDiffers, LinkError};
use ntm_model::Dataset;
use std::rc::Rc;
use yew::prelude::*;

use crate::i18n::keys::for_platform;
use crate::i18n::{Lang, Msg, NoticeMsg, Translate};
use crate::sharing::problems::problems_said;
use crate::state::Replaced;
use crate::storage::StorageProblem;

/// The dataset's note in `lang`.
pub fn dataset_note(ds: &Dataset, lang: Lang) -> AttrValue {
    AttrValue::from(
        lang.pick(&ds.province.note_vi, &ds.province.note_en)
            .to_string(),
    )
}

/// The dataset's note for a printed report, which goes to the province's leaders: what is real
/// and what is illustrative, without the sentence on how to load real data (files and the
/// README are for whoever runs the tool; the page itself keeps it).
pub fn dataset_note_for_print(ds: &Dataset, lang: Lang) -> AttrValue {
    let note = lang.pick(&ds.province.note_vi, &ds.province.note_en);
    let cut = ["Muốn dùng số liệu thật", "To use real data"]
        .iter()
        .filter_map(|start| note.find(start))
        .min()
        .unwrap_or(note.len());
    AttrValue::from(note[..cut].trim_end().to_string())
}

/// At most `n` characters of something a link or the storage carried.
pub(crate) fn quote(s: &str, n: usize) -> String {
    crate::sharing::import::shorten(s, n)
}

/// What is wrong with a link for `ds`, in `lang`, and a technical detail if any.
pub fn link_reason(e: &LinkError, ds: &Dataset, lang: Lang) -> (String, Option<String>) {
    match e {
        LinkError::Empty => (lang.t(NoticeMsg::LinkEmpty).into(), None),
        LinkError::TooLong(n) => (
            lang.fill(NoticeMsg::LinkTooLong, &[("n", &lang.number(*n as f64, 0))]),
            None,
        ),
        LinkError::NotBase64 => (lang.t(NoticeMsg::LinkNotBase64).into(), None),
        LinkError::Corrupted => (lang.t(NoticeMsg::LinkCorrupted).into(), None),
        LinkError::Newer => (lang.t(NoticeMsg::LinkNewer).into(), None),
        LinkError::OtherDataset(id) => (
            lang.fill(NoticeMsg::LinkOtherDataset, &[("id", &quote(id, 40))]),
            None,
        ),
        LinkError::Invalid(problems) => {
            let list = problems_said(problems, link::SHOWN_PROBLEMS, ds, lang);
            (
                lang.fill(NoticeMsg::LinkInvalid, &[("problems", &list)]),
                None,
            )
        }
        LinkError::Unencodable(detail) => (
            lang.t(NoticeMsg::LinkUnencodable).into(),
            Some(quote(detail, 300)),
        ),
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub lang: Lang,
    /// The dataset the link was read against (its levers name a bad value's place).
    pub dataset: Rc<Dataset>,
    pub error: Option<LinkError>,
    /// The bad link was pasted into the page, which kept the work on screen (else the page
    /// was opened with it and shows the defaults).
    #[prop_or_default]
    pub work_kept: bool,
    /// …and the address bar holds the work's own link again (a damaged link; one from a newer
    /// version or for another dataset is left there).
    #[prop_or_default]
    pub address_restored: bool,
    /// The link was made on other data under this dataset's id (another version, or other
    /// content under the same version).
    #[prop_or_default]
    pub data_differs: Option<DataDiffers>,
    /// An autosave can be reopened instead of the defaults.
    #[prop_or_default]
    pub can_restore: bool,
    pub on_restore: Callback<()>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    let dismiss = dismiss_and_move_on(&props.on_dismiss);
    let restore = {
        let cb = props.on_restore.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(());
            focus_header_undo();
        })
    };
    let said_in = |lang: Lang| -> Html {
        match (&props.error, props.data_differs) {
            (Some(e), _) => {
                let (reason, _) = link_reason(e, &props.dataset, lang);
                html! {
                    <p lang={lang.code()}>
                        <strong>{ lang.t(NoticeMsg::LinkHeading) }</strong>{ " " }
                        { reason }{ " " }
                        { lang.t(match (props.work_kept, props.address_restored) {
                            (true, true) => NoticeMsg::LinkWorkKeptAddressRestored,
                            (true, false) => NoticeMsg::LinkWorkKept,
                            (false, _) => NoticeMsg::LinkDefaultsShown,
                        }) }
                    </p>
                }
            }
            (None, Some(DataDiffers::Version(v))) => html! {
                <p lang={lang.code()}>
                    { lang.fill(NoticeMsg::LinkOtherVersion, &[("v", &v.to_string())]) }
                </p>
            },
            (None, Some(DataDiffers::Content)) => {
                let p = &props.dataset.province;
                html! {
                    <p lang={lang.code()} data-testid="link-other-data">
                        { lang.fill(NoticeMsg::LinkOtherData, &[
                            ("id", &p.id),
                            ("v", &p.version.to_string()),
                        ]) }
                    </p>
                }
            }
            (None, None) => html! {},
        }
    };
    html! {
        <div class="notice notice-warning" role="alert" data-testid="link-error">
            <div class="notice-text">
                { said_in(props.lang) }
                { said_in(props.lang.other()) }
                { detail_line(props.error.as_ref().and_then(|e| link_reason(e, &props.dataset, Lang::En).1)) }
            </div>
            <div class="notice-actions">
                if props.can_restore && props.error.is_some() {
                    <button type="button" class="button" data-testid="restore-autosave" onclick={restore}>
                        { both_languages(props.lang, NoticeMsg::RestoreAutosave) }
                    </button>
                }
                <button type="button" class="button-quiet" data-testid="link-error-dismiss" onclick={dismiss}>
                    { both_languages(props.lang, Msg::Dismiss) }
                </button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    pub lang: Lang,
    pub problem: StorageProblem,
    /// The dataset the autosave was read against (its levers name a bad value's place).
    pub dataset: Rc<Dataset>,
    /// The page shows the scenario of the link it was opened with, not the defaults.
    #[prop_or_default]
    pub link_shown: bool,
    pub on_dismiss: Callback<()>,
}

/// A problem with the autosave: never fatal, always said.
#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let said_in = |lang: Lang| -> Html {
        // What the page shows instead of the damaged autosave.
        let shown = lang.t(if props.link_shown {
            NoticeMsg::StorageShowsLink
        } else {
            NoticeMsg::StorageShowsDefault
        });
        let text = match &props.problem {
            StorageProblem::Unreadable {
                set_aside_key,
                problems,
                ..
            } => {
                let mut text = match set_aside_key {
                    Some(key) => lang.fill(
                        NoticeMsg::StorageSetAside,
                        &[("key", &quote(key, 80)), ("shown", shown)],
                    ),
                    None => lang.fill(NoticeMsg::StorageLost, &[("shown", shown)]),
                };
                // Values out of range: named as a link's are, in this language.
                if !problems.is_empty() {
                    let list = problems_said(problems, link::SHOWN_PROBLEMS, &props.dataset, lang);
                    text.push(' ');
                    text.push_str(&lang.fill(NoticeMsg::StorageInvalid, &[("problems", &list)]));
                }
                text
            }
            StorageProblem::Newer(v) => {
                lang.fill(NoticeMsg::StorageNewer, &[("v", &v.to_string())])
            }
            StorageProblem::CannotSave => lang.t(NoticeMsg::StorageCannotSave).into(),
        };
        html! {
            <p lang={lang.code()}>
                <strong>{ lang.t(NoticeMsg::StorageHeading) }</strong>{ " " }{ text }
            </p>
        }
    };
    // The model's English line, where the notice has not said it in both languages already.
    let detail = match &props.problem {
        StorageProblem::Unreadable {
            detail, problems, ..
        } if problems.is_empty() => Some(quote(detail, 200)),
        _ => None,
    };
    let frame = Frame {
        class: Some("notice-warning"),
        role: "alert",
        testid: "storage-error",
    };
    bilingual_notice(frame, props.lang, said_in, detail, &props.on_dismiss)
}

/// A notice's dismiss button: the notice goes with it, so the focus moves on to what follows
/// the notice, not to the top of the page, where a keyboard user had to start again.
pub(crate) fn dismiss_and_move_on(on_dismiss: &Callback<()>) -> Callback<MouseEvent> {
    let cb = on_dismiss.clone();
    Callback::from(move |e: MouseEvent| {
        let notice = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|b| b.closest(".notice").ok().flatten());
        if let Some(notice) = notice {
            focus_next_after(&notice);
        }
        cb.emit(())
    })
}

/// Focuses the first control after `el` in document order (its later siblings, then its
/// parents' later siblings), if any.
fn focus_next_after(el: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    const FOCUSABLE: &str = "button:not([disabled]), a[href], input:not([disabled]), \
        select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";
    // Focused for real: `focus()` succeeds on a hidden control (in a closed <details>) too.
    let focus = |e: web_sys::Element| {
        let focused = e
            .clone()
            .dyn_into::<web_sys::HtmlElement>()
            .ok()
            .and_then(|h| h.focus().ok())
            .is_some();
        focused && gloo::utils::document().active_element().as_ref() == Some(&e)
    };
    let mut at = Some(el.clone());
    while let Some(node) = at {
        let mut next = node.next_element_sibling();
        while let Some(sibling) = next {
            let target = if sibling.matches(FOCUSABLE).unwrap_or(false) {
                Some(sibling.clone())
            } else {
                sibling.query_selector(FOCUSABLE).ok().flatten()
            };
            if let Some(t) = target {
                if focus(t) {
                    return;
                }
            }
            next = sibling.next_element_sibling();
        }
        at = node.parent_element();
    }
}

/// Puts the focus on the header's undo: where a notice's button that went away with its notice
/// leaves it (the step it took can be taken back there), rather than on the page's start.
pub(crate) fn focus_header_undo() {
    let header = gloo::utils::document()
        .query_selector("[data-testid=history-undo]")
        .ok()
        .flatten();
    if let Some(b) = header.and_then(|b| {
        use wasm_bindgen::JsCast;
        b.dyn_into::<web_sys::HtmlElement>().ok()
    }) {
        let _ = b.focus();
    }
}

#[derive(Properties, PartialEq)]
pub struct UndoNoticeProps {
    pub lang: Lang,
    pub replaced_by: Replaced,
    pub on_undo: Callback<()>,
    pub on_dismiss: Callback<()>,
}

/// After a one-click replacement of the work (a reset of many levers, a saved scenario or a
/// file opened): says what happened and offers it back, with a button (and Ctrl+Z, ⌘Z, which
/// the header's undo handles: the replacement is the history's latest step), until the next
/// change. Fixed at the bottom of the window, so it is seen wherever the
/// button that did it was.
#[component]
pub fn UndoNotice(props: &UndoNoticeProps) -> Html {
    let lang = props.lang;
    // Ctrl+Z (⌘Z) is the header's (`header::history`): the replacement is the latest step.
    let what = undo_message(props.replaced_by);
    // The toast goes with either of its buttons: the focus goes to the header's undo (the
    // same step back, and the next one), not to the top of the page.
    let undo = {
        let cb = props.on_undo.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(());
            focus_header_undo();
        })
    };
    let dismiss = {
        let cb = props.on_dismiss.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(());
            focus_header_undo();
        })
    };
    html! {
        // Not a live region itself: one inserted already filled is often not read. The app
        // keeps an empty one on the page and fills it (`undo_message`).
        <div class="undo-toast" data-testid="undo-notice">
            <span>
                { lang.t(what) }
                // A link opened over the work says so in the other language too, as the link
                // notices do: whoever sent it may not share the reader's setting.
                if props.replaced_by == Replaced::Link {
                    <span class="undo-other" lang={lang.other().code()} data-testid="undo-notice-other">
                        { lang.other().t(what) }
                    </span>
                }
            </span>
            <button type="button" class="button" title={for_platform(lang.t(NoticeMsg::UndoKeys)).into_owned()} data-testid="undo" onclick={undo}>
                { lang.t(NoticeMsg::UndoButton) }
            </button>
            <button type="button" class="button-quiet" data-testid="undo-dismiss" onclick={dismiss}>
                { lang.t(Msg::Dismiss) }
            </button>
        </div>
    }
}

/// How a notice about the planner's work is framed.
pub(crate) struct Frame {
    /// A class beyond `notice` (`notice-warning` for a problem).
    pub class: Option<&'static str>,
    /// `alert` for a problem, `status` for news.
    pub role: &'static str,
    pub testid: &'static str,
}

/// The frame the notices about the planner's work share: what they say in the reader's
/// language, then in the other (whoever sent a link may not share the reader's setting), an optional technical
/// detail, and a dismiss button labelled in both languages.
pub(crate) fn bilingual_notice(
    frame: Frame,
    lang: Lang,
    said_in: impl Fn(Lang) -> Html,
    detail: Option<String>,
    on_dismiss: &Callback<()>,
) -> Html {
    bilingual_notice_with(frame, lang, said_in, detail, Html::default(), on_dismiss)
}

/// [`bilingual_notice`] with `action` (a button that mends what the notice says) before
/// the dismiss button.
pub(crate) fn bilingual_notice_with(
    frame: Frame,
    lang: Lang,
    said_in: impl Fn(Lang) -> Html,
    detail: Option<String>,
    action: Html,
    on_dismiss: &Callback<()>,
) -> Html {
    let dismiss = dismiss_and_move_on(on_dismiss);
    html! {
        <div class={classes!("notice", frame.class)} role={frame.role} data-testid={frame.testid}>
            <div class="notice-text">
                // The reader's language first: an English reader met Vietnamese first.
                { said_in(lang) }
                { said_in(lang.other()) }
                { detail_line(detail) }
            </div>
            <div class="notice-actions">
                { action }
                <button type="button" class="button-quiet" data-testid={format!("{}-dismiss", frame.testid)} onclick={dismiss}>
                    { both_languages(lang, Msg::Dismiss) }
                </button>
            </div>
        </div>
    }
}

/// A button's label in the reader's language, then the other one, quieter: the notices around
/// these buttons speak both languages, so their actions must be readable in both too.
pub(crate) fn both_languages<M: Translate>(lang: Lang, msg: M) -> Html {
    let other = lang.other();
    html! {
        <>
            { lang.t(msg) }
            <span class="other-lang" lang={other.code()}>{ " · " }{ other.t(msg) }</span>
        </>
    }
}

/// A technical detail (the model's words, in English), labelled in both languages.
pub fn detail_line(detail: Option<String>) -> Html {
    let Some(en) = detail else {
        return html! {};
    };
    // The reader's message in Vietnamese where its words are known (positions, fields and
    // types stay as written); once, under both labels, where they are not.
    let vi = json_error::in_vietnamese(&en);
    if vi == en {
        return html! {
            <p class="notice-detail">
                <span lang="vi">{ Lang::Vi.t(NoticeMsg::Detail) }</span>
                { " / " }
                <span lang="en">{ Lang::En.t(NoticeMsg::Detail) }</span>
                { ": " }
                <code>{ en }</code>
            </p>
        };
    }
    html! {
        <p class="notice-detail">
            <span lang="vi">{ Lang::Vi.t(NoticeMsg::Detail) }{ ": " }<code>{ vi }</code></span>
            <br />
            <span lang="en">{ Lang::En.t(NoticeMsg::Detail) }{ ": " }<code>{ en }</code></span>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct DatasetErrorProps {
    pub detail: String,
}

/// The embedded dataset did not load: nothing to plan with, so say so in both languages.
#[component]
pub fn DatasetError(props: &DatasetErrorProps) -> Html {
    html! {
        <main class="page">
            <div class="notice notice-warning" role="alert" data-testid="dataset-error">
                <p lang="vi">{ Lang::Vi.t(Msg::DatasetFailed) }</p>
                <p lang="en">{ Lang::En.t(Msg::DatasetFailed) }</p>
                <pre>{ &props.detail }</pre>
            </div>
        </main>
    }
}

/// What the undo offer says was replaced.
pub fn undo_message(replaced_by: Replaced) -> NoticeMsg {
    match replaced_by {
        Replaced::ResetLevers => NoticeMsg::UndoResetLevers,
        Replaced::ResetAssumptions => NoticeMsg::UndoResetAssumptions,
        Replaced::ResetAll => NoticeMsg::UndoResetAll,
        Replaced::Opened => NoticeMsg::UndoOpened,
        Replaced::Loaded => NoticeMsg::UndoLoaded,
        Replaced::Link => NoticeMsg::UndoLink,
    }
}
