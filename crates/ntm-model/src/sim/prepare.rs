//! Turns a dataset and a scenario into the engine's flat, checked arrays — once per
//! simulation, so that each Monte Carlo run only does arithmetic.
//!
//! Everything here is independent of the run: lever values after district and commune
//! overrides (clamped into range), criteria thresholds, investment orders, training and
//! campaign counts per commune and year.

use crate::criteria::{CriteriaSet, CriterionKind, Driver};
use crate::dataset::Dataset;
use crate::params::ParamKey;
use crate::scenario::{AllocationRule, Scenario, Source, TrainingCounts, UnitLevers, MAX_YEAR};

/// Number of sources.
pub(crate) const N_SOURCES: usize = Source::ALL.len();
/// Workers per household that vocational training aims to reach (reference of the vocational
/// driver): about 1.5 workers per household, a fifth of them trained.
pub(crate) const VOCATIONAL_REFERENCE_PER_HOUSEHOLD: f64 = 0.3;

/// A criteria set flattened for the engine, in the engine's own order: capacity criteria
/// first (so the soft-criteria loop runs over a contiguous slice), then investment criteria.
/// `official[j]` maps engine position `j` back to the set's official position.
#[derive(Debug, Clone)]
pub(crate) struct FlatSet {
    /// Number of criteria.
    pub n: usize,
    /// Engine position → official position.
    pub official: Vec<usize>,
    /// Threshold of each criterion in the base set.
    pub base_threshold: Vec<f64>,
    /// Threshold increase of the later set (0 where no later set or not stricter).
    pub later_increase: Vec<f64>,
    /// Unit cost of each investment criterion (0 for capacity ones).
    pub unit_cost: Vec<f64>,
    /// `1 / unit_cost` (0 for capacity ones): the engine multiplies rather than divides.
    pub inv_unit_cost: Vec<f64>,
    /// Number of capacity criteria (engine positions `0..kc`).
    pub kc: usize,
    /// Trend of each capacity criterion.
    pub trend: Vec<f64>,
    /// Non-zero driver weights of capacity criterion `k`, livelihood excluded:
    /// `terms[term_start[k]..term_start[k + 1]]`.
    pub term_start: Vec<usize>,
    /// (driver, weight) pairs.
    pub terms: Vec<(Driver, f64)>,
    /// Livelihood weight of each capacity criterion.
    pub livelihood_weight: Vec<f64>,
}

impl FlatSet {
    pub(crate) fn new(base: &CriteriaSet, later: Option<&CriteriaSet>) -> FlatSet {
        let n = base.len();
        let capacity = base.indices_of(CriterionKind::Capacity);
        let mut official = capacity.clone();
        official.extend(base.indices_of(CriterionKind::Investment));
        let mut term_start = vec![0];
        let mut terms = Vec::new();
        let mut livelihood_weight = Vec::new();
        for &i in &capacity {
            let drivers = &base.criteria[i].drivers;
            for (d, w) in drivers {
                if *d != Driver::Livelihood && *w != 0.0 {
                    terms.push((*d, *w));
                }
            }
            term_start.push(terms.len());
            livelihood_weight.push(drivers.get(&Driver::Livelihood).copied().unwrap_or(0.0));
        }
        let unit_cost: Vec<f64> = official
            .iter()
            .map(|&i| {
                let c = &base.criteria[i];
                if c.kind == CriterionKind::Investment {
                    c.unit_cost
                } else {
                    0.0
                }
            })
            .collect();
        FlatSet {
            n,
            inv_unit_cost: unit_cost
                .iter()
                .map(|&u| if u > 0.0 { 1.0 / u } else { 0.0 })
                .collect(),
            unit_cost,
            base_threshold: official
                .iter()
                .map(|&i| base.criteria[i].threshold)
                .collect(),
            later_increase: official
                .iter()
                .map(|&i| {
                    later
                        .and_then(|l| l.criteria.get(i))
                        .map(|c| (c.threshold - base.criteria[i].threshold).max(0.0))
                        .unwrap_or(0.0)
                })
                .collect(),
            kc: capacity.len(),
            trend: capacity.iter().map(|&i| base.criteria[i].trend).collect(),
            official,
            term_start,
            terms,
            livelihood_weight,
        }
    }

    /// Appends levels given in official order to `out`, in engine order.
    fn extend_engine(&self, official_levels: &[f64], out: &mut Vec<f64>) {
        out.extend(
            self.official
                .iter()
                .map(|&i| official_levels.get(i).copied().unwrap_or(0.0)),
        );
    }
}

