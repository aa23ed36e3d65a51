//! A figure that explains itself: what it is, its unit, and whether it comes from the data,
//! an assumption or the simulation. The explanation is the element's `title` (mouse) and a
//! tooltip shown when the element has keyboard focus; screen readers get it as the element's
//! description.

use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ExplainProps {
    /// Unique id for the tooltip element.
    pub id: AttrValue,
    pub text: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Explain(props: &ExplainProps) -> Html {
    let tip_id = format!("{}-tip", props.id);
    html! {
        <span
            class={classes!("explain", props.class.clone())}
            tabindex="0"
            title={props.text.clone()}
            aria-describedby={tip_id.clone()}
        >
            { props.children.clone() }
            <span class="tooltip" role="tooltip" id={tip_id}>{ &props.text }</span>
        </span>
    }
}
