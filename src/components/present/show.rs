//! The presentation itself: one slide at a time, full screen (the Fullscreen API on the whole
//! page; where the browser refuses, it fills the window), large type, stepped with →,
//! PageDown or Space (next), ←, PageUp or Shift+Space (previous), Home, End, and left with
//! Escape, or with the buttons along the bottom, with a slide counter that screen readers
//! announce.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use ntm_model::{Dataset, Results, Scenario};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::slides::SlideView;
use crate::components::same;
use crate::i18n::{Lang, Msg, PresentMsg};
use crate::state::stage::{deck_items, slides, Shown, StageAction, Step};

#[derive(Properties)]
pub struct PresentationProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub defaults: Rc<Scenario>,
    /// The storyboard's scenarios, in order, with their complete results.
    pub items: Vec<Shown>,
    /// The default scenario's results, drawn beside each scenario on the charts.
    pub baseline: Option<Rc<Results>>,
    /// The slide on screen.
    pub slide: usize,
    pub on_action: Callback<StageAction>,
    pub on_set_language: Callback<Lang>,
}

impl PartialEq for PresentationProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same(&self.defaults, &other.defaults)
            && self.items == other.items
            && crate::components::same_opt(&self.baseline, &other.baseline)
            && self.slide == other.slide
            && self.on_action == other.on_action
            && self.on_set_language == other.on_set_language
    }
}

/// The smallest type a slide shrinks to (× the presentation's size for its screen): below it,
/// it scrolls rather than become unreadable.
const MIN_FIT: f64 = 0.6;
/// The same on a phone's screen (at most [`NARROW`] CSS pixels wide, as the stylesheet's
/// phone rules), where the type is already at its floor (20 px) and a finger scrolls: at 0.6
/// the kickers and captions were 10–11 px. Only a table too wide goes below it.
const MIN_FIT_NARROW: f64 = 0.85;
const NARROW: f64 = 700.0;

/// The floor of the fit on this screen.
fn min_fit() -> f64 {
    let width = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(f64::INFINITY);
    if width <= NARROW {
        MIN_FIT_NARROW
    } else {
        MIN_FIT
    }
}

/// Shrinks the presentation's type, through `--fit` on `root`, as little as it takes for the
/// slide's content to fit its area, down and across: projectors go from 1024×768 to
/// 1920×1080, a deck can hold four scenarios side by side, and the slide keys cannot scroll.
/// Smaller type also wraps less, so the height does not follow the size in proportion: the
/// largest size that fits is found by halving the interval (seven layouts at most, a few
/// milliseconds).
fn fit_slide(root: &HtmlElement, slide: &HtmlElement) {
    let floor = min_fit();
    // A phone's slide is checked for its own width too: above the usual floor its district
    // table and headline cards ran past the screen (a slide's sideways pan is a page turn).
    let narrow = floor > MIN_FIT;
    let fits = |fit: f64| {
        let _ = root.set_attribute("style", &format!("--fit: {fit:.3}"));
        // Exactly: one pixel over showed a scrollbar on the projected slide (the English
        // comparison at 1280×720).
        slide.scroll_height() <= slide.client_height() && fits_across(slide, narrow)
    };
    if slide.client_height() <= 0 || fits(1.0) {
        return;
    }
    // `lo` fits (or is the floor, below which the slide scrolls instead).
    let lo = largest_fitting(floor, 1.0, 6, &fits);
    if fits(lo) || floor <= MIN_FIT {
        return;
    }
    // A phone: the slide scrolls down under a finger, but not across (a sideways swipe turns
    // the page), so a table still too wide shrinks on, to the usual floor, for its width only.
    let across = |fit: f64| {
        let _ = root.set_attribute("style", &format!("--fit: {fit:.3}"));
        fits_across(slide, narrow)
    };
    if across(floor) {
        return;
    }
    across(largest_fitting(MIN_FIT, floor, 5, &across));
}

