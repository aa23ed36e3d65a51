//! Collects what each run produced and turns it into [`Results`]: per-run headline values (for
//! percentiles), per-unit counters (for probabilities) and sums (for means).
//!
//! Per run and year it records only what cannot be derived later. Per-criterion counts per
//! unit and year use bit-sliced counters: one `u32` plane per bit of the count, each bit lane a
//! criterion and one more lane for "every criterion met" (the standard), so adding a run's
//! met-mask costs a few word operations and the standard's count costs nothing more; mean
//! criteria met, per district criteria and money are derived from the per-unit figures when
//! the results are built.

use super::counters::BitCounters;
use super::prepare::{Prepared, N_SOURCES};
use super::run::StateView;
use crate::results::{Band, DistrictResult, Metric, Results, Spending, UnitResult};
use crate::scenario::Source;

/// Headline values of one state.
#[derive(Clone, Copy, Default)]
struct Headline {
    v: [f64; Metric::ALL.len()],
}

/// Per-district counts of one state.
#[derive(Clone, Copy, Default)]
struct DistrictTally {
    ntm: u32,
    recognised: u32,
    villages: u32,
}

/// One value per run for each of a number of series, in one allocation sized for every run
/// wanted (a vector per series was hundreds of allocations, each grown run after run).
struct RunValues {
    /// Runs each series has room for.
    runs: usize,
    /// `[series * runs + run]`.
    data: Vec<f64>,
}

impl RunValues {
    fn new(series: usize, runs: u32) -> RunValues {
        let runs = runs as usize;
        RunValues {
            runs,
            data: vec![0.0; series * runs],
        }
    }

    #[inline(always)]
    fn set(&mut self, series: usize, run: u32, v: f64) {
        self.data[series * self.runs + run as usize] = v;
    }

    /// The values of `series` in the first `runs_done` runs.
    fn get(&self, series: usize, runs_done: u32) -> &[f64] {
        let start = series * self.runs;
        &self.data[start..start + runs_done as usize]
    }
}

pub(crate) struct Recorder {
    ny: usize,
    n: usize,
    nvc: usize,
    runs_done: u32,
    /// Series `metric * ny + year`.
    values: RunValues,
    /// Series `(district * 3 + kind) * ny + year` (kind: 0 ntm, 1 recognised, 2 villages).
    district_values: RunValues,
    base: Option<Headline>,
    /// Slots are `year * units + unit`, so a year's tally writes memory in order.
    cand_bits: BitCounters,
    vil_bits: BitCounters,
    cand_money: Vec<f64>,
    /// `[year * candidates + candidate]`: the part of it for investment, summed over the runs.
    cand_inv: Vec<f64>,
    /// `[year * villages + village]`: the villages' money summed over the runs, or, when
    /// `village_money_fixed`, the first run's alone (see [`Recorder::village_money`]).
    vil_money: Vec<f64>,
    /// True when a village's money is the same in every run: its weight does not depend on the
    /// state and its sources' money is the budget's (no draw touches it).
    village_money_fixed: bool,
    /// `[cand * (ny + 1) + k]`: runs in which the commune was recognised in year `k − 1`
    /// (`k = 0`: before the base date).
    recognised_in: Vec<u32>,
    /// `[year][source]`.
    spent: Vec<f64>,
    /// `[year]`: Program 135's investment passed on to villages, summed over the runs.
    p135_to_villages: Vec<f64>,
    /// One per district, and a last one for villages outside any candidate commune.
    tallies: Vec<DistrictTally>,
    /// Each village's slot in `tallies`, looked up once.
    village_tally: Vec<u32>,
    /// 1 for a village of a 1385-scope xã, else 0.
    village_scope: Vec<u32>,
    /// How many villages are of a 1385-scope xã.
    scope_villages: u32,
}

impl Recorder {
    pub fn new(p: &Prepared) -> Recorder {
        let ny = p.years.len();
        let nc = p.cands.len();
        let nv = p.vils.len();
        Recorder {
            ny,
            n: p.commune_set.n,
            nvc: p.village_set.n,
            runs_done: 0,
            values: RunValues::new(Metric::ALL.len() * ny, p.runs),
            district_values: RunValues::new(p.n_districts * 3 * ny, p.runs),
            base: None,
            // One lane per criterion and one more, the set's size, for "every one met".
            cand_bits: BitCounters::new(nc * ny, p.commune_set.n + 1),
            vil_bits: BitCounters::new(nv * ny, p.village_set.n + 1),
            cand_money: vec![0.0; nc * ny],
            cand_inv: vec![0.0; nc * ny],
            vil_money: vec![0.0; nv * ny],
            village_money_fixed: !p.rule_uses_state,
            recognised_in: vec![0; nc * (ny + 1)],
            spent: vec![0.0; ny * N_SOURCES],
            p135_to_villages: vec![0.0; ny],
            tallies: vec![DistrictTally::default(); p.n_districts + 1],
            village_tally: p
                .vils
                .iter()
                .map(|v| v.cand.map_or(p.n_districts, |c| p.cands[c].district) as u32)
                .collect(),
            village_scope: p
                .vils
                .iter()
                .map(|v| u32::from(v.cand.is_some_and(|c| p.cands[c].scope)))
                .collect(),
            scope_villages: p
                .vils
                .iter()
                .filter(|v| v.cand.is_some_and(|c| p.cands[c].scope))
                .count() as u32,
        }
    }

