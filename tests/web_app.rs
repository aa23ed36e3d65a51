//! The whole app in headless Chromium: it opens from the URL fragment (the model's share link)
//! or the autosave, a lever changes the headline and the address, a bad link or a damaged
//! autosave shows a message and the defaults, the language toggle switches the page.
#![cfg(target_arch = "wasm32")]

mod common;

use ntm_model::Dataset;
use ntm_planner::app::App;
use ntm_planner::storage::{AUTOSAVE_KEY, SET_ASIDE_PREFIX};
use ntm_planner::url_state;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use common::{by_testid, click, fire, input, mount_point, text, until};

wasm_bindgen_test_configure!(run_in_browser);

fn set_fragment(fragment: &str) {
    let history = gloo::utils::window().history().expect("history");
    let url = if fragment.is_empty() {
        gloo::utils::window().location().pathname().expect("path")
    } else {
        format!("#{fragment}")
    };
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .expect("replaceState");
}

fn fragment() -> String {
    gloo::utils::window().location().hash().expect("hash")
}

fn storage() -> web_sys::Storage {
    gloo::utils::window()
        .local_storage()
        .expect("localStorage")
        .expect("localStorage")
}

fn ds() -> Dataset {
    Dataset::caobang_2020().expect("the embedded dataset loads")
}

/// The scenario the address bar holds now.
fn linked_scenario() -> ntm_model::Scenario {
    url_state::read_link(&fragment(), &ds())
        .expect("a link")
        .expect("a readable link")
        .scenario
}

fn headline(root: &Element) -> Element {
    by_testid(root, "headline")
}

/// Waits until the headline shows every run of a generation other than `old`.
async fn settled(root: &Element, old: Option<String>) {
    until("the headline to show all runs of a new scenario", || {
        let h = headline(root);
        h.get_attribute("data-final").as_deref() == Some("true")
            && h.get_attribute("data-generation") != old
    })
    .await;
}

fn generation(root: &Element) -> Option<String> {
    headline(root).get_attribute("data-generation")
}

/// Mounts the app as if the page had been opened with `#{fragment}` and the autosave left
/// as it is, and waits for all runs.
async fn open(fragment: &str) -> (Element, yew::AppHandle<App>) {
    set_fragment(fragment);
    let root = mount_point();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    settled(&root, None).await;
    (root, handle)
}

/// The same with no autosave.
async fn open_clean(fragment: &str) -> (Element, yew::AppHandle<App>) {
    storage().clear().expect("clear");
    open(fragment).await
}

fn close(root: Element, handle: yew::AppHandle<App>) {
    handle.destroy();
    root.remove();
}

fn median(root: &Element, id: &str) -> f64 {
    let el = by_testid(root, id);
    let value = el.get_attribute("value").expect("value attribute");
    value.parse().expect("a number")
}

