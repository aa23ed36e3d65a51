//! The table of headline differences: the headline's six figures (median and P10–P90) and
//! every official target (verdict and share of runs reaching it) for each compared scenario,
//! with the difference of each median from the first scenario's.

use ntm_model::{Dataset, Metric, Results};

use crate::figures::{tiles, Likelihood, Tile};
use crate::simulation::Figure;

/// `metric` at the end of `year` in `r` (median, P10, P90, mean).
pub fn figure(r: &Results, metric: Metric, year: u16) -> Option<Figure> {
    let i = r.year_index(year)?;
    let band = r.series.get(metric);
    Some(Figure {
        p10: *band.p10.get(i)?,
        p50: *band.p50.get(i)?,
        p90: *band.p90.get(i)?,
        mean: *band.mean.get(i)?,
    })
}

/// Whether a difference is good news.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Better,
    Worse,
    Same,
}

/// Good news or bad: more villages and communes at the standard is better, more communes
/// below 10 or 15 criteria is worse.
pub fn direction(metric: Metric, delta: f64) -> Direction {
    let lower_is_better = matches!(
        metric,
        Metric::CommunesBelow10 | Metric::CommunesBelow15 | Metric::ScopeCommunesBelow10
    );
    if delta.abs() < 1e-9 {
        Direction::Same
    } else if (delta > 0.0) != lower_is_better {
        Direction::Better
    } else {
        Direction::Worse
    }
}

/// One headline figure across the scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub tile: Tile,
    /// Per scenario (`None`: no results yet, or the year is not simulated).
    pub cells: Vec<Option<Figure>>,
    /// Per scenario: its median minus the first scenario's (`None` for the first, and when
    /// either is missing).
    pub deltas: Vec<Option<f64>>,
}

/// The headline's figures of `ds` for `results` (one entry per scenario, in column order).
pub fn figure_rows(ds: &Dataset, results: &[Option<&Results>]) -> Vec<FigureRow> {
    tiles(ds)
        .iter()
        .map(|tile| {
            let cells: Vec<Option<Figure>> = results
                .iter()
                .map(|r| r.and_then(|r| figure(r, tile.metric, tile.year)))
                .collect();
            let medians: Vec<Option<f64>> = cells.iter().map(|c| c.map(|f| f.p50)).collect();
            let deltas = deltas_from_first(&medians);
            FigureRow {
                tile: *tile,
                cells,
                deltas,
            }
        })
        .collect()
}

/// One scenario's verdict on one target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TargetCell {
    /// The median meets the target.
    pub met: bool,
    /// Share of runs that meet it.
    pub probability: f64,
    pub in_horizon: bool,
    /// False when the data cannot assess the target (see `TargetResult::assessable`).
    pub assessable: bool,
}

/// Each value minus the first's (`None` for the first, and where either is missing).
pub fn deltas_from_first(values: &[Option<f64>]) -> Vec<Option<f64>> {
    let first = values.first().copied().flatten();
    values
        .iter()
        .enumerate()
        .map(|(i, v)| match (i, first, v) {
            (0, _, _) => None,
            (_, Some(a), Some(b)) => Some(b - a),
            _ => None,
        })
        .collect()
}

/// One official target across the scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetRow {
    pub id: String,
    pub year: u16,
    pub cells: Vec<Option<TargetCell>>,
}

/// Every target (in the dataset's order, as the results list them), for each scenario.
pub fn target_rows(results: &[Option<&Results>]) -> Vec<TargetRow> {
    let Some(first) = results.iter().flatten().next() else {
        return Vec::new();
    };
    first
        .targets
        .iter()
        .map(|t| TargetRow {
            id: t.id.clone(),
            year: t.year,
            cells: results
                .iter()
                .map(|r| {
                    let found = (*r)?.targets.iter().find(|x| x.id == t.id)?;
                    Some(TargetCell {
                        met: found.met,
                        probability: found.probability,
                        in_horizon: found.in_horizon,
                        assessable: found.assessable,
                    })
                })
                .collect(),
        })
        .collect()
}

