//! Editing a scenario, one lever at a time, in the model's own vocabulary: a lever is a
//! [`LeverPath`] (the same paths the model's lever diff reports), its value a [`LeverValue`].
//!
//! Owns the rules of an edit: what each lever accepts (its [`Limits`], the same bounds
//! `Scenario::validate` checks, so an edited scenario is always valid), clamping, "later
//! years repeat the last entry", removing empty overrides and assumptions set back to their
//! default (so an untouched lever never makes the share link longer), reading a lever's value
//! and whether it differs from the default. Pure functions on `Scenario`: no page state, no
//! browser; the reducer (`state::AppState::apply`) calls them.

use ntm_model::params::ParamKey;
use ntm_model::scenario::diff::{LeverPath, LeverValue, TrainingKind, UnitField};
use ntm_model::scenario::{
    hard_limits, AllocationRule, Source, TrainingCounts, TrainingOverride, UnitLevers, MAX_RUNS,
    MAX_YEAR,
};
use ntm_model::{Dataset, Scenario};

/// A per-year lever as a whole (every year at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Yearly {
    /// One source's budget line.
    BudgetLine(Source),
    /// One kind of training, people per commune per year.
    Training(TrainingKind),
    /// Communication campaigns per commune per year.
    Campaigns,
}

/// A district or a commune, by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitRef {
    District(String),
    Commune(String),
}

/// One change to the scenario. Components send these; the reducer applies them.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Sets one lever. `LeverValue::Unset` removes an override (district, commune, custom
    /// weight, assumption); a value of the wrong kind for the lever is ignored.
    Set(LeverPath, LeverValue),
    /// Sets a per-year lever to the same value in every year.
    SetEveryYear(Yearly, f64),
    /// [`Edit::Set`] from a slider being moved, in drag number `u32` (a new number each time
    /// a slider is let go): the moves of one drag are one step of the undo history
    /// (`state::history`), where typed values are a step each.
    Slide(LeverPath, LeverValue, u32),
    /// [`Edit::SetEveryYear`] from a slider being moved, in a drag.
    SlideEveryYear(Yearly, f64, u32),
    /// Multiplies the province's training plan (every kind, every year) by a factor: what the
    /// goal seek's "set" does on its training lever. Counts stay within their limits.
    ScaleTraining(f64),
    /// The seed (kept apart from `Set`: a `u64` does not fit a `LeverValue::Number` exactly).
    Seed(u64),
    /// One lever back to its default.
    Reset(LeverPath),
    /// A per-year lever back to its default in every year.
    ResetEveryYear(Yearly),
    /// Every override of one district or commune removed.
    ResetUnit(UnitRef),
    /// Every policy lever back to its default; the assumptions panel's values stay.
    ResetLevers,
    /// Everything on the assumptions panel back to its default: the assumptions, their
    /// uncertainty, runs, seed and horizon.
    ResetAssumptions,
    /// The whole scenario back to the dataset's default.
    ResetAll,
}

/// What a lever accepts, in the scenario's own unit (a share is 0–1, not %).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub min: f64,
    pub max: f64,
    /// Whole numbers only (people are fractional per commune in the model, years and counts
    /// of units are not).
    pub whole: bool,
}

impl Limits {
    const fn new(min: f64, max: f64) -> Limits {
        Limits {
            min,
            max,
            whole: false,
        }
    }

    const fn whole(min: f64, max: f64) -> Limits {
        Limits {
            min,
            max,
            whole: true,
        }
    }

    /// `x` brought into range (and rounded for whole-number levers); `None` for NaN.
    pub fn clamp(self, x: f64) -> Option<f64> {
        if x.is_nan() {
            return None;
        }
        let x = if self.whole { x.round() } else { x };
        Some(x.clamp(self.min, self.max))
    }
}

