//! Where the autosave a link displaced went (`state::kept`): said in both languages, as the
//! other notices about the planner's work are, since a colleague's link may have set the page
//! to the other language.

use yew::prelude::*;

use super::{bilingual_notice, Frame};
use crate::i18n::{Lang, NoticeMsg};
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
