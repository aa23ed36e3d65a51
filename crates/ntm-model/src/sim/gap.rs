//! What closing a commune's gaps would take, criterion by criterion, from its levels at the
//! base date (data): for an investment criterion, the money at the scenario's assumptions
//! (their central values); a capacity criterion is not bought with investment money (it moves
//! with training, support, leadership, participation and livelihoods: MODEL.md §2).

use crate::criteria::CriterionKind;
use crate::dataset::Dataset;
use crate::params::ParamKey;
use crate::scenario::Scenario;

/// One criterion's gap at the base date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// Index in the set (official order).
    pub criterion: usize,
    /// Index points short of the threshold (0 when met).
    pub shortfall: f64,
    /// Billion VND of investment money that closes it, for an investment criterion with a
    /// shortfall: the cost of the points (unit cost × `cost_multiplier` × the remoteness
    /// premium) over `base_efficiency`, before capacity makes money go further. `None` for a
    /// capacity criterion.
    pub money: Option<f64>,
}

/// The gaps of commune `c` at the base date against the base set's thresholds, or the stricter
/// set's (at the scenario's `strictness_multiplier`) when `stricter`. Empty for a unit that is
/// not simulated (thị trấn, phường) or out of range.
pub fn base_gaps(ds: &Dataset, sc: &Scenario, c: usize, stricter: bool) -> Vec<Gap> {
    let Some(commune) = ds.communes.get(c).filter(|u| u.is_candidate()) else {
        return Vec::new();
    };
    let value = |k: ParamKey| sc.assumptions.value(k);
    let per_point_factor = value(ParamKey::CostMultiplier)
        * (1.0 + value(ParamKey::RemotenessPremium) * commune.remoteness)
        / value(ParamKey::BaseEfficiency).max(1e-9);
    let strictness = value(ParamKey::StrictnessMultiplier);
    let base = ds.base_commune_set();
    let later = ds.later_commune_set().filter(|_| stricter);
    base.criteria
        .iter()
        .enumerate()
        .map(|(i, crit)| {
            let increase = later
                .and_then(|l| l.criteria.get(i))
                .map_or(0.0, |l| (l.threshold - crit.threshold).max(0.0));
            let threshold = crit.threshold + strictness * increase;
            let level = commune.levels.get(i).copied().unwrap_or(0.0);
            let shortfall = (threshold - level).max(0.0);
            let money = (crit.kind == CriterionKind::Investment)
                .then_some(shortfall * crit.unit_cost * per_point_factor);
            Gap {
                criterion: i,
                shortfall,
                money,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_investment_gap_costs_its_points_and_more_where_it_is_remote() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let sc = Scenario::defaults(&ds);
        let base = ds.base_commune_set();
        // A commune short of an investment criterion at the base date.
        let (c, i) = (0..ds.communes.len())
            .filter(|&c| ds.communes[c].is_candidate())
            .find_map(|c| {
                base.criteria
                    .iter()
                    .enumerate()
                    .find(|(i, k)| {
                        k.kind == CriterionKind::Investment
                            && ds.communes[c].levels[*i] < k.threshold
                    })
                    .map(|(i, _)| (c, i))
            })
            .expect("a commune with an investment gap");
        let gaps = base_gaps(&ds, &sc, c, false);
        let g = gaps[i];
        let k = &base.criteria[i];
        let shortfall = k.threshold - ds.communes[c].levels[i];
        assert!((g.shortfall - shortfall).abs() < 1e-12);
        let remote =
            1.0 + sc.assumptions.value(ParamKey::RemotenessPremium) * ds.communes[c].remoteness;
        let want =
            shortfall * k.unit_cost * sc.assumptions.value(ParamKey::CostMultiplier) * remote
                / sc.assumptions.value(ParamKey::BaseEfficiency);
        assert!(
            (g.money.expect("money") - want).abs() < 1e-9,
            "{g:?} vs {want}"
        );
        // Dearer money, dearer gap; a capacity criterion has no price.
        let mut dear = sc.clone();
        dear.assumptions
            .values
            .insert(ParamKey::CostMultiplier, 1.5);
        assert!(base_gaps(&ds, &dear, c, false)[i].money > g.money);
        for (gap, crit) in gaps.iter().zip(&base.criteria) {
            assert_eq!(gap.money.is_none(), crit.kind == CriterionKind::Capacity);
        }
        // The stricter set never asks for less; a township has no gaps.
        let strict = base_gaps(&ds, &sc, c, true);
        assert!(strict
            .iter()
            .zip(&gaps)
            .all(|(s, b)| s.shortfall >= b.shortfall));
        assert!(strict
            .iter()
            .zip(&gaps)
            .any(|(s, b)| s.shortfall > b.shortfall));
        let township = (0..ds.communes.len())
            .find(|&u| !ds.communes[u].is_candidate())
            .expect("a township");
        assert!(base_gaps(&ds, &sc, township, false).is_empty());
    }
}
