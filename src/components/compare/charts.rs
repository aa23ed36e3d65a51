//! The comparison's overlaid charts: villages at the standard and communes recognised per
//! year, one line per scenario (its median, in its column's style), each scenario's P10–P90
//! band when asked for, and the official targets; with a table of the same numbers. Built as
//! the charts panel's own `ChartSpec`, so the same plot code, table and PNG export serve.

use ntm_model::{Metric, Results};
use plotters::style::RGBColor;

use super::series::style;
use crate::components::charts::{
    BandArea, ChartKind, ChartSpec, LegendItem, LegendKey, Line, Plot, StartMark, TableModel,
    TableRow, TargetMark, YearlyPlot, START_MARKER, TARGET_MARKER,
};
use crate::i18n::{compare::letter, ChartMsg, CompareMsg, Lang};
use crate::state::stage::Shown;
use ntm_model::Dataset;

/// Which overlaid chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Villages,
    Communes,
}

impl Which {
    pub fn metric(self) -> Metric {
        match self {
            Which::Villages => Metric::VillagesStandard,
            Which::Communes => Metric::CommunesRecognised,
        }
    }

    /// The metrics whose targets are drawn on the chart.
    fn target_metrics(self, r: &Results) -> Vec<Metric> {
        match self {
            Which::Villages => crate::components::charts::village_chart_targets(&r.base),
            Which::Communes => vec![Metric::CommunesRecognised, Metric::CommunesNtm],
        }
    }
}

/// The legend sample of the bands: neutral, since each band has its scenario's colour.
const BAND_KEY: RGBColor = RGBColor(120, 128, 136);

