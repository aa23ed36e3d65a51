//! Helpers shared by the wasm-bindgen component tests (`tests/web_*.rs`): a fresh mount point
//! per test, DOM queries by `data-testid`, and synthetic events that bubble like real ones
//! (yew listens at the root, so a non-bubbling event would never reach a component).

#![allow(dead_code)] // Each test file uses a different subset.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

/// A new `<div>` appended to `<body>`, for one test's component.
pub fn mount_point() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").expect("create div");
    gloo::utils::body().append_child(&div).expect("append div");
    div
}

/// The element with `data-testid="{id}"` under `root`; panics with the id if missing.
pub fn by_testid(root: &Element, id: &str) -> Element {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
}

pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

pub fn input(el: Element) -> HtmlInputElement {
    el.dyn_into().expect("an <input>")
}

pub fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// Waits until `done()` holds, letting yew render and timers fire in between; panics after
/// about ten seconds. For the app's deferred simulation run (`simulation::SETTLE_MS`), whose
/// end no promise announces: a bounded wait for a condition, not a fixed sleep.
pub async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        if done() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    panic!("timed out waiting for {what}");
}

/// Dispatches a bubbling event named `name` on `el`, as the browser would after user input.
pub fn fire(el: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(name, &init).expect("create event");
    el.dispatch_event(&event).expect("dispatch event");
}
