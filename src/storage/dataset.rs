//! A province's own data kept in this browser (`data_files`), and the storage scope of the
//! work done on it.
//!
//! The files are kept as they were picked, in one versioned envelope, with whether the
//! planner uses them now; they are read through the model's checks each time a page opens.
//! Work on loaded data (autosave, saved scenarios, presentation, set-aside copies) is kept
//! under keys of its own (`ntm-planner/data/<id>/…`), so the default's work is never read
//! against another province's communes (it would be set aside as unreadable) nor overwritten.

use serde::{Deserialize, Serialize};

use super::KeyValue;
use crate::data_files::DataFiles;

/// Where the loaded data lives. Not scoped: there is one per browser.
pub const DATASET_KEY: &str = "ntm-planner/dataset/v1";
const FORMAT: &str = "ntm-planner-dataset";
const VERSION: u32 = 1;
/// Where each loaded dataset's work is kept (followed by its id and `/`).
const SCOPE_PREFIX: &str = "ntm-planner/data/";
/// Every key of the app starts so.
const APP_PREFIX: &str = "ntm-planner/";

/// The envelope as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredData {
    format: String,
    version: u32,
    /// True while the planner uses the loaded data (false after "back to the default").
    pub in_use: bool,
    /// When the files were loaded (ISO 8601).
    pub loaded: String,
    pub files: DataFiles,
}

/// What storage holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    Nothing,
    Data(Box<StoredData>),
    /// Something this build cannot read (damaged, or not NTM Planner's): left as it is.
    Unreadable(String),
    /// Data a newer version of the app wrote (its version): left as it is.
    Newer(u32),
}

/// Reads the loaded data, if any.
pub fn read(store: &impl KeyValue) -> Stored {
    let Some(text) = store.get(DATASET_KEY) else {
        return Stored::Nothing;
    };
    // The format and version first: a newer version's envelope may lack a field this one
    // needs, which read as damage ("missing field `in_use`") and told the planner to load the
    // files again over data that was fine.
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    match serde_json::from_str::<Head>(&text) {
        Ok(h) if h.format.as_deref() != Some(FORMAT) => {
            return Stored::Unreadable("not NTM Planner data".into())
        }
        Ok(Head {
            version: Some(v), ..
        }) if v > VERSION => return Stored::Newer(v),
        _ => {}
    }
    match serde_json::from_str::<StoredData>(&text) {
        Ok(d) if d.version == VERSION => Stored::Data(Box::new(d)),
        Ok(d) => Stored::Unreadable(format!("unknown version {}", d.version)),
        Err(e) => Stored::Unreadable(super::shorten(&e.to_string())),
    }
}

/// Moves data this build cannot read out of the way, under the set-aside prefix
/// (`set-aside/dataset-<stamp>`), so that its warning is said once, not on every visit, and
/// the planner can still download it from the library's set-aside list. `None` (and the data
/// left where it is) when the browser refuses the copy. Data a newer version wrote is never
/// moved: that version can still read it.
pub fn set_aside_unreadable(store: &mut impl KeyValue, stamp: &str) -> Option<String> {
    if !matches!(read(store), Stored::Unreadable(_)) {
        return None;
    }
    let text = store.get(DATASET_KEY)?;
    let key = format!("{}dataset-{stamp}", super::SET_ASIDE_PREFIX);
    store.set(&key, &text).ok()?;
    store.remove(DATASET_KEY);
    Some(key)
}

/// Keeps `files`, in use from now. `Err` when the browser refuses (storage full or disabled):
/// the data is then used in this page only.
pub fn keep(store: &mut impl KeyValue, files: &DataFiles, now: &str) -> Result<(), String> {
    let data = StoredData {
        format: FORMAT.into(),
        version: VERSION,
        in_use: true,
        loaded: now.into(),
        files: files.clone(),
    };
    let text = serde_json::to_string(&data).map_err(|e| e.to_string())?;
    store.set(DATASET_KEY, &text)
}

/// Marks the kept data used or not (it stays kept, to switch back to).
pub fn set_in_use(store: &mut impl KeyValue, in_use: bool) -> Result<(), String> {
    let Stored::Data(mut d) = read(store) else {
        return Err("no data kept".into());
    };
    d.in_use = in_use;
    let text = serde_json::to_string(&*d).map_err(|e| e.to_string())?;
    store.set(DATASET_KEY, &text)
}

/// The stored key of `key` in `scope` (`None`: the embedded default's work, under the keys it
/// always had). The language choice and the data itself belong to the browser, not a scope.
pub fn scoped_key(scope: Option<&str>, key: &str) -> String {
    match scope {
        Some(id) if key != super::lang::LANG_KEY && key != DATASET_KEY => {
            let rest = key.strip_prefix(APP_PREFIX).unwrap_or(key);
            format!("{SCOPE_PREFIX}{}/{rest}", id_in_key(id))
        }
        _ => key.to_string(),
    }
}

