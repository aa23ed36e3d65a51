//! The levers of one district or one commune. Each lever either inherits (the level above's
//! value, shown greyed) or has the unit's own setting; moving it creates the setting, reset
//! removes it. Weights and training multipliers multiply across levels; every other setting
//! of a commune replaces its district's (as the model resolves them).

use ntm_model::scenario::diff::{LeverPath, LeverValue, TrainingKind, UnitField};
use ntm_model::scenario::AllocationRule;
use yew::prelude::*;

use super::LeverCtx;
use crate::components::controls::{ChoiceLever, NumberLever};
use crate::i18n::{unit_field_label, Lang, LeverMsg, Msg};
use crate::state::levers::{self as lv, UnitRef, TRAINING_KINDS, UNIT_FIELDS};

#[derive(Properties, PartialEq)]
pub struct UnitLeversFormProps {
    pub ctx: LeverCtx,
    pub unit: UnitRef,
    /// Prefix of the DOM ids (the same commune's levers can be on screen twice).
    pub id_prefix: AttrValue,
}

/// Display range, step, decimals, unit text and display factor of a number lever.
struct Shape {
    max: f64,
    step: f64,
    decimals: usize,
    unit: LeverMsg,
    factor: f64,
}

/// How a unit lever is shown. A district's amounts and counts apply to each of its communes
/// (MODEL.md §2), so their units say "per commune" there; a commune's are its own.
fn shape(field: UnitField, district: bool) -> Shape {
    let s = |max, step, decimals, unit, factor| Shape {
        max,
        step,
        decimals,
        unit,
        factor,
    };
    let (people, campaigns, billion) = if district {
        (
            LeverMsg::UnitPeoplePerCommuneYear,
            LeverMsg::UnitCampaignsPerCommuneYear,
            LeverMsg::UnitBillionPerCommuneYear,
        )
    } else {
        (
            LeverMsg::UnitPeoplePerYear,
            LeverMsg::UnitCampaignsPerYear,
            LeverMsg::UnitBillionPerYear,
        )
    };
    match field {
        UnitField::BudgetWeight => s(5.0, 0.1, 2, LeverMsg::UnitTimes, 1.0),
        UnitField::FixedAmount => s(20.0, 0.5, 2, billion, 1.0),
        UnitField::Training(TrainingKind::Cadres) => s(20.0, 1.0, 1, people, 1.0),
        UnitField::Training(TrainingKind::VillageLeaders) => s(50.0, 1.0, 1, people, 1.0),
        UnitField::Training(TrainingKind::Vocational) => s(150.0, 1.0, 1, people, 1.0),
        UnitField::TrainingScale => s(5.0, 0.1, 2, LeverMsg::UnitTimes, 1.0),
        UnitField::Campaigns => s(12.0, 1.0, 1, campaigns, 1.0),
        UnitField::Leadership => s(100.0, 5.0, 0, LeverMsg::UnitPercent, 100.0),
        UnitField::Excluded
        | UnitField::Priority
        | UnitField::SupportUnit
        | UnitField::TrainingFrom
        | UnitField::TrainingUntil => s(1.0, 1.0, 0, LeverMsg::UnitTimes, 1.0),
    }
}

fn field_key(field: UnitField) -> &'static str {
    match field {
        UnitField::Excluded => "excluded",
        UnitField::Priority => "priority",
        UnitField::BudgetWeight => "weight",
        UnitField::FixedAmount => "fixed",
        UnitField::Training(TrainingKind::Cadres) => "cadres",
        UnitField::Training(TrainingKind::VillageLeaders) => "village-leaders",
        UnitField::Training(TrainingKind::Vocational) => "vocational",
        UnitField::TrainingScale => "training-scale",
        UnitField::TrainingFrom => "training-from",
        UnitField::TrainingUntil => "training-until",
        UnitField::Campaigns => "campaigns",
        UnitField::SupportUnit => "support",
        UnitField::Leadership => "leadership",
    }
}

fn path_of(unit: &UnitRef, field: UnitField) -> LeverPath {
    match unit {
        UnitRef::District(c) => LeverPath::District(c.clone(), field),
        UnitRef::Commune(c) => LeverPath::Commune(c.clone(), field),
    }
}

/// The value a unit has when it has no own setting, in the scenario's units.
fn inherited_number(ctx: &LeverCtx, unit: &UnitRef, field: UnitField) -> f64 {
    match lv::inherited(&ctx.scenario, &ctx.dataset, unit, field) {
        LeverValue::Number(x) => x,
        _ => 0.0,
    }
}

