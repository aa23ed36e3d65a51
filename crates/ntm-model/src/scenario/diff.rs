//! Which levers differ between two scenarios, and by how much (for the comparison view).
//!
//! Per-year lists are compared year by year over both horizons with the "later years repeat
//! the last entry" rule, so two ways of writing the same plan are not reported as different.

use super::{AllocationRule, Scenario, Source, TrainingCounts, TrainingOverride, UnitLevers};
use crate::dataset::Dataset;
use crate::params::ParamKey;

/// A training count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingKind {
    /// Commune cadres.
    Cadres,
    /// Village heads and boards.
    VillageLeaders,
    /// Vocational trainees.
    Vocational,
}

/// A district or commune lever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitField {
    /// Excluded from allocation.
    Excluded,
    /// Priority.
    Priority,
    /// Allocation weight.
    BudgetWeight,
    /// Fixed amount.
    FixedAmount,
    /// Training count override.
    Training(TrainingKind),
    /// Training multiplier.
    TrainingScale,
    /// First year of the unit's own training (a year, as a number).
    TrainingFrom,
    /// Last year of the unit's own training.
    TrainingUntil,
    /// Campaigns.
    Campaigns,
    /// Support unit.
    SupportUnit,
    /// Leadership.
    Leadership,
}

impl TrainingKind {
    /// Every count, in the levers panel's order.
    pub const ALL: [TrainingKind; 3] = [
        TrainingKind::Cadres,
        TrainingKind::VillageLeaders,
        TrainingKind::Vocational,
    ];

    /// The count's field name in a scenario file.
    pub fn key(self) -> &'static str {
        match self {
            TrainingKind::Cadres => "cadres",
            TrainingKind::VillageLeaders => "village_leaders",
            TrainingKind::Vocational => "vocational",
        }
    }
}

impl UnitField {
    /// Every district or commune lever, in the levers panel's order.
    pub const ALL: [UnitField; 13] = [
        UnitField::Excluded,
        UnitField::Priority,
        UnitField::BudgetWeight,
        UnitField::FixedAmount,
        UnitField::Training(TrainingKind::Cadres),
        UnitField::Training(TrainingKind::VillageLeaders),
        UnitField::Training(TrainingKind::Vocational),
        UnitField::TrainingScale,
        UnitField::TrainingFrom,
        UnitField::TrainingUntil,
        UnitField::Campaigns,
        UnitField::SupportUnit,
        UnitField::Leadership,
    ];

    /// The lever's field path in a district's or commune's levers (`fixed_amount`,
    /// `training.cadres`), as a scenario file and its checks write it.
    pub fn key(self) -> &'static str {
        match self {
            UnitField::Excluded => "excluded",
            UnitField::Priority => "priority",
            UnitField::BudgetWeight => "budget_weight",
            UnitField::FixedAmount => "fixed_amount",
            UnitField::Training(TrainingKind::Cadres) => "training.cadres",
            UnitField::Training(TrainingKind::VillageLeaders) => "training.village_leaders",
            UnitField::Training(TrainingKind::Vocational) => "training.vocational",
            UnitField::TrainingScale => "training_scale",
            UnitField::TrainingFrom => "training_from",
            UnitField::TrainingUntil => "training_until",
            UnitField::Campaigns => "campaigns",
            UnitField::SupportUnit => "support_unit",
            UnitField::Leadership => "leadership",
        }
    }
}

/// Where a lever lives.
#[derive(Debug, Clone, PartialEq)]
pub enum LeverPath {
    /// Seed.
    Seed,
    /// Runs.
    Runs,
    /// Last year.
    Until,
    /// Province budget scale.
    BudgetScale,
    /// One source in one year.
    BudgetLine(Source, u16),
    /// Allocation rule.
    Rule,
    /// A commune's custom weight.
    CustomWeight(String),
    /// Training per commune in a year.
    Training(TrainingKind, u16),
    /// Campaigns per commune in a year.
    Campaigns(u16),
    /// Support units.
    SupportUnits,
    /// Leadership.
    Leadership,
    /// Year of the stricter set.
    StricterSetYear,
    /// Graduation cliff.
    GraduationCliff,
    /// Backsliding.
    Backsliding,
    /// A district's lever (district code).
    District(String, UnitField),
    /// A commune's lever (commune code).
    Commune(String, UnitField),
    /// An assumption.
    Assumption(ParamKey),
    /// Parameter uncertainty.
    Uncertainty,
}

/// A lever's value on one side.
#[derive(Debug, Clone, PartialEq)]
pub enum LeverValue {
    /// A number (in the lever's unit).
    Number(f64),
    /// On or off.
    Flag(bool),
    /// An allocation rule.
    Rule(AllocationRule),
    /// Not set (inherits).
    Unset,
}

/// One difference.
#[derive(Debug, Clone, PartialEq)]
pub struct LeverChange {
    /// Which lever.
    pub path: LeverPath,
    /// In the first scenario.
    pub a: LeverValue,
    /// In the second.
    pub b: LeverValue,
}

