//! Back and Forward between the page's screens. Each screen the planner opens, and each
//! presentation started, is a history entry of its own, so the browser's Back (or a mouse's
//! back button) returns to the screen before — out of a presentation to its storyboard, from
//! the comparison to the workspace — instead of leaving the app; a reload comes back to the
//! same screen. Back changes the screen only: never the scenario, the levers or the view.
//!
//! Only the current entry carries the work's link (`url_state::write` keeps it current while
//! keeping the entry's state). An entry left behind keeps the address without its fragment, so
//! Back never brings an older link, which the page would open over the work (and a reload of
//! it would load). On arrival the page writes the work's link back at once, and the
//! `hashchange` the step fires is then out of date and ignored (`is_stale_hashchange`).
//!
//! An entry is this page's when its state names this page's data (`key`): an entry of other
//! data (Back after another dataset was loaded) is left to the link handling, as before.
//!
//! An entry reached after a reload belongs to a document that is gone, so the browser loads
//! its address as a new page: without a link (or with one out of date). The tab's work link is
//! therefore also kept in the tab's session storage, and a page opening on one of its own
//! entries opens that link rather than the address's (`remembered_link`).

use crate::state::stage::Screen;

/// What a history entry of the page holds: the screen, and whether a presentation ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub screen: Screen,
    pub presenting: bool,
}

/// Marks a history state as the page's.
const TAG: &str = "ntm-screen";

/// The history state of `entry` on the page of data `key`.
pub fn encode(key: &str, entry: Entry) -> String {
    format!(
        "{TAG}|{key}|{}|{}",
        entry.screen.slug(),
        u8::from(entry.presenting)
    )
}

/// The history state of a presenting `entry` on slide `slide` (0-based): a reload mid-
/// presentation starts again there, as Escape's does.
pub fn encode_at_slide(key: &str, entry: Entry, slide: usize) -> String {
    format!("{}|{slide}", encode(key, entry))
}

/// The entry a history state holds, when it is the page's on data `key`; `None` for another
/// page's state, another dataset's, none, or anything unreadable.
pub fn decode(key: &str, state: &str) -> Option<Entry> {
    decode_with_slide(key, state).map(|(entry, _)| entry)
}

/// [`decode`], with the slide a presenting entry was on, if it says.
pub fn decode_with_slide(key: &str, state: &str) -> Option<(Entry, Option<usize>)> {
    let mut parts = state.split('|');
    if parts.next()? != TAG || parts.next()? != key {
        return None;
    }
    let slug = parts.next()?;
    let screen = Screen::ALL.into_iter().find(|s| s.slug() == slug)?;
    let presenting = match parts.next()? {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    let slide = match parts.next() {
        None => None,
        Some(n) => Some(n.parse().ok()?),
    };
    parts
        .next()
        .is_none()
        .then_some((Entry { screen, presenting }, slide))
}

/// What the history does when the page's screen becomes `now`, the current entry holding
/// `entry` (`None`: not the page's yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The entry already says so (the page arrived here by Back or Forward, or nothing moved).
    Nothing,
    /// The current entry is marked as this screen (the page's first entry, or a reload).
    Mark,
    /// A new entry for the new screen.
    Push,
    /// A presentation ended by Escape: its entry is left, Back-wise, for the storyboard's
    /// before it, so that Back from the storyboard does not "return" to the same storyboard.
    Back,
}

/// `presented_here`: the presentation of a presenting entry ran in this document. Otherwise
/// (a reload during a presentation) the entry before it belongs to a document that is gone,
/// and Back would load it as a new page: the entry is marked instead.
pub fn step(entry: Option<Entry>, now: Entry, presented_here: bool) -> Step {
    match entry {
        Some(e) if e == now => Step::Nothing,
        None => Step::Mark,
        Some(e) if e.presenting && !now.presenting && e.screen == now.screen => {
            if presented_here {
                Step::Back
            } else {
                Step::Mark
            }
        }
        Some(_) => Step::Push,
    }
}

/// The screen a reload or Back shows for `entry`: a presentation is not started again (it
/// needs the presenter's click for full screen), its storyboard shows.
pub fn shown(entry: Entry) -> Screen {
    if entry.presenting {
        Screen::Storyboard
    } else {
        entry.screen
    }
}

/// A `hashchange` is out of date when the address no longer holds the URL it went to: the
/// page has written the work's link back since (after Back or Forward brought an entry whose
/// address has none). Opening it would open no link over the work.
pub fn is_stale_hashchange(new_url: &str, address: &str) -> bool {
    new_url != address
}

