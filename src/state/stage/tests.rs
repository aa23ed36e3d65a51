//! The stage: screens, comparison columns, storyboard order, presenting (read-only, full
//! results only), and the results cache.

use super::*;
use crate::state::levers::Edit;
use crate::storage::Loaded;
use ntm_model::scenario::diff::{LeverPath, LeverValue};

fn ds() -> Rc<Dataset> {
    Rc::new(Dataset::caobang_2020().expect("the embedded dataset loads"))
}

fn open() -> AppState {
    let mut s = AppState::open(ds(), "", Loaded::default());
    // Few runs: the reducer does not care how many.
    s.scenario.runs = 30;
    s
}

fn stage(s: &AppState, a: StageAction) -> AppState {
    s.apply(Action::Stage(a.clone()))
        .unwrap_or_else(|| panic!("{a:?} changed nothing"))
}

fn budget(pct: f64) -> Action {
    Action::Edit(Edit::Set(LeverPath::BudgetScale, LeverValue::Number(pct)))
}

fn save(s: &AppState, name: &str) -> AppState {
    stage(
        s,
        StageAction::SaveCurrentToStory {
            name: name.into(),
            fallback: "Kịch bản".into(),
            now: "2025-11-30T10:00:00Z".into(),
        },
    )
}

/// Every result the stage wants, complete, put in the cache.
fn with_all_results(mut s: AppState) -> AppState {
    for sc in s.stage_wanted() {
        let mut small = (*sc).clone();
        small.runs = 20;
        let outcome = crate::simulation::run(&s.dataset, &small, 0);
        s = s
            .apply(Action::StageResults(sc, Rc::new(outcome)))
            .expect("wanted results are kept");
    }
    s
}

#[test]
fn references_have_stable_text_keys() {
    for r in [
        ScenarioRef::Current,
        ScenarioRef::Preset("plan_2020".into()),
        ScenarioRef::Saved("s12".into()),
    ] {
        assert_eq!(ScenarioRef::parse(&r.key()), Some(r));
    }
    for bad in ["", "preset:", "saved", "other:x", "Current"] {
        assert_eq!(ScenarioRef::parse(bad), None, "{bad}");
    }
}

#[test]
fn a_comparison_opens_on_business_as_usual_against_the_current_scenario() {
    let s = open().apply(budget(150.0)).expect("edit");
    let s = stage(&s, StageAction::Show(Screen::Compare));
    assert_eq!(
        s.stage.compare,
        [
            ScenarioRef::Preset("business_as_usual".into()),
            ScenarioRef::Current
        ]
    );
    let shown = s.compared();
    assert_eq!(shown[0].scenario.budget.scale_pct, 100.0);
    assert_eq!(shown[1].scenario.budget.scale_pct, 150.0);
    // The current scenario untouched is business as usual: the second preset instead.
    let plain = AppState::open(ds(), "", Loaded::default());
    let plain = stage(&plain, StageAction::Show(Screen::Compare));
    assert_eq!(
        plain.stage.compare[1],
        ScenarioRef::Preset("plan_2020".into())
    );
}

#[test]
fn two_to_four_columns_each_a_scenario_that_exists() {
    let s = stage(&open(), StageAction::Show(Screen::Compare));
    assert_eq!(s.apply(Action::Stage(StageAction::RemoveCompared(0))), None);
    let s = stage(&s, StageAction::AddCompared);
    let s = stage(&s, StageAction::AddCompared);
    assert_eq!(s.stage.compare.len(), MAX_COMPARED);
    assert_eq!(s.apply(Action::Stage(StageAction::AddCompared)), None);
    // Columns added pick scenarios not compared yet.
    let mut keys: Vec<String> = s.stage.compare.iter().map(ScenarioRef::key).collect();
    keys.dedup();
    assert_eq!(keys.len(), MAX_COMPARED, "{keys:?}");
    let s = stage(&s, StageAction::RemoveCompared(1));
    assert_eq!(s.stage.compare.len(), 3);
    let missing = ScenarioRef::Saved("s999".into());
    assert_eq!(
        s.apply(Action::Stage(StageAction::SetCompared(0, missing))),
        None
    );
    assert_eq!(
        s.apply(Action::Stage(StageAction::SetCompared(
            9,
            ScenarioRef::Current
        ))),
        None
    );
    let s = stage(&s, StageAction::SetCompared(0, ScenarioRef::Current));
    assert_eq!(s.stage.compare[0], ScenarioRef::Current);
}

#[test]
fn the_storyboard_keeps_the_planner_s_order() {
    let s = open();
    let s = save(&s, "Mặc định");
    let s = s.apply(budget(150.0)).expect("edit");
    let s = save(&s, "Ngân sách 150%");
    let ids: Vec<String> = s.library.items.iter().map(|i| i.id.clone()).collect();
    assert_eq!(
        s.stage.story,
        [
            ScenarioRef::Saved(ids[0].clone()),
            ScenarioRef::Saved(ids[1].clone())
        ]
    );
    assert_eq!(
        s.library_generation, 2,
        "saved through the library, so it is stored"
    );
    // Moves, bounded at both ends.
    let s = stage(&s, StageAction::MoveInStory(1, -1));
    let names: Vec<String> = s.story().iter().map(|i| i.name.text(Lang::Vi)).collect();
    assert_eq!(names, ["Ngân sách 150%", "Mặc định"]);
    assert_eq!(
        s.apply(Action::Stage(StageAction::MoveInStory(0, -1))),
        None
    );
    assert_eq!(s.apply(Action::Stage(StageAction::MoveInStory(1, 1))), None);
    // Added once; a preset and the current scenario can join.
    let s = stage(
        &s,
        StageAction::AddToStory(ScenarioRef::Preset("training_heavy".into())),
    );
    assert_eq!(
        s.apply(Action::Stage(StageAction::AddToStory(ScenarioRef::Preset(
            "training_heavy".into()
        )))),
        None
    );
    let s = stage(&s, StageAction::RemoveFromStory(0));
    let names: Vec<String> = s.story().iter().map(|i| i.name.text(Lang::En)).collect();
    assert_eq!(names, ["Mặc định", "Training-heavy"]);
    // A saved scenario deleted from the library drops out of the presentation.
    let gone = ids[0].clone();
    let s = s
        .apply(Action::Library(LibraryAction::Delete { id: gone.clone() }))
        .expect("deleted");
    let names: Vec<String> = s.story().iter().map(|i| i.name.text(Lang::En)).collect();
    assert_eq!(names, ["Training-heavy"]);
    assert!(
        !s.stage.story.contains(&ScenarioRef::Saved(gone)),
        "no dangling position"
    );
}

#[test]
fn an_empty_storyboard_presents_the_current_scenario() {
    let s = open();
    let story = s.story();
    assert_eq!(story.len(), 1);
    assert_eq!(story[0].reference, ScenarioRef::Current);
    assert_eq!(*story[0].scenario, s.scenario);
    // Its 30 runs differ from the defaults: a levers slide says so.
    assert_eq!(
        slides(&deck_items(&story, &s.defaults, &s.dataset)).len(),
        7
    );
}

