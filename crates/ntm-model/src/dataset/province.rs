//! The province file (`province.json`): identity, base date, which criteria set applies from
//! which year, districts, the default budget plan and the official targets.

use crate::scenario::Source;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A criteria set in force from a year on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetFromYear {
    /// First year (inclusive) in which the set applies.
    pub from_year: u16,
    /// The set's id in the criteria catalogue.
    pub set: String,
}

/// A district-level unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct District {
    /// GSO district code (3 digits, as text).
    pub code: String,
    /// Name without the type prefix.
    pub name: String,
    /// `city` or `district`.
    pub kind: String,
    /// Whether the district lies on the border (the six districts of the 1385 scope).
    pub border: bool,
}

impl District {
    /// The name as a reader of `lang` says it: the data's name in Vietnamese; in English a
    /// city's "Thành phố X" (the one name that keeps its type) reads "X City". District names
    /// are proper names and stay as they are.
    pub fn name_in(&self, lang: crate::format::Lang) -> std::borrow::Cow<'_, str> {
        match (lang, self.name.strip_prefix("Thành phố ")) {
            (crate::format::Lang::En, Some(rest)) if self.kind == "city" => {
                format!("{rest} City").into()
            }
            _ => self.name.as_str().into(),
        }
    }
}

/// One source's default plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetLineDefault {
    /// Billion VND per year from the base year on; later years repeat the last value.
    pub per_year: Vec<f64>,
    /// Where the figure comes from, in Vietnamese.
    pub basis_vi: String,
    /// The same in English.
    pub basis: String,
}

/// The default budget plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetDefaults {
    /// What the figures are.
    pub about: String,
    /// One line per source.
    pub lines: BTreeMap<Source, BudgetLineDefault>,
}

/// Whether a target is a floor or a ceiling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetOp {
    /// The result must be at least the value.
    AtLeast,
    /// The result must be at most the value.
    AtMost,
}

/// An official target, as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// Stable id.
    pub id: String,
    /// The result series it is checked against (a key of `results::Metric`).
    pub metric: crate::results::Metric,
    /// The year by whose end it must hold.
    pub year: u16,
    /// Floor or ceiling.
    pub op: TargetOp,
    /// The value.
    pub value: f64,
    /// When true, the value is added to the base-year figure (e.g. "2 more communes").
    pub relative_to_base: bool,
    /// When true, the target counts every village (xóm) of the province, and is assessed only
    /// when the dataset holds every one ([`Province::villages_complete`]): over the Decision
    /// 1385 scope's villages alone, "30 % of all xóm" would be the scope's 60 % target with a
    /// lower bar, and read as met.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub every_village: bool,
    /// Vietnamese wording.
    pub name_vi: String,
    /// English wording.
    pub name_en: String,
    /// Where the target comes from, in Vietnamese.
    pub source_vi: String,
    /// The same in English.
    pub source: String,
}

/// Everything in `province.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Province {
    /// Stable dataset id (travels in share links).
    pub id: String,
    /// Dataset version (bumped whenever the data changes).
    pub version: u32,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// The year of the base state.
    pub base_year: u16,
    /// The date of the base state.
    pub base_date: String,
    /// Share of the base year still to come after the base date (0.5 for mid-year).
    pub first_year_fraction: f64,
    /// True when the criteria status is illustrative.
    pub illustrative: bool,
    /// True when the dataset holds every village (xóm) of the province, not only some (the
    /// Cao Bằng default holds the 294 of the Decision 1385 scope). Targets that count every
    /// village are assessed only then.
    #[serde(default)]
    pub villages_complete: bool,
    /// What is real and what is illustrative, in Vietnamese.
    pub note_vi: String,
    /// The same in English.
    pub note_en: String,
    /// Commune criteria sets and the years they apply from (the scenario can move the switch).
    pub commune_sets: Vec<SetFromYear>,
    /// The village criteria set.
    pub village_set: String,
    /// District-level units.
    pub districts: Vec<District>,
    /// Default plan.
    pub budget: BudgetDefaults,
    /// Scenarios that come with the dataset.
    #[serde(default)]
    pub presets: Vec<Preset>,
    /// Official targets.
    pub targets: Vec<Target>,
}

impl Province {
    /// Where money starts to count: "7/2020" ("Jul 2020" in English) when the base year is
    /// simulated from mid-year (`first_year_fraction` 0.5), else the base year ("2020"). Every
    /// money total of the app and the command-line runner is counted from here.
    pub fn money_start(&self, lang: crate::format::Lang) -> String {
        let fraction = self.first_year_fraction.clamp(0.0, 1.0);
        if fraction < 1.0 {
            // The months simulated are the year's last ones.
            let month = 13 - ((fraction * 12.0).round() as u32).clamp(1, 12);
            crate::format::month_year(month, u32::from(self.base_year), lang)
        } else {
            self.base_year.to_string()
        }
    }

    /// Whether this dataset can assess `target` (see [`Target::every_village`]).
    pub fn assesses(&self, target: &Target) -> bool {
        !target.every_village || self.villages_complete
    }
}

/// A ready-made scenario: the dataset's defaults with some levers changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preset {
    /// Stable id.
    pub id: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// What it does, in Vietnamese.
    pub about_vi: String,
    /// The same in English.
    pub about_en: String,
    /// A JSON merge patch (RFC 7386) over the default scenario's JSON.
    pub changes: serde_json::Value,
}
