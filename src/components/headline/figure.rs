//! One headline figure: a label, a year, the median in large type and its P10–P90 range.

use yew::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::simulation::Figure;

#[derive(Properties, PartialEq)]
pub struct HeadlineFigureProps {
    pub lang: Lang,
    /// `data-testid` of the element holding the median (a stable hook for tests).
    pub testid: AttrValue,
    pub label: AttrValue,
    pub year: u16,
    /// `None` when the results do not reach `year`: shown as a dash.
    pub figure: Option<Figure>,
}

#[component]
pub fn HeadlineFigure(props: &HeadlineFigureProps) -> Html {
    let lang = props.lang;
    let (median, range, raw) = match props.figure {
        Some(f) => (
            lang.number(f.p50, 0),
            format!("{}–{}", lang.number(f.p10, 0), lang.number(f.p90, 0)),
            format!("{}", f.p50.round()),
        ),
        None => ("–".to_string(), "–".to_string(), String::new()),
    };
    html! {
        <figure class="headline-figure">
            <figcaption>
                <span class="headline-label">{ &props.label }</span>
                <span class="headline-year">{ lang.end_of_year(props.year) }</span>
            </figcaption>
            <p class="headline-value">
                <span class="visually-hidden">{ lang.t(Msg::Median) }{ ": " }</span>
                <data data-testid={props.testid.clone()} value={raw}>{ median }</data>
            </p>
            <p class="headline-range">
                { lang.t(Msg::RangeP10P90) }{ ": " }{ range }
            </p>
        </figure>
    }
}
