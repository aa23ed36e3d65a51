//! The headline: villages and communes reaching the standard by end 2020 and end 2025.

mod figure;

use std::rc::Rc;

use yew::prelude::*;

pub use figure::HeadlineFigure;

use crate::i18n::{Lang, Msg};
use crate::simulation::Outcome;

/// The two years the programme's targets are set for.
pub const HEADLINE_YEARS: [u16; 2] = [2020, 2025];

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub lang: Lang,
    /// `None` until the first run finishes: the figures show a dash.
    pub outcome: Option<Rc<Outcome>>,
    /// The figures are from an older scenario; a new run is on its way.
    #[prop_or_default]
    pub computing: bool,
}

#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let lang = props.lang;
    let outcome = props.outcome.as_deref();
    let villages = HEADLINE_YEARS.map(|year| {
        html! {
            <HeadlineFigure
                {lang}
                testid={format!("headline-villages-{year}")}
                label={lang.t(Msg::VillagesStandard)}
                {year}
                figure={outcome.and_then(|o| o.villages_at(year))}
            />
        }
    });
    let communes = HEADLINE_YEARS.map(|year| {
        html! {
            <HeadlineFigure
                {lang}
                testid={format!("headline-communes-{year}")}
                label={lang.t(Msg::CommunesRecognised)}
                {year}
                figure={outcome.and_then(|o| o.communes_at(year))}
            />
        }
    });
    html! {
        <section class="headline" aria-labelledby="headline-heading">
            <div class="section-heading">
                <h2 id="headline-heading">{ lang.t(Msg::HeadlineHeading) }</h2>
                <p class="section-explainer">{ lang.t(Msg::HeadlineExplainer) }</p>
                <p class="status" role="status" data-testid="computing">
                    if props.computing { { lang.t(Msg::Computing) } }
                </p>
            </div>
            <div
                class={classes!("headline-figures", props.computing.then_some("is-stale"))}
                aria-busy={props.computing.to_string()}
            >
                { for villages }
                { for communes }
            </div>
        </section>
    }
}
