//! The headline's two 2025 figures in one line, kept at the top of the results while the
//! headline itself is scrolled out of view: most levers sit below the fold, and a planner
//! moving one of them must still see the villages and communes follow (and how far from the
//! default), not only the chart that happens to be open. It carries "Hoàn tác" and "Làm lại"
//! too (its children), which the header takes out of view with the headline.

use std::rc::Rc;

use ntm_model::{Dataset, Results};
use yew::prelude::*;

use super::figure::{Against, Delta};
use crate::compare_logic::money::paired;
use crate::components::same_opt;
use crate::figures::{tiles, value_text};
use crate::i18n::{HeadlineMsg, Lang};
use crate::simulation::Outcome;

#[derive(Properties)]
pub struct HeadlineStripProps {
    pub lang: Lang,
    /// Whose targets set the figures' year (`figures::tiles`).
    pub dataset: Rc<Dataset>,
    pub outcome: Option<Rc<Outcome>>,
    /// The default scenario's results, when the scenario on screen is another one.
    #[prop_or_default]
    pub baseline: Option<Rc<Results>>,
    /// The results before the latest change, when that was not the default (see
    /// `Headline::before`).
    #[prop_or_default]
    pub before: Option<Rc<Results>>,
    /// The figures are still being refined (or belong to the previous scenario).
    pub computing: bool,
    #[prop_or_default]
    pub children: Html,
}

impl PartialEq for HeadlineStripProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.dataset, &other.dataset)
            && same_opt(&self.outcome, &other.outcome)
            && same_opt(&self.baseline, &other.baseline)
            && same_opt(&self.before, &other.before)
            && self.computing == other.computing
            && self.children == other.children
    }
}

/// The headline's figures shown in the strip: villages and communes at the end of the later
/// target year (2025).
const STRIP_TILES: [usize; 2] = [1, 3];

/// Whether the headline's big figures are scrolled out of view (the cards' targets may still
/// show below them: the figures are what the strip repeats).
fn headline_gone() -> bool {
    gloo::utils::document()
        .query_selector("[data-testid=headline] .headline-value")
        .ok()
        .flatten()
        .is_some_and(|el| el.get_bounding_client_rect().bottom() < 8.0)
}

#[component]
pub fn HeadlineStrip(props: &HeadlineStripProps) -> Html {
    let lang = props.lang;
    let shown = use_state_eq(|| false);
    let strip = use_node_ref();
    {
        let (shown, strip) = (shown.clone(), strip.clone());
        use_effect_with((), move |_| {
            let update = move || {
                let gone = headline_gone();
                if let Some(el) = strip.cast::<web_sys::HtmlElement>() {
                    show_keeping_results_still(&el, gone);
                }
                shown.set(gone);
            };
            update();
            let on_scroll = {
                let update = update.clone();
                gloo::events::EventListener::new(&gloo::utils::window(), "scroll", move |_| {
                    update()
                })
            };
            let on_resize =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    update()
                });
            move || drop((on_scroll, on_resize))
        });
    }
    let outcome = props.outcome.as_deref();
    let tiles = tiles(&props.dataset);
    let year = tiles[STRIP_TILES[0]].year;
    let figures: Vec<_> = STRIP_TILES
        .iter()
        .map(|&i| {
            let tile = tiles[i];
            let figure = outcome.and_then(|o| o.figure(tile.metric, tile.year));
            let against = |reference: Option<&Results>, against: Against| {
                let (f, r, o) = (figure?, reference?, outcome?);
                let runs = paired(r, &o.results, tile.metric, tile.year);
                crate::compare_logic::headline::figure(r, tile.metric, tile.year)
                    .map(|d| Delta::of(lang, tile.metric, f.p50, d.p50, runs.as_ref(), against))
            };
            let delta = against(props.baseline.as_deref(), Against::Default);
            let since = against(props.before.as_deref(), Against::LastChange);
            (tile, figure, delta, since)
        })
        .collect();
    // What the differences are measured against, said once at the start of their row (in
    // every figure, it pushed the strip onto two rows at 1366 px).
    let any_delta = figures.iter().any(|f| f.2.is_some());
    let any_since = figures.iter().any(|f| f.3.is_some());
    let figures = figures.into_iter().enumerate().map(|(slot, (tile, figure, delta, since))| {
        let median = figure.map_or_else(|| "–".to_string(), |f| value_text(tile.metric, f.p50, lang));
        html! {
            <span class="strip-figure" data-slot={slot.to_string()} data-testid={format!("strip-{}", tile.testid())}>
                <span class="strip-label">{ lang.t(tile.label) }</span>
                <strong class="strip-value">{ median }</strong>
                if let Some(d) = delta {
                    <span class={classes!("strip-delta", "compare-delta", d.class)} title={d.tip.clone()}>
                        { d.compact(lang, true) }
                    </span>
                }
                if let Some(d) = since {
                    <span class={classes!("strip-since", "compare-delta", d.class)} title={d.tip.clone()}>
                        // Its word only when the change is unclear: "▲ +1" alone read as news.
                        { d.compact(lang, d.unclear()) }
                    </span>
                }
            </span>
        }
    });
    html! {
        <div
            ref={strip}
            class={classes!("headline-strip", props.computing.then_some("is-computing"))}
            data-testid="headline-strip"
            hidden={!*shown}
            title={lang.fill(HeadlineMsg::StripTip, &[("year", &year.to_string())])}
        >
            <span class="strip-year">{ lang.end_of_year(year) }</span>
            // Read out with each difference instead (`Delta::compact`).
            if any_delta {
                <span class="strip-legend strip-legend-default" aria-hidden="true" data-testid="strip-legend-default">
                    { lang.t(HeadlineMsg::AgainstDefaultShort) }
                </span>
                // A phone's instead (style/main.css): under the figures, where it does not
                // widen the strip past the screen.
                <span class="strip-caption" aria-hidden="true" data-testid="strip-caption-default">
                    { lang.t(HeadlineMsg::AgainstDefaultCaption) }
                </span>
            }
            if any_since {
                <span class="strip-legend strip-legend-since" aria-hidden="true" data-testid="strip-legend-since">
                    { lang.t(HeadlineMsg::SinceChangeShort) }
                </span>
            }
            { for figures }
            if props.computing {
                <span class="strip-status">{ lang.t(HeadlineMsg::StripComputing) }</span>
            }
            <span class="strip-history">{ props.children.clone() }</span>
        </div>
    }
}

