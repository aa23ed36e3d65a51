//! Defaults are valid, validation finds every kind of problem, files round-trip.

use super::*;
use crate::codec::file;

fn ds() -> Dataset {
    Dataset::caobang_2020().expect("embedded dataset loads")
}

#[test]
fn defaults_are_valid_and_follow_the_dataset() {
    let ds = ds();
    let sc = Scenario::defaults(&ds);
    assert_eq!(sc.validate(&ds), vec![]);
    assert_eq!(sc.policy.stricter_set_year, 2022);
    assert_eq!(sc.budget.lines.program_135[0], 250.0);
    assert_eq!(sc.years(&ds), vec![2020, 2021, 2022, 2023, 2024, 2025]);
    assert!(sc.support_units >= 32);
}

#[test]
fn validation_names_each_problem() {
    let ds = ds();
    type Edit = fn(&mut Scenario);
    let cases: [(Edit, &str); 17] = [
        (|s| s.until = 2040, "until"),
        (
            |s| s.policy.stricter_set_year = 3000,
            "policy.stricter_set_year",
        ),
        (
            |s| s.policy.stricter_set_year = 1999,
            "policy.stricter_set_year",
        ),
        (|s| s.runs = 0, "runs"),
        (|s| s.budget.scale_pct = f64::NAN, "budget.scale_pct"),
        (
            |s| s.budget.lines.integrated[2] = -5.0,
            "budget.lines.integrated[2]",
        ),
        (
            |s| s.budget.lines.community.clear(),
            "budget.lines.community",
        ),
        (|s| s.leadership = 1.5, "leadership"),
        (
            |s| s.training.per_year[0].cadres = f64::INFINITY,
            "training.per_year[0].cadres",
        ),
        (|s| s.campaigns = vec![], "campaigns"),
        (
            |s| {
                s.communes.insert("99999".into(), UnitLevers::default());
            },
            "communes.99999",
        ),
        (
            |s| {
                s.districts.insert(
                    "047".into(),
                    UnitLevers {
                        budget_weight: Some(-1.0),
                        ..Default::default()
                    },
                );
            },
            "districts.047.budget_weight",
        ),
        (
            |s| {
                s.assumptions.values.insert(ParamKey::Noise, 7.0);
            },
            "assumptions.noise",
        ),
        // No cadre posts: every commune counted as fully trained.
        (
            |s| {
                s.assumptions.values.insert(ParamKey::CadrePosts, 0.0);
            },
            "assumptions.cadre_posts",
        ),
        (|s| s.dataset.id = "ha-giang".into(), "dataset.id"),
        (
            |s| {
                s.communes.insert(
                    "01303".into(),
                    UnitLevers {
                        training_from: Some(2019),
                        ..Default::default()
                    },
                );
            },
            "communes.01303.training_from",
        ),
        (
            |s| {
                s.districts.insert(
                    "047".into(),
                    UnitLevers {
                        training_from: Some(2024),
                        training_until: Some(2022),
                        ..Default::default()
                    },
                );
            },
            "districts.047.training_until",
        ),
    ];
    for (edit, field) in cases {
        let mut sc = Scenario::defaults(&ds);
        edit(&mut sc);
        let problems = sc.validate(&ds);
        let p = problems.iter().find(|p| p.field == field);
        assert!(p.is_some(), "{field}: {problems:?}");
        // Said in both languages: a planner who reads only Vietnamese learns what is wrong.
        let p = p.unwrap();
        assert_ne!(p.message_vi, p.message, "{field}");
        assert!(
            p.message_vi.contains("phải nằm trong khoảng")
                || p.message_vi.contains("cần từ")
                || p.message_vi.contains("không có")
                || p.message_vi.contains("được tạo cho")
                || p.message_vi.contains("sớm hơn năm bắt đầu"),
            "{field}: {}",
            p.message_vi
        );
    }
}

#[test]
fn problems_are_written_as_each_language_writes_numbers() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.budget.lines.integrated[2] = 1_500_000.5;
    sc.policy.stricter_set_year = 2040;
    let problems = sc.validate(&ds);
    let said = |lang| crate::scenario::list_problems(&problems, 5, lang);
    assert_eq!(
        said(crate::format::Lang::Vi),
        "budget.lines.integrated[2]: 1.500.000,5 phải nằm trong khoảng 0 đến 1.000.000 tỷ đồng; \
         policy.stricter_set_year: 2040 phải nằm trong khoảng 2020 đến 2031 (2031 nghĩa là không áp dụng)"
    );
    assert_eq!(
        said(crate::format::Lang::En),
        "budget.lines.integrated[2]: 1,500,000.5 must be between 0 and 1,000,000 billion VND; \
         policy.stricter_set_year: 2040 must be between 2020 and 2031 (2031 means never)"
    );
}

