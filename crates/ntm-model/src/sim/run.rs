//! One Monte Carlo run: yearly steps of allocation, investment, capacity and recognition.
//!
//! The equations are written out in `MODEL.md`; the names here follow it. This is the hot
//! loop (about 1,000 runs per lever change), so it allocates nothing, works on flat arrays,
//! computes per-commune quantities once and shares them with the commune's villages, keeps
//! each unit's met flags as a bit set updated where levels change, multiplies by reciprocals
//! computed once rather than dividing, folds each run's effect sizes and trends into one
//! coefficient per (criterion, driver), stored driver by driver so that all of a unit's
//! capacity criteria are worked out side by side (`run/progress.rs`), and draws exactly one
//! 64-bit word (four 16-bit uniforms) per unit and year, in a fixed pattern (common random
//! numbers).

mod allocate;
mod plan;
mod progress;
mod slip;

use super::prepare::{FlatSet, Prepared, N_SOURCES, VOCATIONAL_REFERENCE_PER_HOUSEHOLD};
use super::record::Recorder;
use super::rng::{triangular, RunRng};
use crate::criteria::Driver;
use crate::params::ParamKey;
use allocate::{allocate, unit_weights};
use plan::{spend, Plan};
use progress::Progress;
use slip::Slip;

/// Efficiency shock amplitude per unit of the `noise` assumption.
const EFFICIENCY_NOISE: f64 = 0.4;
/// Commune-year (and village-year) shock on soft progress per unit of the `noise` assumption.
const COMMON_NOISE: f64 = 0.5;
/// √3: scales a centred uniform to unit standard deviation.
const SQRT3: f64 = 1.732_050_807_568_877_2;

/// Drivers padded to a whole number of SSE2/wasm-SIMD pairs.
const DRIVER_LANES: usize = 8;
const _: () = assert!(Driver::ALL.len() <= DRIVER_LANES);

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
    /// Class of each commune for allocation (extremely difficult, recognised).
    class: Vec<u8>,
    stock: Vec<[f64; 3]>,
    inv: Vec<f64>,
    liv: Vec<f64>,
    /// Program 135 investment each village of a candidate receives this year (slot `nc`:
    /// villages without a candidate, none).
    village_share_p135: Vec<f64>,
    /// This year's village sources (Decision 1385): money per unit of village weight.
    village_sources: Vec<VillageSource>,
    weight: Vec<f64>,
    vweight: Vec<f64>,
    /// Σ `vweight`, in village order (worked out with the weights).
    vtotal: f64,
    money: Vec<f64>,
    vmoney: Vec<f64>,
    /// Whether the recorder reads `vmoney` this run (see `Recorder::wants_village_money`).
    record_vmoney: bool,
    participation: Vec<f64>,
    /// Per candidate (and one more slot, `nc`, for villages without a candidate commune): cost
    /// factor (remoteness) and its reciprocal for the run, what the villages take from the
    /// commune this year.
    cost: Vec<[f64; 2]>,
    shared: Vec<Shared>,
    /// This year's drivers of each candidate.
    drivers: Vec<[f64; DRIVER_LANES]>,
    /// Each village's candidate (`nc` if its commune is not one).
    home: Vec<u32>,
    /// `[cand * kv + k]`: the commune-driven part of village criterion `k`'s progress this
    /// year, step length and commune shock included.
    vbase: Vec<f64>,
    /// Capacity progress of commune criteria (every driver) and village criteria (all but
    /// livelihood, which villages have of their own: `vliv_coef`).
    progress_c: Progress,
    progress_v: Progress,
    vliv_coef: Vec<f64>,
    /// The communes' investment plans this run (`[cand * k + j]`, as `Prepared::cand_orders`):
    /// ordered again, cheapest gap first, when the stricter set arrives (`replanned`), since
    /// criteria met at the base date may then be the cheapest to meet again.
    orders: Vec<u8>,
    replanned: bool,
    /// Position in the investment plan before which every criterion is met, and the money the
    /// criterion there still needs (see [`Plan`]).
    next: Vec<u8>,
    vnext: Vec<u8>,
    need: Vec<f64>,
    vneed: Vec<f64>,

    /// Met flags (bit = engine position): of all criteria, and of investment criteria only
    /// (kept up to date by `fill`).
    pub mask: Vec<u32>,
    pub vmask: Vec<u32>,
    inv_mask: Vec<u32>,
    vinv_mask: Vec<u32>,
    /// Met flags at the start of every run when the base-year thresholds do not depend on the
    /// run's draws (the usual case): computed once.
    start_masks: Option<StartMasks>,
    spent: [f64; N_SOURCES],
    /// This year's Program 135 investment passed on to villages (in `spent` under its source;
    /// apart for the cost per additional village).
    p135_to_villages: f64,
    /// This year's random words of the candidates (the villages' come next in the stream and
    /// are drawn as they are stepped, [`VILLAGE_WORDS`] at a time, so that at national scale
    /// they are not written out and read back).
    words: Vec<u64>,
}

