//! Allocation: how each year's money of every source is split over communes and villages
//! (MODEL.md §2). Part of the hot loop, so a commune's payout is computed from a small table
//! per commune class rather than source by source.

use super::{VillageSource, Workspace};
use crate::params::ParamKey;
use crate::scenario::{AllocationRule, Eligibility, Source};
use crate::sim::prepare::{Prepared, N_SOURCES};

/// Weight under the nearest-first rule of a unit that meets every criterion, or every
/// investment criterion (investment money has nothing left to buy there): the weight of one
/// four criteria away.
const NEAREST_DONE_WEIGHT: f64 = 1.0 / 16.0;
/// Weight under the nearest-first rule of a commune that holds NTM recognition: after every
/// commune that money can still bring over the line (the farthest, 19 criteria away, weighs
/// 1/361). At 1/16, the weight of a unit with nothing left to buy, the 20 recognised
/// communes got 14.7 billion VND each in 2022 against 10.0 for the average unrecognised one.
const NEAREST_RECOGNISED_WEIGHT: f64 = 1.0 / 400.0;
/// Extra weight of border or scope communes under the poorest-and-border-first rule.
const BORDER_BONUS: f64 = 1.5;
/// Commune classes: bit 0 extremely difficult, bit 1 recognised. A commune's share of a
/// source depends on its weight and its class only.
const N_CLASSES: usize = 4;

/// What an allocation rule that looks at the state reads of a unit: its gap (sum of
/// shortfalls), its unmet criteria, whether investment money can still buy anything there
/// (an investment criterion is unmet), and whether it holds NTM recognition (communes only).
#[derive(Clone, Copy, Default)]
struct Standing {
    gap: f64,
    unmet: u32,
    buys: bool,
    recognised: bool,
}

/// A unit's [`Standing`] from its levels and thresholds, engine order (capacity criteria
/// first, `kc` of them), without branches.
#[inline]
fn standing(levels: &[f64], thresholds: &[f64], kc: usize) -> Standing {
    let mut gap = 0.0;
    let mut unmet = 0;
    let mut investment_unmet = 0;
    for (i, (x, t)) in levels.iter().zip(thresholds).enumerate() {
        gap += (t - x).max(0.0);
        unmet += u32::from(x < t);
        investment_unmet += u32::from(i >= kc && x < t);
    }
    Standing {
        gap,
        unmet,
        buys: investment_unmet > 0,
        recognised: false,
    }
}

