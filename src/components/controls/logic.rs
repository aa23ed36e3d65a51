//! The number levers' pure logic, compiled natively too (`components` is wasm-only) so that
//! its tests run without a browser.

/// The slider's step: `step`, unless the value (typed in the box, say 103 % where the slider
/// goes by 5) is off that grid; then the finest the box shows (1, 0.1, …), so that the thumb
/// sits where the value is rather than on the nearest step (a browser snaps a range's value to
/// its step, and the thumb said 105 beside a box saying 103).
pub fn slider_step(value: f64, min: f64, max: f64, step: f64, decimals: usize) -> f64 {
    let shown = value.clamp(min, max);
    if step.is_nan() || step <= 0.0 || !shown.is_finite() {
        return step;
    }
    let steps = (shown - min) / step;
    if (steps - steps.round()).abs() < 1e-9 {
        step
    } else {
        let finest = 10f64.powi(-(decimals.min(6) as i32));
        finest.min(step)
    }
}

#[cfg(test)]
mod tests {
    use super::slider_step;

    #[test]
    fn the_slider_keeps_its_step_on_the_grid_and_goes_finer_off_it() {
        assert_eq!(slider_step(100.0, 0.0, 300.0, 5.0, 0), 5.0);
        assert_eq!(slider_step(103.0, 0.0, 300.0, 5.0, 0), 1.0);
        assert_eq!(slider_step(2.5, 0.0, 20.0, 1.0, 1), 0.1);
        // Past the slider's end the thumb sits at the end, which is on the grid.
        assert_eq!(slider_step(2000.0, 0.0, 20.0, 1.0, 0), 1.0);
        // A step finer than the box's decimals is kept.
        assert_eq!(slider_step(0.35, 0.0, 1.0, 0.1, 0), 0.1);
    }
}
