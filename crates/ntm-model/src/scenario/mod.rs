//! The scenario: every policy lever a planner can move, plus the assumption values, the seed
//! and the horizon. Plain serde data with defaults taken from the dataset.
//!
//! The scenario is the model's input type; files and links have their own versioned wire types
//! (see `codec`) and convert into it. Raw input is checked once by [`Scenario::validate`]; the
//! engine also clamps every value into range, so no scenario can make it panic.

pub mod diff;
mod field_lever;
pub mod presets;
mod sources;
mod validate;

pub use field_lever::{field_lever, FieldLever};
pub use sources::{Eligibility, Source, SourceSpec};
pub use validate::{hard_limits, list_problems, whole_number_problems, ScenarioProblem};

use crate::dataset::Dataset;
use crate::params::ParamKey;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Latest year a scenario may simulate to.
pub const MAX_YEAR: u16 = 2030;
/// The last year a dataset's scenarios simulate by default: its last target year (Cao Bằng's
/// 2025, the end of the 2021–2025 programme), else five years after its base year; never before
/// the base year, nor after [`MAX_YEAR`] unless the base year is. Read from the data, so that a
/// 2026–2030 province's plan runs to 2030, not one year.
pub fn default_until(ds: &Dataset) -> u16 {
    let base = ds.province.base_year;
    // A target of the base year alone sets no horizon: one simulated year would show nothing.
    let last_target = ds
        .province
        .targets
        .iter()
        .map(|t| t.year)
        .max()
        .filter(|&y| y > base);
    last_target
        .unwrap_or(base.saturating_add(5))
        .clamp(base, MAX_YEAR.max(base))
}

/// Most Monte Carlo runs one simulation may ask for.
pub const MAX_RUNS: u32 = 20_000;

/// Which dataset a scenario was made for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetRef {
    /// Dataset id.
    pub id: String,
    /// Dataset version.
    pub version: u32,
}

/// Money per source per year, in billion VND.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetLines {
    /// Central NTM budget.
    pub central_ntm: Vec<f64>,
    /// Program 135.
    pub program_135: Vec<f64>,
    /// Decision 1385 village support.
    pub decision_1385: Vec<f64>,
    /// Provincial budget.
    pub provincial: Vec<f64>,
    /// Integrated programmes (ethnic-minority programme and others).
    pub integrated: Vec<f64>,
    /// Credit and enterprise (OCOP, production linkage).
    pub credit_enterprise: Vec<f64>,
    /// Community contributions.
    pub community: Vec<f64>,
}

impl BudgetLines {
    /// The line of `source`.
    pub fn get(&self, source: Source) -> &Vec<f64> {
        match source {
            Source::CentralNtm => &self.central_ntm,
            Source::Program135 => &self.program_135,
            Source::Decision1385 => &self.decision_1385,
            Source::Provincial => &self.provincial,
            Source::Integrated => &self.integrated,
            Source::CreditEnterprise => &self.credit_enterprise,
            Source::Community => &self.community,
        }
    }

    /// The line of `source`, to change.
    pub fn get_mut(&mut self, source: Source) -> &mut Vec<f64> {
        match source {
            Source::CentralNtm => &mut self.central_ntm,
            Source::Program135 => &mut self.program_135,
            Source::Decision1385 => &mut self.decision_1385,
            Source::Provincial => &mut self.provincial,
            Source::Integrated => &mut self.integrated,
            Source::CreditEnterprise => &mut self.credit_enterprise,
            Source::Community => &mut self.community,
        }
    }

    /// The amount of `source` in the year at `year_index` (0 = base year); years past the end of
    /// the line repeat its last value.
    pub fn amount(&self, source: Source, year_index: usize) -> f64 {
        let line = self.get(source);
        line.get(year_index).or(line.last()).copied().unwrap_or(0.0)
    }
}

/// The budget: lines per source and year, and one province-wide scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Budget {
    /// Every line is multiplied by this percentage (100 = the plan as entered).
    pub scale_pct: f64,
    /// The lines.
    pub lines: BudgetLines,
}

/// How money is split across communes and villages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AllocationRule {
    /// The same amount to every eligible unit.
    EqualPerUnit,
    /// In proportion to the remaining gap to the standard.
    NeedsBased,
    /// Most to the units closest to the standard (về đích).
    NearestFirst,
    /// Most to the poorest units, border units first.
    PoorestBorderFirst,
    /// The planner's weights per commune.
    CustomWeights,
}

