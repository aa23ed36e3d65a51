//! Investment plans: money closing a unit's investment criteria in plan order (MODEL.md §2),
//! keeping what the current criterion still needs rather than its level.

use crate::criteria::MAX_CRITERIA;

/// The usual year of an investment plan: the pool does not complete the current criterion, so
/// it only lowers what that criterion still needs, or the plan is done (need +∞) and the pool
/// is kept for when thresholds rise. Returns the pool left, or `None` (having changed nothing)
/// when [`Plan::fill`] has to run: the pool completes the criterion, or the need is not known
/// yet (NaN).
#[inline]
fn spend_on_current(pool: f64, need: &mut f64) -> Option<f64> {
    if pool < *need {
        let done = *need == f64::INFINITY;
        *need -= pool;
        Some(if done { pool } else { 0.0 })
    } else {
        None
    }
}

/// A year of money `pool` through a unit's plan: the usual year ([`spend_on_current`]), or the
/// plan (built by `plan` only then) when the pool completes a criterion. Returns the pool left.
#[inline]
pub(super) fn spend<'a>(
    plan: impl FnOnce() -> Plan<'a>,
    next: &mut u8,
    need: &mut f64,
    mask: &mut u32,
    levels: &mut [f64],
    thresholds: &[f64],
    pool: f64,
) -> f64 {
    match spend_on_current(pool, need) {
        Some(left) => left,
        None => plan().fill(next, need, mask, levels, thresholds, pool),
    }
}

/// Writes into `out` (one slot per investment criterion, `kc..thresholds.len()`) the plan
/// order against `thresholds`: the order `prepare::invest_order` gives (cheapest gap first, ties
/// by criterion, met and free ones last in criterion order), without its allocation and full
/// sort. The runs order every commune's plan again when the stricter set arrives, and most of a
/// commune's criteria are met then: only the few unmet ones are sorted, by insertion.
pub(super) fn order_by_gap(
    unit_cost: &[f64],
    kc: usize,
    thresholds: &[f64],
    levels: &[f64],
    scale: f64,
    out: &mut [u8],
) {
    let n = thresholds.len();
    // The unmet criteria as bits, worked out without a branch: a met one costs nothing and goes
    // last, so only these are looked at one by one (a branch per criterion, met or not at
    // random, was most of this function's time).
    let mut unmet = 0u32;
    for i in kc..n {
        unmet |= u32::from(levels[i] < thresholds[i]) << i;
    }
    let mut costs = [0.0f64; MAX_CRITERIA];
    let mut sorted = 0u32;
    let mut head = 0usize;
    while unmet != 0 {
        let i = unmet.trailing_zeros() as usize;
        unmet &= unmet - 1;
        let cost = (thresholds[i] - levels[i]).max(0.0) * unit_cost[i] * scale;
        if cost > 0.0 && cost < f64::INFINITY {
            let mut j = head;
            while j > 0 && costs[j - 1] > cost {
                costs[j] = costs[j - 1];
                out[j] = out[j - 1];
                j -= 1;
            }
            costs[j] = cost;
            out[j] = i as u8;
            head += 1;
            sorted |= 1 << i;
        }
    }
    // The rest in criterion order: met, free, or of no finite cost.
    let mut rest = (super::full_mask(n) & !super::full_mask(kc)) & !sorted;
    while rest != 0 {
        out[head] = rest.trailing_zeros() as u8;
        rest &= rest - 1;
        head += 1;
    }
}

/// A unit's investment plan, its place in it and the money the criterion at that place still
/// needs. Keeping the need rather than the level makes the usual year (the money does not
/// complete the criterion) one comparison and one subtraction; the level is worked out from
/// the need only when something reads it ([`Plan::materialise`]).
#[derive(Clone, Copy)]
pub(super) struct Plan<'a> {
    pub order: &'a [u8],
    pub unit_cost: &'a [f64],
    pub inv_unit_cost: &'a [f64],
    /// The unit's cost factor and its reciprocal.
    pub cost: [f64; 2],
}

