//! Reading and writing `communes.csv` and `villages.csv`.
//!
//! Formats (UTF-8, a BOM is accepted; criteria columns hold the progress index in percent,
//! 100 = the criterion's 2016–2020 threshold is met):
//!
//! - communes: `code,name,district,type,extremely_difficult,program_135,scope_1385,border,
//!   households,poverty_pct,remoteness,recognised_year,c01..cNN`
//! - villages: `id,name,commune_code,households,v01..vNN`

use super::{Commune, DatasetProblem, District, UnitType, Village};
use crate::criteria::CriteriaSet;

const COMMUNE_FIXED: [&str; 12] = [
    "code",
    "name",
    "district",
    "type",
    "extremely_difficult",
    "program_135",
    "scope_1385",
    "border",
    "households",
    "poverty_pct",
    "remoteness",
    "recognised_year",
];
const VILLAGE_FIXED: [&str; 4] = ["id", "name", "commune_code", "households"];

fn criterion_columns(prefix: char, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix}{i:02}")).collect()
}

/// `text` with its first letter a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "c01–c19" or "c03, c05–c07": criterion columns (from 0), runs shortened.
fn column_ranges(columns: &std::collections::BTreeSet<usize>, prefix: char) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &c in columns {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => runs.push((c, c)),
        }
    }
    runs.iter()
        .map(|&(a, b)| match b - a {
            0 => format!("{prefix}{:02}", a + 1),
            1 => format!("{prefix}{:02}, {prefix}{:02}", a + 1, b + 1),
            _ => format!("{prefix}{:02}–{prefix}{:02}", a + 1, b + 1),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first number a decimal comma split in two, when mending every such split makes the row
/// fit: as wide as the header (`width`), each `numeric` position (counts, flags, levels) a
/// number or empty. A split is two fields of digits whose first falls on a `decimal` position.
/// (Adjacent flags "1,0" are not mistaken for one: a flag's position is not decimal, and a name
/// with a comma leaves the row unfit, its words shifted into number columns.)
fn decimal_commas(
    rec: &csv::StringRecord,
    width: usize,
    numeric: &[usize],
    decimal: &[usize],
) -> Option<String> {
    let digits = |f: &str| !f.trim().is_empty() && f.trim().bytes().all(|b| b.is_ascii_digit());
    let mut fields: Vec<String> = rec.iter().map(|f| f.trim().to_string()).collect();
    let mut first = None;
    let mut i = 0;
    while fields.len() > width && i + 1 < fields.len() {
        if decimal.contains(&i) && digits(&fields[i]) && digits(&fields[i + 1]) {
            let after = fields.remove(i + 1);
            let joined = format!("{},{after}", fields[i]);
            first.get_or_insert_with(|| joined.clone());
            fields[i] = joined.replace(',', ".");
        }
        i += 1;
    }
    let fits = fields.len() == width
        && numeric.iter().all(|&p| {
            fields
                .get(p)
                .is_some_and(|f| f.is_empty() || parse_num(f).is_some())
        });
    first.filter(|_| fits)
}

/// The line (from 1) a row starts on, as the reader counted it.
fn record_line(record: &Result<csv::StringRecord, csv::Error>) -> Option<usize> {
    let position = match record {
        Ok(r) => r.position(),
        Err(e) => e.position(),
    };
    position.and_then(|p| usize::try_from(p.line()).ok())
}

struct Rows<'a> {
    file: &'static str,
    problems: &'a mut Vec<DatasetProblem>,
    /// Fields in the header row.
    width: usize,
    /// The file came from a spreadsheet set to Vietnamese: columns separated by ';', numbers
    /// written 2,7 and 2.164 (see [`vietnamese_numbers`]).
    vietnamese: bool,
    /// Criterion cells written as words ("Đạt", "x"), said once for the file by
    /// [`Rows::words_said`] rather than cell by cell (a met / not met sheet named every
    /// cell of 50 rows, 19 to a row, and stopped there).
    words: WordCells,
}

/// Criterion cells holding words instead of levels, counted for one summary.
#[derive(Default)]
struct WordCells {
    /// Each word as written, with how many cells hold it.
    counts: std::collections::BTreeMap<String, usize>,
    /// The criterion columns (from 0) where a word was found.
    columns: std::collections::BTreeSet<usize>,
    /// The first line with one.
    first_line: Option<usize>,
    /// The file marks criteria with words somewhere (found before its rows are read): its
    /// empty criterion cells are then part of the marking ('x' for met, blank for not), said
    /// in the same summary rather than row by row.
    marked: bool,
    /// Those empty cells.
    blanks: usize,
}

impl WordCells {
    /// Whether any criterion cell of `text` (columns `criteria`, read with `delimiter`) is a
    /// word: a first pass over the file, so that its blank cells are judged with the words.
    fn marked(text: &str, delimiter: u8, criteria: &[usize]) -> bool {
        csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(strip_bom(text).as_bytes())
            .records()
            .flatten()
            .any(|r| {
                criteria
                    .iter()
                    .any(|&c| r.get(c).is_some_and(|f| Self::is_word(f.trim())))
            })
    }

    /// A criterion cell that is a word (letters, no number): counted here, not named alone.
    fn is_word(raw: &str) -> bool {
        raw.chars().any(char::is_alphabetic) && parse_num(raw).is_none()
    }
}

impl Rows<'_> {
    /// Notes a problem, said in English and in Vietnamese.
    fn bad(&mut self, line: Option<usize>, said: (String, String)) {
        // Cap the list so a wrong file gives a readable report, not thousands of lines, and
        // say that it was cut (50 of 139 rows read as every problem there was).
        if self.problems.len() < 50 {
            let (message, message_vi) = said;
            self.problems.push(DatasetProblem {
                file: self.file.into(),
                line,
                message,
                message_vi,
            });
        } else if self.problems.len() == 50 {
            self.problems.push(DatasetProblem {
                file: self.file.into(),
                line: None,
                message: "…and more problems not listed: fix these and load the files again".into(),
                message_vi: "…và còn lỗi khác chưa liệt kê: sửa các lỗi trên rồi nạp lại tệp"
                    .into(),
            });
        }
    }

    /// A row with more fields than the header: its values would land in the wrong columns.
    /// The row's own fields say which of the two usual causes it is (see [`decimal_commas`]):
    /// a number with a decimal comma (12,5), or a name with a comma.
    fn too_wide(
        &self,
        rec: &csv::StringRecord,
        numeric: &[usize],
        decimal: &[usize],
    ) -> (String, String) {
        let (fields, width) = (rec.len(), self.width);
        let split = decimal_commas(rec, width, numeric, decimal);
        match split {
            Some(n) => (
                format!(
                    "has {fields} fields where the header has {width}: a number written with a \
                     decimal comma ({n}) splits into two fields; write it with a decimal point \
                     ({}) or in double quotes (a name with a comma in it must be in double quotes too)",
                    n.replace(',', ".")
                ),
                format!(
                    "có {fields} trường trong khi dòng tiêu đề có {width}: số viết bằng dấu phẩy \
                     thập phân ({n}) bị tách thành hai trường; hãy viết bằng dấu chấm thập phân \
                     ({}) hoặc đặt trong dấu ngoặc kép (tên có dấu phẩy cũng phải đặt trong dấu \
                     ngoặc kép)",
                    n.replace(',', ".")
                ),
            ),
            None => (
                format!(
                    "has {fields} fields where the header has {width}: a name with a comma in it \
                     must be in double quotes"
                ),
                format!(
                    "có {fields} trường trong khi dòng tiêu đề có {width}: tên có dấu phẩy phải \
                     đặt trong dấu ngoặc kép"
                ),
            ),
        }
    }

    /// The file's criterion cells written as words, said once, before its other problems
    /// (not subject to the cap: it is the cause of the rest).
    fn words_said(&mut self, start: usize, prefix: char) {
        let words = std::mem::take(&mut self.words);
        let Some(first) = words.first_line else {
            return;
        };
        let mut counts: Vec<(String, usize)> = words.counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let shown = |lang: crate::format::Lang, (one, many): (&str, &str)| {
            let mut list: Vec<String> = counts
                .iter()
                .take(4)
                .map(|(w, n)| {
                    let cells = if *n == 1 { one } else { many };
                    format!("'{w}' ({} {cells})", crate::format::whole(*n as u64, lang))
                })
                .collect();
            if counts.len() > 4 {
                list.push("…".into());
            }
            list.join(", ")
        };
        let columns = column_ranges(&words.columns, prefix);
        let rule = (
            "each criterion column is the level in percent of the criterion's threshold \
             (100 = met)",
            "mỗi cột tiêu chí là mức đạt tính bằng phần trăm so với ngưỡng của tiêu chí \
             (100 = đạt)",
        );
        let blanks = |lang: crate::format::Lang| match (words.blanks, lang) {
            (0, _) => String::new(),
            (n, crate::format::Lang::En) => {
                format!(" and {} empty", crate::format::whole(n as u64, lang))
            }
            (n, crate::format::Lang::Vi) => {
                format!(" và {} ô trống", crate::format::whole(n as u64, lang))
            }
        };
        let (message, message_vi) = match counts.as_slice() {
            [(word, 1)] if words.blanks == 0 => (
                format!("{columns} '{word}' is a word, not a level: {}", rule.0),
                format!("{columns} '{word}' là chữ, không phải mức đạt: {}", rule.1),
            ),
            _ => (
                format!(
                    "criterion columns hold words, not levels: {}{} in {columns}, from line \
                     {first}. {}: write 100 where met and your best estimate below 100 where not",
                    shown(crate::format::Lang::En, ("cell", "cells")),
                    blanks(crate::format::Lang::En),
                    capitalised(rule.0)
                ),
                format!(
                    "các cột tiêu chí ghi chữ thay vì mức đạt: {}{} ở {columns}, từ dòng {first}. \
                     {}: ghi 100 cho tiêu chí đã đạt và ước tính dưới 100 cho tiêu chí chưa đạt",
                    shown(crate::format::Lang::Vi, ("ô", "ô")),
                    blanks(crate::format::Lang::Vi),
                    capitalised(rule.1)
                ),
            ),
        };
        let problem = DatasetProblem {
            file: self.file.into(),
            line: Some(first),
            message,
            message_vi,
        };
        self.problems
            .insert(start.min(self.problems.len()), problem);
    }

    /// Parses the header and returns the column index of each expected name.
    /// A reader over `text` (without its BOM) and the position of each expected column: the
    /// `fixed` ones, then one per criterion (`c01`…, `v01`…). None when the header is wrong.
    fn open<'t>(
        &mut self,
        text: &'t str,
        fixed: &[&str],
        prefix: char,
        criteria: usize,
    ) -> Option<(csv::Reader<&'t [u8]>, Vec<usize>)> {
        let mut expected: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
        expected.extend(criterion_columns(prefix, criteria));
        // A spreadsheet set to Vietnamese writes ';' between columns (the comma is its
        // decimal sign): a header with semicolons and no comma says so.
        // (A line ends at '\r' too: an old Mac's file has no '\n' at all.)
        let first = strip_bom(text).split(['\n', '\r']).next().unwrap_or("");
        self.vietnamese = first.contains(';') && !first.contains(',');
        let delimiter = if self.vietnamese { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(strip_bom(text).as_bytes());
        let col = self.header(&mut reader, &expected)?;
        self.words.marked = WordCells::marked(text, delimiter, &col[fixed.len()..]);
        Some((reader, col))
    }

    fn header(
        &mut self,
        reader: &mut csv::Reader<&[u8]>,
        expected: &[String],
    ) -> Option<Vec<usize>> {
        let header = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                self.bad(
                    Some(1),
                    (
                        format!("cannot read the header row: {e}"),
                        format!("không đọc được dòng tiêu đề: {e}"),
                    ),
                );
                return None;
            }
        };
        self.width = header.len();
        let mut idx = Vec::with_capacity(expected.len());
        let mut missing = Vec::new();
        for name in expected {
            // In any capitals ("Code", "Name"): the names are the columns', not their case.
            match header
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
            {
                Some(i) => idx.push(i),
                None => missing.push(name.as_str()),
            }
        }
        if missing.is_empty() {
            return Some(idx);
        }
        // A spreadsheet saved with the Vietnamese list separator writes `;` between columns:
        // then every column is "missing", and the one useful thing to say is how to save it.
        let semicolons = header.len() == 1 && header.get(0).is_some_and(|h| h.contains(';'));
        let (hint, hint_vi) = if semicolons {
            (
                "; the columns are separated by ';' — save the file as CSV with commas \
                 (“CSV UTF-8 (Comma delimited)”) and decimal points, not commas",
                "; các cột được ngăn bằng ';' — hãy lưu lại tệp dạng CSV ngăn bằng dấu phẩy \
                 (“CSV UTF-8 (Comma delimited)”), số thập phân dùng dấu chấm",
            )
        } else {
            ("", "")
        };
        let (missing, expected) = (missing.join(", "), expected.join(","));
        self.bad(
            Some(1),
            (
                format!("missing column(s): {missing} (expected: {expected}){hint}"),
                format!("thiếu cột: {missing} (cần: {expected}){hint_vi}"),
            ),
        );
        None
    }
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A commune's name without its type before it, as the statistics office lists them ("Xã Cải
/// Viên", "Phường Sông Hiến"): the app writes the type itself, and showed "Xã Xã Cải Viên".
fn bare_name(name: &str, unit_type: UnitType) -> String {
    let word = unit_type.as_vi();
    let name = name.trim();
    // Compared in lower case; cut at the same length in the name (the type words are written
    // the same in either case, byte for byte, as composed Vietnamese).
    let lower = name.to_lowercase();
    match lower
        .strip_prefix(word)
        .and_then(|rest| rest.strip_prefix(' '))
    {
        Some(rest) if !rest.trim().is_empty() && lower.len() == name.len() => {
            name[name.len() - rest.len()..].trim().to_string()
        }
        _ => name.to_string(),
    }
}

