//! The simulation: prepares a scenario once, runs Monte Carlo runs (all at once, or in batches
//! so a browser can show a first answer and refine it), and builds the results.
//!
//! Deterministic: the same dataset, scenario and seed give bit-identical results on every
//! platform, whatever the batch sizes (runs are independent and seeded by their index).

mod counters;
mod dispatch;
mod gap;
mod prepare;
pub(crate) mod record;
mod rng;
mod run;
mod targets;
mod training_plan;

pub use gap::{base_gaps, Gap};
pub use training_plan::{training_plan, PlannedYear};

use crate::dataset::Dataset;
use crate::results::{BaseSummary, Results};
use crate::scenario::Scenario;

/// A simulation in progress. It keeps no reference to the dataset, so a web page can hold it
/// between batches; pass the same dataset to [`Simulation::results`].
pub struct Simulation {
    prepared: prepare::Prepared,
    workspace: run::Workspace,
    recorder: record::Recorder,
    fingerprint: u64,
    /// The instruction set the runs use (the same bits on each; see `dispatch`).
    isa: dispatch::Isa,
}

impl Simulation {
    /// Prepares `sc` on `ds` (no run yet).
    pub fn new(ds: &Dataset, sc: &Scenario) -> Simulation {
        let prepared = prepare::Prepared::new(ds, sc);
        let workspace = run::Workspace::new(&prepared);
        let recorder = record::Recorder::new(&prepared);
        Simulation {
            prepared,
            workspace,
            recorder,
            fingerprint: ds.fingerprint,
            isa: dispatch::Isa::widest(),
        }
    }

    /// The same simulation on the engine compiled for `isa` (tests compare the copies).
    #[cfg(test)]
    fn with_isa(mut self, isa: dispatch::Isa) -> Simulation {
        self.isa = isa;
        self
    }

    /// Runs asked for by the scenario.
    pub fn runs_wanted(&self) -> u32 {
        self.prepared.runs
    }

    /// Runs done so far.
    pub fn runs_done(&self) -> u32 {
        self.recorder.runs_done()
    }

    /// True when every run is done.
    pub fn is_done(&self) -> bool {
        self.runs_done() >= self.runs_wanted()
    }

    /// Does up to `n` more runs; returns how many were done.
    pub fn advance(&mut self, n: u32) -> u32 {
        let start = self.runs_done();
        let end = start.saturating_add(n).min(self.runs_wanted());
        dispatch::run_range(
            self.isa,
            &self.prepared,
            &mut self.workspace,
            &mut self.recorder,
            start..end,
        );
        end - start
    }

    /// Results of the runs done so far (call [`Simulation::advance`] first). `ds` must be the
    /// dataset the simulation was made with (checked by its fingerprint; another dataset gives
    /// empty results rather than wrong ones).
    pub fn results(&self, ds: &Dataset) -> Results {
        if ds.fingerprint != self.fingerprint {
            return Results::default();
        }
        let mut r = self.recorder.results(&self.prepared, ds);
        r.base = base_summary(ds);
        r
    }
}

/// Runs every Monte Carlo run of `sc` on `ds`.
pub fn simulate(ds: &Dataset, sc: &Scenario) -> Results {
    let mut sim = Simulation::new(ds, sc);
    let n = sim.runs_wanted();
    sim.advance(n);
    sim.results(ds)
}

/// District and commune fixed amounts that ask for more, in a year, than the central NTM and
/// provincial money they are taken from: the engine scales every fixed amount of that year
/// down to fit (MODEL.md §2), so the planner is told. Amounts per year, in billion VND.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FixedOverrun {
    /// The year whose fixed amounts are cut the most.
    pub year: u16,
    /// The fixed amounts asked for that year.
    pub fixed: f64,
    /// The central NTM and provincial money of that year (budget scale applied).
    pub pooled: f64,
    /// The first and the last year that overrun, and how many do (every year's amounts are
    /// cut, not only the first's: the warning named one year).
    pub first: u16,
    pub last: u16,
    pub years: u16,
}

