//! What a simulation returns: yearly series with their uncertainty, per district, commune and
//! village, spending, criteria achievement and the official targets checked.
//!
//! Results are derived from a scenario and never edited. Index `i` of every yearly vector is
//! the state at the end of `years[i]`.

use serde::{Deserialize, Serialize};

mod grid;
mod unit;
pub use grid::{YearGrid, YearRows};
pub use unit::UnitResult;

/// A headline series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Villages meeting every village criterion.
    VillagesStandard,
    /// Share of the dataset's villages meeting the standard.
    VillagesShare,
    /// Share of the 1385 scope's villages (of its communes) meeting the standard: the scope's
    /// targets. The same as [`Metric::VillagesShare`] on data that holds only those villages;
    /// over every xóm of the province, the scope's 50 % and 60 % were judged on all of them.
    ScopeVillagesShare,
    /// Xã meeting every criterion of the set in force that year.
    CommunesNtm,
    /// Xã holding NTM recognition.
    CommunesRecognised,
    /// Xã of the 1385 scope meeting every criterion.
    ScopeCommunesNtm,
    /// Xã of the 1385 scope holding recognition.
    ScopeCommunesRecognised,
    /// Xã meeting fewer than 10 criteria.
    #[serde(rename = "communes_below_10")]
    CommunesBelow10,
    /// Xã meeting fewer than 15 criteria.
    #[serde(rename = "communes_below_15")]
    CommunesBelow15,
    /// Xã of the 1385 scope meeting fewer than 10 criteria.
    #[serde(rename = "scope_communes_below_10")]
    ScopeCommunesBelow10,
    /// Mean criteria met per village.
    AvgVillageCriteria,
    /// Mean criteria met per xã (against the set in force).
    AvgCommuneCriteria,
    /// Money allocated in the year, all sources, billion VND.
    SpendingTotal,
}

/// How a metric is counted, for labels and formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricUnit {
    /// Villages.
    Villages,
    /// Communes.
    Communes,
    /// A share (0–1).
    Share,
    /// Criteria per unit.
    Criteria,
    /// Billion VND.
    BillionVnd,
}

impl Metric {
    /// Every metric, in display order.
    pub const ALL: [Metric; 13] = [
        Metric::VillagesStandard,
        Metric::VillagesShare,
        Metric::ScopeVillagesShare,
        Metric::CommunesNtm,
        Metric::CommunesRecognised,
        Metric::ScopeCommunesNtm,
        Metric::ScopeCommunesRecognised,
        Metric::CommunesBelow10,
        Metric::CommunesBelow15,
        Metric::ScopeCommunesBelow10,
        Metric::AvgVillageCriteria,
        Metric::AvgCommuneCriteria,
        Metric::SpendingTotal,
    ];

    /// The rows of a yearly summary table (the CLI's and `MODEL.md`'s): each count a target is
    /// judged on (the scope's "below 10" in 2020, the province's "below 15" in 2025) beside
    /// the headline counts, then the means and the money.
    pub const SUMMARY: [Metric; 11] = [
        Metric::VillagesStandard,
        // What the scope's village targets (50 % by 2020, 60 % by 2025) are judged on.
        Metric::ScopeVillagesShare,
        Metric::CommunesRecognised,
        Metric::CommunesNtm,
        Metric::ScopeCommunesRecognised,
        Metric::CommunesBelow10,
        Metric::ScopeCommunesBelow10,
        Metric::CommunesBelow15,
        Metric::AvgVillageCriteria,
        Metric::AvgCommuneCriteria,
        Metric::SpendingTotal,
    ];

    /// Decimals a summary table shows: one for the means, none for counts and money.
    pub fn summary_decimals(self) -> usize {
        match self.unit() {
            MetricUnit::Criteria => 1,
            MetricUnit::Share => 3,
            _ => 0,
        }
    }

    /// The English name with its unit where the name does not say it ("…, billion VND").
    pub fn label_en(self) -> String {
        match self.unit() {
            MetricUnit::BillionVnd => format!("{} (billion VND)", self.name_en()),
            _ => self.name_en().to_string(),
        }
    }

