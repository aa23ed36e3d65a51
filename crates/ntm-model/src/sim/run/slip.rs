//! Backsliding: at most one capacity criterion per unit and year falls back (MODEL.md §2).

/// A slip: with probability `slip` per criterion (at most one per unit and year, which keeps
/// one draw for the event and one for the choice), one capacity criterion falls by `depth`
/// (not below 0), after the year's progress.
///
/// Without branches, and without reading back a level the progress loop has just written:
/// slips happen in a good share of unit-years, and either of those cost more than the loop
/// itself. The caller reads the chosen criterion's level before the loop, lets the loop update
/// every criterion, then overwrites the chosen one with [`Slip::level`]. Without an event the
/// level falls by `0 · depth` with no floor, which leaves it exactly as the loop left it.
#[derive(Clone, Copy)]
pub(super) struct Slip {
    /// The criterion chosen (valid whenever there is at least one criterion).
    pub at: usize,
    pub event: bool,
    pub depth: f64,
}

impl Slip {
    /// `which` is the 16 random bits of the choice: the uniform `u = (which + 0.5) / 2^16`
    /// picks criterion `⌊u · k⌋`, worked out in integers (exactly, without a float-to-integer
    /// conversion) as `⌊(2 · which + 1) · k / 2^17⌋`, which is always below `k`.
    #[inline]
    pub fn draw(k: usize, slip: f64, depth: f64, u_event: f64, which: u16) -> Slip {
        let kf = k as f64;
        Slip {
            at: (((u64::from(which) * 2 + 1) * k as u64) >> 17) as usize,
            event: u_event < slip * kf,
            depth,
        }
    }

    /// The chosen criterion's level after the slip, given its level `x` after the progress.
    #[inline]
    pub fn level(self, x: f64) -> f64 {
        const FLOOR: [f64; 2] = [f64::NEG_INFINITY, 0.0];
        (x - self.depth * f64::from(u8::from(self.event))).max(FLOOR[usize::from(self.event)])
    }

    /// `soft` with the chosen criterion's bit set from its level `x` against `t`.
    #[inline]
    pub fn mask(self, soft: u32, x: f64, t: f64) -> u32 {
        (soft & !(1 << self.at)) | (u32::from(x >= t) << self.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slip_picks_the_criterion_the_uniform_picks() {
        for k in 1..=20usize {
            for which in 0..=u16::MAX {
                let u = (f64::from(which) + 0.5) / 65536.0;
                let float_pick = ((u * k as f64) as usize).min(k - 1);
                assert_eq!(Slip::draw(k, 0.0, 0.0, 0.5, which).at, float_pick);
            }
        }
    }

    #[test]
    fn a_slip_lowers_only_with_an_event_and_not_below_zero() {
        let event = Slip {
            at: 1,
            event: true,
            depth: 0.3,
        };
        let none = Slip {
            at: 1,
            event: false,
            depth: 0.3,
        };
        assert_eq!(event.level(0.5), 0.2);
        assert_eq!(event.level(0.1), 0.0);
        assert_eq!(none.level(0.5), 0.5);
        assert_eq!(event.mask(0b11, 0.2, 0.5), 0b01);
        assert_eq!(none.mask(0b01, 0.6, 0.5), 0b11);
    }
}