/// Province budget scale, % of the plan. Three times the plan is already far beyond anything
/// a province has had; the model would accept up to 1000.
pub const BUDGET_SCALE: Limits = Limits::whole(0.0, 300.0);
/// A budget amount, billion VND per year (as `Scenario::validate`).
pub const BUDGET_AMOUNT: Limits = Limits::new(0.0, 1.0e6);
/// People trained per commune per year (as `Scenario::validate`).
pub const TRAINING: Limits = Limits::new(0.0, 10_000.0);
/// Campaigns per commune per year (as `Scenario::validate`).
pub const CAMPAIGNS: Limits = Limits::new(0.0, 100.0);
/// A share between 0 and 1 (leadership).
pub const SHARE: Limits = Limits::new(0.0, 1.0);
/// Support units (as `Scenario::validate`).
pub const SUPPORT_UNITS: Limits = Limits::whole(0.0, 10_000.0);
/// A custom allocation weight (as `Scenario::validate`).
pub const CUSTOM_WEIGHT: Limits = Limits::new(0.0, 1000.0);
/// A district's or commune's allocation weight multiplier.
pub const UNIT_WEIGHT: Limits = Limits::new(0.0, 100.0);
/// A fixed amount per commune, billion VND per year.
pub const FIXED_AMOUNT: Limits = Limits::new(0.0, 10_000.0);
/// A training multiplier.
pub const TRAINING_SCALE: Limits = Limits::new(0.0, 100.0);
/// Monte Carlo runs.
pub const RUNS: Limits = Limits::whole(1.0, MAX_RUNS as f64);

/// The year after the last one simulated: "the stricter set never applies".
pub const NEVER: u16 = MAX_YEAR + 1;

/// What `path` accepts on `ds`, or `None` for levers that are not numbers.
pub fn limits(path: &LeverPath, ds: &Dataset) -> Option<Limits> {
    let base = f64::from(ds.province.base_year);
    Some(match path {
        LeverPath::BudgetScale => BUDGET_SCALE,
        LeverPath::BudgetLine(..) => BUDGET_AMOUNT,
        LeverPath::CustomWeight(_) => CUSTOM_WEIGHT,
        LeverPath::Training(..) => TRAINING,
        LeverPath::Campaigns(_) => CAMPAIGNS,
        LeverPath::SupportUnits => SUPPORT_UNITS,
        LeverPath::Leadership => SHARE,
        LeverPath::StricterSetYear => Limits::whole(base, f64::from(NEVER)),
        LeverPath::Runs => RUNS,
        LeverPath::Until => Limits::whole(base, f64::from(MAX_YEAR)),
        LeverPath::Assumption(k) => {
            let (min, max) = hard_limits(*k);
            Limits::new(min, max)
        }
        // A unit's training years: the scenario's possible years, from the base year.
        LeverPath::District(_, UnitField::TrainingFrom | UnitField::TrainingUntil)
        | LeverPath::Commune(_, UnitField::TrainingFrom | UnitField::TrainingUntil) => {
            Limits::whole(base, f64::from(MAX_YEAR))
        }
        LeverPath::District(_, f) | LeverPath::Commune(_, f) => unit_limits(*f)?,
        LeverPath::Seed
        | LeverPath::Rule
        | LeverPath::GraduationCliff
        | LeverPath::Backsliding
        | LeverPath::Uncertainty => return None,
    })
}

/// What a district or commune lever accepts (`None`: an on/off lever).
pub fn unit_limits(field: UnitField) -> Option<Limits> {
    Some(match field {
        UnitField::BudgetWeight => UNIT_WEIGHT,
        UnitField::FixedAmount => FIXED_AMOUNT,
        UnitField::Training(_) => TRAINING,
        UnitField::TrainingScale => TRAINING_SCALE,
        UnitField::Campaigns => CAMPAIGNS,
        UnitField::Leadership => SHARE,
        UnitField::TrainingFrom | UnitField::TrainingUntil => TRAINING_YEAR,
        UnitField::Excluded | UnitField::Priority | UnitField::SupportUnit => return None,
    })
}

/// The first or last year of a unit's own training: a whole year no later than the last a
/// scenario can run (the panel offers only the scenario's years; the checks refuse one before
/// the base year).
pub const TRAINING_YEAR: Limits = Limits::whole(2000.0, MAX_YEAR as f64);

/// The three training kinds, in screen order (the model's list).
pub const TRAINING_KINDS: [TrainingKind; 3] = TrainingKind::ALL;

/// Every district and commune lever, in screen order (the model's list).
pub const UNIT_FIELDS: [UnitField; 13] = UnitField::ALL;

/// One training count.
pub fn count_of(t: TrainingCounts, kind: TrainingKind) -> f64 {
    match kind {
        TrainingKind::Cadres => t.cadres,
        TrainingKind::VillageLeaders => t.village_leaders,
        TrainingKind::Vocational => t.vocational,
    }
}

/// One count a district or commune sets for itself (`None`: the level above's).
pub fn own_count(t: TrainingOverride, kind: TrainingKind) -> Option<f64> {
    match kind {
        TrainingKind::Cadres => t.cadres,
        TrainingKind::VillageLeaders => t.village_leaders,
        TrainingKind::Vocational => t.vocational,
    }
}

