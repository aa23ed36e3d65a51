//! Component tests in headless Chromium: the headline figures show their medians in the
//! reader's number format, the targets under them say met or missed and by how much, progress
//! is shown while refining, and the chart's data table shows its numbers.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;
use std::sync::OnceLock;

use ntm_model::{Dataset, Metric, Results, Scenario};
use ntm_planner::components::headline::{Headline, HeadlineProps};
use ntm_planner::i18n::Lang;
use ntm_planner::simulation::{self, Outcome};
use wasm_bindgen_test::*;

use common::{by_testid, mount_point, text};

wasm_bindgen_test_configure!(run_in_browser);

fn ds() -> Rc<Dataset> {
    Rc::new(Dataset::caobang_2020().expect("the embedded dataset loads"))
}

/// The default outcome with 200 runs (run once), with figures above 1000 so the thousands
/// separator shows.
fn outcome() -> Outcome {
    // `Results` is plain data (Sync): cache it, not the `Rc` around it.
    static BASE: OnceLock<(Results, u32)> = OnceLock::new();
    let (base, runs) = BASE.get_or_init(|| {
        let ds = ds();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 200;
        let out = simulation::run(&ds, &sc, 3);
        ((*out.results).clone(), out.runs_done)
    });
    let mut out = Outcome {
        generation: 3,
        results: Rc::new(base.clone()),
        runs_done: *runs,
        runs_wanted: *runs,
    };
    let mut results = (*out.results).clone();
    let last = results.years.len() - 1;
    let v = &mut results.series.villages_standard;
    (v.p10[last], v.p50[last], v.p90[last]) = (1100.0, 1234.0, 1350.0);
    out.results = Rc::new(results);
    out
}

async fn render(
    lang: Lang,
    outcome: Option<Outcome>,
    progress: (u32, u32),
    stale: bool,
) -> web_sys::Element {
    render_against(lang, outcome, progress, stale, None).await
}

async fn render_against(
    lang: Lang,
    outcome: Option<Outcome>,
    progress: (u32, u32),
    stale: bool,
    baseline: Option<Results>,
) -> web_sys::Element {
    let props = HeadlineProps {
        lang,
        dataset: ds(),
        outcome: outcome.map(Rc::new),
        stale,
        progress,
        baseline: baseline.map(Rc::new),
        name: None,
        unsaved: None,
        before: None,
        unlike_default: None,
    };
    mount(props).await
}

