//! Vietnamese letters composed (NFC) without a Unicode library: the same letters typed
//! decomposed (Unikey's "Unicode tổ hợp", text pasted from a PDF or a decree) look identical
//! and must compare equal. The general tables (`unicode-normalization`) added 62 KiB to the
//! gzipped `.wasm` for the 132 letters Vietnamese needs; this table is generated from Python's
//! `unicodedata` (every vowel with every tone and shape mark) and tested against it by the
//! examples below.

/// The combining marks Vietnamese letters are made of, one bit each in [`LETTERS`].
const MARKS: [char; 8] = [
    '\u{300}', // grave (huyền)
    '\u{301}', // acute (sắc)
    '\u{302}', // circumflex (â, ê, ô)
    '\u{303}', // tilde (ngã)
    '\u{306}', // breve (ă)
    '\u{309}', // hook above (hỏi)
    '\u{31b}', // horn (ơ, ư)
    '\u{323}', // dot below (nặng)
];

/// Each composed letter, its base letter and its marks (bits of [`MARKS`]).
const LETTERS: [(char, char, u8); 132] = [
    ('À', 'A', 0b00000001),
    ('Á', 'A', 0b00000010),
    ('Â', 'A', 0b00000100),
    ('Ã', 'A', 0b00001000),
    ('È', 'E', 0b00000001),
    ('É', 'E', 0b00000010),
    ('Ê', 'E', 0b00000100),
    ('Ì', 'I', 0b00000001),
    ('Í', 'I', 0b00000010),
    ('Ò', 'O', 0b00000001),
    ('Ó', 'O', 0b00000010),
    ('Ô', 'O', 0b00000100),
    ('Õ', 'O', 0b00001000),
    ('Ù', 'U', 0b00000001),
    ('Ú', 'U', 0b00000010),
    ('Ý', 'Y', 0b00000010),
    ('à', 'a', 0b00000001),
    ('á', 'a', 0b00000010),
    ('â', 'a', 0b00000100),
    ('ã', 'a', 0b00001000),
    ('è', 'e', 0b00000001),
    ('é', 'e', 0b00000010),
    ('ê', 'e', 0b00000100),
    ('ì', 'i', 0b00000001),
    ('í', 'i', 0b00000010),
    ('ò', 'o', 0b00000001),
    ('ó', 'o', 0b00000010),
    ('ô', 'o', 0b00000100),
    ('õ', 'o', 0b00001000),
    ('ù', 'u', 0b00000001),
    ('ú', 'u', 0b00000010),
    ('ý', 'y', 0b00000010),
    ('Ă', 'A', 0b00010000),
    ('ă', 'a', 0b00010000),
    ('Ĩ', 'I', 0b00001000),
    ('ĩ', 'i', 0b00001000),
    ('Ũ', 'U', 0b00001000),
    ('ũ', 'u', 0b00001000),
    ('Ơ', 'O', 0b01000000),
    ('ơ', 'o', 0b01000000),
    ('Ư', 'U', 0b01000000),
    ('ư', 'u', 0b01000000),
    ('Ạ', 'A', 0b10000000),
    ('ạ', 'a', 0b10000000),
    ('Ả', 'A', 0b00100000),
    ('ả', 'a', 0b00100000),
    ('Ấ', 'A', 0b00000110),
    ('ấ', 'a', 0b00000110),
    ('Ầ', 'A', 0b00000101),
    ('ầ', 'a', 0b00000101),
    ('Ẩ', 'A', 0b00100100),
    ('ẩ', 'a', 0b00100100),
    ('Ẫ', 'A', 0b00001100),
    ('ẫ', 'a', 0b00001100),
    ('Ậ', 'A', 0b10000100),
    ('ậ', 'a', 0b10000100),
    ('Ắ', 'A', 0b00010010),
    ('ắ', 'a', 0b00010010),
    ('Ằ', 'A', 0b00010001),
    ('ằ', 'a', 0b00010001),
    ('Ẳ', 'A', 0b00110000),
    ('ẳ', 'a', 0b00110000),
    ('Ẵ', 'A', 0b00011000),
    ('ẵ', 'a', 0b00011000),
    ('Ặ', 'A', 0b10010000),
    ('ặ', 'a', 0b10010000),
    ('Ẹ', 'E', 0b10000000),
    ('ẹ', 'e', 0b10000000),
    ('Ẻ', 'E', 0b00100000),
    ('ẻ', 'e', 0b00100000),
    ('Ẽ', 'E', 0b00001000),
    ('ẽ', 'e', 0b00001000),
    ('Ế', 'E', 0b00000110),
    ('ế', 'e', 0b00000110),
    ('Ề', 'E', 0b00000101),
    ('ề', 'e', 0b00000101),
    ('Ể', 'E', 0b00100100),
    ('ể', 'e', 0b00100100),
    ('Ễ', 'E', 0b00001100),
    ('ễ', 'e', 0b00001100),
    ('Ệ', 'E', 0b10000100),
    ('ệ', 'e', 0b10000100),
    ('Ỉ', 'I', 0b00100000),
    ('ỉ', 'i', 0b00100000),
    ('Ị', 'I', 0b10000000),
    ('ị', 'i', 0b10000000),
    ('Ọ', 'O', 0b10000000),
    ('ọ', 'o', 0b10000000),
    ('Ỏ', 'O', 0b00100000),
    ('ỏ', 'o', 0b00100000),
    ('Ố', 'O', 0b00000110),
    ('ố', 'o', 0b00000110),
    ('Ồ', 'O', 0b00000101),
    ('ồ', 'o', 0b00000101),
    ('Ổ', 'O', 0b00100100),
    ('ổ', 'o', 0b00100100),
    ('Ỗ', 'O', 0b00001100),
    ('ỗ', 'o', 0b00001100),
    ('Ộ', 'O', 0b10000100),
    ('ộ', 'o', 0b10000100),
    ('Ớ', 'O', 0b01000010),
    ('ớ', 'o', 0b01000010),
    ('Ờ', 'O', 0b01000001),
    ('ờ', 'o', 0b01000001),
    ('Ở', 'O', 0b01100000),
    ('ở', 'o', 0b01100000),
    ('Ỡ', 'O', 0b01001000),
    ('ỡ', 'o', 0b01001000),
    ('Ợ', 'O', 0b11000000),
    ('ợ', 'o', 0b11000000),
    ('Ụ', 'U', 0b10000000),
    ('ụ', 'u', 0b10000000),
    ('Ủ', 'U', 0b00100000),
    ('ủ', 'u', 0b00100000),
    ('Ứ', 'U', 0b01000010),
    ('ứ', 'u', 0b01000010),
    ('Ừ', 'U', 0b01000001),
    ('ừ', 'u', 0b01000001),
    ('Ử', 'U', 0b01100000),
    ('ử', 'u', 0b01100000),
    ('Ữ', 'U', 0b01001000),
    ('ữ', 'u', 0b01001000),
    ('Ự', 'U', 0b11000000),
    ('ự', 'u', 0b11000000),
    ('Ỳ', 'Y', 0b00000001),
    ('ỳ', 'y', 0b00000001),
    ('Ỵ', 'Y', 0b10000000),
    ('ỵ', 'y', 0b10000000),
    ('Ỷ', 'Y', 0b00100000),
    ('ỷ', 'y', 0b00100000),
    ('Ỹ', 'Y', 0b00001000),
    ('ỹ', 'y', 0b00001000),
];

