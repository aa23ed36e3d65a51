//! What leaves the app and what comes back in, decided without a browser: the share link's
//! full address and its QR code (`qr`), file names for downloads (`file_name`), reading a
//! scenario file someone chose (`import`), the short description of a scenario shown beside
//! a QR code and in the library (`summary`), and when a scenario was saved (`when`).
//!
//! Pure Rust, tested natively. The components in `components/share`, `components/library` and
//! `components/exports` do the clicking, reading and downloading; the formats themselves
//! belong to the model (`ntm_model::codec`, `ntm_model::export`).

pub mod file_name;
pub mod import;
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
            ("http://127.0.0.1:8080/#s=old", "http://127.0.0.1:8080/#s=AB"),
            ("https://x.vn/ntm/?a=1#", "https://x.vn/ntm/?a=1#s=AB"),
        ] {
            assert_eq!(share_url(href, "s=AB"), want, "{href}");
        }
    }
}
