//! Component tests in headless Chromium for the charts panel: every chart draws real results
//! on a canvas sized for the device pixel ratio, its table shows the same numbers in the
//! reader's format, the default scenario and the targets are really drawn (their colours are in the
//! pixels, and vanish without them), the picker switches charts, and the PNG export is 2×.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;

use ntm_model::{Dataset, Results, Scenario};
use ntm_planner::components::charts::{
    build, render_png, ChartKind, ChartsPanel, ChartsPanelProps, ExportedPng, Inputs, BASELINE,
    BUDGET, CURRENT, EXPORT_SCALE, HIGHLIGHT, TARGET,
};
use ntm_planner::i18n::Lang;
use plotters::style::RGBColor;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    CanvasRenderingContext2d, Element, HtmlCanvasElement, KeyboardEvent, KeyboardEventInit,
};
use yew::{AppHandle, Callback};

use common::{by_testid, click, mount_point, text, until};

wasm_bindgen_test_configure!(run_in_browser);

/// Width of the test's page box for the panel, CSS pixels (about the chart column at 1366).
const PANEL_WIDTH: u32 = 900;

struct Fixture {
    dataset: Rc<Dataset>,
    /// The scenario on screen: the default with 160% budget, so it differs from the baseline.
    current: Rc<Results>,
    /// The default scenario.
    baseline: Rc<Results>,
}

/// Real results, computed once per test binary (few runs: the numbers only need to be real).
fn fixture() -> Rc<Fixture> {
    thread_local!(static FIXTURE: Rc<Fixture> = {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 40;
        let baseline = ntm_model::simulate(&ds, &sc);
        sc.budget.scale_pct = 160.0;
        let current = ntm_model::simulate(&ds, &sc);
        Rc::new(Fixture {
            dataset: Rc::new(ds),
            current: Rc::new(current),
            baseline: Rc::new(baseline),
        })
    });
    FIXTURE.with(Rc::clone)
}

/// The app's stylesheets, so the canvases get their real CSS size.
fn install_css() {
    let document = gloo::utils::document();
    if document.get_element_by_id("test-css").is_some() {
        return;
    }
    let style = document.create_element("style").expect("create style");
    style.set_id("test-css");
    style.set_text_content(Some(concat!(
        include_str!("../style/main.css"),
        include_str!("../style/charts.css")
    )));
    document
        .head()
        .expect("head")
        .append_child(&style)
        .expect("append style");
}

fn props(
    lang: Lang,
    results: Option<Rc<Results>>,
    baseline: Option<Rc<Results>>,
) -> ChartsPanelProps {
    ChartsPanelProps {
        lang,
        dataset: fixture().dataset.clone(),
        results,
        baseline,
        year: 2025,
        on_select_commune: Callback::noop(),
        chart: 0,
        on_select_chart: Callback::noop(),
        scenario_name: None,
    }
}

async fn render(props: ChartsPanelProps) -> (Element, AppHandle<ChartsPanel>) {
    install_css();
    let root = mount_point();
    root.set_attribute("style", &format!("width: {PANEL_WIDTH}px"))
        .expect("style");
    let handle = yew::Renderer::<ChartsPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, handle)
}

async fn render_default(lang: Lang) -> (Element, AppHandle<ChartsPanel>) {
    let f = fixture();
    render(props(
        lang,
        Some(f.current.clone()),
        Some(f.baseline.clone()),
    ))
    .await
}

async fn show(root: &Element, kind: ChartKind) -> HtmlCanvasElement {
    click(&by_testid(root, &format!("chart-tab-{}", kind.slug())));
    yew::scheduler::flush().await;
    canvas(root, kind)
}

fn canvas(root: &Element, kind: ChartKind) -> HtmlCanvasElement {
    by_testid(root, &format!("chart-{}", kind.slug()))
        .dyn_into()
        .expect("a <canvas>")
}

async fn open_table(root: &Element, kind: ChartKind) -> Element {
    let toggle = by_testid(root, &format!("chart-{}-toggle", kind.slug()));
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    click(&toggle);
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    by_testid(root, &format!("chart-{}-table", kind.slug()))
}

/// RGBA bytes of the whole canvas.
fn pixels(canvas: &HtmlCanvasElement) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("context")
        .expect("2d context")
        .dyn_into()
        .expect("2d context");
    ctx.get_image_data(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    )
    .expect("image data")
    .data()
    .0
}

