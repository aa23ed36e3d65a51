//! What each compared scenario costs and how sure its gain over the first is: the money
//! disbursed and the training and communication spent over the simulated years, the cost of
//! each commune it adds, and the run-by-run difference from the first scenario.
//!
//! A planner reading "B: 50 communes, A: 47" needs both: B may cost thirty times more, and
//! with common random numbers (the same seed draws the same numbers in run *i* of both), the
//! difference run by run is much narrower than the two P10–P90 ranges side by side suggest.

use ntm_model::{Metric, Results};

/// The money rows of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyKind {
    /// Money disbursed by every source over the simulated years (mean of the runs).
    Disbursed,
    /// Training and communication costs over the same years.
    Training,
    /// Both together, extra against the first scenario, per commune recognised in addition
    /// at the end of the last year (means).
    PerExtraCommune,
}

/// One money row across the scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyRow {
    pub kind: MoneyKind,
    /// Per scenario, billion VND (`None`: no results yet; for the cost per extra commune, the
    /// first scenario, or fewer than half a commune gained).
    pub cells: Vec<Option<f64>>,
    /// Per scenario: its value minus the first's (`None` for the first and the last row).
    pub deltas: Vec<Option<f64>>,
    /// Per scenario, for the cost per extra commune: the communes it adds go that way in too
    /// few paired runs to be called (the headline's "chưa rõ"), so the price is not firm
    /// either. Always `false` in the other rows.
    pub unsure: Vec<bool>,
    /// Per scenario, for the cost per extra commune: what it divides, the extra money (billion
    /// VND) by the extra communes (means of the runs), said beside it, since the rows above
    /// show medians and a reader dividing those got another price. `None` elsewhere.
    pub basis: Vec<Option<(f64, f64)>>,
    /// Per scenario, for the cost per extra commune: the money (billion VND, means of the
    /// runs) it moves from some communes and villages to others against A, when that is more
    /// than the extra money it spends. Its communes then come partly from sharing the money
    /// otherwise, and "extra money ÷ extra communes" is not what a commune costs (a new rule
    /// with 1 billion more training read as "0,2 billion per commune"). `None` elsewhere.
    pub moved: Vec<Option<f64>>,
    /// Per scenario, for the cost per extra commune: how many communes the median falls by
    /// against A while the mean rises, when it does. No price is then quoted: a slide read
    /// "44 ▼ −3" communes a few rows above "1.778,9 billion per extra commune". `None`
    /// elsewhere.
    pub median_falls: Vec<Option<f64>>,
}

/// The last year every compared scenario simulates: the money is added up, and the communes
/// counted, to it. Scenarios simulated to 2025 and to 2030 had their money compared over
/// 2020–2025 and 2020–2030 under one label, and the cost of a commune "at the end of 2025"
/// divided 2030's money by 2030's communes.
pub fn common_end(results: &[Option<&Results>]) -> Option<u16> {
    results
        .iter()
        .flatten()
        .filter_map(|r| r.years.last().copied())
        .min()
}

/// The number of `r`'s simulated years up to `end`.
fn years_to(r: &Results, end: u16) -> usize {
    r.years.iter().take_while(|&&y| y <= end).count()
}

/// Money each unit (commune, then village) receives over the simulated years up to `end`.
fn unit_money(r: &Results, end: u16) -> impl Iterator<Item = f64> + '_ {
    let n = years_to(r, end);
    r.communes
        .iter()
        .chain(&r.villages)
        .map(move |u| u.money().iter().take(n).sum::<f64>())
}

/// The money `b` gives some units and takes from others against `a`: half of what the units'
/// differences add up to in absolute value, beyond the net difference (more money for every
/// unit moves nothing). `None` when the two do not cover the same units.
fn money_moved(a: &Results, b: &Results, end: u16) -> Option<f64> {
    if a.communes.len() != b.communes.len() || a.villages.len() != b.villages.len() {
        return None;
    }
    let (mut gross, mut net) = (0.0, 0.0);
    for (x, y) in unit_money(a, end).zip(unit_money(b, end)) {
        gross += (y - x).abs();
        net += y - x;
    }
    Some(((gross - f64::abs(net)) / 2.0).max(0.0))
}

fn disbursed(r: &Results, end: u16) -> f64 {
    let n = years_to(r, end);
    r.spending
        .by_source
        .iter()
        .flat_map(|s| s.iter().take(n))
        .sum()
}

fn training(r: &Results, end: u16) -> f64 {
    r.spending.training.iter().take(years_to(r, end)).sum()
}