/// The district `written` names: its name or code as in `province.json`, else the one district
/// whose name matches loosely: accents typed apart or a tone placed the old way ("Hoà An"),
/// other capitals, "Huyện …" or "TP …" before it. Two districts matching ("Thị xã Kỳ Anh" and
/// "Huyện Kỳ Anh" for "Kỳ Anh") is no match.
fn district_of(written: &str, districts: &[District]) -> Option<usize> {
    if let Some(i) = districts
        .iter()
        .position(|d| d.name == written || d.code == written)
    {
        return Some(i);
    }
    let key = |name: &str| {
        let lower = crate::compose::nfc(name.trim()).to_lowercase();
        let bare = [
            "huyện ",
            "thành phố ",
            "thị xã ",
            "tp. ",
            "tp.",
            "tp ",
            "tx. ",
            "tx.",
            "tx ",
        ]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .to_string();
        crate::compose::loose_key(&bare)
    };
    let wanted = key(written);
    let mut found = districts
        .iter()
        .enumerate()
        .filter(|(_, d)| key(&d.name) == wanted)
        .map(|(i, _)| i);
    match (found.next(), found.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

/// A row of a Vietnamese-locale file with its numbers written the way the reader takes them:
/// in the `whole` columns (counts, years) a '.' is a thousands separator and goes ("2.164"
/// → "2164"); in the `decimal` ones the comma is the decimal sign ("2,7" → "2.7"). Text
/// columns (codes, names) are left as written.
fn vietnamese_numbers(
    rec: &csv::StringRecord,
    whole: &[usize],
    decimal: &[usize],
) -> csv::StringRecord {
    rec.iter()
        .enumerate()
        .map(|(i, f)| {
            if whole.contains(&i) {
                f.replace('.', "")
            } else if decimal.contains(&i) {
                f.replace(',', ".")
            } else {
                f.to_string()
            }
        })
        .collect()
}

fn parse_num(s: &str) -> Option<f64> {
    let v: f64 = s.trim().parse().ok()?;
    v.is_finite().then_some(v)
}

/// What is wrong with a row's values, column by column: "households '-2' (a whole number
/// above 0)", so that a planner fixing a spreadsheet knows which cell to look at.
#[derive(Default)]
struct Wrong {
    en: Vec<String>,
    vi: Vec<String>,
}

/// What a column should hold, in English and Vietnamese.
type Want = (&'static str, &'static str);
const FLAG: Want = ("1 or 0", "1 hoặc 0");
const NAME: Want = ("the unit's name", "tên đơn vị");
const VILLAGE_NAME: Want = (
    "the village's name, “Xóm 3” where it is not known",
    "tên xóm, “Xóm 3” nếu chưa rõ",
);
const WHOLE: Want = ("a whole number above 0", "số nguyên lớn hơn 0");
const PERCENT: Want = ("a number from 0 to 100", "số từ 0 đến 100");
const UNIT: Want = ("a number from 0 to 1", "số từ 0 đến 1");
const YEAR: Want = (
    "a year from 1990 to 2100, or empty",
    "năm từ 1990 đến 2100, hoặc để trống",
);
const LEVEL: Want = (
    "a number from 0 to 300, percent of the threshold",
    "số từ 0 đến 300, phần trăm của ngưỡng",
);

impl Wrong {
    /// Notes `column`'s `raw` value unless `ok`; `want` says what it should be.
    fn check(&mut self, ok: bool, column: &str, raw: &str, want: Want) {
        if ok {
            return;
        }
        let (shown, shown_vi) = if raw.is_empty() {
            ("(empty)".to_string(), "(trống)".to_string())
        } else {
            (format!("'{raw}'"), format!("'{raw}'"))
        };
        let (comma, comma_vi) = if want == WHOLE && (raw.contains(',') || raw.contains('.')) {
            // "2,164" or "2.164": a count with a thousands separator, not a decimal.
            (
                ", without a thousands separator: 2164",
                ", không có dấu phân cách hàng nghìn: 2164",
            )
        } else if raw.contains(',') {
            (
                ", with a decimal point, not a comma",
                ", dùng dấu chấm thập phân, không dùng dấu phẩy",
            )
        } else {
            ("", "")
        };
        self.en
            .push(format!("{column} {shown} ({}{comma})", want.0));
        self.vi
            .push(format!("{column} {shown_vi} ({}{comma_vi})", want.1));
    }

    /// The `n` criterion columns from `first` on (`c01`…, `v01`…), read once: their levels
    /// (percent of the threshold, 0–300, as a fraction), each wrong cell noted.
    /// A cell written as a word goes to `words`, for the file's one summary, not this row's.
    fn levels<'r>(
        &mut self,
        get: &impl Fn(usize) -> &'r str,
        first: usize,
        (prefix, n): (char, usize),
        (words, line): (&mut WordCells, usize),
    ) -> Option<Vec<f64>> {
        // Every cell is checked, so that all the wrong ones of a row are named at once.
        let levels: Vec<Option<f64>> = criterion_columns(prefix, n)
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let raw = get(first + i);
                let level = parse_num(raw).filter(|v| (0.0..=300.0).contains(v));
                if WordCells::is_word(raw) {
                    *words.counts.entry(raw.to_string()).or_default() += 1;
                    words.columns.insert(i);
                    words.first_line.get_or_insert(line);
                } else if raw.is_empty() && words.marked {
                    words.blanks += 1;
                    words.columns.insert(i);
                } else {
                    self.check(level.is_some(), name, raw, LEVEL);
                }
                level.map(|v| v / 100.0)
            })
            .collect();
        levels.into_iter().collect()
    }

    /// The row's problem, if any, in English and Vietnamese.
    fn said(self) -> Option<(String, String)> {
        (!self.en.is_empty()).then(|| {
            (
                format!("wrong value(s): {}", self.en.join("; ")),
                format!("giá trị sai: {}", self.vi.join("; ")),
            )
        })
    }
}

