//! The header's "Hoàn tác" and "Làm lại" buttons, and their keys: Ctrl+Z (⌘Z) takes the
//! latest change of the scenario back, Ctrl+Y or Ctrl+Shift+Z does it again. In a text box the
//! keys keep undoing the typing, as everywhere; the history is the page state's
//! (`state::history`).

use ntm_model::{Dataset, Scenario};
use yew::prelude::*;

use crate::i18n::{Lang, NoticeMsg};
use crate::sharing::summary::changed_names;

#[derive(Properties, PartialEq)]
pub struct HistoryButtonsProps {
    pub lang: Lang,
    /// What "Hoàn tác" would bring back (`None`: nothing to undo), said in its tooltip.
    pub undo_tip: Option<AttrValue>,
    /// What "Làm lại" would bring back (`None`: nothing to redo).
    pub redo_tip: Option<AttrValue>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
}

/// A step's tooltip: the levers as the step would set them, read against the scenario on
/// screen (`to` is where the step goes).
pub fn step_tip(lang: Lang, redo: bool, current: &Scenario, to: &Scenario, ds: &Dataset) -> String {
    let what = changed_names(current, to, ds, lang);
    match (redo, what.is_empty()) {
        (false, false) => lang.fill(NoticeMsg::HistoryUndoTo, &[("what", &what)]),
        (false, true) => lang.t(NoticeMsg::HistoryUndoAny).to_string(),
        (true, false) => lang.fill(NoticeMsg::HistoryRedoTo, &[("what", &what)]),
        (true, true) => lang.t(NoticeMsg::HistoryRedoAny).to_string(),
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
                    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() || typing(e) {
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
    let button = |label: NoticeMsg,
                  icon: &'static str,
                  tip: &Option<AttrValue>,
                  none: NoticeMsg,
                  cb: &Callback<()>,
                  testid: &'static str| {
        let cb = cb.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(()));
        let title = tip.clone().unwrap_or_else(|| AttrValue::from(lang.t(none)));
        html! {
            <button
                type="button"
                class="header-button history-button"
                data-testid={testid}
                title={title.clone()}
                aria-label={format!("{}. {}", lang.t(label), title)}
                aria-disabled={tip.is_none().to_string()}
                {onclick}
            >
                <span aria-hidden="true">{ icon }</span>
                <span class="history-label">{ lang.t(label) }</span>
            </button>
        }
    };
    html! {
        <>
            { button(NoticeMsg::UndoButton, "↶ ", &props.undo_tip, NoticeMsg::HistoryUndoNone, &props.on_undo, "history-undo") }
            { button(NoticeMsg::RedoButton, "↷ ", &props.redo_tip, NoticeMsg::HistoryRedoNone, &props.on_redo, "history-redo") }
        </>
    }
}

/// The key was pressed in a box whose own undo the keys belong to (typing), not on a button,
/// slider, checkbox or list.
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
            !matches!(
                kind.as_str(),
                "range" | "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "color"
            )
        }
        _ => el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false"),
    }
}