fn rule_weight(rule: AllocationRule, s: Standing, poverty: f64, border: bool) -> f64 {
    match rule {
        AllocationRule::EqualPerUnit | AllocationRule::CustomWeights => 1.0,
        AllocationRule::NeedsBased => s.gap + 0.01,
        AllocationRule::NearestFirst => {
            // Về đích concentrates money where it finishes units' infrastructure: a unit whose
            // investment criteria are all met has nothing left for investment money to buy (its
            // capacity criteria move with training, support, leadership, participation and, less
            // per đồng, livelihood money), so it weighs what a finished one does, however few
            // criteria it lacks. Counted as nearest, it took most of the money and left most of
            // it unspent, and the rule recognised fewer communes than an equal split (43 against
            // 49 by 2025 in the default). A commune that holds recognition is over the line
            // already (recognition is kept when the stricter set arrives): counted as nearest
            // once that set un-met a criterion or two, it took 42 % of the money from 2022 and
            // the rule recognised no more communes than an equal split until 2024. It comes
            // last instead; the cost is that fewer recognised communes meet the stricter set.
            if s.recognised {
                NEAREST_RECOGNISED_WEIGHT
            } else if s.unmet == 0 || !s.buys {
                NEAREST_DONE_WEIGHT
            } else {
                1.0 / f64::from(s.unmet * s.unmet)
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
pub(super) fn unit_weights(p: &Prepared, ws: &mut Workspace, th: &[f64]) {
    let n = p.commune_set.n;
    let nvc = p.village_set.n;
    for (c, cand) in p.cands.iter().enumerate() {
        let st = if p.rule_uses_state {
            Standing {
                recognised: ws.recognised[c] != 0,
                ..standing(&ws.levels[c * n..(c + 1) * n], th, p.commune_set.kc)
            }
        } else {
            Standing::default()
        };
        ws.weight[c] = if cand.excluded {
            0.0
        } else {
            cand.weight * rule_weight(p.rule, st, cand.poverty, cand.border || cand.scope)
        };
    }
    let vth = &p.village_set.base_threshold;
    for (v, vil) in p.vils.iter().enumerate() {
        let st = if p.rule_uses_state {
            standing(&ws.vlevels[v * nvc..(v + 1) * nvc], vth, p.village_set.kc)
        } else {
            Standing::default()
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
            mult * rule_weight(p.rule, st, poverty, border)
        };
    }
    ws.vtotal = ws.vweight.iter().sum();
}

/// `[class][0: Σ weight, 1: Σ weight × participation]` over the communes, each class's sums in
/// commune order. Every commune adds to every class's sums, zero to the classes it is not in:
/// the eight sums live in registers instead of being loaded and stored through a class index,
/// and `x + 0.0 == x` for every sum that can arise (they start at +0.0, so never reach −0.0),
/// so the sums are the same bits as adding to the commune's own class only.
#[inline(always)]
fn class_weights(weight: &[f64], class: &[u8], participation: &[f64]) -> [[f64; 2]; N_CLASSES] {
    let mut sums = [[0.0; 2]; N_CLASSES];
    for ((&w, &cl), &part) in weight.iter().zip(class).zip(participation) {
        let wp = w * part;
        for (k, s) in sums.iter_mut().enumerate() {
            let here = usize::from(cl) == k;
            s[0] += if here { w } else { 0.0 };
            s[1] += if here { wp } else { 0.0 };
        }
    }
    sums
}

/// What one unit of weight receives in a commune class, split by use; index 0 is money that
/// does not depend on participation, index 1 money that is scaled by it.
#[derive(Clone, Copy, Default)]
struct Payout {
    money: [f64; 2],
    inv: [f64; 2],
    liv: [f64; 2],
    /// Program 135 investment passed on to the commune's villages.
    villages: [f64; 2],
}

impl Payout {
    /// `w · (plain + participation · scaled)` of each use.
    #[inline]
    fn of(&self, w: f64, part: f64) -> [f64; 4] {
        let f = |x: [f64; 2]| w * (x[0] + part * x[1]);
        [f(self.money), f(self.inv), f(self.liv), f(self.villages)]
    }
}

/// Splits every source's money of year `y` over communes and villages.
#[inline(always)]
pub(super) fn allocate(p: &Prepared, ws: &mut Workspace, y: usize) {
    let n = p.commune_set.n;
    if p.rule_uses_state {
        super::materialise_levels(p, ws, y);
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
    let nc = p.cands.len();
    for (part, &camp) in ws
        .participation
        .iter_mut()
        .zip(&p.campaigns_by_year[y * nc..(y + 1) * nc])
    {
        *part = (base_part + campaign_effect * camp / (camp + campaign_ref)).min(1.0);
    }
    ws.inv.fill(0.0);
    ws.liv.fill(0.0);
    ws.money.fill(0.0);
    ws.village_share_p135.fill(0.0);
    ws.village_sources.clear();
    ws.spent = [0.0; N_SOURCES];
    ws.p135_to_villages = 0.0;
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

    // Commune sources: each source's factor per class, the weight of each class (plain and
    // times participation), then one rate per source.
    let mut factor = [[0.0; N_CLASSES]; N_SOURCES];
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
    for (c, cand) in p.cands.iter().enumerate() {
        ws.class[c] = u8::from(cand.extremely_difficult) | (u8::from(ws.recognised[c] != 0) << 1);
    }
    let class_weight = class_weights(&ws.weight, &ws.class, &ws.participation);
    let p135 = Source::Program135.index();
    // [class][has villages]
    let mut payout = [[Payout::default(); 2]; N_CLASSES];
    for (s, spec) in p.sources.iter().enumerate() {
        if spec.eligibility == Eligibility::ScopeVillages {
            continue;
        }
        let total: f64 = (0..N_CLASSES)
            .map(|k| factor[s][k] * class_weight[k][0])
            .sum();
        if total <= 0.0 {
            continue;
        }
        let rate = amounts[s] / total;
        let scaled = usize::from(spec.participation_scaled);
        for (k, row) in payout.iter_mut().enumerate() {
            let unit = rate * factor[s][k];
            ws.spent[s] += unit * class_weight[k][scaled];
            let i = unit * spec.investment_share;
            for (has_villages, po) in row.iter_mut().enumerate() {
                po.money[scaled] += unit;
                po.liv[scaled] += unit - i;
                if s == p135 && has_villages == 1 {
                    // Part of Program 135's investment goes to the commune's villages.
                    po.villages[scaled] += i * village_share;
                    po.inv[scaled] += i * (1.0 - village_share);
                } else {
                    po.inv[scaled] += i;
                }
            }
        }
    }
    for (c, cand) in p.cands.iter().enumerate() {
        let w = ws.weight[c];
        if w <= 0.0 {
            continue;
        }
        let has_villages = usize::from(!cand.villages.is_empty());
        let po = &payout[usize::from(ws.class[c])][has_villages];
        let [money, inv, liv, to_villages] = po.of(w, ws.participation[c]);
        ws.inv[c] += inv;
        ws.liv[c] += liv;
        ws.money[c] += money;
        if to_villages > 0.0 {
            ws.village_share_p135[c] = to_villages * cand.inv_villages;
            ws.p135_to_villages += to_villages;
        }
    }

    // Village sources (Decision 1385).
    let vtotal = ws.vtotal;
    for s in 0..N_SOURCES {
        let spec = &p.sources[s];
        if spec.eligibility != Eligibility::ScopeVillages || vtotal <= 0.0 || amounts[s] <= 0.0 {
            continue;
        }
        // Each village's part (this rate times its weight) is paid out where the villages are
        // stepped: three arrays fewer to fill and add into every year.
        ws.village_sources.push(VillageSource {
            rate: amounts[s] / vtotal,
            investment_share: spec.investment_share,
        });
        ws.spent[s] += amounts[s];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_first_weighs_a_unit_by_what_money_can_still_finish() {
        let rule = AllocationRule::NearestFirst;
        // Two capacity criteria (engine positions 0, 1), two investment ones (2, 3).
        let th = [1.0; 4];
        let weight = |levels: [f64; 4]| rule_weight(rule, standing(&levels, &th, 2), 0.3, false);
        // One criterion left, an investment one: the most money.
        assert_eq!(weight([1.0, 1.0, 1.0, 0.5]), 1.0);
        // Two left, one of them investment: a quarter.
        assert_eq!(weight([0.5, 1.0, 1.0, 0.5]), 0.25);
        // One left, but a capacity one: investment money cannot finish it, so it weighs what a
        // finished unit does, not the most.
        assert_eq!(weight([0.5, 1.0, 1.0, 1.0]), NEAREST_DONE_WEIGHT);
        assert_eq!(weight([1.0; 4]), NEAREST_DONE_WEIGHT);
        // One investment criterion left, but the commune holds recognition (the stricter set
        // un-met it): it is over the line already, so it comes last.
        let held = Standing {
            recognised: true,
            ..standing(&[1.0, 1.0, 1.0, 0.5], &th, 2)
        };
        assert_eq!(
            rule_weight(rule, held, 0.3, false),
            NEAREST_RECOGNISED_WEIGHT
        );
        // After every commune money can still bring over the line, the farthest included.
        let farthest = rule_weight(rule, standing(&[0.5, 0.5, 0.5, 0.5], &th, 2), 0.3, false);
        assert!(NEAREST_RECOGNISED_WEIGHT < 1.0 / 361.0 && farthest > NEAREST_RECOGNISED_WEIGHT);
        // The other rules read the same standing as before.
        let s = standing(&[0.5, 1.0, 0.75, 1.0], &th, 2);
        assert_eq!((s.gap, s.unmet, s.buys), (0.75, 2, true));
        assert_eq!(rule_weight(AllocationRule::NeedsBased, s, 0.3, false), 0.76);
        assert_eq!(
            rule_weight(AllocationRule::EqualPerUnit, s, 0.3, false),
            1.0
        );
    }
}
