//! The page state: one value, changed only through `Action`s (yew's `use_reducer`).
//!
//! The scenario is what the planner edits (`levers::Edit`, applied by `levers::apply`); every
//! change bumps its generation. Simulation outcomes are derived from the scenario outside the
//! reducer (`simulation::use_simulation`) and come back as `Action::ResultsReady`, accepted
//! only for the current generation and only if they add runs, so a late or stale answer never
//! overwrites a newer one. The view (language, tabs, year, district, commune) lives here too.
//! Persistence (URL fragment, autosave, document title) happens in effects at the edge of the
//! app, never here. Pure Rust: compiled and tested natively; only the `yew::Reducible` glue is
//! wasm-only.

pub mod history;
pub mod kept;
pub mod levers;
pub mod link_name;
pub mod matrix_link;
pub mod stage;
pub mod view;

use std::rc::Rc;

use ntm_model::codec::link::{DataDiffers, LinkError};
use ntm_model::{Dataset, Results, Scenario};

use crate::i18n::Lang;
use crate::library::{Library, LibraryError};
use crate::simulation::{self, Outcome};
use crate::storage::library::{LibraryProblem, LoadedLibrary};
use crate::storage::stage::StageProblem;
use crate::storage::{Loaded, StorageProblem};
use crate::url_state;
use levers::Edit;
use stage::{Stage, StageAction};
use view::{LeverScope, ResultsTab, ScenarioTab, ViewState};

/// Messages the page shows until they are dismissed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notices {
    /// The link the page was opened with (or that was pasted) could not be read.
    pub link: Option<LinkError>,
    /// The link was made on other data under the same id (another version, or revised files):
    /// figures may differ.
    pub link_data_differs: Option<DataDiffers>,
    /// A link pasted into this page could not be read: it left the work on screen (not the
    /// defaults, as a bad link the page was opened with does).
    pub pasted_link_refused: bool,
    /// Damaged links pasted into this page, and a damaged link the page was opened with whose
    /// notice was dismissed: each time, the address bar is set back to the work's own link (a
    /// link from a newer version or for another dataset stays there, to be opened where it
    /// can be).
    pub damaged_links_replaced: u32,
    /// Something went wrong with the local storage (autosave).
    pub storage: Option<StorageProblem>,
    /// What the autosave held when a link replaced it (by its own scenario, or by the defaults
    /// for a bad one): offered back. After a good link, only until the first change, which
    /// keeps it in the library (`autosave_kept` then says so).
    pub restorable: Option<Rc<(Scenario, ViewState)>>,
    /// What that work was an edit of, as the autosave kept it: the name it is restored with
    /// (restored, it was called an edit of what the link had opened).
    pub restorable_edit_of: Option<stage::ScenarioName>,
    /// The page opened with a good link: what it shows is the link's scenario, not the
    /// defaults (a notice about a damaged autosave says which).
    pub opened_with_link: bool,
    /// The autosave a link displaced was kept at the first change (see `kept`).
    pub autosave_kept: Option<kept::Kept>,
    /// The comparison and storyboard kept in storage could not be used.
    pub stage: Option<StageProblem>,
    /// Something went wrong with the saved-scenario library in local storage.
    pub library: Option<LibraryProblem>,
    /// The last library operation that could not be done (full library, unknown id).
    pub library_refused: Option<LibraryError>,
    /// What a one-click replacement (a reset of many levers, a saved scenario or a preset
    /// opened, a file imported) did: the work it put away is offered back ("Hoàn tác", the
    /// history's latest step) until the next change.
    pub undo: Option<Replaced>,
}

/// The one-click replacements that can be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replaced {
    /// "Đặt lại mọi đòn bẩy".
    ResetLevers,
    /// "Đặt lại mọi giả định".
    ResetAssumptions,
    /// The whole scenario back to the default.
    ResetAll,
    /// A saved scenario opened from the library.
    Opened,
    /// A preset or an imported file.
    Loaded,
    /// A share link pasted into the address bar of the open page.
    Link,
}

impl Notices {
    /// The link notice is about a damaged link pasted into the page, whose place in the address
    /// bar the work's own link took.
    pub fn address_restored(&self) -> bool {
        self.pasted_link_refused
            && matches!(&self.link, Some(e) if !matches!(e, LinkError::Newer | LinkError::OtherDataset(_)))
    }
}

/// How a scenario is simulated differently from another, so that their difference is not the
/// levers' effect (`AppState::unlike_default`, the comparison's warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlike {
    /// Another seed of the Monte Carlo.
    Seed,
    /// Uncertainty over the assumptions on in one, off in the other.
    Uncertainty,
}

