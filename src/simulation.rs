//! The one place where the app runs the model, and when: progressively.
//!
//! On every scenario change a [`Job`] does a first small batch of Monte Carlo runs at once
//! (a few milliseconds, so the headline follows the lever within a frame), then refines in
//! slices of about [`SLICE_MS`], one per frame, each started just after the frame is painted
//! (so the browser paints the first batch before the first slice, and answers input between
//! slices), and publishes
//! intermediate results (with runs done / runs wanted) until every run is done. A newer
//! scenario generation replaces the running job; every [`Outcome`] carries its generation and
//! the reducer drops late ones. The baseline (the dataset's default scenario, all runs) is
//! computed once, when nothing else is running, for charts that draw it beside the current
//! scenario — or taken from the current results when the current scenario is the default.
//!
//! The stepping logic ([`Job`]) is pure and takes a clock, so it is tested natively; only the
//! scheduler hook ([`use_simulation`]) touches the browser. This module never touches the DOM.

use std::rc::Rc;

use ntm_model::{Band, Dataset, Metric, Results, Scenario, Simulation};

/// Time budget of the first batch, in milliseconds: half a frame, so that with the render the
/// headline follows the lever within one frame.
pub const FIRST_MS: f64 = 8.0;
/// Fewest runs in the first batch (a median of fewer says little), and most.
pub const FIRST_MIN_RUNS: u32 = 12;
pub const FIRST_MAX_RUNS: u32 = 50;
/// Time budget of each later slice, in milliseconds, before yielding to the browser.
pub const SLICE_MS: f64 = 12.0;
/// Longest time between two published intermediate results, in milliseconds.
pub const PUBLISH_EVERY_MS: f64 = 250.0;

/// The simulation results for one generation of the scenario, possibly partial.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The scenario generation these results belong to (see `state::AppState::generation`).
    pub generation: u64,
    pub results: Rc<Results>,
    /// Monte Carlo runs behind these results, and runs the scenario asks for.
    pub runs_done: u32,
    pub runs_wanted: u32,
}

/// One figure at one year: median, the P10–P90 range and the mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub mean: f64,
}

/// Runs every Monte Carlo run `scenario` asks for, at once (tests and tools).
pub fn run(dataset: &Dataset, scenario: &Scenario, generation: u64) -> Outcome {
    let mut job = Job::new(dataset, scenario, generation);
    job.sim.advance(job.sim.runs_wanted());
    job.outcome(dataset)
}

impl Outcome {
    /// True when every run is done.
    pub fn is_final(&self) -> bool {
        self.runs_done >= self.runs_wanted
    }

    /// `metric` at the end of `year`, if the results cover that year.
    pub fn figure(&self, metric: Metric, year: u16) -> Option<Figure> {
        figure_at(&self.results.years, self.results.series.get(metric), year)
    }

    /// Villages meeting the standard at the end of `year`.
    pub fn villages_at(&self, year: u16) -> Option<Figure> {
        self.figure(Metric::VillagesStandard, year)
    }

    /// Communes recognised NTM at the end of `year`.
    pub fn communes_at(&self, year: u16) -> Option<Figure> {
        self.figure(Metric::CommunesRecognised, year)
    }
}

fn figure_at(years: &[u16], band: &Band, year: u16) -> Option<Figure> {
    let i = years.iter().position(|&y| y == year)?;
    Some(Figure {
        p10: *band.p10.get(i)?,
        p50: *band.p50.get(i)?,
        p90: *band.p90.get(i)?,
        mean: *band.mean.get(i)?,
    })
}

/// One scenario being simulated, step by step.
pub struct Job {
    generation: u64,
    sim: Simulation,
    /// Runs behind the last published outcome (0 = none yet).
    published: u32,
    /// When the last outcome was published (clock milliseconds).
    published_at: f64,
}

