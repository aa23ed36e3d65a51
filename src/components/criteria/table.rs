//! The heat-map table: a sticky two-row header (criteria groups, then sortable columns with
//! each criterion's number and full name), one row per unit, a coloured cell per criterion
//! with its percentage or ✓/✗, binding criteria ringed. Thị trấn and phường, when asked
//! for, follow in their own row group with dashes: they are not simulated.

use std::rc::Rc;

use ntm_model::Dataset;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::tag::{shown, spoken, unit_tag, UnitTag};
use crate::criteria_logic::matrix::{self, Row, Shown, Sort, SortBy, Units};
use crate::criteria_logic::own::OwnSettings;
use crate::criteria_logic::scale;
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

/// Columns before the criteria: name, place, criteria met, all met, (recognised).
fn lead_columns(units: Units) -> usize {
    match units {
        Units::Communes => 5,
        Units::Villages => 4,
    }
}

/// A group spanning fewer columns than this shows only its number (name in the tooltip).
const NAMED_GROUP_MIN_SPAN: usize = 3;

#[derive(Properties, PartialEq)]
pub struct MatrixTableProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub units: Units,
    pub year: u16,
    /// The criteria set of the columns (the commune set in force, or the village set).
    pub set_id: AttrValue,
    pub rows: Rc<Vec<Row>>,
    /// Per commune (dataset order): whether the scenario sets levers for it or its district.
    pub own: Rc<Vec<OwnSettings>>,
    pub shown: Shown,
    pub sort: Sort,
    pub on_sort: Callback<SortBy>,
    pub on_select_commune: Callback<usize>,
}