struct StartMasks {
    mask: Vec<u32>,
    inv_mask: Vec<u32>,
    vmask: Vec<u32>,
    vinv_mask: Vec<u32>,
}

/// A village source's money this year: per unit of village weight, and the part of it that is
/// investment (the rest is livelihood).
#[derive(Clone, Copy)]
pub(super) struct VillageSource {
    pub rate: f64,
    pub investment_share: f64,
}

/// What a commune's villages take from it each year.
#[derive(Clone, Copy, Default)]
struct Shared {
    efficiency: f64,
    /// Soft-progress scale: step length × background trend × the commune's shock.
    scale: f64,
    liv_per_thousand: f64,
    slip: f64,
}

impl Workspace {
    pub fn new(p: &Prepared) -> Workspace {
        let nc = p.cands.len();
        let nv = p.vils.len();
        let kv = p.village_set.kc;
        let mut ws = Workspace {
            params: vec![0.0; ParamKey::ALL.len()],
            thresholds: vec![0.0; p.years.len() * p.commune_set.n],
            levels: p.cand_levels.clone(),
            vlevels: p.vil_levels.clone(),
            pool: vec![0.0; nc],
            vpool: vec![0.0; nv],
            recognised: vec![0; nc],
            class: vec![0; nc],
            stock: vec![[0.0; 3]; nc],
            inv: vec![0.0; nc],
            liv: vec![0.0; nc],
            village_share_p135: vec![0.0; nc + 1],
            village_sources: Vec::with_capacity(N_SOURCES),
            weight: vec![0.0; nc],
            vweight: vec![0.0; nv],
            vtotal: 0.0,
            money: vec![0.0; nc],
            vmoney: vec![0.0; nv],
            record_vmoney: true,
            participation: vec![0.0; nc],
            cost: vec![[1.0; 2]; nc + 1],
            shared: vec![Shared::default(); nc + 1],
            drivers: vec![[0.0; DRIVER_LANES]; nc],
            home: p.vils.iter().map(|v| v.cand.unwrap_or(nc) as u32).collect(),
            vbase: vec![0.0; (nc + 1) * kv],
            progress_c: Progress::new(&p.commune_set, true),
            progress_v: Progress::new(&p.village_set, false),
            vliv_coef: vec![0.0; kv],
            orders: p.cand_orders.clone(),
            replanned: false,
            next: vec![0; nc],
            vnext: vec![0; nv],
            need: vec![f64::NAN; nc],
            vneed: vec![f64::NAN; nv],

            mask: vec![0; nc],
            vmask: vec![0; nv],
            inv_mask: vec![0; nc],
            vinv_mask: vec![0; nv],
            start_masks: None,
            spent: [0.0; N_SOURCES],
            p135_to_villages: 0.0,
            words: vec![0; nc],
        };
        if !p.rule_uses_state {
            unit_weights(p, &mut ws, &[]);
        }
        if !p.stricter.first().copied().unwrap_or(false) {
            // Base thresholds in force at the start: the same masks in every run.
            let n = p.commune_set.n;
            ws.thresholds[..n].copy_from_slice(&p.commune_set.base_threshold);
            refresh_masks(p, &mut ws, 0, true);
            ws.start_masks = Some(StartMasks {
                mask: ws.mask.clone(),
                inv_mask: ws.inv_mask.clone(),
                vmask: ws.vmask.clone(),
                vinv_mask: ws.vinv_mask.clone(),
            });
        }
        ws
    }

