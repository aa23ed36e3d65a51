//! Goal seeking: "how much money, or how much training, would make this target likely?" — the
//! smallest position of one lever at which a target is reached in at least a given share of the
//! Monte Carlo runs. The levers ([`SeekLever`]): the budget scale (every budget line ×
//! `scale_pct`, percent of the plan), or the province's training plan (every kind and year of
//! it × a percentage of the scenario's counts).
//!
//! Each probe is a whole simulation of the scenario at one scale, with the scenario's own
//! runs and seed, so the answer is exactly what the planner sees after setting that scale:
//! the same scenario and seed give the same bits. Probes run in slices ([`GoalSeek::advance`])
//! so that a page can keep painting between them. The scales tried lie on a grid of
//! [`STEP_PCT`]: first doubling from the scenario's scale until the target is likely (or the
//! lever's maximum is reached), then halving the interval between the last scale where it is
//! not and the first where it is. When the target is already likely at the scenario's scale,
//! the seek goes down instead (halving towards nothing, then halving the interval) to the least
//! that keeps it likely, and says how much less money that is. More money never lowers the
//! expected counts (a tested property), but the share of runs reaching a target is not
//! strictly monotone in the scale; the answer is always a scale that was simulated and found
//! likely, next to one a step below that was not.

use crate::dataset::Dataset;
use crate::scenario::Scenario;
use crate::sim::Simulation;

pub use crate::results::LIKELY_FROM;

/// The grid of scales tried, in percent of the budget plan.
pub const STEP_PCT: f64 = 5.0;
/// The budget scale's largest value a scenario may have, in percent (the page's lever stops
/// lower, and passes its own maximum).
pub const MAX_PCT: f64 = 1000.0;

/// What a seek moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeekLever {
    /// The budget scale, percent of the plan (`budget.scale_pct`).
    Budget,
    /// The province's training plan, every kind and year, in percent of the scenario's counts
    /// (districts' and communes' own counts stay as they are).
    Training,
}

/// Training counts the scenario accepts (`Scenario::validate`).
const MAX_TRAINED: f64 = 10_000.0;

impl SeekLever {
    /// The scenario's own position on the lever, in percent.
    fn own(self, sc: &Scenario) -> f64 {
        match self {
            SeekLever::Budget => clamp_pct(sc.budget.scale_pct),
            SeekLever::Training => 100.0,
        }
    }

    /// True when moving the lever cannot change `sc`: a training plan of zeros.
    pub fn is_stuck(self, sc: &Scenario) -> bool {
        match self {
            SeekLever::Budget => false,
            SeekLever::Training => sc
                .training
                .per_year
                .iter()
                .all(|t| t.cadres == 0.0 && t.village_leaders == 0.0 && t.vocational == 0.0),
        }
    }

    /// `sc` with the lever at `pct`.
    pub fn apply(self, sc: &Scenario, pct: f64) -> Scenario {
        let mut out = sc.clone();
        match self {
            SeekLever::Budget => out.budget.scale_pct = pct,
            SeekLever::Training => out.scale_province_training(pct / 100.0),
        }
        out
    }

    /// The largest position tried: `max_pct`, and for training no more than keeps every count
    /// within what a scenario accepts (on the grid).
    pub fn max_for(self, sc: &Scenario, max_pct: f64) -> f64 {
        let max_pct = clamp_pct(max_pct);
        match self {
            SeekLever::Budget => max_pct,
            SeekLever::Training => {
                let most = sc
                    .training
                    .per_year
                    .iter()
                    .flat_map(|t| [t.cadres, t.village_leaders, t.vocational])
                    .fold(0.0, f64::max);
                if most > 0.0 {
                    max_pct.min((100.0 * MAX_TRAINED / most / STEP_PCT).floor() * STEP_PCT)
                } else {
                    // Nothing to multiply: only the scenario itself is tried.
                    100.0
                }
            }
        }
    }
}

