//! Reading a scenario file a planner picked or dropped: the one place an imported file becomes
//! a checked `Scenario`, or a reason it cannot, precise enough to tell the planner what to do.
//!
//! The model's reader (`ntm_model::codec::file::read`) decides what a valid file is; this only
//! sorts its refusals further (not JSON at all, another program's JSON, a file for another
//! dataset), which the model folds into fewer kinds.

use ntm_model::codec::file::{self, FileError};
use ntm_model::scenario::ScenarioProblem;
use ntm_model::{Dataset, Scenario};

/// Largest file read (the model's limit): a bigger one is refused before it is read.
pub const MAX_FILE_BYTES: usize = file::MAX_BYTES;

/// Ignored fields named in full; the rest are counted.
const LISTED_FIELDS: usize = 10;

/// A scenario read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub scenario: Scenario,
    /// The name stored in the file (may be empty).
    pub name: String,
    /// The file was made for this other version of the dataset: results may differ.
    pub other_version: Option<u32>,
    /// Fields no scenario has, which were ignored (a typo in a hand-edited file loses its
    /// lever: the planner is told which); the first ten.
    pub unknown_fields: Vec<String>,
    /// How many more were ignored than are listed.
    pub more_unknown_fields: usize,
}

impl Imported {
    /// The name the file gives its scenario, which names it on screen when opened: none when
    /// the file has none, or only the generic "Kịch bản" / "Scenario" an export without a name
    /// once wrote (a scenario opened from it was titled "Kịch bản: Kịch bản").
    pub fn given_name(&self) -> &str {
        use crate::i18n::{Lang, LibraryMsg};
        let name = self.name.trim();
        let generic = [Lang::Vi, Lang::En].map(|l| l.t(LibraryMsg::FallbackName));
        if generic.contains(&name) {
            ""
        } else {
            name
        }
    }
}

/// Why a file could not be imported. Details are technical, in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than any scenario file (its size in bytes).
    TooLarge(u64),
    /// Nothing in it.
    Empty,
    /// Not JSON (a spreadsheet, a picture…).
    NotJson,
    /// A scenario file that stops part way (a download or a copy that did not finish): the
    /// reader's message, with the place.
    CutShort(String),
    /// JSON, but not an NTM Planner scenario file.
    OtherProgram,
    /// An NTM Planner scenario file with missing or mistyped fields.
    Damaged(String),
    /// Saved by a newer NTM Planner (its file version).
    Newer(u32),
    /// Made for another dataset (its id).
    OtherDataset(String),
    /// Values out of range (the first few, said in each language where shown).
    Invalid(Vec<ScenarioProblem>),
    /// The browser could not read the file.
    Unreadable(String),
}

/// Refuses a file of `bytes` bytes before reading it, if it is larger than any scenario.
pub fn check_size(bytes: f64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES as f64 {
        Err(ImportError::TooLarge(bytes as u64))
    } else {
        Ok(())
    }
}

/// Reads the text of a scenario file for `ds`.
pub fn read_file(text: &str, ds: &Dataset) -> Result<Imported, ImportError> {
    check_size(text.len() as f64)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        // A scenario file that does not read as JSON was cut short or edited by hand: say
        // where, rather than that it is not JSON at all.
        Err(e) if text.contains(file::FORMAT) => {
            let detail = shorten(&e.to_string(), 300);
            return Err(if e.is_eof() {
                ImportError::CutShort(detail)
            } else {
                ImportError::Damaged(detail)
            });
        }
        // Text that reads as JSON as far as the reader goes, nested deeper than it goes (128
        // levels; a scenario file has 6), is no scenario file: some other program's, whatever
        // lies past the limit.
        Err(e) if e.to_string().starts_with("recursion limit exceeded") => {
            return Err(ImportError::OtherProgram)
        }
        Err(_) => return Err(ImportError::NotJson),
    };
    if value.get("format").and_then(|f| f.as_str()) != Some(file::FORMAT) {
        return Err(ImportError::OtherProgram);
    }
    let dataset_id = value
        .pointer("/scenario/dataset/id")
        .and_then(|v| v.as_str());
    if let Some(id) = dataset_id.filter(|id| *id != ds.province.id) {
        // Checked before the values: another dataset's communes and years are not ours.
        if !matches!(value.get("version").and_then(|v| v.as_u64()), Some(v) if v > u64::from(file::VERSION))
        {
            return Err(ImportError::OtherDataset(shorten(id, 60)));
        }
    }
    match file::read_noting_unknown(text, ds) {
        Ok(read) => {
            let scenario = read.scenario;
            let other_version = (scenario.dataset.version != ds.province.version)
                .then_some(scenario.dataset.version);
            Ok(Imported {
                scenario,
                name: shorten(read.name.trim(), crate::library::MAX_NAME_CHARS),
                other_version,
                unknown_fields: read
                    .unknown_fields
                    .iter()
                    .take(LISTED_FIELDS)
                    .map(|f| shorten(f, 80))
                    .collect(),
                more_unknown_fields: read.unknown_fields.len().saturating_sub(LISTED_FIELDS),
            })
        }
        Err(FileError::TooLarge) => Err(ImportError::TooLarge(text.len() as u64)),
        Err(FileError::Newer(v)) => Err(ImportError::Newer(v)),
        Err(FileError::NotAScenario(detail)) => Err(ImportError::Damaged(shorten(&detail, 300))),
        Err(FileError::Invalid(problems)) => Err(ImportError::Invalid(problems)),
    }
}

/// False for control characters and for the invisible marks that reverse the text after them
/// or hide it (one rule for files, links and the library: the model's).
pub use ntm_model::format::is_shown;

