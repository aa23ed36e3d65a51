//! What each chart shows, worked out from the results before anything is drawn: the heading,
//! caption and accessible label, the legend, the numbers to plot and the table of the same
//! numbers, all already in the reader's language.
//!
//! Pure: no DOM, no drawing. The plot code (`plot/`) and the table only read a [`ChartSpec`],
//! so the canvas and its table cannot disagree, and the PNG export draws the same spec again.

mod criteria;
mod districts;
mod named;
mod spending;
mod yearly;

use ntm_model::dataset::TargetOp;
use ntm_model::results::TargetResult;
use ntm_model::{Dataset, Metric, Results};
use plotters::style::RGBColor;

pub use named::name_scenario;

use super::kind::ChartKind;
use super::palette::{INK, TARGET};
use crate::i18n::{ChartMsg, Lang};

/// Everything one chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub kind: ChartKind,
    pub heading: String,
    /// What the chart shows and where the numbers come from, in one sentence or two.
    pub caption: String,
    /// The canvas's `aria-label`.
    pub aria_label: String,
    pub legend: Vec<LegendItem>,
    pub plot: Plot,
    pub table: TableModel,
    /// For the PNG export, e.g. `ntm-so-xom-dat-chuan-2025.png` (`ntm-villages-2025.png` in
    /// English).
    pub file_name: String,
    /// Runs behind the numbers (a test hook on the canvas says which results it shows).
    pub runs: u32,
    pub lang: Lang,
}

/// One legend entry: a sample of how the series is drawn, and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub label: String,
    pub key: LegendKey,
}

/// The sample drawn before a legend label.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LegendKey {
    Line(LineStyle),
    /// A translucent area (a P10–P90 band).
    Area(RGBColor),
    /// A solid bar.
    Bar(RGBColor),
    Marker(Marker),
    /// A short vertical stroke (the baseline on bar charts).
    Tick(RGBColor),
    /// A horizontal range with end caps (P10–P90 on bar charts).
    Whisker(RGBColor),
}

/// How a line series is drawn. Widths and sizes are in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineStyle {
    pub colour: RGBColor,
    pub dashed: bool,
    pub width: f64,
    pub marker: Option<Marker>,
}

/// A point marker: shape carries meaning on top of colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    pub shape: Shape,
    pub colour: RGBColor,
    /// Filled = current scenario; hollow (white inside) = baseline.
    pub filled: bool,
    /// Half the marker's size, CSS pixels.
    pub radius: f64,
}

/// How official targets are marked.
pub const TARGET_MARKER: Marker = Marker {
    shape: Shape::Diamond,
    colour: TARGET,
    filled: true,
    radius: 8.0,
};

