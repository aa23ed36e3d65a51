//! A row of tabs (WAI-ARIA tabs: `tablist`, `tab`, `aria-selected`, `aria-controls`); the
//! parent renders the selected panel with `role="tabpanel"` and `id="{id}-panel"`.
//!
//! Keyboard as the WAI-ARIA pattern asks: only the selected tab is in the Tab order (roving
//! `tabindex`), the arrow keys move to the previous or next tab (wrapping), Home and End to
//! the first and last, and the newly selected tab takes the focus.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    /// Accessible name of the tab list.
    pub label: AttrValue,
    /// (DOM id, text) of each tab.
    pub tabs: Vec<(AttrValue, AttrValue)>,
    pub selected: usize,
    pub on_select: Callback<usize>,
}

/// The tab a key moves to from `current` among `n` tabs, or `None` for other keys.
fn tab_for_key(key: &str, current: usize, n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    match key {
        "ArrowRight" | "ArrowDown" => Some((current + 1) % n),
        "ArrowLeft" | "ArrowUp" => Some((current + n - 1) % n),
        "Home" => Some(0),
        "End" => Some(n - 1),
        _ => None,
    }
}

#[component]
pub fn TabBar(props: &TabBarProps) -> Html {
    let ids: Vec<AttrValue> = props.tabs.iter().map(|(id, _)| id.clone()).collect();
    let on_keydown = {
        let on_select = props.on_select.clone();
        let (current, n) = (props.selected, props.tabs.len());
        Callback::from(move |e: KeyboardEvent| {
            // Alt+← is the browser's Back, Ctrl+Home and the like are not ours either.
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let Some(next) = tab_for_key(&e.key(), current, n) else {
                return;
            };
            e.prevent_default();
            on_select.emit(next);
            let tab = gloo::utils::document()
                .get_element_by_id(&ids[next])
                .and_then(|el| el.dyn_into::<HtmlElement>().ok());
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        })
    };
    let tabs = props.tabs.iter().enumerate().map(|(i, (id, text))| {
        let on_select = props.on_select.clone();
        let selected = i == props.selected;
        html! {
            <button
                type="button"
                role="tab"
                id={id.clone()}
                data-testid={id.clone()}
                class={classes!("tab", selected.then_some("is-active"))}
                aria-selected={selected.to_string()}
                // Only the selected tab's panel is in the page: an inactive tab pointing at
                // one that is not gave screen readers a relation to nothing.
                aria-controls={selected.then(|| format!("{id}-panel"))}
                tabindex={if selected { "0" } else { "-1" }}
                onclick={Callback::from(move |_: MouseEvent| on_select.emit(i))}
                onkeydown={on_keydown.clone()}
            >
                { text }
            </button>
        }
    });
    html! {
        <div class="tabs" role="tablist" aria-label={props.label.clone()}>
            { for tabs }
        </div>
    }
}