fn mark_bit(c: char) -> Option<u8> {
    MARKS.iter().position(|&m| m == c).map(|i| 1 << i)
}

/// The base letter and marks of a composed Vietnamese letter.
fn split(c: char) -> Option<(char, u8)> {
    LETTERS
        .iter()
        .find(|(l, _, _)| *l == c)
        .map(|&(_, base, marks)| (base, marks))
}

fn join(base: char, marks: u8) -> Option<char> {
    if marks == 0 {
        return Some(base);
    }
    LETTERS
        .iter()
        .find(|(_, b, m)| *b == base && *m == marks)
        .map(|&(l, _, _)| l)
}

/// `s` with every Vietnamese letter written with combining marks (in any order, on a plain or
/// an already composed base) replaced by its composed letter; anything else as it was.
pub fn nfc(s: &str) -> String {
    if !s.chars().any(|c| mark_bit(c).is_some()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let (base, mut marks) = split(c).unwrap_or((c, 0));
        let mut run = String::new();
        run.push(c);
        while let Some(bit) = chars.peek().and_then(|&m| mark_bit(m)) {
            run.push(chars.next().unwrap_or_default());
            marks |= bit;
        }
        match join(base, marks) {
            Some(letter) if run.chars().count() > 1 => out.push(letter),
            _ => out.push_str(&run),
        }
    }
    out
}

