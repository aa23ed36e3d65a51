//! One saved scenario in the list: its name, when it was saved, its key levers, and its
//! actions. Rename happens in place; delete and overwrite ask first (the question replaces the
//! buttons, focus on "Cancel", so a stray Enter does nothing harmful).

use std::rc::Rc;

use ntm_model::codec::file::scenario_to_json;
use ntm_model::{Dataset, Scenario};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::{key_levers, now_iso};
use crate::components::exports::download_text;
use crate::components::same;
use crate::i18n::{Lang, LibraryMsg};
use crate::library::{Library, NameProblem, SavedScenario};
use crate::sharing::file_name::scenario_file_name;
use crate::sharing::summary::Topic;
use crate::sharing::when::saved_at_text;
use crate::state::LibraryAction;

#[derive(Properties)]
pub struct SavedItemProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub defaults: Rc<Scenario>,
    pub item: SavedScenario,
    /// The whole library: a new name is checked against the others'.
    pub library: Rc<Library>,
    /// It is the scenario on screen.
    #[prop_or_default]
    pub on_screen: bool,
    #[prop_or_default]
    pub locked: bool,
    pub on_library: Callback<LibraryAction>,
    pub on_open: Callback<LibraryAction>,
    /// It is about to be deleted (the list moves focus away).
    #[prop_or_default]
    pub on_gone: Callback<()>,
}

impl PartialEq for SavedItemProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same(&self.defaults, &other.defaults)
            && self.item == other.item
            && same(&self.library, &other.library)
            && self.on_screen == other.on_screen
            && self.locked == other.locked
            && self.on_library == other.on_library
            && self.on_open == other.on_open
            && self.on_gone == other.on_gone
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Idle,
    Renaming,
    ConfirmDelete,
    ConfirmOverwrite,
}

/// "Lưu lúc 09:38 ngày 30/11/2026", in the browser's time zone.
fn saved_when(iso: &str, lang: Lang) -> Option<String> {
    let date = js_sys::Date::new(&iso.into());
    let offset = date.get_timezone_offset();
    let offset = if offset.is_finite() { offset as i32 } else { 0 };
    saved_at_text(iso, offset, lang).map(|w| lang.fill(LibraryMsg::SavedAt, &[("when", &w)]))
}

