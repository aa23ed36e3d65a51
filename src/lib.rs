//! NTM Planner, the web app (root package of the workspace).
//!
//! The pure model lives in `crates/ntm-model`; this crate only presents it. The modules without
//! a browser dependency (`i18n`, `simulation`, `state`, `url_state`) compile natively and are
//! unit-tested with `cargo test`; the yew UI (`app`, `components`) exists only on wasm32.

// The criteria area's pure logic sits beside its components but compiles natively too
// (`components` is wasm-only), so its tests run without a browser.
#[path = "components/criteria/logic/mod.rs"]
pub mod criteria_logic;
pub mod i18n;
pub mod simulation;
pub mod state;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
