//! A text box for one number, written and read the reader's way (`1.234,5` in Vietnamese).
//!
//! It reports when the typing is done (`change`: Enter, Tab or leaving the box), so "150" is
//! not sent as 1 and 15 first; until then a cue under the box says Enter takes the value and
//! Esc puts the old one back. What the user typed is never trusted: text that is not a number
//! puts the current value back, and so does a number outside `min`–`max` (the reducer still
//! clamps what it is sent to the model's limits). Either way a note under the box says what
//! happened ("−50 is outside 0–1,000: kept 150"), until the planner presses a key or clicks
//! anywhere, so nothing typed is changed without a word. Arrow keys step by `step`.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{Lang, Msg};

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
    /// Above this a value is taken but said to be unusual, in this note (its `{value}` is the
    /// value taken): a budget typed in million VND is a thousand times the plan.
    #[prop_or_default]
    pub unusual_above: Option<(f64, AttrValue)>,
    pub on_set: Callback<f64>,
}

/// `x` clamped and shown the reader's way.
fn shown(lang: Lang, x: f64, decimals: usize) -> String {
    lang.number_short(x, decimals)
}

/// What to do with `typed` (the box's text when typing was done): the value to send (`None`:
/// keep the current one) and the note to show (`None` for a number within `min`–`max` at the
/// box's precision).
fn judge(p: &NumberFieldProps, typed: &str) -> (Option<f64>, Option<String>) {
    let lang = p.lang;
    let fmt = |x: f64| shown(lang, x, p.decimals);
    // To the precision the box shows, so that what is shown is what is simulated ("150,5" in
    // a box of whole percentages is 151, not a hidden 150,5 shown as 150 or 151).
    // (`+ 0.0` turns a rounded −0 into 0.)
    let scale = 10f64.powi(p.decimals as i32);
    let rounded = |x: f64| (x * scale).round() / scale + 0.0;
    let parsed = lang.parse_number(typed);
    match parsed.map(rounded) {
        Some(x) if (p.min..=p.max).contains(&x) => {
            // "1,000" is 1 in Vietnamese, and most likely meant a thousand: said, before any
            // rounding ("1,120" in a box of one decimal was only "rounded to 1,1").
            let note = if lang == Lang::Vi && comma_then_three_digits(typed) {
                Some(lang.fill(
                    Msg::FieldCommaDecimal,
                    &[("typed", typed.trim()), ("value", &fmt(x))],
                ))
            } else if lang == Lang::En && dot_then_three_digits(typed) {
                // And "2.000" is 2 in English: a Vietnamese planner showing a donor the
                // English page typed 2.000 support units and got 2, without a word.
                Some(lang.fill(
                    Msg::FieldDotDecimal,
                    &[("typed", typed.trim()), ("value", &fmt(x))],
                ))
            } else if parsed != Some(x) {
                Some(lang.fill(
                    Msg::FieldRounded,
                    &[("typed", typed.trim()), ("value", &fmt(x))],
                ))
            } else {
                p.unusual_above
                    .as_ref()
                    .filter(|(above, _)| x > *above)
                    .map(|(_, note)| note.replace("{value}", &fmt(x)))
            };
            (Some(x), note)
        }
        // Out of range: the value stays, and the note gives the range. Set to the nearest
        // end, a slip of the minus key cut the budget from 150 % to nothing.
        Some(_) => {
            // A box without an upper limit can only be below its lowest value.
            let note = if p.max.is_finite() {
                lang.fill(
                    Msg::FieldClamped,
                    &[
                        ("typed", typed.trim()),
                        ("min", &fmt(p.min)),
                        ("max", &fmt(p.max)),
                        ("value", &fmt(p.value)),
                    ],
                )
            } else {
                lang.fill(
                    Msg::FieldBelowMin,
                    &[
                        ("typed", typed.trim()),
                        ("min", &fmt(p.min)),
                        ("value", &fmt(p.value)),
                    ],
                )
            };
            (None, Some(note))
        }
        // An empty box goes back to the value, and says so: a planner who cleared it may have
        // meant zero.
        None if typed.trim().is_empty() => (
            None,
            Some(lang.fill(Msg::FieldEmpty, &[("value", &fmt(p.value))])),
        ),
        None => {
            let typed: String = typed.trim().chars().take(20).collect();
            let percent =
                typed.ends_with('%') && lang.parse_number(typed.trim_end_matches('%')).is_some();
            let msg = if percent {
                Msg::FieldPercentSign
            } else {
                Msg::FieldNotANumber
            };
            let note = lang.fill(msg, &[("typed", &typed), ("value", &fmt(p.value))]);
            (None, Some(note))
        }
    }
}