impl AllocationRule {
    /// Every rule, in display order.
    pub const ALL: [AllocationRule; 5] = [
        AllocationRule::EqualPerUnit,
        AllocationRule::NeedsBased,
        AllocationRule::NearestFirst,
        AllocationRule::PoorestBorderFirst,
        AllocationRule::CustomWeights,
    ];
}

/// The allocation rule and its custom weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Allocation {
    /// The rule.
    pub rule: AllocationRule,
    /// Commune code → weight, for [`AllocationRule::CustomWeights`] (missing = 1).
    #[serde(default)]
    pub custom_weights: BTreeMap<String, f64>,
}

/// People trained in one commune in one year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TrainingCounts {
    /// Commune cadres and civil servants.
    pub cadres: f64,
    /// Village heads and village development board members.
    pub village_leaders: f64,
    /// Vocational trainees.
    pub vocational: f64,
}

impl TrainingCounts {
    /// No training.
    pub const ZERO: TrainingCounts = TrainingCounts {
        cadres: 0.0,
        village_leaders: 0.0,
        vocational: 0.0,
    };

    /// Every count times `k`.
    pub fn scaled(self, k: f64) -> TrainingCounts {
        TrainingCounts {
            cadres: self.cadres * k,
            village_leaders: self.village_leaders * k,
            vocational: self.vocational * k,
        }
    }
}

/// The training counts a district or commune sets for itself, each on its own: a count left
/// `None` is the level above's, so raising the province's vocational training still reaches a
/// commune that only set its cadres. (A file written before counts were separate has all three
/// and reads as such.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct TrainingOverride {
    /// Commune cadres and civil servants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadres: Option<f64>,
    /// Village heads and village development board members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub village_leaders: Option<f64>,
    /// Vocational trainees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vocational: Option<f64>,
}

impl TrainingOverride {
    /// True when no count is set.
    pub fn is_empty(&self) -> bool {
        *self == TrainingOverride::default()
    }

    /// Each count this sets, else `up`'s.
    pub fn or(self, up: TrainingOverride) -> TrainingOverride {
        TrainingOverride {
            cadres: self.cadres.or(up.cadres),
            village_leaders: self.village_leaders.or(up.village_leaders),
            vocational: self.vocational.or(up.vocational),
        }
    }

    /// The counts: each set one, else `base`'s.
    pub fn over(self, base: TrainingCounts) -> TrainingCounts {
        TrainingCounts {
            cadres: self.cadres.unwrap_or(base.cadres),
            village_leaders: self.village_leaders.unwrap_or(base.village_leaders),
            vocational: self.vocational.unwrap_or(base.vocational),
        }
    }

    /// Every set count times `k`.
    pub fn scaled(self, k: f64) -> TrainingOverride {
        TrainingOverride {
            cadres: self.cadres.map(|x| x * k),
            village_leaders: self.village_leaders.map(|x| x * k),
            vocational: self.vocational.map(|x| x * k),
        }
    }
}

/// The province-wide training plan: people trained per commune, by year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Training {
    /// Index 0 is the base year; later years repeat the last entry.
    pub per_year: Vec<TrainingCounts>,
}

impl Training {
    /// Counts in the year at `year_index`.
    pub fn at(&self, year_index: usize) -> TrainingCounts {
        self.per_year
            .get(year_index)
            .or(self.per_year.last())
            .copied()
            .unwrap_or(TrainingCounts::ZERO)
    }
}

/// Policy switches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    /// The first year in which the stricter 2021–2025 commune set applies.
    pub stricter_set_year: u16,
    /// A recognised commune loses Program 135 and ethnic-minority (Area II/III) money.
    pub graduation_cliff: bool,
    /// Soft criteria can slip back.
    pub backsliding: bool,
}

