//! The whole app in headless Chromium: it opens from the URL fragment, the budget lever
//! changes the headline and the address, the language toggle switches the page, and the
//! chart canvas gets drawn.
#![cfg(target_arch = "wasm32")]

mod common;

use ntm_planner::app::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use common::{by_testid, click, fire, input, mount_point, text, until};

wasm_bindgen_test_configure!(run_in_browser);

fn set_fragment(fragment: &str) {
    let history = gloo::utils::window().history().expect("history");
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")))
        .expect("replaceState");
}

fn fragment() -> String {
    gloo::utils::window().location().hash().expect("hash")
}

/// The scenario generation the chart shows, once it has drawn one.
fn drawn_generation(root: &Element) -> Option<String> {
    by_testid(root, "chart-villages").get_attribute("data-generation")
}

/// Waits for the deferred run to finish and the chart to show a generation other than `old`.
async fn redrawn(root: &Element, old: Option<String>) {
    until("the chart to show new results", || {
        let now = drawn_generation(root);
        now.is_some() && now != old
    })
    .await;
}

/// Mounts the app as if the page had been opened with `#{fragment}`, and waits for the
/// first results.
async fn open(fragment: &str) -> (Element, yew::AppHandle<App>) {
    set_fragment(fragment);
    let root = mount_point();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    redrawn(&root, None).await;
    (root, handle)
}

fn close(root: Element, handle: yew::AppHandle<App>) {
    handle.destroy();
    root.remove();
}

fn villages_2025(root: &Element) -> f64 {
    let el = by_testid(root, "headline-villages-2025");
    let value = el.get_attribute("value").expect("value attribute");
    value.parse().expect("a number")
}

#[wasm_bindgen_test]
async fn the_budget_lever_changes_the_headline_and_the_address() {
    let (root, handle) = open("").await;
    let lever = input(by_testid(&root, "lever-budget-scale"));
    assert_eq!(lever.value(), "100");
    assert_eq!(fragment(), "#budget=100");
    let before = villages_2025(&root);

    let generation = drawn_generation(&root);
    lever.set_value("200");
    fire(&lever, "change");
    yew::scheduler::flush().await;
    assert_eq!(text(&by_testid(&root, "computing")), "Đang tính toán…");
    redrawn(&root, generation).await;

    assert_ne!(villages_2025(&root), before);
    assert_eq!(text(&by_testid(&root, "computing")), "");
    assert_eq!(fragment(), "#budget=200");
    let slider = input(by_testid(&root, "lever-budget-scale-range"));
    assert_eq!(slider.value(), "200");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn typing_nonsense_or_too_much_into_the_lever_is_contained() {
    let (root, handle) = open("budget=150").await;
    let lever = input(by_testid(&root, "lever-budget-scale"));
    assert_eq!(lever.value(), "150");

    lever.set_value("9999");
    fire(&lever, "change");
    yew::scheduler::flush().await;
    assert_eq!(lever.value(), "300");
    assert_eq!(fragment(), "#budget=300");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_broken_link_shows_the_message_and_the_defaults() {
    let (default_root, default_handle) = open("").await;
    let default_villages = villages_2025(&default_root);
    close(default_root, default_handle);

    let (root, handle) = open("budget=lots").await;
    let message = text(&by_testid(&root, "link-error"));
    assert!(message.contains("Liên kết không hợp lệ"), "{message}");
    assert!(message.contains("Invalid link"), "{message}");
    assert_eq!(input(by_testid(&root, "lever-budget-scale")).value(), "100");
    assert_eq!(villages_2025(&root), default_villages);
    assert_eq!(fragment(), "#budget=100");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn the_language_toggle_switches_to_english_and_back() {
    let (root, handle) = open("").await;
    let html = gloo::utils::document().document_element().expect("<html>");
    let toggle = by_testid(&root, "lang-toggle");
    assert_eq!(text(&toggle), "English");
    assert!(text(&root).contains("Ngân sách tỉnh"));

    click(&toggle);
    yew::scheduler::flush().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert!(text(&root).contains("Province budget"));
    assert_eq!(text(&by_testid(&root, "lang-toggle")), "Tiếng Việt");

    click(&by_testid(&root, "lang-toggle"));
    yew::scheduler::flush().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("vi"));
    close(root, handle);
}

#[wasm_bindgen_test]
async fn the_chart_draws_on_a_device_pixel_sized_canvas() {
    let (root, handle) = open("").await;
    let canvas: HtmlCanvasElement = by_testid(&root, "chart-villages")
        .dyn_into()
        .expect("a <canvas>");
    assert!(
        canvas.get_attribute("data-generation").is_some(),
        "not drawn"
    );

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