#[test]
fn a_scenario_that_spells_a_default_out_has_no_levers_slide() {
    let s = open();
    let mut spelled = (*s.defaults).clone();
    let key = ntm_model::params::ParamKey::ALL[0];
    spelled.assumptions.values.insert(key, key.default_value());
    assert_ne!(spelled, *s.defaults, "a different value, the same scenario");
    let shown = |sc: &Scenario| Shown {
        reference: ScenarioRef::Current,
        name: ScenarioName::Current,
        scenario: Rc::new(sc.clone()),
        outcome: None,
    };
    let mut changed = (*s.defaults).clone();
    changed.budget.scale_pct = 150.0;
    let changed_of = |items: &[Shown]| -> Vec<usize> {
        deck_items(items, &s.defaults, &s.dataset)
            .iter()
            .map(|d| d.levers)
            .collect()
    };
    assert_eq!(changed_of(&[shown(&spelled), shown(&changed)]), vec![0, 1]);
}

#[test]
fn a_scenario_of_many_changes_has_its_levers_over_several_slides() {
    use ntm_model::scenario::UnitLevers;
    let s = open();
    let ds = &s.dataset;
    let mut sc = (*s.defaults).clone();
    // The province's budget: one row.
    sc.budget.scale_pct = 120.0;
    // Campaigns of their own in sixteen communes spread over the province (more districts
    // than get slides of their own, so that none come between): a row each.
    let communes: Vec<_> = ds
        .communes
        .iter()
        .filter(|c| c.is_candidate())
        .step_by(8)
        .take(16)
        .collect();
    assert_eq!(communes.len(), 16);
    for c in &communes {
        sc.communes.insert(
            c.code.clone(),
            UnitLevers {
                campaigns: Some(6.0),
                ..Default::default()
            },
        );
    }
    let shown = Shown {
        reference: ScenarioRef::Current,
        name: ScenarioName::Current,
        scenario: Rc::new(sc),
        outcome: None,
    };
    let deck = deck_items(&[shown], &s.defaults, ds);
    assert_eq!(
        deck[0].levers, 17,
        "the budget line and the sixteen communes"
    );
    assert_eq!(deck[0].lever_warnings, 0, "no fixed amount");
    let pages = lever_pages(17, 0);
    assert_eq!(pages, 3);
    let all = slides(&deck);
    assert_eq!(
        all[0],
        Slide::Scenario {
            item: 0,
            kind: SlideKind::Title
        }
    );
    let want: Vec<Slide> = (0..pages)
        .map(|page| Slide::Levers {
            item: 0,
            page,
            pages,
        })
        .collect();
    assert_eq!(all[1..=pages], want[..]);
    assert_eq!(
        all[pages + 1..pages + 3],
        [
            Slide::Scenario {
                item: 0,
                kind: SlideKind::Story
            },
            Slide::Scenario {
                item: 0,
                kind: SlideKind::Headline
            }
        ]
    );
    // The pages share the rows out evenly, none over the limit, every row once.
    let sizes: Vec<usize> = (0..pages).map(|p| page_rows(17, p, pages).len()).collect();
    assert_eq!(sizes, vec![5, 6, 6]);
    assert_eq!(page_rows(17, 0, pages).start, 0);
    assert_eq!(page_rows(17, pages - 1, pages).end, 17);
    assert!(sizes.iter().all(|&n| n <= LEVER_ROWS));
}

/// The fixed amounts' warning under a levers table takes room of its own: a full slide of
/// rows and the warning overfilled the last levers slide.
#[test]
fn the_fixed_amounts_warning_gets_room_on_the_last_levers_slide() {
    use ntm_model::scenario::UnitLevers;
    assert_eq!(lever_pages(0, 1), 0, "no table, no warning");
    assert_eq!(lever_pages(LEVER_ROWS, 0), 1);
    assert_eq!(lever_pages(LEVER_ROWS, 1), 2);
    assert_eq!(lever_pages(LEVER_ROWS - WARNING_ROWS, 1), 1);
    assert_eq!(lever_pages(LEVER_ROWS - WARNING_ROWS, 2), 2);
    let s = open();
    let ds = &s.dataset;
    let mut sc = (*s.defaults).clone();
    // 20 tỷ đồng/xã/năm for a district's communes passes the pooled money.
    sc.districts.insert(
        ds.districts[2].code.clone(),
        UnitLevers {
            fixed_amount: Some(20.0),
            ..Default::default()
        },
    );
    let shown = Shown {
        reference: ScenarioRef::Current,
        name: ScenarioName::Current,
        scenario: Rc::new(sc),
        outcome: None,
    };
    let deck = deck_items(&[shown], &s.defaults, ds);
    assert_eq!(deck[0].lever_warnings, 1);
    assert_eq!(deck[0].levers, 1);
}

#[test]
fn a_scenario_singling_out_a_few_districts_gets_a_slide_for_each() {
    use ntm_model::scenario::UnitLevers;
    let s = open();
    let ds = &s.dataset;
    let shown = |sc: &Scenario| Shown {
        reference: ScenarioRef::Current,
        name: ScenarioName::Current,
        scenario: Rc::new(sc.clone()),
        outcome: None,
    };
    let items = |sc: &Scenario| deck_items(&[shown(sc)], &s.defaults, ds);
    // Province-wide levers single out no district.
    let mut sc = (*s.defaults).clone();
    sc.budget.scale_pct = 130.0;
    assert!(items(&sc)[0].districts.is_empty());
    // A district's own weight, and a commune of another district: both, in dataset order.
    let weight = UnitLevers {
        budget_weight: Some(2.0),
        ..Default::default()
    };
    sc.districts
        .insert(ds.districts[4].code.clone(), weight.clone());
    let commune = ds
        .communes
        .iter()
        .find(|c| c.district == 1)
        .expect("a commune in the second district");
    sc.communes.insert(
        commune.code.clone(),
        UnitLevers {
            campaigns: Some(4.0),
            ..Default::default()
        },
    );
    let deck = items(&sc);
    let xa = |d: usize| {
        ds.communes
            .iter()
            .filter(|c| c.district == d && c.is_candidate())
            .count()
    };
    assert_eq!(deck[0].districts, vec![(1, xa(1)), (4, xa(4))]);
    let all = slides(&deck);
    let district_slides: Vec<Slide> = all[7..].to_vec();
    assert_eq!(
        district_slides.len(),
        district_pages(xa(1)) + district_pages(xa(4))
    );
    // Each district's pages in order, the first district first.
    let mut want = Vec::new();
    for d in [1, 4] {
        let pages = district_pages(xa(d));
        for page in 0..pages {
            want.push(Slide::District {
                item: 0,
                district: d,
                page,
                pages,
            });
        }
    }
    assert_eq!(district_slides, want);
    // More than a few districts is a province-wide plan: no district slides.
    for d in &ds.districts[..MAX_DISTRICT_SLIDES + 1] {
        sc.districts.insert(d.code.clone(), weight.clone());
    }
    assert!(items(&sc)[0].districts.is_empty());
}