fn inherited_flag(ctx: &LeverCtx, unit: &UnitRef, field: UnitField) -> Option<bool> {
    match lv::inherited(&ctx.scenario, &ctx.dataset, unit, field) {
        LeverValue::Flag(b) => Some(b),
        _ => None,
    }
}

/// For a commune, whether the province's support units would reach it if it followed the
/// level above; `None` for a district or a ward.
fn province_gives(ctx: &LeverCtx, unit: &UnitRef) -> Option<bool> {
    let UnitRef::Commune(code) = unit else {
        return None;
    };
    lv::province_gives_support(&ctx.scenario, &ctx.dataset, code)
}

fn field_hint(field: UnitField) -> Option<LeverMsg> {
    match field {
        UnitField::FixedAmount => Some(LeverMsg::FixedAmountHint),
        UnitField::BudgetWeight => Some(LeverMsg::BudgetWeightHint),
        UnitField::Priority => Some(LeverMsg::PriorityHint),
        UnitField::Excluded => Some(LeverMsg::ExcludedHint),
        UnitField::SupportUnit => Some(LeverMsg::SupportUnitHint),
        _ => None,
    }
}

#[component]
pub fn UnitLeversForm(props: &UnitLeversFormProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let unit = &props.unit;
    let yes_no = |b: bool| lang.t(if b { LeverMsg::Yes } else { LeverMsg::No });
    let lever = |field: UnitField| -> Html {
        let path = path_of(unit, field);
        let id = format!("{}-{}", props.id_prefix, field_key(field));
        let label = unit_field_label(field, lang);
        let value = ctx.value(&path);
        let set = ctx.set_value(path.clone());
        match field {
            UnitField::TrainingFrom | UnitField::TrainingUntil => {
                training_year(ctx, unit, field, id, label, path)
            }
            UnitField::Excluded | UnitField::Priority | UnitField::SupportUnit => {
                // What "as the level above" means here: its yes or no, or for a support unit
                // left to the province, the province's assignment (the select said nothing).
                let inherited = match inherited_flag(ctx, unit, field) {
                    Some(b) => format!(" ({})", yes_no(b)),
                    // A commune: whether the province's assignment gives it one (every
                    // commune's select read the same, and "Có" changed nothing where it had one).
                    None if field == UnitField::SupportUnit => match province_gives(ctx, unit) {
                        Some(b) => {
                            format!(" ({}: {})", lang.t(LeverMsg::SupportByProvince), yes_no(b))
                        }
                        None => format!(" ({})", lang.t(LeverMsg::SupportByProvince)),
                    },
                    None => String::new(),
                };
                let options: Vec<(AttrValue, AttrValue)> = vec![
                    (
                        "inherit".into(),
                        format!("{}{inherited}", lang.t(LeverMsg::Inherit)).into(),
                    ),
                    ("yes".into(), yes_no(true).into()),
                    ("no".into(), yes_no(false).into()),
                ];
                let selected = match value {
                    LeverValue::Flag(true) => "yes",
                    LeverValue::Flag(false) => "no",
                    _ => "inherit",
                };
                html! {
                    <ChoiceLever
                        {lang}
                        id={id.clone()}
                        testid={id}
                        label={label}
                        {options}
                        selected={selected}
                        changed={value != LeverValue::Unset}
                        hint={field_hint(field).map(|m| AttrValue::from(lang.t(m)))}
                        on_select={Callback::from(move |v: String| set.emit(match v.as_str() {
                            "yes" => LeverValue::Flag(true),
                            "no" => LeverValue::Flag(false),
                            _ => LeverValue::Unset,
                        }))}
                        on_reset={ctx.reset(path)}
                    />
                }
            }
            _ => {
                let sh = shape(field, matches!(unit, UnitRef::District(_)));
                let own = match value {
                    LeverValue::Number(x) => Some(x),
                    _ => None,
                };
                let above = inherited_number(ctx, unit, field) * sh.factor;
                let shown = own.map_or(above, |x| x * sh.factor);
                let limits = lv::unit_limits(field).unwrap_or(lv::TRAINING);
                let unit_text = lang.t(sh.unit);
                // The level above shows its base year only: where that is a province plan that
                // changes by year, the range is said, and that an own setting is one level for
                // every year (a commune set to 10 cadres had silently lost the province's 20
                // in 2022).
                let varies = lv::inherited_year_range(&ctx.scenario, &ctx.dataset, unit, field)
                    .map(|(lo, hi)| {
                        let range = format!(
                            "{}–{} {unit_text}",
                            lang.number_short(lo * sh.factor, sh.decimals),
                            lang.number_short(hi * sh.factor, sh.decimals)
                        );
                        let training =
                            matches!(field, UnitField::Training(_) | UnitField::TrainingScale);
                        // Where the district's training years make it vary, the province's
                        // plan is not what changes: the district's years are said.
                        let district = training
                            .then(|| lv::district_training_years(&ctx.scenario, &ctx.dataset, unit))
                            .flatten();
                        // With years of its own, the note under the value says when it
                        // applies: here only what the level above gives, once.
                        let own_years = own_years_note(ctx, unit, field, own.is_some()).is_some();
                        let msg = match (own.is_some(), training, district.is_some()) {
                            _ if own_years => LeverMsg::AboveRange,
                            (true, _, true) => LeverMsg::OwnOverVariesAbove,
                            (false, _, true) => LeverMsg::InheritVariesAbove,
                            (true, true, false) => LeverMsg::OwnOverVariesTraining,
                            (true, false, false) => LeverMsg::OwnOverVaries,
                            (false, true, false) => LeverMsg::InheritVariesTraining,
                            (false, false, false) => LeverMsg::InheritVaries,
                        };
                        let years = district
                            .map(|(first, last)| years_text(lang, first, last))
                            .unwrap_or_default();
                        AttrValue::from(lang.fill(msg, &[("range", &range), ("years", &years)]))
                    });
                html! {
                    <NumberLever
                        {lang}
                        id={id.clone()}
                        testid={id}
                        label={label}
                        unit={unit_text}
                        value={shown}
                        inherited={own.is_none()}
                        above={own.is_some().then_some(above)}
                        min={0.0}
                        max={sh.max}
                        entry_max={limits.max * sh.factor}
                        step={sh.step}
                        decimals={sh.decimals}
                        changed={own.is_some()}
                        hint={field_hint(field).map(|m| AttrValue::from(lang.t(m))).or_else(|| own_years_note(ctx, unit, field, own.is_some()))}
                        above_text={varies}
                        note={(field == UnitField::FixedAmount && shown > 0.0 && is_excluded(ctx, unit))
                            .then(|| AttrValue::from(lang.t(LeverMsg::FixedNotApplied)))}
                        tip={format!("{label} ({unit_text}). {}", lang.t(Msg::FromLever))}
                        on_set={ctx.set_number(path.clone(), sh.factor)}
                        on_slide={ctx.slide_number(path.clone(), sh.factor)}
                        on_reset={ctx.reset(path)}
                    />
                }
            }
        }
    };
    let custom = match unit {
        UnitRef::Commune(code)
            if ctx.scenario.allocation.rule == AllocationRule::CustomWeights
                || ctx.scenario.allocation.custom_weights.contains_key(code) =>
        {
            let path = LeverPath::CustomWeight(code.clone());
            let own = ctx.scenario.allocation.custom_weights.get(code).copied();
            let id = format!("{}-custom-weight", props.id_prefix);
            html! {
                <NumberLever
                    {lang}
                    id={id.clone()}
                    testid={id}
                    label={lang.t(LeverMsg::CustomWeight)}
                    unit={lang.t(LeverMsg::UnitTimes)}
                    value={own.unwrap_or(1.0)}
                    inherited={own.is_none()}
                    min={0.0}
                    max={10.0}
                    entry_max={lv::CUSTOM_WEIGHT.max}
                    step={0.1}
                    decimals={2}
                    changed={own.is_some()}
                    hint={lang.t(LeverMsg::CustomWeightHint)}
                    on_set={ctx.set_number(path.clone(), 1.0)}
                    on_slide={ctx.slide_number(path.clone(), 1.0)}
                    on_reset={ctx.reset(path)}
                />
            }
        }
        _ => html! {},
    };
    // A group named after the unit: its boxes bear the province's labels ("Cán bộ, công chức
    // xã được đào tạo"), and a screen reader jumping by field could not tell whose they were.
    let ds = &ctx.dataset;
    let unit_name = match unit {
        UnitRef::Commune(code) => ds
            .commune_index(code)
            .map(|i| crate::names::commune_label(ds, i, lang)),
        UnitRef::District(code) => ds
            .district_index(code)
            .map(|i| ds.districts[i].name_in(lang.into()).into_owned()),
    };
    let group_label =
        unit_name.map(|name| lang.fill(LeverMsg::UnitFormLabel, &[("unit", name.as_str())]));
    html! {
        <div class="unit-levers" role="group" aria-label={group_label}>
            { for UNIT_FIELDS.iter().map(|&f| html! {
                <>
                    { lever(f) }
                    // Right under the box where the amount was typed: under the last box it
                    // was out of sight, and 1.000 typed there looked paid in full.
                    if f == UnitField::FixedAmount { { fixed_shortfall(ctx) } }
                    // Right under its cause, above the priority and the fixed amount it voids:
                    // at the bottom of the form it was out of sight of both.
                    if f == UnitField::Excluded { { excluded_overrides(ctx, unit) } }
                </>
            }) }
            { custom }
        </div>
    }
}