/// A position tried, the share of runs that reached the target there, and the lever's money
/// from the base date to the end of the target's year (the budget available, or training's
/// cost), billion VND.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Probe {
    pub scale_pct: f64,
    pub probability: f64,
    pub money_billion: f64,
}

/// What the seek found.
#[derive(Debug, Clone, PartialEq)]
pub enum SeekOutcome {
    /// The target is likely already at the scenario's own scale.
    AlreadyLikely(Probe),
    /// Likely at `likely`; not at `below`, one grid step (or the scenario's own scale) lower.
    /// `extra_billion` is the money beyond the scenario's from the base date to the end of the
    /// target's year `until` (money after it cannot help the target).
    Needs {
        likely: Probe,
        below: Probe,
        extra_billion: f64,
        until: u16,
    },
    /// Likely at the scenario's own position `own`, and still at the lower `lowest`; not at
    /// `below`, one grid step lower (`None` when `lowest` is 0, where it is likely even without
    /// the lever). `saving_billion` is the money below the scenario's from the base date to the
    /// end of `until`: a draft budget above what the target needs is answered with how much
    /// less would do, not only with "already likely".
    LikelyWithLess {
        own: Probe,
        lowest: Probe,
        below: Option<Probe>,
        saving_billion: f64,
        until: u16,
    },
    /// Not likely even with the budget at the largest scale allowed: money alone does not get
    /// there.
    Beyond(Probe),
    /// The scenario does not reach the target's year, or the dataset has no such target.
    NotInHorizon,
}

impl SeekOutcome {
    /// The position the answer proposes to set, if any: the least found likely (above the
    /// scenario's own position, or below it).
    pub fn answer(&self) -> Option<Probe> {
        match self {
            SeekOutcome::Needs { likely, .. } => Some(*likely),
            SeekOutcome::LikelyWithLess { lowest, .. } => Some(*lowest),
            _ => None,
        }
    }
}

/// Where a seek stands.
#[derive(Debug, Clone, PartialEq)]
pub enum SeekState {
    /// Simulating the scale `scale_pct`: `runs_done` of `runs_wanted`, after `probes_done`
    /// whole probes.
    Running {
        scale_pct: f64,
        runs_done: u32,
        runs_wanted: u32,
        probes_done: u32,
    },
    Done(SeekOutcome),
}

/// A goal seek in progress; holds no reference to the dataset (pass the same one each time).
pub struct GoalSeek {
    lever: SeekLever,
    scenario: Scenario,
    target: String,
    /// The target's year.
    until: u16,
    likely_from: f64,
    /// The largest scale tried.
    max_pct: f64,
    /// The lever's money in the scenario as it is (from the first probe, which is at its own
    /// position).
    own_money: f64,
    /// The probe at the scenario's own position, once done.
    own_probe: Option<Probe>,
    /// The highest scale tried where the target is not likely, and the lowest where it is.
    fails: Option<Probe>,
    meets: Option<Probe>,
    probe: Option<(f64, Simulation)>,
    probes_done: u32,
    outcome: Option<SeekOutcome>,
}

impl GoalSeek {
    /// A seek on `lever` for target `target` (a dataset target's id) of `sc`, likely meaning
    /// reached in at least `likely_from` of the runs, trying positions up to `max_pct` (at most
    /// [`MAX_PCT`]; a scenario already above it is tried at its own position only).
    pub fn new(
        ds: &Dataset,
        sc: &Scenario,
        lever: SeekLever,
        target: &str,
        likely_from: f64,
        max_pct: f64,
    ) -> GoalSeek {
        let year = ds
            .province
            .targets
            .iter()
            .find(|t| t.id == target)
            // A target the data cannot assess is never reached: no money would be the answer.
            .filter(|t| ds.province.assesses(t))
            .map(|t| t.year)
            .filter(|y| sc.years(ds).contains(y));
        let in_horizon = year.is_some();
        let own = lever.own(sc);
        let mut seek = GoalSeek {
            lever,
            scenario: sc.clone(),
            target: target.to_string(),
            until: year.unwrap_or(0),
            likely_from,
            max_pct: lever.max_for(sc, max_pct),
            own_money: 0.0,
            own_probe: None,
            fails: None,
            meets: None,
            probe: None,
            probes_done: 0,
            outcome: (!in_horizon).then_some(SeekOutcome::NotInHorizon),
        };
        if in_horizon {
            seek.start(ds, own);
        }
        seek
    }

