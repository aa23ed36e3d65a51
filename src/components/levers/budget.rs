//! The budget: one province-wide scale, and the plan by source and year (billion VND).

use ntm_model::params::ParamKey;
use ntm_model::scenario::diff::LeverPath;
use ntm_model::scenario::Source;
use yew::prelude::*;

use super::seek::GoalSeek;
use super::yearly::{YearlyRow, YearlyTable};
use super::{group, LeverCtx};
use crate::components::controls::{Disclosure, NumberLever};
use crate::i18n::{eligibility, LeverMsg, Msg};
use crate::state::levers::{self as lv, Yearly};

#[derive(Properties, PartialEq)]
pub struct BudgetGroupProps {
    pub ctx: LeverCtx,
}

#[component]
pub fn BudgetGroup(props: &BudgetGroupProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let path = LeverPath::BudgetScale;
    let years = ctx.scenario.years(&ctx.dataset);
    let scale = ctx.scenario.budget.scale_pct / 100.0;
    let totals: Vec<f64> = (0..years.len())
        .map(|i| {
            Source::ALL
                .iter()
                .map(|&s| ctx.scenario.budget.lines.amount(s, i))
                .sum::<f64>()
                * scale
        })
        .collect();
    let rows: Vec<YearlyRow> = Source::ALL
        .iter()
        .map(|&s| {
            let spec = s.spec();
            // All or nothing has no "rest" to speak of.
            let share_msg = match spec.investment_share {
                x if x >= 1.0 => LeverMsg::InvestmentShareAll,
                x if x <= 0.0 => LeverMsg::InvestmentShareNone,
                _ => LeverMsg::InvestmentShare,
            };
            let share = lang.fill(
                share_msg,
                &[("share", &lang.percent(spec.investment_share, 0))],
            );
            // Where the default plan's figure comes from (data: province.json).
            let basis = ctx
                .dataset
                .province
                .budget
                .lines
                .get(&s)
                // Said to be an assumption, not a published figure: the basis is what it was
                // derived from (a reviewer found 650 a year beside "over 1,335 in 2021–2022").
                .map(|l| {
                    format!(
                        " · {}",
                        lang.fill(
                            LeverMsg::BudgetDefaultBasis,
                            &[("basis", lang.pick(&l.basis_vi, &l.basis))]
                        )
                    )
                })
                .unwrap_or_default();
            YearlyRow {
                label: lang.pick(spec.name_vi, spec.name_en).to_string().into(),
                lever: Yearly::BudgetLine(s),
                title: Some(
                    format!("{} · {share}{basis}", eligibility(spec.eligibility, lang)).into(),
                ),
            }
        })
        .collect();
    let unit = lang.t(LeverMsg::UnitBillion);
    // The base year's column is the year's plan; the model spends only the part after the
    // base date (the spending chart's 2020): say how much, so the two figures reconcile.
    let available = ctx.scenario.budget_available(&ctx.dataset);
    let first_year_note = match (years.first(), available.first(), totals.first()) {
        (Some(year), Some(used), Some(total)) if used.iter().sum::<f64>() < total - 0.5 => lang
            .fill(
                LeverMsg::BudgetFirstYear,
                &[
                    ("year", &year.to_string()),
                    // As precise as the table's total for that year, which it names.
                    ("used", &lang.number_short(used.iter().sum::<f64>(), 1)),
                    ("total", &lang.number_short(*total, 1)),
                ],
            ),
        _ => String::new(),
    };
    // The whole period's money, as the report and the share summary give it: the table had
    // no figure to trace their "8.628 tỷ đồng" to.
    let period_total = lang.fill(
        LeverMsg::BudgetPeriodTotal,
        &[
            (
                "period",
                &crate::sharing::summary::money_period(&ctx.dataset, &years, lang),
            ),
            (
                "total",
                &lang.number(available.iter().flatten().sum::<f64>(), 0),
            ),
        ],
    );
    let village_source = Source::Decision1385.spec();
    let village_share = ParamKey::VillageShareP135.spec();
    let villages_note = lang.fill(
        LeverMsg::BudgetVillages,
        &[
            (
                "source",
                lang.pick(village_source.name_vi, village_source.name_en),
            ),
            (
                "assumption",
                lang.pick(village_share.name_vi, village_share.name_en),
            ),
        ],
    );
    group(
        lang.t(LeverMsg::GroupBudget),
        "group-budget",
        html! {
            <>
                <NumberLever
                    {lang}
                    id="budget-scale"
                    testid="lever-budget-scale"
                    label={lang.t(LeverMsg::BudgetScale)}
                    unit="%"
                    value={ctx.number(&path)}
                    default={Some(ctx.default_number(&path))}
                    min={0.0}
                    max={lv::BUDGET_SCALE.max}
                    entry_max={lv::BUDGET_SCALE.max}
                    step={5.0}
                    decimals={0}
                    changed={ctx.changed(&path)}
                    hint={lang.t(LeverMsg::BudgetScaleHint)}
                    tip={format!("{} (%). {}", lang.t(LeverMsg::BudgetScale), lang.t(Msg::FromLever))}
                    on_set={ctx.set_number(path.clone(), 1.0)}
                    on_slide={ctx.slide_number(path.clone(), 1.0)}
                    on_reset={ctx.reset(path)}
                />
                <GoalSeek ctx={ctx.clone()} />
                <Disclosure
                    class="per-year"
                    testid="budget-details"
                    summary={format!("{} ({unit})", lang.t(LeverMsg::BudgetTable))}
                >
                    <YearlyTable
                        ctx={ctx.clone()}
                        id="budget-table"
                        caption={lang.t(LeverMsg::BudgetTableCaption)}
                        first_column={lang.t(LeverMsg::SourceColumn)}
                        {rows}
                        decimals={1}
                        step={10.0}
                        max={lv::BUDGET_AMOUNT.max}
                        footer={Some((
                            AttrValue::from(lang.t(LeverMsg::TotalScaled)),
                            totals,
                            AttrValue::from(lang.fill(LeverMsg::TotalScaledTip, &[("scale", &lang.number(scale * 100.0, 0))])),
                        ))}
                        unusual_factor={Some(10.0)}
                    />
                    <p class="group-hint" data-testid="budget-first-year">{ first_year_note }</p>
                    <p class="group-hint" data-testid="budget-period-total">{ period_total }</p>
                    <p class="group-hint" data-testid="budget-villages">{ villages_note }</p>
                </Disclosure>
            </>
        },
    )
}
