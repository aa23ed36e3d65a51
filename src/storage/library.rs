//! The saved-scenario library in local storage: one versioned JSON envelope whose items hold
//! the model's scenario files (`ntm_model::codec::file`), each checked against the dataset
//! when read.
//!
//! Never fatal, never silent: an unreadable library is set aside under another key and
//! reported; unreadable items are skipped, the whole original text kept aside, and reported;
//! a library written by a newer version is left untouched and not overwritten (`locked`).

use ntm_model::codec::file;
use ntm_model::Dataset;
use serde::{Deserialize, Serialize};

use super::{shorten, KeyValue, SET_ASIDE_PREFIX};
use crate::library::{Library, SavedScenario};

/// Where the library lives (the version is in the key, as for the autosave).
pub const LIBRARY_KEY: &str = "ntm-planner/library/v1";
const FORMAT: &str = "ntm-planner-library";
const VERSION: u32 = 1;
/// Largest library read (200 scenarios with many overrides stay far below).
const MAX_CHARS: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct LibraryV1 {
    format: String,
    version: u32,
    next_id: u64,
    items: Vec<ItemV1>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct ItemV1 {
    id: String,
    name: String,
    saved_at: String,
    /// A scenario file, as text.
    scenario: String,
}

/// What went wrong with the stored library, for the notice the app shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryProblem {
    /// The library could not be read at all; it was moved to `set_aside_key` (when it could
    /// be) and the page starts with an empty library. `detail` is technical, in English.
    Unreadable {
        set_aside_key: Option<String>,
        detail: String,
    },
    /// `skipped` saved scenarios could not be read (another dataset, damaged); the rest
    /// loaded. The original text was copied to `set_aside_key` (when it could be).
    Skipped {
        skipped: usize,
        set_aside_key: Option<String>,
    },
    /// Written by a newer version of the app: left untouched, and not overwritten.
    Newer(u32),
    /// Another tab of the app changed the library and it cannot be read in full now: this
    /// page keeps the scenarios it shows and writes nothing there; reloading reads it again
    /// (and sets what is damaged aside, as on any load).
    DamagedElsewhere,
    /// The browser refused to save the library (storage full or disabled).
    CannotSave,
}

/// The library read from storage.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedLibrary {
    pub library: Library,
    pub problem: Option<LibraryProblem>,
    /// True when the stored library must not be overwritten (a newer version wrote it).
    pub locked: bool,
}