    /// Position in [`Metric::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable key (JSON, CSV).
    pub fn key(self) -> &'static str {
        match self {
            Metric::VillagesStandard => "villages_standard",
            Metric::VillagesShare => "villages_share",
            Metric::ScopeVillagesShare => "scope_villages_share",
            Metric::CommunesNtm => "communes_ntm",
            Metric::CommunesRecognised => "communes_recognised",
            Metric::ScopeCommunesNtm => "scope_communes_ntm",
            Metric::ScopeCommunesRecognised => "scope_communes_recognised",
            Metric::CommunesBelow10 => "communes_below_10",
            Metric::CommunesBelow15 => "communes_below_15",
            Metric::ScopeCommunesBelow10 => "scope_communes_below_10",
            Metric::AvgVillageCriteria => "avg_village_criteria",
            Metric::AvgCommuneCriteria => "avg_commune_criteria",
            Metric::SpendingTotal => "spending_total",
        }
    }

    /// Unit.
    pub fn unit(self) -> MetricUnit {
        match self {
            Metric::VillagesStandard => MetricUnit::Villages,
            Metric::VillagesShare | Metric::ScopeVillagesShare => MetricUnit::Share,
            Metric::AvgVillageCriteria | Metric::AvgCommuneCriteria => MetricUnit::Criteria,
            Metric::SpendingTotal => MetricUnit::BillionVnd,
            _ => MetricUnit::Communes,
        }
    }

    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            Metric::VillagesStandard => "Số xóm đạt chuẩn NTM",
            Metric::VillagesShare => "Tỷ lệ xóm đạt chuẩn NTM",
            Metric::ScopeVillagesShare => "Tỷ lệ xóm thuộc QĐ 1385 đạt chuẩn NTM",
            Metric::CommunesNtm => "Số xã đạt đủ tiêu chí của bộ tiêu chí đang áp dụng",
            Metric::CommunesRecognised => "Số xã được công nhận đạt chuẩn NTM",
            Metric::ScopeCommunesNtm => "Số xã thuộc QĐ 1385 đạt đủ tiêu chí",
            Metric::ScopeCommunesRecognised => "Số xã thuộc QĐ 1385 được công nhận",
            Metric::CommunesBelow10 => "Số xã dưới 10 tiêu chí",
            Metric::CommunesBelow15 => "Số xã dưới 15 tiêu chí",
            Metric::ScopeCommunesBelow10 => "Số xã thuộc QĐ 1385 dưới 10 tiêu chí",
            Metric::AvgVillageCriteria => "Bình quân tiêu chí đạt mỗi xóm",
            Metric::AvgCommuneCriteria => "Bình quân tiêu chí đạt mỗi xã",
            Metric::SpendingTotal => "Vốn phân bổ trong năm",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Metric::VillagesStandard => "Villages at the NTM standard",
            Metric::VillagesShare => "Share of villages at the NTM standard",
            Metric::ScopeVillagesShare => "Share of 1385-scope villages at the NTM standard",
            Metric::CommunesNtm => "Communes meeting every criterion of the set in force",
            Metric::CommunesRecognised => "Communes recognised as NTM communes",
            Metric::ScopeCommunesNtm => "1385-scope communes meeting every criterion",
            Metric::ScopeCommunesRecognised => "1385-scope communes recognised",
            Metric::CommunesBelow10 => "Communes below 10 criteria",
            Metric::CommunesBelow15 => "Communes below 15 criteria",
            Metric::ScopeCommunesBelow10 => "1385-scope communes below 10 criteria",
            Metric::AvgVillageCriteria => "Mean criteria met per village",
            Metric::AvgCommuneCriteria => "Mean criteria met per commune",
            Metric::SpendingTotal => "Money allocated in the year",
        }
    }
}

/// Mean and percentiles (P10, P50, P90) of a yearly series over the Monte Carlo runs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Band {
    /// Mean.
    pub mean: Vec<f64>,
    /// 10th percentile.
    pub p10: Vec<f64>,
    /// Median.
    pub p50: Vec<f64>,
    /// 90th percentile.
    pub p90: Vec<f64>,
}

