//! Random valid scenarios for property tests.

#![allow(dead_code)]

use ntm_model::params::ParamKey;
use ntm_model::scenario::{AllocationRule, Source, TrainingCounts, TrainingOverride, UnitLevers};
use ntm_model::{Dataset, Scenario};
use proptest::prelude::*;

pub fn dataset() -> Dataset {
    Dataset::caobang_2020().expect("embedded dataset loads")
}

fn levers() -> impl Strategy<Value = UnitLevers> {
    (
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(0.0..5.0f64),
        proptest::option::of(0.0..20.0f64),
        proptest::option::of((
            proptest::option::of(0.0..40.0f64),
            proptest::option::of(0.0..60.0f64),
            proptest::option::of(0.0..200.0f64),
        )),
        proptest::option::of(0.0..5.0f64),
        proptest::option::of(0.0..10.0f64),
        proptest::option::of(any::<bool>()),
        proptest::option::of(0.0..=1.0f64),
        (
            proptest::option::of(2020u16..=2030),
            proptest::option::of(2020u16..=2030),
        ),
    )
        .prop_map(
            |(
                excluded,
                priority,
                budget_weight,
                fixed_amount,
                training,
                training_scale,
                campaigns,
                support_unit,
                leadership,
                (from, until),
            )| {
                // The first year no later than the last (the checks refuse the other way).
                let (training_from, training_until) = match (from, until) {
                    (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                    other => other,
                };
                UnitLevers {
                    excluded,
                    priority,
                    budget_weight,
                    fixed_amount,
                    training: training.map(|(c, v, o)| TrainingOverride {
                        cadres: c,
                        village_leaders: v,
                        vocational: o,
                    }),
                    training_scale,
                    training_from,
                    training_until,
                    campaigns,
                    support_unit,
                    leadership,
                }
            },
        )
}

/// A random valid scenario for `ds` with `runs` Monte Carlo runs.
pub fn scenario(ds: &Dataset, runs: std::ops::Range<u32>) -> impl Strategy<Value = Scenario> {
    let base = Scenario::defaults(ds);
    let codes: Vec<String> = ds.communes.iter().map(|c| c.code.clone()).collect();
    let districts: Vec<String> = ds.districts.iter().map(|d| d.code.clone()).collect();
    let params: Vec<ParamKey> = ParamKey::ALL.to_vec();
    (
        (
            any::<u64>(),
            runs,
            2020u16..=2030,
            0.0..300.0f64,
            proptest::collection::vec(0.0..3.0f64, 7),
        ),
        (
            0usize..5,
            proptest::collection::vec((0.0..30.0f64, 0.0..40.0f64, 0.0..120.0f64), 1..4),
            0.0..6.0f64,
            0u32..160,
            0.0..=1.0f64,
        ),
        (2020u16..2027, any::<bool>(), any::<bool>(), any::<bool>()),
        proptest::collection::vec((proptest::sample::select(codes.clone()), levers()), 0..6),
        proptest::collection::vec((proptest::sample::select(districts), levers()), 0..3),
        proptest::collection::vec((proptest::sample::select(params), 0.0..1.0f64), 0..6),
        proptest::collection::vec((proptest::sample::select(codes), 0.0..10.0f64), 0..8),
    )
        .prop_map(
            move |(top, mid, policy, communes, districts, assumptions, weights)| {
                let mut sc = base.clone();
                let (seed, runs, until, scale, line_scales) = top;
                sc.seed = seed;
                sc.runs = runs;
                sc.until = until;
                sc.budget.scale_pct = scale;
                for (s, k) in Source::ALL.iter().zip(line_scales) {
                    for x in sc.budget.lines.get_mut(*s) {
                        *x *= k;
                    }
                }
                let (rule, training, campaigns, support, leadership) = mid;
                sc.allocation.rule = AllocationRule::ALL[rule];
                sc.training.per_year = training
                    .into_iter()
                    .map(|(c, v, o)| TrainingCounts {
                        cadres: c,
                        village_leaders: v,
                        vocational: o,
                    })
                    .collect();
                sc.campaigns = vec![campaigns];
                sc.support_units = support;
                sc.leadership = leadership;
                let (switch, cliff, backsliding, uncertainty) = policy;
                sc.policy.stricter_set_year = switch;
                sc.policy.graduation_cliff = cliff;
                sc.policy.backsliding = backsliding;
                sc.assumptions.uncertainty = uncertainty;
                sc.communes = communes.into_iter().collect();
                sc.districts = districts.into_iter().collect();
                for (key, t) in assumptions {
                    let s = key.spec();
                    sc.assumptions
                        .values
                        .insert(key, s.low + t * (s.high - s.low));
                }
                sc.allocation.custom_weights = weights.into_iter().collect();
                sc
            },
        )
}
