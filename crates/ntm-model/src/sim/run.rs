//! One Monte Carlo run: yearly steps of allocation, investment, capacity and recognition.
//!
//! The equations are written out in `MODEL.md`; the names here follow it. Hot loop: no
//! allocation, flat arrays, one fixed pattern of random draws per unit and year.

use super::prepare::{Prepared, N_DRIVERS, N_SOURCES};
use super::record::Recorder;
use super::rng::{triangular, RunRng};
use crate::criteria::Driver;
use crate::params::ParamKey;
use crate::scenario::{AllocationRule, Eligibility, Source};

/// Share of households' workers that vocational training aims to reach (reference for the
/// vocational driver): about 1.5 workers per household, a fifth of them trained.
const VOCATIONAL_REFERENCE_PER_HOUSEHOLD: f64 = 0.3;
/// Weight of a commune that already meets every criterion under the nearest-first rule (the
/// weight of a commune four criteria away).
const NEAREST_DONE_WEIGHT: f64 = 1.0 / 16.0;
/// Extra weight of border or scope communes under the poorest-and-border-first rule.
const BORDER_BONUS: f64 = 1.5;
/// Efficiency shock amplitude per unit of the `noise` assumption.
const EFFICIENCY_NOISE: f64 = 0.4;
/// Commune-year shock on soft progress per unit of the `noise` assumption.
const COMMON_NOISE: f64 = 0.5;
/// √3: scales a centred uniform to unit standard deviation.
const SQRT3: f64 = 1.732_050_807_568_877_2;

/// Buffers reused across runs.
pub(crate) struct Workspace {
    params: Vec<f64>,
    /// `[year * n + i]` thresholds of the commune set in force.
    thresholds: Vec<f64>,
    levels: Vec<f64>,
    vlevels: Vec<f64>,
    pool: Vec<f64>,
    vpool: Vec<f64>,
    recognised: Vec<u16>,
    stock: Vec<[f64; 3]>,
    inv: Vec<f64>,
    liv: Vec<f64>,
    vinv: Vec<f64>,
    vliv: Vec<f64>,
    weight: Vec<f64>,
    vweight: Vec<f64>,
    money: Vec<f64>,
    vmoney: Vec<f64>,
    participation: Vec<f64>,
    /// Effective drivers of each candidate this year, `[cand * N_DRIVERS + d]`.
    drivers: Vec<f64>,
    efficiency: Vec<f64>,
    cost_factor: Vec<f64>,
    common_shock: Vec<f64>,
    /// Per-run effect matrices: `[k * N_DRIVERS + d]` = weight × effect size.
    effect_c: Vec<f64>,
    effect_v: Vec<f64>,
    u: Vec<f64>,
    spent: [f64; N_SOURCES],
}

impl Workspace {
    pub fn new(p: &Prepared) -> Workspace {
        let nc = p.cands.len();
        let nv = p.vils.len();
        Workspace {
            params: vec![0.0; ParamKey::ALL.len()],
            thresholds: vec![0.0; p.years.len() * p.commune_set.n],
            levels: vec![0.0; p.cand_levels.len()],
            vlevels: vec![0.0; p.vil_levels.len()],
            pool: vec![0.0; nc],
            vpool: vec![0.0; nv],
            recognised: vec![0; nc],
            stock: vec![[0.0; 3]; nc],
            inv: vec![0.0; nc],
            liv: vec![0.0; nc],
            vinv: vec![0.0; nv],
            vliv: vec![0.0; nv],
            weight: vec![0.0; nc],
            vweight: vec![0.0; nv],
            money: vec![0.0; nc],
            vmoney: vec![0.0; nv],
            participation: vec![0.0; nc],
            drivers: vec![0.0; nc * N_DRIVERS],
            efficiency: vec![0.0; nc],
            cost_factor: vec![0.0; nc],
            common_shock: vec![0.0; nc],
            effect_c: vec![0.0; p.commune_set.capacity.len() * N_DRIVERS],
            effect_v: vec![0.0; p.village_set.capacity.len() * N_DRIVERS],
            u: vec![
                0.0;
                4 * (2 + 2 * p
                    .commune_set
                    .capacity
                    .len()
                    .max(p.village_set.capacity.len()))
            ],
            spent: [0.0; N_SOURCES],
        }
    }
}

/// Number of 16-bit uniforms a commune draws per year (rounded up to whole words).
fn commune_draws(p: &Prepared) -> usize {
    (2 + 2 * p.commune_set.capacity.len()).div_ceil(4) * 4
}

