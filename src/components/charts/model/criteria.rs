//! Achievement rate of each criterion in the selected year, lowest first, so the criteria that
//! hold the province back stand out.

use ntm_model::criteria::CriteriaSet;
use ntm_model::Results;

use super::yearly::item;
use super::{
    cell, resolve_year, runs_text, with_year_note, BarRow, BarsPlot, ChartSpec, Inputs, LegendKey,
    Plot, TableModel, TableRow,
};
use crate::components::charts::kind::ChartKind;
use crate::components::charts::palette::{BASELINE, CURRENT, HIGHLIGHT};
use crate::i18n::{ChartMsg, Lang};

/// How many of the lowest criteria are highlighted.
pub const LOWEST: usize = 3;

/// Communes: `results.commune_criteria_rates`, names from the set in force that year.
pub(super) fn communes(inp: Inputs<'_>) -> ChartSpec {
    let shown = resolve_year(inp.results, inp.year);
    let set_of = |r: &Results| {
        r.commune_set_by_year
            .get(r.year_index(shown.year)?)
            .and_then(|id| inp.dataset.criteria.set(id))
    };
    let set = set_of(inp.results).unwrap_or_else(|| inp.dataset.base_commune_set());
    // The baseline is comparable only under the same set (its switch year may differ); where
    // it is not, the caption says why its ticks are missing.
    let base_set = inp.baseline.and_then(set_of);
    let baseline = inp
        .baseline
        .filter(|_| base_set.map(|s| &s.id) == Some(&set.id));
    let other_set = base_set.filter(|s| s.id != set.id);
    build(
        inp,
        ChartKind::CommuneCriteria,
        set,
        |r| &r.commune_criteria_rates,
        Baseline {
            results: baseline,
            other_set,
        },
    )
}

/// The default scenario to draw as ticks, and, where it is not drawn because it applies
/// another criteria set that year, that set (said in the caption).
struct Baseline<'a> {
    results: Option<&'a Results>,
    other_set: Option<&'a CriteriaSet>,
}

/// Villages: `results.village_criteria_rates`, names from the dataset's village set.
pub(super) fn villages(inp: Inputs<'_>) -> ChartSpec {
    build(
        inp,
        ChartKind::VillageCriteria,
        inp.dataset.village_set(),
        |r| &r.village_criteria_rates,
        Baseline {
            results: inp.baseline,
            other_set: None,
        },
    )
}