impl Unlike {
    /// How `sc`, another scenario than the default, is simulated unlike it (`None` for the
    /// default itself: nothing to measure).
    pub fn from_default(default: &Scenario, sc: &Scenario) -> Option<Unlike> {
        (sc != default)
            .then(|| Unlike::between(default, sc))
            .flatten()
    }

    /// How `b` is simulated unlike `a`, if it is.
    pub fn between(a: &Scenario, b: &Scenario) -> Option<Unlike> {
        if a.seed != b.seed {
            Some(Unlike::Seed)
        } else if a.assumptions.uncertainty != b.assumptions.uncertainty {
            Some(Unlike::Uncertainty)
        } else {
            None
        }
    }
}

/// The figures before the latest change: the outcome the page had settled on, with every
/// run, and the scenario they are of. They stand for "before the latest change" only while
/// that scenario is where "Hoàn tác" (or, after an undo, "Làm lại") goes: the moves of one
/// slider drag keep the figures from before the drag, and a change made before the previous
/// one had settled has no figures to be measured against.
#[derive(Debug, Clone, PartialEq)]
pub struct Previous {
    pub outcome: Rc<Outcome>,
    pub scenario: Rc<Scenario>,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub dataset: Rc<Dataset>,
    /// The dataset's default scenario (what "reset" and "changed" compare with).
    pub defaults: Rc<Scenario>,
    pub scenario: Scenario,
    /// Bumped on every scenario change; `outcome.generation` says which scenario it reflects.
    pub generation: u64,
    /// The latest results received: `None` before the first batch, and for an older
    /// generation while the new one's first batch is on its way (shown, marked as stale).
    pub outcome: Option<Rc<Outcome>>,
    /// Results of the default scenario with all its runs, once computed.
    pub baseline: Option<Rc<Results>>,
    /// What the page showed, with every run, before the latest change of the scenario (see
    /// [`Previous`]): the planner sees what that change did.
    pub previous: Option<Previous>,
    pub view: ViewState,
    pub notices: Notices,
    /// The scenario was changed on this page (an edit or a pasted link): from then on it is
    /// autosaved. Opening a page never overwrites the autosave by itself, so following a bad
    /// link does not lose yesterday's work.
    pub touched: bool,
    /// The planner's saved scenarios (kept in local storage by an effect in `app.rs`).
    pub library: Rc<Library>,
    /// Bumped when the library changes on this page (the effect saves it then); 0 while the
    /// library is as storage holds it (on load, or just re-read after another tab wrote it).
    pub library_generation: u64,
    /// The stored library must not be overwritten (a newer version of the app wrote it, or
    /// `library_unreadable`).
    pub library_locked: bool,
    /// Another tab left a library this page cannot read: locked until the planner keeps this
    /// page's list (`Action::KeepThisPagesLibrary`) or the other tab mends it.
    pub library_unreadable: bool,
    /// Issue 5 (compare, presentation, report): the screen on show, the compared scenarios,
    /// the storyboard and the results of the scenarios they show (`stage.rs`).
    pub stage: Stage,
    /// The autosave this page did not open because it opened with a link, until the first
    /// change keeps it (see `kept`).
    pub displaced_autosave: Option<Rc<Scenario>>,
    /// It was put away by a saved scenario, a preset or a file opened on the page, not by a
    /// link (the name it is kept under says which).
    pub displaced_by_other: bool,
    /// When the page opened (ISO 8601), the date a kept autosave is saved with.
    pub opened_at: String,
    /// The names links and files gave the scenarios they opened (see `link_name`).
    pub link_names: link_name::LinkNames,
    /// What each scenario reached on this page is an edit of (see
    /// `stage::ScenarioName::Edited`), latest last: a change records its result as an edit of
    /// what the work was called, a one-click replacement (a file, a reset, a link pasted)
    /// records its result as no edit. Looked up by the scenario itself, so an undo or a redo,
    /// in any order, finds the name its scenario had.
    pub edited_from: Rc<Vec<(Rc<Scenario>, Option<stage::ScenarioName>)>>,
    /// Undo and redo of the scenario on this page (see `history`).
    pub history: Rc<history::History>,
}

/// A change to the library. Times come with the action (the reducer has no clock).
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryAction {
    /// Saves the current scenario under a name (`fallback` when the name is empty).
    SaveCurrent {
        name: String,
        fallback: String,
        now: String,
    },
    /// Saves another scenario (an imported file, a preset) under a name.
    Save {
        name: String,
        fallback: String,
        now: String,
        scenario: Box<Scenario>,
    },
    /// Replaces a saved scenario by the current one (keeps its name).
    Overwrite {
        id: String,
        now: String,
    },
    Rename {
        id: String,
        name: String,
        fallback: String,
    },
    Duplicate {
        id: String,
        now: String,
    },
    Delete {
        id: String,
    },
    /// Makes a saved scenario the current one (the view stays).
    Open {
        id: String,
    },
}

