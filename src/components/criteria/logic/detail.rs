//! What the commune detail panel shows, computed from the dataset and the results: the year
//! it opens on, each criterion at the base date and at the chosen year, what blocks the
//! commune, its trajectory beside the baseline, and its villages.

use ntm_model::results::UnitResult;
use ntm_model::{Dataset, Results};

use super::collate;
use super::matrix::commune_set;
use super::scale::{BINDING_P, UNCERTAIN_P};

/// The year the panel opens on: the narrative's (the last target year, Cao Bằng's 2025, the
/// end of the 2021–2025 programme) when simulated, else the last simulated year.
pub fn default_year(ds: &Dataset, results: &Results) -> Option<u16> {
    crate::i18n::narrative::narrative_year(ds, results)
}

/// One criterion of the commune, at the base date (data) and at the chosen year (simulation).
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionLine {
    pub index: usize,
    /// Official number.
    pub number: u8,
    pub group: u8,
    /// Names in the set in force at the chosen year.
    pub name_vi: String,
    pub name_en: String,
    /// Progress index at the base date (1.0 = the base set's threshold).
    pub base_level: f64,
    /// Whether the base-date level meets the base set's threshold.
    pub base_met: bool,
    /// Probability that it is met at the end of the chosen year (`None` without results).
    pub p_met: Option<f64>,
}

impl CriterionLine {
    /// Met in fewer than half the runs.
    pub fn binding(&self) -> bool {
        self.p_met.is_some_and(|p| p < BINDING_P)
    }
}

/// Every criterion of commune `c`; `yi` is the chosen year's index in `results`.
pub fn criteria_lines(
    ds: &Dataset,
    results: Option<&Results>,
    c: usize,
    yi: Option<usize>,
) -> Vec<CriterionLine> {
    let base = ds.base_commune_set();
    let set = match (results, yi) {
        (Some(r), Some(yi)) => commune_set(ds, r, yi),
        _ => base,
    };
    let Some(commune) = ds.communes.get(c) else {
        return Vec::new();
    };
    let simulated = commune.is_candidate();
    let row = results
        .zip(yi)
        .filter(|_| simulated)
        .and_then(|(r, yi)| r.communes.get(c)?.criterion_met().get(yi));
    set.criteria
        .iter()
        .enumerate()
        .map(|(i, crit)| {
            let base_level = commune.levels.get(i).copied().unwrap_or(0.0);
            let base_threshold = base.criteria.get(i).map_or(1.0, |b| b.threshold);
            CriterionLine {
                index: i,
                number: crit.id,
                group: crit.group,
                name_vi: crit.name_vi.clone(),
                name_en: crit.name_en.clone(),
                base_level,
                base_met: base_level >= base_threshold,
                p_met: row.and_then(|r| r.get(i).copied()),
            }
        })
        .collect()
}

/// Criteria met at the base date (the dataset's own count).
pub fn base_met_count(ds: &Dataset, c: usize) -> usize {
    criteria_lines(ds, None, c, None)
        .iter()
        .filter(|l| l.base_met)
        .count()
}

/// What holds a unit back in one year, as (criterion index, probability met), weakest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Blockers {
    /// Met in fewer than half the runs.
    pub binding: Vec<(usize, f64)>,
    /// Met in most runs but fewer than 90 %: could still fail.
    pub uncertain: Vec<(usize, f64)>,
    /// The unit meets every criterion in fewer than half the runs. With no binding criterion,
    /// it is the uncertain ones together that hold it back (each likely, all at once not).
    pub short: bool,
}

/// The blockers of `unit` at year index `yi`.
pub fn blockers(unit: &UnitResult, yi: usize) -> Blockers {
    let all = unit.binding(yi, UNCERTAIN_P);
    let (binding, uncertain) = all.into_iter().partition(|(_, p)| *p < BINDING_P);
    let short = unit.p_standard().get(yi).is_some_and(|&p| p < BINDING_P);
    Blockers {
        binding,
        uncertain,
        short,
    }
}

/// One year of the commune's trajectory.
#[derive(Clone, Debug, PartialEq)]
pub struct YearPoint {
    pub year: u16,
    pub p_standard: f64,
    pub p_recognised: f64,
    /// Mean money received, billion VND.
    pub money: f64,
    /// The same figures in the baseline, when it simulated that year.
    pub baseline: Option<BaselinePoint>,
}

