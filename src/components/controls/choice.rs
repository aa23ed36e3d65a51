//! A lever with a few named choices: a `<select>`, its label, the default in words, a
//! "changed" marker and a reset button. Used for the year of the stricter criteria set and for
//! district and commune on/off settings that may also inherit ("as the level above").

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{changed_mark, reset_button, reset_to_above_button};
use crate::i18n::{Lang, LeverMsg, Msg};

#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceLeverProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, text) pairs, in order.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    /// The default's value (`None` for an inheriting setting: no default to mark).
    #[prop_or_default]
    pub default: Option<AttrValue>,
    /// Without a default, a reset follows the level above (a district's or commune's own
    /// setting); false where it goes back to an open choice instead (a unit's training years:
    /// unset is every year, not the district's).
    #[prop_or(true)]
    pub inherits: bool,
    pub changed: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    pub on_select: Callback<String>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn ChoiceLever(props: &ChoiceLeverProps) -> Html {
    let lang = props.lang;
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_select.emit(select.value());
        })
    };
    // The box shows what is simulated after every render. An `<option selected>` only sets
    // the default selection: once a planner has picked, the browser keeps the pick, and an undo
    // (or any change from elsewhere) left the box on the undone value beside a scenario line
    // saying the other.
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        let selected = props.selected.clone();
        use_effect(move || {
            if let Some(select) = select_ref.cast::<HtmlSelectElement>() {
                if select.value() != selected.as_str() {
                    select.set_value(&selected);
                }
            }
        });
    }
    let hint_id = format!("{}-hint", props.id);
    let text_of = |v: &AttrValue| {
        props
            .options
            .iter()
            .find(|(value, _)| value == v)
            .map(|(_, t)| t.to_string())
            .unwrap_or_default()
    };
    let mut hint = props
        .hint
        .as_ref()
        .map(|h| h.to_string())
        .unwrap_or_default();
    if let Some(d) = &props.default {
        if !hint.is_empty() {
            hint.push_str(" · ");
        }
        hint.push_str(&lang.fill(Msg::DefaultIs, &[("value", &text_of(d))]));
    }
    let marker = if props.default.is_some() {
        changed_mark(lang, props.changed)
    } else if props.changed {
        html! { <span class="changed-mark">{ lang.t(LeverMsg::Override) }</span> }
    } else {
        html! {}
    };
    html! {
        <div class={classes!("lever", "lever-choice", props.changed.then_some("is-changed"))}>
            <div class="lever-head">
                <label class="lever-label" for={props.id.clone()}>{ &props.label }</label>
                { marker }
                // No default: a district's or commune's own setting, which a reset removes.
                { if props.default.is_none() && props.inherits {
                    reset_to_above_button(lang, &props.label, props.changed, &props.on_reset)
                } else {
                    reset_button(lang, &props.label, props.changed, &props.on_reset)
                } }
            </div>
            <select
                ref={select_ref}
                id={props.id.clone()}
                data-testid={props.testid.clone()}
                aria-describedby={(!hint.is_empty()).then(|| hint_id.clone())}
                {onchange}
            >
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ text }</option>
                }) }
            </select>
            if !hint.is_empty() {
                <p class="lever-hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}
