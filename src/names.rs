//! How units are named and found on screen: a commune as "Tiên Thành — Quảng Hòa" (with its
//! type when it is not a xã), and a search that ignores case and Vietnamese diacritics, so
//! "tien thanh" finds "Tiên Thành" on a keyboard without a Vietnamese layout. And a long name
//! (a scenario's) cut to its first words where room is short.

use ntm_model::Dataset;

use crate::i18n::Lang;

/// How commune `i` is named in lists.
pub fn commune_label(ds: &Dataset, i: usize, lang: Lang) -> String {
    let Some(c) = ds.communes.get(i) else {
        return String::new();
    };
    let district = ds
        .districts
        .get(c.district)
        .map_or("".into(), |d| d.name_in(lang.into()));
    if c.is_candidate() {
        format!("{} — {district}", c.name)
    } else {
        format!(
            "{} ({}) — {district}",
            c.name,
            lang.pick(c.unit_type.as_vi(), c.unit_type.as_en())
        )
    }
}

/// How a district is called in a heading: "Huyện Bảo Lạc", "Thành phố Cao Bằng" ("Bảo Lạc
/// district", "Cao Bằng City").
pub fn district_title(ds: &Dataset, district: usize, lang: Lang) -> String {
    let Some(d) = ds.districts.get(district) else {
        return String::new();
    };
    if d.kind == "city" {
        return d.name_in(lang.into()).into_owned();
    }
    lang.fill(crate::i18n::PresentMsg::DistrictTitle, &[("name", &d.name)])
}

/// [`district_title`] inside a sentence: "huyện Bảo Lạc", "thành phố Cao Bằng" (English names
/// keep their capitals: "Bảo Lạc district").
pub fn district_in_sentence(ds: &Dataset, district: usize, lang: Lang) -> String {
    let title = district_title(ds, district, lang);
    if lang != Lang::Vi {
        return title;
    }
    let mut chars = title.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Lower-case text without Vietnamese diacritics.
pub fn fold(s: &str) -> String {
    nfc(s)
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ'
            | 'ẩ' | 'ẫ' | 'ậ' => 'a',
            'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => {
                'e'
            }
            'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
            'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ'
            | 'ở' | 'ỡ' | 'ợ' => 'o',
            'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' => {
                'u'
            }
            'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
            'đ' => 'd',
            c => c,
        })
        .collect()
}

/// Whether `text` contains `query`: ignoring case, and diacritics too unless the query has
/// some ("ho" finds "hộ" and "hỗ trợ"; "hộ" finds "hộ" only, as a planner typing the marks
/// means them).
pub fn contains_query(text: &str, query: &str) -> bool {
    let query = spaced(&nfc(query)).to_lowercase();
    if query.is_empty() {
        return true;
    }
    let folded = fold(&query);
    if folded == query {
        fold(text).contains(&folded)
    } else {
        nfc(text).to_lowercase().contains(&query)
    }
}

/// `s` composed (NFC): the same letters typed decomposed (Unikey's "Unicode tổ hợp", text
/// pasted from a PDF) look identical and must compare equal.
pub fn nfc(s: &str) -> String {
    crate::compose::nfc(s)
}

/// Runs of spaces as one, and none at the ends ("tien  thanh" is "tien thanh").
fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The communes whose label matches `query` (every commune for an empty query), in order;
/// or, for a query of digits, whose official code starts with them (the code is on the
/// commune's panel and in the statistics office's tables: "01333" found nothing).
pub fn search(ds: &Dataset, query: &str, lang: Lang) -> Vec<usize> {
    let needle = fold(&spaced(query));
    let code = query.trim();
    if !code.is_empty() && code.chars().all(|c| c.is_ascii_digit()) {
        return (0..ds.communes.len())
            .filter(|&i| ds.communes[i].code.starts_with(code))
            .collect();
    }
    (0..ds.communes.len())
        .filter(|&i| needle.is_empty() || fold(&commune_label(ds, i, lang)).contains(&needle))
        .collect()
}

