//! A chart of a scenario that has a name: on a slide and in the printed report the legend and
//! the table beside the chart say the name, not "current scenario" ("Hiện tại"), since a
//! meeting or a reader of the paper sees no other scenario it could be "current" against.

use super::ChartSpec;
use crate::i18n::{ChartMsg, Lang, PresentMsg};

/// Puts `name` where the spec says "current" (legend items and the table's row heads).
pub fn name_scenario(spec: &mut ChartSpec, name: &str, lang: Lang) {
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
            item.label = lang.fill(*msg, &[("name", name)]);
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
