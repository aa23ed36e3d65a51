//! The one place where the app calls the model (`ntm_model::simulate`), and when.
//!
//! Results are derived from a scenario, never edited; each `Outcome` carries the generation of
//! the scenario it came from, and the reducer drops an answer for an old generation.
//! `use_simulation` runs the model on the main thread once the input has settled for
//! `SETTLE_MS` (a slider drag becomes one run, not fifty); moving the run into a web worker
//! later changes only that hook. This module also reads the figures the screen shows out of
//! the model's `Results`; it never touches the DOM.

use ntm_model::{simulate, Band, Dataset, Results, Scenario};

/// How long the scenario must stay unchanged before a run starts, in milliseconds. A full
/// run takes about a second in the browser: starting one per slider step would freeze it.
pub const SETTLE_MS: u32 = 150;

/// The simulation results for one generation of the scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The scenario generation these results belong to (see `state::AppState::generation`).
    pub generation: u64,
    pub results: Results,
}

/// One figure at one year: median and the P10–P90 range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// Runs every Monte Carlo run `scenario` asks for; `generation` is copied into the outcome.
pub fn run(dataset: &Dataset, scenario: &Scenario, generation: u64) -> Outcome {
    Outcome {
        generation,
        results: simulate(dataset, scenario),
    }
}

impl Outcome {
    /// Villages meeting the standard at the end of `year`, if the results cover that year.
    pub fn villages_at(&self, year: u16) -> Option<Figure> {
        figure_at(
            &self.results.years,
            &self.results.series.villages_standard,
            year,
        )
    }

    /// Communes recognised NTM at the end of `year`, if the results cover that year.
    pub fn communes_at(&self, year: u16) -> Option<Figure> {
        figure_at(
            &self.results.years,
            &self.results.series.communes_recognised,
            year,
        )
    }
}

/// Runs the model whenever the scenario's generation changes, after `SETTLE_MS` without a
/// further change, and sends the outcome back as `Action::ResultsReady`. A newer generation
/// cancels a run that has not started yet.
#[cfg(target_arch = "wasm32")]
#[yew::hook]
pub fn use_simulation(state: &yew::UseReducerHandle<crate::state::AppState>) {
    use std::rc::Rc;

    use crate::state::Action;

    let job = (
        state.dataset.clone(),
        state.scenario.clone(),
        state.dispatcher(),
    );
    yew::use_effect_with(state.generation, move |&generation| {
        let (dataset, scenario, dispatcher) = job;
        let pending = gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
            let outcome = run(&dataset, &scenario, generation);
            dispatcher.dispatch(Action::ResultsReady(Rc::new(outcome)));
        });
        // Dropping a Timeout cancels it: a newer generation replaces this run.
        move || drop(pending)
    });
}

fn figure_at(years: &[u16], band: &Band, year: u16) -> Option<Figure> {
    let i = years.iter().position(|&y| y == year)?;
    Some(Figure {
        p10: *band.p10.get(i)?,
        p50: *band.p50.get(i)?,
        p90: *band.p90.get(i)?,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn default_outcome() -> Outcome {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        run(&ds, &Scenario::defaults(&ds), 7)
    }

    #[test]
    fn outcome_carries_the_generation_it_was_asked_for() {
        assert_eq!(default_outcome().generation, 7);
    }

    #[test]
    fn headline_years_are_covered_and_ordered() {
        let out = default_outcome();
        for year in [2020, 2025] {
            let v = out.villages_at(year).expect("village figure");
            let c = out.communes_at(year).expect("commune figure");
            for f in [v, c] {
                assert!(f.p10 <= f.p50 && f.p50 <= f.p90, "{year}: {f:?}");
            }
        }
    }

    #[test]
    fn a_year_outside_the_results_has_no_figure() {
        assert_eq!(default_outcome().villages_at(1999), None);
    }

    #[test]
    fn a_bigger_budget_does_not_give_fewer_villages_by_2025() {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        let mut sc = Scenario::defaults(&ds);
        let base = run(&ds, &sc, 0).villages_at(2025).map(|f| f.p50);
        sc.budget.scale_pct = 200.0;
        let more = run(&ds, &sc, 1).villages_at(2025).map(|f| f.p50);
        assert!(more >= base, "{more:?} < {base:?}");
    }
}