#[test]
fn slides_follow_the_storyboard_then_a_summary() {
    assert_eq!(slides(&[]), vec![]);
    let at = |item, kind| Slide::Scenario { item, kind };
    // The first scenario changes something: it has a levers slide after its title.
    let deck = |changed: &[bool]| -> Vec<DeckItem> {
        changed
            .iter()
            .map(|&changed| DeckItem {
                levers: usize::from(changed),
                lever_warnings: 0,
                districts: Vec::new(),
            })
            .collect()
    };
    let levers = |item, page, pages| Slide::Levers { item, page, pages };
    let two = slides(&deck(&[true, false]));
    assert_eq!(two.len(), 15);
    assert_eq!(
        two[..10],
        [
            at(0, SlideKind::Title),
            levers(0, 0, 1),
            at(0, SlideKind::Story),
            at(0, SlideKind::Headline),
            at(0, SlideKind::Villages),
            at(0, SlideKind::Communes),
            at(0, SlideKind::Blockers),
            at(1, SlideKind::Title),
            at(1, SlideKind::Story),
            at(1, SlideKind::Headline),
        ]
    );
    // The side-by-side table over two slides, counts then money, for two scenarios as for
    // three (on one slide, two scenarios' ranges and note fell to 12 px at 1024 × 768).
    assert_eq!(
        two[two.len() - 2..],
        [
            Slide::Summary { page: 0, pages: 2 },
            Slide::Summary { page: 1, pages: 2 }
        ]
    );
    let three = slides(&deck(&[true, false, false]));
    assert_eq!(
        three[three.len() - 2..],
        [
            Slide::Summary { page: 0, pages: 2 },
            Slide::Summary { page: 1, pages: 2 }
        ]
    );
    assert_eq!(slides(&deck(&[false])).len(), 6);
    assert_eq!(slides(&deck(&[true])).len(), 7);
}

#[test]
fn a_district_s_communes_are_shared_out_evenly_over_its_slides() {
    assert_eq!(district_pages(0), 1);
    assert_eq!(district_pages(DISTRICT_ROWS), 1);
    assert_eq!(district_pages(DISTRICT_ROWS + 1), 2);
    for rows in 0..40 {
        let pages = district_pages(rows);
        let ranges: Vec<_> = (0..pages).map(|p| page_rows(rows, p, pages)).collect();
        // Every row once, in order, no page over the limit, the pages at most one row apart.
        assert_eq!(ranges.first().map_or(0, |r| r.start), 0);
        assert_eq!(ranges.last().map_or(0, |r| r.end), rows);
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
        assert!(ranges.iter().all(|r| r.len() <= DISTRICT_ROWS), "{rows}");
        if rows > 0 {
            let (lo, hi) = ranges.iter().fold((usize::MAX, 0), |(lo, hi), r| {
                (lo.min(r.len()), hi.max(r.len()))
            });
            assert!(hi - lo <= 1 || rows < pages, "{rows}: {ranges:?}");
        }
    }
    assert_eq!(page_rows(19, 0, 3), 0..6);
    assert_eq!(page_rows(19, 2, 3), 12..19);
}

#[test]
fn keys_step_through_the_slides_and_stop_at_the_ends() {
    // (key, shift, from, count, to)
    let cases = [
        ("ArrowRight", false, 0, 5, Some(1)),
        ("PageDown", false, 4, 5, Some(4)),
        (" ", false, 2, 5, Some(3)),
        // Shift+Space goes back, as in other presentation programs.
        (" ", true, 2, 5, Some(1)),
        ("ArrowLeft", false, 0, 5, Some(0)),
        ("PageUp", false, 3, 5, Some(2)),
        ("Home", false, 3, 5, Some(0)),
        ("End", false, 1, 11, Some(10)),
        ("Escape", false, 1, 5, None),
        ("a", false, 1, 5, None),
    ];
    for (key, shift, from, count, to) in cases {
        assert_eq!(
            Step::from_key(key, shift).map(|s| s.from(from, count)),
            to,
            "{key} {shift}"
        );
    }
}

#[test]
fn a_swipe_turns_the_page_and_a_tap_or_a_scroll_does_not() {
    // (dx, dy, ms, step)
    let cases = [
        (-120.0, 10.0, 250.0, Some(Step::Next)),
        (140.0, -20.0, 300.0, Some(Step::Previous)),
        (-30.0, 0.0, 100.0, None),    // a tap that slid a little
        (-120.0, 80.0, 300.0, None),  // mostly a scroll
        (-200.0, 0.0, 2500.0, None),  // a slow drag: reading, not turning
        (f64::NAN, 0.0, 100.0, None), // a browser that gave no position
    ];
    for (dx, dy, ms, step) in cases {
        assert_eq!(Step::from_swipe(dx, dy, ms), step, "{dx} {dy} {ms}");
    }
}