fn build(
    inp: Inputs<'_>,
    kind: ChartKind,
    set: &CriteriaSet,
    rates: impl Fn(&Results) -> &Vec<Vec<f64>>,
    baseline: Baseline<'_>,
) -> ChartSpec {
    let (r, lang) = (inp.results, inp.lang);
    let shown = resolve_year(r, inp.year);
    let current: &[f64] = rates(r).get(shown.index).map_or(&[], |v| v.as_slice());
    let base_rates: Option<&[f64]> = baseline.results.and_then(|b| {
        let i = b.year_index(shown.year)?;
        rates(b).get(i).map(|v| v.as_slice())
    });

    // Lowest first; ties keep the official order.
    let mut order: Vec<usize> = (0..current.len().min(set.len())).collect();
    order.sort_by(|&a, &b| current[a].total_cmp(&current[b]).then(a.cmp(&b)));
    let rows: Vec<BarRow> = order
        .iter()
        .enumerate()
        .map(|(rank, &i)| BarRow {
            label: label(lang, set, i),
            value: current[i],
            baseline: base_rates.and_then(|b| b.get(i).copied()),
            highlighted: rank < LOWEST,
        })
        .collect();

    let n = LOWEST.to_string();
    let mut legend = vec![
        item(lang, ChartMsg::LegendRate, LegendKey::Bar(CURRENT)),
        crate::components::charts::model::LegendItem {
            label: lang.fill(ChartMsg::LegendLowest, &[("n", &n)]),
            key: LegendKey::Bar(HIGHLIGHT),
        },
    ];
    if base_rates.is_some() {
        legend.push(item(
            lang,
            ChartMsg::LegendBaselineTick,
            LegendKey::Tick(BASELINE),
        ));
    }

    let (heading, caption, table_heading) = match kind {
        ChartKind::VillageCriteria => (
            ChartMsg::HeadingVillageCriteria,
            ChartMsg::CaptionVillageCriteria,
            ChartMsg::HeadingVillageCriteria,
        ),
        _ => (
            ChartMsg::HeadingCommuneCriteria,
            ChartMsg::CaptionCommuneCriteria,
            ChartMsg::HeadingCommuneCriteria,
        ),
    };
    let year = shown.year.to_string();
    let set_name = match lang {
        Lang::Vi => set.name_vi.as_str(),
        Lang::En => set.name_en.as_str(),
    };
    let runs = runs_text(lang, r);
    let mut caption = lang.fill(
        caption,
        &[
            ("year", &year),
            ("set", set_name),
            ("runs", &runs),
            ("n", &n),
        ],
    );
    // The default's ticks and column only where there is a default to show: not while the
    // default itself is shown, nor under another criteria set (the caption promised ticks that
    // were not drawn, and the column was all "–").
    let with_baseline = base_rates.is_some();
    if with_baseline {
        caption = format!("{caption} {}", lang.t(ChartMsg::CaptionBaselineTicks));
    } else if let Some(other) = baseline.other_set {
        let other_name = match lang {
            Lang::Vi => other.name_vi.as_str(),
            Lang::En => other.name_en.as_str(),
        };
        let note = lang.fill(
            ChartMsg::CaptionBaselineOtherSet,
            &[("year", &year), ("set", other_name)],
        );
        caption = format!("{caption} {note}");
    }

    let table = TableModel {
        caption: lang.fill(table_heading, &[("year", &year)]),
        groups: Vec::new(),
        head: [
            ChartMsg::TableCriterion,
            ChartMsg::TableRank,
            ChartMsg::TableCurrentPct,
            ChartMsg::TableBaselinePct,
        ]
        .iter()
        .take(if with_baseline { 4 } else { 3 })
        .map(|&m| lang.t(m).to_string())
        .collect(),
        rows: rows
            .iter()
            .enumerate()
            .map(|(rank, row)| {
                let mut rank_text = (rank + 1).to_string();
                if row.highlighted {
                    rank_text = format!(
                        "{rank_text} ({})",
                        lang.fill(ChartMsg::TableLowestNote, &[("n", &n)])
                    );
                }
                let mut cells = vec![rank_text, cell(lang, Some(row.value * 100.0), 1)];
                if with_baseline {
                    cells.push(cell(lang, row.baseline.map(|b| b * 100.0), 1));
                }
                TableRow {
                    head: row.label.clone(),
                    cells,
                    emphasis: row.highlighted,
                    separated: false,
                }
            })
            .collect(),
    };

    ChartSpec {
        kind,
        heading: lang.fill(heading, &[("year", &year)]),
        caption: with_year_note(caption, shown, lang),
        aria_label: lang.t(ChartMsg::AriaCriteria).to_string(),
        legend,
        plot: Plot::Bars(BarsPlot {
            rows,
            x_axis: lang.t(ChartMsg::AxisRatePct).to_string(),
            colour: CURRENT,
            highlight: HIGHLIGHT,
            baseline: BASELINE,
        }),
        table,
        file_name: String::new(),
        runs: r.runs,
        lang,
    }
}

/// "10. Thu nhập": the official number, then the name.
fn label(lang: Lang, set: &CriteriaSet, i: usize) -> String {
    set.criteria.get(i).map_or_else(
        || (i + 1).to_string(),
        |c| {
            let name = match lang {
                Lang::Vi => &c.name_vi,
                Lang::En => &c.name_en,
            };
            format!("{}. {name}", c.id)
        },
    )
}