#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsValue;

    /// The current entry's state, if it is a string (the page's states are).
    pub fn current_state() -> Option<String> {
        gloo::utils::window()
            .history()
            .ok()?
            .state()
            .ok()?
            .as_string()
    }

    /// The current entry, when it is the page's on data `key`.
    pub fn current_entry(key: &str) -> Option<super::Entry> {
        super::decode(key, &current_state()?)
    }

    /// The address without its fragment.
    fn bare_address() -> String {
        let location = gloo::utils::window().location();
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    }

    /// Marks the current entry with `state`, its address unchanged.
    pub fn mark(state: &str) {
        let done = gloo::utils::window()
            .history()
            .and_then(|h| h.replace_state(&JsValue::from_str(state), ""));
        if done.is_err() {
            gloo::console::warn!("could not mark the history entry");
        }
    }

    /// A new entry holding `state` and the current address; the entry left keeps the address
    /// without its link (see the module's note).
    pub fn push(state: &str) {
        let Ok(history) = gloo::utils::window().history() else {
            return;
        };
        let address = gloo::utils::window().location().href().unwrap_or_default();
        let left = history.state().unwrap_or(JsValue::NULL);
        if history
            .replace_state_with_url(&left, "", Some(&bare_address()))
            .is_err()
        {
            // Sandboxed frames can refuse: Back leaves the page, as before.
            gloo::console::warn!("could not add a history entry");
            return;
        }
        if history
            .push_state_with_url(&JsValue::from_str(state), "", Some(&address))
            .is_err()
        {
            // Refused (a browser's limit on history calls): the link goes back where it was.
            let _ = history.replace_state_with_url(&left, "", Some(&address));
            gloo::console::warn!("could not add a history entry");
        }
    }

    fn session() -> Option<web_sys::Storage> {
        gloo::utils::window().session_storage().ok().flatten()
    }

    fn link_key(key: &str) -> String {
        format!("ntm-planner/tab-link/{key}")
    }

    /// Keeps `link` (with its `#`) as this tab's work link on data `key`.
    pub fn remember_link(key: &str, link: &str) {
        if let Some(storage) = session() {
            // Full or refused: the address still holds the link; only a reload across
            // entries loses it.
            let _ = storage.set_item(&link_key(key), link);
        }
    }

    /// This tab's work link on data `key`, if one is kept.
    pub fn remembered_link(key: &str) -> Option<String> {
        session()?
            .get_item(&link_key(key))
            .ok()
            .flatten()
            .filter(|l| !l.trim_start_matches('#').is_empty())
    }

    /// The browser's Back.
    pub fn back() {
        if let Ok(history) = gloo::utils::window().history() {
            let _ = history.back();
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const KEY: &str = "3fa9-false";

    fn entry(screen: Screen, presenting: bool) -> Entry {
        Entry { screen, presenting }
    }

    #[test]
    fn every_entry_reads_back_on_its_own_data_only() {
        for screen in Screen::ALL {
            for presenting in [false, true] {
                let e = entry(screen, presenting);
                let state = encode(KEY, e);
                assert_eq!(decode(KEY, &state), Some(e), "{state}");
                assert_eq!(decode("77-true", &state), None, "{state}");
            }
        }
        for other in [
            "",
            "ntm-screen",
            "ntm-screen|3fa9-false",
            "ntm-screen|3fa9-false|elsewhere|0",
            "ntm-screen|3fa9-false|compare|2",
            "ntm-screen|3fa9-false|compare|0|more",
            "ntm-screen|3fa9-false|present|1|4|5",
            "other|3fa9-false|compare|0",
        ] {
            assert_eq!(decode(KEY, other), None, "{other}");
        }
        // A presentation's entry says its slide, and still reads as its entry.
        let presenting = entry(Screen::Storyboard, true);
        let state = encode_at_slide(KEY, presenting, 8);
        assert_eq!(decode_with_slide(KEY, &state), Some((presenting, Some(8))));
        assert_eq!(decode(KEY, &state), Some(presenting));
        assert_eq!(
            decode_with_slide(KEY, &encode(KEY, presenting)),
            Some((presenting, None))
        );
    }

    #[test]
    fn a_new_screen_is_a_new_entry_and_an_ended_presentation_goes_back_to_its_storyboard() {
        let workspace = entry(Screen::Workspace, false);
        let compare = entry(Screen::Compare, false);
        let storyboard = entry(Screen::Storyboard, false);
        let presenting = entry(Screen::Storyboard, true);
        assert_eq!(step(None, workspace, false), Step::Mark);
        assert_eq!(step(None, compare, false), Step::Mark);
        assert_eq!(step(Some(workspace), workspace, false), Step::Nothing);
        assert_eq!(step(Some(workspace), compare, false), Step::Push);
        assert_eq!(step(Some(storyboard), presenting, false), Step::Push);
        assert_eq!(step(Some(presenting), storyboard, true), Step::Back);
        // A presentation reloaded: the entry before belongs to a document gone; marked.
        assert_eq!(step(Some(presenting), storyboard, false), Step::Mark);
        // Leaving a presentation for another screen at once is a new entry, not Back.
        assert_eq!(step(Some(presenting), workspace, true), Step::Push);
        assert_eq!(shown(presenting), Screen::Storyboard);
        assert_eq!(shown(compare), Screen::Compare);
    }

    #[test]
    fn a_hashchange_is_stale_once_the_link_is_written_back() {
        let bare = "http://127.0.0.1:8080/";
        let linked = "http://127.0.0.1:8080/#s=AbC";
        assert!(is_stale_hashchange(bare, linked));
        assert!(!is_stale_hashchange(linked, linked));
    }
}
