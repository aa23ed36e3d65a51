//! A refused file's or link's problems, said so a planner can find what to change: each one
//! names its lever as the levers panel does ("Ngân sách trung ương cho NTM, năm 2022"), then
//! the field's path in the file for whoever edits it by hand, then what is wrong.

use ntm_model::scenario::{field_lever, FieldLever, ScenarioProblem};
use ntm_model::Dataset;

use crate::i18n::compare::lever_name;
use crate::i18n::{Lang, LeverMsg};

/// The lever `field` is, named in `lang` (`None` for fields that are not levers).
pub fn field_name(field: &str, ds: &Dataset, lang: Lang) -> Option<String> {
    Some(match field_lever(field, ds)? {
        FieldLever::Lever(path) => lever_name(&path, ds, lang),
        FieldLever::BudgetLine(source) => {
            let spec = source.spec();
            lang.pick(spec.name_vi, spec.name_en).to_string()
        }
        FieldLever::TrainingPlan => lang.t(LeverMsg::GroupTraining).to_string(),
        FieldLever::CampaignPlan => lang.t(LeverMsg::Campaigns).to_string(),
    })
}

/// One problem: "lever (field): what is wrong", or "field: what is wrong" when the field is
/// not a lever.
pub fn problem_said(p: &ScenarioProblem, ds: &Dataset, lang: Lang) -> String {
    let message = match lang {
        Lang::Vi => &p.message_vi,
        Lang::En => &p.message,
    };
    let field = format!("({})", p.field);
    match field_name(&p.field, ds, lang) {
        // A name that gives the field already ("Số khởi tạo ngẫu nhiên (seed)") keeps it once.
        Some(name) if name.ends_with(&field) => format!("{name}: {message}"),
        Some(name) => format!("{name} {field}: {message}"),
        None => format!("{}: {message}", p.field),
    }
}

/// Most characters of the problems a notice shows: five problems with their levers' names fit
/// (a commune's lever name with its district is the longest, about 80), while a hand-edited
/// file's very long value cannot fill the screen.
const SHOWN_CHARS: usize = 1200;

/// The first `n` problems, separated by "; ", made safe to show and at most [`SHOWN_CHARS`].
pub fn problems_said(problems: &[ScenarioProblem], n: usize, ds: &Dataset, lang: Lang) -> String {
    let said: Vec<String> = problems
        .iter()
        .take(n)
        .map(|p| problem_said(p, ds, lang))
        .collect();
    super::import::shorten(&said.join("; "), SHOWN_CHARS)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::Scenario;

    #[test]
    fn a_problem_names_its_lever_as_the_levers_panel_does_then_its_field() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.budget.lines.central_ntm = vec![100.0, 100.0, -5.0];
        // A xã and a ward (not a xã: its label says what it is).
        let xa = ds.communes.iter().position(|c| c.is_candidate()).unwrap();
        let ward = ds
            .communes
            .iter()
            .position(|c| c.unit_type.as_vi() == "phường")
            .unwrap();
        for i in [xa, ward] {
            sc.communes.insert(
                ds.communes[i].code.clone(),
                ntm_model::scenario::UnitLevers {
                    leadership: Some(7.0),
                    ..Default::default()
                },
            );
        }
        let problems = sc.validate(&ds);
        let vi = problems_said(&problems, 5, &ds, Lang::Vi);
        let en = problems_said(&problems, 5, &ds, Lang::En);
        assert!(
            vi.contains(
                "Ngân sách trung ương cho NTM, năm 2022 (budget.lines.central_ntm[2]): −5 phải nằm"
            ),
            "{vi}"
        );
        let (xa, ward) = (&ds.communes[xa], &ds.communes[ward]);
        assert!(vi.contains(&format!("Xã {} — ", xa.name)), "{vi}");
        assert!(vi.contains(&format!("{} (phường) — ", ward.name)), "{vi}");
        assert!(!vi.contains(&format!("Xã {}", ward.name)), "{vi}");
        assert!(
            vi.contains(&format!("(communes.{}.leadership): 7 phải nằm", xa.code)),
            "{vi}"
        );
        assert!(
            en.contains("Central NTM budget, 2022 (budget.lines.central_ntm[2]): −5 must be"),
            "{en}"
        );
    }

    #[test]
    fn a_lever_whose_name_gives_its_field_names_it_once() {
        let ds = Dataset::caobang_2020().unwrap();
        let p = ScenarioProblem {
            field: "seed".into(),
            message: "-1 must be a whole number".into(),
            message_vi: "-1 phải là số nguyên".into(),
        };
        assert_eq!(
            problem_said(&p, &ds, Lang::Vi),
            "Số khởi tạo ngẫu nhiên (seed): -1 phải là số nguyên"
        );
        assert_eq!(
            problem_said(&p, &ds, Lang::En),
            "Random seed (seed): -1 must be a whole number"
        );
    }

    #[test]
    fn a_field_that_is_not_a_lever_keeps_its_path_alone() {
        let ds = Dataset::caobang_2020().unwrap();
        let p = ScenarioProblem {
            field: "dataset.id".into(),
            message: "made for dataset 'x'".into(),
            message_vi: "được tạo cho bộ dữ liệu 'x'".into(),
        };
        assert_eq!(
            problem_said(&p, &ds, Lang::Vi),
            "dataset.id: được tạo cho bộ dữ liệu 'x'"
        );
    }

    #[test]
    fn a_file_s_long_values_cannot_fill_the_screen() {
        let ds = Dataset::caobang_2020().unwrap();
        let long = ScenarioProblem {
            field: "runs".into(),
            message: "x".repeat(5000),
            message_vi: "y\u{202e}".repeat(5000),
        };
        let said = problems_said(&vec![long; 5], 5, &ds, Lang::Vi);
        assert_eq!(
            said.chars().count(),
            SHOWN_CHARS + 1,
            "cut, with an ellipsis"
        );
        assert!(!said.contains('\u{202e}'), "no mark that reverses the text");
    }
}