/// Every way the page state can change.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A lever moved (or was reset).
    Edit(Edit),
    SetLanguage(Lang),
    SetScenarioTab(ScenarioTab),
    SetResultsTab(ResultsTab),
    SetLeverScope(LeverScope),
    /// The year the charts and the criteria matrix show.
    SetYear(u16),
    SetChart(u8),
    /// A filter or sort of the criteria matrix changed.
    Matrix(crate::criteria_logic::matrix::ViewAction),
    /// The district whose levers are shown (index into `Dataset::districts`).
    SelectDistrict(Option<usize>),
    /// The commune whose levers are shown, without opening its detail panel.
    PickCommune(Option<usize>),
    /// Opens a commune's detail panel (a click on a commune anywhere).
    OpenCommune(usize),
    CloseCommune,
    /// A share link arrived in this tab (a pasted link): it replaces scenario and view.
    OpenLink(String),
    DismissLinkNotice,
    DismissStorageNotice,
    /// Puts back what the autosave held before a bad link.
    RestoreAutosave,
    /// Closes the note that says where the displaced autosave was kept.
    DismissKeptNotice,
    /// The autosave was copied aside before this page first wrote over it.
    AutosaveSetAside,
    /// Closes the note about a comparison and storyboard that could not be read back.
    DismissStageNotice,
    /// Writing the autosave failed.
    StorageFailed(StorageProblem),
    /// A simulation batch finished; ignored unless it is for the current generation and
    /// has more runs than what is shown.
    ResultsReady(Rc<Outcome>),
    /// The baseline is complete.
    BaselineReady(Rc<Results>),
    /// The saved-scenario library changed.
    Library(LibraryAction),
    /// Takes the latest change of the scenario back (also what the offer after a one-click
    /// replacement does: the replacement is the latest change).
    Undo,
    /// Does the latest change taken back again.
    Redo,
    DismissUndo,
    /// Replaces the current scenario (a preset); the view stays.
    LoadScenario(Box<Scenario>),
    /// Opens a scenario file's scenario, under the name the file gives it (as a share link's
    /// name does: a colleague's emailed plan was presented as "Kịch bản hiện tại").
    OpenFile {
        scenario: Box<Scenario>,
        name: String,
    },
    /// Writing the library failed.
    LibraryFailed(LibraryProblem),
    /// This page's list is to be written over a library another tab left unreadable (which
    /// the page has set aside).
    KeepThisPagesLibrary,
    /// Another tab of the app changed the stored library: this page takes it as stored, so its
    /// next save adds to that tab's work instead of overwriting it.
    LibraryChangedElsewhere(LoadedLibrary),
    DismissLibraryNotice,
    /// Issue 5: the comparison, the storyboard, the presentation, the report (`stage.rs`).
    Stage(StageAction),
    /// Results for a scenario the stage shows; kept if a screen still wants them and they
    /// add runs.
    StageResults(Rc<Scenario>, Rc<Outcome>),
}

impl AppState {
    /// The state for a page opened with URL fragment `fragment` and what the autosave held.
    /// The link wins, then the autosave, then the defaults; a bad link gives the defaults and
    /// a notice. Never fails.
    pub fn open(dataset: Rc<Dataset>, fragment: &str, autosave: Loaded) -> AppState {
        Self::open_with_library(dataset, fragment, autosave, LoadedLibrary::default())
    }

    /// The language the planner last chose on this browser (`storage::lang`), which wins over
    /// the autosave's (written only once the scenario is touched) and the default; a link that
    /// opened keeps its own, so that it shows what its sender saw.
    pub fn with_chosen_lang(mut self, chosen: Option<crate::i18n::Lang>) -> AppState {
        if let (Some(lang), false) = (chosen, self.notices.opened_with_link) {
            self.view.lang = lang;
        }
        self
    }

