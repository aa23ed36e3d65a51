//! Series over the years: P10–P90 bands, lines (solid = current, dashed = baseline) with
//! markers at every year, and labelled target diamonds.

use plotters::element::{PathElement, Polygon, Rectangle, Text};
use plotters::series::{DashedLineSeries, LineSeries};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::axes::{year_chart, YearAxes};
use super::marks::{marker, rim};
use super::{local, nice_ceiling, text_width, year_range, Area, DrawError, Frame};
use crate::components::charts::model::{Line, YearlyPlot, START_MARKER, TARGET_MARKER};
use crate::components::charts::palette::{BAND_OPACITY, INK, TARGET_TEXT, WHITE};
use crate::i18n::ChartMsg;

pub fn draw(area: &Area, p: &YearlyPlot, f: &Frame) -> Result<(), DrawError> {
    let (Some(&first), Some(&last)) = (p.years.first(), p.years.last()) else {
        return Ok(()); // No years: an empty chart; the table says the same.
    };
    let top = p.y_max.unwrap_or_else(|| nice_ceiling(data_max(p)));
    let (x0, x1) = year_range(first, last, 0.35);
    // The base date, before the first year's end, widens the axis to the left.
    let start_x = p.start.as_ref().map(|s| s.x);
    let x0 = start_x.map_or(x0, |s| x0.min(s - 0.35));
    let mut chart = year_chart(
        area,
        f,
        &YearAxes {
            years: &p.years,
            x: (x0, x1),
            x_axis: ChartMsg::AxisYearEnd,
            top,
            y_axis: p.y_axis.as_str(),
            decimals: p.decimals,
            y_label_em: 4.6,
        },
    )?;

    let x = |year: u16| f64::from(year);
    // The bands' outlines in pixels too: a target label is kept off them where it can be.
    let mut band_polygons: Vec<Vec<(i32, i32)>> = Vec::new();
    for band in &p.bands {
        // From the base date's value, when there is one: the band opens from a point.
        let from = start_x.zip(band.start);
        let mut outline: Vec<(f64, f64)> = from.into_iter().collect();
        outline.extend(p.years.iter().zip(&band.low).map(|(&y, &v)| (x(y), v)));
        outline.extend(
            p.years
                .iter()
                .zip(&band.high)
                .rev()
                .map(|(&y, &v)| (x(y), v)),
        );
        band_polygons.push(
            outline
                .iter()
                .map(|pt| local(area, chart.backend_coord(pt)))
                .collect(),
        );
        chart.draw_series(std::iter::once(Polygon::new(
            outline,
            band.colour.mix(BAND_OPACITY).filled(),
        )))?;
    }

    // Where the lines run and their markers sit, in pixels: target labels go where they cover
    // the least of them, then of each other, then of the bands (a label's white box over a
    // band hid part of the range: two reviewers read it as data covered).
    let mut paths: Vec<Vec<(i32, i32)>> = Vec::new();
    let mut points: Vec<(i32, i32)> = Vec::new();
    for line in &p.lines {
        for segment in segments(&p.years, line, start_x) {
            let pixels: Vec<(i32, i32)> = segment
                .iter()
                .map(|pt| local(area, chart.backend_coord(pt)))
                .collect();
            points.extend(pixels.iter().copied());
            paths.push(pixels);
        }
    }
    let diamonds: Vec<(i32, i32)> = p
        .targets
        .iter()
        .map(|t| local(area, chart.backend_coord(&(x(t.year), t.value))))
        .collect();
    points.extend(diamonds.iter().copied());
    let plot = {
        let (left, top) = local(area, chart.backend_coord(&(x0, top)));
        let (right, bottom) = local(area, chart.backend_coord(&(x1, 0.0)));
        (left, top, right, bottom)
    };
    let style = f.bold(0.95, TARGET_TEXT);
    let mark = f.pxi(TARGET_MARKER.radius + 2.0);
    // Text, top-left corner, width, height, and the diamond it labels.
    type Placed = (String, (i32, i32), i32, i32, (i32, i32));
    let mut labels: Vec<Placed> = Vec::new();
    for (t, &(cx, cy)) in p.targets.iter().zip(&diamonds) {
        // On a phone "≥ 50% (147 xóm)" is half the plot's width: pushed clear of the lines it
        // ended beside another year's diamond. The goal alone stays by its own (the count is
        // in the table and the tooltip).
        let text = if f.narrow {
            short_target(&t.label)
        } else {
            t.label.clone()
        };
        let w = text_width(area, &text, &style) + f.pxi(6.0);
        let h = f.pxi(f.font * 1.3);
        let gap = f.pxi(TARGET_MARKER.radius + 5.0);
        // Beside the diamond first, then above or below it, on either side, then further off.
        let rows = [
            cy - h / 2,
            cy - h - gap / 2,
            cy + gap / 2,
            cy - 2 * h - gap / 2,
            cy + h + gap / 2,
            cy - 3 * h - gap / 2,
            cy + 2 * h + gap / 2,
        ];
        let candidates = rows
            .iter()
            .flat_map(|&top| [(cx + gap, top), (cx - gap - w, top)]);
        let inside = |&(left, top): &(i32, i32)| {
            left >= plot.0 && left + w <= plot.2 && top >= plot.1 && top + h <= plot.3
        };
        let cost = |&(left, top): &(i32, i32)| {
            let rect = (left, top, left + w, top + h);
            let grown = (left - mark, top - mark, left + w + mark, top + h + mark);
            let on_marks = points.iter().filter(|&&pt| within(pt, grown)).count();
            let on_labels = labels
                .iter()
                .filter(|(_, (l, t), lw, lh, _)| overlap(rect, (*l, *t, l + lw, t + lh)))
                .count();
            4 * covered(&paths, rect)
                + 8 * on_marks
                + 16 * on_labels
                + on_bands(&band_polygons, rect)
        };
        let best = candidates
            .clone()
            .filter(inside)
            .enumerate()
            // Cost first, then the order of preference above.
            .min_by_key(|(rank, c)| (cost(c), *rank))
            .map(|(_, c)| c)
            .unwrap_or((cx - gap - w, cy - h / 2));
        labels.push((text, best, w, h, (cx, cy)));
    }

    // Labels under the lines and the diamonds under the lines' markers: a label or a target
    // never hides what the scenario does, whatever room there was for it.
    for (label, (left, top), w, h, (cx, cy)) in labels {
        // Pushed a row or more away from its diamond (clear of the lines), a label reads as
        // the gridline beside it ("≥ 50" by the 20 line): a thin leader ties it to its diamond.
        let (near_x, near_y) = (cx.clamp(left, left + w), cy.clamp(top, top + h));
        if (near_y - cy).abs() > h {
            area.draw(&PathElement::new(
                vec![(near_x, near_y), (cx, cy)],
                TARGET_TEXT.stroke_width(f.pxu(1.0)),
            ))?;
        }
        area.draw(&Rectangle::new(
            [(left, top), (left + w, top + h)],
            WHITE.mix(0.85).filled(),
        ))?;
        area.draw(&Text::new(
            label,
            (left + f.pxi(3.0), top + h / 2),
            style.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    for &at in &diamonds {
        marker(area, at, &TARGET_MARKER, f)?;
    }
    for line in &p.lines {
        for segment in segments(&p.years, line, start_x) {
            let style = line.style.colour.stroke_width(f.pxu(line.style.width));
            if line.style.dashed {
                chart.draw_series(DashedLineSeries::new(segment, f.px(10.0), f.px(6.0), style))?;
            } else {
                chart.draw_series(LineSeries::new(segment, style))?;
            }
        }
        if let Some(m) = &line.style.marker {
            for (&year, value) in p.years.iter().zip(&line.values) {
                if let Some(v) = value {
                    let at = local(area, chart.backend_coord(&(x(year), *v)));
                    marker(area, at, m, f)?;
                }
            }
        }
    }
    // The base date's values over the lines that start there, and its label under the axis
    // where the years' labels are.
    if let Some(start) = &p.start {
        for v in p.lines.iter().filter_map(|l| l.start) {
            let at = local(area, chart.backend_coord(&(start.x, v)));
            marker(area, at, &START_MARKER, f)?;
        }
        let (cx, axis_y) = local(area, chart.backend_coord(&(start.x, 0.0)));
        let (first_x, _) = local(area, chart.backend_coord(&(x(first), 0.0)));
        let style = f.text(1.0, INK);
        let (left, top) = start_label_at(
            cx,
            first_x,
            text_width(area, &start.label, &style),
            text_width(area, &first.to_string(), &style),
            plot.0,
            f,
        );
        // Where the axis puts the years' labels: two tick lengths below the axis (plotters).
        let row = axis_y + f.pxi(10.0) + top * f.pxi(f.font * 1.25);
        area.draw(&Text::new(
            start.label.clone(),
            (left, row),
            style.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    // The targets' outlines over everything: a median's marker sitting on a target covers its
    // fill, not its shape.
    for &at in &diamonds {
        rim(area, at, &TARGET_MARKER, f, 2.5)?;
    }
    Ok(())
}

/// Where the base date's label goes, under its point: its left edge and its row (0 with the
/// years' labels, 1 under them). Beside the first year's label while there is room between
/// it and the plot's left edge (`plot_left`), pushed left of it if they would touch; when
/// there is no room (a narrow chart, a long horizon), on the row under the years.
fn start_label_at(
    centre: i32,
    first_year: i32,
    width: i32,
    year_width: i32,
    plot_left: i32,
    f: &Frame,
) -> (i32, i32) {
    // Wide enough that "6/2020" and "2020" read as two labels, not one ("Jun 2020 2020" at
    // 12 px read as one on a projector).
    let gap = f.pxi(20.0);
    let fits_before = first_year - year_width / 2 - gap;
    let left = (centre - width / 2).min(fits_before - width);
    // It may reach a little into the value labels' margin, never past the plot's first pixel
    // by more than half its width (the value labels end there).
    if left >= plot_left - width / 2 {
        (left, 0)
    } else {
        (centre - width / 2, 1)
    }
}

/// `pt` lies inside `rect` (left, top, right, bottom).
/// A target's label without what it adds in brackets: "≥ 50% (147 xóm)" → "≥ 50%".
fn short_target(label: &str) -> String {
    match label.split_once(" (") {
        Some((goal, _)) if !goal.is_empty() => goal.to_string(),
        _ => label.to_string(),
    }
}

fn within(pt: (i32, i32), rect: (i32, i32, i32, i32)) -> bool {
    pt.0 >= rect.0 && pt.0 <= rect.2 && pt.1 >= rect.1 && pt.1 <= rect.3
}

/// Two rectangles (left, top, right, bottom) share some area.
fn overlap(a: (i32, i32, i32, i32), b: (i32, i32, i32, i32)) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The largest value drawn: the axis must reach it.
fn data_max(p: &YearlyPlot) -> f64 {
    let bands = p.bands.iter().flat_map(|b| b.high.iter().copied());
    let lines = p
        .lines
        .iter()
        .flat_map(|l| l.values.iter().flatten().chain(&l.start).copied());
    let targets = p.targets.iter().map(|t| t.value);
    bands.chain(lines).chain(targets).fold(0.0, f64::max)
}

/// How many of a 7 × 3 grid of points over `rect` fall inside one of the `polygons`.
fn on_bands(polygons: &[Vec<(i32, i32)>], rect: (i32, i32, i32, i32)) -> usize {
    let (l, t, r, b) = rect;
    let mut n = 0;
    for i in 0..7 {
        for j in 0..3 {
            let px = f64::from(l) + f64::from(r - l) * f64::from(i) / 6.0;
            let py = f64::from(t) + f64::from(b - t) * f64::from(j) / 2.0;
            if polygons.iter().any(|poly| inside_polygon(poly, (px, py))) {
                n += 1;
            }
        }
    }
    n
}

/// Even-odd rule: a ray to the right crosses the outline an odd number of times.
fn inside_polygon(poly: &[(i32, i32)], (px, py): (f64, f64)) -> bool {
    let mut inside = false;
    for (k, &(x1, y1)) in poly.iter().enumerate() {
        let (x0, y0) = poly[(k + poly.len() - 1) % poly.len()];
        let (x0, y0, x1, y1) = (f64::from(x0), f64::from(y0), f64::from(x1), f64::from(y1));
        if (y0 > py) != (y1 > py) && px < x0 + (py - y0) * (x1 - x0) / (y1 - y0) {
            inside = !inside;
        }
    }
    inside
}

/// How many sample points of `paths` fall inside `rect` (left, top, right, bottom).
fn covered(paths: &[Vec<(i32, i32)>], rect: (i32, i32, i32, i32)) -> usize {
    let (l, t, r, b) = rect;
    let inside = |x: f64, y: f64| {
        x >= f64::from(l) && x <= f64::from(r) && y >= f64::from(t) && y <= f64::from(b)
    };
    paths
        .iter()
        .flat_map(|path| path.windows(2))
        .map(|w| {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            (0..=24)
                .filter(|i| {
                    let k = f64::from(*i) / 24.0;
                    inside(
                        f64::from(x0) + k * f64::from(x1 - x0),
                        f64::from(y0) + k * f64::from(y1 - y0),
                    )
                })
                .count()
        })
        .sum()
}

/// The runs of consecutive years where `line` has a value; the first starts at the base date
/// (`start_x`) when the line has a value there and in the first year.
fn segments(years: &[u16], line: &Line, start_x: Option<f64>) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let first_known = line.values.first().is_some_and(Option::is_some);
    let mut current: Vec<(f64, f64)> = start_x
        .zip(line.start)
        .filter(|_| first_known)
        .into_iter()
        .collect();
    for (&year, value) in years.iter().zip(&line.values) {
        match value {
            Some(v) => current.push((f64::from(year), *v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}