    fn view(&self) -> StateView<'_> {
        StateView {
            mask: &self.mask,
            vmask: &self.vmask,
            recognised: &self.recognised,
            spent: &self.spent,
            p135_to_villages: self.p135_to_villages,
            money: &self.money,
            inv: &self.inv,
            vmoney: &self.vmoney,
        }
    }
}

/// What the recorder reads from the state.
pub(crate) struct StateView<'a> {
    pub mask: &'a [u32],
    pub vmask: &'a [u32],
    pub recognised: &'a [u16],
    pub spent: &'a [f64; N_SOURCES],
    pub p135_to_villages: f64,
    pub money: &'a [f64],
    /// `[candidate]`: the investment part of `money`.
    pub inv: &'a [f64],
    pub vmoney: &'a [f64],
}

/// Runs Monte Carlo run `run` and hands each year's state to `rec`.
#[inline(always)]
pub(crate) fn run_one(p: &Prepared, run: u32, ws: &mut Workspace, rec: &mut Recorder) {
    let mut rng = RunRng::new(p.seed, run);
    draw_params(p, &mut rng, &mut ws.params);
    init_run(p, ws);
    match ws.start_masks.take() {
        Some(m) => {
            ws.mask.copy_from_slice(&m.mask);
            ws.inv_mask.copy_from_slice(&m.inv_mask);
            ws.vmask.copy_from_slice(&m.vmask);
            ws.vinv_mask.copy_from_slice(&m.vinv_mask);
            ws.start_masks = Some(m);
        }
        None => refresh_masks(p, ws, 0, true),
    }
    rec.start_run(p, ws.view());
    ws.record_vmoney = rec.wants_village_money();
    let full = full_mask(p.commune_set.n);
    for y in 0..p.years.len() {
        if y > 0 && p.stricter[y] != p.stricter[y - 1] {
            // Commune thresholds rose: met investment criteria may be unmet again. (Village
            // thresholds never change, and their masks are kept up to date.)
            materialise_commune_levels(p, ws, y - 1);
            ws.next.fill(0);
            ws.need.fill(f64::NAN);
            refresh_masks(p, ws, y, false);
            replan_communes(p, ws, y);
        }
        allocate(p, ws, y);
        rng.fill_words(&mut ws.words);
        step_communes(p, ws, y);
        step_villages(p, ws, y, &mut rng);
        // Recognition at year end: every criterion of the set in force is met.
        let year = p.years[y];
        for (r, &m) in ws.recognised.iter_mut().zip(&ws.mask) {
            if *r == 0 && m == full {
                *r = year;
            }
        }
        rec.record_year(p, y, ws.view());
    }
    rec.end_run(p, &ws.recognised);
}

pub(crate) fn full_mask(n: usize) -> u32 {
    if n >= 32 {
        u32::MAX
    } else {
        (1u32 << n) - 1
    }
}

/// Met flags of `levels` against `thresholds`.
#[inline]
fn met_mask(levels: &[f64], thresholds: &[f64]) -> u32 {
    let mut mask = 0u32;
    for (i, (x, t)) in levels.iter().zip(thresholds).enumerate() {
        mask |= u32::from(x >= t) << i;
    }
    mask
}