/// How the base date's values are marked: data, not simulated, in the text colour.
pub const START_MARKER: Marker = Marker {
    shape: Shape::Circle,
    colour: INK,
    filled: true,
    radius: 4.5,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// The drawing part of a chart.
#[derive(Debug, Clone, PartialEq)]
pub enum Plot {
    Yearly(YearlyPlot),
    Bars(BarsPlot),
    Stacked(StackedPlot),
    Districts(DistrictsPlot),
}

/// Series over the simulated years.
#[derive(Debug, Clone, PartialEq)]
pub struct YearlyPlot {
    pub years: Vec<u16>,
    pub y_axis: String,
    /// Decimals of the y axis labels.
    pub decimals: usize,
    /// Top of the y axis; `None` for a round number above the data.
    pub y_max: Option<f64>,
    pub bands: Vec<BandArea>,
    pub lines: Vec<Line>,
    pub targets: Vec<TargetMark>,
    /// The base date, where lines with a [`Line::start`] begin: the dataset's state, before
    /// any simulated year.
    pub start: Option<StartMark>,
}

/// The base date on a chart over the years: its label ("6/2020") and where it falls on the
/// axis, whose whole numbers are the ends of the years (mid-2020 is 2019,5).
#[derive(Debug, Clone, PartialEq)]
pub struct StartMark {
    pub label: String,
    pub x: f64,
}

impl StartMark {
    /// The mark of `ds`'s base date (`YYYY-MM-DD`), if it falls in the year before the first
    /// simulated year's end (`first_year`), as the embedded dataset's does.
    pub fn of(ds: &Dataset, first_year: u16, lang: Lang) -> Option<StartMark> {
        let mut parts = ds.province.base_date.split('-').map(str::parse::<u32>);
        let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
            (parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        if year != u32::from(first_year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        // The share of the year gone by the base date; a month counted as 31 days is close
        // enough for a position on a chart (the label gives the date).
        let gone = (f64::from(month - 1) + f64::from(day) / 31.0) / 12.0;
        Some(StartMark {
            label: ntm_model::format::month_year(month, year, lang.into()),
            x: f64::from(year) - 1.0 + gone,
        })
    }
}

/// A shaded range between two series (P10 and P90 of the current scenario).
#[derive(Debug, Clone, PartialEq)]
pub struct BandArea {
    pub low: Vec<f64>,
    pub high: Vec<f64>,
    pub colour: RGBColor,
    /// The value at the base date (the band narrows to it): data, the same in every run.
    pub start: Option<f64>,
}

/// A line over the years; `None` where the series has no value (a baseline with a shorter
/// horizon).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub values: Vec<Option<f64>>,
    pub style: LineStyle,
    /// The value at the base date, from the data (not simulated): the line starts there when
    /// the chart has a [`YearlyPlot::start`].
    pub start: Option<f64>,
}

/// An official target at a year, drawn as a labelled diamond.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetMark {
    pub year: u16,
    pub value: f64,
    pub label: String,
}

/// A target on a share of villages (every village's, or the 1385 scope's).
pub fn is_village_share(metric: Metric) -> bool {
    matches!(metric, Metric::VillagesShare | Metric::ScopeVillagesShare)
}

/// The metrics whose targets a chart of villages at the standard draws: the scope's shares
/// only when the data's villages are the scope's (drawn as counts of every village, they
/// would sit at the wrong height on data with every xóm of the province).
pub fn village_chart_targets(base: &ntm_model::results::BaseSummary) -> Vec<Metric> {
    let mut metrics = vec![Metric::VillagesStandard, Metric::VillagesShare];
    if base.scope_villages == base.villages {
        metrics.push(Metric::ScopeVillagesShare);
    }
    metrics
}

impl TargetMark {
    /// Target `t` on a chart of counts: "≥ 40"; a share of villages becomes a count of the
    /// `villages` of the base year, drawn where the share falls (60% of 294 is 176,4) and
    /// labelled with the whole villages it takes, "≥ 60% (177 xóm)", as a planner counts them.
    pub fn of(t: &TargetResult, op: Option<TargetOp>, villages: usize, lang: Lang) -> TargetMark {
        let at_most = op == Some(TargetOp::AtMost);
        let sign = if at_most { "≤" } else { "≥" };
        let (value, label) = if is_village_share(t.metric) {
            let count = t.goal * villages as f64;
            // Whole villages that meet it: at least 176,4 is 177, at most 176,4 is 176 (the
            // epsilon keeps a whole count such as 40,000…01 whole).
            let whole = if at_most {
                (count + 1e-9).floor()
            } else {
                (count - 1e-9).ceil()
            };
            let pct = lang.number(t.goal * 100.0, 0);
            let unit = lang.pick("xóm", "villages");
            let label = format!("{sign} {pct}% ({} {unit})", lang.number(whole, 0));
            (count, label)
        } else {
            let decimals = if (t.goal - t.goal.round()).abs() < 1e-9 {
                0
            } else {
                1
            };
            (t.goal, format!("{sign} {}", lang.number(t.goal, decimals)))
        };
        TargetMark {
            year: t.year,
            value,
            label,
        }
    }
}

/// Horizontal bars, one per criterion, lowest first.
#[derive(Debug, Clone, PartialEq)]
pub struct BarsPlot {
    pub rows: Vec<BarRow>,
    pub x_axis: String,
    pub colour: RGBColor,
    pub highlight: RGBColor,
    pub baseline: RGBColor,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub label: String,
    /// Share, 0–1.
    pub value: f64,
    pub baseline: Option<f64>,
    pub highlighted: bool,
}

/// Stacked bars per year with a total line over them.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedPlot {
    pub years: Vec<u16>,
    pub y_axis: String,
    /// Bottom layer first.
    pub layers: Vec<Layer>,
    /// Drawn as a dashed line with markers over the bars.
    pub total: Line,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    pub colour: RGBColor,
    pub values: Vec<f64>,
}

