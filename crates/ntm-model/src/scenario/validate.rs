//! Checks a scenario against its dataset, collecting every problem (for imported files and
//! decoded links). The engine clamps anyway; this is for telling the user what was wrong.

use super::{Scenario, Source, UnitLevers, MAX_RUNS, MAX_YEAR};
use crate::dataset::Dataset;
use crate::params::ParamKey;

/// One problem in a scenario.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ScenarioProblem {
    /// Where (a dotted path such as `budget.lines.program_135[2]`).
    pub field: String,
    /// What is wrong.
    pub message: String,
}

/// Most entries a per-year list may have (base year to 2030, with room).
const MAX_YEARS: usize = 64;

impl Scenario {
    /// Every problem of this scenario for `ds` (empty when it is valid).
    pub fn validate(&self, ds: &Dataset) -> Vec<ScenarioProblem> {
        let mut out = Vec::new();
        let mut bad = |field: String, message: String| out.push(ScenarioProblem { field, message });
        if self.dataset.id != ds.province.id {
            bad(
                "dataset.id".into(),
                format!(
                    "made for dataset '{}', not '{}'",
                    self.dataset.id, ds.province.id
                ),
            );
        }
        let base = ds.province.base_year;
        if self.until < base || self.until > MAX_YEAR {
            bad(
                "until".into(),
                format!("{} must be between {base} and {MAX_YEAR}", self.until),
            );
        }
        if self.runs == 0 || self.runs > MAX_RUNS {
            bad(
                "runs".into(),
                format!("{} must be between 1 and {MAX_RUNS}", self.runs),
            );
        }
        if !in_range(self.budget.scale_pct, 0.0, 1000.0) {
            bad(
                "budget.scale_pct".into(),
                format!("{} must be between 0 and 1000", self.budget.scale_pct),
            );
        }
        for s in Source::ALL {
            let line = self.budget.lines.get(s);
            if line.is_empty() || line.len() > MAX_YEARS {
                bad(
                    format!("budget.lines.{}", s.key()),
                    format!("needs 1 to {MAX_YEARS} yearly amounts"),
                );
            }
            for (i, x) in line.iter().enumerate() {
                if !in_range(*x, 0.0, 1.0e6) {
                    bad(
                        format!("budget.lines.{}[{i}]", s.key()),
                        format!("{x} must be between 0 and 1,000,000 billion VND"),
                    );
                }
            }
        }
        for (code, w) in &self.allocation.custom_weights {
            if ds.commune_index(code).is_none() {
                bad(
                    format!("allocation.custom_weights.{code}"),
                    "no commune has this code".into(),
                );
            }
            if !in_range(*w, 0.0, 1000.0) {
                bad(
                    format!("allocation.custom_weights.{code}"),
                    format!("{w} must be between 0 and 1000"),
                );
            }
        }
        if self.training.per_year.is_empty() || self.training.per_year.len() > MAX_YEARS {
            bad(
                "training.per_year".into(),
                format!("needs 1 to {MAX_YEARS} entries"),
            );
        }
        for (i, t) in self.training.per_year.iter().enumerate() {
            for (name, v) in [
                ("cadres", t.cadres),
                ("village_leaders", t.village_leaders),
                ("vocational", t.vocational),
            ] {
                if !in_range(v, 0.0, 10_000.0) {
                    bad(
                        format!("training.per_year[{i}].{name}"),
                        format!("{v} must be between 0 and 10,000 people"),
                    );
                }
            }
        }
        if self.campaigns.is_empty() || self.campaigns.len() > MAX_YEARS {
            bad(
                "campaigns".into(),
                format!("needs 1 to {MAX_YEARS} entries"),
            );
        }
        for (i, c) in self.campaigns.iter().enumerate() {
            if !in_range(*c, 0.0, 100.0) {
                bad(
                    format!("campaigns[{i}]"),
                    format!("{c} must be between 0 and 100 per year"),
                );
            }
        }
        if self.support_units > 10_000 {
            bad(
                "support_units".into(),
                format!("{} is more than 10,000", self.support_units),
            );
        }
        if !in_range(self.leadership, 0.0, 1.0) {
            bad(
                "leadership".into(),
                format!("{} must be between 0 and 1", self.leadership),
            );
        }
        if self.policy.stricter_set_year < base {
            bad(
                "policy.stricter_set_year".into(),
                format!(
                    "{} is before the base year {base}",
                    self.policy.stricter_set_year
                ),
            );
        }
        for (code, levers) in &self.districts {
            if ds.district_index(code).is_none() {
                bad(
                    format!("districts.{code}"),
                    "no district has this code".into(),
                );
            }
            check_levers(&format!("districts.{code}"), levers, &mut bad);
        }
        for (code, levers) in &self.communes {
            if ds.commune_index(code).is_none() {
                bad(
                    format!("communes.{code}"),
                    "no commune has this code".into(),
                );
            }
            check_levers(&format!("communes.{code}"), levers, &mut bad);
        }
        for (key, v) in &self.assumptions.values {
            let spec = key.spec();
            // A planner may go beyond the plausible range, but not to absurd values.
            let (lo, hi) = hard_limits(*key);
            if !in_range(*v, lo, hi) {
                bad(
                    format!("assumptions.{}", key.key()),
                    format!("{v} must be between {lo} and {hi} ({})", spec.name_en),
                );
            }
        }
        out
    }
}

/// The widest values an assumption may take (beyond its plausible range, within reason).
pub fn hard_limits(key: ParamKey) -> (f64, f64) {
    let s = key.spec();
    let lo = if s.low >= 0.0 { 0.0 } else { s.low * 2.0 };
    let hi = match s.unit {
        crate::params::Unit::Share => 1.0_f64.max(s.high),
        _ => s.high * 3.0,
    };
    (lo, hi)
}

fn in_range(x: f64, lo: f64, hi: f64) -> bool {
    x.is_finite() && x >= lo && x <= hi
}

fn check_levers(prefix: &str, l: &UnitLevers, bad: &mut impl FnMut(String, String)) {
    let mut num = |name: &str, v: Option<f64>, lo: f64, hi: f64| {
        if let Some(v) = v {
            if !in_range(v, lo, hi) {
                bad(
                    format!("{prefix}.{name}"),
                    format!("{v} must be between {lo} and {hi}"),
                );
            }
        }
    };
    num("budget_weight", l.budget_weight, 0.0, 100.0);
    num("fixed_amount", l.fixed_amount, 0.0, 10_000.0);
    num("training_scale", l.training_scale, 0.0, 100.0);
    num("campaigns", l.campaigns, 0.0, 100.0);
    num("leadership", l.leadership, 0.0, 1.0);
    if let Some(t) = l.training {
        num("training.cadres", t.cadres, 0.0, 10_000.0);
        num("training.village_leaders", t.village_leaders, 0.0, 10_000.0);
        num("training.vocational", t.vocational, 0.0, 10_000.0);
    }
}
