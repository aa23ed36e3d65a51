//! The province's training and campaigns year by year, every district's and commune's own
//! levels and years resolved (`ntm_model::sim::training_plan`): how a planner staging training
//! commune by commune checks how many people the plan trains each year and what it costs. Built
//! only while its disclosure is open (a mounted component), since it prepares the scenario.

use ntm_model::sim::{training_plan, PlannedYear};
use yew::prelude::*;

use super::LeverCtx;
use crate::i18n::criteria::date;
use crate::i18n::{Lang, LeverMsg};

/// A row of the table: its label, its figure in a year, and the decimals shown.
type TotalsRow = (String, fn(&PlannedYear) -> f64, usize);

#[derive(Properties, PartialEq)]
pub struct TrainingTotalsProps {
    pub ctx: LeverCtx,
}

#[component]
pub fn TrainingTotals(props: &TrainingTotalsProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let plan = {
        let ds = ctx.dataset.clone();
        use_memo(ctx.scenario.clone(), move |sc| training_plan(&ds, sc))
    };
    let candidates = ctx
        .dataset
        .communes
        .iter()
        .filter(|c| c.is_candidate())
        .count();
    let people = |label: &str| format!("{label} ({})", lang.t(LeverMsg::TotalsPeople));
    let rows: [TotalsRow; 5] = [
        (
            people(lang.t(LeverMsg::TrainingCadres)),
            |y| y.people.cadres,
            0,
        ),
        (
            people(lang.t(LeverMsg::TrainingLeaders)),
            |y| y.people.village_leaders,
            0,
        ),
        (
            people(lang.t(LeverMsg::TrainingVocational)),
            |y| y.people.vocational,
            0,
        ),
        (lang.t(LeverMsg::TotalsCampaigns).into(), |y| y.campaigns, 0),
        (lang.t(LeverMsg::TotalsCost).into(), |y| y.cost, 1),
    ];
    let row = |(label, value, decimals): &TotalsRow| {
        html! {
            <tr>
                <th scope="row">{ label }</th>
                { for plan.iter().map(|y| html! { <td>{ lang.number(value(y), *decimals) }</td> }) }
            </tr>
        }
    };
    let base = plan
        .first()
        .map_or_else(String::new, |y| y.year.to_string());
    html! {
        <div class="training-totals" data-testid="training-totals">
            <div class="table-scroll">
                <table class="lever-table totals-table">
                    <caption>{ lang.fill(LeverMsg::TotalsCaption, &[("n", &lang.number(candidates as f64, 0))]) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(LeverMsg::TotalsItem) }</th>
                            { for plan.iter().map(|y| html! { <th scope="col">{ y.year }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows.iter().map(row) }</tbody>
                </table>
            </div>
            <p class="group-hint">{ note(lang, &base, &ctx.dataset.province.base_date) }</p>
        </div>
    }
}

fn note(lang: Lang, base: &str, base_date: &str) -> String {
    lang.fill(
        LeverMsg::TotalsNote,
        &[("base", base), ("date", &date(lang, base_date))],
    )
}
