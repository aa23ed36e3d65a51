//! The root component: loads the embedded dataset, owns the page state (one `use_reducer`),
//! and does the persistence at the edge, in effects: the share link in the URL fragment
//! (`history.replaceState` on every change), the autosave in `localStorage`, `<html lang>` and
//! `<title>`. Components below get plain props and `on_<verb>` callbacks; none of them sees
//! the reducer, so each can be rendered on its own in a test.

use std::rc::Rc;

use gloo::events::EventListener;
use ntm_model::Dataset;
use yew::prelude::*;

use crate::components::assumptions::AssumptionsPanel;
use crate::components::header::Header;
use crate::components::headline::Headline;
use crate::components::levers::{CommuneLevers, LeverCtx, LeversPanel};
use crate::components::notice::{
    dataset_note, DatasetError, IllustrativeNote, LinkNotice, StorageNotice,
};
use crate::components::workspace::{
    ChartsPlaceholder, CommuneDetailPlaceholder, CriteriaPlaceholder, TabBar,
};
use crate::i18n::{Lang, Msg, WorkspaceMsg};
use crate::simulation::use_simulation;
use crate::state::levers::Edit;
use crate::state::view::{LeverScope, ResultsTab, ScenarioTab};
use crate::state::{Action, AppState};
use crate::storage::{self, LocalStore};
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

