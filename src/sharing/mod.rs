//! What leaves the app and what comes back in, decided without a browser: the share link's
//! full address and its QR code (`qr`), file names for downloads (`file_name`), reading a
//! scenario file someone chose (`import`), a refused file's or link's problems named by their
//! levers (`problems`), the short description of a scenario shown beside
//! a QR code and in the library (`summary`), and when a scenario was saved (`when`).
//!
//! Pure Rust, tested natively. The components in `components/share`, `components/library` and
//! `components/exports` do the clicking, reading and downloading; the formats themselves
//! belong to the model (`ntm_model::codec`, `ntm_model::export`).

pub mod file_name;
pub mod import;
pub mod problems;
pub mod qr;
pub mod summary;
pub mod when;

/// The full share address: `href` (the page's current address) with its fragment replaced by
/// `#{fragment}`, so the dialog shows the same link as the address bar.
pub fn share_url(href: &str, fragment: &str) -> String {
    let base = href.split_once('#').map_or(href, |(base, _)| base);
    format!("{base}#{fragment}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_fragment_replaces_whatever_the_address_had() {
        for (href, want) in [
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/#s=AB"),
            (
                "http://127.0.0.1:8080/#s=old",
                "http://127.0.0.1:8080/#s=AB",
            ),
            ("https://x.vn/ntm/?a=1#", "https://x.vn/ntm/?a=1#s=AB"),
        ] {
            assert_eq!(share_url(href, "s=AB"), want, "{href}");
        }
    }

    /// The link's length decides the QR code's density: the codec keeps a typical
    /// province-level scenario with a few commune overrides under 300 characters.
    #[test]
    fn share_links_stay_short_enough_for_a_qr_code() {
        use crate::i18n::Lang;
        use crate::state::view::ViewState;
        use ntm_model::scenario::{AllocationRule, UnitLevers};
        use ntm_model::{Dataset, Scenario};

        let ds = Dataset::caobang_2020().unwrap();
        let defaults = Scenario::defaults(&ds);
        let mut typical = defaults.clone();
        typical.budget.scale_pct = 150.0;
        typical.allocation.rule = AllocationRule::NearestFirst;
        typical.training.per_year[0].vocational = 30.0;
        typical.districts.insert(
            ds.districts[2].code.clone(),
            UnitLevers {
                leadership: Some(0.9),
                training_scale: Some(2.0),
                ..Default::default()
            },
        );
        for (i, c) in ds.communes.iter().take(3).enumerate() {
            typical.communes.insert(
                c.code.clone(),
                UnitLevers {
                    campaigns: Some(2.0 + i as f64),
                    support_unit: Some(true),
                    ..Default::default()
                },
            );
        }
        let view = ViewState {
            lang: Lang::En,
            chart: 2,
            year: Some(2023),
            ..ViewState::default()
        };
        let base = "https://ntm.caobang.gov.vn/planner/";
        // A name as planners write one: its diacritics cost two or three bytes a letter.
        let name = Some("Tăng đào tạo cán bộ xã – các huyện biên giới 2022");
        for (what, sc, view, name, max) in [
            ("default", &defaults, ViewState::default(), None, 80),
            ("typical", &typical, view.clone(), None, 300),
            ("typical, named", &typical, view, name, 420),
        ] {
            let f = crate::url_state::fragment(sc, &view, name, &ds).unwrap();
            let url = share_url(base, &f);
            eprintln!(
                "{what}: fragment {} characters, {url} ({} characters)",
                f.len() + 1,
                url.len()
            );
            assert!(f.len() < max, "{what}: {} characters", f.len());
            assert!(qr::qr_svg(&url).is_ok());
        }
    }
}
