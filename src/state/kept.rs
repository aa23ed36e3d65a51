//! The autosave a link displaced: a page opened with a link (a colleague's good one, or a
//! damaged one that gave the defaults) shows the link, not yesterday's autosaved work, and the
//! first change made on the page would overwrite that autosave. So at that first change the
//! autosave is kept in the library of saved scenarios, under a name that says what it is, and
//! the page says where it went. Nothing a planner does by following a link loses their work.

use std::rc::Rc;

use ntm_model::Scenario;

use super::AppState;
use crate::i18n::{Lang, LibraryMsg};

/// What became of the displaced autosave at the first change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Saved in the library under this name.
    InLibrary(String),
    /// The library could not take it (full, or a newer version of the app owns it): the
    /// autosave is copied aside in the browser's storage before it is overwritten.
    SetAside,
}

impl AppState {
    /// The page opened at `now` (ISO 8601): when a displaced autosave is kept, it is dated so.
    pub fn with_opening_time(mut self, now: &str) -> AppState {
        self.opened_at = now.into();
        self
    }

    /// At the first change on this page (`next` is the state after it): keeps the autosave a
    /// link displaced, unless the change puts it back, the library already holds it, or it is
    /// only the defaults or a ready-made scenario (either opens again in a click).
    pub(super) fn keep_displaced_autosave(&self, next: &mut AppState) {
        let Some(old) = next.displaced_autosave.take() else {
            return;
        };
        if self.touched || *old == next.scenario || *old == *self.defaults {
            return;
        }
        if self.library.items.iter().any(|s| s.scenario == *old)
            || self.stage.presets.iter().any(|p| *p.scenario == *old)
        {
            return;
        }
        let kept = (!self.library_locked)
            .then(|| {
                let mut library = (*next.library).clone();
                let name = autosave_name(self.view.lang, next.displaced_by_other);
                let id = library
                    .save(name, (*old).clone(), &self.opened_at, name)
                    .ok()?;
                let kept_as = library.get(&id)?.name.clone();
                next.library = Rc::new(library);
                next.library_generation += 1;
                Some(Kept::InLibrary(kept_as))
            })
            .flatten()
            .unwrap_or(Kept::SetAside);
        next.notices.autosave_kept = Some(kept);
    }
}

/// The displaced autosave's name in the library: put away by a link, or by another scenario
/// opened on the page.
fn autosave_name(lang: Lang, by_other: bool) -> &'static str {
    lang.t(if by_other {
        LibraryMsg::DisplacedAutosaveOtherName
    } else {
        LibraryMsg::DisplacedAutosaveName
    })
}

/// The autosave the page did not open, when it opened with `link_scenario` (what the link
/// gave, or the defaults for a bad link).
pub(super) fn displaced(
    saved: Option<&Scenario>,
    link_scenario: &Scenario,
) -> Option<Rc<Scenario>> {
    saved
        .filter(|s| *s != link_scenario)
        .map(|s| Rc::new(s.clone()))
}
