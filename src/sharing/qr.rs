//! The QR code of a share link, as the path of an SVG drawn by the `qrcode` crate.
//!
//! The crate's SVG renderer draws one module per SVG unit with the standard four-module quiet
//! zone; this keeps only its `<path d="…">` (numbers and the letters M h v H V), so the
//! component builds the `<svg>` element itself and never inserts markup as HTML.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// A QR code ready to draw: `size` × `size` modules (quiet zone included), dark modules as
/// an SVG path in module units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    pub size: u32,
    pub path: String,
    /// QR version (1–40): how dense it is.
    pub version: i16,
}

/// Why a text has no QR code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// More than a QR code holds (about 2,900 bytes at the lowest error correction).
    TooLong,
}

/// Quiet zone around the code, in modules (the standard's minimum; the crate's default).
pub const QUIET_ZONE: u32 = 4;

/// The QR code of `text`. Medium error correction (a projected code is blurred and
/// keystoned) unless the text only fits with the lowest.
pub fn qr_svg(text: &str) -> Result<QrSvg, QrError> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text, EcLevel::L))
        .map_err(|_| QrError::TooLong)?;
    let version = match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
    };
    let xml = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .build();
    let path = xml
        .split_once(" d=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(d, _)| d.to_string())
        .unwrap_or_default();
    Ok(QrSvg {
        size: code.width() as u32 + 2 * QUIET_ZONE,
        path,
        version,
    })
}

/// The dark modules the path draws, row by row (`size` × `size`, quiet zone included): what a
/// scanner sees. Reads only the `M{x} {y}h{w}v{h}H{x}V{y}` rectangles the renderer writes.
pub fn modules(qr: &QrSvg) -> Vec<Vec<bool>> {
    let n = qr.size as usize;
    let mut grid = vec![vec![false; n]; n];
    for rect in qr.path.split('M').filter(|s| !s.is_empty()) {
        let nums: Vec<usize> = rect
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [x, y, w, h, ..] = nums[..] {
            for row in grid.iter_mut().skip(y).take(h) {
                for cell in row.iter_mut().skip(x).take(w) {
                    *cell = true;
                }
            }
        }
    }
    grid
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use qrcode::Color;

    /// The modules straight from the encoder, with the quiet zone added.
    fn encoder_modules(text: &str, ec: EcLevel) -> Vec<Vec<bool>> {
        let code = QrCode::with_error_correction_level(text, ec).unwrap();
        let w = code.width();
        let q = QUIET_ZONE as usize;
        let colors = code.to_colors();
        (0..w + 2 * q)
            .map(|y| {
                (0..w + 2 * q)
                    .map(|x| {
                        (q..w + q).contains(&x)
                            && (q..w + q).contains(&y)
                            && colors[(y - q) * w + (x - q)] == Color::Dark
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_svg_draws_exactly_the_encoders_modules() {
        let link = "http://127.0.0.1:8080/#s=AQAAAAAAAA";
        let qr = qr_svg(link).unwrap();
        assert_eq!(modules(&qr), encoder_modules(link, EcLevel::M));
        // 36 bytes at level M: version 3, 29 modules, plus the quiet zone.
        assert_eq!((qr.version, qr.size), (3, 29 + 8));
        assert!(qr
            .path
            .chars()
            .all(|c| c.is_ascii_digit() || "MhvHV ".contains(c)));
    }

    #[test]
    fn finder_patterns_sit_in_three_corners() {
        let qr = qr_svg("NTM").unwrap();
        let g = modules(&qr);
        let q = QUIET_ZONE as usize;
        let n = qr.size as usize - 2 * q;
        for (x0, y0) in [(q, q), (q + n - 7, q), (q, q + n - 7)] {
            // A finder is a dark 7×7 ring, a light ring, a dark 3×3 centre.
            for d in 0..7 {
                assert!(g[y0][x0 + d] && g[y0 + 6][x0 + d] && g[y0 + d][x0] && g[y0 + d][x0 + 6]);
            }
            assert!(!g[y0 + 1][x0 + 1] && g[y0 + 3][x0 + 3]);
        }
        assert!(g[0].iter().all(|d| !d), "the quiet zone is light all round");
    }

    #[test]
    fn a_300_character_link_fits_and_a_huge_text_does_not() {
        let link = format!("https://ntm.caobang.gov.vn/planner/#s={}", "A".repeat(262));
        let qr = qr_svg(&link).unwrap();
        assert!(qr.version <= 14, "version {}", qr.version);
        assert_eq!(qr_svg(&"x".repeat(5000)), Err(QrError::TooLong));
    }
}
