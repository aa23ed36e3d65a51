//! The comparison's pure logic: the headline figures and targets of each compared scenario
//! with their differences from the first (`headline`), and the levers that differ between the
//! scenarios with each one's values (`levers`). No yew and no DOM, so it compiles natively and
//! its tests run in a second; the components in `crate::components::compare` (and the
//! presentation's summary slide and the report's lever summary) only render what these return.
//!
//! It sits beside its components, in the comparison's folder, but is compiled as the crate's
//! `compare_logic` module (see `lib.rs`), because `components` exists only on wasm32.

pub mod communes;
pub mod districts;
pub mod headline;
pub mod levers;
pub mod money;