    /// Does up to `runs` more Monte Carlo runs of the current probe (and moves on to the next
    /// probe when one finishes); returns where the seek stands.
    pub fn advance(&mut self, ds: &Dataset, runs: u32) -> SeekState {
        if let Some((scale, sim)) = &mut self.probe {
            sim.advance(runs);
            if sim.is_done() {
                let results = sim.results(ds);
                let probability = results
                    .targets
                    .iter()
                    .find(|t| t.id == self.target)
                    .filter(|t| t.judged())
                    .map_or(0.0, |t| t.probability);
                let scale_pct = *scale;
                let money_billion = match self.lever {
                    SeekLever::Budget => self.budget_money(ds, scale_pct),
                    SeekLever::Training => results
                        .spending
                        .training
                        .iter()
                        .zip(&results.years)
                        .filter(|(_, &y)| y <= self.until)
                        .map(|(x, _)| x)
                        .sum(),
                };
                let probe = Probe {
                    scale_pct,
                    probability,
                    money_billion,
                };
                self.probe = None;
                self.probes_done += 1;
                self.decide(ds, probe);
            }
        }
        self.state()
    }

    /// Where the seek stands, without running anything.
    pub fn state(&self) -> SeekState {
        match (&self.outcome, &self.probe) {
            (Some(o), _) => SeekState::Done(o.clone()),
            (None, Some((scale, sim))) => SeekState::Running {
                scale_pct: *scale,
                runs_done: sim.runs_done(),
                runs_wanted: sim.runs_wanted(),
                probes_done: self.probes_done,
            },
            // Unreachable: a seek without an outcome always has a probe.
            (None, None) => SeekState::Done(SeekOutcome::NotInHorizon),
        }
    }

    /// The target sought.
    pub fn target(&self) -> &str {
        &self.target
    }

    /// The lever moved.
    pub fn lever(&self) -> SeekLever {
        self.lever
    }

    fn start(&mut self, ds: &Dataset, scale_pct: f64) {
        let sc = self.lever.apply(&self.scenario, scale_pct);
        self.probe = Some((scale_pct, Simulation::new(ds, &sc)));
    }

    fn decide(&mut self, ds: &Dataset, probe: Probe) {
        let own = self.lever.own(&self.scenario);
        if probe.scale_pct == own {
            self.own_money = probe.money_billion;
            self.own_probe = Some(probe);
        }
        if probe.probability >= self.likely_from {
            self.meets = Some(probe);
        } else {
            self.fails = Some(probe);
        }
        // A seek starts at the scenario's own position: up from there when the target is not
        // likely, down to the least that keeps it likely when it is.
        let Some(own_probe) = self.own_probe else {
            return;
        };
        let next = if own_probe.probability >= self.likely_from {
            self.next_down(own_probe)
        } else {
            self.next_up()
        };
        if let Some(next) = next {
            self.start(ds, next);
        }
    }

    /// The next position when the scenario's own is not likely, or `None` with the outcome set.
    fn next_up(&mut self) -> Option<f64> {
        let fails = self.fails?;
        match self.meets {
            None if fails.scale_pct >= self.max_pct => {
                self.outcome = Some(SeekOutcome::Beyond(fails));
                None
            }
            // Doubling (at least one grid step, and from nothing to the plan itself).
            None => {
                let up = (fails.scale_pct * 2.0)
                    .max(fails.scale_pct + STEP_PCT)
                    .max(100.0);
                Some(snap_up(up).min(self.max_pct))
            }
            Some(meets) => {
                let mid = grid_between(fails.scale_pct, meets.scale_pct);
                if mid.is_none() {
                    self.outcome = Some(SeekOutcome::Needs {
                        likely: meets,
                        below: fails,
                        extra_billion: meets.money_billion - self.own_money,
                        until: self.until,
                    });
                }
                mid
            }
        }
    }

