//! The policy levers panel: province-wide first, then one district's, then one commune's.
//! Every lever of the scenario, each with its unit, default, "changed" marker and reset, plus
//! "reset every lever". Changes go out as `state::levers::Edit`s through `on_edit`; nothing
//! here reads or writes the page state.
//!
//! `ctx` carries what every lever needs (language, dataset, scenario, defaults, `on_edit`);
//! the folder has one file per group: `budget` (scale and the per-source, per-year table, with
//! `seek`, "how much money would reach a target?", under the scale),
//! `allocation` (the rule), `yearly` (training and campaigns), `policy` (support units,
//! leadership, switches), `unit` (a district's or commune's levers), `district`, `commune`
//! (the searchable picker and `CommuneLevers`, also used by the commune detail panel),
//! `district_outcome` (the district's own result under its levers, through `OutcomeCtx`),
//! `unit_settings` (each unit's settings in words, for the chips listing the units that have
//! some).

mod allocation;
mod budget;
mod commune;
mod district;
mod district_outcome;
mod policy;
mod reset_said;
mod seek;
mod training_totals;
mod unit;
mod unit_settings;
mod yearly;

use std::rc::Rc;

use ntm_model::scenario::diff::{diff, lever_count, LeverPath, LeverValue};
use ntm_model::sim::{fixed_overrun, support_overrun};
use ntm_model::{Dataset, Scenario};
use yew::prelude::*;

pub use commune::{CommuneLevers, CommuneLeversProps, CommunePicker};
pub use district_outcome::OutcomeCtx;

use crate::components::same;
use crate::i18n::{Lang, LeverMsg};
use crate::state::levers::{self as lv, Edit};
use crate::state::view::LeverScope;

/// What every lever component needs.
#[derive(Clone)]
pub struct LeverCtx {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub scenario: Rc<Scenario>,
    pub defaults: Rc<Scenario>,
    pub on_edit: Callback<Edit>,
}

impl PartialEq for LeverCtx {
    /// The scenario by content (a new `Rc` each render); the rest by identity.
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same(&self.defaults, &other.defaults)
            && self.on_edit == other.on_edit
            && self.scenario == other.scenario
    }
}

impl LeverCtx {
    /// The number at `path` (0 if it is not a number).
    pub fn number(&self, path: &LeverPath) -> f64 {
        lv::number(&self.scenario, &self.dataset, path).unwrap_or(0.0)
    }

    pub fn value(&self, path: &LeverPath) -> LeverValue {
        lv::value(&self.scenario, &self.dataset, path)
    }

    pub fn default_number(&self, path: &LeverPath) -> f64 {
        lv::number(&self.defaults, &self.dataset, path).unwrap_or(0.0)
    }

    pub fn changed(&self, path: &LeverPath) -> bool {
        lv::changed(&self.scenario, &self.defaults, &self.dataset, path)
    }

    /// Sets `path` to a number given in display units (`display = value × factor`).
    pub fn set_number(&self, path: LeverPath, factor: f64) -> Callback<f64> {
        let on_edit = self.on_edit.clone();
        Callback::from(move |x: f64| {
            on_edit.emit(Edit::Set(path.clone(), LeverValue::Number(x / factor)))
        })
    }

    /// [`LeverCtx::set_number`] for the lever's slider: its moves are one undo step.
    pub fn slide_number(&self, path: LeverPath, factor: f64) -> Option<Callback<(f64, u32)>> {
        let on_edit = self.on_edit.clone();
        Some(Callback::from(move |(x, drag): (f64, u32)| {
            on_edit.emit(Edit::Slide(
                path.clone(),
                LeverValue::Number(x / factor),
                drag,
            ))
        }))
    }

    pub fn set_value(&self, path: LeverPath) -> Callback<LeverValue> {
        let on_edit = self.on_edit.clone();
        Callback::from(move |v: LeverValue| on_edit.emit(Edit::Set(path.clone(), v)))
    }

    pub fn reset(&self, path: LeverPath) -> Callback<()> {
        self.edit(Edit::Reset(path))
    }

    /// A callback that sends `edit`.
    pub fn edit(&self, edit: Edit) -> Callback<()> {
        let on_edit = self.on_edit.clone();
        Callback::from(move |()| on_edit.emit(edit.clone()))
    }