/// The simulated years whose fixed amounts pass the money they come from, if any.
pub fn fixed_overrun(ds: &Dataset, sc: &Scenario) -> Option<FixedOverrun> {
    use crate::scenario::Source;
    // No fixed amount anywhere: nothing to cut, and no need to prepare the scenario (the
    // comparison, the report and the slides ask on every drawing).
    let any_fixed = sc
        .communes
        .values()
        .chain(sc.districts.values())
        .any(|l| l.fixed_amount.is_some_and(|x| x > 0.0));
    if !any_fixed {
        return None;
    }
    let p = prepare::Prepared::new(ds, sc);
    let n = prepare::N_SOURCES;
    let over: Vec<(u16, f64, f64)> = (0..p.years.len())
        .filter_map(|y| {
            let money = |s: Source| p.budget[y * n + s.index()];
            let pooled = money(Source::CentralNtm) + money(Source::Provincial);
            let fixed = p.fixed_total[y];
            // Both are for the year's share of a year (half of the base year): per year again.
            let per_year = 1.0 / p.dt[y].max(1e-9);
            (fixed > pooled && fixed > 0.0)
                .then(|| (p.years[y], fixed * per_year, pooled * per_year))
        })
        .collect();
    let &(first, ..) = over.first()?;
    let &(last, ..) = over.last()?;
    // The least paid share; the first such year on a tie.
    let &(year, fixed, pooled) = over.iter().reduce(|worst, o| {
        if o.2 / o.1 < worst.2 / worst.1 {
            o
        } else {
            worst
        }
    })?;
    Some(FixedOverrun {
        year,
        fixed,
        pooled,
        first,
        last,
        years: over.len() as u16,
    })
}

/// Xã given a support unit by their own or their district's setting, when there are more of
/// them than the province's support units: (forced, the province's number). Each still gets
/// one (MODEL.md §2), beyond the province's number, which the levers panel says.
pub fn support_overrun(ds: &Dataset, sc: &Scenario) -> Option<(u32, u32)> {
    let forced = (0..ds.communes.len())
        .filter(|&i| ds.communes[i].is_candidate())
        .filter(|&i| prepare::forced_support(ds, sc, i) == Some(true))
        .count() as u32;
    (forced > sc.support_units).then_some((forced, sc.support_units))
}

/// Whether each unit of `ds` (by index) gets one of the province's support units under `sc`,
/// as the engine assigns them (`prepare::assign_support_units`: own or district settings
/// first, then by rank); `None` for wards and townships, which are not NTM candidates. For the
/// levers panel, which says what "as the level above" gives a commune.
pub fn support_assigned(ds: &Dataset, sc: &Scenario) -> Vec<Option<bool>> {
    let mut out = vec![None; ds.communes.len()];
    for c in prepare::Prepared::new(ds, sc).cands {
        if let Some(slot) = out.get_mut(c.commune) {
            *slot = Some(c.support);
        }
    }
    out
}

/// Training and communication costs of `sc` per simulated year, billion VND (counts × unit
/// costs at the scenario's assumption values, the base year for its simulated part): the
/// figures a simulation reports as `spending.training`, worked out without running it, for the
/// scenario's description beside its budget (the costs are not taken from the budget).
pub fn training_cost(ds: &Dataset, sc: &Scenario) -> Vec<f64> {
    prepare::Prepared::new(ds, sc).training_cost
}

