//! One district's levers: pick a district, see and change its settings; districts that have
//! settings are listed so they can be found again.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::district_outcome::DistrictOutcome;
use super::unit::UnitLeversForm;
use super::unit_settings::UnitSettings;
use super::LeverCtx;
use crate::i18n::LeverMsg;
use crate::state::levers::{unit_changed, Edit, UnitRef};

#[derive(Properties, PartialEq)]
pub struct DistrictLeversProps {
    pub ctx: LeverCtx,
    pub district: Option<usize>,
    pub on_select: Callback<Option<usize>>,
}

#[component]
pub fn DistrictLevers(props: &DistrictLeversProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let ds = &ctx.dataset;
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_select.emit(select.value().parse::<usize>().ok());
        })
    };
    let changed: Vec<(usize, String)> = ds
        .districts
        .iter()
        .enumerate()
        .filter(|(_, d)| unit_changed(&ctx.scenario, &UnitRef::District(d.code.clone())))
        .map(|(i, d)| (i, d.name_in(lang.into()).into_owned()))
        .collect();
    // Only when some district has settings: the diff reads the whole scenario.
    let settings = (!changed.is_empty()).then(|| UnitSettings::of(ctx));
    let selected = props
        .district
        .and_then(|i| ds.districts.get(i).map(|d| (i, d)));
    let district_changed = selected
        .is_some_and(|(_, d)| unit_changed(&ctx.scenario, &UnitRef::District(d.code.clone())));
    let (reset_said, mark_reset) =
        super::reset_said::use_reset_said(selected.map(|(i, _)| i), district_changed);
    // The district's communes that set levers of their own: a district setting does not reach
    // them where they do, and the district's panel said nothing of it.
    let own: Vec<&str> = selected
        .map(|(i, _)| {
            ds.communes
                .iter()
                .filter(|c| {
                    c.district == i
                        && unit_changed(&ctx.scenario, &UnitRef::Commune(c.code.clone()))
                })
                .map(|c| c.name.as_str())
                .collect()
        })
        .unwrap_or_default();
    html! {
        <div class="scope-section">
            <p class="group-hint">{ lang.t(LeverMsg::DistrictHint) }</p>
            <label class="lever-label" for="pick-district">{ lang.t(LeverMsg::PickDistrict) }</label>
            <select id="pick-district" data-testid="pick-district" {onchange}>
                <option value="" selected={selected.is_none()}>{ lang.t(LeverMsg::NoDistrict) }</option>
                { for ds.districts.iter().enumerate().map(|(i, d)| html! {
                    <option value={i.to_string()} selected={props.district == Some(i)} translate="no">
                        { d.name_in(lang.into()).into_owned() }
                    </option>
                }) }
            </select>
            if !changed.is_empty() {
                <p class="changed-units">
                    { lang.t(LeverMsg::DistrictsChanged) }{ ": " }
                    { for changed.iter().map(|(i, name)| {
                        let (i, name) = (*i, name.clone());
                        let on_select = props.on_select.clone();
                        let unit = UnitRef::District(ds.districts[i].code.clone());
                        let (what, excluded) = settings
                            .as_ref()
                            .map(|s| s.chip(&unit, lang))
                            .unwrap_or_default();
                        html! {
                            <button
                                type="button"
                                class="chip"
                                translate="no"
                                title={format!("{name}: {what}")}
                                aria-label={format!("{name}: {what}")}
                                data-testid="changed-district"
                                onclick={Callback::from(move |_: MouseEvent| on_select.emit(Some(i)))}
                            >
                                { name }
                                if excluded {
                                    <span class="chip-tag" aria-hidden="true" translate="yes">{ " · " }{ lang.t(LeverMsg::ChipExcluded) }</span>
                                }
                            </button>
                        }
                    }) }
                </p>
            }
            if let Some((i, d)) = selected {
                <div class="unit-head">
                    <h3 translate="no">{ d.name_in(lang.into()).into_owned() }</h3>
                    <button
                        type="button"
                        class="button-quiet"
                        data-testid="reset-district"
                        // Off but focusable (see the commune's).
                        aria-disabled={(!district_changed).to_string()}
                        onclick={{
                            let cb = ctx.edit(Edit::ResetUnit(UnitRef::District(d.code.clone())));
                            let mark_reset = mark_reset.clone();
                            Callback::from(move |_: MouseEvent| if district_changed {
                                cb.emit(());
                                mark_reset.emit(());
                            })
                        }}
                    >
                        { "↺ " }{ lang.t(LeverMsg::ResetDistrict) }
                    </button>
                    <span class="visually-hidden" aria-live="polite" data-testid="reset-district-done">
                        if reset_said { { lang.t(LeverMsg::ResetDistrictDone) } }
                    </span>
                </div>
                <DistrictOutcome lang={lang} dataset={ctx.dataset.clone()} district={i} />
                if !own.is_empty() {
                    <p class="group-hint" data-testid="district-own-communes">
                        { lang.t(LeverMsg::DistrictCommunesOwn) }{ ": " }
                        <span translate="no">{ own.join(", ") }</span>
                    </p>
                }
                <UnitLeversForm
                    ctx={ctx.clone()}
                    unit={UnitRef::District(d.code.clone())}
                    id_prefix={format!("district-{i}")}
                />
            }
        </div>
    }
}
