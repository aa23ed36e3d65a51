//! The commune's trajectory: probability of meeting every criterion and of being recognised
//! at the end of each year, this scenario beside the baseline, as a small SVG line chart and
//! a table that also holds the money received per year.

use std::rc::Rc;

use ntm_model::Results;
use yew::prelude::*;

use crate::criteria_logic::detail::{self, YearPoint};
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct TrajectoryProps {
    pub lang: Lang,
    pub results: Rc<Results>,
    pub baseline: Option<Rc<Results>>,
    pub commune: usize,
    /// The year chosen in the panel (its column is marked).
    pub year: u16,
    pub runs: u32,
    /// "7/2020" when the first year is simulated from the base date (its money is part of a
    /// year's: "6,1" beside 2021's "12,5" read as a cut).
    #[prop_or_default]
    pub first_year_from: Option<String>,
    /// What its villages got straight, not in its money column (`text::villages_money`).
    #[prop_or_default]
    pub villages_money: Option<AttrValue>,
}

#[component]
pub fn Trajectory(props: &TrajectoryProps) -> Html {
    let lang = props.lang;
    let points = detail::trajectory(&props.results, props.baseline.as_deref(), props.commune);
    let has_baseline = points.iter().any(|p| p.baseline.is_some());
    let pct = |p: Option<f64>| p.map_or("–".to_string(), |p| text::percent(lang, p));
    let money = |m: Option<f64>| m.map_or("–".to_string(), |m| lang.number(m, 1));

    let rows = points.iter().map(|p| {
        let b = p.baseline;
        html! {
            <tr class={classes!((p.year == props.year).then_some("is-chosen"))}>
                <th scope="row">{ p.year }</th>
                <td>{ pct(Some(p.p_standard)) }</td>
                <td class="cd-base">{ pct(b.map(|b| b.p_standard)) }</td>
                <td>{ pct(Some(p.p_recognised)) }</td>
                <td class="cd-base">{ pct(b.map(|b| b.p_recognised)) }</td>
                <td>{ money(Some(p.money)) }</td>
                <td class="cd-base">{ money(b.map(|b| b.money)) }</td>
            </tr>
        }
    });
    let this = lang.t(M::ThisScenario);
    let base = lang.t(M::Baseline);

    html! {
        <section class="cd-section" aria-labelledby="cd-trajectory-h" data-testid="detail-trajectory">
            <h3 id="cd-trajectory-h">{ lang.t(M::TrajectoryHeading) }</h3>
            { chart(lang, &points, props.year) }
            <ul class="cd-chart-legend">
                <li><span class="cd-key cd-key-standard" aria-hidden="true"></span>{ lang.t(M::ColPStandard) }{ " — " }{ this }</li>
                <li><span class="cd-key cd-key-recognised" aria-hidden="true"></span>{ lang.t(M::ColPRecognised) }{ " — " }{ this }</li>
                if has_baseline {
                    <li><span class="cd-key cd-key-standard is-baseline" aria-hidden="true"></span>{ lang.t(M::ColPStandard) }{ " — " }{ base }</li>
                    <li><span class="cd-key cd-key-recognised is-baseline" aria-hidden="true"></span>{ lang.t(M::ColPRecognised) }{ " — " }{ base }</li>
                }
            </ul>
            if !has_baseline {
                <p class="cd-source">{ lang.t(M::NoBaseline) }</p>
            }
            // Scrolls sideways on a phone: a keyboard must be able to scroll it too.
            <div class="table-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, lang.t(M::TrajectoryHeading))}>
                <table class="data-table cd-table" data-testid="detail-trajectory-table">
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="colgroup" colspan="2" title={lang.t(M::ColStandardHint)}>{ lang.t(M::ColPStandard) }</th>
                            <th scope="colgroup" colspan="2" title={lang.t(M::ColRecognisedHint)}>{ lang.t(M::ColPRecognised) }</th>
                            <th scope="colgroup" colspan="2" title={lang.t(M::MoneyHint)}>{ lang.t(M::ColMoney) }</th>
                        </tr>
                        <tr>
                            <th scope="col">{ lang.t(M::ColYear) }</th>
                            <th scope="col">{ this }</th>
                            <th scope="col" class="cd-base">{ base }</th>
                            <th scope="col">{ this }</th>
                            <th scope="col" class="cd-base">{ base }</th>
                            <th scope="col">{ this }</th>
                            <th scope="col" class="cd-base">{ base }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if let (Some(from), Some(first)) = (&props.first_year_from, points.first()) {
                <p class="cd-source" data-testid="detail-first-year">{ text::first_year_money(lang, first.year, from) }</p>
            }
            if let Some(note) = &props.villages_money {
                <p class="cd-source" data-testid="detail-villages-money">{ note }</p>
            }
            <p class="cd-source">{ text::simulated_runs(lang, props.runs) }</p>
        </section>
    }
}

