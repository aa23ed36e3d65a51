//! Undo and redo of the scenario: every change of the scenario on this page (an edit, a reset,
//! a preset, file, saved scenario or link opened, a goal seek's answer set) can be taken back
//! with "Hoàn tác" (Ctrl+Z) and done again with "Làm lại" (Ctrl+Y).
//!
//! A slider dragged across fifty values is one step, undone at once, back to where the lever
//! was before (each drag a step of its own); a value typed into a box is a step of its own,
//! as a cell typed into is; a drag that ends where it began leaves no step. The
//! history lives in the page (as in any editor), not in storage: the autosave keeps the work
//! itself.

use std::rc::Rc;

use ntm_model::Scenario;

use super::levers::Edit;
use ntm_model::scenario::diff::LeverPath;

/// Steps kept each way; older ones are dropped (each is one scenario, a few kilobytes).
pub const MAX_STEPS: usize = 100;

/// What made a step, when consecutive steps of the same kind merge into one.
#[derive(Debug, Clone, PartialEq)]
pub enum Merge {
    /// One lever's slider moved in one drag (the lever and drag of an `Edit::Slide`).
    Lever(LeverPath, u32),
    /// A per-year lever's slider moved, every year at once, in one drag.
    EveryYear(super::levers::Yearly, u32),
    /// Never merges.
    No,
}

impl Merge {
    /// How `edit` merges with the step before it: the moves of one drag do, anything else
    /// not.
    pub fn of(edit: &Edit) -> Merge {
        match edit {
            Edit::Slide(path, _, drag) => Merge::Lever(path.clone(), *drag),
            Edit::SlideEveryYear(y, _, drag) => Merge::EveryYear(*y, *drag),
            _ => Merge::No,
        }
    }

    fn joins(&self, earlier: &Merge) -> bool {
        *self != Merge::No && self == earlier
    }
}

/// One step: the scenario before it, and what made it.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    scenario: Rc<Scenario>,
    merge: Merge,
}

/// The scenarios before the current one (`past`, latest last) and those undone since
/// (`future`, the next to redo last).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    past: Vec<Step>,
    future: Vec<Step>,
    /// Older steps were dropped to keep [`MAX_STEPS`]: the first step back is not where the
    /// page opened.
    dropped: bool,
}

impl History {
    /// The history after the scenario changed from `before` to `after` by a change of kind
    /// `merge`: `before` becomes a step back, unless the change continues the latest step
    /// (then that step already holds where the lever was, and a drag back to it leaves no
    /// step); nothing is left to redo.
    pub fn changed(&self, before: &Scenario, after: &Scenario, merge: Merge) -> History {
        let mut next = History {
            past: self.past.clone(),
            future: Vec::new(),
            dropped: self.dropped,
        };
        let continues =
            next.past.last().is_some_and(|s| merge.joins(&s.merge)) && self.future.is_empty();
        if continues {
            if next.past.last().is_some_and(|s| *s.scenario == *after) {
                next.past.pop();
            }
        } else {
            next.past.push(Step {
                scenario: Rc::new(before.clone()),
                merge,
            });
            if next.past.len() > MAX_STEPS {
                next.past.remove(0);
                next.dropped = true;
            }
        }
        next
    }

    /// Steps were dropped at the limit: "nothing to undo" would be untrue at the oldest kept.
    pub fn dropped(&self) -> bool {
        self.dropped
    }

    /// The scenario to go back to and the history after going there from `current`, if there
    /// is a step back.
    pub fn undo(&self, current: &Scenario) -> Option<(Scenario, History)> {
        let mut next = self.clone();
        let step = next.past.pop()?;
        next.future.push(Step {
            scenario: Rc::new(current.clone()),
            merge: Merge::No,
        });
        Some(((*step.scenario).clone(), next))
    }

    /// The scenario to go forward to and the history after going there from `current`, if a
    /// step was undone.
    pub fn redo(&self, current: &Scenario) -> Option<(Scenario, History)> {
        let mut next = self.clone();
        let step = next.future.pop()?;
        next.past.push(Step {
            scenario: Rc::new(current.clone()),
            merge: Merge::No,
        });
        Some(((*step.scenario).clone(), next))
    }

    /// Where "Hoàn tác" would go.
    pub fn previous(&self) -> Option<&Scenario> {
        self.past.last().map(|s| &*s.scenario)
    }