fn set_own_count(t: &mut TrainingOverride, kind: TrainingKind, v: Option<f64>) {
    match kind {
        TrainingKind::Cadres => t.cadres = v,
        TrainingKind::VillageLeaders => t.village_leaders = v,
        TrainingKind::Vocational => t.vocational = v,
    }
}

fn set_count(t: &mut TrainingCounts, kind: TrainingKind, v: f64) {
    match kind {
        TrainingKind::Cadres => t.cadres = v,
        TrainingKind::VillageLeaders => t.village_leaders = v,
        TrainingKind::Vocational => t.vocational = v,
    }
}

/// The index of `year` in per-year lists (0 = base year), if it can be simulated.
fn year_index(year: u16, ds: &Dataset) -> Option<usize> {
    let base = ds.province.base_year;
    (base..=MAX_YEAR)
        .contains(&year)
        .then(|| usize::from(year - base))
}

fn at<T: Copy>(v: &[T], i: usize) -> Option<T> {
    v.get(i).or(v.last()).copied()
}

/// Sets `v[i]` alone: the list is first written out to `len` entries (repeating the last one,
/// as the model reads it), so the years after `i` keep the values they had.
fn set_at<T: Copy>(v: &mut Vec<T>, i: usize, x: T, fill: T, len: usize) {
    while v.len() <= i.max(len.saturating_sub(1)) {
        v.push(v.last().copied().unwrap_or(fill));
    }
    v[i] = x;
}

/// Drops trailing entries equal to the one before (they say nothing the model would not
/// assume), but never below `min_len` entries, so an untouched list stays equal to the default.
fn trim<T: PartialEq>(v: &mut Vec<T>, min_len: usize) {
    while v.len() > min_len.max(1) && v[v.len() - 1] == v[v.len() - 2] {
        v.pop();
    }
}

fn levers_of<'a>(sc: &'a Scenario, unit: &UnitRef) -> Option<&'a UnitLevers> {
    match unit {
        UnitRef::District(code) => sc.districts.get(code),
        UnitRef::Commune(code) => sc.communes.get(code),
    }
}

fn unit_exists(unit: &UnitRef, ds: &Dataset) -> bool {
    match unit {
        UnitRef::District(code) => ds.district_index(code).is_some(),
        UnitRef::Commune(code) => ds.commune_index(code).is_some(),
    }
}

/// The value of one district or commune lever (`Unset` when it inherits).
pub fn unit_value(levers: Option<&UnitLevers>, field: UnitField) -> LeverValue {
    let num = |x: Option<f64>| x.map_or(LeverValue::Unset, LeverValue::Number);
    let flag = |x: Option<bool>| x.map_or(LeverValue::Unset, LeverValue::Flag);
    let Some(l) = levers else {
        return LeverValue::Unset;
    };
    match field {
        UnitField::Excluded => flag(l.excluded),
        UnitField::Priority => flag(l.priority),
        UnitField::BudgetWeight => num(l.budget_weight),
        UnitField::FixedAmount => num(l.fixed_amount),
        UnitField::Training(k) => num(l.training.and_then(|t| own_count(t, k))),
        UnitField::TrainingScale => num(l.training_scale),
        UnitField::TrainingFrom => num(l.training_from.map(f64::from)),
        UnitField::TrainingUntil => num(l.training_until.map(f64::from)),
        UnitField::Campaigns => num(l.campaigns),
        UnitField::SupportUnit => flag(l.support_unit),
        UnitField::Leadership => num(l.leadership),
    }
}

/// The value of `path` in `sc` (per-year levers: the value the model uses that year).
pub fn value(sc: &Scenario, ds: &Dataset, path: &LeverPath) -> LeverValue {
    let n = LeverValue::Number;
    let i = |year: u16| year_index(year, ds).unwrap_or(0);
    match path {
        LeverPath::Seed => n(sc.seed as f64),
        LeverPath::Runs => n(f64::from(sc.runs)),
        LeverPath::Until => n(f64::from(sc.until)),
        LeverPath::BudgetScale => n(sc.budget.scale_pct),
        LeverPath::BudgetLine(s, year) => n(sc.budget.lines.amount(*s, i(*year))),
        LeverPath::Rule => LeverValue::Rule(sc.allocation.rule),
        LeverPath::CustomWeight(code) => sc
            .allocation
            .custom_weights
            .get(code)
            .map_or(LeverValue::Unset, |w| n(*w)),
        LeverPath::Training(k, year) => n(count_of(sc.training.at(i(*year)), *k)),
        LeverPath::Campaigns(year) => n(at(&sc.campaigns, i(*year)).unwrap_or(0.0)),
        LeverPath::SupportUnits => n(f64::from(sc.support_units)),
        LeverPath::Leadership => n(sc.leadership),
        LeverPath::StricterSetYear => n(f64::from(sc.policy.stricter_set_year)),
        LeverPath::GraduationCliff => LeverValue::Flag(sc.policy.graduation_cliff),
        LeverPath::Backsliding => LeverValue::Flag(sc.policy.backsliding),
        LeverPath::District(code, f) => unit_value(sc.districts.get(code), *f),
        LeverPath::Commune(code, f) => unit_value(sc.communes.get(code), *f),
        LeverPath::Assumption(k) => n(sc.assumptions.value(*k)),
        LeverPath::Uncertainty => LeverValue::Flag(sc.assumptions.uncertainty),
    }
}