fn village_draws(p: &Prepared) -> usize {
    (1 + 2 * p.village_set.capacity.len()).div_ceil(4) * 4
}

/// Runs Monte Carlo run `run` and hands each year's state to `rec`.
pub(crate) fn run_one(p: &Prepared, run: u32, ws: &mut Workspace, rec: &mut Recorder) {
    let mut rng = RunRng::new(p.seed, run);
    draw_params(p, &mut rng, &mut ws.params);
    let prm = |k: ParamKey| ws.params[k as usize];
    let n = p.commune_set.n;
    let nv_crit = p.village_set.n;
    let strict = prm(ParamKey::StrictnessMultiplier);
    for (y, &stricter) in p.stricter.iter().enumerate() {
        for i in 0..n {
            let extra = if stricter {
                strict * p.commune_set.later_increase[i]
            } else {
                0.0
            };
            ws.thresholds[y * n + i] = p.commune_set.base_threshold[i] + extra;
        }
    }
    effect_matrix(&p.commune_set.driver_weight, &ws.params, &mut ws.effect_c);
    effect_matrix(&p.village_set.driver_weight, &ws.params, &mut ws.effect_v);
    ws.levels.copy_from_slice(&p.cand_levels);
    ws.vlevels.copy_from_slice(&p.vil_levels);
    ws.pool.fill(0.0);
    ws.vpool.fill(0.0);
    let initial = prm(ParamKey::InitialCapacity);
    let posts = prm(ParamKey::CadrePosts);
    let board = prm(ParamKey::BoardSize);
    for (c, cand) in p.cands.iter().enumerate() {
        ws.recognised[c] = cand.recognised_year.unwrap_or(0);
        ws.stock[c] = [
            initial * posts,
            initial * board * cand.village_count,
            initial * VOCATIONAL_REFERENCE_PER_HOUSEHOLD * cand.households,
        ];
    }
    rec.start_run(p, ws_view(ws, p, usize::MAX));
    let cdraws = commune_draws(p);
    let vdraws = village_draws(p);
    for y in 0..p.years.len() {
        allocate(p, ws, y);
        step_communes(p, ws, y, &mut rng, cdraws);
        step_villages(p, ws, y, &mut rng, vdraws, nv_crit);
        let year = p.years[y];
        // Recognition at year end: every criterion of the set in force is met.
        let th = &ws.thresholds[y * n..(y + 1) * n];
        for c in 0..p.cands.len() {
            if ws.recognised[c] == 0 {
                let lv = &ws.levels[c * n..(c + 1) * n];
                if lv.iter().zip(th).all(|(x, t)| x >= t) {
                    ws.recognised[c] = year;
                }
            }
        }
        rec.record_year(p, y, ws_view(ws, p, y));
    }
    rec.end_run(p);
}

/// What the recorder reads from the state.
pub(crate) struct StateView<'a> {
    pub thresholds: &'a [f64],
    pub levels: &'a [f64],
    pub vlevels: &'a [f64],
    pub recognised: &'a [u16],
    pub spent: &'a [f64; N_SOURCES],
    pub money: &'a [f64],
    pub vmoney: &'a [f64],
}

fn ws_view<'a>(ws: &'a Workspace, p: &Prepared, y: usize) -> StateView<'a> {
    let n = p.commune_set.n;
    // Before the first year, the base-year thresholds apply.
    let y = if y == usize::MAX { 0 } else { y };
    StateView {
        thresholds: &ws.thresholds[y * n..(y + 1) * n],
        levels: &ws.levels,
        vlevels: &ws.vlevels,
        recognised: &ws.recognised,
        spent: &ws.spent,
        money: &ws.money,
        vmoney: &ws.vmoney,
    }
}

fn draw_params(p: &Prepared, rng: &mut RunRng, out: &mut [f64]) {
    for (i, &key) in ParamKey::ALL.iter().enumerate() {
        // One draw per parameter whether or not it is sampled, so the pattern is fixed.
        let u = rng.uniform();
        let mode = p.param_values[i];
        let spec = key.spec();
        out[i] = if p.uncertainty && spec.sampled {
            triangular(spec.low.min(mode), mode, spec.high.max(mode), u)
        } else {
            mode
        };
    }
}

