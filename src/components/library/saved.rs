//! The saved scenarios: a form to save the one on screen under a name, then the list, newest
//! last (the order they were saved), each with when it was saved, its key levers and actions.

use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::item::SavedItem;
use super::{now_iso, LibraryCtx};
use crate::i18n::LibraryMsg;
use crate::library::LibraryError;
use crate::state::LibraryAction;

#[derive(Properties, PartialEq)]
pub struct SavedListProps {
    pub ctx: LibraryCtx,
    /// The last library operation was refused (then "saved" is not said).
    #[prop_or_default]
    pub refused: Option<LibraryError>,
    /// The browser refused to write the library: the scenario is kept in this page only.
    #[prop_or_default]
    pub not_written: bool,
    /// A saved scenario is to be opened (`LibraryAction::Open`).
    pub on_open: Callback<LibraryAction>,
}

/// `template` with each `{key}` replaced by its name, marked as a proper name (the planner's
/// words: never translated, nor read as a sentence left in Vietnamese on the English page).
fn with_names(template: &str, names: &[(&str, &str)]) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut rest = template;
    while let Some((at, key, name)) = names
        .iter()
        .filter_map(|(key, name)| Some((rest.find(&format!("{{{key}}}"))?, *key, *name)))
        .min_by_key(|(at, ..)| *at)
    {
        parts.push(html! { { &rest[..at] } });
        parts.push(html! { <span class="scenario-name" translate="no">{ name }</span> });
        rest = &rest[at + key.len() + 2..];
    }
    parts.push(html! { { rest } });
    html! { <>{ for parts }</> }
}

/// From how many saved scenarios the list has a search box: a planner with thirty drafts
/// scrolled past them all to find one.
pub const SEARCH_FROM: usize = 6;