/// The number of `path` in `sc`, if it is a number.
pub fn number(sc: &Scenario, ds: &Dataset, path: &LeverPath) -> Option<f64> {
    match value(sc, ds, path) {
        LeverValue::Number(x) => Some(x),
        _ => None,
    }
}

/// True when `path` has a value other than in `defaults`.
pub fn changed(sc: &Scenario, defaults: &Scenario, ds: &Dataset, path: &LeverPath) -> bool {
    value(sc, ds, path) != value(defaults, ds, path)
}

/// True when some year of `lever` differs from the default.
pub fn yearly_changed(sc: &Scenario, defaults: &Scenario, ds: &Dataset, lever: Yearly) -> bool {
    sc.years(ds)
        .into_iter()
        .any(|y| changed(sc, defaults, ds, &yearly_path(lever, y)))
}

/// The lever of `lever` in `year`.
pub fn yearly_path(lever: Yearly, year: u16) -> LeverPath {
    match lever {
        Yearly::BudgetLine(s) => LeverPath::BudgetLine(s, year),
        Yearly::Training(k) => LeverPath::Training(k, year),
        Yearly::Campaigns => LeverPath::Campaigns(year),
    }
}

/// True when a district or commune has any override (a commune's custom weight included).
pub fn unit_changed(sc: &Scenario, unit: &UnitRef) -> bool {
    let custom = match unit {
        UnitRef::Commune(code) => sc.allocation.custom_weights.contains_key(code),
        UnitRef::District(_) => false,
    };
    custom || levers_of(sc, unit).is_some_and(|l| !l.is_empty())
}

/// `sc` after `edit`, or `None` when the edit changes nothing or does not apply (unknown
/// unit, a value of the wrong kind, NaN).
pub fn apply(sc: &Scenario, defaults: &Scenario, ds: &Dataset, edit: &Edit) -> Option<Scenario> {
    let mut next = sc.clone();
    match edit {
        Edit::Set(path, v) | Edit::Slide(path, v, _) => set(&mut next, defaults, ds, path, v)?,
        Edit::SetEveryYear(lever, v) | Edit::SlideEveryYear(lever, v, _) => {
            set_every_year(&mut next, defaults, ds, *lever, *v)?
        }
        Edit::ScaleTraining(k) => {
            let fits = |t: &TrainingCounts| {
                [t.cadres, t.village_leaders, t.vocational]
                    .iter()
                    .all(|x| *x * k <= TRAINING.max)
            };
            if !(k.is_finite() && *k >= 0.0 && next.training.per_year.iter().all(fits)) {
                return None;
            }
            next.scale_province_training(*k);
        }
        Edit::Seed(seed) => next.seed = *seed,
        Edit::Reset(LeverPath::Seed) => next.seed = defaults.seed,
        Edit::Reset(path) => {
            let v = match path {
                // Overrides have no default value: resetting removes them.
                LeverPath::District(..)
                | LeverPath::Commune(..)
                | LeverPath::CustomWeight(_)
                | LeverPath::Assumption(_) => LeverValue::Unset,
                _ => value(defaults, ds, path),
            };
            set(&mut next, defaults, ds, path, &v)?;
        }
        Edit::ResetEveryYear(lever) => match lever {
            Yearly::BudgetLine(s) => {
                *next.budget.lines.get_mut(*s) = defaults.budget.lines.get(*s).clone();
            }
            Yearly::Campaigns => next.campaigns = defaults.campaigns.clone(),
            Yearly::Training(k) => {
                let n = next
                    .training
                    .per_year
                    .len()
                    .max(defaults.training.per_year.len());
                for y in 0..n {
                    let d = count_of(defaults.training.at(y), *k);
                    let mut t = next.training.at(y);
                    set_count(&mut t, *k, d);
                    set_at(&mut next.training.per_year, y, t, TrainingCounts::ZERO, n);
                }
                trim(
                    &mut next.training.per_year,
                    defaults.training.per_year.len(),
                );
            }
        },
        Edit::ResetUnit(unit) => match unit {
            UnitRef::District(code) => {
                next.districts.remove(code);
            }
            UnitRef::Commune(code) => {
                next.communes.remove(code);
                next.allocation.custom_weights.remove(code);
            }
        },
        Edit::ResetLevers => {
            next = Scenario {
                assumptions: next.assumptions,
                runs: next.runs,
                seed: next.seed,
                until: next.until,
                ..defaults.clone()
            };
        }
        Edit::ResetAssumptions => {
            next.assumptions = defaults.assumptions.clone();
            next.runs = defaults.runs;
            next.seed = defaults.seed;
            next.until = defaults.until;
        }
        Edit::ResetAll => next = defaults.clone(),
    }
    (next != *sc).then_some(next)
}

