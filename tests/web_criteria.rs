//! The criteria matrix and the commune detail panel in headless Chromium, with real
//! simulation results: the matrix shows the counts the data gives, filters and sorting
//! change the rows, a row click names the right commune, and the detail panel says what
//! blocks a commune, keeps focus and closes on Escape.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use ntm_model::criteria::{CriterionKind, Driver};
use ntm_model::params::ParamKey;
use ntm_model::{simulate, Dataset, Results, Scenario};
use ntm_planner::components::criteria::{
    CommuneDetail, CommuneDetailProps, CriteriaMatrix, CriteriaMatrixProps,
};
use ntm_planner::criteria_logic::matrix::{MatrixView, Units, ViewAction};
use ntm_planner::i18n::criteria::driver_name;
use ntm_planner::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement, KeyboardEvent, KeyboardEventInit};
use yew::prelude::*;
use yew::Callback;

use common::{by_testid, click, fire, input, mount_point, text};

wasm_bindgen_test_configure!(run_in_browser);

/// Few runs: these tests check what is shown, not the Monte Carlo's precision.
const RUNS: u32 = 30;
const SOC_HA: &str = "01417";
/// Cốc Pàng (Bảo Lạc), a Decision 1385 commune not recognised at the base date.
const COC_PANG: &str = "01324";

fn dataset() -> Rc<Dataset> {
    Rc::new(Dataset::caobang_2020().expect("the embedded dataset loads"))
}

/// The default scenario's results.
fn results() -> Rc<Results> {
    static R: OnceLock<Results> = OnceLock::new();
    Rc::new(
        R.get_or_init(|| {
            let ds = Dataset::caobang_2020().expect("dataset");
            let mut sc = Scenario::defaults(&ds);
            sc.runs = RUNS;
            simulate(&ds, &sc)
        })
        .clone(),
    )
}

/// A scenario in which nothing moves (no money, no trend, no slips, no sampling): every year
/// repeats the base state, so the expected figures come straight from the data files.
fn frozen() -> Rc<Results> {
    static R: OnceLock<Results> = OnceLock::new();
    Rc::new(
        R.get_or_init(|| {
            let ds = Dataset::caobang_2020().expect("dataset");
            let mut sc = Scenario::defaults(&ds);
            sc.runs = RUNS;
            sc.budget.scale_pct = 0.0;
            sc.policy.backsliding = false;
            sc.assumptions.uncertainty = false;
            sc.assumptions.values.insert(ParamKey::TrendMultiplier, 0.0);
            simulate(&ds, &sc)
        })
        .clone(),
    )
}

/// Base-date criteria of commune `code` that meet (`true`) or miss their threshold.
fn base_met(ds: &Dataset, code: &str) -> Vec<bool> {
    let c = &ds.communes[ds.commune_index(code).expect("code")];
    c.levels
        .iter()
        .zip(&ds.base_commune_set().criteria)
        .map(|(x, crit)| *x >= crit.threshold)
        .collect()
}

/// Every commune index the callback received.
fn recorder() -> (Rc<RefCell<Vec<usize>>>, Callback<usize>) {
    let got = Rc::new(RefCell::new(Vec::new()));
    let sink = got.clone();
    (
        got,
        Callback::from(move |c: usize| sink.borrow_mut().push(c)),
    )
}

/// The matrix's filters and sorts, held as the page holds them (`Action::Matrix`).
struct Held(MatrixView);

impl Reducible for Held {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(Held(next)),
            None => self,
        }
    }
}

/// The matrix with its view state around it, as the page mounts it.
struct HostProps(CriteriaMatrixProps);