    /// [`AppState::open`] with the saved-scenario library read from storage.
    pub fn open_with_library(
        dataset: Rc<Dataset>,
        fragment: &str,
        autosave: Loaded,
        library: LoadedLibrary,
    ) -> AppState {
        let defaults = Rc::new(Scenario::defaults(&dataset));
        let mut notices = Notices {
            storage: autosave.problem,
            library: library.problem,
            ..Notices::default()
        };
        // What the autosaved work was an edit of, kept apart: the work itself is offered back,
        // or replaced by a link, as a pair.
        let saved_edit_of = autosave
            .saved
            .as_ref()
            .and_then(|a| Some((a.scenario.clone(), a.edit_of.as_ref()?)))
            .map(|(sc, of)| (sc, stage::ScenarioName::from_stored(of, &library.library)));
        notices.restorable_edit_of = saved_edit_of.as_ref().map(|(_, of)| of.clone());
        let saved = autosave.saved.map(|a| {
            let view = ViewState::from_link(&a.view, a.matrix.as_ref(), &dataset);
            (a.scenario, view)
        });
        let mut displaced_autosave = None;
        let mut link_names = link_name::LinkNames::default();
        let (scenario, view) = match url_state::read_link(fragment, &dataset) {
            Some(Ok(link)) => {
                notices.link_data_differs = link.data_differs;
                link_names.opened(&link.scenario, link_name::LinkName::of(&link));
                displaced_autosave = kept::displaced(saved.as_ref().map(|s| &s.0), &link.scenario);
                notices.opened_with_link = true;
                // Yesterday's work, which the link's scenario now covers, is offered back
                // (the defaults are not work: nothing to offer).
                if displaced_autosave
                    .as_deref()
                    .is_some_and(|old| *old != *defaults)
                {
                    notices.restorable = saved.map(Rc::new);
                }
                let view = ViewState::from_link(&link.view, link.matrix.as_ref(), &dataset);
                (link.scenario, view)
            }
            Some(Err(e)) => {
                notices.link = Some(e);
                displaced_autosave = kept::displaced(saved.as_ref().map(|s| &s.0), &defaults);
                notices.restorable = saved.map(Rc::new);
                ((*defaults).clone(), ViewState::default())
            }
            None => saved.unwrap_or_else(|| ((*defaults).clone(), ViewState::default())),
        };
        // A reload opens with the work's own link (the address bar holds it), which names no
        // edit: the autosave of the same scenario says what it is an edit of. A colleague's
        // link that names its scenario keeps that name.
        let edited_from = match saved_edit_of {
            Some((sc, of)) if sc == scenario && link_names.naming(&scenario).is_none() => {
                vec![(Rc::new(sc), Some(of))]
            }
            _ => Vec::new(),
        };
        let stage = Stage::new(&dataset);
        AppState {
            dataset,
            defaults,
            scenario,
            generation: 0,
            outcome: None,
            baseline: None,
            previous: None,
            view,
            notices,
            touched: false,
            library: Rc::new(library.library),
            library_generation: 0,
            library_locked: library.locked,
            library_unreadable: false,
            stage,
            displaced_autosave,
            displaced_by_other: false,
            opened_at: String::new(),
            link_names,
            edited_from: Rc::new(edited_from),
            history: Rc::default(),
        }
    }

