//! Where a chart's labels go, decided without a canvas (tested natively).

/// Every how many bars a total is written: 1 where the widest fits its slot (with a little
/// room between neighbours), else as many slots as it takes.
pub fn label_step(widest: f64, slot: f64) -> usize {
    if slot.is_finite() && slot > 0.0 {
        ((widest / (slot * 0.92)).ceil() as usize).max(1)
    } else {
        1
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::label_step;

    #[test]
    fn totals_too_wide_for_their_slot_skip_as_many_bars_as_they_need() {
        assert_eq!(label_step(40.0, 100.0), 1);
        assert_eq!(label_step(0.0, 100.0), 1);
        assert_eq!(label_step(60.0, 50.0), 2);
        // "6.608.984" on a phone: three slots wide, every third.
        assert_eq!(label_step(130.0, 50.0), 3);
        assert_eq!(label_step(40.0, f64::INFINITY), 1);
        assert_eq!(label_step(40.0, 0.0), 1);
    }
}
