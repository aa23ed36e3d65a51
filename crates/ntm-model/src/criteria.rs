//! Criteria sets as data: the national commune sets (2016–2020, 2021–2025) and the
//! illustrative village set, read from `data/criteria.json`.
//!
//! Owns the vocabulary of criteria (names, groups, kinds, thresholds, unit costs, trends and
//! driver weights). It must not know about any province or scenario.

use crate::format::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The criteria file embedded in the binary.
pub const EMBEDDED_CRITERIA_JSON: &str = include_str!("../data/criteria.json");

/// Whether a set applies to communes (xã) or villages (xóm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The 19-criterion commune set.
    Commune,
    /// A province's village (xóm) set.
    Village,
}

/// How a criterion moves in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionKind {
    /// Closed by money (infrastructure and services): progress = effective money / unit cost.
    Investment,
    /// Moved by livelihoods, training and organisation: a yearly trend multiplied by capacity.
    Capacity,
}

/// What multiplies the yearly trend of a capacity criterion. Each driver is a value in [0, 1]
/// computed from the scenario's levers for one commune and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    /// Trained commune cadres (stock relative to the commune's cadre posts).
    Cadres,
    /// Trained village heads and village development board members.
    VillageLeaders,
    /// Vocational trainees relative to the labour force.
    Vocational,
    /// A provincial support unit twinned with the commune.
    Support,
    /// Community participation, raised by communication campaigns.
    Participation,
    /// Leadership priority given by party committees.
    Leadership,
    /// Production and livelihood money per household.
    Livelihood,
}

impl Driver {
    /// Every driver, in a fixed order used by the engine's arrays.
    pub const ALL: [Driver; 7] = [
        Driver::Cadres,
        Driver::VillageLeaders,
        Driver::Vocational,
        Driver::Support,
        Driver::Participation,
        Driver::Leadership,
        Driver::Livelihood,
    ];

    /// Position in [`Driver::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One criterion of a set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// Official number within the set (1-based).
    pub id: u8,
    /// Stable key, shared by the same criterion across sets (e.g. `income`).
    pub key: String,
    /// Group number (1–5 in the national set).
    pub group: u8,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// How the criterion moves.
    pub kind: CriterionKind,
    /// Progress index needed to meet the criterion (1.0 = the 2016–2020 threshold).
    pub threshold: f64,
    /// Investment criteria: billion VND to raise the index by 1.0 at remoteness 0.
    #[serde(default)]
    pub unit_cost: f64,
    /// Capacity criteria: index gained per year before any lever.
    #[serde(default)]
    pub trend: f64,
    /// Capacity criteria: weight of each driver on the trend.
    #[serde(default)]
    pub drivers: BTreeMap<Driver, f64>,
}

/// A named set of criteria (a national decision or a province's village set).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriteriaSet {
    /// Stable identifier, e.g. `commune-2016`.
    pub id: String,
    /// Commune or village set.
    pub level: Level,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// The decision that issued the set, in Vietnamese.
    pub decision_vi: String,
    /// The same in English.
    pub decision_en: String,
    /// True when the set is a stand-in, not an issued one.
    pub illustrative: bool,
    /// The criteria, in official order.
    pub criteria: Vec<Criterion>,
}

impl CriteriaSet {
    /// Number of criteria.
    pub fn len(&self) -> usize {
        self.criteria.len()
    }

    /// True when the set has no criteria (never for a validated catalogue).
    pub fn is_empty(&self) -> bool {
        self.criteria.is_empty()
    }

    /// Indices of the criteria of `kind`, in official order.
    pub fn indices_of(&self, kind: CriterionKind) -> Vec<usize> {
        self.criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == kind)
            .map(|(i, _)| i)
            .collect()
    }
}

/// A criteria group's names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Group number.
    pub id: u8,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
}

/// Every criteria set the model knows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriteriaCatalog {
    /// What the numbers mean and where they come from.
    pub about: String,
    /// Group names.
    pub groups: Vec<Group>,
    /// The sets.
    pub sets: Vec<CriteriaSet>,
}

/// A problem with a criteria file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CriteriaError {
    /// The text is not JSON, or not the shape of a criteria file.
    #[error("not a valid criteria file: {0}")]
    Json(String),
    /// A set breaks a rule.
    #[error("criteria set {set}: {problem}")]
    Invalid {
        /// The set's id.
        set: String,
        /// What is wrong.
        problem: String,
        /// What is wrong, in Vietnamese (the dataset's loader says both).
        problem_vi: String,
    },
}

/// Most criteria a set may have: the engine keeps a set's met flags in a `u32`, and the
/// recorder one more bit beside them (whether every criterion is met).
pub const MAX_CRITERIA: usize = 31;

impl CriteriaCatalog {
    /// The catalogue embedded in the binary.
    pub fn embedded() -> Result<CriteriaCatalog, CriteriaError> {
        Self::from_json(EMBEDDED_CRITERIA_JSON)
    }

    /// Parses and validates a catalogue.
    pub fn from_json(text: &str) -> Result<CriteriaCatalog, CriteriaError> {
        let cat: CriteriaCatalog =
            serde_json::from_str(text).map_err(|e| CriteriaError::Json(e.to_string()))?;
        cat.validate()?;
        Ok(cat)
    }

