//! The comparison table's rows on cost and on how sure each gain is (`compare_logic::money`):
//! money disbursed, training and communication, the cost of each commune added against A,
//! and, for the two headline counts, the difference from A run by run.

use ntm_model::{Dataset, Metric, Results};

use crate::sharing::summary::money_period;
use yew::prelude::*;

use crate::compare_logic::money::{common_end, money_rows, paired, MoneyKind, MoneyRow};
use crate::figures::target_year;
use crate::figures::value_text;
use crate::i18n::compare::{
    basis_text, per_commune_text, shown_difference, signed, signed_or_same,
};
use crate::i18n::{CompareMsg, HeadlineMsg, Lang};

/// The rows, for a `<tbody>`; `prefix` starts each cell's test hook; the run-by-run rows
/// only `paired_too`.
pub fn money_and_paired_rows(
    lang: Lang,
    ds: &Dataset,
    results: &[Option<&Results>],
    prefix: &str,
    paired_too: bool,
    unlike: &[bool],
) -> Html {
    let Some(first) = results.iter().flatten().next() else {
        return Html::default();
    };
    let target = target_year(ds);
    // Every scenario's money and communes to the last year they all simulate.
    let end = common_end(results).unwrap_or(target);
    let shared: Vec<u16> = first.years.iter().copied().filter(|&y| y <= end).collect();
    let years = money_period(ds, &shared, lang);
    let money = money_rows(results, unlike)
        .into_iter()
        // The slide (no run-by-run rows) says a cell's caveats briefly: beside four scenarios
        // the full sentences made one column 18 lines tall and the slide's fit shrank every
        // figure to 12 px; the comparison screen and the report keep them whole.
        .map(|row| money_row(lang, &row, &years, end, prefix, !paired_too));
    let counted = [
        (Metric::VillagesStandard, HeadlineMsg::Villages, "villages"),
        (
            Metric::CommunesRecognised,
            HeadlineMsg::Communes,
            "communes",
        ),
    ];
    let year = if first.year_index(target).is_some() {
        target
    } else {
        end
    };
    let paired_rows = counted.into_iter().map(|(metric, what, key)| {
        let label = lang.fill(
            CompareMsg::PairedRow,
            &[
                ("what", lang.t(what)),
                ("when", &lang.end_of_year(year).to_lowercase()),
            ],
        );
        let cells = results.iter().enumerate().map(|(i, r)| {
            let id = format!("{prefix}-paired-{key}-{i}");
            let a = results.first().copied().flatten();
            match (i, a, r) {
                (0, _, _) | (_, _, None) | (_, None, _) => {
                    html! { <td data-testid={id}>{ "–" }</td> }
                }
                (_, Some(a), Some(b)) => match paired(a, b, metric, year) {
                    Some(p) => {
                        let diff = |x: f64| signed(x, &value_text(metric, x.abs(), lang));
                        html! {
                            <td data-testid={id} data-higher={p.higher.to_string()}>
                                { lang.fill(CompareMsg::PairedCell, &[
                                    ("higher", &lang.share_of_runs(p.higher)),
                                    ("lower", &lang.share_of_runs(p.lower)),
                                    ("p10", &diff(p.p10)),
                                    ("p90", &diff(p.p90)),
                                ]) }
                            </td>
                        }
                    }
                    None => {
                        html! { <td data-testid={id}>{ lang.t(CompareMsg::PairedUnpaired) }</td> }
                    }
                },
            }
        });
        html! {
            <tr class="compare-paired-row">
                <th scope="row" title={lang.t(CompareMsg::PairedTip)}>{ label }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <>
            { for money }
            if paired_too {
                { for paired_rows }
            }
        </>
    }
}

fn money_row(lang: Lang, row: &MoneyRow, years: &str, end: u16, prefix: &str, brief: bool) -> Html {
    let (unsure_msg, moved_msg) = if brief {
        (
            CompareMsg::MoneyPerCommuneUnsureBrief,
            CompareMsg::MoneyPerCommuneMovedBrief,
        )
    } else {
        (
            CompareMsg::MoneyPerCommuneUnsure,
            CompareMsg::MoneyPerCommuneMoved,
        )
    };
    let (label, tip, key, decimals) = match row.kind {
        MoneyKind::Disbursed => (
            lang.fill(CompareMsg::MoneyDisbursed, &[("years", years)]),
            lang.t(CompareMsg::MoneyTip),
            "disbursed",
            0,
        ),
        MoneyKind::Training => (
            lang.fill(CompareMsg::MoneyTraining, &[("years", years)]),
            lang.t(CompareMsg::MoneyTrainingTip),
            "training",
            0,
        ),
        MoneyKind::PerExtraCommune => (
            lang.fill(
                CompareMsg::MoneyPerCommune,
                &[("when", &lang.end_of_year(end).to_lowercase())],
            ),
            lang.t(CompareMsg::MoneyPerCommuneTip),
            "per-commune",
            1,
        ),
    };
    let cells = row.cells.iter().zip(&row.deltas).enumerate().map(|(i, (cell, delta))| {
        let id = format!("{prefix}-money-{key}-{i}");
        let unsure = row.unsure.get(i).copied().unwrap_or(false);
        // Communes partly bought by moving money between units: not a price to quote.
        let moved = row.moved.get(i).is_some_and(Option::is_some);
        // The median falls while the mean rises: no price, and why.
        if let (Some(_), Some(Some(fall)), Some(Some((_, gained)))) =
            (cell, row.median_falls.get(i), row.basis.get(i))
        {
            return html! {
                <td data-testid={id.clone()} data-withheld="true">
                    <span class="compare-median is-unclear">{ lang.t(CompareMsg::MoneyPerCommuneWithheld) }</span>
                    <span class="compare-delta compare-basis is-unclear" data-testid={format!("{id}-withheld")}>
                        { lang.fill(CompareMsg::MoneyPerCommuneWithheldWhy, &[
                            ("fall", &lang.number(*fall, 0)),
                            ("gain", &lang.number(*gained, 2)),
                        ]) }
                    </span>
                </td>
            };
        }
        match cell {
            Some(x) => html! {
                <td
                    data-testid={id.clone()}
                    data-value={x.to_string()}
                    data-unsure={unsure.then_some("true")}
                    // The figure says what it is, as its row's head does (a planner points at
                    // the number, not at the row's name).
                    title={if unsure { lang.t(CompareMsg::MoneyPerCommuneUnsureTip) } else { tip }}
                >
                    <span class={classes!("compare-median", (unsure || moved).then_some("is-unclear"))}>
                        { if row.kind == MoneyKind::PerExtraCommune {
                            let money = row.basis.get(i).copied().flatten().map_or(*x, |(m, _)| m);
                            per_commune_text(lang, *x, money, decimals)
                        } else {
                            lang.number(*x, decimals)
                        } }
                    </span>
                    if unsure {
                        <span class="compare-delta is-unclear">{ lang.t(unsure_msg) }</span>
                    }
                    if let Some(Some((money, communes))) = row.basis.get(i) {
                        <span class="compare-delta compare-basis is-same" data-testid={format!("{id}-basis")}>
                            { basis_text(lang, *money, *communes, (*x, decimals), brief) }
                        </span>
                    }
                    if let Some(Some(moved)) = row.moved.get(i) {
                        <span class="compare-delta compare-basis is-unclear" data-testid={format!("{id}-moved")}>
                            { lang.fill(moved_msg, &[("moved", &lang.number(*moved, 0))]) }
                        </span>
                    }
                    if let Some(d) = delta {
                        <span class="compare-delta is-same">{ match row.cells.first().copied().flatten() {
                            // As the two figures read ("8.626 ≈ 0" beside A's 8.626, not "+1").
                            Some(a) => shown_difference(lang, a, *x, decimals),
                            None => signed_or_same(*d, &lang.number(d.abs(), decimals)),
                        } }</span>
                    }
                </td>
            },
            None => html! { <td data-testid={id}>{ "–" }</td> },
        }
    });
    html! {
        <tr class="compare-money-row">
            <th scope="row" title={tip}>{ label }</th>
            { for cells }
        </tr>
    }
}