/// Shows or hides the strip at once, and scrolls the results pane by as much as that moved
/// the results, so that nothing under the reader's pointer moves. On a desktop the strip sits
/// in the pane's flow (sticky): appearing, it pushed everything below it down by its height
/// (72 px) just as a scroll ended, and a click aimed a moment before landed on whatever came
/// under the pointer instead (an end-to-end test's click on the matrix's "Xóm" toggle was lost
/// that way on busy machines). On narrow screens the strip is fixed and moves nothing.
fn show_keeping_results_still(strip: &web_sys::HtmlElement, show: bool) {
    use wasm_bindgen::JsCast;
    if strip.hidden() != show {
        return;
    }
    let pane = strip
        .parent_element()
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
    let anchor = pane
        .as_ref()
        .and_then(|p| p.query_selector(".results-head").ok().flatten());
    let top = |a: &web_sys::Element| a.get_bounding_client_rect().top();
    let before = anchor.as_ref().map(top);
    // Yew's next render agrees (`hidden={!*shown}`); done here so that the results are put
    // back in the same task, before anything is painted or clicked.
    strip.set_hidden(!show);
    let (Some(pane), Some(anchor), Some(before)) = (pane, anchor, before) else {
        return;
    };
    let moved = (top(&anchor) - before).round() as i32;
    let scrolled = pane.scroll_top();
    let style = pane.style();
    if show && moved > 0 {
        // A pane with less than the strip's height left to scroll gets the rest at its foot,
        // for as long as the strip shows (`.pane`'s own padding is 1rem). Its scroll height
        // is its box's until the content passes it, so the first try may fall short by the
        // empty part of the box: measured again.
        let mut extra = 0;
        for _ in 0..3 {
            let room = pane.scroll_height() - pane.client_height() - scrolled;
            if room >= moved {
                break;
            }
            extra += moved - room;
            let _ = style.set_property("padding-bottom", &format!("calc(1rem + {extra}px)"));
        }
    }
    if moved != 0 {
        pane.set_scroll_top(scrolled + moved);
    }
    if !show {
        let _ = style.remove_property("padding-bottom");
    }
}

/// Scrolls a control the keyboard has just moved to out from under the strip. The browser
/// scrolls a focused control into view, but the strip sits inside the scrolled pane: a button
/// that is "in view" may be under it (Shift+Tab up the results left them there), and Chrome
/// ignores `scroll-padding` when it scrolls for focus. Wired to the results pane's `focusin`.
/// Only keyboard focus (`:focus-visible`): a click focuses what is already where the mouse is.
/// Not in the commune drawer or a dialog, which sit over the pane, not under the strip.
pub fn keep_focus_clear_of_strip(event: FocusEvent) {
    use yew::TargetCast;
    let Some(target) = event.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let keyboard = target.matches(":focus-visible").unwrap_or(false);
    let overlaid = target.closest(".cd-layer, dialog").ok().flatten().is_some();
    if !keyboard || overlaid {
        return;
    }
    // Chrome has already scrolled the control into view (the pane, or a table's box inside
    // it) when `focusin` fires: measured now, before the next paint, so nothing jumps twice.
    clear_of_strip(&target);
}

fn clear_of_strip(target: &web_sys::Element) {
    let document = gloo::utils::document();
    let Some(strip) = document
        .query_selector("[data-testid=headline-strip]")
        .ok()
        .flatten()
    else {
        return;
    };
    // The strip's own buttons, and the pane itself (the skip link's target), which holds it.
    if strip.has_attribute("hidden")
        || strip.contains(Some(target))
        || target.contains(Some(&strip))
    {
        return;
    }
    // A little room above the control, so its focus ring shows too.
    let covered =
        strip.get_bounding_client_rect().bottom() + 6.0 - target.get_bounding_client_rect().top();
    if covered <= 0.0 {
        return;
    }
    let by = covered.ceil();
    // On a desktop the results pane scrolls; on a phone (style/main.css) the page does. Where
    // the pane cannot move (already at its top, or not a scroller), the page is tried.
    let moved = strip.parent_element().is_some_and(|pane| {
        let before = pane.scroll_top();
        pane.set_scroll_top(before - by as i32);
        pane.scroll_top() != before
    });
    if !moved {
        gloo::utils::window().scroll_by_with_x_and_y(0.0, -by);
    }
}
