//! The heat map's legend: the seven colour classes with their ranges and a sample of what a
//! cell shows, the binding ring, and the dash of units that are not simulated.

use yew::prelude::*;

use crate::criteria_logic::scale;
use crate::i18n::criteria::CriteriaMsg as M;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let classes = (0..scale::LOWER.len()).map(|i| {
        let (lo, hi) = scale::class_range(i);
        let (sample, range) = match i {
            0 => ("✓".to_string(), format!("≥\u{a0}{}%", bound(lang, lo))),
            _ if i == scale::LOWER.len() - 1 => (
                scale::cell_text(hi / 200.0),
                format!("< {}%", lang.number(hi, 0)),
            ),
            _ => (
                scale::cell_text((lo + hi) / 200.0),
                format!("{}–{}%", bound(lang, lo), bound(lang, hi)),
            ),
        };
        html! {
            <li>
                <span class={classes!("cm-swatch", format!("heat-{i}"))} aria-hidden="true">{ sample }</span>
                <span>{ range }</span>
            </li>
        }
    });
    html! {
        <div class="cm-legend" data-testid="matrix-legend">
            <h3 class="visually-hidden">{ lang.t(M::LegendHeading) }</h3>
            <p>{ lang.t(M::LegendCells) }</p>
            <ul class="cm-legend-scale">{ for classes }</ul>
            <ul class="cm-legend-marks">
                <li>{ lang.t(M::LegendSymbols) }</li>
                <li>
                    <span class="cm-swatch heat-5 is-binding" aria-hidden="true">{ "20" }</span>
                    <span>{ lang.t(M::LegendBinding) }</span>
                </li>
                <li>
                    <span class="cm-swatch cm-na" aria-hidden="true">{ "–" }</span>
                    <span>{ lang.t(M::LegendNotSimulated) }</span>
                </li>
            </ul>
        </div>
    }
}

/// A class bound in %: whole numbers without decimals, 99,5 with one.
fn bound(lang: Lang, pct: f64) -> String {
    let decimals = if pct.fract() == 0.0 { 0 } else { 1 };
    lang.number(pct, decimals)
}
