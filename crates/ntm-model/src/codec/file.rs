//! The scenario file: JSON with a format tag and a version, so a file from another program or
//! from a newer version of NTM Planner is recognised and refused with a clear message.

use crate::dataset::Dataset;
use crate::format::Lang;
use crate::scenario::{list_problems, Scenario, ScenarioProblem};
use serde::{Deserialize, Serialize};

/// The format tag of a scenario file.
pub const FORMAT: &str = "ntm-planner-scenario";
/// The newest file version this build writes and reads. Version 2 (2026-11-30) lets a
/// district's or commune's training counts be set one by one (a count may be missing); a
/// version 1 file, whose overrides have all three, reads the same way. Version 3 (2026-12-04)
/// may give a unit's own training years (`training_from`, `training_until`); it is written
/// only when a unit has them, so that an older build refuses the file as newer rather than
/// dropping the years and showing other figures. Other files stay version 2.
pub const VERSION: u32 = 3;
/// Problems of an invalid scenario that a refusal lists (the rest are usually the same mistake).
pub const SHOWN_PROBLEMS: usize = 5;
/// Largest file accepted (a scenario with every commune overridden is well under this).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Version 1 of the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileV1 {
    /// Always [`FORMAT`].
    pub format: String,
    /// 1, 2 or 3 (written: 3 when a unit's training has years, else 2).
    pub version: u32,
    /// The planner's name for the scenario.
    #[serde(default)]
    pub name: String,
    /// The scenario.
    pub scenario: Scenario,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// Too large.
    #[error("the file is larger than {} MB", MAX_BYTES / (1024 * 1024))]
    TooLarge,
    /// Not JSON, or not a scenario.
    #[error("this is not an NTM Planner scenario file ({0})")]
    NotAScenario(String),
    /// A newer version.
    #[error(
        "the file was saved by a newer version of NTM Planner (file version {0}); update the app"
    )]
    Newer(u32),
    /// Valid JSON, wrong values: the first few problems.
    #[error("the scenario has problems: {}", list_problems(.0, SHOWN_PROBLEMS, Lang::En))]
    Invalid(Vec<ScenarioProblem>),
}

/// Writes a scenario file.
pub fn scenario_to_json(sc: &Scenario, name: &str) -> String {
    let dated = sc
        .districts
        .values()
        .chain(sc.communes.values())
        .any(|l| l.training_from.is_some() || l.training_until.is_some());
    let file = FileV1 {
        format: FORMAT.into(),
        version: if dated { VERSION } else { 2 },
        name: name.into(),
        scenario: sc.clone(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a scenario file and checks it against `ds`; returns the scenario and its name.
pub fn read(text: &str, ds: &Dataset) -> Result<(Scenario, String), FileError> {
    read_noting_unknown(text, ds).map(|r| (r.scenario, r.name))
}

/// A scenario file that was read, with the fields it has that no scenario has.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadFile {
    pub scenario: Scenario,
    pub name: String,
    /// Dotted paths of fields that were ignored (`scenario.communes.01324.exluded`): a typo
    /// in a hand-edited file would otherwise lose a lever without a word.
    pub unknown_fields: Vec<String>,
}

/// [`read`], also listing the fields that were ignored.
pub fn read_noting_unknown(text: &str, ds: &Dataset) -> Result<ReadFile, FileError> {
    if text.len() > MAX_BYTES {
        return Err(FileError::TooLarge);
    }
    // Windows editors often start a UTF-8 file with a byte-order mark, which JSON does not
    // allow; the file is fine otherwise.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| {
        FileError::NotAScenario(decimal_comma(text, &e).unwrap_or_else(|| e.to_string()))
    })?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(FileError::NotAScenario(
            "no \"format\": \"ntm-planner-scenario\" field".into(),
        ));
    }
    match head.version {
        Some(1..=VERSION) => {}
        Some(v) if v > VERSION => return Err(FileError::Newer(v)),
        Some(v) => {
            return Err(FileError::NotAScenario(format!(
                "\"version\": {v} is not a version of the scenario file"
            )))
        }
        None => return Err(FileError::NotAScenario("no \"version\" field".into())),
    }
    let mut unknown_fields = Vec::new();
    let mut json = serde_json::Deserializer::from_str(text);
    let mut note = |path: serde_ignored::Path| unknown_fields.push(path.to_string());
    let ignoring = serde_ignored::Deserializer::new(&mut json, &mut note);
    let file: FileV1 = serde_path_to_error::deserialize(ignoring).map_err(|e| {
        // A whole-number field holding -3 or 70.5 is said by name, with what it takes
        // (only when that is what the reader refused).
        let message = e.inner().to_string();
        let about_whole = ["expected u16", "expected u32", "expected u64"]
            .iter()
            .any(|t| message.contains(t));
        let fields = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .filter(|_| about_whole)
            .map(|v| crate::scenario::whole_number_problems(&v["scenario"], ds))
            .unwrap_or_default();
        if !fields.is_empty() {
            return FileError::Invalid(fields.into_iter().take(SHOWN_PROBLEMS).collect());
        }
        // Any other value of the wrong kind ("central_ntm": "many") is said by its field too:
        // the file is a scenario file (its format and version were read), one field is wrong.
        match wrong_field(&e, text) {
            Some(problem) => FileError::Invalid(vec![problem]),
            None => FileError::NotAScenario(message),
        }
    })?;
    let problems = file.scenario.validate(ds);
    if !problems.is_empty() {
        return Err(FileError::Invalid(
            problems.into_iter().take(SHOWN_PROBLEMS).collect(),
        ));
    }
    Ok(ReadFile {
        scenario: file.scenario,
        name: file.name,
        unknown_fields,
    })
}

