//! The commune detail panel: a modal drawer (dialog semantics) over the page. On opening,
//! focus moves to its title; Tab stays inside; Escape, the close button or a click beside the
//! panel call `on_close`; when it goes, focus returns to where it was (the matrix row).
//!
//! Sections: what blocks the commune (first: it is what the planner came for), its own
//! levers (the `children` slot, built by the workspace), its trajectory beside the baseline
//! with the money it receives, its criteria at the base date and in the chosen year, its
//! facts, and for a Decision 1385 commune its villages.

mod blockers;
mod criteria_list;
mod facts;
mod trajectory;
mod villages;

use std::rc::Rc;

use ntm_model::{Dataset, Results};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use crate::criteria_logic::detail;
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

use blockers::Blockers;
use criteria_list::CriteriaList;
use facts::Facts;
use trajectory::Trajectory;
use villages::VillageList;

#[derive(Properties)]
pub struct CommuneDetailProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The current scenario's results (`None` until the first run finishes).
    pub results: Option<Rc<Results>>,
    /// The default scenario's results, drawn beside the current ones.
    pub baseline: Option<Rc<Results>>,
    /// Index in `dataset.communes`.
    pub commune: usize,
    pub on_close: Callback<()>,
    /// The year the workspace shows; the panel opens on it (its own picker can move away).
    #[prop_or_default]
    pub year: Option<u16>,
    /// The commune's own levers (built by the workspace).
    #[prop_or_default]
    pub children: Html,
    /// The current scenario: its assumptions price what closing each gap takes.
    #[prop_or_default]
    pub scenario: Option<Rc<ntm_model::Scenario>>,
}

impl PartialEq for CommuneDetailProps {
    /// The model's data by pointer: comparing results value by value walks every unit.
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && crate::components::same(&self.dataset, &other.dataset)
            && crate::components::same_opt(&self.results, &other.results)
            && crate::components::same_opt(&self.baseline, &other.baseline)
            // By value: the workspace wraps the scenario anew on every render, and comparing a
            // scenario is cheap (unlike results).
            && self.scenario == other.scenario
            && self.commune == other.commune
            && self.on_close == other.on_close
            && self.year == other.year
            && self.children == other.children
    }
}

/// What Tab can reach inside the panel.
const FOCUSABLE: &str = "button:not([disabled]), [href], input:not([disabled]), \
                         select:not([disabled]), textarea:not([disabled]), \
                         [tabindex]:not([tabindex=\"-1\"])";

