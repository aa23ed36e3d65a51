//! A number lever: label, slider, the exact number beside it with its unit, the default
//! marked on the slider and in words, a "changed" marker and a reset button.
//!
//! The slider reports while it moves (`input`), the number box when typing is done. The
//! slider spans the usual range (`min`–`max`); the box accepts anything the model does
//! (`entry_min`–`entry_max`), so a planner can go beyond the slider when they mean to.
//! For a district or commune lever without its own setting (`inherited`), the value shown is
//! the one inherited, greyed; moving it creates the setting, reset removes it.

use std::cell::Cell;

use yew::prelude::*;

use super::{changed_mark, reset_button, reset_to_above_button, NumberField};
use crate::i18n::{Lang, LeverMsg, Msg};

thread_local! {
    /// The number of the current slider drag, shared by every slider (a drag on one lever,
    /// a tab switch, then a drag on the same lever are two drags).
    static DRAG: Cell<u32> = const { Cell::new(0) };
}

#[derive(Properties, PartialEq, Clone)]
pub struct NumberLeverProps {
    pub lang: Lang,
    /// DOM id of the number box; the slider is `{id}-range`, the label `{id}-label`.
    pub id: AttrValue,
    pub label: AttrValue,
    pub unit: AttrValue,
    pub value: f64,
    /// The default, in the same units (`None` for a setting that inherits instead).
    #[prop_or_default]
    pub default: Option<f64>,
    /// The value is inherited from the level above (no own setting).
    #[prop_or_default]
    pub inherited: bool,
    /// With an own setting: the value the level above would give (said under the box, so
    /// the planner knows what a reset goes back to).
    #[prop_or_default]
    pub above: Option<f64>,
    pub min: f64,
    pub max: f64,
    #[prop_or(0.0)]
    pub entry_min: f64,
    #[prop_or(f64::INFINITY)]
    pub entry_max: f64,
    pub step: f64,
    pub decimals: usize,
    pub changed: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A short warning or remark after the hint (e.g. "varies by year").
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// What the level above gives, said in place of its one value (`inherited`, `above`):
    /// a province plan that changes by year is not "as above: 4 people/year".
    #[prop_or_default]
    pub above_text: Option<AttrValue>,
    /// Said instead of the generic "beyond the usual range" when the value is past the
    /// slider, where the lever knows what such a value does (support units past the communes).
    #[prop_or_default]
    pub beyond_note: Option<AttrValue>,
    /// What the number is and where it comes from (tooltip on the label).
    #[prop_or_default]
    pub tip: Option<AttrValue>,
    /// `data-testid` of the number box; the slider gets `{testid}-range`.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    pub on_set: Callback<f64>,
    /// What the slider sends while it moves, with the number of the drag (`on_set` if none):
    /// a drag is then one undo step.
    #[prop_or_default]
    pub on_slide: Option<Callback<(f64, u32)>>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn NumberLever(props: &NumberLeverProps) -> Html {
    let lang = props.lang;
    let id = &props.id;
    let label_id = format!("{id}-label");
    let hint_id = format!("{id}-hint");
    let fmt = |x: f64| lang.number_short(x, props.decimals);
    let unit_gap = if props.unit.starts_with('%') { "" } else { " " };
    let with_unit = |x: f64| {
        let shown = fmt(x);
        let unit = lang.unit_after(&shown, &props.unit);
        format!("{shown}{unit_gap}{unit}")
    };

    let on_slide = {
        let (on_slide, on_set) = (props.on_slide.clone(), props.on_set.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let x = input.value_as_number();
            if !x.is_finite() {
                return;
            }
            match &on_slide {
                Some(cb) => cb.emit((x, DRAG.with(Cell::get))),
                None => on_set.emit(x),
            }
        })
    };
    // A slider let go (or stepped by a key) ends its drag: the next moves are another step.
    let on_slide_end = Callback::from(|_: Event| DRAG.with(|d| d.set(d.get().wrapping_add(1))));

