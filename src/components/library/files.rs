//! Scenario files: export the scenario on screen as `<name>.ntm.json` (the model's file
//! format), and import one, picked or dropped. An imported file is checked first
//! (`sharing::import`); then the planner chooses to open it or save it into the library. A
//! wrong file says what is wrong, in Vietnamese and English, and changes nothing.

use std::rc::Rc;

use ntm_model::codec::file::{self, scenario_to_json};
use ntm_model::{Dataset, Scenario};
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use super::{key_levers, now_iso, LibraryCtx};
use crate::components::controls::DropZone;
use crate::components::exports::download_text;
use crate::components::notice::detail_line;
use crate::i18n::{Lang, LibraryMsg};
use crate::sharing::file_name::scenario_file_name;
use crate::sharing::import::{check_size, read_file, ImportError, Imported, MAX_FILE_BYTES};
use crate::sharing::problems::problems_said;
use crate::sharing::summary::Topic;
use crate::state::LibraryAction;

#[derive(Properties, PartialEq)]
pub struct FilePanelProps {
    /// The dialog's shared inputs (the library names the export after the saved scenario on
    /// screen, if any).
    pub ctx: LibraryCtx,
    /// Opens the file's scenario under the file's name (the name in it, else the file's).
    pub on_open: Callback<(Scenario, String)>,
}

/// Where an import is.
#[derive(Clone, PartialEq)]
pub enum ImportState {
    Idle,
    Reading(String),
    Ready {
        file: String,
        imported: Rc<Imported>,
        saved: bool,
    },
    Failed {
        file: String,
        error: ImportError,
    },
}

/// What is wrong with a file, in `lang`, and a technical detail if any.
pub fn import_reason(e: &ImportError, ds: &Dataset, lang: Lang) -> (String, Option<String>) {
    let mb = |bytes: f64| format!("{} MB", lang.number_short(bytes / 1_048_576.0, 1));
    match e {
        ImportError::TooLarge(n) => (
            lang.fill(
                LibraryMsg::ErrTooLarge,
                &[
                    ("size", &mb(*n as f64)),
                    ("max", &mb(MAX_FILE_BYTES as f64)),
                ],
            ),
            None,
        ),
        ImportError::Empty => (lang.t(LibraryMsg::ErrEmpty).into(), None),
        ImportError::NotJson => (lang.t(LibraryMsg::ErrNotJson).into(), None),
        ImportError::OtherProgram => (lang.t(LibraryMsg::ErrOtherProgram).into(), None),
        ImportError::Damaged(d) => (lang.t(LibraryMsg::ErrDamaged).into(), Some(d.clone())),
        ImportError::CutShort(d) => (lang.t(LibraryMsg::ErrCutShort).into(), Some(d.clone())),
        ImportError::Newer(v) => (
            lang.fill(LibraryMsg::ErrNewer, &[("v", &v.to_string())]),
            None,
        ),
        ImportError::OtherDataset(id) => (
            lang.fill(
                LibraryMsg::ErrOtherDataset,
                &[("id", id), ("ours", &ds.province.id)],
            ),
            None,
        ),
        ImportError::Invalid(problems) => {
            let list = problems_said(problems, file::SHOWN_PROBLEMS, ds, lang);
            (
                lang.fill(LibraryMsg::ErrInvalid, &[("problems", &list)]),
                None,
            )
        }
        ImportError::Unreadable(d) => (lang.t(LibraryMsg::ErrUnreadable).into(), Some(d.clone())),
    }
}

/// Reads `file` and checks it for `ds`.
async fn import(file: File, ds: Rc<Dataset>) -> Result<Imported, ImportError> {
    check_size(file.size())?;
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| ImportError::Unreadable(format!("{e:?}")))?;
    let text = text.as_string().unwrap_or_default();
    read_file(&text, &ds)
}

