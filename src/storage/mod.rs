//! The browser's local storage: the autosave of the current scenario (and view), so nothing
//! is lost on reload. The one module that knows storage keys and formats (issue 5's saved
//! scenario library goes here too).
//!
//! The autosave is a small versioned JSON envelope around the model's scenario file
//! (`ntm_model::codec::file`), checked against the dataset when read. Anything unreadable is
//! set aside under another key (never deleted: someone may want it back), reported, and the
//! app carries on with the defaults. Storage that is missing or full is never fatal either.
//! The logic works on any [`KeyValue`] store, so it is tested natively with [`MemoryStore`];
//! [`LocalStore`] (wasm only) is the browser's `localStorage` through gloo.

pub mod dataset;
pub mod lang;
pub mod library;
pub mod set_aside;
pub mod stage;

use std::collections::BTreeMap;

use ntm_model::codec::file::{self, FileError};
use ntm_model::codec::link::{matrix_to_keep, MatrixV4, View};
use ntm_model::scenario::ScenarioProblem;
use ntm_model::{Dataset, Scenario};
use serde::{Deserialize, Serialize};

/// Where the autosave lives. The version is in the key: a future format gets a new key and
/// reads this one once.
pub const AUTOSAVE_KEY: &str = "ntm-planner/autosave/v1";
/// Unreadable autosaves are moved under this prefix (plus the time they were set aside).
pub const SET_ASIDE_PREFIX: &str = "ntm-planner/set-aside/";
/// The autosave envelope's format tag.
const FORMAT: &str = "ntm-planner-autosave";
/// The newest envelope version this build writes and reads.
const VERSION: u32 = 1;
/// Largest autosave read (a scenario with every commune overridden is far smaller).
const MAX_CHARS: usize = 2 * 1024 * 1024;

/// The autosave as stored (version 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct AutosaveV1 {
    format: String,
    version: u32,
    /// The view (language, tabs, year…), as the share link carries it.
    view: View,
    /// A scenario file (`ntm_model::codec::file`), as text.
    scenario: String,
    /// The criteria matrix's filters and sorts, as a link carries them, when they are not as
    /// the matrix opens. Added without a new version: an older build ignores the field (and
    /// opens the matrix as it opens), and an autosave without it reads as "as it opens". Read
    /// as plain JSON first: a field this build cannot read loses the matrix's filters, never
    /// the work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    matrix: Option<serde_json::Value>,
    /// What the work is an edit of ([`EditOf`]), so that a reload still calls it "Vốn 150% (đã
    /// sửa)" and not an unsaved scenario. Added as `matrix` was: an older build ignores it, and
    /// one this build cannot read loses the name, never the work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    edit_of: Option<serde_json::Value>,
}

/// The scenario the autosaved work was changed from, by the name it bore: a saved scenario,
/// one a link named, or a preset (in both languages, as the dataset named it then).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EditOf {
    /// A saved scenario: its name then, and its id in the library (which finds it again
    /// after a rename; absent in the first autosaves that kept a name).
    Saved {
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
    },
    Linked {
        name: String,
    },
    Preset {
        vi: String,
        en: String,
    },
}

/// An autosave as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Autosave {
    pub scenario: Scenario,
    /// The view (language, tabs, year…), as the share link carries it.
    pub view: View,
    /// The criteria matrix's filters and sorts; `None` when the matrix is as it opens.
    pub matrix: Option<MatrixV4>,
    /// What the work is an edit of; `None` when it is no edit of a named scenario.
    pub edit_of: Option<EditOf>,
}

/// A key–value store of strings (`localStorage`, or a map in tests).
pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    /// `Err` when the store refuses (full, disabled).
    fn set(&mut self, key: &str, value: &str) -> Result<(), String>;
    fn remove(&mut self, key: &str);
    /// Every key in the store.
    fn keys(&self) -> Vec<String>;
}

/// An in-memory store (tests, and a fallback when the browser has no storage).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemoryStore {
    pub entries: BTreeMap<String, String>,
    /// When set, every `set` fails (a full or disabled storage).
    pub refuse_writes: bool,
    /// Writes to this key fail (a storage just full enough to refuse one large entry).
    pub refuse_key: Option<String>,
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        if self.refuse_writes || self.refuse_key.as_deref() == Some(key) {
            return Err("quota exceeded".into());
        }
        self.entries.insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.entries.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }
}