/// A candidate commune (xã) with its levers resolved.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    /// Index in the dataset.
    pub commune: usize,
    pub district: usize,
    pub households: f64,
    /// `1 / households in thousands` (the livelihood driver is money per thousand
    /// households), `1 / village_count` and `1 / (workers to train)`: the engine multiplies by
    /// these every year rather than dividing.
    pub inv_thousands: f64,
    pub inv_village_count: f64,
    pub inv_vocational_reference: f64,
    /// `1 / villages.len()` (0 without villages): each village's part of the commune's
    /// Program 135 village money.
    pub inv_villages: f64,
    pub poverty: f64,
    pub remoteness: f64,
    pub extremely_difficult: bool,
    pub scope: bool,
    pub border: bool,
    pub recognised_year: Option<u16>,
    /// Villages (indices into the dataset's villages).
    pub villages: Vec<usize>,
    /// Villages used for the village-leader reference (listed, or estimated from households).
    pub village_count: f64,
    pub excluded: bool,
    /// Allocation weight multiplier (the commune's or its district's weight × priority boost ×
    /// custom weight).
    pub weight: f64,
    /// Billion VND per year before the rule splits the pooled central NTM and provincial money.
    pub fixed_amount: f64,
    pub support: bool,
    pub leadership: f64,
}

/// A village with its plan.
#[derive(Debug, Clone)]
pub(crate) struct Vil {
    /// Index into `Prepared::cands` of its commune (None when the commune is not a xã).
    pub cand: Option<usize>,
    /// `1 / households in thousands`.
    pub inv_thousands: f64,
}

/// Everything a run needs, checked and flattened.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub years: Vec<u16>,
    /// Length of each simulated step in years (the first is a part year).
    pub dt: Vec<f64>,
    /// `[year]`: true when the later (stricter) commune set applies.
    pub stricter: Vec<bool>,
    pub commune_set: FlatSet,
    pub village_set: FlatSet,
    pub cands: Vec<Cand>,
    pub vils: Vec<Vil>,
    /// Each candidate's investment plan: its investment criteria, cheapest gap first at the
    /// base date, `[cand * (n − kc) + j]`. Flat arrays here and below, so that at national scale
    /// the engine reads them in order rather than chasing a pointer per unit.
    pub cand_orders: Vec<u8>,
    /// The cost multiplier the plans are ordered by (the scenario's, not a run's draw).
    pub order_cost_scale: f64,
    /// Each village's investment plan, `[vil * (n − kc) + j]`.
    pub vil_orders: Vec<u8>,
    /// `[year * cands + cand]`: people trained.
    pub training_by_year: Vec<TrainingCounts>,
    /// `[year * cands + cand]`: communication campaigns.
    pub campaigns_by_year: Vec<f64>,
    /// Base levels of candidates: `[cand * n + i]`.
    pub cand_levels: Vec<f64>,
    /// Base levels of villages: `[vil * n + i]`.
    pub vil_levels: Vec<f64>,
    /// `[year * N_SOURCES + s]`: money of each source in the year (scaled, part year applied).
    pub budget: Vec<f64>,
    pub rule: AllocationRule,
    /// The rule looks at each unit's current gap (so gaps must be computed every year).
    pub rule_uses_state: bool,
    /// What each source is and pays for, in `Source::ALL` order.
    pub sources: Vec<crate::scenario::SourceSpec>,
    pub cliff: bool,
    pub backsliding: bool,
    /// The scenario's value of each assumption (the mode of the Monte Carlo draws).
    pub param_values: Vec<f64>,
    pub uncertainty: bool,
    pub seed: u64,
    pub runs: u32,
    pub n_districts: usize,
    /// `[year]`: fixed amounts of the communes not excluded, billion VND (before scaling).
    pub fixed_total: Vec<f64>,
    /// `[year]`: training and communication cost, billion VND.
    pub training_cost: Vec<f64>,
}

use crate::scenario::clamp_finite as clamp;

/// Levers of one commune after its district's and its own overrides.
struct Resolved {
    excluded: bool,
    priority: bool,
    budget_weight: f64,
    fixed_amount: f64,
    campaigns: Option<f64>,
    support: Option<bool>,
    leadership: f64,
}

