//! The page state: one value, changed only through `Action`s (yew's `use_reducer`).
//!
//! The scenario is what the user edits; every change bumps its generation. The simulation
//! outcome is derived from the scenario outside the reducer (`simulation::use_simulation`)
//! and comes back as `Action::ResultsReady`, accepted only if it is for the current
//! generation, so a late answer for an old scenario never overwrites a newer one.
//! Persistence (URL, document title) happens in effects at the edge of the app, never here.
//! Pure Rust: it compiles and is tested natively; only the `yew::Reducible` glue is wasm-only.

use std::rc::Rc;

use ntm_model::{Dataset, Scenario};

use crate::i18n::Lang;
use crate::simulation::{self, Outcome};
use crate::url_state::{self, LinkError};

/// Lowest province budget, in % of the default plan.
pub const BUDGET_SCALE_MIN: f64 = 0.0;
/// Highest province budget, in % of the default plan: three times the plan is already far
/// beyond anything a province has had.
pub const BUDGET_SCALE_MAX: f64 = 300.0;
/// The default plan.
pub const BUDGET_SCALE_DEFAULT: f64 = 100.0;

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub dataset: Rc<Dataset>,
    pub scenario: Scenario,
    /// Bumped on every scenario change; `outcome.generation` says which scenario it reflects.
    pub generation: u64,
    /// The latest results received: `None` before the first run finishes, and for an older
    /// generation while a new run is pending (shown, marked as being recomputed).
    pub outcome: Option<Rc<Outcome>>,
    pub lang: Lang,
    /// Set when the link the page was opened with could not be read.
    pub link_error: Option<LinkError>,
}

/// Every way the page state can change.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Province budget in % of the default plan; clamped to the lever's range, whole percent.
    SetBudgetScale(f64),
    SetLanguage(Lang),
    /// A share link arrived (page load or a pasted link): its fragment replaces the scenario.
    OpenLink(String),
    DismissLinkError,
    /// A simulation finished; ignored unless it is for the current generation.
    ResultsReady(Rc<Outcome>),
}

impl AppState {
    /// The state for a page opened with URL fragment `fragment`. A bad fragment gives the
    /// default scenario and a `link_error`; it never fails.
    pub fn open(dataset: Rc<Dataset>, fragment: &str) -> AppState {
        let (scenario, link_error) = scenario_from_link(&dataset, fragment);
        AppState {
            dataset,
            scenario,
            generation: 0,
            outcome: None,
            lang: Lang::default(),
            link_error,
        }
    }

    /// The state after `action`, or `None` when nothing changes (so yew skips a re-render).
    pub fn apply(&self, action: Action) -> Option<AppState> {
        match action {
            Action::SetBudgetScale(pct) => {
                let pct = clamp_budget_scale(pct)?;
                if pct == self.scenario.budget.scale_pct {
                    return None;
                }
                let mut scenario = self.scenario.clone();
                scenario.budget.scale_pct = pct;
                Some(self.with_scenario(scenario))
            }
            Action::SetLanguage(lang) => (lang != self.lang).then(|| AppState {
                lang,
                ..self.clone()
            }),
            Action::OpenLink(fragment) => {
                let (scenario, link_error) = scenario_from_link(&self.dataset, &fragment);
                if scenario == self.scenario && link_error == self.link_error {
                    return None;
                }
                let mut next = if scenario == self.scenario {
                    self.clone()
                } else {
                    self.with_scenario(scenario)
                };
                next.link_error = link_error;
                Some(next)
            }
            Action::DismissLinkError => self.link_error.is_some().then(|| AppState {
                link_error: None,
                ..self.clone()
            }),
            Action::ResultsReady(outcome) => {
                (outcome.generation == self.generation && self.is_computing()).then(|| AppState {
                    outcome: Some(outcome),
                    ..self.clone()
                })
            }
        }
    }

    /// True while the shown results (if any) are not those of the current scenario.
    pub fn is_computing(&self) -> bool {
        self.outcome
            .as_ref()
            .is_none_or(|o| o.generation != self.generation)
    }

    /// The outcome for the current scenario, computed now. For tests and tools; the app
    /// computes off the reducer (see `simulation::use_simulation`).
    pub fn computed(&self) -> AppState {
        let outcome = simulation::run(&self.dataset, &self.scenario, self.generation);
        AppState {
            outcome: Some(Rc::new(outcome)),
            ..self.clone()
        }
    }

    /// A new generation: the scenario replaced; its outcome is now pending.
    fn with_scenario(&self, scenario: Scenario) -> AppState {
        AppState {
            scenario,
            generation: self.generation + 1,
            ..self.clone()
        }
    }
}

