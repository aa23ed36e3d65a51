//! Number formatting for Vietnamese (1.234,5) and English (1,234.5) readers, and which
//! characters of a name from outside (a file, a link) are safe to show.
//! Pure string work: no locale APIs, so native and wasm agree.

/// False for control characters, for the invisible marks that set the direction of the text
/// after them (U+202E "right-to-left override" and its kin), which could make a name read
/// backwards, and for the zero-width characters that could make a name look empty.
pub fn is_shown(c: char) -> bool {
    !c.is_control()
        && !matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Formats `x` with `decimals` digits after the separator, Vietnamese style: `1.234.567,5`.
pub fn number_vi(x: f64, decimals: usize) -> String {
    group(x, decimals, '.', ',')
}

/// Formats `x` English style: `1,234,567.5`.
pub fn number_en(x: f64, decimals: usize) -> String {
    group(x, decimals, ',', '.')
}

fn group(x: f64, decimals: usize, thousands: char, point: char) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let s = rounded(x.abs(), decimals);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push(point);
        out.push_str(&f);
    }
    let negative = x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0');
    if negative {
        // The minus sign (U+2212), as the differences beside it are written: the hyphen is
        // shorter than a digit and reads as a dash between figures ("= -11 ÷ 2,3").
        format!("\u{2212}{out}")
    } else {
        out
    }
}

/// `x` (finite, not negative) with `decimals` digits after a '.', rounded half up as a planner
/// rounds by hand and a spreadsheet shows: 37,5 × 1,5 = 56,25 is 56,3 (Rust's `{:.1}` rounds a
/// tie to even, 56,2). The digits rounded are the shortest that read back as `x` ("1.005", not
/// its binary value 1.00499…), so what looks like a tie is one.
fn rounded(x: f64, decimals: usize) -> String {
    let shortest = format!("{x}");
    let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let int_len = int.len();
    let keep = int_len + decimals;
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    digits.resize(keep, 0);
    if round_up {
        // Carry from the last digit kept; a carry out of the first adds a digit ("9,96" → "10,0").
        let mut carry = true;
        for d in digits.iter_mut().rev() {
            if *d == 9 {
                *d = 0;
            } else {
                *d += 1;
                carry = false;
                break;
            }
        }
        if carry {
            digits.insert(0, 1);
        }
    }
    let int_digits = digits.len() - decimals;
    let text = |ds: &[u8]| ds.iter().map(|d| char::from(b'0' + d)).collect::<String>();
    let whole = text(&digits[..int_digits]);
    if decimals == 0 {
        whole
    } else {
        format!("{whole}.{}", text(&digits[int_digits..]))
    }
}

/// The two languages of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Vietnamese (the default).
    #[default]
    Vi,
    /// English.
    En,
}

/// Formats `x` for readers of `lang`.
pub fn number(x: f64, decimals: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => number_vi(x, decimals),
        Lang::En => number_en(x, decimals),
    }
}

/// A whole number of any size with `lang`'s thousands separators ("18.446.744.073.709.551.615"
/// in Vietnamese, "18,446,744,073,709,551,615" in English), exactly: [`number`] goes through
/// `f64`, which has no such number.
pub fn whole(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() * 4 / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// A date as readers of `lang` write it: in Vietnamese as administrative documents do (Decree
/// 30/2020/NĐ-CP: a 0 before a day below 10 and before months 1 and 2), "08/3/2022",
/// "30/6/2020", "07/12/2026", "15/01/2021", so that the report's date, the base date and a
/// decision's date read alike; in English "8 March 2022". `None` for a month outside 1–12.
pub fn date(year: i32, month: u32, day: u32, lang: Lang) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let name = MONTHS.get((month as usize).wrapping_sub(1))?;
    Some(match lang {
        Lang::Vi if month <= 2 => format!("{day:02}/{month:02}/{year}"),
        Lang::Vi => format!("{day:02}/{month}/{year}"),
        Lang::En => format!("{day} {name} {year}"),
    })
}