/// A store seen read-only: writes are refused and removals ignored. For reading what another
/// tab wrote: that tab owns its data, so a problem found here must not set it aside or delete
/// it under that tab's feet.
pub struct ReadOnly<'a, S: KeyValue>(pub &'a mut S);

impl<S: KeyValue> KeyValue for ReadOnly<'_, S> {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key)
    }

    fn set(&mut self, _key: &str, _value: &str) -> Result<(), String> {
        Err("read only".into())
    }

    fn remove(&mut self, _key: &str) {}

    fn keys(&self) -> Vec<String> {
        self.0.keys()
    }
}

/// What went wrong with the local storage, for the notice the app shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// The autosave could not be read; it was moved to `set_aside_key` (or could not be, when
    /// `None`), and the defaults are shown. `detail` says why, in English (technical).
    Unreadable {
        set_aside_key: Option<String>,
        detail: String,
        /// Where the scenario read but had values out of range: each problem, which the notice
        /// names in the reader's language as a link's are ("Số lần chạy Monte Carlo (runs):
        /// …"), not the model's English line about a field.
        problems: Vec<ScenarioProblem>,
    },
    /// The autosave was written by a newer version of the app; left where it is.
    Newer(u32),
    /// The browser refused to save (storage full or disabled): work is not autosaved.
    CannotSave,
}

/// What the autosave gave on load.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub saved: Option<Autosave>,
    pub problem: Option<StorageProblem>,
}

/// The autosave text for `scenario` shown as `view`, with the criteria matrix's `matrix`, an
/// edit of `edit_of`.
pub fn autosave_text(
    scenario: &Scenario,
    view: &View,
    matrix: Option<&MatrixV4>,
    edit_of: Option<&EditOf>,
) -> String {
    let envelope = AutosaveV1 {
        format: FORMAT.into(),
        version: VERSION,
        view: *view,
        scenario: file::scenario_to_json(scenario, ""),
        matrix: matrix
            .and_then(matrix_to_keep)
            .and_then(|m| serde_json::to_value(m).ok()),
        edit_of: edit_of.and_then(|e| serde_json::to_value(e).ok()),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Why an autosave text cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ReadError {
    Newer(u32),
    Bad(String),
    /// The scenario's values are out of range.
    Invalid(String, Vec<ScenarioProblem>),
}

fn read_text(text: &str, ds: &Dataset) -> Result<Autosave, ReadError> {
    if text.len() > MAX_CHARS {
        return Err(ReadError::Bad(format!("{} characters", text.len())));
    }
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    let bad = |e: String| ReadError::Bad(e);
    let head: Head = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(bad("not an NTM Planner autosave".into()));
    }
    match head.version {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(ReadError::Newer(v)),
        v => return Err(bad(format!("unknown version {v:?}"))),
    }
    let envelope: AutosaveV1 = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    let scenario = file::scenario_from_json(&envelope.scenario, ds).map_err(|e| match e {
        FileError::Newer(v) => ReadError::Newer(v),
        FileError::Invalid(problems) => {
            ReadError::Invalid(FileError::Invalid(problems.clone()).to_string(), problems)
        }
        e => bad(e.to_string()),
    })?;
    Ok(Autosave {
        scenario,
        view: envelope.view,
        // Tidied as a link's is: what is read is what a link would give.
        matrix: envelope
            .matrix
            .and_then(|v| serde_json::from_value::<MatrixV4>(v).ok())
            .as_ref()
            .and_then(matrix_to_keep),
        edit_of: envelope
            .edit_of
            .and_then(|v| serde_json::from_value::<EditOf>(v).ok()),
    })
}

/// Reads the autosave from `store`. An unreadable one is moved under [`SET_ASIDE_PREFIX`]
/// followed by `stamp` (e.g. the time), so the next load starts clean and nothing is lost.
pub fn load(store: &mut impl KeyValue, ds: &Dataset, stamp: &str) -> Loaded {
    let Some(text) = store.get(AUTOSAVE_KEY) else {
        return Loaded::default();
    };
    let (detail, problems) = match read_text(&text, ds) {
        Ok(saved) => {
            return Loaded {
                saved: Some(saved),
                problem: None,
            }
        }
        Err(ReadError::Newer(v)) => {
            return Loaded {
                saved: None,
                problem: Some(StorageProblem::Newer(v)),
            }
        }
        Err(ReadError::Invalid(detail, problems)) => (detail, problems),
        Err(ReadError::Bad(detail)) => (detail, Vec::new()),
    };
    let key = format!("{SET_ASIDE_PREFIX}{stamp}");
    let set_aside_key = store.set(&key, &text).ok().map(|()| key);
    // Removed even when it could not be copied: a bad autosave must not block every later load
    // (and a full storage is the likely reason the copy failed).
    store.remove(AUTOSAVE_KEY);
    Loaded {
        saved: None,
        problem: Some(StorageProblem::Unreadable {
            set_aside_key,
            detail: shorten(&detail),
            problems,
        }),
    }
}

/// Writes the autosave; `Err(CannotSave)` when the store refuses.
pub fn save(
    store: &mut impl KeyValue,
    scenario: &Scenario,
    view: &View,
    matrix: Option<&MatrixV4>,
    edit_of: Option<&EditOf>,
) -> Result<(), StorageProblem> {
    store
        .set(
            AUTOSAVE_KEY,
            &autosave_text(scenario, view, matrix, edit_of),
        )
        .map_err(|_| StorageProblem::CannotSave)
}

/// Where the stored autosave is safe before a page that opened with a link first writes
/// over it (see `state::kept`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Secured {
    /// No autosave is stored: nothing to keep.
    Nothing,
    /// The library holds it, and was written to storage just now.
    InLibrary,
    /// Copied under this key.
    SetAside(String),
}