    pub fn runs_done(&self) -> u32 {
        self.runs_done
    }

    /// Whether the next run's village money is read: not when it is the same in every run and
    /// the first run's is kept (at national scale, writing it was megabytes a year).
    pub fn wants_village_money(&self) -> bool {
        !self.village_money_fixed || self.runs_done == 0
    }

    pub fn start_run(&mut self, p: &Prepared, s: StateView) {
        if self.base.is_none() {
            let h = self.tally(p, None, &s);
            self.base = Some(h);
        }
    }

    /// Closes a run: `recognised` holds each commune's recognition year (0 = never).
    #[inline(always)]
    pub fn end_run(&mut self, p: &Prepared, recognised: &[u16]) {
        let ny = self.ny;
        let first = p.years.first().copied().unwrap_or(0);
        for (c, &year) in recognised.iter().enumerate() {
            if year != 0 {
                let k = if year < first {
                    0
                } else {
                    usize::from(year - first) + 1
                };
                self.recognised_in[c * (ny + 1) + k.min(ny)] += 1;
            }
        }
        self.cand_bits.end_run();
        self.vil_bits.end_run();
        self.runs_done += 1;
    }

    #[inline(always)]
    pub fn record_year(&mut self, p: &Prepared, y: usize, s: StateView) {
        let h = self.tally(p, Some(y), &s);
        let (run, ny) = (self.runs_done, self.ny);
        for (m, v) in h.v.iter().enumerate() {
            self.values.set(m * ny + y, run, *v);
        }
        for (d, t) in self.tallies[..self.tallies.len() - 1].iter().enumerate() {
            let base = d * 3 * ny;
            let dv = &mut self.district_values;
            dv.set(base + y, run, f64::from(t.ntm));
            dv.set(base + ny + y, run, f64::from(t.recognised));
            dv.set(base + 2 * ny + y, run, f64::from(t.villages));
        }
        for (k, x) in s.spent.iter().enumerate() {
            self.spent[y * N_SOURCES + k] += x;
        }
        self.p135_to_villages[y] += s.p135_to_villages;
    }

    /// Counts the state; with `Some(year)` also feeds the per-unit counters.
    #[inline(always)]
    fn tally(&mut self, p: &Prepared, year: Option<usize>, s: &StateView) -> Headline {
        let full_c = super::run::full_mask(self.n);
        let full_v = super::run::full_mask(self.nvc);
        for t in &mut self.tallies {
            *t = DistrictTally::default();
        }
        let nc = p.cands.len();
        let nv = p.vils.len();
        // Integer counts in the loops, converted once at the end.
        let (mut ntm, mut rec, mut below10, mut below15, mut criteria) =
            (0u32, 0u32, 0u32, 0u32, 0u32);
        let (mut s_ntm, mut s_rec, mut s_below10) = (0u32, 0u32, 0u32);
        for (c, cand) in p.cands.iter().enumerate() {
            let mask = s.mask[c];
            let met = mask.count_ones();
            let standard = u32::from(mask == full_c);
            let recognised = u32::from(s.recognised[c] != 0);
            let b10 = u32::from(met < 10);
            criteria += met;
            ntm += standard;
            rec += recognised;
            below10 += b10;
            below15 += u32::from(met < 15);
            if cand.scope {
                s_ntm += standard;
                s_rec += recognised;
                s_below10 += b10;
            }
            let t = &mut self.tallies[cand.district];
            t.ntm += standard;
            t.recognised += recognised;
            if let Some(y) = year {
                let slot = y * nc + c;
                self.cand_bits.add(slot, mask | standard << self.n);
                self.cand_money[slot] += s.money[c];
                self.cand_inv[slot] += s.inv[c];
            }
        }
        let mut villages = 0u32;
        let mut scope_villages = 0u32;
        let mut vil_criteria = 0u32;
        for (v, &slot) in self.village_tally.iter().enumerate() {
            let mask = s.vmask[v];
            let standard = u32::from(mask == full_v);
            vil_criteria += mask.count_ones();
            villages += standard;
            scope_villages += standard & self.village_scope[v];
            self.tallies[slot as usize].villages += standard;
            if let Some(y) = year {
                let slot = y * nv + v;
                self.vil_bits.add(slot, mask | standard << self.nvc);
                if self.wants_village_money() {
                    self.vil_money[slot] += s.vmoney[v];
                }
            }
        }
        let mut h = Headline::default();
        let v = &mut h.v;
        v[Metric::CommunesNtm.index()] = f64::from(ntm);
        v[Metric::CommunesRecognised.index()] = f64::from(rec);
        v[Metric::CommunesBelow10.index()] = f64::from(below10);
        v[Metric::CommunesBelow15.index()] = f64::from(below15);
        v[Metric::ScopeCommunesNtm.index()] = f64::from(s_ntm);
        v[Metric::ScopeCommunesRecognised.index()] = f64::from(s_rec);
        v[Metric::ScopeCommunesBelow10.index()] = f64::from(s_below10);
        v[Metric::AvgCommuneCriteria.index()] = f64::from(criteria) / nc.max(1) as f64;
        v[Metric::VillagesStandard.index()] = f64::from(villages);
        if nv > 0 {
            v[Metric::AvgVillageCriteria.index()] = f64::from(vil_criteria) / nv as f64;
            v[Metric::VillagesShare.index()] = f64::from(villages) / nv as f64;
        }
        if self.scope_villages > 0 {
            v[Metric::ScopeVillagesShare.index()] =
                f64::from(scope_villages) / f64::from(self.scope_villages);
        }
        if year.is_some() {
            v[Metric::SpendingTotal.index()] = s.spent.iter().sum();
        }
        h
    }

