//! The language the planner last chose, kept on its own: the autosave (which also holds it)
//! is written only once the scenario is touched, so an English reader who only switched the
//! language came back to Vietnamese, and a damaged link put them back there too.

use super::KeyValue;
use crate::i18n::Lang;

/// Where the choice lives: "vi" or "en" (`Lang::code`).
pub const LANG_KEY: &str = "ntm-planner/lang";

/// The language last chosen on this browser; `None` when never chosen or unreadable (then the
/// page's own default applies: nothing to report, it is only a preference).
pub fn load_lang(store: &impl KeyValue) -> Option<Lang> {
    match store.get(LANG_KEY)?.trim() {
        "vi" => Some(Lang::Vi),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Keeps `lang` as the choice; a storage that refuses loses only this convenience.
pub fn save_lang(store: &mut impl KeyValue, lang: Lang) -> Result<(), String> {
    store.set(LANG_KEY, lang.code())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    #[test]
    fn the_choice_comes_back_and_anything_else_is_no_choice() {
        let mut store = MemoryStore::default();
        assert_eq!(load_lang(&store), None);
        save_lang(&mut store, Lang::En).unwrap();
        assert_eq!(load_lang(&store), Some(Lang::En));
        save_lang(&mut store, Lang::Vi).unwrap();
        assert_eq!(load_lang(&store), Some(Lang::Vi));
        store.entries.insert(LANG_KEY.into(), "fr".into());
        assert_eq!(load_lang(&store), None);
    }
}