/// When this page set an unreadable autosave aside (used in the key it is moved to).
fn now_stamp() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The planner screen for a loaded dataset.
#[component]
fn Planner(props: &PlannerProps) -> Html {
    let state = {
        let dataset = props.dataset.clone();
        use_reducer(move || {
            let autosave = storage::load(&mut LocalStore::open(), &dataset, &now_stamp());
            AppState::open(dataset, &url_state::read(), autosave)
        })
    };
    use_simulation(&state);
    let ds = state.dataset.clone();
    let dispatch = |make: fn(()) -> Action| {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(make(())))
    };

    // The address bar always holds the scenario and the view: copying it shares both.
    {
        let ds = ds.clone();
        use_effect_with(
            (state.scenario.clone(), state.view.clone()),
            move |(scenario, view)| match url_state::fragment(scenario, view, &ds) {
                Ok(f) => url_state::write(&f),
                // Only a dataset whose codes are not numbers can get here (not the embedded
                // one); the page keeps working, the address bar keeps the last good link.
                Err(e) => gloo::console::warn!(format!("share link not updated: {e}")),
            },
        );
    }

    // The autosave follows every change once the scenario has been touched on this page, so
    // following a bad link never overwrites yesterday's work.
    {
        let dispatcher = state.dispatcher();
        let ds = ds.clone();
        use_effect_with(
            (state.scenario.clone(), state.view.clone(), state.touched),
            move |(scenario, view, touched)| {
                if *touched {
                    let saved =
                        storage::save(&mut LocalStore::open(), scenario, &view.to_wire(&ds));
                    if let Err(problem) = saved {
                        dispatcher.dispatch(Action::StorageFailed(problem));
                    }
                }
            },
        );
    }

    // A link pasted into this same tab only changes the fragment: no reload, so listen for it.
    // (`replaceState` fires no `hashchange`, so the app never re-reads its own link.)
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::OpenLink(url_state::read()));
            });
            move || drop(listener)
        });
    }

    use_effect_with(state.view.lang, |lang| {
        let document = gloo::utils::document();
        document.set_title(lang.t(Msg::DocumentTitle));
        if let Some(html) = document.document_element() {
            // Screen readers and hyphenation follow <html lang>.
            let _ = html.set_attribute("lang", lang.code());
        }
    });

    let lang = state.view.lang;
    let d = state.dispatcher();
    let on_edit = {
        let d = d.clone();
        Callback::from(move |e: Edit| d.dispatch(Action::Edit(e)))
    };
    let ctx = LeverCtx {
        lang,
        dataset: ds.clone(),
        scenario: Rc::new(state.scenario.clone()),
        defaults: state.defaults.clone(),
        on_edit,
    };
    let on_set_language = {
        let d = d.clone();
        Callback::from(move |l: Lang| d.dispatch(Action::SetLanguage(l)))
    };
    let on_select_commune = {
        let d = d.clone();
        Callback::from(move |i: usize| d.dispatch(Action::OpenCommune(i)))
    };
    let on_pick_commune = {
        let d = d.clone();
        Callback::from(move |i: Option<usize>| d.dispatch(Action::PickCommune(i)))
    };
    let on_select_district = {
        let d = d.clone();
        Callback::from(move |i: Option<usize>| d.dispatch(Action::SelectDistrict(i)))
    };
    let on_set_scope = {
        let d = d.clone();
        Callback::from(move |s: LeverScope| d.dispatch(Action::SetLeverScope(s)))
    };
    let on_scenario_tab = {
        let d = d.clone();
        Callback::from(move |i: usize| {
            d.dispatch(Action::SetScenarioTab(
                ScenarioTab::ALL[i.min(ScenarioTab::ALL.len() - 1)],
            ))
        })
    };
    let on_results_tab = {
        let d = d.clone();
        Callback::from(move |i: usize| {
            d.dispatch(Action::SetResultsTab(
                ResultsTab::ALL[i.min(ResultsTab::ALL.len() - 1)],
            ))
        })
    };
    let on_set_year = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(y) = select.value().parse::<u16>() {
                d.dispatch(Action::SetYear(y));
            }
        })
    };

    let notices = &state.notices;
    let stale = state.is_stale();
    let year = state.year();
    let results = state.outcome.as_ref().map(|o| o.results.clone());
    // Used by the charts and criteria components once they are integrated.
    let _ = (&results, &state.baseline, &on_select_commune);
    let scenario_tab = state.view.scenario_tab;
    let results_tab = state.view.results_tab;
    let scenario_tabs = vec![
        (
            AttrValue::from("tab-levers"),
            AttrValue::from(lang.t(WorkspaceMsg::TabLevers)),
        ),
        (
            AttrValue::from("tab-assumptions"),
            AttrValue::from(lang.t(WorkspaceMsg::TabAssumptions)),
        ),
    ];
    let results_tabs = vec![
        (
            AttrValue::from("tab-charts"),
            AttrValue::from(lang.t(WorkspaceMsg::TabCharts)),
        ),
        (
            AttrValue::from("tab-criteria"),
            AttrValue::from(lang.t(WorkspaceMsg::TabCriteria)),
        ),
    ];
    let detail = state
        .view
        .commune
        .filter(|_| state.view.detail_open)
        .filter(|&i| i < ds.communes.len());
    let place = lang
        .pick(&ds.province.name_vi, &ds.province.name_en)
        .to_string();

    html! {
        <>
            <Header {lang} {place} {on_set_language} />
            <main class="page">
                if notices.link.is_some() || notices.link_dataset_version.is_some() {
                    <LinkNotice
                        {lang}
                        error={notices.link.clone()}
                        other_version={notices.link_dataset_version}
                        can_restore={notices.restorable.is_some()}
                        on_restore={dispatch(|()| Action::RestoreAutosave)}
                        on_dismiss={dispatch(|()| Action::DismissLinkNotice)}
                    />
                }
                if let Some(problem) = &notices.storage {
                    <StorageNotice
                        {lang}
                        problem={problem.clone()}
                        on_dismiss={dispatch(|()| Action::DismissStorageNotice)}
                    />
                }
                <IllustrativeNote {lang} note={dataset_note(&ds, lang)} />
                <Headline
                    {lang}
                    dataset={ds.clone()}
                    outcome={state.outcome.clone()}
                    {stale}
                    progress={state.progress()}
                />
                <div class="workspace">
                    <section class="pane pane-scenario" aria-label={lang.t(WorkspaceMsg::ScenarioPane)}>
                        <TabBar
                            label={lang.t(WorkspaceMsg::ScenarioPane)}
                            tabs={scenario_tabs}
                            selected={ScenarioTab::ALL.iter().position(|t| *t == scenario_tab).unwrap_or(0)}
                            on_select={on_scenario_tab}
                        />
                        {
                            match scenario_tab {
                                ScenarioTab::Levers => html! {
                                    <div role="tabpanel" id="tab-levers-panel" aria-labelledby="tab-levers" class="tab-panel">
                                        <LeversPanel
                                            ctx={ctx.clone()}
                                            scope={state.view.lever_scope}
                                            district={state.view.district}
                                            commune={state.view.commune}
                                            detail_open={detail.is_some()}
                                            {on_set_scope}
                                            {on_select_district}
                                            {on_pick_commune}
                                            on_open_commune={on_select_commune.clone()}
                                        />
                                    </div>
                                },
                                ScenarioTab::Assumptions => html! {
                                    <div role="tabpanel" id="tab-assumptions-panel" aria-labelledby="tab-assumptions" class="tab-panel">
                                        <AssumptionsPanel ctx={ctx.clone()} />
                                    </div>
                                },
                            }
                        }
                    </section>
                    <section class="pane pane-results" aria-label={lang.t(WorkspaceMsg::ResultsPane)}>
                        if let Some(commune) = detail {
                            // INTEGRATE: replace with
                            // <CommuneDetail {lang} dataset={ds.clone()} results={results.clone()}
                            //     baseline={state.baseline.clone()} {commune}
                            //     on_close={dispatch(|()| Action::CloseCommune)}>
                            //     <CommuneLevers ctx={ctx.clone()} {commune} id_prefix="detail" />
                            // </CommuneDetail>
                            <CommuneDetailPlaceholder
                                {lang}
                                dataset={ds.clone()}
                                {commune}
                                on_close={dispatch(|()| Action::CloseCommune)}
                            >
                                <CommuneLevers ctx={ctx.clone()} {commune} id_prefix="detail" />
                            </CommuneDetailPlaceholder>
                        }
                        <div class="results-head">
                            <TabBar
                                label={lang.t(WorkspaceMsg::ResultsPane)}
                                tabs={results_tabs}
                                selected={ResultsTab::ALL.iter().position(|t| *t == results_tab).unwrap_or(0)}
                                on_select={on_results_tab}
                            />
                            <label class="year-pick">
                                { lang.t(WorkspaceMsg::Year) }
                                <select data-testid="year-select" onchange={on_set_year}>
                                    { for state.scenario.years(&ds).into_iter().map(|y| html! {
                                        <option value={y.to_string()} selected={y == year}>{ y }</option>
                                    }) }
                                </select>
                            </label>
                        </div>
                        {
                            match results_tab {
                                ResultsTab::Charts => html! {
                                    <div role="tabpanel" id="tab-charts-panel" aria-labelledby="tab-charts" class="tab-panel">
                                        // INTEGRATE: replace with
                                        // <ChartsPanel {lang} dataset={ds.clone()} results={results.clone()}
                                        //     baseline={state.baseline.clone()} {year}
                                        //     on_select_commune={on_select_commune.clone()} />
                                        <ChartsPlaceholder {lang} outcome={state.outcome.clone()} {stale} />
                                    </div>
                                },
                                ResultsTab::Criteria => html! {
                                    <div role="tabpanel" id="tab-criteria-panel" aria-labelledby="tab-criteria" class="tab-panel">
                                        // INTEGRATE: replace with
                                        // <CriteriaMatrix {lang} dataset={ds.clone()} results={results.clone()}
                                        //     {year} on_select_commune={on_select_commune.clone()} />
                                        <CriteriaPlaceholder {lang} />
                                    </div>
                                },
                            }
                        }
                    </section>
                </div>
            </main>
        </>
    }
}