async fn mount(props: HeadlineProps) -> web_sys::Element {
    let root = mount_point();
    yew::Renderer::<Headline>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn headline_shows_each_median_as_a_number() {
    let out = outcome();
    let root = render(Lang::Vi, Some(out.clone()), (200, 200), false).await;
    for (id, figure) in [
        ("headline-villages-2020", out.villages_at(2020)),
        // The 2020 communes figure counts the Decision 1385 scope, as its targets do.
        (
            "headline-communes-2020",
            out.figure(Metric::ScopeCommunesRecognised, 2020),
        ),
        ("headline-communes-2025", out.communes_at(2025)),
    ] {
        let f = figure.expect("figure for the year");
        let el = by_testid(&root, id);
        assert_eq!(text(&el), Lang::Vi.number(f.p50, 0), "{id}");
        assert_eq!(el.get_attribute("value"), Some(f.p50.to_string()), "{id}");
        assert_eq!(
            el.get_attribute("data-mean"),
            Some(f.mean.to_string()),
            "{id}"
        );
    }
    // Each count says what it is out of: the scope's 32 xã beside the province's 2025 card.
    let base = &out.results.base;
    for (id, want) in [
        (
            "headline-villages-2025-of",
            format!("trên {} xóm", base.villages),
        ),
        (
            "headline-communes-2020-of",
            format!("trên {} xã", base.scope_communes),
        ),
        (
            "headline-communes-2025-of",
            format!("trên {} xã", base.candidate_communes),
        ),
    ] {
        assert_eq!(text(&by_testid(&root, id)).trim(), want);
    }
    assert_ne!(base.scope_communes, base.candidate_communes);
    let h = by_testid(&root, "headline");
    assert_eq!(h.get_attribute("data-final").as_deref(), Some("true"));
    assert_eq!(h.get_attribute("data-generation").as_deref(), Some("3"));
    // The communes card says it counts recognition (not "every criterion of the set in force").
    let tip = |id: &str| {
        by_testid(&root, id)
            .closest("[title]")
            .expect("selector")
            .and_then(|e| e.get_attribute("title"))
            .unwrap_or_default()
    };
    assert!(
        tip("headline-communes-2025").contains("Đếm các xã được công nhận đạt chuẩn NTM"),
        "{}",
        tip("headline-communes-2025")
    );
    assert!(!tip("headline-villages-2025").contains("Đếm các xã"));
}

#[wasm_bindgen_test]
async fn headline_groups_thousands_the_way_the_reader_expects() {
    let vi = render(Lang::Vi, Some(outcome()), (200, 200), false).await;
    assert_eq!(text(&by_testid(&vi, "headline-villages-2025")), "1.234");
    assert!(text(&vi).contains("1.100–1.350"), "{}", text(&vi));
    assert!(text(&vi).contains("Cuối năm 2025"));

    let en = render(Lang::En, Some(outcome()), (200, 200), false).await;
    assert_eq!(text(&by_testid(&en, "headline-villages-2025")), "1,234");
    assert!(text(&en).contains("End of 2025"));
}

#[wasm_bindgen_test]
async fn targets_say_met_or_missed_by_how_much_and_how_often() {
    let root = render(Lang::Vi, Some(outcome()), (200, 200), false).await;
    let villages_2020 = by_testid(&root, "target-villages_2020");
    assert_eq!(
        villages_2020.get_attribute("data-met").as_deref(),
        Some("false")
    );
    let t = text(&villages_2020);
    // The verdict is the share of runs, not the median: reached in no run is "unlikely".
    assert_eq!(
        villages_2020.get_attribute("data-verdict").as_deref(),
        Some("unlikely")
    );
    assert!(
        t.contains("✗ Khó đạt") && t.contains("≥\u{a0}40") && t.contains("thiếu 22"),
        "{t}"
    );
    assert!(t.contains("đạt ở 0% số lần chạy"), "{t}");
    // The province-wide village target gets no verdict over the scope's 294 villages: it says
    // why instead.
    let all = by_testid(&root, "target-all_villages_2025");
    let share = text(&all);
    assert!(
        share.contains("Không đánh giá được")
            && share.contains("≥\u{a0}30% số xóm toàn tỉnh")
            && share.contains("dữ liệu chỉ có 294 xóm thuộc QĐ 1385")
            && !share.contains("Nhiều khả năng"),
        "{share}"
    );
    assert_eq!(all.get_attribute("data-verdict"), None);
    // A target on another metric than the figure above it shows its own median; one on the
    // figure's own metric does not repeat it.
    let scope_share = text(&by_testid(&root, "target-village_share_2025"));
    assert!(scope_share.contains("trung vị "), "{scope_share}");
    assert!(!t.contains("trung vị"), "{t}");
    // The 2020 communes figure counts the 1385 scope, as its target does: no second median.
    let scope = text(&by_testid(&root, "target-scope_communes_2020"));
    assert!(!scope.contains("trung vị"), "{scope}");
    // Keyboard users get each target's wording and source in the card's focus tooltip.
    let tip = root
        .query_selector("#headline-villages-2020-tip")
        .ok()
        .flatten()
        .expect("the card's tooltip");
    let tip = text(&tip);
    assert!(
        tip.contains("40 xóm đạt chuẩn NTM") && tip.contains("Nguồn mục tiêu"),
        "{tip}"
    );
    assert!(
        villages_2020
            .get_attribute("title")
            .is_some_and(|t| t.contains("40 xóm đạt chuẩn NTM")),
        "the full wording is in the tooltip"
    );
}

#[wasm_bindgen_test]
async fn while_refining_the_progress_shows_and_the_figures_are_busy() {
    let root = render(Lang::Vi, Some(outcome()), (80, 200), false).await;
    assert_eq!(
        text(&by_testid(&root, "computing")),
        "Đang tính thêm: 80/200 lần chạy"
    );
    let h = by_testid(&root, "headline");
    assert_eq!(h.get_attribute("data-final").as_deref(), Some("false"));
    // Progress is shown, not read out: the live region stays empty until the runs are done,
    // then says the outcome once.
    assert_eq!(text(&by_testid(&root, "announce")), "");
    let done = render(Lang::Vi, Some(outcome()), (200, 200), false).await;
    let said = text(&by_testid(&done, "announce"));
    assert!(
        said.starts_with("Đã xong 200 lần chạy. Cuối năm 2025: khoảng 1.234 xóm đạt chuẩn, ")
            && said.ends_with(" xã được công nhận (trung vị)."),
        "{said}"
    );
    assert!(by_testid(&done, "computing")
        .get_attribute("role")
        .is_none());
    assert!(root
        .query_selector("[aria-busy=\"true\"]")
        .expect("selector")
        .is_some());

    let stale = render(Lang::En, Some(outcome()), (0, 1000), true).await;
    assert_eq!(
        text(&by_testid(&stale, "computing")),
        "Updating for the new scenario…"
    );
    assert!(stale
        .query_selector(".is-stale")
        .expect("selector")
        .is_some());
}

#[wasm_bindgen_test]
async fn before_the_first_batch_the_figures_are_dashes() {
    let root = render(Lang::Vi, None, (0, 1000), false).await;
    assert_eq!(text(&by_testid(&root, "headline-communes-2025")), "–");
    assert_eq!(text(&by_testid(&root, "computing")), "Đang tính toán…");
}

#[wasm_bindgen_test]
async fn a_card_past_the_horizon_gives_the_last_simulated_year() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    (sc.runs, sc.until) = (100, 2023);
    let out = simulation::run(&ds, &sc, 4);
    let at_2023 = out.communes_at(2023).expect("2023 is simulated");
    let root = render(Lang::Vi, Some(out.clone()), (100, 100), false).await;
    // 2025 is not simulated: a dash, and the end of 2023 beside it.
    assert_eq!(text(&by_testid(&root, "headline-communes-2025")), "–");
    let last = text(&by_testid(&root, "headline-communes-2025-last"));
    assert_eq!(
        last,
        format!(
            "Mô phỏng chỉ đến hết năm 2023; khi đó: trung vị {}, P10–P90: {}–{}.",
            at_2023.p50, at_2023.p10, at_2023.p90
        )
    );
    // A year inside the horizon has no such line.
    assert!(root
        .query_selector("[data-testid=headline-villages-2020-last]")
        .unwrap()
        .is_none());
    let en = render(Lang::En, Some(out), (100, 100), false).await;
    assert!(text(&by_testid(&en, "headline-communes-2025-last"))
        .starts_with("Simulated only to the end of 2023"));
}

