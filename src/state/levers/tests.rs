//! Lever edits as a table: (edit, what the scenario must look like after it). Every edited
//! scenario must stay valid for the model (`Scenario::validate`), and resetting must give the
//! defaults back exactly (so an untouched lever never lengthens the share link).

use super::*;
use ntm_model::scenario::diff::diff;

fn ds() -> Dataset {
    Dataset::caobang_2020().expect("the embedded dataset loads")
}

fn n(x: f64) -> LeverValue {
    LeverValue::Number(x)
}

/// Applies `edits` in order from the defaults (each must change something).
fn after(ds: &Dataset, edits: &[Edit]) -> Scenario {
    after_from(ds, &Scenario::defaults(ds), edits)
}

/// Applies `edits` in order from `start` (each must change something).
fn after_from(ds: &Dataset, start: &Scenario, edits: &[Edit]) -> Scenario {
    let defaults = Scenario::defaults(ds);
    let mut sc = start.clone();
    for e in edits {
        sc = apply(&sc, &defaults, ds, e).unwrap_or_else(|| panic!("{e:?} changed nothing"));
        assert_eq!(sc.validate(ds), vec![], "{e:?} made the scenario invalid");
    }
    sc
}

#[test]
fn each_edit_changes_exactly_its_lever() {
    let ds = ds();
    let d = Scenario::defaults(&ds);
    let commune = ds.communes[5].code.clone();
    let district = ds.districts[3].code.clone();
    let cases: Vec<(Edit, LeverPath, LeverValue)> = vec![
        (
            Edit::Set(LeverPath::BudgetScale, n(150.0)),
            LeverPath::BudgetScale,
            n(150.0),
        ),
        (
            Edit::Set(LeverPath::BudgetLine(Source::Program135, 2023), n(300.0)),
            LeverPath::BudgetLine(Source::Program135, 2023),
            n(300.0),
        ),
        (
            Edit::Set(
                LeverPath::Rule,
                LeverValue::Rule(AllocationRule::NeedsBased),
            ),
            LeverPath::Rule,
            LeverValue::Rule(AllocationRule::NeedsBased),
        ),
        (
            Edit::Set(LeverPath::CustomWeight(commune.clone()), n(2.5)),
            LeverPath::CustomWeight(commune.clone()),
            n(2.5),
        ),
        (
            Edit::Set(LeverPath::Training(TrainingKind::Vocational, 2022), n(40.0)),
            LeverPath::Training(TrainingKind::Vocational, 2022),
            n(40.0),
        ),
        (
            Edit::Set(LeverPath::Campaigns(2021), n(4.0)),
            LeverPath::Campaigns(2021),
            n(4.0),
        ),
        (
            Edit::Set(LeverPath::SupportUnits, n(100.0)),
            LeverPath::SupportUnits,
            n(100.0),
        ),
        (
            Edit::Set(LeverPath::Leadership, n(0.9)),
            LeverPath::Leadership,
            n(0.9),
        ),
        (
            Edit::Set(LeverPath::StricterSetYear, n(2024.0)),
            LeverPath::StricterSetYear,
            n(2024.0),
        ),
        (
            Edit::Set(LeverPath::GraduationCliff, LeverValue::Flag(false)),
            LeverPath::GraduationCliff,
            LeverValue::Flag(false),
        ),
        (
            Edit::Set(LeverPath::Backsliding, LeverValue::Flag(false)),
            LeverPath::Backsliding,
            LeverValue::Flag(false),
        ),
        (
            Edit::Set(
                LeverPath::District(district.clone(), UnitField::Leadership),
                n(1.0),
            ),
            LeverPath::District(district.clone(), UnitField::Leadership),
            n(1.0),
        ),
        (
            Edit::Set(
                LeverPath::Commune(commune.clone(), UnitField::Priority),
                LeverValue::Flag(true),
            ),
            LeverPath::Commune(commune.clone(), UnitField::Priority),
            LeverValue::Flag(true),
        ),
        (
            Edit::Set(
                LeverPath::Commune(commune.clone(), UnitField::FixedAmount),
                n(3.5),
            ),
            LeverPath::Commune(commune.clone(), UnitField::FixedAmount),
            n(3.5),
        ),
        (
            Edit::Set(LeverPath::Assumption(ParamKey::Noise), n(0.7)),
            LeverPath::Assumption(ParamKey::Noise),
            n(0.7),
        ),
        (
            Edit::Set(LeverPath::Uncertainty, LeverValue::Flag(false)),
            LeverPath::Uncertainty,
            LeverValue::Flag(false),
        ),
        (
            Edit::Set(LeverPath::Runs, n(200.0)),
            LeverPath::Runs,
            n(200.0),
        ),
        (
            Edit::Set(LeverPath::Until, n(2030.0)),
            LeverPath::Until,
            n(2030.0),
        ),
    ];
    for (edit, path, want) in cases {
        let sc = after(&ds, std::slice::from_ref(&edit));
        assert_eq!(value(&sc, &ds, &path), want, "{edit:?}");
        assert!(changed(&sc, &d, &ds, &path), "{edit:?} not marked changed");
        let changes: Vec<LeverPath> = diff(&d, &sc, &ds).into_iter().map(|c| c.path).collect();
        let extra_years = matches!(path, LeverPath::Until);
        if !extra_years {
            assert_eq!(changes, vec![path.clone()], "{edit:?} changed more");
        }
        let back = apply(&sc, &d, &ds, &Edit::Reset(path.clone())).expect("reset changes");
        assert_eq!(back, d, "{edit:?}: reset did not give the defaults back");
    }
}