    /// The base state's value of `m`.
    pub fn base_value(&self, m: Metric) -> f64 {
        self.base.map(|b| b.v[m.index()]).unwrap_or(0.0)
    }

    /// The values of `m` in year `y`, one per run so far.
    pub fn run_values(&self, m: Metric, y: usize) -> &[f64] {
        self.values.get(m.index() * self.ny + y, self.runs_done)
    }

    /// Builds the results of the runs done so far.
    pub fn results(&self, p: &Prepared, ds: &crate::dataset::Dataset) -> Results {
        let runs = f64::from(self.runs_done.max(1));
        let ny = self.ny;
        let mut out = Results {
            years: p.years.clone(),
            runs: self.runs_done,
            seed: p.seed,
            ..Results::default()
        };
        for m in Metric::ALL {
            *out.series.get_mut(m) = band((0..ny).map(|y| self.run_values(m, y)));
        }
        let kept = |m: Metric| (0..ny).map(|y| self.run_values(m, y).to_vec()).collect();
        out.run_values = crate::results::RunValues {
            villages_standard: kept(Metric::VillagesStandard),
            communes_recognised: kept(Metric::CommunesRecognised),
            scope_communes_recognised: kept(Metric::ScopeCommunesRecognised),
            scope_communes_below_10: kept(Metric::ScopeCommunesBelow10),
            communes_below_15: kept(Metric::CommunesBelow15),
        };
        // Per unit. Counts are at most the runs done, so their shares come from a table (the
        // same division, done once per count rather than once per unit, year and criterion).
        let share: Vec<f64> = (0..=self.runs_done).map(|k| f64::from(k) / runs).collect();
        // Criteria rates: means of the simulated units' probabilities, summed as they are built.
        (out.communes, out.commune_criteria_rates) = self.commune_results(p, ds, &share);
        (out.villages, out.village_criteria_rates) = self.village_results(p, &share);
        // After the villages: the cost per additional village reads the money they received.
        out.spending = self.spending(p, &out);
        out.commune_set_by_year = p
            .stricter
            .iter()
            .map(|&s| {
                if s { ds.later_commune_set() } else { None }
                    .unwrap_or_else(|| ds.base_commune_set())
                    .id
                    .clone()
            })
            .collect();
        let strict = p.param_values[crate::params::ParamKey::StrictnessMultiplier as usize];
        let set = &p.commune_set;
        out.commune_thresholds = p
            .stricter
            .iter()
            .map(|&stricter| {
                let mut row = vec![0.0; set.n];
                for (j, &i) in set.official.iter().enumerate() {
                    row[i] = set.base_threshold[j]
                        + if stricter {
                            strict * set.later_increase[j]
                        } else {
                            0.0
                        };
                }
                row
            })
            .collect();
        out.districts = self.districts(p, ds, &out);
        out.targets = super::targets::check(ds, self, &out);
        out
    }

