//! Per-year levers: the training counts and the communication campaigns (a slider that sets
//! every year, and a table to set each year), and the table itself, also used for the budget.

use ntm_model::scenario::diff::TrainingKind;
use yew::prelude::*;

use super::training_totals::TrainingTotals;
use super::{group, LeverCtx};
use crate::components::controls::{reset_button, Disclosure, NumberField, NumberLever};
use crate::i18n::{LeverMsg, Msg};
use crate::state::levers::{self as lv, yearly_path, Edit, Yearly, TRAINING_KINDS};

/// One row of a per-year table.
#[derive(Clone, PartialEq)]
pub struct YearlyRow {
    pub label: AttrValue,
    pub lever: Yearly,
    /// What the row is (tooltip on its header).
    pub title: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct YearlyTableProps {
    pub ctx: LeverCtx,
    pub id: AttrValue,
    pub caption: AttrValue,
    pub first_column: AttrValue,
    pub rows: Vec<YearlyRow>,
    pub decimals: usize,
    pub step: f64,
    pub max: f64,
    /// A read-only last row: (label, value per year).
    #[prop_or_default]
    /// The totals row: its label, a value per year, and what each value is (its tooltip).
    pub footer: Option<(AttrValue, Vec<f64>, AttrValue)>,
    /// Budget cells: a value more than this many times the default plan's for the cell (where
    /// it has one) is taken but said to be unusual, and why it may be (typed in million VND).
    #[prop_or_default]
    pub unusual_factor: Option<f64>,
}

/// Rows × years of number boxes; a changed cell is marked, each row has its reset.
#[component]
pub fn YearlyTable(props: &YearlyTableProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let years = ctx.scenario.years(&ctx.dataset);
    let row = |r: &YearlyRow| {
        let changed = lv::yearly_changed(&ctx.scenario, &ctx.defaults, &ctx.dataset, r.lever);
        let cells = years.iter().map(|&y| {
            let path = yearly_path(r.lever, y);
            let cell_changed = ctx.changed(&path);
            let label = lang.fill(
                LeverMsg::BudgetCell,
                &[("source", &r.label), ("year", &y.to_string())],
            );
            let unusual_above = props.unusual_factor.and_then(|times| {
                let default = ctx.default_number(&path);
                (default > 0.0).then(|| {
                    let note = lang.fill(
                        LeverMsg::BudgetCellUnusual,
                        &[
                            ("times", &lang.number(times, 0)),
                            ("source", &r.label),
                            ("year", &y.to_string()),
                            ("default", &lang.number_short(default, props.decimals)),
                        ],
                    );
                    (times * default, AttrValue::from(note))
                })
            });
            html! {
                <td class={classes!(cell_changed.then_some("is-changed"))}>
                    <NumberField
                        {lang}
                        value={ctx.number(&path)}
                        decimals={props.decimals}
                        min={0.0}
                        max={props.max}
                        step={props.step}
                        aria_label={label}
                        testid={format!("{}-{}-{y}", props.id, row_key(r.lever))}
                        {unusual_above}
                        on_set={ctx.set_number(path, 1.0)}
                    />
                </td>
            }
        });
        html! {
            <tr class={classes!(changed.then_some("is-changed"))}>
                <th scope="row" title={r.title.clone()}>{ &r.label }</th>
                { for cells }
                <td class="cell-reset">
                    { reset_button(lang, &r.label, changed, &ctx.edit(Edit::ResetEveryYear(r.lever))) }
                </td>
            </tr>
        }
    };
    html! {
        <div class="table-scroll">
            <table class="lever-table" data-testid={props.id.clone()}>
                <caption>{ &props.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ &props.first_column }</th>
                        { for years.iter().map(|y| html! { <th scope="col">{ y }</th> }) }
                        <th scope="col"><span class="visually-hidden">{ lang.t(Msg::ResetShort) }</span></th>
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().map(row) }
                </tbody>
                if let Some((label, values, tip)) = &props.footer {
                    <tfoot>
                        <tr>
                            <th scope="row">{ label }</th>
                            // As precise as the cells above it: 112,5 typed in a cell shows
                            // in its year's total (1.568,5), not rounded away.
                            { for values.iter().map(|v| html! { <td title={tip.clone()}>{ lang.number_short(*v, props.decimals) }</td> }) }
                            <td></td>
                        </tr>
                    </tfoot>
                }
            </table>
        </div>
    }
}

fn row_key(lever: Yearly) -> String {
    match lever {
        Yearly::BudgetLine(s) => s.key().to_string(),
        Yearly::Training(TrainingKind::Cadres) => "cadres".into(),
        Yearly::Training(TrainingKind::VillageLeaders) => "village-leaders".into(),
        Yearly::Training(TrainingKind::Vocational) => "vocational".into(),
        Yearly::Campaigns => "campaigns".into(),
    }
}

fn training_label(kind: TrainingKind) -> LeverMsg {
    match kind {
        TrainingKind::Cadres => LeverMsg::TrainingCadres,
        TrainingKind::VillageLeaders => LeverMsg::TrainingLeaders,
        TrainingKind::Vocational => LeverMsg::TrainingVocational,
    }
}

/// Slider ranges for "every year" training levers, people per commune per year: the usual
/// range; the number box takes up to the model's limit.
fn training_max(kind: TrainingKind) -> f64 {
    match kind {
        TrainingKind::Cadres => 20.0,
        TrainingKind::VillageLeaders => 50.0,
        TrainingKind::Vocational => 150.0,
    }
}