#[test]
fn presenting_needs_every_run_and_then_nothing_can_change_the_figures() {
    let s = stage(&open(), StageAction::Show(Screen::Storyboard));
    assert_eq!(
        s.apply(Action::Stage(StageAction::Present)),
        None,
        "no results yet: not presentable"
    );
    let s = with_all_results(s);
    let s = stage(&s, StageAction::Present);
    assert_eq!(s.stage.presenting, Some(0));
    let s = stage(&s, StageAction::Go(Step::Next));
    assert_eq!(s.stage.presenting, Some(1));
    let s = stage(&s, StageAction::Go(Step::Last));
    assert_eq!(
        s.stage.presenting,
        Some(6),
        "seven slides: 30 runs is a change"
    );
    assert_eq!(s.apply(Action::Stage(StageAction::Go(Step::Next))), None);

    // Read-only: no lever, no link, no library change, no screen change gets through.
    let refused = [
        budget(150.0),
        Action::Edit(Edit::ResetAll),
        Action::OpenLink("#s=AAAA".into()),
        Action::LoadScenario(Box::new((*s.defaults).clone())),
        Action::Library(LibraryAction::SaveCurrent {
            name: "x".into(),
            fallback: "x".into(),
            now: "t".into(),
        }),
        Action::Stage(StageAction::Show(Screen::Workspace)),
        Action::Stage(StageAction::AddToStory(ScenarioRef::Preset(
            "plan_2020".into(),
        ))),
        Action::SetYear(2023),
    ];
    for a in refused {
        assert_eq!(s.apply(a.clone()), None, "{a:?} while presenting");
    }
    // The language may change; the figures do not.
    let en = s.apply(Action::SetLanguage(Lang::En)).expect("language");
    assert_eq!(en.scenario, s.scenario);
    assert_eq!(en.stage.runs, s.stage.runs);

    let s = stage(&en, StageAction::Go(Step::Previous));
    let s = stage(&s, StageAction::StopPresenting);
    assert_eq!(s.stage.presenting, None);
    assert_eq!(s.stage.screen, Screen::Storyboard);

    // Started again with the same storyboard: back at the slide it was left at (an Escape
    // by mistake mid-meeting); Home still goes to the first.
    let again = stage(&s, StageAction::Present);
    assert_eq!(again.stage.presenting, Some(5));
    let first = stage(&again, StageAction::Go(Step::First));
    assert_eq!(first.stage.presenting, Some(0));
    // Left at the last slide: the next start is at the first.
    let last = stage(&again, StageAction::Go(Step::Last));
    let left_last = stage(&last, StageAction::StopPresenting);
    assert_eq!(
        stage(&left_last, StageAction::Present).stage.presenting,
        Some(0)
    );
    // The same (empty) storyboard, but the current scenario changed: from the first slide.
    let edited = with_all_results(s.apply(budget(120.0)).expect("edit"));
    assert_eq!(
        stage(&edited, StageAction::Present).stage.presenting,
        Some(0)
    );
    // Another storyboard: from the first slide.
    let other = stage(
        &s,
        StageAction::AddToStory(ScenarioRef::Preset("plan_2020".into())),
    );
    let other = with_all_results(other);
    let other = stage(&other, StageAction::Present);
    assert_eq!(other.stage.presenting, Some(0));

    assert!(s.apply(budget(150.0)).is_some(), "editable again");

    // The browser's Back while presenting: the presentation ends as with Escape (the slide
    // remembered), at the screen Back brought.
    let at_third = stage(
        &stage(&first, StageAction::Go(Step::Next)),
        StageAction::Go(Step::Next),
    );
    let back = stage(&at_third, StageAction::Navigated(Screen::Storyboard));
    assert_eq!(back.stage.presenting, None);
    assert_eq!(back.stage.screen, Screen::Storyboard);
    assert_eq!(
        stage(&back, StageAction::Present).stage.presenting,
        at_third.stage.presenting
    );
    let elsewhere = stage(&at_third, StageAction::Navigated(Screen::Workspace));
    assert_eq!(
        (elsewhere.stage.presenting, elsewhere.stage.screen),
        (None, Screen::Workspace)
    );
    // A reload mid-presentation brings the slide it was on (its history entry's): Start goes
    // back there; a slide the storyboard does not have, to the first.
    let mut fresh = back.clone();
    fresh.stage.left_at = None;
    assert_eq!(
        stage(&fresh.clone().resuming_at(2), StageAction::Present)
            .stage
            .presenting,
        Some(2)
    );
    assert_eq!(
        stage(&fresh.resuming_at(999), StageAction::Present)
            .stage
            .presenting,
        Some(0)
    );
    // Back to the comparison fills its columns as the switcher does.
    let compare = stage(&back, StageAction::Navigated(Screen::Compare));
    assert_eq!(compare.stage.screen, Screen::Compare);
    assert!(compare.stage.compare.len() >= MIN_COMPARED);
}

#[test]
fn the_storyboard_takes_a_scenario_once_whatever_it_is_called_by() {
    let s = open();
    let s = s.apply(budget(150.0)).expect("edit");
    let s = save(&s, "Ngân sách 150%");
    let saved = ScenarioRef::Saved(s.library.items[0].id.clone());
    assert_eq!(s.stage.story, std::slice::from_ref(&saved));
    // The current scenario equals the saved one: the same figures under the same name.
    assert!(s.in_story(&ScenarioRef::Current));
    assert_eq!(
        s.apply(Action::Stage(StageAction::AddToStory(ScenarioRef::Current))),
        None
    );
    // Edited, it is another scenario and may join; then the saved one is still there once.
    let edited = s.apply(budget(120.0)).expect("edit");
    assert!(!edited.in_story(&ScenarioRef::Current));
    let both = stage(&edited, StageAction::AddToStory(ScenarioRef::Current));
    assert_eq!(both.stage.story, [saved.clone(), ScenarioRef::Current]);
    assert!(both.in_story(&saved));
    // A preset the current scenario equals counts as shown too, and the other way round.
    let mut fresh = open();
    fresh.scenario = (*fresh.stage.presets[0].scenario).clone();
    let first = ScenarioRef::Preset(fresh.stage.presets[0].id.clone());
    let second = ScenarioRef::Preset(fresh.stage.presets[1].id.clone());
    let with_current = stage(&fresh, StageAction::AddToStory(ScenarioRef::Current));
    assert!(with_current.in_story(&first));
    assert!(!with_current.in_story(&second));
    // The entry that shows the preset is named: the current one, not the preset itself.
    assert_eq!(
        with_current.story_entry(&first),
        Some(&ScenarioRef::Current)
    );
    assert_eq!(
        with_current.story_entry(&ScenarioRef::Current),
        Some(&ScenarioRef::Current)
    );
    assert_eq!(with_current.story_entry(&second), None);
    assert_eq!(
        with_current.apply(Action::Stage(StageAction::AddToStory(first))),
        None
    );
    let with_first = stage(&with_current, StageAction::RemoveFromStory(0));
    let with_first = stage(&with_first, StageAction::AddToStory(second.clone()));
    assert_eq!(with_first.stage.story, [second]);
}

#[test]
fn results_are_kept_only_for_scenarios_a_screen_shows_and_only_when_they_add_runs() {
    let s = stage(&open(), StageAction::Show(Screen::Compare));
    let wanted = s.stage_wanted();
    assert_eq!(wanted.len(), 2);
    let other = {
        let mut o = (*s.defaults).clone();
        o.seed = 7;
        Rc::new(o)
    };
    let run = |sc: &Scenario, runs: u32| {
        let mut sc = sc.clone();
        sc.runs = runs;
        Rc::new(crate::simulation::run(&s.dataset, &sc, 0))
    };
    assert_eq!(
        s.apply(Action::StageResults(other.clone(), run(&other, 10))),
        None,
        "a scenario no screen shows"
    );
    let target = wanted[0].clone();
    let s2 = s
        .apply(Action::StageResults(target.clone(), run(&target, 20)))
        .expect("kept");
    assert_eq!(s2.stage.runs.get(&target).map(|o| o.runs_done), Some(20));
    assert_eq!(
        s2.apply(Action::StageResults(target.clone(), run(&target, 10))),
        None,
        "fewer runs than held"
    );
    let s3 = s2
        .apply(Action::StageResults(target.clone(), run(&target, 30)))
        .expect("more runs");
    assert_eq!(s3.stage.runs.len(), 1);
    assert!(s3.compared()[0].outcome.is_some());
    // Leaving the screen keeps them for later, and nothing is computed for the workspace.
    let back = stage(&s3, StageAction::Show(Screen::Workspace));
    assert!(back.stage_wanted().is_empty());
    assert_eq!(back.stage.runs.len(), 1);
}