    /// Every commune's results, in dataset order: candidates from the counters, the others
    /// their base status; and the candidates' criteria rates.
    fn commune_results(
        &self,
        p: &Prepared,
        ds: &crate::dataset::Dataset,
        share: &[f64],
    ) -> (Vec<UnitResult>, Vec<Vec<f64>>) {
        let ny = self.ny;
        let mut builder = UnitBuilder::new(
            self,
            share,
            &self.cand_bits,
            p.commune_set.n,
            &self.cand_money,
            &p.commune_set.official,
            p.cands.len(),
        )
        .with_investment(&self.cand_inv);
        let set = ds.base_commune_set();
        let mut base_row = Vec::with_capacity(set.criteria.len());
        // Candidates are in dataset order, so one walk over the communes meets them in turn.
        let mut cands = p.cands.iter().enumerate().peekable();
        let mut out = Vec::with_capacity(ds.communes.len());
        for (ci, commune) in ds.communes.iter().enumerate() {
            match cands.next_if(|(_, cand)| cand.commune == ci) {
                Some((c, _)) => {
                    let hist = &self.recognised_in[c * (ny + 1)..(c + 1) * (ny + 1)];
                    out.push(builder.unit(c, Some(hist)));
                }
                None => {
                    // Not an NTM candidate: its base status, unchanged.
                    base_row.clear();
                    base_row.extend(
                        commune
                            .levels
                            .iter()
                            .zip(&set.criteria)
                            .map(|(x, cr)| f64::from(u8::from(*x >= cr.threshold))),
                    );
                    out.push(base_status(&base_row, ny));
                }
            }
        }
        (out, builder.rates())
    }

    /// The villages' money summed over the runs. When it is the same in every run only the
    /// first run's was kept (at national scale, adding it in every run was a read and a write
    /// of megabytes a year); the sums are then made here by the same additions, run by run
    /// from the first run's sum, so they are the same bits as if every run had added.
    fn village_money(&self) -> std::borrow::Cow<'_, [f64]> {
        if !self.village_money_fixed || self.runs_done <= 1 {
            return std::borrow::Cow::Borrowed(&self.vil_money);
        }
        std::borrow::Cow::Owned(repeated_sums(&self.vil_money, self.runs_done))
    }

    /// Every village's results, in dataset order, and their criteria rates.
    fn village_results(&self, p: &Prepared, share: &[f64]) -> (Vec<UnitResult>, Vec<Vec<f64>>) {
        let money = self.village_money();
        let mut builder = UnitBuilder::new(
            self,
            share,
            &self.vil_bits,
            p.village_set.n,
            &money,
            &p.village_set.official,
            p.vils.len(),
        );
        let out = (0..p.vils.len()).map(|v| builder.unit(v, None)).collect();
        (out, builder.rates())
    }

    fn spending(&self, p: &Prepared, out: &Results) -> Spending {
        let runs = f64::from(self.runs_done.max(1));
        let ny = self.ny;
        let mut by_source = vec![vec![0.0; ny]; N_SOURCES];
        let mut budget_by_source = vec![vec![0.0; ny]; N_SOURCES];
        for y in 0..ny {
            for s in Source::ALL {
                by_source[s.index()][y] = self.spent[y * N_SOURCES + s.index()] / runs;
                budget_by_source[s.index()][y] = p.budget[y * N_SOURCES + s.index()];
            }
        }
        let mut cumulative = 0.0;
        let mut to_villages = 0.0;
        let mut per_village = Vec::with_capacity(ny);
        let mut per_commune = Vec::with_capacity(ny);
        let base_v = self.base_value(Metric::VillagesStandard);
        let base_c = self.base_value(Metric::CommunesRecognised);
        for y in 0..ny {
            cumulative += by_source.iter().map(|line| line[y]).sum::<f64>() + p.training_cost[y];
            // A village is paid by what reaches it (Decision 1385's support, and Program 135's
            // village share, which the results count with its commune's money): every source's
            // money over the 294 scope villages gained gave 57 billion VND a village in 2025
            // against a budget basis of 0.4.
            to_villages += out.villages.iter().map(|v| v.money()[y]).sum::<f64>()
                + self.p135_to_villages[y] / runs;
            let gained_v = out.series.villages_standard.mean[y] - base_v;
            let gained_c = out.series.communes_recognised.mean[y] - base_c;
            per_village.push((gained_v >= 0.5).then(|| to_villages / gained_v));
            per_commune.push((gained_c >= 0.5).then(|| cumulative / gained_c));
        }
        Spending {
            by_source,
            budget_by_source,
            training: p.training_cost.clone(),
            per_additional_village: per_village,
            per_additional_commune: per_commune,
        }
    }

    fn districts(
        &self,
        p: &Prepared,
        ds: &crate::dataset::Dataset,
        out: &Results,
    ) -> Vec<DistrictResult> {
        let ny = self.ny;
        let nd = ds.districts.len();
        // One pass over the units, summing into every district at once (a pass per district
        // is quadratic at national scale). Each district's sums add the same terms in the same
        // order as summing its own units would, from −0.0 like `Iterator::sum`, so the bits
        // are unchanged.
        let mut cands = vec![0usize; nd];
        let mut criteria = vec![-0.0; nd * ny];
        let mut commune_money = vec![-0.0; nd * ny];
        let mut village_money = vec![-0.0; nd * ny];
        // Each district's row of sums, added to element by element.
        let add = |sums: &mut [f64], d: usize, figures: &[f64]| {
            for (sum, x) in sums[d * ny..(d + 1) * ny].iter_mut().zip(figures) {
                *sum += x;
            }
        };
        for c in &p.cands {
            let u = &out.communes[c.commune];
            cands[c.district] += 1;
            add(&mut criteria, c.district, u.mean_criteria());
            add(&mut commune_money, c.district, u.money());
        }
        for (v, u) in p.vils.iter().zip(&out.villages) {
            if let Some(c) = v.cand {
                add(&mut village_money, p.cands[c].district, u.money());
            }
        }
        ds.districts
            .iter()
            .enumerate()
            .map(|(d, district)| {
                let base = d * 3 * ny;
                let get = |k: usize| {
                    band(
                        (0..ny)
                            .map(|y| self.district_values.get(base + k * ny + y, self.runs_done)),
                    )
                };
                let row = d * ny..(d + 1) * ny;
                let avg = criteria[row.clone()]
                    .iter()
                    .map(|&total| {
                        if cands[d] == 0 {
                            0.0
                        } else {
                            total / cands[d] as f64
                        }
                    })
                    .collect();
                let spending = commune_money[row.clone()]
                    .iter()
                    .zip(&village_money[row])
                    .map(|(c, v)| c + v)
                    .collect();
                let kept = |k: usize| {
                    (0..ny)
                        .map(|y| {
                            let values =
                                self.district_values.get(base + k * ny + y, self.runs_done);
                            values.to_vec()
                        })
                        .collect()
                };
                DistrictResult {
                    code: district.code.clone(),
                    communes_ntm: get(0),
                    communes_recognised: get(1),
                    villages_standard: get(2),
                    avg_commune_criteria: avg,
                    spending,
                    run_values: crate::results::RunValues {
                        villages_standard: kept(2),
                        communes_recognised: kept(1),
                        ..Default::default()
                    },
                }
            })
            .collect()
    }
}