fn set(
    sc: &mut Scenario,
    defaults: &Scenario,
    ds: &Dataset,
    path: &LeverPath,
    v: &LeverValue,
) -> Option<()> {
    let num = || match v {
        LeverValue::Number(x) => limits(path, ds)?.clamp(*x),
        _ => None,
    };
    let flag = || match v {
        LeverValue::Flag(b) => Some(*b),
        _ => None,
    };
    let years = sc.years(ds).len();
    match path {
        LeverPath::Seed => sc.seed = num()? as u64,
        LeverPath::Runs => sc.runs = num()? as u32,
        LeverPath::Until => sc.until = num()? as u16,
        LeverPath::BudgetScale => sc.budget.scale_pct = num()?,
        LeverPath::BudgetLine(s, year) => {
            let x = num()?;
            let i = year_index(*year, ds)?;
            let line = sc.budget.lines.get_mut(*s);
            set_at(line, i, x, 0.0, years);
            trim(line, defaults.budget.lines.get(*s).len());
        }
        LeverPath::Rule => match v {
            LeverValue::Rule(r) => sc.allocation.rule = *r,
            _ => return None,
        },
        LeverPath::CustomWeight(code) => {
            ds.commune_index(code)?;
            match v {
                LeverValue::Unset => {
                    sc.allocation.custom_weights.remove(code);
                }
                _ => {
                    sc.allocation.custom_weights.insert(code.clone(), num()?);
                }
            }
        }
        LeverPath::Training(k, year) => {
            let x = num()?;
            let i = year_index(*year, ds)?;
            let mut t = sc.training.at(i);
            set_count(&mut t, *k, x);
            set_at(&mut sc.training.per_year, i, t, TrainingCounts::ZERO, years);
            trim(&mut sc.training.per_year, defaults.training.per_year.len());
        }
        LeverPath::Campaigns(year) => {
            let x = num()?;
            let i = year_index(*year, ds)?;
            set_at(&mut sc.campaigns, i, x, 0.0, years);
            trim(&mut sc.campaigns, defaults.campaigns.len());
        }
        LeverPath::SupportUnits => sc.support_units = num()? as u32,
        LeverPath::Leadership => sc.leadership = num()?,
        LeverPath::StricterSetYear => sc.policy.stricter_set_year = num()? as u16,
        LeverPath::GraduationCliff => sc.policy.graduation_cliff = flag()?,
        LeverPath::Backsliding => sc.policy.backsliding = flag()?,
        LeverPath::District(code, field) => {
            set_unit(sc, ds, &UnitRef::District(code.clone()), *field, v)?
        }
        LeverPath::Commune(code, field) => {
            set_unit(sc, ds, &UnitRef::Commune(code.clone()), *field, v)?
        }
        LeverPath::Assumption(k) => match v {
            LeverValue::Unset => {
                sc.assumptions.values.remove(k);
            }
            _ => {
                let x = num()?;
                // Back at the default: drop the entry, so the scenario equals the default.
                if x.to_bits() == k.default_value().to_bits() {
                    sc.assumptions.values.remove(k);
                } else {
                    sc.assumptions.values.insert(*k, x);
                }
            }
        },
        LeverPath::Uncertainty => sc.assumptions.uncertainty = flag()?,
    }
    Some(())
}