/// A training year the unit has set (its own first or last year).
fn own_year(ctx: &LeverCtx, unit: &UnitRef, field: UnitField) -> Option<u16> {
    match ctx.value(&path_of(unit, field)) {
        LeverValue::Number(y) => Some(y as u16),
        _ => None,
    }
}

/// Under a training count or multiplier of the unit's own, when its training has years: the
/// years it applies in ("Mức riêng áp dụng trong các năm 2022–2023; các năm khác theo cấp
/// trên."), said where the value is (the years' boxes are further down the panel).
fn own_years_note(
    ctx: &LeverCtx,
    unit: &UnitRef,
    field: UnitField,
    own: bool,
) -> Option<AttrValue> {
    if !own || !matches!(field, UnitField::Training(_) | UnitField::TrainingScale) {
        return None;
    }
    let (from, until) = (
        own_year(ctx, unit, UnitField::TrainingFrom),
        own_year(ctx, unit, UnitField::TrainingUntil),
    );
    if from.is_none() && until.is_none() {
        return None;
    }
    let years = ctx.scenario.years(&ctx.dataset);
    let (start, end) = (
        years.first().copied().unwrap_or_default(),
        years.last().copied().unwrap_or_default(),
    );
    // Within the simulated years: from 2024 with the last year 2022 read "2024–2022".
    let first = from.unwrap_or(start).max(start);
    let last = until.unwrap_or(end).min(end);
    if first > last {
        return Some(AttrValue::from(ctx.lang.t(LeverMsg::OwnTrainingNoYear)));
    }
    Some(AttrValue::from(ctx.lang.fill(
        LeverMsg::OwnTrainingYears,
        &[("years", &years_text(ctx.lang, first, last))],
    )))
}