/// `first` added to itself run by run, as `runs` runs adding the same value each would have
/// summed it (the first run's sum is `first`): the same additions in the same order, so the
/// same bits. A block of values at a time (in cache), each run's additions across the block.
fn repeated_sums(first: &[f64], runs: u32) -> Vec<f64> {
    const BLOCK: usize = 1024;
    let mut sums = first.to_vec();
    for (sum, first) in sums.chunks_mut(BLOCK).zip(first.chunks(BLOCK)) {
        for _ in 1..runs {
            for (s, x) in sum.iter_mut().zip(first) {
                *s += x;
            }
        }
    }
    sums
}

/// Builds the per-unit results of one kind of unit (communes or villages) from its counters:
/// probabilities of each criterion (official order), of the standard, mean criteria met and
/// mean money. What every unit shares is worked out once here.
struct UnitBuilder<'a> {
    /// `share[k]`: `k` runs out of those done.
    share: &'a [f64],
    /// Per-criterion counts, and in lane `standard_lane` the runs that met every criterion.
    bits: &'a BitCounters,
    standard_lane: usize,
    money: &'a [f64],
    /// `[year * units + unit]`: the investment part of `money` (communes), summed over runs.
    investment: Option<&'a [f64]>,
    /// Official position → engine position (the counters' lane). Reading the lanes in official
    /// order writes each row in order and lets the row's sum be taken on the way.
    engine_of: Vec<usize>,
    units: usize,
    ny: usize,
    runs: f64,
    /// `[year]`: the unit's counts per lane, reused from unit to unit; padded with zero counts
    /// to a whole number of `YEAR_LANES`.
    counts: Vec<[u32; 32]>,
    /// `[year * cols + criterion]`: the sum of the probabilities of the units built so far,
    /// each unit's added in unit order as soon as it is built (a second pass over every
    /// unit's grid went back to memory for each of them).
    rates: Vec<f64>,
    built: usize,
}

