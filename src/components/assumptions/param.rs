//! One assumption: its name, stable key, value (slider over the plausible range, number box
//! up to the model's hard limits), unit, range, default, whether the Monte Carlo draws it,
//! its basis, and reset.

use ntm_model::params::{ParamKey, Unit};
use ntm_model::scenario::diff::LeverPath;
use ntm_model::scenario::hard_limits;
use yew::prelude::*;

use crate::components::controls::NumberLever;
use crate::components::levers::LeverCtx;
use crate::i18n::{basis_vi, AssumptionMsg, Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct ParamRowProps {
    pub ctx: LeverCtx,
    pub param: ParamKey,
}

/// How a parameter is shown: display factor (a share as %), unit text, slider step, decimals.
pub fn display(key: ParamKey, lang: Lang) -> (f64, String, f64, usize) {
    let s = key.spec();
    let factor = if s.unit == Unit::Share { 100.0 } else { 1.0 };
    let unit = match s.unit {
        Unit::Share => "%".to_string(),
        u => lang.pick(u.label_vi(), u.label_en()).to_string(),
    };
    // Whole people and households: a step of one.
    if matches!(s.unit, Unit::People | Unit::Households) {
        return (factor, unit, 1.0, 0);
    }
    let span = (s.high - s.low) * factor;
    let exp = (span / 20.0).log10().floor();
    let step = 10f64.powf(exp);
    let decimals = (-exp).max(0.0) as usize;
    (factor, unit, step, decimals)
}

#[component]
pub fn ParamRow(props: &ParamRowProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let key = props.param;
    let s = key.spec();
    let (factor, unit, step, decimals) = display(key, lang);
    let path = LeverPath::Assumption(key);
    let value = ctx.scenario.assumptions.value(key);
    let (lo, hi) = hard_limits(key);
    let name = lang.pick(s.name_vi, s.name_en);
    let gap = if unit == "%" { "" } else { " " };
    let fmt = |x: f64| format!("{}{gap}{unit}", lang.number_short(x * factor, decimals));
    let range = lang.fill(
        AssumptionMsg::Range,
        &[
            ("low", &lang.number_short(s.low * factor, decimals)),
            ("high", &fmt(s.high)),
        ],
    );
    let sampled = lang.t(if s.sampled && ctx.scenario.assumptions.uncertainty {
        AssumptionMsg::Sampled
    } else {
        AssumptionMsg::NotSampled
    });
    let basis = match lang {
        Lang::Vi => basis_vi(key),
        Lang::En => s.basis,
    };
    let id = format!("param-{}", key.key());
    html! {
        <div class="param" data-testid={id.clone()}>
            <NumberLever
                {lang}
                id={id.clone()}
                label={name}
                unit={unit.clone()}
                value={value * factor}
                default={Some(s.default * factor)}
                min={s.low * factor}
                max={s.high * factor}
                entry_min={lo * factor}
                entry_max={hi * factor}
                {step}
                {decimals}
                changed={ctx.changed(&path)}
                hint={format!("{range} · {sampled}")}
                // One warning, in the range's own name (it said "outside the plausible
                // range · beyond the usual range 0.7–1.5 ×", two names for one range).
                beyond_note={Some(AttrValue::from(lang.fill(
                    AssumptionMsg::OutsideRangeNote,
                    &[("range", &format!("{}–{}", lang.number_short(s.low * factor, decimals), fmt(s.high)))],
                )))}
                tip={format!("{name} ({unit}). {}", lang.t(Msg::FromAssumption))}
                on_set={ctx.set_number(path.clone(), factor)}
                on_slide={ctx.slide_number(path.clone(), factor)}
                on_reset={ctx.reset(path)}
            />
            <p class="param-basis">
                <span class="basis-label">{ lang.t(AssumptionMsg::Basis) }{ ": " }</span>
                { super::brief::basis(basis, lang) }
                { " " }
                <span class="param-key-label" title={lang.t(AssumptionMsg::KeyTip)}>
                    { "(" }{ lang.t(AssumptionMsg::KeyLabel) }{ ": " }
                    <code class="param-key" translate="no">{ key.key() }</code>{ ")" }
                </span>
            </p>
        </div>
    }
}
