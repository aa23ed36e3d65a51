//! "How much money would reach a target?" beside the budget scale: picks a target, runs the
//! model's goal seek (`ntm_model::seek::BudgetSeek`) in slices after each paint (a probe is a
//! whole simulation, a few hundred milliseconds in the page), says the answer and offers to set
//! the budget scale it found. Setting it gives exactly the share of runs the seek reported:
//! the same scenario, runs and seed.
//!
//! A seek belongs to the scenario it started from: a lever moved while it runs stops it (and
//! says so), and an answer for an earlier scenario says so. The last answer outlives the panel
//! (it unmounts while the Assumptions tab shows), in page memory. The progress line is not a
//! live region (it would be read out at every slice); the answer is.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use ntm_model::scenario::diff::{LeverPath, LeverValue};
use ntm_model::seek::{self as model, SeekLever, SeekOutcome, SeekState, MAX_PCT};
use ntm_model::{Dataset, Scenario};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::LeverCtx;
use crate::components::controls::Disclosure;
use crate::components::refocus_after_render;
use crate::figures::LIKELY_FROM;
use crate::i18n::seek::{extra_by_source, for_lever, outcome_text, scale_text};
use crate::i18n::{Lang, LeverMsg, SeekMsg};
use crate::state::levers::{Edit, BUDGET_SCALE};

/// Time a slice may run before the page paints again, in milliseconds.
const SLICE_MS: f64 = 12.0;
/// Runs per call between two looks at the clock.
const RUNS_PER_STEP: u32 = 20;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Running(SeekState),
    /// The scenario changed while a seek ran.
    Stopped,
    Done {
        outcome: SeekOutcome,
        /// The lever, the target and the scenario the answer is for.
        lever: SeekLever,
        target: String,
        scenario: Rc<Scenario>,
    },
}

/// What the panel remembers while it is away (page memory only): the target and lever chosen
/// and the last answer.
struct Memory {
    target: Option<String>,
    lever: SeekLever,
    status: Option<Status>,
}

thread_local! {
    static LAST: RefCell<Memory> = const {
        RefCell::new(Memory { target: None, lever: SeekLever::Budget, status: None })
    };
}

/// The largest position the page tries: the budget lever's own maximum, and for training the
/// model's (counts are checked against their limits there).
fn max_pct(lever: SeekLever) -> f64 {
    match lever {
        SeekLever::Budget => BUDGET_SCALE.max,
        SeekLever::Training => MAX_PCT,
    }
}

/// A seek in progress and the slice that will go on with it (dropping it stops the seek).
struct Running {
    seek: model::GoalSeek,
    scenario: Rc<Scenario>,
    next: Option<Timeout>,
}

type Engine = Rc<RefCell<Option<Running>>>;

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// Goes on with the seek for one slice, then schedules the next or says the answer.
fn tick(engine: Engine, dataset: Rc<Dataset>, status: UseStateSetter<Status>) {
    let start = now();
    let state = {
        let mut slot = engine.borrow_mut();
        let Some(run) = slot.as_mut() else { return };
        loop {
            let state = run.seek.advance(&dataset, RUNS_PER_STEP);
            if matches!(state, SeekState::Done(_)) || now() - start > SLICE_MS {
                break state;
            }
        }
    };
    match state {
        SeekState::Done(outcome) => {
            let run = engine.borrow_mut().take();
            if let Some(run) = run {
                let done = Status::Done {
                    outcome,
                    lever: run.seek.lever(),
                    target: run.seek.target().to_string(),
                    scenario: run.scenario,
                };
                LAST.with(|l| l.borrow_mut().status = Some(done.clone()));
                status.set(done);
            }
        }
        running => {
            status.set(Status::Running(running));
            schedule(engine, dataset, status);
        }
    }
}

fn schedule(engine: Engine, dataset: Rc<Dataset>, status: UseStateSetter<Status>) {
    let next = {
        let engine = engine.clone();
        // A 0 ms timeout lets the browser paint and answer input between slices.
        Timeout::new(0, move || tick(engine, dataset, status))
    };
    if let Some(run) = engine.borrow_mut().as_mut() {
        run.next = Some(next);
    }
}

