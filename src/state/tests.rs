//! The reducer: opening (link, autosave, defaults), edits and generations, late results,
//! the view, notices.

use super::*;
use crate::state::levers::{Edit, UnitRef};
use crate::storage::Autosave;
use base64::Engine;
use ntm_model::codec::link::View;
use ntm_model::scenario::diff::{LeverPath, LeverValue};

fn ds() -> Rc<Dataset> {
    Rc::new(Dataset::caobang_2020().expect("the embedded dataset loads"))
}

fn open(fragment: &str) -> AppState {
    AppState::open(ds(), fragment, Loaded::default())
}

fn small(mut s: AppState) -> AppState {
    // Fewer runs keep the tests quick; the reducer does not care how many.
    s.scenario.runs = 40;
    s
}

fn set(path: LeverPath, x: f64) -> Action {
    Action::Edit(Edit::Set(path, LeverValue::Number(x)))
}

/// The outcome a full run for `state` would send back.
fn ready(state: &AppState) -> Action {
    Action::ResultsReady(state.computed().outcome.expect("computed"))
}

/// A partial outcome with `runs` runs for `state`'s generation.
fn partial(state: &AppState, runs: u32) -> Action {
    let mut job = simulation::Job::new(&state.dataset, &state.scenario, state.generation);
    let mut o = job.first(&state.dataset, &|| 0.0);
    o.runs_done = runs;
    o.runs_wanted = state.scenario.runs;
    Action::ResultsReady(Rc::new(o))
}

fn link_for(sc: &Scenario, view: &ViewState) -> String {
    format!(
        "#{}",
        url_state::fragment(sc, view, None, &ds()).expect("encodes")
    )
}

/// An autosave of `scenario` with the default view and the matrix as it opens.
fn autosaved(scenario: Scenario) -> Autosave {
    Autosave {
        scenario,
        view: View::default(),
        matrix: None,
        edit_of: None,
    }
}

#[test]
fn opens_with_defaults_in_vietnamese_and_a_run_pending() {
    let s = open("");
    assert_eq!(s.scenario, *s.defaults);
    assert_eq!(s.view.lang, Lang::Vi);
    assert_eq!(s.notices, Notices::default());
    assert_eq!(s.outcome, None);
    assert!(s.is_computing());
    assert_eq!(s.progress(), (0, 1000));
    assert_eq!(s.year(), 2025);
    assert!(!s.touched);
}

#[test]
fn the_link_wins_over_the_autosave_which_wins_over_the_defaults() {
    let ds = ds();
    let mut linked = Scenario::defaults(&ds);
    linked.budget.scale_pct = 150.0;
    let mut saved = Scenario::defaults(&ds);
    saved.leadership = 0.9;
    let view = ViewState {
        lang: Lang::En,
        year: Some(2023),
        ..ViewState::default()
    };
    let autosave = || Loaded {
        saved: Some(autosaved(saved.clone())),
        problem: None,
    };
    let s = AppState::open(ds.clone(), &link_for(&linked, &view), autosave());
    assert_eq!((s.scenario.clone(), s.view.clone()), (linked, view));
    let s = AppState::open(ds.clone(), "", autosave());
    assert_eq!(s.scenario, saved);
    let s = AppState::open(ds.clone(), "", Loaded::default());
    assert_eq!(s.scenario, Scenario::defaults(&ds));
}

/// The autosave's matrix comes back with the work: when the page opens without a link, and
/// when the work is restored over a link's.
#[test]
fn the_autosaved_matrix_comes_back_with_the_work() {
    use crate::criteria_logic::matrix::{SortBy, Status};
    use ntm_model::codec::link::MatrixV4;
    let ds = ds();
    let mut saved = Scenario::defaults(&ds);
    saved.leadership = 0.9;
    let autosave = || Loaded {
        saved: Some(Autosave {
            matrix: Some(MatrixV4 {
                status: 3,
                commune_sort: (2, 0, true),
                ..MatrixV4::default()
            }),
            ..autosaved(saved.clone())
        }),
        problem: None,
    };
    let shows_it = |s: &AppState| {
        let m = &s.view.matrix;
        assert_eq!(m.filter.status, Status::NotYet);
        assert_eq!(
            (m.commune_sort.by, m.commune_sort.descending),
            (SortBy::Criteria, true)
        );
    };
    shows_it(&AppState::open(ds.clone(), "", autosave()));
    // A colleague's link over it: the link's matrix (as it opens), then the work restored.
    let mut linked = Scenario::defaults(&ds);
    linked.budget.scale_pct = 150.0;
    let s = AppState::open(
        ds.clone(),
        &link_for(&linked, &ViewState::default()),
        autosave(),
    );
    assert_eq!(s.view.matrix, Default::default());
    let restored = s.apply(Action::RestoreAutosave).expect("restored");
    assert_eq!(restored.scenario, saved);
    shows_it(&restored);
}

