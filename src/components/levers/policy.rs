//! Support units, leadership, and the policy switches (stricter set year, graduation cliff,
//! backsliding).

use ntm_model::scenario::diff::{LeverPath, LeverValue};
use ntm_model::scenario::MAX_YEAR;
use yew::prelude::*;

use super::{group, LeverCtx};
use crate::components::controls::{ChoiceLever, FlagLever, NumberLever};
use crate::i18n::{LeverMsg, Msg};
use crate::state::levers::{self as lv, NEVER};

#[derive(Properties, PartialEq)]
pub struct GroupProps {
    pub ctx: LeverCtx,
}

#[component]
pub fn SupportGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let candidates = ctx
        .dataset
        .communes
        .iter()
        .filter(|c| c.is_candidate())
        .count() as f64;
    let units = LeverPath::SupportUnits;
    let lead = LeverPath::Leadership;
    let tip = |label: &str, unit: &str| {
        AttrValue::from(format!("{label} ({unit}). {}", lang.t(Msg::FromLever)))
    };
    group(
        lang.t(LeverMsg::GroupSupport),
        "group-support",
        html! {
            <>
                <NumberLever
                    {lang}
                    id="lever-support-units"
                    testid="lever-support-units"
                    label={lang.t(LeverMsg::SupportUnits)}
                    unit={lang.t(LeverMsg::UnitUnits)}
                    value={ctx.number(&units)}
                    default={Some(ctx.default_number(&units))}
                    min={0.0}
                    max={candidates}
                    entry_max={lv::SUPPORT_UNITS.max}
                    step={1.0}
                    decimals={0}
                    changed={ctx.changed(&units)}
                    hint={lang.t(LeverMsg::SupportUnitsHint)}
                    // One unit a commune at most (`sim::prepare::assign_support_units`).
                    beyond_note={AttrValue::from(lang.fill(LeverMsg::SupportUnitsSurplus, &[
                        ("communes", &lang.number(candidates, 0)),
                        ("surplus", &lang.number((ctx.number(&units) - candidates).max(0.0), 0)),
                    ]))}
                    tip={tip(lang.t(LeverMsg::SupportUnits), lang.t(LeverMsg::UnitUnits))}
                    on_set={ctx.set_number(units.clone(), 1.0)}
                    on_slide={ctx.slide_number(units.clone(), 1.0)}
                    on_reset={ctx.reset(units)}
                />
                <NumberLever
                    {lang}
                    id="lever-leadership"
                    testid="lever-leadership"
                    label={lang.t(LeverMsg::Leadership)}
                    unit="%"
                    value={ctx.number(&lead) * 100.0}
                    default={Some(ctx.default_number(&lead) * 100.0)}
                    min={0.0}
                    max={100.0}
                    entry_max={100.0}
                    step={5.0}
                    decimals={0}
                    changed={ctx.changed(&lead)}
                    hint={lang.t(LeverMsg::LeadershipHint)}
                    tip={tip(lang.t(LeverMsg::Leadership), "%")}
                    on_set={ctx.set_number(lead.clone(), 100.0)}
                    on_slide={ctx.slide_number(lead.clone(), 100.0)}
                    on_reset={ctx.reset(lead)}
                />
            </>
        },
    )
}

#[component]
pub fn PolicyGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let year = LeverPath::StricterSetYear;
    let base = ctx.dataset.province.base_year;
    // From the base year itself: a link or file may set the stricter set from the start,
    // which the model runs, so the list must be able to show it.
    let mut options: Vec<(AttrValue, AttrValue)> = (base..=MAX_YEAR)
        .map(|y| {
            (
                AttrValue::from(y.to_string()),
                AttrValue::from(y.to_string()),
            )
        })
        .collect();
    options.push((NEVER.to_string().into(), lang.t(LeverMsg::Never).into()));
    let current = ctx.scenario.policy.stricter_set_year.min(NEVER);
    let set_year = ctx.set_value(year.clone());
    let flag =
        |path: LeverPath, id: &str, label: LeverMsg, hint: LeverMsg, value: bool, default: bool| {
            let set = ctx.set_value(path.clone());
            html! {
                <FlagLever
                    {lang}
                    id={id.to_string()}
                    testid={id.to_string()}
                    label={lang.t(label)}
                    {value}
                    {default}
                    hint={lang.t(hint)}
                    on_set={Callback::from(move |b: bool| set.emit(LeverValue::Flag(b)))}
                    on_reset={ctx.reset(path)}
                />
            }
        };
    group(
        lang.t(LeverMsg::GroupPolicy),
        "group-policy",
        html! {
            <>
                <ChoiceLever
                    {lang}
                    id="lever-stricter-year"
                    testid="lever-stricter-year"
                    label={lang.t(LeverMsg::StricterYear)}
                    {options}
                    selected={current.to_string()}
                    default={Some(AttrValue::from(ctx.defaults.policy.stricter_set_year.min(NEVER).to_string()))}
                    changed={ctx.changed(&year)}
                    hint={lang.t(LeverMsg::StricterYearHint)}
                    on_select={Callback::from(move |v: String| {
                        if let Ok(y) = v.parse::<f64>() {
                            set_year.emit(LeverValue::Number(y));
                        }
                    })}
                    on_reset={ctx.reset(year)}
                />
                { flag(
                    LeverPath::GraduationCliff,
                    "lever-cliff",
                    LeverMsg::Cliff,
                    LeverMsg::CliffHint,
                    ctx.scenario.policy.graduation_cliff,
                    ctx.defaults.policy.graduation_cliff,
                ) }
                { flag(
                    LeverPath::Backsliding,
                    "lever-backsliding",
                    LeverMsg::Backsliding,
                    LeverMsg::BackslidingHint,
                    ctx.scenario.policy.backsliding,
                    ctx.defaults.policy.backsliding,
                ) }
            </>
        },
    )
}