/// A yes / no cell, in any capitals: Excel writes TRUE and FALSE.
fn parse_flag(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "yes" | "true" => Some(true),
        "0" | "no" | "false" | "" => Some(false),
        _ => None,
    }
}

pub(super) fn read_communes(
    text: &str,
    districts: &[District],
    set: &CriteriaSet,
    problems: &mut Vec<DatasetProblem>,
) -> Vec<Commune> {
    let mut rows = Rows {
        file: "communes.csv",
        problems,
        width: 0,
        vietnamese: false,
        words: WordCells::default(),
    };
    let start = rows.problems.len();
    let Some((mut reader, col)) = rows.open(text, &COMMUNE_FIXED, 'c', set.len()) else {
        return Vec::new();
    };
    // Households and the recognition year are whole; poverty, remoteness and the criteria
    // can have decimals.
    let whole = [col[8], col[11]];
    let decimal: Vec<usize> = [col[9], col[10]]
        .into_iter()
        .chain(col[COMMUNE_FIXED.len()..].iter().copied())
        .collect();
    // Every column read as a number: the flags (4–6), counts, shares and levels.
    let numeric: Vec<usize> = [col[4], col[5], col[6]]
        .into_iter()
        .chain(whole)
        .chain(decimal.iter().copied())
        .collect();
    let mut out = Vec::new();
    // Each code's first line, so that a second one can point at it.
    let mut seen = std::collections::BTreeMap::new();
    for (n, record) in reader.records().enumerate() {
        // The physical line the row starts on: after a blank line or a name with a line break
        // in it, the row's index said the line before.
        let line_no = record_line(&record).unwrap_or(n + 2);
        let line = Some(line_no);
        let rec = match record {
            Ok(r) => r,
            Err(e) => {
                rows.bad(
                    line,
                    (
                        format!("unreadable row: {e}"),
                        format!("không đọc được dòng: {e}"),
                    ),
                );
                continue;
            }
        };
        // A spreadsheet writes rows it once touched as empty cells (",,,,"): no unit there.
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rec.len() > rows.width {
            rows.bad(line, rows.too_wide(&rec, &numeric, &decimal));
            continue;
        }
        let rec = if rows.vietnamese {
            vietnamese_numbers(&rec, &whole, &decimal)
        } else {
            rec
        };
        let get = |i: usize| rec.get(col[i]).unwrap_or("").trim();
        let code = get(0).to_string();
        if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
            rows.bad(
                line,
                (
                    format!("code '{code}' must be 5 digits (keep the leading zero: format the column as text)"),
                    format!("mã '{code}' phải gồm 5 chữ số (giữ số 0 ở đầu: định dạng cột là văn bản)"),
                ),
            );
            continue;
        }
        if let Some(&first) = seen.get(&code) {
            rows.bad(
                line,
                (
                    format!("code {code} appears twice (first on line {first})"),
                    format!("mã {code} xuất hiện hai lần (lần đầu ở dòng {first})"),
                ),
            );
            continue;
        }
        seen.insert(code.clone(), line_no);
        let Some(district) = district_of(get(2), districts) else {
            // Say which names are known, and why a name that looks right is not: accents
            // typed as separate marks ("Unicode tổ hợp") are other characters.
            let known = districts
                .iter()
                .map(|d| d.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let combining = get(2).chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c));
            let (marks, marks_vi) = if combining {
                (
                    "; its accents are separate marks (decomposed Unicode): save the file with \
                     precomposed characters (Unikey: “Unicode dựng sẵn”)",
                    "; dấu trong tên là dấu rời (Unicode tổ hợp): hãy lưu tệp bằng bảng mã \
                     Unicode dựng sẵn (Unikey: “Unicode dựng sẵn”)",
                )
            } else {
                ("", "")
            };
            rows.bad(
                line,
                (
                    format!(
                        "district '{}' is not one of the province's districts in \
                         province.json ({known}){marks}",
                        get(2)
                    ),
                    format!(
                        "huyện '{}' không thuộc danh sách huyện của tỉnh trong province.json \
                         ({known}){marks_vi}",
                        get(2)
                    ),
                ),
            );
            continue;
        };
        let Some(unit_type) = UnitType::parse(get(3)) else {
            rows.bad(
                line,
                (
                    format!("type '{}' must be xã, thị trấn or phường", get(3)),
                    format!("loại '{}' phải là xã, thị trấn hoặc phường", get(3)),
                ),
            );
            continue;
        };
        let flags: Vec<Option<bool>> = (4..7).map(|i| parse_flag(get(i))).collect();
        // In any capitals, as the flags; "no" is as good as unknown to the model.
        let border = match get(7).to_ascii_lowercase().as_str() {
            "yes" | "true" | "1" => Some(true),
            "" | "no" | "false" | "0" => None,
            _ => {
                // Quoted as written (not as lower-cased to be read).
                let written = get(7);
                rows.bad(
                    line,
                    (
                        format!("border '{written}' must be 'yes', 'no' or empty (unknown)"),
                        format!("border '{written}' phải là 'yes', 'no' hoặc để trống (chưa biết)"),
                    ),
                );
                continue;
            }
        };
        let households = get(8).parse::<u32>().ok().filter(|h| *h > 0);
        let poverty = parse_num(get(9)).filter(|p| (0.0..=100.0).contains(p));
        let remoteness = parse_num(get(10)).filter(|r| (0.0..=1.0).contains(r));
        let recognised_year = match get(11) {
            "" => Some(None),
            y => y
                .parse::<u16>()
                .ok()
                .filter(|y| (1990..=2100).contains(y))
                .map(Some),
        };
        let mut wrong = Wrong::default();
        wrong.check(!get(1).is_empty(), "name", get(1), NAME);
        let levels = wrong.levels(
            &get,
            COMMUNE_FIXED.len(),
            ('c', set.len()),
            (&mut rows.words, line_no),
        );
        for (i, flag) in flags.iter().enumerate() {
            wrong.check(flag.is_some(), COMMUNE_FIXED[4 + i], get(4 + i), FLAG);
        }
        wrong.check(households.is_some(), "households", get(8), WHOLE);
        wrong.check(poverty.is_some(), "poverty_pct", get(9), PERCENT);
        wrong.check(remoteness.is_some(), "remoteness", get(10), UNIT);
        wrong.check(recognised_year.is_some(), "recognised_year", get(11), YEAR);
        if let Some(said) = wrong.said() {
            rows.bad(line, said);
            continue;
        }
        let (
            Some(ed),
            Some(p135),
            Some(scope),
            Some(households),
            Some(poverty),
            Some(remoteness),
            Some(recognised_year),
            Some(levels),
        ) = (
            flags[0],
            flags[1],
            flags[2],
            households,
            poverty,
            remoteness,
            recognised_year,
            levels,
        )
        else {
            continue;
        };
        if recognised_year.is_some() && unit_type != UnitType::Xa {
            rows.bad(
                line,
                (
                    format!(
                        "{code} is a {} and cannot be recognised NTM; leave recognised_year empty",
                        unit_type.as_vi()
                    ),
                    format!(
                        "{code} là {} nên không được công nhận NTM; để trống recognised_year",
                        unit_type.as_vi()
                    ),
                ),
            );
            continue;
        }
        out.push(Commune {
            code,
            name: bare_name(&crate::compose::nfc(get(1)), unit_type),
            district,
            unit_type,
            extremely_difficult: ed,
            program_135: p135,
            scope_1385: scope,
            border,
            households,
            poverty_rate: poverty / 100.0,
            remoteness,
            levels,
            recognised_year,
        });
    }
    rows.words_said(start, 'c');
    if out.is_empty() && rows.problems.is_empty() {
        rows.bad(None, ("has no communes".into(), "không có xã nào".into()));
    }
    out
}