/// Makes the autosave stored *now* safe before it is overwritten: it is in `library` (which is
/// written here first, so a storage that refuses the library cannot lose it), or it is copied
/// under [`SET_ASIDE_PREFIX`] followed by `stamp`. Read now, not when the page opened: another
/// tab may have autosaved newer work since. `None` for `library` when it must not be written
/// (a newer version owns it). Nothing is kept when what is stored is one of `no_loss` (the
/// work about to be written, the defaults). `Err` when neither could be done: then it must
/// not be overwritten.
pub fn secure_before_overwrite(
    store: &mut impl KeyValue,
    ds: &Dataset,
    library: Option<&crate::library::Library>,
    no_loss: &[&Scenario],
    stamp: &str,
) -> Result<Secured, StorageProblem> {
    let Some(text) = store.get(AUTOSAVE_KEY) else {
        return Ok(Secured::Nothing);
    };
    let stored = read_text(&text, ds).ok().map(|a| a.scenario);
    if stored.as_ref().is_some_and(|sc| no_loss.contains(&sc)) {
        return Ok(Secured::Nothing);
    }
    if let (Some(sc), Some(library)) = (&stored, library) {
        let held = library.items.iter().any(|s| s.scenario == *sc);
        if held && library::save_library(store, library).is_ok() {
            return Ok(Secured::InLibrary);
        }
    }
    let key = format!("{SET_ASIDE_PREFIX}{stamp}");
    match store.set(&key, &text) {
        Ok(()) => Ok(Secured::SetAside(key)),
        Err(_) => Err(StorageProblem::CannotSave),
    }
}

/// Technical details quote at most a line.
pub(crate) fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(160).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// The browser's `localStorage` (through gloo); a browser without one behaves as an empty
/// store that refuses writes.
#[cfg(target_arch = "wasm32")]
pub struct LocalStore(Option<web_sys::Storage>);

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The id of the loaded dataset the page works on, or `None` for the embedded default
    /// (`dataset::scoped_key`): set once, before anything is read, when the page chooses its
    /// dataset.
    static SCOPE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Keeps this page's work under `scope`'s keys from now on (see [`dataset::scoped_key`]).