/// Recomputes the met flags of communes (and of villages with `villages`) from the levels.
fn refresh_masks(p: &Prepared, ws: &mut Workspace, y: usize, villages: bool) {
    let n = p.commune_set.n;
    let kc = p.commune_set.kc;
    let th = &ws.thresholds[y * n..(y + 1) * n];
    let inv_bits = full_mask(n) & !full_mask(kc);
    for (c, lv) in ws.levels.chunks_exact(n).enumerate() {
        ws.mask[c] = met_mask(lv, th);
        ws.inv_mask[c] = ws.mask[c] & inv_bits;
    }
    if !villages {
        return;
    }
    let nv = p.village_set.n;
    let kv = p.village_set.kc;
    let vth = &p.village_set.base_threshold;
    let vinv_bits = full_mask(nv) & !full_mask(kv);
    for (v, lv) in ws.vlevels.chunks_exact(nv).enumerate() {
        ws.vmask[v] = met_mask(lv, vth);
        ws.vinv_mask[v] = ws.vmask[v] & vinv_bits;
    }
}

fn init_run(p: &Prepared, ws: &mut Workspace) {
    let prm = |k: ParamKey| ws.params[k as usize];
    let n = p.commune_set.n;
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
    let params = &ws.params;
    ws.progress_c.set(|d| effect_of(d, params));
    ws.progress_v.set(|d| effect_of(d, params));
    let e_liv = effect_of(Driver::Livelihood, &ws.params);
    for (k, (o, w)) in ws
        .vliv_coef
        .iter_mut()
        .zip(&p.village_set.livelihood_weight)
        .enumerate()
    {
        *o = p.village_set.trend[k] * w * e_liv;
    }
    if ws.replanned {
        ws.orders.copy_from_slice(&p.cand_orders);
        ws.replanned = false;
    }
    ws.next.fill(0);
    ws.vnext.fill(0);
    ws.need.fill(f64::NAN);
    ws.vneed.fill(f64::NAN);
    ws.levels.copy_from_slice(&p.cand_levels);
    ws.vlevels.copy_from_slice(&p.vil_levels);
    ws.pool.fill(0.0);
    ws.vpool.fill(0.0);
    let initial = prm(ParamKey::InitialCapacity);
    let posts = prm(ParamKey::CadrePosts);
    let board = prm(ParamKey::BoardSize);
    let cost_mult = prm(ParamKey::CostMultiplier);
    let premium = prm(ParamKey::RemotenessPremium);
    for (c, cand) in p.cands.iter().enumerate() {
        ws.recognised[c] = cand.recognised_year.unwrap_or(0);
        ws.stock[c] = [
            initial * posts,
            initial * board * cand.village_count,
            initial * VOCATIONAL_REFERENCE_PER_HOUSEHOLD * cand.households,
        ];
        let k = cost_mult * (1.0 + premium * cand.remoteness);
        ws.cost[c] = [k, 1.0 / k];
    }
    // The slot of villages without a candidate commune: no remoteness premium.
    ws.cost[p.cands.len()] = [cost_mult, 1.0 / cost_mult];
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

fn effect_of(d: Driver, params: &[f64]) -> f64 {
    params[match d {
        Driver::Cadres => ParamKey::EffectCadres,
        Driver::VillageLeaders => ParamKey::EffectVillageLeaders,
        Driver::Vocational => ParamKey::EffectVocational,
        Driver::Support => ParamKey::EffectSupport,
        Driver::Participation => ParamKey::EffectParticipation,
        Driver::Leadership => ParamKey::EffectLeadership,
        Driver::Livelihood => ParamKey::EffectLivelihood,
    } as usize]
}

/// Unit `u`'s row of a flat array of plans of `set`.
#[inline]
fn plan_row<'a>(orders: &'a [u8], set: &FlatSet, u: usize) -> &'a [u8] {
    let k = set.n - set.kc;
    &orders[u * k..(u + 1) * k]
}

fn commune_plan<'a>(p: &'a Prepared, orders: &'a [u8], cost: [f64; 2], c: usize) -> Plan<'a> {
    Plan {
        order: plan_row(orders, &p.commune_set, c),
        unit_cost: &p.commune_set.unit_cost,
        inv_unit_cost: &p.commune_set.inv_unit_cost,
        cost,
    }
}

fn village_plan(p: &Prepared, cost: [f64; 2], v: usize) -> Plan<'_> {
    Plan {
        order: plan_row(&p.vil_orders, &p.village_set, v),
        unit_cost: &p.village_set.unit_cost,
        inv_unit_cost: &p.village_set.inv_unit_cost,
        cost,
    }
}

