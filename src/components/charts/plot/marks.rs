//! Point markers and short strokes, drawn in device pixels so they keep their size whatever
//! the axes: circles, squares, triangles and diamonds, filled (current scenario) or hollow
//! (baseline).

use plotters::element::{Circle, PathElement, Polygon, Rectangle};
use plotters::style::{Color, RGBColor};

use super::{Area, DrawError, Frame};
use crate::components::charts::model::{Marker, Shape};
use crate::components::charts::palette::WHITE;

/// Draws `m` centred on `at` (pixels relative to `area`).
pub fn marker(area: &Area, at: (i32, i32), m: &Marker, frame: &Frame) -> Result<(), DrawError> {
    let r = frame.px(m.radius);
    let outline_width = frame.pxu(if m.filled { 1.5 } else { 2.5 });
    // Filled markers get a thin white rim so they stand off the lines they sit on; hollow
    // ones a white inside and a coloured rim.
    let (inside, rim) = if m.filled {
        (m.colour, WHITE)
    } else {
        (WHITE, m.colour)
    };
    if m.shape == Shape::Circle {
        let radius = r.round().max(1.0) as i32;
        area.draw(&Circle::new(at, radius, inside.filled()))?;
        area.draw(&Circle::new(at, radius, rim.stroke_width(outline_width)))?;
        return Ok(());
    }
    let points = corners(at, m, frame);
    area.draw(&Polygon::new(points.clone(), inside.filled()))?;
    let mut closed = points.clone();
    closed.push(points[0]);
    area.draw(&PathElement::new(closed, rim.stroke_width(outline_width)))?;
    Ok(())
}

/// Only the rim of `m` (not a circle), in its colour, `width` device pixels wide: drawn over
/// what covers the marker (a target under a line's markers), so its shape still shows.
pub fn rim(
    area: &Area,
    at: (i32, i32),
    m: &Marker,
    frame: &Frame,
    width: f64,
) -> Result<(), DrawError> {
    let mut closed = corners(at, m, frame);
    closed.push(closed[0]);
    area.draw(&PathElement::new(
        closed,
        m.colour.stroke_width(frame.pxu(width)),
    ))?;
    Ok(())
}

/// The corners of a marker that is not a circle, centred on `at`.
fn corners(at: (i32, i32), m: &Marker, frame: &Frame) -> Vec<(i32, i32)> {
    let r = frame.px(m.radius);
    let (x, y) = (f64::from(at.0), f64::from(at.1));
    match m.shape {
        Shape::Circle | Shape::Square => {
            let h = r * 0.9;
            vec![
                (x - h, y - h),
                (x + h, y - h),
                (x + h, y + h),
                (x - h, y + h),
            ]
        }
        Shape::Triangle => {
            let h = r * 1.2;
            vec![(x, y - h), (x + h, y + h * 0.7), (x - h, y + h * 0.7)]
        }
        Shape::Diamond => vec![(x, y - r * 1.25), (x + r, y), (x, y + r * 1.25), (x - r, y)],
    }
    .into_iter()
    .map(|(px, py)| (px.round() as i32, py.round() as i32))
    .collect()
}

/// A straight stroke from `a` to `b`.
pub fn stroke(
    area: &Area,
    a: (i32, i32),
    b: (i32, i32),
    colour: RGBColor,
    width: u32,
) -> Result<(), DrawError> {
    area.draw(&PathElement::new(vec![a, b], colour.stroke_width(width)))?;
    Ok(())
}

/// A filled rectangle between two corners.
pub fn block(
    area: &Area,
    a: (i32, i32),
    b: (i32, i32),
    colour: plotters::style::RGBAColor,
) -> Result<(), DrawError> {
    area.draw(&Rectangle::new([a, b], colour.filled()))?;
    Ok(())
}