#[test]
fn values_are_clamped_into_what_the_model_accepts() {
    let ds = ds();
    let code = ds.communes[0].code.clone();
    // (lever, value asked, value kept)
    let cases = [
        (LeverPath::BudgetScale, -5.0, 0.0),
        (LeverPath::BudgetScale, 120.4, 120.0),
        (LeverPath::BudgetScale, 1e9, 300.0),
        (LeverPath::Leadership, 7.0, 1.0),
        (LeverPath::SupportUnits, 12.4, 12.0),
        (LeverPath::Runs, 0.0, 1.0),
        (LeverPath::Runs, 1e9, 20_000.0),
        (LeverPath::Campaigns(2020), 500.0, 100.0),
        (LeverPath::Training(TrainingKind::Cadres, 2020), -1.0, 0.0),
        (LeverPath::Assumption(ParamKey::Noise), 5.0, 1.0),
        (LeverPath::Assumption(ParamKey::CostMultiplier), 100.0, 4.5),
        (LeverPath::StricterSetYear, 1990.0, 2020.0),
        (LeverPath::StricterSetYear, 3000.0, f64::from(NEVER)),
        (
            LeverPath::Commune(code.clone(), UnitField::Leadership),
            3.0,
            1.0,
        ),
        (
            LeverPath::Commune(code, UnitField::TrainingScale),
            1e6,
            100.0,
        ),
    ];
    for (path, asked, kept) in cases {
        let sc = after(&ds, &[Edit::Set(path.clone(), n(asked))]);
        assert_eq!(value(&sc, &ds, &path), n(kept), "{path:?} ← {asked}");
    }
}

#[test]
fn edits_that_do_not_apply_change_nothing() {
    let ds = ds();
    let d = Scenario::defaults(&ds);
    let cases = [
        Edit::Set(LeverPath::BudgetScale, n(f64::NAN)),
        Edit::Set(LeverPath::BudgetScale, n(100.0)),
        Edit::Set(LeverPath::BudgetScale, LeverValue::Flag(true)),
        Edit::Set(LeverPath::GraduationCliff, n(1.0)),
        Edit::Set(
            LeverPath::Rule,
            LeverValue::Rule(AllocationRule::EqualPerUnit),
        ),
        Edit::Set(
            LeverPath::Commune("99999".into(), UnitField::Leadership),
            n(0.5),
        ),
        Edit::Set(
            LeverPath::District("999".into(), UnitField::Priority),
            n(1.0),
        ),
        Edit::Set(LeverPath::CustomWeight("nope".into()), n(2.0)),
        Edit::Set(LeverPath::BudgetLine(Source::Community, 1999), n(5.0)),
        Edit::Set(LeverPath::Assumption(ParamKey::Noise), n(0.5)),
        Edit::Reset(LeverPath::BudgetScale),
        Edit::ResetUnit(UnitRef::Commune(ds.communes[0].code.clone())),
        Edit::ResetAssumptions,
        Edit::ResetAll,
    ];
    for e in cases {
        assert_eq!(apply(&d, &d, &ds, &e), None, "{e:?}");
    }
}