/// A date written `YYYY-MM-DD` (a dataset's base date) as [`date`] writes it; anything else
/// as given.
pub fn iso_date(iso: &str, lang: Lang) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => date(y, m, d, lang).unwrap_or_else(|| iso.to_string()),
        _ => iso.to_string(),
    }
}

/// A month of a year as readers of `lang` write it: "7/2020" in Vietnamese, "Jul 2020" in
/// English (where "7/2020" reads as a fraction or an American date). `month` is 1–12; any
/// other shows as the year alone.
pub fn month_year(month: u32, year: u32, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match (lang, MONTHS.get((month as usize).wrapping_sub(1))) {
        (_, None) => year.to_string(),
        (Lang::Vi, Some(_)) => format!("{month}/{year}"),
        (Lang::En, Some(name)) => format!("{name} {year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_of_any_size_are_grouped_exactly() {
        assert_eq!(whole(u64::MAX, Lang::Vi), "18.446.744.073.709.551.615");
        assert_eq!(whole(u64::MAX, Lang::En), "18,446,744,073,709,551,615");
        assert_eq!(whole(0, Lang::Vi), "0");
        assert_eq!(whole(999, Lang::En), "999");
        assert_eq!(whole(1000, Lang::Vi), "1.000");
        assert_eq!(whole(123_456, Lang::En), "123,456");
    }

    #[test]
    fn month_and_year_read_in_either_language() {
        assert_eq!(month_year(7, 2020, Lang::Vi), "7/2020");
        assert_eq!(month_year(7, 2020, Lang::En), "Jul 2020");
        assert_eq!(month_year(12, 2025, Lang::En), "Dec 2025");
        assert_eq!(month_year(0, 2025, Lang::En), "2025");
        assert_eq!(month_year(13, 2025, Lang::Vi), "2025");
    }

    #[test]
    fn formats_like_a_vietnamese_reader_expects() {
        let cases = [
            (1234.5, 1, "1.234,5"),
            (1234567.0, 0, "1.234.567"),
            (0.25, 2, "0,25"),
            (-1234.0, 0, "−1.234"),
            (-0.01, 1, "0,0"),
        ];
        for (x, d, want) in cases {
            assert_eq!(number_vi(x, d), want, "{x}");
        }
        assert_eq!(number_en(1234.5, 1), "1,234.5");
    }

    #[test]
    fn dates_read_as_administrative_documents_write_them() {
        let cases = [
            (2022, 3, 8, "08/3/2022"),
            (2020, 6, 30, "30/6/2020"),
            (2026, 12, 7, "07/12/2026"),
            (2021, 1, 15, "15/01/2021"),
            (2016, 10, 17, "17/10/2016"),
        ];
        for (y, m, d, want) in cases {
            assert_eq!(date(y, m, d, Lang::Vi).as_deref(), Some(want));
        }
        assert_eq!(date(2022, 3, 8, Lang::En).as_deref(), Some("8 March 2022"));
        assert_eq!(date(2022, 13, 8, Lang::Vi), None);
        assert_eq!(iso_date("2020-06-30", Lang::Vi), "30/6/2020");
        assert_eq!(iso_date("2020-06", Lang::Vi), "2020-06");
    }

    #[test]
    fn a_tie_rounds_up_as_by_hand() {
        let cases = [
            // 37,5 × 1,5: the budget table's 2020 provincial line at 150 %.
            (56.25, 1, "56,3"),
            (0.125, 2, "0,13"),
            (2.5, 0, "3"),
            (1.005, 2, "1,01"),
            (-56.25, 1, "−56,3"),
            (9.96, 1, "10,0"),
            (999.5, 0, "1.000"),
            (0.05, 1, "0,1"),
            (0.04999, 1, "0,0"),
            (56.24, 1, "56,2"),
            (7.0, 2, "7,00"),
            (1e21, 0, "1.000.000.000.000.000.000.000"),
        ];
        for (x, d, want) in cases {
            assert_eq!(number_vi(x, d), want, "{x}");
        }
    }
}
