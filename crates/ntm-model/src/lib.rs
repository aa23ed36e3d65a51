//! NTM model: the pure core of NTM Planner.
//!
//! Owns the data (criteria sets, the province dataset), the scenario (levers and assumptions),
//! the simulation, its results and the number formats. It must never touch a browser: no yew,
//! web-sys or gloo here, so everything is tested natively and runs the same in the CLI and in
//! the web app. Start with [`Dataset::caobang_2020`], [`Scenario::defaults`] and [`simulate`].

// Numeric code walks several parallel arrays by index; zipped iterators would read worse.
#![allow(clippy::needless_range_loop)]

pub mod codec;
pub mod compose;
pub mod criteria;
pub mod dataset;
pub mod docs;
pub mod export;
pub mod format;
pub mod params;
pub mod results;
pub mod scenario;
pub mod seek;
pub mod sim;

pub use dataset::Dataset;
pub use results::{Band, Metric, Results, Series};
pub use scenario::Scenario;
pub use sim::{simulate, Simulation};
