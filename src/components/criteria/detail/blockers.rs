//! "What blocks it": the commune's three key figures for the chosen year, then its binding
//! criteria in plain words ("Vướng: Thu nhập (đạt 35%), Hộ nghèo (40%)") and those not yet
//! certain.

use std::rc::Rc;

use ntm_model::criteria::{CriterionKind, Driver};
use ntm_model::{Dataset, Results};
use yew::prelude::*;

use crate::criteria_logic::own::ExcludedBy;
use crate::criteria_logic::{detail, matrix};
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct BlockersProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub results: Rc<Results>,
    pub commune: usize,
    pub year: u16,
    pub year_index: usize,
    /// The scenario leaves the commune out of the allocation, by whose setting: said first,
    /// since its investment criteria cannot move without money.
    #[prop_or_default]
    pub excluded: Option<ExcludedBy>,
}

#[component]
pub fn Blockers(props: &BlockersProps) -> Html {
    let lang = props.lang;
    let Some(unit) = props.results.communes.get(props.commune) else {
        return Html::default();
    };
    let yi = props.year_index;
    let set = matrix::commune_set(&props.dataset, &props.results, yi);
    let b = detail::blockers(unit, yi);
    let named = |items: &[(usize, f64)]| -> Vec<(&str, f64)> {
        items
            .iter()
            .filter_map(|&(i, p)| {
                let c = set.criteria.get(i)?;
                Some((text::pick(lang, &c.name_vi, &c.name_en), p))
            })
            .collect()
    };
    // Short with nothing binding: the uncertain criteria together hold it back, and they are
    // what to move (a green "nothing blocks it" beside a 32 % chance read as "this one is fine").
    let together = b.binding.is_empty() && b.short;
    let holding = if together { &b.uncertain } else { &b.binding };
    // The binding criteria by what moves them: money, or capacity (each with its own drivers,
    // the strongest first).
    let held = || holding.iter().filter_map(|&(i, _)| set.criteria.get(i));
    let investment: Vec<&str> = held()
        .filter(|c| c.kind == CriterionKind::Investment)
        .map(|c| text::pick(lang, &c.name_vi, &c.name_en))
        .collect();
    let capacity: Vec<(&str, Vec<(Driver, f64)>)> = held()
        .filter(|c| c.kind == CriterionKind::Capacity)
        .map(|c| {
            // A commune given no money gets no livelihood money either: not named as a help.
            let drivers = c
                .drivers
                .iter()
                .filter(|(d, _)| props.excluded.is_none() || **d != Driver::Livelihood)
                .map(|(d, w)| (*d, *w))
                .collect();
            (text::pick(lang, &c.name_vi, &c.name_en), drivers)
        })
        .collect();
    let helps = text::what_helps(lang, &investment, &capacity, props.excluded.is_some());
    let at = |v: &[f64]| v.get(yi).copied().unwrap_or(f64::NAN);
    // What each figure is shows on keyboard focus too, below the value (in the flow, so it
    // covers nothing and needs no Escape); the mouse has the `title`. A group named by its
    // label and value, described by the explanation (hidden from the reading order, or it was
    // read twice); `div`s, as a `dl`'s items may have no role.
    let figure = |label: M, hint: M, value: String, testid: &'static str| {
        let (label_id, hint_id) = (format!("{testid}-label"), format!("{testid}-hint"));
        html! {
            <div
                class="cd-figure"
                role="group"
                aria-labelledby={format!("{label_id} {testid}")}
                title={lang.t(hint)}
                tabindex="0"
                aria-describedby={hint_id.clone()}
            >
                <div class="cd-figure-label" id={label_id}>{ lang.t(label) }</div>
                <div class="cd-figure-value" id={testid} data-testid={testid}>{ value }</div>
                <div class="cd-figure-hint" id={hint_id} aria-hidden="true">{ lang.t(hint) }</div>
            </div>
        }
    };
    let mean = at(unit.mean_criteria());
    // What moves the criteria holding it back: under the binding ones, or under the uncertain
    // ones when those together hold it back.
    let helps_list = html! {
        <ul class="cd-helps" data-testid="detail-helps">
            { for helps.iter().map(|h| html! { <li>{ h }</li> }) }
        </ul>
    };
    html! {
        <section class="cd-section cd-blockers" aria-labelledby="cd-blockers-h" data-testid="detail-blockers">
            <h3 id="cd-blockers-h">
                { lang.t(M::BlockersHeading) }
                <span class="cd-h-year">{ " — " }{ text::heading_year(lang, props.year) }</span>
            </h3>
            <div class="cd-figures">
                { figure(M::ColPStandard, M::ColStandardHint, text::percent(lang, at(unit.p_standard())), "detail-p-standard") }
                { figure(M::ColPRecognised, M::ColRecognisedHint, text::percent(lang, at(unit.p_recognised())), "detail-p-recognised") }
                { figure(
                    M::ColMet,
                    M::ColMetHint,
                    text::criteria_of(lang, mean, set.len()),
                    "detail-mean-criteria",
                ) }
            </div>
            if let Some(by) = props.excluded {
                <p class="cd-blocked" data-testid="detail-left-out">{ lang.t(match by {
                    ExcludedBy::Commune => M::DetailExcluded,
                    ExcludedBy::District => M::DetailExcludedDistrict,
                }) }</p>
            }
            if together {
                <p class="cd-blocked" data-testid="detail-binding">
                    { lang.fill(M::SeveralTogether, &[("pct", &text::percent(lang, at(unit.p_standard())))]) }
                </p>
            } else if b.binding.is_empty() {
                <p class="cd-blocked is-clear" data-testid="detail-binding">{ lang.t(M::NothingBlocks) }</p>
            } else {
                <p class="cd-blocked" data-testid="detail-binding">{ text::blocked_by(lang, &named(&b.binding)) }</p>
                { helps_list.clone() }
            }
            if !b.uncertain.is_empty() {
                <p class="cd-uncertain" data-testid="detail-uncertain">{ text::uncertain(lang, &named(&b.uncertain)) }</p>
            }
            if together && !helps.is_empty() {
                { helps_list }
            }
            <p class="cd-source">{ lang.t(M::BlockersSource) }</p>
        </section>
    }
}