pub(super) fn read_villages(
    text: &str,
    communes: &[Commune],
    set: &CriteriaSet,
    problems: &mut Vec<DatasetProblem>,
) -> Vec<Village> {
    let mut rows = Rows {
        file: "villages.csv",
        problems,
        width: 0,
        vietnamese: false,
        words: WordCells::default(),
    };
    let start = rows.problems.len();
    let Some((mut reader, col)) = rows.open(text, &VILLAGE_FIXED, 'v', set.len()) else {
        return Vec::new();
    };
    let whole = [col[3]];
    let decimal = &col[VILLAGE_FIXED.len()..];
    let numeric: Vec<usize> = whole.into_iter().chain(decimal.iter().copied()).collect();
    let by_code: std::collections::BTreeMap<&str, usize> = communes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.as_str(), i))
        .collect();
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeMap::new();
    // Villages of a commune missing from communes.csv (a truncated or filtered file): one
    // problem per commune, not one per village, so the real cause is not buried.
    let mut unknown: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (n, record) in reader.records().enumerate() {
        // The physical line the row starts on: after a blank line or a name with a line break
        // in it, the row's index said the line before.
        let line_no = record_line(&record).unwrap_or(n + 2);
        let line = Some(line_no);
        let rec = match record {
            Ok(r) => r,
            Err(e) => {
                rows.bad(
                    line,
                    (
                        format!("unreadable row: {e}"),
                        format!("không đọc được dòng: {e}"),
                    ),
                );
                continue;
            }
        };
        // A spreadsheet writes rows it once touched as empty cells (",,,,"): no unit there.
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rec.len() > rows.width {
            rows.bad(line, rows.too_wide(&rec, &numeric, decimal));
            continue;
        }
        let rec = if rows.vietnamese {
            vietnamese_numbers(&rec, &whole, decimal)
        } else {
            rec
        };
        let get = |i: usize| rec.get(col[i]).unwrap_or("").trim();
        let id = get(0).to_string();
        if id.is_empty() {
            rows.bad(
                line,
                ("village id is empty".into(), "mã xóm để trống".into()),
            );
            continue;
        }
        if let Some(&first) = seen.get(&id) {
            rows.bad(
                line,
                (
                    format!("village id '{id}' appears twice (first on line {first})"),
                    format!("mã xóm '{id}' xuất hiện hai lần (lần đầu ở dòng {first})"),
                ),
            );
            continue;
        }
        seen.insert(id.clone(), line_no);
        let Some(&commune) = by_code.get(get(2)) else {
            unknown.entry(get(2).to_string()).or_default().push(line_no);
            continue;
        };
        let households = get(3).parse::<u32>().ok().filter(|h| *h > 0);
        let mut wrong = Wrong::default();
        wrong.check(!get(1).is_empty(), "name", get(1), VILLAGE_NAME);
        wrong.check(households.is_some(), "households", get(3), WHOLE);
        let levels = wrong.levels(
            &get,
            VILLAGE_FIXED.len(),
            ('v', set.len()),
            (&mut rows.words, line_no),
        );
        if let Some(said) = wrong.said() {
            rows.bad(line, said);
            continue;
        }
        let (Some(households), Some(levels)) = (households, levels) else {
            continue;
        };
        out.push(Village {
            id,
            name: crate::compose::nfc(get(1)),
            commune,
            households,
            levels,
        });
    }
    let mut unknown: Vec<(String, Vec<usize>)> = unknown.into_iter().collect();
    unknown.sort_by_key(|(_, lines)| lines[0]);
    for (code, lines) in unknown {
        let (first, last) = (lines[0], lines[lines.len() - 1]);
        let n = lines.len();
        let (which, which_vi) = if n == 1 {
            (String::new(), String::new())
        } else {
            (
                format!(" ({n} villages, lines {first}–{last})"),
                format!(" ({n} xóm, dòng {first}–{last})"),
            )
        };
        // Four digits: a spreadsheet dropped the leading zero (01324 → 1324), as it does in
        // communes.csv, where the same advice is given.
        let (zero, zero_vi) = if code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) {
            (
                format!(" (keep the leading zero, 0{code}: format the column as text)"),
                format!(" (giữ số 0 ở đầu, 0{code}: định dạng cột là văn bản)"),
            )
        } else {
            (String::new(), String::new())
        };
        rows.bad(
            Some(first),
            (
                format!("commune_code '{code}' is not in communes.csv{which}{zero}"),
                format!("commune_code '{code}' không có trong communes.csv{which_vi}{zero_vi}"),
            ),
        );
    }
    rows.words_said(start, 'v');
    out
}

