//! Districts as rows, one panel per measure side by side: a bar for the median, a whisker for
//! P10–P90, a hollow diamond for the baseline, the median and what it is out of written after
//! it. District names are drawn once, left of the first panel, on two lines where one is too
//! long for the names' column (a phone's: "Hà Qu…", "Trùng…" were cut).

use plotters::chart::ChartBuilder;
use plotters::element::{Rectangle, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, TextStyle, TRANSPARENT};

use super::marks::{marker, stroke};
use super::{fit_text, local, nice_ceiling, text_width, Area, DrawError, Frame};
use crate::components::charts::model::DistrictsPlot;
use crate::components::charts::palette::{GRID, INK, INK_SOFT};

pub fn draw(area: &Area, p: &DistrictsPlot, f: &Frame) -> Result<(), DrawError> {
    let n = p.names.len();
    if n == 0 || p.panels.is_empty() {
        return Ok(());
    }
    let (width, _) = area.dim_in_pixel();
    let pad = f.pxi(10.0);
    let most = (f64::from(width) * 0.28) as i32 - 2 * pad;
    // The largest type at which every name fits its column on two lines at most (one type
    // for all, so that no district looks set apart).
    let name_style = [0.95, 0.85, 0.78]
        .into_iter()
        .map(|rel| f.text(rel, INK))
        .find(|st| {
            p.names
                .iter()
                .all(|name| fits_two_lines(area, name, st, most))
        })
        .unwrap_or_else(|| f.text(0.78, INK));
    let names: Vec<Vec<String>> = p
        .names
        .iter()
        .map(|name| two_lines(area, name, &name_style, most))
        .collect();
    let widest = names
        .iter()
        .flatten()
        .map(|line| text_width(area, line, &name_style))
        .max()
        .unwrap_or(0);
    let names_width = widest.min(most) + 2 * pad;
    let line_height = (name_style.font.get_size() * 1.15).round() as i32;
    let (names_area, rest) = area.split_horizontally(names_width);
    let panels = rest.split_evenly((1, p.panels.len()));
    let lang = f.lang;
    let whisker = f.pxu(2.0);
    let cap = f.pxi(f.font * 0.35);

    for (k, (panel, sub)) in p.panels.iter().zip(&panels).enumerate() {
        let data_max = (0..n)
            .map(|r| {
                panel.p90[r]
                    .max(panel.p50[r])
                    .max(panel.baseline[r].unwrap_or(0.0))
            })
            .fold(0.0, f64::max);
        let top = nice_ceiling(data_max);
        // "6 / 19" after each bar: the margin holds the widest one past the axis's end.
        let label_style = f.bold(0.95, INK);
        let of_style = f.text(0.85, INK_SOFT);
        let of_text = |r: usize| format!(" / {}", lang.number(panel.out_of[r] as f64, 0));
        let label_room = (0..n)
            .filter(|&r| panel.notes[r].is_none())
            .map(|r| {
                text_width(sub, &lang.number(panel.p50[r], 0), &label_style)
                    + text_width(sub, &of_text(r), &of_style)
            })
            .max()
            .unwrap_or(0)
            + f.pxi(p.baseline.radius + 10.0);
        let value_label = move |v: &f64| lang.number(*v, 0);
        // Side by side on a phone, "Xã được công nhận" ran into "Xóm đạt chuẩn": a title
        // wider than its panel is set smaller, and cut with "…" only below that.
        let (sub_width, _) = sub.dim_in_pixel();
        let room = sub_width as i32 - f.pxi(8.0);
        let title_style = [1.0, 0.9, 0.8, 0.72]
            .into_iter()
            .map(|rel| f.bold(rel, INK))
            .find(|st| text_width(sub, &panel.title, st) <= room)
            .unwrap_or_else(|| f.bold(0.72, INK));
        let title = fit_text(sub, &panel.title, &title_style, room);
        let mut chart = ChartBuilder::on(sub)
            .caption(title.as_str(), title_style)
            .margin_top(f.px(2.0))
            .margin_right(label_room.max(f.pxi(f.font * 2.6)))
            .margin_left(f.px(if k == 0 { 4.0 } else { 14.0 }))
            .margin_bottom(f.px(4.0))
            .x_label_area_size(f.px(f.font * 2.2))
            .build_cartesian_2d(0.0..top, 0.0..n as f64)?;
        // As many value labels as the plot's width holds: five in a phone's panel ran together
        // ("0 5 1015"), and two in a 360 px one ("050").
        let plot_width = chart.plotting_area().dim_in_pixel().0 as f64;
        let labels = (plot_width / f.px(f.font * 3.0)).floor().clamp(1.0, 5.0) as usize;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .x_labels(labels)
            .x_label_formatter(&value_label)
            .y_label_formatter(&|_| String::new())
            .label_style(f.text(0.95, INK))
            .axis_style(INK.stroke_width(f.pxu(1.5)))
            .bold_line_style(GRID.stroke_width(f.pxu(1.0)))
            .light_line_style(TRANSPARENT)
            .set_all_tick_mark_size(f.px(4.0))
            .draw()?;

        for r in 0..n {
            let top_edge = (n - r) as f64;
            let mid = top_edge - 0.5;
            if k == 0 {
                let (_, y) = chart.backend_coord(&(0.0, mid));
                let (_, y) = local(&names_area, (0, y));
                let lines = names.get(r).map_or(&[][..], Vec::as_slice);
                let first = y - line_height * (lines.len() as i32 - 1) / 2;
                for (i, line) in lines.iter().enumerate() {
                    names_area.draw(&Text::new(
                        line.clone(),
                        (names_width - pad, first + line_height * i as i32),
                        name_style.pos(Pos::new(HPos::Right, VPos::Center)),
                    ))?;
                }
            }
            if let Some(note) = &panel.notes[r] {
                let (x, y) = local(sub, chart.backend_coord(&(0.0, mid)));
                let left = x + f.pxi(8.0);
                let room = sub_width as i32 - left - f.pxi(2.0);
                // Smaller first, then on two lines: "không có xóm…" told a phone nothing.
                let style = [0.85, 0.75, 0.68]
                    .into_iter()
                    .map(|rel| f.text(rel, INK_SOFT))
                    .find(|st| text_width(sub, note, st) <= room)
                    .unwrap_or_else(|| f.text(0.68, INK_SOFT));
                let lines = two_lines(sub, note, &style, room);
                let step = (style.font.get_size() * 1.15).round() as i32;
                let first = y - step * (lines.len() as i32 - 1) / 2;
                for (i, line) in lines.into_iter().enumerate() {
                    sub.draw(&Text::new(
                        line,
                        (left, first + step * i as i32),
                        style.pos(Pos::new(HPos::Left, VPos::Center)),
                    ))?;
                }
                continue;
            }
            chart.draw_series(std::iter::once(Rectangle::new(
                [(0.0, top_edge - 0.78), (panel.p50[r], top_edge - 0.22)],
                panel.colour.filled(),
            )))?;
            let lo = local(sub, chart.backend_coord(&(panel.p10[r], mid)));
            let hi = local(sub, chart.backend_coord(&(panel.p90[r], mid)));
            stroke(sub, lo, hi, p.whisker, whisker)?;
            for end in [lo, hi] {
                stroke(
                    sub,
                    (end.0, end.1 - cap),
                    (end.0, end.1 + cap),
                    p.whisker,
                    whisker,
                )?;
            }
            if let Some(b) = panel.baseline[r] {
                marker(
                    sub,
                    local(sub, chart.backend_coord(&(b, mid))),
                    &p.baseline,
                    f,
                )?;
            }
            let end = panel.p90[r]
                .max(panel.p50[r])
                .max(panel.baseline[r].unwrap_or(0.0));
            let (x, y) = local(sub, chart.backend_coord(&(end, mid)));
            let median = lang.number(panel.p50[r], 0);
            let left = x + f.pxi(p.baseline.radius + 6.0);
            sub.draw(&Text::new(
                median.clone(),
                (left, y),
                label_style.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            sub.draw(&Text::new(
                of_text(r),
                (left + text_width(sub, &median, &label_style), y),
                of_style.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }
    Ok(())
}

/// `text` as one line if it fits `max` device pixels, else as two split between words (the
/// split that leaves the longer line shortest), each cut with "…" only if still too long.
fn two_lines(area: &Area, text: &str, style: &TextStyle<'_>, max: i32) -> Vec<String> {
    match best_split(area, text, style) {
        Some((a, b)) if text_width(area, text, style) > max => {
            vec![
                fit_text(area, &a, style, max),
                fit_text(area, &b, style, max),
            ]
        }
        _ => vec![fit_text(area, text, style, max)],
    }
}

/// Whether `text` fits `max` on one line or two without a cut.
fn fits_two_lines(area: &Area, text: &str, style: &TextStyle<'_>, max: i32) -> bool {
    text_width(area, text, style) <= max
        || best_split(area, text, style).is_some_and(|(a, b)| {
            text_width(area, &a, style).max(text_width(area, &b, style)) <= max
        })
}

/// The split of `text` into two lines between words whose longer line is shortest.
fn best_split(area: &Area, text: &str, style: &TextStyle<'_>) -> Option<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len())
        .map(|k| (words[..k].join(" "), words[k..].join(" ")))
        .min_by_key(|(a, b)| text_width(area, a, style).max(text_width(area, b, style)))
}