#[test]
fn the_cache_drops_the_oldest_results_nobody_shows() {
    let ds = ds();
    let base = Scenario::defaults(&ds);
    let outcome = Rc::new(crate::simulation::run(
        &ds,
        &{
            let mut s = base.clone();
            s.runs = 5;
            s
        },
        0,
    ));
    let keep = Rc::new(base.clone());
    let mut cache = RunCache::default();
    for seed in 0..(SPARE_RESULTS as u64 + 5) {
        let mut sc = base.clone();
        sc.seed = 1000 + seed;
        cache = cache
            .with(Rc::new(sc), outcome.clone(), std::slice::from_ref(&keep))
            .expect("new");
    }
    cache = cache
        .with(keep.clone(), outcome.clone(), std::slice::from_ref(&keep))
        .expect("new");
    assert_eq!(cache.len(), SPARE_RESULTS + 1);
    assert!(cache.get(&keep).is_some(), "the wanted one stays");
    let mut oldest = base.clone();
    oldest.seed = 1000;
    assert!(cache.get(&oldest).is_none(), "the oldest spare went first");
}

#[test]
fn the_current_scenario_is_named_after_what_it_equals() {
    let s = AppState::open(ds(), "", Loaded::default());
    assert_eq!(
        s.current_name().text(Lang::En),
        "Default — business as usual",
        "the defaults are the first preset"
    );
    let s = s.apply(budget(150.0)).expect("edit");
    assert_eq!(s.current_name(), ScenarioName::Current);
    assert_eq!(
        s.choices()[0],
        (ScenarioRef::Current, ScenarioName::Current)
    );
    let s = save(&s, "Ngân sách 150%");
    assert_eq!(
        s.current_name(),
        ScenarioName::Saved("Ngân sách 150%".into())
    );
    // The pickers list the current scenario by that name too, as the comparison's column does,
    // marked as the current one: the saved copy is listed by the same name.
    let current = ScenarioName::CurrentOf(Box::new(ScenarioName::Saved("Ngân sách 150%".into())));
    assert_eq!(s.choices()[0], (ScenarioRef::Current, current.clone()));
    assert_eq!(current.text(Lang::Vi), "Ngân sách 150% (hiện tại)");
    assert_eq!(current.text(Lang::En), "Ngân sách 150% (current)");
    assert_eq!(
        s.choices().last().map(|(_, n)| n.text(Lang::Vi)).as_deref(),
        Some("Ngân sách 150%"),
        "the saved copy keeps its name"
    );
}

#[test]
fn the_unchanged_default_is_presented_and_compared_by_the_preset_s_name() {
    let s = AppState::open(ds(), "", Loaded::default());
    // On its own (the slides of an empty storyboard), by the name the headline and the report
    // give it: "Kịch bản hiện tại" read as some other scenario.
    let story: Vec<String> = s.story().iter().map(|c| c.name.text(Lang::Vi)).collect();
    assert_eq!(story, ["Mặc định — duy trì như hiện nay"]);
    // The pickers list it so too, marked as the current one beside the preset.
    assert_eq!(
        s.choices()[0].1.text(Lang::Vi),
        "Mặc định — duy trì như hiện nay (hiện tại)"
    );
    // Beside the preset itself, marked as the current one.
    let preset = s.stage.presets[0].id.clone();
    let s = stage(&s, StageAction::Show(Screen::Compare));
    let s = stage(&s, StageAction::SetCompared(0, ScenarioRef::Current));
    let s = stage(&s, StageAction::SetCompared(1, ScenarioRef::Preset(preset)));
    let names: Vec<String> = s.compared().iter().map(|c| c.name.text(Lang::En)).collect();
    assert_eq!(
        names[..2],
        [
            "Default — business as usual (current)",
            "Default — business as usual"
        ]
    );
    // Changed, it is the current scenario again.
    let s = s.apply(budget(150.0)).expect("edit");
    assert_eq!(s.story()[0].name, ScenarioName::Current);
}

#[test]
fn a_compared_current_scenario_reads_unlike_its_saved_copy() {
    let s = AppState::open(ds(), "", Loaded::default());
    let s = save(&s.apply(budget(150.0)).expect("edit"), "Vốn 150%");
    let saved = s.library.items[0].id.clone();
    let s = s
        .stage_action(StageAction::Show(Screen::Compare))
        .expect("shown");
    let s = s
        .stage_action(StageAction::SetCompared(0, ScenarioRef::Current))
        .expect("current first");
    let names = |s: &AppState| -> Vec<String> {
        s.compared().iter().map(|c| c.name.text(Lang::Vi)).collect()
    };
    // Beside a preset, the current scenario is called by its saved name alone.
    assert_eq!(names(&s)[0], "Vốn 150%");
    let s = s
        .stage_action(StageAction::SetCompared(1, ScenarioRef::Saved(saved)))
        .expect("saved second");
    assert_eq!(names(&s), ["Vốn 150% (hiện tại)", "Vốn 150%"]);
    // The name it carries elsewhere (the headline) is unchanged.
    assert_eq!(s.current_name(), ScenarioName::Saved("Vốn 150%".into()));
    // In the storyboard too: beside its saved copy it is the current one.
    let story_names =
        |s: &AppState| -> Vec<String> { s.story().iter().map(|c| c.name.text(Lang::Vi)).collect() };
    assert_eq!(story_names(&s), ["Vốn 150%"]);
    // The current scenario added while it differed, then undone back to the saved one.
    let s = s.apply(budget(160.0)).expect("edit");
    let s = stage(&s, StageAction::AddToStory(ScenarioRef::Current));
    assert_eq!(story_names(&s), ["Vốn 150%", "Vốn 150% (đã sửa)"]);
    let s = s.apply(Action::Undo).expect("undone");
    assert_eq!(story_names(&s), ["Vốn 150%", "Vốn 150% (hiện tại)"]);
}

/// Saves the current scenario in the library under `name`.
fn save_in_library(s: &AppState, name: &str) -> AppState {
    s.apply(Action::Library(crate::state::LibraryAction::SaveCurrent {
        name: name.into(),
        fallback: "Kịch bản".into(),
        now: "2026-12-02T10:00:00Z".into(),
    }))
    .expect("saved")
}

