//! The lever diff as a table: one row per lever that differs, its unit, each scenario's
//! value, and the difference from the first column (a column of its own when there are two
//! scenarios, after each value otherwise). Also the report's lever summary (defaults against
//! the scenario).

use std::rc::Rc;

use ntm_model::scenario::diff::{LeverPath, LeverValue};
use ntm_model::{Dataset, Scenario};
use yew::prelude::*;

use crate::compare_logic::levers::{lever_rows, LeverRow};
use crate::i18n::compare::{
    lever_delta, lever_key, lever_name, lever_name_through, lever_unit, lever_value, lever_year,
};
use crate::i18n::{CompareMsg, Lang, ReportMsg};

#[derive(Properties, PartialEq)]
pub struct LeverTableProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// Shown above the table; when empty, the table is named by `labelled_by` instead.
    pub caption: AttrValue,
    /// Id of the heading that names the table when there is no caption.
    #[prop_or_default]
    pub labelled_by: Option<AttrValue>,
    /// That heading's text, which names the scroll area when there is no caption.
    #[prop_or_default]
    pub heading: AttrValue,
    /// One header per value column.
    pub headers: Vec<Html>,
    /// The same as text, where known: each value cell carries its column's (`data-label`),
    /// which a phone's slide shows beside the value.
    #[prop_or_default]
    pub labels: Vec<AttrValue>,
    /// Header of the difference column (used when there are two value columns).
    pub delta_header: AttrValue,
    pub rows: Vec<LeverRow>,
    /// Shown instead of the table when no lever differs.
    pub none: AttrValue,
    pub testid: AttrValue,
    /// `(page, pages)`: only that page's share of the rows (a levers slide's), the header on
    /// each; `None`, every row (the report, the comparison).
    #[prop_or_default]
    pub page: Option<(usize, usize)>,
}