fn effect_matrix(weights: &[f64], params: &[f64], out: &mut [f64]) {
    let effect = |d: Driver| match d {
        Driver::Cadres => params[ParamKey::EffectCadres as usize],
        Driver::VillageLeaders => params[ParamKey::EffectVillageLeaders as usize],
        Driver::Vocational => params[ParamKey::EffectVocational as usize],
        Driver::Support => params[ParamKey::EffectSupport as usize],
        Driver::Participation => params[ParamKey::EffectParticipation as usize],
        Driver::Leadership => params[ParamKey::EffectLeadership as usize],
        Driver::Livelihood => params[ParamKey::EffectLivelihood as usize],
    };
    for (k, row) in weights.chunks(N_DRIVERS).enumerate() {
        for d in Driver::ALL {
            out[k * N_DRIVERS + d.index()] = row[d.index()] * effect(d);
        }
    }
}

/// Gap (sum of shortfalls) and number of unmet criteria.
#[inline]
fn gap_and_unmet(levels: &[f64], thresholds: &[f64]) -> (f64, u32) {
    let mut gap = 0.0;
    let mut unmet = 0;
    for (x, t) in levels.iter().zip(thresholds) {
        if x < t {
            gap += t - x;
            unmet += 1;
        }
    }
    (gap, unmet)
}

fn rule_weight(rule: AllocationRule, gap: f64, unmet: u32, poverty: f64, border: bool) -> f64 {
    match rule {
        AllocationRule::EqualPerUnit | AllocationRule::CustomWeights => 1.0,
        AllocationRule::NeedsBased => gap + 0.01,
        AllocationRule::NearestFirst => {
            if unmet == 0 {
                NEAREST_DONE_WEIGHT
            } else {
                1.0 / f64::from(unmet * unmet)
            }
        }
        AllocationRule::PoorestBorderFirst => {
            (poverty + 0.05) * if border { BORDER_BONUS } else { 1.0 }
        }
    }
}

