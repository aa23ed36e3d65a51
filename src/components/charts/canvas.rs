//! Keeps a canvas sharp on any screen: the backing store is the CSS size times
//! `devicePixelRatio` (2 on most projectors' laptops, 1.25–1.5 on zoomed Windows desktops),
//! so one canvas pixel is one device pixel. Everything drawn is scaled by the same ratio.

use web_sys::HtmlCanvasElement;

/// Resizes `canvas`'s backing store to its CSS box times the device pixel ratio and returns
/// that ratio (the factor the drawing code multiplies its sizes by). `None` when the canvas
/// is not laid out (e.g. hidden), in which case there is nothing worth drawing.
pub fn fit_to_device_pixels(canvas: &HtmlCanvasElement) -> Option<f64> {
    let dpr = gloo::utils::window().device_pixel_ratio();
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr
    } else {
        1.0
    };
    let (css_w, css_h) = (canvas.client_width(), canvas.client_height());
    if css_w <= 0 || css_h <= 0 {
        return None;
    }
    let (w, h) = backing_size(css_w, css_h, dpr);
    // Setting width/height clears the canvas, even to the same value: only when it changed.
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    Some(dpr)
}

/// Device pixels for a CSS box of `css_w` × `css_h` at ratio `dpr`.
fn backing_size(css_w: i32, css_h: i32, dpr: f64) -> (u32, u32) {
    let scale = |css: i32| (f64::from(css) * dpr).round().max(1.0) as u32;
    (scale(css_w), scale(css_h))
}
