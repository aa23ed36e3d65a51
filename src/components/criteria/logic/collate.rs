//! Vietnamese alphabetical order and accent-free search, for unit names.
//!
//! Rust's `str` order puts "Đ" after "Z" and every accented vowel after every plain letter;
//! a planner expects the dictionary order (a ă â b c d đ e ê … ư v x y, tones as a tie-break:
//! none, huyền, hỏi, ngã, sắc, nặng) and "Xóm 2" before "Xóm 10". Search folds case, tones
//! and vowel marks so "soc ha" finds "Sóc Hà" on a keyboard without a Vietnamese layout.

/// The alphabet, in dictionary order (with f, j, w, z for names written in other languages).
const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

/// Each vowel with its five tones, in the dictionary's tone order.
const TONED_VOWELS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];

/// Plain Latin letter of each row of [`TONED_VOWELS`], for searching without marks.
const PLAIN_VOWELS: [char; 12] = ['a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'];

/// Where a digit run, a letter and any other character sort (a primary key element).
const DIGITS_FROM: u32 = 1;
const LETTERS_FROM: u32 = 1_100_000_000;
const OTHERS_FROM: u32 = 1_200_000_000;

/// A key that orders names the way a Vietnamese dictionary does: letters first, tones only
/// to break ties, digit runs by their value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct SortKey {
    primary: Vec<u32>,
    tones: Vec<u8>,
}

/// The dictionary key of `name`.
pub fn sort_key(name: &str) -> SortKey {
    let mut key = SortKey::default();
    let mut chars = name.chars().flat_map(char::to_lowercase).peekable();
    while let Some(c) = chars.next() {
        if let Some(d) = c.to_digit(10) {
            let mut n = u64::from(d);
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = (n * 10 + u64::from(d)).min(1_000_000_000);
                chars.next();
            }
            key.primary.push(DIGITS_FROM + n as u32);
            continue;
        }
        if c.is_whitespace() {
            // Spaces sort first, so "Quang Trung" comes before "Quangx".
            key.primary.push(0);
            continue;
        }
        let (base, tone) = untone(c);
        match ALPHABET.chars().position(|a| a == base) {
            Some(rank) => key.primary.push(LETTERS_FROM + rank as u32),
            None => key.primary.push(OTHERS_FROM + base as u32),
        }
        key.tones.push(tone);
    }
    key
}

/// `text` in lower case without tones or vowel marks, đ as d: the form searches compare.
pub fn fold(text: &str) -> String {
    // Composed first: decomposed input (Unikey's "Unicode tổ hợp") has its tones as separate
    // marks, which the table below does not know.
    crate::names::nfc(text)
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c == 'đ' {
                return 'd';
            }
            match TONED_VOWELS.iter().position(|row| row.contains(c)) {
                Some(row) => PLAIN_VOWELS[row],
                None => c,
            }
        })
        .collect()
}

/// True when `haystack` contains `needle`, ignoring case, tones and marks. An empty or blank
/// needle matches everything.
pub fn matches(haystack: &str, needle: &str) -> bool {
    // Runs of spaces as one ("Bảo  Lạc"), as the share link carries the search.
    let needle = fold(&needle.split_whitespace().collect::<Vec<_>>().join(" "));
    needle.is_empty() || fold(haystack).contains(&needle)
}

/// The letter without its tone (keeping ă, â, ê, ô, ơ, ư), and the tone's rank (0 = none).
fn untone(c: char) -> (char, u8) {
    for row in TONED_VOWELS {
        if let Some(tone) = row.chars().position(|v| v == c) {
            let base = row.chars().next().unwrap_or(c);
            return (base, tone as u8);
        }
    }
    (c, 0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<&str> = names.to_vec();
        v.sort_by_key(|n| sort_key(n));
        v.into_iter().map(String::from).collect()
    }

    #[test]
    fn dictionary_order_not_code_point_order() {
        let cases: [(&[&str], &[&str]); 6] = [
            // đ comes right after d, not after z.
            (
                &["Đức Long", "Zin", "Dân Chủ"],
                &["Dân Chủ", "Đức Long", "Zin"],
            ),
            // a < ă < â < b.
            (
                &["Bế Triều", "Âu", "Ăn", "An"],
                &["An", "Ăn", "Âu", "Bế Triều"],
            ),
            // Tones only break ties (huyền before nặng), as in ICU's Vietnamese order.
            (&["Hai", "Hạ", "Hà"], &["Hà", "Hạ", "Hai"]),
            (&["Hà Quảng", "Hạ Lang"], &["Hạ Lang", "Hà Quảng"]),
            // Digit runs by value.
            (&["Xóm 10", "Xóm 2", "Xóm 1"], &["Xóm 1", "Xóm 2", "Xóm 10"]),
            // Case does not matter; a space sorts before a letter.
            (&["quangx", "Quang Trung"], &["Quang Trung", "quangx"]),
        ];
        for (input, want) in cases {
            assert_eq!(sorted(input), want, "{input:?}");
        }
    }

    #[test]
    fn search_ignores_case_tones_and_marks() {
        let cases = [
            ("Sóc Hà", "soc ha", true),
            ("Sóc Hà", "SÓC", true),
            ("Đức Long", "duc", true),
            ("Trường Hà", "truong", true),
            ("Sóc Hà", "sac", false),
            ("Sóc Hà", "   ", true),
            ("Thượng Thôn", "thuong thon", true),
            // Runs of spaces as one, as the share link carries the search.
            ("Thượng Thôn", " thượng   thôn ", true),
        ];
        for (hay, needle, want) in cases {
            assert_eq!(matches(hay, needle), want, "{hay} / {needle}");
        }
        assert_eq!(fold("Đình Phong"), "dinh phong");
    }
}