    /// The state after `action`, or `None` when nothing changes (so yew skips a re-render).
    pub fn apply(&self, action: Action) -> Option<AppState> {
        // Read-only while presenting: nothing may change what the slides show.
        if self.stage.presenting.is_some() && !stage::allowed_while_presenting(&action) {
            return None;
        }
        let ds = &*self.dataset;
        let with_view = |view: ViewState| {
            (view != self.view).then(|| AppState {
                view,
                ..self.clone()
            })
        };
        let v = self.view.clone();
        match action {
            Action::Edit(edit) => {
                let next = levers::apply(&self.scenario, &self.defaults, ds, &edit)?;
                Some(match edit {
                    Edit::ResetLevers => self.replaced(next, Replaced::ResetLevers),
                    Edit::ResetAssumptions => self.replaced(next, Replaced::ResetAssumptions),
                    Edit::ResetAll => self.replaced(next, Replaced::ResetAll),
                    _ => self.changed(next, history::Merge::of(&edit)),
                })
            }
            // The undo offer after a one-click replacement takes the same step back: the
            // replacement is the latest step.
            Action::Undo => {
                let (scenario, history) = self.history.undo(&self.scenario)?;
                Some(self.moved(scenario, history))
            }
            Action::Redo => {
                let (scenario, history) = self.history.redo(&self.scenario)?;
                Some(self.moved(scenario, history))
            }
            Action::DismissUndo => self.notices.undo.is_some().then(|| {
                let mut next = self.clone();
                next.notices.undo = None;
                next
            }),
            Action::SetLanguage(lang) => with_view(ViewState { lang, ..v }),
            Action::Matrix(action) => {
                let matrix = v.matrix.apply(action)?;
                with_view(ViewState { matrix, ..v })
            }
            Action::SetScenarioTab(scenario_tab) => with_view(ViewState { scenario_tab, ..v }),
            Action::SetResultsTab(results_tab) => with_view(ViewState { results_tab, ..v }),
            Action::SetLeverScope(lever_scope) => with_view(ViewState { lever_scope, ..v }),
            Action::SetYear(year) => {
                let years = self.scenario.years(ds);
                years.contains(&year).then_some(())?;
                with_view(ViewState {
                    year: Some(year),
                    ..v
                })
            }
            Action::SetChart(chart) => with_view(ViewState { chart, ..v }),
            Action::SelectDistrict(district) => {
                if district.is_some_and(|i| i >= ds.districts.len()) {
                    return None;
                }
                with_view(ViewState { district, ..v })
            }
            Action::PickCommune(commune) => {
                if commune.is_some_and(|i| i >= ds.communes.len()) {
                    return None;
                }
                let detail_open = v.detail_open && commune.is_some();
                with_view(ViewState {
                    commune,
                    detail_open,
                    ..v
                })
            }
            Action::OpenCommune(i) => {
                if i >= ds.communes.len() {
                    return None;
                }
                with_view(ViewState {
                    commune: Some(i),
                    detail_open: true,
                    ..v
                })
            }
            Action::CloseCommune => with_view(ViewState {
                detail_open: false,
                ..v
            }),
            Action::OpenLink(fragment) => self.open_link(&fragment),
            Action::DismissLinkNotice => {
                let n = &self.notices;
                (n.link.is_some() || n.link_data_differs.is_some() || n.restorable.is_some()).then(
                    || {
                        let mut next = self.clone();
                        // A damaged link read and dismissed is done with: the address bar
                        // takes the work's link, as after a damaged link pasted in, so a
                        // reload does not bring the error back. A link from a newer version
                        // or for another dataset stays, to be opened where it can be.
                        if matches!(&n.link, Some(e) if !matches!(e, LinkError::Newer | LinkError::OtherDataset(_)))
                        {
                            next.notices.damaged_links_replaced += 1;
                        }
                        next.notices.link = None;
                        next.notices.link_data_differs = None;
                        next.notices.restorable = None;
                        next
                    },
                )
            }
            Action::DismissStorageNotice => self.notices.storage.is_some().then(|| {
                let mut next = self.clone();
                next.notices.storage = None;
                next
            }),
            Action::AutosaveSetAside => {
                let mut next = self.clone();
                next.notices.autosave_kept = Some(kept::Kept::SetAside);
                (next != *self).then_some(next)
            }
            Action::DismissKeptNotice => self.notices.autosave_kept.is_some().then(|| {
                let mut next = self.clone();
                next.notices.autosave_kept = None;
                next
            }),
            Action::DismissStageNotice => self.notices.stage.is_some().then(|| {
                let mut next = self.clone();
                next.notices.stage = None;
                next
            }),
            Action::RestoreAutosave => {
                let saved = self.notices.restorable.clone()?;
                let (scenario, view) = (*saved).clone();
                let mut next = self.with_scenario(scenario);
                // Called what it was called when it was left, not an edit of what the link
                // opened (which the step just recorded, and the autosave would have kept).
                let mut records = (*next.edited_from).clone();
                records.pop();
                next.edited_from = Rc::new(records);
                next.record_edit(self.notices.restorable_edit_of.clone());
                // The work as it was left, the criteria matrix's filters included.
                next.view = view;
                next.notices.link = None;
                next.notices.restorable = None;
                Some(next)
            }
            Action::StorageFailed(problem) => (self.notices.storage.as_ref() != Some(&problem))
                .then(|| {
                    let mut next = self.clone();
                    next.notices.storage = Some(problem);
                    next
                }),
            Action::ResultsReady(outcome) => {
                let newer = outcome.generation == self.generation
                    && self.outcome.as_ref().is_none_or(|o| {
                        o.generation != self.generation || o.runs_done < outcome.runs_done
                    });
                newer.then(|| AppState {
                    outcome: Some(outcome),
                    ..self.clone()
                })
            }
            Action::BaselineReady(results) => self.baseline.is_none().then(|| AppState {
                baseline: Some(results),
                ..self.clone()
            }),
            // Issue 5: a deleted saved scenario leaves the comparison and the storyboard.
            Action::Library(action) => self.library_action(action).map(AppState::with_stage_pruned),
            Action::LoadScenario(scenario) => {
                let scenario = *scenario;
                (scenario.validate(ds).is_empty() && scenario != self.scenario)
                    .then(|| self.replaced(scenario, Replaced::Loaded))
            }
            Action::OpenFile { scenario, name } => self.open_file(*scenario, &name),
            Action::LibraryFailed(problem) => (self.notices.library.as_ref() != Some(&problem))
                .then(|| {
                    let mut next = self.clone();
                    next.notices.library = Some(problem);
                    next
                }),
            Action::LibraryChangedElsewhere(loaded)
                if loaded.problem == Some(LibraryProblem::DamagedElsewhere) =>
            {
                // Another tab left a library this page cannot read: the scenarios shown stay
                // (the list had emptied under the planner's eyes), and nothing is written over
                // it until the planner keeps this page's list. Already so: a notice dismissed
                // stays dismissed.
                (!self.library_unreadable).then(|| {
                    let mut next = self.clone();
                    next.library_locked = true;
                    next.library_unreadable = true;
                    next.notices.library = loaded.problem;
                    next
                })
            }
            Action::LibraryChangedElsewhere(loaded) => {
                let same = *self.library == loaded.library
                    && self.library_locked == loaded.locked
                    && loaded.problem.is_none();
                (!same).then(|| {
                    let mut next = self.clone();
                    next.library = Rc::new(loaded.library);
                    next.library_generation = 0;
                    next.library_locked = loaded.locked;
                    next.library_unreadable = false;
                    // Readable again: the notice that it was not is no longer true.
                    if next.notices.library == Some(LibraryProblem::DamagedElsewhere) {
                        next.notices.library = None;
                    }
                    if let Some(problem) = loaded.problem {
                        next.notices.library = Some(problem);
                    }
                    next.with_stage_pruned()
                })
            }
            Action::KeepThisPagesLibrary => self.library_unreadable.then(|| {
                let mut next = self.clone();
                next.library_locked = false;
                next.library_unreadable = false;
                // A change of this page's: the library effect writes the list.
                next.library_generation += 1;
                next.notices.library = None;
                next
            }),
            Action::DismissLibraryNotice => (self.notices.library.is_some()
                || self.notices.library_refused.is_some())
            .then(|| {
                let mut next = self.clone();
                next.notices.library = None;
                next.notices.library_refused = None;
                next
            }),
            Action::Stage(action) => self.stage_action(action),
            Action::StageResults(scenario, outcome) => self.stage_results(scenario, outcome),
        }
    }