/// Years as a sentence says them: "năm 2022" or "các năm 2022–2023"; "2022" or "2022–2023".
fn years_text(lang: Lang, first: u16, last: u16) -> String {
    match (first == last, lang) {
        (true, Lang::Vi) => format!("năm {first}"),
        (false, Lang::Vi) => format!("các năm {first}–{last}"),
        (true, Lang::En) => first.to_string(),
        (false, Lang::En) => format!("{first}–{last}"),
    }
}

/// The first or last year of the unit's own training, as a choice of the scenario's years.
/// Shown once the unit has training of its own (a count or a multiplier) or years already:
/// without one they change nothing, and two more boxes on every unit would hide that.
fn training_year(
    ctx: &LeverCtx,
    unit: &UnitRef,
    field: UnitField,
    id: String,
    label: &'static str,
    path: LeverPath,
) -> Html {
    let lang = ctx.lang;
    let own = |f: UnitField| ctx.value(&path_of(unit, f)) != LeverValue::Unset;
    let trains = TRAINING_KINDS.iter().any(|&k| own(UnitField::Training(k)))
        || own(UnitField::TrainingScale)
        || own(UnitField::TrainingFrom)
        || own(UnitField::TrainingUntil);
    if !trains {
        return html! {};
    }
    let years = ctx.scenario.years(&ctx.dataset);
    let (first, last) = (
        years.first().copied().unwrap_or_default(),
        years.last().copied().unwrap_or_default(),
    );
    let open = if field == UnitField::TrainingFrom {
        format!("{} ({first})", lang.t(LeverMsg::TrainingFromStart))
    } else {
        format!("{} ({last})", lang.t(LeverMsg::TrainingToEnd))
    };
    let set_year = own_year(ctx, unit, field);
    // The scenario's years no later than the last chosen (for the first) or no earlier than
    // the first chosen (for the last), so the two are never the wrong way round; and a year
    // set before the horizon was shortened (kept, so the select shows what the scenario holds).
    let in_order = |y: &u16| {
        if field == UnitField::TrainingFrom {
            own_year(ctx, unit, UnitField::TrainingUntil).is_none_or(|until| *y <= until)
        } else {
            own_year(ctx, unit, UnitField::TrainingFrom).is_none_or(|from| *y >= from)
        }
    };
    // The first year as a first year is "from the first year" itself, and the last year as a
    // last year "to the last year", already the open choice: listed twice, a planner would
    // wonder which of the two to pick.
    let open_year = if field == UnitField::TrainingFrom {
        first
    } else {
        last
    };
    let mut choices: Vec<u16> = years
        .iter()
        .copied()
        .filter(in_order)
        .filter(|y| *y != open_year)
        .collect();
    if let Some(y) = set_year.filter(|y| !choices.contains(y)) {
        choices.push(y);
        choices.sort_unstable();
    }
    let mut options: Vec<(AttrValue, AttrValue)> = vec![("open".into(), open.into())];
    options.extend(choices.iter().map(|y| {
        (
            AttrValue::from(y.to_string()),
            AttrValue::from(y.to_string()),
        )
    }));
    let selected = set_year.map_or("open".to_string(), |y| y.to_string());
    // A first year after the last simulated one (the horizon was shortened): the unit's own
    // training never applies, which the select alone would not say.
    let hint = match (field, set_year) {
        (UnitField::TrainingFrom, Some(y)) if y > last => Some(AttrValue::from(lang.fill(
            LeverMsg::TrainingAfterHorizon,
            &[("last", &last.to_string())],
        ))),
        (UnitField::TrainingFrom, _) => Some(AttrValue::from(lang.t(match unit {
            UnitRef::District(_) => LeverMsg::TrainingYearsHintDistrict,
            UnitRef::Commune(_) => LeverMsg::TrainingYearsHint,
        }))),
        _ => None,
    };
    let set = ctx.set_value(path.clone());
    html! {
        <ChoiceLever
            {lang}
            id={id.clone()}
            testid={id}
            {label}
            {options}
            selected={AttrValue::from(selected)}
            changed={set_year.is_some()}
            inherits={false}
            hint={hint}
            on_select={Callback::from(move |v: String| set.emit(
                v.parse::<u16>().map_or(LeverValue::Unset, |y| LeverValue::Number(f64::from(y)))
            ))}
            on_reset={ctx.reset(path)}
        />
    }
}

