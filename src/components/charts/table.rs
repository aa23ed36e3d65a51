//! The data table under a chart: one column per year, rows P10, median, P90. Same numbers
//! as the canvas, readable by screen readers and copyable into a report.

use ntm_model::Band;
use yew::prelude::*;

use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct BandTableProps {
    pub lang: Lang,
    pub caption: AttrValue,
    pub years: Vec<u16>,
    pub band: Band,
    pub testid: AttrValue,
}

#[component]
pub fn BandTable(props: &BandTableProps) -> Html {
    let lang = props.lang;
    let row = |label: &'static str, values: &[f64], class: &'static str| {
        html! {
            <tr class={class}>
                <th scope="row">{ label }</th>
                { for props.years.iter().enumerate().map(|(i, _)| html! {
                    <td>{ values.get(i).map_or("–".to_string(), |v| lang.number(*v, 0)) }</td>
                }) }
            </tr>
        }
    };
    html! {
        <div class="table-scroll">
            <table class="data-table" data-testid={props.testid.clone()}>
                <caption>{ &props.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(Msg::AxisYear) }</th>
                        { for props.years.iter().map(|y| html! { <th scope="col">{ y }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { row("P90", &props.band.p90, "") }
                    { row(lang.t(Msg::Median), &props.band.p50, "row-median") }
                    { row("P10", &props.band.p10, "") }
                </tbody>
            </table>
        </div>
    }
}