    /// The next position when the scenario's own is likely (halving towards nothing, then
    /// halving the interval), or `None` with the outcome set.
    fn next_down(&mut self, own: Probe) -> Option<f64> {
        let meets = self.meets.unwrap_or(own);
        let mid = match self.fails {
            None if meets.scale_pct > 0.0 => Some(snap_down(meets.scale_pct / 2.0)),
            None => None,
            Some(fails) => grid_between(fails.scale_pct, meets.scale_pct),
        };
        if mid.is_none() {
            self.outcome = Some(if meets.scale_pct == own.scale_pct {
                SeekOutcome::AlreadyLikely(own)
            } else {
                SeekOutcome::LikelyWithLess {
                    own,
                    lowest: meets,
                    below: self.fails,
                    saving_billion: self.own_money - meets.money_billion,
                    until: self.until,
                }
            });
        }
        mid
    }

    /// Money available from the base date to the end of the target's year at `scale_pct`,
    /// billion VND (what the engine spends from: [`Scenario::budget_available`]).
    fn budget_money(&self, ds: &Dataset, scale_pct: f64) -> f64 {
        let mut sc = self.scenario.clone();
        sc.budget.scale_pct = scale_pct;
        let years = sc.years(ds);
        sc.budget_available(ds)
            .iter()
            .zip(&years)
            .filter(|(_, &y)| y <= self.until)
            .flat_map(|(money, _)| money)
            .sum()
    }
}

/// The scenario's scale within the lever's range (a corrupt value as 0, as the engine reads
/// it).
fn clamp_pct(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, MAX_PCT)
    } else {
        0.0
    }
}

/// The first grid scale at or above `x`.
fn snap_up(x: f64) -> f64 {
    (x / STEP_PCT).ceil() * STEP_PCT
}

/// The grid scale at or below `x`.
fn snap_down(x: f64) -> f64 {
    (x / STEP_PCT).floor() * STEP_PCT
}

/// A grid scale strictly between `lo` and `hi`, near their middle, if there is one.
fn grid_between(lo: f64, hi: f64) -> Option<f64> {
    let first = (lo / STEP_PCT).floor() + 1.0;
    let last = (hi / STEP_PCT).ceil() - 1.0;
    (first <= last).then(|| ((first + last) / 2.0).floor() * STEP_PCT)
}