impl PartialEq for HostProps {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Properties for HostProps {
    type Builder = ();
    fn builder() {}
}

#[function_component]
fn Host(props: &HostProps) -> Html {
    let held = use_reducer(|| Held(props.0.view.clone()));
    let on_action = {
        let held = held.dispatcher();
        Callback::from(move |a| held.dispatch(a))
    };
    let p = &props.0;
    html! {
        <CriteriaMatrix
            lang={p.lang}
            dataset={p.dataset.clone()}
            results={p.results.clone()}
            year={p.year}
            scenario={p.scenario.clone()}
            on_select_commune={p.on_select_commune.clone()}
            view={held.0.clone()}
            {on_action}
        />
    }
}

async fn matrix(lang: Lang, results: Rc<Results>, year: u16) -> (Element, Rc<RefCell<Vec<usize>>>) {
    let scenario = Rc::new(Scenario::defaults(&dataset()));
    matrix_of(lang, results, year, scenario).await
}

async fn matrix_of(
    lang: Lang,
    results: Rc<Results>,
    year: u16,
    scenario: Rc<Scenario>,
) -> (Element, Rc<RefCell<Vec<usize>>>) {
    let root = mount_point();
    let (got, on_select_commune) = recorder();
    let props = CriteriaMatrixProps {
        lang,
        dataset: dataset(),
        results: Some(results),
        year,
        scenario,
        on_select_commune,
        view: MatrixView::default(),
        on_action: Callback::noop(),
    };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps(props)).render();
    yew::scheduler::flush().await;
    (root, got)
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// Codes of the simulated rows shown, top to bottom.
fn row_codes(root: &Element) -> Vec<String> {
    all(root, "tbody:not(.cm-other) tr.cm-row")
        .iter()
        .filter_map(|r| r.get_attribute("data-testid"))
        .map(|id| id.trim_start_matches("matrix-row-").to_string())
        .collect()
}

/// The `<data value>` of a row's figure (`met`, `standard`, `recognised`).
fn figure(root: &Element, what: &str, code: &str) -> f64 {
    by_testid(root, &format!("matrix-{what}-{code}"))
        .get_attribute("value")
        .and_then(|v| v.parse().ok())
        .expect("a numeric value")
}

async fn choose(root: &Element, testid: &str, value: &str) {
    let select: HtmlSelectElement = by_testid(root, testid).dyn_into().expect("a <select>");
    select.set_value(value);
    fire(&select, "change");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn soc_ha_shows_all_nineteen_criteria_met_in_2020() {
    let (root, _) = matrix(Lang::Vi, results(), 2020).await;
    assert_eq!(
        text(&by_testid(&root, &format!("matrix-met-{SOC_HA}"))),
        "19,0"
    );
    assert!(figure(&root, "met", SOC_HA) > 18.95);
    let row = by_testid(&root, &format!("matrix-row-{SOC_HA}"));
    assert!(text(&row).starts_with("Sóc Hà"), "{}", text(&row));
    assert_eq!(all(&row, ".cm-cell").len(), 19);
    assert!(all(&row, ".is-binding").is_empty());
}

#[wasm_bindgen_test]
async fn a_non_ntm_commune_shows_the_count_its_data_gives() {
    let ds = dataset();
    let met = base_met(&ds, COC_PANG);
    let want = met.iter().filter(|m| **m).count();
    assert_eq!(
        want, 11,
        "the data file changed: pick the expected count again"
    );

    let (root, _) = matrix(Lang::Vi, frozen(), 2020).await;
    assert_eq!(
        text(&by_testid(&root, &format!("matrix-met-{COC_PANG}"))),
        "11,0"
    );
    let row = by_testid(&root, &format!("matrix-row-{COC_PANG}"));
    let cells = all(&row, ".cm-cell");
    // What the eye sees is the symbol; a binding cell also says so in words, for a screen
    // reader (the heavy border alone said nothing to it).
    let seen = |c: &web_sys::Element| text(c).split(',').next().unwrap_or("").to_string();
    let shown: Vec<bool> = cells.iter().map(|c| seen(c) == "✓").collect();
    assert_eq!(shown, met, "✓ exactly where the data meets the threshold");
    assert!(cells.iter().all(|c| matches!(seen(c).as_str(), "✓" | "✗")));
    for c in &cells {
        let said = text(c);
        assert_eq!(said.ends_with(", tiêu chí vướng"), seen(c) == "✗", "{said}");
    }
    // Every unmet criterion binds, and only those.
    let ringed: Vec<bool> = cells
        .iter()
        .map(|c| {
            c.get_attribute("class")
                .is_some_and(|k| k.split_whitespace().any(|w| w == "is-binding"))
        })
        .collect();
    assert_eq!(ringed, met.iter().map(|m| !m).collect::<Vec<_>>());
}

#[wasm_bindgen_test]
async fn only_xa_are_listed_until_the_others_are_asked_for() {
    let (root, _) = matrix(Lang::Vi, results(), 2025).await;
    assert_eq!(row_codes(&root).len(), 139);
    let count = text(&by_testid(&root, "matrix-count"));
    assert!(count.starts_with("Đang hiện 139 trên 139 xã"), "{count}");
    assert!(count.contains("14 thị trấn và 8 phường"), "{count}");
    assert!(root
        .query_selector("[data-testid=matrix-other-units]")
        .unwrap()
        .is_none());

    click(&by_testid(&root, "filter-other-units"));
    yew::scheduler::flush().await;
    let others = all(&by_testid(&root, "matrix-other-units"), "tr.cm-row");
    assert_eq!(others.len(), 22);
    assert!(others.iter().all(|r| all(r, ".cm-na").len() >= 19));
}

#[wasm_bindgen_test]
async fn filters_change_the_rows() {
    let ds = dataset();
    let (root, _) = matrix(Lang::Vi, results(), 2025).await;

    click(&by_testid(&root, "filter-scope"));
    yew::scheduler::flush().await;
    assert_eq!(row_codes(&root).len(), 32);

    let ha_quang = ds.district_index("045").expect("Hà Quảng");
    choose(&root, "filter-district", &ha_quang.to_string()).await;
    let codes = row_codes(&root);
    assert!(!codes.is_empty() && codes.len() < 32, "{codes:?}");
    for code in &codes {
        let c = &ds.communes[ds.commune_index(code).unwrap()];
        assert!(c.scope_1385 && c.district == ha_quang, "{code}");
    }
    assert!(codes.contains(&SOC_HA.to_string()));

    let search = input(by_testid(&root, "filter-search"));
    search.set_value("SOC HA");
    fire(&search, "input");
    yew::scheduler::flush().await;
    assert_eq!(row_codes(&root), [SOC_HA]);

    click(&by_testid(&root, "filter-clear"));
    yew::scheduler::flush().await;
    assert_eq!(row_codes(&root).len(), 139);

    choose(&root, "filter-status", "recognised").await;
    let recognised = row_codes(&root);
    assert!(recognised
        .iter()
        .all(|c| figure(&root, "recognised", c) >= 0.5));
    choose(&root, "filter-status", "not-yet").await;
    let not_yet = row_codes(&root);
    assert!(not_yet.iter().all(|c| figure(&root, "recognised", c) < 0.5));
    assert_eq!(recognised.len() + not_yet.len(), 139);
}

#[wasm_bindgen_test]
async fn sorting_orders_the_rows_and_a_second_click_reverses() {
    let (root, _) = matrix(Lang::Vi, results(), 2025).await;
    let header = by_testid(&root, "sort-met");
    // Out of how many: the set in force in 2025 has 19.
    assert!(text(&header).contains("/19"), "{}", text(&header));
    click(&header);
    yew::scheduler::flush().await;
    let met: Vec<f64> = row_codes(&root)
        .iter()
        .map(|c| figure(&root, "met", c))
        .collect();
    assert!(met.windows(2).all(|w| w[0] >= w[1]), "most criteria first");
    let th = header.parent_element().expect("th");
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("descending"));

    click(&header);
    yew::scheduler::flush().await;
    let met: Vec<f64> = row_codes(&root)
        .iter()
        .map(|c| figure(&root, "met", c))
        .collect();
    assert!(
        met.windows(2).all(|w| w[0] <= w[1]),
        "fewest criteria first"
    );
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));

    // By income (criterion 10): weakest first, so the first row's income cell is the lowest.
    let r = results();
    let yi = r.year_index(2025).unwrap();
    let ds = dataset();
    click(&by_testid(&root, "sort-criterion-10"));
    yew::scheduler::flush().await;
    let income: Vec<f64> = row_codes(&root)
        .iter()
        .map(|c| r.communes[ds.commune_index(c).unwrap()].criterion_met()[yi][9])
        .collect();
    assert!(income.windows(2).all(|w| w[0] <= w[1]), "{income:?}");

    click(&by_testid(&root, "sort-name"));
    yew::scheduler::flush().await;
    assert_eq!(
        row_codes(&root).first().map(String::as_str),
        Some("01555"),
        "An Lạc first"
    );
}

