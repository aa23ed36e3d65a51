//! Component tests in headless Chromium for issue 5: the comparison lists exactly the lever
//! that differs and signs the headline differences; its pickers send stage actions; the
//! presentation steps with the keyboard and leaves with Escape; the storyboard starts only
//! with every run done; the report shows final results as images, the narrative, the levers
//! and the QR placeholder; and the whole app presents read-only.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use ntm_model::{Dataset, Results, Scenario};
use ntm_planner::app::App;
use ntm_planner::components::compare::{CompareView, CompareViewProps};
use ntm_planner::components::present::{
    Presentation, PresentationProps, StoryboardView, StoryboardViewProps,
};
use ntm_planner::components::report::{ReportView, ReportViewProps};
use ntm_planner::i18n::Lang;
use ntm_planner::simulation::Outcome;
use ntm_planner::state::stage::{ScenarioName, ScenarioRef, Shown, StageAction, Step};
use ntm_planner::url_state;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, KeyboardEvent, KeyboardEventInit};
use yew::prelude::*;

use common::{by_testid, click, fire, mount_point, text, until};

wasm_bindgen_test_configure!(run_in_browser);

fn ds() -> Rc<Dataset> {
    thread_local!(static DS: Rc<Dataset> = Rc::new(Dataset::caobang_2020().expect("dataset")));
    DS.with(Rc::clone)
}

const RUNS: u32 = 120;

/// The default scenario and the budget at 150%, with their results (computed once).
fn pair() -> &'static [(Scenario, Results); 2] {
    static R: OnceLock<[(Scenario, Results); 2]> = OnceLock::new();
    R.get_or_init(|| {
        let ds = ds();
        let mut a = Scenario::defaults(&ds);
        a.runs = RUNS;
        let mut b = a.clone();
        b.budget.scale_pct = 150.0;
        let run = |s: &Scenario| (*ntm_planner::simulation::run(&ds, s, 0).results).clone();
        [(a.clone(), run(&a)), (b.clone(), run(&b))]
    })
}

fn shown(i: usize, reference: ScenarioRef, name: ScenarioName, with_results: bool) -> Shown {
    let (sc, r) = &pair()[i];
    Shown {
        reference,
        name,
        scenario: Rc::new(sc.clone()),
        outcome: with_results.then(|| {
            Rc::new(Outcome {
                generation: 0,
                results: Rc::new(r.clone()),
                runs_done: RUNS,
                runs_wanted: RUNS,
            })
        }),
    }
}

fn preset_name() -> ScenarioName {
    ScenarioName::Preset {
        vi: "Duy trì như hiện nay".into(),
        en: "Business as usual".into(),
    }
}

/// A callback that records what it is sent.
fn recorder() -> (Callback<StageAction>, Rc<RefCell<Vec<StageAction>>>) {
    let got = Rc::new(RefCell::new(Vec::new()));
    let cb = {
        let got = got.clone();
        Callback::from(move |a: StageAction| got.borrow_mut().push(a))
    };
    (cb, got)
}

/// A mounted component: unmounted (listeners and all) at the end of its test.
struct Mounted<C: BaseComponent> {
    root: Element,
    handle: yew::AppHandle<C>,
}

