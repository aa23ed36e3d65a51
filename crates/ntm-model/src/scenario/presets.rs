//! The dataset's ready-made scenarios, built by applying each preset's JSON merge patch to the
//! default scenario, then checked like any imported scenario.

use super::Scenario;
use crate::dataset::{Dataset, Preset};
use serde_json::Value;

/// RFC 7386 merge patch: objects merge key by key, `null` removes, anything else replaces.
fn merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

/// A problem with a preset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("preset '{id}': {problem}")]
pub struct PresetError {
    /// The preset's id.
    pub id: String,
    /// What is wrong.
    pub problem: String,
}

/// The scenario of `preset` on `ds`.
pub fn apply(preset: &Preset, ds: &Dataset) -> Result<Scenario, PresetError> {
    let bad = |problem: String| PresetError {
        id: preset.id.clone(),
        problem,
    };
    let mut value = serde_json::to_value(Scenario::defaults(ds)).map_err(|e| bad(e.to_string()))?;
    merge(&mut value, &preset.changes);
    let sc: Scenario = serde_json::from_value(value).map_err(|e| bad(e.to_string()))?;
    let problems = sc.validate(ds);
    if let Some(p) = problems.first() {
        return Err(bad(p.to_string()));
    }
    Ok(sc)
}

/// Every preset of `ds` with its scenario (presets that do not apply are left out; the test
/// suite checks that none does).
pub fn all(ds: &Dataset) -> Vec<(&Preset, Scenario)> {
    ds.province
        .presets
        .iter()
        .filter_map(|p| apply(p, ds).ok().map(|s| (p, s)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::AllocationRule;

    #[test]
    fn every_preset_applies_and_differs_as_described() {
        let ds = Dataset::caobang_2020().unwrap();
        for p in &ds.province.presets {
            apply(p, &ds).unwrap_or_else(|e| panic!("{e}"));
        }
        let all = all(&ds);
        let ids: Vec<&str> = all.iter().map(|(p, _)| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "business_as_usual",
                "plan_2020",
                "nearest_first",
                "poorest_border_first",
                "training_heavy"
            ]
        );
        assert_eq!(all[0].1, Scenario::defaults(&ds));
        assert_eq!(all[1].1.budget.lines.decision_1385[0], 120.0);
        assert_eq!(
            all[1].1.budget.lines.central_ntm,
            Scenario::defaults(&ds).budget.lines.central_ntm
        );
        assert_eq!(all[3].1.allocation.rule, AllocationRule::PoorestBorderFirst);
        assert!(
            all[4].1.training.per_year[0].cadres
                > Scenario::defaults(&ds).training.per_year[0].cadres
        );
    }

    #[test]
    fn merge_patch_follows_rfc_7386() {
        let mut v: Value = serde_json::json!({"a": {"b": 1, "c": 2}, "d": [1, 2]});
        merge(
            &mut v,
            &serde_json::json!({"a": {"b": null, "e": 3}, "d": [9]}),
        );
        assert_eq!(v, serde_json::json!({"a": {"c": 2, "e": 3}, "d": [9]}));
    }
}
