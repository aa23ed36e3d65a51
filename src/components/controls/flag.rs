//! An on/off lever: a switch (a checkbox with `role="switch"`), its label, the default in
//! words, a "changed" marker and a reset button.

use yew::prelude::*;

use super::{changed_mark, reset_button};
use crate::i18n::{Lang, LeverMsg, Msg};

#[derive(Properties, PartialEq, Clone)]
pub struct FlagLeverProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: bool,
    pub default: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    pub on_set: Callback<bool>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn FlagLever(props: &FlagLeverProps) -> Html {
    let lang = props.lang;
    let onchange = {
        let on_set = props.on_set.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_set.emit(input.checked());
        })
    };
    let word = |b: bool| lang.t(if b { LeverMsg::On } else { LeverMsg::Off });
    let changed = props.value != props.default;
    let hint_id = format!("{}-hint", props.id);
    let mut hint = props
        .hint
        .as_ref()
        .map(|h| format!("{h} · "))
        .unwrap_or_default();
    hint.push_str(&lang.fill(Msg::DefaultIs, &[("value", word(props.default))]));
    html! {
        <div class={classes!("lever", "lever-flag", changed.then_some("is-changed"))}>
            <div class="lever-head">
                <input
                    type="checkbox"
                    role="switch"
                    class="switch"
                    id={props.id.clone()}
                    data-testid={props.testid.clone()}
                    aria-describedby={hint_id.clone()}
                    checked={props.value}
                    {onchange}
                />
                <label class="lever-label" for={props.id.clone()}>
                    { &props.label }
                    <span class="switch-state">{ " — " }{ word(props.value) }</span>
                </label>
                { changed_mark(lang, changed) }
                { reset_button(lang, &props.label, changed, &props.on_reset) }
            </div>
            <p class="lever-hint" id={hint_id}>{ hint }</p>
        </div>
    }
}
