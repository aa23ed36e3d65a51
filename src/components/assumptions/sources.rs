//! The money sources and what each pays for (`Source::spec()`), one card per source: read-only,
//! so planners see why moving money between lines changes results.

use ntm_model::scenario::Source;
use yew::prelude::*;

use crate::i18n::{after_recognition, eligibility, source_basis_vi, AssumptionMsg, Lang};

#[derive(Properties, PartialEq)]
pub struct SourcesListProps {
    pub lang: Lang,
}

#[component]
pub fn SourcesList(props: &SourcesListProps) -> Html {
    let lang = props.lang;
    let card = |s: Source| {
        let spec = s.spec();
        let basis = match lang {
            Lang::Vi => source_basis_vi(s),
            Lang::En => spec.basis,
        };
        let mut goes_to = eligibility(spec.eligibility, lang).to_string();
        if spec.participation_scaled {
            goes_to.push_str(&format!("; {}", lang.t(AssumptionMsg::ParticipationScaled)));
        }
        let item = |term: AssumptionMsg, value: String| {
            let tip = lang.t(if term == AssumptionMsg::InvestmentShare {
                AssumptionMsg::InvestmentShareTip
            } else {
                AssumptionMsg::SourceRuleTip
            });
            html! {
                <div title={tip}>
                    <dt>{ lang.t(term) }</dt>
                    <dd>{ value }</dd>
                </div>
            }
        };
        html! {
            <li class="source" data-testid={format!("source-{}", s.key())}>
                <h4>{ lang.pick(spec.name_vi, spec.name_en) }</h4>
                <dl>
                    { item(AssumptionMsg::GoesTo, goes_to) }
                    { item(AssumptionMsg::InvestmentShare, lang.percent(spec.investment_share, 0)) }
                    { item(AssumptionMsg::Cliff, lang.t(if spec.cliff { AssumptionMsg::Lost } else { AssumptionMsg::Kept }).to_string()) }
                    { item(AssumptionMsg::AfterRecognition, lang.t(after_recognition(&spec)).to_string()) }
                </dl>
                <p class="param-basis">
                    <span class="basis-label">{ lang.t(AssumptionMsg::Basis) }{ ": " }</span>{ super::brief::basis(basis, lang) }
                </p>
            </li>
        }
    };
    html! {
        <section class="lever-group" aria-labelledby="group-sources">
            <h3 id="group-sources">{ lang.t(AssumptionMsg::GroupSources) }</h3>
            <p class="group-hint">{ lang.t(AssumptionMsg::SourcesCaption) }</p>
            <ul class="sources" data-testid="sources-table">
                { for Source::ALL.iter().map(|&s| card(s)) }
            </ul>
        </section>
    }
}