    pub fn t(&self, msg: LeverMsg) -> &'static str {
        self.lang.t(msg)
    }
}

/// A lever path is a policy lever (not an assumption or a simulation setting).
pub fn is_policy_lever(path: &LeverPath) -> bool {
    !matches!(
        path,
        LeverPath::Assumption(_)
            | LeverPath::Uncertainty
            | LeverPath::Seed
            | LeverPath::Runs
            | LeverPath::Until
    )
}

#[derive(Properties, PartialEq)]
pub struct LeversPanelProps {
    pub ctx: LeverCtx,
    pub scope: LeverScope,
    pub district: Option<usize>,
    pub commune: Option<usize>,
    /// The commune detail panel is open (for `commune`): its levers are shown there.
    pub detail_open: bool,
    pub on_set_scope: Callback<LeverScope>,
    pub on_select_district: Callback<Option<usize>>,
    pub on_pick_commune: Callback<Option<usize>>,
    pub on_open_commune: Callback<usize>,
}

#[component]
pub fn LeversPanel(props: &LeversPanelProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let changes = diff(&ctx.defaults, &ctx.scenario, &ctx.dataset);
    let changed = lever_count(
        changes
            .iter()
            .map(|c| &c.path)
            .filter(|p| is_policy_lever(p)),
    );
    let count = if changed == 0 {
        lang.t(LeverMsg::NoneChanged).to_string()
    } else if changed == 1 {
        lang.t(LeverMsg::OneChanged).to_string()
    } else {
        lang.fill(
            LeverMsg::ChangedCount,
            &[("n", &lang.number(changed as f64, 0))],
        )
    };
    let scope_button = |scope: LeverScope, msg: LeverMsg| {
        let on_set_scope = props.on_set_scope.clone();
        let active = props.scope == scope;
        html! {
            <button
                type="button"
                class={classes!("segment", active.then_some("is-active"))}
                aria-pressed={active.to_string()}
                data-testid={format!("scope-{}", match scope {
                    LeverScope::Province => "province",
                    LeverScope::District => "district",
                    LeverScope::Commune => "commune",
                })}
                onclick={Callback::from(move |_: MouseEvent| on_set_scope.emit(scope))}
            >
                { lang.t(msg) }
            </button>
        }
    };
    // Fixed amounts past the money they are taken from are all scaled down by the engine:
    // said here, whichever scope the planner is in (worked out again only when the scenario
    // changes).
    let overrun = {
        let ds = ctx.dataset.clone();
        use_memo(ctx.scenario.clone(), move |sc| fixed_overrun(&ds, sc))
    };
    // So are support units given by districts' or communes' settings beyond the province's.
    let support = {
        let ds = ctx.dataset.clone();
        use_memo(ctx.scenario.clone(), move |sc| support_overrun(&ds, sc))
    };
    // A lever moved by the keyboard stays in sight: a line that appears above it with the
    // change ("Huyện có thiết lập riêng: …") pushed the focused box under the window's foot.
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with(ctx.scenario.clone(), move |_| keep_focus_in_view(&root));
    }
    html! {
        <div class="levers" data-testid="levers-panel" ref={root}>
            if let Some(o) = *overrun {
                { overrun_warning(lang, o, "fixed-overrun") }
            }
            if let Some((forced, units)) = *support {
                { support_warning(lang, forced, units, "support-overrun") }
            }
            <div class="panel-toolbar">
                <p class="changed-count" data-testid="changed-count">{ count }</p>
                <button
                    type="button"
                    class="button-quiet"
                    data-testid="reset-all-levers"
                    // Off but focusable: `disabled` under the keyboard's focus sent it to the
                    // page's start once the reset was done.
                    aria-disabled={(changed == 0).to_string()}
                    onclick={{
                        let cb = ctx.edit(Edit::ResetLevers);
                        let off = changed == 0;
                        Callback::from(move |_: MouseEvent| if !off { cb.emit(()) })
                    }}
                >
                    { "↺ " }{ lang.t(LeverMsg::ResetAll) }
                </button>
            </div>
            <div class="segmented" role="group" aria-label={lang.t(LeverMsg::ScopeLabel)}>
                { scope_button(LeverScope::Province, LeverMsg::ScopeProvince) }
                { scope_button(LeverScope::District, LeverMsg::ScopeDistrict) }
                { scope_button(LeverScope::Commune, LeverMsg::ScopeCommune) }
            </div>
            {
                match props.scope {
                    LeverScope::Province => html! { <ProvinceLevers ctx={ctx.clone()} /> },
                    LeverScope::District => html! {
                        <district::DistrictLevers
                            ctx={ctx.clone()}
                            district={props.district}
                            on_select={props.on_select_district.clone()}
                        />
                    },
                    LeverScope::Commune => html! {
                        <commune::CommuneSection
                            ctx={ctx.clone()}
                            commune={props.commune}
                            detail_open={props.detail_open}
                            on_pick={props.on_pick_commune.clone()}
                            on_open={props.on_open_commune.clone()}
                        />
                    },
                }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProvinceLeversProps {
    pub ctx: LeverCtx,
}

/// Every province-wide lever, by group.
#[component]
pub fn ProvinceLevers(props: &ProvinceLeversProps) -> Html {
    let ctx = &props.ctx;
    html! {
        <div class="lever-groups">
            <budget::BudgetGroup ctx={ctx.clone()} />
            <allocation::AllocationGroup ctx={ctx.clone()} />
            <yearly::TrainingGroup ctx={ctx.clone()} />
            <yearly::CampaignsGroup ctx={ctx.clone()} />
            <policy::SupportGroup ctx={ctx.clone()} />
            <policy::PolicyGroup ctx={ctx.clone()} />
        </div>
    }
}

/// A titled group of levers.
pub fn group(title: &str, id: &str, body: Html) -> Html {
    html! {
        <section class="lever-group" aria-labelledby={id.to_string()}>
            <h3 id={id.to_string()}>{ title }</h3>
            { body }
        </section>
    }
}

/// "Năm 2020: vốn cố định của các huyện, xã (… tỷ đồng/năm) vượt …": at the top of the levers
/// and under a unit's own boxes (`unit.rs`).
/// The warning that districts' or communes' settings give support units to more xã than the
/// province has units (each still gets one): the levers panel's, and under the lever tables.
pub(crate) fn support_warning(lang: Lang, forced: u32, units: u32, testid: &str) -> Html {
    html! {
        <p class="lever-warning" role="status" data-testid={testid.to_string()}>
            { lang.fill(LeverMsg::SupportForcedBeyond, &[
                ("forced", &lang.number(f64::from(forced), 0)),
                ("units", &lang.number(f64::from(units), 0)),
                ("extra", &lang.number(f64::from(forced.saturating_sub(units)), 0)),
            ]) }
        </p>
    }
}

pub(crate) fn overrun_warning(lang: Lang, o: ntm_model::sim::FixedOverrun, testid: &str) -> Html {
    let (first, last) = (o.first.to_string(), o.last.to_string());
    let years = if o.years > 1 && o.last - o.first + 1 == o.years {
        lang.fill(
            LeverMsg::FixedOverrunSpan,
            &[("first", &first), ("last", &last)],
        )
    } else {
        lang.fill(
            LeverMsg::FixedOverrunSome,
            &[
                ("n", &o.years.to_string()),
                ("first", &first),
                ("last", &last),
            ],
        )
    };
    let message = if o.years > 1 {
        LeverMsg::FixedOverrunYears
    } else {
        LeverMsg::FixedOverrun
    };
    html! {
        <p class="lever-warning" role="status" data-testid={testid.to_string()}>
            { lang.fill(message, &[
                ("years", &years),
                ("year", &o.year.to_string()),
                // To a tenth where it has one: "có 93" beside 28,9% did not divide (92,5).
                ("fixed", &lang.number_short(o.fixed, 1)),
                ("pooled", &lang.number_short(o.pooled, 1)),
                // Rounded down: "100 %" would read as paid in full.
                ("share", &lang.number((o.pooled / o.fixed * 1000.0).floor() / 10.0, 1)),
            ]) }
        </p>
    }
}

/// Scrolls the focused control inside `root` just into view when it has left the window.
fn keep_focus_in_view(root: &NodeRef) {
    let (Some(root), Some(focused)) = (
        root.cast::<web_sys::Element>(),
        gloo::utils::document().active_element(),
    ) else {
        return;
    };
    if !root.contains(Some(&focused)) {
        return;
    }
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let r = focused.get_bounding_client_rect();
    if r.top() < 0.0 || r.bottom() > height {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        focused.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
