//! Per-criterion counts of how many runs met each criterion, per unit and year, at a few word
//! operations per added met-mask.
//!
//! Each slot has a small bit-sliced counter: four `u32` planes, one bit lane per criterion,
//! counting up to 15. Adding a mask is seven branch-free operations (a ripple-carry add across
//! the planes). Every 15 runs the small counters are added into eight-plane middle counters
//! (up to 255) by a branch-free bit-sliced adder; every 255 runs those are emptied into plain
//! per-criterion totals, which walks the set bits (slow, but 17 times rarer than a walk every
//! 15 runs, which was most of the recording's cost).

/// Runs between flushes of the small counters: the most four planes hold.
const SMALL_MAX: u32 = 15;
/// Small flushes between flushes of the middle counters: 17 × 15 = 255, the most eight planes
/// hold.
const MIDDLE_MAX: u32 = 17;

pub(crate) struct BitCounters {
    /// Criteria per slot (bits used in the masks, at most 32).
    width: usize,
    small: Vec<[u32; 4]>,
    /// Empty until the first flush of the small counters, and `total` until the first flush of
    /// these: fewer than 15 runs (a single run, say) need neither, and fewer than 255 no
    /// totals, which at national scale are megabytes to allocate, zero and read back.
    middle: Vec<[u32; 8]>,
    /// `[slot * width + criterion]`.
    total: Vec<u32>,
    /// Runs added to the small counters since their last flush.
    pending: u32,
    /// Small flushes added to the middle counters since their last flush.
    middle_pending: u32,
}

impl BitCounters {
    pub fn new(slots: usize, width: usize) -> BitCounters {
        let width = width.min(32);
        BitCounters {
            width,
            small: vec![[0; 4]; slots],
            middle: Vec::new(),
            total: Vec::new(),
            pending: 0,
            middle_pending: 0,
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
            self.flush_small();
        }
    }

    fn flush_small(&mut self) {
        if self.middle.is_empty() {
            self.middle = vec![[0; 8]; self.small.len()];
        }
        for (small, middle) in self.small.iter_mut().zip(&mut self.middle) {
            add_sliced(middle, small);
            *small = [0; 4];
        }
        self.pending = 0;
        self.middle_pending += 1;
        if self.middle_pending == MIDDLE_MAX {
            self.flush_middle();
        }
    }

    fn flush_middle(&mut self) {
        let width = self.width;
        if self.total.is_empty() {
            self.total = vec![0; self.small.len() * width];
        }
        for (middle, total) in self
            .middle
            .iter_mut()
            .zip(self.total.chunks_exact_mut(width))
        {
            add_planes(middle, total);
            *middle = [0; 8];
        }
        self.middle_pending = 0;
    }

    /// How many times each bit was set in `slot`.
    #[cfg(test)]
    pub fn counts(&self, slot: usize) -> [u32; 32] {
        let mut out = [0u32; 32];
        self.counts_into(slot, &mut out);
        out
    }

    /// How many times each bit was set in `slot`, written into `out` (lanes past the width
    /// hold nothing of use). Filling the caller's array spares a copy of it per slot.
    #[inline]
    pub fn counts_into(&self, slot: usize, out: &mut [u32; 32]) {
        // The planes are added into all 32 lanes, a fixed size the compiler works on in whole
        // vectors with no lanes left over per plane, and the totals are added last.
        let mut lanes = [0; 32];
        if let Some(middle) = self.middle.get(slot) {
            add_planes(middle, &mut lanes);
        }
        add_planes(&self.small[slot], &mut lanes);
        let width = self.width;
        match self.total.get(slot * width..(slot + 1) * width) {
            Some(total) => {
                for ((o, &l), &t) in out.iter_mut().zip(&lanes).zip(total) {
                    *o = l + t;
                }
            }
            None => *out = lanes,
        }
    }
}

/// `middle += small`, lane by lane, as bit-sliced numbers (a ripple-carry adder without
/// branches; the caller guarantees no lane passes 255).
#[inline]
fn add_sliced(middle: &mut [u32; 8], small: &[u32; 4]) {
    let mut carry = 0u32;
    for (k, m) in middle.iter_mut().enumerate() {
        let b = small.get(k).copied().unwrap_or(0);
        let a = *m;
        let half = a ^ b;
        *m = half ^ carry;
        carry = (a & b) | (carry & half);
    }
}

/// `LANE_BITS[i]`: the bit of lane `i`.
const LANE_BITS: [u32; 32] = {
    let mut bits = [0; 32];
    let mut i = 0;
    while i < 32 {
        bits[i] = 1 << i;
        i += 1;
    }
    bits
};

/// Adds the counts held in bit-sliced `planes` to `total` (`total.len()` ≤ 32 lanes). Each
/// plane that holds anything adds its bit to every lane without branches (the compiler does
/// several lanes at once); empty planes, the usual case after a few runs, cost one test. Each
/// lane's bit is tested against a table rather than shifted out by the lane's index: a shift
/// by a different amount in each lane has no instruction before AVX2, a test does.
fn add_planes(planes: &[u32], total: &mut [u32]) {
    for (k, &plane) in planes.iter().enumerate() {
        if plane == 0 {
            continue;
        }
        for (t, &bit) in total.iter_mut().zip(&LANE_BITS) {
            *t += u32::from(plane & bit != 0) << k;
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

    #[test]
    fn counts_past_the_middle_counters_match_a_plain_count() {
        // Through several middle flushes (every 255 runs), with counts left at every level.
        let mut c = BitCounters::new(3, 19);
        let mut plain = [[0u32; 19]; 3];
        let mut state = 99u64;
        for run in 0..1000u32 {
            for (slot, counts) in plain.iter_mut().enumerate() {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let mask = ((state >> 20) as u32) & ((1 << 19) - 1);
                c.add(slot, mask);
                for (i, n) in counts.iter_mut().enumerate() {
                    *n += (mask >> i) & 1;
                }
            }
            c.end_run();
            if run % 97 == 0 || run > 990 {
                for (slot, counts) in plain.iter().enumerate() {
                    assert_eq!(&c.counts(slot)[..19], counts, "run {run}, slot {slot}");
                }
            }
        }
    }

    #[test]
    fn the_sliced_adder_adds_every_lane() {
        let mut middle = [0u32; 8];
        // Lane i holds i × 15 after i adds of 15 … checked against plain numbers.
        for step in 0..17u32 {
            let small = [u32::MAX, u32::MAX, u32::MAX, u32::MAX]; // 15 in every lane
            add_sliced(&mut middle, &small);
            let value = |lane: u32| (0..8).map(|k| ((middle[k] >> lane) & 1) << k).sum::<u32>();
            assert_eq!(value(0), 15 * (step + 1));
            assert_eq!(value(31), 15 * (step + 1));
        }
    }
}
