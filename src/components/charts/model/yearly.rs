//! The charts over the years: villages at the standard, communes, average criteria.

use ntm_model::{Band, Metric, Results};

use super::{
    align, cell, runs_text, BandArea, ChartSpec, Inputs, LegendItem, LegendKey, Line, LineStyle,
    Marker, Plot, Shape, StartMark, TableModel, TableRow, TargetMark, YearlyPlot, START_MARKER,
    TARGET_MARKER,
};
use crate::components::charts::kind::ChartKind;
use crate::components::charts::palette::{BAND, BASELINE, CURRENT, SECONDARY};
use crate::i18n::{ChartMsg, Lang};

/// The current scenario: solid, filled markers.
pub(super) fn current_style(colour: plotters::style::RGBColor, shape: Shape) -> LineStyle {
    LineStyle {
        colour,
        dashed: false,
        width: 3.0,
        marker: Some(Marker {
            shape,
            colour,
            filled: true,
            radius: 5.5,
        }),
    }
}

/// The baseline: dashed, hollow markers.
pub(super) fn baseline_style(colour: plotters::style::RGBColor, shape: Shape) -> LineStyle {
    LineStyle {
        colour,
        dashed: true,
        width: 2.5,
        marker: Some(Marker {
            shape,
            colour,
            filled: false,
            radius: 5.5,
        }),
    }
}

/// The caption, and the dashed line's meaning when the baseline is drawn (not beside the
/// default scenario itself).
fn with_baseline(caption: String, drawn: bool, lang: Lang) -> String {
    if drawn {
        format!("{caption} {}", lang.t(ChartMsg::CaptionBaseline))
    } else {
        caption
    }
}

/// Villages meeting the standard per year: band, median, baseline, targets.
pub(super) fn villages(inp: Inputs<'_>) -> ChartSpec {
    let (r, lang) = (inp.results, inp.lang);
    let band = &r.series.villages_standard;
    let baseline = inp
        .baseline
        .map(|b| align(&r.years, &b.years, &b.series.villages_standard.p50));
    let targets = targets(inp, &super::village_chart_targets(&r.base));
    let start = StartMark::of(inp.dataset, r.years.first().copied().unwrap_or(0), inp.lang);
    let at_start = r.base.value(Metric::VillagesStandard);

    let current = current_style(CURRENT, Shape::Circle);
    let base_style = baseline_style(BASELINE, Shape::Square);
    let mut lines = Vec::new();
    if let Some(values) = &baseline {
        lines.push(Line {
            values: values.clone(),
            style: base_style,
            start: at_start,
        });
    }
    lines.push(Line {
        values: some(&band.p50),
        style: current,
        start: at_start,
    });

    let mut legend = vec![
        item(lang, ChartMsg::LegendCurrent, LegendKey::Line(current)),
        item(lang, ChartMsg::LegendBand, LegendKey::Area(BAND)),
    ];
    legend.extend(start_legend(lang, start.as_ref()));
    if baseline.is_some() {
        legend.push(item(
            lang,
            ChartMsg::LegendBaseline,
            LegendKey::Line(base_style),
        ));
    }
    if !targets.is_empty() {
        legend.push(item(
            lang,
            ChartMsg::LegendTarget,
            LegendKey::Marker(TARGET_MARKER),
        ));
    }

    let mut rows = band_rows(lang, band, 0);
    let mut starts = vec![at_start; rows.len()];
    if let Some(values) = &baseline {
        rows.push(row(lang, ChartMsg::TableBaselineMedian, values, 0, false));
        starts.push(at_start);
    }
    rows.extend(target_rows(lang, &r.years, &targets));

    let runs = runs_text(lang, r);
    let villages = lang.number(r.base.villages as f64, 0);
    let table = table(lang, lang.t(ChartMsg::HeadingVillages), &r.years, rows);
    ChartSpec {
        kind: ChartKind::Villages,
        heading: lang.t(ChartMsg::HeadingVillages).to_string(),
        caption: with_baseline(
            // The targets' diamonds only when one falls within the years shown (a horizon
            // ending before 2020's targets has none), as the legend.
            if targets.is_empty() {
                lang.fill(
                    ChartMsg::CaptionVillages,
                    &[("villages", &villages), ("runs", &runs)],
                )
            } else {
                format!(
                    "{} {}",
                    lang.fill(
                        ChartMsg::CaptionVillages,
                        &[("villages", &villages), ("runs", &runs)],
                    ),
                    lang.t(ChartMsg::CaptionTargets)
                )
            },
            baseline.is_some(),
            lang,
        ),
        aria_label: lang.t(ChartMsg::AriaVillages).to_string(),
        legend,
        plot: Plot::Yearly(YearlyPlot {
            years: r.years.clone(),
            y_axis: lang.t(ChartMsg::AxisVillages).to_string(),
            decimals: 0,
            y_max: None,
            bands: vec![band_area(band, at_start)],
            lines,
            targets: targets.iter().map(|t| t.mark.clone()).collect(),
            start: start.clone(),
        }),
        table: with_start(table, lang, start.as_ref(), &starts, 0),
        file_name: String::new(),
        runs: r.runs,
        lang,
    }
}