/// An on/off setting of the unit, its own or the level above's.
fn unit_flag(ctx: &LeverCtx, unit: &UnitRef, field: UnitField) -> bool {
    match ctx.value(&path_of(unit, field)) {
        LeverValue::Flag(b) => b,
        _ => inherited_flag(ctx, unit, field).unwrap_or(false),
    }
}

/// The unit is left out of the allocation, by its own setting or its district's (a district:
/// every xã of it), as the lever tables say it (`state::levers::left_out`).
pub(super) fn is_excluded(ctx: &LeverCtx, unit: &UnitRef) -> bool {
    crate::state::levers::left_out(&ctx.scenario, &ctx.dataset, unit)
}

/// A unit left out of the allocation gets nothing, its fixed amount and priority included
/// (MODEL.md §2): said under its boxes, which otherwise showed "5 tỷ đồng/năm" for a commune
/// the detail showed receiving 0,0.
fn excluded_overrides(ctx: &LeverCtx, unit: &UnitRef) -> Html {
    let flag = |field: UnitField| unit_flag(ctx, unit, field);
    if !is_excluded(ctx, unit) {
        return html! {};
    }
    let fixed = match ctx.value(&path_of(unit, UnitField::FixedAmount)) {
        LeverValue::Number(x) => x,
        _ => inherited_number(ctx, unit, UnitField::FixedAmount),
    } > 0.0;
    let what = match (fixed, flag(UnitField::Priority)) {
        (true, true) => LeverMsg::ExcludedBoth,
        (true, false) => LeverMsg::ExcludedFixed,
        (false, true) => LeverMsg::ExcludedPriority,
        (false, false) => return html! {},
    };
    let lang = ctx.lang;
    html! {
        <p class="lever-warning" role="status" data-testid="unit-excluded-overrides">
            { lang.fill(LeverMsg::ExcludedOverrides, &[("what", lang.t(what))]) }
        </p>
    }
}

/// The panel's warning that fixed amounts pass the money they come from, repeated under the
/// unit's fixed-amount box: the panel's is at the top of the levers, out of sight where a
/// commune's 999 was typed (the box kept 999 and nothing near it said the commune got 198).
fn fixed_shortfall(ctx: &LeverCtx) -> Html {
    let sc = &ctx.scenario;
    let any_fixed = sc
        .communes
        .values()
        .chain(sc.districts.values())
        .any(|l| l.fixed_amount.is_some_and(|x| x > 0.0));
    let Some(o) = any_fixed
        .then(|| ntm_model::sim::fixed_overrun(&ctx.dataset, sc))
        .flatten()
    else {
        return html! {};
    };
    super::overrun_warning(ctx.lang, o, "unit-fixed-overrun")
}