impl<'a> UnitBuilder<'a> {
    fn new(
        rec: &Recorder,
        share: &'a [f64],
        bits: &'a BitCounters,
        standard_lane: usize,
        money: &'a [f64],
        official: &[usize],
        units: usize,
    ) -> UnitBuilder<'a> {
        // `official` is a permutation of the set's criteria (every criterion is of one of the
        // two kinds, and a set has at most 31), so every official position has a lane.
        let mut engine_of = vec![0; official.len()];
        for (j, &i) in official.iter().enumerate() {
            engine_of[i] = j;
        }
        UnitBuilder {
            share,
            bits,
            standard_lane,
            money,
            investment: None,
            engine_of,
            units,
            ny: rec.ny,
            runs: f64::from(rec.runs_done.max(1)),
            // Padded to whole groups of years (the padding stays at zero counts).
            counts: vec![[0; 32]; rec.ny.div_ceil(YEAR_LANES) * YEAR_LANES],
            rates: vec![0.0; rec.ny * official.len()],
            built: 0,
        }
    }

    /// The results of `unit`; `recognised` (communes only) holds its runs recognised before
    /// the base date, then in each year.
    fn unit(&mut self, unit: usize, recognised: Option<&[u32]>) -> UnitResult {
        let (ny, units) = (self.ny, self.units);
        for (y, counts) in self.counts[..ny].iter_mut().enumerate() {
            self.bits.counts_into(y * units + unit, counts);
        }
        let mut u = UnitResult::zeros(ny, self.engine_of.len(), self.investment.is_some());
        let parts = u.parts_mut();
        self.criteria(parts.criterion_met, parts.mean_criteria);
        // Added to the rates while the grid is still in cache.
        for (sum, &v) in self.rates.iter_mut().zip(&*parts.criterion_met) {
            *sum += v;
        }
        self.built += 1;
        for (y, (p, m)) in parts.p_standard.iter_mut().zip(parts.money).enumerate() {
            let slot = y * units + unit;
            *p = self.share[self.counts[y][self.standard_lane] as usize];
            *m = self.money[slot] / self.runs;
        }
        if let Some(investment) = self.investment {
            for (y, m) in parts.investment.iter_mut().enumerate() {
                *m = investment[y * units + unit] / self.runs;
            }
        }
        if let Some(hist) = recognised {
            held_shares(hist, self.share, parts.p_recognised);
        }
        u
    }

    /// The builder, reading each unit's investment money from `investment` too.
    fn with_investment(mut self, investment: &'a [f64]) -> UnitBuilder<'a> {
        self.investment = Some(investment);
        self
    }

    /// Fills `cells` (`[year * criteria + criterion]`) with the probability of each criterion
    /// per year (official order), from `self.counts`, and `sums` with each year's sum of them.
    /// Each sum adds its row in order from −0.0 (as `Iterator::sum` does); `YEAR_LANES` years
    /// are summed side by side in registers, so that the processor overlaps their chains of
    /// additions rather than waiting on one after another.
    fn criteria(&self, cells: &mut [f64], sums: &mut [f64]) {
        let cols = self.engine_of.len();
        let mut rest = cells;
        for (sums, counts) in sums
            .chunks_mut(YEAR_LANES)
            .zip(self.counts.chunks_exact(YEAR_LANES))
        {
            let (rows, after) = rest.split_at_mut(sums.len() * cols);
            rest = after;
            if let Ok(sums) = <&mut [f64; YEAR_LANES]>::try_from(&mut *sums) {
                *sums = self.full_group(counts, rows, cols);
            } else {
                self.partial_group(counts, rows, sums, cols);
            }
        }
    }

    /// A whole group of `YEAR_LANES` (three) years: each row written through its own slice,
    /// so that the stores need no index arithmetic or checks. Returns the rows' sums.
    fn full_group(&self, counts: &[[u32; 32]], rows: &mut [f64], cols: usize) -> [f64; 3] {
        let (r0, rest) = rows.split_at_mut(cols);
        let (r1, r2) = rest.split_at_mut(cols);
        let mut acc = [-0.0; 3];
        for (((&lane, c0), c1), c2) in self.engine_of.iter().zip(r0).zip(r1).zip(r2) {
            let v = [0, 1, 2].map(|i| self.share[counts[i][lane] as usize]);
            (*c0, *c1, *c2) = (v[0], v[1], v[2]);
            for (sum, v) in acc.iter_mut().zip(v) {
                *sum += v;
            }
        }
        acc
    }

    /// The last group when the years do not fill it (the padding years are summed but not
    /// written).
    fn partial_group(&self, counts: &[[u32; 32]], rows: &mut [f64], sums: &mut [f64], cols: usize) {
        let years = sums.len();
        let mut acc = [-0.0; YEAR_LANES];
        for (k, &lane) in self.engine_of.iter().enumerate() {
            for (i, (sum, counts)) in acc.iter_mut().zip(counts).enumerate() {
                let v = self.share[counts[lane] as usize];
                *sum += v;
                if i < years {
                    rows[i * cols + k] = v;
                }
            }
        }
        sums.copy_from_slice(&acc[..years]);
    }

    /// `[year][criterion]`: the mean probability of each criterion over the units built (the
    /// sums as they are when nothing was built).
    fn rates(self) -> Vec<Vec<f64>> {
        let cols = self.engine_of.len();
        let built = self.built as f64;
        (0..self.ny)
            .map(|y| {
                let sums = &self.rates[y * cols..(y + 1) * cols];
                if self.built == 0 {
                    sums.to_vec()
                } else {
                    sums.iter().map(|&sum| sum / built).collect()
                }
            })
            .collect()
    }
}

