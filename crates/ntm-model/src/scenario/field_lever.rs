//! Which lever a scenario field is: a refused file or link names its problem by the field's
//! path in the file (`budget.lines.central_ntm[2]`), and the planner, who never saw the file,
//! needs the lever's name as the levers panel says it ("Ngân sách trung ương cho NTM, năm 2022"). This
//! turns the path into a [`LeverPath`]; the app names it.

use super::diff::{LeverPath, TrainingKind, UnitField};
use super::Source;
use crate::dataset::Dataset;
use crate::params::ParamKey;

/// The lever a field is.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldLever {
    /// One lever (a per-year one with its year).
    Lever(LeverPath),
    /// A source's yearly amounts as a whole (`budget.lines.central_ntm`).
    BudgetLine(Source),
    /// The province's training plan as a whole (`training.per_year`).
    TrainingPlan,
    /// The campaigns per year as a whole (`campaigns`).
    CampaignPlan,
}

/// The lever of a problem's `field` (a dotted path, as [`super::ScenarioProblem::field`]
/// holds, inside the scenario), for `ds`, whose base year is the index 0 of per-year lists;
/// `None` for fields that are not levers (the dataset's id) or paths this does not know.
pub fn field_lever(field: &str, ds: &Dataset) -> Option<FieldLever> {
    let base = ds.province.base_year;
    let year = |i: usize| u16::try_from(i).ok().and_then(|i| base.checked_add(i));
    let one = |p: LeverPath| Some(FieldLever::Lever(p));
    let (head, rest) = field.split_once('.').unwrap_or((field, ""));
    match (head, rest) {
        ("seed", "") => one(LeverPath::Seed),
        ("runs", "") => one(LeverPath::Runs),
        ("until", "") => one(LeverPath::Until),
        ("support_units", "") => one(LeverPath::SupportUnits),
        ("leadership", "") => one(LeverPath::Leadership),
        ("budget", "scale_pct") => one(LeverPath::BudgetScale),
        ("budget", lines) => {
            let (key, index) = indexed(lines.strip_prefix("lines.")?)?;
            let source = Source::ALL.into_iter().find(|s| s.key() == key)?;
            match index {
                None => Some(FieldLever::BudgetLine(source)),
                Some(i) => one(LeverPath::BudgetLine(source, year(i)?)),
            }
        }
        ("allocation", "rule") => one(LeverPath::Rule),
        ("allocation", weights) => {
            let code = weights.strip_prefix("custom_weights.")?;
            one(LeverPath::CustomWeight(unit_code(
                code,
                ds.commune_index(code),
            )?))
        }
        ("training", "per_year") => Some(FieldLever::TrainingPlan),
        ("training", plan) => {
            // A year's whole entry of the wrong kind (`per_year[0]`) has no one lever: the
            // plan is named, and its path says which year.
            let (entry, kind) = plan.split_once('.').unwrap_or((plan, ""));
            let (name, index) = indexed(entry)?;
            if name != "per_year" {
                return None;
            }
            if kind.is_empty() {
                return Some(FieldLever::TrainingPlan);
            }
            one(LeverPath::Training(training_kind(kind)?, year(index?)?))
        }
        ("campaigns", "") => Some(FieldLever::CampaignPlan),
        ("policy", "stricter_set_year") => one(LeverPath::StricterSetYear),
        ("policy", "graduation_cliff") => one(LeverPath::GraduationCliff),
        ("policy", "backsliding") => one(LeverPath::Backsliding),
        ("districts", unit) => {
            let (code, name) = unit.split_once('.')?;
            let code = unit_code(code, ds.district_index(code))?;
            one(LeverPath::District(code, unit_field(name)?))
        }
        ("communes", unit) => {
            let (code, name) = unit.split_once('.')?;
            let code = unit_code(code, ds.commune_index(code))?;
            one(LeverPath::Commune(code, unit_field(name)?))
        }
        ("assumptions", "uncertainty") => one(LeverPath::Uncertainty),
        ("assumptions", key) => {
            // The checks name a value `assumptions.<key>`; the reader, by its place in the
            // file, `assumptions.values.<key>` (`codec::file` finds the key, which its path
            // cannot spell).
            let key = key.strip_prefix("values.").unwrap_or(key);
            one(LeverPath::Assumption(ParamKey::from_key(key)?))
        }
        (list, "") => {
            let (name, index) = indexed(list)?;
            match (name, index) {
                ("campaigns", Some(i)) => one(LeverPath::Campaigns(year(i)?)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `name[3]` → (`name`, Some(3)); `name` → (`name`, None).
fn indexed(s: &str) -> Option<(&str, Option<usize>)> {
    match s.split_once('[') {
        None => Some((s, None)),
        Some((name, rest)) => {
            let i = rest.strip_suffix(']')?.parse().ok()?;
            Some((name, Some(i)))
        }
    }
}

/// A unit's code, when `ds` has the unit: a path naming an unknown unit is about the code
/// itself, which no lever's name would say better.
fn unit_code(code: &str, found: Option<usize>) -> Option<String> {
    found.map(|_| code.to_string())
}

fn training_kind(name: &str) -> Option<TrainingKind> {
    TrainingKind::ALL.into_iter().find(|k| k.key() == name)
}

fn unit_field(name: &str) -> Option<UnitField> {
    UnitField::ALL.into_iter().find(|f| f.key() == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("dataset")
    }

    #[test]
    fn every_kind_of_field_the_checks_name_is_its_lever() {
        let ds = ds();
        let commune = ds.communes[0].code.clone();
        let district = ds.districts[0].code.clone();
        let lever = |p| Some(FieldLever::Lever(p));
        let cases = [
            ("runs", lever(LeverPath::Runs)),
            ("budget.scale_pct", lever(LeverPath::BudgetScale)),
            (
                "budget.lines.program_135[2]",
                lever(LeverPath::BudgetLine(Source::Program135, 2022)),
            ),
            (
                "budget.lines.community",
                Some(FieldLever::BudgetLine(Source::Community)),
            ),
            ("training.per_year", Some(FieldLever::TrainingPlan)),
            ("training.per_year[0]", Some(FieldLever::TrainingPlan)),
            (
                "training.per_year[1].vocational",
                lever(LeverPath::Training(TrainingKind::Vocational, 2021)),
            ),
            ("campaigns", Some(FieldLever::CampaignPlan)),
            ("campaigns[0]", lever(LeverPath::Campaigns(2020))),
            (
                "policy.stricter_set_year",
                lever(LeverPath::StricterSetYear),
            ),
            ("allocation.rule", lever(LeverPath::Rule)),
            (
                &format!("allocation.custom_weights.{commune}"),
                lever(LeverPath::CustomWeight(commune.clone())),
            ),
            (
                &format!("communes.{commune}.training.cadres"),
                lever(LeverPath::Commune(
                    commune.clone(),
                    UnitField::Training(TrainingKind::Cadres),
                )),
            ),
            (
                &format!("districts.{district}.fixed_amount"),
                lever(LeverPath::District(
                    district.clone(),
                    UnitField::FixedAmount,
                )),
            ),
            (
                "assumptions.noise",
                lever(LeverPath::Assumption(ParamKey::Noise)),
            ),
            (
                "assumptions.values.noise",
                lever(LeverPath::Assumption(ParamKey::Noise)),
            ),
            ("assumptions.uncertainty", lever(LeverPath::Uncertainty)),
        ];
        for (field, want) in cases {
            assert_eq!(field_lever(field, &ds), want, "{field}");
        }
    }

    #[test]
    fn every_unit_lever_is_named_back_from_its_field() {
        let ds = ds();
        let code = ds.communes[0].code.clone();
        for f in UnitField::ALL {
            let field = format!("communes.{code}.{}", f.key());
            let want = FieldLever::Lever(LeverPath::Commune(code.clone(), f));
            assert_eq!(field_lever(&field, &ds), Some(want), "{field}");
        }
        // The file's own names: a unit's levers serialised hold exactly these keys.
        let all = crate::scenario::UnitLevers {
            excluded: Some(true),
            priority: Some(true),
            budget_weight: Some(1.0),
            fixed_amount: Some(1.0),
            training: Some(crate::scenario::TrainingOverride {
                cadres: Some(1.0),
                village_leaders: Some(1.0),
                vocational: Some(1.0),
            }),
            training_scale: Some(1.0),
            training_from: Some(2021),
            training_until: Some(2022),
            campaigns: Some(1.0),
            support_unit: Some(true),
            leadership: Some(0.5),
        };
        let json = serde_json::to_value(&all).unwrap();
        let mut keys: Vec<String> = Vec::new();
        for (k, v) in json.as_object().unwrap() {
            match v.as_object() {
                Some(inner) => keys.extend(inner.keys().map(|i| format!("{k}.{i}"))),
                None => keys.push(k.clone()),
            }
        }
        let mut named: Vec<String> = UnitField::ALL.iter().map(|f| f.key().to_string()).collect();
        keys.sort();
        named.sort();
        assert_eq!(keys, named);
    }

    #[test]
    fn fields_that_are_not_levers_or_not_known_name_none() {
        let ds = ds();
        for field in [
            "",
            "dataset.id",
            "dataset.version",
            "name",
            "budget.lines.gold[0]",
            "budget.lines.central_ntm[x]",
            "budget.lines.central_ntm[99999999999]",
            "training.per_year[0].pilots",
            "campaigns[1",
            "communes.99999.fixed_amount",
            "communes",
            "assumptions.no_such_thing",
        ] {
            assert_eq!(field_lever(field, &ds), None, "{field}");
        }
    }

    #[test]
    fn the_checks_and_the_reader_name_fields_this_knows() {
        // Every problem the checks find in a bad scenario maps to a lever (the dataset's own
        // fields aside): a new check with a new path fails here. Then the reader's paths, for
        // a list entry, a nested count and an assumption.
        let ds = ds();
        let mut sc = crate::Scenario::defaults(&ds);
        let code = ds.communes[0].code.clone();
        sc.runs = 0;
        sc.budget.scale_pct = -1.0;
        sc.budget.lines.central_ntm = vec![1.0, -2.0];
        sc.budget.lines.community.clear();
        sc.training.per_year[0].cadres = -1.0;
        sc.campaigns = vec![1000.0];
        sc.leadership = 2.0;
        sc.support_units = 20_000;
        sc.policy.stricter_set_year = 1999;
        sc.allocation.custom_weights.insert(code.clone(), -1.0);
        let levers = super::super::UnitLevers {
            fixed_amount: Some(-1.0),
            training: Some(super::super::TrainingOverride {
                vocational: Some(-5.0),
                ..Default::default()
            }),
            ..Default::default()
        };
        sc.communes.insert(code, levers);
        sc.assumptions.values.insert(ParamKey::Noise, -100.0);
        let problems = sc.validate(&ds);
        assert!(problems.len() >= 12, "{problems:?}");
        for p in &problems {
            assert!(field_lever(&p.field, &ds).is_some(), "{}", p.field);
        }
        // The reader names a value of the wrong kind by its place in the file.
        let file = crate::codec::file::scenario_to_json(&crate::Scenario::defaults(&ds), "");
        let json: serde_json::Value = serde_json::from_str(&file).expect("json");
        let good = json.clone();
        let mut broken = [good.clone(), good.clone(), good];
        broken[0]["scenario"]["budget"]["lines"]["provincial"] = serde_json::json!([1.0, "many"]);
        broken[1]["scenario"]["training"]["per_year"][0]["cadres"] = serde_json::json!("x");
        // An assumption's key is an enum, which the reader's path spells `?`: found again.
        broken[2]["scenario"]["assumptions"]["values"] =
            serde_json::json!({ "cost_multiplier": 1.1, "noise": "loud" });
        let wanted = [
            LeverPath::BudgetLine(Source::Provincial, 2021),
            LeverPath::Training(TrainingKind::Cadres, 2020),
            LeverPath::Assumption(ParamKey::Noise),
        ];
        for (json, want) in broken.into_iter().zip(wanted) {
            let text = json.to_string();
            let Err(crate::codec::file::FileError::Invalid(problems)) =
                crate::codec::file::read(&text, &ds)
            else {
                panic!("{text} was read");
            };
            let field = &problems[0].field;
            assert_eq!(
                field_lever(field, &ds),
                Some(FieldLever::Lever(want)),
                "{field}"
            );
        }
    }
}
