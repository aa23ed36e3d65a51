//! The table of headline differences: for each compared scenario, the headline's six
//! figures (median, P10–P90) with the difference from scenario A in words and sign, the
//! number of targets met, and each target's verdict and share of runs. Also the
//! presentation's summary slide.

use std::rc::Rc;

use ntm_model::{Dataset, Results};
use yew::prelude::*;

use super::series::Swatch;
use crate::compare_logic::headline::{figure_rows, target_rows, targets_met};
use crate::compare_logic::money::{judge, paired, Judged};
use crate::figures::{value_text, Likelihood};
use crate::i18n::compare::{letter, signed};
use crate::i18n::{CompareMsg, HeadlineMsg, Lang};
use crate::state::stage::ScenarioName;

#[derive(Properties, PartialEq)]
pub struct HeadlineTableProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// Column names, in order (A first).
    pub names: Vec<ScenarioName>,
    /// Each column's results (`None` while computing), by identity.
    pub results: Vec<Option<ByRc>>,
    /// Prefix of the cells' test hooks.
    #[prop_or(AttrValue::Static("compare"))]
    pub testid: AttrValue,
    /// A row per official target (the summary slide shows only how many are met).
    #[prop_or(true)]
    pub targets: bool,
    /// Rows on cost (money allocated, training and communication, the cost of each commune
    /// added): without them more training read as free on the summary slide.
    #[prop_or(false)]
    pub money: bool,
    /// With `money`, the rows on the difference from A run by run (the comparison screen;
    /// the slide says it through each difference's "chưa rõ").
    #[prop_or(true)]
    pub paired: bool,
    /// Columns simulated unlike A (another seed, other uncertainty: `Unlike`): their
    /// differences are not the levers' alone, so none is called better or worse, no cost per
    /// commune is worked out from them, and the note does not say "from the levers".
    #[prop_or_default]
    pub unlike: Vec<bool>,
    /// Some column sets an assumption to another value than A ([`super::unlike_note::assumptions_differ`]).
    #[prop_or_default]
    pub other_assumptions: bool,
    /// The headline counts and how many targets each meets (off on the summary's money page).
    #[prop_or(true)]
    pub figures: bool,
}

/// Results compared by identity (a refinement is a new `Rc`).
#[derive(Clone)]
pub struct ByRc(pub Rc<Results>);

impl PartialEq for ByRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl ByRc {
    /// The results behind each column, borrowed (`None` while a column computes).
    pub fn all(results: &[Option<ByRc>]) -> Vec<Option<&Results>> {
        results
            .iter()
            .map(|r| r.as_ref().map(|r| r.0.as_ref()))
            .collect()
    }
}

/// A scenario's name in a header: typed names are proper names (not translated).
pub fn name_html(name: &ScenarioName, lang: Lang) -> Html {
    if name.is_typed() {
        html! { <span class="scenario-name" translate="no">{ name.text(lang) }</span> }
    } else {
        html! { <span class="scenario-name">{ name.text(lang) }</span> }
    }
}

