//! One headline figure: what and when, the median in large type, its P10–P90 range, and the
//! targets checked on it. Focusable, with a tooltip saying what it is, its unit and that it
//! comes from the simulation.

use std::rc::Rc;

use ntm_model::dataset::TargetOp;
use ntm_model::results::TargetResult;
use ntm_model::{Dataset, Metric};
use yew::prelude::*;

use crate::compare_logic::money::{judge, Judged, Paired};
use crate::components::{same, same_opt};
use crate::figures::{
    goal_text, margin_text, measured_text, out_of, probability_text, target_spec, targets_for,
    value_text, Tile,
};
use crate::i18n::{HeadlineMsg, Lang, Msg};
use crate::simulation::Outcome;

#[derive(Properties)]
pub struct HeadlineFigureProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub tile: Tile,
    pub outcome: Option<Rc<Outcome>>,
    /// The default scenario's median of this figure, when the scenario on screen is another
    /// one: the card then says how far the levers moved it.
    #[prop_or_default]
    pub default_median: Option<f64>,
    /// This figure against the default run by run (the same seed): a median moved in a few
    /// runs only is not called good or bad news.
    #[prop_or_default]
    pub default_runs: Option<Paired>,
    /// The median before the latest change of the scenario, when that was not the default:
    /// the card then says what that change alone did.
    #[prop_or_default]
    pub before_median: Option<f64>,
    /// This figure against the one before the change, run by run.
    #[prop_or_default]
    pub before_runs: Option<Paired>,
}

impl PartialEq for HeadlineFigureProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.tile == other.tile
            && same(&self.dataset, &other.dataset)
            && same_opt(&self.outcome, &other.outcome)
            && self.default_median == other.default_median
            && self.default_runs == other.default_runs
            && self.before_median == other.before_median
            && self.before_runs == other.before_runs
    }
}

/// "▲ +12 so với mặc định" (or "▲ +3 so với trước lần đổi vừa rồi"): the median minus the
/// reference, coloured by whether it is good news (more villages, fewer communes far behind).
fn delta_line(
    lang: Lang,
    tile: &Tile,
    median: f64,
    (reference, runs): (f64, Option<&Paired>),
    against: Against,
) -> Html {
    let d = Delta::of(lang, tile.metric, median, reference, runs, against);
    let (class, suffix) = match against {
        Against::Default => ("headline-delta", "vs-default"),
        Against::LastChange => ("headline-since", "since-change"),
    };
    html! {
        <p class={classes!(class, "compare-delta", d.class)} data-testid={format!("{}-{suffix}", tile.testid())} data-delta={d.value.to_string()} title={d.tip.clone()}>
            { d.inline(lang) }
        </p>
    }
}

/// What a headline median is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Against {
    /// The default scenario's median: how far all the levers moved it.
    Default,
    /// The median before the latest change of the scenario: what that change did.
    LastChange,
}

impl Against {
    /// The inline phrase, the tooltip and the run-by-run sentence.
    fn messages(self) -> (HeadlineMsg, HeadlineMsg, HeadlineMsg) {
        match self {
            Against::Default => (
                HeadlineMsg::AgainstDefault,
                HeadlineMsg::AgainstDefaultTip,
                HeadlineMsg::AgainstDefaultRuns,
            ),
            Against::LastChange => (
                HeadlineMsg::SinceChange,
                HeadlineMsg::SinceChangeTip,
                HeadlineMsg::SinceChangeRuns,
            ),
        }
    }
}

/// A median against another (the default scenario's, or the one before the latest change):
/// the arrow, the signed amount and whether it is good news (judged run by run, as the
/// comparison judges it), for a card and for the strip (`headline::strip`).
pub(super) struct Delta {
    pub value: f64,
    pub class: &'static str,
    arrow: &'static str,
    amount: String,
    judged: Judged,
    phrase: HeadlineMsg,
    pub tip: String,
}