/// Writes rows with proper CSV quoting (names may contain commas in a province's real data).
fn write_rows(header: Vec<String>, rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing into a Vec cannot fail; a failure would only drop the row.
    let _ = w.write_record(&header);
    for row in rows {
        let _ = w.write_record(&row);
    }
    let bytes = w
        .into_inner()
        .unwrap_or_else(|e| e.into_inner().get_ref().clone());
    String::from_utf8_lossy(&bytes).into_owned()
}

fn pct(v: f64) -> String {
    format!("{:.0}", (v * 100.0).round())
}

/// Writes communes in the `communes.csv` format.
pub fn communes_to_csv(communes: &[Commune], districts: &[District]) -> String {
    let n = communes.first().map_or(0, |c| c.levels.len());
    let mut header: Vec<String> = COMMUNE_FIXED.iter().map(|s| s.to_string()).collect();
    header.extend(criterion_columns('c', n));
    write_rows(
        header,
        communes.iter().map(|c| {
            let mut row = vec![
                c.code.clone(),
                c.name.clone(),
                districts
                    .get(c.district)
                    .map(|d| d.name.clone())
                    .unwrap_or_default(),
                c.unit_type.as_vi().to_string(),
                u8::from(c.extremely_difficult).to_string(),
                u8::from(c.program_135).to_string(),
                u8::from(c.scope_1385).to_string(),
                if c.border == Some(true) {
                    "yes".into()
                } else {
                    String::new()
                },
                c.households.to_string(),
                format!("{:.1}", c.poverty_rate * 100.0),
                format!("{:.2}", c.remoteness),
                c.recognised_year.map(|y| y.to_string()).unwrap_or_default(),
            ];
            row.extend(c.levels.iter().map(|&v| pct(v)));
            row
        }),
    )
}

/// Writes villages in the `villages.csv` format.
pub fn villages_to_csv(villages: &[Village], communes: &[Commune]) -> String {
    let n = villages.first().map_or(0, |v| v.levels.len());
    let mut header: Vec<String> = VILLAGE_FIXED.iter().map(|s| s.to_string()).collect();
    header.extend(criterion_columns('v', n));
    write_rows(
        header,
        villages.iter().map(|v| {
            let mut row = vec![
                v.id.clone(),
                v.name.clone(),
                communes
                    .get(v.commune)
                    .map(|c| c.code.clone())
                    .unwrap_or_default(),
                v.households.to_string(),
            ];
            row.extend(v.levels.iter().map(|&x| pct(x)));
            row
        }),
    )
}