#[test]
fn a_bad_link_gives_the_defaults_a_notice_and_the_autosave_to_restore() {
    let ds = ds();
    let mut saved = Scenario::defaults(&ds);
    saved.leadership = 0.9;
    let autosave = Loaded {
        saved: Some(autosaved(saved.clone())),
        problem: None,
    };
    let s = AppState::open(ds.clone(), "#s=<b>bold</b>", autosave);
    assert_eq!(s.scenario, *s.defaults);
    assert_eq!(s.notices.link, Some(LinkError::NotBase64));
    let restored = s.apply(Action::RestoreAutosave).expect("changes");
    assert_eq!(restored.scenario, saved);
    assert_eq!(restored.notices.link, None);
    assert!(restored.touched, "the restored work is autosaved again");

    let dismissed = s.apply(Action::DismissLinkNotice).expect("changes");
    assert_eq!(
        dismissed.notices,
        Notices {
            damaged_links_replaced: 1,
            ..Notices::default()
        },
        "dismissed, the damaged link leaves the address bar for the work's own"
    );
    assert_eq!(dismissed.apply(Action::RestoreAutosave), None);
}

#[test]
fn a_link_from_a_newer_version_stays_in_the_address_bar_when_its_notice_is_dismissed() {
    let ds = ds();
    let newer = format!(
        "#s={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([0u8, 7, 1, 2, 3])
    );
    let s = AppState::open(ds, &newer, Loaded::default());
    assert!(matches!(s.notices.link, Some(LinkError::Newer)));
    let dismissed = s.apply(Action::DismissLinkNotice).expect("changes");
    assert_eq!(dismissed.notices.link, None);
    assert_eq!(
        dismissed.notices.damaged_links_replaced, 0,
        "to be opened with the newer version"
    );
}

#[test]
fn a_storage_problem_is_a_notice_not_a_failure() {
    let problem = StorageProblem::Unreadable {
        set_aside_key: Some("k".into()),
        detail: "bad".into(),
        problems: Vec::new(),
    };
    let s = AppState::open(
        ds(),
        "",
        Loaded {
            saved: None,
            problem: Some(problem.clone()),
        },
    );
    assert_eq!(s.notices.storage, Some(problem));
    assert_eq!(s.scenario, *s.defaults);
    let s = s.apply(Action::DismissStorageNotice).expect("changes");
    let s = s
        .apply(Action::StorageFailed(StorageProblem::CannotSave))
        .expect("changes");
    assert_eq!(s.notices.storage, Some(StorageProblem::CannotSave));
    assert_eq!(
        s.apply(Action::StorageFailed(StorageProblem::CannotSave)),
        None
    );
}

#[test]
fn an_edit_is_a_new_generation_and_touches_the_page() {
    let s = open("");
    let moved = s
        .apply(set(LeverPath::BudgetScale, 180.0))
        .expect("changes");
    assert_eq!(moved.generation, s.generation + 1);
    assert_eq!(moved.scenario.budget.scale_pct, 180.0);
    assert!(moved.touched);
    assert_eq!(moved.apply(set(LeverPath::BudgetScale, 180.0)), None);
    let reset = moved.apply(Action::Edit(Edit::ResetAll)).expect("changes");
    assert_eq!(reset.scenario, *s.defaults);
    assert_eq!(reset.generation, s.generation + 2);
}

#[test]
fn partial_results_are_taken_in_order_and_late_ones_are_dropped() {
    let s0 = small(open(""));
    let p10 = partial(&s0, 10);
    let p30 = partial(&s0, 30);
    let s = s0.apply(p10.clone()).expect("first batch taken");
    assert!(s.is_computing() && !s.is_stale());
    assert_eq!(s.progress(), (10, 40));
    let s = s.apply(p30).expect("more runs taken");
    assert_eq!(s.apply(p10), None, "fewer runs than shown: dropped");
    let done = s.apply(ready(&s)).expect("final taken");
    assert!(!done.is_computing());
    assert_eq!(done.progress(), (40, 40));
    assert_eq!(
        done.apply(ready(&s)),
        None,
        "the same results twice change nothing"
    );

    // A newer generation: the old one's results are late.
    let late = ready(&done);
    let moved = done
        .apply(set(LeverPath::BudgetScale, 50.0))
        .expect("changes");
    assert!(moved.is_stale(), "old results stay on screen, marked stale");
    assert_eq!(moved.outcome, done.outcome);
    assert_eq!(moved.apply(late), None);
    assert_eq!(moved.progress(), (0, 40));
}

#[test]
fn the_baseline_is_taken_once() {
    let s = small(open(""));
    let results = s.computed().outcome.expect("outcome").results.clone();
    let with = s
        .apply(Action::BaselineReady(results.clone()))
        .expect("changes");
    assert_eq!(with.baseline.as_deref(), Some(&*results));
    assert_eq!(with.apply(Action::BaselineReady(results)), None);
}