/// A per-year lever shown as one "every year" slider.
struct EveryYear<'a> {
    lever: Yearly,
    id: String,
    label: &'a str,
    unit: &'a str,
    max: f64,
    hint: Option<&'a str>,
}

impl EveryYear<'_> {
    /// The lever at its base-year value, with a note when the years differ.
    fn render(&self, ctx: &LeverCtx) -> Html {
        let lang = ctx.lang;
        let lever = self.lever;
        let years = ctx.scenario.years(&ctx.dataset);
        let base = ctx.dataset.province.base_year;
        let values: Vec<f64> = years
            .iter()
            .map(|&y| ctx.number(&yearly_path(lever, y)))
            .collect();
        let varies = values.windows(2).any(|w| w[0] != w[1]);
        let changed = lv::yearly_changed(&ctx.scenario, &ctx.defaults, &ctx.dataset, lever);
        let entry_max = match lever {
            Yearly::Campaigns => lv::CAMPAIGNS.max,
            _ => lv::TRAINING.max,
        };
        let on_edit = ctx.on_edit.clone();
        let on_slide = ctx.on_edit.clone();
        let tip = format!("{} ({}). {}", self.label, self.unit, lang.t(Msg::FromLever));
        html! {
            <NumberLever
                {lang}
                id={self.id.clone()}
                testid={self.id.clone()}
                label={self.label.to_string()}
                unit={self.unit.to_string()}
                value={ctx.number(&yearly_path(lever, base))}
                default={Some(ctx.default_number(&yearly_path(lever, base)))}
                min={0.0}
                max={self.max}
                {entry_max}
                step={1.0}
                decimals={1}
                {changed}
                hint={self.hint.map(|h| AttrValue::from(h.to_string()))}
                note={varies.then(|| AttrValue::from(lang.t(LeverMsg::VariesByYear)))}
                tip={Some(AttrValue::from(tip))}
                on_set={Callback::from(move |x: f64| on_edit.emit(Edit::SetEveryYear(lever, x)))}
                on_slide={Some(Callback::from(move |(x, drag): (f64, u32)| on_slide.emit(Edit::SlideEveryYear(lever, x, drag))))}
                on_reset={ctx.edit(Edit::ResetEveryYear(lever))}
            />
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct GroupProps {
    pub ctx: LeverCtx,
}

#[component]
pub fn TrainingGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let unit = lang.t(LeverMsg::UnitPeoplePerCommuneYear);
    let levers = TRAINING_KINDS.iter().map(|&k| {
        EveryYear {
            lever: Yearly::Training(k),
            id: format!("lever-training-{}", row_key(Yearly::Training(k))),
            label: lang.t(training_label(k)),
            unit,
            max: training_max(k),
            hint: None,
        }
        .render(ctx)
    });
    let rows: Vec<YearlyRow> = TRAINING_KINDS
        .iter()
        .map(|&k| YearlyRow {
            label: lang.t(training_label(k)).into(),
            lever: Yearly::Training(k),
            title: None,
        })
        .collect();
    group(
        lang.t(LeverMsg::GroupTraining),
        "group-training",
        html! {
            <>
                <p class="group-hint">{ lang.t(LeverMsg::TrainingHint) }</p>
                { for levers }
                <Disclosure class="per-year" summary={lang.t(LeverMsg::PerYear)}>
                    <YearlyTable
                        ctx={ctx.clone()}
                        id="training-table"
                        // The group's name says "per commune, per year" already; the unit again.
                        caption={format!("{} ({unit})", lang.t(LeverMsg::TrainingTableCaption))}
                        first_column={lang.t(LeverMsg::GroupTraining)}
                        {rows}
                        decimals={1}
                        step={1.0}
                        max={lv::TRAINING.max}
                    />
                </Disclosure>
                <Disclosure class="per-year" summary={lang.t(LeverMsg::TotalsSummary)} testid="training-totals-toggle">
                    <TrainingTotals ctx={ctx.clone()} />
                </Disclosure>
            </>
        },
    )
}

#[component]
pub fn CampaignsGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let unit = lang.t(LeverMsg::UnitCampaignsPerCommuneYear);
    let rows = vec![YearlyRow {
        label: lang.t(LeverMsg::Campaigns).into(),
        lever: Yearly::Campaigns,
        title: None,
    }];
    group(
        lang.t(LeverMsg::GroupCampaigns),
        "group-campaigns",
        html! {
            <>
                {
                    EveryYear {
                        lever: Yearly::Campaigns,
                        id: "lever-campaigns".into(),
                        label: lang.t(LeverMsg::Campaigns),
                        unit,
                        max: 12.0,
                        hint: Some(lang.t(LeverMsg::CampaignsHint)),
                    }
                    .render(ctx)
                }
                <Disclosure class="per-year" summary={lang.t(LeverMsg::PerYear)}>
                    <YearlyTable
                        ctx={ctx.clone()}
                        id="campaigns-table"
                        caption={format!("{} ({unit})", lang.t(LeverMsg::Campaigns))}
                        first_column={lang.t(LeverMsg::Year)}
                        {rows}
                        decimals={1}
                        step={1.0}
                        max={lv::CAMPAIGNS.max}
                    />
                </Disclosure>
            </>
        },
    )
}
