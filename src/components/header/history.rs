//! The header's "Hoàn tác" and "Làm lại" buttons, and their keys: Ctrl+Z (⌘Z) takes the
//! latest change of the scenario back, Ctrl+Y or Ctrl+Shift+Z does it again. In a text box
//! being typed in the keys keep undoing the typing, as everywhere; the history is the page
//! state's (`state::history`).

use ntm_model::{Dataset, Scenario};
use yew::prelude::*;

use crate::i18n::{Lang, NoticeMsg};
use crate::sharing::summary::lever_names;

#[derive(Properties, PartialEq)]
pub struct HistoryButtonsProps {
    pub lang: Lang,
    /// What "Hoàn tác" would bring back (`None`: nothing to undo), said in its tooltip.
    pub undo_tip: Option<AttrValue>,
    /// What "Làm lại" would bring back (`None`: nothing to redo).
    pub redo_tip: Option<AttrValue>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    /// Older steps were dropped at the history's limit (then there is no "nothing to undo").
    #[prop_or_default]
    pub dropped: bool,
}

/// A step's tooltip: the levers, assumptions and settings as the step would set them, read
/// against the scenario on screen (`to` is where the step goes).
pub fn step_tip(lang: Lang, redo: bool, current: &Scenario, to: &Scenario, ds: &Dataset) -> String {
    let what = lever_names(current, to, ds, lang, true);
    match (redo, what.is_empty()) {
        (false, false) => lang.fill(NoticeMsg::HistoryUndoTo, &[("what", &what)]),
        (false, true) => lang.t(NoticeMsg::HistoryUndoAny).to_string(),
        (true, false) => lang.fill(NoticeMsg::HistoryRedoTo, &[("what", &what)]),
        (true, true) => lang.t(NoticeMsg::HistoryRedoAny).to_string(),
    }
}

/// One of the two buttons.
struct Step<'a> {
    label: NoticeMsg,
    icon: &'static str,
    tip: &'a Option<AttrValue>,
    /// Its title when there is no step.
    none: NoticeMsg,
    on_click: &'a Callback<()>,
    testid: &'static str,
    keys: &'static str,
}

fn step_button(lang: Lang, b: Step<'_>) -> Html {
    let cb = b.on_click.clone();
    let onclick = Callback::from(move |_: MouseEvent| cb.emit(()));
    let title = b
        .tip
        .clone()
        .unwrap_or_else(|| AttrValue::from(lang.t(b.none)));
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
    {
        let (on_undo, on_redo) = (props.on_undo.clone(), props.on_redo.clone());
        use_effect_with((), move |_| {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    use wasm_bindgen::JsCast;
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
        tip: &props.undo_tip,
        none: undo_none,
        on_click: &props.on_undo,
        testid: "history-undo",
        keys: "Control+Z Meta+Z",
    };
    let redo = Step {
        label: NoticeMsg::RedoButton,
        icon: "↷ ",
        tip: &props.redo_tip,
        none: NoticeMsg::HistoryRedoNone,
        on_click: &props.on_redo,
        testid: "history-redo",
        keys: "Control+Y Control+Shift+Z Meta+Shift+Z",
    };
    html! {
        <>
            { step_button(lang, undo) }
            { step_button(lang, redo) }
        </>
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