/// Mean communes recognised at the end of `end`.
fn communes_at_end(r: &Results, end: u16) -> Option<f64> {
    r.series
        .communes_recognised
        .mean
        .get(r.year_index(end)?)
        .copied()
}

/// The money rows for `results` (one entry per scenario, in column order).
/// `unlike[i]`: column `i` is simulated unlike A (`state::Unlike`), so the communes it adds
/// are not the money's doing and no cost per commune is worked out for it.
pub fn money_rows(results: &[Option<&Results>], unlike: &[bool]) -> Vec<MoneyRow> {
    let end = common_end(results).unwrap_or(u16::MAX);
    let row = |kind: MoneyKind, value: fn(&Results, u16) -> f64| {
        let cells: Vec<Option<f64>> = results.iter().map(|r| r.map(|r| value(r, end))).collect();
        let deltas = super::headline::deltas_from_first(&cells);
        MoneyRow {
            kind,
            unsure: vec![false; cells.len()],
            basis: vec![None; cells.len()],
            moved: vec![None; cells.len()],
            median_falls: vec![None; cells.len()],
            cells,
            deltas,
        }
    };
    let total = |r: &Results| disbursed(r, end) + training(r, end);
    let first = results.first().copied().flatten();
    let basis: Vec<Option<(f64, f64)>> = results
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (a, b) = (first?, (*r)?);
            let gained = communes_at_end(b, end)? - communes_at_end(a, end)?;
            let alike = !unlike.get(i).copied().unwrap_or(false);
            (i > 0 && alike && gained >= 0.5).then(|| (total(b) - total(a), gained))
        })
        .collect();
    let moved = results
        .iter()
        .zip(&basis)
        .map(|(r, b)| {
            let (money, _) = (*b)?;
            let shifted = money_moved(first?, (*r)?, end)?;
            (shifted >= 0.5 && shifted > money.abs()).then_some(shifted)
        })
        .collect();
    // The median of the communes at the end against A's, as the headline rows give it.
    let median_at_end = |r: &Results| {
        let y = r.year_index(end)?;
        r.series.communes_recognised.p50.get(y).copied()
    };
    let median_falls = results
        .iter()
        .zip(&basis)
        .map(|(r, b)| {
            b.as_ref()?;
            let d = median_at_end((*r)?)? - median_at_end(first?)?;
            (d < 0.0).then_some(-d)
        })
        .collect();
    let per_extra = basis
        .iter()
        .map(|b| b.map(|(money, gained)| money / gained))
        .collect();
    // The communes gained, judged run by run as the headline rows judge them.
    let unsure = results
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (Some(a), Some(b)) = (first, *r) else {
                return false;
            };
            let (Some(gained_a), Some(gained_b)) =
                (communes_at_end(a, end), communes_at_end(b, end))
            else {
                return false;
            };
            let runs = paired(a, b, Metric::CommunesRecognised, end);
            i > 0
                && judge(
                    Metric::CommunesRecognised,
                    gained_b - gained_a,
                    runs.as_ref(),
                ) == Judged::Unclear
        })
        .collect();
    vec![
        row(MoneyKind::Disbursed, disbursed),
        row(MoneyKind::Training, training),
        MoneyRow {
            kind: MoneyKind::PerExtraCommune,
            cells: per_extra,
            deltas: vec![None; results.len()],
            unsure,
            basis,
            moved,
            median_falls,
        },
    ]
}

/// A scenario against the first, run by run, for one count in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paired {
    /// Share of runs in which it is higher than the first, and lower.
    pub higher: f64,
    pub lower: f64,
    /// P10, P50 and P90 of the difference run by run.
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    /// Runs paired (the fewer of the two scenarios').
    pub runs: usize,
}

/// `b` against `a` run by run: `None` when the two were not run with the same seed (their runs
/// are then not paired: the difference would be noise), or the runs were not kept.
pub fn paired(a: &Results, b: &Results, metric: Metric, year: u16) -> Option<Paired> {
    if a.seed != b.seed {
        return None;
    }
    let (ya, yb) = (a.year_index(year)?, b.year_index(year)?);
    paired_runs(a.run_values.get(metric, ya)?, b.run_values.get(metric, yb)?)
}