/// A year of the baseline scenario, beside the current one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BaselinePoint {
    pub p_standard: f64,
    pub p_recognised: f64,
    pub money: f64,
}

/// Commune `c`'s figures for every simulated year, with the baseline's matched by year.
pub fn trajectory(results: &Results, baseline: Option<&Results>, c: usize) -> Vec<YearPoint> {
    let Some(u) = results.communes.get(c) else {
        return Vec::new();
    };
    let at = |v: &[f64], i: usize| v.get(i).copied().unwrap_or(f64::NAN);
    results
        .years
        .iter()
        .enumerate()
        .map(|(i, &year)| YearPoint {
            year,
            p_standard: at(u.p_standard(), i),
            p_recognised: at(u.p_recognised(), i),
            money: at(u.money(), i),
            baseline: baseline.and_then(|b| {
                let bi = b.year_index(year)?;
                let bu = b.communes.get(c)?;
                Some(BaselinePoint {
                    p_standard: at(bu.p_standard(), bi),
                    p_recognised: at(bu.p_recognised(), bi),
                    money: at(bu.money(), bi),
                })
            }),
        })
        .collect()
}

/// A village of the commune, in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct VillageLine {
    /// Index in `dataset.villages`.
    pub index: usize,
    pub name: String,
    pub households: u32,
    pub p_standard: f64,
    pub mean_criteria: f64,
    /// Village criteria met in fewer than half the runs, weakest first.
    pub binding: Vec<(usize, f64)>,
    /// Village criteria met in most runs but not in enough of them to count on, weakest first:
    /// a village can miss its standard in most runs with no criterion binding, because
    /// several such criteria each fail in some runs.
    pub uncertain: Vec<(usize, f64)>,
}