/// Levers set for one district or one commune; `None` means "as the level above".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UnitLevers {
    /// Receives no allocated money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excluded: Option<bool>,
    /// Gets the priority boost on its allocation weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<bool>,
    /// Multiplies its allocation weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_weight: Option<f64>,
    /// Billion VND per year (per commune) taken from the central NTM and provincial money
    /// before the rule splits the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_amount: Option<f64>,
    /// Replaces the province's training counts (per commune per year), count by count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<TrainingOverride>,
    /// Multiplies the training counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_scale: Option<f64>,
    /// The first year this unit's own training (its counts and multiplier) applies; in the
    /// years before, the unit trains as the level above does. `None`: from the base year. A
    /// planner staging training through the communes ("Xã A in 2021–2022, Xã B in 2023–2024")
    /// sets these two years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_from: Option<u16>,
    /// The last year this unit's own training applies; in the years after, the unit trains as
    /// the level above does. `None`: to the horizon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_until: Option<u16>,
    /// Communication campaigns per year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaigns: Option<f64>,
    /// Forces a support unit on or off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_unit: Option<bool>,
    /// Leadership priority, 0–1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leadership: Option<f64>,
}

impl UnitLevers {
    /// True when nothing is set.
    pub fn is_empty(&self) -> bool {
        *self == UnitLevers::default()
    }

    /// Whether a commune with these levers, under a district with `district`'s, receives no
    /// allocated money: the commune's own setting, else its district's, else no. The engine
    /// and the screens that tag an excluded commune read it here, so they cannot disagree.
    pub fn excluded_under(commune: Option<&UnitLevers>, district: Option<&UnitLevers>) -> bool {
        commune
            .and_then(|l| l.excluded)
            .or_else(|| district.and_then(|l| l.excluded))
            .unwrap_or(false)
    }

    /// Whether this unit's own training settings apply in `year` (within its
    /// `training_from`–`training_until`, each open when not set).
    pub fn trains_in(&self, year: u16) -> bool {
        self.training_from.is_none_or(|from| year >= from)
            && self.training_until.is_none_or(|until| year <= until)
    }
}

/// Assumption values that differ from the defaults, and whether the Monte Carlo samples them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assumptions {
    /// Parameter → value (missing = the parameter's default).
    #[serde(default)]
    pub values: BTreeMap<ParamKey, f64>,
    /// Draw sampled parameters from their ranges in each run (off = every run uses the values).
    pub uncertainty: bool,
}

impl Assumptions {
    /// The value of `key` in this scenario.
    pub fn value(&self, key: ParamKey) -> f64 {
        self.values
            .get(&key)
            .copied()
            .unwrap_or_else(|| key.default_value())
    }
}

/// Everything a planner can change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// The dataset it was made for.
    pub dataset: DatasetRef,
    /// Seed of the Monte Carlo.
    pub seed: u64,
    /// Monte Carlo runs.
    pub runs: u32,
    /// Last simulated year (inclusive).
    pub until: u16,
    /// Money.
    pub budget: Budget,
    /// How money is split.
    pub allocation: Allocation,
    /// Training per commune and year.
    pub training: Training,
    /// Communication campaigns per commune, by year (later years repeat the last entry).
    pub campaigns: Vec<f64>,
    /// Provincial support units twinned with communes.
    pub support_units: u32,
    /// Leadership priority everywhere, 0–1.
    pub leadership: f64,
    /// Policy switches.
    pub policy: Policy,
    /// District code → levers.
    #[serde(default)]
    pub districts: BTreeMap<String, UnitLevers>,
    /// Commune code → levers.
    #[serde(default)]
    pub communes: BTreeMap<String, UnitLevers>,
    /// Assumptions.
    pub assumptions: Assumptions,
}

/// Default seed: the base date.
pub const DEFAULT_SEED: u64 = 20_200_630;
/// Default Monte Carlo runs.
pub const DEFAULT_RUNS: u32 = 1000;