/// Pixels within `tol` of `colour` on every channel.
fn count(data: &[u8], colour: RGBColor, tol: u8) -> usize {
    data.chunks_exact(4)
        .filter(|p| {
            p[0].abs_diff(colour.0) <= tol
                && p[1].abs_diff(colour.1) <= tol
                && p[2].abs_diff(colour.2) <= tol
                && p[3] == 255
        })
        .count()
}

/// Pixels that are not the white background.
fn inked(data: &[u8]) -> usize {
    let n = data.len() / 4;
    n - count(data, RGBColor(255, 255, 255), 6)
}

/// (header cell, data cells, bold) of each body row.
fn rows(table: &Element) -> Vec<(String, Vec<String>, bool)> {
    let list = table.query_selector_all("tbody tr").expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|tr| {
            let head = tr
                .query_selector("th")
                .expect("selector")
                .map(|th| text(&th))
                .unwrap_or_default();
            let cells = tr.query_selector_all("td").expect("selector");
            let cells = (0..cells.length())
                .filter_map(|i| cells.item(i))
                .map(|c| c.text_content().unwrap_or_default())
                .collect();
            (head, cells, tr.class_name().contains("row-emphasis"))
        })
        .collect()
}

fn row<'a>(rows: &'a [(String, Vec<String>, bool)], head: &str) -> &'a Vec<String> {
    &rows
        .iter()
        .find(|r| r.0 == head)
        .unwrap_or_else(|| {
            panic!(
                "no row {head:?} in {:?}",
                rows.iter().map(|r| &r.0).collect::<Vec<_>>()
            )
        })
        .1
}

fn vi(values: &[f64], decimals: usize) -> Vec<String> {
    values
        .iter()
        .map(|v| Lang::Vi.number(*v, decimals))
        .collect()
}

/// A row's cells: the base date's value (`None`: a dash), then `values`.
fn from_start(start: Option<f64>, values: &[f64], decimals: usize) -> Vec<String> {
    let first = start.map_or("–".to_string(), |v| Lang::Vi.number(v, decimals));
    std::iter::once(first).chain(vi(values, decimals)).collect()
}

#[wasm_bindgen_test]
async fn every_chart_draws_real_results_sharply() {
    let (root, _app) = render_default(Lang::Vi).await;
    let dpr = gloo::utils::window().device_pixel_ratio();
    for kind in ChartKind::ALL {
        let canvas = show(&root, kind).await;
        let tab = by_testid(&root, &format!("chart-tab-{}", kind.slug()));
        assert_eq!(
            tab.get_attribute("aria-selected").as_deref(),
            Some("true"),
            "{kind:?}"
        );

        // A legend longer than the box leaves a readable plot room makes the box taller
        // (min-height) and the chart is drawn again at that size.
        until("the chart drawn at its box's size", || {
            canvas.height() == (f64::from(canvas.client_height()) * dpr).round() as u32
        })
        .await;
        let (css_w, css_h) = (canvas.client_width(), canvas.client_height());
        assert!(
            css_w > 600 && css_h > 250,
            "{kind:?}: CSS box {css_w}×{css_h}"
        );
        assert_eq!(
            canvas.width(),
            (f64::from(css_w) * dpr).round() as u32,
            "{kind:?} width"
        );
        assert_eq!(
            canvas.height(),
            (f64::from(css_h) * dpr).round() as u32,
            "{kind:?} height"
        );

        let data = pixels(&canvas);
        let share = inked(&data) as f64 / (data.len() / 4) as f64;
        assert!(
            share > 0.05,
            "{kind:?}: only {:.1}% of the canvas is drawn",
            share * 100.0
        );
        assert_eq!(
            canvas.get_attribute("data-runs").as_deref(),
            Some("40"),
            "{kind:?}"
        );
        assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
        assert!(
            canvas
                .get_attribute("aria-label")
                .is_some_and(|l| l.len() > 40),
            "{kind:?}"
        );

        let f = fixture();
        let spec = build(
            kind,
            Inputs {
                dataset: &f.dataset,
                results: &f.current,
                baseline: Some(&f.baseline),
                year: 2025,
                lang: Lang::Vi,
            },
        );
        let heading = by_testid(&root, &format!("chart-{}-heading", kind.slug()));
        assert_eq!(text(&heading), spec.heading);
        let caption = text(&by_testid(&root, &format!("chart-{}-caption", kind.slug())));
        assert!(caption.contains("40 lần mô phỏng"), "{kind:?}: {caption}");
    }
}