/// Every headline series.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Series {
    /// See [`Metric::VillagesStandard`].
    pub villages_standard: Band,
    /// See [`Metric::VillagesShare`].
    pub villages_share: Band,
    /// See [`Metric::ScopeVillagesShare`].
    #[serde(default)]
    pub scope_villages_share: Band,
    /// See [`Metric::CommunesNtm`].
    pub communes_ntm: Band,
    /// See [`Metric::CommunesRecognised`].
    pub communes_recognised: Band,
    /// See [`Metric::ScopeCommunesNtm`].
    pub scope_communes_ntm: Band,
    /// See [`Metric::ScopeCommunesRecognised`].
    pub scope_communes_recognised: Band,
    /// See [`Metric::CommunesBelow10`].
    pub communes_below_10: Band,
    /// See [`Metric::CommunesBelow15`].
    pub communes_below_15: Band,
    /// See [`Metric::ScopeCommunesBelow10`].
    pub scope_communes_below_10: Band,
    /// See [`Metric::AvgVillageCriteria`].
    pub avg_village_criteria: Band,
    /// See [`Metric::AvgCommuneCriteria`].
    pub avg_commune_criteria: Band,
    /// See [`Metric::SpendingTotal`].
    pub spending_total: Band,
}

impl Series {
    /// The band of `m`.
    pub fn get(&self, m: Metric) -> &Band {
        match m {
            Metric::VillagesStandard => &self.villages_standard,
            Metric::VillagesShare => &self.villages_share,
            Metric::ScopeVillagesShare => &self.scope_villages_share,
            Metric::CommunesNtm => &self.communes_ntm,
            Metric::CommunesRecognised => &self.communes_recognised,
            Metric::ScopeCommunesNtm => &self.scope_communes_ntm,
            Metric::ScopeCommunesRecognised => &self.scope_communes_recognised,
            Metric::CommunesBelow10 => &self.communes_below_10,
            Metric::CommunesBelow15 => &self.communes_below_15,
            Metric::ScopeCommunesBelow10 => &self.scope_communes_below_10,
            Metric::AvgVillageCriteria => &self.avg_village_criteria,
            Metric::AvgCommuneCriteria => &self.avg_commune_criteria,
            Metric::SpendingTotal => &self.spending_total,
        }
    }

    pub(crate) fn get_mut(&mut self, m: Metric) -> &mut Band {
        match m {
            Metric::VillagesStandard => &mut self.villages_standard,
            Metric::VillagesShare => &mut self.villages_share,
            Metric::ScopeVillagesShare => &mut self.scope_villages_share,
            Metric::CommunesNtm => &mut self.communes_ntm,
            Metric::CommunesRecognised => &mut self.communes_recognised,
            Metric::ScopeCommunesNtm => &mut self.scope_communes_ntm,
            Metric::ScopeCommunesRecognised => &mut self.scope_communes_recognised,
            Metric::CommunesBelow10 => &mut self.communes_below_10,
            Metric::CommunesBelow15 => &mut self.communes_below_15,
            Metric::ScopeCommunesBelow10 => &mut self.scope_communes_below_10,
            Metric::AvgVillageCriteria => &mut self.avg_village_criteria,
            Metric::AvgCommuneCriteria => &mut self.avg_commune_criteria,
            Metric::SpendingTotal => &mut self.spending_total,
        }
    }
}

/// The base state, as the dataset gives it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BaseSummary {
    /// Commune-level units (xã, thị trấn, phường).
    pub communes: usize,
    /// Xã (NTM candidates).
    pub candidate_communes: usize,
    /// Xã in the 1385 scope.
    pub scope_communes: usize,
    /// Villages in the dataset.
    pub villages: usize,
    /// Xã recognised NTM at the base date.
    pub ntm_communes: usize,
    /// Scope xã recognised NTM at the base date.
    pub scope_ntm_communes: usize,
    /// Mean criteria met per scope village.
    pub avg_village_criteria_scope: f64,
    /// Mean criteria met per village of the dataset (the base of the yearly
    /// `avg_village_criteria` series, which counts every village).
    #[serde(default)]
    pub avg_village_criteria: f64,
    /// Mean criteria met per xã.
    pub avg_commune_criteria: f64,
    /// Villages meeting every village criterion.
    pub villages_standard: usize,
    /// Villages of the 1385 scope's communes.
    #[serde(default)]
    pub scope_villages: usize,
    /// Of them, those meeting every village criterion.
    #[serde(default)]
    pub scope_villages_standard: usize,
    /// Fewest criteria met by any xã.
    pub min_commune_criteria: usize,
    /// Xã below 10 criteria.
    pub communes_below_10: usize,
    /// Scope xã below 10 criteria.
    pub scope_communes_below_10: usize,
    /// Xã below 15 criteria: the start of the series that the 2025 target ("none below 15")
    /// is judged on. `None` in results written before it was summarised: read as 0, it would
    /// start the series at "none below 15", the 2025 target met at the base date.
    #[serde(default)]
    pub communes_below_15: Option<usize>,
}

