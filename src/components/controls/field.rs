//! A text box for one number, written and read the reader's way (`1.234,5` in Vietnamese).
//!
//! It reports when the typing is done (`change`: Enter, Tab or leaving the box), so "150" is
//! not sent as 1 and 15 first. What the user typed is never trusted: text that is not a number
//! puts the current value back; a number is clamped to `min`–`max` and shown clamped before it
//! is sent (the reducer clamps again, to the model's limits). Arrow keys step by `step`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    pub lang: Lang,
    pub value: f64,
    pub decimals: usize,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Accessible name when no `<label for>` points at the box.
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    pub on_set: Callback<f64>,
}

/// `x` clamped and shown the reader's way.
fn shown(lang: Lang, x: f64, decimals: usize) -> String {
    lang.number_short(x, decimals)
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let lang = props.lang;
    let onchange = {
        let p = props.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            match lang.parse_number(&input.value()) {
                Some(x) => {
                    let x = x.clamp(p.min, p.max);
                    // Show the clamped value even if the state does not change (300 → 300).
                    input.set_value(&shown(lang, x, p.decimals));
                    p.on_set.emit(x);
                }
                None => input.set_value(&shown(lang, p.value, p.decimals)),
            }
        })
    };
    let onkeydown = {
        let p = props.clone();
        Callback::from(move |e: KeyboardEvent| {
            let dir = match e.key().as_str() {
                "ArrowUp" => 1.0,
                "ArrowDown" => -1.0,
                _ => return,
            };
            e.prevent_default();
            let input: HtmlInputElement = e.target_unchecked_into();
            let now = lang.parse_number(&input.value()).unwrap_or(p.value);
            let x = ((now / p.step).round() + dir) * p.step;
            let x = x.clamp(p.min, p.max);
            input.set_value(&shown(lang, x, p.decimals));
            p.on_set.emit(x);
        })
    };
    html! {
        <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            class={classes!("number-field", props.class.clone())}
            id={props.id.clone()}
            aria-label={props.aria_label.clone()}
            aria-describedby={props.describedby.clone()}
            data-testid={props.testid.clone()}
            title={props.title.clone()}
            value={shown(lang, props.value, props.decimals)}
            {onchange}
            {onkeydown}
        />
    }
}