/// Years whose criteria sums are taken side by side (see [`UnitBuilder::criteria`]). Three
/// chains of additions keep the adder busy, and the default horizon's six years fill two
/// groups exactly (with eight, a quarter of the work was on padding; two and four measured
/// slower too). [`UnitBuilder::full_group`] is written out for three.
const YEAR_LANES: usize = 3;

/// Fills `out` (`[year]`) with the share of runs in which a commune held recognition by the end
/// of the year, from `hist` (runs recognised before the base date, then in each year).
fn held_shares(hist: &[u32], share: &[f64], out: &mut [f64]) {
    let mut held = hist[0];
    for (p, &k) in out.iter_mut().zip(&hist[1..]) {
        held += k;
        *p = share[held as usize];
    }
}

/// The results of a unit that is not simulated: `row` met or not, every year.
fn base_status(row: &[f64], ny: usize) -> UnitResult {
    let met = row.iter().sum::<f64>();
    let mut u = UnitResult::zeros(ny, row.len(), false);
    let parts = u.parts_mut();
    parts.mean_criteria.fill(met);
    for cells in parts.criterion_met.chunks_exact_mut(row.len().max(1)) {
        cells.copy_from_slice(row);
    }
    u
}

/// Mean and nearest-rank percentiles of each year's values.
fn band<'a>(years: impl ExactSizeIterator<Item = &'a [f64]>) -> Band {
    // Sized up front: grown push by push, each of the four vectors was allocated twice.
    let ny = years.len();
    let mut b = Band {
        mean: Vec::with_capacity(ny),
        p10: Vec::with_capacity(ny),
        p50: Vec::with_capacity(ny),
        p90: Vec::with_capacity(ny),
    };
    let (mut scratch, mut histogram) = (Vec::new(), Vec::new());
    for values in years {
        let n = values.len();
        // The mean in run order (the same in any batching); the percentiles counted when the
        // values are small whole numbers, else by selection, which picks the same value as
        // sorting would at a fraction of the cost.
        let mean = if n == 0 {
            0.0
        } else {
            values.iter().sum::<f64>() / n as f64
        };
        let [p10, p50, p90] = counted_percentiles(values, &mut histogram).unwrap_or_else(|| {
            scratch.clear();
            scratch.extend_from_slice(values);
            percentiles(&mut scratch)
        });
        b.mean.push(mean);
        b.p10.push(p10);
        b.p50.push(p50);
        b.p90.push(p90);
    }
    b
}

/// Rank of the nearest-rank percentile `q` among `n` values: round(q × (n − 1)).
fn rank(q: f64, n: usize) -> usize {
    ((q * (n - 1) as f64).round() as usize).min(n - 1)
}

/// The nearest-rank P10, P50 and P90 of `values` when they are all small whole numbers (counts
/// of communes or villages, most of the series): one pass fills a histogram and a walk along
/// it finds the ranks, where selection reorders the values three times. `None` otherwise.
///
/// Each value must have the bits of a `u32` converted to `f64` (so no −0.0, NaN or fraction):
/// then ordering by `f64::total_cmp` is ordering the integers, equal integers are equal bits,
/// and the figure returned is bit for bit the one sorting would put at the rank.
fn counted_percentiles(values: &[f64], histogram: &mut Vec<u32>) -> Option<[f64; 3]> {
    let n = values.len();
    let (mut lo, mut hi) = (u32::MAX, 0);
    for &v in values {
        let k = v as u32;
        if f64::from(k).to_bits() != v.to_bits() {
            return None;
        }
        lo = lo.min(k);
        hi = hi.max(k);
    }
    // A wide spread would make the histogram dearer than selecting.
    let width = usize::try_from(hi.checked_sub(lo)?).ok()? + 1;
    if n == 0 || width > 4 * n + 64 {
        return None;
    }
    histogram.clear();
    histogram.resize(width, 0);
    for &v in values {
        histogram[(v as u32 - lo) as usize] += 1;
    }
    let ranks = [rank(0.1, n), rank(0.5, n), rank(0.9, n)];
    let mut out = [0.0; 3];
    let (mut found, mut below) = (0, 0usize);
    for (k, &count) in (lo..).zip(histogram.iter()) {
        below += count as usize;
        while found < 3 && ranks[found] < below {
            out[found] = f64::from(k);
            found += 1;
        }
        if found == 3 {
            break;
        }
    }
    Some(out)
}