#[test]
fn per_year_edits_follow_the_repeat_the_last_year_rule() {
    let ds = ds();
    let d = Scenario::defaults(&ds);
    // Training is one entry (every year the same) by default.
    let sc = after(
        &ds,
        &[Edit::Set(
            LeverPath::Training(TrainingKind::Cadres, 2022),
            n(9.0),
        )],
    );
    let cadres: Vec<f64> = (0..6).map(|y| sc.training.at(y).cadres).collect();
    assert_eq!(cadres, [4.0, 4.0, 9.0, 4.0, 4.0, 4.0], "only 2022 changes");
    assert_eq!(sc.training.at(5).vocational, 15.0, "other kinds untouched");

    // Back to 4 in 2022: the list collapses to the default again.
    let back = apply(
        &sc,
        &d,
        &ds,
        &Edit::Set(LeverPath::Training(TrainingKind::Cadres, 2022), n(4.0)),
    )
    .expect("changes");
    assert_eq!(back, d);

    // Every year at once, and reset every year at once.
    let all = after(
        &ds,
        &[Edit::SetEveryYear(
            Yearly::Training(TrainingKind::Vocational),
            45.0,
        )],
    );
    assert_eq!(all.training.per_year.len(), 1);
    assert_eq!(all.training.at(3).vocational, 45.0);
    assert!(yearly_changed(
        &all,
        &d,
        &ds,
        Yearly::Training(TrainingKind::Vocational)
    ));
    let reset = apply(
        &all,
        &d,
        &ds,
        &Edit::ResetEveryYear(Yearly::Training(TrainingKind::Vocational)),
    )
    .expect("changes");
    assert_eq!(reset, d);

    let budget = after(
        &ds,
        &[Edit::SetEveryYear(
            Yearly::BudgetLine(Source::Provincial),
            90.0,
        )],
    );
    assert_eq!(budget.budget.lines.provincial, vec![90.0; 6]);
    let campaigns = after(&ds, &[Edit::SetEveryYear(Yearly::Campaigns, 3.0)]);
    assert_eq!(campaigns.campaigns, vec![3.0]);
}

#[test]
fn a_budget_line_keeps_its_default_length() {
    let ds = ds();
    let d = Scenario::defaults(&ds);
    let sc = after(
        &ds,
        &[Edit::Set(
            LeverPath::BudgetLine(Source::CentralNtm, 2025),
            n(200.0),
        )],
    );
    assert_eq!(
        sc.budget.lines.central_ntm,
        [110.0, 112.0, 112.0, 112.0, 112.0, 200.0]
    );
    let back = apply(
        &sc,
        &d,
        &ds,
        &Edit::Set(LeverPath::BudgetLine(Source::CentralNtm, 2025), n(112.0)),
    )
    .expect("changes");
    assert_eq!(back, d, "same plan, same default list");
    // A year past the default list extends it (the horizon can reach 2030).
    let far = after(
        &ds,
        &[
            Edit::Set(LeverPath::Until, n(2030.0)),
            Edit::Set(LeverPath::BudgetLine(Source::CentralNtm, 2028), n(50.0)),
        ],
    );
    assert_eq!(far.budget.lines.amount(Source::CentralNtm, 7), 112.0);
    assert_eq!(far.budget.lines.amount(Source::CentralNtm, 8), 50.0);
    assert_eq!(far.budget.lines.amount(Source::CentralNtm, 9), 112.0);
    assert_eq!(far.budget.lines.amount(Source::CentralNtm, 10), 112.0);
}

#[test]
fn unit_overrides_are_removed_when_empty() {
    let ds = ds();
    let d = Scenario::defaults(&ds);
    let code = ds.communes[10].code.clone();
    let path = |f| LeverPath::Commune(code.clone(), f);
    let sc = after(
        &ds,
        &[
            Edit::Set(path(UnitField::Campaigns), n(6.0)),
            Edit::Set(path(UnitField::SupportUnit), LeverValue::Flag(false)),
        ],
    );
    assert!(unit_changed(&sc, &UnitRef::Commune(code.clone())));
    let one = apply(&sc, &d, &ds, &Edit::Reset(path(UnitField::Campaigns))).expect("changes");
    assert_eq!(one.communes.len(), 1, "one override left");
    let none = apply(
        &one,
        &d,
        &ds,
        &Edit::Set(path(UnitField::SupportUnit), LeverValue::Unset),
    )
    .expect("changes");
    assert_eq!(none, d, "an empty override is removed");
    let all = apply(
        &sc,
        &d,
        &ds,
        &Edit::ResetUnit(UnitRef::Commune(code.clone())),
    )
    .expect("changes");
    assert_eq!(all, d);
    assert!(!unit_changed(&all, &UnitRef::Commune(code)));
}