impl BaseSummary {
    /// The value of `m` at the base date, where the dataset gives it: the start of the yearly
    /// series on the charts and in the CSV. `None` for money, and for the communes meeting
    /// every criterion, which the data does not tell apart from recognition at the base date.
    pub fn value(&self, m: Metric) -> Option<f64> {
        let share = |n: usize, of: usize| (of > 0).then(|| n as f64 / of as f64);
        match m {
            Metric::VillagesStandard => Some(self.villages_standard as f64),
            Metric::VillagesShare => share(self.villages_standard, self.villages),
            Metric::ScopeVillagesShare => share(self.scope_villages_standard, self.scope_villages),
            Metric::CommunesRecognised => Some(self.ntm_communes as f64),
            Metric::ScopeCommunesRecognised => Some(self.scope_ntm_communes as f64),
            Metric::CommunesBelow10 => Some(self.communes_below_10 as f64),
            Metric::ScopeCommunesBelow10 => Some(self.scope_communes_below_10 as f64),
            Metric::CommunesBelow15 => self.communes_below_15.map(|n| n as f64),
            Metric::AvgVillageCriteria => Some(self.avg_village_criteria),
            Metric::AvgCommuneCriteria => Some(self.avg_commune_criteria),
            Metric::CommunesNtm | Metric::ScopeCommunesNtm | Metric::SpendingTotal => None,
        }
    }
}

/// Money by source and year (mean over runs), billion VND.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Spending {
    /// `[source][year]`: money allocated, in `Source::ALL` order.
    pub by_source: Vec<Vec<f64>>,
    /// `[source][year]`: the budget line as scaled (what could have been disbursed).
    pub budget_by_source: Vec<Vec<f64>>,
    /// `[year]`: training and communication costs (counts × unit costs, at the scenario's values).
    pub training: Vec<f64>,
    /// `[year]`: mean cumulative money received by the villages (Decision 1385's support and
    /// Program 135's village share) divided by the mean number of villages gained since the
    /// base date (None while fewer than half a village is gained).
    pub per_additional_village: Vec<Option<f64>>,
    /// `[year]`: mean cumulative disbursement of every source, training included, divided by
    /// the mean number of recognised communes gained since the base date.
    pub per_additional_commune: Vec<Option<f64>>,
}

/// Per-district results.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DistrictResult {
    /// District code.
    pub code: String,
    /// Xã meeting every criterion.
    pub communes_ntm: Band,
    /// Xã recognised.
    pub communes_recognised: Band,
    /// Villages at the standard.
    pub villages_standard: Band,
    /// Mean criteria per xã (mean over runs).
    pub avg_commune_criteria: Vec<f64>,
    /// Money allocated to the district's communes and villages (mean), billion VND.
    pub spending: Vec<f64>,
    /// Each run's villages at the standard and communes recognised in the district (the
    /// other counts left empty), so that a comparison judges a district's difference run by
    /// run as it does the province's: a district median one higher is often a few runs' luck.
    #[serde(default)]
    pub run_values: RunValues,
}

/// Share of runs from which a target is "likely" (four runs in five): the page's verdicts, the
/// goal seek and the CLI all mean this by it.
pub const LIKELY_FROM: f64 = 0.8;
/// Share of runs up to which a target is "unlikely" (one run in five).
pub const UNLIKELY_UP_TO: f64 = 0.2;

