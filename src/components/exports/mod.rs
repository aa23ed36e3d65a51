//! Downloads of the results: the yearly figures per province, district and commune as CSV
//! files for Excel (`ntm_model::export::results_csv`, with its UTF-8 byte-order mark), behind
//! a small menu beside the results' tabs, with a note saying how many runs they come from.
//! Also the one download helper the app's text files share (`download_text`).

mod download;

use std::rc::Rc;

use ntm_model::export::{results_csv, CsvLevel, CsvStyle};
use ntm_model::format::Lang as ModelLang;
use ntm_model::{Dataset, Results};
use wasm_bindgen::JsCast;
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

pub use download::download_text;

use crate::components::{same, same_opt};
use crate::i18n::{Lang, ShareMsg};
use crate::sharing::file_name::{csv_file_name, with_scenario};

#[derive(Properties)]
pub struct CsvExportsProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The current scenario's results; `None` until the first batch.
    pub results: Option<Rc<Results>>,
    /// Every run of the current scenario is in `results` (downloads wait for that).
    pub ready: bool,
    /// The scenario's name, in the file names (`None`: the unnamed current scenario).
    #[prop_or_default]
    pub scenario_name: Option<AttrValue>,
}

impl PartialEq for CsvExportsProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same_opt(&self.results, &other.results)
            && self.ready == other.ready
            && self.scenario_name == other.scenario_name
    }
}

#[component]
pub fn CsvExports(props: &CsvExportsProps) -> Html {
    let lang = props.lang;
    let details = use_node_ref();
    // The file format: what a spreadsheet in the reader's language opens with a double click
    // (Vietnamese: semicolons and decimal commas), until the planner picks the other.
    let picked = use_state_eq(|| None::<CsvStyle>);
    let style = picked.unwrap_or(match lang {
        Lang::Vi => CsvStyle::VietnameseExcel,
        Lang::En => CsvStyle::Standard,
    });
    let results = props.results.as_ref().filter(|_| props.ready);
    let button = |level: CsvLevel, text: ShareMsg, tip: ShareMsg, testid: &'static str| {
        let onclick = {
            let dataset = props.dataset.clone();
            let results = results.cloned();
            let scenario_name = props.scenario_name.clone();
            Callback::from(move |_: MouseEvent| {
                let Some(r) = &results else { return };
                let base = dataset.province.base_year;
                let from = r.years.first().copied().unwrap_or(base);
                let until = r.years.last().copied().unwrap_or(base);
                let csv = results_csv(&dataset, r, level, ModelLang::from(lang), style);
                let name = with_scenario(
                    &csv_file_name(level, from, until, lang),
                    scenario_name.as_deref(),
                );
                if let Err(e) = download_text(&name, "text/csv;charset=utf-8", &csv) {
                    gloo::console::error!(format!("CSV download: {e}"));
                }
            })
        };
        html! {
            <button
                type="button"
                class="button-quiet"
                data-testid={testid}
                title={lang.t(tip)}
                disabled={results.is_none()}
                {onclick}
            >
                { "⤓ " }{ lang.t(text) }
            </button>
        }
    };
    let note = match results {
        Some(r) => lang.fill(
            ShareMsg::CsvNote,
            &[
                ("runs", &lang.number(f64::from(r.runs), 0)),
                (
                    "from",
                    &r.years.first().map(u16::to_string).unwrap_or_default(),
                ),
                (
                    "to",
                    &r.years.last().map(u16::to_string).unwrap_or_default(),
                ),
            ],
        ),
        None => lang.t(ShareMsg::CsvWaiting).to_string(),
    };
    // Escape closes the menu and gives focus back to its summary.
    let onkeydown = {
        let details = details.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Escape" {
                return;
            }
            if let Some(d) = details.cast::<HtmlDetailsElement>() {
                if d.open() {
                    e.prevent_default();
                    d.set_open(false);
                    if let Some(summary) = d
                        .query_selector("summary")
                        .ok()
                        .flatten()
                        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = summary.focus();
                    }
                }
            }
        })
    };
    // Focus moving to a control outside the menu (Tab past it) closes it: left open, it covers
    // the chart tabs and the button the focus went to. Only then: a click on the menu's own
    // text moves the focus to the results pane around it (focusable, for the skip link), and
    // closing the menu in the middle of that click crashes Chromium's tab. Presses elsewhere
    // close it below.
    let onfocusout = {
        let details = details.clone();
        Callback::from(move |e: FocusEvent| {
            let Some(d) = details.cast::<HtmlDetailsElement>() else {
                return;
            };
            let to = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if let Some(to) = to {
                let around = to.contains(Some(d.as_ref()));
                if d.open() && !d.contains(Some(&to)) && !around {
                    d.set_open(false);
                }
            }
        })
    };
    // A press anywhere outside the open menu closes it.
    {
        let details = details.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "pointerdown",
                move |e| {
                    let Some(d) = details.cast::<HtmlDetailsElement>() else {
                        return;
                    };
                    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                    if d.open() && !target.is_some_and(|t| d.contains(Some(&t))) {
                        d.set_open(false);
                    }
                },
            );
            move || drop(listener)
        });
    }
    html! {
        <details class="csv-menu" ref={details} data-testid="csv-exports" {onkeydown} {onfocusout}>
            <summary class="button-quiet" title={lang.t(ShareMsg::CsvTip)} data-testid="csv-menu">
                { "⤓ " }{ lang.t(ShareMsg::CsvButton) }
            </summary>
            <div class="csv-popover">
                <h3>{ lang.t(ShareMsg::CsvHeading) }</h3>
                <div class="csv-buttons">
                    { button(CsvLevel::Province, ShareMsg::CsvProvince, ShareMsg::CsvProvinceTip, "csv-province") }
                    { button(CsvLevel::District, ShareMsg::CsvDistrict, ShareMsg::CsvDistrictTip, "csv-district") }
                    { button(CsvLevel::Commune, ShareMsg::CsvCommune, ShareMsg::CsvCommuneTip, "csv-commune") }
                </div>
                <fieldset class="csv-style">
                    <legend>{ lang.t(ShareMsg::CsvStyleLegend) }</legend>
                    { for [
                        (CsvStyle::VietnameseExcel, ShareMsg::CsvStyleVietnamese, "csv-style-vi"),
                        (CsvStyle::Standard, ShareMsg::CsvStyleStandard, "csv-style-standard"),
                    ].into_iter().map(|(s, text, testid)| {
                        let picked = picked.clone();
                        let onchange = Callback::from(move |_: Event| picked.set(Some(s)));
                        html! {
                            <label class="csv-style-option">
                                <input type="radio" name="csv-style" data-testid={testid} checked={style == s} {onchange} />
                                { " " }{ lang.t(text) }
                            </label>
                        }
                    }) }
                </fieldset>
                <p class="csv-note" data-testid="csv-note">{ note }</p>
            </div>
        </details>
    }
}
