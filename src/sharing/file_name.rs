//! Names of the files the app downloads: a scenario (`Kế hoạch 2025.ntm.json`), the results
//! tables (`ntm-tinh-2025.csv`) and the charts (`ntm-so-xom-dat-chuan-2025.png`).
//!
//! Scenario names are what a planner typed, so they keep their Vietnamese letters (every
//! current system stores them) but lose what Windows, macOS or Linux refuse in a file name.

use ntm_model::export::CsvLevel;

use crate::i18n::Lang;

/// What a scenario file's name ends with (the import picker also accepts plain `.json`).
pub const SCENARIO_EXTENSION: &str = ".ntm.json";
/// Longest name stem kept, in characters.
const MAX_STEM: usize = 60;
/// Names Windows keeps for devices, whatever the extension.
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// The file name for a scenario called `name` (`fallback` when nothing usable is left).
pub fn scenario_file_name(name: &str, fallback: &str) -> String {
    format!(
        "{}{SCENARIO_EXTENSION}",
        stem(name).unwrap_or_else(|| { stem(fallback).unwrap_or_else(|| "ntm".into()) })
    )
}

fn stem(name: &str) -> Option<String> {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => ' ',
            c => c,
        })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let joined = shortened(&words.join(" "));
    // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    let trimmed = joined
        .trim_matches(|c: char| c == '.' || c == ' ')
        .to_string();
    if trimmed.is_empty() {
        return None;
    }
    let first = trimmed.split('.').next().unwrap_or("").to_uppercase();
    if RESERVED.contains(&first.as_str()) {
        return Some(format!("{trimmed}-ntm"));
    }
    Some(trimmed)
}

