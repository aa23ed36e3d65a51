//! The money sources and what each pays for (`Source::spec()`): read-only, so planners see why
//! moving money between lines changes results.

use ntm_model::scenario::Source;
use yew::prelude::*;

use crate::i18n::{eligibility, source_basis_vi, AssumptionMsg, Lang};

#[derive(Properties, PartialEq)]
pub struct SourcesTableProps {
    pub lang: Lang,
}

#[component]
pub fn SourcesTable(props: &SourcesTableProps) -> Html {
    let lang = props.lang;
    let row = |s: Source| {
        let spec = s.spec();
        let basis = match lang {
            Lang::Vi => source_basis_vi(s),
            Lang::En => spec.basis,
        };
        let mut goes_to = eligibility(spec.eligibility, lang).to_string();
        if spec.participation_scaled {
            goes_to.push_str(&format!("; {}", lang.t(AssumptionMsg::ParticipationScaled)));
        }
        html! {
            <tr>
                <th scope="row">{ lang.pick(spec.name_vi, spec.name_en) }</th>
                <td>{ goes_to }</td>
                <td class="num">{ lang.percent(spec.investment_share, 0) }</td>
                <td>{ lang.t(if spec.cliff { AssumptionMsg::Lost } else { AssumptionMsg::Kept }) }</td>
                <td>{ lang.t(if spec.tapers_after_recognition { AssumptionMsg::Reduced } else { AssumptionMsg::Full }) }</td>
                <td class="basis">{ basis }</td>
            </tr>
        }
    };
    html! {
        <section class="lever-group" aria-labelledby="group-sources">
            <h3 id="group-sources">{ lang.t(AssumptionMsg::GroupSources) }</h3>
            <div class="table-scroll">
                <table class="data-table sources-table" data-testid="sources-table">
                    <caption>{ lang.t(AssumptionMsg::SourcesCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(AssumptionMsg::SourceName) }</th>
                            <th scope="col">{ lang.t(AssumptionMsg::GoesTo) }</th>
                            <th scope="col">{ lang.t(AssumptionMsg::InvestmentShare) }</th>
                            <th scope="col">{ lang.t(AssumptionMsg::Cliff) }</th>
                            <th scope="col">{ lang.t(AssumptionMsg::AfterRecognition) }</th>
                            <th scope="col">{ lang.t(AssumptionMsg::Basis) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for Source::ALL.iter().map(|&s| row(s)) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
