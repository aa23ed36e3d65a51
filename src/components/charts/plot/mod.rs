//! The plotters drawings of a [`ChartSpec`]: the legend strip on top, then the chart.
//!
//! Pure drawing: it gets a drawing area, a spec and a [`Frame`] (how many device pixels a CSS
//! pixel is, the font size) and never reads the page state. The same code draws on the page
//! (scale = `devicePixelRatio`) and into the PNG export (scale = 2).

mod axes;
mod bars;
mod districts;
mod legend;
mod marks;
mod stacked;
mod yearly;

use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea};
use plotters::style::{FontStyle, IntoFont, RGBColor, TextStyle};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::model::{ChartSpec, Plot};
use super::palette::WHITE;
use crate::i18n::Lang;

/// The drawing surface.
pub type Area = DrawingArea<CanvasBackend, Shift>;

/// The page's font stack (main.css), so chart text matches the page and has Vietnamese glyphs.
pub const FONT: &str =
    "system-ui, \"Segoe UI\", Roboto, \"Noto Sans\", \"Helvetica Neue\", Arial, \"DejaVu Sans\", sans-serif";

/// A drawing failed (the canvas has no 2D context, or the backend refused).
#[derive(Debug, Clone, PartialEq)]
pub struct DrawError(pub String);

impl std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for DrawError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        DrawError(e.to_string())
    }
}

/// Sizes for one drawing: every length in the model and here is in CSS pixels, multiplied
/// by `scale` to get device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Device pixels per CSS pixel.
    pub scale: f64,
    /// Base font size, CSS pixels: larger on a wide chart, never under 16 (the page's body
    /// text is 18: chart labels must stay readable from the back of a meeting room).
    pub font: f64,
    pub lang: Lang,
    /// A chart too narrow for a label at every year (a phone): every other year is labelled
    /// (six years at the smallest type ran together: "2020202120222023").
    pub narrow: bool,
}

impl Frame {
    /// The frame of a chart `css_width` CSS pixels wide drawn at `scale`.
    pub fn new(css_width: f64, scale: f64, lang: Lang) -> Frame {
        Frame {
            scale,
            font: (css_width / 50.0).clamp(16.0, 22.0),
            lang,
            narrow: css_width < 560.0,
        }
    }

    pub fn px(&self, css: f64) -> f64 {
        css * self.scale
    }

    pub fn pxi(&self, css: f64) -> i32 {
        self.px(css).round() as i32
    }

    /// A stroke width: at least one device pixel.
    pub fn pxu(&self, css: f64) -> u32 {
        self.px(css).round().max(1.0) as u32
    }

    /// Text `rel` times the base size.
    pub fn text(&self, rel: f64, colour: RGBColor) -> TextStyle<'static> {
        (FONT, self.px(self.font * rel)).into_font().color(&colour)
    }

    pub fn bold(&self, rel: f64, colour: RGBColor) -> TextStyle<'static> {
        (FONT, self.px(self.font * rel), FontStyle::Bold)
            .into_font()
            .color(&colour)
    }
}

/// Draws `spec` on `canvas`, whose backing store is already `frame.scale` times its CSS size;
/// returns the height the legend took, in device pixels (see [`draw`]).
pub fn draw_on_canvas(
    canvas: HtmlCanvasElement,
    spec: &ChartSpec,
    frame: &Frame,
) -> Result<i32, DrawError> {
    let root = CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| DrawError("the canvas has no 2D context".into()))?
        .into_drawing_area();
    let legend = draw(&root, spec, frame)?;
    root.present()?;
    Ok(legend)
}

/// Draws `spec` (legend, then chart) on `area`; returns the height the legend took, in device
/// pixels, so that the page can give a long legend room of its own instead of taking it from
/// the plot (four scenarios' names flattened a comparison's plot to a line).
pub fn draw(area: &Area, spec: &ChartSpec, frame: &Frame) -> Result<i32, DrawError> {
    area.fill(&WHITE)?;
    let body = legend::draw(area, &spec.legend, frame)?;
    let legend = area.dim_in_pixel().1 as i32 - body.dim_in_pixel().1 as i32;
    match &spec.plot {
        Plot::Yearly(p) => yearly::draw(&body, p, frame),
        Plot::Bars(p) => bars::draw(&body, p, frame),
        Plot::Stacked(p) => stacked::draw(&body, p, frame),
        Plot::Districts(p) => districts::draw(&body, p, frame),
    }?;
    Ok(legend)
}

/// The least height, in CSS pixels, a chart's plot keeps below its legend: room for the axis
/// titles and labels and a readable plot, at any legend's length.
pub fn least_plot_height(frame: &Frame) -> f64 {
    frame.font * 16.0
}

/// A round number a little above `max`, so an axis ends on a labelled gridline.
pub fn nice_ceiling(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 10.0;
    }
    let target = max * 1.06;
    let step = 10f64.powf(target.log10().floor());
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * step)
        .find(|&c| c >= target)
        .unwrap_or(10.0 * step)
}

/// The x range of a chart over `first..=last` with `pad` years of room at each end, so the
/// first and last markers are not cut by the axes.
pub fn year_range(first: u16, last: u16, pad: f64) -> (f64, f64) {
    (f64::from(first) - pad, f64::from(last) + pad)
}

/// `abs` (backend pixels, as `ChartContext::backend_coord` gives) relative to `area`.
pub fn local(area: &Area, abs: (i32, i32)) -> (i32, i32) {
    let (x0, y0) = area.get_base_pixel();
    (abs.0 - x0, abs.1 - y0)
}

/// Width of `text` in `style`, device pixels (0 if it cannot be measured).
///
/// Measured with a canvas's `measureText`, as the canvas will draw it. (plotters measures
/// with a `<span>` in the page, which costs a layout per call and is capped at the viewport's
/// width: a 2× export's caption would never wrap on a laptop.) The area is unused: kept so
/// call sites read as "on this area".
pub fn text_width(_area: &Area, text: &str, style: &TextStyle<'_>) -> i32 {
    measure(text, style).round() as i32
}

/// Width of `text` drawn in `style`, device pixels.
pub fn measure(text: &str, style: &TextStyle<'_>) -> f64 {
    thread_local!(static CONTEXT: Option<CanvasRenderingContext2d> = {
        gloo::utils::document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
            .and_then(|c| c.get_context("2d").ok().flatten())
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    });
    let font = &style.font;
    // The same font string plotters-canvas sets before drawing text.
    let css = format!(
        "{} {}px {}",
        font.get_style().as_str(),
        font.get_size(),
        font.get_name()
    );
    CONTEXT.with(|ctx| {
        ctx.as_ref().map_or(0.0, |ctx| {
            ctx.set_font(&css);
            ctx.measure_text(text).map_or(0.0, |m| m.width())
        })
    })
}

/// `text` shortened with "…" to fit `max` device pixels.
pub fn fit_text(area: &Area, text: &str, style: &TextStyle<'_>, max: i32) -> String {
    if text_width(area, text, style) <= max {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut keep = chars.len();
    while keep > 1 {
        keep -= 1;
        let candidate: String = chars[..keep]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…";
        if text_width(area, &candidate, style) <= max {
            return candidate;
        }
    }
    "…".to_string()
}