#[component]
pub fn HeadlineTable(props: &HeadlineTableProps) -> Html {
    let lang = props.lang;
    let results = ByRc::all(&props.results);
    let prefix = props.testid.as_str();
    let figures = figure_rows(&props.dataset, &results);
    let targets = target_rows(&results);
    let met = targets_met(&results);
    let unlike = |i: usize| props.unlike.get(i).copied().unwrap_or(false);
    let any_unlike = props.unlike.iter().any(|&u| u);
    let head = props.names.iter().enumerate().map(|(i, name)| {
        html! {
            <th scope="col" class="compare-col-head">
                <Swatch slot={i} />
                <span class="compare-letter">{ letter(i) }</span>
                // Read as "A: Duy trì…", not "ADuy trì…".
                <span class="visually-hidden">{ ": " }</span>
                { name_html(name, lang) }
            </th>
        }
    });
    let figure_row = |row: &crate::compare_logic::headline::FigureRow| {
        let tile = row.tile;
        let label = lang.fill(
            CompareMsg::FigureRow,
            &[
                ("what", lang.t(tile.label)),
                ("when", &lang.end_of_year(tile.year).to_lowercase()),
            ],
        );
        let cells = row
            .cells
            .iter()
            .zip(&row.deltas)
            .enumerate()
            .map(|(i, (cell, delta))| {
                let id = format!("{prefix}-{}-{}-{i}", tile.slug, tile.year);
                let Some(f) = cell else {
                    return html! { <td data-testid={id}>{ "–" }</td> };
                };
                let median = value_text(tile.metric, f.p50, lang);
                let range = crate::i18n::span(
                    value_text(tile.metric, f.p10, lang),
                    value_text(tile.metric, f.p90, lang),
                );
                let delta = delta.map(|d| {
                    let text = signed(d, &value_text(tile.metric, d.abs(), lang));
                    // Run by run against A (common random numbers): a median one higher can
                    // be a gain in a few runs only, which is not news for a meeting.
                    let runs = match (results.first().copied().flatten(), results[i]) {
                        (Some(a), Some(b)) if i > 0 => paired(a, b, tile.metric, tile.year),
                        _ => None,
                    };
                    let judged = match judge(tile.metric, d, runs.as_ref()) {
                        Judged::Better | Judged::Worse if unlike(i) => Judged::Unclear,
                        j => j,
                    };
                    let (class, word, arrow) = (judged.class(), judged.word(), judged.arrow(d));
                    let mut tip = lang.fill(CompareMsg::DeltaAgainst, &[("delta", &text)]);
                    if let Some(p) = &runs {
                        tip.push_str(". ");
                        tip.push_str(&lang.fill(
                            CompareMsg::DeltaRuns,
                            &[
                                ("higher", &lang.share_of_runs(p.higher)),
                                ("lower", &lang.share_of_runs(p.lower)),
                            ],
                        ));
                    }
                    html! {
                        <span
                            class={classes!("compare-delta", class)}
                            data-testid={format!("{id}-delta")}
                            data-delta={d.to_string()}
                            data-judged={judged.key()}
                            title={tip}
                        >
                            <span aria-hidden="true">{ arrow }{ " " }</span>
                            { text }
                            // In words too, not only in colour (a projector washes colours out).
                            if judged != Judged::Same {
                                <span class="delta-word">{ " " }{ lang.t(word) }</span>
                            }
                        </span>
                    }
                });
                let runs = results[i].map_or(0, |r| r.runs);
                let tip = lang.fill(
                    CompareMsg::FigureCellTip,
                    &[
                        ("what", lang.t(tile.label)),
                        ("when", &lang.end_of_year(tile.year).to_lowercase()),
                        ("letter", &letter(i)),
                        ("median", &median),
                        ("range", &range),
                        ("unit", lang.t(tile.unit)),
                        ("runs", &lang.number(f64::from(runs), 0)),
                    ],
                );
                html! {
                    <td data-testid={id} data-value={f.p50.to_string()} title={tip}>
                        <span class="compare-median">{ median }</span>
                        <span class="compare-range">{ " (" }{ range }{ ")" }</span>
                        { for delta }
                    </td>
                }
            });
        html! {
            <tr>
                <th scope="row" title={lang.fill(CompareMsg::FigureRowTip, &[("unit", lang.t(tile.unit))])}>{ label }</th>
                { for cells }
            </tr>
        }
    };
    let met_row = html! {
        <tr class="compare-targets-met">
            <th scope="row" title={lang.t(CompareMsg::TargetsMetHint)}>{ lang.t(CompareMsg::TargetsMet) }</th>
            { for met.iter().enumerate().map(|(i, m)| html! {
                <td data-testid={format!("{prefix}-targets-met-{i}")}>
                    { m.map_or("–".to_string(), |(m, u, n)| {
                        let met = lang.fill(
                            CompareMsg::TargetsMetValue,
                            &[("met", &m.to_string()), ("total", &n.to_string())],
                        );
                        if u == 0 {
                            met
                        } else {
                            format!("{met} {}", lang.fill(CompareMsg::TargetsUncertain, &[("n", &u.to_string())]))
                        }
                    }) }
                </td>
            }) }
        </tr>
    };
    let villages = props.dataset.villages.len();
    let target_row = |row: &crate::compare_logic::headline::TargetRow| {
        let spec = props
            .dataset
            .province
            .targets
            .iter()
            .find(|t| t.id == row.id);
        let name = spec.map_or(row.id.clone(), |s| {
            lang.pick(&s.name_vi, &s.name_en).to_string()
        });
        let cells = row.cells.iter().enumerate().map(|(i, c)| {
            let id = format!("{prefix}-target-{}-{i}", row.id);
            match c {
                Some(c) if c.in_horizon && c.assessable => {
                    let likelihood = Likelihood::of(c.probability);
                    let (class, verdict) = crate::figures::verdict(likelihood, lang);
                    html! {
                        <td
                            class={classes!("target", class)}
                            data-testid={id}
                            data-met={c.met.to_string()}
                            data-verdict={likelihood.key()}
                            title={lang.t(HeadlineMsg::VerdictTip)}
                        >
                            <span class="target-verdict">{ verdict }</span>
                            <span class="target-detail">
                                { lang.fill(CompareMsg::ReachedIn, &[("p", &lang.share_of_runs(c.probability))]) }
                            </span>
                        </td>
                    }
                }
                // The short reason shown, as on the headline card: on paper, and beside "0/7",
                // a bare "Không đánh giá được" did not say why the eighth is not counted.
                Some(c) if !c.assessable => html! {
                    <td class="is-unjudged" data-testid={id} title={crate::figures::not_assessed_why(lang, villages)}>
                        { lang.t(HeadlineMsg::NotAssessed) }
                        <span class="target-detail">
                            { lang.fill(HeadlineMsg::NotAssessedShort, &[("n", &lang.number(villages as f64, 0))]) }
                        </span>
                    </td>
                },
                Some(_) => html! { <td data-testid={id}>{ lang.t(HeadlineMsg::OutsideHorizon) }</td> },
                None => html! { <td data-testid={id}>{ "–" }</td> },
            }
        });
        html! {
            <tr class="compare-target-row">
                <th scope="row">{ lang.fill(CompareMsg::TargetRow, &[("name", &name)]) }</th>
                { for cells }
            </tr>
        }
    };
    html! {
        // Focusable, so a keyboard can scroll it sideways where it is wider than the screen.
        <div class="table-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, lang.t(CompareMsg::HeadlineHeading))}>
            <table class="data-table compare-table" data-testid={format!("{prefix}-headline")}>
                <caption>
                    { lang.t(CompareMsg::HeadlineHeading) }
                    <span class="caption-note">{ lang.t(CompareMsg::HeadlineCaption) }</span>
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(CompareMsg::ColumnFigure) }</th>
                        { for head }
                    </tr>
                </thead>
                <tbody>
                    if props.figures {
                        { for figures.iter().map(figure_row) }
                    }
                    if props.money {
                        { super::money_rows::money_and_paired_rows(lang, &props.dataset, &results, prefix, props.paired, &props.unlike) }
                    }
                    if props.figures {
                        { met_row }
                    }
                    if props.targets {
                        { for targets.iter().map(target_row) }
                    }
                </tbody>
            </table>
            <p class="table-note">
                { lang.t(if any_unlike {
                    CompareMsg::RangeNoteUnlike
                } else if props.other_assumptions {
                    CompareMsg::RangeNoteAssumptions
                } else {
                    CompareMsg::RangeNote
                }) }
                if props.money {
                    { " " }{ lang.t(CompareMsg::MoneyNote) }
                }
            </p>
        </div>
    }
}
