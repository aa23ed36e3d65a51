//! Names of the files the app downloads: a scenario (`Kế hoạch 2025.ntm.json`) and the
//! results tables (`ntm-tinh-2025.csv`).
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
    let joined: String = words.join(" ").chars().take(MAX_STEM).collect();
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

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
