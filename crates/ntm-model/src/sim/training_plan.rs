//! The training and campaigns a scenario plans, year by year over the whole province, with
//! every district's and commune's own levels and years resolved: what a planner staging
//! training commune by commune checks the plan against. Worked out from the levers, as the
//! engine reads them, without running the simulation.

use super::prepare::Prepared;
use crate::dataset::Dataset;
use crate::scenario::{Scenario, TrainingCounts};

/// One simulated year of the plan, summed over the xã that are NTM candidates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedYear {
    pub year: u16,
    /// People trained in the year (the base year only from the base date).
    pub people: TrainingCounts,
    /// Communication campaigns held in the year (the base year, too, only from the base date).
    pub campaigns: f64,
    /// Their cost, billion VND: the figure the results report as `spending.training`.
    pub cost: f64,
}

/// The plan of `sc` on `ds`, one entry per simulated year.
pub fn training_plan(ds: &Dataset, sc: &Scenario) -> Vec<PlannedYear> {
    let p = Prepared::new(ds, sc);
    let nc = p.cands.len();
    (0..p.years.len())
        .map(|y| {
            // The year's slots, one per candidate.
            let slots = y * nc..(y + 1) * nc;
            let mut people = TrainingCounts::ZERO;
            for t in &p.training_by_year[slots.clone()] {
                people.cadres += t.cadres;
                people.village_leaders += t.village_leaders;
                people.vocational += t.vocational;
            }
            let campaigns: f64 = p.campaigns_by_year[slots].iter().sum();
            PlannedYear {
                year: p.years[y],
                people: people.scaled(p.dt[y]),
                campaigns: campaigns * p.dt[y],
                cost: p.training_cost[y],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{TrainingOverride, UnitLevers};

    fn cadres(plan: &[PlannedYear]) -> Vec<f64> {
        plan.iter().map(|y| y.people.cadres).collect()
    }

    /// The province's yearly plan times the candidates, the base year from the base date; a
    /// commune's own level moves only its own years; the cost is the simulation's.
    #[test]
    fn the_plan_sums_every_commune_s_training_in_its_years() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 2;
        let plan = training_plan(&ds, &sc);
        let cands = ds.communes.iter().filter(|c| c.is_candidate()).count() as f64;
        let dt = sc.year_fractions(&ds);
        assert_eq!(plan.len(), dt.len());
        for (i, y) in plan.iter().enumerate() {
            let want = sc.training.at(i).cadres * cands * dt[i];
            assert!(
                (y.people.cadres - want).abs() < 1e-9,
                "{i}: {y:?} against {want}"
            );
        }
        assert!(
            plan[0].people.cadres < plan[1].people.cadres,
            "the base year is a part year"
        );
        let cost: Vec<f64> = plan.iter().map(|y| y.cost).collect();
        assert_eq!(cost, crate::sim::simulate(&ds, &sc).spending.training);

        // One commune trains 25 more cadres a year in 2023–2024 only.
        let code = ds
            .communes
            .iter()
            .find(|c| c.is_candidate())
            .map(|c| c.code.clone())
            .unwrap();
        let before = cadres(&plan);
        let province_2023 = sc.training.at(3).cadres;
        sc.communes.insert(
            code,
            UnitLevers {
                training: Some(TrainingOverride {
                    cadres: Some(province_2023 + 25.0),
                    ..TrainingOverride::default()
                }),
                training_from: Some(2023),
                training_until: Some(2024),
                ..UnitLevers::default()
            },
        );
        let after = cadres(&training_plan(&ds, &sc));
        for (i, (a, b)) in after.iter().zip(&before).enumerate() {
            let year = plan[i].year;
            if (2023..=2024).contains(&year) {
                // The commune's level in place of the province's for that year.
                let more = province_2023 + 25.0 - sc.training.at(i).cadres;
                assert!((a - b - more).abs() < 1e-9, "{year}: {a} against {b}");
            } else {
                assert_eq!(a, b, "{year}: outside the commune's years");
            }
        }
    }

    /// Every row counts: each year's people and campaigns, priced at the unit costs, are the
    /// year's cost (a row summed into the wrong kind, or a part year missed, would not be).
    #[test]
    fn every_row_prices_to_the_year_s_cost() {
        use crate::params::ParamKey;
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        let c = ds.communes.iter().find(|c| c.is_candidate()).unwrap();
        sc.communes.insert(
            c.code.clone(),
            UnitLevers {
                training: Some(TrainingOverride {
                    village_leaders: Some(40.0),
                    vocational: Some(90.0),
                    ..TrainingOverride::default()
                }),
                campaigns: Some(7.0),
                training_from: Some(2022),
                training_until: Some(2023),
                ..UnitLevers::default()
            },
        );
        let v = |k: ParamKey| sc.assumptions.value(k);
        for y in training_plan(&ds, &sc) {
            let priced = (y.people.cadres * v(ParamKey::CostCadre)
                + y.people.village_leaders * v(ParamKey::CostVillageLeader)
                + y.people.vocational * v(ParamKey::CostVocational)
                + y.campaigns * v(ParamKey::CostCampaign))
                / 1000.0;
            assert!(
                (priced - y.cost).abs() < 1e-9 * y.cost.max(1.0),
                "{y:?}: {priced}"
            );
        }
    }
}
