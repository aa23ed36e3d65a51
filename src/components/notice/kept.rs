//! Where the autosave a link displaced went (`state::kept`): said in both languages, as the
//! other notices about the planner's work are, since a colleague's link may have set the page
//! to the other language.

use yew::prelude::*;

use super::both_languages;
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
    let dismiss = {
        let cb = props.on_dismiss.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let said_in = |lang: Lang| -> Html {
        let text = match &props.kept {
            Kept::InLibrary(name) => lang.fill(NoticeMsg::AutosaveKeptInLibrary, &[("name", name)]),
            Kept::SetAside => lang.t(NoticeMsg::AutosaveKeptAside).to_string(),
        };
        html! { <p lang={lang.code()}>{ text }</p> }
    };
    html! {
        <div class="notice" role="status" data-testid="autosave-kept">
            <div class="notice-text">
                { said_in(Lang::Vi) }
                { said_in(Lang::En) }
            </div>
            <div class="notice-actions">
                <button type="button" class="button-quiet" data-testid="autosave-kept-dismiss" onclick={dismiss}>
                    { both_languages(props.lang, Msg::Dismiss) }
                </button>
            </div>
        </div>
    }
}
