//! Where the autosave a link displaced went (`state::kept`): said in both languages, as the
//! other notices about the planner's work are, since a colleague's link may have set the page
//! to the other language.

use yew::prelude::*;

use super::{bilingual_notice, both_languages, focus_header_undo, Frame};
use crate::i18n::{Lang, Msg, NoticeMsg};
use crate::state::kept::Kept;

#[derive(Properties, PartialEq)]
pub struct KeptNoticeProps {
    pub lang: Lang,
    pub kept: Kept,
    pub on_dismiss: Callback<()>,
}

/// "Your earlier work was kept in the library as …": a status, not an alarm.
#[component]
pub fn KeptNotice(props: &KeptNoticeProps) -> Html {
    let said_in = |lang: Lang| -> Html {
        let text = match &props.kept {
            Kept::InLibrary(name) => lang.fill(NoticeMsg::AutosaveKeptInLibrary, &[("name", name)]),
            Kept::SetAside => lang.t(NoticeMsg::AutosaveKeptAside).to_string(),
        };
        html! { <p lang={lang.code()}>{ text }</p> }
    };
    let frame = Frame {
        class: None,
        role: "status",
        testid: "autosave-kept",
    };
    bilingual_notice(frame, props.lang, said_in, None, &props.on_dismiss)
}

#[derive(Properties, PartialEq)]
pub struct DisplacedNoticeProps {
    pub lang: Lang,
    pub on_restore: Callback<()>,
    pub on_dismiss: Callback<()>,
}

/// "This page shows the link's scenario; your autosaved work is still here", with the way
/// back to it: a colleague's link opened in a new tab used to cover yesterday's work without
/// a word (it was kept in the library only at the first change, and said only then).
#[component]
pub fn DisplacedNotice(props: &DisplacedNoticeProps) -> Html {
    // Both buttons take the notice away with them: the focus goes to the header's undo.
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(());
            focus_header_undo();
        })
    };
    let said_in =
        |lang: Lang| html! { <p lang={lang.code()}>{ lang.t(NoticeMsg::AutosaveDisplaced) }</p> };
    html! {
        <div class="notice" role="status" data-testid="autosave-displaced">
            <div class="notice-text">
                { said_in(props.lang) }
                { said_in(props.lang.other()) }
            </div>
            <div class="notice-actions">
                <button type="button" class="button" data-testid="restore-autosave" onclick={click(&props.on_restore)}>
                    { both_languages(props.lang, NoticeMsg::RestoreAutosave) }
                </button>
                <button type="button" class="button-quiet" data-testid="autosave-displaced-dismiss" onclick={click(&props.on_dismiss)}>
                    { both_languages(props.lang, Msg::Dismiss) }
                </button>
            </div>
        </div>
    }
}
