//! The comparison by district: for each district, each scenario's median of communes
//! recognised and of villages at the standard at the end of one year, with the difference from
//! the first scenario, judged run by run as the headline's are. A district planner's question
//! ("what does this do for Bảo Lạc?") that the province totals hide.

use ntm_model::results::{Band, DistrictResult, Metric};
use ntm_model::{Dataset, Results};

use super::money::{judge, paired_runs, Judged, Paired};

/// One scenario's figures for one district.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistrictCell {
    /// Median communes recognised.
    pub communes: f64,
    /// Median villages at the standard.
    pub villages: f64,
    /// P10 and P90 of each: how far the district's count moves with the luck of the runs.
    pub communes_range: (f64, f64),
    pub villages_range: (f64, f64),
    /// Differences from the first scenario (`None` in the first column, or when it has no
    /// results yet).
    pub d_communes: Option<f64>,
    pub d_villages: Option<f64>,
    /// Each difference run by run against the first scenario (same seed: common random
    /// numbers), and what it reads as: a district's median one higher is often a few runs'
    /// luck, which is "chưa rõ", not news (`None` with no difference).
    pub runs_communes: Option<Paired>,
    pub runs_villages: Option<Paired>,
    pub j_communes: Option<Judged>,
    pub j_villages: Option<Judged>,
    /// Money disbursed to the district's communes and villages from the base year to the end
    /// of the year shown, billion VND (mean of the runs), and its change from the first
    /// scenario as a share ("a weight of 2 gave Bảo Lạc +70 %").
    pub money: f64,
    pub d_money_share: Option<f64>,
}

/// One district: its name and a cell per scenario (`None` while that scenario has no results).
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictRow {
    pub code: String,
    pub name: String,
    /// Villages the dataset lists in the district (only the 1385 scope's are listed: a
    /// district without any has no village figure, rather than "0").
    pub villages_listed: usize,
    pub cells: Vec<Option<DistrictCell>>,
}

/// The year the table shows: `wanted` if every scenario with results has it, else the
/// earliest last year among them.
pub fn table_year(results: &[Option<&Results>], wanted: u16) -> Option<u16> {
    let lasts: Vec<u16> = results
        .iter()
        .flatten()
        .filter_map(|r| r.years.last().copied())
        .collect();
    let last = lasts.iter().copied().min()?;
    Some(wanted.min(last))
}

/// A row per district of `ds` (in the dataset's order) at the end of `year`. `unlike[i]`:
/// scenario `i` was simulated unlike the first (another seed, other uncertainty), so none of
/// its differences is called better or worse.
pub fn district_rows(
    ds: &Dataset,
    results: &[Option<&Results>],
    year: u16,
    unlike: &[bool],
) -> Vec<DistrictRow> {
    let first = results.first().copied().flatten();
    ds.districts
        .iter()
        .enumerate()
        .map(|(di, d)| {
            let villages_listed = ds
                .communes
                .iter()
                .zip(&ds.villages_of)
                .filter(|(c, _)| c.district == di)
                .map(|(_, v)| v.len())
                .sum();
            let reference = first.and_then(|r| Figures::of(r, &d.code, year));
            let cells = results
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let r = (*r)?;
                    let f = Figures::of(r, &d.code, year)?;
                    let against = reference.as_ref().filter(|_| i > 0);
                    // Paired only when both drew the same random numbers.
                    let same_draws = first.is_some_and(|a| a.seed == r.seed);
                    let runs = |m: Metric| {
                        let a = against?;
                        paired_runs(a.runs(m)?, f.runs(m)?).filter(|_| same_draws)
                    };
                    let judged = |m: Metric, delta: Option<f64>, runs: Option<&Paired>| {
                        delta.map(|d| match judge(m, d, runs) {
                            Judged::Better | Judged::Worse if unlike.get(i) == Some(&true) => {
                                Judged::Unclear
                            }
                            j => j,
                        })
                    };
                    let d_communes = against.map(|a| f.communes - a.communes);
                    let d_villages = against.map(|a| f.villages - a.villages);
                    let runs_communes = runs(Metric::CommunesRecognised);
                    let runs_villages = runs(Metric::VillagesStandard);
                    Some(DistrictCell {
                        communes: f.communes,
                        villages: f.villages,
                        communes_range: f.range(&f.district.communes_recognised),
                        villages_range: f.range(&f.district.villages_standard),
                        d_communes,
                        d_villages,
                        j_communes: judged(
                            Metric::CommunesRecognised,
                            d_communes,
                            runs_communes.as_ref(),
                        ),
                        j_villages: judged(
                            Metric::VillagesStandard,
                            d_villages,
                            runs_villages.as_ref(),
                        ),
                        runs_communes,
                        runs_villages,
                        money: f.money,
                        d_money_share: against
                            .filter(|a| a.money > 0.0)
                            .map(|a| f.money / a.money - 1.0),
                    })
                })
                .collect();
            DistrictRow {
                code: d.code.clone(),
                name: d.name.clone(),
                villages_listed,
                cells,
            }
        })
        .collect()
}

/// One scenario's figures for one district at the end of a year.
struct Figures<'a> {
    district: &'a DistrictResult,
    yi: usize,
    communes: f64,
    villages: f64,
    money: f64,
}

