//! A `<details>` whose content is built only while it is open: the per-year tables hold
//! dozens of number boxes, and re-rendering them hidden on every lever move would slow the
//! headline's answer down.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub summary: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    html! {
        <details class={props.class.clone()} data-testid={props.testid.clone()} {ontoggle}>
            <summary>{ &props.summary }</summary>
            if *open {
                { props.children.clone() }
            }
        </details>
    }
}
