//! The comparison by district: for each district, each scenario's median of communes
//! recognised and of villages at the standard at the end of one year, with the difference from
//! the first scenario. A district planner's question ("what does this do for Bảo Lạc?") that the
//! province totals hide.

use ntm_model::{Dataset, Results};

/// One scenario's figures for one district.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistrictCell {
    /// Median communes recognised.
    pub communes: f64,
    /// Median villages at the standard.
    pub villages: f64,
    /// Differences from the first scenario (`None` in the first column, or when it has no
    /// results yet).
    pub d_communes: Option<f64>,
    pub d_villages: Option<f64>,
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

/// A row per district of `ds` (in the dataset's order) at the end of `year`.
pub fn district_rows(ds: &Dataset, results: &[Option<&Results>], year: u16) -> Vec<DistrictRow> {
    let cell = |r: &Results, code: &str| -> Option<(f64, f64, f64)> {
        let yi = r.year_index(year)?;
        let d = r.districts.iter().find(|d| d.code == code)?;
        Some((
            *d.communes_recognised.p50.get(yi)?,
            *d.villages_standard.p50.get(yi)?,
            d.spending.iter().take(yi + 1).sum(),
        ))
    };
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
            let values: Vec<Option<(f64, f64, f64)>> = results
                .iter()
                .map(|r| r.and_then(|r| cell(r, &d.code)))
                .collect();
            let first = values.first().copied().flatten();
            let cells = values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    v.map(|(communes, villages, money)| {
                        let against = first.filter(|_| i > 0);
                        DistrictCell {
                            communes,
                            villages,
                            d_communes: against.map(|(c, _, _)| communes - c),
                            d_villages: against.map(|(_, v, _)| villages - v),
                            money,
                            d_money_share: against
                                .filter(|(_, _, m)| *m > 0.0)
                                .map(|(_, _, m)| money / m - 1.0),
                        }
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
        let rows = district_rows(&ds, &results, year);
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
}
