//! NTM model: data, criteria sets, scenario, simulation, results and codecs.
//!
//! TEMPORARY API SKETCH — replaced by the real model (issue 3). The app skeleton
//! builds against these names; keep them when filling in the implementation.

pub mod format;

/// The province's starting state.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub id: String,
    pub base_year: u16,
}

impl Dataset {
    /// The embedded Cao Bằng 2020 default.
    pub fn caobang_2020() -> Result<Dataset, String> {
        Ok(Dataset { id: "caobang-2020".into(), base_year: 2020 })
    }
}

/// What the planner changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub budget: Budget,
    pub seed: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    /// Every budget line times this percentage (100 = the default plan).
    pub scale_pct: f64,
}

impl Scenario {
    pub fn defaults(_ds: &Dataset) -> Scenario {
        Scenario { budget: Budget { scale_pct: 100.0 }, seed: 1 }
    }
}

/// Mean and percentiles of a yearly series.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Band {
    pub mean: Vec<f64>,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    pub villages_standard: Band,
    pub communes_recognised: Band,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    /// Index i of every series is the state at the end of `years[i]`.
    pub years: Vec<u16>,
    pub series: Series,
}

/// Runs `runs` Monte Carlo runs of `sc` on `ds`.
pub fn simulate(_ds: &Dataset, sc: &Scenario, runs: u32) -> Results {
    let years: Vec<u16> = (2020..=2025).collect();
    let s = sc.budget.scale_pct / 100.0;
    let v: Vec<f64> = years.iter().enumerate().map(|(i, _)| (20.0 + 12.0 * i as f64 * s).round()).collect();
    let c: Vec<f64> = years.iter().enumerate().map(|(i, _)| (20.0 + 4.0 * i as f64 * s).round()).collect();
    let _ = runs;
    let band = |x: Vec<f64>| Band { mean: x.clone(), p10: x.iter().map(|a| a * 0.9).collect(), p50: x.clone(), p90: x.iter().map(|a| a * 1.1).collect() };
    Results { years, series: Series { villages_standard: band(v), communes_recognised: band(c) } }
}
