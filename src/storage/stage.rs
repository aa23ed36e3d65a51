//! The comparison's columns and the storyboard, kept in local storage: a planner who lines up
//! scenarios for a meeting, then reloads or loses the tab, finds them in place.
//!
//! Only references are stored (`current`, `preset:<id>`, `saved:<id>`, as
//! `state::stage::ScenarioRef::key` writes them): the scenarios themselves live in the
//! library. References that no longer resolve are dropped by the state when it reads them.
//! An unreadable entry is set aside under another key (never deleted) and the stage starts
//! empty, as on a first visit; nothing else depends on it, so there is nothing to report.

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

/// Reads the stage from `store`: None when there is none, or when it cannot be read (then it
/// is set aside under [`SET_ASIDE_PREFIX`] plus `stamp` and removed).
pub fn load_stage(store: &mut impl KeyValue, stamp: &str) -> Option<SavedStage> {
    let text = store.get(STAGE_KEY)?;
    let read = (text.len() <= MAX_CHARS)
        .then(|| serde_json::from_str::<StageV1>(&text).ok())
        .flatten()
        .filter(|e| e.format == FORMAT && e.version == VERSION);
    if read.is_none() {
        let _ = store.set(&format!("{SET_ASIDE_PREFIX}stage-{stamp}"), &text);
        store.remove(STAGE_KEY);
    }
    read.map(|e| e.stage)
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
        assert_eq!(load_stage(&mut store, "t"), None);
        save_stage(&mut store, &stage()).expect("saves");
        assert_eq!(load_stage(&mut store, "t"), Some(stage()));
    }

    #[test]
    fn an_unreadable_stage_is_set_aside_and_the_stage_starts_empty() {
        for bad in [
            "{not json",
            r#"{"format":"ntm-planner-stage","version":2,"compare":[],"story":[],"bands":true}"#,
            r#"{"format":"something-else","version":1,"compare":[],"story":[],"bands":true}"#,
        ] {
            let mut store = MemoryStore::default();
            store.set(STAGE_KEY, bad).expect("writes");
            assert_eq!(load_stage(&mut store, "t1"), None, "{bad}");
            assert_eq!(store.get(STAGE_KEY), None, "removed: {bad}");
            assert_eq!(
                store.get(&format!("{SET_ASIDE_PREFIX}stage-t1")).as_deref(),
                Some(bad),
                "kept aside"
            );
        }
    }
}
