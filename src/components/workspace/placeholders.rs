//! Where the charts, the criteria matrix and the commune detail go. Each placeholder is a
//! clearly marked `<section>` with the props the real component takes, so swapping it in is
//! one line in `app.rs` (look for `INTEGRATE:`).

use std::rc::Rc;

use ntm_model::Dataset;
use yew::prelude::*;

use crate::components::charts::VillagesChart;
use crate::components::{same, same_opt};
use crate::i18n::{Lang, WorkspaceMsg};
use crate::names::commune_label;
use crate::simulation::Outcome;

#[derive(Properties)]
pub struct ChartsPlaceholderProps {
    pub lang: Lang,
    pub outcome: Option<Rc<Outcome>>,
    #[prop_or_default]
    pub stale: bool,
}

impl PartialEq for ChartsPlaceholderProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.stale == other.stale
            && same_opt(&self.outcome, &other.outcome)
    }
}

/// Stands in for `components::charts::ChartsPanel`; meanwhile shows the villages chart.
#[component]
pub fn ChartsPlaceholder(props: &ChartsPlaceholderProps) -> Html {
    html! {
        <section class="placeholder" data-testid="charts-placeholder" aria-labelledby="charts-placeholder-note">
            <p class="placeholder-note" id="charts-placeholder-note">
                { props.lang.t(WorkspaceMsg::ChartsPlaceholder) }
            </p>
            <VillagesChart lang={props.lang} outcome={props.outcome.clone()} computing={props.stale} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CriteriaPlaceholderProps {
    pub lang: Lang,
}

/// Stands in for `components::criteria::CriteriaMatrix`.
#[component]
pub fn CriteriaPlaceholder(props: &CriteriaPlaceholderProps) -> Html {
    html! {
        <section class="placeholder" data-testid="criteria-placeholder" aria-label={props.lang.t(WorkspaceMsg::TabCriteria)}>
            <p class="placeholder-note">{ props.lang.t(WorkspaceMsg::CriteriaPlaceholder) }</p>
        </section>
    }
}

#[derive(Properties)]
pub struct CommuneDetailPlaceholderProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub commune: usize,
    pub on_close: Callback<()>,
    /// The commune's own levers (`CommuneLevers`).
    #[prop_or_default]
    pub children: Html,
}

impl PartialEq for CommuneDetailPlaceholderProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && self.commune == other.commune
            && self.on_close == other.on_close
            && self.children == other.children
    }
}

/// Stands in for `components::criteria::CommuneDetail`: the commune's name, a close button and
/// the levers slot.
#[component]
pub fn CommuneDetailPlaceholder(props: &CommuneDetailPlaceholderProps) -> Html {
    let lang = props.lang;
    let onclick = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <section class="commune-detail placeholder" data-testid="commune-detail" aria-labelledby="commune-detail-heading">
            <div class="unit-head">
                <h2 id="commune-detail-heading">
                    { lang.t(WorkspaceMsg::DetailHeading) }{ ": " }
                    <span translate="no">{ commune_label(&props.dataset, props.commune, lang) }</span>
                </h2>
                <button type="button" class="button-quiet" data-testid="close-commune-detail" {onclick}>
                    { "✕ " }{ lang.t(WorkspaceMsg::DetailClose) }
                </button>
            </div>
            <p class="placeholder-note">{ lang.t(WorkspaceMsg::DetailPlaceholder) }</p>
            <h3>{ lang.t(WorkspaceMsg::CommuneLeversHeading) }</h3>
            { props.children.clone() }
        </section>
    }
}
