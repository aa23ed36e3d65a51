//! Which charts the panel offers, in the picker's order.

use crate::i18n::ChartMsg;

/// A chart of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Villages meeting the standard per year, with targets.
    Villages,
    /// Communes recognised and communes meeting every criterion in force, per year.
    Communes,
    /// Average criteria met per village and per commune, per year.
    AverageCriteria,
    /// Share of communes meeting each criterion in the selected year.
    CommuneCriteria,
    /// Share of villages meeting each criterion in the selected year.
    VillageCriteria,
    /// Money disbursed by source, per year.
    Spending,
    /// Districts side by side in the selected year.
    Districts,
}

impl ChartKind {
    /// Every chart, in the picker's order.
    pub const ALL: [ChartKind; 7] = [
        ChartKind::Villages,
        ChartKind::Communes,
        ChartKind::AverageCriteria,
        ChartKind::CommuneCriteria,
        ChartKind::VillageCriteria,
        ChartKind::Spending,
        ChartKind::Districts,
    ];

    /// Stable name for ids, test hooks and file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartKind::Villages => "villages",
            ChartKind::Communes => "communes",
            ChartKind::AverageCriteria => "average-criteria",
            ChartKind::CommuneCriteria => "commune-criteria",
            ChartKind::VillageCriteria => "village-criteria",
            ChartKind::Spending => "spending",
            ChartKind::Districts => "districts",
        }
    }

    /// The picker's label.
    pub fn tab(self) -> ChartMsg {
        match self {
            ChartKind::Villages => ChartMsg::TabVillages,
            ChartKind::Communes => ChartMsg::TabCommunes,
            ChartKind::AverageCriteria => ChartMsg::TabAverage,
            ChartKind::CommuneCriteria => ChartMsg::TabCommuneCriteria,
            ChartKind::VillageCriteria => ChartMsg::TabVillageCriteria,
            ChartKind::Spending => ChartMsg::TabSpending,
            ChartKind::Districts => ChartMsg::TabDistricts,
        }
    }

    /// True for the charts of one selected year (the others show every year).
    pub fn is_one_year(self) -> bool {
        matches!(
            self,
            ChartKind::CommuneCriteria | ChartKind::VillageCriteria | ChartKind::Districts
        )
    }

    /// The chart before (`-1`) or after (`+1`) this one in the picker, wrapping around.
    pub fn step(self, by: isize) -> ChartKind {
        let n = Self::ALL.len() as isize;
        let at = Self::ALL.iter().position(|&k| k == self).unwrap_or(0) as isize;
        Self::ALL[(at + by).rem_euclid(n) as usize]
    }
}