/// Splits every source's money of year `y` over communes and villages.
fn allocate(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    let nvc = p.village_set.n;
    let th = &ws.thresholds[y * n..(y + 1) * n];
    let recognised_weight = ws.params[ParamKey::RecognisedWeight as usize];
    let village_share = ws.params[ParamKey::VillageShareP135 as usize];
    let base_part = ws.params[ParamKey::BaseParticipation as usize];
    let campaign_effect = ws.params[ParamKey::CampaignEffect as usize];
    let campaign_ref = ws.params[ParamKey::CampaignReference as usize].max(1e-9);
    for (c, cand) in p.cands.iter().enumerate() {
        let (gap, unmet) = gap_and_unmet(&ws.levels[c * n..(c + 1) * n], th);
        ws.weight[c] = if cand.excluded {
            0.0
        } else {
            cand.weight * rule_weight(p.rule, gap, unmet, cand.poverty, cand.border || cand.scope)
        };
        let camp = cand.campaigns[y];
        ws.participation[c] = (base_part + campaign_effect * camp / (camp + campaign_ref)).min(1.0);
    }
    let village_threshold = &p.village_set.base_threshold;
    for (v, vil) in p.vils.iter().enumerate() {
        let (gap, unmet) = gap_and_unmet(&ws.vlevels[v * nvc..(v + 1) * nvc], village_threshold);
        let (mult, excluded, poverty, border) = match vil.cand {
            Some(c) => (
                p.cands[c].weight,
                p.cands[c].excluded,
                p.cands[c].poverty,
                p.cands[c].border || p.cands[c].scope,
            ),
            None => (1.0, false, 0.2, false),
        };
        ws.vweight[v] = if excluded {
            0.0
        } else {
            mult * rule_weight(p.rule, gap, unmet, poverty, border)
        };
    }
    ws.inv.fill(0.0);
    ws.liv.fill(0.0);
    ws.vinv.fill(0.0);
    ws.vliv.fill(0.0);
    ws.money.fill(0.0);
    ws.vmoney.fill(0.0);
    ws.spent = [0.0; N_SOURCES];
    let budget = &p.budget[y * N_SOURCES..(y + 1) * N_SOURCES];
    let dt = p.dt[y];

    // Fixed amounts come first out of the pooled central NTM and provincial money.
    let pooled = budget[Source::CentralNtm.index()] + budget[Source::Provincial.index()];
    let fixed_total: f64 = p
        .cands
        .iter()
        .filter(|c| !c.excluded)
        .map(|c| c.fixed_amount * dt)
        .sum();
    let fixed_scale = if fixed_total > pooled && fixed_total > 0.0 {
        pooled / fixed_total
    } else {
        1.0
    };
    let fixed_used = fixed_total * fixed_scale;
    if fixed_used > 0.0 {
        for (c, cand) in p.cands.iter().enumerate() {
            if cand.excluded || cand.fixed_amount <= 0.0 {
                continue;
            }
            let m = cand.fixed_amount * dt * fixed_scale;
            // Investment/livelihood split follows the two sources' shares in the pool.
            let central_share = if pooled > 0.0 {
                budget[Source::CentralNtm.index()] / pooled
            } else {
                0.5
            };
            let inv_share = central_share * Source::CentralNtm.spec().investment_share
                + (1.0 - central_share) * Source::Provincial.spec().investment_share;
            ws.inv[c] += m * inv_share;
            ws.liv[c] += m * (1.0 - inv_share);
            ws.money[c] += m;
        }
        let central_share = if pooled > 0.0 {
            budget[Source::CentralNtm.index()] / pooled
        } else {
            0.5
        };
        ws.spent[Source::CentralNtm.index()] += fixed_used * central_share;
        ws.spent[Source::Provincial.index()] += fixed_used * (1.0 - central_share);
    }

    for s in Source::ALL {
        let spec = s.spec();
        let mut amount = budget[s.index()];
        if matches!(s, Source::CentralNtm | Source::Provincial) && pooled > 0.0 {
            amount -= fixed_used * budget[s.index()] / pooled;
        }
        if amount <= 0.0 {
            continue;
        }
        match spec.eligibility {
            Eligibility::ScopeVillages => {
                let total: f64 = ws.vweight.iter().sum();
                if total <= 0.0 {
                    continue;
                }
                for (v, vil) in p.vils.iter().enumerate() {
                    let m = amount * ws.vweight[v] / total;
                    ws.vinv[v] += m * spec.investment_share;
                    ws.vliv[v] += m * (1.0 - spec.investment_share);
                    ws.vmoney[v] += m;
                    let _ = vil;
                }
                ws.spent[s.index()] += amount;
            }
            Eligibility::AllCommunes | Eligibility::ExtremelyDifficult => {
                let ed_only = spec.eligibility == Eligibility::ExtremelyDifficult;
                let weight_of = |c: usize, cand: &super::prepare::Cand, w: f64| {
                    if ed_only && !cand.extremely_difficult {
                        return 0.0;
                    }
                    let recognised = ws.recognised[c] != 0;
                    if recognised && spec.cliff && p.cliff {
                        return 0.0;
                    }
                    if recognised && spec.tapers_after_recognition {
                        w * recognised_weight
                    } else {
                        w
                    }
                };
                let mut total = 0.0;
                for (c, cand) in p.cands.iter().enumerate() {
                    total += weight_of(c, cand, ws.weight[c]);
                }
                if total <= 0.0 {
                    continue;
                }
                let mut spent = 0.0;
                for (c, cand) in p.cands.iter().enumerate() {
                    let w = weight_of(c, cand, ws.weight[c]);
                    if w <= 0.0 {
                        continue;
                    }
                    let mut m = amount * w / total;
                    if spec.participation_scaled {
                        m *= ws.participation[c];
                    }
                    spent += m;
                    ws.money[c] += m;
                    let mut inv = m * spec.investment_share;
                    ws.liv[c] += m - inv;
                    if s == Source::Program135 && !cand.villages.is_empty() {
                        // Part of Program 135's investment goes to the commune's villages.
                        let to_villages = inv * village_share;
                        inv -= to_villages;
                        let each = to_villages / cand.villages.len() as f64;
                        for &vi in &cand.villages {
                            ws.vinv[vi] += each;
                        }
                    }
                    ws.inv[c] += inv;
                }
                ws.spent[s.index()] += spent;
            }
        }
    }
}