/// The base state as the dataset gives it. One pass over the communes and one over the
/// villages, without gathering them first (at national scale the lists cost more than the
/// counting).
pub fn base_summary(ds: &Dataset) -> BaseSummary {
    let set = ds.base_commune_set();
    let vset = ds.village_set();
    let met = |levels: &[f64], crit: &[crate::criteria::Criterion]| {
        levels
            .iter()
            .zip(crit)
            .filter(|(x, c)| **x >= c.threshold)
            .count()
    };
    let mut b = BaseSummary {
        communes: ds.communes.len(),
        villages: ds.villages.len(),
        ..BaseSummary::default()
    };
    let (mut criteria_met, mut below_15) = (0usize, 0usize);
    let mut min_met = None;
    for c in ds.communes.iter().filter(|c| c.is_candidate()) {
        let m = met(&c.levels, &set.criteria);
        let recognised = c.recognised_year.is_some();
        b.candidate_communes += 1;
        b.scope_communes += usize::from(c.scope_1385);
        b.ntm_communes += usize::from(recognised);
        b.scope_ntm_communes += usize::from(c.scope_1385 && recognised);
        b.communes_below_10 += usize::from(m < 10);
        b.scope_communes_below_10 += usize::from(c.scope_1385 && m < 10);
        below_15 += usize::from(m < 15);
        criteria_met += m;
        min_met = Some(min_met.map_or(m, |least: usize| least.min(m)));
    }
    b.min_commune_criteria = min_met.unwrap_or(0);
    b.communes_below_15 = Some(below_15);
    if b.candidate_communes > 0 {
        b.avg_commune_criteria = criteria_met as f64 / b.candidate_communes as f64;
    }
    // The scope villages' criteria summed in village order from −0.0, as `Iterator::sum` did.
    let (mut scope_villages, mut scope_met, mut all_met) = (0usize, -0.0, -0.0);
    for v in &ds.villages {
        let m = met(&v.levels, &vset.criteria);
        b.villages_standard += usize::from(m == vset.len());
        all_met += m as f64;
        if ds.communes[v.commune].scope_1385 {
            scope_villages += 1;
            scope_met += m as f64;
            b.scope_villages_standard += usize::from(m == vset.len());
        }
    }
    b.scope_villages = scope_villages;
    if scope_villages > 0 {
        b.avg_village_criteria_scope = scope_met / scope_villages as f64;
    }
    if !ds.villages.is_empty() {
        b.avg_village_criteria = all_met / ds.villages.len() as f64;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{AllocationRule, UnitLevers};
    use crate::Metric;

    /// The description's training cost is the simulation's, without running it.
    #[test]
    fn training_cost_is_what_the_simulation_reports() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 2;
        sc.scale_training(3.0);
        let cost = training_cost(&ds, &sc);
        assert_eq!(cost, simulate(&ds, &sc).spending.training);
        assert!(cost.iter().sum::<f64>() > 0.0);
        // The base year counts only from the base date.
        assert!(cost[0] < cost[1]);
    }

    /// The runs kept for comparisons are the runs the bands were made from, in run order: the
    /// same scenario with twice the runs starts with the same runs.
    #[test]
    fn each_runs_headline_counts_are_kept_in_run_order() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 40;
        let r = simulate(&ds, &sc);
        for m in [Metric::VillagesStandard, Metric::CommunesRecognised] {
            for y in 0..r.years.len() {
                let mut values = r.run_values.get(m, y).unwrap().to_vec();
                assert_eq!(values.len(), 40);
                let [p10, p50, p90] = record::percentiles(&mut values);
                let band = r.series.get(m);
                assert_eq!((p10, p50, p90), (band.p10[y], band.p50[y], band.p90[y]));
            }
        }
        sc.runs = 80;
        let more = simulate(&ds, &sc);
        let last = r.years.len() - 1;
        let (a, b) = (
            r.run_values.get(Metric::CommunesRecognised, last).unwrap(),
            more.run_values
                .get(Metric::CommunesRecognised, last)
                .unwrap(),
        );
        assert_eq!(a, &b[..40]);
        assert!(r.run_values.get(Metric::CommunesBelow10, 0).is_none());
    }

    #[test]
    fn fixed_amounts_past_the_pooled_money_are_reported() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        assert_eq!(fixed_overrun(&ds, &sc), None);
        let district = ds.districts[0].code.clone();
        let levers = |amount: f64| UnitLevers {
            fixed_amount: Some(amount),
            ..Default::default()
        };
        // A little for every commune of a district fits in any year.
        sc.districts.insert(district.clone(), levers(0.1));
        assert_eq!(fixed_overrun(&ds, &sc), None);
        // 1,000 billion a year for each of them does not.
        sc.districts.insert(district, levers(1000.0));
        let o = fixed_overrun(&ds, &sc).expect("an overrun");
        // Every year overruns; the least paid is named.
        let years = sc.years(&ds);
        assert_eq!((o.first, o.last), (years[0], *years.last().unwrap()));
        assert_eq!(o.years as usize, years.len());
        assert!(years.contains(&o.year));
        assert!(o.fixed > o.pooled && o.pooled > 0.0, "{o:?}");
        let p = prepare::Prepared::new(&ds, &sc);
        for y in 0..years.len() {
            let money = |s: crate::scenario::Source| p.budget[y * prepare::N_SOURCES + s.index()];
            let pooled = money(crate::scenario::Source::CentralNtm)
                + money(crate::scenario::Source::Provincial);
            assert!(
                pooled / p.fixed_total[y] >= o.pooled / o.fixed - 1e-12,
                "{} is paid less than the year named, {o:?}",
                years[y]
            );
        }
        let per_commune = o.fixed / 1000.0;
        assert!(
            (per_commune - per_commune.round()).abs() < 1e-9,
            "{o:?}: whole communes"
        );
    }

    #[test]
    fn support_units_forced_past_the_province_s_number_are_reported() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        assert_eq!(support_overrun(&ds, &sc), None);
        sc.support_units = 0;
        assert_eq!(support_overrun(&ds, &sc), None, "none forced");
        let district = ds.districts[0].code.clone();
        sc.districts.insert(
            district,
            UnitLevers {
                support_unit: Some(true),
                ..Default::default()
            },
        );
        let xa = ds
            .communes
            .iter()
            .filter(|c| c.district == 0 && c.is_candidate())
            .count() as u32;
        assert_eq!(support_overrun(&ds, &sc), Some((xa, 0)));
        sc.support_units = xa;
        assert_eq!(support_overrun(&ds, &sc), None, "they fit");
    }

    #[test]
    fn support_units_go_to_as_many_xa_as_the_province_has_scope_first() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        let given = support_assigned(&ds, &sc);
        let count = |g: &[Option<bool>]| g.iter().filter(|&&s| s == Some(true)).count() as u32;
        assert_eq!(count(&given), sc.support_units);
        for (c, g) in ds.communes.iter().zip(&given) {
            assert_eq!(g.is_some(), c.is_candidate(), "{}", c.code);
            if c.scope_1385 {
                assert_eq!(*g, Some(true), "a scope commune first: {}", c.code);
            }
        }
        // A commune told "no" frees its unit for the next in rank.
        let scope = ds.communes.iter().position(|c| c.scope_1385).unwrap();
        sc.communes.insert(
            ds.communes[scope].code.clone(),
            UnitLevers {
                support_unit: Some(false),
                ..Default::default()
            },
        );
        let after = support_assigned(&ds, &sc);
        assert_eq!(after[scope], Some(false));
        assert_eq!(count(&after), sc.support_units);
    }

    #[test]
    fn unit_levers_replace_the_level_above_count_by_count() {
        use crate::scenario::TrainingOverride;
        use prepare::Prepared;
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        let p = Prepared::new(&ds, &sc);
        let (c, cand) = p.cands.iter().enumerate().next().expect("a candidate");
        let commune = ds.communes[cand.commune].code.clone();
        let district = ds.districts[cand.district].code.clone();
        let province = sc.training.at(0);
        // The district sets its cadres and a weight; the commune its vocational training and
        // its own weight.
        sc.districts.insert(
            district,
            UnitLevers {
                budget_weight: Some(3.0),
                training: Some(TrainingOverride {
                    cadres: Some(10.0),
                    ..Default::default()
                }),
                ..Default::default()
            },
        );
        sc.communes.insert(
            commune,
            UnitLevers {
                budget_weight: Some(2.0),
                training: Some(TrainingOverride {
                    vocational: Some(60.0),
                    ..Default::default()
                }),
                ..Default::default()
            },
        );
        // The province raises its village-leader training afterwards: the commune, which set
        // only its vocational count, follows it.
        for t in &mut sc.training.per_year {
            t.village_leaders = province.village_leaders + 5.0;
        }
        let p = Prepared::new(&ds, &sc);
        let t = p.training_by_year[c];
        assert_eq!(t.cadres, 10.0, "the district's");
        assert_eq!(
            t.village_leaders,
            province.village_leaders + 5.0,
            "the province's"
        );
        assert_eq!(t.vocational, 60.0, "its own");
        assert_eq!(
            p.cands[c].weight, 2.0,
            "its own weight replaces the district's"
        );
    }

    #[test]
    fn a_unit_s_own_training_counts_only_in_its_years() {
        use crate::scenario::TrainingOverride;
        use prepare::Prepared;
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        let p = Prepared::new(&ds, &sc);
        let nc = p.cands.len();
        let (c, cand) = p.cands.iter().enumerate().next().expect("a candidate");
        let commune = ds.communes[cand.commune].code.clone();
        let district = ds.districts[cand.district].code.clone();
        // The district trains 10 cadres a commune in 2021–2023; the commune 60 vocational
        // trainees, and everything twice over, from 2023 on.
        sc.districts.insert(
            district,
            UnitLevers {
                training: Some(TrainingOverride {
                    cadres: Some(10.0),
                    ..Default::default()
                }),
                training_from: Some(2021),
                training_until: Some(2023),
                ..Default::default()
            },
        );
        sc.communes.insert(
            commune.clone(),
            UnitLevers {
                training: Some(TrainingOverride {
                    vocational: Some(60.0),
                    ..Default::default()
                }),
                training_scale: Some(2.0),
                training_from: Some(2023),
                ..Default::default()
            },
        );
        assert!(sc.validate(&ds).is_empty(), "{:?}", sc.validate(&ds));
        let p = Prepared::new(&ds, &sc);
        for (y, year) in (2020..=2025).enumerate() {
            let plan = sc.training.at(y);
            let t = p.training_by_year[y * nc + c];
            let (cadres, leaders, vocational) = match year {
                2020 => (plan.cadres, plan.village_leaders, plan.vocational),
                2021 | 2022 => (10.0, plan.village_leaders, plan.vocational),
                2023 => (20.0, 2.0 * plan.village_leaders, 120.0),
                _ => (2.0 * plan.cadres, 2.0 * plan.village_leaders, 120.0),
            };
            assert_eq!(
                (t.cadres, t.village_leaders, t.vocational),
                (cadres, leaders, vocational),
                "{year}"
            );
        }
        // Years spanning every year run are the same as no years: the same figures, bit for bit.
        let mut open = sc.clone();
        let mut spanned = sc.clone();
        for l in open
            .districts
            .values_mut()
            .chain(open.communes.values_mut())
        {
            (l.training_from, l.training_until) = (None, None);
        }
        for l in spanned
            .districts
            .values_mut()
            .chain(spanned.communes.values_mut())
        {
            (l.training_from, l.training_until) = (Some(2020), Some(2025));
        }
        open.runs = 20;
        spanned.runs = 20;
        let json = |sc: &Scenario| serde_json::to_string(&crate::simulate(&ds, sc)).unwrap();
        assert_eq!(json(&open), json(&spanned));
        // And the years change the figures (the commune trains far more from 2023 only).
        assert_ne!(
            json(&open),
            json(&Scenario {
                runs: 20,
                ..sc.clone()
            })
        );
    }

    /// Scenarios that take every path of the engine: each allocation rule (the gap-based ones
    /// bring levels up to date every year), the cliff, backsliding off, an early stricter set,
    /// a longer horizon, no uncertainty, and a dataset with villages outside any candidate.
    fn varied(ds: &Dataset) -> Vec<Scenario> {
        let base = Scenario {
            runs: 37,
            ..Scenario::defaults(ds)
        };
        let mut out = vec![base.clone()];
        for rule in AllocationRule::ALL {
            let mut sc = base.clone();
            sc.allocation.rule = rule;
            sc.policy.graduation_cliff = rule == AllocationRule::NeedsBased;
            out.push(sc);
        }
        let mut sc = base.clone();
        sc.policy.backsliding = false;
        sc.policy.stricter_set_year = 2021;
        sc.until = 2030;
        sc.assumptions.uncertainty = false;
        out.push(sc);
        out
    }

    #[test]
    fn every_instruction_set_gives_the_same_bits() {
        let isas = dispatch::Isa::supported();
        let caobang = Dataset::caobang_2020().expect("embedded dataset");
        let national = crate::dataset::synthetic::synthetic(60, 500, 3).expect("synthetic");
        for ds in [&caobang, &national] {
            for sc in varied(ds) {
                let json = |isa| {
                    let mut sim = Simulation::new(ds, &sc).with_isa(isa);
                    // Two batches, so a copy's state carried between calls is checked too.
                    sim.advance(11);
                    sim.advance(u32::MAX);
                    serde_json::to_string(&sim.results(ds)).expect("results serialise")
                };
                let baseline = json(dispatch::Isa::Baseline);
                for &isa in &isas {
                    assert!(
                        json(isa) == baseline,
                        "{isa:?} differs ({:?})",
                        sc.allocation.rule
                    );
                }
            }
        }
        eprintln!("instruction sets compared: {isas:?}");
    }
}