/// Orders every commune's investment plan again against the thresholds of year `y`, cheapest
/// gap first (MODEL.md §2), once its levels are up to date: when the stricter set arrives, a
/// criterion met at the base date may be the cheapest to meet again, and the base date's plan
/// had put it last, behind gaps a hundred times dearer.
fn replan_communes(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    let k = n - p.commune_set.kc;
    let th = &ws.thresholds[y * n..(y + 1) * n];
    for (lv, row) in ws.levels.chunks_exact(n).zip(ws.orders.chunks_exact_mut(k)) {
        plan::order_by_gap(
            &p.commune_set.unit_cost,
            p.commune_set.kc,
            th,
            lv,
            p.order_cost_scale,
            row,
        );
    }
    ws.replanned = true;
}

/// Brings every commune's investment levels up to date (see [`Plan`]) against the thresholds
/// of year `y`.
fn materialise_commune_levels(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    let th = &ws.thresholds[y * n..(y + 1) * n];
    for (c, lv) in ws.levels.chunks_exact_mut(n).enumerate() {
        commune_plan(p, &ws.orders, ws.cost[c], c).materialise(ws.next[c], ws.need[c], lv, th);
    }
}

/// Brings every unit's investment levels up to date (see [`Plan`]) against the commune
/// thresholds of year `y`.
fn materialise_levels(p: &Prepared, ws: &mut Workspace, y: usize) {
    materialise_commune_levels(p, ws, y);
    let nvc = p.village_set.n;
    let vth = &p.village_set.base_threshold;
    for (v, lv) in ws.vlevels.chunks_exact_mut(nvc).enumerate() {
        let cost = ws.cost[ws.home[v] as usize];
        village_plan(p, cost, v).materialise(ws.vnext[v], ws.vneed[v], lv, vth);
    }
}

/// The `j`-th 16 bits of a random word (the bits of its `j`-th uniform).
#[inline]
fn bits16(word: u64, j: u32) -> u16 {
    (word >> (16 * j)) as u16
}

/// A unit's four uniforms for the year (shock, second shock, slip event, slip choice), cut
/// from its random word.
#[inline]
fn four(word: u64) -> [f64; 4] {
    super::rng::uniforms16(word)
}