#[test]
fn an_edited_saved_scenario_is_called_its_edit_until_something_replaces_it() {
    let s = AppState::open(ds(), "", Loaded::default());
    let s = s.apply(budget(150.0)).expect("edit");
    let s = save_in_library(&s, "Vốn 150%");
    let id = s.library.items[0].id.clone();
    let edit_of_it = s.apply(budget(90.0)).expect("edit");
    assert_eq!(
        edit_of_it.current_name(),
        ScenarioName::Edited(Box::new(ScenarioName::Saved("Vốn 150%".into())))
    );
    // A file loaded instead: not an edit of anything.
    let mut other = Scenario::defaults(&s.dataset);
    other.budget.scale_pct = 80.0;
    let s = edit_of_it
        .apply(Action::LoadScenario(Box::new(other)))
        .expect("loaded");
    assert_eq!(s.current_name(), ScenarioName::Current);
    assert_eq!(
        s.current_name(),
        ScenarioName::Current,
        "an edit of the defaults' edit"
    );
    let before = s.scenario.clone();
    let opened = s
        .apply(Action::Library(crate::state::LibraryAction::Open { id }))
        .expect("opened");
    let saved = ScenarioName::Saved("Vốn 150%".into());
    assert_eq!(opened.current_name(), saved);
    let edited = ScenarioName::Edited(Box::new(saved.clone()));
    let once = opened.apply(budget(160.0)).expect("edit");
    assert_eq!(once.current_name(), edited);
    assert_eq!(once.current_name().text(Lang::En), "Vốn 150% (edited)");
    let twice = once.apply(budget(170.0)).expect("edit");
    assert_eq!(
        twice.current_name(),
        edited,
        "an edit of an edit is one edit"
    );
    // Undone step by step: an edit, the saved scenario, then what was there before it was
    // opened, which is no edit of it.
    let back = twice.apply(Action::Undo).expect("undo");
    assert_eq!(back.current_name(), edited);
    let back = back.apply(Action::Undo).expect("undo");
    assert_eq!(back.current_name(), saved);
    // Forward again onto an edit: called so again.
    let forward = back.apply(Action::Redo).expect("redo");
    assert_eq!(forward.current_name(), edited);
    let back = back.apply(Action::Undo).expect("undo");
    assert_eq!(back.scenario, before);
    assert_eq!(back.current_name(), ScenarioName::Current);
    // A long drag records only where it ends: an earlier edit keeps its name.
    let dragged = (0..400).fold(twice.clone(), |s, k| {
        s.apply(Action::Edit(Edit::Slide(
            LeverPath::Leadership,
            LeverValue::Number(0.1 + f64::from(k) * 0.001),
            9,
        )))
        .expect("drag")
    });
    assert_eq!(dragged.current_name(), edited);
    assert!(
        dragged.edited_from.len() < 20,
        "{} records",
        dragged.edited_from.len()
    );
    let undone = dragged.apply(Action::Undo).expect("undo");
    assert_eq!(undone.scenario, twice.scenario);
    assert_eq!(undone.current_name(), edited);
    // A saved copy of the defaults is edited by its own name, not left nameless.
    let fresh = AppState::open(ds(), "", Loaded::default());
    let copy = save_in_library(&fresh, "PA1");
    assert_eq!(copy.current_name(), ScenarioName::Saved("PA1".into()));
    assert_eq!(
        copy.apply(budget(120.0)).expect("edit").current_name(),
        ScenarioName::Edited(Box::new(ScenarioName::Saved("PA1".into())))
    );
    // A one-click replacement is not an edit either.
    let reset = twice.apply(Action::Edit(Edit::ResetLevers)).expect("reset");
    assert_ne!(reset.current_name(), edited);
}

#[test]
fn a_name_sent_with_a_link_names_its_scenario_until_it_changes_and_travels_on() {
    let ds = ds();
    let mut sent = Scenario::defaults(&ds);
    sent.budget.scale_pct = 140.0;
    let name = "Phương án 140% – Hà Quảng";
    let view = crate::state::view::ViewState::default();
    let link = crate::url_state::fragment(&sent, &view, Some(name), &ds).expect("encodes");
    let s = AppState::open(ds.clone(), &format!("#{link}"), Loaded::default());
    assert_eq!(s.scenario, sent);
    assert_eq!(s.current_name(), ScenarioName::Linked(name.into()));
    // The slides and the comparison's column call it so too.
    let shown = s.story();
    assert_eq!(shown[0].name, ScenarioName::Linked(name.into()));
    assert!(
        s.current_name().is_typed(),
        "a typed name is not translated"
    );
    // The page's own link carries the name on.
    assert_eq!(s.shared_name().as_deref(), Some(name));
    // A change makes it another scenario: no longer called by the sender's name, nor sent
    // with it; undoing the change names it again.
    let changed = s.apply(budget(150.0)).expect("edit");
    assert_eq!(
        changed.current_name(),
        ScenarioName::Edited(Box::new(ScenarioName::Linked(name.into())))
    );
    assert_eq!(
        changed.current_name().text(Lang::Vi),
        format!("{name} (đã sửa)")
    );
    assert!(changed.current_name().is_typed());
    assert_eq!(changed.shared_name(), None);
    let back = changed.apply(budget(140.0)).expect("edit");
    assert_eq!(back.current_name(), ScenarioName::Linked(name.into()));
    // Saved under a name of the reader's own, that name wins.
    let saved = save(&back, "Của tôi");
    assert_eq!(saved.current_name(), ScenarioName::Saved("Của tôi".into()));
    assert_eq!(saved.shared_name().as_deref(), Some("Của tôi"));
    // A link without a name, pasted over it, leaves no name behind; a preset carries none
    // (every copy of the app names it).
    let plain = crate::url_state::fragment(&sent, &view, None, &ds).expect("encodes");
    let pasted = s
        .apply(Action::OpenLink(format!("#{plain}")))
        .expect("the link's view and name change");
    assert_eq!(pasted.current_name(), ScenarioName::Current);
    let preset = AppState::open(ds, "", Loaded::default());
    assert!(matches!(preset.current_name(), ScenarioName::Preset { .. }));
    assert_eq!(preset.shared_name(), None);
}

#[test]
fn a_scenario_file_opened_is_called_by_the_file_s_name_until_it_changes() {
    let ds = ds();
    let s = open();
    let mut sent = Scenario::defaults(&ds);
    sent.budget.scale_pct = 125.0;
    let name = "Kế hoạch huyện Hà Quảng";
    let opened = s
        .apply(Action::OpenFile {
            scenario: Box::new(sent.clone()),
            name: format!("  {name} "),
        })
        .expect("another scenario on screen");
    assert_eq!(opened.scenario, sent);
    assert_eq!(opened.current_name(), ScenarioName::Linked(name.into()));
    assert_eq!(opened.story()[0].name, ScenarioName::Linked(name.into()));
    // The page's link carries the name, as a link's.
    assert_eq!(opened.shared_name().as_deref(), Some(name));
    // Offered back as any replacement is.
    let undone = opened.apply(Action::Undo).expect("undo");
    assert_eq!(undone.scenario, s.scenario);
    assert_eq!(undone.current_name(), s.current_name());
    // A change: an edit of it.
    let changed = opened.apply(budget(130.0)).expect("edit");
    assert_eq!(
        changed.current_name(),
        ScenarioName::Edited(Box::new(ScenarioName::Linked(name.into())))
    );
    // The same file opened over itself with another name: renamed, nothing else.
    let renamed = opened
        .apply(Action::OpenFile {
            scenario: Box::new(sent.clone()),
            name: "Tên khác".into(),
        })
        .expect("the name changes");
    assert_eq!(renamed.scenario, sent);
    assert_eq!(
        renamed.current_name(),
        ScenarioName::Linked("Tên khác".into())
    );
    // A file without a name leaves none behind, as a link without one; a scenario this data
    // cannot run changes nothing.
    let nameless = opened
        .apply(Action::OpenFile {
            scenario: Box::new(sent.clone()),
            name: "   ".into(),
        })
        .expect("the name goes");
    assert_eq!(nameless.current_name(), ScenarioName::Current);
    assert_eq!(nameless.shared_name(), None);
    let mut bad = sent.clone();
    bad.budget.scale_pct = f64::NAN;
    assert_eq!(
        s.apply(Action::OpenFile {
            scenario: Box::new(bad),
            name: name.into(),
        }),
        None
    );
}