#[component]
pub fn FilePanel(props: &FilePanelProps) -> Html {
    let lang = props.ctx.lang;
    let ds = &props.ctx.dataset;
    let fallback = lang.t(LibraryMsg::FallbackName);
    // The export is named after the scenario on screen: its saved name, else the name its
    // link or file brought (exported again, a colleague's plan kept its name).
    let suggested = props
        .ctx
        .library
        .items
        .iter()
        .rev()
        .find(|s| s.scenario == *props.ctx.scenario)
        .map(|s| s.name.clone())
        .or_else(|| props.ctx.link_name.as_ref().map(|n| n.to_string()))
        .unwrap_or_default();
    let export_name = use_state(|| suggested.clone());
    let file_name = scenario_file_name(&export_name, fallback);
    let on_export_name = {
        let export_name = export_name.clone();
        Callback::from(move |e: InputEvent| {
            export_name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_export = {
        let scenario = props.ctx.scenario.clone();
        let name = (*export_name).clone();
        let file_name = file_name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Without a name typed the file carries none (its file name is the generic one):
            // the generic word written in it read back as the scenario's name.
            if let Err(e) = download_text(
                &file_name,
                "application/json",
                &scenario_to_json(&scenario, name.trim()),
            ) {
                gloo::console::error!(format!("scenario export: {e}"));
            }
        })
    };

    let state = use_state(|| ImportState::Idle);
    let start = {
        let state = state.clone();
        let ds = ds.clone();
        Callback::from(move |files: Vec<File>| {
            // One scenario file at a time: the first one picked or dropped.
            let Some(file) = files.into_iter().next() else {
                return;
            };
            let name = file.name();
            state.set(ImportState::Reading(name.clone()));
            let state = state.clone();
            let ds = ds.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match import(file, ds).await {
                    Ok(imported) => ImportState::Ready {
                        file: name,
                        imported: Rc::new(imported),
                        saved: false,
                    },
                    Err(error) => ImportState::Failed { file: name, error },
                });
            });
        })
    };
    let outcome = match &*state {
        ImportState::Idle => Html::default(),
        ImportState::Reading(file) => html! {
            <p class="import-status" role="status" data-testid="import-reading">
                { lang.t(LibraryMsg::ImportReading) }{ " " }<span translate="no">{ file }</span>
            </p>
        },
        ImportState::Ready {
            file,
            imported,
            saved,
        } => {
            let name = if imported.name.trim().is_empty() {
                file.trim_end_matches(".json")
                    .trim_end_matches(".ntm")
                    .to_string()
            } else {
                imported.name.clone()
            };
            let ready = lang.t(LibraryMsg::ImportReady);
            let parts: Vec<&str> = ready.split(['{', '}']).collect();
            // "Tệp “{file}” chứa kịch bản “{name}”." with the two names kept as written.
            let text = parts.iter().map(|p| match *p {
                "file" => html! { <span translate="no">{ file }</span> },
                "name" => html! { <span translate="no">{ &name }</span> },
                p => html! { { p } },
            });
            let on_open = {
                let on_open = props.on_open.clone();
                let sc = imported.scenario.clone();
                // The name in the file, not its file name ("ke-hoach (3)" names no plan).
                let name = imported.given_name().to_string();
                Callback::from(move |_: MouseEvent| on_open.emit((sc.clone(), name.clone())))
            };
            let on_save = {
                let on_library = props.ctx.on_library.clone();
                let sc = imported.scenario.clone();
                let name = name.clone();
                let state = state.clone();
                let (file, imported) = (file.clone(), imported.clone());
                Callback::from(move |_: MouseEvent| {
                    on_library.emit(LibraryAction::Save {
                        name: name.clone(),
                        fallback: lang.t(LibraryMsg::FallbackName).into(),
                        now: now_iso(),
                        scenario: Box::new(sc.clone()),
                    });
                    state.set(ImportState::Ready {
                        file: file.clone(),
                        imported: imported.clone(),
                        saved: true,
                    });
                })
            };
            let levers = key_levers(
                &imported.scenario,
                &props.ctx.defaults,
                ds,
                lang,
                &[Topic::Budget, Topic::Rule, Topic::Changed],
            );
            html! {
                <div class="import-ready" data-testid="import-ready">
                    <p>{ for text }</p>
                    <ul class="key-levers">
                        { for levers.into_iter().map(|l| html! { <li>{ l }</li> }) }
                    </ul>
                    if let Some(v) = imported.other_version {
                        <p class="import-note">{ lang.fill(LibraryMsg::ImportOtherVersion, &[("v", &v.to_string())]) }</p>
                    }
                    if !imported.unknown_fields.is_empty() {
                        <p class="import-note" data-testid="import-unknown-fields">
                            { lang.fill(LibraryMsg::ImportUnknownFields, &[("fields", &unknown_fields(lang, imported))]) }
                        </p>
                    }
                    <div class="saved-actions">
                        <button type="button" class="button" data-testid="import-open" onclick={on_open}>
                            { lang.t(LibraryMsg::ImportLoad) }
                        </button>
                        <button
                            type="button"
                            class="button-quiet"
                            data-testid="import-save"
                            disabled={props.ctx.locked || *saved}
                            onclick={on_save}
                        >
                            { lang.t(LibraryMsg::ImportSave) }
                        </button>
                    </div>
                    <p class="save-status" role="status" data-testid="import-status">
                        if *saved {
                            { lang.fill(LibraryMsg::ImportSaved, &[("name", &name)]) }
                        }
                    </p>
                </div>
            }
        }
        ImportState::Failed { file, error } => {
            let said_in = |l: Lang| {
                let heading = l.t(LibraryMsg::ImportFailed);
                let (before, after) = heading.split_once("{file}").unwrap_or((heading, ""));
                html! {
                    <p lang={l.code()}>
                        <strong>{ before }<span translate="no">{ file }</span>{ after }</strong>{ " " }
                        { import_reason(error, ds, l).0 }{ " " }
                        { l.t(LibraryMsg::ImportUntouched) }
                    </p>
                }
            };
            let detail = import_reason(error, ds, Lang::En).1;
            html! {
                <div class="notice notice-warning" role="alert" data-testid="import-error">
                    <div class="notice-text">
                        { said_in(lang) }
                        { said_in(lang.other()) }
                        { detail_line(detail) }
                    </div>
                </div>
            }
        }
    };

    html! {
        <div class="files" data-testid="file-panel">
            <form class="file-section" onsubmit={on_export}>
                <h3>{ lang.t(LibraryMsg::ExportHeading) }</h3>
                <p class="file-hint">{ lang.t(LibraryMsg::ExportHint) }</p>
                <div class="save-row">
                    <label for="export-name">{ lang.t(LibraryMsg::ExportNameLabel) }</label>
                    <input
                        id="export-name"
                        type="text"
                        data-testid="export-name"
                        maxlength={crate::library::MAX_NAME_CHARS.to_string()}
                        value={(*export_name).clone()}
                        oninput={on_export_name}
                    />
                    <button type="submit" class="button" data-testid="export-scenario">
                        { "⤓ " }{ lang.t(LibraryMsg::ExportButton) }
                    </button>
                </div>
                <p class="file-hint" data-testid="export-file-name">
                    { lang.t(LibraryMsg::ExportFileIs).replace("{file}", "") }
                    <span class="file-name" translate="no">{ &file_name }</span>
                </p>
            </form>
            <section class="file-section" aria-labelledby="import-h">
                <h3 id="import-h">{ lang.t(LibraryMsg::ImportHeading) }</h3>
                <p class="file-hint">{ lang.t(LibraryMsg::ImportHint) }</p>
                <DropZone
                    on_files={start}
                    accept=".json,application/json"
                    pick_label={lang.t(LibraryMsg::ImportPick)}
                    drop_label={lang.t(LibraryMsg::ImportDrop)}
                    testids={["import-drop", "import-pick", "import-file"]}
                />
                { outcome }
            </section>
            <super::set_aside::SetAsideList ctx={props.ctx.clone()} />
        </div>
    }
}

/// The ignored fields of an imported file, "a, b, c … và 3 trường khác".
fn unknown_fields(lang: Lang, imported: &Imported) -> String {
    let mut list = imported.unknown_fields.join(", ");
    if imported.more_unknown_fields > 0 {
        list.push(' ');
        list.push_str(&lang.fill(
            LibraryMsg::ImportMoreFields,
            &[("n", &lang.number(imported.more_unknown_fields as f64, 0))],
        ));
    }
    list
}
