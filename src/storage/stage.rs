//! The comparison's columns and the storyboard, kept in local storage: a planner who lines up
//! scenarios for a meeting, then reloads or loses the tab, finds them in place.
//!
//! Only references are stored (`current`, `preset:<id>`, `saved:<id>`, as
//! `state::stage::ScenarioRef::key` writes them): the scenarios themselves live in the
//! library. References that no longer resolve are dropped by the state when it reads them.
//! An unreadable entry is set aside under another key (never deleted) and the stage starts
//! empty, as on a first visit; one a newer version wrote is left where it is. Either way the
//! page says so: a planner who lined up scenarios for a meeting must not find them gone
//! without a word.

use serde::{Deserialize, Serialize};

use super::{KeyValue, SET_ASIDE_PREFIX};

/// Where the stage lives (the version is in the key, as for the autosave).
pub const STAGE_KEY: &str = "ntm-planner/stage/v1";
const FORMAT: &str = "ntm-planner-stage";
const VERSION: u32 = 1;
/// Largest entry read (four columns and a storyboard of references are a few hundred bytes).
const MAX_CHARS: usize = 64 * 1024;

/// The stage as stored: scenario references by their text keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedStage {
    /// The comparison's columns, in order.
    pub compare: Vec<String>,
    /// The storyboard, in presentation order.
    pub story: Vec<String>,
    /// The comparison charts show each scenario's P10–P90 range.
    pub bands: bool,
}

#[derive(Serialize, Deserialize)]
struct StageV1 {
    format: String,
    version: u32,
    #[serde(flatten)]
    stage: SavedStage,
}

/// The stored text of `stage`.
pub fn stage_text(stage: &SavedStage) -> String {
    let envelope = StageV1 {
        format: FORMAT.into(),
        version: VERSION,
        stage: stage.clone(),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Why the stored stage was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StageProblem {
    /// Unreadable: moved to this key (`None` when the storage refused the copy; removed all
    /// the same, so that it does not block every later load).
    SetAside(Option<String>),
    /// Written by a newer version of the app (its version): left as it is, not overwritten.
    Newer(u32),
    /// Read, but this many of its entries named a scenario that is gone (a saved one deleted,
    /// perhaps in another tab; a preset the data no longer has): left out, the rest kept.
    LeftOut(usize),
}

/// What the stored stage gave on load.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LoadedStage {
    pub stage: Option<SavedStage>,
    pub problem: Option<StageProblem>,
}

/// Reads the stage from `store`: none when there is none, or when it cannot be read (then it
/// is set aside under [`SET_ASIDE_PREFIX`] plus `stamp` and removed), or when a newer version
/// wrote it (left where it is).
pub fn load_stage(store: &mut impl KeyValue, stamp: &str) -> LoadedStage {
    let Some(text) = store.get(STAGE_KEY) else {
        return LoadedStage::default();
    };
    let envelope = (text.len() <= MAX_CHARS)
        .then(|| serde_json::from_str::<serde_json::Value>(&text).ok())
        .flatten();
    let ours = envelope
        .as_ref()
        .is_some_and(|e| e.get("format").and_then(|f| f.as_str()) == Some(FORMAT));
    let version = envelope.as_ref().and_then(|e| e.get("version")?.as_u64());
    if let Some(v) = version.filter(|v| ours && *v > u64::from(VERSION)) {
        return LoadedStage {
            stage: None,
            problem: Some(StageProblem::Newer(u32::try_from(v).unwrap_or(u32::MAX))),
        };
    }
    let read = envelope
        .and_then(|e| serde_json::from_value::<StageV1>(e).ok())
        .filter(|e| e.format == FORMAT && e.version == VERSION);
    match read {
        Some(e) => LoadedStage {
            stage: Some(e.stage),
            problem: None,
        },
        None => {
            let key = format!("{SET_ASIDE_PREFIX}stage-{stamp}");
            let kept = store.set(&key, &text).ok().map(|()| key);
            store.remove(STAGE_KEY);
            LoadedStage {
                stage: None,
                problem: Some(StageProblem::SetAside(kept)),
            }
        }
    }
}

/// Writes the stage (a full or disabled storage only loses the stage, so the error is the
/// caller's to log, not to show).
pub fn save_stage(store: &mut impl KeyValue, stage: &SavedStage) -> Result<(), String> {
    store.set(STAGE_KEY, &stage_text(stage))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    fn stage() -> SavedStage {
        SavedStage {
            compare: vec!["preset:bau".into(), "current".into(), "saved:3".into()],
            story: vec!["saved:3".into(), "saved:1".into()],
            bands: false,
        }
    }

    #[test]
    fn a_saved_stage_reads_back() {
        let mut store = MemoryStore::default();
        assert_eq!(load_stage(&mut store, "t"), LoadedStage::default());
        save_stage(&mut store, &stage()).expect("saves");
        assert_eq!(
            load_stage(&mut store, "t"),
            LoadedStage {
                stage: Some(stage()),
                problem: None
            }
        );
    }

    #[test]
    fn an_unreadable_stage_is_set_aside_and_the_stage_starts_empty() {
        for bad in [
            "{not json",
            r#"{"format":"ntm-planner-stage","version":1,"compared":"x"}"#,
            r#"{"format":"something-else","version":1,"compare":[],"story":[],"bands":true}"#,
        ] {
            let mut store = MemoryStore::default();
            store.set(STAGE_KEY, bad).expect("writes");
            let key = format!("{SET_ASIDE_PREFIX}stage-t1");
            assert_eq!(
                load_stage(&mut store, "t1"),
                LoadedStage {
                    stage: None,
                    problem: Some(StageProblem::SetAside(Some(key)))
                },
                "{bad}"
            );
            assert_eq!(store.get(STAGE_KEY), None, "removed: {bad}");
            assert_eq!(
                store.get(&format!("{SET_ASIDE_PREFIX}stage-t1")).as_deref(),
                Some(bad),
                "kept aside"
            );
        }
    }

    #[test]
    fn a_stage_a_newer_version_wrote_is_left_where_it_is() {
        let newer =
            r#"{"format":"ntm-planner-stage","version":9,"compare":[],"story":[],"bands":true}"#;
        let mut store = MemoryStore::default();
        store.set(STAGE_KEY, newer).expect("writes");
        assert_eq!(
            load_stage(&mut store, "t1"),
            LoadedStage {
                stage: None,
                problem: Some(StageProblem::Newer(9))
            }
        );
        assert_eq!(store.get(STAGE_KEY).as_deref(), Some(newer));
    }
}