/// The chart's drawing box, in SVG units (the SVG scales to its container's width).
const W: f64 = 560.0;
const H: f64 = 200.0;
/// Room for "100%" and for half of the last year, at the phone's larger type (style/criteria.css):
/// "2025" was cut at the right edge, and at that type the labels ran into the plot.
const LEFT: f64 = 66.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 38.0;

fn chart(lang: Lang, points: &[YearPoint], chosen: u16) -> Html {
    if points.is_empty() {
        return Html::default();
    }
    let n = points.len();
    let x = |i: usize| {
        if n == 1 {
            LEFT + (W - LEFT - RIGHT) / 2.0
        } else {
            LEFT + (W - LEFT - RIGHT) * i as f64 / (n - 1) as f64
        }
    };
    let y = |p: f64| TOP + (H - TOP - BOTTOM) * (1.0 - p.clamp(0.0, 1.0));
    let path = |values: Vec<Option<f64>>| -> String {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                v.filter(|v| v.is_finite())
                    .map(|v| format!("{:.1},{:.1}", x(i), y(v)))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let series = |values: Vec<Option<f64>>, class: &'static str, square: bool| {
        let marks = values.iter().enumerate().filter_map(|(i, v)| {
            let v = v.filter(|v| v.is_finite())?;
            Some(if square {
                html! { <rect x={format!("{:.1}", x(i) - 6.0)} y={format!("{:.1}", y(v) - 6.0)} width="12" height="12" /> }
            } else {
                html! { <circle cx={format!("{:.1}", x(i))} cy={format!("{:.1}", y(v))} r="4.5" /> }
            })
        });
        html! {
            <g class={classes!("cd-series", class)}>
                <polyline points={path(values.clone())} />
                { for marks }
            </g>
        }
    };
    let grid = [0.0, 0.25, 0.5, 0.75, 1.0].map(|p| {
        html! {
            <g class="cd-grid">
                <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y(p).to_string()} y2={y(p).to_string()} />
                <text x={(LEFT - 6.0).to_string()} y={(y(p) + 4.0).to_string()} text-anchor="end">
                    { text::percent(lang, p) }
                </text>
            </g>
        }
    });
    let years = points.iter().enumerate().map(|(i, p)| {
        html! {
            <text
                class={classes!("cd-axis-year", (p.year == chosen).then_some("is-chosen"))}
                x={format!("{:.1}", x(i))}
                y={(H - 10.0).to_string()}
                text-anchor="middle"
            >
                { p.year }
            </text>
        }
    });
    let base_standard: Vec<Option<f64>> = points
        .iter()
        .map(|p| p.baseline.map(|b| b.p_standard))
        .collect();
    let base_recognised: Vec<Option<f64>> = points
        .iter()
        .map(|p| p.baseline.map(|b| b.p_recognised))
        .collect();
    html! {
        <svg
            class="cd-chart"
            viewBox={format!("0 0 {W} {H}")}
            role="img"
            aria-label={lang.t(M::TrajectoryChartAria)}
            data-testid="detail-chart"
        >
            { for grid }
            { for years }
            { series(base_standard, "cd-standard is-baseline", false) }
            { series(base_recognised, "cd-recognised is-baseline", true) }
            // Recognition under, wide, with larger squares; meeting every criterion over it,
            // narrow: where the two are equal (often) both still show.
            { series(points.iter().map(|p| Some(p.p_recognised)).collect(), "cd-recognised", true) }
            { series(points.iter().map(|p| Some(p.p_standard)).collect(), "cd-standard", false) }
        </svg>
    }
}
