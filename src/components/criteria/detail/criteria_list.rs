//! The commune's criteria, one row each, grouped as in the decision: met or not at the base
//! date (data, with the level against the threshold) and the share of runs meeting it at
//! the end of the chosen year (simulation, coloured like the matrix, binding ones ringed).

use std::rc::Rc;

use ntm_model::sim::{base_gaps, Gap};
use ntm_model::{Dataset, Results, Scenario};
use yew::prelude::*;

use crate::criteria_logic::detail::{self, CriterionLine};
use crate::criteria_logic::{matrix, scale};
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CriteriaListProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub results: Option<Rc<Results>>,
    pub commune: usize,
    /// The chosen year; `None` shows the base date only (no results, or not simulated).
    pub year: Option<u16>,
    /// The scenario whose assumptions price the gaps (no "to close the gap" column without).
    #[prop_or_default]
    pub scenario: Option<Rc<Scenario>>,
}

/// The "to close the gap" cell: nothing when met, money for an investment criterion, words
/// for a capacity one.
fn to_close(lang: Lang, g: &Gap) -> Html {
    match g.money {
        _ if g.shortfall <= 0.0 => html! { <td class="cd-to-close">{ "–" }</td> },
        Some(x) => html! {
            <td class="cd-to-close" title={lang.t(M::ColToCloseHint)} data-money={x.to_string()}>
                { lang.fill(M::MoneyToClose, &[("x", &lang.number(x, 1))]) }
            </td>
        },
        None => html! {
            <td class="cd-to-close is-soft" title={lang.t(M::NotForMoneyHint)}>{ lang.t(M::NotForMoney) }</td>
        },
    }
}

