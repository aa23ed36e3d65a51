//! Horizontal bars, one per criterion, lowest at the top: the criteria that hold the province
//! back are the first thing the eye meets, in the highlight colour and bold. The baseline is
//! a black tick across each bar; the value is written at the bar's end.

use plotters::chart::ChartBuilder;
use plotters::element::{Rectangle, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, TRANSPARENT};

use super::marks::stroke;
use super::{fit_text, local, text_width, Area, DrawError, Frame};
use crate::components::charts::model::BarsPlot;
use crate::components::charts::palette::{GRID, INK};

/// The smallest a name is set, against the other names, before it is shortened instead.
const SMALLEST_LABEL: f64 = 0.88;

pub fn draw(area: &Area, p: &BarsPlot, f: &Frame) -> Result<(), DrawError> {
    let n = p.rows.len();
    if n == 0 {
        return Ok(());
    }
    let (width, _) = area.dim_in_pixel();
    let plain = f.text(0.95, INK);
    let strong = f.bold(0.95, INK);
    let style_of = |highlighted: bool| if highlighted { &strong } else { &plain };

    // The label column is as wide as the longest name, up to 60 % of the chart (half on a
    // phone); longer names are shortened (the table has them in full). At half, "13. Tổ chức
    // sản xuất và phát triển kinh tế nông thôn", one of the criteria that hold Cao Bằng back,
    // lost its last words at 1366 px.
    let widest = p
        .rows
        .iter()
        .map(|r| text_width(area, &r.label, style_of(r.highlighted)))
        .max()
        .unwrap_or(0);
    let pad = f.pxi(10.0);
    let most = if f.narrow { 0.5 } else { 0.6 };
    let label_width = (widest + 2 * pad).min((f64::from(width) * most) as i32);

    let lang = f.lang;
    let pct = move |v: &f64| format!("{}%", lang.number(*v, 0));
    let mut chart = ChartBuilder::on(area)
        .margin_top(f.px(4.0))
        .margin_right(f.px(f.font * 3.4))
        .margin_left(f.px(4.0))
        .margin_bottom(f.px(4.0))
        .x_label_area_size(f.px(f.font * 3.1))
        .y_label_area_size(label_width)
        .build_cartesian_2d(0.0..100.0, 0.0..n as f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        // On a phone six labels ran together ("0%20%40%60%80%100%"): three.
        .x_labels(if f.narrow { 3 } else { 6 })
        .x_label_formatter(&pct)
        .x_desc(p.x_axis.as_str())
        .label_style(f.text(1.0, INK))
        .axis_desc_style(f.text(1.0, INK))
        .axis_style(INK.stroke_width(f.pxu(1.5)))
        .bold_line_style(GRID.stroke_width(f.pxu(1.0)))
        .light_line_style(TRANSPARENT)
        .set_all_tick_mark_size(f.px(5.0))
        .draw()?;

    for (rank, row) in p.rows.iter().enumerate() {
        // Row 0 (the lowest rate) at the top.
        let top = (n - rank) as f64;
        let mid = top - 0.5;
        let colour = if row.highlighted {
            p.highlight
        } else {
            p.colour
        };
        let value = (row.value * 100.0).clamp(0.0, 100.0);
        chart.draw_series(std::iter::once(Rectangle::new(
            [(0.0, top - 0.82), (value, top - 0.18)],
            colour.filled(),
        )))?;

        if let Some(b) = row.baseline {
            let b = (b * 100.0).clamp(0.0, 100.0);
            let a = local(area, chart.backend_coord(&(b, top - 0.06)));
            let z = local(area, chart.backend_coord(&(b, top - 0.94)));
            stroke(area, a, z, p.baseline, f.pxu(3.0))?;
        }

        let end = row.baseline.map_or(value, |b| value.max(b * 100.0));
        let (vx, vy) = local(area, chart.backend_coord(&(end, mid)));
        area.draw(&Text::new(
            lang.rate_percent(value),
            (vx + f.pxi(6.0), vy),
            style_of(row.highlighted).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;

        let (lx, ly) = local(area, chart.backend_coord(&(0.0, mid)));
        let room = label_width - 2 * pad;
        // A name a little too long for the column is set a size smaller if that fits it whole: at 1280 px "13. Tổ chức sản xuất và phát triển kinh tế nông thôn", one
        // of the criteria that hold Cao Bằng back, lost its last word. (The table has every
        // name in full.)
        let style = style_of(row.highlighted).clone();
        let width = text_width(area, &row.label, &style);
        // Text widths scale with the size: the largest size from 88 % up that fits it whole.
        let fits_at = f64::from(room) / f64::from(width.max(1));
        let (text, style) = if width <= room {
            (row.label.clone(), style)
        } else if fits_at >= SMALLEST_LABEL {
            let size = 0.95 * (fits_at - 0.005);
            let smaller = if row.highlighted {
                f.bold(size, INK)
            } else {
                f.text(size, INK)
            };
            (row.label.clone(), smaller)
        } else {
            // Far too long (a phone): shortened at the usual size, not made small as well.
            (fit_text(area, &row.label, &style, room), style)
        };
        area.draw(&Text::new(
            text,
            (lx - pad, ly),
            style.pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    Ok(())
}
