//! The header's "Hoàn tác" and "Làm lại" buttons, and their keys: Ctrl+Z (⌘Z) takes the
//! latest change of the scenario back, Ctrl+Y or Ctrl+Shift+Z does it again. In a text box
//! being typed in the keys keep undoing the typing, as everywhere; the history is the page
//! state's (`state::history`). After a step, a status line (read by screen readers, hidden)
//! says what came back, since the scenario changes somewhere else on the page.

use ntm_model::{Dataset, Scenario};
use yew::prelude::*;

use crate::i18n::keys::for_platform;
use crate::i18n::{Lang, NoticeMsg};
use crate::sharing::summary::lever_names;

#[derive(Properties, PartialEq)]
pub struct HistoryButtonsProps {
    pub lang: Lang,
    /// What "Hoàn tác" would bring back (`None`: nothing to undo; empty: no lever, assumption
    /// or setting to name), from [`step_what`].
    pub undo_what: Option<AttrValue>,
    /// What "Làm lại" would bring back (`None`: nothing to redo).
    pub redo_what: Option<AttrValue>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    /// Older steps were dropped at the history's limit (then there is no "nothing to undo").
    #[prop_or_default]
    pub dropped: bool,
    /// The copy in the results' strip (`headline::HeadlineStrip`): its own test ids, and the
    /// keys left to the header's copy (one step per key press).
    #[prop_or_default]
    pub in_strip: bool,
}

/// What a step brings back: the levers, assumptions and settings as the step would set them,
/// read against the scenario on screen (`to` is where the step goes).
pub fn step_what(lang: Lang, current: &Scenario, to: &Scenario, ds: &Dataset) -> String {
    lever_names(current, to, ds, lang, true)
}

/// A button's tooltip, before the step.
fn step_tip(lang: Lang, redo: bool, what: &str) -> String {
    let text = match (redo, what.is_empty()) {
        (false, false) => lang.fill(NoticeMsg::HistoryUndoTo, &[("what", what)]),
        (false, true) => lang.t(NoticeMsg::HistoryUndoAny).to_string(),
        (true, false) => lang.fill(NoticeMsg::HistoryRedoTo, &[("what", what)]),
        (true, true) => lang.t(NoticeMsg::HistoryRedoAny).to_string(),
    };
    for_platform(&text).into_owned()
}

/// What the status line says once the step is taken.
fn step_said(lang: Lang, redo: bool, what: &str) -> String {
    match (redo, what.is_empty()) {
        (false, false) => lang.fill(NoticeMsg::HistoryUndone, &[("what", what)]),
        (false, true) => lang.t(NoticeMsg::HistoryUndoneAny).to_string(),
        (true, false) => lang.fill(NoticeMsg::HistoryRedone, &[("what", what)]),
        (true, true) => lang.t(NoticeMsg::HistoryRedoneAny).to_string(),
    }
}

/// One of the two buttons.
struct Step {
    label: NoticeMsg,
    icon: &'static str,
    /// The tooltip (`None`: no step).
    tip: Option<String>,
    /// Its title when there is no step.
    none: NoticeMsg,
    on_click: Callback<()>,
    testid: String,
    keys: &'static str,
}

fn step_button(lang: Lang, b: Step) -> Html {
    let cb = b.on_click;
    let onclick = Callback::from(move |_: MouseEvent| cb.emit(()));
    let title = b.tip.clone().unwrap_or_else(|| lang.t(b.none).to_string());
    html! {
        // The name is the label; the title (what the step brings back) is read as its
        // description. Greyed but focusable when there is no step, so it can say why.
        <button
            type="button"
            class="header-button history-button"
            data-testid={b.testid}
            {title}
            aria-label={lang.t(b.label)}
            aria-keyshortcuts={b.keys}
            aria-disabled={b.tip.is_none().to_string()}
            {onclick}
        >
            <span aria-hidden="true">{ b.icon }</span>
            <span class="history-label">{ lang.t(b.label) }</span>
        </button>
    }
}