#[wasm_bindgen_test]
async fn each_figure_says_how_far_the_levers_moved_it_from_the_default() {
    // The default's villages in 2025 at 1.200: the scenario on screen has 1.234, 34 more.
    let mut baseline = (*outcome().results).clone();
    let last = baseline.years.len() - 1;
    baseline.series.villages_standard.p50[last] = 1200.0;
    // Run by run too (the same random numbers): every run has more villages than the default's.
    for v in &mut baseline.run_values.villages_standard[last] {
        *v -= 1.0;
    }
    // A median moved without the runs behind it: one communes-below-15 fewer on paper only.
    baseline.series.communes_below_15.p50[last] += 1.0;
    let root = render_against(Lang::Vi, Some(outcome()), (200, 200), false, Some(baseline)).await;
    let moved = by_testid(&root, "headline-villages-2025-vs-default");
    assert!(
        text(&moved).contains("+34 so với mặc định (tốt hơn)"),
        "{}",
        text(&moved)
    );
    assert!(moved.class_name().contains("is-better"));
    let unclear = by_testid(&root, "headline-below15-2025-vs-default");
    assert!(
        text(&unclear).contains("so với mặc định (chưa rõ)"),
        "{}",
        text(&unclear)
    );
    assert!(unclear.class_name().contains("is-unclear"));
    assert!(
        unclear
            .get_attribute("title")
            .unwrap_or_default()
            .contains("thấp hơn ở 0%"),
        "the tooltip gives the runs"
    );
    // The same median: said as the same.
    let same = by_testid(&root, "headline-communes-2025-vs-default");
    assert!(text(&same).starts_with("= 0 so với"), "{}", text(&same));
    // Without a baseline (the default scenario itself), nothing is said.
    let plain = render(Lang::Vi, Some(outcome()), (200, 200), false).await;
    assert!(plain
        .query_selector("[data-testid$=\"-vs-default\"]")
        .expect("selector")
        .is_none());
}