impl Scenario {
    /// The default scenario of `ds`: its budget plan, the default training and policies.
    pub fn defaults(ds: &Dataset) -> Scenario {
        let line = |s: Source| {
            ds.province
                .budget
                .lines
                .get(&s)
                .map(|l| l.per_year.clone())
                .unwrap_or_else(|| vec![0.0])
        };
        let scope_communes = ds.communes.iter().filter(|c| c.scope_1385).count() as u32;
        Scenario {
            dataset: DatasetRef {
                id: ds.province.id.clone(),
                version: ds.province.version,
            },
            seed: DEFAULT_SEED,
            runs: DEFAULT_RUNS,
            until: default_until(ds),
            budget: Budget {
                scale_pct: 100.0,
                lines: BudgetLines {
                    central_ntm: line(Source::CentralNtm),
                    program_135: line(Source::Program135),
                    decision_1385: line(Source::Decision1385),
                    provincial: line(Source::Provincial),
                    integrated: line(Source::Integrated),
                    credit_enterprise: line(Source::CreditEnterprise),
                    community: line(Source::Community),
                },
            },
            allocation: Allocation {
                rule: AllocationRule::EqualPerUnit,
                custom_weights: BTreeMap::new(),
            },
            training: Training {
                per_year: vec![TrainingCounts {
                    cadres: 4.0,
                    village_leaders: 6.0,
                    vocational: 15.0,
                }],
            },
            campaigns: vec![1.0],
            // Cao Bằng assigned 70 agencies, units and enterprises (domain brief §4); at least the scope.
            support_units: 70.max(scope_communes),
            leadership: 0.5,
            policy: Policy {
                stricter_set_year: ds.default_switch_year().unwrap_or(MAX_YEAR + 1),
                graduation_cliff: true,
                backsliding: true,
            },
            districts: BTreeMap::new(),
            communes: BTreeMap::new(),
            assumptions: Assumptions {
                values: BTreeMap::new(),
                uncertainty: true,
            },
        }
    }

    /// Years simulated, from the base year to `until`.
    pub fn years(&self, ds: &Dataset) -> Vec<u16> {
        let base = ds.province.base_year;
        // `max`: a dataset built in code past MAX_YEAR simulates its base year, not a panic.
        (base..=self.until.clamp(base, MAX_YEAR.max(base))).collect()
    }

    /// Fraction of each simulated year that is simulated: the base year only from the base
    /// date (`first_year_fraction`, e.g. 0.5 from mid-2020), every later year whole.
    pub fn year_fractions(&self, ds: &Dataset) -> Vec<f64> {
        // In range as `Dataset::validate` requires, also for a dataset built in code.
        let first = clamp_finite(ds.province.first_year_fraction, 0.01, 1.0);
        (0..self.years(ds).len())
            .map(|y| if y == 0 { first } else { 1.0 })
            .collect()
    }

    /// Money each source can disburse in each simulated year, billion VND, `[year][source]`:
    /// the budget line as scaled by `scale_pct`, the base year only for its simulated part.
    /// The engine spends from exactly these amounts, and the app's totals add them up, so
    /// the two cannot disagree.
    pub fn budget_available(&self, ds: &Dataset) -> Vec<[f64; Source::ALL.len()]> {
        let scale = clamp_finite(self.budget.scale_pct, 0.0, 1000.0) / 100.0;
        self.year_fractions(ds)
            .iter()
            .enumerate()
            .map(|(y, dt)| {
                Source::ALL
                    .map(|s| clamp_finite(self.budget.lines.amount(s, y), 0.0, 1.0e6) * scale * dt)
            })
            .collect()
    }

    /// Multiplies every budget line (the CLI's `--budget-scale`).
    pub fn scale_budget(&mut self, k: f64) {
        for s in Source::ALL {
            for x in self.budget.lines.get_mut(s) {
                *x *= k;
            }
        }
    }

    /// Multiplies the province's training plan (every kind, every year) by `k`, leaving the
    /// districts' and communes' own counts as they are: the page's training lever, which the
    /// goal seek moves.
    pub fn scale_province_training(&mut self, k: f64) {
        for t in &mut self.training.per_year {
            *t = t.scaled(k);
        }
    }

    /// Multiplies every training count, province-wide and in overrides (`--training-scale`).
    pub fn scale_training(&mut self, k: f64) {
        for t in &mut self.training.per_year {
            *t = t.scaled(k);
        }
        for levers in self
            .districts
            .values_mut()
            .chain(self.communes.values_mut())
        {
            if let Some(t) = &mut levers.training {
                *t = t.scaled(k);
            }
        }
    }
}

#[cfg(test)]
mod tests;

/// `x` within `lo`–`hi`; `lo` when it is not a number at all (NaN, ±∞), so a corrupt value
/// never reaches the engine.
pub(crate) fn clamp_finite(x: f64, lo: f64, hi: f64) -> f64 {
    if x.is_finite() {
        x.clamp(lo, hi)
    } else {
        lo
    }
}
