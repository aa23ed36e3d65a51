//! The screen's parts, one folder per area a newcomer can point at: `header/` (title and
//! language toggle), `notice/` (banners), `headline/` (the key figures and targets),
//! `workspace/` (the two panes, their tabs, placeholders), `levers/` (what the planner
//! changes), `assumptions/` (what the model assumes), `charts/` (plots and their data tables),
//! `controls/` (the lever controls everything is built from); `share/` (link, QR code),
//! `library/` (saved and ready-made scenarios, scenario files), `exports/` (CSV downloads) and
//! `modal/` (the dialog they open in). Components take plain props and
//! `on_<verb>` callbacks; none of them reads or writes the page state directly.

pub mod assumptions;
pub mod charts;
pub mod controls;
pub mod criteria;
pub mod data;
pub mod exports;
pub mod header;
pub mod headline;
pub mod levers;
pub mod library;
pub mod modal;
pub mod notice;
pub mod share;
pub mod workspace;
// Issue 5: the screen switcher, the comparison, the presentation, the printable report.
pub mod compare;
pub mod present;
pub mod report;
pub mod screens;

use std::rc::Rc;

/// Two shared values are "the same" prop when they are the same allocation. Datasets and
/// results are never edited in place (a change is a new `Rc`), and comparing their contents
/// (thousands of numbers) for every component on every render made a lever's answer slow.
pub fn same<T>(a: &Rc<T>, b: &Rc<T>) -> bool {
    Rc::ptr_eq(a, b)
}

/// [`same`] for optional values.
pub fn same_opt<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// After the page has re-rendered, gives the focus to the first element found of `testids`
/// (`data-testid`), if the focus was lost: the pressed button was moved (a list reordered) or
/// went away (the last "add" at the limit, a "remove"), or a dialog closed whose opener is
/// drawn again only afterwards, and the browser sent the focus to the page's start. A timeout
/// of 0 runs after yew's render of the action; when none of them is on the page yet (a busy
/// page renders the opener a frame later), it looks again a few times, for about half a
/// second, and gives up as soon as the focus is somewhere again (the user moved on).
pub fn refocus_after_render(testids: Vec<String>) {
    let selectors = testids
        .iter()
        .map(|id| format!("[data-testid=\"{id}\"]"))
        .collect();
    refocus_attempt(selectors, true, REFOCUS_ATTEMPTS, 0);
}

/// After the page has re-rendered, gives the focus to the element with HTML id `id` (a new
/// screen's heading, `tabindex="-1"`), whether or not the focus was lost: a screen reader then
/// reads where the user has arrived, and the next Tab starts from the new screen rather than
/// from the switcher. Looks again for about half a second if the element is not drawn yet.
pub fn focus_after_render(id: &str) {
    refocus_attempt(vec![format!("#{id}")], false, REFOCUS_ATTEMPTS, 0);
}

/// How many times [`refocus_after_render`] looks, and how long it waits between looks (ms).
const REFOCUS_ATTEMPTS: u32 = 12;
const REFOCUS_RETRY_MS: u32 = 40;

fn refocus_attempt(selectors: Vec<String>, only_if_lost: bool, attempts_left: u32, delay_ms: u32) {
    gloo::timers::callback::Timeout::new(delay_ms, move || {
        let document = gloo::utils::document();
        let lost = document
            .active_element()
            .is_none_or(|el| el == gloo::utils::body().into());
        if only_if_lost && !lost {
            return;
        }
        for selector in &selectors {
            let found = document
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
            if let Some(el) = found {
                let _ = el.focus();
                return;
            }
        }
        if attempts_left > 1 {
            refocus_attempt(selectors, only_if_lost, attempts_left - 1, REFOCUS_RETRY_MS);
        }
    })
    .forget();
}
