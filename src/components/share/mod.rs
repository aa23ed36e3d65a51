//! Sharing the scenario on screen: a "Chia sẻ" button that opens a dialog with the full link
//! (read-only, selectable, one click to copy), its QR code large enough to scan from a
//! projector, and a short description of the scenario beside it. The link is the one the
//! address bar holds (`url_state`), computed here only while the dialog is open.

mod dialog;
mod qr;

use std::rc::Rc;

use ntm_model::{Dataset, Scenario};
use yew::prelude::*;

pub use dialog::{copy_text, ShareDialog, ShareDialogProps};
pub use qr::{QrCode, QrCodeProps};

use crate::components::{same, same_opt};
use crate::i18n::{Lang, ShareMsg};
use crate::sharing::share_url;
use crate::sharing::summary::{results_line, scenario_summary};
use crate::simulation::Outcome;
use crate::state::view::ViewState;
use crate::url_state;

#[derive(Properties)]
pub struct ShareButtonProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub defaults: Rc<Scenario>,
    pub scenario: Rc<Scenario>,
    pub view: ViewState,
    /// The scenario's name, which the link carries (one a planner typed; `None` otherwise).
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// The current scenario's results, `None` while they belong to an older scenario (what
    /// it achieves is said once every run is done).
    pub outcome: Option<Rc<Outcome>>,
    /// Shared from a screen that shows more than the link carries (the comparison): the
    /// dialog says the other scenarios do not travel with it.
    #[prop_or_default]
    pub only_current: bool,
}

impl PartialEq for ShareButtonProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same(&self.defaults, &other.defaults)
            && self.scenario == other.scenario
            && self.view == other.view
            && self.name == other.name
            && same_opt(&self.outcome, &other.outcome)
            && self.only_current == other.only_current
    }
}

/// The header's "Chia sẻ" button and, while open, its dialog.
#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let lang = props.lang;
    let open = use_state_eq(|| false);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    let on_close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    let dialog = if *open {
        let ds = &props.dataset;
        let name = props.name.as_deref();
        let link = match url_state::fragment(&props.scenario, &props.view, name, ds) {
            Ok(f) => {
                let href = gloo::utils::window().location().href().unwrap_or_default();
                share_url(&href, &f)
            }
            // The address bar keeps the last good link then (see app.rs); so does the dialog.
            Err(_) => gloo::utils::window().location().href().unwrap_or_default(),
        };
        let mut about: Vec<AttrValue> =
            scenario_summary(&props.scenario, &props.defaults, ds, lang)
                .into_iter()
                .map(|l| AttrValue::from(l.text))
                .collect();
        let results = props
            .outcome
            .as_deref()
            .and_then(|o| results_line(ds, o, lang));
        if let Some(r) = results {
            about.insert(0, r.into());
        }
        if let Some(name) = name {
            about.insert(0, format!("{} {name}", lang.t(ShareMsg::NameLine)).into());
        }
        html! {
            <ShareDialog {lang} link={AttrValue::from(link)} {about} {on_close} only_current={props.only_current} />
        }
    } else {
        Html::default()
    };
    html! {
        <>
            <button
                type="button"
                class="header-button"
                data-testid="share-open"
                title={lang.t(ShareMsg::ButtonTip)}
                aria-haspopup="dialog"
                {onclick}
            >
                <span aria-hidden="true">{ "⇪ " }</span>{ lang.t(ShareMsg::Button) }
            </button>
            { dialog }
        </>
    }
}