#[test]
fn a_scenario_is_measured_against_the_default_only_when_simulated_alike() {
    let mut s = small(open(""));
    // The defaults with the same few runs, so that the first scenario is the default.
    s.defaults = Rc::new(s.scenario.clone());
    let results = s.computed().outcome.expect("outcome").results.clone();
    let s = s
        .apply(Action::BaselineReady(results.clone()))
        .expect("changes");
    let measured = |s: &AppState| s.against_default().is_some_and(|r| Rc::ptr_eq(r, &results));
    // The default itself: nothing to measure.
    assert!(s.against_default().is_none());
    let budget = s
        .apply(set(LeverPath::BudgetScale, 150.0))
        .expect("changes");
    assert!(measured(&budget));
    // Fewer runs still pair with the default's, run by run.
    assert!(measured(
        &s.apply(set(LeverPath::Runs, 20.0)).expect("changes")
    ));
    // Uncertainty off is a change of method, not an effect to call better or worse.
    let fixed = |s: &AppState| {
        s.apply(Action::Edit(Edit::Set(
            LeverPath::Uncertainty,
            LeverValue::Flag(false),
        )))
        .expect("changes")
    };
    assert!(fixed(&s).against_default().is_none());
    assert!(fixed(&budget).against_default().is_none());
    // ... and the headline says why, rather than nothing.
    assert_eq!(fixed(&budget).unlike_default(), Some(Unlike::Uncertainty));
    assert_eq!(budget.unlike_default(), None);
    assert_eq!(s.unlike_default(), None);
    // Another seed: the runs do not pair.
    let mut seeded = budget.clone();
    seeded.scenario.seed += 1;
    assert!(seeded.against_default().is_none());
    assert_eq!(seeded.unlike_default(), Some(Unlike::Seed));
}

#[test]
fn the_view_changes_without_a_new_generation() {
    let s = open("");
    let ds = s.dataset.clone();
    let cases = [
        Action::SetLanguage(Lang::En),
        Action::SetScenarioTab(ScenarioTab::Assumptions),
        Action::SetResultsTab(ResultsTab::Criteria),
        Action::SetLeverScope(LeverScope::Commune),
        Action::SetYear(2022),
        Action::SetChart(4),
        Action::SelectDistrict(Some(2)),
        Action::PickCommune(Some(7)),
        Action::OpenCommune(7),
        Action::Matrix(crate::criteria_logic::matrix::ViewAction::Search(
            "Bảo".into(),
        )),
    ];
    for a in cases {
        let next = s.apply(a.clone()).unwrap_or_else(|| panic!("{a:?}"));
        assert_eq!(next.generation, s.generation, "{a:?}");
        assert!(!next.touched, "{a:?}");
    }
    let refused = [
        Action::SetLanguage(Lang::Vi),
        Action::SetYear(2019),
        Action::SetYear(2031),
        Action::SelectDistrict(Some(ds.districts.len())),
        Action::OpenCommune(ds.communes.len()),
        Action::PickCommune(Some(10_000)),
        Action::CloseCommune,
        Action::DismissLinkNotice,
        Action::DismissStorageNotice,
        Action::RestoreAutosave,
        // The matrix as it is: no change.
        Action::Matrix(crate::criteria_logic::matrix::ViewAction::ClearFilters),
    ];
    for a in refused {
        assert_eq!(s.apply(a.clone()), None, "{a:?}");
    }
}

#[test]
fn the_commune_detail_opens_and_closes_and_keeps_the_pick() {
    let s = open("");
    let open = s.apply(Action::OpenCommune(12)).expect("changes");
    assert_eq!((open.view.commune, open.view.detail_open), (Some(12), true));
    let closed = open.apply(Action::CloseCommune).expect("changes");
    assert_eq!(
        (closed.view.commune, closed.view.detail_open),
        (Some(12), false)
    );
    let none = open.apply(Action::PickCommune(None)).expect("changes");
    assert!(!none.view.detail_open);
}

#[test]
fn the_year_falls_back_when_the_horizon_shrinks() {
    let s = open("").apply(Action::SetYear(2024)).expect("changes");
    assert_eq!(s.year(), 2024);
    let short = s.apply(set(LeverPath::Until, 2022.0)).expect("changes");
    assert_eq!(short.year(), 2022);
    let long = s.apply(set(LeverPath::Until, 2030.0)).expect("changes");
    assert_eq!(
        long.apply(Action::SetYear(2029)).expect("changes").year(),
        2029
    );
}

#[test]
fn a_pasted_link_replaces_scenario_and_view_and_a_bad_one_keeps_the_work() {
    let s = open("")
        .apply(set(LeverPath::BudgetScale, 120.0))
        .expect("changes");
    let mut linked = (*s.defaults).clone();
    linked.budget.scale_pct = 250.0;
    let view = ViewState {
        lang: Lang::En,
        ..ViewState::default()
    };
    let next = s
        .apply(Action::OpenLink(link_for(&linked, &view)))
        .expect("changes");
    assert_eq!(next.scenario.budget.scale_pct, 250.0);
    assert_eq!(next.view.lang, Lang::En);
    assert_eq!(next.generation, s.generation + 1);
    // The work the link replaced is offered back.
    assert_eq!(next.notices.undo, Some(Replaced::Link));
    let undone = next.apply(Action::Undo).expect("undone");
    assert_eq!(undone.scenario, s.scenario);

    let bad = next
        .apply(Action::OpenLink("#s=%%%".into()))
        .expect("a notice");
    assert_eq!(bad.scenario, next.scenario, "the work stays");
    assert_eq!(bad.generation, next.generation);
    assert!(bad.notices.link.is_some());
    assert_eq!(bad.notices.damaged_links_replaced, 1);
    assert!(bad.notices.address_restored());
    // The same bad link again still counts, so the address bar is written over it again.
    let again = bad
        .apply(Action::OpenLink("#s=%%%".into()))
        .expect("counted");
    assert_eq!(again.notices.damaged_links_replaced, 2);
    assert_eq!(again.scenario, next.scenario, "the work stays");
    // A link from a newer version stays in the address bar, to be opened where it can be.
    let newer = format!(
        "#s={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([0u8, 7, 1, 2, 3])
    );
    let kept = again.apply(Action::OpenLink(newer)).expect("a notice");
    assert!(matches!(kept.notices.link, Some(LinkError::Newer)));
    assert_eq!(kept.notices.damaged_links_replaced, 2);
    assert!(kept.notices.pasted_link_refused && !kept.notices.address_restored());
    // The address cleared by hand: the work stays, its link is written back, and the notice
    // that the newer version's link "stays in the address bar" is no longer true.
    let cleared = kept
        .apply(Action::OpenLink(String::new()))
        .expect("counted");
    assert_eq!(cleared.scenario, next.scenario, "the work stays");
    assert_eq!(cleared.notices.damaged_links_replaced, 3);
    assert_eq!(cleared.notices.link, None);
    assert!(!cleared.notices.pasted_link_refused);
}