#[component]
pub fn MatrixTable(props: &MatrixTableProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let Some(set) = ds.criteria.set(&props.set_id) else {
        return Html::default();
    };
    let villages = props.units == Units::Villages;
    let columns = lead_columns(props.units) + set.len();

    // Columns by group (`matrix::column_order`); the first column of each group gets a heavier
    // left rule, so the groups read apart. `starts_group` takes a criterion's index.
    let order = matrix::column_order(set);
    let mut group_start = vec![false; set.len()];
    for span in matrix::group_spans(set) {
        if let Some(s) = order.get(span.first).and_then(|&i| group_start.get_mut(i)) {
            *s = true;
        }
    }
    let starts_group = |i: usize| group_start.get(i).copied().unwrap_or(false);

    let sort_header = |by: SortBy, label: Html, hint: String, class: Classes, testid: String| {
        let aria = props.sort.aria(by);
        let arrow = match aria {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "",
        };
        let onclick = props.on_sort.reform(move |_: MouseEvent| by);
        html! {
            <th scope="col" class={class} aria-sort={aria}>
                <button type="button" class="cm-sort" title={hint} {onclick} data-testid={testid}>
                    { label }
                    <span class="cm-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };
    let sort_hint = |what: &str| format!("{what}. {}", lang.t(M::SortHint));

    let group_cells = matrix::group_spans(set).into_iter().map(|span| {
        let name = ds
            .criteria
            .groups
            .iter()
            .find(|g| g.id == span.group)
            .map_or("", |g| text::pick(lang, &g.name_vi, &g.name_en));
        let title = text::group_title(lang, span.group, name);
        let label = if span.len >= NAMED_GROUP_MIN_SPAN {
            format!("{}. {name}", roman(span.group))
        } else {
            roman(span.group).to_string()
        };
        html! {
            <th scope="colgroup" colspan={span.len.to_string()} class={classes!("cm-group", format!("g{}", span.group), "g-start")} title={title.clone()}>
                <abbr title={title}>{ label }</abbr>
            </th>
        }
    });

    let criterion_headers = order.iter().map(|&i| {
        let c = &set.criteria[i];
        let name = text::pick(lang, &c.name_vi, &c.name_en);
        let full = text::criterion_title(lang, c.id, name);
        // The number is what fits; a screen reader hears the name too ("1. Quy hoạch").
        let label = html! {
            <>
                <abbr title={full.clone()}>{ c.id }</abbr>
                <span class="visually-hidden">{ ". " }{ name }</span>
            </>
        };
        sort_header(
            SortBy::Criterion(i),
            label,
            sort_hint(&full),
            classes!("cm-crit", starts_group(i).then_some("g-start")),
            format!("sort-criterion-{}", c.id),
        )
    });

    let (name_label, place_label) = if villages {
        (lang.t(M::ColVillage), lang.t(M::ColCommune))
    } else {
        (lang.t(M::ColCommune), lang.t(M::ColDistrict))
    };
    let standard_hint = if villages {
        M::ColVillageStandardHint
    } else {
        M::ColStandardHint
    };

    let open_label = |row: &Row| -> String {
        let own = props.own.get(row.commune);
        let excluded = if villages {
            UnitTag::ExcludedVillage
        } else {
            UnitTag::Excluded
        };
        // Each tag as shown and as said.
        let tags = [
            (row.scope && !villages).then(|| (lang.t(M::ScopeTag), lang.t(M::ScopeTagSpoken))),
            own_hint(own.copied(), villages).map(|hint| {
                let tag = UnitTag::Own { hint };
                (shown(lang, tag), spoken(lang, tag))
            }),
            own.is_some_and(|o| o.excluded)
                .then(|| (shown(lang, excluded), spoken(lang, excluded))),
        ];
        let tags: Vec<(&str, &str)> = tags.into_iter().flatten().collect();
        text::open_detail_label(lang, &row.name, &tags, &row.place)
    };
    let row_html = |row: &Row| -> Html {
        let commune = row.commune;
        let onclick = {
            let on_select = props.on_select_commune.clone();
            Callback::from(move |e: MouseEvent| {
                focus_row_button(&e);
                on_select.emit(commune);
            })
        };
        let figures = row.figures.as_ref();
        // Each figure says what it is (the column's hint) where it is read, not only in the
        // header scrolled out of sight.
        let num = |value: Option<f64>, shown: String, testid: String, hint: M| match value {
            Some(v) => html! {
                <td class="cm-num" title={lang.t(hint)}><data value={v.to_string()} data-testid={testid}>{ shown }</data></td>
            },
            None => html! { <td class="cm-num cm-na" title={lang.t(M::NotSimulated)}>{ "–" }</td> },
        };
        let cells = order.iter().map(|&i| {
            let c = &set.criteria[i];
            match figures.and_then(|f| f.met.get(i).map(|p| (*p, f.binding.contains(&i)))) {
                Some((p, binding)) => {
                    let name = text::pick(lang, &c.name_vi, &c.name_en);
                    let shown = scale::cell_text(p);
                    // A symbol, ✓ or ✗, is no percentage.
                    let unit = if matches!(shown.as_str(), "✓" | "✗") {
                        ""
                    } else {
                        "%"
                    };
                    html! {
                        <td
                            class={classes!(
                                "cm-cell",
                                // "<1": the one two-symbol text, drawn tighter so it stays
                                // inside a binding cell's ring when the page is zoomed.
                                (shown == "<1").then_some("is-tight"),
                                format!("heat-{}", scale::class_of(p)),
                                binding.then_some("is-binding"),
                                starts_group(i).then_some("g-start"),
                            )}
                            title={text::cell_title(lang, c.id, name, p, binding)}
                        >
                            { shown }
                            // The unit is in the column's explainer: said with each figure to a
                            // screen reader ("48 , tiêu chí vướng" read as a bare count), and
                            // binding, a heavy border, in words.
                            <span class="visually-hidden">{
                                if binding {
                                    format!("{unit}, {}", lang.t(M::BindingCellSpoken))
                                } else {
                                    unit.to_string()
                                }
                            }</span>
                        </td>
                    }
                }
                None => {
                    html! { <td class="cm-cell cm-na" title={lang.t(M::NotSimulated)}>{ "–" }</td> }
                }
            }
        });
        html! {
            <tr
                key={row.code.clone()}
                class={classes!("cm-row", figures.is_none().then_some("is-other"))}
                data-testid={format!("matrix-row-{}", row.code)}
                {onclick}
            >
                <th scope="row" class="cm-name">
                    // The accessible name starts with what is visible (name, scope tag), then
                    // says where it is and what the button does.
                    <button type="button" class="cm-open" aria-label={open_label(row)} onfocus={Callback::from(back_to_the_start)}>
                        <span class="cm-name-text">{ &row.name }</span>
                        // Spaces between the words (not drawn in the flex row): the button's text
                        // read "Cô Ba1385", which its name "Cô Ba 1385 (…)" did not contain.
                        if row.scope && !villages {
                            { " " }
                            <span class="cm-tag" title={lang.about_data(lang.t(M::ScopeTagHint), ds.province.illustrative)}>{ lang.t(M::ScopeTag) }</span>
                        }
                        if let Some(hint) = own_hint(props.own.get(row.commune).copied(), villages) {
                            { " " }
                            { unit_tag(lang, UnitTag::Own { hint }, format!("matrix-own-{}", row.code)) }
                        }
                        // On a village's row too: its money comes through its commune.
                        if props.own.get(row.commune).is_some_and(|o| o.excluded) {
                            { " " }
                            { unit_tag(lang, if villages { UnitTag::ExcludedVillage } else { UnitTag::Excluded }, format!("matrix-excluded-{}", row.code)) }
                        }
                    </button>
                </th>
                <td class="cm-place" title={row.place.clone()}>
                    { &row.place }
                    // The district's own settings, beside the district's name: a "Riêng" beside
                    // each of its communes' names read as sixteen communes set one by one.
                    if !villages && props.own.get(row.commune).is_some_and(|o| o.district) {
                        { " " }
                        { unit_tag(lang, UnitTag::District, format!("matrix-own-district-{}", row.code)) }
                    }
                </td>
                { num(
                    figures.map(|f| f.mean_criteria),
                    figures.map_or(String::new(), |f| text::mean_criteria(lang, f.mean_criteria, set.len())),
                    format!("matrix-met-{}", row.code),
                    M::ColMetHint,
                ) }
                { num(
                    figures.map(|f| f.p_standard),
                    figures.map_or(String::new(), |f| text::percent(lang, f.p_standard)),
                    format!("matrix-standard-{}", row.code),
                    standard_hint,
                ) }
                if !villages {
                    { num(
                        figures.and_then(|f| f.p_recognised),
                        figures.and_then(|f| f.p_recognised).map_or(String::new(), |p| text::percent(lang, p)),
                        format!("matrix-recognised-{}", row.code),
                        M::ColRecognisedHint,
                    ) }
                }
                { for cells }
            </tr>
        }
    };

    let caption = format!(
        "{} — {}. {}",
        lang.t(M::MatrixHeading),
        text::heading_year(lang, props.year),
        text::units_label(lang, villages, set.len())
    );
    let main_rows = props
        .shown
        .main
        .iter()
        .filter_map(|&i| props.rows.get(i))
        .map(&row_html);
    let other_rows = props
        .shown
        .other
        .iter()
        .filter_map(|&i| props.rows.get(i))
        .map(&row_html);

    html! {
        <div class="cm-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, &caption)}>
            <table class={classes!("cm-table", villages.then_some("cm-villages"))} data-testid="matrix-table">
                <caption class="visually-hidden">{ caption }</caption>
                <colgroup>
                    <col class="cm-col-name" />
                    <col class="cm-col-place" />
                    <col class="cm-col-num" />
                    <col class="cm-col-num" />
                    if !villages { <col class="cm-col-num" /> }
                    { for set.criteria.iter().map(|_| html! { <col class="cm-col-crit" /> }) }
                </colgroup>
                <thead>
                    <tr class="cm-groups">
                        // The name column's corner stays with it when the criteria scroll
                        // sideways, so the group names pass under it, not over it.
                        <td class="cm-corner cm-corner-name"></td>
                        <td colspan={(lead_columns(props.units) - 1).to_string()} class="cm-corner"></td>
                        { for group_cells }
                    </tr>
                    <tr class="cm-columns">
                        { sort_header(SortBy::Name, html! { name_label }, sort_hint(name_label), classes!("cm-h-name"), "sort-name".into()) }
                        { sort_header(SortBy::Place, html! { place_label }, sort_hint(place_label), classes!("cm-h-place"), "sort-place".into()) }
                        // "TC đạt /19": out of how many, as the commune detail says it ("15,2 / 19").
                        { sort_header(SortBy::Criteria, html! { <>{ lang.t(M::ColMet) }<span class="cm-h-of">{ format!(" /{}", set.len()) }</span></> }, sort_hint(lang.t(M::ColMetHint)), classes!("cm-h-num"), "sort-met".into()) }
                        { sort_header(SortBy::Standard, html! { lang.t(M::ColStandard) }, sort_hint(lang.t(standard_hint)), classes!("cm-h-num"), "sort-standard".into()) }
                        if !villages {
                            { sort_header(SortBy::Recognised, html! { lang.t(M::ColRecognised) }, sort_hint(lang.t(M::ColRecognisedHint)), classes!("cm-h-num"), "sort-recognised".into()) }
                        }
                        { for criterion_headers }
                    </tr>
                </thead>
                <tbody>
                    if props.shown.main.is_empty() {
                        <tr><td class="cm-empty" colspan={columns.to_string()}>{ lang.t(M::NoRows) }</td></tr>
                    }
                    { for main_rows }
                </tbody>
                if !props.shown.other.is_empty() {
                    <tbody class="cm-other" data-testid="matrix-other-units">
                        <tr>
                            <th scope="rowgroup" colspan={columns.to_string()} class="cm-other-heading">
                                { lang.t(M::OtherUnitsHeading) }
                            </th>
                        </tr>
                        { for other_rows }
                    </tbody>
                }
            </table>
        </div>
    }
}

/// A click anywhere on a row focuses the row's button, so focus comes back to this row (not
/// to the scroll box) when the detail panel closes.
/// Tab from the sort headers into the rows: the table goes back to its left edge. Tabbing
/// through the 19 criteria's headers had scrolled it 372 px, so the first row showed its name
/// and nothing of its district, criteria met, or chances, hidden under the sticky name column.
/// From row to row it stays where the planner scrolled it.
fn back_to_the_start(e: FocusEvent) {
    let from_header = e
        .related_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("thead").ok().flatten())
        .is_some();
    if !from_header {
        return;
    }
    let scroller = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(".cm-scroll").ok().flatten());
    if let Some(scroller) = scroller {
        scroller.set_scroll_left(0);
    }
}

fn focus_row_button(e: &MouseEvent) {
    let button = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("tr").ok().flatten())
        .and_then(|tr| tr.query_selector(".cm-open").ok().flatten())
        .and_then(|b| b.dyn_into::<HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}

/// Group numbers as the official texts write them (I–V).
fn roman(group: u8) -> &'static str {
    match group {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        _ => "·",
    }
}

/// The name's tag's explanation for a commune row with levers of its own (none on village
/// rows: the commune's column already names the commune, whose row carries the tag). A
/// district's settings are tagged beside the district's name instead.
fn own_hint(own: Option<OwnSettings>, villages: bool) -> Option<M> {
    match own? {
        _ if villages => None,
        OwnSettings {
            commune: true,
            district: true,
            ..
        } => Some(M::OwnTagBoth),
        OwnSettings { commune: true, .. } => Some(M::OwnTagCommune),
        _ => None,
    }
}