    fn library_action(&self, action: LibraryAction) -> Option<AppState> {
        if let LibraryAction::Open { id } = &action {
            let saved = self.library.get(id)?;
            return (saved.scenario != self.scenario)
                .then(|| self.replaced(saved.scenario.clone(), Replaced::Opened));
        }
        let mut library = (*self.library).clone();
        // A rename's old and new names.
        let mut renamed = None;
        let done = match action {
            LibraryAction::SaveCurrent {
                name,
                fallback,
                now,
            } => library
                .save(&name, self.scenario.clone(), &now, &fallback)
                .map(|_| ()),
            LibraryAction::Save {
                name,
                fallback,
                now,
                scenario,
            } => {
                if !scenario.validate(&self.dataset).is_empty() {
                    return None;
                }
                library.save(&name, *scenario, &now, &fallback).map(|_| ())
            }
            LibraryAction::Overwrite { id, now } => {
                library.overwrite(&id, self.scenario.clone(), &now)
            }
            LibraryAction::Rename { id, name, fallback } => {
                let old = library.get(&id).map(|s| s.name.clone());
                let done = library.rename(&id, &name, &fallback);
                let new = library.get(&id).map(|s| s.name.clone());
                if let (Ok(()), Some(old), Some(new)) = (&done, old, new) {
                    renamed = Some((old, new));
                }
                done
            }
            LibraryAction::Duplicate { id, now } => library.duplicate(&id, &now).map(|_| ()),
            LibraryAction::Delete { id } => library.delete(&id),
            LibraryAction::Open { .. } => return None,
        };
        let mut next = self.clone();
        // An edit of the renamed scenario is an edit of it under its new name ("Vốn 150% (đã
        // sửa)" stayed on screen after "Vốn 150%" became "Vốn lớn").
        if let Some((old, new)) = renamed {
            let records = self
                .edited_from
                .iter()
                .map(|(sc, of)| (sc.clone(), of.clone().map(|n| n.renamed(&old, &new))))
                .collect();
            next.edited_from = Rc::new(records);
        }
        match done {
            Ok(()) => {
                if library == *self.library {
                    return None;
                }
                next.library = Rc::new(library);
                next.library_generation += 1;
                next.notices.library_refused = None;
            }
            Err(e) => next.notices.library_refused = Some(e),
        }
        (next != *self).then_some(next)
    }

    /// A file's scenario on screen, named as the file names it (a name of only spaces names
    /// nothing, and forgets a name given the scenario before, as a link without one does); the
    /// name stays while the scenario does, as a link's (`link_name`).
    fn open_file(&self, scenario: Scenario, name: &str) -> Option<AppState> {
        if !scenario.validate(&self.dataset).is_empty() {
            return None;
        }
        let mut next = if scenario == self.scenario {
            self.clone()
        } else {
            self.replaced(scenario.clone(), Replaced::Loaded)
        };
        let named = link_name::LinkName::given(name, scenario.clone());
        next.link_names.opened(&scenario, named);
        (next != *self).then_some(next)
    }

