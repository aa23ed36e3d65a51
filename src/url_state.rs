//! The share link: the current scenario written into the URL fragment (`#budget=150`).
//!
//! Deliberately small and isolated: a later issue replaces the text format with a versioned
//! binary codec, and only this module (plus the `OpenLink` path in `state`) should change then.
//! Parsing never panics: anything unexpected is a `LinkError`, and the caller falls back to
//! the defaults. The browser calls (`read`, `write`) are the only wasm-only part.

use ntm_model::Scenario;

use crate::state::{BUDGET_SCALE_MAX, BUDGET_SCALE_MIN};

/// Longest fragment we look at; a share link is a few dozen characters.
const MAX_FRAGMENT_LEN: usize = 2048;

/// Why a link could not be read. Held in the app state and shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong,
    /// A part that is not `key=value`, or a key this version does not know.
    UnknownPart(String),
    /// A value that is not a number, or outside the lever's range.
    BadValue(String),
}

/// The fragment (without `#`) for `scenario`.
pub fn encode(scenario: &Scenario) -> String {
    format!("budget={}", scenario.budget.scale_pct)
}

/// The scenario a fragment describes, starting from `defaults`. An empty fragment is the
/// default scenario; a leading `#` is ignored.
pub fn decode(fragment: &str, defaults: &Scenario) -> Result<Scenario, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT_LEN {
        return Err(LinkError::TooLong);
    }
    let mut scenario = defaults.clone();
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some(("budget", value)) => scenario.budget.scale_pct = budget_scale(value)?,
            _ => return Err(LinkError::UnknownPart(shorten(part))),
        }
    }
    Ok(scenario)
}

fn budget_scale(value: &str) -> Result<f64, LinkError> {
    match value.parse::<f64>() {
        Ok(x) if (BUDGET_SCALE_MIN..=BUDGET_SCALE_MAX).contains(&x) => Ok(x),
        _ => Err(LinkError::BadValue(shorten(value))),
    }
}

/// Error text quotes at most a few characters of what the user pasted.
fn shorten(s: &str) -> String {
    s.chars().take(40).collect()
}

/// The current fragment, or `""` if the browser will not say.
#[cfg(target_arch = "wasm32")]
pub fn read() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (the back button keeps working).
#[cfg(target_arch = "wasm32")]
pub fn write(fragment: &str) {
    let url = format!("#{fragment}");
    let history = gloo::utils::window().history();
    let replaced = history
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    if replaced.is_err() {
        // Sandboxed iframes can refuse; the app still works, only the link is stale.
        gloo::console::warn!("could not update the address bar");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::{Dataset, Scenario};

    fn defaults() -> Scenario {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        Scenario::defaults(&ds)
    }

    fn with_budget(pct: f64) -> Scenario {
        let mut sc = defaults();
        sc.budget.scale_pct = pct;
        sc
    }

    #[test]
    fn decodes_like_the_table_says() {
        let bad = |s: &str| LinkError::BadValue(s.to_string());
        let unknown = |s: &str| LinkError::UnknownPart(s.to_string());
        let cases: [(&str, Result<Scenario, LinkError>); 11] = [
            ("", Ok(defaults())),
            ("#", Ok(defaults())),
            ("#budget=150", Ok(with_budget(150.0))),
            ("budget=0", Ok(with_budget(0.0))),
            ("#budget=300", Ok(with_budget(300.0))),
            ("#budget=87.5", Ok(with_budget(87.5))),
            ("#budget=301", Err(bad("301"))),
            ("#budget=abc", Err(bad("abc"))),
            ("#budget=NaN", Err(bad("NaN"))),
            ("#%%%garbage", Err(unknown("%%%garbage"))),
            ("#seed=1", Err(unknown("seed=1"))),
        ];
        for (fragment, want) in cases {
            assert_eq!(decode(fragment, &defaults()), want, "{fragment:?}");
        }
    }

    #[test]
    fn an_absurdly_long_fragment_is_refused_not_parsed() {
        let long = "budget=1&".repeat(1000);
        assert_eq!(decode(&long, &defaults()), Err(LinkError::TooLong));
    }

    #[test]
    fn encode_then_decode_gives_the_scenario_back() {
        for pct in [0.0, 5.0, 100.0, 137.0, 300.0] {
            let sc = with_budget(pct);
            assert_eq!(decode(&encode(&sc), &defaults()), Ok(sc));
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "=",
            "&&&",
            "budget",
            "budget=",
            "budget==1",
            "ü=ü",
            "#budget=1e400",
        ] {
            let _ = decode(s, &defaults());
        }
    }
}