fn set_every_year(
    sc: &mut Scenario,
    defaults: &Scenario,
    ds: &Dataset,
    lever: Yearly,
    x: f64,
) -> Option<()> {
    let base = ds.province.base_year;
    let x = limits(&yearly_path(lever, base), ds)?.clamp(x)?;
    match lever {
        Yearly::BudgetLine(s) => {
            let n = defaults.budget.lines.get(s).len().max(1);
            *sc.budget.lines.get_mut(s) = vec![x; n];
        }
        Yearly::Campaigns => {
            sc.campaigns = vec![x; defaults.campaigns.len().max(1)];
        }
        Yearly::Training(k) => {
            for t in &mut sc.training.per_year {
                set_count(t, k, x);
            }
            trim(&mut sc.training.per_year, defaults.training.per_year.len());
        }
    }
    Some(())
}

/// The value a district or commune lever has in `sc` while the unit has no setting of its
/// own: a commune's from its district's setting, else (as a district's) the province's; in
/// the scenario's units. `Unset` only for support units the province decides.
pub fn inherited(sc: &Scenario, ds: &Dataset, unit: &UnitRef, field: UnitField) -> LeverValue {
    let up = district_levers_above(sc, ds, unit);
    let n = LeverValue::Number;
    let f = LeverValue::Flag;
    match field {
        UnitField::BudgetWeight => n(up.and_then(|l| l.budget_weight).unwrap_or(1.0)),
        UnitField::TrainingScale => n(up
            .filter(|l| l.trains_in(ds.province.base_year))
            .and_then(|l| l.training_scale)
            .unwrap_or(1.0)),
        UnitField::FixedAmount => n(up.and_then(|l| l.fixed_amount).unwrap_or(0.0)),
        UnitField::Training(k) => n(count_of(inherited_training(sc, ds, unit), k)),
        UnitField::Campaigns => n(up
            .and_then(|l| l.campaigns)
            .unwrap_or_else(|| sc.campaigns.first().copied().unwrap_or(0.0))),
        UnitField::Leadership => n(up.and_then(|l| l.leadership).unwrap_or(sc.leadership)),
        UnitField::Excluded => f(up.and_then(|l| l.excluded).unwrap_or(false)),
        UnitField::Priority => f(up.and_then(|l| l.priority).unwrap_or(false)),
        // Without a setting, the province decides who gets its support units.
        UnitField::SupportUnit => up.and_then(|l| l.support_unit).map_or(LeverValue::Unset, f),
        // The years belong to the unit's own training: unset, it applies in every year (a
        // district's years bound the district's training, not its communes' own).
        UnitField::TrainingFrom | UnitField::TrainingUntil => LeverValue::Unset,
    }
}

/// [`inherited`] where it is the same in every simulated year; `Unset` where it comes from a
/// province plan that changes from year to year (campaigns, training), or from a district's
/// training that applies in some years only, which one number would misstate. For the lever
/// tables' "theo cấp trên (…)" and their differences.
pub fn inherited_every_year(
    sc: &Scenario,
    ds: &Dataset,
    unit: &UnitRef,
    field: UnitField,
) -> LeverValue {
    let steady = inherited_by_year(sc, ds, unit, field)
        .is_none_or(|values| values.windows(2).all(|w| w[0] == w[1]));
    if !steady {
        return LeverValue::Unset;
    }
    let years = || sc.years(ds);
    match (inherited(sc, ds, unit, field), field, unit) {
        // Without years of its own, a unit's training runs from the first simulated year to
        // the last: "Từ năm đầu (2020)", as the levers panel says it.
        (LeverValue::Unset, UnitField::TrainingFrom, _) => years()
            .first()
            .map_or(LeverValue::Unset, |&y| LeverValue::Number(f64::from(y))),
        (LeverValue::Unset, UnitField::TrainingUntil, _) => years()
            .last()
            .map_or(LeverValue::Unset, |&y| LeverValue::Number(f64::from(y))),
        // A xã left to the province: whether the province's order gives it a unit ("theo cấp
        // trên (Không)"; the tables said only "theo cấp trên", so a committee could not see
        // that a "Có" gave it one it would not have had).
        (LeverValue::Unset, UnitField::SupportUnit, UnitRef::Commune(code)) => {
            province_gives_support(sc, ds, code).map_or(LeverValue::Unset, LeverValue::Flag)
        }
        (up, _, _) => up,
    }
}

/// Whether the province's support units would reach xã `code` if it followed the level above:
/// the engine's assignment (`sim::support_assigned`) with the xã's own setting taken away (with
/// it, "as the level above" read back whatever the xã had chosen). `None` for a ward, a town
/// or an unknown code.
pub fn province_gives_support(sc: &Scenario, ds: &Dataset, code: &str) -> Option<bool> {
    let i = ds.commune_index(code)?;
    let mut without = sc.clone();
    if let Some(own) = without.communes.get_mut(code) {
        own.support_unit = None;
    }
    ntm_model::sim::support_assigned(ds, &without)
        .get(i)
        .copied()
        .flatten()
}