/// The spec of chart `which` for the compared scenarios (`None` before any results).
pub fn spec(
    which: Which,
    shown: &[Shown],
    ds: &Dataset,
    lang: Lang,
    bands: bool,
) -> Option<ChartSpec> {
    let first: &Results = shown
        .iter()
        .find_map(|s| s.outcome.as_ref())?
        .results
        .as_ref();
    let years = first.years.clone();
    let metric = which.metric();
    // Every scenario starts from the same data at the base date.
    let start = StartMark::of(ds, years.first().copied().unwrap_or(0), lang);
    let base = match which {
        Which::Villages => first.base.villages_standard,
        Which::Communes => first.base.ntm_communes,
    } as f64;
    let at_start = start.as_ref().map(|_| base);
    // A row's cell at the base date, when the table has that column.
    let start_cell = |value: Option<f64>| -> Option<String> {
        start
            .as_ref()
            .map(|_| value.map_or("–".into(), |x| lang.number(x, 0)))
    };
    let only_a_band = shown.len() > 2;
    let mut lines = Vec::new();
    let mut band_areas = Vec::new();
    let mut legend = Vec::new();
    let mut rows = Vec::new();
    for (i, s) in shown.iter().enumerate() {
        let l = letter(i);
        let name = s.name.text(lang);
        let style = style(i);
        legend.push(LegendItem {
            label: lang.fill(CompareMsg::SeriesName, &[("letter", &l), ("name", &name)]),
            key: LegendKey::Line(style),
        });
        let Some(o) = &s.outcome else {
            rows.push(TableRow {
                head: lang.fill(CompareMsg::RowMedian, &[("letter", &l)]),
                cells: start_cell(None)
                    .into_iter()
                    .chain(years.iter().map(|_| "–".to_string()))
                    .collect(),
                emphasis: true,
                separated: false,
            });
            continue;
        };
        let r = &o.results;
        let band = r.series.get(metric);
        let at = |values: &[f64]| -> Vec<Option<f64>> {
            years
                .iter()
                .map(|y| r.year_index(*y).and_then(|i| values.get(i).copied()))
                .collect()
        };
        let (p10, p50, p90) = (at(&band.p10), at(&band.p50), at(&band.p90));
        // With three or four scenarios their ranges blended into one brown mass over the lines:
        // then only A's is shaded, the reference the others' lines are read against.
        if bands && r.years == years && (!only_a_band || i == 0) {
            band_areas.push(BandArea {
                low: band.p10.clone(),
                high: band.p90.clone(),
                colour: style.colour,
                start: at_start,
            });
        }
        lines.push(Line {
            values: p50.clone(),
            style,
            start: at_start,
        });
        for (msg, values, emphasis) in [
            (CompareMsg::RowMedian, &p50, true),
            (CompareMsg::RowP10, &p10, false),
            (CompareMsg::RowP90, &p90, false),
        ] {
            rows.push(TableRow {
                head: lang.fill(msg, &[("letter", &l)]),
                cells: start_cell(at_start)
                    .into_iter()
                    .chain(
                        values
                            .iter()
                            .map(|v| v.map_or("–".into(), |x| lang.number(x, 0))),
                    )
                    .collect(),
                emphasis,
                separated: false,
            });
        }
    }
    if bands && !band_areas.is_empty() {
        legend.push(LegendItem {
            label: lang
                .t(if only_a_band {
                    CompareMsg::LegendBandA
                } else {
                    CompareMsg::LegendBands
                })
                .into(),
            // A's own colour when only A's range is shaded.
            key: LegendKey::Area(if only_a_band {
                style(0).colour
            } else {
                BAND_KEY
            }),
        });
    }
    if let Some(s) = &start {
        legend.push(LegendItem {
            label: lang.fill(ChartMsg::LegendStart, &[("date", &s.label)]),
            key: LegendKey::Marker(START_MARKER),
        });
    }
    let targets = targets(which, first, ds, lang);
    if !targets.is_empty() {
        legend.push(LegendItem {
            label: lang.t(ChartMsg::LegendTarget).into(),
            key: LegendKey::Marker(TARGET_MARKER),
        });
    }
    for (mark, name) in &targets {
        rows.push(TableRow {
            head: lang.fill(ChartMsg::TableTarget, &[("name", name)]),
            cells: start_cell(None)
                .into_iter()
                .chain(years.iter().map(|&y| {
                    if y == mark.year {
                        mark.label.clone()
                    } else {
                        "–".into()
                    }
                }))
                .collect(),
            emphasis: false,
            separated: false,
        });
    }
    let (kind, heading, caption, aria, axis) = match which {
        Which::Villages => (
            ChartKind::Villages,
            CompareMsg::ChartVillagesHeading,
            CompareMsg::ChartVillagesCaption,
            CompareMsg::ChartVillagesAria,
            ChartMsg::AxisVillages,
        ),
        Which::Communes => (
            ChartKind::Communes,
            CompareMsg::ChartCommunesHeading,
            CompareMsg::ChartCommunesCaption,
            CompareMsg::ChartCommunesAria,
            ChartMsg::AxisCommunes,
        ),
    };
    let mut head = vec![lang.t(ChartMsg::TableSeries).to_string()];
    if let Some(s) = &start {
        head.push(lang.fill(ChartMsg::TableStart, &[("date", &s.label)]));
    }
    head.extend(years.iter().map(|y| y.to_string()));
    // Bands first, then the lines of the later columns under the first's.
    lines.reverse();
    Some(ChartSpec {
        kind,
        heading: lang.t(heading).into(),
        caption: lang.t(caption).into(),
        aria_label: lang.t(aria).into(),
        legend,
        plot: Plot::Yearly(YearlyPlot {
            years: years.clone(),
            y_axis: lang.t(axis).into(),
            decimals: 0,
            y_max: None,
            bands: band_areas,
            lines,
            targets: targets.iter().map(|(m, _)| m.clone()).collect(),
            start,
        }),
        table: TableModel {
            caption: lang.t(heading).into(),
            groups: Vec::new(),
            head,
            rows,
        },
        file_name: crate::sharing::file_name::png_file_name(kind.slug(), true, 0, lang),
        runs: shown
            .iter()
            .filter_map(|s| s.outcome.as_ref().map(|o| o.runs_done))
            .min()
            .unwrap_or(0),
        lang,
    })
}

/// The official targets drawn on chart `which`, with their names (shares of villages become
/// counts, as on the workspace's chart).
fn targets(which: Which, r: &Results, ds: &Dataset, lang: Lang) -> Vec<(TargetMark, String)> {
    r.targets
        .iter()
        .filter(|t| which.target_metrics(r).contains(&t.metric) && t.judged())
        .filter(|t| r.years.contains(&t.year))
        .map(|t| {
            let spec = ds.province.targets.iter().find(|d| d.id == t.id);
            let name = spec.map_or_else(
                || t.id.clone(),
                |d| lang.pick(&d.name_vi, &d.name_en).to_string(),
            );
            (
                TargetMark::of(t, spec.map(|d| d.op), r.base.villages, lang),
                name,
            )
        })
        .collect()
}