#[test]
fn a_training_count_is_set_on_its_own_and_the_others_follow_the_level_above() {
    let ds = ds();
    let c = &ds.communes[20];
    let district = ds.districts[c.district].code.clone();
    let commune = c.code.clone();
    let unit = UnitRef::Commune(commune.clone());
    // The province plan: 4 cadres, 6 village leaders, 15 vocational.
    let sc = after(
        &ds,
        &[Edit::Set(
            LeverPath::District(district.clone(), UnitField::Training(TrainingKind::Cadres)),
            n(10.0),
        )],
    );
    let t = sc.districts[&district].training.expect("override");
    assert_eq!(
        (t.cadres, t.village_leaders, t.vocational),
        (Some(10.0), None, None),
        "only the count that was set"
    );
    let inherited = inherited_training(&sc, &ds, &unit);
    assert_eq!(
        (
            inherited.cadres,
            inherited.village_leaders,
            inherited.vocational
        ),
        (10.0, 6.0, 15.0)
    );
    // The commune sets its vocational count; the province then raises its village leaders,
    // which the commune still follows.
    let edits = [
        Edit::Set(
            LeverPath::Commune(
                commune.clone(),
                UnitField::Training(TrainingKind::Vocational),
            ),
            n(60.0),
        ),
        Edit::SetEveryYear(Yearly::Training(TrainingKind::VillageLeaders), 9.0),
    ];
    let mut sc2 = sc.clone();
    for e in &edits {
        sc2 = apply(&sc2, &Scenario::defaults(&ds), &ds, e).expect("changes");
    }
    let t = sc2.communes[&commune].training.expect("override");
    assert_eq!(
        (t.cadres, t.village_leaders, t.vocational),
        (None, None, Some(60.0))
    );
    assert_eq!(inherited_training(&sc2, &ds, &unit).village_leaders, 9.0);
    assert_eq!(
        value(
            &sc2,
            &ds,
            &LeverPath::Commune(commune.clone(), UnitField::Training(TrainingKind::Cadres))
        ),
        LeverValue::Unset,
        "the cadres are still the district's"
    );
    // Resetting its one count leaves the commune with no settings of its own.
    let sc3 = apply(
        &sc2,
        &Scenario::defaults(&ds),
        &ds,
        &Edit::Reset(LeverPath::Commune(
            commune.clone(),
            UnitField::Training(TrainingKind::Vocational),
        )),
    )
    .expect("changes");
    assert!(!sc3.communes.contains_key(&commune));
}

#[test]
fn the_seed_takes_any_u64_and_resets() {
    let ds = ds();
    let d = Scenario::defaults(&ds);
    let sc = after(&ds, &[Edit::Seed(u64::MAX)]);
    assert_eq!(sc.seed, u64::MAX);
    assert_eq!(apply(&sc, &d, &ds, &Edit::Reset(LeverPath::Seed)), Some(d));
}

#[test]
fn reset_levers_reset_assumptions_and_reset_all_split_the_scenario_between_them() {
    let ds = ds();
    let d = Scenario::defaults(&ds);
    let code = ds.communes[2].code.clone();
    let sc = after(
        &ds,
        &[
            Edit::Set(LeverPath::BudgetScale, n(200.0)),
            Edit::Set(LeverPath::Commune(code, UnitField::Campaigns), n(3.0)),
            Edit::Set(LeverPath::Assumption(ParamKey::Attrition), n(0.2)),
            Edit::Set(LeverPath::Uncertainty, LeverValue::Flag(false)),
            Edit::Set(LeverPath::Runs, n(300.0)),
            Edit::Seed(7),
        ],
    );
    let a = apply(&sc, &d, &ds, &Edit::ResetAssumptions).expect("changes");
    assert_eq!(a.budget.scale_pct, 200.0);
    assert_eq!(a.communes.len(), 1);
    assert_eq!(
        (&a.assumptions, a.runs, a.seed),
        (&d.assumptions, d.runs, d.seed)
    );
    let l = apply(&sc, &d, &ds, &Edit::ResetLevers).expect("changes");
    assert_eq!((l.budget.scale_pct, l.communes.len()), (100.0, 0));
    assert_eq!((&l.assumptions, l.runs, l.seed), (&sc.assumptions, 300, 7));
    let both = apply(&l, &d, &ds, &Edit::ResetAssumptions).expect("changes");
    assert_eq!(both, d);
    assert_eq!(apply(&sc, &d, &ds, &Edit::ResetAll), Some(d));
}

