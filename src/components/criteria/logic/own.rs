//! Which communes the scenario treats on their own (levers set for the commune, or for its
//! district): marked in the matrix beside the name, so that a planner reading the results sees
//! where a staged plan or an override is at work without going back to the levers.

use ntm_model::scenario::UnitLevers;
use ntm_model::{Dataset, Scenario};

/// Where a commune's own settings come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OwnSettings {
    /// Levers set for the commune itself.
    pub commune: bool,
    /// Levers set for its district, which reach it where it sets nothing of its own.
    pub district: bool,
    /// Receives no allocated money (its own setting or its district's): its chances fall with
    /// nothing on the results to say why unless the row says so.
    pub excluded: bool,
}

impl OwnSettings {
    pub fn any(self) -> bool {
        self.commune || self.district
    }
}

/// Whether the scenario sets any lever for the commune with `code` itself (a district's slide
/// tags these; the matrix, through [`own_settings`], also the communes of a district that has).
pub fn commune_has_own(sc: &Scenario, code: &str) -> bool {
    set(sc.communes.get(code))
}

fn set(levers: Option<&ntm_model::scenario::UnitLevers>) -> bool {
    levers.is_some_and(|l| !l.is_empty())
}

/// Whose setting leaves a commune out of the allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcludedBy {
    Commune,
    District,
}

/// Whose setting gives commune `c` no allocated money, if any (as the engine resolves it: the
/// commune's own setting, else its district's).
pub fn commune_excluded_by(
    sc: &Scenario,
    ds: &Dataset,
    c: &ntm_model::dataset::Commune,
) -> Option<ExcludedBy> {
    match sc.communes.get(&c.code).and_then(|l| l.excluded) {
        Some(own) => own.then_some(ExcludedBy::Commune),
        None => commune_excluded(sc, ds, c).then_some(ExcludedBy::District),
    }
}

/// Whether the scenario gives commune `c` no allocated money, by its own setting or its
/// district's (as the engine resolves it).
pub fn commune_excluded(sc: &Scenario, ds: &Dataset, c: &ntm_model::dataset::Commune) -> bool {
    let district = ds
        .districts
        .get(c.district)
        .and_then(|d| sc.districts.get(&d.code));
    UnitLevers::excluded_under(sc.communes.get(&c.code), district)
}

/// One entry per commune of `ds`, in dataset order.
pub fn own_settings(ds: &Dataset, sc: &Scenario) -> Vec<OwnSettings> {
    ds.communes
        .iter()
        .map(|c| {
            let district = ds
                .districts
                .get(c.district)
                .and_then(|d| sc.districts.get(&d.code));
            OwnSettings {
                commune: commune_has_own(sc, &c.code),
                district: set(district),
                excluded: commune_excluded(sc, ds, c),
            }
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::criteria_logic::test_support::dataset;
    use ntm_model::scenario::UnitLevers;

    #[test]
    fn a_commune_is_marked_for_its_own_levers_and_for_its_district_s() {
        let ds = dataset();
        let mut sc = Scenario::defaults(&ds);
        assert!(own_settings(&ds, &sc).iter().all(|o| !o.any()));
        let commune = &ds.communes[5];
        let district = &ds.districts[ds.communes[40].district];
        sc.communes.insert(
            commune.code.clone(),
            UnitLevers {
                priority: Some(true),
                ..UnitLevers::default()
            },
        );
        // Set and then emptied: nothing of its own.
        sc.districts
            .insert(district.code.clone(), UnitLevers::default());
        assert!(!own_settings(&ds, &sc)[40].any());
        sc.districts.insert(
            district.code.clone(),
            UnitLevers {
                budget_weight: Some(2.0),
                ..UnitLevers::default()
            },
        );
        let own = own_settings(&ds, &sc);
        assert!(own[5].commune);
        assert!(own[40].district && !own[40].commune);
        let in_district = ds
            .communes
            .iter()
            .filter(|c| c.district == ds.communes[40].district)
            .count();
        assert_eq!(own.iter().filter(|o| o.district).count(), in_district);
    }

    #[test]
    fn a_commune_is_excluded_by_its_own_setting_else_its_district_s() {
        let ds = dataset();
        let mut sc = Scenario::defaults(&ds);
        let target = 40;
        let district = ds.districts[ds.communes[target].district].code.clone();
        let in_district: Vec<usize> = (0..ds.communes.len())
            .filter(|&i| ds.communes[i].district == ds.communes[target].district)
            .collect();
        assert!(
            in_district.len() > 1,
            "the test needs a district of several communes"
        );
        let excluded = |sc: &Scenario| -> Vec<usize> {
            own_settings(&ds, sc)
                .iter()
                .enumerate()
                .filter(|(_, o)| o.excluded)
                .map(|(i, _)| i)
                .collect()
        };
        assert!(excluded(&sc).is_empty());
        let flag = |on: bool| UnitLevers {
            excluded: Some(on),
            ..UnitLevers::default()
        };
        sc.districts.insert(district, flag(true));
        assert_eq!(excluded(&sc), in_district);
        // The commune's own "no" overrides its district's "yes".
        sc.communes
            .insert(ds.communes[target].code.clone(), flag(false));
        let left = excluded(&sc);
        assert!(!left.contains(&target));
        assert_eq!(left.len(), in_district.len() - 1);
    }
}
