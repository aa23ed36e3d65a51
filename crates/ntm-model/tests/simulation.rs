//! Model checks in the SDEverywhere spirit: invariants over many random valid scenarios,
//! monotonicity with common random numbers, determinism, and a committed golden result.

mod common;

use ntm_model::params::ParamKey;
use ntm_model::results::{Metric, Results};
use ntm_model::scenario::{AllocationRule, Source};
use ntm_model::{simulate, Dataset, Scenario, Simulation};
use proptest::prelude::*;

fn check_invariants(ds: &Dataset, sc: &Scenario, r: &Results) -> Result<(), String> {
    let b = &r.base;
    let limits = [
        (Metric::VillagesStandard, b.villages as f64),
        (Metric::CommunesNtm, b.candidate_communes as f64),
        (Metric::CommunesRecognised, b.candidate_communes as f64),
        (Metric::ScopeCommunesNtm, b.scope_communes as f64),
        (Metric::ScopeCommunesRecognised, b.scope_communes as f64),
        (Metric::CommunesBelow10, b.candidate_communes as f64),
        (Metric::CommunesBelow15, b.candidate_communes as f64),
        (Metric::ScopeCommunesBelow10, b.scope_communes as f64),
        (Metric::VillagesShare, 1.0),
        (Metric::AvgVillageCriteria, ds.village_set().len() as f64),
        (
            Metric::AvgCommuneCriteria,
            ds.base_commune_set().len() as f64,
        ),
    ];
    for (m, hi) in limits {
        let band = r.series.get(m);
        for y in 0..r.years.len() {
            let (p10, p50, p90, mean) = (band.p10[y], band.p50[y], band.p90[y], band.mean[y]);
            if !(0.0 <= p10 && p10 <= p50 && p50 <= p90 && p90 <= hi + 1e-9) {
                return Err(format!(
                    "{m:?} {}: P10 {p10} P50 {p50} P90 {p90} limit {hi}",
                    r.years[y]
                ));
            }
            if !(0.0..=hi + 1e-9).contains(&mean) {
                return Err(format!(
                    "{m:?} {}: mean {mean} outside [0, {hi}]",
                    r.years[y]
                ));
            }
        }
    }
    for s in Source::ALL {
        for y in 0..r.years.len() {
            let (spent, budget) = (
                r.spending.by_source[s.index()][y],
                r.spending.budget_by_source[s.index()][y],
            );
            if !spent.is_finite() || spent < 0.0 || spent > budget * (1.0 + 1e-9) + 1e-9 {
                return Err(format!(
                    "{s:?} {}: spent {spent} > budget {budget}",
                    r.years[y]
                ));
            }
        }
    }
    for rows in [&r.commune_criteria_rates, &r.village_criteria_rates] {
        if rows
            .iter()
            .flatten()
            .any(|q| !(0.0..=1.0 + 1e-12).contains(q))
        {
            return Err("a criteria rate is outside [0, 1]".into());
        }
    }
    for (c, u) in r.communes.iter().enumerate() {
        for y in 0..r.years.len() {
            let prev = if y == 0 {
                f64::from(u8::from(ds.communes[c].recognised_year.is_some()))
            } else {
                u.p_recognised()[y - 1]
            };
            // Recognition is kept: the probability of holding it never falls.
            if u.p_recognised()[y] + 1e-12 < prev {
                return Err(format!(
                    "{}: recognition fell in {}",
                    ds.communes[c].name, r.years[y]
                ));
            }
            // A commune recognised in a year meets every criterion that year.
            if u.p_recognised()[y] - prev > u.p_standard()[y] + 1e-12 {
                return Err(format!(
                    "{}: recognised in {} without meeting every criterion",
                    ds.communes[c].name, r.years[y]
                ));
            }
            if u.criterion_met()[y]
                .iter()
                .chain([&u.p_standard()[y]])
                .any(|q| !(0.0..=1.0 + 1e-12).contains(q))
            {
                return Err(format!(
                    "{}: a probability is outside [0, 1]",
                    ds.communes[c].name
                ));
            }
        }
    }
    // The districts' run-by-run counts add up to the province's, run by run (a village whose
    // commune is not a candidate is in no district: at most the province's, then).
    for y in 0..r.years.len() {
        for (m, whole) in [
            (Metric::CommunesRecognised, true),
            (Metric::VillagesStandard, false),
        ] {
            let province = r.run_values.get(m, y).unwrap_or_default();
            if province.len() != r.runs as usize {
                return Err(format!(
                    "{m:?}: {} run values for {} runs",
                    province.len(),
                    r.runs
                ));
            }
            for (run, total) in province.iter().enumerate() {
                let sum: f64 = r
                    .districts
                    .iter()
                    .map(|d| d.run_values.get(m, y).map_or(f64::NAN, |v| v[run]))
                    .sum();
                if sum > *total || (whole && sum != *total) {
                    return Err(format!(
                        "{m:?} {} run {run}: districts add up to {sum}, the province has {total}",
                        r.years[y]
                    ));
                }
            }
        }
    }
    // A commune's investment money is part of its money; an NTM candidate has one for every
    // year, a village none.
    for (c, u) in ds.communes.iter().zip(&r.communes) {
        if !c.is_candidate() {
            continue;
        }
        if u.investment().len() != r.years.len() {
            return Err(format!(
                "{}: {} years of investment",
                c.code,
                u.investment().len()
            ));
        }
        for (y, (&inv, &money)) in u.investment().iter().zip(u.money()).enumerate() {
            if !(0.0..=money * (1.0 + 1e-12) + 1e-12).contains(&inv) {
                return Err(format!(
                    "{} {}: investment {inv} outside 0–{money}",
                    c.code, r.years[y]
                ));
            }
        }
    }
    if let Some(v) = r.villages.iter().find(|v| !v.investment().is_empty()) {
        return Err(format!(
            "a village has investment money: {:?}",
            v.investment()
        ));
    }
    let _ = sc;
    Ok(())
}

