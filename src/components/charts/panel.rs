//! The charts panel: a chart picker (WAI-ARIA tabs: arrow keys, Home, End) and the chosen
//! chart. Only the chosen chart is built and drawn, so a refined result costs one drawing.

use std::cell::Cell;
use std::rc::Rc;

use ntm_model::{Dataset, Results};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::figure::{ByPtr, ChartFigure};
use super::kind::ChartKind;
use super::model::{build, name_scenario, Inputs};
use crate::i18n::{ChartMsg, Lang};

#[derive(Properties)]
pub struct ChartsPanelProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The current scenario's results; `None` until the first run finishes. Each refinement
    /// arrives as a new `Rc`.
    pub results: Option<Rc<Results>>,
    /// The default scenario's results, drawn beside the current ones.
    pub baseline: Option<Rc<Results>>,
    /// The year the one-year charts (criteria, districts) show.
    pub year: u16,
    /// For charts that name communes (none of the current ones does yet).
    pub on_select_commune: Callback<usize>,
    /// The chart shown (position in the picker); the page keeps it so it travels in the link.
    #[prop_or_default]
    pub chart: u8,
    /// A chart was picked (its position).
    #[prop_or_default]
    pub on_select_chart: Callback<u8>,
    /// The scenario's name, for the PNG export (`None`: the unnamed current scenario).
    #[prop_or_default]
    pub scenario_name: Option<AttrValue>,
}

impl PartialEq for ChartsPanelProps {
    /// By pointer for the model's data: comparing two `Results` value by value would walk
    /// every commune and village on every parent render.
    fn eq(&self, other: &Self) -> bool {
        fn same<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
        }
        self.lang == other.lang
            && Rc::ptr_eq(&self.dataset, &other.dataset)
            && same(&self.results, &other.results)
            && same(&self.baseline, &other.baseline)
            && self.year == other.year
            && self.on_select_commune == other.on_select_commune
            && self.chart == other.chart
            && self.on_select_chart == other.on_select_chart
            && self.scenario_name == other.scenario_name
    }
}

/// A number unique to each panel on the page, for its element ids (a comparison view may
/// show several panels).
fn next_panel_id() -> u32 {
    thread_local!(static PANELS: Cell<u32> = const { Cell::new(0) });
    PANELS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

#[component]
pub fn ChartsPanel(props: &ChartsPanelProps) -> Html {
    let lang = props.lang;
    let from_prop = |chart: u8| {
        ChartKind::ALL
            .get(usize::from(chart))
            .copied()
            .unwrap_or(ChartKind::Villages)
    };
    let kind = use_state_eq(|| from_prop(props.chart));
    {
        // The page's choice moved (a link opened, another view): follow it.
        let kind = kind.clone();
        use_effect_with(props.chart, move |chart| kind.set(from_prop(*chart)));
    }
    let show_table = use_state_eq(|| false);
    let id = use_memo((), |_| format!("charts-{}", next_panel_id()));

    let spec = use_memo(
        (
            *kind,
            props.results.clone().map(ByPtr),
            props.baseline.clone().map(ByPtr),
            ByPtr(props.dataset.clone()),
            lang,
            props.year,
            props.scenario_name.clone(),
        ),
        |(kind, results, baseline, dataset, lang, year, name)| {
            results.as_ref().map(|results| {
                let mut spec = build(
                    *kind,
                    Inputs {
                        dataset: &dataset.0,
                        results: &results.0,
                        baseline: baseline.as_ref().map(|b| &*b.0),
                        year: *year,
                        lang: *lang,
                    },
                );
                // A scenario with a name is called by it, as the headline above calls it (and
                // the PNG's footer): not "Kịch bản hiện tại".
                if let Some(name) = name {
                    name_scenario(&mut spec, name, *lang);
                }
                Rc::new(spec)
            })
        },
    );

    let tab_id = |k: ChartKind| format!("{id}-tab-{}", k.slug());
    let panel_id = format!("{id}-panel");
    let select = {
        let kind = kind.clone();
        let id = id.clone();
        let on_select_chart = props.on_select_chart.clone();
        move |k: ChartKind, focus: bool| {
            kind.set(k);
            if let Some(i) = ChartKind::ALL.iter().position(|x| *x == k) {
                on_select_chart.emit(i as u8);
            }
            if focus {
                let tab = gloo::utils::document()
                    .get_element_by_id(&format!("{id}-tab-{}", k.slug()))
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                if let Some(tab) = tab {
                    let _ = tab.focus();
                }
            }
        }
    };
    let on_keydown = {
        let select = select.clone();
        let current = *kind;
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => current.step(1),
                "ArrowLeft" | "ArrowUp" => current.step(-1),
                "Home" => ChartKind::ALL[0],
                "End" => ChartKind::ALL[ChartKind::ALL.len() - 1],
                _ => return,
            };
            e.prevent_default();
            select(next, true);
        })
    };
    let on_toggle_table = {
        let show_table = show_table.clone();
        Callback::from(move |()| show_table.set(!*show_table))
    };

    let heading_id = format!("{id}-heading");
    html! {
        <section class="charts panel" aria-labelledby={heading_id.clone()} data-testid="charts-panel">
            // The workspace's "Biểu đồ" tab already shows this name; the heading stays for
            // screen readers' outline without repeating it on screen.
            <h2 id={heading_id} class="visually-hidden">{ lang.t(ChartMsg::PanelHeading) }</h2>
            <div class="chart-tabs" role="tablist" aria-label={lang.t(ChartMsg::PickerLabel)}>
                { for ChartKind::ALL.iter().map(|&k| {
                    let selected = k == *kind;
                    let select = select.clone();
                    html! {
                        <button
                            type="button"
                            class="chart-tab"
                            role="tab"
                            id={tab_id(k)}
                            aria-selected={selected.to_string()}
                            aria-controls={panel_id.clone()}
                            tabindex={if selected { "0" } else { "-1" }}
                            onclick={Callback::from(move |_: MouseEvent| select(k, false))}
                            onkeydown={on_keydown.clone()}
                            data-testid={format!("chart-tab-{}", k.slug())}
                        >
                            { lang.t(k.tab()) }
                        </button>
                    }
                }) }
            </div>
            <div
                class="chart-tabpanel"
                role="tabpanel"
                id={panel_id.clone()}
                aria-labelledby={tab_id(*kind)}
            >
                if let Some(spec) = (*spec).clone() {
                    <ChartFigure
                        {spec}
                        id={format!("{id}-chart")}
                        show_table={*show_table}
                        {on_toggle_table}
                        scenario_name={props.scenario_name.clone()}
                        illustrative={props.dataset.province.illustrative}
                    />
                } else {
                    <p class="charts-waiting" data-testid="charts-waiting">
                        { lang.t(ChartMsg::NoResults) }
                    </p>
                }
            </div>
        </section>
    }
}