impl Job {
    /// Prepares `scenario` (no run yet).
    pub fn new(dataset: &Dataset, scenario: &Scenario, generation: u64) -> Job {
        Job {
            generation,
            sim: Simulation::new(dataset, scenario),
            published: 0,
            published_at: f64::NEG_INFINITY,
        }
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn runs_done(&self) -> u32 {
        self.sim.runs_done()
    }

    pub fn is_done(&self) -> bool {
        self.sim.is_done()
    }

    /// The outcome of the runs done so far.
    pub fn outcome(&self, dataset: &Dataset) -> Outcome {
        Outcome {
            generation: self.generation,
            results: Rc::new(self.sim.results(dataset)),
            runs_done: self.sim.runs_done(),
            runs_wanted: self.sim.runs_wanted(),
        }
    }

    /// The first batch: runs until `FIRST_MS` have passed (at least `FIRST_MIN_RUNS`, at most
    /// `FIRST_MAX_RUNS`), then always an outcome to show.
    pub fn first(&mut self, dataset: &Dataset, now: &dyn Fn() -> f64) -> Outcome {
        let start = now();
        let mut n = 0;
        while n < FIRST_MAX_RUNS && !self.is_done() {
            if n >= FIRST_MIN_RUNS && now() - start >= FIRST_MS {
                break;
            }
            n += self.sim.advance(1);
        }
        self.publish(dataset, now())
    }

    /// One slice: runs until `SLICE_MS` have passed or every run is done; returns an outcome
    /// when one is due — every run done, twice the runs of the last one, or
    /// `PUBLISH_EVERY_MS` since it (rendering results costs too much to do it every slice).
    pub fn slice(&mut self, dataset: &Dataset, now: &dyn Fn() -> f64) -> Option<Outcome> {
        let start = now();
        loop {
            if self.sim.advance(1) == 0 || now() - start >= SLICE_MS {
                break;
            }
        }
        let t = now();
        let due = self.is_done()
            || self.runs_done() >= self.published.saturating_mul(2)
            || t - self.published_at >= PUBLISH_EVERY_MS;
        (due && self.runs_done() > self.published).then(|| self.publish(dataset, t))
    }

    fn publish(&mut self, dataset: &Dataset, t: f64) -> Outcome {
        self.published = self.runs_done();
        self.published_at = t;
        self.outcome(dataset)
    }
}

/// Runs the scenario of every new generation progressively and the baseline once, sending
/// `Action::ResultsReady` and `Action::BaselineReady`. Returns the callback through which the
/// page edits the scenario: it sends `Action::Edit` and, in the same event, the new scenario's
/// first batch, so yew renders the lever's effect once, within the frame. (Run from an effect
/// after the render instead, the first batch came one or two frames later.) Any scenario
/// change that does not come through it (a pasted link, a restored autosave) is started by
/// an effect on the generation.
#[cfg(target_arch = "wasm32")]
#[yew::hook]
pub fn use_simulation(
    state: &yew::UseReducerHandle<crate::state::AppState>,
) -> yew::Callback<crate::state::levers::Edit> {
    use scheduler::Engine;

    let engine = yew::use_mut_ref(Engine::default);
    let ctx = scheduler::Ctx {
        dataset: state.dataset.clone(),
        defaults: state.defaults.clone(),
        dispatcher: state.dispatcher(),
        engine,
    };
    let on_edit = {
        let ctx = ctx.clone();
        yew::use_memo((), move |_| {
            yew::Callback::from(move |edit: crate::state::levers::Edit| ctx.edit(edit))
        })
    };
    let current = (state.scenario.clone(), ctx.clone());
    yew::use_effect_with(state.generation, move |&generation| {
        let (scenario, ctx) = current;
        ctx.start(scenario, generation);
        // Nothing to undo: the next generation replaces the job, and unmounting drops the
        // engine (and with it the pending frame).
        || ()
    });
    let wants_baseline = state.baseline.is_none();
    yew::use_effect_with(wants_baseline, move |&wants| ctx.want_baseline(wants));
    (*on_edit).clone()
}

#[cfg(target_arch = "wasm32")]
mod scheduler {
    use std::cell::RefCell;
    use std::rc::Rc;

    use gloo::render::{request_animation_frame, AnimationFrame};
    use gloo::timers::callback::Timeout;
    use ntm_model::{Dataset, Scenario};
    use yew::UseReducerDispatcher;

    use super::Job;
    use crate::state::levers::{self, Edit};
    use crate::state::{Action, AppState};

    /// Milliseconds from the page's clock (`performance.now()`).
    pub fn now() -> f64 {
        gloo::utils::window().performance().map_or(0.0, |p| p.now())
    }

