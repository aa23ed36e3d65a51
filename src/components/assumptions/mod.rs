//! The assumptions panel, kept apart from the policy levers (as En-ROADS does): how the
//! simulation runs (uncertainty, runs, seed, horizon), every model assumption with its name,
//! unit, value, plausible range, default and basis, and the money sources' table (read-only).
//! Changes go out as `Edit`s through the same `LeverCtx` as the levers.

mod brief;
mod param;
mod sources;

use ntm_model::params::ParamKey;
use ntm_model::scenario::diff::{diff, LeverPath, LeverValue};
use ntm_model::scenario::MAX_YEAR;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::controls::{ChoiceLever, FlagLever, NumberLever};
use crate::components::levers::{is_policy_lever, LeverCtx};
use crate::i18n::{AssumptionMsg, Msg};
use crate::names::contains_query;
use crate::state::levers::{self as lv, Edit};

#[derive(Properties, PartialEq)]
pub struct AssumptionsPanelProps {
    pub ctx: LeverCtx,
}

#[component]
pub fn AssumptionsPanel(props: &AssumptionsPanelProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let filter = use_state(String::new);
    let changed = diff(&ctx.defaults, &ctx.scenario, &ctx.dataset)
        .iter()
        .filter(|c| !is_policy_lever(&c.path))
        .count();
    let count = if changed == 0 {
        lang.t(AssumptionMsg::NoneChanged).to_string()
    } else if changed == 1 {
        lang.t(AssumptionMsg::OneChanged).to_string()
    } else {
        lang.fill(AssumptionMsg::ChangedCount, &[("n", &changed.to_string())])
    };
    let params: Vec<ParamKey> = ParamKey::ALL
        .iter()
        .copied()
        .filter(|k| {
            let s = k.spec();
            // The key too ("effect_support"), as written: "hộ" is not in "livelihood".
            contains_query(lang.pick(s.name_vi, s.name_en), &filter)
                || contains_query(k.key(), &filter)
        })
        .collect();
    let none_found = params.is_empty().then(|| {
        let typed: String = filter.trim().chars().take(30).collect();
        lang.fill(AssumptionMsg::FilterNoMatch, &[("typed", &typed)])
    });
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value());
        })
    };
    html! {
        <div class="assumptions" data-testid="assumptions-panel">
            <p class="group-hint">{ lang.t(AssumptionMsg::Intro) }</p>
            <brief::DomainBrief lang={lang} />
            <div class="panel-toolbar">
                <p class="changed-count">{ count }</p>
                <button
                    type="button"
                    class="button-quiet"
                    data-testid="reset-all-assumptions"
                    // Off but focusable: `disabled` under the keyboard's focus sent it to the
                    // page's start once the reset was done.
                    aria-disabled={(changed == 0).to_string()}
                    onclick={{
                        let cb = ctx.edit(Edit::ResetAssumptions);
                        let off = changed == 0;
                        Callback::from(move |_: MouseEvent| if !off { cb.emit(()) })
                    }}
                >
                    { "↺ " }{ lang.t(AssumptionMsg::ResetAll) }
                </button>
            </div>
            <SimulationSettings ctx={ctx.clone()} />
            <section class="lever-group" aria-labelledby="group-parameters">
                <h3 id="group-parameters">{ lang.t(AssumptionMsg::GroupParameters) }</h3>
                <label class="lever-label" for="assumption-filter">{ lang.t(AssumptionMsg::Filter) }</label>
                <input
                    type="search"
                    id="assumption-filter"
                    autocomplete="off"
                    placeholder={lang.t(AssumptionMsg::FilterPlaceholder)}
                    value={(*filter).clone()}
                    oninput={on_filter}
                />
                // The keyed rows in a parent of their own: beside the unkeyed filter box, a
                // change of the list made yew rebuild the box, and focus left it after one
                // typed letter.
                <div class="param-rows">
                    { for params.iter().map(|&k| html! { <param::ParamRow ctx={ctx.clone()} key={k.key()} param={k} /> }) }
                </div>
                // An empty list says why, rather than leave a bare heading.
                <p class="group-hint" role="status" data-testid="assumption-filter-empty">
                    { none_found.unwrap_or_default() }
                </p>
            </section>
            <sources::SourcesList {lang} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SettingsProps {
    ctx: LeverCtx,
}

/// Uncertainty, runs, seed and the last simulated year.
#[component]
fn SimulationSettings(props: &SettingsProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let sc = &ctx.scenario;
    let d = &ctx.defaults;
    let set_uncertainty = ctx.set_value(LeverPath::Uncertainty);
    let set_until = ctx.set_value(LeverPath::Until);
    let base = ctx.dataset.province.base_year;
    let years: Vec<(AttrValue, AttrValue)> = (base..=MAX_YEAR)
        .map(|y| {
            (
                AttrValue::from(y.to_string()),
                AttrValue::from(y.to_string()),
            )
        })
        .collect();
    let seed_changed = sc.seed != d.seed;
    // What was typed and refused is said (it was put back without a word). Kept as what was
    // typed, and written in the language on screen at each render: a sentence put on the DOM
    // stayed Vietnamese after a switch to English. Any change to the scenario (another seed,
    // a reset) makes it stale, so it goes.
    let refused = use_state(|| None::<(String, u64)>);
    {
        let refused = refused.clone();
        use_effect_with(sc.clone(), move |_| refused.set(None));
    }
    let on_seed = {
        let on_edit = ctx.on_edit.clone();
        let current = sc.seed;
        let refused = refused.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let typed = input.value();
            match typed.trim().parse::<u64>() {
                Ok(seed) => {
                    refused.set(None);
                    on_edit.emit(Edit::Seed(seed));
                }
                Err(_) if typed.trim().is_empty() => {
                    input.set_value(&current.to_string());
                    refused.set(None);
                }
                Err(_) => {
                    input.set_value(&current.to_string());
                    refused.set(Some((typed.trim().chars().take(24).collect(), current)));
                }
            }
        })
    };
    let seed_note = refused.as_ref().map(|(typed, kept)| {
        lang.fill(
            AssumptionMsg::SeedRefused,
            &[("typed", typed), ("value", &kept.to_string())],
        )
    });
    html! {
        <section class="lever-group" aria-labelledby="group-simulation">
            <h3 id="group-simulation">{ lang.t(AssumptionMsg::GroupSimulation) }</h3>
            <FlagLever
                {lang}
                id="setting-uncertainty"
                testid="setting-uncertainty"
                label={lang.t(AssumptionMsg::Uncertainty)}
                value={sc.assumptions.uncertainty}
                default={d.assumptions.uncertainty}
                hint={lang.t(AssumptionMsg::UncertaintyHint)}
                on_set={Callback::from(move |b: bool| set_uncertainty.emit(LeverValue::Flag(b)))}
                on_reset={ctx.reset(LeverPath::Uncertainty)}
            />
            <NumberLever
                {lang}
                id="setting-runs"
                testid="setting-runs"
                label={lang.t(AssumptionMsg::Runs)}
                unit={lang.t(AssumptionMsg::UnitRuns)}
                value={f64::from(sc.runs)}
                default={Some(f64::from(d.runs))}
                min={50.0}
                max={5000.0}
                entry_min={lv::RUNS.min}
                entry_max={lv::RUNS.max}
                step={50.0}
                decimals={0}
                changed={sc.runs != d.runs}
                hint={lang.t(AssumptionMsg::RunsHint)}
                on_set={ctx.set_number(LeverPath::Runs, 1.0)}
                on_slide={ctx.slide_number(LeverPath::Runs, 1.0)}
                on_reset={ctx.reset(LeverPath::Runs)}
            />
            <div class={classes!("lever", seed_changed.then_some("is-changed"))}>
                <div class="lever-head">
                    <label class="lever-label" for="setting-seed">{ lang.t(AssumptionMsg::Seed) }</label>
                    { crate::components::controls::changed_mark(lang, seed_changed) }
                    { crate::components::controls::reset_button(lang, lang.t(AssumptionMsg::Seed), seed_changed, &ctx.reset(LeverPath::Seed)) }
                </div>
                <input
                    type="text"
                    inputmode="numeric"
                    id="setting-seed"
                    class="number-field seed-field"
                    data-testid="setting-seed"
                    aria-describedby="setting-seed-hint"
                    value={sc.seed.to_string()}
                    onchange={on_seed}
                />
                <p class="lever-note seed-note" role="status" data-testid="setting-seed-note">{ seed_note.unwrap_or_default() }</p>
                <p class="lever-hint" id="setting-seed-hint">
                    { lang.t(AssumptionMsg::SeedHint) }{ " · " }
                    { lang.fill(Msg::DefaultIs, &[("value", &d.seed.to_string())]) }
                </p>
            </div>
            <ChoiceLever
                {lang}
                id="setting-until"
                testid="setting-until"
                label={lang.t(AssumptionMsg::Until)}
                options={years}
                selected={sc.until.to_string()}
                default={Some(AttrValue::from(d.until.to_string()))}
                changed={sc.until != d.until}
                hint={lang.t(AssumptionMsg::UntilHint)}
                on_select={Callback::from(move |v: String| {
                    if let Ok(y) = v.parse::<f64>() {
                        set_until.emit(LeverValue::Number(y));
                    }
                })}
                on_reset={ctx.reset(LeverPath::Until)}
            />
        </section>
    }
}