    let mut hint_parts: Vec<String> = Vec::new();
    if let Some(h) = &props.hint {
        hint_parts.push(h.to_string());
    }
    if let Some(t) = props
        .above_text
        .as_ref()
        .filter(|_| props.inherited || props.above.is_some())
    {
        hint_parts.push(t.to_string());
    } else if props.inherited {
        hint_parts.push(lang.fill(
            LeverMsg::InheritValue,
            &[("value", &with_unit(props.value))],
        ));
    } else if let Some(a) = props.above {
        hint_parts.push(lang.fill(LeverMsg::AboveValue, &[("value", &with_unit(a))]));
    } else if let Some(d) = props.default {
        hint_parts.push(lang.fill(Msg::DefaultIs, &[("value", &with_unit(d))]));
    }
    // A value typed past the slider (2.000 cadres where the slider stops at 20) is allowed, but
    // said, in case a key slipped: the slider alone would show it pinned at its end.
    let beyond = beyond_slider(props).then(|| match &props.beyond_note {
        Some(n) => n.to_string(),
        None => {
            let range = format!("{}–{}", fmt(props.min), with_unit(props.max));
            lang.fill(LeverMsg::BeyondSlider, &[("range", &range)])
        }
    });
    let span = props.max - props.min;
    let default_mark = props
        .default
        .filter(|d| span > 0.0 && *d >= props.min && *d <= props.max);
    let marker = if props.default.is_some() {
        changed_mark(lang, props.changed)
    } else if !props.inherited {
        html! { <span class="changed-mark">{ lang.t(LeverMsg::Override) }</span> }
    } else {
        html! {}
    };
    let testid_range = props
        .testid
        .as_ref()
        .map(|t| AttrValue::from(format!("{t}-range")));
    html! {
        <div class={classes!("lever", props.changed.then_some("is-changed"), props.inherited.then_some("is-inherited"))}>
            <div class="lever-head">
                <label class="lever-label" for={id.clone()} id={label_id.clone()} title={props.tip.clone()}>
                    { &props.label }
                </label>
                { marker }
                // No default: a district's or commune's own setting, which a reset removes.
                { if props.default.is_none() {
                    reset_to_above_button(lang, &props.label, props.changed, &props.on_reset)
                } else {
                    reset_button(lang, &props.label, props.changed, &props.on_reset)
                } }
            </div>
            <div class="lever-body">
                <input
                    type="range"
                    class="lever-range"
                    id={format!("{id}-range")}
                    data-testid={testid_range}
                    // The label's own text as the name: axe counts a label scrolled out of a
                    // drawer as hidden, and then flags a name that only comes through it.
                    aria-label={props.label.clone()}
                    aria-describedby={hint_id.clone()}
                    aria-valuetext={with_unit(props.value)}
                    min={props.min.to_string()}
                    max={props.max.to_string()}
                    step={crate::controls_logic::slider_step(props.value, props.min, props.max, props.step, props.decimals).to_string()}
                    value={props.value.clamp(props.min, props.max).to_string()}
                    oninput={on_slide}
                    onchange={on_slide_end}
                />
                <span class="lever-number">
                    <NumberField
                        {lang}
                        id={id.clone()}
                        value={props.value}
                        decimals={props.decimals}
                        min={props.entry_min}
                        max={props.entry_max}
                        step={props.step}
                        describedby={hint_id.clone()}
                        testid={props.testid.clone()}
                        on_set={props.on_set.clone()}
                    />
                    <span class="lever-unit">{ unit_with_breaks(&props.unit) }</span>
                </span>
            </div>
            if let Some(d) = default_mark {
                <div class="lever-scale" aria-hidden="true">
                    <span
                        class="lever-default-mark"
                        style={format!("--at: {}", (d - props.min) / span)}
                        title={lang.fill(Msg::DefaultIs, &[("value", &with_unit(d))])}
                    ></span>
                </div>
            }
            <p class="lever-hint" id={hint_id}>
                { hint_parts.join(" · ") }
                if let Some(n) = &props.note {
                    <span class="lever-note">{ " · " }{ n }</span>
                }
                if let Some(b) = beyond {
                    <span class="lever-note lever-beyond" data-testid={props.testid.as_ref().map(|t| format!("{t}-beyond"))}>
                        { " · " }{ b }
                    </span>
                }
            </p>
        </div>
    }
}

/// Whether the lever's own value lies past its slider's ends. An inherited value is said at
/// the level it comes from, and a default past the ends (none today) is no slip.
fn beyond_slider(p: &NumberLeverProps) -> bool {
    let outside = p.value < p.min || p.value > p.max;
    outside && !p.inherited && p.default != Some(p.value)
}

/// "people/commune/year" may break after each slash: one word to the browser, it ran past the
/// pane's edge in English (the unit's box is narrow so that the number keeps its room).
fn unit_with_breaks(unit: &str) -> Html {
    let mut parts = unit.split('/');
    let first = parts.next().unwrap_or_default().to_string();
    html! {
        <>
            { first }
            { for parts.map(|p| html! { <>{ "/" }<wbr />{ p.to_string() }</> }) }
        </>
    }
}
