//! The allocation rule: a radio group, one line on what each rule does, the default marked.

use ntm_model::scenario::diff::{LeverPath, LeverValue};
use yew::prelude::*;

use super::LeverCtx;
use crate::components::controls::{changed_mark, reset_button};
use crate::i18n::{rule_about, rule_name, LeverMsg, Msg};
use crate::state::levers::RULES;
use ntm_model::scenario::AllocationRule;

#[derive(Properties, PartialEq)]
pub struct AllocationGroupProps {
    pub ctx: LeverCtx,
}

fn rule_key(rule: AllocationRule) -> &'static str {
    match rule {
        AllocationRule::EqualPerUnit => "equal",
        AllocationRule::NeedsBased => "needs",
        AllocationRule::NearestFirst => "nearest",
        AllocationRule::PoorestBorderFirst => "poorest",
        AllocationRule::CustomWeights => "custom",
    }
}

#[component]
pub fn AllocationGroup(props: &AllocationGroupProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let current = ctx.scenario.allocation.rule;
    let default = ctx.defaults.allocation.rule;
    let changed = ctx.changed(&LeverPath::Rule);
    let set = ctx.set_value(LeverPath::Rule);
    // "Border first" can only favour the communes the data marks as border ones: said, since
    // the embedded data marks few of them (most are not known either way).
    let xa = || ctx.dataset.communes.iter().filter(|c| c.is_candidate());
    let marked = |c: &&ntm_model::dataset::Commune| c.border == Some(true) || c.scope_1385;
    let border = xa().filter(marked).count();
    let unknown = xa().filter(|c| c.border.is_none() && !c.scope_1385).count();
    let border_note = lang.fill(
        LeverMsg::BorderDataNote,
        &[
            ("border", &border.to_string()),
            ("unknown", &unknown.to_string()),
        ],
    );
    let options = RULES.iter().map(|&rule| {
        let id = format!("rule-{}", rule_key(rule));
        let set = set.clone();
        let onchange = Callback::from(move |_: Event| set.emit(LeverValue::Rule(rule)));
        html! {
            <div class={classes!("rule", (rule == current).then_some("is-selected"))}>
                <input
                    type="radio"
                    name="allocation-rule"
                    id={id.clone()}
                    data-testid={id.clone()}
                    checked={rule == current}
                    aria-describedby={format!("{id}-about")}
                    {onchange}
                />
                <label for={id.clone()}>
                    <span class="rule-name">{ rule_name(rule, lang) }</span>
                    if rule == default {
                        <span class="default-tag">{ format!(" ({})", lang.t(Msg::Default)) }</span>
                    }
                </label>
                <p class="rule-about" id={format!("{id}-about")}>
                    { rule_about(rule, lang) }
                    if rule == AllocationRule::PoorestBorderFirst {
                        { " " }
                        <span data-testid="rule-border-data">{ border_note.clone() }</span>
                    }
                </p>
            </div>
        }
    });
    let custom_count = ctx.scenario.allocation.custom_weights.len();
    html! {
        <section class="lever-group" aria-labelledby="group-allocation">
            <h3 id="group-allocation">{ lang.t(LeverMsg::GroupAllocation) }</h3>
            <fieldset class={classes!("lever", "rules", changed.then_some("is-changed"))}>
                <legend class="lever-label">
                    { lang.t(LeverMsg::RuleLegend) }
                    { changed_mark(lang, changed) }
                </legend>
                { for options }
                <div class="rules-foot">
                    if current == AllocationRule::CustomWeights {
                        <p class="group-hint">
                            { lang.t(LeverMsg::CustomWeightsNote) }{ " " }
                            { lang.fill(LeverMsg::CustomWeightsCount, &[("n", &custom_count.to_string())]) }
                        </p>
                    }
                    { reset_button(lang, lang.t(LeverMsg::RuleLegend), changed, &ctx.reset(LeverPath::Rule)) }
                </div>
            </fieldset>
        </section>
    }
}