#[derive(Properties, PartialEq)]
pub struct GoalSeekProps {
    pub ctx: LeverCtx,
}

#[component]
pub fn GoalSeek(props: &GoalSeekProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let ds = &ctx.dataset;
    let years = ctx.scenario.years(ds);
    let (first, last) = (
        years.first().copied().unwrap_or(0),
        years.last().copied().unwrap_or(0),
    );
    // Not a target the data cannot assess (30 % of every xóm, with only the scope's xóm).
    let targets: Vec<_> = ds
        .province
        .targets
        .iter()
        .filter(|t| ds.province.assesses(t))
        .collect();
    // The province's 2025 commune target first: the one leaders ask about.
    let chosen = use_state(|| {
        LAST.with(|l| l.borrow().target.clone())
            .or_else(|| {
                targets
                    .iter()
                    .find(|t| t.id == "communes_2025")
                    .or(targets.last())
                    .map(|t| t.id.clone())
            })
            .unwrap_or_default()
    });
    let lever = use_state(|| LAST.with(|l| l.borrow().lever));
    let status = use_state(|| {
        LAST.with(|l| l.borrow().status.clone())
            .unwrap_or(Status::Idle)
    });
    let engine: Engine = use_mut_ref(|| None);

    // A lever moved while a seek runs: the seek is for a scenario that is gone; stop it.
    {
        let engine = engine.clone();
        let status = status.setter();
        use_effect_with(ctx.scenario.clone(), move |scenario| {
            let stale = engine
                .borrow()
                .as_ref()
                .is_some_and(|r| r.scenario != *scenario);
            if stale {
                engine.borrow_mut().take();
                status.set(Status::Stopped);
            }
        });
    }
    // Leaving the panel stops the seek too.
    {
        let engine = engine.clone();
        use_effect_with((), move |_| move || drop(engine.borrow_mut().take()));
    }

    // Another target: the answer on screen was for the last one, so it goes.
    let on_target = {
        let chosen = chosen.clone();
        let status = status.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            LAST.with(|l| {
                let mut l = l.borrow_mut();
                l.target = Some(id.clone());
                l.status = None;
            });
            chosen.set(id);
            status.set(Status::Idle);
        })
    };
    // Another lever: likewise.
    let on_lever = {
        let lever = lever.clone();
        let status = status.clone();
        Callback::from(move |e: Event| {
            let chosen = match e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .as_str()
            {
                "training" => SeekLever::Training,
                _ => SeekLever::Budget,
            };
            LAST.with(|l| {
                let mut l = l.borrow_mut();
                l.lever = chosen;
                l.status = None;
            });
            lever.set(chosen);
            status.set(Status::Idle);
        })
    };
    let on_run = {
        let engine = engine.clone();
        let status = status.clone();
        let dataset = ctx.dataset.clone();
        let scenario = ctx.scenario.clone();
        let chosen = chosen.clone();
        let lever = *lever;
        Callback::from(move |_: MouseEvent| {
            let seek = model::GoalSeek::new(
                &dataset,
                &scenario,
                lever,
                &chosen,
                LIKELY_FROM,
                max_pct(lever),
            );
            let state = seek.state();
            *engine.borrow_mut() = Some(Running {
                seek,
                scenario: scenario.clone(),
                next: None,
            });
            status.set(Status::Running(state));
            schedule(engine.clone(), dataset.clone(), status.setter());
        })
    };
    let on_cancel = {
        let engine = engine.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            engine.borrow_mut().take();
            status.set(Status::Idle);
        })
    };

    let running = matches!(*status, Status::Running(_));
    let progress = match &*status {
        Status::Running(SeekState::Running {
            scale_pct,
            runs_done,
            runs_wanted,
            probes_done,
        }) => lang.fill(
            for_lever(*lever, SeekMsg::Running),
            &[
                ("scale", &scale_text(*scale_pct, lang)),
                ("probe", &(probes_done + 1).to_string()),
                ("runs", &lang.number(f64::from(*runs_done), 0)),
                ("wanted", &lang.number(f64::from(*runs_wanted), 0)),
            ],
        ),
        _ => String::new(),
    };
    let (answer, follow_up) = match &*status {
        // Nothing the lever can move: say so instead of an answer that reads like a search.
        _ if lever.is_stuck(&ctx.scenario) => (
            String::new(),
            html! { <p class="seek-note" data-testid="seek-stuck">{ lang.t(SeekMsg::TrainingEmpty) }</p> },
        ),
        Status::Stopped => (
            String::new(),
            html! { <p class="seek-note" data-testid="seek-stopped">{ lang.t(SeekMsg::Stopped) }</p> },
        ),
        // An answer is only ever shown beside the lever and target it is for.
        Status::Done {
            outcome,
            lever: done_lever,
            scenario,
            target,
        } if *target == *chosen && *done_lever == *lever => {
            let lever = *done_lever;
            let start = crate::sharing::summary::money_period(&ctx.dataset, &[first], lang);
            let text = outcome_text(
                outcome,
                lever,
                LIKELY_FROM,
                &start,
                scenario.budget.scale_pct,
                lang,
            );
            let applied = *scenario != ctx.scenario
                && outcome
                    .answer()
                    .is_some_and(|p| lever.apply(scenario, p.scale_pct) == *ctx.scenario);
            // Set: the answer was for the scenario before, and says so; the training's level
            // it multiplies is the one before too ("mức đang đặt" is the new one by then).
            let text = if applied {
                let text = text.replace(lang.t(SeekMsg::LevelNow), lang.t(SeekMsg::LevelBefore));
                format!("{}{text}", lang.t(SeekMsg::BeforeApplied))
            } else {
                text
            };
            let follow_up = if *scenario != ctx.scenario {
                let (msg, testid) = match outcome.answer() {
                    Some(set) if applied => (
                        lang.fill(
                            for_lever(lever, SeekMsg::Applied),
                            &[("scale", &scale_text(set.scale_pct, lang))],
                        ),
                        "seek-applied",
                    ),
                    _ => (lang.t(SeekMsg::Stale).to_string(), "seek-stale"),
                };
                // Focusable from code only: "Set" hands the focus here as it goes away.
                html! { <p class="seek-note" data-testid={testid} tabindex="-1">{ msg }</p> }
            } else if let Some(likely) = outcome.answer() {
                let pct = likely.scale_pct;
                let on_apply = {
                    let on_edit = ctx.on_edit.clone();
                    Callback::from(move |_: MouseEvent| {
                        on_edit.emit(match lever {
                            SeekLever::Budget => {
                                Edit::Set(LeverPath::BudgetScale, LeverValue::Number(pct))
                            }
                            SeekLever::Training => Edit::ScaleTraining(pct / 100.0),
                        });
                        refocus_after_render(vec!["seek-applied".into()]);
                    })
                };
                html! {
                    <button type="button" class="button" data-testid="seek-apply" onclick={on_apply}>
                        { lang.fill(for_lever(lever, SeekMsg::Apply), &[("scale", &scale_text(pct, lang))]) }
                    </button>
                }
            } else {
                Html::default()
            };
            // Which budget lines the money is, and how firm the level is.
            let breakdown = match outcome {
                SeekOutcome::Needs {
                    likely,
                    below,
                    until,
                    ..
                } => money_breakdown(
                    lang,
                    if lever == SeekLever::Budget {
                        extra_by_source(scenario, ds, likely.scale_pct, *until)
                    } else {
                        Vec::new()
                    },
                    ('+', SeekMsg::BySource),
                    Some(likely.money_billion - below.money_billion),
                ),
                SeekOutcome::LikelyWithLess {
                    own,
                    lowest,
                    below,
                    until,
                    ..
                } => {
                    // The saving by source: what the lines give up from the least to today's.
                    let at_lowest = lever.apply(scenario, lowest.scale_pct);
                    money_breakdown(
                        lang,
                        if lever == SeekLever::Budget {
                            extra_by_source(&at_lowest, ds, own.scale_pct, *until)
                        } else {
                            Vec::new()
                        },
                        ('−', SeekMsg::BySourceLess),
                        below.map(|b| lowest.money_billion - b.money_billion),
                    )
                }
                _ => Html::default(),
            };
            (text, html! { <>{ breakdown }{ follow_up }</> })
        }
        _ => (String::new(), Html::default()),
    };
    let run_label = if matches!(*status, Status::Done { .. }) {
        SeekMsg::RunAgain
    } else {
        SeekMsg::Run
    };

    html! {
        <Disclosure class="seek" testid="seek" summary={lang.t(SeekMsg::Title)}>
            <p class="group-hint">{ lang.t(SeekMsg::Intro) }</p>
            <div class="seek-row">
                <label for="seek-lever">{ lang.t(SeekMsg::LeverLabel) }</label>
                <select id="seek-lever" data-testid="seek-lever" onchange={on_lever} disabled={running}>
                    <option value="budget" selected={*lever == SeekLever::Budget}>{ lang.t(SeekMsg::LeverBudget) }</option>
                    <option value="training" selected={*lever == SeekLever::Training}>{ lang.t(SeekMsg::LeverTraining) }</option>
                </select>
            </div>
            <div class="seek-row">
                <label for="seek-target">{ lang.t(SeekMsg::TargetLabel) }</label>
                <select id="seek-target" data-testid="seek-target" onchange={on_target}
                    disabled={running}>
                    { for targets.iter().map(|t| {
                        let name = lang.pick(&t.name_vi, &t.name_en);
                        let label = if t.year > last {
                            format!("{name} ({})", lang.t(SeekMsg::PastHorizon))
                        } else {
                            name.to_string()
                        };
                        html! { <option value={t.id.clone()} selected={t.id == *chosen}>{ label }</option> }
                    }) }
                </select>
                // One button that turns into "Stop" and back, so the focus stays on it.
                <button type="button" class={if running { "button-quiet" } else { "button" }}
                    data-testid={if running { "seek-cancel" } else { "seek-run" }}
                    onclick={if running { on_cancel } else { on_run }}>
                    { lang.t(if running { SeekMsg::Cancel } else { run_label }) }
                </button>
            </div>
            <p class="seek-progress" data-testid="seek-progress">{ progress }</p>
            <p class="seek-answer" aria-live="polite" data-testid="seek-answer">{ answer }</p>
            { follow_up }
            <p class="group-hint">{ lang.fill(SeekMsg::Basis, &[("max", &scale_text(lever.max_for(&ctx.scenario, max_pct(*lever)), lang))]) }</p>
        </Disclosure>
    }
}

/// A budget answer's money line by line (`sign` and heading: "+" more, "−" saved), and what one
/// grid step near the answer is worth, when there is a step below it.
fn money_breakdown(
    lang: Lang,
    by_source: Vec<(ntm_model::scenario::Source, f64)>,
    (sign, heading): (char, SeekMsg),
    step: Option<f64>,
) -> Html {
    html! {
        <>
            if !by_source.is_empty() {
                <p class="seek-note">{ lang.t(heading) }</p>
                <ul class="seek-sources" data-testid="seek-by-source">
                    { for by_source.iter().map(|(src, amount)| {
                        let spec = src.spec();
                        html! {
                            <li>
                                { lang.pick(spec.name_vi, spec.name_en) }{ format!(": {sign}") }
                                { lang.number(*amount, 0) }{ " " }
                                { lang.t(LeverMsg::UnitBillion) }
                            </li>
                        }
                    }) }
                </ul>
            }
            if let Some(step) = step {
                <p class="seek-note" data-testid="seek-precision">
                    { lang.fill(SeekMsg::Precision, &[("step", &lang.number(step.abs(), 0))]) }
                </p>
            }
        </>
    }
}