/// The key as `scope` sees it, or `None` when the stored key belongs to another scope.
pub fn unscoped_key(scope: Option<&str>, stored: &str) -> Option<String> {
    match scope {
        None => (!stored.starts_with(SCOPE_PREFIX)).then(|| stored.to_string()),
        Some(id) => {
            let own = format!("{SCOPE_PREFIX}{}/", id_in_key(id));
            match stored.strip_prefix(&own) {
                Some(rest) => Some(format!("{APP_PREFIX}{rest}")),
                None if stored == super::lang::LANG_KEY || stored == DATASET_KEY => {
                    Some(stored.to_string())
                }
                None => None,
            }
        }
    }
}

/// A dataset id as one key segment (a `/` in it would open another level).
fn id_in_key(id: &str) -> String {
    id.replace('/', "%2F")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{MemoryStore, AUTOSAVE_KEY};

    fn files() -> DataFiles {
        DataFiles {
            province: "{}".into(),
            criteria: None,
            communes: "c".into(),
            villages: "v".into(),
            names: vec!["province.json".into()],
        }
    }

    #[test]
    fn unreadable_data_is_set_aside_once_and_newer_data_is_left() {
        let mut store = MemoryStore::default();
        store.set(DATASET_KEY, "}{").unwrap();
        let key = set_aside_unreadable(&mut store, "t1").expect("moved");
        assert_eq!(key, "ntm-planner/set-aside/dataset-t1");
        assert_eq!(store.get(&key).as_deref(), Some("}{"));
        assert_eq!(read(&store), Stored::Nothing);
        // Said once: nothing is left to warn about.
        assert_eq!(set_aside_unreadable(&mut store, "t2"), None);
        let newer = r#"{"format":"ntm-planner-dataset","version":9}"#;
        store.set(DATASET_KEY, newer).unwrap();
        assert_eq!(set_aside_unreadable(&mut store, "t3"), None);
        assert_eq!(store.get(DATASET_KEY).as_deref(), Some(newer));
    }

    #[test]
    fn kept_data_comes_back_and_can_be_set_aside_from_use() {
        let mut store = MemoryStore::default();
        assert_eq!(read(&store), Stored::Nothing);
        keep(&mut store, &files(), "2026-12-05T10:00:00Z").expect("kept");
        let Stored::Data(d) = read(&store) else {
            panic!("not read back")
        };
        assert!(d.in_use);
        assert_eq!(d.files, files());
        set_in_use(&mut store, false).expect("set");
        assert!(matches!(read(&store), Stored::Data(d) if !d.in_use && d.files == files()));
    }

    #[test]
    fn damaged_or_newer_data_is_reported_and_left_alone() {
        let mut store = MemoryStore::default();
        store.entries.insert(DATASET_KEY.into(), "{ broken".into());
        assert!(matches!(read(&store), Stored::Unreadable(_)));
        assert_eq!(store.entries[DATASET_KEY], "{ broken");
        let newer_data = || {
            serde_json::to_string(&StoredData {
                format: FORMAT.into(),
                version: VERSION + 1,
                in_use: true,
                loaded: String::new(),
                files: files(),
            })
            .expect("json")
        };
        store.entries.insert(DATASET_KEY.into(), newer_data());
        assert_eq!(read(&store), Stored::Newer(VERSION + 1));
        // A newer envelope without the fields this version needs is newer, not damaged.
        let bare = format!(r#"{{"format":"{FORMAT}","version":9}}"#);
        store.entries.insert(DATASET_KEY.into(), bare.clone());
        assert_eq!(read(&store), Stored::Newer(9));
        assert_eq!(store.entries[DATASET_KEY], bare);
        store
            .entries
            .insert(DATASET_KEY.into(), r#"{"format":"x","version":1}"#.into());
        assert!(matches!(read(&store), Stored::Unreadable(m) if m.contains("not NTM")));
        store.entries.insert(DATASET_KEY.into(), newer_data());
        assert!(set_in_use(&mut store, false).is_err());
        store.refuse_writes = true;
        assert!(keep(&mut store, &files(), "now").is_err());
    }

    #[test]
    fn each_dataset_keeps_its_work_apart_and_the_default_keeps_its_keys() {
        assert_eq!(scoped_key(None, AUTOSAVE_KEY), AUTOSAVE_KEY);
        let theirs = scoped_key(Some("lao-cai/2024"), AUTOSAVE_KEY);
        assert_eq!(theirs, "ntm-planner/data/lao-cai%2F2024/autosave/v1");
        assert_eq!(
            unscoped_key(Some("lao-cai/2024"), &theirs).as_deref(),
            Some(AUTOSAVE_KEY)
        );
        // Neither sees the other's work.
        assert_eq!(unscoped_key(None, &theirs), None);
        assert_eq!(unscoped_key(Some("lao-cai/2024"), AUTOSAVE_KEY), None);
        assert_eq!(unscoped_key(Some("other"), &theirs), None);
        // The language and the data are the browser's.
        for key in [crate::storage::lang::LANG_KEY, DATASET_KEY] {
            assert_eq!(scoped_key(Some("x"), key), key);
            assert_eq!(unscoped_key(Some("x"), key).as_deref(), Some(key));
        }
    }
}
