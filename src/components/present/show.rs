//! The presentation itself: one slide at a time, full screen (the Fullscreen API on the whole
//! page; where the browser refuses, it fills the window), large type, stepped with →,
//! PageDown or Space (next), ←, PageUp (previous), Home, End, and left with Escape, or with the
//! buttons along the bottom, with a slide counter that screen readers announce.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use ntm_model::{Dataset, Results, Scenario};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::slides::SlideView;
use crate::components::same;
use crate::i18n::{Lang, Msg, PresentMsg};
use crate::state::stage::{slides, Shown, StageAction, Step};

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

/// Leaves full screen if the page is in it.
fn exit_fullscreen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let lang = props.lang;
    let root = use_node_ref();
    let all = slides(props.items.len());
    let count = all.len();
    let at = props.slide.min(count.saturating_sub(1));

    // Keys, from anywhere on the page (the presentation is all there is).
    {
        let on_action = props.on_action.clone();
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
                    if let Some(step) = Step::from_key(&key) {
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

    let go = |step: Step| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(StageAction::Go(step)))
    };
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
        Callback::from(move |_: MouseEvent| cb.emit(other))
    };
    let counter = lang.fill(
        PresentMsg::Counter,
        &[("i", &(at + 1).to_string()), ("n", &count.to_string())],
    );
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
        >
            <div class="present-slide" data-testid="present-slide">
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
                <span class="present-locked">{ lang.t(PresentMsg::Locked) }</span>
                <p
                    class="slide-counter"
                    aria-live="polite"
                    data-testid="slide-counter"
                    data-slide={at.to_string()}
                    data-count={count.to_string()}
                >
                    { counter }
                </p>
                <div class="present-buttons">
                    <button type="button" class="button-quiet" data-testid="present-prev" disabled={at == 0} onclick={go(Step::Previous)}>
                        { lang.t(PresentMsg::Previous) }
                    </button>
                    <button type="button" class="button-quiet" data-testid="present-next" disabled={at + 1 >= count} onclick={go(Step::Next)}>
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
                    </button>
                </div>
            </div>
        </div>
    }
}