/// Communes recognised (band, median, baseline, target) and communes meeting every criterion
/// of the set in force.
pub(super) fn communes(inp: Inputs<'_>) -> ChartSpec {
    let (r, lang) = (inp.results, inp.lang);
    let band = &r.series.communes_recognised;
    let meeting = &r.series.communes_ntm;
    let baseline = inp
        .baseline
        .map(|b| align(&r.years, &b.years, &b.series.communes_recognised.p50));
    let meeting_baseline = inp
        .baseline
        .map(|b| align(&r.years, &b.years, &b.series.communes_ntm.p50));
    let targets = targets(inp, &[Metric::CommunesRecognised, Metric::CommunesNtm]);
    // Recognition at the base date is data; which communes then met every criterion is not
    // told apart from it, so that line starts at the first year's end.
    let start = StartMark::of(inp.dataset, r.years.first().copied().unwrap_or(0), inp.lang);
    let at_start = r.base.value(Metric::CommunesRecognised);

    let current = current_style(CURRENT, Shape::Circle);
    let base_style = baseline_style(BASELINE, Shape::Square);
    let meeting_style = LineStyle {
        width: 2.5,
        ..current_style(SECONDARY, Shape::Triangle)
    };
    let mut lines = Vec::new();
    if let Some(values) = &baseline {
        lines.push(Line {
            values: values.clone(),
            style: base_style,
            start: at_start,
        });
    }
    lines.push(Line {
        values: some(&meeting.p50),
        style: meeting_style,
        start: None,
    });
    lines.push(Line {
        values: some(&band.p50),
        style: current,
        start: at_start,
    });

    let mut legend = vec![
        item(lang, ChartMsg::LegendRecognised, LegendKey::Line(current)),
        item(lang, ChartMsg::LegendBand, LegendKey::Area(BAND)),
    ];
    legend.extend(start_legend(lang, start.as_ref()));
    if baseline.is_some() {
        legend.push(item(
            lang,
            ChartMsg::LegendRecognisedBaseline,
            LegendKey::Line(base_style),
        ));
    }
    legend.push(item(
        lang,
        ChartMsg::LegendMeetingAll,
        LegendKey::Line(meeting_style),
    ));
    if !targets.is_empty() {
        legend.push(item(
            lang,
            ChartMsg::LegendTarget,
            LegendKey::Marker(TARGET_MARKER),
        ));
    }

    let mut rows = band_rows(lang, band, 0);
    if let Some(values) = &baseline {
        rows.push(row(lang, ChartMsg::TableBaselineMedian, values, 0, false));
    }
    // The recognised rows start from the data; the others have no figure there.
    let starts = vec![at_start; rows.len()];
    rows.push(row(
        lang,
        ChartMsg::TableMeetingAllMedian,
        &some(&meeting.p50),
        0,
        false,
    ));
    if let Some(values) = &meeting_baseline {
        rows.push(row(
            lang,
            ChartMsg::TableMeetingAllBaseline,
            values,
            0,
            false,
        ));
    }
    rows.extend(target_rows(lang, &r.years, &targets));

    let runs = runs_text(lang, r);
    let caption = match switch_year(r, &inp.dataset.base_commune_set().id) {
        Some(year) => lang.fill(
            ChartMsg::CaptionCommunes,
            &[("runs", &runs), ("switch", &year.to_string())],
        ),
        None => lang.fill(ChartMsg::CaptionCommunesNoSwitch, &[("runs", &runs)]),
    };
    let caption = with_baseline(caption, baseline.is_some(), lang);
    ChartSpec {
        kind: ChartKind::Communes,
        heading: lang.t(ChartMsg::HeadingCommunes).to_string(),
        caption,
        aria_label: lang.t(ChartMsg::AriaCommunes).to_string(),
        legend,
        plot: Plot::Yearly(YearlyPlot {
            years: r.years.clone(),
            y_axis: lang.t(ChartMsg::AxisCommunes).to_string(),
            decimals: 0,
            y_max: None,
            bands: vec![band_area(band, at_start)],
            lines,
            targets: targets.iter().map(|t| t.mark.clone()).collect(),
            start: start.clone(),
        }),
        table: with_start(
            table(lang, lang.t(ChartMsg::HeadingCommunes), &r.years, rows),
            lang,
            start.as_ref(),
            &starts,
            0,
        ),
        file_name: String::new(),
        runs: r.runs,
        lang,
    }
}

