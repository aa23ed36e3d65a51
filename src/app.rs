//! The root component: loads the embedded dataset, owns the page state (one `use_reducer`),
//! and does the persistence at the edge (URL fragment, `<html lang>`, `<title>`) in effects.
//! Components below it get plain props and `on_<verb>` callbacks; none of them sees the
//! reducer, so each can be rendered on its own in a test.

use std::rc::Rc;

use gloo::events::EventListener;
use ntm_model::Dataset;
use yew::prelude::*;

use crate::components::charts::VillagesChart;
use crate::components::header::Header;
use crate::components::headline::Headline;
use crate::components::levers::Levers;
use crate::components::notice::{DatasetError, IllustrativeNote, LinkErrorBanner};
use crate::i18n::{Lang, Msg};
use crate::simulation::use_simulation;
use crate::state::{Action, AppState};
use crate::url_state;

/// The whole page.
#[component]
pub fn App() -> Html {
    let dataset = use_memo((), |_| Dataset::caobang_2020().map(Rc::new));
    match &*dataset {
        Ok(dataset) => html! { <Planner dataset={dataset.clone()} /> },
        Err(e) => html! { <DatasetError detail={e.to_string()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct PlannerProps {
    dataset: Rc<Dataset>,
}

/// The planner screen for a loaded dataset.
#[component]
fn Planner(props: &PlannerProps) -> Html {
    let state = {
        let dataset = props.dataset.clone();
        use_reducer(move || AppState::open(dataset, &url_state::read()))
    };
    use_simulation(&state);

    // The address bar always holds the current scenario, so copying it shares the scenario.
    use_effect_with(state.scenario.clone(), |scenario| {
        url_state::write(&url_state::encode(scenario));
    });

    // A link pasted into this same tab only changes the fragment: no reload, so listen for it.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::OpenLink(url_state::read()));
            });
            move || drop(listener)
        });
    }

    use_effect_with(state.lang, |lang| {
        let document = gloo::utils::document();
        document.set_title(lang.t(Msg::DocumentTitle));
        if let Some(html) = document.document_element() {
            // Screen readers and hyphenation follow <html lang>.
            let _ = html.set_attribute("lang", lang.code());
        }
    });

    let on_set_language = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang: Lang| dispatcher.dispatch(Action::SetLanguage(lang)))
    };
    let on_set_budget_scale = {
        let dispatcher = state.dispatcher();
        Callback::from(move |pct: f64| dispatcher.dispatch(Action::SetBudgetScale(pct)))
    };
    let on_dismiss_link_error = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::DismissLinkError))
    };

    let lang = state.lang;
    let computing = state.is_computing();
    html! {
        <>
            <Header {lang} {on_set_language} />
            <main class="page">
                if state.link_error.is_some() {
                    <LinkErrorBanner {lang} on_dismiss={on_dismiss_link_error} />
                }
                <IllustrativeNote {lang} />
                <Headline {lang} outcome={state.outcome.clone()} {computing} />
                <div class="workspace">
                    <Levers
                        {lang}
                        budget_scale={state.scenario.budget.scale_pct}
                        {on_set_budget_scale}
                    />
                    <VillagesChart {lang} outcome={state.outcome.clone()} {computing} />
                </div>
            </main>
        </>
    }
}