/// The largest fit in `lo..hi` for which `fits` holds, to `steps` halvings (`lo` if none
/// does). Smaller type also wraps less, so the need does not follow the size in proportion.
fn largest_fitting(mut lo: f64, mut hi: f64, steps: u32, fits: &dyn Fn(f64) -> bool) -> f64 {
    for _ in 0..steps {
        let mid = (lo + hi) / 2.0;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Whether every table on the slide shows all its columns: a table wider than the slide
/// scrolls sideways in its box, which the slide keys cannot do (beside four scenarios at
/// 1024×768 the last column was cut mid-word). With `whole_slide` (a phone), the slide itself
/// must not be wider than the screen either.
fn fits_across(slide: &HtmlElement, whole_slide: bool) -> bool {
    if whole_slide && slide.scroll_width() > slide.client_width() {
        return false;
    }
    let Ok(boxes) = slide.query_selector_all(".table-scroll") else {
        return true;
    };
    (0..boxes.length())
        .filter_map(|i| boxes.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        // A chart's table for screen readers is off the slide on purpose (it never fits).
        .filter(|b| b.closest(".visually-hidden").ok().flatten().is_none())
        .all(|b| b.scroll_width() <= b.client_width())
}

/// Whether the slide has more below what its area shows.
fn more_below(slide: &web_sys::Element) -> bool {
    slide.scroll_height() - slide.client_height() - slide.scroll_top() > 1
}

/// Keeps Tab inside the presentation: from its last control to its first (with Shift, from
/// the first to the last), where it went on to the page behind. True when it moved the focus.
fn wrap_focus(backwards: bool) -> bool {
    let document = gloo::utils::document();
    let Some(present) = document.query_selector(".present").ok().flatten() else {
        return false;
    };
    let Ok(list) = present.query_selector_all(
        "button:not([disabled]):not([tabindex=\"-1\"]), a[href]:not([tabindex=\"-1\"]), \
         input:not([disabled]):not([tabindex=\"-1\"]), select:not([disabled]), \
         textarea:not([disabled]), summary, [tabindex=\"0\"]",
    ) else {
        return false;
    };
    let all: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        // Shown ones only (a hidden tooltip's parent is shown; a closed one is not).
        .filter(|el| el.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        // Nothing to move to: the focus stays on the slide rather than go behind it.
        if let Ok(present) = present.dyn_into::<HtmlElement>() {
            let _ = present.focus();
        }
        return true;
    };
    let active = document.active_element();
    let at = |el: &HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.as_ref() as &web_sys::Element)
    };
    // The slide itself (tabindex -1, focused when the presentation opens) counts as before
    // the first.
    let on_root = active.as_ref().is_some_and(|a| a == &present);
    let target = match (backwards, at(last), at(first) || on_root) {
        (false, true, _) => first,
        (true, _, true) => last,
        _ => return false,
    };
    let _ = target.focus();
    true
}

/// Leaves full screen if the page is in it.
fn exit_fullscreen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// Scrolls the slide down (or up) by most of its height if it has more to show that way;
/// false when it fits or is already at that end.
fn scroll_slide(down: bool) -> bool {
    let Some(slide) = gloo::utils::document()
        .query_selector("[data-testid=\"present-slide\"]")
        .ok()
        .flatten()
    else {
        return false;
    };
    let (top, height, view) = (
        slide.scroll_top(),
        slide.scroll_height(),
        slide.client_height(),
    );
    let room = if down { height - view - top } else { top };
    if room <= 1 {
        return false;
    }
    let by = (view * 3 / 4).max(40).min(room);
    slide.set_scroll_top(if down { top + by } else { top - by });
    true
}

/// The screen blanked by the presenter (B or "." black, W or "," white, as a presentation
/// clicker's blank button and PowerPoint do), so that the room looks at the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Blank {
    #[default]
    Off,
    Black,
    White,
}

