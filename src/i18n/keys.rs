//! Keyboard shortcuts as the planner's keyboard labels them: the messages say "Ctrl+Z",
//! "Ctrl+Y", "Ctrl+C"; on a Mac (or an iPad with a keyboard) the keys are ⌘Z, ⌘⇧Z and ⌘C,
//! which the page's key handlers accept too, so the tooltips say those instead.

use std::borrow::Cow;

/// The same text with each shortcut in the platform's own labels.
pub fn for_platform(text: &str) -> Cow<'_, str> {
    if on_mac() {
        Cow::Owned(mac_labels(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// The Mac's labels: redo is ⌘⇧Z there (⌘Y is the history of some browsers).
fn mac_labels(text: &str) -> String {
    text.replace("Ctrl+Y", "⌘⇧Z").replace("Ctrl+", "⌘")
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static ON_MAC: bool = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|ua| ua.contains("Mac"));
}

#[cfg(target_arch = "wasm32")]
fn on_mac() -> bool {
    ON_MAC.with(|m| *m)
}

/// Natively (the model's tests) there is no keyboard to label.
#[cfg(not(target_arch = "wasm32"))]
fn on_mac() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mac_labels_name_the_command_key_and_its_redo() {
        assert_eq!(
            mac_labels("Hoàn tác (Ctrl+Z), trở lại: x; Làm lại (Ctrl+Y); Ctrl+C."),
            "Hoàn tác (⌘Z), trở lại: x; Làm lại (⌘⇧Z); ⌘C."
        );
        assert_eq!(mac_labels("no keys"), "no keys");
    }
}