/// Districts as rows, one panel per measure.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictsPlot {
    pub names: Vec<String>,
    pub panels: Vec<DistrictPanel>,
    pub whisker: RGBColor,
    pub baseline: Marker,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DistrictPanel {
    pub title: String,
    pub colour: RGBColor,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
    pub baseline: Vec<Option<f64>>,
    /// Per row: a note drawn instead of a bar (e.g. no villages of the district in the data).
    pub notes: Vec<Option<String>>,
    /// Per row: how many units the count is out of (the district's xã, or its villages in
    /// the data), drawn after the median: "6" alone left a district official asking "of how
    /// many?".
    pub out_of: Vec<usize>,
}

/// The numbers of a chart as a table: a header row, then one row per series or category.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableModel {
    pub caption: String,
    /// Optional row of column groups above the header: (label, columns spanned).
    pub groups: Vec<(String, u32)>,
    pub head: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's header cell.
    pub head: String,
    pub cells: Vec<String>,
    /// Drawn bold: the median row, the lowest criteria, totals.
    pub emphasis: bool,
    /// Set apart from the rows above by a rule: a figure of another kind (the money chart's
    /// training cost, which no budget line pays, under the budget's totals).
    pub separated: bool,
}

/// What a chart is made from.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub dataset: &'a Dataset,
    pub results: &'a Results,
    /// The default scenario's results, when known.
    pub baseline: Option<&'a Results>,
    /// The year the one-year charts show.
    pub year: u16,
    pub lang: Lang,
}

/// The spec of chart `kind`.
pub fn build(kind: ChartKind, inputs: Inputs<'_>) -> ChartSpec {
    let mut spec = match kind {
        ChartKind::Villages => yearly::villages(inputs),
        ChartKind::Communes => yearly::communes(inputs),
        ChartKind::AverageCriteria => yearly::average(inputs),
        ChartKind::CommuneCriteria => criteria::communes(inputs),
        ChartKind::VillageCriteria => criteria::villages(inputs),
        ChartKind::Spending => spending::spending(inputs),
        ChartKind::Districts => districts::districts(inputs),
    };
    let file_year = if kind.is_one_year() {
        resolve_year(inputs.results, inputs.year).year
    } else {
        inputs.results.years.last().copied().unwrap_or(inputs.year)
    };
    spec.file_name =
        crate::sharing::file_name::png_file_name(kind.slug(), false, file_year, inputs.lang);
    spec
}

/// The year a one-year chart shows: the selected one, or the last simulated year when the
/// results do not reach it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct ShownYear {
    pub index: usize,
    pub year: u16,
    /// The selected year was not in the results.
    pub substituted: bool,
}

pub(super) fn resolve_year(results: &Results, year: u16) -> ShownYear {
    match results.year_index(year) {
        Some(index) => ShownYear {
            index,
            year,
            substituted: false,
        },
        None => {
            let index = results.years.len().saturating_sub(1);
            ShownYear {
                index,
                year: results.years.get(index).copied().unwrap_or(year),
                substituted: true,
            }
        }
    }
}

/// `caption`, plus a note when the year shown is not the one selected.
pub(super) fn with_year_note(caption: String, shown: ShownYear, lang: Lang) -> String {
    if shown.substituted {
        let note = lang.fill(
            ChartMsg::CaptionYearShown,
            &[("year", &shown.year.to_string())],
        );
        format!("{caption} {note}")
    } else {
        caption
    }
}

/// `values` of `other`'s series re-indexed onto `years` (a baseline may cover other years).
pub(super) fn align(years: &[u16], other_years: &[u16], values: &[f64]) -> Vec<Option<f64>> {
    years
        .iter()
        .map(|y| {
            other_years
                .iter()
                .position(|o| o == y)
                .and_then(|i| values.get(i).copied())
        })
        .collect()
}

/// A number for a table cell; a dash when there is none.
pub(super) fn cell(lang: Lang, value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "–".to_string(), |v| lang.number(v, decimals))
}

/// The runs behind the results, as the captions say it.
pub(super) fn runs_text(lang: Lang, results: &Results) -> String {
    lang.number(f64::from(results.runs), 0)
}