#[component]
pub fn CommuneDetail(props: &CommuneDetailProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let panel = use_node_ref();
    let title = use_node_ref();
    let chosen_year = use_state(|| props.year);
    {
        // The workspace's year moved: follow it.
        let chosen_year = chosen_year.clone();
        use_effect_with(props.year, move |year| {
            if year.is_some() {
                chosen_year.set(*year);
            }
        });
    }

    // Focus into the dialog when it opens, and back to where it was when it closes. An opener
    // hidden while the dialog is open (the levers' "open the commune's details" button) is
    // drawn again only after this closes: it is found again by its test id once it is back.
    {
        let title = title.clone();
        use_effect_with((), move |_| {
            let previous = gloo::utils::document().active_element();
            let previous_id = previous
                .as_ref()
                .and_then(|e| e.get_attribute("data-testid"));
            if let Some(el) = title.cast::<HtmlElement>() {
                let _ = el.focus();
            }
            move || {
                // The opener itself when it is still on the page and can take the focus (not
                // inside something hidden); otherwise whatever has its test id once the page
                // has drawn it again.
                let refocused = previous.is_some_and(|el| {
                    el.is_connected()
                        && el.clone().dyn_into::<HtmlElement>().is_ok_and(|el| {
                            let _ = el.focus();
                            gloo::utils::document().active_element().as_ref() == Some(el.as_ref())
                        })
                });
                if !refocused {
                    if let Some(id) = previous_id {
                        crate::components::refocus_after_render(vec![id]);
                    }
                }
            }
        });
    }

    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        let panel = panel.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.prevent_default();
                e.stop_propagation();
                on_close.emit(());
            }
            "Tab" => keep_focus_inside(&panel, &e),
            _ => {}
        })
    };

    let Some(commune) = ds.communes.get(props.commune) else {
        return Html::default();
    };
    let results = props.results.as_deref();
    let year = results.and_then(|r| {
        (*chosen_year)
            .filter(|y| r.years.contains(y))
            .or_else(|| detail::default_year(ds, r))
    });
    let yi = results.zip(year).and_then(|(r, y)| r.year_index(y));
    let simulated = commune.is_candidate();

    let on_year = {
        let chosen_year = chosen_year.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            chosen_year.set(value.parse().ok());
        })
    };
    let year_select = match results {
        Some(r) if simulated => html! {
            <label class="cd-year">
                <span>{ lang.t(M::DetailYear) }</span>
                <select onchange={on_year} data-testid="detail-year">
                    { for r.years.iter().map(|&y| html! {
                        <option value={y.to_string()} selected={Some(y) == year}>{ y }</option>
                    }) }
                </select>
            </label>
        },
        _ => Html::default(),
    };

    let district = ds
        .districts
        .get(commune.district)
        .map_or("".into(), |d| d.name_in(lang.into()));
    let heading = text::unit_title(
        lang,
        commune.unit_type.as_vi(),
        commune.unit_type.as_en(),
        &commune.name,
    );
    let has_levers = props.children != Html::default();

    let simulated_sections = match (props.results.as_ref(), year, yi) {
        (Some(r), Some(year), Some(yi)) if simulated => html! {
            <>
                <Blockers
                    {lang}
                    dataset={props.dataset.clone()}
                    results={r.clone()}
                    commune={props.commune}
                    {year}
                    year_index={yi}
                    excluded={props.scenario.as_deref().zip(ds.communes.get(props.commune)).and_then(|(sc, c)| crate::criteria_logic::own::commune_excluded_by(sc, ds, c))}
                />
                if has_levers {
                    <section class="cd-section cd-levers" aria-labelledby="cd-levers-h">
                        <h3 id="cd-levers-h">{ lang.t(M::CommuneLevers) }</h3>
                        { props.children.clone() }
                    </section>
                }
                <Trajectory
                    {lang}
                    results={r.clone()}
                    baseline={props.baseline.clone()}
                    commune={props.commune}
                    {year}
                    runs={r.runs}
                    first_year_from={first_year_from(&props.dataset, lang)}
                    villages_money={villages_money(ds, r, props.commune, lang)}
                />
            </>
        },
        (None, _, _) if simulated => html! {
            <p class="cd-section" role="status">{ lang.t(M::WaitingForResults) }</p>
        },
        _ if !simulated => html! {
            <p class="cd-section cd-note" data-testid="detail-not-candidate">{ lang.t(M::NotCandidate) }</p>
        },
        _ => Html::default(),
    };

    html! {
        <div class="cd-layer" data-testid="commune-detail">
            <div class="cd-backdrop" aria-hidden="true" onclick={close.clone()}></div>
            <section
                class="cd-panel"
                role="dialog"
                aria-modal="true"
                aria-labelledby="cd-title"
                ref={panel}
                {onkeydown}
            >
                <div class="cd-header">
                    <div class="cd-title-block">
                        <p class="cd-kicker">{ district }{ " · " }{ &commune.code }</p>
                        <h2 id="cd-title" tabindex="-1" ref={title} data-testid="detail-title">{ heading }</h2>
                    </div>
                    { year_select }
                    <button type="button" class="button-quiet cd-close" onclick={close} data-testid="detail-close">
                        <span aria-hidden="true">{ "✕ " }</span>{ lang.t(M::DetailClose) }
                    </button>
                </div>
                // Focusable so that a keyboard can scroll it; named by the commune's heading,
                // or a screen reader met an empty group.
                <div class="cd-body" tabindex="0" role="region" aria-labelledby="cd-title" onfocusin={Callback::from(reveal_top)}>
                    if ds.province.illustrative {
                        <p class="cm-illustrative" data-testid="detail-illustrative">{ lang.t(M::IllustrativeStatus) }</p>
                    }
                    { simulated_sections }
                    <CriteriaList
                        {lang}
                        dataset={props.dataset.clone()}
                        results={props.results.clone()}
                        commune={props.commune}
                        year={year.filter(|_| simulated)}
                        scenario={props.scenario.clone()}
                    />
                    <Facts {lang} dataset={props.dataset.clone()} commune={props.commune} />
                    if let (Some(r), Some(year), Some(yi)) = (props.results.as_ref(), year, yi) {
                        if !ds.villages_of.get(props.commune).is_none_or(|v| v.is_empty()) {
                            <VillageList
                                {lang}
                                dataset={props.dataset.clone()}
                                results={r.clone()}
                                commune={props.commune}
                                {year}
                                year_index={yi}
                            />
                        }
                    }
                </div>
            </section>
        </div>
    }
}