impl<C: BaseComponent> Mounted<C> {
    fn done(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn key(name: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    gloo::utils::document()
        .dispatch_event(&e)
        .expect("dispatch");
}

async fn compare(lang: Lang, on_action: Callback<StageAction>) -> Mounted<CompareView> {
    let root = mount_point();
    let props = CompareViewProps {
        lang,
        dataset: ds(),
        shown: vec![
            shown(
                0,
                ScenarioRef::Preset("business_as_usual".into()),
                preset_name(),
                true,
            ),
            shown(1, ScenarioRef::Current, ScenarioName::Current, true),
        ],
        choices: vec![
            (ScenarioRef::Current, ScenarioName::Current),
            (
                ScenarioRef::Preset("business_as_usual".into()),
                preset_name(),
            ),
            (
                ScenarioRef::Preset("plan_2020".into()),
                ScenarioName::Preset {
                    vi: "Kế hoạch 2020".into(),
                    en: "The 2020 plan".into(),
                },
            ),
            (
                ScenarioRef::Saved("s1".into()),
                ScenarioName::Saved("Kế hoạch của tôi".into()),
            ),
        ],
        bands: true,
        on_action,
        date: "06/12/2026".into(),
        note: "Trạng thái tiêu chí là minh họa.".into(),
    };
    let handle = yew::Renderer::<CompareView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { root, handle }
}

/// The comparison offers to print itself once every run is in, and says on paper where,
/// when and on what data.
#[wasm_bindgen_test]
async fn the_comparison_can_be_printed_with_its_province_date_and_data_note() {
    let (cb, _) = recorder();
    let m = compare(Lang::Vi, cb).await;
    let print = by_testid(&m.root, "compare-print");
    assert_eq!(text(&print), "In bản so sánh");
    assert!(!print.has_attribute("disabled"), "every run is in");
    let facts = text(&by_testid(&m.root, "compare-print-facts"));
    assert!(
        facts.starts_with("Cao Bằng, giữa năm 2020. Ngày in: 06/12/2026."),
        "{facts}"
    );
    assert!(
        facts.contains("Trạng thái tiêu chí là minh họa."),
        "{facts}"
    );
    m.done();
}

/// A commune given a campaign of its own in B, with A's results in both columns: it moves
/// nothing, and the commune table lists it all the same, tagged, and says why.
#[wasm_bindgen_test]
async fn a_commune_of_its_own_levers_is_on_the_comparison_s_commune_list() {
    let ds = ds();
    let code = ds
        .communes
        .iter()
        .find(|c| c.name == "Cốc Pàng")
        .expect("Cốc Pàng")
        .code
        .clone();
    let mut with_campaign = shown(0, ScenarioRef::Current, ScenarioName::Current, true);
    let mut sc = (*with_campaign.scenario).clone();
    sc.communes.insert(
        code.clone(),
        ntm_model::scenario::UnitLevers {
            campaigns: Some(3.0),
            ..Default::default()
        },
    );
    with_campaign.scenario = Rc::new(sc);
    let root = mount_point();
    let props = CompareViewProps {
        lang: Lang::Vi,
        dataset: ds.clone(),
        shown: vec![
            shown(
                0,
                ScenarioRef::Preset("business_as_usual".into()),
                preset_name(),
                true,
            ),
            with_campaign,
        ],
        choices: vec![(ScenarioRef::Current, ScenarioName::Current)],
        bands: true,
        on_action: Callback::noop(),
        date: "06/12/2026".into(),
        note: "Trạng thái tiêu chí là minh họa.".into(),
    };
    let handle = yew::Renderer::<CompareView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let m = Mounted { root, handle };
    let rows = all(&m.root, "[data-testid=commune-compare-row]");
    assert_eq!(
        rows.len(),
        1,
        "only the commune of its own levers: nothing moved"
    );
    assert_eq!(
        rows[0].get_attribute("data-commune").as_deref(),
        Some(code.as_str())
    );
    let tag = by_testid(&m.root, &format!("commune-compare-own-{code}"));
    assert!(text(&tag).starts_with("Riêng"), "{}", text(&tag));
    assert!(tag
        .get_attribute("title")
        .is_some_and(|t| t.contains("Đòn bẩy khác nhau")));
    let caption = text(
        &m.root
            .query_selector("[data-testid=commune-compare] caption")
            .expect("selector")
            .expect("a caption"),
    );
    assert!(caption.contains("“Riêng”"), "{caption}");
    // Not "the 10 that change most": none did.
    assert!(caption.contains("không xã nào thay đổi"), "{caption}");
    m.done();
}

#[wasm_bindgen_test]
async fn the_lever_diff_lists_exactly_the_budget_and_the_differences_have_their_sign() {
    let (cb, _) = recorder();
    let m = compare(Lang::Vi, cb).await;
    let root = m.root.clone();
    let rows = all(&root, "[data-testid=lever-diff-row]");
    assert_eq!(rows.len(), 1, "one lever differs");
    let row = &rows[0];
    assert_eq!(
        row.get_attribute("data-lever").as_deref(),
        Some("budget_scale")
    );
    assert!(
        text(row).starts_with("Tổng vốn so với kế hoạch"),
        "{}",
        text(row)
    );
    assert_eq!(text(&by_testid(row, "lever-value-0")), "100");
    assert_eq!(text(&by_testid(row, "lever-value-1")), "150");
    assert_eq!(text(&by_testid(row, "lever-delta")), "+50");

    let delta = |id: &str| -> f64 {
        by_testid(&root, id)
            .get_attribute("data-delta")
            .expect("a difference")
            .parse()
            .expect("a number")
    };
    let villages = delta("compare-villages-2025-1-delta");
    assert!(villages > 0.0, "more money, more villages: {villages}");
    let label = text(&by_testid(&root, "compare-villages-2025-1-delta"));
    assert!(label.contains(&format!("+{villages}")), "{label}");
    assert!(
        label.contains("tốt hơn"),
        "says it in words, not only in colour: {label}"
    );
    assert!(delta("compare-below15-2025-1-delta") <= 0.0);
    // By district: a row each, A's cells without a difference, B's with one.
    let rows = all(&root, "[data-testid=district-compare-row]");
    assert_eq!(rows.len(), ds().districts.len());
    let cells = |row: &Element| all(row, "td").iter().map(text).collect::<Vec<_>>();
    for row in &rows {
        let c = cells(row);
        assert!(c[0].contains(" xã") && !c[0].contains('('), "{c:?}");
        // No change is "= 0", as everywhere else, not a bare "0".
        assert!(!c[1].contains(" (0"), "{c:?}");
        assert!(
            c[1].contains(" (+")
                || c[1].contains(" (= 0)")
                || c[1].contains(" (≈ 0)")
                || c[1].contains(" (−"),
            "{c:?}"
        );
    }
    assert!(
        rows.iter().any(|r| cells(r)[1].contains("xóm (+")),
        "more money shows in some district's villages"
    );
    // A district without listed villages says nothing of villages (not "0 xóm").
    assert!(
        rows.iter().any(|r| !cells(r)[0].contains("xóm")),
        "{:?}",
        rows.iter().map(cells).collect::<Vec<_>>()
    );
    assert!(
        all(&root, "[data-testid=compare-villages-2025-0-delta]").is_empty(),
        "A is the reference: no difference"
    );
    // Both charts are drawn, one line per scenario, with a table one click away.
    for slug in ["villages", "communes"] {
        let canvas = by_testid(&root, &format!("chart-{slug}"));
        until("the chart to be drawn", || {
            canvas.has_attribute("data-draws")
        })
        .await;
    }
    click(&by_testid(&root, "chart-villages-toggle"));
    yew::scheduler::flush().await;
    let table = by_testid(&root, "chart-villages-table");
    let heads: Vec<String> = all(&table, "tbody th").iter().map(text).collect();
    assert!(heads.contains(&"A: trung vị".to_string()), "{heads:?}");
    assert!(heads.contains(&"B: P90".to_string()), "{heads:?}");
    m.done();
}

#[wasm_bindgen_test]
async fn the_comparison_reads_in_english_too() {
    let (cb, _) = recorder();
    let m = compare(Lang::En, cb).await;
    let root = m.root.clone();
    let row = by_testid(&root, "lever-diff-row");
    assert!(
        text(&row).starts_with("Total budget compared with the plan"),
        "{}",
        text(&row)
    );
    assert_eq!(text(&by_testid(&root, "compare-status-0")), "120 runs");
    assert!(text(&by_testid(&root, "compare-headline")).contains("Business as usual"));
    m.done();
}

#[wasm_bindgen_test]
async fn the_pickers_send_stage_actions() {
    let (cb, got) = recorder();
    let m = compare(Lang::Vi, cb).await;
    let root = m.root.clone();
    let select: HtmlSelectElement = by_testid(&root, "compare-pick-1")
        .dyn_into()
        .expect("select");
    assert_eq!(select.value(), "current");
    assert_eq!(
        all(&root, "#compare-pick-1 option").len(),
        4,
        "current, two presets, one saved"
    );
    select.set_value("preset:plan_2020");
    fire(&select, "change");
    let bands: HtmlInputElement = by_testid(&root, "compare-bands")
        .dyn_into()
        .expect("checkbox");
    assert!(bands.checked());
    bands.click();
    click(&by_testid(&root, "compare-add"));
    assert!(
        all(&root, "[data-testid=compare-remove-0]").is_empty(),
        "never below two"
    );
    assert_eq!(
        *got.borrow(),
        vec![
            StageAction::SetCompared(1, ScenarioRef::Preset("plan_2020".into())),
            StageAction::SetBands(false),
            StageAction::AddCompared,
        ]
    );
    m.done();
}

async fn presentation(
    slide: usize,
    lang: Lang,
    on_action: Callback<StageAction>,
) -> Mounted<Presentation> {
    let root = mount_point();
    let props = PresentationProps {
        lang,
        dataset: ds(),
        // The defaults as the pair runs them: the scenario differs by its budget alone.
        defaults: Rc::new(pair()[0].0.clone()),
        items: vec![shown(
            1,
            ScenarioRef::Saved("s1".into()),
            ScenarioName::Saved("Ngân sách 150%".into()),
            true,
        )],
        baseline: Some(Rc::new(pair()[0].1.clone())),
        slide,
        on_action,
        on_set_language: Callback::noop(),
    };
    let handle = yew::Renderer::<Presentation>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { root, handle }
}

#[wasm_bindgen_test]
async fn the_presentation_steps_with_the_keyboard_and_leaves_with_escape() {
    let (cb, got) = recorder();
    let m = presentation(0, Lang::Vi, cb).await;
    let root = m.root.clone();
    let counter = by_testid(&root, "slide-counter");
    assert_eq!(text(&counter), "Trang 1/7");
    // A screen reader hears the page and its heading from a live region of its own.
    let heard = by_testid(&root, "slide-heard");
    assert_eq!(heard.get_attribute("aria-live").as_deref(), Some("polite"));
    until("the slide's heading is said", || {
        text(&by_testid(&root, "slide-heard")).starts_with("Trang 1/7: ")
    })
    .await;
    // The title says what the scenario does; what it achieves is on a slide of its own.
    let does = text(&by_testid(&root, "slide-scenario"));
    assert!(does.contains("150% kế hoạch"), "{does}");
    assert!(all(&root, "[data-testid=narrative]").is_empty());
    for k in [
        "ArrowRight",
        "PageDown",
        " ",
        "ArrowLeft",
        "PageUp",
        "Home",
        "End",
        "x",
        "Escape",
    ] {
        key(k);
    }
    assert_eq!(
        *got.borrow(),
        vec![
            StageAction::Go(Step::Next),
            StageAction::Go(Step::Next),
            StageAction::Go(Step::Next),
            StageAction::Go(Step::Previous),
            StageAction::Go(Step::Previous),
            StageAction::Go(Step::First),
            StageAction::Go(Step::Last),
            StageAction::StopPresenting,
        ]
    );
    // The on-screen buttons say the same; "previous" is off on the first slide.
    assert_eq!(
        by_testid(&root, "present-prev")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("true")
    );
    click(&by_testid(&root, "present-next"));
    click(&by_testid(&root, "present-exit"));
    assert_eq!(
        got.borrow()[8..],
        [StageAction::Go(Step::Next), StageAction::StopPresenting]
    );
    // No lever, no input of any kind, on a slide.
    assert!(all(&root, "input, select").is_empty());
    m.done();
}

#[wasm_bindgen_test]
async fn each_slide_shows_its_part_with_the_scenario_named() {
    // (slide, what must be on it)
    let cases: [(usize, &str); 6] = [
        (1, "slide-lever-table"),
        (2, "narrative"),
        (3, "headline-communes-2025"),
        (4, "chart-villages"),
        (5, "chart-communes"),
        (6, "blockers-table"),
    ];
    for (slide, id) in cases {
        let m = presentation(slide, Lang::En, Callback::noop()).await;
        let root = m.root.clone();
        let el = by_testid(&root, id);
        if id.starts_with("chart-") {
            until("the slide's chart", || el.has_attribute("data-draws")).await;
        }
        if id == "slide-lever-table" {
            // The one change, from the default to the scenario's value.
            let table = text(&el);
            assert!(
                table.contains("Total budget") && table.contains("150"),
                "{table}"
            );
            assert_eq!(all(&el, "[data-testid=lever-diff-row]").len(), 1, "{table}");
        }
        if id == "blockers-table" {
            // The communes short of the set in force that keep their recognition are said.
            let lead = text(&root.query_selector(".slide-lead").unwrap().expect("a lead"));
            assert!(
                lead.contains(
                    " of them already recognised (they keep the title) but short of this set."
                ),
                "{lead}"
            );
        }
        if id == "narrative" {
            // What it achieves, then what blocks the communes most.
            let story = text(&el);
            assert!(story.starts_with("By the end of 2025, about "), "{story}");
            assert!(story.contains("most communes"), "{story}");
        }
        assert!(
            text(&root).contains("Ngân sách 150%"),
            "slide {slide} names its scenario"
        );
        assert_eq!(
            text(&by_testid(&root, "slide-counter")),
            format!("Slide {} of 7", slide + 1)
        );
        m.done();
    }
}

/// A scenario of seventeen changes lists them over three levers slides of eight rows or
/// fewer, each page saying which it is, every row once: on one slide its type shrank to 11–12
/// px on a 1280 × 720 projector.
#[wasm_bindgen_test]
async fn many_changes_are_listed_over_several_levers_slides() {
    let ds = ds();
    let (defaults, _) = &pair()[0];
    let mut sc = pair()[1].0.clone();
    let communes: Vec<String> = ds
        .communes
        .iter()
        .filter(|c| c.is_candidate())
        .step_by(8)
        .take(16)
        .map(|c| c.code.clone())
        .collect();
    for code in &communes {
        sc.communes.insert(
            code.clone(),
            ntm_model::scenario::UnitLevers {
                campaigns: Some(6.0),
                ..Default::default()
            },
        );
    }
    let mut seen: Vec<String> = Vec::new();
    for (page, slide) in (1..=3).enumerate() {
        let root = mount_point();
        let props = PresentationProps {
            lang: Lang::En,
            dataset: ds.clone(),
            defaults: Rc::new(defaults.clone()),
            items: vec![Shown {
                reference: ScenarioRef::Current,
                name: ScenarioName::Current,
                scenario: Rc::new(sc.clone()),
                outcome: shown(1, ScenarioRef::Current, ScenarioName::Current, true).outcome,
            }],
            baseline: Some(Rc::new(pair()[0].1.clone())),
            slide,
            on_action: Callback::noop(),
            on_set_language: Callback::noop(),
        };
        let handle =
            yew::Renderer::<Presentation>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let m = Mounted { root, handle };
        // The title, three levers slides, then the other five.
        assert_eq!(
            text(&by_testid(&m.root, "slide-counter")),
            format!("Slide {} of 9", slide + 1)
        );
        let on_slide = by_testid(&m.root, "slide-levers");
        assert_eq!(on_slide.get_attribute("data-page"), Some(page.to_string()));
        assert!(
            text(&on_slide.query_selector("h2").unwrap().unwrap())
                .ends_with(&format!("({} of 3)", page + 1)),
            "{}",
            text(&on_slide)
        );
        let rows: Vec<String> = all(&on_slide, "[data-testid=lever-diff-row]")
            .iter()
            .filter_map(|r| r.get_attribute("data-lever"))
            .collect();
        assert!((5..=8).contains(&rows.len()), "{rows:?}");
        seen.extend(rows);
        m.done();
    }
    let count = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!((count, seen.len()), (17, 17), "every row once: {seen:?}");
}

#[wasm_bindgen_test]
async fn the_storyboard_starts_only_once_every_run_is_done() {
    for (ready, with_results) in [(false, false), (true, true)] {
        let (cb, got) = recorder();
        let root = mount_point();
        let props = StoryboardViewProps {
            lang: Lang::Vi,
            story: vec![ScenarioRef::Saved("s1".into()), ScenarioRef::Current],
            shown: vec![
                shown(
                    1,
                    ScenarioRef::Saved("s1".into()),
                    ScenarioName::Saved("Ngân sách 150%".into()),
                    with_results,
                ),
                shown(0, ScenarioRef::Current, ScenarioName::Current, with_results),
            ],
            choices: vec![
                (ScenarioRef::Current, ScenarioName::Current),
                (ScenarioRef::Preset("plan_2020".into()), preset_name()),
                (
                    ScenarioRef::Saved("s1".into()),
                    ScenarioName::Saved("Ngân sách 150%".into()),
                ),
            ],
            // The first differs from these defaults (a levers slide), the second is them.
            defaults: Rc::new(pair()[0].0.clone()),
            dataset: ds(),
            added: Vec::new(),
            on_action: cb,
            link_name: None,
            library: Rc::default(),
        };
        let handle =
            yew::Renderer::<StoryboardView>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        assert_eq!(
            by_testid(&root, "present-start").has_attribute("disabled"),
            !ready
        );
        assert_eq!(
            by_testid(&root, "story-status")
                .get_attribute("data-ready")
                .as_deref(),
            Some(ready.to_string().as_str())
        );
        assert_eq!(text(&by_testid(&root, "story-slide-count")), "15 trang");
        let names: Vec<String> = all(&root, "[data-testid=story-item] .story-name")
            .iter()
            .map(text)
            .collect();
        // The current scenario's entry says it follows the edits; a saved one's does not.
        let live = text(&by_testid(&root, "story-live-1"));
        assert!(live.contains("cập nhật theo mọi thay đổi"), "{live}");
        assert!(root
            .query_selector("[data-testid=story-live-0]")
            .expect("selector")
            .is_none());
        let names: Vec<String> = names.iter().map(|n| n.replace(&live, "")).collect();
        assert_eq!(names, ["Ngân sách 150%", "Kịch bản hiện tại"]);
        assert_eq!(
            by_testid(&root, "story-add-saved:s1")
                .get_attribute("aria-disabled")
                .as_deref(),
            Some("true"),
            "already in the storyboard"
        );
        // Pressing it anyway does nothing (it stays focusable, so it must not act).
        click(&by_testid(&root, "story-add-saved:s1"));
        click(&by_testid(&root, "story-add-preset:plan_2020"));
        click(&by_testid(&root, "story-down-0"));
        click(&by_testid(&root, "story-remove-1"));
        assert_eq!(
            *got.borrow(),
            vec![
                StageAction::AddToStory(ScenarioRef::Preset("plan_2020".into())),
                StageAction::MoveInStory(0, 1),
                StageAction::RemoveFromStory(1),
            ]
        );
        handle.destroy();
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn the_report_shows_final_results_as_images_with_the_narrative_levers_and_link() {
    let root = mount_point();
    let s = shown(1, ScenarioRef::Current, ScenarioName::Current, true);
    let link = "http://127.0.0.1/#s=example";
    let props = ReportViewProps {
        lang: Lang::Vi,
        dataset: ds(),
        name: ScenarioName::Saved("Ngân sách 150%".into()),
        scenario: s.scenario.clone(),
        defaults: Rc::new(pair()[0].0.clone()),
        outcome: s.outcome.clone(),
        baseline: Some(Rc::new(pair()[0].1.clone())),
        link: link.into(),
        date: "30/11/2025".into(),
        note: "Ghi chú".into(),
    };
    let handle = yew::Renderer::<ReportView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(
        by_testid(&root, "report")
            .get_attribute("data-final")
            .as_deref(),
        Some("true")
    );
    until("both chart images", || {
        all(&root, "img[src^='data:image/png']").len() == 2
    })
    .await;
    let narrative = text(&by_testid(&root, "report-narrative"));
    assert!(narrative.starts_with("Đến hết năm 2025"), "{narrative}");
    let levers = all(
        &root,
        "[data-testid=report-levers] [data-testid=lever-diff-row]",
    );
    assert_eq!(levers.len(), 1);
    assert_eq!(text(&by_testid(&levers[0], "lever-delta")), "+50");
    // District by district, the default beside this scenario.
    let districts = all(
        &root,
        "[data-testid=report-districts] [data-testid=district-compare-row]",
    );
    assert_eq!(districts.len(), ds().districts.len());
    let caption = text(
        &root
            .query_selector("[data-testid=report-districts] caption")
            .expect("selector")
            .expect("a caption"),
    );
    assert!(caption.contains("so với kịch bản mặc định"), "{caption}");
    assert!(
        districts
            .iter()
            .any(|r| all(r, "td").get(1).is_some_and(|c| text(c).contains("(+"))),
        "the 150% scenario gains somewhere"
    );
    assert_eq!(text(&by_testid(&root, "report-link")), link);
    let qr = by_testid(&root, "qr-code");
    assert_eq!(qr.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        qr.get_attribute("aria-label").as_deref(),
        Some("Mã QR của liên kết chia sẻ")
    );
    assert_eq!(text(&by_testid(&root, "report-name")), "Ngân sách 150%");
    assert_eq!(text(&by_testid(&root, "report-date")), "30/11/2025");
    handle.destroy();
    root.remove();
}

fn set_fragment(fragment: &str) {
    let history = gloo::utils::window().history().expect("history");
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")))
        .expect("replaceState");
}

#[wasm_bindgen_test]
async fn the_app_presents_the_current_scenario_read_only_and_comes_back() {
    gloo::utils::window()
        .local_storage()
        .expect("storage")
        .expect("storage")
        .clear()
        .expect("clear");
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 60;
    sc.budget.scale_pct = 130.0;
    let link = url_state::fragment(&sc, &Default::default(), None, &ds).expect("link");
    set_fragment(&link);
    let root = mount_point();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    until("the first results", || {
        by_testid(&root, "headline")
            .get_attribute("data-final")
            .as_deref()
            == Some("true")
    })
    .await;
    click(&by_testid(&root, "screen-present"));
    until("the storyboard, ready", || {
        root.query_selector("[data-testid=story-status][data-ready=true]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert!(
        !text(&by_testid(&root, "story-empty")).is_empty(),
        "the current scenario alone"
    );
    click(&by_testid(&root, "present-start"));
    yew::scheduler::flush().await;
    let presentation = by_testid(&root, "presentation");
    assert!(
        all(&root, "[data-testid=levers-panel]").is_empty(),
        "no lever while presenting"
    );
    // Its title slide: what the scenario does, its money to 2025.
    assert!(text(&by_testid(&presentation, "slide-scenario")).contains("2025"));
    let address = gloo::utils::window().location().hash().expect("hash");
    key("ArrowRight");
    yew::scheduler::flush().await;
    assert_eq!(
        by_testid(&root, "slide-counter")
            .get_attribute("data-slide")
            .as_deref(),
        Some("1")
    );
    // A link pasted meanwhile changes nothing on the slides.
    set_fragment("s=AAAA");
    let hashchange = web_sys::Event::new("hashchange").expect("event");
    gloo::utils::window()
        .dispatch_event(&hashchange)
        .expect("dispatch");
    yew::scheduler::flush().await;
    assert!(all(&root, "[data-testid=link-error]").is_empty());
    assert_eq!(
        by_testid(&root, "slide-counter")
            .get_attribute("data-slide")
            .as_deref(),
        Some("1")
    );
    key("Escape");
    yew::scheduler::flush().await;
    by_testid(&root, "storyboard");
    assert!(all(&root, "[data-testid=presentation]").is_empty());
    set_fragment(address.trim_start_matches('#'));
    handle.destroy();
    root.remove();
}

/// A two-column lever table ("A", "B") of `rows`, rendered.
async fn lever_table(rows: Vec<ntm_planner::compare_logic::levers::LeverRow>) -> Element {
    use ntm_planner::components::compare::lever_table::LeverTableProps;
    use ntm_planner::components::compare::LeverTable;
    let root = mount_point();
    let props = LeverTableProps {
        lang: Lang::Vi,
        dataset: ds(),
        caption: "".into(),
        labelled_by: None,
        heading: "".into(),
        headers: vec![html! { "A" }, html! { "B" }],
        labels: vec!["A".into(), "B".into()],
        delta_header: "Δ".into(),
        rows,
        none: "".into(),
        testid: "levers".into(),
        page: None,
    };
    yew::Renderer::<LeverTable>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn a_yearly_lever_changed_alike_in_consecutive_years_is_one_row() {
    use ntm_model::scenario::diff::{LeverPath, LeverValue, TrainingKind};
    use ntm_planner::compare_logic::levers::LeverRow;
    let vocational = |year: u16, b: f64| LeverRow {
        path: LeverPath::Training(TrainingKind::Vocational, year),
        values: vec![LeverValue::Number(15.0), LeverValue::Number(b)],
        inherited: vec![],
        voided: vec![],
    };
    // 2020–2024 at 45, then 2025 at 60.
    let mut rows: Vec<LeverRow> = (2020..=2024).map(|y| vocational(y, 45.0)).collect();
    rows.push(vocational(2025, 60.0));
    let root = lever_table(rows).await;
    let names: Vec<String> = all(&root, "[data-testid=lever-diff-row] th")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        names,
        [
            "Lao động được đào tạo nghề, năm 2020–2024",
            "Lao động được đào tạo nghề, năm 2025"
        ]
    );
    // Each value names its column, for a phone's slide, where the table is a list.
    let labels: Vec<Option<String>> = all(&root, "[data-testid=lever-diff-row] td")
        .iter()
        .skip(1)
        .take(3)
        .map(|td| td.get_attribute("data-label"))
        .collect();
    assert_eq!(
        labels,
        [
            Some("A".to_string()),
            Some("B".to_string()),
            Some("Δ".to_string())
        ]
    );
}

/// A district that follows the province by default says what that gives it, and the
/// difference is counted from it ("theo cấp trên (50)" → 70: +20, not blank).
#[wasm_bindgen_test]
async fn a_unit_following_the_level_above_shows_what_it_inherits_and_the_difference() {
    use ntm_model::scenario::diff::{LeverPath, LeverValue, UnitField};
    use ntm_planner::compare_logic::levers::LeverRow;
    let district = ds().districts[1].code.clone();
    let rows = vec![LeverRow {
        path: LeverPath::District(district, UnitField::Leadership),
        values: vec![LeverValue::Unset, LeverValue::Number(0.7)],
        inherited: vec![LeverValue::Number(0.5), LeverValue::Unset],
        voided: vec![],
    }];
    let root = lever_table(rows).await;
    assert_eq!(
        text(&by_testid(&root, "lever-value-0")),
        "theo cấp trên (50)"
    );
    assert_eq!(text(&by_testid(&root, "lever-value-1")), "70");
    assert_eq!(text(&by_testid(&root, "lever-delta")), "+20");
}

/// Two scenarios' ranges are both shaded; with three or four, only A's (theirs blended into one
/// mass over the lines), and the legend says so.
#[wasm_bindgen_test]
fn with_three_scenarios_only_the_references_range_is_shaded() {
    use ntm_planner::components::compare::charts::{spec, Which};
    let two = vec![
        shown(
            0,
            ScenarioRef::Preset("business_as_usual".into()),
            preset_name(),
            true,
        ),
        shown(1, ScenarioRef::Current, ScenarioName::Current, true),
    ];
    // A third column (the 150% results again, under another name: only the count matters).
    let mut three = two.clone();
    three.push(shown(
        1,
        ScenarioRef::Saved("s1".into()),
        ScenarioName::Saved("Ba".into()),
        true,
    ));
    use ntm_planner::components::charts::{ChartSpec, Plot};
    let ds = ds();
    let of =
        |s: &[Shown], bands: bool| spec(Which::Villages, s, &ds, Lang::Vi, bands).expect("a chart");
    let shaded = |c: &ChartSpec| match &c.plot {
        Plot::Yearly(p) => p.bands.len(),
        _ => panic!("a yearly chart"),
    };
    assert_eq!(shaded(&of(&two, true)), 2);
    let c = of(&three, true);
    assert_eq!(shaded(&c), 1);
    assert!(
        c.legend.iter().any(|l| l.label.contains("P10–P90 của A")),
        "{:?}",
        c.legend.iter().map(|l| &l.label).collect::<Vec<_>>()
    );
    assert_eq!(shaded(&of(&three, false)), 0);
}

/// The comparison's note says the difference is the levers' only when no column sets another
/// assumption than A: a default spelled out is no difference, another value is.
#[wasm_bindgen_test]
fn another_assumption_value_is_told_apart_from_a_default_spelled_out() {
    use ntm_model::params::ParamKey;
    use ntm_planner::components::compare::unlike_note::assumptions_differ;
    let ds = ds();
    let a = Rc::new(Scenario::defaults(&ds));
    let mut b = Scenario::defaults(&ds);
    b.leadership = 80.0;
    assert!(!assumptions_differ(&[a.clone(), Rc::new(b.clone())]));
    let key = ParamKey::ALL[0];
    b.assumptions.values.insert(key, a.assumptions.value(key));
    assert!(!assumptions_differ(&[a.clone(), Rc::new(b.clone())]));
    b.assumptions
        .values
        .insert(key, a.assumptions.value(key) * 1.1 + 0.01);
    assert!(assumptions_differ(&[a.clone(), Rc::new(b)]));
    assert!(!assumptions_differ(&[a]));
}