fn resolve(sc: &Scenario, district: Option<&UnitLevers>, commune: Option<&UnitLevers>) -> Resolved {
    let pick = |f: &dyn Fn(&UnitLevers) -> Option<f64>| {
        commune.and_then(f).or_else(|| district.and_then(f))
    };
    let pick_b = |f: &dyn Fn(&UnitLevers) -> Option<bool>| {
        commune.and_then(f).or_else(|| district.and_then(f))
    };
    // Every lever: the commune's own setting, else its district's, else the province's. (The
    // weight and the training multiplier once multiplied across levels, which the levers
    // panel, saying "the commune's setting replaces the district's", did not show.)
    Resolved {
        excluded: UnitLevers::excluded_under(commune, district),
        priority: pick_b(&|l| l.priority).unwrap_or(false),
        budget_weight: clamp(pick(&|l| l.budget_weight).unwrap_or(1.0), 0.0, 100.0),
        fixed_amount: clamp(pick(&|l| l.fixed_amount).unwrap_or(0.0), 0.0, 10_000.0),
        campaigns: pick(&|l| l.campaigns),
        support: pick_b(&|l| l.support_unit),
        leadership: clamp(pick(&|l| l.leadership).unwrap_or(sc.leadership), 0.0, 1.0),
    }
}

/// A commune's training in `year` (calendar), given the province's plan for that year: count
/// by count the commune's own, else its district's, else the plan, times the commune's
/// multiplier, else its district's. A level's training settings count only in the years of
/// its `training_from`–`training_until`.
fn training_in(
    year: u16,
    plan: TrainingCounts,
    district: Option<&UnitLevers>,
    commune: Option<&UnitLevers>,
) -> TrainingCounts {
    let district = district.filter(|l| l.trains_in(year));
    let commune = commune.filter(|l| l.trains_in(year));
    let own = commune
        .and_then(|l| l.training)
        .unwrap_or_default()
        .or(district.and_then(|l| l.training).unwrap_or_default());
    let scale = commune
        .and_then(|l| l.training_scale)
        .or_else(|| district.and_then(|l| l.training_scale))
        .unwrap_or(1.0);
    clamp_counts(own.over(plan).scaled(clamp(scale, 0.0, 100.0)))
}

fn clamp_counts(t: TrainingCounts) -> TrainingCounts {
    TrainingCounts {
        cadres: clamp(t.cadres, 0.0, 10_000.0),
        village_leaders: clamp(t.village_leaders, 0.0, 10_000.0),
        vocational: clamp(t.vocational, 0.0, 10_000.0),
    }
}

/// Appends to `out` the investment criteria ordered by the cost of closing their gap to
/// `thresholds`, cheapest first; met ones last. `scratch` is reused from unit to unit (a unit's
/// order used to cost two allocations). The runs order the communes' plans again this way when
/// the stricter set arrives.
pub(super) fn invest_order(
    set: &FlatSet,
    thresholds: &[f64],
    levels: &[f64],
    cost_scale: f64,
    scratch: &mut Vec<(i64, u8)>,
    out: &mut Vec<u8>,
) {
    scratch.clear();
    scratch.extend((set.kc..set.n).map(|i| {
        let cost = (thresholds[i] - levels[i]).max(0.0) * set.unit_cost[i] * cost_scale;
        // Met criteria (gap 0) go last: they only need money again if a stricter set arrives.
        let key = if cost <= 0.0 { f64::INFINITY } else { cost };
        (total_order_key(key), i as u8)
    }));
    // The keys are worked out once rather than at every comparison, and ties are broken by the
    // criterion, so no two entries compare equal and an unstable sort gives the stable order.
    scratch.sort_unstable();
    out.extend(scratch.iter().map(|&(_, i)| i));
}

/// An integer that orders as [`f64::total_cmp`] orders `x` (the same bit trick it uses).
fn total_order_key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