/// Leadership is a share in the file and a percentage on screen: a planner who wrote 70 is
/// told what was meant; a unit's amounts and counts are said with their units.
#[test]
fn a_share_and_a_unit_s_amounts_are_said_with_what_they_are() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.leadership = 70.0;
    sc.communes.insert(
        "01417".into(),
        UnitLevers {
            leadership: Some(7.0),
            fixed_amount: Some(-2.0),
            training: Some(TrainingOverride {
                cadres: Some(20_000.0),
                ..Default::default()
            }),
            ..Default::default()
        },
    );
    let problems = sc.validate(&ds);
    let said = |lang| crate::scenario::list_problems(&problems, 5, lang);
    assert_eq!(
        said(crate::format::Lang::Vi),
        "leadership: 70 phải nằm trong khoảng 0 đến 1 (là một tỷ lệ: 0,7 nghĩa là 70%); \
         communes.01417.fixed_amount: −2 phải nằm trong khoảng 0 đến 10.000 tỷ đồng/năm; \
         communes.01417.training.cadres: 20.000 phải nằm trong khoảng 0 đến 10.000 người/năm; \
         communes.01417.leadership: 7 phải nằm trong khoảng 0 đến 1 (là một tỷ lệ: 0,7 nghĩa là 70%)"
    );
    // A district's amount goes to each of its communes: its unit says so.
    let mut district = Scenario::defaults(&ds);
    let code = ds.districts[1].code.clone();
    district.districts.insert(
        code.clone(),
        UnitLevers {
            fixed_amount: Some(-1.0),
            campaigns: Some(500.0),
            ..Default::default()
        },
    );
    let p = district.validate(&ds);
    assert_eq!(
        crate::scenario::list_problems(&p, 5, crate::format::Lang::Vi),
        format!(
            "districts.{code}.fixed_amount: −1 phải nằm trong khoảng 0 đến 10.000 tỷ đồng/xã/năm; \
             districts.{code}.campaigns: 500 phải nằm trong khoảng 0 đến 100 đợt/xã/năm"
        )
    );
    assert!(
        said(crate::format::Lang::En).starts_with(
            "leadership: 70 must be between 0 and 1 (a share: 0.7 means 70%); \
             communes.01417.fixed_amount: −2 must be between 0 and 10,000 billion VND/year"
        ),
        "{}",
        said(crate::format::Lang::En)
    );
}

#[test]
fn a_scenario_file_round_trips_and_keeps_its_name() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.allocation.rule = AllocationRule::NearestFirst;
    sc.communes.insert(
        "01417".into(),
        UnitLevers {
            priority: Some(true),
            fixed_amount: Some(3.5),
            ..Default::default()
        },
    );
    sc.assumptions.values.insert(ParamKey::CostMultiplier, 1.2);
    let text = file::scenario_to_json(&sc, "Kế hoạch về đích");
    let (back, name) = file::read(&text, &ds).unwrap();
    assert_eq!(back, sc);
    assert_eq!(name, "Kế hoạch về đích");
}

#[test]
fn a_file_with_a_byte_order_mark_is_read_and_unknown_fields_are_listed() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.communes.insert(
        "01417".into(),
        UnitLevers {
            priority: Some(true),
            ..Default::default()
        },
    );
    let text = file::scenario_to_json(&sc, "x");
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(file::read(&with_bom, &ds).unwrap().0, sc);
    assert!(file::read_noting_unknown(&text, &ds)
        .unwrap()
        .unknown_fields
        .is_empty());
    // A typo in a hand-edited file: the lever is lost, and the reader is told where.
    let typo = text.replacen("\"priority\"", "\"priorty\"", 1);
    let read = file::read_noting_unknown(&typo, &ds).unwrap();
    assert_eq!(read.unknown_fields, ["scenario.communes.01417.priorty"]);
    assert_ne!(read.scenario, sc);
}