#[wasm_bindgen_test]
async fn villages_table_shows_the_results_in_vietnamese() {
    let f = fixture();
    let (root, _app) = render_default(Lang::Vi).await;
    let table = open_table(&root, ChartKind::Villages).await;
    let head: Vec<String> = {
        let list = table.query_selector_all("thead th").expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    };
    // The base date first: the data's state, from which the lines start.
    let mut want_head = vec!["Chỉ số".to_string(), "6/2020 (khởi điểm)".to_string()];
    want_head.extend(f.current.years.iter().map(|y| y.to_string()));
    assert_eq!(head, want_head);

    let rows = rows(&table);
    let band = &f.current.series.villages_standard;
    let start = Some(f.current.base.villages_standard as f64);
    assert_eq!(
        row(&rows, "Hiện tại: trung vị"),
        &from_start(start, &band.p50, 0)
    );
    assert_eq!(
        row(&rows, "Hiện tại: P10"),
        &from_start(start, &band.p10, 0)
    );
    assert_eq!(
        row(&rows, "Hiện tại: P90"),
        &from_start(start, &band.p90, 0)
    );
    assert_eq!(
        row(&rows, "Kịch bản mặc định: trung vị"),
        &from_start(start, &f.baseline.series.villages_standard.p50, 0)
    );
    assert!(
        rows.iter().any(|r| r.0 == "Hiện tại: trung vị" && r.2),
        "median row not bold"
    );

    // Targets, converted to village counts: 40 in 2020; 60% of the 294 villages in 2025,
    // which takes 177 whole villages (176,4).
    let target = |name: &str| row(&rows, &format!("Mục tiêu: {name}")).clone();
    let by_2020 = target("40 xóm đạt chuẩn NTM đến hết năm 2020");
    // A no-break space after "≥": the cell may wrap before the count, never after the sign.
    // (A target has no value at the base date: a dash there.)
    assert_eq!(by_2020[1], "≥\u{a0}40");
    assert_eq!(by_2020[0], "–");
    assert!(by_2020[2..].iter().all(|c| c == "–"), "{by_2020:?}");
    let by_2025 = target("Ít nhất 60% xóm thuộc QĐ 1385 đạt chuẩn đến hết năm 2025");
    assert_eq!(f.current.base.villages, 294);
    assert_eq!(
        by_2025.last().map(String::as_str),
        Some("≥\u{a0}60% (177 xóm)")
    );
}

#[wasm_bindgen_test]
async fn communes_table_has_both_series_and_the_target() {
    let f = fixture();
    let (root, _app) = render_default(Lang::Vi).await;
    show(&root, ChartKind::Communes).await;
    let table = open_table(&root, ChartKind::Communes).await;
    let rows = rows(&table);
    let s = &f.current.series;
    // Recognised at the base date: data (20 communes); meeting every criterion: no figure.
    let start = Some(f.current.base.ntm_communes as f64);
    assert_eq!(
        row(&rows, "Hiện tại: trung vị"),
        &from_start(start, &s.communes_recognised.p50, 0)
    );
    assert_eq!(
        row(&rows, "Đạt đủ tiêu chí bộ đang áp dụng: trung vị"),
        &from_start(None, &s.communes_ntm.p50, 0)
    );
    let target = row(
        &rows,
        "Mục tiêu: Ít nhất 50 xã đạt chuẩn NTM đến hết năm 2025",
    );
    assert_eq!(target.last().map(String::as_str), Some("≥\u{a0}50"));
    let caption = text(&by_testid(&root, "chart-communes-caption"));
    assert!(caption.contains("Từ năm 2022"), "{caption}");
}

/// The stricter set is said from whichever year it applies, the first simulated one too: there
/// the recognised and meeting-all lines part from the first point, and had gone unexplained.
#[wasm_bindgen_test]
fn the_communes_caption_says_when_the_stricter_set_applies() {
    let ds = Dataset::caobang_2020().expect("dataset");
    for (year, said) in [
        (2020, Some("Từ năm 2020")),
        (2022, Some("Từ năm 2022")),
        (2030, None),
    ] {
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 5;
        sc.policy.stricter_set_year = year;
        let r = ntm_model::simulate(&ds, &sc);
        let spec = build(
            ChartKind::Communes,
            Inputs {
                dataset: &ds,
                results: &r,
                baseline: None,
                year: 2025,
                lang: Lang::Vi,
            },
        );
        match said {
            Some(s) => assert!(spec.caption.contains(s), "{year}: {}", spec.caption),
            None => assert!(!spec.caption.contains("Từ năm"), "{year}: {}", spec.caption),
        }
    }
}