#[wasm_bindgen_test]
async fn each_figure_says_what_the_latest_change_alone_did() {
    // Before the change: 1.230 villages in 2025, every run one fewer than now.
    let mut before = (*outcome().results).clone();
    let last = before.years.len() - 1;
    before.series.villages_standard.p50[last] = 1230.0;
    for v in &mut before.run_values.villages_standard[last] {
        *v -= 1.0;
    }
    let props = |stale: bool| HeadlineProps {
        lang: Lang::Vi,
        dataset: ds(),
        outcome: Some(Rc::new(outcome())),
        stale,
        progress: (200, 200),
        baseline: None,
        name: None,
        unsaved: None,
        before: Some(Rc::new(before.clone())),
        unlike_default: None,
    };
    let root = mount(props(false)).await;
    let since = by_testid(&root, "headline-villages-2025-since-change");
    assert!(
        text(&since).contains("+4 so với trước khi đổi (tốt hơn)"),
        "{}",
        text(&since)
    );
    assert!(since.class_name().contains("is-better"));
    assert!(since
        .get_attribute("title")
        .unwrap_or_default()
        .contains("(1.230)"));
    // The figures of the older scenario, still on screen while the new one is computed, are
    // not measured against the ones before them.
    let stale = mount(props(true)).await;
    assert!(stale
        .query_selector("[data-testid$=\"-since-change\"]")
        .expect("selector")
        .is_none());
}

/// A scenario without a name still has a line under the heading: what it changes, with a
/// tooltip; a named one shows its name instead.
#[wasm_bindgen_test]
async fn an_unsaved_scenario_says_what_it_changes() {
    let line = "chưa lưu, khác mặc định ở: Tổng vốn so với kế hoạch: 150%";
    let props = |name: Option<ntm_planner::state::stage::ScenarioName>| HeadlineProps {
        lang: Lang::Vi,
        dataset: ds(),
        outcome: Some(Rc::new(outcome())),
        stale: false,
        progress: (200, 200),
        baseline: None,
        name,
        unsaved: Some(line.into()),
        before: None,
        unlike_default: None,
    };
    let root = mount(props(None)).await;
    let el = by_testid(&root, "scenario-unsaved");
    assert_eq!(text(&el), format!("Kịch bản: {line}"));
    assert!(el
        .get_attribute("title")
        .is_some_and(|t| t.contains("chưa được lưu")));
    let named = mount(props(Some(ntm_planner::state::stage::ScenarioName::Saved(
        "PA1".into(),
    ))))
    .await;
    assert!(named
        .query_selector("[data-testid=scenario-unsaved]")
        .unwrap()
        .is_none());
    assert!(text(&by_testid(&named, "scenario-title")).contains("PA1"));
}
