//! The province's training and campaigns year by year, every district's and commune's own
//! levels and years resolved (`ntm_model::sim::training_plan`): how a planner staging training
//! commune by commune checks how many people the plan trains each year and what it costs. Built
//! only while its disclosure is open (a mounted component), since it prepares the scenario.

use ntm_model::sim::{training_plan, PlannedYear};
use yew::prelude::*;

use super::LeverCtx;
use crate::i18n::criteria::date;
use crate::i18n::{scroll_table, Lang, LeverMsg};
use crate::sharing::summary::money_period;

/// How a row's figures are written.
type Shown = fn(Lang, f64) -> String;
/// A row of the table: its label, its figure in a year, and how it is written.
type TotalsRow = (String, fn(&PlannedYear) -> f64, Shown);

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
    // People as whole numbers; campaigns with a half when the base year's half gives one (69,5,
    // so that the cost row adds up); money with its one decimal, as the money tables show it.
    let whole_number: Shown = |lang, x| lang.number(x, 0);
    let rows: [TotalsRow; 5] = [
        (
            people(lang.t(LeverMsg::TrainingCadres)),
            |y| y.people.cadres,
            whole_number,
        ),
        (
            people(lang.t(LeverMsg::TrainingLeaders)),
            |y| y.people.village_leaders,
            whole_number,
        ),
        (
            people(lang.t(LeverMsg::TrainingVocational)),
            |y| y.people.vocational,
            whole_number,
        ),
        (
            lang.t(LeverMsg::TotalsCampaigns).into(),
            |y| y.campaigns,
            |lang, x| lang.number_short(x, 1),
        ),
        (
            lang.t(LeverMsg::TotalsCost).into(),
            |y| y.cost,
            |lang, x| lang.number(x, 1),
        ),
    ];
    let row = |(label, value, shown): &TotalsRow| {
        html! {
            <tr>
                <th scope="row">{ label }</th>
                { for plan.iter().map(|y| html! { <td>{ shown(lang, value(y)) }</td> }) }
                <td class="totals-whole">{ shown(lang, plan.iter().map(value).sum::<f64>()) }</td>
            </tr>
        }
    };
    let base = plan
        .first()
        .map_or_else(String::new, |y| y.year.to_string());
    let years: Vec<u16> = plan.iter().map(|y| y.year).collect();
    let base_year = ctx.dataset.province.base_year;
    let part_year = since(lang, &ctx.dataset.province.base_date, base_year);
    let whole = lang.fill(
        LeverMsg::TotalsWhole,
        &[("period", &money_period(&ctx.dataset, &years, lang))],
    );
    let caption = lang.fill(
        LeverMsg::TotalsCaption,
        &[("n", &lang.number(candidates as f64, 0))],
    );
    html! {
        <div class="training-totals" data-testid="training-totals">
            // Focusable, so a keyboard can scroll it sideways in the narrow levers panel.
            <div class="table-scroll" tabindex="0" role="region" aria-label={scroll_table(lang, &caption)}>
                <table class="lever-table totals-table">
                    <caption>{ &caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(LeverMsg::TotalsItem) }</th>
                            { for plan.iter().map(|y| html! {
                                <th scope="col">
                                    { y.year }
                                    // The base year is a part year: said where its figures are.
                                    if y.year == base_year {
                                        <br /><span class="totals-part">{ &part_year }</span>
                                    }
                                </th>
                            }) }
                            <th scope="col" class="totals-whole">{ whole }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows.iter().map(row) }</tbody>
                </table>
            </div>
            <p class="group-hint">{ note(lang, &base, &ctx.dataset.province.base_date) }</p>
        </div>
    }
}

/// "từ 30/6" / "from 30 June": the base date without its year, under the base year's head.
fn since(lang: Lang, base_date: &str, base_year: u16) -> String {
    let full = date(lang, base_date);
    let day_month = full
        .strip_suffix(&format!("/{base_year}"))
        .or_else(|| full.strip_suffix(&format!(" {base_year}")))
        .unwrap_or(&full);
    lang.fill(LeverMsg::TotalsSince, &[("date", day_month)])
}

fn note(lang: Lang, base: &str, base_date: &str) -> String {
    lang.fill(
        LeverMsg::TotalsNote,
        &[("base", base), ("date", &date(lang, base_date))],
    )
}
