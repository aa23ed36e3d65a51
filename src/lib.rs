//! NTM Planner, the web app (root package of the workspace).
//!
//! The pure model lives in `crates/ntm-model`; this crate only presents it. The modules without
//! a browser dependency (`i18n`, `library`, `simulation`, `state`, `storage`, `url_state`) compile
//! natively and are unit-tested with `cargo test`; their few browser calls are gated to wasm32,
//! like the yew UI (`app`, `components`), which exists only there.

pub mod domain_brief;
pub mod figures;
// The criteria area's pure logic sits beside its components but compiles natively too
// (`components` is wasm-only), so its tests run without a browser.
#[path = "components/criteria/logic/mod.rs"]
pub mod criteria_logic;
// The number levers' slider step: the same.
#[path = "components/controls/logic.rs"]
pub mod controls_logic;
// Which of a chart's labels fit: the same.
#[path = "components/charts/plot/labels.rs"]
pub mod chart_labels;
// The same for the comparison's pure logic (issue 5).
#[path = "components/compare/logic/mod.rs"]
pub mod compare_logic;
// Vietnamese letters composed: in the model, which reads names from data files too.
pub use ntm_model::compose;
// A province's own data files, loaded in the page.
pub mod data_files;
pub mod i18n;
pub mod library;
pub mod names;
pub mod runs;
// Back and Forward between the screens: what an entry holds, pure; the browser calls wasm-only.
pub mod screen_history;
// Share link QR, file names, imports, scenario summaries (issue 5): pure, tested natively.
pub mod sharing;
pub mod simulation;
pub mod state;
pub mod storage;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
