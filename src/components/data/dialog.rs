//! The dialog that loads a province's own data: what files to pick (and templates to start
//! from), the picking (or dropping), and what was found: every problem, in the page's language
//! with the other's beneath the heading, or a summary of the data and the button that uses it.
//! Nothing changes until that button is pressed.

use std::rc::Rc;

use ntm_model::dataset::{embedded, DatasetProblem};
use ntm_model::Dataset;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::prelude::*;

use super::DataAction;
use crate::components::controls::DropZone;
use crate::components::exports::download_text;
use crate::components::modal::Modal;
use crate::data_files::{cautions, sort_files, Caution, DataFiles, PickedFile, MAX_FILE_BYTES};
use crate::i18n::{DataMsg, Lang};

/// Problems listed at most (the model stops at 50 too).
const SHOWN_PROBLEMS: usize = 50;

#[derive(Clone, PartialEq)]
enum Reading {
    Idle,
    Busy,
    Refused(Rc<Vec<DatasetProblem>>),
    Ready(Rc<DataFiles>, Rc<Dataset>),
}

/// Reads every picked file, then sorts and checks them.
async fn read_all(files: Vec<File>) -> Reading {
    let mut picked = Vec::new();
    let mut problems = Vec::new();
    let refuse = |f: &File, m: DataMsg| DatasetProblem {
        file: f.name(),
        line: None,
        message: Lang::En.t(m).into(),
        message_vi: Lang::Vi.t(m).into(),
    };
    for f in files {
        if f.size() > MAX_FILE_BYTES {
            problems.push(refuse(&f, DataMsg::TooLarge));
            continue;
        }
        match JsFuture::from(f.text())
            .await
            .ok()
            .and_then(|t| t.as_string())
        {
            Some(text) => picked.push(PickedFile {
                name: f.name(),
                text,
            }),
            None => problems.push(refuse(&f, DataMsg::Unreadable)),
        }
    }
    if !problems.is_empty() {
        return Reading::Refused(Rc::new(problems));
    }
    let files = match sort_files(picked) {
        Ok(files) => files,
        Err(problems) => return Reading::Refused(Rc::new(problems)),
    };
    match files.load() {
        Ok(ds) => Reading::Ready(Rc::new(files), Rc::new(ds)),
        Err(e) => Reading::Refused(Rc::new(e.0)),
    }
}

#[derive(Properties)]
pub struct DataDialogProps {
    pub lang: Lang,
    /// The embedded default (cautions compare with it).
    pub default: Rc<Dataset>,
    /// The data kept before, if any (the same).
    pub kept: Option<Rc<Dataset>>,
    pub on_close: Callback<()>,
    pub on_use: Callback<DataAction>,
}

/// By identity: a derived comparison walked both datasets' every commune and village.
impl PartialEq for DataDialogProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && crate::components::same(&self.default, &other.default)
            && crate::components::same_opt(&self.kept, &other.kept)
            && self.on_close == other.on_close
            && self.on_use == other.on_use
    }
}