impl Blank {
    fn from_key(key: &str) -> Option<Blank> {
        match key {
            "b" | "B" | "." => Some(Blank::Black),
            "w" | "W" | "," => Some(Blank::White),
            _ => None,
        }
    }
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let lang = props.lang;
    let root = use_node_ref();
    // Read by the key listener (set up once), shown by a re-render.
    let blank = use_mut_ref(Blank::default);
    let redraw = use_force_update();
    let all = slides(&deck_items(&props.items, &props.defaults, &props.dataset));
    let count = all.len();
    let at = props.slide.min(count.saturating_sub(1));

    // Keys, from anywhere on the page (the presentation is all there is).
    {
        let on_action = props.on_action.clone();
        let (blank, redraw) = (blank.clone(), redraw.clone());
        use_effect_with((), move |_| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if e.ctrl_key() || e.alt_key() || e.meta_key() {
                        return;
                    }
                    let key = e.key();
                    if key == "Tab" && wrap_focus(e.shift_key()) {
                        e.prevent_default();
                        return;
                    }
                    // A blank screen: its key again, or any other key, brings the slide back
                    // (and does nothing else: the presenter is not yet looking at it).
                    let was = *blank.borrow();
                    if let Some(wanted) = Blank::from_key(&key) {
                        e.prevent_default();
                        *blank.borrow_mut() = if was == wanted { Blank::Off } else { wanted };
                        redraw.force_update();
                        return;
                    }
                    if was != Blank::Off && !matches!(key.as_str(), "Shift" | "CapsLock") {
                        e.prevent_default();
                        *blank.borrow_mut() = Blank::Off;
                        redraw.force_update();
                        return;
                    }
                    if key == "Escape" || key == "Esc" {
                        e.prevent_default();
                        exit_fullscreen();
                        on_action.emit(StageAction::StopPresenting);
                        return;
                    }
                    // Space and Enter on a focused button press the button, nothing more.
                    let on_button = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| el.closest("button").ok().flatten().is_some());
                    if on_button && (key == " " || key == "Enter") {
                        return;
                    }
                    // A slide taller than the screen (large text, 200 % zoom: the type stops
                    // shrinking at 60 %) scrolls with ↑ and ↓ before they turn the page; the
                    // presenter's clicker (Page Up/Down), Space and ←/→ still turn it.
                    if (key == "ArrowDown" || key == "ArrowUp") && scroll_slide(key == "ArrowDown")
                    {
                        e.prevent_default();
                        return;
                    }
                    if let Some(step) = Step::from_key(&key, e.shift_key()) {
                        e.prevent_default();
                        on_action.emit(StageAction::Go(step));
                    }
                },
            );
            move || drop(listener)
        });
    }
    // Leaving full screen (the browser's own Escape, F11) leaves the presentation too.
    {
        let on_action = props.on_action.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let listener = EventListener::new(&document, "fullscreenchange", move |_| {
                if gloo::utils::document().fullscreen_element().is_none() {
                    on_action.emit(StageAction::StopPresenting);
                }
            });
            move || {
                drop(listener);
                exit_fullscreen();
            }
        });
    }
    // Focus on the slide, so a screen reader starts there and nothing behind it has focus.
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    // Every slide fits the screen: on each slide, language, deck and baseline, and when the
    // window resizes.
    // One that cannot (the type stops shrinking) says so in the bar while there is more below:
    // the bar hid its last rows and nothing told the presenter to scroll.
    let slide_ref = use_node_ref();
    let more = use_state_eq(|| false);
    {
        let (root, slide_ref, more) = (root.clone(), slide_ref.clone(), more.clone());
        // The baseline too: a slide drawn before it arrives grows a column and a line when it
        // does, and its type had been fitted without them (the footnote then hid under the bar).
        use_effect_with(
            (at, lang, props.items.len(), props.baseline.is_some()),
            move |_| {
                let check = {
                    let (slide_ref, more) = (slide_ref.clone(), more.clone());
                    move || {
                        more.set(
                            slide_ref
                                .cast::<web_sys::Element>()
                                .is_some_and(|s| more_below(&s)),
                        )
                    }
                };
                let on_scroll = slide_ref.cast::<web_sys::Element>().map(|s| {
                    let check = check.clone();
                    EventListener::new(&s, "scroll", move |_| check())
                });
                let fit = {
                    let check = check.clone();
                    move || {
                        if let (Some(r), Some(s)) =
                            (root.cast::<HtmlElement>(), slide_ref.cast::<HtmlElement>())
                        {
                            fit_slide(&r, &s);
                        }
                        check();
                    }
                };
                fit();
                let on_resize =
                    EventListener::new(&gloo::utils::window(), "resize", move |_| fit());
                move || drop((on_resize, on_scroll))
            },
        );
    }

    // After a click, the focus goes back to the slide: Space then means "next slide", as the
    // bar says, rather than pressing the clicked button again. A keyboard press (detail 0)
    // leaves the focus on its button.
    let refocus = {
        let root = root.clone();
        move |e: &MouseEvent| {
            if e.detail() > 0 {
                if let Some(el) = root.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    };
    let go = |step: Step, off: bool| {
        let on_action = props.on_action.clone();
        let refocus = refocus.clone();
        Callback::from(move |e: MouseEvent| {
            refocus(&e);
            if !off {
                on_action.emit(StageAction::Go(step))
            }
        })
    };
    let (first, last) = (at == 0, at + 1 >= count);
    let on_exit = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            exit_fullscreen();
            on_action.emit(StageAction::StopPresenting);
        })
    };
    let on_language = {
        let cb = props.on_set_language.clone();
        let other = lang.other();
        let refocus = refocus.clone();
        Callback::from(move |e: MouseEvent| {
            refocus(&e);
            cb.emit(other)
        })
    };
    let counter = lang.fill(
        PresentMsg::Counter,
        &[("i", &(at + 1).to_string()), ("n", &count.to_string())],
    );
    // What a screen reader hears on a new slide: its number and its heading (the counter
    // alone said only "Trang 2/11"). Read from the page once the slide is drawn.
    let heard = use_state(String::new);
    {
        let heard = heard.clone();
        let slide_ref = slide_ref.clone();
        let counter = counter.clone();
        use_effect_with((at, lang), move |_| {
            // A new slide starts at its top, whatever the last one was scrolled to.
            if let Some(el) = slide_ref.cast::<web_sys::Element>() {
                el.set_scroll_top(0);
            }
            let heading = slide_ref
                .cast::<web_sys::Element>()
                .and_then(|el| el.query_selector("h2, h3").ok().flatten())
                .and_then(|h| h.text_content())
                .unwrap_or_default();
            let heading = heading.split_whitespace().collect::<Vec<_>>().join(" ");
            heard.set(if heading.is_empty() {
                counter
            } else {
                format!("{counter}: {heading}")
            });
        });
    }
    // A finger's swipe turns the page, as on a phone's photos (a leader with the link on a
    // phone had only the 34 px buttons at the foot). Touch and pen only: a mouse drag selects.
    let touch_start = use_mut_ref(|| None::<(f64, f64, f64)>);
    let onpointerdown = {
        let touch_start = touch_start.clone();
        Callback::from(move |e: PointerEvent| {
            let touch = matches!(e.pointer_type().as_str(), "touch" | "pen");
            *touch_start.borrow_mut() = touch.then(|| {
                (
                    f64::from(e.client_x()),
                    f64::from(e.client_y()),
                    e.time_stamp(),
                )
            });
        })
    };
    let onpointerup = {
        let touch_start = touch_start.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: PointerEvent| {
            let Some((x, y, t)) = touch_start.borrow_mut().take() else {
                return;
            };
            let (dx, dy) = (f64::from(e.client_x()) - x, f64::from(e.client_y()) - y);
            if let Some(step) = Step::from_swipe(dx, dy, e.time_stamp() - t) {
                on_action.emit(StageAction::Go(step));
            }
        })
    };
    let onpointercancel = {
        let touch_start = touch_start.clone();
        Callback::from(move |_: PointerEvent| *touch_start.borrow_mut() = None)
    };
    let other = lang.other();
    html! {
        <div
            class="present"
            role="dialog"
            aria-modal="true"
            aria-label={lang.t(PresentMsg::PresentationLabel)}
            data-testid="presentation"
            tabindex="-1"
            ref={root}
            {onpointerdown}
            {onpointerup}
            {onpointercancel}
        >
            if *blank.borrow() != Blank::Off {
                // Over everything, the bar too; a click brings the slide back as a key does.
                <div
                    class={classes!("present-blank", (*blank.borrow() == Blank::White).then_some("is-white"))}
                    data-testid="present-blank"
                    role="status"
                    onclick={{
                        let (blank, redraw) = (blank.clone(), redraw.clone());
                        Callback::from(move |_: MouseEvent| {
                            *blank.borrow_mut() = Blank::Off;
                            redraw.force_update();
                        })
                    }}
                >
                    <span class="visually-hidden">{ lang.t(PresentMsg::Blanked) }</span>
                </div>
            }
            <div class="present-slide" data-testid="present-slide" ref={slide_ref}>
                if let Some(slide) = all.get(at).copied() {
                    <SlideView
                        {lang}
                        dataset={props.dataset.clone()}
                        defaults={props.defaults.clone()}
                        items={props.items.clone()}
                        baseline={props.baseline.clone()}
                        {slide}
                    />
                }
            </div>
            <div class="present-bar">
                // Both remarks hold their room, one unseen (style/present.css): the bar kept the
                // height of whichever was shown, and its buttons moved from slide to slide.
                <span class="present-remark">
                    if *more {
                        <span class="present-more" data-testid="present-more">
                            { lang.t(PresentMsg::MoreBelow) }
                            // A touch screen has no ↓ key (style/present.css hides it there).
                            <span class="present-more-key">{ lang.t(PresentMsg::MoreBelowKey) }</span>
                        </span>
                        <span class="present-locked is-unseen" aria-hidden="true">{ lang.t(PresentMsg::Locked) }</span>
                    } else {
                        <span class="present-more is-unseen" aria-hidden="true">
                            { lang.t(PresentMsg::MoreBelow) }
                            <span class="present-more-key">{ lang.t(PresentMsg::MoreBelowKey) }</span>
                        </span>
                        <span class="present-locked">{ lang.t(PresentMsg::Locked) }</span>
                    }
                </span>
                <p class="visually-hidden" aria-live="polite" data-testid="slide-heard">{ (*heard).clone() }</p>
                <p
                    class="slide-counter"
                    data-testid="slide-counter"
                    data-slide={at.to_string()}
                    data-count={count.to_string()}
                >
                    { counter }
                </p>
                <div class="present-buttons">
                    <button type="button" class="button-quiet" data-testid="present-prev" aria-disabled={first.to_string()} onclick={go(Step::Previous, first)}>
                        { lang.t(PresentMsg::Previous) }
                    </button>
                    <button type="button" class="button-quiet" data-testid="present-next" aria-disabled={last.to_string()} onclick={go(Step::Next, last)}>
                        { lang.t(PresentMsg::Next) }
                    </button>
                    <button
                        type="button"
                        class="button-quiet"
                        lang={other.code()}
                        aria-label={other.t(Msg::SwitchToThisLanguage)}
                        data-testid="present-lang"
                        onclick={on_language}
                    >
                        { other.t(Msg::LanguageName) }
                    </button>
                    <button type="button" class="button-quiet" data-testid="present-exit" onclick={on_exit}>
                        { lang.t(PresentMsg::Exit) }
                        // The key, where there is a keyboard (a tablet has no Esc).
                        <span class="present-more-key">{ " (Esc)" }</span>
                    </button>
                </div>
            </div>
        </div>
    }
}
