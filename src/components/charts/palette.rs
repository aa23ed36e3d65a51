//! Colours and line styles of every chart. The Okabe–Ito palette stays distinct for the common
//! forms of colour blindness; on top of colour, the current scenario is always a solid line
//! with filled markers and the baseline a dashed line (or hollow marker), so no chart relies on
//! colour alone. Tests look for these exact colours in the pixels.

use ntm_model::scenario::Source;
use plotters::style::RGBColor;

/// Chart background (and the exported PNG's).
pub const WHITE: RGBColor = RGBColor(255, 255, 255);
/// Text and axes: the page's ink (`--ink` in main.css).
pub const INK: RGBColor = RGBColor(31, 41, 51);
/// Secondary text (`--ink-soft`).
pub const INK_SOFT: RGBColor = RGBColor(82, 96, 109);
/// Gridlines.
pub const GRID: RGBColor = RGBColor(222, 228, 233);

/// Okabe–Ito black.
pub const BLACK: RGBColor = RGBColor(0, 0, 0);
/// Okabe–Ito orange.
pub const ORANGE: RGBColor = RGBColor(230, 159, 0);
/// Okabe–Ito sky blue.
pub const SKY_BLUE: RGBColor = RGBColor(86, 180, 233);
/// Okabe–Ito bluish green.
pub const BLUISH_GREEN: RGBColor = RGBColor(0, 158, 115);
/// Okabe–Ito yellow.
pub const YELLOW: RGBColor = RGBColor(240, 228, 66);
/// Okabe–Ito blue.
pub const BLUE: RGBColor = RGBColor(0, 114, 178);
/// Okabe–Ito vermilion.
pub const VERMILION: RGBColor = RGBColor(213, 94, 0);
/// Okabe–Ito reddish purple.
pub const REDDISH_PURPLE: RGBColor = RGBColor(204, 121, 167);

/// The current scenario's main series.
pub const CURRENT: RGBColor = BLUE;
/// The current scenario's P10–P90 band (drawn translucent: see [`BAND_OPACITY`]).
pub const BAND: RGBColor = SKY_BLUE;
/// How opaque the band is over white.
pub const BAND_OPACITY: f64 = 0.35;
/// The baseline (default scenario): black, dashed or hollow.
pub const BASELINE: RGBColor = BLACK;
/// Official targets.
pub const TARGET: RGBColor = VERMILION;
/// The targets' labels: vermilion darkened to 5.4:1 on white (the marks' own vermilion is
/// 3.9:1, enough for a shape but not for text of this size).
pub const TARGET_TEXT: RGBColor = RGBColor(178, 74, 0);
/// A second series of the current scenario (communes meeting every criterion, per commune).
pub const SECONDARY: RGBColor = BLUISH_GREEN;
/// The criteria that hold the province back.
pub const HIGHLIGHT: RGBColor = VERMILION;
/// The budget plan's total over the spending bars.
pub const BUDGET: RGBColor = BLACK;

/// A money source's colour in the stacked bars; neighbours in `Source::ALL` never share a hue.
pub fn source_colour(source: Source) -> RGBColor {
    match source {
        Source::CentralNtm => BLUE,
        Source::Program135 => ORANGE,
        Source::Decision1385 => BLUISH_GREEN,
        Source::Provincial => REDDISH_PURPLE,
        Source::Integrated => SKY_BLUE,
        Source::CreditEnterprise => VERMILION,
        Source::Community => YELLOW,
    }
}