/// How likely a target is, read from the share of runs that reach it. This, not the median,
/// is the verdict a leader reads first (the page, the report, the goal seek and `ntm-sim` all
/// give this one): a median one commune over the goal is reached in about half the runs, a
/// coin toss, and a plain "met" there promised more than the model knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likelihood {
    /// Reached in at least [`LIKELY_FROM`] of the runs.
    Likely,
    /// Between the two.
    Uncertain,
    /// Reached in at most [`UNLIKELY_UP_TO`] of the runs.
    Unlikely,
}

impl Likelihood {
    /// The verdict of a target reached in `probability` (0–1) of the runs.
    pub fn of(probability: f64) -> Likelihood {
        if probability >= LIKELY_FROM {
            Likelihood::Likely
        } else if probability <= UNLIKELY_UP_TO {
            Likelihood::Unlikely
        } else {
            Likelihood::Uncertain
        }
    }

    /// The verdict in words, as the page and `ntm-sim`'s table say it.
    pub fn word(self, lang: crate::format::Lang) -> &'static str {
        use crate::format::Lang::{En, Vi};
        match (self, lang) {
            (Likelihood::Likely, Vi) => "Nhiều khả năng đạt",
            (Likelihood::Uncertain, Vi) => "Chưa chắc đạt",
            (Likelihood::Unlikely, Vi) => "Khó đạt",
            (Likelihood::Likely, En) => "Likely",
            (Likelihood::Uncertain, En) => "Uncertain",
            (Likelihood::Unlikely, En) => "Unlikely",
        }
    }

    /// The stable name (`data-verdict` in the page, `likelihood` in `ntm-sim`'s JSON).
    pub fn key(self) -> &'static str {
        match self {
            Likelihood::Likely => "likely",
            Likelihood::Uncertain => "uncertain",
            Likelihood::Unlikely => "unlikely",
        }
    }
}

/// A share of runs (0–1) as the percentage to show and its decimals: whole, except where
/// rounding would carry it across a verdict's threshold; there one decimal, rounded towards its
/// own side, so that "not yet likely" never stands beside "80 %" (0.798 shows as 79.8).
pub fn share_shown(p: f64) -> (f64, usize) {
    let whole = (p * 100.0).round();
    if p < LIKELY_FROM && whole >= LIKELY_FROM * 100.0 {
        ((p * 1000.0).floor() / 10.0, 1)
    } else if p > UNLIKELY_UP_TO && whole <= UNLIKELY_UP_TO * 100.0 {
        ((p * 1000.0).ceil() / 10.0, 1)
    } else {
        (whole, 0)
    }
}

/// A target checked against the results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetResult {
    /// The target's id.
    pub id: String,
    /// The metric it is checked on.
    pub metric: Metric,
    /// The year.
    pub year: u16,
    /// The value to reach, as an absolute figure (base added for relative targets).
    pub goal: f64,
    /// The median result that year (None when the year is outside the simulated years).
    pub median: Option<f64>,
    /// Share of runs in which the target is met.
    pub probability: f64,
    /// Whether the median meets it (false outside the horizon).
    pub met: bool,
    /// How far the median is from the goal, in the metric's unit (positive = better than the goal).
    pub margin: f64,
    /// False when the target's year lies outside the simulated years.
    pub in_horizon: bool,
    /// False when the dataset cannot tell (a target over every village of the province, and a
    /// dataset that holds only some): no verdict is given, and the reason is shown instead.
    #[serde(default = "yes")]
    pub assessable: bool,
}

fn yes() -> bool {
    true
}

impl TargetResult {
    /// How likely the target is (see [`Likelihood`]).
    pub fn likelihood(&self) -> Likelihood {
        Likelihood::of(self.probability)
    }

    /// Whether the target gets a verdict: its year is simulated and the data can tell.
    pub fn judged(&self) -> bool {
        self.in_horizon && self.assessable
    }
}