/// The villages of commune `c` at year index `yi`, in dictionary order of their names.
pub fn village_lines(ds: &Dataset, results: &Results, c: usize, yi: usize) -> Vec<VillageLine> {
    let Some(ids) = ds.villages_of.get(c) else {
        return Vec::new();
    };
    let mut out: Vec<VillageLine> = ids
        .iter()
        .filter_map(|&v| {
            let village = ds.villages.get(v)?;
            let u = results.villages.get(v)?;
            let Blockers {
                binding, uncertain, ..
            } = blockers(u, yi);
            Some(VillageLine {
                index: v,
                name: village.name.clone(),
                households: village.households,
                p_standard: *u.p_standard().get(yi)?,
                mean_criteria: *u.mean_criteria().get(yi)?,
                // The commune's split (`blockers`), so the two never drift apart.
                binding,
                uncertain,
            })
        })
        .collect();
    out.sort_by_cached_key(|l| collate::sort_key(&l.name));
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::test_support::{dataset, frozen_results, results};
    use super::*;

    #[test]
    fn opens_on_2025() {
        let ds = dataset();
        let mut r = results();
        assert_eq!(default_year(&ds, &r), Some(2025));
        r.years.truncate(3);
        assert_eq!(default_year(&ds, &r), Some(2022));
        r.years.clear();
        assert_eq!(default_year(&ds, &r), None);
    }

    #[test]
    fn base_counts_come_from_the_data() {
        let ds = dataset();
        let cases = [("01417", 19), ("01324", 11), ("01330", 5), ("01594", 18)];
        for (code, want) in cases {
            let c = ds.commune_index(code).expect("code");
            assert_eq!(base_met_count(&ds, c), want, "{code}");
        }
    }

    #[test]
    fn the_lines_take_their_names_from_the_set_in_force() {
        let ds = dataset();
        let r = results();
        let c = ds.commune_index("01324").unwrap();
        let y2020 = criteria_lines(&ds, Some(&r), c, r.year_index(2020));
        let y2025 = criteria_lines(&ds, Some(&r), c, r.year_index(2025));
        assert_eq!(y2020[10].name_vi, "Hộ nghèo");
        assert_eq!(y2025[10].name_vi, "Nghèo đa chiều");
        // The base column is the same in both: it is data.
        let base = |l: &[CriterionLine]| l.iter().map(|x| x.base_met).collect::<Vec<_>>();
        assert_eq!(base(&y2020), base(&y2025));
        assert!(y2025.iter().all(|l| l.p_met.is_some()));
    }

    #[test]
    fn a_township_has_no_simulated_criteria() {
        let ds = dataset();
        let r = results();
        let c = ds.communes.iter().position(|c| !c.is_candidate()).unwrap();
        let lines = criteria_lines(&ds, Some(&r), c, Some(0));
        assert_eq!(lines.len(), 19);
        assert!(lines.iter().all(|l| l.p_met.is_none() && !l.binding()));
    }

    #[test]
    fn blockers_split_binding_from_uncertain() {
        let u = UnitResult::new(
            &[],
            &[],
            &[],
            &ntm_model::results::YearGrid::repeat(&[1.0, 0.35, 0.95, 0.4, 0.6, 0.89], 1),
            &[],
        );
        let b = blockers(&u, 0);
        assert_eq!(b.binding, vec![(1, 0.35), (3, 0.4)]);
        assert_eq!(b.uncertain, vec![(4, 0.6), (5, 0.89)]);
        assert_eq!(blockers(&u, 7), Blockers::default());
    }

    #[test]
    fn a_unit_short_with_nothing_binding_is_held_back_by_its_uncertain_criteria() {
        // Each criterion likely, all together in under half the runs.
        let grid = ntm_model::results::YearGrid::repeat(&[0.95, 0.7, 0.75, 0.8], 2);
        let short = UnitResult::new(&[0.32, 0.6], &[0.3, 0.5], &[], &grid, &[]);
        let b = blockers(&short, 0);
        assert!(b.binding.is_empty());
        assert_eq!(b.uncertain.len(), 3);
        assert!(b.short);
        assert!(!blockers(&short, 1).short, "60 % of the runs: not short");
    }

    #[test]
    fn with_nothing_moving_the_blockers_are_the_unmet_criteria() {
        let ds = dataset();
        let r = frozen_results();
        let c = ds.commune_index("01324").unwrap();
        let b = blockers(&r.communes[c], 0);
        let unmet: Vec<usize> = criteria_lines(&ds, None, c, None)
            .iter()
            .filter(|l| !l.base_met)
            .map(|l| l.index)
            .collect();
        assert_eq!(b.binding.iter().map(|x| x.0).collect::<Vec<_>>(), unmet);
        assert!(b.uncertain.is_empty());
    }

    #[test]
    fn the_trajectory_pairs_years_with_the_baseline() {
        let ds = dataset();
        let r = results();
        let mut base = r.clone();
        // A baseline that stops in 2022 has nothing to say about later years.
        base.years.truncate(3);
        let c = ds.commune_index("01417").unwrap();
        let t = trajectory(&r, Some(&base), c);
        assert_eq!(t.len(), r.years.len());
        assert_eq!(t[0].baseline.map(|b| b.p_standard), Some(t[0].p_standard));
        assert!(t[3].baseline.is_none());
        // Recognition is kept once given: never falls.
        assert!(t.windows(2).all(|w| w[1].p_recognised >= w[0].p_recognised));
        assert!(trajectory(&r, None, c).iter().all(|p| p.baseline.is_none()));
    }

    #[test]
    fn scope_communes_list_their_villages() {
        let ds = dataset();
        let r = results();
        let c = ds.commune_index("01324").unwrap();
        let v = village_lines(&ds, &r, c, 0);
        assert_eq!(v.len(), ds.villages_of[c].len());
        assert!(!v.is_empty());
        assert_eq!(v[0].name, "Xóm 1");
        let not_scope = ds.commune_index("01267").unwrap();
        assert!(village_lines(&ds, &r, not_scope, 0).is_empty());
    }

    /// A village that misses its standard in most runs with no criterion binding has its
    /// uncertain criteria listed (Xóm 6 of Cải Viên in 2025: standard in 35% of runs, every
    /// criterion met in at least half); a criterion is never in both lists.
    #[test]
    fn a_village_without_binding_criteria_lists_the_uncertain_ones() {
        let ds = dataset();
        let r = results();
        let yi = r.year_index(2025).unwrap();
        let lines: Vec<VillageLine> = (0..ds.communes.len())
            .flat_map(|c| village_lines(&ds, &r, c, yi))
            .collect();
        let unsure = lines
            .iter()
            .filter(|v| v.binding.is_empty() && v.p_standard < 0.5)
            .collect::<Vec<_>>();
        assert!(!unsure.is_empty(), "no village to test with");
        for v in unsure {
            assert!(!v.uncertain.is_empty(), "{}", v.name);
        }
        for v in &lines {
            assert!(v
                .uncertain
                .iter()
                .all(|&(_, p)| (BINDING_P..UNCERTAIN_P).contains(&p)));
            assert!(v.binding.iter().all(|&(_, p)| p < BINDING_P));
        }
    }
}
