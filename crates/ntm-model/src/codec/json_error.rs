//! The JSON reader's messages (serde_json's, in English) said in Vietnamese, so that the
//! technical detail under a refused file or autosave reads in both of the app's languages.
//! Field names, values and positions stay as the reader wrote them, since they name what is in
//! the file; the kinds of value ("string", "a sequence", "u32") are said in words, with a Rust
//! number type kept in brackets.

/// `detail`, a serde_json error message, in Vietnamese; unknown messages keep their English
/// words, with the position translated.
pub fn in_vietnamese(detail: &str) -> String {
    let (body, place) = split_position(detail);
    let body = translate_body(body);
    match place {
        Some((line, column)) => format!("{body} (dòng {line}, cột {column})"),
        None => body,
    }
}

/// A value of the wrong kind (serde_json's "invalid type: string \"75\", expected f64"), said
/// for a planner in English and in Vietnamese: what the file holds and what the field takes in
/// plain words, without Rust's type names, and a hint when a number was written in quotation
/// marks. `None` for any other message.
pub fn wrong_kind(detail: &str) -> Option<(String, String)> {
    let (body, place) = split_position(detail);
    let (found, expected) = body
        .strip_prefix("invalid type: ")?
        .rsplit_once(", expected ")?;
    let (expected_en, expected_vi, number) = expected_plain(expected)?;
    let (found_en, found_vi) = found_plain(found);
    let mut en = format!("{found_en} where {expected_en} is needed");
    let mut vi = format!("{found_vi} ở chỗ cần {expected_vi}");
    let quoted = found
        .strip_prefix("string \"")
        .and_then(|s| s.strip_suffix('"'));
    // Only a number JSON can write ("NaN", "inf" and "1e999" parse, but not in a JSON file).
    let json_number = |s: &str| {
        let s = s.trim();
        s.parse::<f64>().is_ok_and(f64::is_finite)
            && s.bytes()
                .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
    };
    if number && quoted.is_some_and(json_number) {
        en.push_str(" (remove the quotation marks)");
        vi.push_str(" (bỏ dấu ngoặc kép)");
    }
    if let Some((line, column)) = place {
        en.push_str(&format!(" (line {line}, column {column})"));
        vi.push_str(&format!(" (dòng {line}, cột {column})"));
    }
    Some((en, vi))
}

/// What the file holds, in plain words (the value as written).
fn found_plain(found: &str) -> (String, String) {
    let value = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|v| v.trim().trim_matches('`').to_string())
    };
    if let Some(v) = value("string ") {
        (format!("the text {v}"), format!("chữ {v}"))
    } else if let Some(v) = value("integer ").or_else(|| value("floating point ")) {
        (format!("the number {v}"), format!("số {v}"))
    } else if let Some(v) = value("boolean ") {
        (v.clone(), v)
    } else {
        match found {
            "sequence" => ("a list [ … ]".into(), "một danh sách [ … ]".into()),
            "map" => ("an object { … }".into(), "một đối tượng { … }".into()),
            "unit value" | "null" => ("null".into(), "null".into()),
            other => (other.to_string(), other.to_string()),
        }
    }
}

/// What the field takes, in plain words, and whether it is a number; `None` for a kind this
/// does not know.
fn expected_plain(expected: &str) -> Option<(&'static str, &'static str, bool)> {
    Some(match expected {
        "f32" | "f64" => ("a number", "một số", true),
        "u8" | "u16" | "u32" | "u64" | "usize" => ("a whole number ≥ 0", "một số nguyên ≥ 0", true),
        "i8" | "i16" | "i32" | "i64" => ("a whole number", "một số nguyên", true),
        "a string" | "a borrowed string" => (
            "a text in quotation marks",
            "chữ trong dấu ngoặc kép",
            false,
        ),
        "a sequence" => ("a list [ … ]", "một danh sách [ … ]", false),
        "a boolean" => ("true or false", "true hoặc false", false),
        "a map" => ("an object { … }", "một đối tượng { … }", false),
        other if other.starts_with("struct ") => ("an object { … }", "một đối tượng { … }", false),
        _ => return None,
    })
}

