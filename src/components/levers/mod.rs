//! The levers panel: everything the planner can change. One lever for now (the province
//! budget); later issues add more, each a small component in this folder.

mod budget;

use yew::prelude::*;

pub use budget::BudgetLever;

use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct LeversProps {
    pub lang: Lang,
    /// Province budget, % of the default plan.
    pub budget_scale: f64,
    pub on_set_budget_scale: Callback<f64>,
}

#[component]
pub fn Levers(props: &LeversProps) -> Html {
    html! {
        <section class="levers panel" aria-labelledby="levers-heading">
            <h2 id="levers-heading">{ props.lang.t(Msg::LeversHeading) }</h2>
            <BudgetLever
                lang={props.lang}
                value={props.budget_scale}
                on_set={props.on_set_budget_scale.clone()}
            />
        </section>
    }
}
