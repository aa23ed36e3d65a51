//! The plotters drawing of a yearly band: P10–P90 area, median line and points, axes.
//! Pure drawing: it gets a canvas, numbers and a language, and never reads the page state.

use ntm_model::Band;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use crate::i18n::{Lang, Msg};

/// The chart background (tests look for pixels that differ from it).
pub const BACKGROUND: RGBColor = RGBColor(255, 255, 255);
/// The median line: the programme's green, dark enough for a washed-out projector.
pub const MEDIAN: RGBColor = RGBColor(11, 110, 79);
const BAND: RGBColor = RGBColor(92, 184, 140);
const INK: RGBColor = RGBColor(31, 41, 51);
const GRID: RGBColor = RGBColor(222, 228, 233);

/// What to draw: `band.*[i]` is the value at the end of `years[i]`.
pub struct YearlyBand<'a> {
    pub years: &'a [u16],
    pub band: &'a Band,
    pub y_axis: Msg,
}

/// Draws `data` on `canvas`, whose backing store is already `dpr` times its CSS size.
pub fn yearly_band(
    canvas: HtmlCanvasElement,
    data: &YearlyBand<'_>,
    lang: Lang,
    dpr: f64,
) -> Result<(), String> {
    let root = CanvasBackend::with_canvas_object(canvas)
        .ok_or("the canvas has no 2D context")?
        .into_drawing_area();
    root.fill(&BACKGROUND).map_err(|e| e.to_string())?;

    let (Some(&first), Some(&last)) = (data.years.first(), data.years.last()) else {
        return Ok(()); // No years: an empty chart, the table says the same.
    };
    let px = |css: f64| css * dpr;
    let text = |size: f64| ("sans-serif", px(size)).into_font().color(&INK);
    let top = nice_ceiling(data.band.p90.iter().copied().fold(0.0, f64::max));
    let year_label = |x: &i32| x.to_string();
    let value_label = |y: &f64| lang.number(*y, 0);

    let mut chart = ChartBuilder::on(&root)
        .margin(px(16.0))
        .margin_right(px(28.0))
        .x_label_area_size(px(56.0))
        .y_label_area_size(px(76.0))
        .build_cartesian_2d(i32::from(first)..i32::from(last), 0.0..top)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(data.years.len())
        .y_labels(6)
        .x_label_formatter(&year_label)
        .y_label_formatter(&value_label)
        .x_desc(lang.t(Msg::AxisYear))
        .y_desc(lang.t(data.y_axis))
        .label_style(text(16.0))
        .axis_desc_style(text(16.0))
        .axis_style(INK.stroke_width(px(1.5).round() as u32))
        .bold_line_style(GRID.stroke_width(px(1.0).round() as u32))
        .light_line_style(TRANSPARENT)
        .draw()
        .map_err(|e| e.to_string())?;

    let points = |values: &[f64]| -> Vec<(i32, f64)> {
        data.years
            .iter()
            .zip(values)
            .map(|(&y, &v)| (i32::from(y), v))
            .collect()
    };
    let mut area = points(&data.band.p10);
    area.extend(points(&data.band.p90).into_iter().rev());
    chart
        .draw_series(std::iter::once(Polygon::new(area, BAND.mix(0.35).filled())))
        .map_err(|e| e.to_string())?;

    let median = points(&data.band.p50);
    let line = MEDIAN.stroke_width(px(3.0).round() as u32);
    chart
        .draw_series(LineSeries::new(median.iter().copied(), line))
        .map_err(|e| e.to_string())?;
    let radius = px(5.0).round() as i32;
    chart
        .draw_series(
            median
                .iter()
                .map(|&p| Circle::new(p, radius, MEDIAN.filled())),
        )
        .map_err(|e| e.to_string())?;

    root.present().map_err(|e| e.to_string())
}

/// A round number a little above `max`, so the y axis ends on a labelled gridline.
fn nice_ceiling(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 10.0;
    }
    let target = max * 1.08;
    let step = 10f64.powf(target.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * step)
        .find(|&c| c >= target)
        .unwrap_or(10.0 * step)
}
