//! Money disbursed by source per year (stacked), with the budget plan's total over it.

use ntm_model::scenario::Source;

use super::yearly::{item, some, table};
use super::{
    cell, runs_text, ChartSpec, Inputs, Layer, LegendItem, LegendKey, Line, LineStyle, Marker,
    Plot, Shape, StackedPlot, TableRow,
};
use crate::components::charts::kind::ChartKind;
use crate::components::charts::palette::{source_colour, BUDGET};
use crate::i18n::{ChartMsg, Lang};
use crate::sharing::summary::money_period;

/// A row's yearly figures and their sum over the period.
fn with_total(lang: Lang, values: &[f64]) -> Vec<String> {
    let total = values.iter().sum::<f64>();
    values
        .iter()
        .chain(std::iter::once(&total))
        .map(|v| cell(lang, Some(*v), 1))
        .collect()
}

pub(super) fn spending(inp: Inputs<'_>) -> ChartSpec {
    let (r, lang) = (inp.results, inp.lang);
    let years = r.years.len();
    let at = |rows: &Vec<Vec<f64>>, s: usize, y: usize| {
        rows.get(s).and_then(|v| v.get(y)).copied().unwrap_or(0.0)
    };
    let disbursed: Vec<f64> = (0..years)
        .map(|y| {
            (0..Source::ALL.len())
                .map(|s| at(&r.spending.by_source, s, y))
                .sum()
        })
        .collect();
    let budget: Vec<f64> = (0..years)
        .map(|y| {
            (0..Source::ALL.len())
                .map(|s| at(&r.spending.budget_by_source, s, y))
                .sum()
        })
        .collect();

    let budget_style = LineStyle {
        colour: BUDGET,
        dashed: true,
        width: 2.5,
        marker: Some(Marker {
            shape: Shape::Diamond,
            colour: BUDGET,
            filled: false,
            radius: 6.5,
        }),
    };

    let mut legend = Vec::new();
    let mut layers = Vec::new();
    let mut rows = Vec::new();
    for source in Source::ALL {
        let spec = source.spec();
        let name = match lang {
            Lang::Vi => spec.name_vi,
            Lang::En => spec.name_en,
        };
        let values: Vec<f64> = (0..years)
            .map(|y| at(&r.spending.by_source, source.index(), y))
            .collect();
        legend.push(LegendItem {
            label: name.to_string(),
            key: LegendKey::Bar(source_colour(source)),
        });
        rows.push(TableRow {
            head: name.to_string(),
            cells: with_total(lang, &values),
            emphasis: false,
            separated: false,
        });
        layers.push(Layer {
            colour: source_colour(source),
            values,
        });
    }
    legend.push(item(
        lang,
        ChartMsg::LegendBudgetTotal,
        LegendKey::Line(budget_style),
    ));
    for (msg, values) in [
        (ChartMsg::TableDisbursedTotal, &disbursed),
        (ChartMsg::LegendBudgetTotal, &budget),
    ] {
        rows.push(TableRow {
            head: lang.t(msg).to_string(),
            cells: with_total(lang, values),
            emphasis: true,
            separated: false,
        });
    }
    // Beside the money, what training and campaigns cost that year: counted in the cost per
    // extra village and commune, not drawn in the bars since no budget line pays for it.
    let training: Vec<f64> = (0..years)
        .map(|y| r.spending.training.get(y).copied().unwrap_or(0.0))
        .collect();
    rows.push(TableRow {
        head: lang.t(ChartMsg::TableTrainingCost).to_string(),
        cells: with_total(lang, &training),
        emphasis: false,
        separated: true,
    });

    // What each unit gained since the base date cost (the model's cumulative means), the
    // figures the issue asks of the results: the whole period's is the last year's.
    let start = inp.dataset.province.money_start(lang.into());
    for (msg, values) in [
        (
            ChartMsg::TablePerVillage,
            &r.spending.per_additional_village,
        ),
        (
            ChartMsg::TablePerCommune,
            &r.spending.per_additional_commune,
        ),
    ] {
        let mut cells: Vec<String> = (0..years)
            .map(|y| cell(lang, values.get(y).copied().flatten(), 1))
            .collect();
        cells.push(cells.last().cloned().unwrap_or_else(|| cell(lang, None, 1)));
        rows.push(TableRow {
            head: lang.fill(msg, &[("start", &start)]),
            cells,
            emphasis: false,
            separated: msg == ChartMsg::TablePerVillage,
        });
    }

    let runs = runs_text(lang, r);
    let base = r.years.first().map_or_else(String::new, |y| y.to_string());
    ChartSpec {
        kind: ChartKind::Spending,
        heading: lang.t(ChartMsg::HeadingSpending).to_string(),
        caption: lang.fill(
            ChartMsg::CaptionSpending,
            &[("runs", &runs), ("base", &base)],
        ),
        aria_label: lang.t(ChartMsg::AriaSpending).to_string(),
        legend,
        plot: Plot::Stacked(StackedPlot {
            years: r.years.clone(),
            y_axis: lang.t(ChartMsg::AxisBillionVnd).to_string(),
            layers,
            total: Line {
                values: some(&budget),
                style: budget_style,
                start: None,
            },
        }),
        table: {
            // The whole period's sum last, as the report and the comparison give it ("Tổng
            // vốn 7/2020–2025: 8.628 tỷ đồng"): a reader could not find that figure in here.
            let mut t = table(lang, lang.t(ChartMsg::HeadingSpending), &r.years, rows);
            // Its rows are money sources first (the budget table's word).
            if let Some(first) = t.head.first_mut() {
                *first = lang.t(ChartMsg::TableSources).to_string();
            }
            t.head.push(money_period(inp.dataset, &r.years, lang));
            t
        },
        file_name: String::new(),
        runs: r.runs,
        lang,
    }
}