impl Delta {
    pub fn of(
        lang: Lang,
        metric: Metric,
        median: f64,
        reference: f64,
        runs: Option<&Paired>,
        against: Against,
    ) -> Delta {
        let d = median - reference;
        let judged = judge(metric, d, runs);
        let (arrow, class) = (judged.arrow(d), judged.class());
        let (phrase, tip_msg, runs_msg) = against.messages();
        let reference = value_text(metric, reference, lang);
        let mut tip = lang.fill(tip_msg, &[("reference", &reference)]);
        if let Some(p) = runs {
            tip.push(' ');
            tip.push_str(&lang.fill(
                runs_msg,
                &[
                    ("higher", &lang.percent(p.higher, 0)),
                    ("lower", &lang.percent(p.lower, 0)),
                ],
            ));
        }
        Delta {
            value: d,
            class,
            arrow,
            amount: crate::i18n::compare::signed(d, &value_text(metric, d.abs(), lang)),
            judged,
            phrase,
            tip,
        }
    }

    /// "▲ +12 so với mặc định", with good or bad news in words too, not only in colour (read
    /// out; "chưa rõ" is shown too, since its grey says nothing by itself).
    pub fn inline(&self, lang: Lang) -> Html {
        html! {
            <>
                <span aria-hidden="true">{ self.arrow }{ " " }</span>
                { lang.fill(self.phrase, &[("delta", &self.amount)]) }
                if self.judged == Judged::Unclear {
                    { " (" }{ self.news(lang) }{ ")" }
                } else {
                    <span class="visually-hidden">{ " (" }{ self.news(lang) }{ ")" }</span>
                }
            </>
        }
    }

    /// "▲ +12 tốt hơn" where room is short (the strip): "so với mặc định" is read out, and in
    /// the tooltip. Without `word`, "tốt hơn" is only read out too (a second line under one
    /// that says it: the arrow and colour repeat it).
    pub fn compact(&self, lang: Lang, word: bool) -> Html {
        let news = (self.judged != Judged::Same).then(|| self.news(lang));
        html! {
            <>
                <span aria-hidden="true">{ self.arrow }{ " " }{ &self.amount }</span>
                <span class="visually-hidden">
                    { lang.fill(self.phrase, &[("delta", &self.amount)]) }
                    if let (Some(n), false) = (news, word) {
                        { " (" }{ n }{ ")" }
                    }
                </span>
                if let (Some(n), true) = (news, word) {
                    <span class={classes!("delta-word", self.unclear().then_some("is-unclear"))}>{ " " }{ n }</span>
                }
            </>
        }
    }

    /// A change that goes its way in too few paired runs to be news ("chưa rõ").
    pub fn unclear(&self) -> bool {
        self.judged == Judged::Unclear
    }

    fn news(&self, lang: Lang) -> &'static str {
        lang.t(self.judged.word())
    }
}

/// For a card whose year is past the simulated horizon, the last simulated year's figure: a
/// planner who set the horizon to 2023 still sees where the simulation ends, not only "–".
fn at_last_year(lang: Lang, tile: &Tile, outcome: Option<&Outcome>) -> Option<String> {
    let o = outcome?;
    let last = *o.results.years.last()?;
    if last >= tile.year {
        return None;
    }
    let f = o.figure(tile.metric, last)?;
    Some(lang.fill(
        HeadlineMsg::AtLastYear,
        &[
            ("year", &last.to_string()),
            ("median", &value_text(tile.metric, f.p50, lang)),
            (
                "range",
                &crate::i18n::span(
                    value_text(tile.metric, f.p10, lang),
                    value_text(tile.metric, f.p90, lang),
                ),
            ),
        ],
    ))
}

