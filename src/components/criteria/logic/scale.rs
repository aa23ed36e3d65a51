//! The heat map's colour scale: the probability that a criterion is met, cut into seven
//! classes. Colours live in `style/criteria.css` (`.heat-0` … `.heat-6`, ColorBrewer YlOrBr,
//! which stays ordered for every kind of colour blindness); each cell also carries its
//! percentage or a symbol, so colour is never the only cue.

/// Below this probability a criterion is *binding*: it is more likely unmet than met.
pub const BINDING_P: f64 = 0.5;

/// Below this (and at or above [`BINDING_P`]) a criterion is *uncertain*: met in most runs,
/// but not in enough of them to count on.
pub const UNCERTAIN_P: f64 = 0.9;

/// At or above this a cell shows ✓ (met in practically every run); below `1 − CERTAIN` ✗.
pub const CERTAIN: f64 = 0.995;

/// Lower bound of each class, darkest last: class `i` holds `LOWER[i] ≤ p < LOWER[i − 1]`.
pub const LOWER: [f64; 7] = [CERTAIN, 0.9, 0.7, 0.5, 0.3, 0.1, 0.0];

/// The class (0 = met in every run … 6 = almost never) of probability `p`.
pub fn class_of(p: f64) -> usize {
    LOWER
        .iter()
        .position(|&lo| p >= lo)
        .unwrap_or(LOWER.len() - 1)
}

/// What a cell shows: ✓, ✗ or the whole percentage (rounded down) between them.
pub fn cell_text(p: f64) -> String {
    if p >= CERTAIN {
        "✓".into()
    } else if p < 1.0 - CERTAIN {
        "✗".into()
    } else {
        // Rounded down, so the number always lies in its colour's class (49 is binding, 50
        // is not); the epsilon undoes float error such as 0.29 × 100 = 28.999…. Never "100"
        // or "0" between the symbols: those would claim a certainty the runs lack; below 1%
        // it says "<1", as the tooltip's "< 1%" (`i18n::criteria::percent`) does.
        let pct = (p * 100.0 + 1e-9).floor().min(99.0);
        if pct < 1.0 {
            "<1".into()
        } else {
            format!("{pct}")
        }
    }
}

/// `(lower, upper)` percentages of class `i`, for the legend.
pub fn class_range(i: usize) -> (f64, f64) {
    let lo = LOWER.get(i).copied().unwrap_or(0.0);
    let hi = if i == 0 { 1.0 } else { LOWER[i - 1] };
    (lo * 100.0, hi * 100.0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn classes_and_texts() {
        let cases = [
            (1.0, 0, "✓"),
            (0.995, 0, "✓"),
            (0.994, 1, "99"),
            (0.8999, 2, "89"),
            (0.9, 1, "90"),
            (0.75, 2, "75"),
            (0.5, 3, "50"),
            (0.499, 4, "49"),
            (0.29, 5, "29"),
            (0.2, 5, "20"),
            (0.05, 6, "5"),
            (0.006, 6, "<1"),
            (0.01, 6, "1"),
            (0.004, 6, "✗"),
            (0.0, 6, "✗"),
        ];
        for (p, class, text) in cases {
            assert_eq!((class_of(p), cell_text(p).as_str()), (class, text), "{p}");
        }
    }

    #[test]
    fn the_classes_cover_zero_to_one_without_gaps() {
        assert_eq!(class_range(0), (99.5, 100.0));
        for i in 1..LOWER.len() {
            assert_eq!(class_range(i).1, class_range(i - 1).0, "class {i}");
        }
        assert_eq!(class_range(LOWER.len() - 1).0, 0.0);
    }
}