#[test]
fn a_version_1_file_reads_its_training_override_as_all_three_counts_and_one_count_round_trips() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.communes.insert(
        "01417".into(),
        UnitLevers {
            training: Some(TrainingOverride {
                cadres: Some(10.0),
                ..Default::default()
            }),
            ..Default::default()
        },
    );
    let text = file::scenario_to_json(&sc, "x");
    assert!(text.contains("\"version\": 2"));
    assert_eq!(file::read(&text, &ds).unwrap().0, sc);
    // Version 1 wrote all three counts of an override.
    let v1 = text.replace("\"version\": 2", "\"version\": 1").replace(
        "\"cadres\": 10.0",
        "\"cadres\": 10.0, \"village_leaders\": 6.0, \"vocational\": 15.0",
    );
    let read = file::read(&v1, &ds).unwrap().0;
    assert_eq!(
        read.communes["01417"].training,
        Some(TrainingOverride {
            cadres: Some(10.0),
            village_leaders: Some(6.0),
            vocational: Some(15.0),
        })
    );
}

#[test]
fn a_file_is_version_3_only_when_a_unit_s_training_has_years() {
    let ds = ds();
    let version = |sc: &Scenario| -> u64 {
        let text = file::scenario_to_json(sc, "x");
        serde_json::from_str::<serde_json::Value>(&text).unwrap()["version"]
            .as_u64()
            .unwrap()
    };
    let mut sc = Scenario::defaults(&ds);
    sc.communes.insert(
        "01303".into(),
        UnitLevers {
            training_scale: Some(2.0),
            ..Default::default()
        },
    );
    // Without years, the version older builds read.
    assert_eq!(version(&sc), 2);
    sc.communes.get_mut("01303").unwrap().training_until = Some(2023);
    assert_eq!(version(&sc), 3);
    let (back, _) = file::read(&file::scenario_to_json(&sc, "x"), &ds).expect("reads");
    assert_eq!(back, sc);
}