    /// What is running: the current scenario first, then the baseline.
    #[derive(Default)]
    pub struct Engine {
        /// The scenario and generation the page state has (as far as the engine knows).
        latest: Option<(Scenario, u64)>,
        /// The generation whose first batch was already sent with its edit.
        started: Option<u64>,
        pub current: Option<Job>,
        /// The current scenario is the dataset's default (its results are the baseline).
        pub current_is_default: bool,
        pub baseline: Option<Job>,
        pub wants_baseline: bool,
        /// The next frame, and the slice to run once it is painted; dropping either cancels it.
        frame: Option<AnimationFrame>,
        after_paint: Option<Timeout>,
    }

    /// Everything a scheduling step needs.
    #[derive(Clone)]
    pub struct Ctx {
        pub dataset: Rc<Dataset>,
        pub defaults: Rc<Scenario>,
        pub dispatcher: UseReducerDispatcher<AppState>,
        pub engine: Rc<RefCell<Engine>>,
    }

    impl Ctx {
        /// An edit from the page: sent to the reducer, and its scenario's first batch with it.
        pub fn edit(&self, edit: Edit) {
            // The reducer applies the same pure function to the same scenario, so the engine
            // knows the next scenario and generation before yew renders.
            let next = {
                let e = self.engine.borrow();
                e.latest.as_ref().and_then(|(sc, generation)| {
                    levers::apply(sc, &self.defaults, &self.dataset, &edit)
                        .map(|next| (next, generation + 1))
                })
            };
            self.dispatcher.dispatch(Action::Edit(edit));
            if let Some((scenario, generation)) = next {
                self.engine.borrow_mut().started = Some(generation);
                self.run_first(scenario, generation);
            }
        }

        /// A new generation was rendered: start it, unless its edit already did.
        pub fn start(&self, scenario: Scenario, generation: u64) {
            let already = self.engine.borrow_mut().started.take() == Some(generation);
            if !already {
                self.run_first(scenario, generation);
            }
        }

        fn run_first(&self, scenario: Scenario, generation: u64) {
            let mut job = Job::new(&self.dataset, &scenario, generation);
            let first = job.first(&self.dataset, &now);
            let is_default = scenario == *self.defaults;
            let done = job.is_done();
            {
                let mut e = self.engine.borrow_mut();
                e.latest = Some((scenario, generation));
                e.current = (!done).then_some(job);
                e.current_is_default = is_default;
            }
            let results = first.results.clone();
            self.dispatcher
                .dispatch(Action::ResultsReady(Rc::new(first)));
            if done && is_default {
                self.dispatcher.dispatch(Action::BaselineReady(results));
            }
            self.schedule();
        }

        /// Whether the page wants the default's results (it has none yet). Scheduled here too:
        /// this runs after the first scenario's effect, and a scenario done in its first batch
        /// (12 runs or fewer) scheduled nothing, so the default was never run and every "so
        /// với mặc định" stayed away on a page opened with such a link.
        pub fn want_baseline(&self, wants: bool) {
            {
                let mut e = self.engine.borrow_mut();
                e.wants_baseline = wants;
                if !wants {
                    e.baseline = None;
                }
            }
            if wants {
                self.schedule();
            }
        }

        /// Schedules the next slice, if there is work.
        fn schedule(&self) {
            let pending = {
                let e = self.engine.borrow();
                e.current.is_some()
                    || (e.wants_baseline && !e.current_is_default)
                    || e.baseline.is_some()
            };
            // A 0 ms timeout set in an animation frame runs once that frame is painted: the
            // slice never delays the paint of what was just published. (A bare timeout could
            // run before yew rendered the first batch; a bare animation frame runs before the
            // paint.)
            let frame = pending.then(|| {
                let ctx = self.clone();
                request_animation_frame(move |_| {
                    let slice = {
                        let ctx = ctx.clone();
                        Timeout::new(0, move || ctx.tick())
                    };
                    ctx.engine.borrow_mut().after_paint = Some(slice);
                })
            });
            let mut e = self.engine.borrow_mut();
            e.frame = frame;
            e.after_paint = None;
        }

