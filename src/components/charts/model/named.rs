//! A chart of a scenario that has a name: on a slide and in the printed report the legend and
//! the table beside the chart say the name, not "current scenario" ("Hiện tại"), since a
//! meeting or a reader of the paper sees no other scenario it could be "current" against.

use super::ChartSpec;
use crate::i18n::{ChartMsg, Lang, PresentMsg};

/// Longest scenario name a chart's legend shows whole, in characters.
const LEGEND_NAME: usize = 36;

/// Puts `name` where the spec says "current" (legend items and the table's row heads). The
/// legend gets the name's first words (`names::first_words`): a scenario's whole name, 80
/// characters, twice over, took five lines of a 720p slide and pushed its axis under the bar.
/// The table and the slide's heading keep the whole name.
pub fn name_scenario(spec: &mut ChartSpec, name: &str, lang: Lang) {
    let short = crate::names::first_words(name, LEGEND_NAME);
    let renamed = [
        (ChartMsg::LegendCurrent, PresentMsg::LegendScenario),
        (
            ChartMsg::LegendRecognised,
            PresentMsg::LegendRecognisedScenario,
        ),
        (
            ChartMsg::LegendMeetingAll,
            PresentMsg::LegendMeetingScenario,
        ),
    ];
    for item in &mut spec.legend {
        if let Some((_, msg)) = renamed.iter().find(|(from, _)| item.label == lang.t(*from)) {
            item.label = lang.fill(*msg, &[("name", &short)]);
        }
    }
    // "Hiện tại: trung vị" is the scenario's median here.
    let current_rows = [
        ChartMsg::TableCurrentP10,
        ChartMsg::TableCurrentMedian,
        ChartMsg::TableCurrentP90,
    ];
    for row in &mut spec.table.rows {
        if current_rows.iter().any(|m| row.head == lang.t(*m)) {
            if let Some((_, what)) = row.head.split_once(": ") {
                row.head = format!("{name}: {what}");
            }
        }
    }
}