#[wasm_bindgen_test]
async fn clicking_a_row_or_its_button_names_that_commune_once() {
    let ds = dataset();
    let (root, got) = matrix(Lang::Vi, results(), 2025).await;
    let want = ds.commune_index(SOC_HA).unwrap();
    let row = by_testid(&root, &format!("matrix-row-{SOC_HA}"));
    click(&row.query_selector(".cm-cell").unwrap().unwrap());
    assert_eq!(*got.borrow(), [want]);
    // The row's button takes the focus, so it gets it back when the panel closes.
    let button = row.query_selector("button.cm-open").unwrap().unwrap();
    assert_eq!(active(), Some(button.clone()));
    // The name's button is what Enter activates: one call, not one per listener.
    click(&row.query_selector("button.cm-open").unwrap().unwrap());
    assert_eq!(*got.borrow(), [want, want]);
    // Its name says what its tags mean, where it is and what it does, in one label (hidden
    // spans were read "Cốc Pàng 1385 , Bảo Lạc").
    let label = |code: &str| {
        by_testid(&root, &format!("matrix-row-{code}"))
            .query_selector("button.cm-open")
            .unwrap()
            .unwrap()
            .get_attribute("aria-label")
            .unwrap_or_default()
    };
    let scope = &ds.communes[ds.commune_index(COC_PANG).unwrap()];
    assert!(scope.scope_1385);
    assert_eq!(
        label(COC_PANG),
        "Cốc Pàng 1385 (thuộc phạm vi Quyết định 1385), Bảo Lạc: mở chi tiết xã"
    );
}

