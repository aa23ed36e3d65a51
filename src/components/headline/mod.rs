//! The headline: villages and communes reaching the standard by the end of 2020 and 2025, and
//! communes still far from it, each with its P10–P90 range and the official targets under it
//! (met or missed, by how much, in what share of runs). Which figures and which targets is
//! decided in `crate::figures`; this only lays them out, with the progress of the refinement.

mod figure;
mod strip;

use std::rc::Rc;

use ntm_model::{Dataset, Results};
use yew::prelude::*;

pub use figure::{HeadlineFigure, HeadlineFigureProps};
pub use strip::{keep_focus_clear_of_strip, HeadlineStrip};

use crate::compare_logic::headline::figure;
use crate::compare_logic::money::paired;
use crate::components::{same, same_opt};
use crate::figures::{other_targets, target_year, tiles, value_text};
use crate::i18n::{HeadlineMsg, Lang};
use crate::simulation::Outcome;
use crate::state::stage::ScenarioName;
use crate::state::Unlike;
use ntm_model::Metric;

#[derive(Properties)]
pub struct HeadlineProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// `None` until the first batch is in: the figures show a dash.
    pub outcome: Option<Rc<Outcome>>,
    /// The figures are from an older scenario; the new one's first batch is on its way.
    #[prop_or_default]
    pub stale: bool,
    /// Runs done and wanted for the current scenario.
    pub progress: (u32, u32),
    /// The default scenario's results, when the scenario on screen is another one: each card
    /// says how far the levers moved its median.
    #[prop_or_default]
    pub baseline: Option<Rc<Results>>,
    /// The scenario on screen, when it has a name (saved, brought by a link, or a preset):
    /// said beside the heading, so a colleague who opened a link knows what they look at.
    #[prop_or_default]
    pub name: Option<ScenarioName>,
    /// Without a name: what the scenario changes against the defaults ("chưa lưu, khác mặc
    /// định ở: …"), so the heading still says which plan the figures are for.
    #[prop_or_default]
    pub unsaved: Option<AttrValue>,
    /// The results before the latest change of the scenario, when that was not the default:
    /// each card says what the change alone did (the default is already said).
    #[prop_or_default]
    pub before: Option<Rc<Results>>,
    /// Why the cards are not measured against the default though the scenario is another one
    /// (said, not left to a silence a planner would read as "no difference").
    #[prop_or_default]
    pub unlike_default: Option<Unlike>,
}

impl PartialEq for HeadlineProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same_opt(&self.outcome, &other.outcome)
            && self.stale == other.stale
            && self.progress == other.progress
            && same_opt(&self.baseline, &other.baseline)
            && self.name == other.name
            && self.unsaved == other.unsaved
            && self.unlike_default == other.unlike_default
            && same_opt(&self.before, &other.before)
    }
}