/// Runs a whole seek at once (the CLI and tests).
pub fn seek(
    ds: &Dataset,
    sc: &Scenario,
    lever: SeekLever,
    target: &str,
    likely_from: f64,
    max_pct: f64,
) -> SeekOutcome {
    let mut seek = GoalSeek::new(ds, sc, lever, target, likely_from, max_pct);
    loop {
        if let SeekState::Done(outcome) = seek.advance(ds, u32::MAX) {
            return outcome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::TrainingCounts;
    use crate::simulate;

    fn scenario(ds: &Dataset, runs: u32) -> Scenario {
        let mut sc = Scenario::defaults(ds);
        sc.runs = runs;
        sc
    }

    fn probability(ds: &Dataset, sc: &Scenario, pct: f64, target: &str) -> f64 {
        let mut sc = sc.clone();
        sc.budget.scale_pct = pct;
        let r = simulate(ds, &sc);
        r.targets
            .iter()
            .find(|t| t.id == target)
            .unwrap()
            .probability
    }

    #[test]
    fn grid_points_lie_strictly_inside_and_near_the_middle() {
        assert_eq!(grid_between(100.0, 200.0), Some(150.0));
        assert_eq!(grid_between(100.0, 110.0), Some(105.0));
        assert_eq!(grid_between(100.0, 105.0), None);
        assert_eq!(grid_between(137.0, 145.0), Some(140.0));
        assert_eq!(grid_between(137.0, 140.0), None);
        assert_eq!(snap_up(137.0), 140.0);
        assert_eq!(snap_up(200.0), 200.0);
    }

    #[test]
    fn the_answer_is_the_first_likely_scale_and_applying_it_gives_the_same_share() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let sc = scenario(&ds, 200);
        let outcome = seek(&ds, &sc, SeekLever::Budget, "communes_2025", 0.8, MAX_PCT);
        let SeekOutcome::Needs {
            likely,
            below,
            extra_billion,
            until,
        } = outcome
        else {
            panic!("the default should need more money for 50 communes: {outcome:?}");
        };
        assert!(
            likely.scale_pct > 100.0 && likely.scale_pct <= MAX_PCT,
            "{likely:?}"
        );
        assert!(likely.probability >= 0.8 && below.probability < 0.8);
        assert!(likely.scale_pct - below.scale_pct <= STEP_PCT);
        // Setting the scale found gives the same share of runs, bit for bit.
        let again = probability(&ds, &sc, likely.scale_pct, "communes_2025");
        assert_eq!(again.to_bits(), likely.probability.to_bits());
        assert_eq!(
            probability(&ds, &sc, below.scale_pct, "communes_2025").to_bits(),
            below.probability.to_bits()
        );
        // The extra money is the plan's money to the end of 2025 times the extra scale; with
        // the horizon at 2030 it is the same (money after 2025 cannot help a 2025 target).
        assert_eq!(until, 2025);
        let plan: f64 = sc.budget_available(&ds).iter().flatten().sum();
        let want = plan * (likely.scale_pct - 100.0) / 100.0;
        assert!(
            (extra_billion - want).abs() < 1e-6 * want,
            "{extra_billion} vs {want}"
        );
    }

    #[test]
    fn a_likely_target_gets_the_least_that_keeps_it_likely_and_an_unknown_one_is_said_so() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut sc = scenario(&ds, 100);
        sc.budget.scale_pct = 400.0;
        match seek(
            &ds,
            &sc,
            SeekLever::Budget,
            "village_share_2025",
            0.8,
            MAX_PCT,
        ) {
            SeekOutcome::LikelyWithLess {
                own,
                lowest,
                below,
                saving_billion,
                until,
            } => {
                assert_eq!(own.scale_pct, 400.0);
                assert!(own.probability >= 0.8 && lowest.probability >= 0.8);
                let below = below.expect("not likely without money");
                assert!(below.probability < 0.8, "{below:?}");
                assert_eq!(lowest.scale_pct - below.scale_pct, STEP_PCT);
                assert!(lowest.scale_pct < 400.0, "{lowest:?}");
                assert_eq!(until, 2025);
                assert!(
                    (saving_billion - (own.money_billion - lowest.money_billion)).abs() < 1e-9
                        && saving_billion > 0.0
                );
                // Setting the lowest gives the share the seek found, bit for bit.
                let set = SeekLever::Budget.apply(&sc, lowest.scale_pct);
                let r = simulate(&ds, &set);
                let again = r.targets.iter().find(|t| t.id == "village_share_2025");
                assert_eq!(
                    again.unwrap().probability.to_bits(),
                    lowest.probability.to_bits()
                );
                // From the lowest itself: nothing less keeps it likely.
                let mut at_lowest = sc.clone();
                at_lowest.budget.scale_pct = lowest.scale_pct;
                match seek(
                    &ds,
                    &at_lowest,
                    SeekLever::Budget,
                    "village_share_2025",
                    0.8,
                    MAX_PCT,
                ) {
                    SeekOutcome::AlreadyLikely(p) => assert_eq!(p.scale_pct, lowest.scale_pct),
                    other => panic!("{other:?}"),
                }
            }
            other => panic!("{other:?}"),
        }
        // Likely even with no money (here: "likely" from 0 % of the runs): down to nothing.
        match seek(
            &ds,
            &sc,
            SeekLever::Budget,
            "village_share_2025",
            0.0,
            MAX_PCT,
        ) {
            SeekOutcome::LikelyWithLess { lowest, below, .. } => {
                assert_eq!((lowest.scale_pct, below), (0.0, None));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            seek(&ds, &sc, SeekLever::Budget, "no_such_target", 0.8, MAX_PCT),
            SeekOutcome::NotInHorizon
        );
        sc.until = 2020;
        assert_eq!(
            seek(&ds, &sc, SeekLever::Budget, "communes_2025", 0.8, MAX_PCT),
            SeekOutcome::NotInHorizon
        );
    }

    #[test]
    fn a_training_seek_multiplies_the_province_plan_and_prices_the_extra_training() {
        let ds = Dataset::caobang_2020().expect("dataset");
        // With the plan's money, training alone does not make 50 communes likely (78 % of
        // runs at ten times the plan); with half as much money again, a little more does.
        let mut sc = scenario(&ds, 200);
        sc.budget.scale_pct = 150.0;
        let outcome = seek(&ds, &sc, SeekLever::Training, "communes_2025", 0.8, MAX_PCT);
        let SeekOutcome::Needs {
            likely,
            below,
            extra_billion,
            ..
        } = outcome
        else {
            panic!("50 communes should need more training at 150 %: {outcome:?}");
        };
        assert!(
            likely.scale_pct > 100.0 && likely.probability >= 0.8,
            "{likely:?}"
        );
        assert!(below.probability < 0.8 && likely.scale_pct - below.scale_pct <= STEP_PCT);
        // The province's plan, and only it, is multiplied; setting it gives the same share.
        let set = SeekLever::Training.apply(&sc, likely.scale_pct);
        let k = likely.scale_pct / 100.0;
        assert_eq!(set.training.at(0).cadres, sc.training.at(0).cadres * k);
        assert_eq!(set.budget, sc.budget);
        let r = simulate(&ds, &set);
        let again = r.targets.iter().find(|t| t.id == "communes_2025").unwrap();
        assert_eq!(again.probability.to_bits(), likely.probability.to_bits());
        // The extra money is training's extra cost to the end of 2025: more than nothing,
        // far less than the budget seek's thousands.
        assert!(
            extra_billion > 0.0 && extra_billion < 500.0,
            "{extra_billion}"
        );
        assert!(likely.money_billion > below.money_billion);
    }

    #[test]
    fn training_stops_where_a_count_would_pass_what_a_scenario_accepts() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut sc = scenario(&ds, 10);
        sc.training.per_year = vec![TrainingCounts {
            cadres: 4000.0,
            village_leaders: 1.0,
            vocational: 1.0,
        }];
        assert_eq!(SeekLever::Training.max_for(&sc, MAX_PCT), 250.0);
        assert!(!SeekLever::Training.is_stuck(&sc));
        sc.training.per_year = vec![TrainingCounts::ZERO];
        assert_eq!(SeekLever::Training.max_for(&sc, MAX_PCT), 100.0);
        assert!(SeekLever::Training.is_stuck(&sc) && !SeekLever::Budget.is_stuck(&sc));
        assert_eq!(SeekLever::Budget.max_for(&sc, 300.0), 300.0);
    }

    #[test]
    fn a_target_money_cannot_reach_is_beyond_the_lever() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let sc = scenario(&ds, 50);
        // A share no scale can give (above every run) walks the doubling up to the lever's
        // maximum and says so there.
        match seek(&ds, &sc, SeekLever::Budget, "communes_2025", 1.01, MAX_PCT) {
            SeekOutcome::Beyond(p) => assert_eq!(p.scale_pct, MAX_PCT),
            other => panic!("{other:?}"),
        }
        // The page's lever stops at 300 %: a target that needs more is beyond it there.
        match seek(&ds, &sc, SeekLever::Budget, "below15_2025", 0.8, 300.0) {
            SeekOutcome::Beyond(p) => assert_eq!(p.scale_pct, 300.0),
            other => panic!("{other:?}"),
        }
    }
}