/// `name`, or its first words up to `max` characters (with the "…" that ends them). Cut at a
/// space unless that leaves less than half, then inside the word.
pub fn first_words(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    let head: String = name.chars().take(max.saturating_sub(1)).collect();
    let cut = match head.rfind(' ') {
        Some(i) if head[..i].chars().count() >= max / 2 => &head[..i],
        _ => head.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ':', ';', '–', '-']))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("the embedded dataset loads")
    }

    #[test]
    fn a_query_with_diacritics_means_them_and_one_without_ignores_them() {
        assert!(contains_query("Số hộ nghèo", "hộ"));
        assert!(!contains_query("Hiệu quả hỗ trợ", "hộ"));
        assert!(!contains_query("Khó hơn", "hộ"));
        assert!(contains_query("Hiệu quả hỗ trợ", "ho"));
        assert!(contains_query("Số hộ nghèo", "HỘ"));
        assert!(contains_query("anything", "  "));
    }

    #[test]
    fn decomposed_vietnamese_finds_what_composed_finds() {
        let ds = ds();
        let i = ds.commune_index("01645").expect("Tiên Thành");
        let nfd_name = "Tie\u{302}n Tha\u{300}nh";
        assert_ne!(nfd_name, "Tiên Thành");
        assert_eq!(search(&ds, nfd_name, Lang::Vi), vec![i]);
        assert_eq!(search(&ds, "tien  thanh", Lang::Vi), vec![i]);
        let ho = "ho\u{323}\u{302}";
        assert!(contains_query("Số hộ nghèo", ho));
        assert!(!contains_query("Hiệu quả hỗ trợ", ho));
        assert!(contains_query("Chi phi\u{301} đơn vị", "chi phí"));
        assert_eq!(fold("Qua\u{309}ng Ho\u{300}a Đư\u{301}c"), "quang hoa duc");
    }

    #[test]
    fn folding_drops_case_and_diacritics() {
        assert_eq!(fold("Tiên Thành"), "tien thanh");
        assert_eq!(fold("QUẢNG HÒA Đống"), "quang hoa dong");
    }

    #[test]
    fn search_finds_a_commune_with_or_without_diacritics_and_by_district() {
        let ds = ds();
        let i = ds.commune_index("01645").expect("Tiên Thành");
        for q in ["Tiên Thành", "tien thanh", "  TIEN THANH "] {
            assert_eq!(search(&ds, q, Lang::Vi), vec![i], "{q}");
        }
        assert_eq!(commune_label(&ds, i, Lang::Vi), "Tiên Thành — Quảng Hòa");
        let district = search(&ds, "quang hoa", Lang::Vi);
        assert!(district.len() > 5 && district.contains(&i));
        assert_eq!(search(&ds, "", Lang::En).len(), ds.communes.len());
        assert!(search(&ds, "zzz", Lang::Vi).is_empty());
        // By its official code, whole or its start.
        assert_eq!(search(&ds, " 01645 ", Lang::Vi), vec![i]);
        let by_start = search(&ds, "0164", Lang::En);
        assert!(by_start.len() > 1 && by_start.contains(&i), "{by_start:?}");
        assert!(by_start
            .iter()
            .all(|&c| ds.communes[c].code.starts_with("0164")));
    }

    #[test]
    fn towns_and_wards_say_what_they_are() {
        let ds = ds();
        let ward = ds
            .communes
            .iter()
            .position(|c| !c.is_candidate())
            .expect("a ward or township");
        let vi = commune_label(&ds, ward, Lang::Vi);
        let en = commune_label(&ds, ward, Lang::En);
        assert!(vi.contains("(phường)") || vi.contains("(thị trấn)"), "{vi}");
        assert!(en.contains("(ward)") || en.contains("(township)"), "{en}");
    }

    #[test]
    fn a_long_name_is_cut_at_a_word() {
        assert_eq!(first_words("Tăng vốn 50%", 36), "Tăng vốn 50%");
        let long = "Phương án 1: Tăng tổng ngân sách giai đoạn 2021–2025 lên 130% so với kế hoạch";
        let short = first_words(long, 36);
        assert_eq!(short, "Phương án 1: Tăng tổng ngân sách…");
        assert!(short.chars().count() <= 36);
        // One long word: cut inside it.
        assert_eq!(first_words(&"x".repeat(60), 36).chars().count(), 36);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod district_tests {
    use super::*;

    #[test]
    fn districts_are_called_as_a_reader_says_them() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let at = |name: &str| {
            ds.districts
                .iter()
                .position(|d| d.name == name)
                .expect(name)
        };
        let (bao_lac, city) = (at("Bảo Lạc"), at("Thành phố Cao Bằng"));
        assert_eq!(district_title(&ds, bao_lac, Lang::Vi), "Huyện Bảo Lạc");
        assert_eq!(district_title(&ds, bao_lac, Lang::En), "Bảo Lạc district");
        assert_eq!(district_title(&ds, city, Lang::Vi), "Thành phố Cao Bằng");
        assert_eq!(district_title(&ds, city, Lang::En), "Cao Bằng City");
        assert_eq!(
            district_in_sentence(&ds, bao_lac, Lang::Vi),
            "huyện Bảo Lạc"
        );
        assert_eq!(
            district_in_sentence(&ds, city, Lang::Vi),
            "thành phố Cao Bằng"
        );
        assert_eq!(district_in_sentence(&ds, city, Lang::En), "Cao Bằng City");
        assert_eq!(district_title(&ds, 999, Lang::Vi), "");
    }
}