        fn tick(&self) {
            let ds = &self.dataset;
            let mut actions = Vec::new();
            {
                let mut e = self.engine.borrow_mut();
                if let Some(job) = e.current.as_mut() {
                    let outcome = job.slice(ds, &now);
                    let done = job.is_done();
                    if let Some(o) = outcome {
                        if done && e.current_is_default && e.wants_baseline {
                            actions.push(Action::BaselineReady(o.results.clone()));
                        }
                        actions.push(Action::ResultsReady(Rc::new(o)));
                    }
                    if done {
                        e.current = None;
                    }
                } else if e.wants_baseline && !e.current_is_default {
                    let defaults = self.defaults.clone();
                    let job = e.baseline.get_or_insert_with(|| Job::new(ds, &defaults, 0));
                    // The baseline is published once, complete: intermediate baselines would
                    // only make the charts flicker.
                    let _ = job.slice(ds, &now);
                    if job.is_done() {
                        actions.push(Action::BaselineReady(job.outcome(ds).results));
                        e.baseline = None;
                        e.wants_baseline = false;
                    }
                }
            }
            // Dispatch outside the borrow: a render may run effects that use the engine.
            for a in actions {
                self.dispatcher.dispatch(a);
            }
            self.schedule();
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("the embedded dataset loads")
    }

    /// A clock that moves `step` milliseconds every time it is read.
    fn ticking(step: f64) -> impl Fn() -> f64 {
        let t = Cell::new(0.0);
        move || {
            t.set(t.get() + step);
            t.get()
        }
    }

    fn scenario(runs: u32) -> (Dataset, Scenario) {
        let ds = ds();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = runs;
        (ds, sc)
    }

    #[test]
    fn the_first_batch_is_bounded_by_time_and_by_a_floor_and_a_ceiling() {
        let (ds, sc) = scenario(200);
        // (ms per clock read, runs expected in the first batch)
        let cases = [(0.0, FIRST_MAX_RUNS), (1.0, 19), (20.0, FIRST_MIN_RUNS)];
        for (step, want) in cases {
            let mut job = Job::new(&ds, &sc, 1);
            let out = job.first(&ds, &ticking(step));
            assert_eq!(out.runs_done, want, "step {step}");
            assert_eq!(out.runs_wanted, 200);
            assert!(!out.is_final());
        }
    }

    #[test]
    fn a_tiny_scenario_is_final_after_the_first_batch() {
        let (ds, sc) = scenario(5);
        let out = Job::new(&ds, &sc, 4).first(&ds, &ticking(0.0));
        assert_eq!(
            (out.runs_done, out.is_final(), out.generation),
            (5, true, 4)
        );
    }

    #[test]
    fn slices_publish_at_doubling_run_counts_and_at_the_end() {
        let (ds, sc) = scenario(300);
        let mut job = Job::new(&ds, &sc, 2);
        // One run per 4 ms of clock (the clock is read once per run and twice per slice).
        let clock = ticking(4.0);
        let first = job.first(&ds, &clock).runs_done;
        let mut published = vec![first];
        let mut slices = 0;
        while !job.is_done() {
            slices += 1;
            assert!(slices < 1000, "never finishes");
            if let Some(o) = job.slice(&ds, &clock) {
                published.push(o.runs_done);
            }
        }
        assert_eq!(*published.last().expect("published"), 300);
        for pair in published.windows(2) {
            assert!(pair[1] > pair[0], "{published:?}");
        }
        assert!(published.len() < 12, "published too often: {published:?}");
        assert!(published.len() > 3, "published too rarely: {published:?}");
    }

    #[test]
    fn progressive_results_end_where_a_single_run_ends() {
        let (ds, sc) = scenario(120);
        let mut job = Job::new(&ds, &sc, 9);
        let clock = ticking(1.0);
        let mut last = job.first(&ds, &clock);
        while !job.is_done() {
            if let Some(o) = job.slice(&ds, &clock) {
                last = o;
            }
        }
        assert_eq!(last, run(&ds, &sc, 9));
    }

    #[test]
    fn headline_years_are_covered_and_ordered() {
        let (ds, sc) = scenario(100);
        let out = run(&ds, &sc, 7);
        assert_eq!(out.generation, 7);
        for year in [2020, 2025] {
            for f in [out.villages_at(year), out.communes_at(year)] {
                let f = f.expect("figure");
                assert!(f.p10 <= f.p50 && f.p50 <= f.p90, "{year}: {f:?}");
            }
        }
        assert_eq!(out.villages_at(1999), None);
    }
}