/// Tone marks (huyền, sắc, ngã, hỏi, nặng): where a writer puts them varies ("Hoà", "Hòa").
const TONES: u8 = 0b1010_1011;

/// `s` as a name to match loosely: composed, lower case, and each word's tone mark taken off
/// its letter and put at the word's end, so the old and the new placement of a tone ("Hoà An"
/// and "Hòa An") and decomposed letters give the same key. Shape marks (â, ă, ơ…) stay.
pub fn loose_key(s: &str) -> String {
    let composed = nfc(s.trim()).to_lowercase();
    let mut out = String::with_capacity(composed.len());
    for (i, word) in composed.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut tones = 0u8;
        for c in word.chars() {
            match split(c) {
                Some((base, marks)) => {
                    tones |= marks & TONES;
                    out.push(join(base, marks & !TONES).unwrap_or(c));
                }
                None => out.push(c),
            }
        }
        for (bit, mark) in MARKS.iter().enumerate() {
            if tones & (1 << bit) != 0 {
                out.push(*mark);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tone_placed_either_way_or_typed_apart_gives_one_key() {
        let key = loose_key("Hòa An");
        assert_eq!(loose_key("Hoà An"), key);
        assert_eq!(loose_key("  ho\u{300}a  an "), key);
        assert_eq!(loose_key("HÒA AN"), key);
        assert_ne!(loose_key("Hòa Ân"), key, "a shape mark is another letter");
        assert_ne!(loose_key("Hóa An"), key, "another tone is another name");
        assert_eq!(loose_key("Quảng Hòa"), loose_key("Quảng Hoà"));
    }

    #[test]
    fn decomposed_letters_compose_whatever_the_order_of_their_marks() {
        // NFD (the canonical order: horn, dot below, then marks above).
        assert_eq!(nfc("Tie\u{302}n Tha\u{300}nh"), "Tiên Thành");
        assert_eq!(nfc("Ke\u{302}\u{301} hoa\u{323}ch"), "Kế hoạch");
        assert_eq!(
            nfc("o\u{31b}\u{323} u\u{31b}\u{303} A\u{323}\u{302}"),
            "ợ ữ Ậ"
        );
        // A composed vowel with a combining tone (Unikey's "Unicode tổ hợp"), marks in another
        // order.
        assert_eq!(nfc("ê\u{301} a\u{302}\u{323} Đươ\u{300}ng"), "ế ậ Đường");
        // Already composed, or not Vietnamese: as it was.
        assert_eq!(nfc("Quảng Hòa — 1.234,5"), "Quảng Hòa — 1.234,5");
        assert_eq!(nfc("n\u{303} x\u{301}"), "n\u{303} x\u{301}");
        assert_eq!(nfc("\u{301}a"), "\u{301}a");
    }

    #[test]
    fn every_letter_splits_and_joins_back() {
        for &(letter, base, marks) in &LETTERS {
            assert_eq!(split(letter), Some((base, marks)));
            assert_eq!(join(base, marks), Some(letter));
            let mut decomposed = base.to_string();
            for (i, m) in MARKS.iter().enumerate().rev() {
                if marks & (1 << i) != 0 {
                    decomposed.push(*m);
                }
            }
            assert_eq!(nfc(&decomposed), letter.to_string());
        }
    }
}