#[component]
pub fn HeadlineFigure(props: &HeadlineFigureProps) -> Html {
    let lang = props.lang;
    let tile = props.tile;
    let outcome = props.outcome.as_deref();
    let figure = outcome.and_then(|o| o.figure(tile.metric, tile.year));
    let (median, range, raw, mean) = match figure {
        Some(f) => (
            value_text(tile.metric, f.p50, lang),
            crate::i18n::span(
                value_text(tile.metric, f.p10, lang),
                value_text(tile.metric, f.p90, lang),
            ),
            Some(f.p50.to_string()),
            Some(f.mean.to_string()),
        ),
        None => ("–".to_string(), "–".to_string(), None, None),
    };
    let runs = outcome.map_or(0, |o| o.runs_done);
    let mut tip = lang.fill(
        HeadlineMsg::FigureTip,
        &[
            ("what", lang.t(tile.label)),
            ("when", &lang.end_of_year(tile.year).to_lowercase()),
            ("runs", &lang.number(f64::from(runs), 0)),
            ("unit", lang.t(tile.unit)),
        ],
    );
    tip = lang.about_data(&tip, props.dataset.province.illustrative);
    if matches!(
        tile.metric,
        Metric::CommunesRecognised | Metric::ScopeCommunesRecognised
    ) {
        tip = format!("{tip} {}", lang.t(HeadlineMsg::CommunesCounted));
    }
    let id = tile.testid();
    let targets: Vec<&TargetResult> = outcome
        .map(|o| targets_for(&tile, &o.results.targets))
        .unwrap_or_default();
    // Escape hides the focus tooltip until the card loses focus (WCAG 1.4.13: it covers the
    // tabs below it, and a keyboard user must be able to put it away without moving on).
    let hidden = use_state(|| false);
    let onkeydown = {
        let hidden = hidden.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !*hidden {
                e.prevent_default();
                hidden.set(true);
            }
        })
    };
    let onblur = {
        let hidden = hidden.clone();
        Callback::from(move |_: FocusEvent| hidden.set(false))
    };
    // The focus tooltip opens below the card: on a card near the window's foot it ran past it
    // (300 px of the target's wording and source cut off at 1366×768, and the page did not
    // scroll, the card being in view), so the page scrolls just enough to show it whole; but
    // only when the whole card still shows above it: at 200 % zoom the tip alone is taller
    // than the window, and showing it scrolled the focused card (and its ring) above; and a
    // card whose foot only stayed in view lost its title ("Xóm đạt chuẩn NTM") off the top.
    let onfocus = Callback::from(|e: FocusEvent| {
        let Some(card) = e.target_dyn_into::<web_sys::Element>() else {
            return;
        };
        if !card.matches(":focus-visible").unwrap_or(false) {
            return;
        }
        if let Ok(Some(tip)) = card.query_selector(".tooltip") {
            let window_height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            let card_box = card.get_bounding_client_rect();
            // From the card's top, its ring included, to the tip's foot.
            let together = tip.get_bounding_client_rect().bottom() - card_box.top() + 8.0;
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            if together <= window_height {
                tip.scroll_into_view_with_scroll_into_view_options(&options);
            } else if together - 8.0 <= window_height {
                // Only just: the card at the window's top (its ring touching the edge) and the
                // tip whole below it (715 px of the two in a 720 px window cut the tip's end).
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                card.scroll_into_view_with_scroll_into_view_options(&options);
            } else {
                card.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
    html! {
        <figure
            class={classes!(
                "headline-figure",
                format!("subject-{}", tile.slug),
                hidden.then_some("tooltip-dismissed"),
            )}
            tabindex="0"
            title={tip.clone()}
            aria-describedby={format!("{id}-tip")}
            {onkeydown}
            {onblur}
            {onfocus}
        >
            <figcaption>
                <span class="headline-label">{ lang.t(tile.label) }</span>
                <span class="headline-year">{ lang.end_of_year(tile.year) }</span>
            </figcaption>
            <p class="headline-value">
                <span class="visually-hidden">{ lang.t(Msg::Median) }{ ": " }</span>
                <data data-testid={id.clone()} value={raw} data-mean={mean}>{ median }</data>
                if let Some(n) = outcome.and_then(|o| out_of(tile.metric, &o.results.base)) {
                    <span class="headline-of" data-testid={format!("{id}-of")}>
                        { " " }{ lang.fill(HeadlineMsg::OutOf, &[("n", &lang.number(n as f64, 0)), ("unit", lang.t(tile.unit))]) }
                    </span>
                }
            </p>
            <p class="headline-range">{ lang.t(Msg::RangeP10P90) }{ ": " }{ range }</p>
            if let Some(line) = figure.is_none().then(|| at_last_year(lang, &tile, outcome)).flatten() {
                <p class="headline-last" data-testid={format!("{id}-last")}>{ line }</p>
            }
            if let (Some(d), Some(f)) = (props.default_median, figure) {
                { delta_line(lang, &tile, f.p50, (d, props.default_runs.as_ref()), Against::Default) }
            }
            if let (Some(b), Some(f)) = (props.before_median, figure) {
                { delta_line(lang, &tile, f.p50, (b, props.before_runs.as_ref()), Against::LastChange) }
            }
            if !targets.is_empty() {
                <ul class="targets">
                    { for targets.iter().map(|t| target_line(lang, &props.dataset, t, Some(tile.metric))) }
                </ul>
            }
            // On keyboard focus the tooltip also gives each target's wording and source, which
            // the mouse gets from the target line's own `title`.
            <span class="tooltip" role="tooltip" id={format!("{id}-tip")}>
                { tip }
                { for targets.iter().map(|t| html! { <><br />{ target_tip(lang, &props.dataset, t) }</> }) }
            </span>
        </figure>
    }
}

/// A target's full wording, its median and where it comes from: "40 xóm đạt chuẩn NTM đến hết
/// năm 2020. Trung vị: 18. Nguồn mục tiêu: …".
fn target_tip(lang: Lang, ds: &Dataset, t: &TargetResult) -> String {
    let spec = target_spec(ds, t);
    let name = spec.map_or(t.id.as_str(), |s| lang.pick(&s.name_vi, &s.name_en));
    let median = t
        .median
        .map_or("–".to_string(), |m| measured_text(t.metric, m, lang));
    let mut tip = if t.assessable {
        lang.fill(
            HeadlineMsg::TargetTip,
            &[("name", name), ("median", &median)],
        )
    } else {
        // No median: over the scope's villages alone it would read as the province's.
        format!(
            "{name}: {}",
            crate::figures::not_assessed_why(lang, ds.villages.len())
        )
    };
    // "2 more communes … Median: 2" read as met; both figures count the base year's too.
    if let Some(s) = spec.filter(|s| s.relative_to_base) {
        tip.push(' ');
        tip.push_str(&lang.fill(
            HeadlineMsg::RelativeGoalTip,
            &[
                ("goal", &value_text(t.metric, t.goal, lang)),
                ("base", &value_text(t.metric, t.goal - s.value, lang)),
            ],
        ));
    }
    if let Some(s) = spec {
        tip.push(' ');
        tip.push_str(&lang.fill(
            HeadlineMsg::TargetSource,
            &[("source", lang.pick(&s.source_vi, &s.source))],
        ));
    }
    tip.push(' ');
    tip.push_str(lang.t(HeadlineMsg::VerdictTip));
    tip
}

/// One target: verdict, goal, margin and share of runs; its full wording in the tooltip.
/// `figure_metric` is the metric of the figure it sits under (`None`: under no figure).
pub fn target_line(
    lang: Lang,
    ds: &Dataset,
    t: &TargetResult,
    figure_metric: Option<Metric>,
) -> Html {
    let spec = target_spec(ds, t);
    let op = spec.map_or(TargetOp::AtLeast, |s| s.op);
    let scope_villages = ds
        .villages
        .iter()
        .filter(|v| ds.communes.get(v.commune).is_some_and(|c| c.scope_1385))
        .count();
    let median = t
        .median
        .map_or("–".to_string(), |m| measured_text(t.metric, m, lang));
    let tip = target_tip(lang, ds, t);
    let (class, verdict) = if !t.assessable {
        (
            "is-outside",
            format!("– {}", lang.t(HeadlineMsg::NotAssessed)),
        )
    } else if !t.in_horizon {
        (
            "is-outside",
            format!("– {}", lang.t(HeadlineMsg::OutsideHorizon)),
        )
    } else {
        crate::figures::verdict(t.likelihood(), lang)
    };
    let mut detail = Vec::new();
    // A target on another metric than the big figure above it (scope communes under all
    // communes) shows its own median first, so "24" above "≥ 3 … short by 2" is not read as
    // 24 against 3; a scope target says it is the scope's median ("trung vị trong phạm vi
    // 1385: 1"), since the big figure counts the whole province.
    if !t.assessable {
        // The short reason on the card; the tooltip gives the whole of it.
        let n = lang.number(ds.villages.len() as f64, 0);
        detail.push(lang.fill(HeadlineMsg::NotAssessedShort, &[("n", &n)]));
    }
    if figure_metric != Some(t.metric) && t.judged() {
        let msg = match t.metric {
            Metric::ScopeCommunesNtm
            | Metric::ScopeCommunesRecognised
            | Metric::ScopeCommunesBelow10 => HeadlineMsg::MedianInScope,
            _ => HeadlineMsg::MedianIs,
        };
        detail.push(lang.fill(msg, &[("x", &median)]));
    }
    if let Some(m) = margin_text(t, op, lang) {
        detail.push(m);
    }
    if t.judged() {
        detail.push(probability_text(t, lang));
    }
    html! {
        <li
            class={classes!("target", class)}
            data-testid={format!("target-{}", t.id)}
            data-met={t.met.to_string()}
            data-verdict={t.judged().then(|| t.likelihood().key())}
            title={tip}
        >
            // "✗ Unlikely: target ≥ 40": without the colon the English verdict ran into the goal
            // ("Unlikely target ≥ 40"). The Vietnamese reads on ("Khó đạt mục tiêu ≥ 40"), and a
            // colon there wrapped the cards of the printed report onto a fifth page.
            <span class="target-verdict">{ verdict }{ lang.pick("", ":") }</span>
            { " " }
            <span class="target-goal">
                { lang.t(HeadlineMsg::Target) }{ " " }
                // A share of villages is of the villages listed (the default lists the 294 of
                // the Decision 1385 scope, not every xóm of the province): "≥ 30% của 294 xóm
                // có trong dữ liệu", said where it is read.
                if t.metric == Metric::ScopeVillagesShare {
                    { goal_text(t, op, Metric::ScopeVillagesShare, lang) }
                    { " " }
                    { lang.fill(HeadlineMsg::ShareOfScope, &[("n", &lang.number(scope_villages as f64, 0))]) }
                } else if t.metric == Metric::VillagesShare {
                    { goal_text(t, op, Metric::VillagesShare, lang) }
                    { " " }
                    if spec.is_some_and(|s| s.every_village) {
                        { lang.t(HeadlineMsg::ShareOfAll) }
                    } else {
                        { lang.fill(HeadlineMsg::ShareOfListed, &[("n", &lang.number(ds.villages.len() as f64, 0))]) }
                    }
                } else {
                    { goal_text(t, op, figure_metric.unwrap_or(Metric::SpendingTotal), lang) }
                }
                // "≥ 3" for "2 more": say where the 3 comes from.
                if let Some(s) = spec.filter(|s| s.relative_to_base) {
                    { " " }
                    { lang.fill(HeadlineMsg::RelativeGoal, &[
                        ("base", &value_text(t.metric, t.goal - s.value, lang)),
                        ("more", &value_text(t.metric, s.value, lang)),
                    ]) }
                }

            </span>
            <span class="target-detail">{ detail.join(" · ") }</span>
        </li>
    }
}