/// Money, capacity and soft criteria of every commune in year `y`: the drivers in a pass of
/// their own (it keeps both loops small enough for their values to stay in registers), then
/// everything that touches the levels in one pass.
#[inline(always)]
fn step_communes(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    let prm = |k: ParamKey| ws.params[k as usize];
    let dt = p.dt[y];
    // 1 / dt is exact in whole years, so whole-year steps multiply by exactly 1.
    let per_year = 1.0 / dt;
    let keep = libm::pow((1.0 - prm(ParamKey::Attrition)).clamp(0.0, 1.0), dt);
    let inv_posts = 1.0 / prm(ParamKey::CadrePosts).max(1e-9);
    let inv_board = 1.0 / prm(ParamKey::BoardSize).max(1e-9);
    let base_eff = prm(ParamKey::BaseEfficiency);
    let (cadre_eff, support_eff, lead_eff, part_eff) = (
        prm(ParamKey::CadreEfficiency),
        prm(ParamKey::SupportEfficiency),
        prm(ParamKey::LeadershipEfficiency),
        prm(ParamKey::ParticipationEfficiency),
    );
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
    // Drivers, efficiency and shock of each commune.
    let nc = p.cands.len();
    for (c, cand) in p.cands.iter().enumerate() {
        let u = four(ws.words[c]);
        // Trained people: a stock that trainings add to and attrition wears down.
        let t = p.training_by_year[y * nc + c];
        let s = &mut ws.stock[c];
        s[0] = s[0] * keep + t.cadres * dt;
        s[1] = s[1] * keep + t.village_leaders * dt;
        s[2] = s[2] * keep + t.vocational * dt;
        let mut d = [0.0; DRIVER_LANES];
        d[Driver::Cadres.index()] = (s[0] * inv_posts).min(1.0);
        d[Driver::VillageLeaders.index()] = (s[1] * inv_board * cand.inv_village_count).min(1.0);
        d[Driver::Vocational.index()] = (s[2] * cand.inv_vocational_reference).min(1.0);
        d[Driver::Support.index()] = if cand.support { 1.0 } else { 0.0 };
        d[Driver::Participation.index()] = ws.participation[c];
        d[Driver::Leadership.index()] = cand.leadership;
        let per_thousand = ws.liv[c] * per_year * cand.inv_thousands;
        d[Driver::Livelihood.index()] = per_thousand / (per_thousand + liv_ref);
        ws.drivers[c] = d;
        let eff = base_eff
            * (1.0
                + cadre_eff * d[Driver::Cadres.index()]
                + support_eff * d[Driver::Support.index()]
                + lead_eff * d[Driver::Leadership.index()]
                + part_eff * d[Driver::Participation.index()])
            * (1.0 + EFFICIENCY_NOISE * noise * (2.0 * u[0] - 1.0)).max(0.0);
        let shock = (1.0 + COMMON_NOISE * noise * SQRT3 * (2.0 * u[1] - 1.0)).max(0.0);
        let capacity = (d[Driver::Cadres.index()]
            + d[Driver::Support.index()]
            + d[Driver::Leadership.index()]
            + d[Driver::Participation.index()])
            * 0.25;
        ws.shared[c] = Shared {
            efficiency: eff,
            scale: dt * trend_mult * shock,
            liv_per_thousand: per_thousand,
            slip: slip_p * (1.0 - protect * capacity),
        };
    }

    // Money → investment criteria (cheapest gap first, up to the thresholds in force), then
    // capacity criteria (a trend multiplied by the drivers and the commune's shock), then what
    // the commune's villages take: one pass over the levels, which at national scale do not
    // fit in the cache.
    let th = &ws.thresholds[y * n..(y + 1) * n];
    let kc = p.commune_set.kc;
    let kv = p.village_set.kc;
    for (c, (cand, lv)) in p
        .cands
        .iter()
        .zip(ws.levels.chunks_exact_mut(n))
        .enumerate()
    {
        let (d, sh) = (&ws.drivers[c], &ws.shared[c]);
        let pool = ws.pool[c] + ws.inv[c] * sh.efficiency;
        ws.pool[c] = spend(
            || commune_plan(p, &ws.orders, ws.cost[c], c),
            &mut ws.next[c],
            &mut ws.need[c],
            &mut ws.inv_mask[c],
            lv,
            th,
            pool,
        );
        if kc > 0 {
            let word = ws.words[c];
            let slip = Slip::draw(kc, sh.slip, slip_depth, four(word)[2], bits16(word, 3));
            let rates = ws.progress_c.rates(d);
            let i = slip.at;
            let xi = slip.level(lv[i] + sh.scale * rates[i]);
            let mut soft = 0u32;
            for (k, ((x, t), r)) in lv[..kc].iter_mut().zip(th).zip(&rates).enumerate() {
                *x += sh.scale * r;
                soft |= u32::from(*x >= *t) << k;
            }
            lv[i] = xi;
            ws.mask[c] = slip.mask(soft, xi, th[i]) | ws.inv_mask[c];
        } else {
            ws.mask[c] = ws.inv_mask[c];
        }
        if !cand.villages.is_empty() {
            let rates = ws.progress_v.rates(d);
            for (b, r) in ws.vbase[c * kv..(c + 1) * kv].iter_mut().zip(&rates) {
                *b = sh.scale * r;
            }
        }
    }
}

/// Random words drawn at a time for the villages.
const VILLAGE_WORDS: usize = 64;

