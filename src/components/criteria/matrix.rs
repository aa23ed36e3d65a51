//! The criteria matrix: a toolbar of filters, the count of rows shown, the heat-map table
//! and its legend. Its own choices (units, filters, sorts: `criteria_logic::matrix::MatrixView`)
//! are the page's view state (`Action::Matrix`), so they outlast the tab and travel in the
//! share link; the year and the results come from the page too.

use std::rc::Rc;

use ntm_model::{Dataset, Results, Scenario};
use yew::prelude::*;

use super::legend::Legend;
use super::table::MatrixTable;
use super::toolbar::Toolbar;
use super::ByAddress;
use crate::criteria_logic::matrix::{self, MatrixView, Row, Status, Units, ViewAction};
use crate::criteria_logic::own::{own_settings, OwnSettings};
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

#[derive(Properties)]
pub struct CriteriaMatrixProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// `None` until the first run finishes.
    pub results: Option<Rc<Results>>,
    /// The year whose end the cells show.
    pub year: u16,
    /// The scenario on screen: its communes with levers of their own are marked.
    pub scenario: Rc<Scenario>,
    /// A commune row (or a village's commune) was chosen: its index in `dataset.communes`.
    pub on_select_commune: Callback<usize>,
    /// The matrix's filters and sorts.
    pub view: MatrixView,
    /// A filter or sort changed.
    pub on_action: Callback<ViewAction>,
}

impl PartialEq for CriteriaMatrixProps {
    /// The model's data by pointer: comparing results value by value walks every unit.
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && crate::components::same(&self.dataset, &other.dataset)
            && crate::components::same_opt(&self.results, &other.results)
            && self.year == other.year
            && self.scenario == other.scenario
            && self.on_select_commune == other.on_select_commune
            && self.view == other.view
            && self.on_action == other.on_action
    }
}

#[component]
pub fn CriteriaMatrix(props: &CriteriaMatrixProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let view = &props.view;
    let on_action = props.on_action.clone();
    let on_sort = on_action.reform(ViewAction::SortBy);

    let results = props.results.as_deref();
    let yi = results.and_then(|r| r.year_index(props.year));
    let units = view.units;
    let rows: Rc<Vec<Row>> = use_memo(
        (
            units,
            yi,
            props.results.clone().map(ByAddress),
            ByAddress(props.dataset.clone()),
            props.lang,
        ),
        |(units, yi, results, ds, lang)| match (results, yi) {
            (Some(r), Some(yi)) => match units {
                Units::Communes => matrix::commune_rows(&ds.0, &r.0, *yi, *lang),
                Units::Villages => matrix::village_rows(&ds.0, &r.0, *yi),
            },
            _ => Vec::new(),
        },
    );
    let shown = matrix::shown(&rows, &view.filter, view.sort());
    let own: Rc<Vec<OwnSettings>> = {
        let ds = props.dataset.clone();
        use_memo(props.scenario.clone(), move |sc| own_settings(&ds, sc))
    };

    let villages = units == Units::Villages;
    let commune_set = match (results, yi) {
        (Some(r), Some(yi)) => matrix::commune_set(ds, r, yi),
        _ => ds.base_commune_set(),
    };
    let set = if villages {
        ds.village_set()
    } else {
        commune_set
    };
    let (thi_tran, phuong) = matrix::other_unit_counts(ds, view.filter.district);

    let body = match (results, yi) {
        (None, _) => html! {
            <p class="cm-message" role="status">{ lang.t(M::WaitingForResults) }</p>
        },
        (Some(_), None) => html! {
            <p class="cm-message" role="status">{ text::year_not_simulated(lang, props.year) }</p>
        },
        (Some(_), Some(_)) => html! {
            <MatrixTable
                {lang}
                dataset={props.dataset.clone()}
                {units}
                year={props.year}
                set_id={AttrValue::from(set.id.clone())}
                rows={rows.clone()}
                {own}
                shown={shown.clone()}
                sort={view.sort()}
                {on_sort}
                on_select_commune={props.on_select_commune.clone()}
            />
        },
    };

    let count = {
        let main = text::rows_shown(lang, villages, shown.main.len(), shown.main_total);
        // A count by status is a majority count; the headline's is a median of counts, and
        // the two differ by a unit or two (46 recognised here, 47 on the card).
        let main = if view.filter.status == Status::Any {
            main
        } else {
            format!("{main} ({})", lang.t(M::StatusCounted))
        };
        if villages || results.is_none() || thi_tran + phuong == 0 {
            main
        } else {
            let other =
                text::other_units_note(lang, thi_tran, phuong, view.filter.show_other_units);
            format!("{main}. {other}")
        }
    };

    html! {
        <section class="criteria-matrix panel" aria-labelledby="cm-heading" data-testid="criteria-matrix">
            <div class="cm-head">
                <h2 id="cm-heading">
                    { lang.t(M::MatrixHeading) }
                    <span class="cm-heading-year">{ " — " }{ text::heading_year(lang, props.year) }</span>
                </h2>
                <p class="section-explainer">{ lang.t(M::MatrixExplainer) }</p>
                // Real names over made-up statuses: said where they are read, not only in the
                // page's folded note (a planner read "Lũng Nặm is stuck on roads" as a finding).
                if ds.province.illustrative {
                    <p class="cm-illustrative" data-testid="matrix-illustrative">{ lang.t(M::IllustrativeStatus) }</p>
                }
            </div>
            <Toolbar
                {lang}
                dataset={props.dataset.clone()}
                view={(*view).clone()}
                {on_action}
                commune_criteria={commune_set.len()}
                village_criteria={ds.village_set().len()}
            />
            <p class="cm-set">
                { text::set_in_force(
                    lang,
                    text::pick(lang, &set.name_vi, &set.name_en),
                    text::pick(lang, &set.decision_vi, &set.decision_en)
                ) }
                { moved_note(lang, set) }
            </p>
            // Not a live region: it changed with every letter typed in the search and was read
            // out each time; the table below is what the reader goes to. A screen reader hears
            // it once the filters rest (`CountHeard`).
            <p class="cm-count" id="matrix-count" data-testid="matrix-count">{ count.clone() }</p>
            <CountHeard text={count} />
            { body }
            <Legend {lang} />
        </section>
    }
}