/// Shows the top of what the keyboard brought the focus to in the detail's body: a table's box
/// taller than the body was centred by the browser, its caption and header row hidden above
/// the body's top. (Yew listens at the app's root: the body is found from the target.) A click
/// is left alone: the box would jump under the pointer.
fn reveal_top(e: FocusEvent) {
    let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Some(body) = target.closest(".cd-body").ok().flatten() else {
        return;
    };
    if body == target || !target.matches(":focus-visible").unwrap_or(false) {
        return;
    }
    // After the browser's own scroll to the focus, which comes after this event.
    gloo::timers::callback::Timeout::new(0, move || {
        let hidden_above =
            body.get_bounding_client_rect().top() - target.get_bounding_client_rect().top();
        if hidden_above > 0.0 {
            // A little room above, so the box's edge and focus ring show too.
            body.set_scroll_top(body.scroll_top() - (hidden_above + 12.0).ceil() as i32);
        }
    })
    .forget();
}

/// Tab from the last control goes to the first, Shift+Tab from the first (or from the
/// title) to the last: a modal dialog keeps the keyboard inside.
fn keep_focus_inside(panel: &NodeRef, e: &KeyboardEvent) {
    let Some(panel) = panel.cast::<Element>() else {
        return;
    };
    let Ok(list) = panel.query_selector_all(FOCUSABLE) else {
        return;
    };
    let items: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = gloo::utils::document().active_element();
    let is = |el: &HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.unchecked_ref::<Element>())
    };
    let outside_list = !items.iter().any(is);
    if e.shift_key() && (is(first) || outside_list) {
        e.prevent_default();
        let _ = last.focus();
    } else if !e.shift_key() && is(last) {
        e.prevent_default();
        let _ = first.focus();
    }
}

/// What the commune's villages got straight (Decision 1385 money), over the simulated years,
/// when they got any: "5,8" and "7/2020–2025".
fn villages_money(ds: &Dataset, r: &Results, commune: usize, lang: Lang) -> Option<AttrValue> {
    let total: f64 = ds
        .villages_of
        .get(commune)?
        .iter()
        .filter_map(|&v| r.villages.get(v))
        .map(|v| v.money().iter().sum::<f64>())
        .sum();
    (total >= 0.05).then(|| {
        let period = crate::sharing::summary::money_period(ds, &r.years, lang);
        text::villages_money(lang, &lang.number(total, 1), &period).into()
    })
}

/// "7/2020" when the first simulated year starts at the base date, not in January: its money
/// is that part of the year's.
fn first_year_from(ds: &Dataset, lang: Lang) -> Option<String> {
    let start = ds.province.money_start(lang.into());
    (start != ds.province.base_year.to_string()).then_some(start)
}