/// Money, capacity and soft criteria of every commune in year `y`.
fn step_communes(p: &Prepared, ws: &mut Workspace, y: usize, rng: &mut RunRng, draws: usize) {
    let n = p.commune_set.n;
    let prm = |k: ParamKey| ws.params[k as usize];
    let dt = p.dt[y];
    let keep = (1.0 - prm(ParamKey::Attrition))
        .clamp(0.0, 1.0)
        .powf_portable(dt);
    let posts = prm(ParamKey::CadrePosts).max(1e-9);
    let board = prm(ParamKey::BoardSize).max(1e-9);
    let base_eff = prm(ParamKey::BaseEfficiency);
    let (cadre_eff, support_eff, lead_eff, part_eff) = (
        prm(ParamKey::CadreEfficiency),
        prm(ParamKey::SupportEfficiency),
        prm(ParamKey::LeadershipEfficiency),
        prm(ParamKey::ParticipationEfficiency),
    );
    let cost_mult = prm(ParamKey::CostMultiplier);
    let premium = prm(ParamKey::RemotenessPremium);
    let liv_ref = prm(ParamKey::LivelihoodReference).max(1e-9);
    let noise = prm(ParamKey::Noise);
    let trend_mult = prm(ParamKey::TrendMultiplier);
    let slip_p = if p.backsliding {
        prm(ParamKey::BackslideProbability) * dt
    } else {
        0.0
    };
    let slip_depth = prm(ParamKey::BackslideDepth);
    let protect = prm(ParamKey::CapacityProtection);
    let th_start = y * n;
    let u = &mut ws.u[..draws];
    for (c, cand) in p.cands.iter().enumerate() {
        rng.fill16(u);
        // Trained people: a stock that trainings add to and attrition wears down.
        let t = cand.training[y];
        let s = &mut ws.stock[c];
        s[0] = s[0] * keep + t.cadres * dt;
        s[1] = s[1] * keep + t.village_leaders * dt;
        s[2] = s[2] * keep + t.vocational * dt;
        let d = &mut ws.drivers[c * N_DRIVERS..(c + 1) * N_DRIVERS];
        d[Driver::Cadres.index()] = (s[0] / posts).min(1.0);
        d[Driver::VillageLeaders.index()] = (s[1] / (board * cand.village_count)).min(1.0);
        d[Driver::Vocational.index()] =
            (s[2] / (VOCATIONAL_REFERENCE_PER_HOUSEHOLD * cand.households)).min(1.0);
        d[Driver::Support.index()] = if cand.support { 1.0 } else { 0.0 };
        d[Driver::Participation.index()] = ws.participation[c];
        d[Driver::Leadership.index()] = cand.leadership;
        let per_thousand = ws.liv[c] / dt / (cand.households / 1000.0);
        d[Driver::Livelihood.index()] = per_thousand / (per_thousand + liv_ref);

        // Money → investment criteria, cheapest gap first, up to the thresholds in force.
        let eff = base_eff
            * (1.0
                + cadre_eff * d[Driver::Cadres.index()]
                + support_eff * d[Driver::Support.index()]
                + lead_eff * d[Driver::Leadership.index()]
                + part_eff * d[Driver::Participation.index()])
            * (1.0 + EFFICIENCY_NOISE * noise * (2.0 * u[0] - 1.0)).max(0.0);
        let k = cost_mult * (1.0 + premium * cand.remoteness);
        ws.efficiency[c] = eff;
        ws.cost_factor[c] = k;
        let lv = &mut ws.levels[c * n..(c + 1) * n];
        let th = &ws.thresholds[th_start..th_start + n];
        ws.pool[c] = fill(
            &cand.invest_order,
            lv,
            th,
            &p.commune_set.unit_cost,
            k,
            ws.pool[c] + ws.inv[c] * eff,
        );

        // Capacity criteria: a trend multiplied by the drivers, with noise and slips.
        let common = (1.0 + COMMON_NOISE * noise * (2.0 * u[1] - 1.0)).max(0.0);
        ws.common_shock[c] = common;
        let capacity = (d[Driver::Cadres.index()]
            + d[Driver::Support.index()]
            + d[Driver::Leadership.index()]
            + d[Driver::Participation.index()])
            * 0.25;
        let slip = slip_p * (1.0 - protect * capacity);
        soft_step(
            &p.commune_set.capacity,
            &p.commune_set.trend,
            &ws.effect_c,
            d,
            lv,
            &u[2..],
            dt * trend_mult * common,
            noise,
            slip,
            slip_depth,
        );
    }
}