/// `vb` against `va` run by run (run *i* of each drew the same random numbers: the caller
/// checks the seeds): `None` when no run was kept.
pub fn paired_runs(va: &[f64], vb: &[f64]) -> Option<Paired> {
    let n = va.len().min(vb.len());
    if n == 0 {
        return None;
    }
    let mut diff: Vec<f64> = vb[..n].iter().zip(&va[..n]).map(|(b, a)| b - a).collect();
    let share = |f: fn(f64) -> bool| diff.iter().filter(|d| f(**d)).count() as f64 / n as f64;
    let (higher, lower) = (share(|d| d > 0.0), share(|d| d < 0.0));
    let [p10, p50, p90] = ntm_model::results::percentiles(&mut diff);
    Some(Paired {
        higher,
        lower,
        p10,
        p50,
        p90,
        runs: n,
    })
}

/// How a difference from A reads: good or bad news when it holds run by run, unclear when it
/// moves the median but goes that way in fewer than [`CLEAR_SHARE`] of the paired runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judged {
    Better,
    Worse,
    Same,
    Unclear,
}

/// The share of paired runs a difference must go its way in to be called better or worse.
pub const CLEAR_SHARE: f64 = 0.8;

pub fn judge(metric: Metric, d: f64, runs: Option<&Paired>) -> Judged {
    use super::headline::{direction, Direction};
    let way = match direction(metric, d) {
        Direction::Same => return Judged::Same,
        Direction::Better => Judged::Better,
        Direction::Worse => Judged::Worse,
    };
    match runs {
        Some(p) if (if d > 0.0 { p.higher } else { p.lower }) < CLEAR_SHARE => Judged::Unclear,
        _ => way,
    }
}

