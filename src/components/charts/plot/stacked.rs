//! Stacked bars per year (one layer per money source, thin white seams between layers), the
//! total written over each bar, and the budget plan's total as a dashed line with markers.

use plotters::element::{Rectangle, Text};
use plotters::series::DashedLineSeries;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::axes::{year_chart, YearAxes};
use super::marks::marker;
use super::{local, nice_ceiling, text_width, year_range, Area, DrawError, Frame};
use crate::components::charts::model::StackedPlot;
use crate::components::charts::palette::{INK, WHITE};

/// Half a bar's width, in years.
const HALF_BAR: f64 = 0.3;

pub fn draw(area: &Area, p: &StackedPlot, f: &Frame) -> Result<(), DrawError> {
    let (Some(&first), Some(&last)) = (p.years.first(), p.years.last()) else {
        return Ok(());
    };
    let totals: Vec<f64> = (0..p.years.len())
        .map(|i| p.layers.iter().filter_map(|l| l.values.get(i)).sum())
        .collect();
    let budget_max = p.total.values.iter().flatten().copied().fold(0.0, f64::max);
    // Room above the tallest bar for its total.
    let top = nice_ceiling(totals.iter().copied().fold(budget_max, f64::max) * 1.08);
    let (x0, x1) = year_range(first, last, 0.6);
    let lang = f.lang;
    let mut chart = year_chart(
        area,
        f,
        &YearAxes {
            x_axis: crate::i18n::ChartMsg::AxisYear,
            years: &p.years,
            x: (x0, x1),
            top,
            y_axis: p.y_axis.as_str(),
            decimals: 0,
            y_label_em: 4.8,
        },
    )?;

    let seam = WHITE.stroke_width(f.pxu(1.0));
    for (i, &year) in p.years.iter().enumerate() {
        let x = f64::from(year);
        let mut base = 0.0;
        for layer in &p.layers {
            let v = layer.values.get(i).copied().unwrap_or(0.0);
            if v <= 0.0 {
                continue;
            }
            let corners = [(x - HALF_BAR, base), (x + HALF_BAR, base + v)];
            chart.draw_series([
                Rectangle::new(corners, layer.colour.filled()),
                Rectangle::new(corners, seam),
            ])?;
            base += v;
        }
    }

    let style = p.total.style;
    let points: Vec<(f64, f64)> = p
        .years
        .iter()
        .zip(&p.total.values)
        .filter_map(|(&y, v)| v.map(|v| (f64::from(y), v)))
        .collect();
    chart.draw_series(DashedLineSeries::new(
        points.clone(),
        f.px(10.0),
        f.px(6.0),
        style.colour.stroke_width(f.pxu(style.width)),
    ))?;
    if let Some(m) = &style.marker {
        for &(x, v) in &points {
            marker(area, local(area, chart.backend_coord(&(x, v))), m, f)?;
        }
    }

    // Each bar's total above the bar (or above the budget marker when that is higher).
    let label = f.bold(0.9, INK);
    let lift = f.pxi(style.marker.map_or(4.0, |m| m.radius * 1.25 + 5.0));
    let texts: Vec<String> = totals.iter().map(|t| lang.number(*t, 0)).collect();
    // Where the totals are wider than a bar's slot (a phone, a long horizon: "1.5681.568"),
    // every other one, counted from the last year, as the years under the axis are; every
    // third or more where even that is too tight (millions of tỷ typed in, on a phone).
    let slot = match p.years.as_slice() {
        [a, b, ..] => {
            let (xa, _) = chart.backend_coord(&(f64::from(*a), 0.0));
            let (xb, _) = chart.backend_coord(&(f64::from(*b), 0.0));
            f64::from((xb - xa).abs())
        }
        _ => f64::INFINITY,
    };
    let widest = texts
        .iter()
        .map(|t| f64::from(text_width(area, t, &label)))
        .fold(0.0, f64::max);
    let step = crate::chart_labels::label_step(widest, slot);
    let last = p.years.len().saturating_sub(1);
    for (i, &year) in p.years.iter().enumerate() {
        if !(last - i).is_multiple_of(step) {
            continue;
        }
        let plan = p.total.values.get(i).copied().flatten().unwrap_or(0.0);
        let (x, y) = local(
            area,
            chart.backend_coord(&(f64::from(year), totals[i].max(plan))),
        );
        // Kept inside the canvas: the last bar's total, centred, ran past its right edge on a
        // phone.
        let half = text_width(area, &texts[i], &label) / 2;
        let width = area.dim_in_pixel().0 as i32;
        let x = x.min(width - half - 1).max(half);
        area.draw(&Text::new(
            texts[i].clone(),
            (x, y - lift),
            label.pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
    }
    Ok(())
}
