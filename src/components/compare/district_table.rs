//! The comparison by district (`compare_logic::districts`): a row per district, a column per
//! scenario, each cell the medians of communes recognised and villages at the standard with
//! the difference from the first scenario, "chưa rõ" where it does not hold run by run, their
//! P10–P90 ranges under them, and the money allocated.

use std::rc::Rc;

use ntm_model::Dataset;
use yew::prelude::*;

use super::ByRc;
use crate::compare_logic::districts::{district_rows, table_year, DistrictCell};
use crate::compare_logic::money::{Judged, Paired};
use crate::figures::target_year;
use crate::i18n::compare::signed_or_same;
use crate::i18n::{CompareMsg, Lang};

#[derive(Properties, PartialEq)]
pub struct DistrictTableProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// One header per scenario.
    pub headers: Vec<Html>,
    /// Each scenario's results, when known.
    pub results: Vec<Option<ByRc>>,
    /// What the first column is called in the caption ("kịch bản A", "mặc định").
    pub reference: AttrValue,
    /// Columns simulated unlike the first (another seed, other uncertainty): none of their
    /// differences is called better or worse (`HeadlineTable::unlike`).
    #[prop_or_default]
    pub unlike: Vec<bool>,
}

/// " (+2)" after a figure, coloured by how it reads against the first column (the sign is in
/// the text too); " (+1, chưa rõ)" in grey where it does not go one way in four runs in five:
/// a district's median moves by one in many a scenario by the luck of a few runs.
fn delta(
    lang: Lang,
    reference: &str,
    d: Option<f64>,
    judged: Option<Judged>,
    runs: Option<Paired>,
) -> Html {
    let Some(d) = d else {
        return Html::default();
    };
    let text = signed_or_same(d, &lang.number(d.abs(), 0));
    let judged = judged.unwrap_or(Judged::Same);
    let tip = runs.map(|p| {
        lang.fill(
            CompareMsg::DistrictDeltaRuns,
            &[
                ("reference", reference),
                ("higher", &lang.share_of_runs(p.higher)),
                ("lower", &lang.share_of_runs(p.lower)),
            ],
        )
    });
    let shown = if judged == Judged::Unclear {
        format!(" ({text}, {})", lang.t(CompareMsg::Unclear))
    } else {
        format!(" ({text})")
    };
    html! {
        <span class={classes!("district-delta", judged.class())} title={tip} data-judged={judged.key()}>
            { shown }
        </span>
    }
}

/// The class of a change by its sign: "is-same" below `least`, else better (up) or worse.
pub(super) fn sign_class(d: f64, least: f64) -> &'static str {
    if d.abs() < least {
        "is-same"
    } else if d > 0.0 {
        "is-better"
    } else {
        "is-worse"
    }
}

fn cell(lang: Lang, reference: &str, c: &Option<DistrictCell>, villages_listed: bool) -> Html {
    match c {
        Some(c) => html! {
            // Communes and villages each kept whole, the line broken between them where four
            // columns with "chưa rõ" do not fit a laptop's width.
            <td>
                <span class="district-part">
                    <strong>{ count(lang, c.communes, CompareMsg::CellCommunes) }</strong>
                    { delta(lang, reference, c.d_communes, c.j_communes, c.runs_communes) }
                </span>
                if villages_listed {
                    { " · " }
                    <span class="district-part">
                        { count(lang, c.villages, CompareMsg::CellVillages) }
                        { delta(lang, reference, c.d_villages, c.j_villages, c.runs_villages) }
                    </span>
                }
                <span class="district-range" data-testid="district-compare-range">
                    <span class="district-part">
                        { lang.fill(CompareMsg::CellRange, &[("c", &range(lang, c.communes_range))]) }
                    </span>
                    if villages_listed {
                        <span class="district-part">
                            { lang.fill(CompareMsg::CellRangeVillages, &[("v", &range(lang, c.villages_range))]) }
                        </span>
                    }
                </span>
                <span class="district-money">
                    { lang.fill(CompareMsg::CellMoney, &[("n", &lang.number(c.money, 0))]) }
                    if let Some(d) = c.d_money_share {
                        { format!(" ({})", signed_or_same(d, &lang.percent(d.abs(), 0))) }
                    }
                </span>
            </td>
        },
        None => html! { <td>{ "…" }</td> },
    }
}

#[component]
pub fn DistrictTable(props: &DistrictTableProps) -> Html {
    let lang = props.lang;
    let results = ByRc::all(&props.results);
    let Some(year) = table_year(&results, target_year(&props.dataset)) else {
        return html! { <p class="charts-waiting">{ lang.t(CompareMsg::Waiting) }</p> };
    };
    let rows = district_rows(&props.dataset, &results, year, &props.unlike);
    html! {
        // Focusable, so a keyboard can scroll it sideways where it is wider than the screen.
        <div class="table-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, lang.t(CompareMsg::DistrictsHeading))}>
            <table class="data-table district-compare" data-testid="district-compare">
                <caption>{ lang.fill(
                    CompareMsg::DistrictsCaption,
                    &[("year", &year.to_string()), ("reference", &props.reference)],
                ) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(CompareMsg::ColumnDistrict) }</th>
                        { for props.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr data-testid="district-compare-row" data-district={r.code.clone()}>
                            <th scope="row" translate="no">{ district_name(&props.dataset, &r.code, &r.name, lang) }</th>
                            { for r.cells.iter().map(|c| cell(lang, &props.reference, c, r.villages_listed > 0)) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// "3–7": a P10–P90 range of counts; "3" where every run but the outer fifth agrees.
fn range(lang: Lang, (lo, hi): (f64, f64)) -> String {
    crate::i18n::span(lang.number(lo, 0), lang.number(hi, 0))
}

/// "12 xã", "12 communes", "1 commune".
fn count(lang: Lang, x: f64, msg: CompareMsg) -> String {
    let shown = lang.number(x, 0);
    let text = lang.fill(msg, &[("n", &shown)]);
    match text.split_once(' ') {
        Some((n, unit)) => format!("{n} {}", lang.unit_after(&shown, unit)),
        None => text,
    }
}

/// The district's name as the reader says it (the city's, in English), found by its code.
fn district_name(ds: &ntm_model::Dataset, code: &str, name: &str, lang: Lang) -> String {
    ds.district_index(code).map_or_else(
        || name.to_string(),
        |i| ds.districts[i].name_in(lang.into()).into_owned(),
    )
}