#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let lang = props.lang;
    let outcome = props.outcome.as_deref();
    let (done, total) = props.progress;
    let final_ = !props.stale && total > 0 && done >= total;
    let status = if props.stale || outcome.is_none() {
        if outcome.is_none() {
            lang.t(HeadlineMsg::Starting).to_string()
        } else {
            lang.t(HeadlineMsg::Updating).to_string()
        }
    } else if final_ {
        lang.fill(
            HeadlineMsg::Done,
            &[("total", &lang.number(f64::from(total), 0))],
        )
    } else {
        lang.fill(
            HeadlineMsg::Refining,
            &[
                ("done", &lang.number(f64::from(done), 0)),
                ("total", &lang.number(f64::from(total), 0)),
            ],
        )
    };
    let said = if final_ {
        announcement(lang, outcome, target_year(&props.dataset), &status)
    } else {
        String::new()
    };
    // Shown figures of the older scenario against those before it would say nothing.
    let before = props.before.as_deref().filter(|_| !props.stale);
    let shown = tiles(&props.dataset);
    let tiles = shown.iter().map(|tile| {
        html! {
            <HeadlineFigure
                {lang}
                dataset={props.dataset.clone()}
                tile={*tile}
                outcome={props.outcome.clone()}
                default_median={props.baseline.as_deref().and_then(|b| figure(b, tile.metric, tile.year)).map(|f| f.p50)}
                default_runs={props.baseline.as_deref().zip(outcome).and_then(|(b, o)| paired(b, &o.results, tile.metric, tile.year))}
                before_median={before.and_then(|b| figure(b, tile.metric, tile.year)).map(|f| f.p50)}
                before_runs={before.zip(outcome).and_then(|(b, o)| paired(b, &o.results, tile.metric, tile.year))}
            />
        }
    });
    let others: Vec<Html> = outcome
        .map(|o| {
            other_targets(&shown, &o.results.targets)
                .into_iter()
                .map(|t| figure::target_line(lang, &props.dataset, t, None))
                .collect()
        })
        .unwrap_or_default();
    html! {
        <section
            class="headline"
            aria-labelledby="headline-heading"
            data-testid="headline"
            data-generation={outcome.map(|o| o.generation.to_string())}
            data-runs={outcome.map(|o| o.runs_done.to_string())}
            data-final={final_.to_string()}
            data-stale={props.stale.to_string()}
        >
            <div class="section-heading">
                <h2 id="headline-heading" tabindex="-1">{ lang.t(HeadlineMsg::Heading) }</h2>
                if let Some(name) = &props.name {
                    <p class="headline-scenario" data-testid="scenario-title">
                        { lang.t(HeadlineMsg::ScenarioIs) }{ " " }
                        { crate::components::compare::headline_table::name_html(name, lang) }
                    </p>
                } else if let Some(unsaved) = &props.unsaved {
                    <p
                        class="headline-scenario headline-unsaved"
                        data-testid="scenario-unsaved"
                        title={lang.t(HeadlineMsg::UnsavedTip)}
                    >
                        { lang.t(HeadlineMsg::ScenarioIs) }{ " " }{ unsaved.clone() }
                    </p>
                }
                <p class="section-explainer">{ lang.t(HeadlineMsg::Explainer) }</p>
                if let Some(u) = props.unlike_default {
                    <p class="headline-unlike" role="note" data-testid="headline-unlike">
                        { lang.t(crate::i18n::unlike_default_msg(u)) }
                    </p>
                }
                <div class="progress" data-testid="progress">
                    <progress
                        max={total.max(1).to_string()}
                        value={if props.stale { "0".to_string() } else { done.to_string() }}
                        aria-label={status.clone()}
                    ></progress>
                    // The progress changes every batch: shown, not read out (a screen reader
                    // heard twenty "Đang tính thêm…" for five key presses on a slider). What
                    // is read out is the outcome, once, when every run is done.
                    <span class="status" data-testid="computing">{ status }</span>
                    <span class="visually-hidden" role="status" data-testid="announce">
                        { said }
                    </span>
                </div>
            </div>
            <div
                class={classes!("headline-figures", props.stale.then_some("is-stale"))}
                aria-busy={(!final_).to_string()}
            >
                { for tiles }
            </div>
            if !others.is_empty() {
                <ul class="targets targets-other">{ for others }</ul>
            }
        </section>
    }
}

/// What a screen reader hears when the runs are done: "Đã xong 1.000 lần chạy. Cuối năm 2025:
/// khoảng 170 xóm, 47 xã đạt chuẩn (trung vị)."
fn announcement(lang: Lang, outcome: Option<&Outcome>, year: u16, done: &str) -> String {
    let at = |m: Metric| outcome.and_then(|o| o.figure(m, year));
    match (at(Metric::VillagesStandard), at(Metric::CommunesRecognised)) {
        (Some(v), Some(c)) => format!(
            "{done}. {}",
            lang.fill(
                HeadlineMsg::Announce,
                &[
                    ("when", &lang.end_of_year(year)),
                    (
                        "villages",
                        &value_text(Metric::VillagesStandard, v.p50, lang)
                    ),
                    (
                        "communes",
                        &value_text(Metric::CommunesRecognised, c.p50, lang)
                    ),
                ],
            )
        ),
        _ => done.to_string(),
    }
}
