//! How long the page's copy of the engine takes for the Cao Bằng default at 1,000 runs, timed
//! in the browser with `performance.now()` (BENCHMARKS.md, "In the browser"). A measurement,
//! not a test of speed: it is ignored unless asked for, prints its timings, and asserts only
//! that each simulation did all its runs. Run it with
//! `cargo test --release --target wasm32-unknown-unknown -p ntm-planner --test web_engine_speed
//! -- --include-ignored --nocapture`.
#![cfg(target_arch = "wasm32")]

use ntm_model::{simulate, Dataset, Scenario};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
#[ignore = "a measurement; run with --include-ignored"]
fn caobang_1000_runs_in_the_browser() {
    let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 1000;
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("the page has performance.now()");
    let mut times = Vec::new();
    for _ in 0..8 {
        let start = performance.now();
        let results = simulate(&ds, &sc);
        times.push(performance.now() - start);
        assert_eq!(results.runs, 1000);
    }
    let best = times.iter().copied().fold(f64::INFINITY, f64::min);
    console_log!("1,000 runs of the Cao Bằng default: best {best:.1} ms of {times:.0?}");
}
