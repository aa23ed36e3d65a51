//! The communes a comparison moves most: for each xã, each scenario's share of runs in which
//! it holds NTM recognition at the end of one year, and the change from the first scenario.
//! The district table says "Bảo Lạc: +1 commune"; this says which one, and how sure.

use ntm_model::{Dataset, Results};

use crate::i18n::criteria::whole_percent;

/// Changes smaller than this (5 percentage points) are not listed: with 1,000 runs they are
/// within what the runs' own spread gives.
pub const LEAST_CHANGE: f64 = 0.05;

/// One commune across the scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct CommuneRow {
    /// Index in `Dataset::communes`.
    pub commune: usize,
    /// Per scenario: share of runs in which it is recognised (`None`: no results yet).
    pub cells: Vec<Option<f64>>,
    /// Per scenario: its share minus the first's (`None` in the first column).
    pub deltas: Vec<Option<f64>>,
    /// The scenarios set levers of this commune's own differently (listed whatever its change).
    pub own: bool,
}

impl CommuneRow {
    /// Its chance changes by at least [`LEAST_CHANGE`] in some scenario.
    pub fn moved(&self) -> bool {
        self.deltas
            .iter()
            .flatten()
            .any(|d| d.abs() >= LEAST_CHANGE)
    }
}

