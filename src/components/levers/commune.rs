//! One commune's levers: a searchable picker (a search box filtering a list box), the
//! communes that have settings, and [`CommuneLevers`], which the commune detail panel also
//! shows in its levers slot.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::unit::UnitLeversForm;
use super::unit_settings::UnitSettings;
use super::LeverCtx;
use crate::components::same;
use crate::i18n::{Lang, LeverMsg};
use crate::names::{commune_label, search};
use crate::state::levers::{unit_changed, Edit, UnitRef};
use ntm_model::Dataset;

#[derive(Properties)]
pub struct CommunePickerProps {
    pub lang: Lang,
    pub dataset: std::rc::Rc<Dataset>,
    pub selected: Option<usize>,
    pub on_pick: Callback<Option<usize>>,
}

impl PartialEq for CommunePickerProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && self.selected == other.selected
            && self.on_pick == other.on_pick
    }
}

/// A search box and the list of communes it matches (name or district, diacritics optional).
/// As in a combobox, ↓ or Enter in the box goes on to the list (choosing its first commune
/// when none of those shown is chosen) and ↑ on the list's first commune comes back: the list
/// was reachable only by Tab, which a planner who typed a name and pressed ↓ did not find.
#[component]
pub fn CommunePicker(props: &CommunePickerProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let query = use_state(String::new);
    let matches = search(ds, &query, lang);
    let search_ref = use_node_ref();
    let list_ref = use_node_ref();
    let onkeydown_search = {
        let list_ref = list_ref.clone();
        let on_pick = props.on_pick.clone();
        let first = matches.first().copied();
        let shown = props.selected.filter(|i| matches.contains(i));
        Callback::from(move |e: KeyboardEvent| {
            if !matches!(e.key().as_str(), "ArrowDown" | "Enter") {
                return;
            }
            let Some(first) = first else { return };
            e.prevent_default();
            if shown.is_none() {
                on_pick.emit(Some(first));
            }
            if let Some(list) = list_ref.cast::<HtmlSelectElement>() {
                // The list's own selection too: once the list had been used, the options'
                // `selected` attributes no longer moved it, and it showed (and read out)
                // nothing chosen.
                list.set_value(&shown.unwrap_or(first).to_string());
                let _ = list.focus();
            }
        })
    };
    let onkeydown_list = {
        let search_ref = search_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            let list: HtmlSelectElement = e.target_unchecked_into();
            if e.key() == "ArrowUp" && list.selected_index() <= 0 {
                e.prevent_default();
                if let Some(input) = search_ref.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        })
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let onchange = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_pick.emit(select.value().parse::<usize>().ok());
        })
    };
    let count = if matches.is_empty() {
        lang.t(LeverMsg::NoMatch).to_string()
    } else {
        lang.fill(LeverMsg::Matches, &[("n", &matches.len().to_string())])
    };
    html! {
        <div class="commune-picker">
            <label class="lever-label" for="commune-search">{ lang.t(LeverMsg::PickCommune) }</label>
            <input
                type="search"
                id="commune-search"
                data-testid="commune-search"
                autocomplete="off"
                placeholder={lang.t(LeverMsg::SearchPlaceholder)}
                aria-describedby="commune-search-count"
                value={(*query).clone()}
                {oninput}
                onkeydown={onkeydown_search}
                ref={search_ref}
            />
            <p class="picker-count" id="commune-search-count" aria-live="polite">{ count }</p>
            <select
                size="6"
                class="commune-list"
                data-testid="commune-list"
                aria-label={lang.t(LeverMsg::CommuneListLabel)}
                {onchange}
                onkeydown={onkeydown_list}
                ref={list_ref}
            >
                { for matches.iter().map(|&i| html! {
                    <option value={i.to_string()} selected={props.selected == Some(i)} translate="no">
                        { commune_label(ds, i, lang) }
                    </option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CommuneLeversProps {
    pub ctx: LeverCtx,
    /// Index into `Dataset::communes`.
    pub commune: usize,
    /// Prefix of the DOM ids, so the same commune's levers can be on screen twice.
    #[prop_or(AttrValue::Static("commune"))]
    pub id_prefix: AttrValue,
}

/// A commune's own levers, usable on its own (the levers panel and the commune detail slot).
#[component]
pub fn CommuneLevers(props: &CommuneLeversProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let commune = ctx.dataset.communes.get(props.commune);
    let changed =
        commune.is_some_and(|c| unit_changed(&ctx.scenario, &UnitRef::Commune(c.code.clone())));
    let (reset_said, mark_reset) = super::reset_said::use_reset_said(Some(props.commune), changed);
    let Some(c) = commune else {
        return html! {};
    };
    if !c.is_candidate() {
        return html! { <p class="group-hint">{ lang.t(LeverMsg::NotCandidate) }</p> };
    }
    let unit = UnitRef::Commune(c.code.clone());
    html! {
        <div class="commune-levers" data-testid={format!("{}-levers", props.id_prefix)}>
            <p class="group-hint">{ lang.t(LeverMsg::CommuneHint) }</p>
            <button
                type="button"
                class="button-quiet"
                data-testid={format!("{}-reset", props.id_prefix)}
                // Off but focusable, as "reset all": `disabled` under the keyboard's focus
                // dropped it to the page's body, and Escape no longer closed the detail.
                aria-disabled={(!changed).to_string()}
                onclick={{
                    let cb = ctx.edit(Edit::ResetUnit(unit.clone()));
                    Callback::from(move |_: MouseEvent| if changed {
                        cb.emit(());
                        mark_reset.emit(());
                    })
                }}
            >
                { "↺ " }{ lang.t(LeverMsg::ResetCommune) }
            </button>
            <span class="visually-hidden" aria-live="polite" data-testid={format!("{}-reset-done", props.id_prefix)}>
                if reset_said { { lang.t(LeverMsg::ResetCommuneDone) } }
            </span>
            <UnitLeversForm ctx={ctx.clone()} {unit} id_prefix={props.id_prefix.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CommuneSectionProps {
    pub ctx: LeverCtx,
    pub commune: Option<usize>,
    pub detail_open: bool,
    pub on_pick: Callback<Option<usize>>,
    pub on_open: Callback<usize>,
}

/// The "by commune" part of the levers panel.
#[component]
pub fn CommuneSection(props: &CommuneSectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let ds = &ctx.dataset;
    let changed: Vec<usize> = (0..ds.communes.len())
        .filter(|&i| {
            unit_changed(
                &ctx.scenario,
                &UnitRef::Commune(ds.communes[i].code.clone()),
            )
        })
        .collect();
    let selected = props.commune.filter(|&i| i < ds.communes.len());
    let settings = (!changed.is_empty()).then(|| UnitSettings::of(ctx));
    html! {
        <div class="scope-section">
            <CommunePicker
                {lang}
                dataset={ds.clone()}
                {selected}
                on_pick={props.on_pick.clone()}
            />
            if !changed.is_empty() {
                <p class="changed-units">
                    { lang.t(LeverMsg::CommunesChanged) }{ ": " }
                    { for changed.iter().map(|&i| {
                        let on_pick = props.on_pick.clone();
                        let full = commune_label(ds, i, lang);
                        // Two Vĩnh Quang, two Hưng Đạo…: a name another unit also has gets its
                        // district, so the chips can be told apart.
                        let name = &ds.communes[i].name;
                        let shared = ds.communes.iter().filter(|c| c.name == *name).count() > 1;
                        let unit = UnitRef::Commune(ds.communes[i].code.clone());
                        let (what, excluded) = settings
                            .as_ref()
                            .map(|s| s.chip(&unit, lang))
                            .unwrap_or_default();
                        html! {
                            <button
                                type="button"
                                class="chip"
                                translate="no"
                                title={format!("{full}: {what}")}
                                // The name with its settings (a hidden span for them made the
                                // name "Trường Hà : Loại…", a stray pause before the colon).
                                aria-label={format!("{}: {what}", if shared { &full } else { name })}
                                data-testid="changed-commune"
                                onclick={Callback::from(move |_: MouseEvent| on_pick.emit(Some(i)))}
                            >
                                { if shared { full } else { name.clone() } }
                                if excluded {
                                    <span class="chip-tag" aria-hidden="true" translate="yes">{ " · " }{ lang.t(LeverMsg::ChipExcluded) }</span>
                                }
                            </button>
                        }
                    }) }
                </p>
            }
            if let Some(i) = selected {
                <div class="unit-head">
                    <h3 translate="no" data-testid="picked-commune">{ commune_label(ds, i, lang) }</h3>
                    if !props.detail_open {
                        <button
                            type="button"
                            class="button-quiet"
                            data-testid="open-commune-detail"
                            onclick={{
                                let on_open = props.on_open.clone();
                                Callback::from(move |_: MouseEvent| on_open.emit(i))
                            }}
                        >
                            // A thị trấn or phường is described there, not simulated: not "xã".
                            { lang.t(if ds.communes[i].is_candidate() {
                                LeverMsg::OpenDetail
                            } else {
                                LeverMsg::OpenDetailTown
                            }) }{ " →" }
                        </button>
                    }
                </div>
                if props.detail_open {
                    <p class="group-hint">{ lang.t(LeverMsg::LeversInDetail) }</p>
                } else {
                    <CommuneLevers ctx={ctx.clone()} commune={i} id_prefix="commune" />
                }
            }
        </div>
    }
}