#[component]
pub fn DataDialog(props: &DataDialogProps) -> Html {
    let lang = props.lang;
    let reading = use_state(|| Reading::Idle);
    let start = {
        let reading = reading.clone();
        Callback::from(move |files: Vec<File>| {
            reading.set(Reading::Busy);
            let reading = reading.clone();
            wasm_bindgen_futures::spawn_local(async move { reading.set(read_all(files).await) });
        })
    };
    // Templates: the default dataset's files, the CSVs with a byte-order mark so that a
    // spreadsheet opens their Vietnamese names right (the reader skips it).
    let template = |name: &'static str, mime: &'static str, text: &'static str| {
        let bom = mime == "text/csv";
        Callback::from(move |_: MouseEvent| {
            let text = if bom {
                format!("\u{feff}{text}")
            } else {
                text.to_string()
            };
            if let Err(e) = download_text(name, mime, &text) {
                gloo::console::error!(format!("template download: {e}"));
            }
        })
    };

    let outcome = match &*reading {
        Reading::Idle => Html::default(),
        Reading::Busy => html! {
            <p class="import-status" role="status" data-testid="data-reading">{ lang.t(DataMsg::Reading) }</p>
        },
        Reading::Refused(problems) => {
            // The model lists 50 problems of a file, then one line saying there are more.
            let cut = problems
                .iter()
                .any(|p| p.line.is_none() && p.message.starts_with('…'));
            let listed = problems
                .iter()
                .filter(|p| !(p.line.is_none() && p.message.starts_with('…')))
                .count();
            let heading = |l: Lang| {
                let msg = if cut {
                    DataMsg::ProblemsMany
                } else {
                    DataMsg::Problems
                };
                l.fill(msg, &[("n", &l.number(listed as f64, 0))])
            };
            let more = problems.len() > SHOWN_PROBLEMS;
            html! {
                <div class="notice notice-warning" role="alert" data-testid="data-problems">
                    <div class="notice-text">
                        <p><strong>{ heading(lang) }</strong></p>
                        <p lang={lang.other().code()}>{ heading(lang.other()) }</p>
                        <ul class="data-problem-list">
                            { for problems.iter().take(SHOWN_PROBLEMS).map(|p| html! {
                                <li>
                                    <span translate="no">{ p.said_in(lang.into()) }</span>
                                    <br />
                                    <span class="data-problem-other" lang={lang.other().code()}>{ p.said_in(lang.other().into()) }</span>
                                </li>
                            }) }
                        </ul>
                        if more {
                            <p>{ lang.t(DataMsg::ProblemsMore) }</p>
                        }
                        <p>{ lang.t(DataMsg::Untouched) }</p>
                    </div>
                </div>
            }
        }
        Reading::Ready(files, ds) => {
            let p = &ds.province;
            let on_use = {
                let on_use = props.on_use.clone();
                let (files, ds) = (files.clone(), ds.clone());
                Callback::from(move |_: MouseEvent| {
                    on_use.emit(DataAction::Use(files.clone(), ds.clone()))
                })
            };
            let candidates = ds.communes.iter().filter(|c| c.is_candidate()).count();
            html! {
                <div class="import-ready" data-testid="data-ready">
                    <p role="status">{ lang.fill(DataMsg::Ready, &[
                        ("name", lang.pick(&p.name_vi, &p.name_en)),
                        ("districts", &lang.number(ds.districts.len() as f64, 0)),
                        ("units", &lang.number(ds.communes.len() as f64, 0)),
                        ("candidates", &lang.number(candidates as f64, 0)),
                        ("villages", &lang.number(ds.villages.len() as f64, 0)),
                        ("date", &p.base_date),
                    ]) }</p>
                    <p class="file-hint">
                        { lang.t(DataMsg::ReadyFiles) }{ " " }
                        <span class="file-name" translate="no">{ files.names.join(", ") }</span>
                    </p>
                    { for cautions(ds, &props.default, props.kept.as_deref()).into_iter().map(|c| {
                        let (text, testid) = match c {
                            Caution::Illustrative => (lang.t(DataMsg::FlagIllustrative).to_string(), "data-flag-illustrative"),
                            Caution::VillagesNotComplete => (lang.t(DataMsg::FlagVillagesIncomplete).to_string(), "data-flag-villages"),
                            Caution::VillagesMissing(n) => (lang.fill(DataMsg::FlagVillagesMissing, &[("n", &lang.number(n as f64, 0))]), "data-flag-villages-missing"),
                            Caution::DefaultsId => (lang.fill(DataMsg::FlagDefaultsId, &[("id", &p.id)]), "data-flag-defaults-id"),
                            Caution::SameVersionChanged => (lang.fill(DataMsg::FlagSameVersion, &[
                                ("id", &p.id),
                                ("v", &p.version.to_string()),
                                ("next", &(p.version + 1).to_string()),
                            ]), "data-flag-same-version"),
                            Caution::DefaultsNote => (lang.t(DataMsg::FlagDefaultsNote).to_string(), "data-flag-defaults-note"),
                        };
                        html! { <p class="import-note" data-testid={testid}>{ text }</p> }
                    }) }
                    <p class="file-hint">{ lang.t(DataMsg::UseNote) }</p>
                    <div class="saved-actions">
                        <button type="button" class="button" data-testid="data-use" onclick={on_use}>
                            { lang.t(DataMsg::Use) }
                        </button>
                    </div>
                </div>
            }
        }
    };

    html! {
        <Modal
            id="data"
            testid="data-dialog"
            class="data-dialog"
            title={lang.t(DataMsg::Title)}
            close_label={lang.t(DataMsg::Close)}
            on_close={props.on_close.clone()}
        >
            <p class="file-hint">{ lang.t(DataMsg::Intro) }</p>
            <p class="file-hint">{ lang.t(DataMsg::Columns) }</p>
            <p class="data-templates">
                { lang.t(DataMsg::Templates) }{ " " }
                <button type="button" class="button-quiet" data-testid="data-template-province"
                    onclick={template("province.json", "application/json", embedded::PROVINCE)}>{ "⤓ province.json" }</button>
                <button type="button" class="button-quiet" data-testid="data-template-communes"
                    onclick={template("communes.csv", "text/csv", embedded::COMMUNES)}>{ "⤓ communes.csv" }</button>
                <button type="button" class="button-quiet" data-testid="data-template-villages"
                    onclick={template("villages.csv", "text/csv", embedded::VILLAGES)}>{ "⤓ villages.csv" }</button>
            </p>
            <DropZone
                on_files={start}
                multiple={true}
                accept=".csv,.json,text/csv,application/json"
                pick_label={lang.t(DataMsg::Pick)}
                drop_label={lang.t(DataMsg::Drop)}
                testids={["data-drop", "data-pick", "data-files"]}
            />
            { outcome }
        </Modal>
    }
}
