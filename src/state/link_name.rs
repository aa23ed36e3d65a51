//! The names share links (and scenario files) gave the scenarios they opened. A colleague who
//! opens the link sees the scenario under the name the sender saved it as (in the report, the
//! slides, the save form), for as long as it is that scenario; the link the page writes
//! carries the name on. The page keeps the names of the last few scenarios opened so, looked
//! up by the scenario: opening a file by mistake and taking it back names the link's scenario
//! again (one name kept, the file's had replaced the link's for good).

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

/// Names kept: more scenarios opened on one page than this is not a working session.
const KEPT: usize = 16;

/// The names links and files gave the scenarios they opened on this page, latest last.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkNames(Vec<LinkName>);

impl LinkNames {
    /// The name the latest link or file gave `scenario`, if any.
    pub fn naming(&self, scenario: &Scenario) -> Option<&str> {
        self.0.iter().rev().find_map(|l| l.naming(scenario))
    }

    /// What a link or a file just said of `scenario`: its name, or (`None`) that it has none,
    /// which forgets a name given it before (a link without a name leaves none behind).
    pub fn opened(&mut self, scenario: &Scenario, name: Option<LinkName>) {
        self.0.retain(|l| *l.scenario != *scenario);
        self.0.extend(name);
        if self.0.len() > KEPT {
            self.0.remove(0);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn scenario(pct: f64) -> Scenario {
        let ds = ntm_model::Dataset::caobang_2020().expect("dataset");
        let mut sc = Scenario::defaults(&ds);
        sc.budget.scale_pct = pct;
        sc
    }

    #[test]
    fn each_scenario_keeps_the_latest_name_given_it_and_a_nameless_opening_forgets_it() {
        let (a, b) = (scenario(110.0), scenario(120.0));
        let mut names = LinkNames::default();
        names.opened(&a, LinkName::given("A", a.clone()));
        names.opened(&b, LinkName::given("B", b.clone()));
        assert_eq!(names.naming(&a), Some("A"));
        assert_eq!(names.naming(&b), Some("B"));
        names.opened(&a, LinkName::given("A2", a.clone()));
        assert_eq!(names.naming(&a), Some("A2"));
        names.opened(&a, None);
        assert_eq!(names.naming(&a), None);
        assert_eq!(names.naming(&b), Some("B"));
        // The oldest go first.
        for i in 0..KEPT {
            let sc = scenario(200.0 + i as f64);
            names.opened(&sc, LinkName::given("x", sc.clone()));
        }
        assert_eq!(names.naming(&b), None);
        assert_eq!(
            names.naming(&scenario(200.0 + (KEPT - 1) as f64)),
            Some("x")
        );
    }
}
