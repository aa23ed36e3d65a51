//! A modal dialog: the browser's own `<dialog>` opened with `showModal()`, so the rest of the
//! page is inert (keyboard and screen readers stay inside) and Escape closes it. It exists only
//! while shown: mounting opens it, Escape, the close button or a click on the backdrop call
//! `on_close`, and when it goes, focus returns to where it was (the button that opened it).

use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// Shown as the dialog's heading and its accessible name.
    pub title: AttrValue,
    /// Prefix of the element ids inside (`{id}-title`); unique on the page.
    pub id: AttrValue,
    pub testid: AttrValue,
    /// Text of the close button.
    pub close_label: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Modal(props: &ModalProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let previous = gloo::utils::document().active_element();
            let el = dialog.cast::<HtmlDialogElement>();
            if let Some(el) = &el {
                if el.show_modal().is_err() {
                    // Not attached, or already open: show it without the modal behaviour.
                    el.set_open(true);
                }
            }
            move || {
                if let Some(el) = el {
                    el.close();
                }
                if let Some(el) = previous.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                    if el.is_connected() {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    // Escape: the browser closes the dialog and fires "close"; tell the owner, who unmounts it.
    let onclose = props.on_close.reform(|_: Event| ());
    let close = props.on_close.reform(|_: MouseEvent| ());
    // A click on the backdrop lands on the <dialog> itself (its content fills a child element).
    let onclick = {
        let on_close = props.on_close.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            let on_backdrop = match (e.target(), dialog.get()) {
                (Some(target), Some(node)) => {
                    let target: web_sys::Node = target.unchecked_into();
                    target == node
                }
                _ => false,
            };
            if on_backdrop {
                on_close.emit(());
            }
        })
    };
    let id = &props.id;
    html! {
        <dialog
            ref={dialog}
            class={classes!("modal", props.class.clone())}
            aria-labelledby={format!("{id}-title")}
            data-testid={props.testid.clone()}
            {onclose}
            {onclick}
        >
            <div class="modal-inner">
                <div class="modal-head">
                    <h2 id={format!("{id}-title")}>{ &props.title }</h2>
                    <button
                        type="button"
                        class="button-quiet modal-close"
                        data-testid={format!("{}-close", props.testid)}
                        onclick={close}
                    >
                        <span aria-hidden="true">{ "✕ " }</span>{ &props.close_label }
                    </button>
                </div>
                <div class="modal-body">
                    { props.children.clone() }
                </div>
            </div>
        </dialog>
    }
}
