//! The communes the comparison moves most (`compare_logic::communes`): a row per commune, a
//! column per scenario, each cell its chance of holding recognition at the end of 2025 with
//! the change from the first scenario in percentage points.

use std::rc::Rc;

use ntm_model::Dataset;
use yew::prelude::*;

use super::ByRc;
use crate::compare_logic::communes::{communes_moved, LEAST_CHANGE};
use crate::compare_logic::districts::table_year;
use crate::components::criteria::tag::{unit_tag, UnitTag};
use crate::figures::target_year;
use crate::i18n::compare::signed_or_same;
use crate::i18n::criteria::CriteriaMsg;
use crate::i18n::criteria::{percent, whole_percent};
use crate::i18n::{CompareMsg, HeadlineMsg, Lang};
use crate::names::commune_label;

/// Communes listed: enough to name the ones a decision is about.
const LISTED: usize = 10;

#[derive(Properties, PartialEq)]
pub struct CommuneTableProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// One header per scenario.
    pub headers: Vec<Html>,
    pub results: Vec<Option<ByRc>>,
    /// The xã whose own levers differ between the scenarios: listed whatever their change,
    /// tagged "Riêng".
    pub own: Vec<usize>,
}

#[component]
pub fn CommuneTable(props: &CommuneTableProps) -> Html {
    let lang = props.lang;
    // Which district's communes, or the province's most moved (a district planner asked for
    // Bảo Lạc's and found the province's top ten).
    let district = use_state(|| None::<usize>);
    let on_district = {
        let district = district.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            district.set(value.parse::<usize>().ok());
        })
    };
    let results = ByRc::all(&props.results);
    let Some(year) = table_year(&results, target_year(&props.dataset)) else {
        return html! { <p class="charts-waiting">{ lang.t(CompareMsg::Waiting) }</p> };
    };
    let ds = &props.dataset;
    let district = *district;
    // A district's own list holds every xã of it: a district has 20 at most.
    let limit = if district.is_some() {
        usize::MAX
    } else {
        LISTED
    };
    let rows = communes_moved(ds, &results, year, limit, district, &props.own);
    let least = lang.number(LEAST_CHANGE * 100.0, 0);
    let district_name = district.map(|d| crate::names::district_in_sentence(ds, d, lang));
    let caption_moved = match &district_name {
        Some(name) => lang.fill(
            CompareMsg::CommunesCaptionDistrict,
            &[
                ("year", &year.to_string()),
                ("district", name),
                ("least", &least),
            ],
        ),
        // As many as are listed for their change ("10 xã" over a list of three read wrong),
        // and where only communes of their own levers are, that none moved.
        // (A moved commune of its own levers past the ten is not one of "the ten".)
        None => match rows.iter().filter(|r| r.moved()).count().min(LISTED) {
            0 => lang.fill(
                CompareMsg::CommunesCaptionNoneMoved,
                &[("year", &year.to_string()), ("least", &least)],
            ),
            n => lang.fill(
                CompareMsg::CommunesCaption,
                &[
                    ("year", &year.to_string()),
                    ("n", &n.to_string()),
                    ("least", &least),
                ],
            ),
        },
    };
    // Said only when such a commune is on the list.
    let caption = if rows.iter().any(|r| r.own) {
        format!("{caption_moved} {}", lang.t(CompareMsg::CommunesCaptionOwn))
    } else {
        caption_moved
    };
    let all_districts = lang.fill(
        CompareMsg::CommunesAllDistricts,
        &[("n", &LISTED.to_string())],
    );
    let picker = html! {
        <div class="compare-commune-filter">
            <label for="commune-compare-district">{ lang.t(CompareMsg::CommunesDistrict) }</label>
            <select id="commune-compare-district" data-testid="commune-compare-district" onchange={on_district}>
                <option value="" selected={district.is_none()}>{ all_districts }</option>
                { for ds.districts.iter().enumerate().map(|(i, d)| html! {
                    <option value={i.to_string()} selected={district == Some(i)} translate="no">
                        { d.name_in(lang.into()).into_owned() }
                    </option>
                }) }
            </select>
        </div>
    };
    if rows.is_empty() {
        return html! {
            <>
                { picker }
                <p class="lever-diff-none" data-testid="commune-compare-none">
                    { match &district_name {
                        // Opening the sentence: "Thành phố Cao Bằng", "Huyện …".
                        Some(_) => lang.fill(
                            CompareMsg::CommunesNoneDistrict,
                            &[("district", &district.map(|d| crate::names::district_title(ds, d, lang)).unwrap_or_default())],
                        ),
                        None => lang.fill(CompareMsg::CommunesNone, &[("least", &least)]),
                    } }
                </p>
            </>
        };
    }
    let points = lang.t(HeadlineMsg::Points);
    // Each share as the matrix and the commune's panel show it (rounded down), and the change
    // as the difference of the two figures shown, so "9% → 85%" reads "+76", not "+77" worked
    // out before rounding. A change under 5 points is grey, as the caption says it may be luck.
    let cell = |share: &Option<f64>, first: Option<f64>, is_first: bool| match share {
        Some(p) => html! {
            <td>
                { percent(lang, *p) }
                if let (Some(a), false) = (first, is_first) {
                    { {
                        let d = whole_percent(*p) - whole_percent(a);
                        let shown = lang.number(d.abs(), 0);
                        html! {
                            <span class={classes!("district-delta", super::district_table::sign_class(d, LEAST_CHANGE * 100.0))}>
                                { format!(" ({} {})", signed_or_same(d, &shown), lang.unit_after(&shown, points)) }
                            </span>
                        }
                    } }
                }
            </td>
        },
        None => html! { <td>{ "…" }</td> },
    };
    html! {
      <>
        { picker }
        // Focusable, so a keyboard can scroll it sideways where it is wider than the screen.
        <div class="table-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, lang.t(CompareMsg::CommunesHeading))}>
            <table class="data-table district-compare" data-testid="commune-compare">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(CompareMsg::ColumnCommune) }</th>
                        { for props.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr data-testid="commune-compare-row" data-commune={props.dataset.communes[r.commune].code.clone()}>
                            <th scope="row" translate="no">
                                { commune_label(&props.dataset, r.commune, lang) }
                                if r.own {
                                    { " " }
                                    { unit_tag(lang, UnitTag::Own { hint: CriteriaMsg::OwnTagCompare }, format!("commune-compare-own-{}", props.dataset.communes[r.commune].code)) }
                                }
                            </th>
                            { for r.cells.iter().enumerate().map(|(i, c)| cell(c, r.cells.first().copied().flatten(), i == 0)) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
      </>
    }
}