#[component]
pub fn HistoryButtons(props: &HistoryButtonsProps) -> Html {
    let lang = props.lang;
    let heard = use_state(String::new);
    // What the steps would bring back as of this render, for the key handler (set up once)
    // and the buttons to say once a step is taken.
    let latest = use_mut_ref(|| (lang, None, None));
    *latest.borrow_mut() = (lang, props.undo_what.clone(), props.redo_what.clone());
    let take = |redo: bool, emit: Callback<()>| {
        let (heard, latest) = (heard.clone(), latest.clone());
        Callback::from(move |()| {
            let (lang, undo, redo_what) = latest.borrow().clone();
            let what = if redo { redo_what } else { undo };
            if let Some(what) = what {
                heard.set(step_said(lang, redo, &what));
            }
            emit.emit(());
        })
    };
    let on_undo = take(false, props.on_undo.clone());
    let on_redo = take(true, props.on_redo.clone());
    {
        let (on_undo, on_redo) = (on_undo.clone(), on_redo.clone());
        let in_strip = props.in_strip;
        use_effect_with((), move |_| {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    use wasm_bindgen::JsCast;
                    if in_strip {
                        return;
                    }
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let command = (e.ctrl_key() || e.meta_key()) && !e.alt_key();
                    if !command || typing(e) || in_dialog() {
                        return;
                    }
                    let key = e.key().to_ascii_lowercase();
                    let redo = key == "y" || (key == "z" && e.shift_key());
                    if redo {
                        e.prevent_default();
                        on_redo.emit(());
                    } else if key == "z" {
                        e.prevent_default();
                        on_undo.emit(());
                    }
                },
            );
            move || drop(listener)
        });
    }
    let undo_none = if props.dropped {
        NoticeMsg::HistoryUndoLimit
    } else {
        NoticeMsg::HistoryUndoNone
    };
    let undo = Step {
        label: NoticeMsg::UndoButton,
        icon: "↶ ",
        tip: props.undo_what.as_ref().map(|w| step_tip(lang, false, w)),
        none: undo_none,
        on_click: on_undo,
        testid: testid(props.in_strip, "history-undo"),
        keys: "Control+Z Meta+Z",
    };
    let redo = Step {
        label: NoticeMsg::RedoButton,
        icon: "↷ ",
        tip: props.redo_what.as_ref().map(|w| step_tip(lang, true, w)),
        none: NoticeMsg::HistoryRedoNone,
        on_click: on_redo,
        testid: testid(props.in_strip, "history-redo"),
        keys: "Control+Y Control+Shift+Z Meta+Shift+Z",
    };
    html! {
        <>
            { step_button(lang, undo) }
            { step_button(lang, redo) }
            <span class="visually-hidden" role="status" data-testid={testid(props.in_strip, "history-heard")}>
                { (*heard).clone() }
            </span>
        </>
    }
}

/// `name`, or `strip-name` for the strip's copy.
fn testid(in_strip: bool, name: &str) -> String {
    if in_strip {
        format!("strip-{name}")
    } else {
        name.to_string()
    }
}

/// A dialog (the scenarios or share dialog) is open: the keys must not change the scenario
/// behind it.
fn in_dialog() -> bool {
    gloo::utils::document()
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .is_some()
}

/// The key was pressed in a box whose own undo the keys belong to (typing), not on a button,
/// slider, checkbox or list. A number box showing the lever's value (nothing typed since it
/// was set: `data-committed`) hands the keys to the scenario: its typing is done.
fn typing(e: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match el.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => {
            let kind = el
                .get_attribute("type")
                .unwrap_or_default()
                .to_ascii_lowercase();
            let text = !matches!(
                kind.as_str(),
                "range" | "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "color"
            );
            let committed = el.get_attribute("data-committed");
            let value = el
                .dyn_ref::<web_sys::HtmlInputElement>()
                .map(web_sys::HtmlInputElement::value);
            text && (committed.is_none() || committed != value)
        }
        _ => el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false"),
    }
}
