//! A row of tabs (WAI-ARIA tabs: `tablist`, `tab`, `aria-selected`, `aria-controls`); the
//! parent renders the selected panel with `role="tabpanel"` and `id="{id}-panel"`.

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

#[component]
pub fn TabBar(props: &TabBarProps) -> Html {
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
                aria-controls={format!("{id}-panel")}
                onclick={Callback::from(move |_: MouseEvent| on_select.emit(i))}
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