/// Per scenario: targets likely met (reached in at least four runs in five, as the verdicts
/// say), targets uncertain, and targets within the simulated years. The uncertain ones are
/// said beside the count: "0/7" alone read as "this scenario reaches nothing" beside two
/// targets reached in 77 % and 66 % of its runs.
pub fn targets_met(results: &[Option<&Results>]) -> Vec<Option<(usize, usize, usize)>> {
    results
        .iter()
        .map(|r| {
            let r = (*r)?;
            let shown = r.targets.iter().filter(|t| t.judged());
            let count = |l: Likelihood| {
                shown
                    .clone()
                    .filter(|t| Likelihood::of(t.probability) == l)
                    .count()
            };
            Some((
                count(Likelihood::Likely),
                count(Likelihood::Uncertain),
                shown.count(),
            ))
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    use ntm_model::{simulate, Dataset, Scenario};

    /// Default, and the budget at 150%: (default results, more money results).
    fn pair() -> &'static (Results, Results) {
        static R: OnceLock<(Results, Results)> = OnceLock::new();
        R.get_or_init(|| {
            let ds = Dataset::caobang_2020().expect("dataset");
            let mut a = Scenario::defaults(&ds);
            a.runs = 120;
            let mut b = a.clone();
            b.budget.scale_pct = 150.0;
            (simulate(&ds, &a), simulate(&ds, &b))
        })
    }

    #[test]
    fn more_money_shows_as_better_differences_against_the_first() {
        let (a, b) = pair();
        let ds = Dataset::caobang_2020().expect("dataset");
        let rows = figure_rows(&ds, &[Some(a), Some(b)]);
        assert_eq!(rows.len(), tiles(&ds).len());
        let by = |id: &str| rows.iter().find(|r| r.tile.testid() == id).expect(id);
        for row in &rows {
            assert_eq!(row.deltas[0], None, "the first has no difference");
            let d = row.deltas[1].expect("both simulated");
            let (x, y) = (row.cells[0].expect("a"), row.cells[1].expect("b"));
            assert_eq!(d, y.p50 - x.p50, "{}", row.tile.testid());
        }
        let v = by("headline-villages-2025").deltas[1].expect("delta");
        assert!(v > 0.0, "more money, more villages: {v}");
        assert_eq!(direction(Metric::VillagesStandard, v), Direction::Better);
        let below = by("headline-below15-2025").deltas[1].expect("delta");
        assert!(
            below <= 0.0,
            "more money, fewer communes far behind: {below}"
        );
        assert_ne!(direction(Metric::CommunesBelow15, below), Direction::Worse);
        assert_eq!(direction(Metric::CommunesBelow15, 2.0), Direction::Worse);
        assert_eq!(direction(Metric::CommunesRecognised, 0.0), Direction::Same);
    }

    #[test]
    fn missing_results_leave_gaps_not_wrong_numbers() {
        let (a, b) = pair();
        let ds = Dataset::caobang_2020().expect("dataset");
        let rows = figure_rows(&ds, &[None, Some(b), Some(a)]);
        for row in &rows {
            assert_eq!(row.cells[0], None);
            assert_eq!(row.deltas, vec![None, None, None]);
        }
        let targets = target_rows(&[None, Some(a)]);
        assert_eq!(targets.len(), a.targets.len());
        assert!(targets
            .iter()
            .all(|t| t.cells[0].is_none() && t.cells[1].is_some()));
        assert_eq!(target_rows(&[None, None]), vec![]);
        let met = targets_met(&[None, Some(a)]);
        assert_eq!(met[0], None);
        let (m, u, n) = met[1].expect("counted");
        assert_eq!(n, a.targets.iter().filter(|t| t.judged()).count());
        assert_eq!(
            u,
            a.targets
                .iter()
                .filter(|t| t.judged() && t.probability > 0.2 && t.probability < 0.8)
                .count()
        );
        assert_eq!(
            m,
            a.targets
                .iter()
                .filter(|t| t.judged() && t.probability >= 0.8)
                .count()
        );
    }

    #[test]
    fn target_cells_are_the_model_s_verdicts() {
        let (a, b) = pair();
        for row in target_rows(&[Some(a), Some(b)]) {
            for (cell, r) in row.cells.iter().zip([a, b]) {
                let t = r.targets.iter().find(|t| t.id == row.id).expect("target");
                let cell = cell.expect("cell");
                assert_eq!(
                    (cell.met, cell.probability),
                    (t.met, t.probability),
                    "{}",
                    row.id
                );
            }
        }
    }
}
