//! Capacity progress (MODEL.md §2): a capacity criterion's yearly progress per unit of step
//! length, before the unit's shock, is `trend + Σ coef · driver`, which is
//! `trend · (1 + Σ effect · weight · driver)` with the products taken once per run.
//!
//! The coefficients are stored driver by driver, each a column over the criteria padded to
//! whole blocks of [`BLOCK`], so that one pass works out every criterion of a unit at once,
//! [`BLOCK`] criteria side by side in vector registers, instead of one dot product per
//! criterion with a horizontal sum at its end. Each criterion still gets the same operations
//! in the same order as its own dot product would: the even drivers summed in one lane from
//! 0.0, the odd ones in another, then `trend + (even + odd)`, with no fused multiply-add
//! (Rust never fuses on its own). So every platform, and every instruction-set copy of the
//! engine, gets the same bits. The page's copy (WebAssembly without SIMD, where there are no
//! vectors to fill) works out each criterion's dot product from a row of its own instead.

use super::DRIVER_LANES;
use crate::criteria::{Driver, MAX_CRITERIA};
use crate::sim::prepare::FlatSet;

/// Criteria worked out side by side: eight `f64` fill one AVX-512 register, two AVX2 ones or
/// four SSE2 ones.
pub(super) const BLOCK: usize = 8;
/// Criteria a unit can have, in whole blocks.
pub(super) const PADDED: usize = MAX_CRITERIA.div_ceil(BLOCK) * BLOCK;

/// Every capacity criterion's progress of one unit, in engine order (the padding lanes are
/// the trends' padding, zero).
pub(super) type Rates = [f64; PADDED];

/// One block of criteria: the trends, and each driver's coefficients.
#[derive(Clone, Copy)]
struct Block {
    trend: [f64; BLOCK],
    /// `[driver][criterion]`: trend × weight × effect size, for this run.
    coef: [[f64; BLOCK]; DRIVER_LANES],
}

pub(super) struct Progress {
    trend: Vec<f64>,
    /// (driver, weight) of each criterion's drivers, from the criteria set.
    terms: Vec<Vec<(Driver, f64)>>,
    blocks: Vec<Block>,
    /// The page's copy keeps each criterion's coefficients together instead (see its `rates`).
    #[cfg(target_arch = "wasm32")]
    rows: Vec<[f64; DRIVER_LANES]>,
}

impl Progress {
    /// Every driver of each capacity criterion; livelihood only `with_livelihood` (villages
    /// have their own livelihood driver, so theirs is kept apart).
    pub fn new(set: &FlatSet, with_livelihood: bool) -> Progress {
        let terms: Vec<Vec<(Driver, f64)>> = (0..set.kc)
            .map(|k| {
                let mut t = set.terms[set.term_start[k]..set.term_start[k + 1]].to_vec();
                let liv = set.livelihood_weight[k];
                if with_livelihood && liv != 0.0 {
                    t.push((Driver::Livelihood, liv));
                }
                t
            })
            .collect();
        let zero = Block {
            trend: [0.0; BLOCK],
            coef: [[0.0; BLOCK]; DRIVER_LANES],
        };
        let mut blocks = vec![zero; set.kc.div_ceil(BLOCK)];
        for (k, &tr) in set.trend.iter().enumerate().take(set.kc) {
            blocks[k / BLOCK].trend[k % BLOCK] = tr;
        }
        Progress {
            trend: set.trend.clone(),
            terms,
            #[cfg(target_arch = "wasm32")]
            rows: vec![[0.0; DRIVER_LANES]; blocks.len() * BLOCK],
            blocks,
        }
    }

    /// This run's coefficients, given each driver's effect size.
    pub fn set(&mut self, effect: impl Fn(Driver) -> f64) {
        for b in &mut self.blocks {
            b.coef = [[0.0; BLOCK]; DRIVER_LANES];
        }
        for (k, (terms, &tr)) in self.terms.iter().zip(&self.trend).enumerate() {
            let block = &mut self.blocks[k / BLOCK];
            for &(d, w) in terms {
                block.coef[d.index()][k % BLOCK] += tr * (w * effect(d));
            }
        }
        #[cfg(target_arch = "wasm32")]
        for (k, row) in self.rows.iter_mut().enumerate() {
            let b = &self.blocks[k / BLOCK];
            *row = std::array::from_fn(|d| b.coef[d][k % BLOCK]);
        }
    }