    /// Where "Làm lại" would go.
    pub fn following(&self) -> Option<&Scenario> {
        self.future.last().map(|s| &*s.scenario)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ntm_model::Dataset;

    fn scale(pct: f64) -> Scenario {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        let mut sc = Scenario::defaults(&ds);
        sc.budget.scale_pct = pct;
        sc
    }

    fn lever() -> Merge {
        drag(1)
    }

    fn drag(n: u32) -> Merge {
        Merge::of(&Edit::Slide(
            LeverPath::BudgetScale,
            ntm_model::scenario::diff::LeverValue::Number(1.0),
            n,
        ))
    }

    #[test]
    fn only_a_slider_s_moves_merge() {
        use ntm_model::scenario::diff::LeverValue;
        let typed = Edit::Set(LeverPath::BudgetScale, LeverValue::Number(1.0));
        assert_eq!(Merge::of(&typed), Merge::No);
        let h = History::default()
            .changed(&scale(100.0), &scale(110.0), Merge::of(&typed))
            .changed(&scale(110.0), &scale(120.0), Merge::of(&typed));
        let (back, _) = h.undo(&scale(120.0)).expect("back");
        assert_eq!(back, scale(110.0), "each typed value is a step");
    }

    #[test]
    fn each_drag_is_a_step_and_a_drag_back_to_its_start_leaves_none() {
        // Two drags of the same slider, one after the other: two steps.
        let h = History::default()
            .changed(&scale(100.0), &scale(120.0), drag(1))
            .changed(&scale(120.0), &scale(145.0), drag(1))
            .changed(&scale(145.0), &scale(170.0), drag(2))
            .changed(&scale(170.0), &scale(190.0), drag(2));
        let (back, h) = h.undo(&scale(190.0)).expect("back");
        assert_eq!(back, scale(145.0));
        let (back, _) = h.undo(&back).expect("back");
        assert_eq!(back, scale(100.0));
        // Dragged away and back where it began: nothing to undo.
        let h = History::default()
            .changed(&scale(100.0), &scale(130.0), drag(3))
            .changed(&scale(130.0), &scale(100.0), drag(3));
        assert!(h.previous().is_none());
        assert!(!h.dropped());
    }

    #[test]
    fn a_slider_moved_again_and_again_is_one_step_back_to_where_it_was() {
        let h = History::default();
        // A slider dragged 100 → 110 → 120 → 130: one step (`Merge::of` an `Edit::Slide`).
        let h = h.changed(&scale(100.0), &scale(110.0), lever());
        let h = h.changed(&scale(110.0), &scale(120.0), lever());
        let h = h.changed(&scale(120.0), &scale(130.0), lever());
        assert_eq!(h.previous(), Some(&scale(100.0)));
        let (back, h) = h.undo(&scale(130.0)).expect("a step back");
        assert_eq!(back, scale(100.0));
        assert!(h.previous().is_none());
        // Redo returns to the end of the drag.
        let (forward, h) = h.redo(&back).expect("a step forward");
        assert_eq!(forward, scale(130.0));
        assert_eq!(h.previous(), Some(&scale(100.0)));
    }

    #[test]
    fn other_changes_are_steps_of_their_own_and_a_new_change_ends_redo() {
        let h = History::default()
            .changed(&scale(100.0), &scale(150.0), lever())
            .changed(&scale(150.0), &scale(90.0), Merge::No)
            .changed(&scale(90.0), &scale(80.0), Merge::No);
        let (a, h) = h.undo(&scale(80.0)).expect("back");
        assert_eq!(a, scale(90.0));
        let (b, h) = h.undo(&a).expect("back");
        assert_eq!(b, scale(150.0));
        assert_eq!(h.following(), Some(&scale(90.0)));
        // A change after undoing: what was undone cannot be redone (it is another branch).
        let h = h.changed(&b, &scale(1.0), lever());
        assert!(h.following().is_none());
        assert!(h.redo(&scale(1.0)).is_none());
        // …and a lever set after an undo starts a step of its own, not part of the step that
        // was undone.
        assert_eq!(h.previous(), Some(&scale(150.0)));
    }

    #[test]
    fn at_most_the_latest_steps_are_kept() {
        let mut h = History::default();
        for i in 0..(MAX_STEPS + 20) {
            h = h.changed(&scale(i as f64), &scale(i as f64 + 1.0), Merge::No);
        }
        assert!(h.dropped());
        let mut current = scale(-1.0);
        let mut n = 0;
        while let Some((back, next)) = h.undo(&current) {
            current = back;
            h = next;
            n += 1;
        }
        assert_eq!(n, MAX_STEPS);
        assert_eq!(current, scale(20.0), "the oldest steps went first");
    }
}