impl Prepared {
    pub fn new(ds: &Dataset, sc: &Scenario) -> Prepared {
        let base_year = ds.province.base_year;
        let until = sc.until.clamp(base_year, MAX_YEAR.max(base_year));
        let years: Vec<u16> = (base_year..=until).collect();
        let ny = years.len();
        let dt = sc.year_fractions(ds);
        let stricter: Vec<bool> = years
            .iter()
            .map(|&y| y >= sc.policy.stricter_set_year)
            .collect();
        let commune_set = FlatSet::new(ds.base_commune_set(), ds.later_commune_set());
        let village_set = FlatSet::new(ds.village_set(), None);
        let param_values: Vec<f64> = ParamKey::ALL
            .iter()
            .map(|&k| {
                let (lo, hi) = crate::scenario::hard_limits(k);
                clamp(sc.assumptions.value(k), lo, hi)
            })
            .collect();
        let pv = |k: ParamKey| param_values[k as usize];
        let households_per_village = pv(ParamKey::HouseholdsPerVillage).max(1.0);
        let priority_boost = pv(ParamKey::PriorityBoost);
        let cost_scale_base = pv(ParamKey::CostMultiplier);

        // Sized exactly up front, so nothing grows.
        let n_cands = ds.communes.iter().filter(|c| c.is_candidate()).count();
        let mut cands = Vec::with_capacity(n_cands);
        // `[cand * ny + year]`: people trained and campaigns (by year, then candidate, below).
        let mut cand_training = Vec::with_capacity(n_cands * ny);
        let mut cand_campaigns = Vec::with_capacity(n_cands * ny);
        let mut cand_of_commune = vec![None; ds.communes.len()];
        let mut cand_levels = Vec::with_capacity(n_cands * commune_set.n);
        let mut cand_orders = Vec::with_capacity(n_cands * (commune_set.n - commune_set.kc));
        let mut order_scratch = Vec::with_capacity(commune_set.n.max(village_set.n));
        for (ci, c) in ds.communes.iter().enumerate() {
            if !c.is_candidate() {
                continue;
            }
            let district_code = &ds.districts[c.district].code;
            let r = resolve(
                sc,
                sc.districts.get(district_code),
                sc.communes.get(&c.code),
            );
            let custom = if sc.allocation.rule == AllocationRule::CustomWeights {
                clamp(
                    sc.allocation
                        .custom_weights
                        .get(&c.code)
                        .copied()
                        .unwrap_or(1.0),
                    0.0,
                    1000.0,
                )
            } else {
                1.0
            };
            let weight = r.budget_weight * custom * if r.priority { priority_boost } else { 1.0 };
            let (district_levers, commune_levers) =
                (sc.districts.get(district_code), sc.communes.get(&c.code));
            cand_training.extend(years.iter().enumerate().map(|(y, &year)| {
                training_in(year, sc.training.at(y), district_levers, commune_levers)
            }));
            cand_campaigns.extend((0..ny).map(|y| {
                let base = sc
                    .campaigns
                    .get(y)
                    .or(sc.campaigns.last())
                    .copied()
                    .unwrap_or(0.0);
                clamp(r.campaigns.unwrap_or(base), 0.0, 100.0)
            }));
            let villages = ds.villages_of[ci].clone();
            let village_count = if villages.is_empty() {
                (f64::from(c.households) / households_per_village).max(1.0)
            } else {
                villages.len() as f64
            };
            cand_of_commune[ci] = Some(cands.len());
            let at = cand_levels.len();
            commune_set.extend_engine(&c.levels, &mut cand_levels);
            invest_order(
                &commune_set,
                &commune_set.base_threshold,
                &cand_levels[at..],
                cost_scale_base,
                &mut order_scratch,
                &mut cand_orders,
            );
            cands.push(Cand {
                commune: ci,
                district: c.district,
                households: f64::from(c.households),
                inv_thousands: 1.0 / (f64::from(c.households) * 0.001),
                inv_village_count: 1.0 / village_count,
                inv_vocational_reference: 1.0
                    / (VOCATIONAL_REFERENCE_PER_HOUSEHOLD * f64::from(c.households)),
                inv_villages: if villages.is_empty() {
                    0.0
                } else {
                    1.0 / villages.len() as f64
                },
                poverty: c.poverty_rate,
                remoteness: c.remoteness,
                extremely_difficult: c.extremely_difficult || c.program_135,
                scope: c.scope_1385,
                border: c.border == Some(true),
                recognised_year: c.recognised_year.filter(|&y| y <= base_year),
                villages,
                village_count,
                excluded: r.excluded,
                weight,
                fixed_amount: r.fixed_amount,
                support: r.support.unwrap_or(false),
                leadership: r.leadership,
            });
        }
        assign_support_units(&mut cands, sc, ds);

        let nvil = ds.villages.len();
        let mut vils = Vec::with_capacity(nvil);
        let mut vil_levels = Vec::with_capacity(nvil * village_set.n);
        let mut vil_orders = Vec::with_capacity(nvil * (village_set.n - village_set.kc));
        for v in &ds.villages {
            let at = vil_levels.len();
            village_set.extend_engine(&v.levels, &mut vil_levels);
            invest_order(
                &village_set,
                &village_set.base_threshold,
                &vil_levels[at..],
                1.0,
                &mut order_scratch,
                &mut vil_orders,
            );
            vils.push(Vil {
                cand: cand_of_commune[v.commune],
                inv_thousands: 1.0 / (f64::from(v.households) * 0.001),
            });
        }
        let nc = cands.len();
        // Training and campaigns by year, then candidate: the order the engine reads them in.
        let training_by_year = by_year(&cand_training, ny, nc);
        let campaigns_by_year = by_year(&cand_campaigns, ny, nc);

        let budget: Vec<f64> = sc.budget_available(ds).concat();
        let training_cost = (0..ny)
            .map(|y| {
                let year = y * nc..(y + 1) * nc;
                let million: f64 = training_by_year[year.clone()]
                    .iter()
                    .zip(&campaigns_by_year[year])
                    .map(|(t, campaigns)| {
                        t.cadres * pv(ParamKey::CostCadre)
                            + t.village_leaders * pv(ParamKey::CostVillageLeader)
                            + t.vocational * pv(ParamKey::CostVocational)
                            + campaigns * pv(ParamKey::CostCampaign)
                    })
                    .sum();
                million / 1000.0 * dt[y]
            })
            .collect();

        let fixed_total = dt
            .iter()
            .map(|&dt| {
                cands
                    .iter()
                    .filter(|c| !c.excluded)
                    .map(|c| c.fixed_amount * dt)
                    .sum()
            })
            .collect();

        Prepared {
            fixed_total,
            years,
            dt,
            stricter,
            commune_set,
            village_set,
            cands,
            vils,
            cand_levels,
            vil_levels,
            cand_orders,
            order_cost_scale: cost_scale_base,
            vil_orders,
            training_by_year,
            campaigns_by_year,
            budget,
            rule: sc.allocation.rule,
            rule_uses_state: matches!(
                sc.allocation.rule,
                AllocationRule::NeedsBased | AllocationRule::NearestFirst
            ),
            sources: Source::ALL.iter().map(|s| s.spec()).collect(),
            cliff: sc.policy.graduation_cliff,
            backsliding: sc.policy.backsliding,
            param_values,
            uncertainty: sc.assumptions.uncertainty,
            seed: sc.seed,
            runs: sc.runs.clamp(1, crate::scenario::MAX_RUNS),
            n_districts: ds.districts.len(),
            training_cost,
        }
    }
}

