//! Serialized forms of a scenario: the JSON file a planner exports and imports, and the share
//! link. Each is a versioned boundary type converted to and from the model's [`Scenario`]; the
//! model's types stay free to change, old files and links keep working.
//!
//! [`Scenario`]: crate::Scenario

pub mod file;
pub mod json_error;
pub mod link;
pub mod wire;
