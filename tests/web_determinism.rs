//! The same scenario and seed give bit-identical results in the browser (wasm32) and natively:
//! the default scenario's 200-run result must match the golden file that the native test suite
//! produced (`crates/ntm-model/tests/golden/default-200-runs.json`), fingerprint included.
#![cfg(target_arch = "wasm32")]

use ntm_model::results::golden_text;
use ntm_model::{simulate, Dataset, Scenario};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const GOLDEN: &str = include_str!("../crates/ntm-model/tests/golden/default-200-runs.json");

#[wasm_bindgen_test]
fn wasm_results_equal_the_native_golden_result() {
    let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 200;
    let text = golden_text(&simulate(&ds, &sc));
    assert!(
        text == GOLDEN,
        "wasm result differs from the native golden result:\n{text}"
    );
}
