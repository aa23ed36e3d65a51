//! The matrix's controls: communes or villages, district, commune (villages), Decision 1385
//! scope, status, a name search, whether thị trấn and phường are listed, and "clear filters".
//! Native controls only, so every one is reachable and labelled for the keyboard.

use std::rc::Rc;

use ntm_model::Dataset;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::criteria_logic::matrix::{self, MatrixView, Status, Units, ViewAction};
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub view: MatrixView,
    pub on_action: Callback<ViewAction>,
    /// Criteria in the commune set in force and in the village set (for the view buttons).
    pub commune_criteria: usize,
    pub village_criteria: usize,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let filter = &props.view.filter;
    let villages = props.view.units == Units::Villages;

    let units_button = |units: Units, label: String, testid: &'static str| {
        let pressed = props.view.units == units;
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| ViewAction::ShowUnits(units));
        html! {
            <button
                type="button"
                class={classes!("cm-units-button", pressed.then_some("is-pressed"))}
                aria-pressed={pressed.to_string()}
                data-testid={testid}
                {onclick}
            >
                { label }
            </button>
        }
    };

    let index_from = |value: String| value.parse::<usize>().ok();
    let on_district = props.on_action.reform(move |e: Event| {
        ViewAction::District(index_from(
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    let on_commune = props.on_action.reform(move |e: Event| {
        ViewAction::Commune(index_from(
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    let on_status = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        ViewAction::Status(status_from(&value))
    });
    let on_scope = props.on_action.reform(|e: Event| {
        ViewAction::ScopeOnly(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let on_other = props.on_action.reform(|e: Event| {
        ViewAction::ShowOtherUnits(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let on_search = props.on_action.reform(|e: InputEvent| {
        ViewAction::Search(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    // The button turns itself off: the focus goes to the search box, where a new filter
    // starts, not to the page's start.
    let on_clear = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            on_action.emit(ViewAction::ClearFilters);
            let button: web_sys::Element = e.target_unchecked_into();
            let search = button.closest(".cm-filters").ok().flatten().and_then(|f| {
                f.query_selector("[data-testid=filter-search]")
                    .ok()
                    .flatten()
            });
            if let Some(input) = search.and_then(|s| s.dyn_into::<HtmlInputElement>().ok()) {
                let _ = input.focus();
            }
        })
    };

    let district_options = ds.districts.iter().enumerate().map(|(i, d)| {
        html! {
            <option value={i.to_string()} selected={filter.district == Some(i)}>{ d.name_in(lang.into()).into_owned() }</option>
        }
    });
    let commune_options = matrix::communes_with_villages(ds, filter.district)
        .into_iter()
        .map(|c| {
            html! {
                <option value={c.to_string()} selected={filter.commune == Some(c)}>
                    { &ds.communes[c].name }
                </option>
            }
        });
    let statuses: &[(Status, M)] = if villages {
        &[
            (Status::Any, M::StatusAny),
            (Status::MeetsAll, M::StatusVillageMeets),
            (Status::NotYet, M::StatusVillageNotYet),
        ]
    } else {
        &[
            (Status::Any, M::StatusAny),
            (Status::Recognised, M::StatusRecognised),
            (Status::MeetsAll, M::StatusMeetsAll),
            (Status::NotYet, M::StatusNotYet),
        ]
    };
    let status_options = statuses.iter().map(|&(s, label)| {
        html! {
            <option value={status_key(s)} selected={filter.status == s}>{ lang.t(label) }</option>
        }
    });

    html! {
        <div class="cm-toolbar">
            <div class="cm-units" role="group" aria-label={lang.t(M::UnitsGroupLabel)}>
                { units_button(Units::Communes, text::units_label(lang, false, props.commune_criteria), "matrix-show-communes") }
                { units_button(Units::Villages, text::units_label(lang, true, props.village_criteria), "matrix-show-villages") }
            </div>
            <div class="cm-filters">
                <label class="cm-field">
                    <span>{ lang.t(M::FilterDistrict) }</span>
                    <select onchange={on_district} data-testid="filter-district">
                        <option value="" selected={filter.district.is_none()}>{ lang.t(M::AllDistricts) }</option>
                        { for district_options }
                    </select>
                </label>
                if villages {
                    <label class="cm-field">
                        <span>{ lang.t(M::FilterCommune) }</span>
                        <select onchange={on_commune} data-testid="filter-commune">
                            <option value="" selected={filter.commune.is_none()}>{ lang.t(M::AllCommunes) }</option>
                            { for commune_options }
                        </select>
                    </label>
                }
                <label class="cm-field" title={lang.t(M::StatusHint)}>
                    <span>{ lang.t(M::FilterStatus) }</span>
                    <select onchange={on_status} data-testid="filter-status">
                        { for status_options }
                    </select>
                </label>
                <label class="cm-field cm-search">
                    <span>{ lang.t(M::Search) }</span>
                    <input
                        type="search"
                        // As much as a share link carries.
                        maxlength={ntm_model::codec::link::MAX_SEARCH_CHARS.to_string()}
                        value={filter.search.clone()}
                        placeholder={lang.t(M::SearchPlaceholder)}
                        oninput={on_search}
                        aria-describedby="matrix-count"
                        data-testid="filter-search"
                    />
                </label>
                if !villages {
                    <label class="cm-check">
                        <input type="checkbox" checked={filter.scope_only} onchange={on_scope} data-testid="filter-scope" />
                        <span>{ lang.t(M::ScopeOnly) }</span>
                    </label>
                    <label class="cm-check">
                        <input type="checkbox" checked={filter.show_other_units} onchange={on_other} data-testid="filter-other-units" />
                        <span>{ lang.t(M::ShowOtherUnits) }</span>
                    </label>
                }
                <button
                    type="button"
                    class="button-quiet cm-clear"
                    disabled={!filter.is_active()}
                    onclick={on_clear}
                    data-testid="filter-clear"
                >
                    { lang.t(M::ClearFilters) }
                </button>
            </div>
        </div>
    }
}

fn status_key(s: Status) -> &'static str {
    match s {
        Status::Any => "any",
        Status::Recognised => "recognised",
        Status::MeetsAll => "meets-all",
        Status::NotYet => "not-yet",
    }
}

fn status_from(key: &str) -> Status {
    match key {
        "recognised" => Status::Recognised,
        "meets-all" => Status::MeetsAll,
        "not-yet" => Status::NotYet,
        _ => Status::Any,
    }
}