impl LeverChange {
    /// b − a for numbers.
    pub fn delta(&self) -> Option<f64> {
        match (&self.a, &self.b) {
            (LeverValue::Number(a), LeverValue::Number(b)) => Some(b - a),
            _ => None,
        }
    }
}

fn at<T: Copy>(v: &[T], i: usize) -> Option<T> {
    v.get(i).or(v.last()).copied()
}

fn override_of(t: TrainingOverride, k: TrainingKind) -> Option<f64> {
    match k {
        TrainingKind::Cadres => t.cadres,
        TrainingKind::VillageLeaders => t.village_leaders,
        TrainingKind::Vocational => t.vocational,
    }
}

fn training_of(t: TrainingCounts, k: TrainingKind) -> f64 {
    match k {
        TrainingKind::Cadres => t.cadres,
        TrainingKind::VillageLeaders => t.village_leaders,
        TrainingKind::Vocational => t.vocational,
    }
}

fn unit_values(l: Option<&UnitLevers>) -> Vec<(UnitField, LeverValue)> {
    let num = |x: Option<f64>| x.map_or(LeverValue::Unset, LeverValue::Number);
    let flag = |x: Option<bool>| x.map_or(LeverValue::Unset, LeverValue::Flag);
    let l = l.cloned().unwrap_or_default();
    let mut out = vec![
        (UnitField::Excluded, flag(l.excluded)),
        (UnitField::Priority, flag(l.priority)),
        (UnitField::BudgetWeight, num(l.budget_weight)),
        (UnitField::FixedAmount, num(l.fixed_amount)),
    ];
    for k in TrainingKind::ALL {
        out.push((
            UnitField::Training(k),
            num(l.training.and_then(|t| override_of(t, k))),
        ));
    }
    out.extend([
        (UnitField::TrainingScale, num(l.training_scale)),
        (UnitField::TrainingFrom, num(l.training_from.map(f64::from))),
        (
            UnitField::TrainingUntil,
            num(l.training_until.map(f64::from)),
        ),
        (UnitField::Campaigns, num(l.campaigns)),
        (UnitField::SupportUnit, flag(l.support_unit)),
        (UnitField::Leadership, num(l.leadership)),
    ]);
    out
}

impl LeverPath {
    /// The lever this path is part of, as a planner counts levers: the years of a budget line,
    /// a kind of training or the campaigns are one lever (a row of the per-year tables, which
    /// the training and campaign sliders set whole), so every year maps to the lever's first
    /// (`0`).
    pub fn lever(&self) -> LeverPath {
        match self {
            LeverPath::BudgetLine(s, _) => LeverPath::BudgetLine(*s, 0),
            LeverPath::Training(k, _) => LeverPath::Training(*k, 0),
            LeverPath::Campaigns(_) => LeverPath::Campaigns(0),
            other => other.clone(),
        }
    }
}

/// How many levers `paths` touch, each yearly lever counted once however many of its years
/// changed ("1 lever changed" for vocational training raised in every year, not 6).
pub fn lever_count<'a>(paths: impl IntoIterator<Item = &'a LeverPath>) -> usize {
    let mut seen: Vec<LeverPath> = Vec::new();
    for p in paths {
        let lever = p.lever();
        if !seen.contains(&lever) {
            seen.push(lever);
        }
    }
    seen.len()
}

