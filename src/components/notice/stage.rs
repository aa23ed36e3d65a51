//! The comparison's columns and the storyboard could not be read back from storage
//! (`storage::stage`): said in both languages, with what happened to them and that the
//! scenarios themselves (in the library) are safe.

use yew::prelude::*;

use super::{bilingual_notice, Frame};
use crate::i18n::{Lang, NoticeMsg};
use crate::storage::stage::StageProblem;

#[derive(Properties, PartialEq)]
pub struct StageNoticeProps {
    pub lang: Lang,
    pub problem: StageProblem,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn StageNotice(props: &StageNoticeProps) -> Html {
    let said_in = |lang: Lang| -> Html {
        let text = match &props.problem {
            StageProblem::SetAside(Some(key)) => lang.fill(
                NoticeMsg::StageSetAside,
                &[("key", &crate::sharing::import::shorten(key, 80))],
            ),
            StageProblem::SetAside(None) => lang.t(NoticeMsg::StageLost).to_string(),
            StageProblem::Newer(v) => lang.fill(NoticeMsg::StageNewer, &[("v", &v.to_string())]),
            StageProblem::LeftOut(n) => lang.fill(
                NoticeMsg::StageLeftOut,
                &[("n", &lang.number(*n as f64, 0))],
            ),
        };
        let heading = match props.problem {
            StageProblem::LeftOut(_) => NoticeMsg::StageLeftOutHeading,
            _ => NoticeMsg::StageHeading,
        };
        html! {
            <p lang={lang.code()}>
                <strong>{ lang.t(heading) }</strong>{ " " }{ text }
            </p>
        }
    };
    let frame = Frame {
        class: Some("notice-warning"),
        role: "alert",
        testid: "stage-error",
    };
    bilingual_notice(frame, props.lang, said_in, None, &props.on_dismiss)
}