/// Villages: their own money, their commune's capacity.
fn step_villages(
    p: &Prepared,
    ws: &mut Workspace,
    y: usize,
    rng: &mut RunRng,
    draws: usize,
    nvc: usize,
) {
    let prm = |k: ParamKey| ws.params[k as usize];
    let dt = p.dt[y];
    let base_eff = prm(ParamKey::BaseEfficiency);
    let cost_mult = prm(ParamKey::CostMultiplier);
    let liv_ref = prm(ParamKey::LivelihoodReference).max(1e-9);
    let noise = prm(ParamKey::Noise);
    let trend_mult = prm(ParamKey::TrendMultiplier);
    let slip_p = if p.backsliding {
        prm(ParamKey::BackslideProbability) * dt
    } else {
        0.0
    };
    let slip_depth = prm(ParamKey::BackslideDepth);
    let protect = prm(ParamKey::CapacityProtection);
    let base_part = prm(ParamKey::BaseParticipation);
    let vth = &p.village_set.base_threshold;
    let u = &mut ws.u[..draws];
    let mut d = [0.0; N_DRIVERS];
    for (v, vil) in p.vils.iter().enumerate() {
        rng.fill16(u);
        let (eff, k, common, commune_liv) = match vil.cand {
            Some(c) => {
                d.copy_from_slice(&ws.drivers[c * N_DRIVERS..(c + 1) * N_DRIVERS]);
                let cand = &p.cands[c];
                (
                    ws.efficiency[c],
                    ws.cost_factor[c],
                    ws.common_shock[c],
                    ws.liv[c] / dt / (cand.households / 1000.0),
                )
            }
            None => {
                d = [0.0; N_DRIVERS];
                d[Driver::Participation.index()] = base_part;
                (base_eff, cost_mult, 1.0, 0.0)
            }
        };
        let per_thousand = commune_liv + ws.vliv[v] / dt / (vil.households / 1000.0);
        d[Driver::Livelihood.index()] = per_thousand / (per_thousand + liv_ref);
        let lv = &mut ws.vlevels[v * nvc..(v + 1) * nvc];
        ws.vpool[v] = fill(
            &vil.invest_order,
            lv,
            vth,
            &p.village_set.unit_cost,
            k,
            ws.vpool[v] + ws.vinv[v] * eff,
        );
        let capacity = (d[Driver::Cadres.index()]
            + d[Driver::Support.index()]
            + d[Driver::Leadership.index()]
            + d[Driver::Participation.index()])
            * 0.25;
        let slip = slip_p * (1.0 - protect * capacity);
        // The village's own noise is u[0] (centred), on top of its commune's shock.
        let own = (1.0 + COMMON_NOISE * noise * (2.0 * u[0] - 1.0)).max(0.0);
        soft_step(
            &p.village_set.capacity,
            &p.village_set.trend,
            &ws.effect_v,
            &d,
            lv,
            &u[1..],
            dt * trend_mult * common * own,
            noise,
            slip,
            slip_depth,
        );
    }
}

/// Spends an effective-money pool on investment criteria in plan order, raising each to its
/// threshold before the next; returns what is left.
#[inline]
fn fill(
    order: &[u8],
    levels: &mut [f64],
    thresholds: &[f64],
    unit_cost: &[f64],
    cost_factor: f64,
    mut pool: f64,
) -> f64 {
    for &i in order {
        if pool <= 0.0 {
            break;
        }
        let i = usize::from(i);
        let deficit = thresholds[i] - levels[i];
        if deficit <= 0.0 {
            continue;
        }
        let per_point = unit_cost[i] * cost_factor;
        let need = deficit * per_point;
        if pool >= need {
            levels[i] = thresholds[i];
            pool -= need;
        } else {
            levels[i] += pool / per_point;
            pool = 0.0;
        }
    }
    pool
}

/// One year of the capacity criteria of one unit. `u` holds two uniforms per criterion.
#[allow(clippy::too_many_arguments)]
#[inline]
fn soft_step(
    criteria: &[usize],
    trend: &[f64],
    effect: &[f64],
    drivers: &[f64],
    levels: &mut [f64],
    u: &[f64],
    scale: f64,
    noise: f64,
    slip: f64,
    slip_depth: f64,
) {
    for (k, &i) in criteria.iter().enumerate() {
        let row = &effect[k * N_DRIVERS..(k + 1) * N_DRIVERS];
        let mut mult = 1.0;
        for (w, dv) in row.iter().zip(drivers) {
            mult += w * dv;
        }
        let shock = (1.0 + noise * SQRT3 * (2.0 * u[2 * k] - 1.0)).max(0.0);
        let mut x = levels[i] + scale * trend[k] * mult * shock;
        if u[2 * k + 1] < slip {
            x -= slip_depth;
        }
        levels[i] = x.max(0.0);
    }
}

/// `x.powf(y)` through libm, so native and wasm agree to the bit.
trait PowfPortable {
    fn powf_portable(self, y: f64) -> f64;
}

impl PowfPortable for f64 {
    fn powf_portable(self, y: f64) -> f64 {
        libm::pow(self, y)
    }
}