/// The message and the position serde_json puts at its end (" at line 3 column 14").
fn split_position(detail: &str) -> (&str, Option<(&str, &str)>) {
    if let Some(i) = detail.rfind(" at line ") {
        let rest = &detail[i + " at line ".len()..];
        if let Some((line, column)) = rest.split_once(" column ") {
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            if digits(line) && digits(column) {
                return (&detail[..i], Some((line, column)));
            }
        }
    }
    (detail, None)
}

/// Translates the words of a message without its position.
fn translate_body(body: &str) -> String {
    // Whole messages first, then messages that start with a known phrase.
    const WHOLE: &[(&str, &str)] = &[
        ("expected value", "không phải JSON: cần một giá trị"),
        // Plain text whose first letter happens to start "true", "false" or "null".
        (
            "expected ident",
            "không phải JSON: gặp chữ không phải giá trị JSON",
        ),
        (
            "invalid escape",
            "có ký tự thoát (\\) không hợp lệ trong chuỗi",
        ),
        (
            "invalid unicode code point",
            "có mã Unicode không hợp lệ trong chuỗi",
        ),
        (
            "EOF while parsing a value",
            "tệp rỗng hoặc kết thúc trước khi có giá trị JSON",
        ),
        ("trailing characters", "có ký tự thừa sau phần JSON"),
        ("trailing comma", "có dấu phẩy thừa"),
        ("expected `,` or `}`", "thiếu dấu `,` hoặc `}`"),
        ("expected `,` or `]`", "thiếu dấu `,` hoặc `]`"),
        ("expected `:`", "thiếu dấu `:`"),
        ("key must be a string", "tên mục phải là chuỗi"),
        ("recursion limit exceeded", "lồng nhau quá sâu"),
        ("number out of range", "số vượt quá giới hạn"),
        ("invalid number", "số không hợp lệ"),
        // The scenario file reader's own (codec/file.rs).
        (
            "no \"format\": \"ntm-planner-scenario\" field",
            "không có mục \"format\": \"ntm-planner-scenario\"",
        ),
        ("no \"version\" field", "không có mục \"version\""),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "có ký tự điều khiển trong chuỗi",
        ),
    ];
    if let Some((_, vi)) = WHOLE.iter().find(|(en, _)| *en == body) {
        return (*vi).to_string();
    }
    if let Some(rest) = body.strip_prefix("a number written with a decimal comma ") {
        return format!(
            "số viết bằng dấu phẩy thập phân {}",
            rest.replacen(
                "JSON needs a decimal point",
                "JSON cần dấu chấm thập phân",
                1
            )
        );
    }
    if let Some(v) = body.strip_suffix(" is not a version of the scenario file") {
        return format!("{v} không phải phiên bản nào của tệp kịch bản");
    }
    if let Some(what) = body.strip_prefix("EOF while parsing ") {
        return format!(
            "tệp kết thúc giữa chừng khi đang đọc {} (tệp bị cắt ngắn?)",
            what_vi(what)
        );
    }
    const LEADING: &[(&str, &str)] = &[
        ("missing field ", "thiếu mục "),
        ("unknown field ", "mục lạ "),
        ("duplicate field ", "mục lặp lại hai lần: "),
        ("unknown variant ", "giá trị lạ "),
        ("invalid type: ", "sai kiểu: "),
        ("invalid value: ", "giá trị sai: "),
        ("invalid length ", "độ dài sai: "),
    ];
    for (en, vi) in LEADING {
        if let Some(rest) = body.strip_prefix(en) {
            let rest = rest
                .replacen(", expected one of ", ", cần một trong ", 1)
                .replacen("there are no fields", "không có mục nào", 1);
            // The last ", expected ": the value found, quoted before it, may hold the words.
            let rest = match rest.rsplit_once(", expected ") {
                Some((found, expected)) => {
                    format!("{}, cần {}", found_vi(found), expected_vi(expected))
                }
                None => rest,
            };
            return format!("{vi}{rest}");
        }
    }
    body.to_string()
}