#[wasm_bindgen_test]
async fn the_village_view_filters_by_commune_and_opens_the_commune() {
    let ds = dataset();
    let (root, got) = matrix(Lang::En, results(), 2025).await;
    click(&by_testid(&root, "matrix-show-villages"));
    yew::scheduler::flush().await;
    assert_eq!(row_codes(&root).len(), 294);
    assert!(text(&by_testid(&root, "matrix-count")).starts_with("Showing 294 of 294 villages"));
    let header_cells = all(&root, "thead .cm-crit");
    assert_eq!(header_cells.len(), 15);

    let coc_pang = ds.commune_index(COC_PANG).unwrap();
    choose(&root, "filter-commune", &coc_pang.to_string()).await;
    let codes = row_codes(&root);
    assert_eq!(codes.len(), ds.villages_of[coc_pang].len());
    assert!(codes.iter().all(|c| c.starts_with(COC_PANG)));

    click(&by_testid(&root, &format!("matrix-row-{}", codes[0])));
    assert_eq!(*got.borrow(), [coc_pang]);
}

#[wasm_bindgen_test]
async fn headers_name_each_criterion_of_the_set_in_force() {
    let (root, _) = matrix(Lang::Vi, results(), 2025).await;
    let abbr = by_testid(&root, "sort-criterion-11")
        .query_selector("abbr")
        .unwrap()
        .expect("abbr");
    assert_eq!(text(&abbr), "11");
    // 2025 is under Decision 318: criterion 11 is multidimensional poverty.
    assert_eq!(
        abbr.get_attribute("title").as_deref(),
        Some("Tiêu chí 11: Nghèo đa chiều")
    );
    // The button's accessible text has the name, not only the number.
    assert_eq!(
        text(&by_testid(&root, "sort-criterion-11")),
        "11. Nghèo đa chiều"
    );
    let groups: Vec<String> = all(&root, "thead .cm-group").iter().map(text).collect();
    assert_eq!(groups.len(), 5);
    assert!(groups[1].contains("Hạ tầng kinh tế"), "{groups:?}");
}

// --- the detail panel ---------------------------------------------------------------------

struct Detail {
    root: Element,
    closed: Rc<RefCell<u32>>,
    handle: yew::AppHandle<CommuneDetail>,
}

async fn detail(lang: Lang, results: Rc<Results>, code: &str) -> Detail {
    let ds = dataset();
    let root = mount_point();
    let closed = Rc::new(RefCell::new(0));
    let sink = closed.clone();
    let props = CommuneDetailProps {
        lang,
        commune: ds.commune_index(code).expect("code"),
        dataset: ds,
        results: Some(results.clone()),
        baseline: Some(results),
        on_close: Callback::from(move |()| *sink.borrow_mut() += 1),
        year: None,
        children: yew::html! { <p data-testid="levers-slot">{ "levers" }</p> },
        scenario: Some(Rc::new(ntm_model::Scenario::defaults(&dataset()))),
    };
    let handle = yew::Renderer::<CommuneDetail>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Detail {
        root,
        closed,
        handle,
    }
}

fn key(el: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    el.dispatch_event(&event).expect("dispatch");
}

fn active() -> Option<Element> {
    gloo::utils::document().active_element()
}