#[test]
fn a_reset_unit_edit_reaches_the_scenario() {
    let s = open("");
    let code = s.dataset.communes[3].code.clone();
    let path = LeverPath::Commune(
        code.clone(),
        ntm_model::scenario::diff::UnitField::Campaigns,
    );
    let s = s.apply(set(path, 5.0)).expect("changes");
    assert_eq!(s.scenario.communes.len(), 1);
    let s = s
        .apply(Action::Edit(Edit::ResetUnit(UnitRef::Commune(code))))
        .expect("changes");
    assert!(s.scenario.communes.is_empty());
}

mod library {
    use super::*;
    use crate::library::LibraryError;
    use crate::state::LibraryAction;

    fn save(s: &AppState, name: &str) -> AppState {
        s.apply(Action::Library(LibraryAction::SaveCurrent {
            name: name.into(),
            fallback: "Kịch bản".into(),
            now: "2026-11-30T03:00:00Z".into(),
        }))
        .expect("saved")
    }

    #[test]
    fn a_library_another_tab_wrote_replaces_this_pages_without_a_write_back() {
        use crate::storage::library::{LibraryProblem, LoadedLibrary};
        let here = save(&open(""), "Ở tab này");
        // The other tab saved two scenarios after this page loaded.
        let elsewhere = save(&save(&open(""), "Tab khác 1"), "Tab khác 2");
        let loaded = LoadedLibrary {
            library: (*elsewhere.library).clone(),
            problem: None,
            locked: false,
        };
        let next = here
            .apply(Action::LibraryChangedElsewhere(loaded.clone()))
            .expect("taken");
        assert_eq!(*next.library, *elsewhere.library);
        assert_eq!(
            next.library_generation, 0,
            "as stored: nothing to write back"
        );
        assert!(next
            .apply(Action::LibraryChangedElsewhere(loaded))
            .is_none());
        // The next save here adds to the other tab's two.
        let after = save(&next, "Sau đó");
        assert_eq!(after.library.items.len(), 3);
        assert!(after.library_generation > 0);
        // A damaged library written elsewhere is reported here too.
        let damaged = LoadedLibrary {
            problem: Some(LibraryProblem::Newer(9)),
            locked: true,
            ..LoadedLibrary::default()
        };
        let locked = after
            .apply(Action::LibraryChangedElsewhere(damaged))
            .expect("taken");
        assert!(locked.library_locked);
        assert_eq!(locked.notices.library, Some(LibraryProblem::Newer(9)));
    }

    /// Another tab left a library this page cannot read: the scenarios on show stay, the
    /// library is locked until a reload, and the notice says so (not "set aside").
    #[test]
    fn a_library_damaged_in_another_tab_keeps_this_pages_list_and_locks_it() {
        use crate::storage::library::{LibraryProblem, LoadedLibrary};
        let here = save(&open(""), "Một");
        let damaged = LoadedLibrary {
            problem: Some(LibraryProblem::DamagedElsewhere),
            locked: true,
            ..LoadedLibrary::default()
        };
        let next = here
            .apply(Action::LibraryChangedElsewhere(damaged.clone()))
            .expect("taken");
        assert_eq!(*next.library, *here.library, "the list stays");
        assert!(next.library_locked && next.library_unreadable);
        assert_eq!(next.notices.library, Some(LibraryProblem::DamagedElsewhere));
        assert!(next
            .apply(Action::LibraryChangedElsewhere(damaged))
            .is_none());
        // "Keep this page's list": unlocked, and a change of this page's, which the library
        // effect writes.
        let kept = next.apply(Action::KeepThisPagesLibrary).expect("kept");
        assert!(!kept.library_locked && !kept.library_unreadable);
        assert_eq!(kept.library_generation, next.library_generation + 1);
        assert_eq!(*kept.library, *here.library);
        assert_eq!(kept.notices.library, None);
        assert!(
            here.apply(Action::KeepThisPagesLibrary).is_none(),
            "only when unreadable"
        );
        // Mended in the other tab: read again, and unlocked.
        let mended = LoadedLibrary {
            library: (*here.library).clone(),
            problem: None,
            locked: false,
        };
        let after = next
            .apply(Action::LibraryChangedElsewhere(mended))
            .expect("taken");
        assert!(!after.library_locked && !after.library_unreadable);
        assert_eq!(after.notices.library, None);
    }