    /// Every criterion's progress given the drivers `d`. The usual sets (up to two blocks)
    /// are written out block by block: given a loop over the blocks, the compiler vectorises
    /// across blocks instead, with gathers, which is several times slower.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub fn rates(&self, d: &[f64; DRIVER_LANES]) -> Rates {
        let mut out = [0.0; PADDED];
        match self.blocks.as_slice() {
            [] => {}
            [a] => out[..BLOCK].copy_from_slice(&a.rates(d)),
            [a, b] => {
                out[..BLOCK].copy_from_slice(&a.rates(d));
                out[BLOCK..2 * BLOCK].copy_from_slice(&b.rates(d));
            }
            blocks => {
                for (b, o) in blocks.iter().zip(out.chunks_exact_mut(BLOCK)) {
                    o.copy_from_slice(&b.rates(d));
                }
            }
        }
        out
    }

    /// The page's copy: WebAssembly without its SIMD extension has no vectors to fill, so each
    /// criterion's dot product is worked out on its own from its row of coefficients (the same
    /// operations in the same order as a block's lane) and the padding is left at zero. The
    /// blocks' way costs the page about 6 % (it works out the padding too, sixteen lanes for
    /// the village set's nine criteria, and reads the coefficients across blocks).
    #[cfg(target_arch = "wasm32")]
    #[inline(always)]
    pub fn rates(&self, d: &[f64; DRIVER_LANES]) -> Rates {
        let mut out = [0.0; PADDED];
        let rows = self.rows.iter().zip(&self.trend).take(self.terms.len());
        for (o, (r, &tr)) in out.iter_mut().zip(rows) {
            let (mut even, mut odd) = (0.0, 0.0);
            for j in 0..DRIVER_LANES / 2 {
                even += r[2 * j] * d[2 * j];
                odd += r[2 * j + 1] * d[2 * j + 1];
            }
            *o = tr + (even + odd);
        }
        out
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Block {
    #[inline(always)]
    fn rates(&self, d: &[f64; DRIVER_LANES]) -> [f64; BLOCK] {
        let mut even = [0.0; BLOCK];
        let mut odd = [0.0; BLOCK];
        for j in 0..DRIVER_LANES / 2 {
            for i in 0..BLOCK {
                even[i] += self.coef[2 * j][i] * d[2 * j];
                odd[i] += self.coef[2 * j + 1][i] * d[2 * j + 1];
            }
        }
        std::array::from_fn(|i| self.trend[i] + (even[i] + odd[i]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::CriteriaCatalog;

    /// The progress of criterion `k` as its own dot product, the way MODEL.md writes it.
    fn dot(p: &Progress, k: usize, d: &[f64; DRIVER_LANES], effect: impl Fn(Driver) -> f64) -> f64 {
        let mut row = [0.0; DRIVER_LANES];
        for &(dr, w) in &p.terms[k] {
            row[dr.index()] += p.trend[k] * (w * effect(dr));
        }
        let mut lanes = [0.0; 2];
        for j in 0..DRIVER_LANES / 2 {
            lanes[0] += row[2 * j] * d[2 * j];
            lanes[1] += row[2 * j + 1] * d[2 * j + 1];
        }
        p.trend[k] + (lanes[0] + lanes[1])
    }

    #[test]
    fn every_criterion_gets_the_bits_of_its_own_dot_product() {
        let catalogue = CriteriaCatalog::embedded().expect("embedded criteria");
        let effect = |d: Driver| 0.37 + 0.11 * d.index() as f64;
        let mut checked = 0;
        for set in &catalogue.sets {
            let flat = FlatSet::new(set, None);
            for with_livelihood in [false, true] {
                let mut p = Progress::new(&flat, with_livelihood);
                p.set(effect);
                for seed in 0..50u32 {
                    let d: [f64; DRIVER_LANES] =
                        std::array::from_fn(|i| f64::from((seed * 7 + i as u32 * 13) % 17) / 16.0);
                    let rates = p.rates(&d);
                    for k in 0..flat.kc {
                        assert_eq!(rates[k].to_bits(), dot(&p, k, &d, effect).to_bits());
                        checked += 1;
                    }
                    assert!(rates[flat.kc..].iter().all(|&r| r == 0.0));
                }
            }
        }
        assert!(checked > 1000);
    }
}