#[test]
fn scaling_the_training_plan_multiplies_the_province_counts_only() {
    let ds = ds();
    let defaults = Scenario::defaults(&ds);
    let district = ds.districts[0].code.clone();
    let own = Edit::Set(
        LeverPath::District(district.clone(), UnitField::Training(TrainingKind::Cadres)),
        n(9.0),
    );
    let sc = after(&ds, &[own, Edit::ScaleTraining(2.5)]);
    for y in 0..6 {
        let (was, now) = (defaults.training.at(y), sc.training.at(y));
        assert_eq!(now.cadres, was.cadres * 2.5);
        assert_eq!(now.vocational, was.vocational * 2.5);
    }
    // A district's own count stays as it was set.
    let kept = sc.districts[&district].training.and_then(|t| t.cadres);
    assert_eq!(kept, Some(9.0));
    // The goal seek's "set" gives exactly the scenario it simulated.
    let mut seek_scenario = defaults.clone();
    seek_scenario.scale_province_training(2.5);
    assert_eq!(after(&ds, &[Edit::ScaleTraining(2.5)]), seek_scenario);
    // A factor that would pass a count's limit, or is not a number, changes nothing.
    assert!(apply(&defaults, &defaults, &ds, &Edit::ScaleTraining(1.0e6)).is_none());
    assert!(apply(&defaults, &defaults, &ds, &Edit::ScaleTraining(f64::NAN)).is_none());
}

/// A commune under a province plan that changes by year is told the plan's range, unless its
/// district sets one level for every year.
#[test]
fn the_year_range_a_unit_inherits_is_the_province_plan_s_when_it_changes() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    let commune = UnitRef::Commune(ds.communes[5].code.clone());
    let cadres = UnitField::Training(TrainingKind::Cadres);
    // The default plan is the same every year: one number says it.
    assert_eq!(inherited_year_range(&sc, &ds, &commune, cadres), None);
    sc.training.per_year = vec![sc.training.at(0); 6];
    sc.training.per_year[2].cadres = 20.0;
    let base = sc.training.at(0).cadres;
    assert_eq!(
        inherited_year_range(&sc, &ds, &commune, cadres),
        Some((base.min(20.0), base.max(20.0)))
    );
    // Other counts are still steady.
    let vocational = UnitField::Training(TrainingKind::Vocational);
    assert_eq!(inherited_year_range(&sc, &ds, &commune, vocational), None);
    // The district's own count is one level for every year: nothing varies below it.
    let district = ds.communes[5].district;
    sc.districts.insert(
        ds.districts[district].code.clone(),
        UnitLevers {
            training: Some(TrainingOverride {
                cadres: Some(6.0),
                ..TrainingOverride::default()
            }),
            ..UnitLevers::default()
        },
    );
    assert_eq!(inherited_year_range(&sc, &ds, &commune, cadres), None);
}

/// A district that trains on its own in some years only: what its communes inherit changes
/// by year as the model resolves it, and the panel says the range, not the district's value as
/// if it held every year.
#[test]
fn a_district_s_training_years_make_what_its_communes_inherit_change_by_year() {
    let ds = ds();
    let commune = ds.communes.iter().find(|c| c.is_candidate()).expect("a xã");
    let district = ds.districts[commune.district].code.clone();
    let unit = UnitRef::Commune(commune.code.clone());
    let cadres = UnitField::Training(TrainingKind::Cadres);
    let plan = Scenario::defaults(&ds).training.at(0).cadres;
    let sc = after(
        &ds,
        &[
            Edit::Set(LeverPath::District(district.clone(), cadres), n(plan + 6.0)),
            Edit::Set(
                LeverPath::District(district.clone(), UnitField::TrainingScale),
                n(2.0),
            ),
        ],
    );
    // Every year: one value, the district's.
    assert_eq!(inherited_every_year(&sc, &ds, &unit, cadres), n(plan + 6.0));
    assert_eq!(inherited_year_range(&sc, &ds, &unit, cadres), None);
    assert!(!district_training_has_years(&sc, &ds, &unit));
    // From 2023 only: the base year is the province's, and the range is said.
    let sc = after_from(
        &ds,
        &sc,
        &[Edit::Set(
            LeverPath::District(district.clone(), UnitField::TrainingFrom),
            n(2023.0),
        )],
    );
    assert!(district_training_has_years(&sc, &ds, &unit));
    assert_eq!(inherited(&sc, &ds, &unit, cadres), n(plan));
    assert_eq!(
        inherited_every_year(&sc, &ds, &unit, cadres),
        LeverValue::Unset
    );
    assert_eq!(
        inherited_year_range(&sc, &ds, &unit, cadres),
        Some((plan, plan + 6.0))
    );
    assert_eq!(
        inherited_year_range(&sc, &ds, &unit, UnitField::TrainingScale),
        Some((1.0, 2.0))
    );
    // The years are the district's own: its communes have none to inherit.
    assert_eq!(
        inherited(&sc, &ds, &unit, UnitField::TrainingFrom),
        LeverValue::Unset
    );
}