#[wasm_bindgen_test]
async fn the_detail_names_what_blocks_the_commune_in_plain_words() {
    let ds = dataset();
    let d = detail(Lang::Vi, frozen(), COC_PANG).await;
    choose(&d.root, "detail-year", "2020").await;
    let set = ds.base_commune_set();
    let unmet: Vec<&str> = base_met(&ds, COC_PANG)
        .iter()
        .zip(&set.criteria)
        .filter(|(met, _)| !**met)
        .map(|(_, c)| c.name_vi.as_str())
        .collect();
    let mut want = format!("Vướng: {} (đạt ở 0% số lần chạy)", unmet[0]);
    for name in &unmet[1..] {
        want.push_str(&format!(", {name} (0%)"));
    }
    assert_eq!(text(&by_testid(&d.root, "detail-binding")), want);
    // Under it, what moves each: investment money, or capacity.
    let helps = text(&by_testid(&d.root, "detail-helps"));
    let (money, capacity) = helps
        .split_once("Không thể đạt chỉ bằng vốn đầu tư")
        .unwrap_or((helps.as_str(), ""));
    for (met, c) in base_met(&ds, COC_PANG).iter().zip(&set.criteria) {
        if *met {
            continue;
        }
        let (with, without) = match c.kind {
            CriterionKind::Investment => (money, capacity),
            CriterionKind::Capacity => (capacity, money),
        };
        assert!(
            with.contains(c.name_vi.as_str()),
            "{} in {helps}",
            c.name_vi
        );
        assert!(
            !without.contains(c.name_vi.as_str()),
            "{} in {helps}",
            c.name_vi
        );
        // A capacity criterion's line names its own drivers, and only those (income is not
        // moved by communication, and was said to be).
        if c.kind == CriterionKind::Capacity {
            let items = by_testid(&d.root, "detail-helps")
                .query_selector_all("li")
                .unwrap();
            let line = (0..items.length())
                .filter_map(|i| items.item(i))
                .map(|n| n.text_content().unwrap_or_default())
                .find(|l| l.contains(c.name_vi.as_str()))
                .expect("its line");
            for d in Driver::ALL {
                let named = line.contains(driver_name(Lang::Vi, d));
                let drives = c.drivers.get(&d).is_some_and(|w| *w > 0.0);
                assert_eq!(named, drives, "{} and {d:?} in {line}", c.name_vi);
            }
        }
    }
    assert_eq!(
        text(&by_testid(&d.root, "detail-mean-criteria")),
        "11,0 / 19"
    );
    // The base column is data: ✓ where the level meets the threshold.
    let income = by_testid(&d.root, "detail-criterion-10");
    assert!(text(&income).contains("✗"), "{}", text(&income));
    // What closing each gap takes: income is a soft criterion (not bought with investment
    // money); an unmet investment criterion has its price in tỷ đồng, a met one nothing.
    let to_close = |number: u8| {
        by_testid(&d.root, &format!("detail-criterion-{number}"))
            .query_selector(".cd-to-close")
            .expect("selector")
            .expect("a 'to close' cell")
    };
    assert_eq!(text(&to_close(10)), "năng lực, sinh kế");
    let c = ds.commune_index(COC_PANG).expect("code");
    let (unmet_investment, met) =
        set.criteria
            .iter()
            .enumerate()
            .fold((None, None), |(u, m), (i, k)| {
                let is_met = ds.communes[c].levels[i] >= k.threshold;
                let investment = k.kind == ntm_model::criteria::CriterionKind::Investment;
                (
                    u.or((investment && !is_met).then_some(k.id)),
                    m.or(is_met.then_some(k.id)),
                )
            });
    {
        let n = unmet_investment.expect("an investment criterion unmet at the base date");
        let cell = to_close(n);
        assert!(
            text(&cell).starts_with("≈ ") && text(&cell).ends_with(" tỷ đồng"),
            "{}",
            text(&cell)
        );
        let money: f64 = cell
            .get_attribute("data-money")
            .expect("money")
            .parse()
            .expect("number");
        assert!(money > 0.0);
    }
    assert_eq!(text(&to_close(met.expect("a met criterion"))), "–");
    // Under the table, the gaps' total against the money the commune is given.
    let line = text(&by_testid(&d.root, "detail-money-need"));
    assert!(
        line.contains("cần tổng cộng ≈ ") && line.contains("từ 7/2020 đến hết năm"),
        "{line}"
    );
    // The levers slot is rendered inside the panel.
    by_testid(&d.root, "levers-slot");
}

#[wasm_bindgen_test]
async fn the_detail_opens_on_2025_with_the_later_set_and_in_english() {
    let d = detail(Lang::En, results(), COC_PANG).await;
    let year: HtmlSelectElement = by_testid(&d.root, "detail-year").dyn_into().unwrap();
    assert_eq!(year.value(), "2025");
    let binding = text(&by_testid(&d.root, "detail-binding"));
    // What the line must open with, from the commune's results in 2025.
    let r = results();
    let c = dataset().commune_index(COC_PANG).unwrap();
    let b = ntm_planner::criteria_logic::detail::blockers(&r.communes[c], r.years.len() - 1);
    let want = if !b.binding.is_empty() {
        "Blocked by: "
    } else if b.short {
        "No criterion is met in fewer than half of the runs, but"
    } else {
        "No criterion blocks it"
    };
    assert!(binding.starts_with(want), "{binding}");
    let rows = all(&by_testid(&d.root, "detail-trajectory-table"), "tbody tr");
    assert_eq!(rows.len(), results().years.len());
    // 2020's money is from the base date: half of 2021's read as a cut without this line.
    assert_eq!(
        text(&by_testid(&d.root, "detail-first-year")),
        "The money of 2020 is from Jul 2020 (the data's base date) to the year's end, part of a year."
    );
    // Its villages' Decision 1385 money, which its money column leaves out, is said under it:
    // the sum over the years of the villages' money.
    let ds = dataset();
    let straight: f64 = ds.villages_of[c]
        .iter()
        .map(|&v| r.villages[v].money().iter().sum::<f64>())
        .sum();
    assert!(straight > 0.0);
    assert_eq!(
        text(&by_testid(&d.root, "detail-villages-money")),
        format!(
            "Besides “Money received”, the commune's villages got ≈ {} billion VND of Decision \
             1385 money straight, Jul 2020–2025 (mean of the runs).",
            ntm_planner::i18n::Lang::En.number(straight, 1)
        )
    );
    // A scope commune lists its villages.
    let villages = all(&by_testid(&d.root, "detail-villages"), "tbody tr");
    assert_eq!(
        villages.len(),
        dataset().villages_of[dataset().commune_index(COC_PANG).unwrap()].len()
    );
    assert_eq!(text(&by_testid(&d.root, "fact-border")), "Yes");
    // The money line says how much of the commune's money infrastructure can use: the sum of
    // its investment money to the year shown, part of all it is given.
    let u = &r.communes[c];
    let invested: f64 = u.investment().iter().sum();
    let got: f64 = u.money().iter().sum();
    assert!(invested > 0.0 && invested < got, "{invested} of {got}");
    let line = text(&by_testid(&d.root, "detail-money-need"));
    let said = format!(
        "of which only about {} billion VND is investment money",
        ntm_planner::i18n::Lang::En.number(invested, 1)
    );
    assert!(line.contains(&said), "{said} in {line}");
}