#[test]
fn a_decimal_comma_in_a_hand_edited_file_is_said_with_its_fix() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.budget.scale_pct = 137.0;
    let text = file::scenario_to_json(&sc, "x").replace("137.0", "137,5");
    match file::read(&text, &ds) {
        Err(file::FileError::NotAScenario(m)) => {
            assert!(
                m.starts_with(
                    "a number written with a decimal comma (137,5): JSON needs a decimal point (137.5) at line "
                ),
                "{m}"
            );
            let vi = crate::codec::json_error::in_vietnamese(&m);
            assert!(
                vi.starts_with(
                    "số viết bằng dấu phẩy thập phân (137,5): JSON cần dấu chấm thập phân (137.5) (dòng "
                ),
                "{vi}"
            );
        }
        other => panic!("{other:?}"),
    }
    // Any other syntax error keeps the reader's words.
    match file::read("{\"format\": 1,}", &ds) {
        Err(file::FileError::NotAScenario(m)) => assert!(!m.contains("decimal comma"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn wrong_files_are_refused_with_a_reason() {
    let ds = ds();
    let newer = file::scenario_to_json(&Scenario::defaults(&ds), "x")
        .replace("\"version\": 2", "\"version\": 9");
    let invalid = file::scenario_to_json(&Scenario::defaults(&ds), "x")
        .replace("\"leadership\": 0.5", "\"leadership\": 4.0");
    type Expect = fn(&file::FileError) -> bool;
    let cases: Vec<(String, Expect)> = vec![
        ("not json".into(), |e| {
            matches!(e, file::FileError::NotAScenario(_))
        }),
        ("{\"hello\": 1}".into(), |e| {
            matches!(e, file::FileError::NotAScenario(_))
        }),
        (
            "{\"format\": \"ntm-planner-scenario\", \"version\": 0}".into(),
            |e| matches!(e, file::FileError::NotAScenario(m) if m.contains("\"version\": 0 is not")),
        ),
        (
            "{\"format\": \"ntm-planner-scenario\"}".into(),
            |e| matches!(e, file::FileError::NotAScenario(m) if m == "no \"version\" field"),
        ),
        (newer, |e| matches!(e, file::FileError::Newer(9))),
        (invalid, |e| matches!(e, file::FileError::Invalid(_))),
        (" ".repeat(file::MAX_BYTES + 1), |e| {
            matches!(e, file::FileError::TooLarge)
        }),
    ];
    for (text, expected) in cases {
        let err = file::read(&text, &ds).expect_err("must be refused");
        assert!(expected(&err), "{err}");
    }
}

#[test]
fn scaling_multiplies_every_line_and_every_training_count() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    sc.communes.insert(
        "01417".into(),
        UnitLevers {
            training: Some(TrainingOverride {
                cadres: Some(2.0),
                village_leaders: None,
                vocational: Some(6.0),
            }),
            ..Default::default()
        },
    );
    sc.scale_budget(2.0);
    sc.scale_training(0.5);
    assert_eq!(sc.budget.lines.central_ntm[0], 220.0);
    assert_eq!(sc.training.per_year[0].cadres, 2.0);
    let own = sc.communes["01417"].training.unwrap();
    assert_eq!(own.vocational, Some(3.0));
    assert_eq!(
        own.village_leaders, None,
        "a count left to the province stays so"
    );
}

/// A whole-number field holding a negative or fractional number is named, with what it
/// takes; a huge number is written short, so the range still fits in the message; any other
/// error of the file is left as the reader said it.
#[test]
fn whole_number_fields_and_huge_numbers_are_said_by_name_and_range() {
    let ds = ds();
    let text = file::scenario_to_json(&Scenario::defaults(&ds), "x");
    let with = |pairs: &[(&str, &str)]| {
        pairs.iter().fold(text.clone(), |t, (from, to)| {
            assert!(t.contains(from), "{from}");
            t.replace(from, to)
        })
    };
    let problems = |t: &str| match file::read(t, &ds).expect_err("refused") {
        file::FileError::Invalid(p) => p,
        other => panic!("{other}"),
    };
    let said = |t: &str| {
        let p = problems(t);
        assert_eq!(p.len(), 1, "{p:?}");
        (
            p[0].field.clone(),
            p[0].message.clone(),
            p[0].message_vi.clone(),
        )
    };
    assert_eq!(
        said(&with(&[("\"support_units\": 70", "\"support_units\": -3")])),
        (
            "support_units".into(),
            "-3 must be a whole number from 0 to 10,000 units".into(),
            "-3 phải là số nguyên từ 0 đến 10.000 đơn vị".into()
        )
    );
    let (field, en, _) = said(&with(&[(
        "\"support_units\": 70",
        "\"support_units\": 70.5",
    )]));
    assert_eq!(
        (field.as_str(), en.as_str()),
        (
            "support_units",
            "70.5 must be a whole number from 0 to 10,000 units"
        )
    );
    // Years without thousands separators; the seed's range in full.
    let (field, en, vi) = said(&with(&[("\"until\": 2025", "\"until\": 2025.5")]));
    assert_eq!(field, "until");
    assert_eq!(en, "2025.5 must be a whole number from 2020 to 2030");
    assert_eq!(vi, "2025.5 phải là số nguyên từ 2020 đến 2030");
    let (field, en, vi) = said(&with(&[("\"seed\": 20200630", "\"seed\": -1")]));
    assert_eq!(field, "seed");
    assert_eq!(
        en,
        "-1 must be a whole number from 0 to 18,446,744,073,709,551,615"
    );
    assert_eq!(
        vi,
        "-1 phải là số nguyên từ 0 đến 18.446.744.073.709.551.615"
    );
    // A whole number written with a decimal point.
    let (field, en, vi) = said(&with(&[("\"runs\": 1000", "\"runs\": 100.0")]));
    assert_eq!(field, "runs");
    assert_eq!(en, "100.0 must be written without a decimal point");
    assert_eq!(vi, "100.0 phải viết không có phần thập phân");
    // A number in quotes.
    let (field, en, _) = said(&with(&[("\"runs\": 1000", "\"runs\": \"1000\"")]));
    assert_eq!(field, "runs");
    assert_eq!(en, "\"1000\" must be a whole number from 1 to 20,000 runs");
    // Another error beside a whole number the reader takes (out of range, for validate):
    // the reader's own message about that field, not a whole-number one.
    let other = with(&[
        ("\"runs\": 1000", "\"runs\": 50000"),
        ("\"leadership\": 0.5", "\"leadership\": \"x\""),
    ]);
    let (field, en, vi) = said(&other);
    assert_eq!(field, "leadership");
    assert!(
        en.starts_with("the text \"x\" where a number is needed (line"),
        "{en}"
    );
    assert!(vi.starts_with("chữ \"x\" ở chỗ cần một số (dòng"), "{vi}");
    let p = problems(&with(&[("\"scale_pct\": 100.0", "\"scale_pct\": 1e308")]));
    assert!(
        p[0].message
            .starts_with("1e308 must be between 0 and 1,000"),
        "{}",
        p[0].message
    );
}