const MONOTONE: [Metric; 6] = [
    Metric::VillagesStandard,
    Metric::CommunesRecognised,
    Metric::CommunesNtm,
    Metric::ScopeCommunesRecognised,
    Metric::AvgVillageCriteria,
    Metric::AvgCommuneCriteria,
];

/// Expected counts of `more` are never below those of `less` (same seed: common random numbers).
fn never_lower(less: &Results, more: &Results, what: &str) -> Result<(), String> {
    for m in MONOTONE {
        for y in 0..less.years.len() {
            let (a, b) = (less.series.get(m).mean[y], more.series.get(m).mean[y]);
            if b < a - 1e-9 {
                return Err(format!(
                    "{what}: {m:?} in {} fell from {a} to {b}",
                    less.years[y]
                ));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_for_random_valid_scenarios(sc in common::scenario(&common::dataset(), 1..8)) {
        let ds = common::dataset();
        prop_assert_eq!(sc.validate(&ds), vec![]);
        let r = simulate(&ds, &sc);
        if let Err(e) = check_invariants(&ds, &sc, &r) {
            prop_assert!(false, "{}", e);
        }
    }

    /// Strict monotonicity of the model's core: with the allocation blind to progress (equal,
    /// poorest-first or custom weights) and no graduation feedback (no cliff, recognised
    /// communes keep their full share), more money or more training never lowers any expected
    /// count, run for run (common random numbers). With the feedbacks on, money moves away from
    /// units that progress, so a unit that gets there first can end up with less; that is the
    /// policy being modelled, not noise (see MODEL.md, "Monotonicity").
    #[test]
    fn more_money_or_more_training_never_lowers_expected_counts(
        sc in common::scenario(&common::dataset(), 8..16),
        k in 1.05..2.0f64,
        rule in prop_oneof![
            Just(AllocationRule::EqualPerUnit),
            Just(AllocationRule::PoorestBorderFirst),
            Just(AllocationRule::CustomWeights)
        ],
    ) {
        let ds = common::dataset();
        let mut sc = sc;
        sc.allocation.rule = rule;
        sc.policy.graduation_cliff = false;
        // Full share for recognised communes in every run (no draw below it).
        sc.assumptions.values.insert(ParamKey::RecognisedWeight, 1.0);
        sc.assumptions.uncertainty = false;
        let base = simulate(&ds, &sc);
        let mut money = sc.clone();
        money.budget.scale_pct = (money.budget.scale_pct * k).min(1000.0);
        let mut training = sc.clone();
        training.scale_training(k);
        for (r, what) in [(simulate(&ds, &money), "more money"), (simulate(&ds, &training), "more training")] {
            if let Err(e) = never_lower(&base, &r, what) {
                prop_assert!(false, "{}", e);
            }
        }
    }
}

#[test]
fn same_scenario_and_seed_give_identical_results() {
    let ds = common::dataset();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 50;
    assert_eq!(simulate(&ds, &sc), simulate(&ds, &sc));
    sc.seed += 1;
    assert_ne!(simulate(&ds, &sc).series, {
        sc.seed -= 1;
        simulate(&ds, &sc).series
    });
}

#[test]
fn batches_give_the_same_results_as_one_go() {
    let ds = common::dataset();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 37;
    let mut sim = Simulation::new(&ds, &sc);
    while !sim.is_done() {
        sim.advance(5);
    }
    assert_eq!(sim.results(&ds), simulate(&ds, &sc));
    let other = ntm_model::dataset::synthetic::synthetic(10, 5, 1).unwrap();
    assert_eq!(sim.results(&other), Results::default());
}

#[test]
fn the_default_scenario_matches_its_golden_result() {
    let ds = common::dataset();
    let golden = golden::compute(&ds);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/default-200-runs.json"
    );
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, &golden).expect("write golden");
    }
    let committed =
        std::fs::read_to_string(path).expect("golden file (run with UPDATE_EXPECT=1 to create it)");
    assert!(
        committed == golden,
        "the default scenario's results changed; if deliberate, refresh with UPDATE_EXPECT=1 cargo test -p ntm-model --test simulation"
    );
}