/// Every lever that differs between `a` and `b`, in screen order.
pub fn diff(a: &Scenario, b: &Scenario, ds: &Dataset) -> Vec<LeverChange> {
    let mut out = Vec::new();
    let mut push = |path: LeverPath, x: LeverValue, y: LeverValue| {
        if x != y {
            out.push(LeverChange { path, a: x, b: y });
        }
    };
    let n = |x: f64| LeverValue::Number(x);
    push(
        LeverPath::BudgetScale,
        n(a.budget.scale_pct),
        n(b.budget.scale_pct),
    );
    let years: Vec<u16> = {
        let base = ds.province.base_year;
        (base..=a.until.max(b.until).max(base)).collect()
    };
    for s in Source::ALL {
        for (i, &y) in years.iter().enumerate() {
            push(
                LeverPath::BudgetLine(s, y),
                n(a.budget.lines.amount(s, i)),
                n(b.budget.lines.amount(s, i)),
            );
        }
    }
    push(
        LeverPath::Rule,
        LeverValue::Rule(a.allocation.rule),
        LeverValue::Rule(b.allocation.rule),
    );
    let codes: std::collections::BTreeSet<&String> = a
        .allocation
        .custom_weights
        .keys()
        .chain(b.allocation.custom_weights.keys())
        .collect();
    for code in codes {
        let v = |s: &Scenario| {
            s.allocation
                .custom_weights
                .get(code)
                .map_or(LeverValue::Unset, |w| n(*w))
        };
        push(LeverPath::CustomWeight(code.clone()), v(a), v(b));
    }
    for (i, &y) in years.iter().enumerate() {
        for k in TrainingKind::ALL {
            push(
                LeverPath::Training(k, y),
                n(training_of(a.training.at(i), k)),
                n(training_of(b.training.at(i), k)),
            );
        }
    }
    for (i, &y) in years.iter().enumerate() {
        push(
            LeverPath::Campaigns(y),
            n(at(&a.campaigns, i).unwrap_or(0.0)),
            n(at(&b.campaigns, i).unwrap_or(0.0)),
        );
    }
    push(
        LeverPath::SupportUnits,
        n(f64::from(a.support_units)),
        n(f64::from(b.support_units)),
    );
    push(LeverPath::Leadership, n(a.leadership), n(b.leadership));
    push(
        LeverPath::StricterSetYear,
        n(f64::from(a.policy.stricter_set_year)),
        n(f64::from(b.policy.stricter_set_year)),
    );
    push(
        LeverPath::GraduationCliff,
        LeverValue::Flag(a.policy.graduation_cliff),
        LeverValue::Flag(b.policy.graduation_cliff),
    );
    push(
        LeverPath::Backsliding,
        LeverValue::Flag(a.policy.backsliding),
        LeverValue::Flag(b.policy.backsliding),
    );
    for district in [true, false] {
        let (ma, mb) = if district {
            (&a.districts, &b.districts)
        } else {
            (&a.communes, &b.communes)
        };
        let codes: std::collections::BTreeSet<&String> = ma.keys().chain(mb.keys()).collect();
        for code in codes {
            for ((field, x), (_, y)) in unit_values(ma.get(code))
                .into_iter()
                .zip(unit_values(mb.get(code)))
            {
                let path = if district {
                    LeverPath::District(code.clone(), field)
                } else {
                    LeverPath::Commune(code.clone(), field)
                };
                push(path, x, y);
            }
        }
    }
    for &k in ParamKey::ALL {
        push(
            LeverPath::Assumption(k),
            n(a.assumptions.value(k)),
            n(b.assumptions.value(k)),
        );
    }
    push(
        LeverPath::Uncertainty,
        LeverValue::Flag(a.assumptions.uncertainty),
        LeverValue::Flag(b.assumptions.uncertainty),
    );
    push(LeverPath::Seed, n(a.seed as f64), n(b.seed as f64));
    push(LeverPath::Runs, n(f64::from(a.runs)), n(f64::from(b.runs)));
    push(
        LeverPath::Until,
        n(f64::from(a.until)),
        n(f64::from(b.until)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_yearly_lever_counts_once_however_many_years_changed() {
        let ds = Dataset::caobang_2020().unwrap();
        let a = Scenario::defaults(&ds);
        let mut b = a.clone();
        for t in b.training.per_year.iter_mut() {
            t.vocational = 40.0;
        }
        b.budget.lines.program_135[2] = 300.0;
        b.budget.lines.program_135[3] = 300.0;
        b.allocation.rule = AllocationRule::NearestFirst;
        let changes = diff(&a, &b, &ds);
        assert!(changes.len() >= 8, "{changes:?}");
        assert_eq!(lever_count(changes.iter().map(|c| &c.path)), 3);
    }

    #[test]
    fn lists_exactly_the_levers_that_differ() {
        let ds = Dataset::caobang_2020().unwrap();
        let a = Scenario::defaults(&ds);
        assert_eq!(diff(&a, &a, &ds), vec![]);
        let mut b = a.clone();
        b.budget.lines.program_135[2] = 300.0;
        b.allocation.rule = AllocationRule::NearestFirst;
        b.communes.insert(
            "01417".into(),
            UnitLevers {
                fixed_amount: Some(2.0),
                ..Default::default()
            },
        );
        b.assumptions.values.insert(ParamKey::Noise, 0.7);
        let d = diff(&a, &b, &ds);
        let paths: Vec<&LeverPath> = d.iter().map(|c| &c.path).collect();
        assert_eq!(
            paths,
            [
                &LeverPath::BudgetLine(Source::Program135, 2022),
                &LeverPath::Rule,
                &LeverPath::Commune("01417".into(), UnitField::FixedAmount),
                &LeverPath::Assumption(ParamKey::Noise),
            ]
        );
        assert_eq!(d[0].delta(), Some(50.0));
        assert_eq!(d[2].a, LeverValue::Unset);
        assert_eq!(d[3].delta().map(|x| (x * 100.0).round()), Some(20.0));
    }

    #[test]
    fn the_same_plan_written_two_ways_is_not_a_difference() {
        let ds = Dataset::caobang_2020().unwrap();
        let a = Scenario::defaults(&ds);
        let mut b = a.clone();
        b.campaigns = vec![1.0, 1.0, 1.0];
        b.budget.lines.community = vec![1.0];
        assert_eq!(diff(&a, &b, &ds), vec![]);
    }
}
