//! The dataset's ready-made scenarios (`ntm_model::scenario::presets`): business as usual, the
//! 2020 plan, nearest-first, poorest-and-border-first, training-heavy — each with its name and
//! what it does in the page's language, its key levers, and one click to put it on screen or
//! into the library.

use std::rc::Rc;

use ntm_model::scenario::presets;
use ntm_model::Scenario;
use yew::prelude::*;

use super::{key_levers, now_iso, LibraryCtx};
use crate::i18n::LibraryMsg;
use crate::sharing::summary::Topic;
use crate::state::LibraryAction;

#[derive(Properties, PartialEq)]
pub struct PresetListProps {
    pub ctx: LibraryCtx,
    pub on_load: Callback<Scenario>,
}

/// A preset, ready to show.
#[derive(Clone, PartialEq)]
struct Ready {
    id: String,
    name_vi: String,
    name_en: String,
    about_vi: String,
    about_en: String,
    scenario: Scenario,
}

#[component]
pub fn PresetList(props: &PresetListProps) -> Html {
    let lang = props.ctx.lang;
    let ds = &props.ctx.dataset;
    let list = use_memo(Rc::as_ptr(ds) as usize, {
        let ds = ds.clone();
        move |_| {
            presets::all(&ds)
                .into_iter()
                .map(|(p, scenario)| Ready {
                    id: p.id.clone(),
                    name_vi: p.name_vi.clone(),
                    name_en: p.name_en.clone(),
                    about_vi: p.about_vi.clone(),
                    about_en: p.about_en.clone(),
                    scenario,
                })
                .collect::<Vec<_>>()
        }
    });
    let added = use_state_eq(|| None::<String>);
    let items = list.iter().map(|p| {
        let name = lang.pick(&p.name_vi, &p.name_en).to_string();
        let on_open = {
            let on_load = props.on_load.clone();
            let sc = p.scenario.clone();
            Callback::from(move |_: MouseEvent| on_load.emit(sc.clone()))
        };
        let on_add = {
            let on_library = props.ctx.on_library.clone();
            let sc = p.scenario.clone();
            let name = name.clone();
            let added = added.clone();
            Callback::from(move |_: MouseEvent| {
                on_library.emit(LibraryAction::Save {
                    name: name.clone(),
                    fallback: lang.t(LibraryMsg::FallbackName).into(),
                    now: now_iso(),
                    scenario: Box::new(sc.clone()),
                });
                added.set(Some(name.clone()));
            })
        };
        let on_screen = p.scenario == *props.ctx.scenario;
        let levers = key_levers(
            &p.scenario,
            &props.ctx.defaults,
            ds,
            lang,
            &[Topic::Budget, Topic::Rule, Topic::Training],
        );
        let title_id = format!("preset-{}-name", p.id);
        html! {
            <li
                class={classes!("preset", on_screen.then_some("is-on-screen"))}
                data-testid={format!("preset-{}", p.id)}
            >
                <div class="saved-head">
                    <h3 class="saved-name" id={title_id.clone()}>{ &name }</h3>
                    if on_screen {
                        <span class="badge">{ lang.t(LibraryMsg::OnScreen) }</span>
                    }
                </div>
                <p class="preset-about">{ lang.pick(&p.about_vi, &p.about_en) }</p>
                <ul class="key-levers">
                    { for levers.into_iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
                <div class="saved-actions" role="group" aria-labelledby={title_id}>
                    <button
                        type="button"
                        class="button"
                        data-testid={format!("preset-open-{}", p.id)}
                        title={lang.t(LibraryMsg::PresetOpenTip)}
                        onclick={on_open}
                    >
                        { lang.t(LibraryMsg::PresetOpen) }
                    </button>
                    <button
                        type="button"
                        class="button-quiet"
                        data-testid={format!("preset-add-{}", p.id)}
                        title={lang.t(LibraryMsg::PresetAddTip)}
                        disabled={props.ctx.locked}
                        onclick={on_add}
                    >
                        { lang.t(LibraryMsg::PresetAdd) }
                    </button>
                </div>
            </li>
        }
    });
    let place = lang
        .pick(&ds.province.name_vi, &ds.province.name_en)
        .to_string();
    let intro = lang.t(LibraryMsg::PresetsIntro);
    html! {
        <div class="presets" data-testid="preset-list">
            <p class="presets-intro">
                { intro.split("{dataset}").next().unwrap_or("") }
                <span translate="no">{ place }</span>
                { intro.split("{dataset}").nth(1).unwrap_or("") }
            </p>
            <p class="save-status" role="status" data-testid="preset-status">
                if let Some(name) = &*added {
                    { lang.fill(LibraryMsg::PresetAdded, &[("name", name)]) }
                }
            </p>
            <ul class="saved-items">{ for items }</ul>
        </div>
    }
}