/// Villages: their own money, their commune's capacity. Villages whose commune is not a
/// candidate (none in the default data) use the extra slot `nc` of the per-commune arrays.
/// Their random words follow the candidates' in `rng`'s stream, one per village in order.
#[inline(always)]
fn step_villages(p: &Prepared, ws: &mut Workspace, y: usize, rng: &mut RunRng) {
    let prm = |k: ParamKey| ws.params[k as usize];
    let dt = p.dt[y];
    let per_year = 1.0 / dt;
    let liv_ref = prm(ParamKey::LivelihoodReference).max(1e-9);
    let noise = prm(ParamKey::Noise);
    let vset = &p.village_set;
    let nvc = vset.n;
    let kv = vset.kc;
    let vth = &vset.base_threshold;
    let nc = p.cands.len();
    let orphan_scale = dt * prm(ParamKey::TrendMultiplier);
    ws.shared[nc] = Shared {
        efficiency: prm(ParamKey::BaseEfficiency),
        scale: orphan_scale,
        liv_per_thousand: 0.0,
        slip: if p.backsliding {
            prm(ParamKey::BackslideProbability) * dt
        } else {
            0.0
        },
    };
    let rates = ws.progress_v.rates(&[0.0; DRIVER_LANES]);
    for (b, r) in ws.vbase[nc * kv..(nc + 1) * kv].iter_mut().zip(&rates) {
        *b = orphan_scale * r;
    }
    let slip_depth = prm(ParamKey::BackslideDepth);

    // Money → investment criteria, then capacity criteria: the commune's part, the village's
    // livelihood, the village's shock. One pass: at national scale the villages' arrays do not
    // fit in the cache, and every extra pass over them (a separate one for the livelihood
    // driver, or for the capacity criteria) cost more than it saved.
    let nv = p.vils.len();
    let mut words = [0u64; VILLAGE_WORDS];
    for (v, lv) in ws.vlevels.chunks_exact_mut(nvc).enumerate() {
        if v % VILLAGE_WORDS == 0 {
            rng.fill_words(&mut words[..(nv - v).min(VILLAGE_WORDS)]);
        }
        let word = words[v % VILLAGE_WORDS];
        let home = ws.home[v] as usize;
        let sh = &ws.shared[home];
        // The village's money: its share of its commune's Program 135 investment, then each
        // village source by its weight (in the order, and so with the sums, of MODEL.md §2).
        let (mut inv, mut liv, mut money) = (0.0, 0.0, 0.0);
        inv += ws.village_share_p135[home];
        let w = ws.vweight[v];
        for src in &ws.village_sources {
            let m = src.rate * w;
            inv += m * src.investment_share;
            liv += m * (1.0 - src.investment_share);
            money += m;
        }
        if ws.record_vmoney {
            ws.vmoney[v] = money;
        }
        let pool = ws.vpool[v] + inv * sh.efficiency;
        ws.vpool[v] = spend(
            || village_plan(p, ws.cost[home], v),
            &mut ws.vnext[v],
            &mut ws.vneed[v],
            &mut ws.vinv_mask[v],
            lv,
            vth,
            pool,
        );
        if kv == 0 {
            ws.vmask[v] = ws.vinv_mask[v];
            continue;
        }
        let vb = &ws.vbase[home * kv..(home + 1) * kv];
        let u = four(word);
        let own = (1.0 + COMMON_NOISE * noise * SQRT3 * (2.0 * u[0] - 1.0)).max(0.0);
        // The livelihood driver: the commune's livelihood money and the village's own, per
        // thousand households and year.
        let per_thousand = sh.liv_per_thousand + liv * per_year * p.vils[v].inv_thousands;
        let q = sh.scale * (per_thousand / (per_thousand + liv_ref));
        let slip = Slip::draw(kv, sh.slip, slip_depth, u[1], bits16(word, 2));
        let i = slip.at;
        let xi = slip.level(lv[i] + own * (vb[i] + q * ws.vliv_coef[i]));
        let mut soft = 0u32;
        let coeffs = vb.iter().zip(&ws.vliv_coef).zip(vth);
        for (k, (x, ((b, l), t))) in lv[..kv].iter_mut().zip(coeffs).enumerate() {
            *x += own * (b + q * l);
            soft |= u32::from(*x >= *t) << k;
        }
        lv[i] = xi;
        ws.vmask[v] = slip.mask(soft, xi, vth[i]) | ws.vinv_mask[v];
    }
}