/// The columns go by group (`matrix::column_order`): where that moves a criterion out of its
/// number's place (the village set's 15, communications, shown after 5), say so.
fn moved_note(lang: Lang, set: &ntm_model::criteria::CriteriaSet) -> Html {
    // Only the criteria brought forward, not every one they push along.
    let moved: Vec<String> = matrix::column_order(set)
        .iter()
        .enumerate()
        .filter(|(position, &i)| *position < i)
        .map(|(_, &i)| set.criteria[i].id.to_string())
        .collect();
    if moved.is_empty() {
        return Html::default();
    }
    html! {
        <span data-testid="matrix-moved-note">{ " " }{ text::columns_by_group(lang, &moved.join(", ")) }</span>
    }
}

#[derive(Properties, PartialEq)]
struct CountHeardProps {
    text: String,
}

/// How long the filters must rest before the count is read out: typing "Tiên" is one
/// announcement, not four.
const HEARD_AFTER_MS: u32 = 700;

/// The matrix's count for a screen reader: a polite live region written once the count has
/// stopped changing for [`HEARD_AFTER_MS`]. Filtering to no row had been silent (WCAG 4.1.3).
/// The first count is not read: it is the page's, not an answer to a filter.
#[component]
fn CountHeard(props: &CountHeardProps) -> Html {
    let heard = use_node_ref();
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let first = use_mut_ref(|| true);
    {
        let (heard, timer, first) = (heard.clone(), timer.clone(), first.clone());
        use_effect_with(props.text.clone(), move |text| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let text = text.clone();
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                HEARD_AFTER_MS,
                move || {
                    if let Some(el) = heard.cast::<web_sys::Element>() {
                        el.set_text_content(Some(&text));
                    }
                },
            ));
        });
    }
    html! {
        <p class="visually-hidden" aria-live="polite" data-testid="matrix-count-heard" ref={heard}></p>
    }
}
