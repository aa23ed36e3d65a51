//! The comparison's columns and the storyboard could not be read back from storage
//! (`storage::stage`): said in both languages, with what happened to them and that the
//! scenarios themselves (in the library) are safe.

use yew::prelude::*;

use super::both_languages;
use crate::i18n::{Lang, Msg, NoticeMsg};
use crate::storage::stage::StageProblem;

#[derive(Properties, PartialEq)]
pub struct StageNoticeProps {
    pub lang: Lang,
    pub problem: StageProblem,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn StageNotice(props: &StageNoticeProps) -> Html {
    let dismiss = {
        let cb = props.on_dismiss.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let said_in = |lang: Lang| -> Html {
        let text = match &props.problem {
            StageProblem::SetAside(Some(key)) => lang.fill(
                NoticeMsg::StageSetAside,
                &[("key", &crate::sharing::import::shorten(key, 80))],
            ),
            StageProblem::SetAside(None) => lang.t(NoticeMsg::StageLost).to_string(),
            StageProblem::Newer(v) => lang.fill(NoticeMsg::StageNewer, &[("v", &v.to_string())]),
        };
        html! {
            <p lang={lang.code()}>
                <strong>{ lang.t(NoticeMsg::StageHeading) }</strong>{ " " }{ text }
            </p>
        }
    };
    html! {
        <div class="notice notice-warning" role="alert" data-testid="stage-error">
            <div class="notice-text">
                { said_in(Lang::Vi) }
                { said_in(Lang::En) }
            </div>
            <div class="notice-actions">
                <button type="button" class="button-quiet" onclick={dismiss}>
                    { both_languages(props.lang, Msg::Dismiss) }
                </button>
            </div>
        </div>
    }
}