#[component]
pub fn SavedItem(props: &SavedItemProps) -> Html {
    let lang = props.lang;
    let item = &props.item;
    let id = item.id.clone();
    let mode = use_state_eq(|| Mode::Idle);
    let draft = use_state(|| item.name.clone());
    // Why the name typed cannot be this one's (said under the box, which keeps it).
    let problem = use_state_eq(|| None::<NameProblem>);
    let input = use_node_ref();
    let cancel = use_node_ref();
    let rename_button = use_node_ref();
    {
        // Focus follows the mode: the name box, or the "Cancel" of a question.
        let (input, cancel) = (input.clone(), cancel.clone());
        use_effect_with(*mode, move |mode| {
            let target = match mode {
                Mode::Renaming => input.cast::<HtmlElement>(),
                Mode::ConfirmDelete | Mode::ConfirmOverwrite => cancel.cast::<HtmlElement>(),
                Mode::Idle => None,
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
            if *mode == Mode::Renaming {
                if let Some(i) = input.cast::<HtmlInputElement>() {
                    i.select();
                }
            }
        });
    }
    let set_mode = |m: Mode| {
        let mode = mode.clone();
        let draft = draft.clone();
        let problem = problem.clone();
        let name = item.name.clone();
        Callback::from(move |_: MouseEvent| {
            if m == Mode::Renaming {
                draft.set(name.clone());
                problem.set(None);
            }
            mode.set(m)
        })
    };
    let back_to_idle = {
        let mode = mode.clone();
        let rename_button = rename_button.clone();
        let item_id = item.id.clone();
        move |refocus: bool| {
            // The button that asked the question gets the focus back (a cancelled "Xóa" had
            // left it on "Đổi tên"); the rename form's, Rename.
            let asked = match *mode {
                Mode::ConfirmDelete => Some("delete"),
                Mode::ConfirmOverwrite => Some("overwrite"),
                Mode::Renaming | Mode::Idle => None,
            }
            .map(|part| format!("[data-testid=\"saved-{part}-{item_id}\"]"));
            mode.set(Mode::Idle);
            if refocus {
                // After the re-render: the buttons exist again.
                let rename_button = rename_button.clone();
                gloo::timers::callback::Timeout::new(0, move || {
                    // Not a button turned off meanwhile (the library locked by another tab).
                    let by_question = asked.and_then(|sel| {
                        gloo::utils::document()
                            .query_selector(&sel)
                            .ok()
                            .flatten()
                            .filter(|e| !e.has_attribute("disabled"))
                            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                    });
                    if let Some(b) = by_question.or_else(|| rename_button.cast::<HtmlElement>()) {
                        let _ = b.focus();
                    }
                })
                .forget();
            }
        }
    };
    let send = |make: fn(String) -> LibraryAction| {
        let on_library = props.on_library.clone();
        let id = id.clone();
        let mode = mode.clone();
        Callback::from(move |_: MouseEvent| {
            mode.set(Mode::Idle);
            on_library.emit(make(id.clone()))
        })
    };
    let on_open = {
        let on_open = props.on_open.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(LibraryAction::Open { id: id.clone() }))
    };
    let on_duplicate = send(|id| LibraryAction::Duplicate { id, now: now_iso() });
    let on_overwrite = send(|id| LibraryAction::Overwrite { id, now: now_iso() });
    let on_delete = {
        let on_library = props.on_library.clone();
        let on_gone = props.on_gone.clone();
        let id = id.clone();
        let mode = mode.clone();
        Callback::from(move |_: MouseEvent| {
            // Idle again should the library refuse (another tab deleted it first).
            mode.set(Mode::Idle);
            on_gone.emit(());
            on_library.emit(LibraryAction::Delete { id: id.clone() })
        })
    };
    let on_export = {
        let scenario = item.scenario.clone();
        let name = item.name.clone();
        Callback::from(move |_: MouseEvent| {
            let file = scenario_file_name(&name, lang.t(LibraryMsg::FallbackName));
            let text = scenario_to_json(&scenario, &name);
            if let Err(e) = download_text(&file, "application/json", &text) {
                gloo::console::error!(format!("scenario export: {e}"));
            }
        })
    };
    let on_rename = {
        let on_library = props.on_library.clone();
        let draft = draft.clone();
        let problem = problem.clone();
        let library = props.library.clone();
        let input = input.clone();
        let id = id.clone();
        let back_to_idle = back_to_idle.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Another's name, or none, is refused here rather than numbered or ignored: the
            // planner chose this name for this scenario.
            if let Some(p) = library.rename_problem(&id, &draft) {
                problem.set(Some(p));
                if let Some(i) = input.cast::<HtmlElement>() {
                    let _ = i.focus();
                }
                return;
            }
            on_library.emit(LibraryAction::Rename {
                id: id.clone(),
                name: (*draft).clone(),
                fallback: lang.t(LibraryMsg::FallbackName).into(),
            });
            back_to_idle(true);
        })
    };
    let on_draft = {
        let draft = draft.clone();
        let problem = problem.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(e.target_unchecked_into::<HtmlInputElement>().value());
            problem.set(None);
        })
    };
    let problem_text = (*problem).as_ref().map(|p| match p {
        NameProblem::Empty => html! { lang.t(LibraryMsg::RenameEmpty) },
        NameProblem::Taken(name) => {
            let msg = lang.t(LibraryMsg::RenameTaken);
            html! {
                <>
                    { msg.split("{name}").next().unwrap_or("") }
                    <span translate="no">{ name }</span>
                    { msg.split("{name}").nth(1).unwrap_or("") }
                </>
            }
        }
    });
    // Escape leaves the question or the name box, not the whole dialog.
    let onkeydown = {
        let mode = mode.clone();
        let back_to_idle = back_to_idle.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *mode != Mode::Idle {
                e.prevent_default();
                e.stop_propagation();
                back_to_idle(true);
            }
        })
    };
    let on_cancel = {
        let back_to_idle = back_to_idle.clone();
        Callback::from(move |_: MouseEvent| back_to_idle(true))
    };
    let t = |id_part: &str| format!("saved-{id_part}-{}", item.id);
    let name_id = t("name");
    let levers = key_levers(
        &item.scenario,
        &props.defaults,
        &props.dataset,
        lang,
        &[Topic::Budget, Topic::Rule, Topic::Changed],
    );
    let when = saved_when(&item.saved_at, lang);
    let question = |text: LibraryMsg,
                    yes: LibraryMsg,
                    on_yes: Callback<MouseEvent>,
                    danger: bool| {
        html! {
            <div class="saved-confirm" role="group" aria-labelledby={t("question")}>
                <p id={t("question")}>
                    { lang.t(text).split("{name}").next().unwrap_or("") }
                    <span translate="no">{ &item.name }</span>
                    { lang.t(text).split("{name}").nth(1).unwrap_or("") }
                </p>
                <button
                    type="button"
                    class={classes!("button", danger.then_some("button-danger"))}
                    data-testid={t("confirm")}
                    onclick={on_yes}
                >
                    { lang.t(yes) }
                </button>
                <button type="button" class="button-quiet" ref={cancel.clone()} data-testid={t("cancel")} onclick={on_cancel.clone()}>
                    { lang.t(LibraryMsg::Cancel) }
                </button>
            </div>
        }
    };
    let body = match *mode {
        Mode::Renaming => html! {
            <form class="saved-rename" onsubmit={on_rename}>
                <label for={t("rename-input")}>
                    { lang.t(LibraryMsg::RenameLabel).split("{name}").next().unwrap_or("") }
                    <span translate="no">{ &item.name }</span>
                    { lang.t(LibraryMsg::RenameLabel).split("{name}").nth(1).unwrap_or("") }
                </label>
                <input
                    id={t("rename-input")}
                    type="text"
                    ref={input.clone()}
                    data-testid={t("rename-input")}
                    maxlength={crate::library::MAX_NAME_CHARS.to_string()}
                    value={(*draft).clone()}
                    aria-invalid={problem_text.is_some().then_some("true")}
                    aria-describedby={problem_text.is_some().then(|| t("rename-problem"))}
                    oninput={on_draft}
                />
                <button type="submit" class="button" data-testid={t("rename-save")}>
                    { lang.t(LibraryMsg::RenameSave) }
                </button>
                <button type="button" class="button-quiet" data-testid={t("rename-cancel")} onclick={on_cancel.clone()}>
                    { lang.t(LibraryMsg::Cancel) }
                </button>
                if let Some(text) = problem_text.clone() {
                    <p class="field-problem" role="alert" id={t("rename-problem")} data-testid={t("rename-problem")}>{ text }</p>
                }
            </form>
        },
        Mode::ConfirmDelete => question(
            LibraryMsg::ConfirmDelete,
            LibraryMsg::ConfirmDeleteYes,
            on_delete,
            true,
        ),
        Mode::ConfirmOverwrite => question(
            LibraryMsg::ConfirmOverwrite,
            LibraryMsg::ConfirmOverwriteYes,
            on_overwrite,
            false,
        ),
        Mode::Idle => {
            let button = |part: &str,
                          text: LibraryMsg,
                          tip: Option<LibraryMsg>,
                          writes: bool,
                          onclick: Callback<MouseEvent>,
                          class: &'static str| {
                html! {
                    <button
                        type="button"
                        class={class}
                        data-testid={t(part)}
                        title={tip.map(|m| lang.t(m))}
                        disabled={writes && (props.locked || (part == "overwrite" && props.on_screen))}
                        onclick={onclick}
                    >
                        { lang.t(text) }
                    </button>
                }
            };
            html! {
                <div class="saved-actions" role="group" aria-labelledby={name_id.clone()}>
                    { button("open", LibraryMsg::Open, Some(LibraryMsg::OpenTip), false, on_open, "button") }
                    { button("overwrite", LibraryMsg::Overwrite, Some(LibraryMsg::OverwriteTip), true, set_mode(Mode::ConfirmOverwrite), "button-quiet") }
                    <button
                        type="button"
                        class="button-quiet"
                        ref={rename_button.clone()}
                        data-testid={t("rename")}
                        disabled={props.locked}
                        onclick={set_mode(Mode::Renaming)}
                    >
                        { lang.t(LibraryMsg::Rename) }
                    </button>
                    { button("duplicate", LibraryMsg::Duplicate, Some(LibraryMsg::DuplicateTip), true, on_duplicate, "button-quiet") }
                    { button("export", LibraryMsg::ExportOne, Some(LibraryMsg::ExportOneTip), false, on_export, "button-quiet") }
                    { button("delete", LibraryMsg::Delete, None, true, set_mode(Mode::ConfirmDelete), "button-quiet button-quiet-danger") }
                </div>
            }
        }
    };
    html! {
        <li
            class={classes!("saved-item", props.on_screen.then_some("is-on-screen"))}
            data-testid="saved-item"
            data-id={item.id.clone()}
            {onkeydown}
        >
            <div class="saved-head">
                <h4 class="saved-name" id={name_id.clone()} translate="no" data-testid={t("title")}>{ &item.name }</h4>
                if props.on_screen {
                    <span class="badge" data-testid={t("on-screen")}>{ lang.t(LibraryMsg::OnScreen) }</span>
                }
                if let Some(when) = when {
                    <span class="saved-when" data-testid={t("when")}>{ when }</span>
                }
            </div>
            <ul class="key-levers">
                { for levers.into_iter().map(|l| html! { <li>{ l }</li> }) }
            </ul>
            { body }
        </li>
    }
}