/// The panel's training years can never leave the scenario invalid: out of order or before
/// the base year is refused, and years left with no training of the unit's own go with it.
#[test]
fn training_years_stay_in_order_in_range_and_go_with_the_training() {
    let ds = ds();
    let code = ds
        .communes
        .iter()
        .find(|c| c.is_candidate())
        .expect("a xã")
        .code
        .clone();
    let at = |f| LeverPath::Commune(code.clone(), f);
    let defaults = Scenario::defaults(&ds);
    let sc = after(
        &ds,
        &[
            Edit::Set(at(UnitField::TrainingScale), n(2.0)),
            Edit::Set(at(UnitField::TrainingFrom), n(2024.0)),
        ],
    );
    // The last year before the first: refused, the scenario as it was.
    let refused = |sc: &Scenario, e: Edit| apply(sc, &defaults, &ds, &e);
    assert_eq!(
        refused(&sc, Edit::Set(at(UnitField::TrainingUntil), n(2022.0))),
        None
    );
    // Before the base year: refused.
    assert_eq!(
        refused(&sc, Edit::Set(at(UnitField::TrainingFrom), n(2005.0))),
        None
    );
    // In order: taken.
    let sc = after_from(
        &ds,
        &sc,
        &[Edit::Set(at(UnitField::TrainingUntil), n(2025.0))],
    );
    assert_eq!(value(&sc, &ds, &at(UnitField::TrainingUntil)), n(2025.0));
    // The multiplier reset, nothing of the unit's own training is left: nor are its years.
    let sc = after_from(
        &ds,
        &sc,
        &[Edit::Set(at(UnitField::TrainingScale), LeverValue::Unset)],
    );
    assert_eq!(
        value(&sc, &ds, &at(UnitField::TrainingFrom)),
        LeverValue::Unset
    );
    assert!(
        !sc.communes.contains_key(&code),
        "{:?}",
        sc.communes.get(&code)
    );
}

/// What the lever tables show beside "theo cấp trên" for the levers whose level above is not
/// a setting: a unit's training years run over the scenario's years, and a xã left to the
/// province has a support unit when the province's order reaches it (the tables said only
/// "theo cấp trên", where the levers panel said "(tỉnh phân bổ: Không)").
#[test]
fn the_tables_say_what_following_the_level_above_gives_for_years_and_support_units() {
    let ds = ds();
    let sc = Scenario::defaults(&ds);
    let years = sc.years(&ds);
    let commune = ds.communes.iter().find(|c| c.is_candidate()).expect("a xã");
    let unit = UnitRef::Commune(commune.code.clone());
    assert_eq!(
        inherited_every_year(&sc, &ds, &unit, UnitField::TrainingFrom),
        n(f64::from(years[0]))
    );
    assert_eq!(
        inherited_every_year(&sc, &ds, &unit, UnitField::TrainingUntil),
        n(f64::from(*years.last().expect("years")))
    );
    // Every xã's support unit is the province's to give; the tables say each one's own.
    let given = ntm_model::sim::support_assigned(&ds, &sc);
    let (with, without) = (
        given
            .iter()
            .position(|g| *g == Some(true))
            .expect("a xã given one"),
        given
            .iter()
            .position(|g| *g == Some(false))
            .expect("a xã without"),
    );
    for (i, has) in [(with, true), (without, false)] {
        let unit = UnitRef::Commune(ds.communes[i].code.clone());
        assert_eq!(
            inherited_every_year(&sc, &ds, &unit, UnitField::SupportUnit),
            LeverValue::Flag(has)
        );
        // Its own "Có" or "Không" does not change what the level above would give it.
        let own = after(
            &ds,
            &[Edit::Set(
                LeverPath::Commune(ds.communes[i].code.clone(), UnitField::SupportUnit),
                LeverValue::Flag(!has),
            )],
        );
        assert_eq!(
            province_gives_support(&own, &ds, &ds.communes[i].code),
            Some(has)
        );
    }
}