    fn validate(&self) -> Result<(), CriteriaError> {
        for set in &self.sets {
            let bad = |problem: String, problem_vi: String| CriteriaError::Invalid {
                set: set.id.clone(),
                problem,
                problem_vi,
            };
            let n = set.criteria.len();
            if n == 0 || n > MAX_CRITERIA {
                return Err(bad(
                    format!("has {n} criteria; 1 to {MAX_CRITERIA} allowed"),
                    format!("có {n} tiêu chí; chỉ được từ 1 đến {MAX_CRITERIA}"),
                ));
            }
            for (i, c) in set.criteria.iter().enumerate() {
                let id = c.id;
                if usize::from(id) != i + 1 {
                    return Err(bad(
                        format!("criterion {} is numbered {id}", i + 1),
                        format!("tiêu chí thứ {} lại mang số {id}", i + 1),
                    ));
                }
                if !(c.threshold.is_finite() && c.threshold > 0.0 && c.threshold <= 3.0) {
                    // Up to four decimals, as each language writes them (3,5 in Vietnamese).
                    let t = |lang| {
                        let s = crate::format::number(c.threshold, 4, lang);
                        let point = if lang == Lang::Vi { ',' } else { '.' };
                        match s.contains(point) {
                            true => s.trim_end_matches('0').trim_end_matches(point).to_string(),
                            false => s,
                        }
                    };
                    return Err(bad(
                        format!(
                            "criterion {id} has threshold {} (must be above 0 and at most 3)",
                            t(Lang::En)
                        ),
                        format!(
                            "tiêu chí {id} có ngưỡng {} (cần lớn hơn 0 và không quá 3)",
                            t(Lang::Vi)
                        ),
                    ));
                }
                match c.kind {
                    CriterionKind::Investment
                        if !(c.unit_cost.is_finite() && c.unit_cost > 0.0) =>
                    {
                        return Err(bad(
                            format!("investment criterion {id} needs a positive unit_cost"),
                            format!("tiêu chí đầu tư {id} cần unit_cost (chi phí đơn vị) dương"),
                        ));
                    }
                    CriterionKind::Capacity if !(c.trend.is_finite() && c.trend >= 0.0) => {
                        return Err(bad(
                            format!("capacity criterion {id} needs a trend ≥ 0"),
                            format!("tiêu chí năng lực {id} cần trend (xu hướng) ≥ 0"),
                        ));
                    }
                    _ => {}
                }
                if c.drivers.values().any(|w| !w.is_finite() || *w < 0.0) {
                    return Err(bad(
                        format!("criterion {id} has a negative driver weight"),
                        format!("tiêu chí {id} có trọng số tác động âm"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The set with this id.
    pub fn set(&self, id: &str) -> Option<&CriteriaSet> {
        self.sets.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_has_the_national_sets_and_the_village_set() {
        let cat = CriteriaCatalog::embedded().expect("embedded criteria parse");
        let lens: Vec<(String, usize)> = cat.sets.iter().map(|s| (s.id.clone(), s.len())).collect();
        assert_eq!(
            lens,
            vec![
                ("commune-2016".into(), 19),
                ("commune-2021".into(), 19),
                ("village-illustrative".into(), 15)
            ]
        );
        let old = cat.set("commune-2016").unwrap();
        let new = cat.set("commune-2021").unwrap();
        // Same keys in the same order, and the later set is never looser.
        for (a, b) in old.criteria.iter().zip(&new.criteria) {
            assert_eq!(a.key, b.key);
            assert!(b.threshold >= a.threshold, "{}", a.key);
        }
        assert_eq!(new.criteria[10].name_vi, "Nghèo đa chiều");
    }

    #[test]
    fn soft_criteria_are_capacity_driven() {
        let cat = CriteriaCatalog::embedded().unwrap();
        let set = cat.set("commune-2016").unwrap();
        let soft: Vec<&str> = set
            .indices_of(CriterionKind::Capacity)
            .iter()
            .map(|&i| set.criteria[i].key.as_str())
            .collect();
        assert_eq!(
            soft,
            [
                "income",
                "poverty",
                "employment",
                "production",
                "culture",
                "environment",
                "political"
            ]
        );
    }

    #[test]
    fn rejects_a_set_with_a_gap_in_numbering() {
        let text = EMBEDDED_CRITERIA_JSON.replacen("\"id\": 2,  \"key\"", "\"id\": 7,  \"key\"", 1);
        assert_ne!(text, EMBEDDED_CRITERIA_JSON);
        let err = CriteriaCatalog::from_json(&text).unwrap_err();
        let CriteriaError::Invalid { problem_vi, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(
            err.to_string(),
            "criteria set commune-2016: criterion 2 is numbered 7"
        );
        assert_eq!(problem_vi, "tiêu chí thứ 2 lại mang số 7");
        // A number as each language writes it.
        let text = EMBEDDED_CRITERIA_JSON.replacen("\"threshold\": 1.0", "\"threshold\": 3.5", 1);
        let err = CriteriaCatalog::from_json(&text).unwrap_err();
        let CriteriaError::Invalid { problem_vi, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(
            err.to_string(),
            "criteria set commune-2016: criterion 1 has threshold 3.5 (must be above 0 and at most 3)"
        );
        assert_eq!(
            problem_vi,
            "tiêu chí 1 có ngưỡng 3,5 (cần lớn hơn 0 và không quá 3)"
        );
    }

    #[test]
    fn rejects_broken_json() {
        assert!(matches!(
            CriteriaCatalog::from_json("{"),
            Err(CriteriaError::Json(_))
        ));
    }
}