/// At most `limit` xã whose chance of recognition at the end of `year` changes most from the
/// first scenario in any other, the largest change first: over the province (`district`
/// `None`), those that change by at least [`LEAST_CHANGE`]; in one district (an index in the
/// dataset), every xã of it, so that a district planner sees the small moves too (a district
/// has about twenty). The xã in `own` (indices of those whose own levers differ between the
/// scenarios) are listed too, in their place in the order and whatever their change: a
/// planner who gave Cốc Pàng a campaign looks for Cốc Pàng, and a change under 5 points is an
/// answer too.
pub fn communes_moved(
    ds: &Dataset,
    results: &[Option<&Results>],
    year: u16,
    limit: usize,
    district: Option<usize>,
    own: &[usize],
) -> Vec<CommuneRow> {
    let share = |r: &Results, c: usize| -> Option<f64> {
        let yi = r.year_index(year)?;
        r.communes.get(c)?.p_recognised().get(yi).copied()
    };
    let mut rows: Vec<((f64, f64), CommuneRow)> = ds
        .communes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_candidate() && district.is_none_or(|d| c.district == d))
        .filter_map(|(i, _)| {
            let cells: Vec<Option<f64>> = results
                .iter()
                .map(|r| r.and_then(|r| share(r, i)))
                .collect();
            let deltas = super::headline::deltas_from_first(&cells);
            let most = deltas.iter().flatten().map(|d| d.abs()).fold(0.0, f64::max);
            // Ordered by the change the table shows (the difference of the two whole
            // percentages it prints), then the exact one: by the exact change alone "+31" was
            // listed above "+32".
            let shown = match cells.first() {
                Some(Some(a)) => cells
                    .iter()
                    .skip(1)
                    .flatten()
                    .map(|p| (whole_percent(*p) - whole_percent(*a)).abs())
                    .fold(0.0, f64::max),
                _ => 0.0,
            };
            let own = own.contains(&i);
            (district.is_some() || own || most >= LEAST_CHANGE).then_some((
                (shown, most),
                CommuneRow {
                    commune: i,
                    cells,
                    deltas,
                    own,
                },
            ))
        })
        .collect();
    // Largest change first; equal changes in the dataset's order (a stable sort).
    rows.sort_by(|a, b| {
        (b.0)
            .0
            .total_cmp(&(a.0).0)
            .then_with(|| (b.0).1.total_cmp(&(a.0).1))
    });
    // The `limit` most moved, and the communes of their own levers wherever they fall in the
    // order: they never take a moved commune's place.
    let mut moved_listed = 0;
    rows.into_iter()
        .map(|(_, r)| r)
        .filter(|r| {
            let moved =
                district.is_some() || r.deltas.iter().flatten().any(|d| d.abs() >= LEAST_CHANGE);
            let within = moved && moved_listed < limit;
            moved_listed += usize::from(within);
            within || r.own
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::Scenario;

    #[test]
    fn a_district_given_more_lists_its_communes_first_and_small_changes_are_left_out() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut a = Scenario::defaults(&ds);
        a.runs = 200;
        let mut b = a.clone();
        let district = ds
            .districts
            .iter()
            .position(|d| d.name == "Bảo Lạc")
            .expect("Bảo Lạc");
        b.districts.insert(
            ds.districts[district].code.clone(),
            ntm_model::scenario::UnitLevers {
                budget_weight: Some(4.0),
                ..Default::default()
            },
        );
        let (ra, rb) = (ntm_model::simulate(&ds, &a), ntm_model::simulate(&ds, &b));
        let rows = communes_moved(&ds, &[Some(&ra), Some(&rb)], 2025, 10, None, &[]);
        assert!(!rows.is_empty() && rows.len() <= 10);
        let moved = |r: &CommuneRow| r.deltas[1].expect("B against A").abs();
        // The change as the table prints it: the difference of the two whole percentages.
        let shown = |r: &CommuneRow| {
            let [Some(a), Some(b)] = [r.cells[0], r.cells[1]] else {
                panic!("both scenarios have results")
            };
            (whole_percent(b) - whole_percent(a)).abs()
        };
        let ordered = |rows: &[CommuneRow]| {
            rows.windows(2).all(|w| {
                shown(&w[0]) > shown(&w[1])
                    || (shown(&w[0]) == shown(&w[1]) && moved(&w[0]) >= moved(&w[1]))
            })
        };
        assert!(ordered(&rows), "largest shown change first");
        assert!(rows.iter().all(|r| moved(r) >= LEAST_CHANGE));
        // The most moved commune is in Bảo Lạc, and gains.
        let top = &rows[0];
        assert_eq!(ds.communes[top.commune].district, district);
        assert!(top.deltas[1].expect("delta") > 0.0);
        assert_eq!(top.deltas[0], None);
        // The same scenario twice moves nothing.
        assert!(communes_moved(&ds, &[Some(&ra), Some(&ra)], 2025, 10, None, &[]).is_empty());
        // Another district's own list holds only its communes, and may be shorter.
        let other = (district + 1) % ds.districts.len();
        let theirs = communes_moved(&ds, &[Some(&ra), Some(&rb)], 2025, 100, Some(other), &[]);
        assert!(theirs
            .iter()
            .all(|r| ds.communes[r.commune].district == other));
        let ours = communes_moved(&ds, &[Some(&ra), Some(&rb)], 2025, 100, Some(district), &[]);
        // Every xã of the district, the small moves too, largest first.
        let candidates = ds
            .communes
            .iter()
            .filter(|c| c.is_candidate() && c.district == district)
            .count();
        assert_eq!(ours.len(), candidates);
        assert!(
            ours.iter().any(|r| moved(r) < LEAST_CHANGE),
            "small moves listed"
        );
        assert!(ordered(&ours));
        assert!(ours
            .iter()
            .all(|r| ds.communes[r.commune].district == district));
    }

    #[test]
    fn a_commune_of_its_own_levers_is_listed_however_little_it_moves() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut a = Scenario::defaults(&ds);
        a.runs = 200;
        let mut b = a.clone();
        // Money for Bảo Lạc moves its communes; a small lever of one Bảo Lâm commune's own
        // barely moves that commune.
        let district = |name: &str| {
            ds.districts
                .iter()
                .position(|d| d.name == name)
                .expect("district")
        };
        b.districts.insert(
            ds.districts[district("Bảo Lạc")].code.clone(),
            ntm_model::scenario::UnitLevers {
                budget_weight: Some(4.0),
                ..Default::default()
            },
        );
        let (ra, rb) = (ntm_model::simulate(&ds, &a), ntm_model::simulate(&ds, &b));
        let moved = communes_moved(&ds, &[Some(&ra), Some(&rb)], 2025, 3, None, &[]);
        assert_eq!(moved.len(), 3, "Bảo Lạc's money moves more than three");
        // A xã the money does not move, that is not among the three.
        let still = ds
            .communes
            .iter()
            .enumerate()
            .position(|(i, c)| {
                c.is_candidate()
                    && c.district == district("Bảo Lâm")
                    && moved.iter().all(|r| r.commune != i)
            })
            .expect("a Bảo Lâm xã");
        let rows = communes_moved(&ds, &[Some(&ra), Some(&rb)], 2025, 3, None, &[still]);
        assert_eq!(
            rows.len(),
            4,
            "the three most moved and the one of its own levers"
        );
        assert_eq!(
            rows.iter()
                .filter(|r| !r.own)
                .map(|r| r.commune)
                .collect::<Vec<_>>(),
            moved.iter().map(|r| r.commune).collect::<Vec<_>>(),
            "it takes no moved commune's place"
        );
        let own = rows.iter().find(|r| r.own).expect("listed");
        assert_eq!(own.commune, still);
        assert!(moved.iter().all(|r| !r.own));
        // Also when no commune moves at all.
        let same = communes_moved(&ds, &[Some(&ra), Some(&ra)], 2025, 10, None, &[still]);
        assert_eq!(
            same.iter().map(|r| (r.commune, r.own)).collect::<Vec<_>>(),
            [(still, true)]
        );
        // In a district's list it is marked where it stands.
        let theirs = communes_moved(
            &ds,
            &[Some(&ra), Some(&rb)],
            2025,
            100,
            Some(district("Bảo Lâm")),
            &[still],
        );
        assert_eq!(theirs.iter().filter(|r| r.own).count(), 1);
    }
}