impl Judged {
    /// The CSS class that colours it (`is-unclear` grey: not news).
    pub fn class(self) -> &'static str {
        match self {
            Judged::Better => "is-better",
            Judged::Worse => "is-worse",
            Judged::Same => "is-same",
            Judged::Unclear => "is-unclear",
        }
    }

    /// Its word: "tốt hơn", "kém hơn", "như nhau", "chưa rõ".
    pub fn word(self) -> crate::i18n::CompareMsg {
        use crate::i18n::CompareMsg;
        match self {
            Judged::Better => CompareMsg::Better,
            Judged::Worse => CompareMsg::Worse,
            Judged::Same => CompareMsg::Same,
            Judged::Unclear => CompareMsg::Unclear,
        }
    }

    /// The arrow before a difference `d` judged so: "=", "▲" or "▼".
    pub fn arrow(self, d: f64) -> &'static str {
        match self {
            Judged::Same => "=",
            _ if d > 0.0 => "▲",
            _ => "▼",
        }
    }

    /// A stable text key, for test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Judged::Better => "better",
            Judged::Worse => "worse",
            Judged::Same => "same",
            Judged::Unclear => "unclear",
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::{simulate, Dataset, Scenario};
    use std::sync::OnceLock;

    /// A median moved one way in most paired runs is news; moved in a few runs only, unclear.
    #[test]
    fn a_difference_is_called_only_when_it_holds_run_by_run() {
        let runs = |higher: f64, lower: f64| Paired {
            higher,
            lower,
            p10: 0.0,
            p50: 1.0,
            p90: 1.0,
            runs: 100,
        };
        let v = Metric::VillagesStandard;
        assert_eq!(judge(v, 1.0, Some(&runs(0.9, 0.0))), Judged::Better);
        assert_eq!(judge(v, 1.0, Some(&runs(0.55, 0.0))), Judged::Unclear);
        assert_eq!(judge(v, -2.0, Some(&runs(0.0, 0.85))), Judged::Worse);
        assert_eq!(judge(v, 0.0, Some(&runs(0.3, 0.3))), Judged::Same);
        // Fewer communes far behind is the good news.
        assert_eq!(
            judge(Metric::CommunesBelow15, -1.0, Some(&runs(0.0, 0.95))),
            Judged::Better
        );
        // Without paired runs (another seed), the direction alone.
        assert_eq!(judge(v, 1.0, None), Judged::Better);
        // The headline's counts are all kept run by run.
        let [a, b, _] = three();
        for m in [
            Metric::VillagesStandard,
            Metric::CommunesRecognised,
            Metric::ScopeCommunesRecognised,
            Metric::ScopeCommunesBelow10,
            Metric::CommunesBelow15,
        ] {
            assert!(paired(a, b, m, 2025).is_some(), "{m:?}");
        }
    }

    fn three() -> &'static [Results; 3] {
        static R: OnceLock<[Results; 3]> = OnceLock::new();
        R.get_or_init(|| {
            let ds = Dataset::caobang_2020().expect("dataset");
            let mut a = Scenario::defaults(&ds);
            a.runs = 100;
            let mut b = a.clone();
            b.budget.scale_pct = 150.0;
            let mut other_seed = a.clone();
            other_seed.seed += 1;
            [
                simulate(&ds, &a),
                simulate(&ds, &b),
                simulate(&ds, &other_seed),
            ]
        })
    }

    #[test]
    fn half_as_much_money_again_costs_more_and_is_priced_per_commune() {
        let [a, b, _] = three();
        let rows = money_rows(&[Some(a), Some(b), None], &[]);
        let by = |k: MoneyKind| rows.iter().find(|r| r.kind == k).expect("row");
        let money = by(MoneyKind::Disbursed);
        let (ma, mb) = (money.cells[0].unwrap(), money.cells[1].unwrap());
        assert!(mb > ma * 1.3, "{ma} → {mb}");
        assert_eq!(money.deltas, vec![None, Some(mb - ma), None]);
        // Training is the same in both: no difference.
        assert_eq!(by(MoneyKind::Training).deltas[1], Some(0.0));
        let per = by(MoneyKind::PerExtraCommune);
        assert_eq!(per.cells[0], None);
        assert_eq!(per.cells[2], None);
        let gained = b.series.communes_recognised.mean.last().unwrap()
            - a.series.communes_recognised.mean.last().unwrap();
        assert!(gained >= 0.5, "{gained}");
        let extra = (mb - ma) / gained;
        assert!((per.cells[1].unwrap() - extra).abs() < 1e-9);
        // What it divides is said beside it: the money and the communes (means).
        let (money_b, gained_b) = per.basis[1].expect("a basis");
        assert!((money_b - (mb - ma)).abs() < 1e-9 && (gained_b - gained).abs() < 1e-12);
        assert_eq!((per.basis[0], per.basis[2]), (None, None));
        // Half as much money again adds communes in most runs: a firm price; every unit gets
        // more or the same, so no money moves between them.
        assert_eq!(per.unsure, vec![false, false, false]);
        assert_eq!(per.moved, vec![None, None, None]);
        // Simulated unlike A, its communes are not the money's doing: no price.
        let unlike = money_rows(&[Some(a), Some(b)], &[false, true]);
        let per = unlike.iter().find(|r| r.kind == MoneyKind::PerExtraCommune);
        assert_eq!(per.map(|r| r.cells[1]), Some(None));
    }

    /// More communes on average but fewer at the median (a few runs gain many, most lose
    /// some): no price per extra commune, and the fall is said.
    #[test]
    fn no_price_when_the_median_falls_while_the_mean_rises() {
        let [a, b, _] = three();
        let mut b = b.clone();
        let last = b.years.len() - 1;
        let a_median = a.series.communes_recognised.p50[last];
        b.series.communes_recognised.p50[last] = a_median - 3.0;
        let rows = money_rows(&[Some(a), Some(&b)], &[]);
        let per = rows
            .iter()
            .find(|r| r.kind == MoneyKind::PerExtraCommune)
            .expect("row");
        assert!(per.basis[1].is_some(), "the mean still rises");
        assert_eq!(per.median_falls, vec![None, Some(3.0)]);
        // Unchanged, the median rises with the mean: priced.
        let rows = money_rows(&[Some(a), Some(&three()[1])], &[]);
        let per = rows.iter().find(|r| r.kind == MoneyKind::PerExtraCommune);
        assert_eq!(per.map(|r| r.median_falls[1]), Some(None));
    }

    /// A scenario simulated to 2030 against one to 2025: both counted to 2025, the money too.
    #[test]
    fn money_is_compared_over_the_years_both_simulate() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut a = Scenario::defaults(&ds);
        a.runs = 50;
        let mut b = a.clone();
        b.until = 2030;
        let (ra, rb) = (simulate(&ds, &a), simulate(&ds, &b));
        assert_eq!(common_end(&[Some(&ra), Some(&rb)]), Some(2025));
        let rows = money_rows(&[Some(&ra), Some(&rb)], &[]);
        for kind in [MoneyKind::Disbursed, MoneyKind::Training] {
            let row = rows.iter().find(|r| r.kind == kind).expect("row");
            // The same levers to 2025: the same money to 2025 (it was 16.150 against 8.626).
            let (x, y) = (row.cells[0].unwrap(), row.cells[1].unwrap());
            assert!((x - y).abs() < 1e-6 * x.max(1.0), "{kind:?}: {x} {y}");
        }
        let per = rows
            .iter()
            .find(|r| r.kind == MoneyKind::PerExtraCommune)
            .unwrap();
        assert_eq!(per.cells[1], None, "no commune gained by 2025, no price");
    }

    /// A price per commune rests on the communes gained: when they are not gained in most
    /// paired runs, the price is marked unsure, as the headline marks the gain "chưa rõ".
    #[test]
    fn a_price_per_commune_is_unsure_when_the_gain_is() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut a = Scenario::defaults(&ds);
        a.runs = 200;
        // A little more money: a fraction of a commune on average, and not in most runs.
        let mut b = a.clone();
        b.budget.scale_pct = 104.0;
        let (ra, rb) = (simulate(&ds, &a), simulate(&ds, &b));
        let last = *ra.years.last().unwrap();
        let p = paired(&ra, &rb, Metric::CommunesRecognised, last).expect("paired");
        let gained = communes_at_end(&rb, last).unwrap() - communes_at_end(&ra, last).unwrap();
        let rows = money_rows(&[Some(&ra), Some(&rb)], &[]);
        let per = rows
            .iter()
            .find(|r| r.kind == MoneyKind::PerExtraCommune)
            .expect("row");
        assert_eq!(
            per.unsure[1],
            judge(Metric::CommunesRecognised, gained, Some(&p)) == Judged::Unclear,
            "{gained} {p:?}"
        );
        assert!(
            per.unsure[1],
            "a 4 % rise should not be a clear gain: {gained} {p:?}"
        );
    }

    /// Nearest to the standard first, with the same budget and a little more training: more
    /// communes for hardly any extra money, because money moved from some communes to others.
    /// The price per commune must say so, or "0,2 billion per commune" is quoted.
    #[test]
    fn money_moved_between_communes_is_said_beside_the_price_per_commune() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut a = Scenario::defaults(&ds);
        a.runs = 100;
        let mut b = a.clone();
        b.allocation.rule = ntm_model::scenario::AllocationRule::NearestFirst;
        for t in &mut b.training.per_year {
            t.cadres *= 1.2;
        }
        let (ra, rb) = (simulate(&ds, &a), simulate(&ds, &b));
        let rows = money_rows(&[Some(&ra), Some(&rb)], &[]);
        let per = rows
            .iter()
            .find(|r| r.kind == MoneyKind::PerExtraCommune)
            .expect("row");
        let (extra, gained) = per.basis[1].expect("communes gained");
        assert!(gained >= 0.5, "{gained}");
        let moved = per.moved[1].expect("money moved between communes");
        assert!(moved > 10.0 * extra.abs(), "moved {moved}, extra {extra}");
        // Worked out by hand from the units' money: half the gross change beyond the net.
        let units = |r: &Results| -> Vec<f64> {
            r.communes
                .iter()
                .chain(&r.villages)
                .map(|u| u.money().iter().sum())
                .collect()
        };
        let (ua, ub) = (units(&ra), units(&rb));
        let gross: f64 = ua.iter().zip(&ub).map(|(x, y)| (y - x).abs()).sum();
        let net: f64 = ua.iter().zip(&ub).map(|(x, y)| y - x).sum();
        assert!((moved - (gross - net.abs()) / 2.0).abs() < 1e-6);
    }

    #[test]
    fn runs_are_paired_only_with_the_same_seed_and_the_difference_is_narrower() {
        let [a, b, other] = three();
        let last = *a.years.last().unwrap();
        let p = paired(a, b, Metric::CommunesRecognised, last).expect("same seed");
        assert_eq!(p.runs, 100);
        assert!(p.higher > 0.5 && p.higher + p.lower <= 1.0, "{p:?}");
        assert!(p.p10 <= p.p50 && p.p50 <= p.p90);
        // The paired range is narrower than the gap between the two bands' ends suggests.
        let (ba, bb) = (&a.series.communes_recognised, &b.series.communes_recognised);
        let i = a.years.len() - 1;
        assert!(p.p90 - p.p10 < (bb.p90[i] - ba.p10[i]), "{p:?}");
        // Against itself: never higher or lower, no difference.
        let same = paired(a, a, Metric::VillagesStandard, last).expect("same");
        assert_eq!(
            (same.higher, same.lower, same.p10, same.p90),
            (0.0, 0.0, 0.0, 0.0)
        );
        assert_eq!(paired(a, other, Metric::CommunesRecognised, last), None);
        assert_eq!(paired(a, b, Metric::CommunesBelow10, last), None);
    }
}