/// At most `MAX_STEM` characters of `name`; a longer one is cut at a word's end where one is
/// in the last third (a file "Kế hoạch … huyện Bảo L" read as a typo) and ends in "…", so the
/// reader sees it was cut.
fn shortened(name: &str) -> String {
    if name.chars().count() <= MAX_STEM {
        return name.to_string();
    }
    let kept: String = name.chars().take(MAX_STEM - 1).collect();
    let next_is_space = name.chars().nth(MAX_STEM - 1) == Some(' ');
    let cut = match kept.rfind(' ') {
        _ if next_is_space => kept.as_str(),
        Some(at) if kept[..at].chars().count() >= MAX_STEM * 2 / 3 => &kept[..at],
        _ => kept.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// `file` (`ntm-tinh-2020-2025.csv`) with the scenario's name after its stem
/// (`ntm-tinh-2020-2025 - Kế hoạch A.csv`), so that files downloaded from two scenarios can be
/// told apart and do not overwrite each other; `file` itself when there is no usable name.
pub fn with_scenario(file: &str, scenario: Option<&str>) -> String {
    let Some(name) = scenario.and_then(stem) else {
        return file.to_string();
    };
    match file.rsplit_once('.') {
        Some((head, ext)) => format!("{head} - {name}.{ext}"),
        None => format!("{file} - {name}"),
    }
}

/// The file name of a results table: level and the years it holds, in the page's language
/// (`ntm-tinh-2020-2025.csv`, `ntm-district-2020-2025.csv`). (It said only the last year,
/// and was read as a table of 2025 alone.)
pub fn csv_file_name(level: CsvLevel, from: u16, until: u16, lang: Lang) -> String {
    let level = match (level, lang) {
        (CsvLevel::Province, Lang::Vi) => "tinh",
        (CsvLevel::District, Lang::Vi) => "huyen",
        (CsvLevel::Commune, Lang::Vi) => "xa",
        (CsvLevel::Province, Lang::En) => "province",
        (CsvLevel::District, Lang::En) => "district",
        (CsvLevel::Commune, Lang::En) => "commune",
    };
    if from == until {
        format!("ntm-{level}-{until}.csv")
    } else {
        format!("ntm-{level}-{from}-{until}.csv")
    }
}

/// The file name of a chart's PNG, in the page's language like the tables' (without
/// diacritics, as Vietnamese offices name files that travel by e-mail and Zalo): `chart` is
/// the chart's English slug (`villages`), `compare` for the comparison's overlaid charts,
/// `year` the year it shows (or its last).
pub fn png_file_name(chart: &str, compare: bool, year: u16, lang: Lang) -> String {
    let name = match lang {
        Lang::En => chart,
        Lang::Vi => match chart {
            "villages" => "so-xom-dat-chuan",
            "communes" => "so-xa-dat-chuan",
            "average-criteria" => "so-tieu-chi-binh-quan",
            "commune-criteria" => "tieu-chi-xa",
            "village-criteria" => "tieu-chi-xom",
            "spending" => "von",
            "districts" => "theo-huyen",
            other => other,
        },
    };
    let prefix = match (compare, lang) {
        (false, _) => "ntm",
        (true, Lang::Vi) => "ntm-so-sanh",
        (true, Lang::En) => "ntm-compare",
    };
    if compare {
        format!("{prefix}-{name}.png")
    } else {
        format!("{prefix}-{name}-{year}.png")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_s_name_goes_after_the_stem_cleaned_for_every_system() {
        assert_eq!(
            with_scenario("ntm-tinh-2020-2025.csv", Some("Kế hoạch A")),
            "ntm-tinh-2020-2025 - Kế hoạch A.csv"
        );
        assert_eq!(
            with_scenario(
                "ntm-so-xom-dat-chuan-2025.png",
                Some("Vốn 130%: ưu tiên/biên giới?")
            ),
            "ntm-so-xom-dat-chuan-2025 - Vốn 130% ưu tiên biên giới.png"
        );
        assert_eq!(with_scenario("ntm-xa-2020.csv", None), "ntm-xa-2020.csv");
        assert_eq!(
            with_scenario("ntm-xa-2020.csv", Some(" / ")),
            "ntm-xa-2020.csv"
        );
    }

    #[test]
    fn png_file_names_follow_the_page_s_language_without_diacritics() {
        assert_eq!(
            png_file_name("villages", false, 2025, Lang::Vi),
            "ntm-so-xom-dat-chuan-2025.png"
        );
        assert_eq!(
            png_file_name("villages", false, 2025, Lang::En),
            "ntm-villages-2025.png"
        );
        assert_eq!(
            png_file_name("communes", true, 2025, Lang::Vi),
            "ntm-so-sanh-so-xa-dat-chuan.png"
        );
        assert_eq!(
            png_file_name("communes", true, 2025, Lang::En),
            "ntm-compare-communes.png"
        );
        for slug in [
            "villages",
            "communes",
            "average-criteria",
            "commune-criteria",
            "village-criteria",
            "spending",
            "districts",
        ] {
            let vi = png_file_name(slug, false, 2030, Lang::Vi);
            assert!(vi.is_ascii(), "{vi}");
            assert_ne!(vi, png_file_name(slug, false, 2030, Lang::En), "{slug}");
        }
    }

    #[test]
    fn scenario_file_names() {
        let cases = [
            ("Kế hoạch về đích 2025", "Kế hoạch về đích 2025.ntm.json"),
            ("  a/b\\c:d*e?f\"g<h>i|j  ", "a b c d e f g h i j.ntm.json"),
            ("tab\tand\nnewline\u{0}", "tab and newline.ntm.json"),
            ("...", "Kịch bản.ntm.json"),
            ("", "Kịch bản.ntm.json"),
            ("..hidden.", "hidden.ntm.json"),
            ("con", "con-ntm.ntm.json"),
            ("Com1.plan", "Com1.plan-ntm.ntm.json"),
            ("Console", "Console.ntm.json"),
        ];
        for (name, want) in cases {
            assert_eq!(scenario_file_name(name, "Kịch bản"), want, "{name:?}");
        }
        let long = scenario_file_name(&"ư".repeat(200), "x");
        assert_eq!(long.chars().count(), MAX_STEM + SCENARIO_EXTENSION.len());
        assert!(long.ends_with("ư….ntm.json"), "{long}");
        // A long name is cut after a whole word, and says it was cut.
        let name =
            "Kế hoạch tăng vốn Quyết định 1385 cho các xã biên giới huyện Bảo Lạc và Bảo Lâm";
        let cut = scenario_file_name(name, "x");
        assert_eq!(
            cut, "Kế hoạch tăng vốn Quyết định 1385 cho các xã biên giới….ntm.json",
            "{cut}"
        );
        assert!(cut.chars().count() <= MAX_STEM + SCENARIO_EXTENSION.len());
        // One that fits is kept whole.
        let fits: String = "a".repeat(MAX_STEM);
        assert_eq!(scenario_file_name(&fits, "x"), format!("{fits}.ntm.json"));
        assert_eq!(scenario_file_name("", "  "), "ntm.ntm.json");
    }

    #[test]
    fn csv_file_names() {
        let cases = [
            (CsvLevel::Province, Lang::Vi, "ntm-tinh-2020-2025.csv"),
            (CsvLevel::District, Lang::Vi, "ntm-huyen-2020-2025.csv"),
            (CsvLevel::Commune, Lang::Vi, "ntm-xa-2020-2025.csv"),
            (CsvLevel::Province, Lang::En, "ntm-province-2020-2025.csv"),
            (CsvLevel::District, Lang::En, "ntm-district-2020-2025.csv"),
            (CsvLevel::Commune, Lang::En, "ntm-commune-2020-2025.csv"),
        ];
        for (level, lang, want) in cases {
            assert_eq!(csv_file_name(level, 2020, 2025, lang), want);
        }
        assert_eq!(
            csv_file_name(CsvLevel::Province, 2020, 2030, Lang::Vi),
            "ntm-tinh-2020-2030.csv"
        );
        assert_eq!(
            csv_file_name(CsvLevel::Commune, 2020, 2020, Lang::En),
            "ntm-commune-2020.csv"
        );
    }
}
