//! When a scenario was saved, as a reader of each language writes it: `09:38 ngày 30/11/2026`,
//! `30 Nov 2026, 09:38`, in the browser's time zone.
//!
//! The library stores the browser's clock as ISO 8601 in UTC (`Date.toISOString()`); the
//! offset to local time comes from the browser too (`Date.getTimezoneOffset()`).

use crate::i18n::Lang;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `iso` (UTC, `YYYY-MM-DDTHH:MM…Z`) in local time, `offset_minutes` being what
/// `getTimezoneOffset()` says (UTC − local: −420 in Vietnam). `None` when `iso` is not such a
/// time (a stored library edited by hand).
pub fn saved_at_text(iso: &str, offset_minutes: i32, lang: Lang) -> Option<String> {
    let (y, mo, d, h, mi) = parse(iso)?;
    let minutes = days_from_civil(y, mo, d) * 1440 + i64::from(h) * 60 + i64::from(mi)
        - i64::from(offset_minutes);
    let (days, rest) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let (y, mo, d) = civil_from_days(days);
    let (h, mi) = (rest / 60, rest % 60);
    Some(match lang {
        Lang::Vi => format!("{h:02}:{mi:02} ngày {d:02}/{mo:02}/{y}"),
        Lang::En => format!("{d} {} {y}, {h:02}:{mi:02}", MONTHS_EN[(mo - 1) as usize]),
    })
}

fn parse(iso: &str) -> Option<(i64, u32, u32, u32, u32)> {
    let b = iso.as_bytes();
    if b.len() < 16 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = iso.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (y, mo, d, h, mi) = (n(0..4)?, n(5..7)?, n(8..10)?, n(11..13)?, n(14..16)?);
    let valid = (1..=12).contains(&mo) && (1..=31).contains(&d) && h < 24 && mi < 60;
    valid.then_some((i64::from(y), mo, d, h, mi))
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm, proleptic Gregorian).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn saved_times_read_the_local_way() {
        let vn = -420; // UTC+7
        let cases: [(&str, i32, Lang, Option<&str>); 9] = [
            (
                "2026-11-30T02:38:05.123Z",
                vn,
                Lang::Vi,
                Some("09:38 ngày 30/11/2026"),
            ),
            (
                "2026-11-30T02:38:05.123Z",
                vn,
                Lang::En,
                Some("30 Nov 2026, 09:38"),
            ),
            (
                "2026-12-31T20:00:00.000Z",
                vn,
                Lang::Vi,
                Some("03:00 ngày 01/01/2027"),
            ),
            (
                "2024-02-28T23:30:00Z",
                vn,
                Lang::Vi,
                Some("06:30 ngày 29/02/2024"),
            ),
            (
                "2026-03-01T03:00:00Z",
                300,
                Lang::En,
                Some("28 Feb 2026, 22:00"),
            ),
            (
                "2026-11-30T02:38:05Z",
                0,
                Lang::Vi,
                Some("02:38 ngày 30/11/2026"),
            ),
            ("t1", vn, Lang::Vi, None),
            ("2026-13-30T02:38:05Z", vn, Lang::Vi, None),
            ("2026-1x-30T02:38:05Z", vn, Lang::Vi, None),
        ];
        for (iso, offset, lang, want) in cases {
            assert_eq!(
                saved_at_text(iso, offset, lang).as_deref(),
                want,
                "{iso} {lang:?}"
            );
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        for z in [-1_000_000, -1, 0, 1, 19_000, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }
}