    #[test]
    fn save_open_rename_duplicate_delete_through_actions() {
        let s0 = open("");
        let mut edited = s0.scenario.clone();
        edited.budget.scale_pct = 140.0;
        let s1 = s0
            .apply(Action::LoadScenario(Box::new(edited.clone())))
            .expect("loads");
        assert_eq!(s1.scenario, edited);
        let s2 = save(&s1, "Tăng vốn");
        assert_eq!(s2.library.items.len(), 1);
        assert_eq!(s2.library_generation, s1.library_generation + 1);
        let id = s2.library.items[0].id.clone();
        // Back to the defaults, then open the saved one.
        let s3 = s2
            .apply(Action::LoadScenario(Box::new((*s2.defaults).clone())))
            .expect("loads");
        let s4 = s3
            .apply(Action::Library(LibraryAction::Open { id: id.clone() }))
            .expect("opens");
        assert_eq!(s4.scenario, edited);
        assert_eq!(s4.generation, s3.generation + 1);
        let s5 = s4
            .apply(Action::Library(LibraryAction::Rename {
                id: id.clone(),
                name: "Vốn 140%".into(),
                fallback: "K".into(),
            }))
            .expect("renames");
        assert_eq!(s5.library.items[0].name, "Vốn 140%");
        let s6 = s5
            .apply(Action::Library(LibraryAction::Duplicate {
                id: id.clone(),
                now: "t".into(),
            }))
            .expect("dup");
        assert_eq!(s6.library.items.len(), 2);
        let s7 = s6
            .apply(Action::Library(LibraryAction::Delete { id: id.clone() }))
            .expect("deletes");
        assert_eq!(s7.library.items.len(), 1);
        let refused = s7
            .apply(Action::Library(LibraryAction::Delete { id }))
            .expect("says why");
        assert_eq!(
            refused.notices.library_refused,
            Some(LibraryError::NotFound)
        );
        assert_eq!(refused.library, s7.library);
    }

    #[test]
    fn an_invalid_scenario_is_neither_loaded_nor_saved() {
        let s = open("");
        let mut bad = s.scenario.clone();
        bad.runs = 0;
        assert_eq!(s.apply(Action::LoadScenario(Box::new(bad.clone()))), None);
        let save = Action::Library(LibraryAction::Save {
            name: "x".into(),
            fallback: "K".into(),
            now: "t".into(),
            scenario: Box::new(bad),
        });
        assert_eq!(s.apply(save), None);
    }
}

#[test]
fn a_one_click_replacement_can_be_undone_until_the_next_change() {
    let s = open("");
    let s = s.apply(set(LeverPath::BudgetScale, 150.0)).expect("edit");
    let s = s.apply(set(LeverPath::Leadership, 0.9)).expect("edit");
    assert!(s.notices.undo.is_none(), "an ordinary edit offers nothing");
    let work = s.scenario.clone();

    // "Đặt lại mọi đòn bẩy": the work is offered back, and comes back.
    let reset = s.apply(Action::Edit(Edit::ResetLevers)).expect("reset");
    assert_eq!(reset.scenario.budget.scale_pct, 100.0);
    assert_eq!(reset.notices.undo, Some(Replaced::ResetLevers));
    let back = reset.apply(Action::Undo).expect("undone");
    assert_eq!(back.scenario, work);
    assert!(back.notices.undo.is_none());
    assert!(
        back.generation > reset.generation,
        "a new generation: the results follow"
    );

    // The next change ends the offer; so does dismissing it. Undo then takes that change
    // back first, and the reset next.
    let moved = reset
        .apply(set(LeverPath::BudgetScale, 120.0))
        .expect("edit");
    assert!(moved.notices.undo.is_none());
    let one = moved.apply(Action::Undo).expect("undone");
    assert_eq!(one.scenario, reset.scenario);
    assert_eq!(one.apply(Action::Undo).expect("undone").scenario, work);
    let dismissed = reset.apply(Action::DismissUndo).expect("dismissed");
    assert!(dismissed.notices.undo.is_none());
    assert_eq!(dismissed.scenario, reset.scenario);

    // A preset or a file loaded in place of the work is offered back too.
    let loaded = s
        .apply(Action::LoadScenario(Box::new(Scenario::defaults(&ds()))))
        .expect("loaded");
    assert_eq!(loaded.notices.undo, Some(Replaced::Loaded));
    assert_eq!(loaded.apply(Action::Undo).expect("undone").scenario, work);
}

/// The autosave a link displaced is kept at the first change, never silently overwritten.
mod displaced_autosave {
    use super::*;
    use crate::state::kept::Kept;
    use crate::storage::library::LoadedLibrary;

    fn yesterday(ds: &Dataset) -> Scenario {
        let mut saved = Scenario::defaults(ds);
        saved.leadership = 0.9;
        saved
    }

    fn opened(fragment: &str, library: LoadedLibrary) -> AppState {
        let ds = ds();
        let autosave = Loaded {
            saved: Some(autosaved(yesterday(&ds))),
            problem: None,
        };
        AppState::open_with_library(ds, fragment, autosave, library)
            .with_opening_time("2026-12-01T08:00:00Z")
    }