#[component]
pub fn LeverTable(props: &LeverTableProps) -> Html {
    let lang = props.lang;
    if props.rows.is_empty() {
        return html! {
            <p class="lever-diff-none" data-testid={format!("{}-none", props.testid)}>{ &props.none }</p>
        };
    }
    let pair = props.headers.len() == 2;
    // A per-year lever changed alike in consecutive years is one row ("…, năm 2020–2025"),
    // not one row a year.
    let mut groups = crate::compare_logic::levers::grouped(&props.rows);
    if let Some((page, pages)) = props.page {
        let range = crate::state::stage::page_rows(groups.len(), page, pages);
        groups = groups.drain(range).collect();
    }
    // A table that a phone's slide may show as a list (its cells carry their column's
    // heading): its roles said outright, which WebKit drops from a table no longer displayed
    // as one.
    let listed = !props.labels.is_empty();
    let row = |&(r, last): &(&LeverRow, &LeverPath)| {
        let name = match lever_year(last) {
            Some(y) if last != &r.path => lever_name_through(&r.path, y, &props.dataset, lang),
            _ => lever_name(&r.path, &props.dataset, lang),
        };
        let first = r.values.first();
        // Differences between what the model uses: a district's own 70 against the 50 it
        // inherited by default is +20, not blank.
        let effective = |i: usize| r.effective(i).unwrap_or(&LeverValue::Unset);
        let cells = r.values.iter().enumerate().map(|(i, v)| {
            let delta = match (i, first, pair) {
                (0, _, _) | (_, None, _) | (_, _, true) => None,
                (_, Some(_), false) => lever_delta(&r.path, effective(0), effective(i), lang),
            };
            let changed = i > 0 && first != Some(v);
            // "theo cấp trên (50)": what following the level above gives here.
            let shown = match (v, effective(i)) {
                (LeverValue::Unset, up) if *up != LeverValue::Unset => format!(
                    "{} ({})",
                    lever_value(&r.path, v, lang),
                    lever_value(&r.path, up, lang)
                ),
                _ => lever_value(&r.path, v, lang),
            };
            // A setting of a unit left out of the allocation does nothing: said, as the levers
            // panel says it.
            let voided = r.voided.get(i).copied().unwrap_or(false);
            let shown = if voided {
                format!("{shown} ({})", lang.t(crate::i18n::LeverMsg::ChipNotApplied))
            } else {
                shown
            };
            // Its column's heading, which a phone's slide shows beside the value (the table
            // becomes a list there: five columns did not fit 320 px).
            let label = props.labels.get(i).cloned();
            html! {
                <td class={classes!(changed.then_some("is-changed"))} data-testid={format!("lever-value-{i}")} data-voided={voided.then_some("true")} role={listed.then_some("cell")} data-label={label}>
                    { shown }
                    if let Some(d) = delta {
                        <span class="lever-diff-delta">
                            { " " }{ lang.fill(CompareMsg::DeltaShort, &[("delta", &d)]) }
                        </span>
                    }
                </td>
            }
        });
        let pair_delta = match (pair, r.effective(0), r.effective(1)) {
            (true, Some(a), Some(b)) => Some(lever_delta(&r.path, a, b, lang).unwrap_or_default()),
            _ => None,
        };
        html! {
            <tr data-testid="lever-diff-row" data-lever={lever_key(&r.path)} role={listed.then_some("row")}>
                <th scope="row" role={listed.then_some("rowheader")}>{ name }</th>
                <td class="lever-diff-unit" role={listed.then_some("cell")}>{ lever_unit(&r.path, lang) }</td>
                { for cells }
                if let Some(d) = pair_delta {
                    <td class="lever-diff-delta" data-testid="lever-delta" role={listed.then_some("cell")} data-label={listed.then(|| props.delta_header.clone())}>{ d }</td>
                }
            </tr>
        }
    };
    html! {
        // Focusable, so a keyboard can scroll it sideways where it is wider than the screen.
        <div class="table-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, if props.caption.is_empty() { &props.heading } else { &props.caption })}>
            <table
                class="data-table lever-diff"
                role={listed.then_some("table")}
                data-testid={props.testid.clone()}
                aria-labelledby={props.labelled_by.clone().filter(|_| props.caption.is_empty())}
            >
                if !props.caption.is_empty() {
                    <caption>{ &props.caption }</caption>
                }
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(CompareMsg::ColumnLever) }</th>
                        <th scope="col">{ lang.t(CompareMsg::ColumnUnit) }</th>
                        { for props.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                        if pair {
                            <th scope="col">{ &props.delta_header }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    { for groups.iter().map(row) }
                </tbody>
            </table>
        </div>
    }
}

/// Under a lever table: for each scenario (its letter, or none when alone) the levers panel's
/// warnings about what the model does not do as set: fixed amounts past the money they come
/// from, cut to fit; support units given to more xã than the province has. Without them the
/// report, the comparison and the levers slide said "20 tỷ đồng/xã/năm" where each commune
/// received 57,8% of it, and only the levers panel said so.
pub fn lever_warnings(
    lang: Lang,
    dataset: &Dataset,
    scenarios: &[(Option<char>, &Scenario)],
    testid: &str,
) -> Html {
    use crate::components::levers::{overrun_warning, support_warning};
    let notes = scenarios.iter().enumerate().flat_map(|(i, (letter, sc))| {
        let fixed = ntm_model::sim::fixed_overrun(dataset, sc)
            .map(|o| overrun_warning(lang, o, &format!("{testid}-overrun-{i}")));
        let support = ntm_model::sim::support_overrun(dataset, sc).map(|(forced, units)| {
            support_warning(lang, forced, units, &format!("{testid}-support-{i}"))
        });
        fixed
            .into_iter()
            .chain(support)
            .map(move |warning| match letter {
                Some(l) => html! {
                    <div class="lever-overrun-note">
                        <span class="compare-letter">{ l.to_string() }</span>
                        <span class="visually-hidden">{ ": " }</span>
                        { warning }
                    </div>
                },
                None => warning,
            })
    });
    html! { <>{ for notes }</> }
}

/// One scenario's levers against the defaults, headed "Mặc định · Kịch bản này · Thay đổi":
/// the report's table and the levers slide's. `labelled_by` is the heading above it.
pub fn against_defaults(
    lang: Lang,
    dataset: &Rc<Dataset>,
    defaults: &Scenario,
    scenario: &Scenario,
    labelled_by: &'static str,
    testid: &'static str,
    page: Option<(usize, usize)>,
) -> Html {
    html! {
        <>
        <LeverTable
            {page}
            {lang}
            dataset={dataset.clone()}
            caption=""
            {labelled_by}
            heading={lang.t(ReportMsg::SectionLevers)}
            headers={vec![
                html! { { lang.t(ReportMsg::ColumnDefault) } },
                html! { { lang.t(ReportMsg::ColumnScenario) } },
            ]}
            labels={vec![
                AttrValue::from(lang.t(ReportMsg::ColumnDefault)),
                AttrValue::from(lang.t(ReportMsg::ColumnScenario)),
            ]}
            delta_header={lang.t(ReportMsg::ColumnChange)}
            rows={lever_rows(&[defaults, scenario], dataset)}
            none={lang.t(ReportMsg::LeversNone)}
            {testid}
        />
        // On the last page of a slide's rows (`DeckItem::lever_warnings` leaves them the room).
        if page.is_none_or(|(p, pages)| p + 1 == pages) {
            { lever_warnings(lang, dataset, &[(None, scenario)], testid) }
        }
        </>
    }
}
