//! A dataset's fingerprint: a hash of what it says, not of the bytes of its files.
//!
//! The same figures saved another way (semicolons and decimal commas, a byte-order mark,
//! "60" or "60.0", another order of `province.json`'s keys) are the same data and get the same
//! fingerprint; any changed figure, name, flag or criterion gives another. Links carry part of
//! it, so that a link opened on other data under the same id and version says so (see
//! `codec::link`). Every number is hashed by its IEEE bits, so native and wasm agree.

use super::{Commune, Village};
use crate::criteria::CriteriaCatalog;
use crate::dataset::Province;

/// FNV-1a, 64 bits, fed field by field.
struct Hasher(u64);

impl Hasher {
    fn new() -> Self {
        Hasher(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// A text, ended by a byte no UTF-8 text has, so "ab" + "c" differs from "a" + "bc".
    fn text(&mut self, s: &str) {
        self.bytes(s.as_bytes());
        self.bytes(&[0xff]);
    }

    fn number(&mut self, x: u64) {
        self.bytes(&x.to_le_bytes());
    }

    fn float(&mut self, x: f64) {
        self.number(x.to_bits());
    }
}

/// The fingerprint of a dataset's parts as read.
pub(super) fn content_fingerprint(
    province: &Province,
    criteria: &CriteriaCatalog,
    communes: &[Commune],
    villages: &[Village],
) -> u64 {
    let mut h = Hasher::new();
    // Both were parsed: their JSON, written again, no longer depends on spacing or key order.
    h.text(&serde_json::to_string(province).unwrap_or_default());
    h.text(&serde_json::to_string(criteria).unwrap_or_default());
    h.number(communes.len() as u64);
    for c in communes {
        h.text(&c.code);
        h.text(&c.name);
        h.number(c.district as u64);
        h.text(c.unit_type.as_vi());
        let flag = |b: bool| u64::from(b);
        h.number(
            flag(c.extremely_difficult)
                | flag(c.program_135) << 1
                | flag(c.scope_1385) << 2
                | match c.border {
                    None => 0,
                    Some(false) => 1 << 3,
                    Some(true) => 2 << 3,
                },
        );
        h.number(u64::from(c.households));
        h.float(c.poverty_rate);
        h.float(c.remoteness);
        h.number(c.recognised_year.map_or(0, |y| u64::from(y) + 1));
        h.number(c.levels.len() as u64);
        c.levels.iter().for_each(|&v| h.float(v));
    }
    h.number(villages.len() as u64);
    for v in villages {
        h.text(&v.id);
        h.text(&v.name);
        h.number(v.commune as u64);
        h.number(u64::from(v.households));
        h.number(v.levels.len() as u64);
        v.levels.iter().for_each(|&x| h.float(x));
    }
    h.0
}
