//! Results of the scenarios the comparison and the presentation show, beside the current
//! one: computed with the same progressive machinery as the current scenario
//! (`simulation::Job`: a first batch at once, then slices after each paint), one scenario at
//! a time, never while the current scenario is still computing, and kept per scenario in the
//! page state's cache (`state::stage::RunCache`).
//!
//! Results the page already has are not computed twice: the current scenario's (once every
//! run is done) and the baseline's (the dataset's defaults) are handed to the cache as they
//! are. A result for a scenario no screen wants any more is dropped by the reducer, as a late
//! result for an old generation is. This module never touches the DOM.

#[cfg(target_arch = "wasm32")]
pub use engine::use_stage_runs;

#[cfg(target_arch = "wasm32")]
mod engine {
    use std::cell::RefCell;
    use std::rc::Rc;

    use gloo::render::{request_animation_frame, AnimationFrame};
    use gloo::timers::callback::Timeout;
    use ntm_model::{Dataset, Scenario};
    use yew::{hook, use_effect_with, use_mut_ref, UseReducerDispatcher, UseReducerHandle};

    use crate::simulation::{Job, Outcome};
    use crate::state::{Action, AppState};

    /// Milliseconds from the page's clock.
    fn now() -> f64 {
        gloo::utils::window().performance().map_or(0.0, |p| p.now())
    }

    #[derive(Default)]
    struct Engine {
        /// Scenarios still to compute, in the order the screen shows them.
        todo: Vec<Rc<Scenario>>,
        /// The current scenario is computing: wait for it.
        busy: bool,
        job: Option<(Rc<Scenario>, Job)>,
        frame: Option<AnimationFrame>,
        after_paint: Option<Timeout>,
    }

    #[derive(Clone)]
    struct Ctx {
        dataset: Rc<Dataset>,
        dispatcher: UseReducerDispatcher<AppState>,
        engine: Rc<RefCell<Engine>>,
    }

    impl Ctx {
        /// Runs the next slice after the next paint, if there is work and the page is idle.
        fn schedule(&self) {
            let pending = {
                let e = self.engine.borrow();
                !e.busy && !e.todo.is_empty()
            };
            // As in `simulation`: a 0 ms timeout set in an animation frame runs once that
            // frame is painted, so a slice never delays what was just published.
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
            let mut publish: Option<(Rc<Scenario>, Outcome)> = None;
            {
                let mut e = self.engine.borrow_mut();
                if e.busy {
                    drop(e);
                    // Nothing scheduled while busy: the hook's effect starts again once idle.
                    self.schedule();
                    return;
                }
                // A job whose scenario is no longer wanted is dropped.
                let still_wanted = e
                    .job
                    .as_ref()
                    .is_some_and(|(sc, _)| e.todo.iter().any(|t| **t == **sc));
                if !still_wanted {
                    e.job = None;
                }
                match e.job.as_mut() {
                    None => {
                        if let Some(sc) = e.todo.first().cloned() {
                            let mut job = Job::new(ds, &sc, 0);
                            let first = job.first(ds, &now);
                            publish = Some((sc.clone(), first));
                            e.job = Some((sc, job));
                        }
                    }
                    Some((sc, job)) => {
                        if let Some(o) = job.slice(ds, &now) {
                            publish = Some((sc.clone(), o));
                        }
                    }
                }
                let done = e.job.as_ref().is_some_and(|(_, job)| job.is_done());
                if done {
                    if let Some((sc, _)) = e.job.take() {
                        e.todo.retain(|t| **t != *sc);
                    }
                }
            }
            // Dispatch outside the borrow: the render it causes runs this hook's effect.
            if let Some((sc, outcome)) = publish {
                self.dispatcher
                    .dispatch(Action::StageResults(sc, Rc::new(outcome)));
            }
            self.schedule();
        }
    }

    /// Keeps the stage's results cache filled for what the screen on show needs.
    #[hook]
    pub fn use_stage_runs(state: &UseReducerHandle<AppState>) {
        let engine = use_mut_ref(Engine::default);
        let missing: Vec<Rc<Scenario>> = state
            .stage_wanted()
            .into_iter()
            .filter(|sc| !state.stage.runs.get(sc).is_some_and(|o| o.is_final()))
            .collect();
        // What the page already has, handed over as it is.
        let current = state
            .outcome
            .clone()
            .filter(|o| o.generation == state.generation && o.is_final());
        let mut offers: Vec<(Rc<Scenario>, Rc<Outcome>)> = Vec::new();
        let mut todo: Vec<Rc<Scenario>> = Vec::new();
        for sc in missing {
            if *sc == state.scenario {
                // The page computes it: hand it over once every run is done.
                if let Some(o) = &current {
                    offers.push((sc, o.clone()));
                }
            } else if *sc == *state.defaults && state.baseline.is_some() {
                if let Some(b) = &state.baseline {
                    let outcome = Outcome {
                        generation: 0,
                        results: b.clone(),
                        runs_done: b.runs,
                        runs_wanted: b.runs,
                    };
                    offers.push((sc, Rc::new(outcome)));
                }
            } else {
                todo.push(sc);
            }
        }
        let busy = state.is_computing();
        let ctx = Ctx {
            dataset: state.dataset.clone(),
            dispatcher: state.dispatcher(),
            engine,
        };
        let offered: Vec<Rc<Scenario>> = offers.iter().map(|(s, _)| s.clone()).collect();
        use_effect_with((todo, busy, offered), move |(todo, busy, _)| {
            for (sc, o) in offers {
                ctx.dispatcher.dispatch(Action::StageResults(sc, o));
            }
            {
                let mut e = ctx.engine.borrow_mut();
                e.todo = todo.clone();
                e.busy = *busy;
            }
            // (Re)schedules: replaces a pending slice, or stops when busy or done.
            ctx.schedule();
        });
    }
}
