//! One Monte Carlo run: yearly steps of allocation, investment, capacity and recognition.
//!
//! The equations are written out in `MODEL.md`; the names here follow it. This is the hot
//! loop (about 1,000 runs per lever change), so it allocates nothing, works on flat arrays,
//! computes per-commune quantities once and shares them with the commune's villages, keeps
//! each unit's met flags as a bit set updated where levels change, and draws exactly one
//! 64-bit word (four 16-bit uniforms) per unit and year, in a fixed pattern (common random
//! numbers).

use super::prepare::{FlatSet, Prepared, N_DRIVERS, N_SOURCES};
use super::record::Recorder;
use super::rng::{triangular, RunRng};
use crate::criteria::Driver;
use crate::params::ParamKey;
use crate::scenario::{AllocationRule, Eligibility, Source};

/// Workers per household that vocational training aims to reach (reference of the vocational
/// driver): about 1.5 workers per household, a fifth of them trained.
const VOCATIONAL_REFERENCE_PER_HOUSEHOLD: f64 = 0.3;
/// Weight of a commune that already meets every criterion under the nearest-first rule (the
/// weight of a commune four criteria away).
const NEAREST_DONE_WEIGHT: f64 = 1.0 / 16.0;
/// Extra weight of border or scope communes under the poorest-and-border-first rule.
const BORDER_BONUS: f64 = 1.5;
/// Efficiency shock amplitude per unit of the `noise` assumption.
const EFFICIENCY_NOISE: f64 = 0.4;
/// Commune-year (and village-year) shock on soft progress per unit of the `noise` assumption.
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
    /// Livelihood driver of each village this year.
    vdliv: Vec<f64>,
    participation: Vec<f64>,
    /// Per candidate, shared with its villages.
    shared: Vec<Shared>,
    /// `[cand * kv + k]`: 1 + the non-livelihood driver effects of village criterion `k`.
    vbase: Vec<f64>,
    /// Per-run effect of each driver on each capacity criterion (weight × effect size); the
    /// village matrix leaves livelihood out (`liv_effect_v`), as villages have their own.
    effect_c: Vec<[f64; N_DRIVERS]>,
    effect_v: Vec<[f64; N_DRIVERS]>,
    liv_effect_v: Vec<f64>,
    /// Position in the investment plan before which every criterion is met.
    next: Vec<u8>,
    vnext: Vec<u8>,
    /// Met flags (bit = engine position): of all criteria, and of investment criteria only
    /// (kept up to date by `fill`).
    pub mask: Vec<u32>,
    pub vmask: Vec<u32>,
    inv_mask: Vec<u32>,
    vinv_mask: Vec<u32>,
    spent: [f64; N_SOURCES],
    /// This year's random words: one per candidate, then one per village.
    words: Vec<u64>,
}

/// What a commune's villages take from it each year.
#[derive(Clone, Copy, Default)]
struct Shared {
    efficiency: f64,
    cost_factor: f64,
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
            vdliv: vec![0.0; nv],
            participation: vec![0.0; nc],
            shared: vec![Shared::default(); nc],
            vbase: vec![0.0; nc * kv],
            effect_c: vec![[0.0; N_DRIVERS]; p.commune_set.kc],
            effect_v: vec![[0.0; N_DRIVERS]; kv],
            liv_effect_v: vec![0.0; kv],
            next: vec![0; nc],
            vnext: vec![0; nv],
            mask: vec![0; nc],
            vmask: vec![0; nv],
            inv_mask: vec![0; nc],
            vinv_mask: vec![0; nv],
            spent: [0.0; N_SOURCES],
            words: vec![0; nc + nv],
        };
        if !p.rule_uses_state {
            unit_weights(p, &mut ws, &[]);
        }
        ws
    }

    fn view(&self) -> StateView<'_> {
        StateView {
            mask: &self.mask,
            vmask: &self.vmask,
            recognised: &self.recognised,
            spent: &self.spent,
            money: &self.money,
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
    pub money: &'a [f64],
    pub vmoney: &'a [f64],
}

