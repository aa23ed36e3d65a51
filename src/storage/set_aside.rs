//! What was set aside in the browser's storage, listed so that a planner can get it back
//! without developer tools: an autosave that could not be read or that a page opened with a
//! link was about to write over (`secure_before_overwrite`), a library or a comparison that
//! could not be read. A readable autosave can go back into the library; anything can be
//! downloaded as it is, for whoever can repair it, and removed once it is safe elsewhere.

use ntm_model::{Dataset, Scenario};

use super::{read_text, KeyValue, SET_ASIDE_PREFIX};

/// What a set-aside entry held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An autosave (the scenario on screen then).
    Autosave,
    /// The saved-scenario library.
    Library,
    /// The comparison's columns and the storyboard.
    Stage,
    /// A province's data loaded earlier, which could not be read.
    Dataset,
}

/// One set-aside entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    /// When it was set aside (ISO 8601, from the key), or the key's tail.
    pub when: String,
    pub kind: Kind,
    /// The autosave's scenario, when it can be read for this dataset.
    pub scenario: Option<Scenario>,
    /// Its size in characters.
    pub chars: usize,
}

/// Every set-aside entry in `store`, oldest first.
pub fn list(store: &impl KeyValue, ds: &Dataset) -> Vec<Entry> {
    let mut out: Vec<Entry> = store
        .keys()
        .into_iter()
        .filter_map(|key| {
            let tail = key.strip_prefix(SET_ASIDE_PREFIX)?.to_string();
            let text = store.get(&key)?;
            let (kind, when) = if let Some(when) = tail.strip_prefix("library-") {
                (Kind::Library, when.to_string())
            } else if let Some(when) = tail.strip_prefix("stage-") {
                (Kind::Stage, when.to_string())
            } else if let Some(when) = tail.strip_prefix("dataset-") {
                (Kind::Dataset, when.to_string())
            } else {
                (Kind::Autosave, tail)
            };
            let scenario = (kind == Kind::Autosave)
                .then(|| read_text(&text, ds).ok().map(|a| a.scenario))
                .flatten();
            Some(Entry {
                key,
                when,
                kind,
                scenario,
                chars: text.chars().count(),
            })
        })
        .collect();
    out.sort_by(|a, b| a.when.cmp(&b.when));
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::storage::{save, MemoryStore, AUTOSAVE_KEY};
    use ntm_model::codec::link::View;

    #[test]
    fn set_aside_entries_are_listed_with_what_can_be_read() {
        let ds = Dataset::caobang_2020().expect("dataset");
        let mut sc = Scenario::defaults(&ds);
        sc.budget.scale_pct = 160.0;
        let mut store = MemoryStore::default();
        save(&mut store, &sc, &View::default(), None, None).expect("saves");
        let autosave = store.get(AUTOSAVE_KEY).expect("saved");
        for (key, text) in [
            (
                format!("{SET_ASIDE_PREFIX}2026-12-01T08:00:00Z"),
                autosave.as_str(),
            ),
            (format!("{SET_ASIDE_PREFIX}2026-11-30T08:00:00Z"), "{broken"),
            (
                format!("{SET_ASIDE_PREFIX}library-2026-11-29T08:00:00Z"),
                "[]",
            ),
            (format!("{SET_ASIDE_PREFIX}stage-2026-11-28T08:00:00Z"), "x"),
            ("ntm-planner/autosave/v1".to_string(), autosave.as_str()),
        ] {
            store.set(&key, text).expect("writes");
        }
        let listed = list(&store, &ds);
        let kinds: Vec<(Kind, &str, bool)> = listed
            .iter()
            .map(|e| (e.kind, e.when.as_str(), e.scenario.is_some()))
            .collect();
        assert_eq!(
            kinds,
            [
                (Kind::Stage, "2026-11-28T08:00:00Z", false),
                (Kind::Library, "2026-11-29T08:00:00Z", false),
                (Kind::Autosave, "2026-11-30T08:00:00Z", false),
                (Kind::Autosave, "2026-12-01T08:00:00Z", true),
            ]
        );
        assert_eq!(listed[3].scenario.as_ref(), Some(&sc));
        assert_eq!(listed[1].chars, 2);
    }
}