/// The scenario a link describes, or the defaults and the reason the link was refused.
fn scenario_from_link(dataset: &Dataset, fragment: &str) -> (Scenario, Option<LinkError>) {
    let defaults = Scenario::defaults(dataset);
    match url_state::decode(fragment, &defaults) {
        Ok(scenario) => (scenario, None),
        Err(e) => (defaults, Some(e)),
    }
}

/// `pct` clamped to the lever's range and rounded to a whole percent; `None` if not a number.
pub fn clamp_budget_scale(pct: f64) -> Option<f64> {
    if pct.is_nan() {
        return None;
    }
    Some(pct.round().clamp(BUDGET_SCALE_MIN, BUDGET_SCALE_MAX))
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn open(fragment: &str) -> AppState {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        AppState::open(Rc::new(ds), fragment)
    }

    /// The outcome a run for `state` would send back.
    fn ready(state: &AppState) -> Action {
        let outcome = state.computed().outcome.expect("computed");
        Action::ResultsReady(outcome)
    }

    #[test]
    fn opens_with_defaults_in_vietnamese_and_a_run_pending() {
        let s = open("");
        assert_eq!(s.scenario.budget.scale_pct, BUDGET_SCALE_DEFAULT);
        assert_eq!(s.lang, Lang::Vi);
        assert_eq!(s.link_error, None);
        assert_eq!(s.outcome, None);
        assert!(s.is_computing());
    }

    #[test]
    fn a_link_sets_the_scenario() {
        let s = open("#budget=150");
        assert_eq!(s.scenario.budget.scale_pct, 150.0);
        assert_eq!(s.link_error, None);
    }

    #[test]
    fn a_bad_link_falls_back_to_defaults_with_an_error() {
        let s = open("#budget=lots");
        assert_eq!(s.scenario, open("").scenario);
        assert!(matches!(s.link_error, Some(LinkError::BadValue(_))));
        let dismissed = s.apply(Action::DismissLinkError).expect("changes");
        assert_eq!(dismissed.link_error, None);
    }

    #[test]
    fn results_for_the_current_generation_are_taken() {
        let s = open("");
        let done = s.apply(ready(&s)).expect("changes");
        assert!(!done.is_computing());
        assert_eq!(
            done.outcome.as_ref().map(|o| o.generation),
            Some(s.generation)
        );
        assert_eq!(
            done.apply(ready(&s)),
            None,
            "the same results twice change nothing"
        );
    }

    #[test]
    fn late_results_for_an_old_scenario_are_dropped() {
        let s0 = open("");
        let late = ready(&s0);
        let s1 = s0.apply(Action::SetBudgetScale(180.0)).expect("changes");
        assert_eq!(s1.generation, s0.generation + 1);
        assert_eq!(s1.apply(late), None);
        assert!(s1.is_computing());
    }

    #[test]
    fn moving_the_lever_keeps_the_old_results_on_screen_until_the_new_ones_arrive() {
        let s = open("");
        let shown = s.apply(ready(&s)).expect("changes");
        let moved = shown.apply(Action::SetBudgetScale(180.0)).expect("changes");
        assert!(moved.is_computing());
        assert_eq!(moved.outcome, shown.outcome);
        let fresh = moved.apply(ready(&moved)).expect("changes");
        assert_ne!(fresh.outcome, shown.outcome);
    }

    #[test]
    fn the_lever_is_clamped_and_rounded() {
        let cases = [
            (-5.0, Some(0.0)),
            (99.6, Some(100.0)),
            (1e9, Some(300.0)),
            (f64::NAN, None),
        ];
        for (input, want) in cases {
            assert_eq!(clamp_budget_scale(input), want, "{input}");
        }
    }

    #[test]
    fn no_change_means_no_new_state() {
        let s = open("");
        assert_eq!(s.apply(Action::SetBudgetScale(100.0)), None);
        assert_eq!(s.apply(Action::SetBudgetScale(f64::NAN)), None);
        assert_eq!(s.apply(Action::SetLanguage(Lang::Vi)), None);
        assert_eq!(s.apply(Action::DismissLinkError), None);
        assert_eq!(s.apply(Action::OpenLink("#budget=100".into())), None);
    }

    #[test]
    fn a_pasted_link_replaces_the_scenario_and_keeps_the_language() {
        let s = open("")
            .apply(Action::SetLanguage(Lang::En))
            .expect("changes");
        let linked = s
            .apply(Action::OpenLink("#budget=250".into()))
            .expect("changes");
        assert_eq!(linked.scenario.budget.scale_pct, 250.0);
        assert_eq!(linked.lang, Lang::En);
        assert_eq!(linked.generation, s.generation + 1);
    }
}