#[test]
fn the_graduation_cliff_is_modelled_money_leaves_recognised_communes() {
    // With the cliff on, recognised communes get no Program 135 or integrated money: the same
    // budget reaches the others, so more of them get there, while the recognised ones receive less.
    let ds = common::dataset();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 100;
    sc.policy.graduation_cliff = false;
    let off = simulate(&ds, &sc);
    sc.policy.graduation_cliff = true;
    let on = simulate(&ds, &sc);
    let last = off.years.len() - 1;
    let recognised: Vec<usize> = (0..ds.communes.len())
        .filter(|&c| ds.communes[c].recognised_year.is_some())
        .collect();
    let money = |r: &Results| {
        recognised
            .iter()
            .map(|&c| r.communes[c].money()[last])
            .sum::<f64>()
    };
    assert!(
        money(&on) < money(&off) * 0.8,
        "{} vs {}",
        money(&on),
        money(&off)
    );
    assert!(on.series.communes_recognised.mean[last] >= off.series.communes_recognised.mean[last]);
}

#[test]
fn a_village_is_costed_by_the_money_that_reached_villages() {
    // Divided into every source's money, a village gained cost 57 billion VND in 2025 (a
    // reviewer: against a budget basis of 0.4). It is now what reached villages: Decision
    // 1385's support (all of it goes to villages) and Program 135's village share.
    let ds = common::dataset();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 100;
    let r = simulate(&ds, &sc);
    let last = r.years.len() - 1;
    let gained = r.series.villages_standard.mean[last] - r.base.villages_standard as f64;
    let so_far = |line: &[f64]| line[..=last].iter().sum::<f64>();
    let d1385 = so_far(&r.spending.by_source[Source::Decision1385.index()]);
    let p135 = so_far(&r.spending.by_source[Source::Program135.index()]);
    let per_village = r.spending.per_additional_village[last].expect("villages gained");
    let reached = per_village * gained;
    assert!(
        reached > d1385 && reached < d1385 + p135,
        "{reached} against 1385 {d1385} and 135 {p135}"
    );
    let per_commune = r.spending.per_additional_commune[last].expect("communes gained");
    assert!(
        per_village < per_commune / 10.0,
        "{per_village} vs {per_commune}"
    );
}