#[test]
fn a_file_opened_over_a_link_s_scenario_and_taken_back_leaves_the_link_s_name() {
    let ds = ds();
    let mut sent = Scenario::defaults(&ds);
    sent.budget.scale_pct = 140.0;
    let view = crate::state::view::ViewState::default();
    let link = crate::url_state::fragment(&sent, &view, Some("Của anh Nam"), &ds).expect("encodes");
    let s = AppState::open(ds.clone(), &format!("#{link}"), Loaded::default());
    let mut other = sent.clone();
    other.budget.scale_pct = 90.0;
    let file = s
        .apply(Action::OpenFile {
            scenario: Box::new(other),
            name: "Nhầm tệp".into(),
        })
        .expect("opened");
    assert_eq!(file.current_name(), ScenarioName::Linked("Nhầm tệp".into()));
    let back = file.apply(Action::Undo).expect("undo");
    assert_eq!(back.scenario, sent);
    assert_eq!(
        back.current_name(),
        ScenarioName::Linked("Của anh Nam".into())
    );
    assert_eq!(back.shared_name().as_deref(), Some("Của anh Nam"));
}

#[test]
fn a_deleted_saved_scenario_leaves_the_comparison_with_two_columns_still() {
    let s = save(&open(), "Của tôi");
    let id = s.library.items[0].id.clone();
    let s = stage(&s, StageAction::Show(Screen::Compare));
    let s = stage(
        &s,
        StageAction::SetCompared(1, ScenarioRef::Saved(id.clone())),
    );
    let s = stage(&s, StageAction::AddCompared);
    assert_eq!(s.stage.compare.len(), 3);
    let s = s
        .apply(Action::Library(LibraryAction::Delete { id: id.clone() }))
        .expect("deleted");
    assert_eq!(s.stage.compare.len(), 2);
    assert!(!s.stage.compare.contains(&ScenarioRef::Saved(id)));
    // Columns and what they show stay in step: column i is compared()[i].
    let shown: Vec<ScenarioRef> = s.compared().into_iter().map(|x| x.reference).collect();
    assert_eq!(shown, s.stage.compare);
}

#[test]
fn the_comparison_and_the_storyboard_come_back_from_storage_without_dangling_references() {
    let first = save(&open(), "Mặc định");
    let s = save(&first.apply(budget(150.0)).expect("edit"), "Lần hai");
    let ids: Vec<String> = s.library.items.iter().map(|i| i.id.clone()).collect();
    let s = stage(&s, StageAction::Show(Screen::Compare));
    let s = stage(&s, StageAction::AddCompared);
    let s = stage(&s, StageAction::SetBands(false));
    let s = stage(&s, StageAction::MoveInStory(1, -1));
    assert!(s.stage.generation > 0, "changed on this page: to be kept");
    let kept = s.saved_stage();
    assert_eq!(
        kept.story,
        [format!("saved:{}", ids[1]), format!("saved:{}", ids[0])]
    );
    assert_eq!(kept.compare.len(), 3);
    assert!(!kept.bands);

    // Another tab deleted both saved scenarios: the storyboard loses them, but as that is not
    // this page's doing, nothing is to be written back over the other tab's line-up.
    let pruned = s
        .apply(Action::LibraryChangedElsewhere(
            crate::storage::library::LoadedLibrary::default(),
        ))
        .expect("taken");
    assert!(pruned.stage.story.is_empty());
    assert_eq!(pruned.stage.generation, s.stage.generation);

    // A page opened later, with the same library: everything in place, the order kept.
    let mut later = open();
    later.library = s.library.clone();
    let back = later.clone().with_saved_stage(Some(kept.clone()));
    assert_eq!(back.stage.compare, s.stage.compare);
    assert_eq!(back.stage.story, s.stage.story);
    assert!(!back.stage.bands);
    assert_eq!(back.saved_stage(), kept);
    assert_eq!(back.stage.generation, 0, "as read: nothing to write back");

    // Without the library (deleted meanwhile, or another browser): the saved references go;
    // a comparison left with one column gets a second; junk, repeats and unknown presets too.
    let lost = open().with_saved_stage(Some(SavedStage {
        compare: vec![
            format!("saved:{}", ids[0]),
            "preset:no-such".into(),
            "current".into(),
        ],
        story: vec![
            format!("saved:{}", ids[1]),
            "current".into(),
            "current".into(),
            "garbage".into(),
        ],
        bands: true,
    }));
    assert_eq!(lost.stage.story, [ScenarioRef::Current]);
    assert_eq!(lost.stage.compare.len(), MIN_COMPARED);
    assert!(lost.stage.compare.contains(&ScenarioRef::Current));
    // Said: the two saved scenarios and the preset that are gone (not the junk or repeats).
    assert_eq!(
        lost.notices.stage,
        Some(crate::storage::stage::StageProblem::LeftOut(3))
    );
    assert_eq!(back.notices.stage, None, "all in place: nothing to say");
    assert_eq!(
        lost.stage.generation, 1,
        "written back without them: said once"
    );
    // A library that did not read is locked: its scenarios are not said to be gone.
    let mut locked = open();
    locked.library_locked = true;
    let locked = locked.with_saved_stage(Some(SavedStage {
        compare: vec![format!("saved:{}", ids[0]), "current".into()],
        story: vec![],
        bands: true,
    }));
    assert_eq!(locked.notices.stage, None);
    // Nothing stored: the stage of a first visit.
    let first = open().with_saved_stage(None);
    assert_eq!(first.saved_stage(), open().saved_stage());
    assert!(first.stage.compare.is_empty() && first.stage.story.is_empty());
}