#[cfg(target_arch = "wasm32")]
pub fn set_scope(scope: Option<String>) {
    SCOPE.with(|s| *s.borrow_mut() = scope);
}

/// The key `key` is stored under for this page (what a `storage` event names).
#[cfg(target_arch = "wasm32")]
pub fn stored_key(key: &str) -> String {
    SCOPE.with(|s| dataset::scoped_key(s.borrow().as_deref(), key))
}

#[cfg(target_arch = "wasm32")]
impl LocalStore {
    pub fn open() -> LocalStore {
        use gloo::storage::{LocalStorage, Storage};
        // `raw()` panics when there is no storage (some privacy modes): check first.
        let available = gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()
            .is_some();
        LocalStore(available.then(LocalStorage::raw))
    }
}

#[cfg(target_arch = "wasm32")]
impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(&stored_key(key)).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let storage = self.0.as_ref().ok_or("no localStorage")?;
        storage
            .set_item(&stored_key(key), value)
            .map_err(|e| format!("{e:?}"))
    }

    fn remove(&mut self, key: &str) {
        if let Some(s) = &self.0 {
            let _ = s.remove_item(&stored_key(key));
        }
    }

    fn keys(&self) -> Vec<String> {
        let Some(s) = &self.0 else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        SCOPE.with(|scope| {
            let scope = scope.borrow();
            (0..n)
                .filter_map(|i| s.key(i).ok().flatten())
                .filter_map(|k| dataset::unscoped_key(scope.as_deref(), &k))
                .collect()
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("the embedded dataset loads")
    }

    fn store_with(text: &str) -> MemoryStore {
        let mut s = MemoryStore::default();
        s.set(AUTOSAVE_KEY, text).expect("writes");
        s
    }

    /// Before a page opened with a link first overwrites the autosave, what storage holds then
    /// is in the written library or copied aside, never lost.
    #[test]
    fn an_autosave_is_secured_before_it_is_overwritten() {
        use crate::library::Library;
        let ds = ds();
        let mut yesterday = Scenario::defaults(&ds);
        yesterday.budget.scale_pct = 160.0;
        let mut library = Library::default();
        library
            .save("Tự lưu", yesterday.clone(), "t0", "Kịch bản")
            .expect("saved");
        let stored = |sc: &Scenario| {
            let mut s = MemoryStore::default();
            save(&mut s, sc, &View::default(), None, None).expect("saves");
            s
        };
        // Nothing stored: nothing to keep.
        let mut empty = MemoryStore::default();
        assert_eq!(
            secure_before_overwrite(&mut empty, &ds, Some(&library), &[], "t1"),
            Ok(Secured::Nothing)
        );
        // In the library, which is written first.
        let mut s = stored(&yesterday);
        assert_eq!(
            secure_before_overwrite(&mut s, &ds, Some(&library), &[], "t1"),
            Ok(Secured::InLibrary)
        );
        assert!(s.get(library::LIBRARY_KEY).is_some());
        // The library cannot be written: copied aside instead.
        let mut s = stored(&yesterday);
        s.refuse_key = Some(library::LIBRARY_KEY.into());
        let key = format!("{SET_ASIDE_PREFIX}t1");
        assert_eq!(
            secure_before_overwrite(&mut s, &ds, Some(&library), &[], "t1"),
            Ok(Secured::SetAside(key.clone()))
        );
        assert_eq!(s.get(&key), s.get(AUTOSAVE_KEY));
        // Another tab autosaved newer work since the page opened: that is what is kept.
        let mut newer = yesterday.clone();
        newer.budget.scale_pct = 170.0;
        let mut s = stored(&newer);
        assert_eq!(
            secure_before_overwrite(&mut s, &ds, Some(&library), &[], "t1"),
            Ok(Secured::SetAside(key.clone()))
        );
        // A library that must not be written (a newer version's): copied aside.
        let mut s = stored(&yesterday);
        assert_eq!(
            secure_before_overwrite(&mut s, &ds, None, &[], "t1"),
            Ok(Secured::SetAside(key))
        );
        // What is about to be written, or the defaults: nothing to lose.
        let mut s = stored(&newer);
        let defaults = Scenario::defaults(&ds);
        assert_eq!(
            secure_before_overwrite(&mut s, &ds, None, &[&defaults, &newer], "t1"),
            Ok(Secured::Nothing)
        );
        // Nowhere to keep it: refused, so the caller does not overwrite it.
        let mut s = stored(&newer);
        s.refuse_writes = true;
        assert_eq!(
            secure_before_overwrite(&mut s, &ds, Some(&library), &[], "t1"),
            Err(StorageProblem::CannotSave)
        );
    }

    #[test]
    fn what_is_saved_comes_back() {
        let ds = ds();
        let mut sc = Scenario::defaults(&ds);
        sc.budget.scale_pct = 175.0;
        sc.assumptions
            .values
            .insert(ntm_model::params::ParamKey::Noise, 0.61);
        let view = View {
            lang: 1,
            year: 2024,
            ..View::default()
        };
        let matrix = MatrixV4 {
            units: 1,
            district: Some(42),
            status: 3,
            search: "  Xóm   Nà ".into(),
            commune_sort: (2, 0, true),
            ..MatrixV4::default()
        };
        let mut store = MemoryStore::default();
        save(&mut store, &sc, &view, Some(&matrix), None).expect("saves");
        let loaded = load(&mut store, &ds, "t");
        let tidied = MatrixV4 {
            search: "Xóm Nà".into(),
            ..matrix
        };
        let expected = Autosave {
            scenario: sc.clone(),
            view,
            matrix: Some(tidied),
            edit_of: None,
        };
        assert_eq!(loaded.saved, Some(expected));
        assert_eq!(loaded.problem, None);

        // A matrix as it opens is not stored at all, and reads back as none.
        save(&mut store, &sc, &view, Some(&MatrixV4::default()), None).expect("saves");
        let text = store.get(AUTOSAVE_KEY).expect("stored");
        assert!(!text.contains("\"matrix\""), "{text:.200}");
        let loaded = load(&mut store, &ds, "t");
        assert_eq!(loaded.saved.map(|a| a.matrix), Some(None));
    }

    /// The name the work is an edit of comes back with it; one this build cannot read loses
    /// the name only, and an older build reads the autosave as before.
    #[test]
    fn what_the_work_is_an_edit_of_is_kept_and_never_costs_the_work() {
        let ds = ds();
        let mut sc = Scenario::defaults(&ds);
        sc.leadership = 0.3;
        let of = EditOf::Saved {
            name: "Vốn 150%".into(),
            id: Some("s1".into()),
        };
        let mut store = MemoryStore::default();
        save(&mut store, &sc, &View::default(), None, Some(&of)).expect("saves");
        let loaded = load(&mut store, &ds, "t").saved.expect("read");
        assert_eq!(loaded.edit_of, Some(of));
        assert_eq!(loaded.scenario, sc);

        let text = store.get(AUTOSAVE_KEY).expect("stored");
        let mut value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        value["edit_of"] = serde_json::json!({ "kind": "from_the_future", "x": 1 });
        store.set(AUTOSAVE_KEY, &value.to_string()).expect("writes");
        let loaded = load(&mut store, &ds, "t");
        assert_eq!(loaded.problem, None);
        let loaded = loaded.saved.expect("still read");
        assert_eq!((loaded.edit_of, loaded.scenario), (None, sc));

        let older: Result<OlderAutosaveV1, _> = serde_json::from_str(&text);
        assert!(older.is_ok(), "{:?}", older.err());
    }

    /// The envelope as builds before the matrix and the edit name read it.
    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct OlderAutosaveV1 {
        format: String,
        version: u32,
        view: View,
        scenario: String,
    }

    /// The matrix was added to version 1 of the envelope: an older build, whose envelope has
    /// no such field, must still read what this one writes (and this one what it wrote).
    #[test]
    fn the_matrix_leaves_the_autosave_readable_by_older_builds() {
        let ds = ds();
        let sc = Scenario::defaults(&ds);
        let matrix = MatrixV4 {
            status: 2,
            ..MatrixV4::default()
        };
        let text = autosave_text(&sc, &View::default(), Some(&matrix), None);
        assert!(text.contains("\"matrix\""), "{text:.200}");
        let older: Result<OlderAutosaveV1, _> = serde_json::from_str(&text);
        assert!(older.is_ok(), "{:?}", older.err());
        // What an older build wrote: no matrix.
        let written_before = serde_json::json!({
            "format": FORMAT,
            "version": VERSION,
            "view": View::default(),
            "scenario": file::scenario_to_json(&sc, ""),
        });
        let read = read_text(&written_before.to_string(), &ds).expect("reads");
        assert_eq!(read.matrix, None);
        assert_eq!(read.scenario, sc);
        // A matrix this build cannot read (a later build's, say) loses the filters, not the
        // work.
        let mut odd = written_before;
        odd["matrix"] = serde_json::json!({"units": "villages", "new_field": [1, 2]});
        let read = read_text(&odd.to_string(), &ds).expect("the work is read");
        assert_eq!(read.matrix, None);
        assert_eq!(read.scenario, sc);
    }

    #[test]
    fn nothing_saved_is_not_a_problem() {
        assert_eq!(
            load(&mut MemoryStore::default(), &ds(), "t"),
            Loaded::default()
        );
    }

    #[test]
    fn corrupted_autosaves_are_set_aside_and_reported() {
        let ds = ds();
        let good = autosave_text(&Scenario::defaults(&ds), &View::default(), None, None);
        let mut invalid = Scenario::defaults(&ds);
        invalid.runs = 0;
        let cases = [
            "{not json".to_string(),
            "\"a string\"".to_string(),
            r#"{"format":"something-else","version":1}"#.to_string(),
            good.replace("ntm-planner-scenario", "bogus"),
            autosave_text(&invalid, &View::default(), None, None),
            good[..good.len() / 2].to_string(),
        ];
        let invalid_text = autosave_text(&invalid, &View::default(), None, None);
        for text in cases {
            let mut store = store_with(&text);
            let loaded = load(&mut store, &ds, "2026-01-01T00:00:00Z");
            assert_eq!(loaded.saved, None, "{text:.60}");
            match &loaded.problem {
                Some(StorageProblem::Unreadable {
                    set_aside_key: Some(key),
                    detail,
                    problems,
                }) => {
                    assert_eq!(key, "ntm-planner/set-aside/2026-01-01T00:00:00Z");
                    assert_eq!(store.get(key).as_deref(), Some(text.as_str()));
                    assert!(!detail.is_empty());
                    // Values out of range are kept as problems, for the notice to name in
                    // each language; a text that does not read has none.
                    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
                    if text == invalid_text {
                        assert_eq!(fields, ["runs"]);
                    } else {
                        assert!(fields.is_empty(), "{text:.60}: {fields:?}");
                    }
                }
                other => panic!("{text:.60}: {other:?}"),
            }
            assert_eq!(store.get(AUTOSAVE_KEY), None, "{text:.60}: not removed");
            assert_eq!(
                load(&mut store, &ds, "later"),
                Loaded::default(),
                "the next load starts clean"
            );
        }
    }

    #[test]
    fn a_newer_autosave_is_left_alone() {
        let text = r#"{"format":"ntm-planner-autosave","version":9}"#;
        let mut store = store_with(text);
        let loaded = load(&mut store, &ds(), "t");
        assert_eq!(loaded.problem, Some(StorageProblem::Newer(9)));
        assert_eq!(store.get(AUTOSAVE_KEY).as_deref(), Some(text));
    }

    #[test]
    fn a_full_storage_is_reported_not_fatal() {
        let ds = ds();
        let mut store = store_with("{not json");
        store.refuse_writes = true;
        let loaded = load(&mut store, &ds, "t");
        assert!(matches!(
            loaded.problem,
            Some(StorageProblem::Unreadable {
                set_aside_key: None,
                ..
            })
        ));
        assert_eq!(store.get(AUTOSAVE_KEY), None);
        assert_eq!(
            save(
                &mut store,
                &Scenario::defaults(&ds),
                &View::default(),
                None,
                None
            ),
            Err(StorageProblem::CannotSave)
        );
    }
}