/// The field holding a value of the wrong kind, with the reader's message in both languages;
/// `None` for any other error (the JSON's own, a missing field).
fn wrong_field(
    e: &serde_path_to_error::Error<serde_json::Error>,
    text: &str,
) -> Option<ScenarioProblem> {
    if e.inner().classify() != serde_json::error::Category::Data {
        return None;
    }
    let path = e.path().to_string();
    // An assumption's key is an enum, which the path cannot spell (`assumptions.values.?`):
    // the entry the reader refused is the first that is not a number.
    let path = match path.strip_suffix("scenario.assumptions.values.?") {
        Some("") => refused_assumption(text)
            .map_or(path, |key| format!("scenario.assumptions.values.{key}")),
        _ => path,
    };
    // Inside the scenario, paths are its own, as the checks' are (`budget.lines.central_ntm`);
    // the file's other fields (`name`) keep theirs.
    let field = path.strip_prefix("scenario.").unwrap_or(&path);
    if field.is_empty() || field == "." {
        return None;
    }
    let message = e.inner().to_string();
    // A value of the wrong kind is an edit to put right; a missing field, a damaged file.
    let wrong_value = [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
    ]
    .iter()
    .any(|start| message.starts_with(start));
    if !wrong_value {
        return None;
    }
    // A value of the wrong kind in plain words; the reader's other refusals translated.
    let (message, message_vi) = super::json_error::wrong_kind(&message).unwrap_or_else(|| {
        let vi = super::json_error::in_vietnamese(&message);
        (message, vi)
    });
    Some(ScenarioProblem {
        field: field.to_string(),
        message,
        message_vi,
    })
}

/// A number written with a decimal comma ("scale_pct": 137,5), as Vietnamese writes it, where
/// the reader stopped: JSON reads the comma as the end of the number and then finds no field
/// name. Said with the fix, in the reader's words and position (translated with the rest).
fn decimal_comma(text: &str, e: &serde_json::Error) -> Option<String> {
    if !e.is_syntax() {
        return None;
    }
    let (line, column) = (e.line(), e.column());
    let chars: Vec<char> = text.lines().nth(line.checked_sub(1)?)?.chars().collect();
    let at = column.checked_sub(1)?;
    let is_digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    if !(is_digit(at) && at >= 2 && chars[at - 1] == ',' && is_digit(at - 2)) {
        return None;
    }
    let start = (0..at - 1)
        .rev()
        .take_while(|&i| is_digit(i) || chars[i] == '-')
        .last()?;
    let end = (at..chars.len()).take_while(|&i| is_digit(i)).last()? + 1;
    let whole: String = chars[start..at - 1].iter().collect();
    let fraction: String = chars[at..end].iter().collect();
    Some(format!(
        "a number written with a decimal comma ({whole},{fraction}): JSON needs a decimal point \
         ({whole}.{fraction}) at line {line} column {column}"
    ))
}

/// The key of the first assumption value in `text` that is not a number, or not a known
/// assumption: the one the reader refused (it reads them in order).
fn refused_assumption(text: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let values = v.pointer("/scenario/assumptions/values")?.as_object()?;
    // serde_json's map keeps its keys sorted, not in the file's order: take the first refused
    // in the file by where each key appears.
    values
        .iter()
        .filter(|(key, value)| {
            !value.is_number() || crate::params::ParamKey::from_key(key).is_none()
        })
        .min_by_key(|(key, _)| text.find(&format!("\"{key}\"")).unwrap_or(usize::MAX))
        .map(|(key, _)| key.clone())
}

/// Reads a scenario file (the name is dropped).
pub fn scenario_from_json(text: &str, ds: &Dataset) -> Result<Scenario, FileError> {
    read(text, ds).map(|(s, _)| s)
}