#[wasm_bindgen_test]
async fn average_criteria_table_has_one_decimal() {
    let f = fixture();
    let (root, _app) = render_default(Lang::Vi).await;
    show(&root, ChartKind::AverageCriteria).await;
    let rows = rows(&open_table(&root, ChartKind::AverageCriteria).await);
    let s = &f.current.series;
    let b = &f.current.base;
    assert_eq!(
        row(&rows, "Mỗi xóm (hiện tại)"),
        &from_start(Some(b.avg_village_criteria), &s.avg_village_criteria.p50, 1)
    );
    assert_eq!(
        row(&rows, "Mỗi xã (kịch bản mặc định)"),
        &from_start(
            Some(b.avg_commune_criteria),
            &f.baseline.series.avg_commune_criteria.p50,
            1
        )
    );
    // Every village of the default data is in the 1385 scope: the two base averages agree.
    assert_eq!(b.avg_village_criteria, b.avg_village_criteria_scope);
    assert!(row(&rows, "Mỗi xã (hiện tại)")
        .iter()
        .all(|c| c.contains(',')));
}

#[wasm_bindgen_test]
async fn criteria_are_sorted_lowest_first_with_the_lowest_highlighted() {
    let f = fixture();
    let (root, _app) = render_default(Lang::Vi).await;
    show(&root, ChartKind::CommuneCriteria).await;
    let rows = rows(&open_table(&root, ChartKind::CommuneCriteria).await);
    let i = f.current.year_index(2025).expect("2025 simulated");
    let rates = &f.current.commune_criteria_rates[i];
    assert_eq!(rows.len(), rates.len());
    assert_eq!(f.current.commune_set_by_year[i], "commune-2021");

    let set = f.dataset.criteria.set("commune-2021").expect("set");
    let mut want: Vec<(usize, f64)> = rates.iter().copied().enumerate().collect();
    want.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    for (rank, ((head, cells, bold), (k, rate))) in rows.iter().zip(&want).enumerate() {
        let c = &set.criteria[*k];
        assert_eq!(head, &format!("{}. {}", c.id, c.name_vi));
        assert_eq!(cells[1], Lang::Vi.number(rate * 100.0, 1), "{head}");
        assert_eq!(*bold, rank < 3, "{head}");
        assert_eq!(cells[0].contains("thấp nhất"), rank < 3, "{head}");
    }
    // The 2021–2025 set's name for criterion 11 is in force in 2025.
    assert!(rows.iter().any(|r| r.0 == "11. Nghèo đa chiều"));
}

/// The default's ticks are promised, and its column shown, only when there is a default to
/// show: while the default itself is open, the caption promised black ticks that were not
/// drawn, and the column was "–" all the way down.
#[wasm_bindgen_test]
async fn the_default_ticks_are_promised_only_when_drawn() {
    let f = fixture();
    for (baseline, drawn) in [(Some(f.baseline.clone()), true), (None, false)] {
        let (root, _app) = render(props(Lang::Vi, Some(f.current.clone()), baseline)).await;
        show(&root, ChartKind::VillageCriteria).await;
        let caption = text(&by_testid(&root, "chart-village-criteria-caption"));
        assert_eq!(
            caption.contains("Vạch đen là kịch bản mặc định"),
            drawn,
            "{caption}"
        );
        let table = open_table(&root, ChartKind::VillageCriteria).await;
        let rows = rows(&table);
        assert!(!rows.is_empty());
        assert!(
            rows.iter().all(|r| r.1.len() == if drawn { 3 } else { 2 }),
            "{rows:?}"
        );
        // The districts chart's hollow diamonds, likewise.
        show(&root, ChartKind::Districts).await;
        let caption = text(&by_testid(&root, "chart-districts-caption"));
        assert_eq!(
            caption.contains("Hình thoi rỗng là kịch bản mặc định"),
            drawn,
            "{caption}"
        );
        // The targets' diamonds are drawn either way (2020's and 2025's fall in the years).
        show(&root, ChartKind::Villages).await;
        let caption = text(&by_testid(&root, "chart-villages-caption"));
        assert!(caption.contains("Hình thoi là mục tiêu"), "{caption}");
    }
}