    fn open_link(&self, fragment: &str) -> Option<AppState> {
        let mut next = self.clone();
        let Some(read) = url_state::read_link(fragment, &self.dataset) else {
            // The address lost its link (cleared by hand): the work's link is written back,
            // and what a notice said of the link that was there no longer applies.
            next.notices.damaged_links_replaced += 1;
            if next.notices.pasted_link_refused {
                next.notices.link = None;
                next.notices.pasted_link_refused = false;
            }
            return Some(next);
        };
        match read {
            Ok(link) => {
                let named = link_name::LinkName::of(&link);
                // A link pasted over the work replaces it as a loaded file does: offered back.
                if link.scenario != self.scenario {
                    next = self.replaced(link.scenario, Replaced::Link);
                }
                next.view = ViewState::from_link(&link.view, link.matrix.as_ref(), &self.dataset);
                next.notices.link = None;
                next.notices.pasted_link_refused = false;
                next.notices.link_data_differs = link.data_differs;
                // On screen now, whether it replaced the work or was the work already.
                let opened = next.scenario.clone();
                next.link_names.opened(&opened, named);
            }
            // A bad pasted link leaves the work on screen as it is, and says why.
            Err(e) => {
                next.notices.pasted_link_refused = true;
                if !matches!(e, LinkError::Newer | LinkError::OtherDataset(_)) {
                    next.notices.damaged_links_replaced += 1;
                }
                next.notices.link = Some(e);
            }
        }
        (next != *self).then_some(next)
    }

    /// True while the shown results are not (yet) all the runs of the current scenario.
    pub fn is_computing(&self) -> bool {
        self.outcome
            .as_ref()
            .is_none_or(|o| o.generation != self.generation || !o.is_final())
    }

    /// The outcome of the current scenario, when every run is in.
    fn settled(&self) -> Option<Rc<Outcome>> {
        self.outcome
            .clone()
            .filter(|o| o.generation == self.generation && o.is_final())
    }

    /// The default's results, for the headline and the strip to measure against: only when the
    /// levers differ and the two are simulated alike ([`AppState::unlike_default`]).
    pub fn against_default(&self) -> Option<&Rc<Results>> {
        self.baseline
            .as_ref()
            .filter(|_| self.scenario != *self.defaults && self.unlike_default().is_none())
    }

    /// Why the scenario on screen, though not the default, is not measured against it: another
    /// seed (the runs do not pair: the difference would be noise), or other uncertainty (the
    /// assumptions fixed at their central values are a change of method, not a lever to call
    /// better or worse).
    pub fn unlike_default(&self) -> Option<Unlike> {
        Unlike::from_default(&self.defaults, &self.scenario)
    }

    /// What the latest change did, to compare with: the figures before it, unless they were
    /// the default's ("against the default" says it already), belong to another step than the
    /// latest one, or differ only in how they were simulated (runs, seed, uncertainty: the
    /// difference would be noise, not an effect).
    pub fn since_last_change(&self) -> Option<&Rc<Outcome>> {
        let p = self.previous.as_ref()?;
        let before = &*p.scenario;
        let step =
            self.history.previous() == Some(before) || self.history.following() == Some(before);
        let same_method = before.runs == self.scenario.runs
            && before.seed == self.scenario.seed
            && before.assumptions.uncertainty == self.scenario.assumptions.uncertainty;
        (step && same_method && before != &*self.defaults).then_some(&p.outcome)
    }

    /// True while the shown results belong to an older scenario.
    pub fn is_stale(&self) -> bool {
        self.outcome
            .as_ref()
            .is_none_or(|o| o.generation != self.generation)
    }

    /// Runs done and wanted for the current scenario (0 done while its first batch is on
    /// its way).
    pub fn progress(&self) -> (u32, u32) {
        match &self.outcome {
            Some(o) if o.generation == self.generation => (o.runs_done, o.runs_wanted),
            _ => (0, self.scenario.runs),
        }
    }

    /// The year the charts and the criteria matrix show: the one picked, if simulated, else
    /// the last target year (Cao Bằng's 2025), else the last simulated year.
    pub fn year(&self) -> u16 {
        let years = self.scenario.years(&self.dataset);
        let last = years
            .last()
            .copied()
            .unwrap_or(self.dataset.province.base_year);
        match self.view.year {
            Some(y) if years.contains(&y) => y,
            _ => crate::figures::target_year(&self.dataset).min(last),
        }
    }