#[wasm_bindgen_test]
async fn the_budget_lever_changes_the_headline_and_the_address() {
    let (root, handle) = open_clean("").await;
    let lever = input(by_testid(&root, "lever-budget-scale"));
    assert_eq!(lever.value(), "100");
    assert!(fragment().starts_with("#s="), "{}", fragment());
    assert_eq!(linked_scenario().budget.scale_pct, 100.0);
    let before = median(&root, "headline-communes-2025");

    let old = generation(&root);
    lever.set_value("200");
    fire(&lever, "change");
    yew::scheduler::flush().await;
    settled(&root, old).await;

    assert!(median(&root, "headline-communes-2025") > before);
    assert_eq!(linked_scenario().budget.scale_pct, 200.0);
    let slider = input(by_testid(&root, "lever-budget-scale-range"));
    assert_eq!(slider.value(), "200");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn typed_text_is_read_the_vietnamese_way_and_contained() {
    let (root, handle) = open_clean("").await;
    let lever = input(by_testid(&root, "lever-budget-scale"));
    // Out of range and unreadable alike keep the value (a slip must not move the work).
    for (typed, shown) in [("9999", "100"), ("abc", "100"), ("1.5", "2")] {
        lever.set_value(typed);
        fire(&lever, "change");
        yew::scheduler::flush().await;
        assert_eq!(lever.value(), shown, "{typed}");
    }
    assert_eq!(linked_scenario().budget.scale_pct, 2.0);
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_broken_link_shows_the_message_in_both_languages_and_the_defaults() {
    let (root, handle) = open_clean("s=%3Cb%3Ebold%3C%2Fb%3E").await;
    let notice = by_testid(&root, "link-error");
    let message = text(&notice);
    assert!(message.contains("Không đọc được liên kết"), "{message}");
    assert!(message.contains("The link could not be read"), "{message}");
    assert!(message.contains("kịch bản mặc định"), "{message}");
    // The notice speaks both languages, so does its button.
    let close_button = notice
        .query_selector("button")
        .expect("selector")
        .expect("a button");
    assert_eq!(text(&close_button), "Đóng · Dismiss");
    assert!(
        notice.query_selector("b").expect("selector").is_none(),
        "link content rendered as HTML"
    );
    assert_eq!(input(by_testid(&root, "lever-budget-scale")).value(), "100");
    // The address keeps the link the page was opened with until the scenario changes, so a
    // reload offers the autosave back again (and a newer version's link can still be copied).
    assert_eq!(fragment(), "#s=%3Cb%3Ebold%3C%2Fb%3E");
    // Said in the reader's language first.
    let first = notice
        .query_selector(".notice-text > p")
        .unwrap()
        .expect("a paragraph");
    assert_eq!(first.get_attribute("lang").as_deref(), Some("vi"));
    close(root, handle);

    // A reader who chose English (kept on its own) gets the page, and the message, in English
    // first: a damaged link brings no language of its own.
    storage().clear().expect("clear");
    storage().set_item("ntm-planner/lang", "en").expect("set");
    let (root, handle) = open("s=AAAAbroken").await;
    let notice = by_testid(&root, "link-error");
    let first = notice
        .query_selector(".notice-text > p")
        .unwrap()
        .expect("a paragraph");
    assert_eq!(first.get_attribute("lang").as_deref(), Some("en"));
    assert!(
        text(&first).contains("The link could not be read"),
        "{}",
        text(&first)
    );
    assert_eq!(
        text(&notice.query_selector("button").unwrap().unwrap()),
        "Dismiss · Đóng"
    );
    close(root, handle);
    storage().clear().expect("clear");
}

#[wasm_bindgen_test]
async fn the_language_toggle_switches_to_english_and_back() {
    let (root, handle) = open_clean("").await;
    let html = gloo::utils::document().document_element().expect("<html>");
    let toggle = by_testid(&root, "lang-toggle");
    assert_eq!(text(&toggle), "English");
    assert!(text(&root).contains("Tổng vốn"));

    click(&toggle);
    yew::scheduler::flush().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert!(text(&root).contains("Total budget"));
    assert_eq!(text(&by_testid(&root, "lang-toggle")), "Tiếng Việt");
    let view = url_state::read_link(&fragment(), &ds())
        .expect("a link")
        .expect("readable")
        .view;
    assert_eq!(view.lang, 1, "the language travels in the link");

    click(&by_testid(&root, "lang-toggle"));
    yew::scheduler::flush().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("vi"));
    close(root, handle);
}

/// Presses `key` on `el` as the keyboard would (a bubbling, cancelable `keydown`).
fn press(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("create keydown");
    el.dispatch_event(&event).expect("dispatch keydown");
}

fn selected(root: &Element, id: &str) -> bool {
    by_testid(root, id)
        .get_attribute("aria-selected")
        .as_deref()
        == Some("true")
}

fn focused_id() -> String {
    gloo::utils::document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_workspace_tabs_follow_the_arrow_keys_with_a_roving_focus() {
    let (root, handle) = open_clean("").await;
    let levers = by_testid(&root, "tab-levers");
    assert_eq!(levers.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        by_testid(&root, "tab-assumptions")
            .get_attribute("tabindex")
            .as_deref(),
        Some("-1"),
        "only the selected tab is in the Tab order"
    );
    press(&levers, "ArrowRight");
    yew::scheduler::flush().await;
    assert!(selected(&root, "tab-assumptions"));
    assert_eq!(focused_id(), "tab-assumptions");
    press(&by_testid(&root, "tab-assumptions"), "ArrowRight");
    yew::scheduler::flush().await;
    assert!(selected(&root, "tab-levers"), "the arrow keys wrap around");
    press(&by_testid(&root, "tab-levers"), "End");
    yew::scheduler::flush().await;
    assert!(selected(&root, "tab-assumptions"));
    press(&by_testid(&root, "tab-assumptions"), "Home");
    yew::scheduler::flush().await;
    assert!(selected(&root, "tab-levers"));
    assert_eq!(focused_id(), "tab-levers");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn an_edit_is_autosaved_and_comes_back_without_a_link() {
    let (root, handle) = open_clean("").await;
    assert_eq!(
        storage().get_item(AUTOSAVE_KEY).expect("get"),
        None,
        "opening alone saves nothing"
    );
    let lever = input(by_testid(&root, "lever-budget-scale"));
    let old = generation(&root);
    lever.set_value("150");
    fire(&lever, "change");
    yew::scheduler::flush().await;
    settled(&root, old).await;
    assert!(storage().get_item(AUTOSAVE_KEY).expect("get").is_some());
    close(root, handle);

    // A new page with no fragment: the autosave comes back.
    let (root, handle) = open("").await;
    assert_eq!(input(by_testid(&root, "lever-budget-scale")).value(), "150");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_damaged_autosave_is_set_aside_and_reported() {
    storage().clear().expect("clear");
    storage().set_item(AUTOSAVE_KEY, "{damaged").expect("set");
    let (root, handle) = open("").await;
    let message = text(&by_testid(&root, "storage-error"));
    assert!(message.contains("Bản tự lưu bị hỏng"), "{message}");
    assert!(message.contains("The autosave was damaged"), "{message}");
    assert_eq!(input(by_testid(&root, "lever-budget-scale")).value(), "100");
    assert_eq!(storage().get_item(AUTOSAVE_KEY).expect("get"), None);
    let n = storage().length().expect("length");
    let kept = (0..n)
        .filter_map(|i| storage().key(i).ok().flatten())
        .filter(|k| k.starts_with(SET_ASIDE_PREFIX))
        .filter_map(|k| storage().get_item(&k).ok().flatten())
        .any(|v| v == "{damaged");
    assert!(kept, "the damaged autosave was not kept");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn an_autosave_with_values_out_of_range_names_them_in_both_languages() {
    storage().clear().expect("clear");
    let ds = Dataset::caobang_2020().expect("dataset");
    let mut scenario = ntm_model::Scenario::defaults(&ds);
    scenario.runs = 0;
    let text_of = ntm_planner::storage::autosave_text(&scenario, &Default::default(), None, None);
    storage().set_item(AUTOSAVE_KEY, &text_of).expect("set");
    let (root, handle) = open("").await;
    let message = text(&by_testid(&root, "storage-error"));
    // Each language names the lever its own way, as a refused link does; no English-only
    // "Technical detail" about a field.
    assert!(
        message.contains("Giá trị không hợp lệ: Số lần chạy Monte Carlo (runs): 0"),
        "{message}"
    );
    assert!(
        message.contains("Values that are not valid: Monte Carlo runs (runs): 0"),
        "{message}"
    );
    assert!(!message.contains("Technical detail"), "{message}");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn the_villages_chart_draws_on_a_device_pixel_sized_canvas() {
    let (root, handle) = open_clean("").await;
    until("the chart to be drawn", || {
        by_testid(&root, "chart-villages")
            .get_attribute("data-draws")
            .is_some()
    })
    .await;
    let canvas: HtmlCanvasElement = by_testid(&root, "chart-villages")
        .dyn_into()
        .expect("a <canvas>");
    let dpr = gloo::utils::window().device_pixel_ratio();
    let want = (f64::from(canvas.client_width()) * dpr).round() as u32;
    assert_eq!(canvas.width(), want);

    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("get_context")
        .expect("a 2d context")
        .dyn_into()
        .expect("CanvasRenderingContext2d");
    let (w, h) = (canvas.width(), canvas.height());
    let pixels = ctx
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .expect("getImageData")
        .data();
    let inked = pixels
        .chunks_exact(4)
        .filter(|p| p[0] < 200 || p[1] < 200 || p[2] < 200)
        .count();
    assert!(
        inked * 100 > (w * h) as usize,
        "only {inked} of {} pixels drawn",
        w * h
    );
    close(root, handle);
}