/// What the reader found instead ("integer `1`", "string \"five\"", "map"): its kind in
/// Vietnamese, the value as written.
fn found_vi(found: &str) -> String {
    const KINDS: &[(&str, &str)] = &[
        ("integer", "số nguyên"),
        ("floating point", "số thập phân"),
        ("string", "chuỗi"),
        ("boolean", "giá trị đúng/sai"),
        ("sequence", "danh sách"),
        ("map", "đối tượng"),
        ("unit value", "giá trị rỗng"),
    ];
    for (en, vi) in KINDS {
        if let Some(rest) = found.strip_prefix(en) {
            if rest.is_empty() || rest.starts_with(' ') {
                return format!("{vi}{rest}");
            }
        }
    }
    found.to_string()
}

/// What the field takes, as serde names it ("u32", "a string", "a sequence"): in words, with
/// a Rust number type kept in brackets for whoever reads the code.
fn expected_vi(expected: &str) -> String {
    let whole = match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => "một số nguyên không âm",
        "i8" | "i16" | "i32" | "i64" => "một số nguyên",
        "f32" | "f64" => "một số",
        _ => "",
    };
    if !whole.is_empty() {
        return format!("{whole} ({expected})");
    }
    match expected {
        "a string" => "một chuỗi".to_string(),
        "a sequence" => "một danh sách".to_string(),
        "a map" => "một đối tượng".to_string(),
        "a boolean" => "true hoặc false".to_string(),
        "a borrowed string" => "một chuỗi".to_string(),
        other => match other.strip_prefix("struct ") {
            Some(name) => format!("một đối tượng ({name})"),
            None => other.to_string(),
        },
    }
}