/// The nearest-rank P10, P50 and P90 of `values` (reordered on the way; 0 when empty): the
/// values sorting would put at their ranks.
pub(crate) fn percentiles(values: &mut [f64]) -> [f64; 3] {
    let n = values.len();
    if n == 0 {
        return [0.0; 3];
    }
    let (i10, i50, i90) = (rank(0.1, n), rank(0.5, n), rank(0.9, n));
    let (below, mid, above) = values.select_nth_unstable_by(i50, f64::total_cmp);
    let p50 = *mid;
    let p10 = if i10 < i50 {
        *below.select_nth_unstable_by(i10, f64::total_cmp).1
    } else {
        p50
    };
    let p90 = if i90 > i50 {
        *above
            .select_nth_unstable_by(i90 - i50 - 1, f64::total_cmp)
            .1
    } else {
        p50
    };
    [p10, p50, p90]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_sums_are_the_bits_of_adding_run_by_run() {
        let values = [0.1, 1.0 / 3.0, 7.3e-5, 123.456, 0.0, 2.5e12, 1e-300];
        for runs in [1u32, 2, 3, 17, 1000] {
            let sums = repeated_sums(&values, runs);
            for (&x, got) in values.iter().zip(&sums) {
                let mut want = 0.0;
                for _ in 0..runs {
                    want += x;
                }
                assert_eq!(got.to_bits(), want.to_bits(), "{x} over {runs} runs");
            }
        }
        // More values than a block, so blocks and their ends are covered.
        let many: Vec<f64> = (0..2500).map(|i| f64::from(i) * 0.01).collect();
        let sums = repeated_sums(&many, 9);
        let want: f64 = (0..9).fold(0.0, |s, _| s + many[2499]);
        assert_eq!(sums[2499].to_bits(), want.to_bits());
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let mut v: Vec<f64> = (0..=10).rev().map(f64::from).collect();
        assert_eq!(percentiles(&mut v), [1.0, 5.0, 9.0]);
        assert_eq!(percentiles(&mut []), [0.0; 3]);
        assert_eq!(percentiles(&mut [3.0]), [3.0; 3]);
        assert_eq!(percentiles(&mut [2.0, 1.0]), [1.0, 2.0, 2.0]);
    }

    #[test]
    fn counted_percentiles_equal_sorted_ones_and_refuse_other_values() {
        let mut state = 777u64;
        let mut histogram = Vec::new();
        for n in [1usize, 2, 3, 7, 10, 11, 99, 100, 101, 1000] {
            for spread in [1u64, 5, 300, 5000] {
                let values: Vec<f64> = (0..n)
                    .map(|_| {
                        state = state
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        f64::from(((state >> 33) % spread) as u32 + 40)
                    })
                    .collect();
                let mut sorted = values.clone();
                sorted.sort_by(f64::total_cmp);
                let want = [0.1, 0.5, 0.9].map(|q| sorted[rank(q, n)]);
                match counted_percentiles(&values, &mut histogram) {
                    Some(got) => assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits)),
                    None => assert!(spread as usize > 4 * n + 64, "n {n}, spread {spread}"),
                }
            }
        }
        for odd in [0.5, -0.0, -1.0, f64::NAN, f64::INFINITY, 5e9] {
            assert_eq!(counted_percentiles(&[1.0, odd, 2.0], &mut histogram), None);
        }
        assert_eq!(counted_percentiles(&[], &mut histogram), None);
    }

    #[test]
    fn selected_percentiles_equal_sorted_ones() {
        // Many ties and odd sizes, as counts of communes over runs have.
        let mut state = 12345u64;
        for n in [1usize, 2, 3, 7, 10, 11, 99, 100, 101, 1000] {
            let values: Vec<f64> = (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    f64::from(((state >> 33) % 17) as u32) * 0.5
                })
                .collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let at = |q: f64| sorted[rank(q, n)];
            let mut scratch = values.clone();
            assert_eq!(
                percentiles(&mut scratch),
                [at(0.1), at(0.5), at(0.9)],
                "n = {n}"
            );
        }
    }
}
