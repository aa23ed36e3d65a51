//! Whether to say that a unit's settings were all removed. Its reset button only turns off,
//! which a screen reader does not announce, so a polite live region says it: after the button
//! was pressed for that unit, until something of the unit changes again (an undo, a new
//! setting). Kept per unit, so another commune or district picked since says nothing.

use yew::prelude::*;

/// `(say it, mark a reset of this unit)` for the unit `unit` (an index into the dataset's
/// communes or districts) whose settings are `changed` now.
#[hook]
pub fn use_reset_said(unit: Option<usize>, changed: bool) -> (bool, Callback<()>) {
    let reset_for = use_state_eq(|| None::<usize>);
    {
        let reset_for = reset_for.clone();
        use_effect_with(changed, move |changed| {
            if *changed {
                reset_for.set(None);
            }
        });
    }
    let said = unit.is_some() && *reset_for == unit && !changed;
    let mark = Callback::from(move |()| reset_for.set(unit));
    (said, mark)
}
