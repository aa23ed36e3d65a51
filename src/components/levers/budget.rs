//! The province budget lever: a slider and a number box showing the same percentage.
//!
//! The slider reports while it moves (`input`); the number box reports when the typing is
//! done (`change`: Enter, Tab or leaving the box), so "150" is not run as 1 % and 15 % first.
//! What the user typed is never trusted: not a number restores the current value, anything
//! else is clamped to the lever's range before it is sent.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::state::{clamp_budget_scale, BUDGET_SCALE_DEFAULT, BUDGET_SCALE_MAX, BUDGET_SCALE_MIN};

/// Slider step; the number box takes any whole percent.
const SLIDER_STEP: f64 = 5.0;

#[derive(Properties, PartialEq)]
pub struct BudgetLeverProps {
    pub lang: Lang,
    /// Current value, % of the default plan.
    pub value: f64,
    pub on_set: Callback<f64>,
}

#[component]
pub fn BudgetLever(props: &BudgetLeverProps) -> Html {
    let lang = props.lang;
    let value = props.value.to_string();

    let on_slide = {
        let on_set = props.on_set.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(pct) = clamp_budget_scale(input.value_as_number()) {
                on_set.emit(pct);
            }
        })
    };
    let on_type = {
        let on_set = props.on_set.clone();
        let current = props.value;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            match clamp_budget_scale(input.value_as_number()) {
                Some(pct) => {
                    // Show the clamped value even if the state does not change (300 → 300).
                    input.set_value(&pct.to_string());
                    on_set.emit(pct);
                }
                None => input.set_value(&current.to_string()),
            }
        })
    };
    let on_reset = {
        let on_set = props.on_set.clone();
        Callback::from(move |_: MouseEvent| on_set.emit(BUDGET_SCALE_DEFAULT))
    };

    // Where 100 % sits along the slider (0..1), for the "default" mark under it.
    let default_at =
        (BUDGET_SCALE_DEFAULT - BUDGET_SCALE_MIN) / (BUDGET_SCALE_MAX - BUDGET_SCALE_MIN);
    html! {
        <div class="lever">
            <label class="lever-label" for="budget-scale" id="budget-scale-label">
                { lang.t(Msg::BudgetScaleLabel) }
            </label>
            <div class="lever-number">
                <input
                    type="number"
                    id="budget-scale"
                    data-testid="lever-budget-scale"
                    aria-describedby="budget-scale-hint"
                    inputmode="numeric"
                    min={BUDGET_SCALE_MIN.to_string()}
                    max={BUDGET_SCALE_MAX.to_string()}
                    step="1"
                    value={value.clone()}
                    onchange={on_type}
                />
                <span class="lever-unit" aria-hidden="true">{ "%" }</span>
            </div>
            <div class="lever-slider">
                <input
                    type="range"
                    data-testid="lever-budget-scale-range"
                    aria-labelledby="budget-scale-label"
                    aria-describedby="budget-scale-hint"
                    aria-valuetext={format!("{} %", lang.number(props.value, 0))}
                    min={BUDGET_SCALE_MIN.to_string()}
                    max={BUDGET_SCALE_MAX.to_string()}
                    step={SLIDER_STEP.to_string()}
                    list="budget-scale-marks"
                    {value}
                    oninput={on_slide}
                />
                <datalist id="budget-scale-marks">
                    <option value={BUDGET_SCALE_MIN.to_string()} />
                    <option value={BUDGET_SCALE_DEFAULT.to_string()} />
                    <option value={BUDGET_SCALE_MAX.to_string()} />
                </datalist>
                <div class="lever-scale" aria-hidden="true">
                    <span class="lever-scale-min">{ format!("{BUDGET_SCALE_MIN}%") }</span>
                    <span class="lever-default-mark" style={format!("--at: {default_at}")}>
                        { format!("{BUDGET_SCALE_DEFAULT}% {}", lang.t(Msg::BudgetScaleDefaultMark)) }
                    </span>
                    <span class="lever-scale-max">{ format!("{BUDGET_SCALE_MAX}%") }</span>
                </div>
            </div>
            <p class="lever-hint" id="budget-scale-hint">{ lang.t(Msg::BudgetScaleHint) }</p>
            <button
                type="button"
                class="button-quiet"
                disabled={props.value == BUDGET_SCALE_DEFAULT}
                onclick={on_reset}
            >
                { lang.t(Msg::ResetToDefault) }
            </button>
        </div>
    }
}
