//! What the screen shows (not what is simulated): language, tabs, year, district, commune,
//! chart, and the criteria matrix's filters and sorts. All but the matrix travel in the share
//! link as the model's `ViewV1` (plain numbers whose meaning the app defines here) and in the
//! autosave; the matrix travels in the link only (`matrix_link`, link format 4).
//!
//! The numbering below is part of released links: only ever append values, never renumber.

use ntm_model::codec::link::{MatrixV4, View};
use ntm_model::Dataset;

use crate::criteria_logic::matrix::MatrixView;
use crate::i18n::Lang;

/// The left pane: what the planner changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ScenarioTab {
    /// "Đòn bẩy chính sách": the policy levers.
    #[default]
    Levers,
    /// "Giả định": the assumptions, kept apart from the levers.
    Assumptions,
}

/// The right pane: what the model answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultsTab {
    /// "Biểu đồ".
    #[default]
    Charts,
    /// "Tiêu chí": the criteria matrix.
    Criteria,
}

/// Which part of the levers panel is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeverScope {
    /// Province-wide levers.
    #[default]
    Province,
    /// One district's levers.
    District,
    /// One commune's levers.
    Commune,
}

impl ScenarioTab {
    pub const ALL: [ScenarioTab; 2] = [ScenarioTab::Levers, ScenarioTab::Assumptions];
}

impl ResultsTab {
    pub const ALL: [ResultsTab; 2] = [ResultsTab::Charts, ResultsTab::Criteria];
}

impl LeverScope {
    pub const ALL: [LeverScope; 3] = [
        LeverScope::Province,
        LeverScope::District,
        LeverScope::Commune,
    ];
}

/// The view part of the page state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    pub lang: Lang,
    pub scenario_tab: ScenarioTab,
    pub results_tab: ResultsTab,
    pub lever_scope: LeverScope,
    /// Chart shown by the charts panel (its own numbering; 0 = its default).
    pub chart: u8,
    /// Year picked for the charts and the criteria matrix; `None` = the default year.
    pub year: Option<u16>,
    /// District picked in the levers panel (index into `Dataset::districts`).
    pub district: Option<usize>,
    /// Commune picked (index into `Dataset::communes`): its levers, its detail panel.
    pub commune: Option<usize>,
    /// The commune detail panel is open (for `commune`).
    pub detail_open: bool,
    /// The criteria matrix's filters and sorts: kept while its tab is away, and carried by the
    /// share link (`matrix_link`), not by the autosave.
    pub matrix: MatrixView,
}

// Link numbering of the tabs (append only). `tab` packs three small numbers:
// bits 0–1 the scenario tab, bits 2–3 the results tab, bits 4–5 the lever scope.
fn scenario_tab_code(t: ScenarioTab) -> u8 {
    match t {
        ScenarioTab::Levers => 0,
        ScenarioTab::Assumptions => 1,
    }
}

fn results_tab_code(t: ResultsTab) -> u8 {
    match t {
        ResultsTab::Charts => 0,
        ResultsTab::Criteria => 1,
    }
}

fn scope_code(s: LeverScope) -> u8 {
    match s {
        LeverScope::Province => 0,
        LeverScope::District => 1,
        LeverScope::Commune => 2,
    }
}

/// District `i`'s code as a link carries it (a number: "043" → 43).
pub(crate) fn district_number(ds: &Dataset, i: usize) -> Option<u16> {
    let n: u32 = ds.districts.get(i)?.code.parse().ok()?;
    u16::try_from(n).ok()
}

/// Commune `i`'s code as a link carries it (a number: "01417" → 1417).
pub(crate) fn commune_number(ds: &Dataset, i: usize) -> Option<u32> {
    ds.communes.get(i)?.code.parse().ok()
}

/// The district a link's number names, if `ds` has it.
pub(crate) fn district_of_number(ds: &Dataset, n: u16) -> Option<usize> {
    ds.district_index(&format!("{n:03}"))
}

/// The commune a link's number names, if `ds` has it.
pub(crate) fn commune_of_number(ds: &Dataset, n: u32) -> Option<usize> {
    ds.commune_index(&format!("{n:05}"))
}

impl ViewState {
    /// The view as the link carries it. The link has one commune and no "detail open" flag:
    /// the commune travels when its detail panel is open or the commune levers are shown, and
    /// a link with a commune opens its detail panel unless it shows the commune levers.
    pub fn to_wire(&self, ds: &Dataset) -> View {
        View {
            lang: match self.lang {
                Lang::Vi => 0,
                Lang::En => 1,
            },
            tab: scenario_tab_code(self.scenario_tab)
                | (results_tab_code(self.results_tab) << 2)
                | (scope_code(self.lever_scope) << 4),
            chart: self.chart,
            year: self.year.unwrap_or(0),
            district: self.district.and_then(|i| district_number(ds, i)),
            commune: self
                .commune
                .filter(|_| self.detail_open || self.lever_scope == LeverScope::Commune)
                .and_then(|i| commune_number(ds, i)),
        }
    }

    /// The view a link describes; anything this version does not know falls back to the
    /// default (a newer app may number more tabs).
    pub fn from_wire(v: &View, ds: &Dataset) -> ViewState {
        let scenario_tab = match v.tab & 0b11 {
            1 => ScenarioTab::Assumptions,
            _ => ScenarioTab::Levers,
        };
        let results_tab = match (v.tab >> 2) & 0b11 {
            1 => ResultsTab::Criteria,
            _ => ResultsTab::Charts,
        };
        let lever_scope = match (v.tab >> 4) & 0b11 {
            1 => LeverScope::District,
            2 => LeverScope::Commune,
            _ => LeverScope::Province,
        };
        let district = v.district.and_then(|n| district_of_number(ds, n));
        let commune = v.commune.and_then(|n| commune_of_number(ds, n));
        let base = ds.province.base_year;
        let year = (v.year >= base && v.year <= ntm_model::scenario::MAX_YEAR).then_some(v.year);
        ViewState {
            lang: if v.lang == 1 { Lang::En } else { Lang::Vi },
            scenario_tab,
            results_tab,
            lever_scope,
            chart: v.chart,
            year,
            district,
            commune,
            detail_open: commune.is_some() && lever_scope != LeverScope::Commune,
            matrix: MatrixView::default(),
        }
    }

    /// The view a link describes, with its criteria matrix when it carries one.
    pub fn from_link(v: &View, matrix: Option<&MatrixV4>, ds: &Dataset) -> ViewState {
        ViewState {
            matrix: matrix.map_or_else(MatrixView::default, |m| {
                super::matrix_link::from_wire(m, ds)
            }),
            ..Self::from_wire(v, ds)
        }
    }
}
