//! The frame every chart over the years shares: the margins, a label at each simulated year,
//! the value axis from zero with the page's number format, the axis titles and a light grid.

use plotters::chart::{ChartBuilder, ChartContext};
use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::types::RangedCoordf64;
use plotters::style::{Color, TRANSPARENT};
use plotters_canvas::CanvasBackend;

use super::{Area, DrawError, Frame};
use crate::components::charts::palette::{GRID, INK};
use crate::i18n::ChartMsg;

/// A chart over the years, ready for its series.
pub type YearChart<'a> =
    ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// What the year axes need.
pub struct YearAxes<'p> {
    /// The years labelled on the x axis.
    pub years: &'p [u16],
    /// The x range (a little beyond the first and last year).
    pub x: (f64, f64),
    /// The x axis title.
    pub x_axis: ChartMsg,
    /// The top of the value axis (it starts at zero).
    pub top: f64,
    /// The value axis title.
    pub y_axis: &'p str,
    pub decimals: usize,
    /// Room for the value labels, in font sizes.
    pub y_label_em: f64,
}

/// Draws the axes, labels and grid of `axes` on `area` and returns the chart to draw in.
pub fn year_chart<'a>(
    area: &'a Area,
    f: &Frame,
    axes: &YearAxes<'_>,
) -> Result<YearChart<'a>, DrawError> {
    let lang = f.lang;
    let decimals = axes.decimals;
    let narrow = f.narrow;
    let last = axes.years.last().copied().unwrap_or(0);
    let year_label = |x: &f64| {
        let y = x.round();
        let year = y as u16;
        // Narrow: the last year (the targets' 2025) and every other one before it.
        let shown = !narrow || last.wrapping_sub(year) % 2 == 0;
        if (x - y).abs() < 1e-6 && axes.years.contains(&year) && shown {
            format!("{y:.0}")
        } else {
            String::new()
        }
    };
    let value_label = move |y: &f64| lang.number(*y, decimals);
    // Room for the widest value label (the top's) beside the axis title, `y_label_em` at the
    // least: a budget typed in the hundreds of thousands of tỷ had its labels cut at the left
    // ("…000.000").
    let widest = f64::from(super::text_width(
        area,
        &value_label(&axes.top),
        &f.text(1.0, INK),
    ));
    let y_label_area = f
        .px(f.font * axes.y_label_em)
        .max(widest + f.px(f.font * 2.2 + 5.0));

    let mut chart = ChartBuilder::on(area)
        .margin_top(f.px(f.font * 0.7))
        .margin_right(f.px(f.font * 1.2))
        .margin_left(f.px(4.0))
        .margin_bottom(f.px(4.0))
        .x_label_area_size(f.px(f.font * 3.1))
        .y_label_area_size(y_label_area)
        .build_cartesian_2d(axes.x.0..axes.x.1, 0.0..axes.top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(axes.years.len().max(2))
        .y_labels(6)
        .x_label_formatter(&year_label)
        .y_label_formatter(&value_label)
        .x_desc(lang.t(axes.x_axis))
        .y_desc(axes.y_axis)
        .label_style(f.text(1.0, INK))
        .axis_desc_style(f.text(1.0, INK))
        .axis_style(INK.stroke_width(f.pxu(1.5)))
        .bold_line_style(GRID.stroke_width(f.pxu(1.0)))
        .light_line_style(TRANSPARENT)
        .set_all_tick_mark_size(f.px(5.0))
        .draw()?;
    Ok(chart)
}