#[wasm_bindgen_test]
async fn a_commune_short_with_nothing_binding_is_not_called_clear() {
    // Every criterion met in 70–95 % of runs, all of them together in 32 %: the panel must
    // not say in green that nothing blocks it, and must say what would move the uncertain
    // criteria.
    let ds = dataset();
    let c = ds.commune_index(COC_PANG).unwrap();
    let mut r = (*results()).clone();
    let old = &r.communes[c];
    let years = r.years.len();
    let row: Vec<f64> = (0..19).map(|k| [0.95, 0.7, 0.8][k % 3]).collect();
    r.communes[c] = ntm_model::results::UnitResult::new(
        &vec![0.32; years],
        &vec![0.3; years],
        old.mean_criteria(),
        &ntm_model::results::YearGrid::repeat(&row, years),
        old.money(),
    );
    let d = detail(Lang::Vi, Rc::new(r), COC_PANG).await;
    let line = by_testid(&d.root, "detail-binding");
    assert_eq!(
        text(&line),
        "Không tiêu chí nào đạt ở dưới một nửa số lần chạy, nhưng các tiêu chí chưa chắc chắn \
         hiếm khi cùng đạt: xã đạt đủ tiêu chí ở 32% số lần chạy."
    );
    assert!(!line
        .get_attribute("class")
        .unwrap_or_default()
        .contains("is-clear"));
    let uncertain = text(&by_testid(&d.root, "detail-uncertain"));
    assert!(uncertain.starts_with("Chưa chắc chắn: "), "{uncertain}");
    let helps = text(&by_testid(&d.root, "detail-helps"));
    assert!(helps.contains("Tiến triển nhờ vốn đầu tư"), "{helps}");
}

#[wasm_bindgen_test]
async fn border_is_yes_or_not_established_never_no() {
    let ds = dataset();
    let inland = ds
        .communes
        .iter()
        .find(|c| c.is_candidate() && c.border != Some(true))
        .expect("an inland xã");
    let d = detail(Lang::Vi, results(), &inland.code).await;
    assert_eq!(text(&by_testid(&d.root, "fact-border")), "Chưa xác định");
}

#[wasm_bindgen_test]
async fn a_commune_without_villages_in_the_data_has_no_village_money_note() {
    let ds = dataset();
    let i = (0..ds.communes.len())
        .find(|&i| ds.communes[i].is_candidate() && ds.villages_of[i].is_empty())
        .expect("a xã without villages");
    let d = detail(Lang::Vi, results(), &ds.communes[i].code).await;
    by_testid(&d.root, "detail-trajectory-table");
    assert!(d
        .root
        .query_selector("[data-testid=detail-villages-money]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_township_is_described_but_not_simulated() {
    let ds = dataset();
    let township = ds
        .communes
        .iter()
        .find(|c| !c.is_candidate())
        .expect("a phường");
    let d = detail(Lang::Vi, results(), &township.code).await;
    by_testid(&d.root, "detail-not-candidate");
    assert!(d
        .root
        .query_selector("[data-testid=detail-blockers]")
        .unwrap()
        .is_none());
    assert_eq!(
        all(
            &by_testid(&d.root, "detail-criteria"),
            "tbody tr[data-testid]"
        )
        .len(),
        19
    );
    // Its facts say what it is, and that recognition does not apply (not "not yet").
    let kind = township.unit_type.as_vi();
    assert_eq!(
        text(&by_testid(&d.root, "detail-facts-heading")),
        format!("Thông tin {kind}")
    );
    assert_eq!(
        text(&by_testid(&d.root, "fact-recognised")),
        "Không áp dụng (chỉ xã được xét)"
    );
    let inland = ds
        .communes
        .iter()
        .find(|c| c.is_candidate() && c.recognised_year.is_none());
    let d = detail(
        Lang::En,
        results(),
        &inland.expect("a xã not recognised").code,
    )
    .await;
    assert_eq!(
        text(&by_testid(&d.root, "detail-facts-heading")),
        "About the commune"
    );
    assert_eq!(text(&by_testid(&d.root, "fact-recognised")), "Not yet");
}

#[wasm_bindgen_test]
async fn focus_moves_in_escape_closes_and_focus_returns() {
    // Something focused before the panel opens: the row the planner clicked.
    let opener = gloo::utils::document().create_element("button").unwrap();
    gloo::utils::body().append_child(&opener).unwrap();
    opener.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();

    let d = detail(Lang::Vi, results(), SOC_HA).await;
    let title = by_testid(&d.root, "detail-title");
    assert_eq!(
        active(),
        Some(title.clone()),
        "focus is on the dialog's title"
    );
    let dialog = d
        .root
        .query_selector("[role=dialog]")
        .unwrap()
        .expect("dialog");
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));

    key(&title, "a");
    assert_eq!(*d.closed.borrow(), 0);
    key(&title, "Escape");
    assert_eq!(*d.closed.borrow(), 1);
    click(&by_testid(&d.root, "detail-close"));
    assert_eq!(*d.closed.borrow(), 2);

    // The page removes the panel after on_close: focus goes back to the opener.
    d.handle.destroy();
    yew::scheduler::flush().await;
    assert_eq!(active(), Some(opener.clone()));
    opener.remove();
    d.root.remove();
}

