//! The run's random numbers: one ChaCha8 stream per Monte Carlo run (stream = run index), read
//! in a fixed pattern that does not depend on the scenario.
//!
//! Fixed consumption is what gives common random numbers: the uniform that decides, say,
//! whether commune 17's income slips in 2023 of run 42 is the same draw in every scenario, so
//! the difference between two scenarios is the levers' effect, not noise.

use rand::rngs::ChaCha8Rng;
use rand::{Rng, SeedableRng};

/// Uniforms of 16-bit resolution, four per 64-bit word.
pub(crate) struct RunRng {
    rng: ChaCha8Rng,
}

impl RunRng {
    pub fn new(seed: u64, run: u32) -> RunRng {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(u64::from(run));
        RunRng { rng }
    }

    /// One uniform in (0, 1) with 53-bit resolution (for assumption draws).
    pub fn uniform(&mut self) -> f64 {
        ((self.rng.next_u64() >> 11) as f64 + 0.5) * (1.0 / (1u64 << 53) as f64)
    }

    /// Fills `out` with uniforms in (0, 1) of 16-bit resolution. Always consumes
    /// `ceil(out.len() / 4)` words, whatever the values are used for.
    #[inline]
    pub fn fill16(&mut self, out: &mut [f64]) {
        const SCALE: f64 = 1.0 / 65536.0;
        for chunk in out.chunks_mut(4) {
            let mut w = self.rng.next_u64();
            for x in chunk {
                *x = (f64::from((w & 0xffff) as u32) + 0.5) * SCALE;
                w >>= 16;
            }
        }
    }
}

/// A draw from the triangular distribution on [lo, hi] with mode `mode`, by inverse CDF.
pub(crate) fn triangular(lo: f64, mode: f64, hi: f64, u: f64) -> f64 {
    if hi <= lo {
        return mode;
    }
    let f = (mode - lo) / (hi - lo);
    if u < f {
        lo + ((hi - lo) * (mode - lo) * u).sqrt()
    } else {
        hi - ((hi - lo) * (hi - mode) * (1.0 - u)).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_reproducible_and_distinct_per_run() {
        let mut a = RunRng::new(7, 0);
        let mut b = RunRng::new(7, 0);
        let mut c = RunRng::new(7, 1);
        let (x, y, z) = (a.uniform(), b.uniform(), c.uniform());
        assert_eq!(x.to_bits(), y.to_bits());
        assert_ne!(x.to_bits(), z.to_bits());
        let mut buf = [0.0; 6];
        a.fill16(&mut buf);
        assert!(buf.iter().all(|u| *u > 0.0 && *u < 1.0));
    }

    #[test]
    fn triangular_stays_in_range_and_peaks_at_mode() {
        for i in 1..100 {
            let u = f64::from(i) / 100.0;
            let x = triangular(1.0, 2.0, 4.0, u);
            assert!((1.0..=4.0).contains(&x));
        }
        assert!((triangular(1.0, 2.0, 4.0, 1.0 / 3.0) - 2.0).abs() < 1e-12);
        assert_eq!(triangular(3.0, 3.0, 3.0, 0.7), 3.0);
    }
}