    fn a_colleague_s_link() -> String {
        let mut linked = Scenario::defaults(&ds());
        linked.budget.scale_pct = 150.0;
        link_for(&linked, &ViewState::default())
    }

    #[test]
    fn the_first_change_after_a_bad_or_good_link_keeps_it_in_the_library_once() {
        for fragment in ["#s=AAAA".to_string(), a_colleague_s_link()] {
            let s = opened(&fragment, LoadedLibrary::default());
            assert!(s.library.items.is_empty());
            let edited = s.apply(set(LeverPath::Leadership, 0.4)).expect("changes");
            let items = &edited.library.items;
            assert_eq!(items.len(), 1, "{fragment}");
            assert_eq!(items[0].scenario, yesterday(&edited.dataset));
            assert_eq!(items[0].name, "Tự lưu trước khi mở liên kết");
            assert_eq!(items[0].saved_at, "2026-12-01T08:00:00Z");
            assert_eq!(edited.library_generation, s.library_generation + 1);
            assert_eq!(
                edited.notices.autosave_kept,
                Some(Kept::InLibrary("Tự lưu trước khi mở liên kết".into()))
            );
            let again = edited
                .apply(set(LeverPath::Leadership, 0.5))
                .expect("changes");
            assert_eq!(again.library.items.len(), 1, "kept once");
            let closed = again.apply(Action::DismissKeptNotice).expect("changes");
            assert_eq!(closed.notices.autosave_kept, None);
        }
    }

    #[test]
    fn nothing_is_kept_when_the_work_comes_back_is_already_saved_or_is_the_defaults() {
        // Restored: the autosave is the work again.
        let s = opened("#s=AAAA", LoadedLibrary::default());
        let restored = s.apply(Action::RestoreAutosave).expect("changes");
        let edited = restored
            .apply(set(LeverPath::Leadership, 0.4))
            .expect("changes");
        assert!(edited.library.items.is_empty());
        assert_eq!(edited.notices.autosave_kept, None);

        // Already in the library.
        let mut library = crate::library::Library::default();
        library
            .save(
                "Hôm qua",
                yesterday(&ds()),
                "2026-11-30T08:00:00Z",
                "Kịch bản",
            )
            .expect("saved");
        let s = opened(
            &a_colleague_s_link(),
            LoadedLibrary {
                library,
                ..LoadedLibrary::default()
            },
        );
        let edited = s.apply(set(LeverPath::Leadership, 0.4)).expect("changes");
        assert_eq!(edited.library.items.len(), 1);
        assert_eq!(edited.notices.autosave_kept, None);

        // Only the defaults were autosaved: nothing to lose.
        let ds = ds();
        let autosave = Loaded {
            saved: Some(autosaved(Scenario::defaults(&ds))),
            problem: None,
        };
        let s = AppState::open(ds, &a_colleague_s_link(), autosave);
        let edited = s.apply(set(LeverPath::Leadership, 0.4)).expect("changes");
        assert!(edited.library.items.is_empty());
    }

    #[test]
    fn a_link_pasted_over_work_leaves_its_autosave_until_the_next_change_keeps_it() {
        // Work changed on this page (autosaved), then a colleague's link pasted into the
        // address bar: written over at once, the work was lost to a reload.
        let s = AppState::open(ds(), "", Loaded::default());
        let work = s.apply(set(LeverPath::Leadership, 0.9)).expect("changes");
        assert!(work.touched);
        let pasted = work
            .apply(Action::OpenLink(a_colleague_s_link()))
            .expect("changes");
        assert_eq!(pasted.scenario.budget.scale_pct, 150.0);
        assert!(
            !pasted.touched,
            "the link's scenario is not autosaved over the work"
        );
        assert_eq!(pasted.displaced_autosave.as_deref(), Some(&work.scenario));
        // The next change keeps the work in the library first.
        let edited = pasted
            .apply(set(LeverPath::Leadership, 0.4))
            .expect("changes");
        assert!(edited.touched);
        assert_eq!(edited.library.items.len(), 1);
        assert_eq!(edited.library.items[0].scenario, work.scenario);
        assert_eq!(edited.library.items[0].name, "Tự lưu trước khi mở liên kết");
        // Undo instead brings the work back: nothing to keep.
        let undone = pasted.apply(Action::Undo).expect("undone");
        assert_eq!(undone.scenario, work.scenario);
        assert!(undone.library.items.is_empty());
    }