/// Under another criteria set the default's ticks are not drawn (its rates count other
/// criteria), and the caption says why rather than leaving them to vanish unexplained.
#[wasm_bindgen_test]
async fn a_default_under_another_criteria_set_is_not_ticked_and_the_caption_says_why() {
    let f = fixture();
    let ds = &f.dataset;
    let mut late = Scenario::defaults(ds);
    late.runs = 10;
    late.policy.stricter_set_year = 2024;
    let late = Rc::new(ntm_model::simulate(ds, &late));
    let i = f.current.year_index(2022).expect("2022 simulated");
    assert_eq!(f.current.commune_set_by_year[i], "commune-2021");
    assert_eq!(late.commune_set_by_year[i], "commune-2016");
    for (year, other) in [(2022, true), (2025, false)] {
        let mut p = props(Lang::Vi, Some(f.current.clone()), Some(late.clone()));
        p.year = year;
        let (root, _app) = render(p).await;
        show(&root, ChartKind::CommuneCriteria).await;
        let caption = text(&by_testid(&root, "chart-commune-criteria-caption"));
        assert_eq!(
            caption.contains("Vạch đen là kịch bản mặc định"),
            !other,
            "{year}: {caption}"
        );
        assert_eq!(
            caption.contains("Vạch của kịch bản mặc định không được vẽ: cuối năm 2022 kịch bản này áp dụng Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020"),
            other,
            "{year}: {caption}"
        );
        let rows = rows(&open_table(&root, ChartKind::CommuneCriteria).await);
        assert!(!rows.is_empty());
        assert!(
            rows.iter().all(|r| r.1.len() == if other { 2 } else { 3 }),
            "{year}: {rows:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn criteria_names_follow_the_set_in_force_in_the_selected_year() {
    let f = fixture();
    let mut p = props(Lang::Vi, Some(f.current.clone()), Some(f.baseline.clone()));
    p.year = 2021;
    let (root, _app) = render(p).await;
    show(&root, ChartKind::CommuneCriteria).await;
    let heading = text(&by_testid(&root, "chart-commune-criteria-heading"));
    assert!(heading.ends_with("cuối năm 2021"), "{heading}");
    let rows = rows(&open_table(&root, ChartKind::CommuneCriteria).await);
    assert!(
        rows.iter().any(|r| r.0 == "11. Hộ nghèo"),
        "2016–2020 name missing"
    );
}

#[wasm_bindgen_test]
async fn a_year_beyond_the_results_shows_the_last_year_and_says_so() {
    let f = fixture();
    let mut p = props(Lang::Vi, Some(f.current.clone()), Some(f.baseline.clone()));
    p.year = 2030;
    let (root, _app) = render(p).await;
    show(&root, ChartKind::Districts).await;
    assert!(text(&by_testid(&root, "chart-districts-heading")).ends_with("2025"));
    let caption = text(&by_testid(&root, "chart-districts-caption"));
    assert!(caption.contains("đang hiển thị năm 2025"), "{caption}");
}

/// A row's yearly figures and their sum, as the money table shows them.
fn with_sum(values: &[f64]) -> Vec<f64> {
    let mut out = values.to_vec();
    out.push(values.iter().sum());
    out
}

#[wasm_bindgen_test]
async fn spending_table_sums_the_sources_in_vietnamese_format() {
    let f = fixture();
    let (root, _app) = render_default(Lang::Vi).await;
    show(&root, ChartKind::Spending).await;
    let table = open_table(&root, ChartKind::Spending).await;
    let rows = rows(&table);
    let by_source = &f.current.spending.by_source;
    // Each year, then the whole period's sum (the report's "7/2020–2025" total).
    assert_eq!(
        row(&rows, "Chương trình 135"),
        &vi(&with_sum(&by_source[1]), 1)
    );
    let totals: Vec<f64> = (0..f.current.years.len())
        .map(|y| by_source.iter().map(|s| s[y]).sum())
        .collect();
    let shown = row(&rows, "Tổng vốn phân bổ");
    assert_eq!(shown, &vi(&with_sum(&totals), 1));
    let head = table.query_selector_all("thead th").expect("selector");
    let last = head
        .item(head.length() - 1)
        .and_then(|n| n.dyn_into::<Element>().ok())
        .map(|th| text(&th));
    assert_eq!(last.as_deref(), Some("7/2020–2025"), "the period's column");
    // Over a thousand billion: the thousands dot and the decimal comma.
    assert!(
        shown
            .last()
            .is_some_and(|c| c.contains('.') && c.contains(',')),
        "{shown:?}"
    );
    // Training's cost, the results' figures, in its own row (not in the bars).
    assert_eq!(
        row(&rows, "Chi phí đào tạo, tuyên truyền (ngoài tổng vốn)"),
        &vi(&with_sum(&f.current.spending.training), 1)
    );
    // What each village gained cost, the model's cumulative mean: the period's is the last
    // year's, not a sum.
    let per_village: Vec<String> = f
        .current
        .spending
        .per_additional_village
        .iter()
        .chain(f.current.spending.per_additional_village.last())
        .map(|v| v.map_or("–".to_string(), |v| Lang::Vi.number(v, 1)))
        .collect();
    assert!(per_village.iter().any(|c| c != "–"), "{per_village:?}");
    assert_eq!(
        row(
            &rows,
            "Bình quân mỗi xóm đạt chuẩn thêm từ 7/2020: vốn đến xóm (QĐ 1385, phần Chương trình \
             135 cho xóm) tính đến hết năm, chia cho số xóm tăng thêm trung bình các lần chạy \
             (không theo trung vị)"
        ),
        &per_village
    );
}

#[wasm_bindgen_test]
async fn district_table_matches_the_district_results() {
    let f = fixture();
    let (root, _app) = render_default(Lang::Vi).await;
    show(&root, ChartKind::Districts).await;
    let rows = rows(&open_table(&root, ChartKind::Districts).await);
    let i = f.current.year_index(2025).expect("2025");
    assert_eq!(rows.len(), f.current.districts.len());
    for (d, (head, cells, _)) in f.current.districts.iter().zip(&rows) {
        let k = f.dataset.district_index(&d.code).expect("district");
        assert_eq!(head, &f.dataset.districts[k].name);
        let c = &d.communes_recognised;
        assert_eq!(cells[0], Lang::Vi.number(c.p50[i], 0), "{head}");
        // "3–7", or "3" where both ends read the same.
        let (lo, hi) = (Lang::Vi.number(c.p10[i], 0), Lang::Vi.number(c.p90[i], 0));
        let range = if lo == hi { lo } else { format!("{lo}–{hi}") };
        assert_eq!(cells[1], range, "{head}");
        let base = f
            .baseline
            .districts
            .iter()
            .find(|b| b.code == d.code)
            .expect("baseline");
        assert_eq!(
            cells[2],
            Lang::Vi.number(base.communes_recognised.p50[i], 0)
        );
        // What the counts are out of: the district's xã (townships and wards aside), then
        // its villages in the data.
        let xa = f
            .dataset
            .communes
            .iter()
            .filter(|c| c.district == k && c.is_candidate())
            .count();
        assert_eq!(cells[3], xa.to_string(), "{head}");
        if cells[4] != "–" {
            let villages = f
                .dataset
                .villages
                .iter()
                .filter(|v| f.dataset.communes[v.commune].district == k)
                .count();
            assert_eq!(cells[7], villages.to_string(), "{head}");
        }
    }
    // Thành phố Cao Bằng has no village in the dataset: dashes, not zeros.
    assert_eq!(rows[0].1[4..], ["–", "–", "–", "–"]);
    // Trùng Khánh: 19 xã, 65 villages in the 1385 scope.
    let tk = rows
        .iter()
        .find(|r| r.0 == "Trùng Khánh")
        .expect("Trùng Khánh");
    assert_eq!((tk.1[3].as_str(), tk.1[7].as_str()), ("19", "65"));
}

#[wasm_bindgen_test]
async fn the_district_table_has_no_default_column_for_the_default_itself() {
    let f = fixture();
    let (root, _app) = render(props(Lang::Vi, Some(f.current.clone()), None)).await;
    show(&root, ChartKind::Districts).await;
    let table = open_table(&root, ChartKind::Districts).await;
    // Median, P10–P90, out of: three columns a group (a fourth of "–" pushed the villages'
    // columns past a 1280 px window).
    let heads: Vec<String> = {
        let list = table.query_selector_all("thead th").expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .map(|th| text(&th))
            .collect()
    };
    assert!(!heads.iter().any(|h| h == "Mặc định"), "{heads:?}");
    let rows = rows(&table);
    assert!(
        rows.iter().all(|(_, cells, _)| cells.len() == 6),
        "{rows:?}"
    );
    let tk = rows
        .iter()
        .find(|r| r.0 == "Trùng Khánh")
        .expect("Trùng Khánh");
    assert_eq!((tk.1[2].as_str(), tk.1[5].as_str()), ("19", "65"));
}

#[wasm_bindgen_test]
async fn english_tables_use_english_numbers() {
    let f = fixture();
    let (root, _app) = render_default(Lang::En).await;
    assert_eq!(text(&by_testid(&root, "chart-tab-spending")), "Spending");
    show(&root, ChartKind::Spending).await;
    let rows = rows(&open_table(&root, ChartKind::Spending).await);
    let want: Vec<String> = with_sum(&f.current.spending.by_source[5])
        .iter()
        .map(|v| Lang::En.number(*v, 1))
        .collect();
    assert_eq!(
        row(&rows, "Credit and enterprise (OCOP, production linkage)"),
        &want
    );
    assert!(want.iter().any(|c| c.contains(',')), "{want:?}");
}

#[wasm_bindgen_test]
async fn baseline_and_targets_are_in_the_pixels_and_vanish_without_them() {
    let f = fixture();
    let tol = 10;
    for kind in [ChartKind::Villages, ChartKind::Communes] {
        let (root, _app) = render_default(Lang::Vi).await;
        let data = pixels(&show(&root, kind).await);
        assert!(count(&data, CURRENT, tol) > 300, "{kind:?}: current series");
        assert!(
            count(&data, BASELINE, tol) > 150,
            "{kind:?}: default scenario"
        );
        assert!(count(&data, TARGET, tol) > 150, "{kind:?}: targets");

        // Without a baseline and without targets, their colours are nowhere.
        let mut bare = (*f.current).clone();
        bare.targets.clear();
        let (root, _app) = render(props(Lang::Vi, Some(Rc::new(bare)), None)).await;
        let data = pixels(&show(&root, kind).await);
        assert!(
            count(&data, BASELINE, tol) < 10,
            "{kind:?}: black without a baseline"
        );
        assert!(
            count(&data, TARGET, tol) < 10,
            "{kind:?}: vermilion without targets"
        );
        assert!(count(&data, CURRENT, tol) > 300, "{kind:?}: current series");
    }
}

#[wasm_bindgen_test]
async fn bar_charts_draw_their_highlight_baseline_and_budget() {
    let (root, _app) = render_default(Lang::Vi).await;
    let data = pixels(&show(&root, ChartKind::CommuneCriteria).await);
    assert!(
        count(&data, HIGHLIGHT, 10) > 1000,
        "lowest criteria not highlighted"
    );
    assert!(count(&data, BASELINE, 10) > 100, "baseline ticks");
    let data = pixels(&show(&root, ChartKind::Spending).await);
    assert!(count(&data, BUDGET, 10) > 100, "budget line");
    let data = pixels(&show(&root, ChartKind::Districts).await);
    assert!(
        count(&data, BASELINE, 10) > 100,
        "district baseline markers"
    );
}

#[wasm_bindgen_test]
async fn the_picker_works_with_the_keyboard() {
    let (root, _app) = render_default(Lang::Vi).await;
    let first = by_testid(&root, "chart-tab-villages");
    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    first.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;

    let second = by_testid(&root, "chart-tab-communes");
    assert_eq!(
        second.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    assert_eq!(second.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("-1"));
    let focused = gloo::utils::document().active_element().map(|e| e.id());
    assert_eq!(focused, Some(second.id()));
    canvas(&root, ChartKind::Communes);
    assert!(root
        .query_selector("[data-testid=\"chart-villages\"]")
        .expect("selector")
        .is_none());
}

#[wasm_bindgen_test]
async fn a_refined_result_redraws_the_chart_and_its_table() {
    let f = fixture();
    let ds = &f.dataset;
    let mut sc = Scenario::defaults(ds);
    sc.runs = 8;
    sc.budget.scale_pct = 160.0;
    let first = Rc::new(ntm_model::simulate(ds, &sc));

    let (root, mut app) = render(props(Lang::Vi, Some(first), Some(f.baseline.clone()))).await;
    let _ = open_table(&root, ChartKind::Villages).await;
    let before = canvas(&root, ChartKind::Villages);
    assert_eq!(before.get_attribute("data-runs").as_deref(), Some("8"));
    let draws = before.get_attribute("data-draws");

    app.update(props(
        Lang::Vi,
        Some(f.current.clone()),
        Some(f.baseline.clone()),
    ));
    yew::scheduler::flush().await;
    let after = canvas(&root, ChartKind::Villages);
    assert_eq!(after.get_attribute("data-runs").as_deref(), Some("40"));
    assert_ne!(after.get_attribute("data-draws"), draws);
    let rows = rows(&by_testid(&root, "chart-villages-table"));
    let start = Some(f.current.base.villages_standard as f64);
    assert_eq!(
        row(&rows, "Hiện tại: trung vị"),
        &from_start(start, &f.current.series.villages_standard.p50, 0)
    );
}

#[wasm_bindgen_test]
async fn before_the_first_result_the_panel_says_it_is_waiting() {
    let (root, _app) = render(props(Lang::Vi, None, None)).await;
    assert!(text(&by_testid(&root, "charts-waiting")).contains("Đang chờ"));
    assert!(root.query_selector("canvas").expect("selector").is_none());
}

#[wasm_bindgen_test]
async fn png_export_is_twice_the_chart_with_its_title_on_white() {
    let f = fixture();
    let (root, _app) = render_default(Lang::Vi).await;
    let shown = canvas(&root, ChartKind::Villages);
    let (css_w, css_h) = (shown.client_width(), shown.client_height());

    // Through the button: the file name and sizes it produced.
    let button = by_testid(&root, "chart-villages-export");
    click(&button);
    yew::scheduler::flush().await;
    let report = button
        .get_attribute("data-last-export")
        .expect("an export happened");
    let parts: Vec<&str> = report.split(' ').collect();
    assert_eq!(parts[0], "ntm-so-xom-dat-chuan-2025.png");
    let size = |s: &str| -> (u32, u32) {
        let (w, h) = s.split_once('x').expect("WxH");
        (w.parse().expect("w"), h.parse().expect("h"))
    };
    let (image, chart) = (size(parts[1]), size(parts[2]));
    assert_eq!(chart, (2 * css_w as u32, 2 * css_h as u32), "{report}");
    assert_eq!(image.0, chart.0);
    assert!(image.1 > chart.1, "no room for the title: {report}");

    // The image itself: opaque white, the title in the top band, the series below.
    let spec = build(
        ChartKind::Villages,
        Inputs {
            dataset: &f.dataset,
            results: &f.current,
            baseline: Some(&f.baseline),
            year: 2025,
            lang: Lang::Vi,
        },
    );
    let png = render_png(&spec, f64::from(css_w), f64::from(css_h), None, true).expect("export");
    assert_eq!(EXPORT_SCALE, 2.0);
    assert_eq!((png.canvas.width(), png.chart_size.1), chart);
    let data = pixels(&png.canvas);
    assert_eq!(&data[..4], &[255, 255, 255, 255], "corner not opaque white");
    let width = png.canvas.width() as usize;
    let header_rows = (png.canvas.height() - chart.1) as usize / 2;
    let header = &data[..width * header_rows * 4];
    assert!(inked(header) > 500, "no title drawn");
    assert!(
        count(&data, BASELINE, 10) > 600,
        "baseline missing from the export"
    );
    assert!(
        count(&data, TARGET, 10) > 600,
        "targets missing from the export"
    );
    let url = png.canvas.to_data_url().expect("data URL");
    assert!(url.starts_with("data:image/png;base64,"));
    // A named scenario: its name in the file name (and in the footer, more ink there).
    let named = render_png(
        &spec,
        f64::from(css_w),
        f64::from(css_h),
        Some("Kế hoạch A"),
        true,
    )
    .expect("export");
    assert_eq!(
        named.file_name,
        "ntm-so-xom-dat-chuan-2025 - Kế hoạch A.png"
    );
    // The footer's band: the last 30 device pixels, under the chart.
    let footer = |png: &ExportedPng| {
        let data = pixels(&png.canvas);
        inked(&data[data.len() - width * 30 * 4..])
    };
    assert!(
        footer(&named) > footer(&png),
        "no scenario name in the footer"
    );

    // Long captions wrap inside the image in either language: the right margin stays white.
    for lang in [Lang::Vi, Lang::En] {
        let spec = build(
            ChartKind::CommuneCriteria,
            Inputs {
                dataset: &f.dataset,
                results: &f.current,
                baseline: Some(&f.baseline),
                year: 2025,
                lang,
            },
        );
        let png =
            render_png(&spec, f64::from(css_w), f64::from(css_h), None, true).expect("export");
        let data = pixels(&png.canvas);
        let width = png.canvas.width() as usize;
        let margin = 24;
        let cut = data
            .chunks_exact(width * 4)
            .filter(|row| inked(&row[(width - margin) * 4..]) > 0)
            .count();
        assert_eq!(cut, 0, "{lang:?}: {cut} rows drawn into the right margin");
    }
}

/// A scenario with a name is called by it in the workspace's chart too (the table here; the
/// legend, drawn on the canvas, by the same `name_scenario`), as the headline calls it.
#[wasm_bindgen_test]
async fn a_named_scenario_s_chart_says_its_name() {
    let f = fixture();
    let mut named = props(Lang::Vi, Some(f.current.clone()), Some(f.baseline.clone()));
    named.scenario_name = Some("Vốn 150%".into());
    let (root, _app) = render(named).await;
    let rows = rows(&open_table(&root, ChartKind::Villages).await);
    let band = &f.current.series.villages_standard;
    let start = Some(f.current.base.villages_standard as f64);
    assert_eq!(
        row(&rows, "Vốn 150%: trung vị"),
        &from_start(start, &band.p50, 0)
    );
    assert!(!rows.iter().any(|r| r.0.contains("Hiện tại")), "{rows:?}");
}
