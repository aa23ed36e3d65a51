//! "Bản đã cất riêng trong trình duyệt": what NTM Planner set aside rather than delete
//! (`storage::set_aside`), with a way back that needs no developer tools. Shown only when
//! something was set aside.

use yew::prelude::*;

use super::{key_levers, now_iso, LibraryCtx};
use crate::components::exports::download_text;
use crate::i18n::{date_text, Lang, LibraryMsg};
use crate::sharing::summary::Topic;
use crate::state::LibraryAction;
use crate::storage::set_aside::{self, Entry, Kind};
use crate::storage::{KeyValue, LocalStore};

#[derive(Properties, PartialEq)]
pub struct SetAsideListProps {
    pub ctx: LibraryCtx,
}

#[component]
pub fn SetAsideList(props: &SetAsideListProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    // Bumped after a removal, so that the list is read from storage again.
    let removed = use_state(|| 0u32);
    // The entry whose "Xóa" was pressed once: a second press deletes it (no pop-up, and the
    // focus stays on the button, whose label says what the next press does).
    let armed = use_state(|| None::<String>);
    let entries = set_aside::list(&LocalStore::open(), &ctx.dataset);
    if entries.is_empty() {
        return Html::default();
    }
    let row = |e: &Entry| {
        let when = when_text(lang, &e.when);
        let title = match (e.kind, &e.scenario) {
            (Kind::Autosave, Some(_)) => {
                lang.fill(LibraryMsg::SetAsideAutosave, &[("when", &when)])
            }
            (Kind::Autosave, None) => lang.fill(
                LibraryMsg::SetAsideUnreadable,
                &[("when", &when), ("n", &lang.number(e.chars as f64, 0))],
            ),
            (Kind::Library, _) => lang.fill(LibraryMsg::SetAsideLibrary, &[("when", &when)]),
            (Kind::Stage, _) => lang.fill(LibraryMsg::SetAsideStage, &[("when", &when)]),
            (Kind::Dataset, _) => lang.fill(LibraryMsg::SetAsideDataset, &[("when", &when)]),
        };
        let summary = e.scenario.as_ref().map(|sc| {
            key_levers(
                sc,
                &ctx.defaults,
                &ctx.dataset,
                lang,
                &[Topic::Budget, Topic::Rule, Topic::Changed],
            )
            .join(" · ")
        });
        let in_library = e
            .scenario
            .as_ref()
            .is_some_and(|sc| ctx.library.items.iter().any(|s| s.scenario == *sc));
        let save = e
            .scenario
            .clone()
            .filter(|_| !in_library && !ctx.locked)
            .map(|sc| {
                let on_library = ctx.on_library.clone();
                let name = lang.fill(LibraryMsg::SetAsideName, &[("when", &when)]);
                Callback::from(move |_: MouseEvent| {
                    on_library.emit(LibraryAction::Save {
                        name: name.clone(),
                        fallback: name.clone(),
                        now: now_iso(),
                        scenario: Box::new(sc.clone()),
                    })
                })
            });
        let download = {
            let key = e.key.clone();
            let file = format!("ntm-planner-{}.json", file_safe(&e.key));
            Callback::from(move |_: MouseEvent| {
                if let Some(text) = LocalStore::open().get(&key) {
                    if let Err(err) = download_text(&file, "application/json", &text) {
                        gloo::console::warn!(format!("download failed: {err}"));
                    }
                }
            })
        };
        let is_armed = armed.as_deref() == Some(e.key.as_str());
        let remove = {
            let key = e.key.clone();
            let removed = removed.clone();
            let armed = armed.clone();
            Callback::from(move |_: MouseEvent| {
                if armed.as_deref() == Some(key.as_str()) {
                    LocalStore::open().remove(&key);
                    armed.set(None);
                    removed.set(*removed + 1);
                } else {
                    armed.set(Some(key.clone()));
                }
            })
        };
        html! {
            <li class="set-aside-item" data-testid="set-aside-item">
                <p><strong>{ title }</strong></p>
                if let Some(s) = summary {
                    <p class="file-hint">{ s }</p>
                }
                <div class="save-row">
                    if let Some(onclick) = save {
                        <button type="button" class="button" data-testid="set-aside-save" {onclick}>
                            { lang.t(LibraryMsg::SetAsideSave) }
                        </button>
                    } else if in_library {
                        <span class="set-aside-kept" data-testid="set-aside-in-library">{ "✓ " }{ lang.t(LibraryMsg::SetAsideInLibrary) }</span>
                    }
                    <button type="button" class="button-quiet" data-testid="set-aside-download" onclick={download}>
                        { "⤓ " }{ lang.t(LibraryMsg::SetAsideDownload) }
                    </button>
                    <button type="button" class={classes!("button-quiet", is_armed.then_some("is-armed"))} data-testid="set-aside-remove" onclick={remove}>
                        { lang.t(if is_armed { LibraryMsg::SetAsideConfirm } else { LibraryMsg::SetAsideRemove }) }
                    </button>
                </div>
            </li>
        }
    };
    html! {
        <section class="file-section" aria-labelledby="set-aside-h" data-testid="set-aside">
            <h3 id="set-aside-h">{ lang.t(LibraryMsg::SetAsideHeading) }</h3>
            <p class="file-hint">{ lang.t(LibraryMsg::SetAsideHint) }</p>
            <ul class="set-aside-list">{ for entries.iter().map(row) }</ul>
        </section>
    }
}

/// A set-aside time in the reader's way and local time ("01/12/2026 08:48"); the key's text
/// when it is not a time.
fn when_text(lang: Lang, iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    let ms = date.get_time();
    if !ms.is_finite() {
        return iso.to_string();
    }
    format!(
        "{} {:02}:{:02}",
        date_text(
            lang,
            date.get_full_year() as i32,
            date.get_month() + 1,
            date.get_date()
        ),
        date.get_hours(),
        date.get_minutes()
    )
}

/// A key as part of a file name: letters, digits and dashes.
fn file_safe(key: &str) -> String {
    key.trim_start_matches(crate::storage::SET_ASIDE_PREFIX)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}
