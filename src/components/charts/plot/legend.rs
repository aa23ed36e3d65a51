//! The legend strip above a chart: a sample of each series as it is drawn (colour, dash,
//! marker), then its name, wrapped over as many rows as the width needs. It is part of the
//! drawing so that an exported PNG carries its own legend.

use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::marks::{block, marker, stroke};
use super::{text_width, Area, DrawError, Frame};
use crate::components::charts::model::{LegendItem, LegendKey};
use crate::components::charts::palette::{BAND_OPACITY, INK};

/// Draws `items` along the top of `area` and returns the area left below them.
pub fn draw(area: &Area, items: &[LegendItem], f: &Frame) -> Result<Area, DrawError> {
    if items.is_empty() {
        return Ok(area.clone());
    }
    let style = f.text(0.95, INK);
    let (width, _) = area.dim_in_pixel();
    let pad = f.pxi(4.0);
    let swatch = f.pxi(f.font * 2.4);
    let gap = f.pxi(8.0);
    let spacing = f.pxi(f.font * 1.4);
    let row_height = f.pxi(f.font * 1.75);

    // Greedy rows: (x, row, lines) of each item. A name wider than a whole row (on a phone)
    // is wrapped at its spaces onto rows of its own: cut at the edge, "Khởi điểm 6/2020 (theo
    // bộ dữ liệu)" lost its end.
    let room = width as i32 - 2 * pad - swatch - gap;
    let mut placed = Vec::with_capacity(items.len());
    let (mut x, mut row) = (pad, 0);
    for item in items {
        let lines = wrap_words(&item.label, room, |t| text_width(area, t, &style));
        let w = swatch
            + gap
            + lines
                .iter()
                .map(|l| text_width(area, l, &style))
                .max()
                .unwrap_or(0);
        if x > pad && (x + w > width as i32 - pad || lines.len() > 1) {
            x = pad;
            row += 1;
        }
        let rows = lines.len().max(1) as i32;
        placed.push((x, row, lines));
        if rows > 1 {
            // The next item starts on the row after the wrapped name.
            x = width as i32;
            row += rows - 1;
        } else {
            x += w + spacing;
        }
    }

    for (item, (x, row, lines)) in items.iter().zip(&placed) {
        let y = f.pxi(4.0) + row * row_height + row_height / 2;
        sample(area, item.key, (*x, y), swatch, f)?;
        for (k, line) in lines.iter().enumerate() {
            area.draw(&plotters::element::Text::new(
                line.clone(),
                (x + swatch + gap, y + k as i32 * row_height),
                style.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }
    let used = f.pxi(4.0) + (row + 1) * row_height + f.pxi(6.0);
    Ok(area.split_vertically(used).1)
}

/// `text` in lines no wider than `room` (by `width`), broken at spaces; a single word wider
/// than the room stays whole on its line.
fn wrap_words(text: &str, room: i32, width: impl Fn(&str) -> i32) -> Vec<String> {
    if width(text) <= room {
        return vec![text.to_string()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && width(&candidate) > room {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    lines.push(line);
    lines
}

/// The sample of `key`, `width` pixels wide, vertically centred on `at.1`.
fn sample(
    area: &Area,
    key: LegendKey,
    at: (i32, i32),
    width: i32,
    f: &Frame,
) -> Result<(), DrawError> {
    let (x, y) = at;
    let half = f.pxi(f.font * 0.42);
    match key {
        LegendKey::Line(style) => {
            let w = f.pxu(style.width);
            if style.dashed {
                let dash = width * 2 / 7;
                for start in [x, x + width - dash, x + (width - dash) / 2] {
                    stroke(area, (start, y), (start + dash, y), style.colour, w)?;
                }
            } else {
                stroke(area, (x, y), (x + width, y), style.colour, w)?;
            }
            if let Some(m) = style.marker {
                marker(area, (x + width / 2, y), &m, f)?;
            }
        }
        LegendKey::Area(colour) => {
            block(
                area,
                (x, y - half),
                (x + width, y + half),
                colour.mix(BAND_OPACITY),
            )?;
        }
        LegendKey::Bar(colour) => {
            block(area, (x, y - half), (x + width, y + half), colour.to_rgba())?;
        }
        LegendKey::Marker(m) => marker(area, (x + width / 2, y), &m, f)?,
        LegendKey::Tick(colour) => {
            let mid = x + width / 2;
            stroke(
                area,
                (mid, y - half - f.pxi(2.0)),
                (mid, y + half + f.pxi(2.0)),
                colour,
                f.pxu(3.0),
            )?;
        }
        LegendKey::Whisker(colour) => {
            let w = f.pxu(2.0);
            let (a, b) = (x + width / 8, x + width * 7 / 8);
            stroke(area, (a, y), (b, y), colour, w)?;
            for end in [a, b] {
                stroke(
                    area,
                    (end, y - half / 2 - 2),
                    (end, y + half / 2 + 2),
                    colour,
                    w,
                )?;
            }
        }
    }
    Ok(())
}
