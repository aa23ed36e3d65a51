//! How each compared scenario is drawn, by column: its own Okabe–Ito colour, and on top of
//! colour a line style (solid or dashed) and a marker shape (filled or hollow), so the
//! scenarios stay apart in grey print and for every common kind of colour blindness. The
//! same look is shown as a swatch next to each scenario's picker and table header.

use plotters::style::RGBColor;
use yew::prelude::*;

use crate::components::charts::{
    LineStyle, Marker, Shape, BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE,
};

/// Colour, dash and marker of column `i` (A, B, C, D).
pub fn style(i: usize) -> LineStyle {
    let (colour, dashed, shape): (RGBColor, bool, Shape) = match i % 4 {
        0 => (BLUE, false, Shape::Circle),
        1 => (ORANGE, true, Shape::Square),
        2 => (BLUISH_GREEN, false, Shape::Triangle),
        _ => (REDDISH_PURPLE, true, Shape::Diamond),
    };
    LineStyle {
        colour,
        dashed,
        width: if dashed { 3.0 } else { 3.5 },
        marker: Some(Marker {
            shape,
            colour,
            // Dashed lines get hollow markers, as the baseline does on the other charts.
            filled: !dashed,
            radius: 5.5,
        }),
    }
}

/// `#rrggbb` of a chart colour, for the swatches.
pub fn css(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

#[derive(Properties, PartialEq)]
pub struct SwatchProps {
    /// The column (0 = A).
    pub slot: usize,
}

/// A short sample of column `slot`'s line and marker (decorative: the letter says the same).
#[component]
pub fn Swatch(props: &SwatchProps) -> Html {
    let s = style(props.slot);
    let colour = css(s.colour);
    let filled = s.marker.is_some_and(|m| m.filled);
    let fill = if filled {
        colour.clone()
    } else {
        "#ffffff".into()
    };
    let shape = match s.marker.map(|m| m.shape) {
        Some(Shape::Square) => html! {
            <rect x="14" y="4" width="8" height="8" fill={fill} stroke={colour.clone()} stroke-width="2" />
        },
        Some(Shape::Triangle) => html! {
            <polygon points="18,3 23,12 13,12" fill={fill} stroke={colour.clone()} stroke-width="1.5" />
        },
        Some(Shape::Diamond) => html! {
            <polygon points="18,2 23,8 18,14 13,8" fill={fill} stroke={colour.clone()} stroke-width="2" />
        },
        _ => {
            html! { <circle cx="18" cy="8" r="4.5" fill={fill} stroke={colour.clone()} stroke-width="1.5" /> }
        }
    };
    html! {
        <svg class="swatch" width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
            <line
                x1="1" y1="8" x2="35" y2="8"
                stroke={colour}
                stroke-width="3"
                stroke-dasharray={if s.dashed { "6 3" } else { "none" }}
            />
            { shape }
        </svg>
    }
}
