//! The screen switcher under the header: build a scenario (the workspace), compare
//! scenarios, present, printable report. A navigation of buttons; the screen on show is
//! marked `aria-current`.

use yew::prelude::*;

use crate::i18n::{Lang, PresentMsg};
use crate::state::stage::{Screen, StageAction};

#[derive(Properties, PartialEq)]
pub struct ScreenNavProps {
    pub lang: Lang,
    pub screen: Screen,
    pub on_action: Callback<StageAction>,
}

/// The screen's name, as its button and the page's title say it.
pub fn label(screen: Screen) -> PresentMsg {
    match screen {
        Screen::Workspace => PresentMsg::ScreenWorkspace,
        Screen::Compare => PresentMsg::ScreenCompare,
        Screen::Storyboard => PresentMsg::ScreenPresent,
        Screen::Report => PresentMsg::ScreenReport,
    }
}

/// The HTML id of the screen's heading, which takes the focus when the switcher opens the
/// screen (`tabindex="-1"` on each of them).
pub fn heading_id(screen: Screen) -> &'static str {
    match screen {
        Screen::Workspace => "headline-heading",
        Screen::Compare => "compare-heading",
        Screen::Storyboard => "story-heading",
        Screen::Report => "report-title",
    }
}

#[component]
pub fn ScreenNav(props: &ScreenNavProps) -> Html {
    let lang = props.lang;
    let items = Screen::ALL.iter().map(|&screen| {
        let on_action = props.on_action.clone();
        let current = screen == props.screen;
        html! {
            <li>
                <button
                    type="button"
                    class={classes!("screen-tab", current.then_some("is-current"))}
                    aria-current={current.then_some("page")}
                    data-testid={format!("screen-{}", screen.slug())}
                    onclick={Callback::from(move |_: MouseEvent| {
                        on_action.emit(StageAction::Show(screen));
                        if !current {
                            crate::components::focus_after_render(heading_id(screen));
                        }
                    })}
                >
                    { lang.t(label(screen)) }
                </button>
            </li>
        }
    });
    html! {
        <nav class="screen-nav" aria-label={lang.t(PresentMsg::NavLabel)} data-testid="screen-nav">
            <ul>{ for items }</ul>
        </nav>
    }
}
