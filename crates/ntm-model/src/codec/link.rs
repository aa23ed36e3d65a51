//! Share links (placeholder until the link codec lands; see issue 5).

use crate::dataset::Dataset;
use crate::scenario::Scenario;

/// A decoded link.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The scenario.
    pub scenario: Scenario,
}

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct LinkError(pub String);

/// Decodes a link.
pub fn decode(_link: &str, _ds: &Dataset) -> Result<Decoded, LinkError> {
    Err(LinkError(
        "share links are not supported by this build yet".into(),
    ))
}