#[wasm_bindgen_test]
async fn tab_stays_inside_the_dialog() {
    let d = detail(Lang::Vi, results(), SOC_HA).await;
    let dialog = d.root.query_selector("[role=dialog]").unwrap().unwrap();
    let focusable = all(&dialog, "button, select, input, [tabindex=\"0\"]");
    let (first, last) = (focusable[0].clone(), focusable[focusable.len() - 1].clone());
    last.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key(&last, "Tab");
    assert_eq!(active(), Some(first.clone()));
    let init = KeyboardEventInit::new();
    init.set_key("Tab");
    init.set_shift_key(true);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let shift_tab = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    first.dispatch_event(&shift_tab).unwrap();
    assert_eq!(active(), Some(last));
}

/// A commune the scenario sets levers for carries the "Riêng" tag beside its name, and a
/// district it sets levers for beside the district's name on each of its communes' rows, each
/// saying where its settings come from; the others carry none.
#[wasm_bindgen_test]
async fn communes_with_levers_of_their_own_are_tagged_in_the_matrix() {
    let ds = dataset();
    let mut sc = Scenario::defaults(&ds);
    let soc_ha = ds.commune_index(SOC_HA).expect("Sóc Hà");
    sc.communes.insert(
        SOC_HA.to_string(),
        ntm_model::scenario::UnitLevers {
            priority: Some(true),
            ..Default::default()
        },
    );
    let other_district = ds
        .communes
        .iter()
        .find(|c| c.is_candidate() && c.district != ds.communes[soc_ha].district)
        .expect("another district")
        .district;
    sc.districts.insert(
        ds.districts[other_district].code.clone(),
        ntm_model::scenario::UnitLevers {
            budget_weight: Some(2.0),
            ..Default::default()
        },
    );
    let (root, _) = matrix_of(Lang::Vi, results(), 2025, Rc::new(sc)).await;
    let tag = by_testid(&root, &format!("matrix-own-{SOC_HA}"));
    assert_eq!(
        tag.get_attribute("title").as_deref(),
        Some("Kịch bản có thiết lập riêng cho xã này (xem “Theo xã” ở phần đòn bẩy)")
    );
    // The district's communes: the tag beside the district's name, not beside theirs (one
    // "Riêng" per name read as sixteen communes set one by one).
    let in_district: Vec<&str> = ds
        .communes
        .iter()
        .filter(|c| c.is_candidate() && c.district == other_district)
        .map(|c| c.code.as_str())
        .collect();
    assert!(in_district.len() > 1);
    let by_name = all(&root, ".cm-name .cm-own");
    assert_eq!(by_name.len(), 1, "only Sóc Hà's own levers beside a name");
    let by_district = all(&root, ".cm-place .cm-own");
    assert_eq!(by_district.len(), in_district.len());
    for code in &in_district {
        let tag = by_testid(&root, &format!("matrix-own-district-{code}"));
        assert!(tag
            .get_attribute("title")
            .is_some_and(|t| t.contains("cho huyện này")));
        assert!(text(&tag).contains("huyện có thiết lập riêng trong kịch bản"));
    }
    // Read out with the name: what the tag means, not "Riêng" alone.
    let row = by_testid(&root, &format!("matrix-row-{SOC_HA}"));
    assert!(
        text(&row).contains("có thiết lập riêng trong kịch bản"),
        "{}",
        text(&row)
    );
    // The default scenario tags nothing.
    let (plain, _) = matrix(Lang::Vi, results(), 2025).await;
    assert!(all(&plain, ".cm-own").is_empty());
}

