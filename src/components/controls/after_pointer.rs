//! Running a change after the click that caused it.
//!
//! A number box reports its value when it loses the focus, and a mouse press elsewhere takes
//! the focus before its button is let go. Reported at once, the new value redrew the page (the
//! headline's cards grow a "so với mặc định" line), the tab or button under the pointer moved
//! 27–50 px before the release, and the click landed elsewhere or nowhere: the first click on
//! a tab after typing an assumption was lost. While a pointer is down, the change waits until
//! it is released and its click has been handled; with no pointer down (Enter, Tab) it runs at
//! once. A change that waits is never lost: it is not tied to the box, which the click may
//! remove (a tab switch), and it runs at the latest after [`LONGEST_WAIT_MS`].

use std::cell::{Cell, RefCell};

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;

/// A press held longer than this (a drag, a long touch) no longer holds a change back.
const LONGEST_WAIT_MS: u32 = 3_000;

thread_local! {
    /// Whether a pointer is down anywhere in the page.
    static DOWN: Cell<bool> = const { Cell::new(false) };
    /// The page-wide listeners that keep [`DOWN`], installed once.
    static WATCHERS: RefCell<Option<[EventListener; 3]>> = const { RefCell::new(None) };
    /// Changes waiting for the pointer's release, in the order they came.
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
    /// The timer that runs them, after the release or after [`LONGEST_WAIT_MS`] (kept after it
    /// fires, and dropped only when replaced: a timer dropped from its own callback would free
    /// the closure that is running).
    static TIMER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
    /// The delay the timer was set with, while it has not fired.
    static ARMED: Cell<Option<u32>> = const { Cell::new(None) };
}

/// Starts watching the page's pointer (once; later calls do nothing).
pub fn watch() {
    WATCHERS.with(|w| {
        if w.borrow().is_some() {
            return;
        }
        let document = gloo::utils::document();
        // In the capture phase: a handler that stops the event cannot hide a press or release.
        let capture = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: true,
        };
        let down = EventListener::new_with_options(&document, "pointerdown", capture, |_| {
            DOWN.with(|d| d.set(true));
        });
        let up = |name: &'static str| {
            EventListener::new_with_options(&document, name, capture, |_| {
                DOWN.with(|d| d.set(false));
                // After this release's click, which the browser sends within the same task.
                schedule(0);
            })
        };
        *w.borrow_mut() = Some([down, up("pointerup"), up("pointercancel")]);
    });
}

/// Runs `change` now, or, while a pointer is down, once it is released and its click handled.
pub fn after_pointer(change: impl FnOnce() + 'static) {
    if !DOWN.with(Cell::get) {
        change();
        return;
    }
    WAITING.with(|w| w.borrow_mut().push(Box::new(change)));
    schedule(LONGEST_WAIT_MS);
}

/// Runs the waiting changes after `ms`: a release's run (0 ms) replaces the fallback, which
/// never replaces a run already set.
fn schedule(ms: u32) {
    if WAITING.with(|w| w.borrow().is_empty()) {
        return;
    }
    match ARMED.with(Cell::get) {
        Some(0) => return,
        Some(_) if ms != 0 => return,
        _ => {}
    }
    ARMED.with(|a| a.set(Some(ms)));
    let timer = Timeout::new(ms, run_waiting);
    if let Some(old) = TIMER.with(|t| t.borrow_mut().replace(timer)) {
        old.cancel();
    }
}

fn run_waiting() {
    ARMED.with(|a| a.set(None));
    let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for change in waiting {
        change();
    }
}