/// Average criteria met per village and per commune, current and baseline.
pub(super) fn average(inp: Inputs<'_>) -> ChartSpec {
    let (r, lang, ds) = (inp.results, inp.lang, inp.dataset);
    let village = &r.series.avg_village_criteria;
    let commune = &r.series.avg_commune_criteria;
    let village_base = inp
        .baseline
        .map(|b| align(&r.years, &b.years, &b.series.avg_village_criteria.p50));
    let commune_base = inp
        .baseline
        .map(|b| align(&r.years, &b.years, &b.series.avg_commune_criteria.p50));

    let styles = [
        current_style(CURRENT, Shape::Circle),
        baseline_style(CURRENT, Shape::Circle),
        current_style(SECONDARY, Shape::Triangle),
        baseline_style(SECONDARY, Shape::Triangle),
    ];
    let start = StartMark::of(ds, r.years.first().copied().unwrap_or(0), lang);
    let (village_start, commune_start) = (
        Some(r.base.avg_village_criteria),
        Some(r.base.avg_commune_criteria),
    );
    // (legend, values over the years if known, value at the base date)
    type Series = (ChartMsg, Option<Vec<Option<f64>>>, Option<f64>);
    let series: [Series; 4] = [
        (
            ChartMsg::LegendVillageCurrent,
            Some(some(&village.p50)),
            village_start,
        ),
        (ChartMsg::LegendVillageBaseline, village_base, village_start),
        (
            ChartMsg::LegendCommuneCurrent,
            Some(some(&commune.p50)),
            commune_start,
        ),
        (ChartMsg::LegendCommuneBaseline, commune_base, commune_start),
    ];
    let mut lines = Vec::new();
    let mut legend = Vec::new();
    let mut rows = Vec::new();
    let mut starts = Vec::new();
    for ((msg, values, at_start), style) in series.into_iter().zip(styles) {
        let Some(values) = values else { continue };
        legend.push(item(lang, msg, LegendKey::Line(style)));
        rows.push(row(lang, msg, &values, 1, !style.dashed));
        starts.push(at_start);
        lines.push(Line {
            values,
            style,
            start: at_start,
        });
    }
    legend.extend(start_legend(lang, start.as_ref()));
    // Baselines first, so the current scenario is drawn on top.
    lines.sort_by_key(|l| !l.style.dashed);

    let most = [
        Some(ds.base_commune_set().len()),
        ds.later_commune_set().map(|s| s.len()),
        Some(ds.village_set().len()),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(19);
    let runs = runs_text(lang, r);
    let n = ds.village_set().len().to_string();
    ChartSpec {
        kind: ChartKind::AverageCriteria,
        heading: lang.t(ChartMsg::HeadingAverage).to_string(),
        caption: with_baseline(
            lang.fill(ChartMsg::CaptionAverage, &[("runs", &runs), ("n", &n)]),
            inp.baseline.is_some(),
            lang,
        ),
        aria_label: lang.t(ChartMsg::AriaAverage).to_string(),
        legend,
        plot: Plot::Yearly(YearlyPlot {
            years: r.years.clone(),
            y_axis: lang.t(ChartMsg::AxisCriteria).to_string(),
            decimals: 0,
            // The whole set's range, ending on a labelled gridline (19 criteria: 20).
            y_max: Some((most as f64 / 5.0).ceil() * 5.0),
            bands: Vec::new(),
            lines,
            targets: Vec::new(),
            start: start.clone(),
        }),
        table: with_start(
            table(lang, lang.t(ChartMsg::HeadingAverage), &r.years, rows),
            lang,
            start.as_ref(),
            &starts,
            1,
        ),
        file_name: String::new(),
        runs: r.runs,
        lang,
    }
}

/// The first simulated year in which the commune criteria set differs from the year before.
/// The first simulated year whose commune set is not the one the data's recognitions were
/// made under (`base_set`): the first year itself when the stricter set applies from it, where
/// the gap between recognised and meeting-all is widest and had gone unexplained.
pub(super) fn switch_year(r: &Results, base_set: &str) -> Option<u16> {
    r.commune_set_by_year
        .iter()
        .position(|set| set != base_set)
        .and_then(|i| r.years.get(i).copied())
}

/// A target of one of `metrics`, ready to draw and to list.
pub(super) struct Target {
    pub mark: TargetMark,
    /// Its official wording.
    pub name: String,
}

/// The results' targets on `metrics` that fall in the simulated years. Shares of villages
/// become counts (share × villages in the dataset: [`TargetMark::of`]).
fn targets(inp: Inputs<'_>, metrics: &[Metric]) -> Vec<Target> {
    let (r, lang) = (inp.results, inp.lang);
    r.targets
        .iter()
        .filter(|t| metrics.contains(&t.metric) && t.judged() && r.years.contains(&t.year))
        .map(|t| {
            let official = inp.dataset.province.targets.iter().find(|d| d.id == t.id);
            let name = official.map_or_else(
                || t.id.clone(),
                |d| lang.pick(&d.name_vi, &d.name_en).to_string(),
            );
            Target {
                mark: TargetMark::of(t, official.map(|d| d.op), r.base.villages, lang),
                name,
            }
        })
        .collect()
}

/// One table row per target: its label in its year's column, dashes elsewhere.
fn target_rows(lang: Lang, years: &[u16], targets: &[Target]) -> Vec<TableRow> {
    targets
        .iter()
        .map(|t| TableRow {
            head: lang.fill(ChartMsg::TableTarget, &[("name", &t.name)]),
            cells: years
                .iter()
                .map(|&y| {
                    if y == t.mark.year {
                        // May wrap before "(177 xóm)", never after "≥".
                        t.mark
                            .label
                            .replace("≥ ", "≥\u{a0}")
                            .replace("≤ ", "≤\u{a0}")
                    } else {
                        "–".to_string()
                    }
                })
                .collect(),
            emphasis: false,
            separated: false,
        })
        .collect()
}

fn band_area(band: &Band, start: Option<f64>) -> BandArea {
    BandArea {
        start,
        low: band.p10.clone(),
        high: band.p90.clone(),
        colour: BAND,
    }
}

fn band_rows(lang: Lang, band: &Band, decimals: usize) -> Vec<TableRow> {
    vec![
        row(
            lang,
            ChartMsg::TableCurrentMedian,
            &some(&band.p50),
            decimals,
            true,
        ),
        row(
            lang,
            ChartMsg::TableCurrentP10,
            &some(&band.p10),
            decimals,
            false,
        ),
        row(
            lang,
            ChartMsg::TableCurrentP90,
            &some(&band.p90),
            decimals,
            false,
        ),
    ]
}

fn row(
    lang: Lang,
    head: ChartMsg,
    values: &[Option<f64>],
    decimals: usize,
    emphasis: bool,
) -> TableRow {
    TableRow {
        head: lang.t(head).to_string(),
        cells: values.iter().map(|v| cell(lang, *v, decimals)).collect(),
        emphasis,
        separated: false,
    }
}

/// The legend's entry for the base date's point, when the chart has one.
fn start_legend(lang: Lang, start: Option<&StartMark>) -> Option<LegendItem> {
    start.map(|s| LegendItem {
        label: lang.fill(ChartMsg::LegendStart, &[("date", &s.label)]),
        key: LegendKey::Marker(START_MARKER),
    })
}

/// `table` with a first column for the base date (`start`), holding `starts[i]` in row `i`
/// (rows past `starts`, such as the targets, get a dash). Unchanged without a `start`.
fn with_start(
    mut table: TableModel,
    lang: Lang,
    start: Option<&StartMark>,
    starts: &[Option<f64>],
    decimals: usize,
) -> TableModel {
    let Some(start) = start else {
        return table;
    };
    table.head.insert(
        1,
        lang.fill(ChartMsg::TableStart, &[("date", &start.label)]),
    );
    for (i, row) in table.rows.iter_mut().enumerate() {
        let value = starts.get(i).copied().flatten();
        row.cells.insert(0, cell(lang, value, decimals));
    }
    table
}

/// A table with one column per year.
pub(super) fn table(lang: Lang, caption: &str, years: &[u16], rows: Vec<TableRow>) -> TableModel {
    let mut head = vec![lang.t(ChartMsg::TableSeries).to_string()];
    head.extend(years.iter().map(|y| y.to_string()));
    TableModel {
        caption: caption.to_string(),
        groups: Vec::new(),
        head,
        rows,
    }
}

pub(super) fn some(values: &[f64]) -> Vec<Option<f64>> {
    values.iter().copied().map(Some).collect()
}

pub(super) fn item(lang: Lang, msg: ChartMsg, key: LegendKey) -> LegendItem {
    LegendItem {
        label: lang.t(msg).to_string(),
        key,
    }
}
