//! Per-criterion counts of how many runs met each criterion, per unit and year, at a few word
//! operations per added met-mask.
//!
//! Each slot has a small bit-sliced counter: four `u32` planes, one bit lane per criterion,
//! counting up to 15. Adding a mask is seven branch-free operations (a ripple-carry add across
//! the planes). Every 15 runs the small counters are emptied into plain per-criterion totals,
//! which costs a pass over the set bits, shared by those 15 runs.

/// Runs between flushes: the most a four-plane counter holds.
const SMALL_MAX: u32 = 15;

pub(crate) struct BitCounters {
    /// Criteria per slot (bits used in the masks, at most 32).
    width: usize,
    small: Vec<[u32; 4]>,
    /// `[slot * width + criterion]`.
    total: Vec<u32>,
    /// Runs added to the small counters since the last flush.
    pending: u32,
}

impl BitCounters {
    pub fn new(slots: usize, width: usize) -> BitCounters {
        let width = width.min(32);
        BitCounters {
            width,
            small: vec![[0; 4]; slots],
            total: vec![0; slots * width],
            pending: 0,
        }
    }

    /// Adds `mask` to `slot`. At most one add per slot between two [`BitCounters::end_run`].
    #[inline]
    pub fn add(&mut self, slot: usize, mask: u32) {
        let p = &mut self.small[slot];
        let c0 = p[0] & mask;
        p[0] ^= mask;
        let c1 = p[1] & c0;
        p[1] ^= c0;
        let c2 = p[2] & c1;
        p[2] ^= c1;
        p[3] ^= c2;
    }

    /// Marks the end of a run; empties the small counters before they can overflow.
    pub fn end_run(&mut self) {
        self.pending += 1;
        if self.pending == SMALL_MAX {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let width = self.width;
        for (small, total) in self
            .small
            .iter_mut()
            .zip(self.total.chunks_exact_mut(width))
        {
            add_planes(small, total);
            *small = [0; 4];
        }
        self.pending = 0;
    }

    /// How many times each bit was set in `slot`.
    pub fn counts(&self, slot: usize) -> [u32; 32] {
        let mut out = [0u32; 32];
        let width = self.width;
        out[..width].copy_from_slice(&self.total[slot * width..(slot + 1) * width]);
        add_planes(&self.small[slot], &mut out[..width]);
        out
    }
}

/// Adds the counts held in bit-sliced `planes` to `total`.
fn add_planes(planes: &[u32; 4], total: &mut [u32]) {
    for (k, &plane) in planes.iter().enumerate() {
        let mut p = plane;
        while p != 0 {
            let i = p.trailing_zeros() as usize;
            if let Some(t) = total.get_mut(i) {
                *t += 1 << k;
            }
            p &= p - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_sliced_counters_count_each_lane_across_flushes() {
        let mut c = BitCounters::new(2, 19);
        let masks = [0b101u32, 0b111, 0b001, 0b100, 0b101];
        for m in masks {
            c.add(1, m);
            c.end_run();
        }
        assert_eq!(c.counts(1)[..4], [4, 1, 4, 0]);
        assert_eq!(c.counts(0), [0; 32]);
        // Past several flushes, with counts left in the small counters at the end.
        for _ in 0..1000 {
            c.add(0, 1 << 18);
            c.end_run();
        }
        assert_eq!(c.counts(0)[18], 1000);
        assert_eq!(c.counts(0)[17], 0);
        assert_eq!(c.counts(1)[..4], [4, 1, 4, 0]);
    }

    #[test]
    fn a_full_width_mask_counts_every_lane() {
        let mut c = BitCounters::new(1, 32);
        for _ in 0..31 {
            c.add(0, u32::MAX);
            c.end_run();
        }
        assert_eq!(c.counts(0), [31; 32]);
    }
}
