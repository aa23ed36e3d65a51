//! Component tests in headless Chromium: the headline figures and the chart's data table
//! show the numbers they are given, formatted for the reader's language.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;
use std::sync::OnceLock;

use ntm_model::{Dataset, Scenario};
use ntm_planner::components::charts::{BandTable, BandTableProps};
use ntm_planner::components::headline::{Headline, HeadlineProps};
use ntm_planner::i18n::Lang;
use ntm_planner::simulation::{self, Outcome};
use wasm_bindgen_test::*;

use common::{by_testid, mount_point, text};

wasm_bindgen_test_configure!(run_in_browser);

/// The default outcome (run once: a run takes about a second), with figures above 1000 so
/// the thousands separator shows.
fn outcome() -> Outcome {
    static BASE: OnceLock<Outcome> = OnceLock::new();
    let base = BASE.get_or_init(|| {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        simulation::run(&ds, &Scenario::defaults(&ds), 3)
    });
    let mut out = base.clone();
    let last = out.results.years.len() - 1;
    let v = &mut out.results.series.villages_standard;
    (v.p10[last], v.p50[last], v.p90[last]) = (1100.0, 1234.0, 1350.0);
    out
}

async fn render_headline(lang: Lang, outcome: Outcome) -> web_sys::Element {
    let root = mount_point();
    let props = HeadlineProps {
        lang,
        outcome: Some(Rc::new(outcome)),
        computing: false,
    };
    yew::Renderer::<Headline>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn headline_shows_each_median_as_a_number() {
    let out = outcome();
    let root = render_headline(Lang::Vi, out.clone()).await;
    for (id, figure) in [
        ("headline-villages-2020", out.villages_at(2020)),
        ("headline-villages-2025", out.villages_at(2025)),
        ("headline-communes-2020", out.communes_at(2020)),
        ("headline-communes-2025", out.communes_at(2025)),
    ] {
        let median = figure.expect("figure for the year").p50;
        let el = by_testid(&root, id);
        assert_eq!(text(&el), Lang::Vi.number(median, 0), "{id}");
        assert_eq!(el.get_attribute("value"), Some(median.to_string()), "{id}");
    }
}

#[wasm_bindgen_test]
async fn headline_groups_thousands_the_way_the_reader_expects() {
    let vi = render_headline(Lang::Vi, outcome()).await;
    assert_eq!(text(&by_testid(&vi, "headline-villages-2025")), "1.234");
    assert!(text(&vi).contains("1.100–1.350"), "{}", text(&vi));
    assert!(text(&vi).contains("Cuối năm 2025"));

    let en = render_headline(Lang::En, outcome()).await;
    assert_eq!(text(&by_testid(&en, "headline-villages-2025")), "1,234");
    assert!(text(&en).contains("End of 2025"));
}

#[wasm_bindgen_test]
async fn a_year_the_results_do_not_reach_shows_a_dash() {
    let mut out = outcome();
    out.results.years.truncate(1); // Only 2020 left.
    let root = render_headline(Lang::Vi, out).await;
    assert_eq!(text(&by_testid(&root, "headline-villages-2025")), "–");
    assert_ne!(text(&by_testid(&root, "headline-villages-2020")), "–");
}

#[wasm_bindgen_test]
async fn before_the_first_run_the_figures_are_dashes_and_marked_busy() {
    let root = mount_point();
    let props = HeadlineProps {
        lang: Lang::Vi,
        outcome: None,
        computing: true,
    };
    yew::Renderer::<Headline>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&by_testid(&root, "headline-communes-2025")), "–");
    assert_eq!(text(&by_testid(&root, "computing")), "Đang tính toán…");
    let busy = root
        .query_selector("[aria-busy=\"true\"]")
        .expect("selector");
    assert!(busy.is_some(), "figures not marked aria-busy");
}

#[wasm_bindgen_test]
async fn band_table_has_a_column_per_year_and_the_median_row() {
    let out = outcome();
    let root = mount_point();
    let props = BandTableProps {
        lang: Lang::Vi,
        caption: "caption".into(),
        years: out.results.years.clone(),
        band: out.results.series.villages_standard.clone(),
        testid: "table".into(),
    };
    yew::Renderer::<BandTable>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let table = by_testid(&root, "table");
    let header_cells = table.query_selector_all("thead th").expect("selector");
    assert_eq!(header_cells.length() as usize, out.results.years.len() + 1);
    let median_row = table
        .query_selector(".row-median")
        .expect("selector")
        .expect("median row");
    assert!(
        text(&median_row).ends_with("1.234"),
        "{}",
        text(&median_row)
    );
}