    /// The outcome for the current scenario with every run, computed now (tests and tools;
    /// the app computes progressively, see `simulation::use_simulation`).
    pub fn computed(&self) -> AppState {
        let outcome = simulation::run(&self.dataset, &self.scenario, self.generation);
        AppState {
            outcome: Some(Rc::new(outcome)),
            ..self.clone()
        }
    }

    /// A new generation: the scenario replaced; its outcome is now pending.
    /// The state with `scenario` as the work; any undo offer is over (the work changed again).
    fn with_scenario(&self, scenario: Scenario) -> AppState {
        self.changed(scenario, history::Merge::No)
    }

    /// The state with `scenario` in place of the current one, a step of the history (merged
    /// with the latest step as `merge` says).
    fn changed(&self, scenario: Scenario, merge: history::Merge) -> AppState {
        let history = Rc::new(self.history.changed(&self.scenario, &scenario, merge));
        let mut next = self.moved(scenario, history);
        // A drag's position the history did not keep (the drag went on) is no step to come
        // back to: its record goes, so that a long drag does not push out older ones.
        let kept = next.history.previous() == Some(&self.scenario);
        if !kept {
            let mut records = (*next.edited_from).clone();
            if records.last().is_some_and(|(s, _)| **s == self.scenario) {
                records.pop();
                next.edited_from = Rc::new(records);
            }
        }
        next.record_edit(self.edited_name());
        next
    }

    /// What a step away from this scenario (a change, or a redo) is an edit of: whatever it
    /// is called, but a lever moved from the default preset is just the current scenario (not
    /// "Business as usual (edited)"); a saved copy of the defaults is edited by its own name.
    fn edited_name(&self) -> Option<stage::ScenarioName> {
        match self.current_name() {
            stage::ScenarioName::Preset { .. } if self.scenario == *self.defaults => None,
            name => name.edited(),
        }
    }

    /// Records what the current scenario is an edit of (`None`: of nothing), for this and any
    /// later visit to it by undo or redo. The oldest records go past a few hundred (the
    /// history holds a hundred steps, and a drag's passing positions are not recorded).
    fn record_edit(&mut self, of: Option<stage::ScenarioName>) {
        const KEPT: usize = 300;
        let mut records = (*self.edited_from).clone();
        records.push((Rc::new(self.scenario.clone()), of));
        let extra = records.len().saturating_sub(KEPT);
        records.drain(..extra);
        self.edited_from = Rc::new(records);
    }

    /// The state with `scenario` in place of the current one and `history` as the history.
    fn moved(&self, scenario: Scenario, history: impl Into<Rc<history::History>>) -> AppState {
        let history: Rc<history::History> = history.into();
        // A new step, an undo or a redo leaves the scenario on screen one step away: its
        // settled figures are the "before" of that step. The moves of a drag do not.
        let one_step_away = history.previous() == Some(&self.scenario)
            || history.following() == Some(&self.scenario);
        let previous = match self.settled() {
            Some(outcome) if one_step_away => Some(Previous {
                outcome,
                scenario: Rc::new(self.scenario.clone()),
            }),
            _ => self.previous.clone(),
        };
        let mut next = AppState {
            scenario,
            previous,
            generation: self.generation + 1,
            touched: true,
            history,
            ..self.clone()
        };
        next.notices.undo = None;
        if next.notices.link.is_none() {
            // After a good link, the offer lasts until the first change: that change keeps the
            // displaced autosave in the library, where it is then opened from.
            next.notices.restorable = None;
        }
        self.keep_displaced_autosave(&mut next);
        next
    }

    /// [`AppState::with_scenario`] for a one-click replacement: the work it put away is
    /// offered back.
    fn replaced(&self, scenario: Scenario, replaced_by: Replaced) -> AppState {
        let mut next = self.with_scenario(scenario);
        next.notices.undo = Some(replaced_by);
        // What replaced the work is not an edit of it.
        next.record_edit(None);
        // Work from outside (a saved scenario, a preset or file, a pasted link) in place of the
        // autosaved work (changed on this page, or opened from the autosave): the autosave is
        // left as it is until the next change here, which keeps it in the library first
        // (`kept`), as on a page opened with a link. Written over at once, the work was lost
        // to a reload or a closed tab unless the planner pressed undo in time. (A page opened
        // with a link shows work that is not autosaved; what it displaced is kept by `moved`.)
        if (self.touched || self.displaced_autosave.is_none())
            && matches!(
                replaced_by,
                Replaced::Opened | Replaced::Loaded | Replaced::Link
            )
        {
            next.touched = false;
            next.displaced_autosave = Some(Rc::new(self.scenario.clone()));
            next.displaced_by_other = replaced_by != Replaced::Link;
        }
        next
    }
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
mod tests;