impl<'a> Figures<'a> {
    fn of(r: &'a Results, code: &str, year: u16) -> Option<Figures<'a>> {
        let yi = r.year_index(year)?;
        let district = r.districts.iter().find(|d| d.code == code)?;
        Some(Figures {
            district,
            yi,
            communes: *district.communes_recognised.p50.get(yi)?,
            villages: *district.villages_standard.p50.get(yi)?,
            money: district.spending.iter().take(yi + 1).sum(),
        })
    }

    /// P10 and P90 of `band` that year.
    fn range(&self, band: &Band) -> (f64, f64) {
        let at = |v: &[f64]| v.get(self.yi).copied().unwrap_or(f64::NAN);
        (at(&band.p10), at(&band.p90))
    }

    /// Each run's value of `m` that year, if kept.
    fn runs(&self, m: Metric) -> Option<&'a [f64]> {
        self.district.run_values.get(m, self.yi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ntm_model::Scenario;

    #[test]
    fn each_district_has_each_scenarios_medians_and_the_difference_from_the_first() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut a = Scenario::defaults(&ds);
        a.runs = 60;
        let mut b = a.clone();
        b.budget.scale_pct = 200.0;
        let (ra, rb) = (ntm_model::simulate(&ds, &a), ntm_model::simulate(&ds, &b));
        let results = [Some(&ra), Some(&rb), None];
        let year = table_year(&results, 2025).expect("a year");
        assert_eq!(year, 2025);
        let rows = district_rows(&ds, &results, year, &[]);
        assert_eq!(rows.len(), ds.districts.len());
        let yi = ra.year_index(2025).expect("2025");
        let mut more = 0.0;
        let listed: usize = rows.iter().map(|r| r.villages_listed).sum();
        assert_eq!(
            listed,
            ds.villages.len(),
            "every listed village is in one district"
        );
        assert!(
            rows.iter().any(|r| r.villages_listed == 0),
            "some districts list none"
        );
        for (row, d) in rows.iter().zip(&ra.districts) {
            assert_eq!(row.code, d.code);
            let first = row.cells[0].expect("A has results");
            assert_eq!(first.communes, d.communes_recognised.p50[yi]);
            assert_eq!(
                first.communes_range,
                (d.communes_recognised.p10[yi], d.communes_recognised.p90[yi])
            );
            assert_eq!(
                first.villages_range,
                (d.villages_standard.p10[yi], d.villages_standard.p90[yi])
            );
            let (lo, hi) = first.communes_range;
            assert!(lo <= first.communes && first.communes <= hi, "{}", d.code);
            assert_eq!(first.d_communes, None, "A is the reference");
            let second = row.cells[1].expect("B has results");
            assert_eq!(second.d_villages, Some(second.villages - first.villages));
            assert!(row.cells[2].is_none(), "no results yet, no figures");
            more += second.d_villages.unwrap_or(0.0);
            // Its money to the end of 2025, and twice the budget is about twice the money.
            let spent: f64 = d.spending.iter().take(yi + 1).sum();
            assert_eq!(first.money, spent);
            if spent > 0.0 {
                let share = second.d_money_share.expect("a change");
                assert!((0.8..1.2).contains(&share), "{}: {share}", d.code);
            }
        }
        assert!(more > 0.0, "twice the money shows in the districts");
        // A scenario ending earlier sets the year.
        let mut short = a.clone();
        short.until = 2023;
        let rs = ntm_model::simulate(&ds, &short);
        assert_eq!(table_year(&[Some(&ra), Some(&rs)], 2025), Some(2023));
        assert_eq!(table_year(&[None, None], 2025), None);
    }

    #[test]
    fn a_district_difference_is_judged_run_by_run_and_only_between_like_runs() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut a = Scenario::defaults(&ds);
        a.runs = 60;
        let mut b = a.clone();
        b.budget.scale_pct = 130.0;
        let (ra, rb) = (ntm_model::simulate(&ds, &a), ntm_model::simulate(&ds, &b));
        let rows = district_rows(&ds, &[Some(&ra), Some(&rb)], 2025, &[]);
        let (mut judged, mut unclear, mut better) = (0, 0, 0);
        for row in &rows {
            assert!(
                row.cells[0].expect("A").j_villages.is_none(),
                "A is the reference"
            );
            let cell = row.cells[1].expect("B");
            for (d, runs, j) in [
                (cell.d_villages, cell.runs_villages, cell.j_villages),
                (cell.d_communes, cell.runs_communes, cell.j_communes),
            ] {
                let (d, j) = (d.expect("a difference"), j.expect("judged"));
                let runs = runs.expect("the same seed: paired");
                assert_eq!(runs.runs, 60);
                if d == 0.0 {
                    assert_eq!(j, Judged::Same, "{}", row.code);
                    continue;
                }
                judged += 1;
                let way = if d > 0.0 { runs.higher } else { runs.lower };
                assert_eq!(
                    j == Judged::Unclear,
                    way < 0.8,
                    "{}: {d} {runs:?}",
                    row.code
                );
                unclear += usize::from(j == Judged::Unclear);
                better += usize::from(j == Judged::Better);
            }
        }
        assert!(judged > 0 && better > 0, "30 % more money shows somewhere");
        assert!(
            unclear > 0,
            "and not everywhere clearly: {judged} differences"
        );
        // Simulated unlike A: no district is better or worse.
        let rows = district_rows(&ds, &[Some(&ra), Some(&rb)], 2025, &[false, true]);
        assert!(rows
            .iter()
            .flat_map(|r| [
                r.cells[1].expect("B").j_villages,
                r.cells[1].expect("B").j_communes
            ])
            .flatten()
            .all(|j| matches!(j, Judged::Same | Judged::Unclear)));
        // Another seed: the runs are not paired.
        let mut c = b.clone();
        c.seed += 1;
        let rc = ntm_model::simulate(&ds, &c);
        let rows = district_rows(&ds, &[Some(&ra), Some(&rc)], 2025, &[]);
        assert!(rows
            .iter()
            .all(|r| r.cells[1].expect("C").runs_villages.is_none()));
    }
}