/// A commune given no allocated money (by its district here, and let back in by its own
/// setting) says so beside its name: its chances fall and nothing else on the matrix says why.
#[wasm_bindgen_test]
async fn communes_given_no_money_are_tagged_in_the_matrix() {
    let ds = dataset();
    let mut sc = Scenario::defaults(&ds);
    let soc_ha = ds.commune_index(SOC_HA).expect("Sóc Hà");
    let district = ds.communes[soc_ha].district;
    let flag = |on: bool| ntm_model::scenario::UnitLevers {
        excluded: Some(on),
        ..Default::default()
    };
    sc.districts
        .insert(ds.districts[district].code.clone(), flag(true));
    let let_back = ds
        .communes
        .iter()
        .find(|c| c.is_candidate() && c.district == district && c.code != SOC_HA)
        .expect("another commune in Sóc Hà's district")
        .code
        .clone();
    sc.communes.insert(let_back.clone(), flag(false));
    let (root, _) = matrix_of(Lang::Vi, results(), 2025, Rc::new(sc)).await;
    let tag = by_testid(&root, &format!("matrix-excluded-{SOC_HA}"));
    assert_eq!(text(&tag).trim(), "Không cấp vốn, không nhận vốn phân bổ");
    assert!(tag
        .get_attribute("title")
        .is_some_and(|t| t.starts_with("Kịch bản không cấp vốn phân bổ cho xã này")));
    assert!(
        root.query_selector(&format!("[data-testid=matrix-excluded-{let_back}]"))
            .unwrap()
            .is_none(),
        "a commune whose own setting lets it back in carries no tag"
    );
    let expected = ds
        .communes
        .iter()
        .filter(|c| c.is_candidate() && c.district == district && c.code != let_back)
        .count();
    assert_eq!(all(&root, ".cm-excluded").len(), expected);
    let (plain, _) = matrix(Lang::Vi, results(), 2025).await;
    assert!(all(&plain, ".cm-excluded").is_empty());
}

/// In the village view, the villages of a commune given no money say so too: their money
/// comes through their commune.
#[wasm_bindgen_test]
async fn villages_of_a_commune_given_no_money_are_tagged() {
    let ds = dataset();
    let mut sc = Scenario::defaults(&ds);
    let commune = ds
        .communes
        .iter()
        .position(|c| {
            c.is_candidate()
                && ds
                    .villages
                    .iter()
                    .filter(|v| ds.communes[v.commune].code == c.code)
                    .count()
                    > 1
        })
        .expect("a commune with villages");
    sc.communes.insert(
        ds.communes[commune].code.clone(),
        ntm_model::scenario::UnitLevers {
            excluded: Some(true),
            ..Default::default()
        },
    );
    let root = mount_point();
    let props = CriteriaMatrixProps {
        lang: Lang::Vi,
        dataset: ds.clone(),
        results: Some(results()),
        year: 2025,
        scenario: Rc::new(sc),
        on_select_commune: Callback::noop(),
        view: MatrixView {
            units: Units::Villages,
            ..MatrixView::default()
        },
        on_action: Callback::noop(),
    };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps(props)).render();
    yew::scheduler::flush().await;
    let its: Vec<&str> = ds
        .villages
        .iter()
        .filter(|v| v.commune == commune)
        .map(|v| v.id.as_str())
        .collect();
    let tagged = all(&root, ".cm-excluded");
    assert_eq!(tagged.len(), its.len());
    for id in &its {
        let tag = by_testid(&root, &format!("matrix-excluded-{id}"));
        assert!(tag
            .get_attribute("title")
            .is_some_and(|t| t.starts_with("Kịch bản không cấp vốn phân bổ cho xã của xóm này")));
    }
}

#[wasm_bindgen_test]
async fn a_commune_s_facts_give_the_data_s_own_year() {
    // A province's 2026 data: its codes and households are not "2020" figures.
    let mut later = (*dataset()).clone();
    later.province.base_year = 2026;
    later.province.illustrative = false;
    let ds = Rc::new(later);
    let root = mount_point();
    let props = CommuneDetailProps {
        lang: Lang::Vi,
        commune: ds.commune_index(SOC_HA).expect("code"),
        dataset: ds.clone(),
        results: None,
        baseline: None,
        on_close: Callback::noop(),
        year: None,
        children: yew::html! {},
        scenario: None,
    };
    yew::Renderer::<CommuneDetail>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let facts = by_testid(&root, "detail-facts");
    let source = facts
        .query_selector(".cd-source")
        .unwrap()
        .expect("the source line");
    assert_eq!(
        text(&source),
        "Dữ liệu: mã và tên đơn vị là thật (2026); các chỉ số khác do tỉnh cung cấp."
    );
    let tip = |id: &str| {
        by_testid(&root, id)
            .parent_element()
            .and_then(|e| e.get_attribute("title"))
            .unwrap_or_default()
    };
    assert_eq!(
        tip("fact-households"),
        "Số hộ gia đình năm 2026 — dữ liệu của tỉnh"
    );
    assert!(tip("fact-code").contains("(2026)"), "{}", tip("fact-code"));
    root.remove();
}
