//! The criteria area's pure logic: matrix rows, filters and sorting, the colour scale,
//! Vietnamese name order, and what the commune detail panel shows. No yew and no DOM, so it
//! compiles natively and its tests run in a second (`cargo test -p ntm-planner`); the
//! components in `crate::components::criteria` only render what these functions return.
//!
//! It sits beside its components, in one folder for the area, but is compiled as the crate's
//! `criteria_logic` module (see `lib.rs`), because `components` exists only on wasm32.

pub mod collate;
pub mod detail;
pub mod matrix;
pub mod own;
pub mod scale;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_support {
    use std::sync::OnceLock;

    use ntm_model::params::ParamKey;
    use ntm_model::{simulate, Dataset, Results, Scenario};

    /// Few runs: the tests check structure and data, not the Monte Carlo's precision.
    const RUNS: u32 = 40;

    pub fn dataset() -> Dataset {
        Dataset::caobang_2020().expect("the embedded dataset loads")
    }

    /// The default scenario's results (computed once per test binary).
    pub fn results() -> Results {
        static R: OnceLock<Results> = OnceLock::new();
        R.get_or_init(|| {
            let ds = dataset();
            let mut sc = Scenario::defaults(&ds);
            sc.runs = RUNS;
            simulate(&ds, &sc)
        })
        .clone()
    }

    /// A scenario in which nothing moves: no money, no trend, no slips, no sampling. Its
    /// first year repeats the base state, so expected figures come straight from the data.
    pub fn frozen_results() -> Results {
        static R: OnceLock<Results> = OnceLock::new();
        R.get_or_init(|| {
            let ds = dataset();
            let mut sc = Scenario::defaults(&ds);
            sc.runs = RUNS;
            sc.budget.scale_pct = 0.0;
            sc.policy.backsliding = false;
            sc.assumptions.uncertainty = false;
            sc.assumptions.values.insert(ParamKey::TrendMultiplier, 0.0);
            simulate(&ds, &sc)
        })
        .clone()
    }
}