#[component]
pub fn CriteriaList(props: &CriteriaListProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let results = props.results.as_deref();
    let yi = results.zip(props.year).and_then(|(r, y)| r.year_index(y));
    let lines = detail::criteria_lines(ds, results, props.commune, yi);
    let base_set = ds.base_commune_set();
    let set = match (results, yi) {
        (Some(r), Some(yi)) => matrix::commune_set(ds, r, yi),
        _ => base_set,
    };
    let year = props.year.filter(|_| yi.is_some());
    let base_date = text::date(lang, &ds.province.base_date);
    // What each gap takes, against the set in force in the chosen year.
    let stricter = ds.later_commune_set().is_some_and(|l| l.id == set.id);
    let gaps = props
        .scenario
        .as_ref()
        .map(|sc| base_gaps(ds, sc, props.commune, stricter))
        .filter(|g| !g.is_empty());

    let line_html = |l: &CriterionLine| {
        let name = text::pick(lang, &l.name_vi, &l.name_en);
        let level = format!("{}%", lang.number(l.base_level * 100.0, 0));
        let (mark, word) = if l.base_met {
            ("✓", M::MetAtBase)
        } else {
            ("✗", M::UnmetAtBase)
        };
        let in_year = match l.p_met {
            Some(p) => html! {
                <td
                    class={classes!("cm-cell", format!("heat-{}", scale::class_of(p)), l.binding().then_some("is-binding"))}
                    title={text::cell_title(lang, l.number, name, p, l.binding())}
                >
                    { text::percent(lang, p) }
                </td>
            },
            None if year.is_some() => html! { <td class="cm-na">{ "–" }</td> },
            None => Html::default(),
        };
        html! {
            <tr class={classes!(l.binding().then_some("is-binding-row"))} data-testid={format!("detail-criterion-{}", l.number)}>
                <th scope="row" class="cd-crit-name">
                    <span class="cd-crit-number">{ l.number }</span>{ " " }{ name }
                </th>
                <td class={classes!("cd-at-base", (!l.base_met).then_some("is-unmet"))} title={lang.t(M::LevelHint)}>
                    <span aria-hidden="true">{ mark }{ " " }</span>
                    <span class="visually-hidden">{ lang.t(word) }{ ", " }</span>
                    { level }
                </td>
                { in_year }
                if let Some(g) = gaps.as_ref().and_then(|g| g.get(l.index)) {
                    { to_close(lang, g) }
                }
            </tr>
        }
    };

    let order = matrix::column_order(set);
    let groups = matrix::group_spans(set).into_iter().map(|span| {
        let group_name = ds
            .criteria
            .groups
            .iter()
            .find(|g| g.id == span.group)
            .map_or("", |g| text::pick(lang, &g.name_vi, &g.name_en));
        let columns = (2 + usize::from(year.is_some()) + usize::from(gaps.is_some())).to_string();
        html! {
            <tbody>
                <tr class="cd-group-row">
                    <th scope="rowgroup" colspan={columns}>{ text::group_title(lang, span.group, group_name) }</th>
                </tr>
                { for order.iter().skip(span.first).take(span.len).filter_map(|&i| lines.get(i)).map(&line_html) }
            </tbody>
        }
    });

    // What the investment gaps take in all, against what the commune is given: why money alone
    // may not close its road in time (a planner saw 12,5 tỷ a year and a road met in 0% of runs).
    let money_line = gaps.as_ref().and_then(|g| {
        let need: f64 = g.iter().filter_map(|g| g.money).sum();
        let (r, yi, y) = (results?, yi?, year?);
        let unit = r.communes.get(props.commune)?;
        let got: f64 = unit.money().iter().take(yi + 1).sum();
        // The part investment gaps can use: "28,3 tỷ" beside a need of 4,1 and a road met in
        // 15% of runs read as money wasted, when 90% of it was credit and livelihoods.
        let invested: f64 = unit.investment().iter().take(yi + 1).sum();
        (need > 0.0).then(|| {
            lang.fill(
                M::MoneyNeedAndGot,
                &[
                    ("need", &lang.number(need, 1)),
                    ("got", &lang.number(got, 1)),
                    ("invested", &lang.number(invested, 1)),
                    (
                        "from",
                        &crate::sharing::summary::money_period(ds, &r.years[..1], lang),
                    ),
                    ("year", &y.to_string()),
                ],
            )
        })
    });

    let set_line = |s: &ntm_model::criteria::CriteriaSet| {
        text::set_in_force(
            lang,
            text::pick(lang, &s.name_vi, &s.name_en),
            text::pick(lang, &s.decision_vi, &s.decision_en),
        )
    };

    html! {
        <section class="cd-section" aria-labelledby="cd-criteria-h" data-testid="detail-criteria">
            <h3 id="cd-criteria-h">{ lang.t(M::CriteriaHeading) }</h3>
            <p class="cd-source">
                { format!("{}: {}", base_date, set_line(base_set)) }
                if let Some(y) = year {
                    <br />
                    { format!("{}: {}", lang.end_of_year(y), set_line(set)) }
                }
            </p>
            // On a phone its "what closes the gap" column was past the panel's edge, and the whole
            // panel scrolled sideways: the table scrolls on its own instead.
            <div class="table-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, lang.t(M::CriteriaHeading))}>
                <table class="data-table cd-table cd-criteria">
                    <thead>
                        <tr>
                            <th scope="col" class="cd-left">{ lang.t(M::ColCriterion) }</th>
                            <th scope="col" title={lang.about_data(lang.t(M::ColAtBaseHint), ds.province.illustrative)}>{ lang.t(M::ColAtBase) }<br />{ base_date.clone() }</th>
                            if let Some(y) = year {
                                <th scope="col" title={lang.t(M::ColInYearHint)}>{ lang.t(M::ColChance) }<br />{ lang.end_of_year(y).to_lowercase() }</th>
                            }
                            if gaps.is_some() {
                                <th scope="col" title={lang.t(M::ColToCloseHint)}>
                                    { lang.t(M::ColToClose) }
                                    // Whose thresholds: a criterion met at the base date (✓) can
                                    // still have a gap against the stricter set of that year.
                                    if let Some(y) = year {
                                        <br />{ lang.fill(M::ColToCloseSet, &[("year", &y.to_string())]) }
                                    }
                                </th>
                            }
                        </tr>
                    </thead>
                    { for groups }
                </table>
            </div>
            if let Some(text) = money_line {
                <p class="cd-money-line" data-testid="detail-money-need">{ text }</p>
            }
        </section>
    }
}