/// What a unit without a setting of its own gets in each simulated year, for the levers that
/// can change by year (training counts and multiplier, campaigns), as the model resolves them
/// (`sim::prepare`): the district's setting in the years its training applies, else the
/// province's plan for the year. `None` for the levers that are one value for every year.
fn inherited_by_year(
    sc: &Scenario,
    ds: &Dataset,
    unit: &UnitRef,
    field: UnitField,
) -> Option<Vec<f64>> {
    let years = sc.years(ds);
    let up = district_levers_above(sc, ds, unit);
    // The district's training settings count only in its training years.
    let trains = |year: u16| up.filter(|l| l.trains_in(year));
    let at = |i: usize, year: u16| match field {
        UnitField::Training(k) => trains(year)
            .and_then(|l| l.training)
            .and_then(|t| own_count(t, k))
            .unwrap_or_else(|| count_of(sc.training.at(i), k)),
        UnitField::TrainingScale => trains(year).and_then(|l| l.training_scale).unwrap_or(1.0),
        _ => up.and_then(|l| l.campaigns).unwrap_or_else(|| {
            sc.campaigns
                .get(i)
                .or(sc.campaigns.last())
                .copied()
                .unwrap_or(0.0)
        }),
    };
    matches!(
        field,
        UnitField::Training(_) | UnitField::TrainingScale | UnitField::Campaigns
    )
    .then(|| years.iter().enumerate().map(|(i, &y)| at(i, y)).collect())
}

/// The first and last year of the training of the district above a commune, where it limits
/// it to some years (an open end is the scenario's first or last year).
pub fn district_training_years(sc: &Scenario, ds: &Dataset, unit: &UnitRef) -> Option<(u16, u16)> {
    let l = district_levers_above(sc, ds, unit)?;
    if l.training_from.is_none() && l.training_until.is_none() {
        return None;
    }
    let years = sc.years(ds);
    Some((
        l.training_from
            .unwrap_or_else(|| years.first().copied().unwrap_or_default()),
        l.training_until
            .unwrap_or_else(|| years.last().copied().unwrap_or_default()),
    ))
}

/// Whether the district above a commune limits its own training to some years (then what
/// the commune inherits changes by year because of the district, not only the province's
/// plan).
pub fn district_training_has_years(sc: &Scenario, ds: &Dataset, unit: &UnitRef) -> bool {
    district_levers_above(sc, ds, unit)
        .is_some_and(|l| l.training_from.is_some() || l.training_until.is_some())
}

/// The lowest and highest of what a unit inherits over the simulated years, where that changes
/// from year to year (a province plan of training or campaigns, a district's training in some
/// years only); `None` where the unit's inherited value is one number for every year. The
/// level above a commune shows only its base year: this is what the panel says beside it.
pub fn inherited_year_range(
    sc: &Scenario,
    ds: &Dataset,
    unit: &UnitRef,
    field: UnitField,
) -> Option<(f64, f64)> {
    let (lo, hi) = inherited_by_year(sc, ds, unit, field)?
        .into_iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
            (lo.min(x), hi.max(x))
        });
    (lo < hi).then_some((lo, hi))
}

/// The training counts a unit inherits in the base year, count by count: a commune's from its
/// district's own counts (when the district's training applies that year), else the
/// province's plan.
pub fn inherited_training(sc: &Scenario, ds: &Dataset, unit: &UnitRef) -> TrainingCounts {
    district_levers_above(sc, ds, unit)
        .filter(|l| l.trains_in(ds.province.base_year))
        .and_then(|l| l.training)
        .unwrap_or_default()
        .over(sc.training.at(0))
}