/// Everything a simulation returns.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Results {
    /// Simulated years; index `i` of every series is the end of `years[i]`.
    pub years: Vec<u16>,
    /// Monte Carlo runs.
    pub runs: u32,
    /// Seed.
    pub seed: u64,
    /// Base state.
    pub base: BaseSummary,
    /// Headline series.
    pub series: Series,
    /// Money.
    pub spending: Spending,
    /// `[year][criterion]`: share of xã meeting each criterion of the set in force (mean).
    pub commune_criteria_rates: Vec<Vec<f64>>,
    /// `[year][criterion]`: share of villages meeting each village criterion (mean).
    pub village_criteria_rates: Vec<Vec<f64>>,
    /// `[year]`: id of the commune criteria set in force.
    pub commune_set_by_year: Vec<String>,
    /// `[year][criterion]`: the commune thresholds in force (progress index; the later set's
    /// increases scaled by the scenario's `strictness_multiplier`, as in a run without
    /// parameter uncertainty).
    pub commune_thresholds: Vec<Vec<f64>>,
    /// Per district, in dataset order.
    pub districts: Vec<DistrictResult>,
    /// Per commune, in dataset order (all units; non-candidates have zero probabilities).
    pub communes: Vec<UnitResult>,
    /// Per village, in dataset order.
    pub villages: Vec<UnitResult>,
    /// Targets.
    pub targets: Vec<TargetResult>,
    /// Each run's headline counts, for comparisons run by run (see [`RunValues`]).
    #[serde(default)]
    pub run_values: RunValues,
}

/// Each run's value of the headline's counts, `[year][run]` in run order. Run *i* of two
/// scenarios with the same seed draws the same random numbers (common random numbers), so
/// the difference run by run is the levers' effect alone, and its spread is how sure that
/// effect is: narrower than the two scenarios' own P10–P90 ranges suggest.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RunValues {
    /// Villages at the standard.
    pub villages_standard: Vec<Vec<f64>>,
    /// Communes holding recognition.
    pub communes_recognised: Vec<Vec<f64>>,
    /// The headline's other counts, so that every difference it compares is judged run by
    /// run (a median one higher can be a gain in a few runs only).
    #[serde(default)]
    pub scope_communes_recognised: Vec<Vec<f64>>,
    #[serde(default)]
    pub scope_communes_below_10: Vec<Vec<f64>>,
    #[serde(default)]
    pub communes_below_15: Vec<Vec<f64>>,
}

impl RunValues {
    /// The values of `metric` in year index `y`, if kept.
    pub fn get(&self, metric: Metric, y: usize) -> Option<&[f64]> {
        let rows = match metric {
            Metric::VillagesStandard => &self.villages_standard,
            Metric::CommunesRecognised => &self.communes_recognised,
            Metric::ScopeCommunesRecognised => &self.scope_communes_recognised,
            Metric::ScopeCommunesBelow10 => &self.scope_communes_below_10,
            Metric::CommunesBelow15 => &self.communes_below_15,
            _ => return None,
        };
        rows.get(y).map(Vec::as_slice)
    }
}

impl Results {
    /// Index of `year` in [`Results::years`].
    pub fn year_index(&self, year: u16) -> Option<usize> {
        self.years.iter().position(|&y| y == year)
    }
}

/// P10, P50 and P90 of `values` by nearest rank, as every band of the results is made
/// (`values` is reordered).
pub fn percentiles(values: &mut [f64]) -> [f64; 3] {
    crate::sim::record::percentiles(values)
}

/// A stable text of a result for golden files and cross-platform checks: the headline series
/// in full, and a fingerprint (FNV-1a) of the JSON of every number in the results (each run's
/// headline counts included). Equal texts mean bit-identical results (JSON writes the shortest
/// string that reads back to the same bits).
pub fn golden_text(r: &Results) -> String {
    let full = serde_json::to_string(r).unwrap_or_default();
    let fingerprint = crate::dataset::fnv1a(&[&full]);
    let mut series = serde_json::Map::new();
    for m in Metric::ALL {
        series.insert(
            m.key().into(),
            serde_json::to_value(r.series.get(m)).unwrap_or_default(),
        );
    }
    let doc = serde_json::json!({
        "fingerprint": format!("{fingerprint:016x}"),
        "runs": r.runs,
        "seed": r.seed,
        "years": r.years,
        "series": series,
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