#[test]
fn the_scope_village_targets_count_the_scope_villages_only() {
    // With villages outside the 1385 scope in the data (every xóm of the province), the
    // scope's 50 % and 60 % were judged on all of them: a reviewer's 200 well-off xóm in a
    // commune outside the scope took "60 % by 2025" from uncertain to likely.
    let mut ds = common::dataset();
    let (outside, moved) = {
        let c = ds
            .communes
            .iter()
            .position(|c| {
                c.scope_1385
                    && ds
                        .villages
                        .iter()
                        .any(|v| ds.communes[v.commune].code == c.code)
            })
            .expect("a scope commune with villages");
        let n = ds.villages.iter().filter(|v| v.commune == c).count();
        (c, n)
    };
    ds.communes[outside].scope_1385 = false;
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 50;
    let r = simulate(&ds, &sc);
    assert_eq!(r.base.scope_villages, r.base.villages - moved);
    let last = r.years.len() - 1;
    let share = &r.series.scope_villages_share;
    let all = &r.series.villages_share;
    assert_ne!(share.mean[last], all.mean[last]);
    let target = r
        .targets
        .iter()
        .find(|t| t.id == "village_share_2025")
        .expect("the scope's 2025 target");
    assert_eq!(target.metric, Metric::ScopeVillagesShare);
    assert_eq!(target.median, Some(share.p50[last]));
    // On data of the scope's villages only, the two shares are the same figures.
    let default = simulate(&common::dataset(), &sc);
    assert_eq!(
        default.series.scope_villages_share,
        default.series.villages_share
    );
}

#[test]
fn the_default_scenario_falls_short_of_some_targets_and_levers_move_it() {
    // The default (business as usual) is not a foregone conclusion either way: the 2025
    // commune target is reached in some runs and missed in others.
    let ds = common::dataset();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 300;
    let r = simulate(&ds, &sc);
    let t = r.targets.iter().find(|t| t.id == "communes_2025").unwrap();
    assert!(t.probability > 0.1 && t.probability < 0.9, "{t:?}");
    sc.budget.scale_pct = 200.0;
    let more = simulate(&ds, &sc);
    let i = r.year_index(2025).unwrap();
    assert!(more.series.communes_recognised.p50[i] > r.series.communes_recognised.p50[i] + 5.0);
}

#[test]
fn nearest_first_pays_while_money_is_short_and_an_equal_split_once_it_is_ample() {
    // Về đích: at the plan's budget, money concentrated on the communes it can finish gets more
    // of them over the line by 2025 than the same money split equally, and pays for that with
    // communes left far behind (more below 15 criteria). Before the rule skipped communes whose
    // investment criteria were all met, it recognised fewer (43 against 49), which no planner
    // would believe of về đích. With ample money the equal split finishes more (MODEL.md §2).
    let ds = common::dataset();
    let mut equal = Scenario::defaults(&ds);
    equal.runs = 300;
    let mut nearest = equal.clone();
    nearest.allocation.rule = AllocationRule::NearestFirst;
    let (a, b) = (simulate(&ds, &equal), simulate(&ds, &nearest));
    let i = a.year_index(2025).unwrap();
    let metrics = [
        Metric::CommunesRecognised,
        Metric::VillagesStandard,
        Metric::CommunesBelow15,
    ];
    for m in metrics {
        let (was, now) = (a.series.get(m).mean[i], b.series.get(m).mean[i]);
        assert!(now > was, "{m:?}: nearest-first {now} against equal {was}");
    }
    equal.budget.scale_pct = 200.0;
    nearest.budget.scale_pct = 200.0;
    let (a, b) = (simulate(&ds, &equal), simulate(&ds, &nearest));
    let recognised = |r: &Results| r.series.communes_recognised.mean[i];
    assert!(
        recognised(&a) > recognised(&b),
        "{} against {}",
        recognised(&a),
        recognised(&b)
    );
}