/// At most `n` characters of text a file or a link carried, made safe to show: without
/// control characters and without the invisible marks that reverse the direction of the text
/// after them (U+202E and its kin), which could make a name or a message read backwards.
pub fn shorten(s: &str, n: usize) -> String {
    let shown = |c: &char| is_shown(*c);
    let mut out: String = s.chars().filter(shown).take(n).collect();
    if s.chars().filter(shown).count() > n {
        out.push('…');
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("dataset")
    }

    fn good(ds: &Dataset) -> (Scenario, String) {
        let mut sc = Scenario::defaults(ds);
        sc.budget.scale_pct = 150.0;
        let text = file::scenario_to_json(&sc, "Tăng vốn 50%");
        (sc, text)
    }

    #[test]
    fn text_from_a_file_is_cut_and_cannot_turn_round() {
        let name = format!("Kế hoạch\u{202e}gnol{}", "x".repeat(200));
        let shown = shorten(&name, 20);
        assert_eq!(shown.chars().count(), 21);
        assert!(
            shown.starts_with("Kế hoạchgnol") && shown.ends_with('…'),
            "{shown}"
        );
        assert_eq!(shorten("a\u{2067}b\nc", 10), "abc");
    }

    #[test]
    fn a_good_file_comes_back_with_its_name() {
        let ds = ds();
        let (sc, text) = good(&ds);
        let want = Imported {
            scenario: sc,
            name: "Tăng vốn 50%".into(),
            other_version: None,
            unknown_fields: vec![],
            more_unknown_fields: 0,
        };
        assert_eq!(read_file(&text, &ds), Ok(want.clone()));
        assert_eq!(want.given_name(), "Tăng vốn 50%");
        // The generic name an export without a name wrote names nothing.
        for generic in ["Kịch bản", " Scenario "] {
            let unnamed = Imported {
                name: generic.into(),
                ..want.clone()
            };
            assert_eq!(unnamed.given_name(), "");
        }
        // Excel and some editors add a byte-order mark.
        assert_eq!(read_file(&format!("\u{feff}{text}"), &ds), Ok(want));
        // A misspelt field is read past, and named.
        let typo = text.replacen("\"runs\":", "\"rnus\": 5, \"runs\":", 1);
        let read = read_file(&typo, &ds).expect("still a scenario");
        assert_eq!(read.unknown_fields, ["scenario.rnus"]);
    }

    #[test]
    fn every_kind_of_wrong_file_says_why() {
        let ds = ds();
        let (_, text) = good(&ds);
        type Check = fn(&ImportError) -> bool;
        let cases: Vec<(&str, String, Check)> = vec![
            ("empty", "  \n".into(), |e| *e == ImportError::Empty),
            ("csv", "mã xã,xã\n01417,Sóc Hà".into(), |e| {
                *e == ImportError::NotJson
            }),
            ("binary", "\u{1}PNG\u{0}\u{0}".into(), |e| {
                *e == ImportError::NotJson
            }),
            (
                "cut",
                text[..text.len() / 2].into(),
                |e| matches!(e, ImportError::CutShort(d) if d.contains(" at line ")),
            ),
            (
                "edited by hand",
                text.replacen("\"leadership\": ", "\"leadership\": NaN, \"x\": ", 1),
                |e| matches!(e, ImportError::Damaged(d) if d.contains(" at line ")),
            ),
            (
                "other program",
                r#"{"name":"x","version":"1.0.0"}"#.into(),
                |e| *e == ImportError::OtherProgram,
            ),
            ("a list", "[1,2,3]".into(), |e| {
                *e == ImportError::OtherProgram
            }),
            (
                "nested deeper than the reader goes",
                format!("{}{}", "[".repeat(200), "]".repeat(200)),
                |e| *e == ImportError::OtherProgram,
            ),
            (
                "newer",
                text.replacen("\"version\": 2", "\"version\": 7", 1),
                |e| *e == ImportError::Newer(7),
            ),
            (
                "damaged",
                r#"{"format":"ntm-planner-scenario","version":1,"scenario":{"seed":1}}"#.into(),
                |e| matches!(e, ImportError::Damaged(_)),
            ),
            (
                "other dataset",
                text.replacen("caobang-2020", "<b>ha-giang</b>", 1),
                |e| *e == ImportError::OtherDataset("<b>ha-giang</b>".into()),
            ),
            (
                "invalid",
                text.replacen("\"scale_pct\": 150.0", "\"scale_pct\": -5.0", 1),
                |e| matches!(e, ImportError::Invalid(d) if d[0].field == "budget.scale_pct"),
            ),
            (
                "too large",
                format!("{text}{}", " ".repeat(MAX_FILE_BYTES)),
                |e| matches!(e, ImportError::TooLarge(_)),
            ),
        ];
        for (what, text, want) in cases {
            match read_file(&text, &ds) {
                Err(e) => assert!(want(&e), "{what}: {e:?}"),
                Ok(_) => panic!("{what}: read as a scenario"),
            }
        }
    }

    #[test]
    fn a_file_for_another_dataset_version_reads_with_a_note() {
        let ds = ds();
        let (_, text) = good(&ds);
        let v = ds.province.version;
        let older = text.replacen(&format!("\"version\": {v}\n"), "\"version\": 999\n", 1);
        assert_ne!(older, text, "the dataset version is in the file");
        let imported = read_file(&older, &ds).expect("reads");
        assert_eq!(imported.other_version, Some(999));
    }

    #[test]
    fn size_is_checked_before_reading() {
        assert_eq!(check_size(1000.0), Ok(()));
        assert_eq!(check_size(50e6), Err(ImportError::TooLarge(50_000_000)));
    }
}
