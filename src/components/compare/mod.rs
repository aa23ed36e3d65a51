//! The comparison screen: two to four scenarios side by side — the pickers (`picker`), the
//! table of headline differences (`headline_table`), the overlaid charts of villages and
//! communes per year (`charts`, drawn by the charts panel's `ChartFigure`) and the lever diff
//! (`lever_table`). What to compare lives in the page state (`state::stage`); the results come
//! from the stage's cache, computed progressively by `runs::use_stage_runs`. The pure parts
//! are in `logic/` (compiled natively as `crate::compare_logic`).

pub mod charts;
mod commune_table;
pub mod district_table;
pub mod headline_table;
pub mod lever_table;
mod money_rows;
pub mod picker;
pub mod series;
pub mod unlike_note;

use std::rc::Rc;

use ntm_model::Dataset;
use yew::prelude::*;

use crate::compare_logic::levers::lever_rows;
use crate::components::charts::{ByPtr, ChartFigure};
use crate::i18n::compare::letter;
use crate::i18n::{CompareMsg, Lang};
use crate::simulation::Outcome;
use crate::state::stage::{ScenarioName, ScenarioRef, Shown, StageAction};
pub use headline_table::{name_html, ByRc, HeadlineTable};
pub use lever_table::LeverTable;
use series::Swatch;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The compared scenarios, in column order, with their results when known.
    pub shown: Vec<Shown>,
    /// Every scenario the pickers offer.
    pub choices: Vec<(ScenarioRef, ScenarioName)>,
    pub bands: bool,
    pub on_action: Callback<StageAction>,
    /// Today, as the printed comparison dates itself.
    pub date: AttrValue,
    /// The dataset's note as paper says it (illustrative or not, and whose).
    pub note: AttrValue,
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = props.lang;
    let all_final = !props.shown.is_empty() && props.shown.iter().all(Shown::is_final);
    let outcomes: Vec<Option<ByPtr<Outcome>>> = props
        .shown
        .iter()
        .map(|s| s.outcome.clone().map(ByPtr))
        .collect();
    let names: Vec<ScenarioName> = props.shown.iter().map(|s| s.name.clone()).collect();
    // Specs are rebuilt only when a result, the language, the bands or a name change: a new
    // spec redraws its canvas.
    let specs = {
        let shown = props.shown.clone();
        let ds = props.dataset.clone();
        use_memo(
            (outcomes, names.clone(), lang, props.bands),
            move |(_, _, lang, bands)| {
                [charts::Which::Villages, charts::Which::Communes]
                    .map(|w| charts::spec(w, &shown, &ds, *lang, *bands).map(Rc::new))
            },
        )
    };
    let tables = use_state(|| [false, false]);
    let figures = specs.iter().enumerate().map(|(i, spec)| {
        let on_toggle_table = {
            let tables = tables.clone();
            Callback::from(move |()| {
                let mut t = *tables;
                t[i] = !t[i];
                tables.set(t);
            })
        };
        match spec {
            Some(spec) => html! {
                <div class="compare-chart">
                    <ChartFigure
                        spec={spec.clone()}
                        id={format!("compare-chart-{i}")}
                        show_table={tables[i]}
                        {on_toggle_table}
                        illustrative={props.dataset.province.illustrative}
                    />
                </div>
            },
            None => html! {
                <p class="charts-waiting">{ lang.t(CompareMsg::Waiting) }</p>
            },
        }
    });
    let scenarios: Vec<&ntm_model::Scenario> =
        props.shown.iter().map(|s| s.scenario.as_ref()).collect();
    let levers = lever_rows(&scenarios, &props.dataset);
    let own = own_communes(&levers, &props.dataset);
    let headers: Vec<Html> = props
        .shown
        .iter()
        .enumerate()
        .map(|(i, s)| {
            html! {
                <>
                    <Swatch slot={i} />
                    <span class="compare-letter">{ letter(i) }</span>
                // Read as "A: Duy trì…", not "ADuy trì…".
                <span class="visually-hidden">{ ": " }</span>
                    { name_html(&s.name, lang) }
                </>
            }
        })
        .collect();
    let scenarios_rc: Vec<_> = props.shown.iter().map(|s| s.scenario.clone()).collect();
    let results: Vec<Option<ByRc>> = props
        .shown
        .iter()
        .map(|s| s.outcome.as_ref().map(|o| ByRc(o.results.clone())))
        .collect();
    html! {
        <section
            class="compare screen"
            aria-labelledby="compare-heading"
            data-testid="compare-view"
            data-final={all_final.to_string()}
        >
            <div class="screen-head">
                <h2 id="compare-heading" tabindex="-1">{ lang.t(CompareMsg::Heading) }</h2>
                <p class="section-explainer">{ lang.t(CompareMsg::Intro) }</p>
                // The comparison on paper (A4 landscape, print.css) for a meeting's folder:
                // the report prints one scenario, and Ctrl+P was nowhere said.
                <button
                    type="button"
                    class="button-quiet compare-print"
                    data-testid="compare-print"
                    title={lang.t(CompareMsg::PrintHint)}
                    disabled={!all_final}
                    onclick={Callback::from(|_: MouseEvent| {
                        if let Err(e) = gloo::utils::window().print() {
                            gloo::console::error!("print", e);
                        }
                    })}
                >
                    { lang.t(CompareMsg::Print) }
                </button>
                // On paper only: where, when, and what the data are.
                <p class="compare-print-facts" data-testid="compare-print-facts">
                    { lang.fill(CompareMsg::PrintFacts, &[
                        ("place", lang.pick(&props.dataset.province.name_vi, &props.dataset.province.name_en)),
                        ("date", &props.date),
                    ]) }
                    { " " }
                    <strong>{ crate::components::data::data_heading(&props.dataset, lang) }</strong>
                    { " " }
                    { &props.note }
                </p>
            </div>
            <picker::Pickers
                {lang}
                shown={props.shown.clone()}
                choices={props.choices.clone()}
                bands={props.bands}
                on_action={props.on_action.clone()}
            />
            <div class="panel compare-section">
                <unlike_note::UnlikeNote {lang} scenarios={scenarios_rc.clone()} />
                <HeadlineTable {lang} dataset={props.dataset.clone()} {names} results={results.clone()} money={true} unlike={unlike_note::unlike_columns(&scenarios_rc)} other_assumptions={unlike_note::assumptions_differ(&scenarios_rc)} />
            </div>
            <div class="compare-charts">
                { for figures }
            </div>
            <section class="panel compare-section" aria-labelledby="compare-districts-heading">
                <h3 id="compare-districts-heading">{ lang.t(CompareMsg::DistrictsHeading) }</h3>
                <district_table::DistrictTable
                    {lang}
                    dataset={props.dataset.clone()}
                    headers={headers.clone()}
                    results={results.clone()}
                    reference={lang.t(CompareMsg::ReferenceA)}
                    unlike={unlike_note::unlike_columns(&scenarios_rc)}
                />
            </section>
            <section class="panel compare-section" aria-labelledby="compare-communes-heading">
                <h3 id="compare-communes-heading">{ lang.t(CompareMsg::CommunesHeading) }</h3>
                <commune_table::CommuneTable
                    {lang}
                    dataset={props.dataset.clone()}
                    headers={headers.clone()}
                    results={results.clone()}
                    {own}
                />
            </section>
            <section class="panel compare-section" aria-labelledby="compare-levers-heading">
                <h3 id="compare-levers-heading">{ lang.t(CompareMsg::LeversHeading) }</h3>
                <LeverTable
                    {lang}
                    dataset={props.dataset.clone()}
                    caption={lang.t(CompareMsg::LeversCaption)}
                    {headers}
                    delta_header={lang.t(CompareMsg::ColumnDelta)}
                    rows={levers}
                    none={lang.t(CompareMsg::LeversNone)}
                    testid="lever-diff"
                />
                { lever_table::lever_warnings(
                    lang,
                    &props.dataset,
                    &scenarios.iter().enumerate().map(|(i, s)| (letter(i).chars().next(), *s)).collect::<Vec<_>>(),
                    "lever-diff",
                ) }
            </section>
        </section>
    }
}

/// The xã whose own levers differ between the compared scenarios (indices in the dataset), for
/// the commune table to list whatever their change.
fn own_communes(levers: &[crate::compare_logic::levers::LeverRow], ds: &Dataset) -> Vec<usize> {
    use ntm_model::scenario::diff::LeverPath;
    let mut own: Vec<usize> = levers
        .iter()
        .filter_map(|row| match &row.path {
            LeverPath::Commune(code, _) | LeverPath::CustomWeight(code) => {
                ds.communes.iter().position(|c| &c.code == code)
            }
            _ => None,
        })
        .collect();
    own.sort_unstable();
    own.dedup();
    own
}