/// `per_unit` (`[unit * ny + year]`, `units` of them) as `[year * units + unit]`.
fn by_year<T: Copy>(per_unit: &[T], ny: usize, units: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(ny * units);
    for y in 0..ny {
        out.extend((0..units).map(|u| per_unit[u * ny + y]));
    }
    out
}

/// A commune's own "has a support unit" setting, else its district's (`None`: by rank).
pub(super) fn forced_support(ds: &Dataset, sc: &Scenario, commune: usize) -> Option<bool> {
    let c = &ds.communes[commune];
    sc.communes
        .get(&c.code)
        .and_then(|l| l.support_unit)
        .or_else(|| {
            let district = &ds.districts[c.district].code;
            sc.districts.get(district).and_then(|l| l.support_unit)
        })
}

/// Gives the province's support units to communes: forced ones first, then scope communes,
/// then the poorest extremely difficult communes not yet recognised, then the rest by poverty.
fn assign_support_units(cands: &mut [Cand], sc: &Scenario, ds: &Dataset) {
    // Each commune's forced setting, looked up once.
    let forced: Vec<Option<bool>> = cands
        .iter()
        .map(|c| forced_support(ds, sc, c.commune))
        .collect();
    let mut order: Vec<usize> = (0..cands.len()).filter(|&i| forced[i].is_none()).collect();
    let rank = |c: &Cand| {
        let tier = if c.scope {
            0
        } else if c.extremely_difficult && c.recognised_year.is_none() {
            1
        } else if c.recognised_year.is_none() {
            2
        } else {
            3
        };
        (tier, -(c.poverty * 1e6) as i64)
    };
    let forced_on = forced.iter().filter(|&&f| f == Some(true)).count() as u32;
    let left = sc.support_units.saturating_sub(forced_on) as usize;
    // Only which communes come first matters, not their order among themselves: selecting them
    // is linear where sorting every commune was not. The keys are unique (the index breaks
    // ties), so the set is the one sorting would put first.
    let chosen = left.min(order.len());
    if chosen > 0 && chosen < order.len() {
        order.select_nth_unstable_by_key(chosen - 1, |&i| (rank(&cands[i]), i));
    }
    for (c, f) in cands.iter_mut().zip(&forced) {
        if let Some(f) = *f {
            c.support = f;
        }
    }
    for (k, &i) in order.iter().enumerate() {
        cands[i].support = k < chosen;
    }
}