/// The stored text of `library`.
pub fn library_text(library: &Library) -> String {
    let envelope = LibraryV1 {
        format: FORMAT.into(),
        version: VERSION,
        next_id: library.next_id,
        items: library
            .items
            .iter()
            .map(|s| ItemV1 {
                id: s.id.clone(),
                name: s.name.clone(),
                saved_at: s.saved_at.clone(),
                scenario: file::scenario_to_json(&s.scenario, &s.name),
            })
            .collect(),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Copies the stored library, as it is, under another key (before this page's list is written
/// over one it could not read); `Ok(None)` when nothing is stored, `Err(CannotSave)` when the
/// copy was refused.
pub fn set_aside_stored(
    store: &mut impl KeyValue,
    stamp: &str,
) -> Result<Option<String>, LibraryProblem> {
    match store.get(LIBRARY_KEY) {
        None => Ok(None),
        Some(text) => set_aside(store, &text, stamp)
            .map(Some)
            .ok_or(LibraryProblem::CannotSave),
    }
}

fn set_aside(store: &mut impl KeyValue, text: &str, stamp: &str) -> Option<String> {
    let key = format!("{SET_ASIDE_PREFIX}library-{stamp}");
    store.set(&key, text).ok().map(|()| key)
}

/// Reads the library another tab of the app has just written: nothing is set aside or removed
/// (that tab owns it), and a library with any problem is taken as locked, so this tab never
/// writes over what it could not read in full.
pub fn load_library_written_elsewhere(store: &mut impl KeyValue, ds: &Dataset) -> LoadedLibrary {
    let mut loaded = load_library(&mut super::ReadOnly(store), ds, "");
    match loaded.problem {
        // Read-only here, so nothing was set aside: said as what it is, not as a load's
        // "set aside, a new library was started".
        Some(LibraryProblem::Unreadable { .. }) => {
            loaded.problem = Some(LibraryProblem::DamagedElsewhere);
            loaded.locked = true;
        }
        Some(_) => loaded.locked = true,
        None => {}
    }
    loaded
}

/// Reads the library from `store` (`stamp`, e.g. the time, names a set-aside copy).
pub fn load_library(store: &mut impl KeyValue, ds: &Dataset, stamp: &str) -> LoadedLibrary {
    let Some(text) = store.get(LIBRARY_KEY) else {
        return LoadedLibrary::default();
    };
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    let head: Result<Head, String> = if text.len() > MAX_CHARS {
        Err(format!("{} characters", text.len()))
    } else {
        serde_json::from_str(&text).map_err(|e| e.to_string())
    };
    let envelope = match head {
        Ok(h) if h.format.as_deref() == Some(FORMAT) && h.version.is_some_and(|v| v > VERSION) => {
            let v = h.version.unwrap_or(VERSION + 1);
            return LoadedLibrary {
                library: Library::default(),
                problem: Some(LibraryProblem::Newer(v)),
                locked: true,
            };
        }
        Ok(h) if h.format.as_deref() == Some(FORMAT) && h.version == Some(VERSION) => {
            serde_json::from_str::<LibraryV1>(&text).map_err(|e| e.to_string())
        }
        Ok(_) => Err("not an NTM Planner library".to_string()),
        Err(e) => Err(e),
    };
    match envelope {
        Err(detail) => {
            let set_aside_key = set_aside(store, &text, stamp);
            // A bad library must not block every later save: start afresh.
            store.remove(LIBRARY_KEY);
            LoadedLibrary {
                library: Library::default(),
                problem: Some(LibraryProblem::Unreadable {
                    set_aside_key,
                    detail: shorten(&detail),
                }),
                locked: false,
            }
        }
        Ok(env) => {
            let mut library = Library {
                items: Vec::new(),
                next_id: env.next_id,
            };
            let mut skipped = 0;
            for item in env.items {
                match file::scenario_from_json(&item.scenario, ds) {
                    Ok(scenario) if !item.id.is_empty() && library.get(&item.id).is_none() => {
                        library.items.push(SavedScenario {
                            id: item.id,
                            name: item.name,
                            saved_at: item.saved_at,
                            scenario,
                        })
                    }
                    _ => skipped += 1,
                }
            }
            let problem = (skipped > 0).then(|| LibraryProblem::Skipped {
                skipped,
                set_aside_key: set_aside(store, &text, stamp),
            });
            LoadedLibrary {
                library,
                problem,
                locked: false,
            }
        }
    }
}

/// Writes the library; `Err(CannotSave)` when the store refuses.
pub fn save_library(store: &mut impl KeyValue, library: &Library) -> Result<(), LibraryProblem> {
    store
        .set(LIBRARY_KEY, &library_text(library))
        .map_err(|_| LibraryProblem::CannotSave)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;
    use ntm_model::Scenario;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("dataset")
    }

    fn library(ds: &Dataset) -> Library {
        let mut lib = Library::default();
        let mut sc = Scenario::defaults(ds);
        lib.save("Mặc định", sc.clone(), "2026-11-30T01:00:00Z", "K")
            .unwrap();
        sc.budget.scale_pct = 150.0;
        lib.save("Tăng vốn 50%", sc, "2026-11-30T02:00:00Z", "K")
            .unwrap();
        lib
    }

    #[test]
    fn a_saved_library_comes_back_as_it_was() {
        let ds = ds();
        let lib = library(&ds);
        let mut store = MemoryStore::default();
        save_library(&mut store, &lib).unwrap();
        let loaded = load_library(&mut store, &ds, "t");
        assert_eq!(
            loaded,
            LoadedLibrary {
                library: lib,
                problem: None,
                locked: false
            }
        );
        assert_eq!(
            load_library(&mut MemoryStore::default(), &ds, "t"),
            LoadedLibrary::default()
        );
    }

    #[test]
    fn an_unreadable_library_is_set_aside_and_reported() {
        let ds = ds();
        for text in [
            "{oops",
            "[]",
            r#"{"format":"other","version":1}"#,
            r#"{"format":"ntm-planner-library","version":1}"#,
        ] {
            let mut store = MemoryStore::default();
            store.set(LIBRARY_KEY, text).unwrap();
            let loaded = load_library(&mut store, &ds, "T");
            assert_eq!(loaded.library, Library::default(), "{text}");
            match loaded.problem {
                Some(LibraryProblem::Unreadable {
                    set_aside_key: Some(k),
                    ..
                }) => {
                    assert_eq!(store.get(&k).as_deref(), Some(text));
                }
                other => panic!("{text}: {other:?}"),
            }
            assert_eq!(store.get(LIBRARY_KEY), None);
        }
    }

    #[test]
    fn another_tabs_library_is_read_without_touching_it_and_locked_if_unreadable() {
        let ds = ds();
        let lib = library(&ds);
        let mut store = MemoryStore::default();
        save_library(&mut store, &lib).unwrap();
        let loaded = load_library_written_elsewhere(&mut store, &ds);
        assert_eq!(loaded.library, lib);
        assert!(!loaded.locked);

        let mut store = MemoryStore::default();
        store.set(LIBRARY_KEY, "{oops").unwrap();
        let before = store.clone();
        let loaded = load_library_written_elsewhere(&mut store, &ds);
        assert_eq!(loaded.problem, Some(LibraryProblem::DamagedElsewhere));
        assert!(loaded.locked, "never written over by this tab");
        assert_eq!(store, before, "nothing set aside, nothing removed");
        // Before this page's list is written over it, it is copied aside as it is.
        let key = set_aside_stored(&mut store, "T").expect("copied");
        assert_eq!(key.as_deref(), Some("ntm-planner/set-aside/library-T"));
        assert_eq!(
            store.get("ntm-planner/set-aside/library-T").as_deref(),
            Some("{oops")
        );
        assert_eq!(set_aside_stored(&mut MemoryStore::default(), "T"), Ok(None));
        store.refuse_writes = true;
        assert_eq!(
            set_aside_stored(&mut store, "U"),
            Err(LibraryProblem::CannotSave)
        );
    }

    #[test]
    fn unreadable_items_are_skipped_and_the_rest_kept() {
        let ds = ds();
        let text = library_text(&library(&ds)).replacen("caobang-2020", "ha-giang", 1);
        let mut store = MemoryStore::default();
        store.set(LIBRARY_KEY, &text).unwrap();
        let loaded = load_library(&mut store, &ds, "T");
        assert_eq!(loaded.library.items.len(), 1);
        assert_eq!(loaded.library.items[0].name, "Tăng vốn 50%");
        assert!(matches!(
            loaded.problem,
            Some(LibraryProblem::Skipped {
                skipped: 1,
                set_aside_key: Some(_)
            })
        ));
    }

    #[test]
    fn a_newer_library_is_left_alone_and_locked() {
        let text = r#"{"format":"ntm-planner-library","version":7}"#;
        let mut store = MemoryStore::default();
        store.set(LIBRARY_KEY, text).unwrap();
        let loaded = load_library(&mut store, &ds(), "T");
        assert_eq!(loaded.problem, Some(LibraryProblem::Newer(7)));
        assert!(loaded.locked);
        assert_eq!(store.get(LIBRARY_KEY).as_deref(), Some(text));
    }

    #[test]
    fn a_full_storage_is_reported() {
        let ds = ds();
        let mut store = MemoryStore {
            refuse_writes: true,
            ..MemoryStore::default()
        };
        assert_eq!(
            save_library(&mut store, &library(&ds)),
            Err(LibraryProblem::CannotSave)
        );
    }
}