#[component]
pub fn SavedList(props: &SavedListProps) -> Html {
    let lang = props.ctx.lang;
    // A scenario a link named starts with that name: saving it keeps what the sender called it.
    let name = {
        let suggested = props.ctx.link_name.clone();
        use_state(move || suggested.map(|n| n.to_string()).unwrap_or_default())
    };
    // The name the last save went under, and the name typed when that was another's (the
    // library numbers it: "Kế hoạch A (2)", which the planner is told).
    let saved = use_state_eq(|| None::<(String, Option<String>)>);
    let heading = use_node_ref();
    let query = use_state(String::new);
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let oninput = {
        let name = name.clone();
        let saved = saved.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value());
            saved.set(None);
        })
    };
    // What an empty name saves as: the scenario's first change, shown in the empty box.
    let suggested = crate::sharing::summary::suggested_name(
        &props.ctx.defaults,
        &props.ctx.scenario,
        &props.ctx.dataset,
        lang,
        lang.t(LibraryMsg::DefaultName),
    );
    let onsubmit = {
        let suggested = suggested.clone();
        let name = name.clone();
        let saved = saved.clone();
        let on_library = props.ctx.on_library.clone();
        let library = props.ctx.library.clone();
        let locked = props.ctx.locked;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if locked {
                return;
            }
            let fallback = suggested.as_str();
            let given = library.name_for(&name, fallback);
            let numbered = library.taken_by(&name, fallback);
            on_library.emit(LibraryAction::SaveCurrent {
                name: (*name).clone(),
                fallback: fallback.into(),
                now: now_iso(),
            });
            name.set(String::new());
            saved.set(Some((given, numbered)));
        })
    };
    // A deleted row takes its buttons with it: focus goes to the list's heading.
    let on_gone = {
        let heading = heading.clone();
        Callback::from(move |()| {
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        })
    };
    // The status speaks of the last save: an action on a saved scenario since (a rename of
    // the one it names, say) takes it away.
    let on_item_action = {
        let saved = saved.clone();
        let on_library = props.ctx.on_library.clone();
        Callback::from(move |action: LibraryAction| {
            saved.set(None);
            on_library.emit(action)
        })
    };
    let items = &props.ctx.library.items;
    let searching = items.len() >= SEARCH_FROM;
    let shown: Vec<_> = items
        .iter()
        .filter(|item| !searching || crate::names::contains_query(&item.name, &query))
        .collect();
    let showing = props
        .ctx
        .library
        .showing(&props.ctx.scenario)
        .map(|s| s.id.as_str());
    html! {
        <div class="saved" data-testid="saved-list">
            <form class="save-form" {onsubmit}>
                <h3>{ lang.t(LibraryMsg::SaveHeading) }</h3>
                <div class="save-row">
                    <label for="save-name">{ lang.t(LibraryMsg::NameLabel) }</label>
                    <input
                        id="save-name"
                        type="text"
                        data-testid="save-name"
                        maxlength={crate::library::MAX_NAME_CHARS.to_string()}
                        value={(*name).clone()}
                        placeholder={suggested}
                        autofocus=true
                        disabled={props.ctx.locked}
                        {oninput}
                    />
                    <button type="submit" class="button" data-testid="save-current" disabled={props.ctx.locked}>
                        { lang.t(LibraryMsg::Save) }
                    </button>
                </div>
                // At the limit, the browser drops what is typed or pasted beyond it without a
                // word ("… giai đoạn 2" for "giai đoạn 2021–2025"): said here.
                if name.chars().count() >= crate::library::MAX_NAME_CHARS {
                    <p class="group-hint" data-testid="save-name-full">
                        { lang.fill(LibraryMsg::NameFull, &[("n", &crate::library::MAX_NAME_CHARS.to_string())]) }
                    </p>
                }
                <p class="save-status" role="status" data-testid="save-status">
                    // Not "saved" when the browser would not write it: it would be lost on
                    // reload, which the notice above says; here, say it where the eye is.
                    if let (Some((given, numbered)), None) = (&*saved, props.refused) {
                        if props.not_written {
                            { lang.t(LibraryMsg::SavedNotWritten) }
                        } else if let Some(typed) = numbered {
                            { with_names(lang.t(LibraryMsg::SavedNumbered), &[("name", given), ("typed", typed)]) }
                        } else {
                            { with_names(lang.t(LibraryMsg::Saved), &[("name", given)]) }
                        }
                    }
                </p>
            </form>
            <h3 class="saved-heading" tabindex="-1" ref={heading}>{ lang.t(LibraryMsg::ListHeading) }</h3>
            if items.is_empty() {
                <p class="saved-empty" data-testid="saved-empty">
                    // "Bấm Lưu" beside a Save that cannot be pressed: the locked note says why.
                    { lang.t(if props.ctx.locked { LibraryMsg::EmptyLocked } else { LibraryMsg::Empty }) }
                </p>
            } else {
                if searching {
                    <div class="saved-search">
                        <label for="saved-search">{ lang.t(LibraryMsg::SearchLabel) }</label>
                        <input
                            id="saved-search"
                            type="search"
                            data-testid="saved-search"
                            value={(*query).clone()}
                            oninput={on_query}
                            aria-describedby="saved-search-count"
                        />
                        <p class="group-hint" id="saved-search-count" role="status" data-testid="saved-search-count">
                            if query.trim().is_empty() {
                            } else if shown.is_empty() {
                                { lang.fill(LibraryMsg::SearchNone, &[("query", query.trim())]) }
                            } else {
                                { lang.fill(LibraryMsg::SearchShows, &[
                                    ("shown", &shown.len().to_string()),
                                    ("n", &items.len().to_string()),
                                ]) }
                            }
                        </p>
                    </div>
                }
                <ul class="saved-items">
                    { for shown.iter().copied().map(|item| html! {
                        <SavedItem
                            key={item.id.clone()}
                            {lang}
                            dataset={props.ctx.dataset.clone()}
                            defaults={props.ctx.defaults.clone()}
                            item={item.clone()}
                            library={props.ctx.library.clone()}
                            on_screen={showing == Some(item.id.as_str())}
                            locked={props.ctx.locked}
                            on_library={on_item_action.clone()}
                            on_open={props.on_open.clone()}
                            on_gone={on_gone.clone()}
                        />
                    }) }
                </ul>
            }
            <p class="saved-where">{ lang.t(LibraryMsg::StoredWhere) }</p>
        </div>
    }
}
