//! The share link: the whole scenario and the view in the URL fragment (`#s=…`), written with
//! the model's versioned link codec (`ntm_model::codec::link`) and read back through it.
//!
//! This module only decides what counts as "no link" and talks to the address bar; the
//! format, its limits and its checks belong to the model. Reading never panics: anything the
//! codec refuses is a `LinkError` and the caller shows the defaults with a message.

use ntm_model::codec::link::{self, DataDiffers, Decoded, LinkError};
use ntm_model::{Dataset, Scenario};

use crate::state::view::ViewState;

/// The link in `fragment` (with or without `#`): `None` when there is none (an empty
/// fragment), else what the codec makes of it.
pub fn read_link(fragment: &str, ds: &Dataset) -> Option<Result<Decoded, LinkError>> {
    let f = fragment.trim();
    let f = f.strip_prefix('#').unwrap_or(f);
    if f.is_empty() {
        return None;
    }
    Some(link::decode(f, ds))
}

/// Whether the link in `fragment` was made on `ds`: `Some(false)` when it was made for another
/// dataset or, carrying a mark of its data, on other data under `ds`'s id and version;
/// `Some(true)` when it reads with `ds` otherwise (another version of it included: that is
/// noted, not another province's data); `None` without a link or with one that cannot be read.
pub fn made_on(fragment: &str, ds: &Dataset) -> Option<bool> {
    match read_link(fragment, ds)? {
        Ok(d) => Some(d.data_differs != Some(DataDiffers::Content)),
        Err(LinkError::OtherDataset(_)) => Some(false),
        Err(_) => None,
    }
}

/// The fragment (without `#`) for `scenario` shown as `view` (the criteria matrix's filters
/// and sorts too, when they are not as it opens), carrying its `name` if it has one.
pub fn fragment(
    scenario: &Scenario,
    view: &ViewState,
    name: Option<&str>,
    ds: &Dataset,
) -> Result<String, LinkError> {
    let matrix = crate::state::matrix_link::to_wire(&view.matrix, ds);
    let payload = link::encode_with_matrix(scenario, &view.to_wire(ds), Some(&matrix), name, ds)?;
    Ok(link::fragment_of(&payload))
}

/// The current fragment, or `""` if the browser will not say.
#[cfg(target_arch = "wasm32")]
pub fn read() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (the back button keeps working, and
/// `replaceState` fires no `hashchange`, so the app does not re-read its own link), keeping
/// the entry's state.
#[cfg(target_arch = "wasm32")]
pub fn write(fragment: &str) {
    let url = format!("#{fragment}");
    if read() == url {
        return;
    }
    let history = gloo::utils::window().history();
    // The entry keeps its state: which screen it is (`screen_history`).
    let replaced = history.and_then(|h| {
        let state = h.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        h.replace_state_with_url(&state, "", Some(&url))
    });
    if replaced.is_err() {
        // Sandboxed iframes can refuse; the app still works, only the link is stale.
        gloo::console::warn!("could not update the address bar");
    }
}

/// Leaves the link behind for a new page of work (another dataset): the address without a
/// fragment, as a new history entry, so Back brings the link back. Pushing fires no
/// `hashchange`.
#[cfg(target_arch = "wasm32")]
pub fn leave() {
    if read().trim_start_matches('#').is_empty() {
        return;
    }
    let location = gloo::utils::window().location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let pushed = gloo::utils::window()
        .history()
        .and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    if pushed.is_err() {
        gloo::console::warn!("could not update the address bar");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::criteria_logic::matrix::{MatrixView, SortBy, Units, ViewAction};
    use crate::i18n::Lang;
    use crate::state::view::{LeverScope, ResultsTab, ScenarioTab};
    use base64::Engine;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("the embedded dataset loads")
    }

    fn b64(bytes: &[u8]) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    }

    #[test]
    fn no_fragment_is_no_link() {
        let ds = ds();
        for f in ["", "#", "  ", "# "] {
            assert!(read_link(f, &ds).is_none(), "{f:?}");
        }
    }

    #[test]
    fn every_kind_of_bad_link_is_a_link_error_not_a_panic() {
        let ds = ds();
        let newer = b64(&[0, 7, 1, 2, 3]);
        let huge = format!("#s={}", "A".repeat(20_000));
        type Expect = fn(&LinkError) -> bool;
        let cases: Vec<(String, Expect)> = vec![
            ("#budget=150".into(), |e| matches!(e, LinkError::Empty)),
            ("#s=".into(), |e| matches!(e, LinkError::Empty)),
            // Nothing left once a sentence's trailing punctuation is dropped: still damaged.
            ("#s=%%%".into(), |e| matches!(e, LinkError::NotBase64)),
            ("#s=.".into(), |e| matches!(e, LinkError::NotBase64)),
            ("#s=<script>alert(1)</script>".into(), |e| {
                matches!(e, LinkError::NotBase64)
            }),
            ("#s=AAAA".into(), |e| matches!(e, LinkError::Corrupted)),
            (format!("#s={newer}"), |e| matches!(e, LinkError::Newer)),
            (huge, |e| matches!(e, LinkError::TooLong(_))),
        ];
        for (fragment, want) in cases {
            match read_link(&fragment, &ds) {
                Some(Err(e)) => assert!(want(&e), "{fragment:.40}: {e:?}"),
                other => panic!("{fragment:.40}: {other:?}"),
            }
        }
    }

    #[test]
    fn scenario_and_view_survive_the_round_trip() {
        let ds = ds();
        let mut sc = Scenario::defaults(&ds);
        sc.budget.scale_pct = 150.0;
        sc.communes.insert(
            ds.communes[3].code.clone(),
            ntm_model::scenario::UnitLevers {
                leadership: Some(0.9),
                ..Default::default()
            },
        );
        let view = ViewState {
            lang: Lang::En,
            scenario_tab: ScenarioTab::Assumptions,
            results_tab: ResultsTab::Criteria,
            lever_scope: LeverScope::District,
            chart: 3,
            year: Some(2023),
            district: Some(2),
            commune: Some(3),
            detail_open: true,
            matrix: MatrixView::default(),
        };
        let f = fragment(&sc, &view, None, &ds).expect("encodes");
        assert!(f.starts_with("s="), "{f}");
        let decoded = read_link(&format!("#{f}"), &ds)
            .expect("a link")
            .expect("decodes");
        assert_eq!(decoded.scenario, sc);
        assert_eq!(decoded.matrix, None, "a matrix as it opens adds nothing");
        assert_eq!(ViewState::from_wire(&decoded.view, &ds), view);
        // The matrix's filters and sorts travel too, and come back as they were.
        let matrix = MatrixView::default()
            .apply(ViewAction::ShowUnits(Units::Villages))
            .and_then(|m| m.apply(ViewAction::District(Some(2))))
            .and_then(|m| m.apply(ViewAction::Search("xóm".into())))
            .and_then(|m| m.apply(ViewAction::SortBy(SortBy::Standard)))
            .expect("changes");
        let view = ViewState { matrix, ..view };
        let f = fragment(&sc, &view, None, &ds).expect("encodes");
        let decoded = read_link(&f, &ds).expect("a link").expect("decodes");
        assert_eq!(
            ViewState::from_link(&decoded.view, decoded.matrix.as_ref(), &ds),
            view
        );
    }
}