/// The settings of the district a commune belongs to (none for a district: the province's
/// levers are above it).
/// Whether `sc` leaves `unit` out of the allocation altogether, so that its fixed amount,
/// priority and weight do nothing: a commune by its own setting, else its district's
/// (`UnitLevers::excluded_under`, as the engine decides); a district when every xã of it is
/// left out (a xã let back in by its own setting still takes the district's amounts). The
/// levers panel and the lever tables both ask here, so they cannot disagree.
pub fn left_out(sc: &Scenario, ds: &Dataset, unit: &UnitRef) -> bool {
    let commune_left_out = |i: usize| {
        let c = &ds.communes[i];
        let district = ds
            .districts
            .get(c.district)
            .and_then(|d| sc.districts.get(&d.code));
        UnitLevers::excluded_under(sc.communes.get(&c.code), district)
    };
    match unit {
        UnitRef::Commune(code) => ds.commune_index(code).is_some_and(commune_left_out),
        UnitRef::District(code) => {
            let mut communes = (0..ds.communes.len())
                .filter(|&i| {
                    let c = &ds.communes[i];
                    c.is_candidate()
                        && ds
                            .districts
                            .get(c.district)
                            .is_some_and(|d| &d.code == code)
                })
                .peekable();
            communes.peek().is_some() && communes.all(commune_left_out)
        }
    }
}

fn district_levers_above<'a>(
    sc: &'a Scenario,
    ds: &Dataset,
    unit: &UnitRef,
) -> Option<&'a UnitLevers> {
    let UnitRef::Commune(code) = unit else {
        return None;
    };
    let i = ds.commune_index(code)?;
    sc.districts
        .get(&ds.districts.get(ds.communes[i].district)?.code)
}

fn set_unit(
    sc: &mut Scenario,
    ds: &Dataset,
    unit: &UnitRef,
    field: UnitField,
    v: &LeverValue,
) -> Option<()> {
    if !unit_exists(unit, ds) {
        return None;
    }
    let map = match unit {
        UnitRef::District(_) => &mut sc.districts,
        UnitRef::Commune(_) => &mut sc.communes,
    };
    let code = match unit {
        UnitRef::District(c) | UnitRef::Commune(c) => c.clone(),
    };
    let mut l = map.get(&code).cloned().unwrap_or_default();
    let num = |x: &LeverValue| -> Option<Option<f64>> {
        match x {
            LeverValue::Unset => Some(None),
            LeverValue::Number(x) => Some(Some(unit_limits(field)?.clamp(*x)?)),
            _ => None,
        }
    };
    let flag = |x: &LeverValue| -> Option<Option<bool>> {
        match x {
            LeverValue::Unset => Some(None),
            LeverValue::Flag(b) => Some(Some(*b)),
            _ => None,
        }
    };
    match field {
        UnitField::Excluded => l.excluded = flag(v)?,
        UnitField::Priority => l.priority = flag(v)?,
        UnitField::SupportUnit => l.support_unit = flag(v)?,
        UnitField::BudgetWeight => l.budget_weight = num(v)?,
        UnitField::FixedAmount => l.fixed_amount = num(v)?,
        UnitField::TrainingScale => l.training_scale = num(v)?,
        // Whole years from the base year (the limits allow nothing else).
        UnitField::TrainingFrom => l.training_from = training_year(num(v)?, ds)?,
        UnitField::TrainingUntil => l.training_until = training_year(num(v)?, ds)?,
        UnitField::Campaigns => l.campaigns = num(v)?,
        UnitField::Leadership => l.leadership = num(v)?,
        // Each count on its own: setting one leaves the others to the level above.
        UnitField::Training(k) => {
            let mut t = l.training.unwrap_or_default();
            set_own_count(&mut t, k, num(v)?);
            l.training = (!t.is_empty()).then_some(t);
        }
    }
    // The first year no later than the last: a choice that would put them the other way
    // round is refused (the panel offers only years in order), so the scenario stays valid.
    if let (Some(from), Some(until)) = (l.training_from, l.training_until) {
        if from > until {
            return None;
        }
    }
    // Years are the unit's training's: with no count or multiplier of its own left, they
    // would change nothing, yet show as a changed lever and lengthen the link.
    if l.training.is_none() && l.training_scale.is_none() {
        (l.training_from, l.training_until) = (None, None);
    }
    if l.is_empty() {
        map.remove(&code);
    } else {
        map.insert(code, l);
    }
    Some(())
}

/// A unit's training year as set: a whole year from the base year to the last a scenario can
/// run (`None` inside: not set; an outer `None`: refused).
fn training_year(y: Option<f64>, ds: &Dataset) -> Option<Option<u16>> {
    match y {
        None => Some(None),
        Some(y) => {
            let ok = y.fract() == 0.0
                && y >= f64::from(ds.province.base_year)
                && y <= f64::from(MAX_YEAR);
            ok.then_some(Some(y as u16))
        }
    }
}

/// Every allocation rule, for the radio group.
pub const RULES: [AllocationRule; 5] = AllocationRule::ALL;

/// Every assumption, for the assumptions panel.
pub fn assumptions() -> &'static [ParamKey] {
    ParamKey::ALL
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