/// `1,000` or `-12,500`: one to three digits, a comma, exactly three digits: a thousands
/// separator to an English eye, a decimal comma to a Vietnamese one.
fn comma_then_three_digits(typed: &str) -> bool {
    separator_then_three_digits(typed, ',')
}

/// `2.000`: the same with a dot, a thousands separator to a Vietnamese eye.
fn dot_then_three_digits(typed: &str) -> bool {
    separator_then_three_digits(typed, '.')
}

fn separator_then_three_digits(typed: &str, separator: char) -> bool {
    let t = typed.trim().trim_start_matches(['-', '+']);
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    t.split_once(separator).is_some_and(|(whole, decimals)| {
        (1..=3).contains(&whole.len()) && digits(whole) && decimals.len() == 3 && digits(decimals)
    })
}

/// Writes `text` into the note under the box (`None` empties it). Done on the DOM, not through
/// state: re-rendering the box while someone types in it would put its value back.
fn say(note: &NodeRef, text: Option<&str>) {
    if let Some(el) = note.cast::<web_sys::Element>() {
        el.set_text_content(text);
        let _ = el.set_attribute("data-shown", &text.is_some().to_string());
        let _ = el.set_attribute("data-cue", "false");
    }
}

/// Writes the "press Enter" cue into the note, once: the note is a live region, and a cue
/// written again at every key would be read out at every key.
fn cue(note: &NodeRef, text: &str) {
    if let Some(el) = note.cast::<web_sys::Element>() {
        if el.get_attribute("data-cue").as_deref() == Some("true") {
            return;
        }
        el.set_text_content(Some(text));
        let _ = el.set_attribute("data-shown", "true");
        let _ = el.set_attribute("data-cue", "true");
    }
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let lang = props.lang;
    let note = use_node_ref();
    let serial = use_state(next_serial);
    use_effect_with((), |_| super::after_pointer::watch());
    // A note stays until the planner does something else (a key or a click anywhere), not on a
    // timer: a slow reader must be able to finish it.
    let note_closers = use_mut_ref(|| None::<[EventListener; 2]>);
    let onchange = {
        let p = props.clone();
        let note = note.clone();
        let note_closers = note_closers.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (value, said) = judge(&p, &input.value());
            match value {
                Some(x) => {
                    // Show the clamped value even if the state does not change (300 → 300).
                    input.set_value(&shown(lang, x, p.decimals));
                    // The value the box showed, typed another way ("-5" clamped to 0, "4,0"),
                    // changes nothing, as typing "4" again does (no change event): sent, it
                    // made a commune's own setting equal to what it inherits, counted and
                    // listed as a change.
                    // After the click that took the focus away, if one did: sent at once, the
                    // redraw moved what was being clicked (`after_pointer`).
                    if x != p.value {
                        let on_set = p.on_set.clone();
                        super::after_pointer::after_pointer(move || on_set.emit(x));
                    }
                }
                None => input.set_value(&shown(lang, p.value, p.decimals)),
            }
            say(&note, said.as_deref());
            *note_closers.borrow_mut() = said.map(|_| {
                // A modifier alone (Shift, a screen reader's Insert or Caps Lock) is not the
                // next action: the note stays for it.
                let keys = {
                    let note = note.clone();
                    EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                        let modifier = e.dyn_ref::<KeyboardEvent>().is_some_and(|k| {
                            matches!(
                                k.key().as_str(),
                                "Shift" | "Control" | "Alt" | "Meta" | "CapsLock" | "Insert"
                            )
                        });
                        if !modifier {
                            say(&note, None);
                        }
                    })
                };
                let note = note.clone();
                let pointer =
                    EventListener::once(&gloo::utils::document(), "pointerdown", move |_| {
                        say(&note, None)
                    });
                [keys, pointer]
            });
        })
    };
    // While what is typed is not the value taken, the note says how to take it: a planner
    // who typed 150 and looked at the figures saw them not follow, with no word why.
    let pending = lang.t(Msg::FieldPending);
    let oninput = {
        let note = note.clone();
        let committed = shown(lang, props.value, props.decimals);
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if input.value() == committed {
                say(&note, None);
            } else {
                cue(&note, pending);
            }
        })
    };
    // Cells copied from a spreadsheet: a row arrives with tabs, a column with line breaks,
    // which a one-line box turns into spaces ("110 112": a hundred thousand). Refused whole.
    let onpaste = {
        let (note, value, decimals) = (note.clone(), props.value, props.decimals);
        Callback::from(move |e: Event| {
            let Some(pasted) = e
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|c| c.clipboard_data())
                .and_then(|d| d.get_data("text").ok())
            else {
                return;
            };
            if pasted.trim().contains(['\t', '\n', '\r']) {
                e.prevent_default();
                let typed: String = pasted.split_whitespace().collect::<Vec<_>>().join(" ");
                let typed: String = typed.chars().take(20).collect();
                say(
                    &note,
                    Some(&lang.fill(
                        Msg::FieldPastedCells,
                        &[("typed", &typed), ("value", &shown(lang, value, decimals))],
                    )),
                );
            }
        })
    };
    let onkeydown = {
        let p = props.clone();
        let note = note.clone();
        Callback::from(move |e: KeyboardEvent| {
            let dir = match e.key().as_str() {
                "ArrowUp" => 1.0,
                "ArrowDown" => -1.0,
                // Esc puts the value taken back, as the cue says.
                "Escape" => {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    let committed = shown(lang, p.value, p.decimals);
                    if input.value() != committed {
                        e.prevent_default();
                        e.stop_propagation();
                        input.set_value(&committed);
                        say(&note, None);
                    }
                    return;
                }
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
    // The note describes the box too, so that coming back to it repeats what was done to the
    // value typed (a live region alone said it once). A box without an id of its own (a
    // year's budget cell) has its note named by a number of the page's.
    let note_id = props.id.as_ref().map_or_else(
        || format!("number-field-note-{}", *serial),
        |id| format!("{id}-note"),
    );
    let describedby = match &props.describedby {
        Some(d) => AttrValue::from(format!("{d} {note_id}")),
        None => AttrValue::from(note_id.clone()),
    };
    let value = shown(lang, props.value, props.decimals);
    let committed = value.clone();
    let length = length_class(&value);
    // A value too long for a narrow box (a year's budget cell) can still be read whole.
    let title = props
        .title
        .clone()
        .or_else(|| (value.chars().count() > 5).then(|| value.clone().into()));
    html! {
        <>
        <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            class={classes!("number-field", props.class.clone(), length)}
            id={props.id.clone()}
            aria-label={props.aria_label.clone()}
            aria-describedby={describedby}
            data-testid={props.testid.clone()}
            // The value as set: while the box shows it, Ctrl+Z is the scenario's undo, not the
            // typing's (`header::history`).
            data-committed={committed}
            {title}
            value={value}
            {onchange}
            {oninput}
            {onkeydown}
            {onpaste}
        />
        // Out of the flow, under the box: the note never moves the levers around.
        <span
            ref={note}
            id={note_id}
            class="field-note"
            role="status"
            data-shown="false"
            data-testid={props.testid.as_ref().map(|t| format!("{t}-note"))}
        ></span>
        </>
    }
}

/// A number no other box on the page has (for the ids of notes).
fn next_serial() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        let serial = n.get();
        n.set(serial.wrapping_add(1));
        serial
    })
}

/// Narrow boxes (a year's budget cell fits "112,5") shrink the type of longer values, so that
/// "1.234,5" is not shown as "1.234".
fn length_class(value: &str) -> Option<&'static str> {
    match value.chars().count() {
        0..=4 => None,
        // Only a year's budget cell shrinks these ("2.500" showed as "2.50(").
        5 => Some("is-five"),
        6..=7 => Some("is-long"),
        _ => Some("is-longer"),
    }
}
