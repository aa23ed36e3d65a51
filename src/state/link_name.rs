//! The name a share link (or a scenario file) gave the scenario it opened. A colleague who
//! opens the link sees the scenario under the name the sender saved it as (in the report, the
//! slides, the save form), for as long as it is that scenario; the link the page writes
//! carries the name on.

use std::rc::Rc;

use ntm_model::codec::link::Decoded;
use ntm_model::Scenario;

/// A name and the scenario it names.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkName {
    pub name: String,
    pub scenario: Rc<Scenario>,
}

impl LinkName {
    /// The name `link` carries, for its scenario (`None` for a link without one).
    pub fn of(link: &Decoded) -> Option<LinkName> {
        link.name.as_ref().map(|name| LinkName {
            name: name.clone(),
            scenario: Rc::new(link.scenario.clone()),
        })
    }

    /// `name` (trimmed) for `scenario`; `None` when it is empty.
    pub fn given(name: &str, scenario: Scenario) -> Option<LinkName> {
        let name = name.trim();
        (!name.is_empty()).then(|| LinkName {
            name: name.to_string(),
            scenario: Rc::new(scenario),
        })
    }

    /// The name, if `scenario` is still the one the link opened.
    pub fn naming(&self, scenario: &Scenario) -> Option<&str> {
        (*self.scenario == *scenario).then_some(self.name.as_str())
    }
}