mod golden {
    use super::*;

    /// The golden text: the headline series in full, and a fingerprint of every number of
    /// the results (so any change anywhere shows, without committing megabytes).
    pub fn compute(ds: &Dataset) -> String {
        let mut sc = Scenario::defaults(ds);
        sc.runs = 200;
        let r = simulate(ds, &sc);
        ntm_model::results::golden_text(&r)
    }
}

#[test]
fn a_criterion_reopened_by_the_stricter_set_is_planned_cheapest_first() {
    // Thái Sơn (Bảo Lâm) met planning (c01, 103 % of the old threshold) at the base date; the
    // 2021–2025 set raises it, and closing that gap costs about 0.1 billion VND against the
    // commune's 12 a year. The base date's plan had it last, behind a 26 billion VND transport
    // gap, so it stayed unmet to 2025 in almost every run; ordered again when the set arrives,
    // it is met again within the year.
    let ds = common::dataset();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 200;
    let r = simulate(&ds, &sc);
    let c = ds
        .communes
        .iter()
        .position(|c| c.code == "01316")
        .expect("Thái Sơn");
    let switch = r
        .year_index(sc.policy.stricter_set_year)
        .expect("in horizon");
    let met = |y: usize| r.communes[c].criterion_met().get(y).expect("year")[0];
    assert!(met(0) > 0.99, "met at first: {}", met(0));
    for y in switch..r.years.len() {
        assert!(met(y) > 0.9, "planning in {}: {}", r.years[y], met(y));
    }
}

#[test]
fn a_target_over_every_village_is_assessed_only_when_the_data_holds_every_village() {
    // The default holds the 294 villages of the Decision 1385 scope: "30 % of all xóm" over
    // them alone would be the scope's own 60 % target with a lower bar.
    let mut ds = common::dataset();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 50;
    let id = "all_villages_2025";
    let of = |r: &Results| r.targets.iter().find(|t| t.id == id).expect(id).clone();
    let t = of(&simulate(&ds, &sc));
    assert!(t.in_horizon && !t.assessable && !t.judged(), "{t:?}");
    assert!(ds.province.targets.iter().any(|t| !t.every_village));
    ds.province.villages_complete = true;
    let t = of(&simulate(&ds, &sc));
    assert!(t.assessable && t.judged(), "{t:?}");
}

/// The page and files accept any assumption within its hard limits, past its plausible range
/// (a cost multiplier of 0, a premium three times the highest plausible): each at either end
/// still gives results that hold every invariant (no division by a zero cost, no NaN).
#[test]
fn every_assumption_at_either_hard_limit_keeps_the_invariants() {
    let ds = common::dataset();
    for key in ParamKey::ALL {
        let (lo, hi) = ntm_model::scenario::hard_limits(*key);
        for value in [lo, hi] {
            for uncertainty in [false, true] {
                let mut sc = Scenario::defaults(&ds);
                sc.runs = 4;
                sc.assumptions.uncertainty = uncertainty;
                sc.assumptions.values.insert(*key, value);
                assert_eq!(sc.validate(&ds), vec![], "{key:?} = {value}");
                let r = simulate(&ds, &sc);
                if let Err(e) = check_invariants(&ds, &sc, &r) {
                    panic!("{key:?} = {value} (uncertainty {uncertainty}): {e}");
                }
            }
        }
    }
}
