//! Districts side by side in the selected year: communes recognised and villages at the
//! standard, median with P10–P90 whiskers and the baseline.

use ntm_model::results::DistrictResult;
use ntm_model::Band;

use super::yearly::item;
use super::{
    cell, resolve_year, runs_text, with_year_note, ChartSpec, DistrictPanel, DistrictsPlot, Inputs,
    LegendKey, Marker, Plot, TableModel, TableRow, TARGET_MARKER,
};
use crate::components::charts::kind::ChartKind;
use crate::components::charts::palette::{BASELINE, CURRENT, INK, SECONDARY};
use crate::i18n::ChartMsg;

/// The baseline's mark on the district bars.
const BASELINE_MARKER: Marker = Marker {
    colour: BASELINE,
    filled: false,
    radius: 6.5,
    ..TARGET_MARKER
};

pub(super) fn districts(inp: Inputs<'_>) -> ChartSpec {
    let (r, lang, ds) = (inp.results, inp.lang, inp.dataset);
    let shown = resolve_year(r, inp.year);
    let i = shown.index;
    let baseline_index = inp
        .baseline
        .and_then(|b| Some((b, b.year_index(shown.year)?)));

    let names: Vec<String> = r
        .districts
        .iter()
        .map(|d| {
            ds.district_index(&d.code)
                .and_then(|k| ds.districts.get(k))
                .map_or_else(|| d.code.clone(), |x| x.name_in(lang.into()).into_owned())
        })
        .collect();
    // Each district's xã and villages in the dataset, what its counts are out of: a district
    // without villages has no village bar.
    let count_in = |count: fn(&ntm_model::Dataset, usize) -> usize| -> Vec<usize> {
        r.districts
            .iter()
            .map(|d| ds.district_index(&d.code).map_or(0, |k| count(ds, k)))
            .collect()
    };
    let candidates_in = count_in(ntm_model::Dataset::candidates_in_district);
    let villages_in = count_in(ntm_model::Dataset::villages_in_district);

    let at = |band: &Band| -> [f64; 3] {
        let get = |v: &Vec<f64>| v.get(i).copied().unwrap_or(0.0);
        [get(&band.p10), get(&band.p50), get(&band.p90)]
    };
    let baseline_of = |code: &str, pick: fn(&DistrictResult) -> &Band| -> Option<f64> {
        let (b, j) = baseline_index?;
        let d = b.districts.iter().find(|d| d.code == code)?;
        pick(d).p50.get(j).copied()
    };
    let panel = |title: ChartMsg, colour, pick: fn(&DistrictResult) -> &Band, villages: bool| {
        let mut p = DistrictPanel {
            title: lang.t(title).to_string(),
            colour,
            p10: Vec::new(),
            p50: Vec::new(),
            p90: Vec::new(),
            baseline: Vec::new(),
            notes: Vec::new(),
            out_of: if villages {
                villages_in.clone()
            } else {
                candidates_in.clone()
            },
        };
        for (k, d) in r.districts.iter().enumerate() {
            let [p10, p50, p90] = at(pick(d));
            p.p10.push(p10);
            p.p50.push(p50);
            p.p90.push(p90);
            p.baseline.push(baseline_of(&d.code, pick));
            let empty = villages && villages_in[k] == 0;
            p.notes
                .push(empty.then(|| lang.t(ChartMsg::NoVillagesInData).to_string()));
        }
        p
    };
    let panels = vec![
        panel(
            ChartMsg::PanelCommunesRecognised,
            SECONDARY,
            |d| &d.communes_recognised,
            false,
        ),
        panel(
            ChartMsg::PanelVillagesStandard,
            CURRENT,
            |d| &d.villages_standard,
            true,
        ),
    ];

    let mut legend = vec![
        item(
            lang,
            ChartMsg::PanelCommunesRecognised,
            LegendKey::Bar(SECONDARY),
        ),
        item(
            lang,
            ChartMsg::PanelVillagesStandard,
            LegendKey::Bar(CURRENT),
        ),
        item(lang, ChartMsg::LegendWhisker, LegendKey::Whisker(INK)),
    ];
    if baseline_index.is_some() {
        legend.push(item(
            lang,
            ChartMsg::LegendBaseline,
            LegendKey::Marker(BASELINE_MARKER),
        ));
    }

    let range = |p: &DistrictPanel, k: usize| {
        crate::i18n::span(lang.number(p.p10[k], 0), lang.number(p.p90[k], 0))
    };
    // The default's column only beside another scenario: for the default itself it was a
    // column of "–" that pushed the villages' columns past a 1280 px window.
    let with_baseline = baseline_index.is_some();
    let per_group: u32 = if with_baseline { 4 } else { 3 };
    let rows = names
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let mut cells = Vec::new();
            for p in &panels {
                if p.notes[k].is_some() {
                    cells.extend(std::iter::repeat_n("–".to_string(), per_group as usize));
                } else {
                    cells.push(cell(lang, Some(p.p50[k]), 0));
                    cells.push(range(p, k));
                    if with_baseline {
                        cells.push(cell(lang, p.baseline[k], 0));
                    }
                    cells.push(lang.number(p.out_of[k] as f64, 0));
                }
            }
            TableRow {
                head: name.clone(),
                cells,
                emphasis: false,
                separated: false,
            }
        })
        .collect();
    let sub = [
        ChartMsg::TableMedianShort,
        ChartMsg::TableRangeP10P90,
        ChartMsg::TableBaselineShort,
    ];
    let sub = &sub[..per_group as usize - 1];
    let mut head = vec![lang.t(ChartMsg::TableDistrict).to_string()];
    for total in [ChartMsg::TableCommunesTotal, ChartMsg::TableVillagesTotal] {
        head.extend(sub.iter().map(|m| lang.t(*m).to_string()));
        head.push(lang.t(total).to_string());
    }
    let year = shown.year.to_string();
    let heading = lang.fill(ChartMsg::HeadingDistricts, &[("year", &year)]);
    let table = TableModel {
        caption: heading.clone(),
        groups: vec![
            (String::new(), 1),
            (lang.t(ChartMsg::TableCommunesGroup).to_string(), per_group),
            (lang.t(ChartMsg::TableVillagesGroup).to_string(), per_group),
        ],
        head,
        rows,
    };

    let runs = runs_text(lang, r);
    let mut caption = lang.fill(
        ChartMsg::CaptionDistricts,
        &[("year", &year), ("runs", &runs)],
    );
    // The default's diamonds only where they are drawn (not for the default itself).
    if with_baseline {
        caption = format!("{caption} {}", lang.t(ChartMsg::CaptionDistrictsBaseline));
    }
    ChartSpec {
        kind: ChartKind::Districts,
        heading,
        caption: with_year_note(caption, shown, lang),
        aria_label: lang.t(ChartMsg::AriaDistricts).to_string(),
        legend,
        plot: Plot::Districts(DistrictsPlot {
            names,
            panels,
            whisker: INK,
            baseline: BASELINE_MARKER,
        }),
        table,
        file_name: String::new(),
        runs: r.runs,
        lang,
    }
}
