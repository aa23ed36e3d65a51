//! The controls every panel is built from: a number field that reads and writes numbers the
//! reader's way, a lever (slider + exact number + unit + default + "changed" + reset), an
//! on/off switch, a choice, and a `<details>` that builds its content only while open (big
//! hidden tables stay out of every render). Each takes plain props and `on_<verb>` callbacks,
//! in display units (a percentage, not a share): converting to the scenario's units is the
//! caller's job.

mod after_pointer;
mod choice;
mod disclosure;
mod drop_zone;
mod field;
mod flag;
mod number;

pub use choice::{ChoiceLever, ChoiceLeverProps};
pub use disclosure::{Disclosure, DisclosureProps};
pub use drop_zone::{DropZone, DropZoneProps};
pub use field::{NumberField, NumberFieldProps};
pub use flag::{FlagLever, FlagLeverProps};
pub use number::{NumberLever, NumberLeverProps};

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{Lang, Msg};

/// The "changed" marker beside a lever's label (text, not only colour).
pub fn changed_mark(lang: Lang, changed: bool) -> Html {
    if changed {
        html! { <span class="changed-mark">{ lang.t(Msg::Changed) }</span> }
    } else {
        html! {}
    }
}

/// A reset button for one lever: an icon with its full name for screen readers and as a
/// tooltip; disabled when there is nothing to reset.
pub fn reset_button(lang: Lang, lever: &str, enabled: bool, on_reset: &Callback<()>) -> Html {
    reset_button_named(
        lang.fill(Msg::ResetLever, &[("lever", lever)]),
        enabled,
        on_reset,
    )
}

/// The reset button of a district's or commune's own setting: a reset removes the setting, so
/// the lever follows the level above, which "Về mặc định" misnamed (a commune's leadership
/// reset to its district's 100 %, not the default 50 %).
pub fn reset_to_above_button(
    lang: Lang,
    lever: &str,
    enabled: bool,
    on_reset: &Callback<()>,
) -> Html {
    reset_button_named(
        lang.fill(Msg::ResetToAbove, &[("lever", lever)]),
        enabled,
        on_reset,
    )
}

fn reset_button_named(name: String, enabled: bool, on_reset: &Callback<()>) -> Html {
    let onclick = {
        let on_reset = on_reset.clone();
        Callback::from(move |e: MouseEvent| {
            // The button turns off once the lever is back at its default, and a disabled
            // button loses the focus to the page's start: hand it to the lever's own control
            // first (its slider, box or list; in a per-year table, the row's first cell).
            let control = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|b| b.closest(".lever, tr, fieldset").ok().flatten())
                .and_then(|root| root.query_selector("input, select").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(el) = control {
                let _ = el.focus();
            }
            on_reset.emit(())
        })
    };
    html! {
        <button
            type="button"
            class="reset-button"
            title={name.clone()}
            aria-label={name}
            disabled={!enabled}
            {onclick}
        >
            <span aria-hidden="true">{ "↺" }</span>
        </button>
    }
}