/// What serde_json was reading when the text ended.
fn what_vi(what: &str) -> &str {
    match what {
        "an object" => "một đối tượng",
        "a list" => "một danh sách",
        "a string" => "một chuỗi",
        "a value" => "một giá trị",
        "a number" => "một số",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message serde_json gives for `text` read as `T`.
    fn message<T: serde::de::DeserializeOwned>(text: &str) -> String {
        match serde_json::from_str::<T>(text) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("{text} was read"),
        }
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Probe {
        runs: u32,
        name: String,
    }

    #[test]
    fn the_reader_s_own_messages_are_said_in_vietnamese_with_their_position() {
        let cases = [
            (message::<Probe>(r#"{"name": "a"}"#), "thiếu mục `runs` (dòng 1, cột 13)"),
            (
                message::<Probe>(r#"{"runs": "five", "name": "a"}"#),
                "sai kiểu: chuỗi \"five\", cần một số nguyên không âm (u32) (dòng 1, cột 15)",
            ),
            (
                message::<Probe>(r#"{"runs": -1, "name": "a"}"#),
                "giá trị sai: số nguyên `-1`, cần một số nguyên không âm (u32) (dòng 1, cột 11)",
            ),
            (
                message::<Probe>("{\"runs\": 5,\n \"name\": \"a\""),
                "tệp kết thúc giữa chừng khi đang đọc một đối tượng (tệp bị cắt ngắn?) (dòng 2, cột 12)",
            ),
            (message::<Probe>("hello"), "không phải JSON: cần một giá trị (dòng 1, cột 1)"),
            (
                message::<Probe>("nul\n"),
                "không phải JSON: gặp chữ không phải giá trị JSON (dòng 2, cột 0)",
            ),
            (message::<Probe>(""), "tệp rỗng hoặc kết thúc trước khi có giá trị JSON (dòng 1, cột 0)"),
            (
                message::<Probe>(r#"{"runs": 5, "name": "a"} x"#),
                "có ký tự thừa sau phần JSON (dòng 1, cột 26)",
            ),
        ];
        for (en, vi) in cases {
            assert_eq!(in_vietnamese(&en), vi, "{en}");
        }
    }

    #[test]
    fn the_kinds_found_and_expected_are_said_in_vietnamese() {
        let list = message::<Vec<String>>("[1]");
        assert_eq!(
            in_vietnamese(&list),
            "sai kiểu: số nguyên `1`, cần một chuỗi (dòng 1, cột 2)"
        );
        let not_list = message::<Vec<u32>>(r#""x""#);
        assert_eq!(
            in_vietnamese(&not_list),
            "sai kiểu: chuỗi \"x\", cần một danh sách (dòng 1, cột 3)"
        );
        // A value holding the reader's own words is kept whole.
        let tricky = message::<Vec<u32>>(r#"["a, expected b"]"#);
        assert_eq!(
            in_vietnamese(&tricky),
            "sai kiểu: chuỗi \"a, expected b\", cần một số nguyên không âm (u32) (dòng 1, cột 16)"
        );
        let not_struct = message::<Probe>("5");
        assert_eq!(
            in_vietnamese(&not_struct),
            "sai kiểu: số nguyên `5`, cần một đối tượng (Probe) (dòng 1, cột 1)"
        );
    }

    #[test]
    fn the_scenario_reader_s_own_messages_are_said_in_vietnamese() {
        assert_eq!(
            in_vietnamese("no \"format\": \"ntm-planner-scenario\" field"),
            "không có mục \"format\": \"ntm-planner-scenario\""
        );
        assert_eq!(
            in_vietnamese("\"version\": 0 is not a version of the scenario file"),
            "\"version\": 0 không phải phiên bản nào của tệp kịch bản"
        );
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_said_in_plain_words_in_both_languages() {
        let said = |text: &str| wrong_kind(&message::<Probe>(text)).expect("wrong kind");
        assert_eq!(
            said(r#"{"runs": "75", "name": "a"}"#),
            (
                "the text \"75\" where a whole number ≥ 0 is needed (remove the quotation marks) \
                 (line 1, column 13)"
                    .to_string(),
                "chữ \"75\" ở chỗ cần một số nguyên ≥ 0 (bỏ dấu ngoặc kép) (dòng 1, cột 13)"
                    .to_string()
            )
        );
        let (en, vi) = said(r#"{"runs": 5, "name": [1]}"#);
        assert_eq!(
            en,
            "a list [ … ] where a text in quotation marks is needed (line 1, column 20)"
        );
        assert_eq!(
            vi,
            "một danh sách [ … ] ở chỗ cần chữ trong dấu ngoặc kép (dòng 1, cột 20)"
        );
        // Words, not Rust's: no "f64", "u32", "sequence".
        let (en, vi) = wrong_kind(&message::<Vec<f64>>(r#"["many"]"#)).unwrap();
        assert_eq!(
            en,
            "the text \"many\" where a number is needed (line 1, column 7)"
        );
        assert_eq!(vi, "chữ \"many\" ở chỗ cần một số (dòng 1, cột 7)");
        assert_eq!(wrong_kind(&message::<Probe>(r#"{"name": "a"}"#)), None);
        // Without its quotation marks "NaN" would not be JSON: no hint.
        let (en, _) = wrong_kind(&message::<Vec<f64>>(r#"["NaN", 1]"#)).unwrap();
        assert_eq!(
            en,
            "the text \"NaN\" where a number is needed (line 1, column 6)"
        );
    }

    #[test]
    fn an_unknown_message_keeps_its_words_and_loses_nothing() {
        assert_eq!(
            in_vietnamese("something new at line 4 column 2"),
            "something new (dòng 4, cột 2)"
        );
        assert_eq!(in_vietnamese("at line x column y"), "at line x column y");
        assert_eq!(in_vietnamese(""), "");
    }
}