#[test]
fn saving_without_a_name_twice_puts_the_one_copy_on_the_storyboard_once() {
    let once = save(&open(), "");
    assert_eq!(once.library.items.len(), 1);
    assert_eq!(once.stage.story.len(), 1);
    // Pressed again, the same scenario: no second copy, no second entry.
    let again = once.apply(Action::Stage(StageAction::SaveCurrentToStory {
        name: "  ".into(),
        fallback: "Kịch bản".into(),
        now: "2025-11-30T10:01:00Z".into(),
    }));
    assert_eq!(again, None, "nothing to change");
    // Taken off the storyboard, the unnamed save puts the kept copy back, still one copy.
    let off = stage(&once, StageAction::RemoveFromStory(0));
    let back = save(&off, "");
    assert_eq!(back.library.items.len(), 1);
    assert_eq!(back.stage.story, once.stage.story);
    // A name asks for a copy of its own, which takes the first one's place in the order: the
    // same scenario twice made two identical decks.
    let named = save(&once, "Bản có tên");
    assert_eq!(named.library.items.len(), 2);
    assert_eq!(
        named.stage.story,
        [ScenarioRef::Saved(named.library.items[1].id.clone())]
    );
    // Another scenario, unnamed: saved.
    let other = save(&once.apply(budget(150.0)).expect("edit"), "");
    assert_eq!(other.library.items.len(), 2);
}

/// "Thêm" the current scenario, then "Lưu và thêm vào trình chiếu": one entry, the saved copy,
/// where the current one was (it was on the slides twice).
#[test]
fn saving_the_current_scenario_on_the_storyboard_takes_its_place() {
    let edited = open().apply(budget(150.0)).expect("edit");
    let preset = edited.stage.presets[0].id.clone();
    let with = stage(
        &stage(&edited, StageAction::AddToStory(ScenarioRef::Current)),
        StageAction::AddToStory(ScenarioRef::Preset(preset.clone())),
    );
    assert_eq!(
        with.stage.story,
        [ScenarioRef::Current, ScenarioRef::Preset(preset.clone())]
    );
    let saved = save(&with, "Vốn 150%");
    let id = saved.library.items[0].id.clone();
    assert_eq!(
        saved.stage.story,
        [ScenarioRef::Saved(id), ScenarioRef::Preset(preset)]
    );
    // Without the current scenario on it, the saved copy goes last, as before.
    let plain = save(&edited, "Vốn 150%");
    assert_eq!(plain.stage.story.len(), 1);
}

#[test]
fn an_edit_of_a_renamed_scenario_is_called_by_its_new_name() {
    let s = AppState::open(ds(), "", Loaded::default());
    let s = save_in_library(&s.apply(budget(150.0)).expect("edit"), "Vốn 150%");
    let id = s.library.items[0].id.clone();
    let s = s.apply(budget(160.0)).expect("edit");
    assert_eq!(s.current_name().text(Lang::Vi), "Vốn 150% (đã sửa)");
    let s = s
        .apply(Action::Library(crate::state::LibraryAction::Rename {
            id,
            name: "Vốn lớn".into(),
            fallback: "K".into(),
        }))
        .expect("renamed");
    assert_eq!(s.current_name().text(Lang::Vi), "Vốn lớn (đã sửa)");
    // Undone to the saved scenario, it is that one, by its new name.
    let s = s.apply(Action::Undo).expect("undone");
    assert_eq!(s.current_name().text(Lang::Vi), "Vốn lớn");
}

/// A reload opens with the work's own link (or, without one, the autosave): an edit of a
/// saved scenario is still called its edit, not an unsaved scenario, as long as what opens is
/// the work the autosave kept; by the saved scenario's name now, if it was renamed since; and
/// the work offered back after a colleague's link is restored under its own name.
#[test]
fn an_edit_is_still_called_so_after_a_reload() {
    use crate::storage::library::LoadedLibrary;
    use crate::storage::{Autosave, EditOf};
    let s = AppState::open(ds(), "", Loaded::default());
    let s = save_in_library(&s.apply(budget(150.0)).expect("edit"), "Vốn 150%");
    let id = s.library.items[0].id.clone();
    let s = s.apply(budget(160.0)).expect("edit");
    let of = s.autosaved_edit_of();
    assert_eq!(
        of,
        Some(EditOf::Saved {
            name: "Vốn 150%".into(),
            id: Some(id.clone()),
        })
    );
    let own_link = format!(
        "#{}",
        crate::url_state::fragment(&s.scenario, &s.view, None, &s.dataset).expect("encodes")
    );
    let reload = |fragment: &str, edit_of, library: &crate::library::Library| {
        let autosave = Loaded {
            saved: Some(Autosave {
                scenario: s.scenario.clone(),
                view: s.view.to_wire(&s.dataset),
                matrix: None,
                edit_of,
            }),
            problem: None,
        };
        let library = LoadedLibrary {
            library: library.clone(),
            ..LoadedLibrary::default()
        };
        AppState::open_with_library(ds(), fragment, autosave, library)
    };
    let mut renamed = (*s.library).clone();
    renamed.rename(&id, "Vốn lớn", "K").expect("renamed");
    for fragment in ["", own_link.as_str()] {
        let r = reload(fragment, of.clone(), &s.library);
        assert_eq!(
            r.current_name().text(Lang::Vi),
            "Vốn 150% (đã sửa)",
            "{fragment:.30}"
        );
        assert_eq!(r.autosaved_edit_of(), of, "written back as it was read");
        // Renamed since (in another tab, or on a page that wrote nothing after): its name now.
        let r = reload(fragment, of.clone(), &renamed);
        assert_eq!(r.current_name().text(Lang::Vi), "Vốn lớn (đã sửa)");
        // An autosave from before the name was kept: the unsaved scenario, as before.
        let r = reload(fragment, None, &s.library);
        assert_eq!(r.current_name(), ScenarioName::Current);
    }
    // A colleague's link to other work is not the autosaved edit: the link's name stands.
    let mut other = s.scenario.clone();
    other.leadership = 0.2;
    let their_link = format!(
        "#{}",
        crate::url_state::fragment(&other, &s.view, Some("Của đồng nghiệp"), &s.dataset)
            .expect("encodes")
    );
    let r = reload(&their_link, of.clone(), &s.library);
    assert_eq!(r.current_name().text(Lang::Vi), "Của đồng nghiệp");
    // The work offered back comes back under its own name, not as an edit of the link's.
    let restored = r.apply(Action::RestoreAutosave).expect("restored");
    assert_eq!(restored.current_name().text(Lang::Vi), "Vốn 150% (đã sửa)");
    assert_eq!(restored.autosaved_edit_of(), of);
}

#[test]
fn saving_the_same_scenario_again_under_a_new_name_renames_its_place_in_the_order() {
    let s = AppState::open(ds(), "", Loaded::default());
    let s = save(&s.apply(budget(150.0)).expect("edit"), "kế hoạch");
    let s = save(&s, "Kế hoạch vốn 150%");
    assert_eq!(s.library.items.len(), 2, "both saved");
    let names: Vec<String> = s.story().iter().map(|c| c.name.text(Lang::Vi)).collect();
    assert_eq!(
        names,
        ["Kế hoạch vốn 150%"],
        "one deck, under the latest name"
    );
    // A different scenario saved next goes after it.
    let s = save(&s.apply(budget(160.0)).expect("edit"), "Vốn 160%");
    let names: Vec<String> = s.story().iter().map(|c| c.name.text(Lang::Vi)).collect();
    assert_eq!(names, ["Kế hoạch vốn 150%", "Vốn 160%"]);
}