    #[test]
    fn a_preset_or_file_opened_over_the_autosave_the_page_opened_with_keeps_it_the_same_way() {
        // The page opened on yesterday's autosaved work, untouched, then a file was loaded.
        let s = opened("", LoadedLibrary::default());
        assert_eq!(s.scenario, yesterday(&s.dataset));
        let mut file = Scenario::defaults(&s.dataset);
        file.budget.scale_pct = 120.0;
        let loaded = s
            .apply(Action::LoadScenario(Box::new(file)))
            .expect("changes");
        assert!(!loaded.touched);
        let edited = loaded
            .apply(set(LeverPath::Leadership, 0.4))
            .expect("changes");
        assert_eq!(edited.library.items.len(), 1);
        assert_eq!(edited.library.items[0].scenario, yesterday(&s.dataset));
        assert_eq!(
            edited.library.items[0].name,
            "Tự lưu trước khi mở kịch bản khác"
        );
        // A reset is the planner's own step on the work: autosaved at once as before.
        let reset = s.apply(Action::Edit(Edit::ResetAll)).expect("changes");
        assert!(reset.touched);
        // A ready-made scenario put away is not kept: it opens again in a click.
        let load = |s: &AppState, i: usize| {
            let p = (*s.stage.presets[i].scenario).clone();
            s.apply(Action::LoadScenario(Box::new(p))).expect("changes")
        };
        let fresh = AppState::open(ds(), "", Loaded::default());
        // Three that differ from the defaults (and so from each other's page).
        let not_default: Vec<usize> = (0..fresh.stage.presets.len())
            .filter(|&i| *fresh.stage.presets[i].scenario != *fresh.defaults)
            .collect();
        let (a, b, c) = (not_default[0], not_default[1], not_default[2]);
        let three = load(&load(&load(&fresh, a), b), c);
        let edited = three
            .apply(set(LeverPath::Leadership, 0.3))
            .expect("changes");
        assert!(edited.library.items.is_empty(), "presets are not kept");
        let preset = (*s.stage.presets[1].scenario).clone();
        let on_preset = s
            .apply(Action::LoadScenario(Box::new(preset)))
            .and_then(|p| p.apply(set(LeverPath::Leadership, 0.3)))
            .expect("changes");
        let library_before = on_preset.library.items.len();
        let mut other = (*s.stage.presets[2].scenario).clone();
        other.leadership = 0.2;
        let edited = on_preset
            .apply(Action::LoadScenario(Box::new(other)))
            .and_then(|p| p.apply(set(LeverPath::Leadership, 0.25)))
            .expect("changes");
        assert_eq!(
            edited.library.items.len(),
            library_before + 1,
            "an edited preset is work"
        );
    }

    #[test]
    fn a_good_link_offers_the_work_it_covered_back_until_the_first_change() {
        let s = opened(&a_colleague_s_link(), LoadedLibrary::default());
        assert_eq!(
            s.scenario.budget.scale_pct, 150.0,
            "the link's scenario is shown"
        );
        assert!(s.notices.opened_with_link);
        let offered = s.notices.restorable.as_ref().expect("offered back");
        assert_eq!(offered.0, yesterday(&s.dataset));
        // Taken: the work is back, the link's scenario one step behind it, nothing kept.
        let restored = s.apply(Action::RestoreAutosave).expect("changes");
        assert_eq!(restored.scenario, yesterday(&restored.dataset));
        assert_eq!(restored.notices.restorable, None);
        assert!(restored.library.items.is_empty());
        assert_eq!(
            restored
                .apply(Action::Undo)
                .expect("undone")
                .scenario
                .budget
                .scale_pct,
            150.0
        );
        // Not taken: the first change keeps the work in the library, and the offer goes.
        let edited = s.apply(set(LeverPath::Leadership, 0.4)).expect("changes");
        assert_eq!(edited.notices.restorable, None);
        assert_eq!(edited.library.items.len(), 1);
        // Put away without taking it.
        let dismissed = s.apply(Action::DismissLinkNotice).expect("changes");
        assert_eq!(dismissed.notices.restorable, None);
        assert_eq!(dismissed.scenario, s.scenario);

        // Nothing offered when the autosave was the defaults, or there was no link.
        let ds = ds();
        let defaults_saved = Loaded {
            saved: Some(autosaved(Scenario::defaults(&ds))),
            problem: None,
        };
        let s = AppState::open(ds, &a_colleague_s_link(), defaults_saved);
        assert_eq!(s.notices.restorable, None);
        let s = opened("", LoadedLibrary::default());
        assert_eq!(s.notices.restorable, None);
        assert!(!s.notices.opened_with_link);
    }

    #[test]
    fn the_language_last_chosen_opens_the_page_unless_a_link_brings_its_own() {
        use crate::i18n::Lang;
        // No link, or a damaged one: the choice wins over the autosave's and the default.
        for fragment in ["".to_string(), "#s=AAAA".to_string()] {
            let s = opened(&fragment, LoadedLibrary::default()).with_chosen_lang(Some(Lang::En));
            assert_eq!(s.view.lang, Lang::En, "{fragment}");
            let s = opened(&fragment, LoadedLibrary::default()).with_chosen_lang(None);
            assert_eq!(s.view.lang, Lang::Vi, "{fragment}");
        }
        // A link opens as its sender saw it.
        let s = opened(&a_colleague_s_link(), LoadedLibrary::default())
            .with_chosen_lang(Some(Lang::En));
        assert_eq!(s.view.lang, Lang::Vi);
    }

    #[test]
    fn a_library_that_cannot_take_it_has_it_set_aside() {
        let s = opened(
            &a_colleague_s_link(),
            LoadedLibrary {
                locked: true,
                ..LoadedLibrary::default()
            },
        );
        let edited = s.apply(set(LeverPath::Leadership, 0.4)).expect("changes");
        assert!(edited.library.items.is_empty());
        assert_eq!(edited.notices.autosave_kept, Some(Kept::SetAside));
    }
}