impl Plan<'_> {
    /// Spends an effective-money pool on the investment criteria in plan order, raising each
    /// to its threshold before the next; returns what is left (only when the plan is done).
    /// `next` is where the unmet part of the plan starts (investment levels never fall and
    /// thresholds only rise at the set switch, where the caller resets it) and `need` what its
    /// criterion still needs (NaN: not worked out yet; +∞: the plan is done). The usual year is
    /// [`spend_on_current`]; this is the rest: the pool completes the current criterion, or the
    /// need is not known yet.
    pub fn fill(
        &self,
        next: &mut u8,
        need: &mut f64,
        mask: &mut u32,
        levels: &mut [f64],
        thresholds: &[f64],
        mut pool: f64,
    ) -> f64 {
        let mut pos = usize::from(*next);
        if pos < self.order.len() && !need.is_nan() {
            if pool <= 0.0 {
                // A criterion that costs nothing (cost multiplier 0) still takes some money to
                // complete, as it always has: no money, no progress.
                return 0.0;
            }
            let i = usize::from(self.order[pos]);
            pool -= *need;
            levels[i] = thresholds[i];
            *mask |= 1 << i;
            pos += 1;
        }
        while pos < self.order.len() {
            let i = usize::from(self.order[pos]);
            let deficit = thresholds[i] - levels[i];
            if deficit > 0.0 {
                let cost = deficit * (self.unit_cost[i] * self.cost[0]);
                if pool <= 0.0 || pool < cost {
                    *next = pos as u8;
                    *need = cost - pool;
                    return 0.0;
                }
                levels[i] = thresholds[i];
                pool -= cost;
            }
            *mask |= 1 << i;
            pos += 1;
        }
        *next = pos as u8;
        *need = f64::INFINITY;
        pool
    }

    /// Writes the current criterion's level (threshold less what it still needs) into
    /// `levels`, for readers of the levels: the allocation rules that look at gaps and the
    /// set switch.
    pub fn materialise(&self, next: u8, need: f64, levels: &mut [f64], thresholds: &[f64]) {
        let pos = usize::from(next);
        if pos < self.order.len() && !need.is_nan() {
            let i = usize::from(self.order[pos]);
            // A criterion that costs nothing never had money put into it: its level stands.
            if self.unit_cost[i] * self.cost[0] > 0.0 {
                levels[i] = thresholds[i] - need * (self.inv_unit_cost[i] * self.cost[1]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan<'a>(order: &'a [u8], unit_cost: &'a [f64], inv: &'a [f64], k: f64) -> Plan<'a> {
        Plan {
            order,
            unit_cost,
            inv_unit_cost: inv,
            cost: [k, 1.0 / k],
        }
    }

    /// Runs a year of money through a plan the way the engine does.
    fn year(p: &Plan, st: &mut (u8, f64, u32), levels: &mut [f64], th: &[f64], pool: f64) -> f64 {
        spend(|| *p, &mut st.0, &mut st.1, &mut st.2, levels, th, pool)
    }

    #[test]
    fn money_fills_criteria_in_plan_order_and_nothing_is_lost() {
        let (uc, inv) = ([2.0, 4.0, 1.0], [0.5, 0.25, 1.0]);
        let p = plan(&[2, 0, 1], &uc, &inv, 1.0);
        let th = [1.0, 1.0, 1.0];
        let mut levels = [0.5, 0.0, 1.0]; // criterion 2 is met already
        let mut st = (0u8, f64::NAN, 0u32);
        // Criterion 0 needs 0.5 × 2 = 1; 0.6 is not enough.
        assert_eq!(year(&p, &mut st, &mut levels, &th, 0.6), 0.0);
        assert_eq!((st.0, st.2), (1, 0b100));
        assert!((st.1 - 0.4).abs() < 1e-12);
        p.materialise(st.0, st.1, &mut levels, &th);
        assert!((levels[0] - 0.8).abs() < 1e-12);
        // 0.4 completes it, 3.0 of the 4 that criterion 1 needs goes on.
        assert_eq!(year(&p, &mut st, &mut levels, &th, 3.4), 0.0);
        assert_eq!((st.0, st.2), (2, 0b101));
        assert!((st.1 - 1.0).abs() < 1e-12);
        // The plan finishes with 1.5 left, which is kept from then on.
        assert!((year(&p, &mut st, &mut levels, &th, 2.5) - 1.5).abs() < 1e-12);
        assert_eq!(st.2, 0b111);
        assert_eq!(st.1, f64::INFINITY);
        assert_eq!(year(&p, &mut st, &mut levels, &th, 7.0), 7.0);
        assert_eq!(levels, th);
    }

    #[test]
    fn ordering_by_gap_gives_the_prepared_plans_order() {
        use crate::criteria::CriteriaCatalog;
        use crate::sim::prepare::{invest_order, FlatSet};
        let catalogue = CriteriaCatalog::embedded().expect("embedded criteria");
        let set = FlatSet::new(&catalogue.sets[0], None);
        let n = set.n;
        let mut scratch = Vec::new();
        let mut checked = 0;
        for seed in 0..400u64 {
            // Levels at, above and below the thresholds, equal gaps, and now and then a free
            // or a very dear criterion (unit costs are finite: criteria.json is checked).
            let pick = |i: usize| (seed * 2_654_435_761 + i as u64 * 40_503) % 7;
            let th: Vec<f64> = (0..n).map(|i| 1.0 + 0.1 * pick(i + 3) as f64).collect();
            let lv: Vec<f64> = (0..n)
                .map(|i| match pick(i) {
                    0 | 1 => th[i],
                    2 => th[i] + 0.5,
                    k => th[i] - 0.25 * k as f64,
                })
                .collect();
            let mut cost = set.unit_cost.clone();
            cost[n - 1 - (seed as usize % (n - set.kc))] = match seed % 3 {
                0 => 0.0,
                1 => 1e300,
                _ => cost[n - 1],
            };
            let mut flat = FlatSet::new(&catalogue.sets[0], None);
            flat.unit_cost = cost.clone();
            let scale = [1.0, 0.0, 2.5][(seed % 3) as usize];
            let mut want = Vec::new();
            invest_order(&flat, &th, &lv, scale, &mut scratch, &mut want);
            let mut got = vec![0u8; n - set.kc];
            order_by_gap(&cost, set.kc, &th, &lv, scale, &mut got);
            assert_eq!(got, want, "seed {seed}");
            checked += 1;
        }
        assert_eq!(checked, 400);
    }

    #[test]
    fn a_criterion_that_costs_nothing_still_needs_some_money() {
        let (uc, inv) = ([2.0], [0.5]);
        let p = plan(&[0], &uc, &inv, 0.0);
        let th = [1.0];
        let mut levels = [0.3];
        let mut st = (0u8, f64::NAN, 0u32);
        assert_eq!(year(&p, &mut st, &mut levels, &th, 0.0), 0.0);
        assert_eq!(year(&p, &mut st, &mut levels, &th, 0.0), 0.0);
        assert_eq!(st.2, 0);
        p.materialise(st.0, st.1, &mut levels, &th);
        assert_eq!(levels, [0.3]);
        assert_eq!(year(&p, &mut st, &mut levels, &th, 0.1), 0.1);
        assert_eq!((st.2, levels), (1, [1.0]));
    }
}