/// Runs Monte Carlo run `run` and hands each year's state to `rec`.
pub(crate) fn run_one(p: &Prepared, run: u32, ws: &mut Workspace, rec: &mut Recorder) {
    let mut rng = RunRng::new(p.seed, run);
    draw_params(p, &mut rng, &mut ws.params);
    init_run(p, ws);
    refresh_masks(p, ws, 0);
    rec.start_run(p, ws.view());
    let full = full_mask(p.commune_set.n);
    for y in 0..p.years.len() {
        if y > 0 && p.stricter[y] != p.stricter[y - 1] {
            // Thresholds rose: met investment criteria may be unmet again.
            ws.next.fill(0);
            refresh_masks(p, ws, y);
        }
        allocate(p, ws, y);
        rng.fill_words(&mut ws.words);
        step_communes(p, ws, y);
        step_villages(p, ws, y);
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

/// Recomputes every met flag from the levels (run start and the set switch).
fn refresh_masks(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    let kc = p.commune_set.kc;
    let th = &ws.thresholds[y * n..(y + 1) * n];
    let inv_bits = full_mask(n) & !full_mask(kc);
    for (c, lv) in ws.levels.chunks_exact(n).enumerate() {
        ws.mask[c] = met_mask(lv, th);
        ws.inv_mask[c] = ws.mask[c] & inv_bits;
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
    effect_matrix(&p.commune_set, &ws.params, &mut ws.effect_c, true);
    effect_matrix(&p.village_set, &ws.params, &mut ws.effect_v, false);
    let e_liv = effect_of(Driver::Livelihood, &ws.params);
    for (o, w) in ws
        .liv_effect_v
        .iter_mut()
        .zip(&p.village_set.livelihood_weight)
    {
        *o = w * e_liv;
    }
    ws.next.fill(0);
    ws.vnext.fill(0);
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

fn effect_matrix(
    set: &FlatSet,
    params: &[f64],
    out: &mut [[f64; N_DRIVERS]],
    with_livelihood: bool,
) {
    for (k, row) in out.iter_mut().enumerate() {
        *row = [0.0; N_DRIVERS];
        for (d, w) in &set.terms[set.term_start[k]..set.term_start[k + 1]] {
            row[d.index()] += w * effect_of(*d, params);
        }
        if with_livelihood {
            row[Driver::Livelihood.index()] =
                set.livelihood_weight[k] * effect_of(Driver::Livelihood, params);
        }
    }
}

/// Gap (sum of shortfalls) and number of unmet criteria, without branches.
#[inline]
fn gap_and_unmet(levels: &[f64], thresholds: &[f64]) -> (f64, u32) {
    let mut gap = 0.0;
    let mut unmet = 0;
    for (x, t) in levels.iter().zip(thresholds) {
        gap += (t - x).max(0.0);
        unmet += u32::from(x < t);
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

/// Allocation weight of every commune and village against the thresholds `th` in force.
/// A rule that does not look at the state gives the same weights in every year of every run,
/// so those are computed once, in [`Workspace::new`].
fn unit_weights(p: &Prepared, ws: &mut Workspace, th: &[f64]) {
    let n = p.commune_set.n;
    let nvc = p.village_set.n;
    for (c, cand) in p.cands.iter().enumerate() {
        let (gap, unmet) = if p.rule_uses_state {
            gap_and_unmet(&ws.levels[c * n..(c + 1) * n], th)
        } else {
            (0.0, 0)
        };
        ws.weight[c] = if cand.excluded {
            0.0
        } else {
            cand.weight * rule_weight(p.rule, gap, unmet, cand.poverty, cand.border || cand.scope)
        };
    }
    let vth = &p.village_set.base_threshold;
    for (v, vil) in p.vils.iter().enumerate() {
        let (gap, unmet) = if p.rule_uses_state {
            gap_and_unmet(&ws.vlevels[v * nvc..(v + 1) * nvc], vth)
        } else {
            (0.0, 0)
        };
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
}

/// Splits every source's money of year `y` over communes and villages.
fn allocate(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    if p.rule_uses_state {
        let th = std::mem::take(&mut ws.thresholds);
        unit_weights(p, ws, &th[y * n..(y + 1) * n]);
        ws.thresholds = th;
    }
    let prm = |k: ParamKey| ws.params[k as usize];
    let recognised_weight = prm(ParamKey::RecognisedWeight);
    let village_share = prm(ParamKey::VillageShareP135);
    let base_part = prm(ParamKey::BaseParticipation);
    let campaign_effect = prm(ParamKey::CampaignEffect);
    let campaign_ref = prm(ParamKey::CampaignReference).max(1e-9);
    for (part, cand) in ws.participation.iter_mut().zip(&p.cands) {
        let camp = cand.campaigns[y];
        *part = (base_part + campaign_effect * camp / (camp + campaign_ref)).min(1.0);
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
    let central = budget[Source::CentralNtm.index()];
    let provincial = budget[Source::Provincial.index()];
    let pooled = central + provincial;
    let central_share = if pooled > 0.0 { central / pooled } else { 0.5 };
    let fixed_total = p.fixed_total[y];
    let fixed_scale = if fixed_total > pooled && fixed_total > 0.0 {
        pooled / fixed_total
    } else {
        1.0
    };
    let fixed_used = fixed_total * fixed_scale;
    if fixed_used > 0.0 {
        let inv_share = central_share * p.sources[Source::CentralNtm.index()].investment_share
            + (1.0 - central_share) * p.sources[Source::Provincial.index()].investment_share;
        for (c, cand) in p.cands.iter().enumerate() {
            if cand.excluded || cand.fixed_amount <= 0.0 {
                continue;
            }
            let m = cand.fixed_amount * dt * fixed_scale;
            ws.inv[c] += m * inv_share;
            ws.liv[c] += m * (1.0 - inv_share);
            ws.money[c] += m;
        }
        ws.spent[Source::CentralNtm.index()] += fixed_used * central_share;
        ws.spent[Source::Provincial.index()] += fixed_used * (1.0 - central_share);
    }

    // Commune sources. A commune's weight for a source depends only on its class (extremely
    // difficult or not, recognised or not), so the factors are a small table; one pass sums
    // the weights of every source, one pays out.
    let mut factor = [[0.0; 4]; N_SOURCES];
    let mut amounts = [0.0; N_SOURCES];
    for (s, spec) in p.sources.iter().enumerate() {
        let mut a = budget[s];
        if (s == Source::CentralNtm.index() || s == Source::Provincial.index()) && pooled > 0.0 {
            a -= fixed_used * budget[s] / pooled;
        }
        amounts[s] = a.max(0.0);
        for (class, f) in factor[s].iter_mut().enumerate() {
            let (ed, recognised) = (class & 1 == 1, class & 2 == 2);
            *f = match spec.eligibility {
                Eligibility::ScopeVillages => 0.0,
                Eligibility::ExtremelyDifficult if !ed => 0.0,
                _ if recognised && spec.cliff && p.cliff => 0.0,
                _ if recognised && spec.tapers_after_recognition => recognised_weight,
                _ => 1.0,
            };
        }
    }
    let class_of = |c: usize| {
        usize::from(p.cands[c].extremely_difficult) | (usize::from(ws.recognised[c] != 0) << 1)
    };
    let mut totals = [0.0; N_SOURCES];
    for c in 0..p.cands.len() {
        let (w, class) = (ws.weight[c], class_of(c));
        for (t, f) in totals.iter_mut().zip(&factor) {
            *t += w * f[class];
        }
    }
    let mut rate = [0.0; N_SOURCES];
    for s in 0..N_SOURCES {
        rate[s] = if totals[s] > 0.0 {
            amounts[s] / totals[s]
        } else {
            0.0
        };
    }
    let p135 = Source::Program135.index();
    for (c, cand) in p.cands.iter().enumerate() {
        let (w, class) = (ws.weight[c], class_of(c));
        if w <= 0.0 {
            continue;
        }
        let mut inv = 0.0;
        let mut liv = 0.0;
        let mut money = 0.0;
        let mut to_villages = 0.0;
        for (s, spec) in p.sources.iter().enumerate() {
            let mut m = rate[s] * w * factor[s][class];
            if spec.participation_scaled {
                m *= ws.participation[c];
            }
            ws.spent[s] += m;
            money += m;
            let i = m * spec.investment_share;
            liv += m - i;
            if s == p135 && !cand.villages.is_empty() {
                // Part of Program 135's investment goes to the commune's villages.
                to_villages += i * village_share;
                inv += i * (1.0 - village_share);
            } else {
                inv += i;
            }
        }
        ws.inv[c] += inv;
        ws.liv[c] += liv;
        ws.money[c] += money;
        if to_villages > 0.0 {
            let each = to_villages / cand.villages.len() as f64;
            for &vi in &cand.villages {
                ws.vinv[vi] += each;
            }
        }
    }

    // Village sources (Decision 1385).
    let vtotal: f64 = ws.vweight.iter().sum();
    for s in 0..N_SOURCES {
        let spec = &p.sources[s];
        if spec.eligibility != Eligibility::ScopeVillages || vtotal <= 0.0 || amounts[s] <= 0.0 {
            continue;
        }
        let k = amounts[s] / vtotal;
        for v in 0..p.vils.len() {
            let m = k * ws.vweight[v];
            ws.vinv[v] += m * spec.investment_share;
            ws.vliv[v] += m * (1.0 - spec.investment_share);
            ws.vmoney[v] += m;
        }
        ws.spent[s] += amounts[s];
    }
}

/// `x / dt`, skipping the division in whole years (dividing by 1.0 is exact, so the bits are
/// the same).
#[inline]
fn per_year(x: f64, dt: f64) -> f64 {
    if dt == 1.0 {
        x
    } else {
        x / dt
    }
}

/// A unit's four uniforms for the year (shock, second shock, slip event, slip choice), cut
/// from its random word.
#[inline]
fn four(word: u64) -> [f64; 4] {
    super::rng::uniforms16(word)
}

/// Money, capacity and soft criteria of every commune in year `y`.
fn step_communes(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    let prm = |k: ParamKey| ws.params[k as usize];
    let dt = p.dt[y];
    let keep = libm::pow((1.0 - prm(ParamKey::Attrition)).clamp(0.0, 1.0), dt);
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
    let th = &ws.thresholds[y * n..(y + 1) * n];
    let cset = &p.commune_set;
    let kc = cset.kc;
    let kv = p.village_set.kc;
    for (c, cand) in p.cands.iter().enumerate() {
        let u = four(ws.words[c]);
        // Trained people: a stock that trainings add to and attrition wears down.
        let t = cand.training[y];
        let s = &mut ws.stock[c];
        s[0] = s[0] * keep + t.cadres * dt;
        s[1] = s[1] * keep + t.village_leaders * dt;
        s[2] = s[2] * keep + t.vocational * dt;
        let mut d = [0.0; N_DRIVERS];
        d[Driver::Cadres.index()] = (s[0] / posts).min(1.0);
        d[Driver::VillageLeaders.index()] = (s[1] / (board * cand.village_count)).min(1.0);
        d[Driver::Vocational.index()] =
            (s[2] / (VOCATIONAL_REFERENCE_PER_HOUSEHOLD * cand.households)).min(1.0);
        d[Driver::Support.index()] = if cand.support { 1.0 } else { 0.0 };
        d[Driver::Participation.index()] = ws.participation[c];
        d[Driver::Leadership.index()] = cand.leadership;
        let per_thousand = per_year(ws.liv[c], dt) / cand.thousands;
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
        let lv = &mut ws.levels[c * n..(c + 1) * n];
        ws.pool[c] = fill(
            &cand.invest_order,
            &mut ws.next[c],
            &mut ws.inv_mask[c],
            lv,
            th,
            &cset.unit_cost,
            k,
            ws.pool[c] + ws.inv[c] * eff,
        );

        // Capacity criteria: a trend multiplied by the drivers and the commune's shock.
        let shock = (1.0 + COMMON_NOISE * noise * SQRT3 * (2.0 * u[1] - 1.0)).max(0.0);
        let scale = dt * trend_mult * shock;
        let capacity = (d[Driver::Cadres.index()]
            + d[Driver::Support.index()]
            + d[Driver::Leadership.index()]
            + d[Driver::Participation.index()])
            * 0.25;
        let slip = slip_p * (1.0 - protect * capacity);
        let mut soft = 0u32;
        for (i, ((x, e), (tr, t))) in lv[..kc]
            .iter_mut()
            .zip(&ws.effect_c)
            .zip(cset.trend.iter().zip(th))
            .enumerate()
        {
            *x += scale * tr * (1.0 + dot(e, &d));
            soft |= u32::from(*x >= *t) << i;
        }
        soft = apply_slip(&mut lv[..kc], &th[..kc], soft, slip, slip_depth, u[2], u[3]);
        ws.mask[c] = soft | ws.inv_mask[c];
        ws.shared[c] = Shared {
            efficiency: eff,
            cost_factor: k,
            scale,
            liv_per_thousand: per_thousand,
            slip,
        };
        // Village criteria share the commune's drivers (all but livelihood).
        if !cand.villages.is_empty() {
            let vb = &mut ws.vbase[c * kv..(c + 1) * kv];
            for (b, e) in vb.iter_mut().zip(&ws.effect_v) {
                *b = 1.0 + dot(e, &d);
            }
        }
    }
}

/// A slip: with probability `slip` per criterion (at most one per unit and year, which keeps
/// one draw for the event and one for the choice), one capacity criterion falls by `depth`.
#[inline]
fn apply_slip(
    levels: &mut [f64],
    thresholds: &[f64],
    mut mask: u32,
    slip: f64,
    depth: f64,
    u_event: f64,
    u_which: f64,
) -> u32 {
    let k = levels.len();
    if k > 0 && u_event < slip * k as f64 {
        let i = ((u_which * k as f64) as usize).min(k - 1);
        levels[i] = (levels[i] - depth).max(0.0);
        if levels[i] < thresholds[i] {
            mask &= !(1 << i);
        }
    }
    mask
}

/// Villages: their own money, their commune's capacity.
fn step_villages(p: &Prepared, ws: &mut Workspace, y: usize) {
    let prm = |k: ParamKey| ws.params[k as usize];
    let dt = p.dt[y];
    let liv_ref = prm(ParamKey::LivelihoodReference).max(1e-9);
    let noise = prm(ParamKey::Noise);
    let vset = &p.village_set;
    let nvc = vset.n;
    let kv = vset.kc;
    let vth = &vset.base_threshold;
    // Villages of communes that are not candidates (none in the default data).
    let orphan = Shared {
        efficiency: prm(ParamKey::BaseEfficiency),
        cost_factor: prm(ParamKey::CostMultiplier),
        scale: dt * prm(ParamKey::TrendMultiplier),
        liv_per_thousand: 0.0,
        slip: if p.backsliding {
            prm(ParamKey::BackslideProbability) * dt
        } else {
            0.0
        },
    };
    let orphan_base = vec![1.0; kv];
    let slip_depth = prm(ParamKey::BackslideDepth);
    let nc = p.cands.len();
    // The livelihood driver first, in a pass of its own: its three dependent divisions per
    // village overlap across villages here, where in the main loop they stalled it.
    for ((o, vil), vliv) in ws.vdliv.iter_mut().zip(&p.vils).zip(&ws.vliv) {
        let commune = vil.cand.map_or(0.0, |c| ws.shared[c].liv_per_thousand);
        let per_thousand = commune + per_year(*vliv, dt) / vil.thousands;
        *o = per_thousand / (per_thousand + liv_ref);
    }
    for (v, vil) in p.vils.iter().enumerate() {
        let u = four(ws.words[nc + v]);
        let (sh, vb) = match vil.cand {
            Some(c) => (ws.shared[c], &ws.vbase[c * kv..(c + 1) * kv]),
            None => (orphan, orphan_base.as_slice()),
        };
        let dliv = ws.vdliv[v];
        let lv = &mut ws.vlevels[v * nvc..(v + 1) * nvc];
        ws.vpool[v] = fill(
            &vil.invest_order,
            &mut ws.vnext[v],
            &mut ws.vinv_mask[v],
            lv,
            vth,
            &vset.unit_cost,
            sh.cost_factor,
            ws.vpool[v] + ws.vinv[v] * sh.efficiency,
        );
        // The village's own shock, on top of its commune's.
        let own = (1.0 + COMMON_NOISE * noise * SQRT3 * (2.0 * u[0] - 1.0)).max(0.0);
        let scale = sh.scale * own;
        let mut soft = 0u32;
        let coeffs = vb
            .iter()
            .zip(&ws.liv_effect_v)
            .zip(vset.trend.iter().zip(vth));
        for (i, (x, ((b, le), (tr, t)))) in lv[..kv].iter_mut().zip(coeffs).enumerate() {
            *x += scale * tr * (b + le * dliv);
            soft |= u32::from(*x >= *t) << i;
        }
        soft = apply_slip(
            &mut lv[..kv],
            &vth[..kv],
            soft,
            sh.slip,
            slip_depth,
            u[1],
            u[2],
        );
        ws.vmask[v] = soft | ws.vinv_mask[v];
    }
}

/// Spends an effective-money pool on investment criteria in plan order, raising each to its
/// threshold before the next; returns what is left, and sets the met flag of each criterion it
/// completes. `next` is where the unmet part of the plan starts (investment levels never fall
/// and thresholds only rise at the set switch, where the caller resets it), so met criteria
/// are not scanned again every year.
#[allow(clippy::too_many_arguments)]
#[inline]
fn fill(
    order: &[u8],
    next: &mut u8,
    mask: &mut u32,
    levels: &mut [f64],
    thresholds: &[f64],
    unit_cost: &[f64],
    cost_factor: f64,
    mut pool: f64,
) -> f64 {
    let mut pos = usize::from(*next);
    while pos < order.len() {
        let i = usize::from(order[pos]);
        let deficit = thresholds[i] - levels[i];
        if deficit > 0.0 {
            if pool <= 0.0 {
                break;
            }
            let per_point = unit_cost[i] * cost_factor;
            let need = deficit * per_point;
            if pool >= need {
                levels[i] = thresholds[i];
                *mask |= 1 << i;
                pool -= need;
            } else {
                levels[i] += pool / per_point;
                pool = 0.0;
                break;
            }
        }
        pos += 1;
    }
    *next = pos as u8;
    pool
}

#[inline]
fn dot(a: &[f64; N_DRIVERS], b: &[f64; N_DRIVERS]) -> f64 {
    let mut s = 0.0;
    for i in 0..N_DRIVERS {
        s += a[i] * b[i];
    }
    s
}