#[test]
fn every_change_can_be_undone_and_redone_and_a_dragged_lever_is_one_step() {
    let s = open("");
    assert!(
        s.apply(Action::Undo).is_none(),
        "nothing to undo on opening"
    );
    assert!(s.apply(Action::Redo).is_none());
    let start = s.scenario.clone();
    // A slider dragged across three values, then another lever, then a preset loaded.
    let slide = |x: f64| {
        Action::Edit(Edit::Slide(
            LeverPath::BudgetScale,
            LeverValue::Number(x),
            7,
        ))
    };
    let dragged = [110.0, 120.0, 130.0]
        .into_iter()
        .fold(s, |s, x| s.apply(slide(x)).expect("edit"));
    let led = dragged
        .apply(set(LeverPath::Leadership, 0.9))
        .expect("edit");
    let loaded = led
        .apply(Action::LoadScenario(Box::new(Scenario::defaults(&ds()))))
        .expect("loaded");
    assert_eq!(loaded.scenario, start);

    // Back, step by step: the preset, the leadership, the whole drag at once.
    let b1 = loaded.apply(Action::Undo).expect("undone");
    assert_eq!(b1.scenario, led.scenario);
    assert!(
        b1.notices.undo.is_none(),
        "the replacement's offer is taken"
    );
    assert!(b1.generation > loaded.generation, "the results follow");
    let b2 = b1.apply(Action::Undo).expect("undone");
    assert_eq!(b2.scenario, dragged.scenario);
    let b3 = b2.apply(Action::Undo).expect("undone");
    assert_eq!(b3.scenario, start, "the drag is one step");
    assert!(b3.apply(Action::Undo).is_none());

    // Forward again, then a new change ends what could be redone.
    let f1 = b3.apply(Action::Redo).expect("redone");
    assert_eq!(f1.scenario, dragged.scenario);
    let f2 = f1.apply(Action::Redo).expect("redone");
    assert_eq!(f2.scenario, led.scenario);
    let other = f2.apply(set(LeverPath::BudgetScale, 90.0)).expect("edit");
    assert!(other.apply(Action::Redo).is_none());
    assert_eq!(
        other.apply(Action::Undo).expect("undone").scenario,
        led.scenario
    );
    // Values typed into a box are a step each, as cells typed into are.
    let typed = other
        .apply(set(LeverPath::BudgetScale, 95.0))
        .expect("edit");
    let back = typed.apply(Action::Undo).expect("undone");
    assert_eq!(back.scenario, other.scenario);
    // The view is not part of the history: undo leaves the language as it is.
    let english = other.apply(Action::SetLanguage(Lang::En)).expect("view");
    let undone = english.apply(Action::Undo).expect("undone");
    assert_eq!(undone.view.lang, Lang::En);
}

#[test]
fn a_change_is_measured_against_the_figures_settled_before_it() {
    let mut s = small(open(""));
    // The defaults with the same few runs, so that the first scenario is the default.
    s.defaults = Rc::new(s.scenario.clone());
    let s = s.apply(ready(&s)).expect("results");
    let a = s
        .apply(set(LeverPath::BudgetScale, 150.0))
        .expect("changes");
    // From the default: "against the default" already says what the change did.
    assert!(a
        .previous
        .as_ref()
        .is_some_and(|p| *p.scenario == *a.defaults));
    assert_eq!(a.since_last_change(), None);
    let settled_a = a.apply(ready(&a)).expect("results");
    let a_outcome = settled_a.outcome.clone().expect("outcome");
    // A slider dragged, with pauses long enough for the runs to finish in between: one
    // change, measured from the figures before the drag.
    let slide = |x: f64| {
        Action::Edit(Edit::Slide(
            LeverPath::BudgetScale,
            LeverValue::Number(x),
            3,
        ))
    };
    let b = settled_a.apply(slide(170.0)).expect("changes");
    let b = b.apply(ready(&b)).expect("settled mid-drag");
    let c = b.apply(slide(190.0)).expect("changes");
    assert!(c
        .since_last_change()
        .is_some_and(|o| Rc::ptr_eq(o, &a_outcome)));
    // Once it settles, undo is a change too, measured from there.
    let c = c.apply(ready(&c)).expect("results");
    let c_outcome = c.outcome.clone().expect("outcome");
    let d = c.apply(Action::Undo).expect("undoes");
    assert!(d
        .since_last_change()
        .is_some_and(|o| Rc::ptr_eq(o, &c_outcome)));
    // Two edits in quick succession: the figures before the second were never settled, so
    // nothing is said rather than the two changes' sum called the second's.
    let quick = d.apply(ready(&d)).expect("results");
    let quick = quick
        .apply(set(LeverPath::Leadership, 0.9))
        .expect("changes");
    let quick = quick.apply(partial(&quick, 10)).expect("a first batch");
    let quick = quick
        .apply(set(LeverPath::SupportUnits, 20.0))
        .expect("changes");
    assert_eq!(quick.since_last_change(), None);
    // Only how it is simulated changed: a difference of noise, not of effect.
    let runs = c.apply(set(LeverPath::Runs, 20.0)).expect("changes");
    assert_eq!(runs.since_last_change(), None);
    // Views do not count as changes.
    let e = d.apply(Action::SetLanguage(Lang::En)).expect("changes");
    assert_eq!(e.previous, d.previous);
}
