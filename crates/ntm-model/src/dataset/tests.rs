//! The embedded dataset is what the issue says it is, the generator reproduces it, and bad
//! files give a list of problems instead of a panic.

use super::generate::{generate_caobang, sources, Calibration, DEFAULT_SEED};
use super::*;

fn ds() -> Dataset {
    Dataset::caobang_2020().expect("embedded dataset loads")
}

#[test]
fn has_every_unit_of_the_official_list_with_its_code_name_and_district() {
    let ds = ds();
    let mut reader = csv::Reader::from_reader(sources::UNITS.as_bytes());
    let mut n = 0;
    for rec in reader.records() {
        let rec = rec.unwrap();
        let (district, unit, kind, code) = (&rec[0], &rec[1], &rec[2], &rec[3]);
        let c = &ds.communes[ds
            .commune_index(code)
            .unwrap_or_else(|| panic!("{code} missing"))];
        assert_eq!(
            (
                c.name.as_str(),
                ds.districts[c.district].name.as_str(),
                c.unit_type.as_vi()
            ),
            (unit, district, kind)
        );
        n += 1;
    }
    assert_eq!(n, 161);
    assert_eq!(ds.communes.len(), 161);
    // Types capitalised as a spreadsheet may write them.
    let capital = embedded::COMMUNES
        .replace(",phường,", ",Phường,")
        .replace(",xã,", ",Xã,")
        .replace(",thị trấn,", ",THỊ TRẤN,");
    let same = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &capital,
        embedded::VILLAGES,
    )
    .expect("capitalised types read");
    assert_eq!(same.communes, ds.communes);
    let count = |t: UnitType| ds.communes.iter().filter(|c| c.unit_type == t).count();
    assert_eq!(
        (
            count(UnitType::Xa),
            count(UnitType::ThiTran),
            count(UnitType::Phuong)
        ),
        (139, 14, 8)
    );
}

#[test]
fn decision_1385_scope_is_32_communes_in_the_six_border_districts_with_294_villages() {
    let ds = ds();
    let scope: Vec<&Commune> = ds.communes.iter().filter(|c| c.scope_1385).collect();
    assert_eq!(scope.len(), 32);
    assert!(scope
        .iter()
        .all(|c| c.unit_type == UnitType::Xa && ds.districts[c.district].border));
    let districts: std::collections::BTreeSet<&str> = scope
        .iter()
        .map(|c| ds.districts[c.district].name.as_str())
        .collect();
    assert_eq!(districts.len(), 6);
    assert_eq!(ds.villages.len(), 294);
    assert!(ds
        .villages
        .iter()
        .all(|v| ds.communes[v.commune].scope_1385 && v.name.starts_with("Xóm ")));
}

/// A commune's villages hold no more households than the commune: the commune detail shows
/// both (Cô Ba's 9 xóm once added up to 456 households, the commune to 420). For the committed
/// data and for another seed's.
#[test]
fn villages_hold_no_more_households_than_their_commune() {
    let ds = ds();
    let other = generate_caobang(&ds.districts, &ds.criteria, 7, &Calibration::default()).unwrap();
    let sets = [
        (&ds.communes, &ds.villages),
        (&other.communes, &other.villages),
    ];
    let mut checked = 0;
    for (communes, villages) in sets {
        for (ci, c) in communes.iter().enumerate() {
            let in_villages: u32 = villages
                .iter()
                .filter(|v| v.commune == ci)
                .map(|v| v.households)
                .sum();
            assert!(
                in_villages <= c.households,
                "{}: {in_villages} > {}",
                c.name,
                c.households
            );
            checked += usize::from(in_villages > 0);
        }
    }
    assert_eq!(checked, 64, "32 scope communes in each");
}

#[test]
fn base_state_reproduces_the_published_figures() {
    let ds = ds();
    let b = crate::sim::base_summary(&ds);
    assert_eq!(b.ntm_communes, 20);
    assert_eq!(b.scope_ntm_communes, 1);
    assert!(
        (b.avg_village_criteria_scope - 9.6).abs() <= 0.05,
        "{}",
        b.avg_village_criteria_scope
    );
    assert!(
        (b.avg_commune_criteria - 12.0).abs() <= 0.1,
        "{}",
        b.avg_commune_criteria
    );
    assert!(b.min_commune_criteria >= 5);
    // The named communes (or their 2020 successors) are among the recognised ones.
    for name in [
        "Vĩnh Quang",
        "Hoàng Tung",
        "Đại Sơn",
        "Sóc Hà",
        "Lê Lai",
        "Quang Hán",
        "Ngọc Đào",
        "Vũ Minh",
    ] {
        assert!(
            ds.communes
                .iter()
                .any(|c| c.name == name && c.recognised_year.is_some()),
            "{name} should be recognised"
        );
    }
    // 15 by end 2018, 20 by end 2019.
    let by = |y: u16| {
        ds.communes
            .iter()
            .filter(|c| c.recognised_year.is_some_and(|r| r <= y))
            .count()
    };
    assert_eq!((by(2018), by(2019)), (15, 20));
    // A recognised commune meets every criterion.
    let set = ds.base_commune_set();
    for c in ds.communes.iter().filter(|c| c.recognised_year.is_some()) {
        assert!(
            c.levels
                .iter()
                .zip(&set.criteria)
                .all(|(x, cr)| *x >= cr.threshold),
            "{}",
            c.name
        );
    }
}

#[test]
fn the_hard_criteria_are_met_least_often() {
    let ds = ds();
    let set = ds.base_commune_set();
    let xa: Vec<&Commune> = ds.communes.iter().filter(|c| c.is_candidate()).collect();
    let mut rates: Vec<(usize, &str)> = set
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                xa.iter().filter(|x| x.levels[i] >= c.threshold).count(),
                c.key.as_str(),
            )
        })
        .collect();
    rates.sort();
    let hardest: std::collections::BTreeSet<&str> = rates[..4].iter().map(|r| r.1).collect();
    assert_eq!(
        hardest,
        ["environment", "income", "poverty", "production"]
            .into_iter()
            .collect()
    );
}

#[test]
fn the_generator_reproduces_the_committed_files() {
    let ds = ds();
    let g = generate_caobang(
        &ds.districts,
        &ds.criteria,
        DEFAULT_SEED,
        &Calibration::default(),
    )
    .unwrap();
    let communes = communes_to_csv(&g.communes, &ds.districts);
    let villages = villages_to_csv(&g.villages, &g.communes);
    // To refresh after a deliberate change: cargo run --release --bin ntm-gen-data -- --write
    assert!(
        communes == embedded::COMMUNES,
        "communes.csv differs from the generator's output"
    );
    assert!(
        villages == embedded::VILLAGES,
        "villages.csv differs from the generator's output"
    );
}

#[test]
fn another_seed_gives_other_statuses_with_the_same_calibration() {
    let ds = ds();
    let g = generate_caobang(&ds.districts, &ds.criteria, 7, &Calibration::default()).unwrap();
    let other = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &communes_to_csv(&g.communes, &ds.districts),
        &villages_to_csv(&g.villages, &g.communes),
    )
    .unwrap();
    assert_ne!(other.communes[20].levels, ds.communes[20].levels);
    let b = crate::sim::base_summary(&other);
    assert_eq!((b.ntm_communes, b.scope_ntm_communes), (20, 1));
    assert!((b.avg_village_criteria_scope - 9.6).abs() <= 0.05);
}

/// `line` with its cell `i` (from 0) written as `raw`.
fn cell(line: &str, i: usize, raw: &str) -> String {
    let mut cells: Vec<&str> = line.split(',').collect();
    cells[i] = raw;
    cells.join(",")
}

/// Replaces line `line` (1-based) of the embedded communes file.
fn with_commune_line(line: usize, f: impl Fn(&str) -> String) -> String {
    embedded::COMMUNES
        .lines()
        .enumerate()
        .map(|(i, l)| if i + 1 == line { f(l) } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_wrong_cell_of_a_row_is_named_at_once() {
    // The last two criteria of one row both wrong: both named, in one problem.
    let communes = with_commune_line(5, |l| {
        let cut = l[..l.rfind(',').unwrap()].rfind(',').unwrap();
        format!("{},350,-4", &l[..cut])
    });
    let err = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &communes,
        embedded::VILLAGES,
    )
    .expect_err("two wrong cells");
    assert_eq!(err.0.len(), 1, "{err:?}");
    let p = &err.0[0];
    assert!(
        p.message.contains("c18 '350'") && p.message.contains("c19 '-4'"),
        "{p:?}"
    );
    assert!(
        p.message_vi.contains("c18 '350'") && p.message_vi.contains("giá trị sai"),
        "{p:?}"
    );
}

#[test]
fn broken_files_are_reported_not_panicked_on() {
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "code without its leading zero",
            with_commune_line(2, |l| l.replacen("01267", "1267", 1)),
            "5 digits",
        ),
        (
            "unknown district",
            with_commune_line(3, |l| l.replacen("Thành phố Cao Bằng", "Hà Nội", 1)),
            "district",
        ),
        (
            "bad type",
            with_commune_line(4, |l| l.replacen("phường", "quận", 1)),
            "type",
        ),
        (
            "criterion not a number",
            with_commune_line(5, |l| format!("{},abc", &l[..l.rfind(',').unwrap()])),
            "c19 'abc' is a word, not a level: each criterion column is the level in percent",
        ),
        (
            "a decimal comma, quoted as a spreadsheet writes it",
            with_commune_line(5, |l| format!("{},\"97,5\"", &l[..l.rfind(',').unwrap()])),
            "c19 '97,5' (a number from 0 to 300, percent of the threshold, with a decimal point, not a comma)",
        ),
        (
            "a field missing from a row",
            with_commune_line(5, |l| l[..l.rfind(',').unwrap()].to_string()),
            "c19 (empty)",
        ),
        (
            "a field too many",
            with_commune_line(5, |l| format!("{l},1")),
            "fields where the header has",
        ),
        (
            "semicolons and a decimal comma in a text column's place",
            embedded::COMMUNES
                .replace(',', ";")
                .replacen(";phường;", ";phường,x;", 1),
            "type",
        ),
        (
            "missing column",
            embedded::COMMUNES.replacen("remoteness,", "far,", 1),
            "missing column",
        ),
        (
            "a commune without its name",
            with_commune_line(4, |l| {
                let mut cells: Vec<&str> = l.split(',').collect();
                cells[1] = "";
                cells.join(",")
            }),
            "name (empty) (the unit's name)",
        ),
        (
            "duplicate code",
            with_commune_line(3, |l| l.replacen("01270", "01267", 1)),
            "code 01267 appears twice (first on line 2)",
        ),
        (
            "a decimal comma, unquoted: two numbers where one should be",
            with_commune_line(5, |l| cell(l, 9, "12,5")),
            "a number written with a decimal comma (12,5) splits into two fields; write it with \
             a decimal point (12.5)",
        ),
        (
            "a count with a thousands comma, quoted",
            with_commune_line(5, |l| cell(l, 8, "\"2,164\"")),
            "households '2,164' (a whole number above 0, without a thousands separator: 2164)",
        ),
        ("empty file", String::new(), ""),
        (
            "binary garbage",
            "\u{0}\u{1}\u{fffd}\n\u{2},\u{3}".to_string(),
            "",
        ),
    ];
    for (what, communes, needle) in cases {
        let err = Dataset::from_files(
            embedded::PROVINCE,
            crate::criteria::EMBEDDED_CRITERIA_JSON,
            &communes,
            embedded::VILLAGES,
        )
        .expect_err(what);
        assert!(!err.0.is_empty(), "{what}");
        assert!(
            err.0.iter().any(|p| p.message.contains(needle)),
            "{what}: {err:?}"
        );
    }
    let err = Dataset::from_files(
        "{",
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        embedded::COMMUNES,
        embedded::VILLAGES,
    )
    .expect_err("broken province");
    assert_eq!(err.0[0].file, "province.json");
    let villages = embedded::VILLAGES.replacen(",01324,", ",99999,", 1);
    let err = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        embedded::COMMUNES,
        &villages,
    )
    .expect_err("unknown commune");
    assert!(err.0[0].message.contains("99999"), "{err:?}");
    // A communes file cut short: the villages of every commune it lost are one problem per
    // commune, not one per village, so the cut line stays visible at the top.
    let kept: Vec<&str> = embedded::COMMUNES.lines().take(150).collect();
    let err = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &kept.join("\n"),
        embedded::VILLAGES,
    )
    .expect_err("truncated communes");
    let lost: std::collections::BTreeSet<&str> = embedded::VILLAGES
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(2))
        .filter(|code| !kept.iter().any(|c| c.starts_with(&format!("{code},"))))
        .collect();
    assert!(lost.len() >= 2, "{lost:?}");
    let unknown: Vec<_> = err
        .0
        .iter()
        .filter(|p| p.message.contains("is not in communes.csv"))
        .collect();
    assert_eq!(unknown.len(), lost.len(), "{err:?}");
    assert!(
        unknown
            .iter()
            .any(|p| p.message.contains(" villages, lines ")),
        "{err:?}"
    );
    assert!(!unknown.iter().any(|p| p.message.contains("leading zero")));
    // Codes that lost their leading zero in a spreadsheet: said, with the fix.
    let villages: Vec<String> = embedded::VILLAGES
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let mut cells: Vec<String> = l.split(',').map(str::to_string).collect();
            if i > 0 {
                cells[2] = cells[2].trim_start_matches('0').to_string();
            }
            cells.join(",")
        })
        .collect();
    let err = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        embedded::COMMUNES,
        &villages.join("\n"),
    )
    .expect_err("codes without their zero");
    let first = &err.0[0];
    assert!(
        first.message.contains("is not in communes.csv")
            && first.message.contains("(keep the leading zero, 0")
            && first.message_vi.contains("(giữ số 0 ở đầu, 0"),
        "{first:?}"
    );
}

#[test]
fn a_name_with_a_comma_is_not_taken_for_a_decimal_comma() {
    // Flags side by side ("0,0") and the name's words shifted into number columns: not a
    // decimal comma, and the message says the name's cause only.
    let communes = with_commune_line(4, |l| cell(l, 1, "Sông, Bằng"));
    let err = load_communes(&communes).expect_err("name with a comma");
    assert_eq!(err.0.len(), 1, "{err:?}");
    assert!(
        err.0[0]
            .message
            .ends_with("a name with a comma in it must be in double quotes"),
        "{err:?}"
    );
    assert_eq!(err.0[0].line, Some(4));
}

/// The embedded communes file with every criterion cell written `met` where it is met and
/// `not` where it is not, as a met / not met sheet marks them.
fn criteria_marked(met: &str, not: &str) -> String {
    embedded::COMMUNES
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                return l.to_string();
            }
            let cells: Vec<&str> = l.split(',').collect();
            let (fixed, levels) = cells.split_at(12);
            let marks = levels.iter().map(|v| {
                if v.parse::<f64>().unwrap() >= 100.0 {
                    met
                } else {
                    not
                }
            });
            fixed
                .iter()
                .copied()
                .chain(marks)
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn criteria_written_as_words_are_said_once_for_the_file() {
    // A met / not met sheet ("Đạt" / "Chưa đạt"): one problem that names the words, how many
    // cells, the columns and the fix, instead of 50 rows naming 19 cells each.
    let communes = criteria_marked("Đạt", "Chưa đạt");
    let err = load_communes(&communes).expect_err("criteria as words");
    assert_eq!(err.0.len(), 1, "{err:?}");
    let p = &err.0[0];
    assert_eq!((p.file.as_str(), p.line), ("communes.csv", Some(2)));
    assert!(
        p.message
            .starts_with("criterion columns hold words, not levels: 'Đạt' (")
            && p.message.contains(" cells), 'Chưa đạt' (")
            && p.message
                .contains(" in c01–c19, from line 2. Each criterion column is"),
        "{p:?}"
    );
    assert!(
        p.message_vi.contains(" ô) ở c01–c19, từ dòng 2")
            && p.message_vi.contains("ghi 100 cho tiêu chí đã đạt"),
        "{p:?}"
    );
    // Words in two columns of a few rows beside another problem: the other problem is still
    // named on its row, the words once, first.
    let communes = with_commune_line(3, |l| cell(&cell(l, 14, "x"), 16, "x"));
    let communes = communes.replacen(",2164,", ",-2,", 1);
    let err = load_communes(&communes).expect_err("two words and a count");
    assert_eq!(err.0.len(), 2, "{err:?}");
    assert!(
        err.0[0].message.starts_with(
            "criterion columns hold words, not levels: 'x' (2 cells) in c03, c05, from line 3"
        ),
        "{err:?}"
    );
    assert!(err.0[1].message.contains("households '-2'"), "{err:?}");
    // 'x' for met and nothing for not met: the blanks are part of the marking, said in the
    // same summary (they were named cell by cell, 50 rows of them).
    let marked = criteria_marked("x", "");
    let err = load_communes(&marked).expect_err("criteria marked x");
    assert_eq!(err.0.len(), 1, "{err:?}");
    assert!(
        err.0[0]
            .message
            .starts_with("criterion columns hold words, not levels: 'x' (")
            && err.0[0].message.contains(" cells) and ")
            && err.0[0].message.contains(" empty in c01–c19"),
        "{err:?}"
    );
    assert!(
        err.0[0].message_vi.contains(" ô trống ở c01–c19"),
        "{err:?}"
    );
    // Without words in the file, an empty cell is still named on its row.
    let empty = with_commune_line(5, |l| cell(l, 14, ""));
    let err = load_communes(&empty).expect_err("one empty cell");
    assert!(err.0[0].message.contains("c03 (empty)"), "{err:?}");
}

#[test]
fn border_reads_yes_and_no_in_any_capitals() {
    let yes = embedded::COMMUNES.replace(",yes,", ",Yes,");
    assert_ne!(yes, embedded::COMMUNES, "the default has border communes");
    let no = with_commune_line(2, |l| cell(l, 7, "No"));
    for text in [yes, no] {
        let ds = load_communes(&text).expect("read");
        assert_eq!(
            ds.communes,
            super::Dataset::caobang_2020().unwrap().communes
        );
    }
}

/// The embedded dataset with `communes` for its communes file.
fn load_communes(communes: &str) -> Result<Dataset, DatasetError> {
    Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        communes,
        embedded::VILLAGES,
    )
}

#[test]
fn a_file_saved_by_excel_with_a_bom_reads_the_same() {
    let with_bom = format!("\u{feff}{}", embedded::COMMUNES);
    let a = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &with_bom,
        embedded::VILLAGES,
    )
    .unwrap();
    assert_eq!(a.communes, ds().communes);
}

#[test]
fn excel_s_ways_read_the_same_capitals_true_false_and_old_mac_line_ends() {
    let read = load_communes;
    // Headers in capitals ("Code", "Name"), and TRUE / FALSE for the 0 / 1 flags.
    let mut lines: Vec<String> = embedded::COMMUNES.lines().map(str::to_string).collect();
    lines[0] = lines[0]
        .split(',')
        .map(|h| {
            let mut c = h.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(",");
    for line in lines.iter_mut().skip(1) {
        let mut cells: Vec<String> = line.split(',').map(str::to_string).collect();
        for flag in &mut cells[4..7] {
            *flag = if flag == "1" {
                "TRUE".into()
            } else {
                "False".into()
            };
        }
        *line = cells.join(",");
    }
    // Names as the statistics office lists them, with their type: "Xã Cải Viên".
    for line in lines.iter_mut().skip(1) {
        let mut cells: Vec<String> = line.split(',').map(str::to_string).collect();
        let word = match cells[3].as_str() {
            "xã" => "Xã",
            "phường" => "Phường",
            _ => "Thị trấn",
        };
        cells[1] = format!("{word} {}", cells[1]);
        *line = cells.join(",");
    }
    let excel = read(&lines.join("\n")).expect("reads");
    assert_eq!(excel.communes, ds().communes);
    // A Vietnamese-locale file (';') with an old Mac's line ends ('\r' alone).
    let vietnamese = in_vietnamese_locale(embedded::COMMUNES, &[8, 11], &[0, 1, 2, 3]);
    let mac = read(&vietnamese.replace("\r\n", "\r").replace('\n', "\r")).expect("reads");
    assert_eq!(mac.communes, ds().communes);
}

#[test]
fn synthetic_datasets_have_the_asked_size() {
    let s = synthetic::synthetic(300, 2000, 3).unwrap();
    assert_eq!((s.communes.len(), s.villages.len()), (300, 2000));
    assert_eq!(s.villages_of.iter().map(Vec::len).sum::<usize>(), 2000);
}

#[test]
fn the_city_reads_as_a_city_in_english_and_districts_keep_their_names() {
    use crate::format::Lang;
    let ds = ds();
    let city = ds
        .districts
        .iter()
        .find(|d| d.kind == "city")
        .expect("the city");
    assert_eq!(city.name_in(Lang::Vi), "Thành phố Cao Bằng");
    assert_eq!(city.name_in(Lang::En), "Cao Bằng City");
    for d in ds.districts.iter().filter(|d| d.kind != "city") {
        assert_eq!(d.name_in(Lang::En), d.name);
        assert_eq!(d.name_in(Lang::Vi), d.name);
    }
}

/// What parses but cannot be meant gives a problem, not quietly wrong figures (a statistics
/// officer's files: a recognition in 2024 was counted as held in mid-2020; criteria written as
/// 1 and 0 made every commune meet almost nothing), and rows are placed on their real lines.
#[test]
fn plausible_looking_mistakes_are_reported_where_they_are() {
    let load = load_communes;
    // A xã recognised after the base date.
    let xa_line = embedded::COMMUNES
        .lines()
        .position(|l| l.split(',').nth(3) == Some("xã") && l.split(',').nth(11) == Some(""))
        .expect("an unrecognised xã")
        + 1;
    let later = with_commune_line(xa_line, |l| {
        let mut cells: Vec<&str> = l.split(',').collect();
        cells[11] = "2024";
        cells.join(",")
    });
    let err = load(&later).expect_err("recognised after the base date");
    assert!(
        err.0.iter().any(|p| p
            .message
            .contains("recognised_year 2024 is after the base date")
            && p.message_vi.contains("sau ngày khởi điểm")),
        "{err:?}"
    );
    // Criteria as met (1) and not met (0).
    // The communes file with the criterion columns `which` picks written as met (1) or not (0).
    let met_or_not = |which: &dyn Fn(usize) -> bool| -> String {
        embedded::COMMUNES
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    return l.to_string();
                }
                let cells: Vec<String> = l
                    .split(',')
                    .enumerate()
                    .map(|(k, c)| match (which(k), c.parse::<f64>()) {
                        (true, Ok(v)) => if v >= 100.0 { "1" } else { "0" }.to_string(),
                        _ => c.to_string(),
                    })
                    .collect();
                cells.join(",")
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let binary = met_or_not(&|k| k >= 12);
    let err = load(&binary).expect_err("criteria as 1 and 0");
    assert!(
        err.0
            .iter()
            .any(|p| p.file == "communes.csv"
                && p.message.contains("every criterion value is 0 or 1")),
        "{err:?}"
    );
    // Said once, for the file, not again column by column.
    assert!(
        !err.0
            .iter()
            .any(|p| p.message.contains("hold only 0 and 1")),
        "{err:?}"
    );
    // One column as met / not met among columns in percent: refused, the column named (it
    // was read as 1 % and 0 %, and the results halved).
    let one_column = met_or_not(&|k| k == 16);
    let header: Vec<&str> = embedded::COMMUNES
        .lines()
        .next()
        .unwrap()
        .split(',')
        .collect();
    let err = load(&one_column).expect_err("one criterion as 1 and 0");
    let said = err
        .0
        .iter()
        .find(|p| p.message.contains("hold only 0 and 1"))
        .unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(said.file, "communes.csv");
    assert!(
        said.message
            .contains(&format!("column(s) {} hold", header[16])),
        "{said:?}"
    );
    assert!(
        said.message_vi
            .starts_with(&format!("cột {} chỉ có 0 và 1", header[16])),
        "{said:?}"
    );
    // The embedded data has no such column.
    assert!(load(embedded::COMMUNES).is_ok());
    // A blank line, then a wrong row: the row's own line, not the one before it.
    let mut lines: Vec<String> = embedded::COMMUNES.lines().map(str::to_string).collect();
    lines.insert(5, String::new());
    lines[10] = lines[10]
        .replacen(",xã,", ",quận,", 1)
        .replacen(",phường,", ",quận,", 1)
        .replacen(",thị trấn,", ",quận,", 1);
    let err = load(&lines.join("\n")).expect_err("a bad type after a blank line");
    assert_eq!(
        err.0.iter().filter_map(|p| p.line).collect::<Vec<_>>(),
        vec![11],
        "{err:?}"
    );
    // Every row wrong: fifty named, and a last line says there are more.
    let all_wrong = embedded::COMMUNES.replace(",xã,", ",xa,");
    let err = load(&all_wrong).expect_err("every xã's type wrong");
    assert_eq!(err.0.len(), 51, "{err:?}");
    assert!(
        err.0[50].message.contains("more problems not listed"),
        "{err:?}"
    );
}

/// A file saved by a spreadsheet set to Vietnamese: ';' between columns, decimal commas,
/// thousands dots in counts. It reads as the same data.
fn in_vietnamese_locale(csv: &str, whole: &[usize], text: &[usize]) -> String {
    csv.lines()
        .enumerate()
        .map(|(n, line)| {
            let cells: Vec<String> = line
                .split(',')
                .enumerate()
                .map(|(i, c)| {
                    if n == 0 || text.contains(&i) {
                        c.to_string()
                    } else if whole.contains(&i) {
                        match c.parse::<u32>() {
                            Ok(v) if v >= 1000 => format!("{}.{:03}", v / 1000, v % 1000),
                            _ => c.to_string(),
                        }
                    } else {
                        c.replace('.', ",")
                    }
                })
                .collect();
            cells.join(";")
        })
        .collect::<Vec<_>>()
        .join("\r\n")
}

#[test]
fn a_spreadsheet_set_to_vietnamese_writes_files_that_read_as_the_same_data() {
    let communes = in_vietnamese_locale(embedded::COMMUNES, &[8, 11], &[0, 1, 2, 3]);
    let villages = in_vietnamese_locale(embedded::VILLAGES, &[3], &[0, 1, 2]);
    assert!(
        communes.contains(";2.164;2,7;0,04;"),
        "{}",
        &communes[..400]
    );
    let ds = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &communes,
        &villages,
    )
    .expect("reads");
    let default = Dataset::caobang_2020().expect("embedded");
    assert_eq!(ds.communes, default.communes);
    assert_eq!(ds.villages, default.villages);
    // A wrong cell is still named as written.
    let wrong = communes.replacen(";2,7;", ";2,7x;", 1);
    let err = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &wrong,
        &villages,
    )
    .expect_err("refused");
    assert!(err.0[0].message.contains("poverty_pct"), "{err:?}");
}

#[test]
fn rows_of_empty_cells_are_skipped_and_a_wrong_district_names_the_known_ones() {
    let width = embedded::COMMUNES
        .lines()
        .next()
        .unwrap()
        .split(',')
        .count();
    let empty_rows = format!("{}{}\n", embedded::COMMUNES, ",".repeat(width - 1));
    let ds = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &empty_rows,
        &format!("{}{}\n", embedded::VILLAGES, ",".repeat(18)),
    )
    .expect("rows of empty cells are no units");
    assert_eq!(ds.communes.len(), 161);
    // "Hòa An" typed with its accents as separate marks, with the old tone placement, with
    // "Huyện" before it; "TP Cao Bằng": the same districts.
    let default = Dataset::caobang_2020().expect("embedded");
    for written in ["Ho\u{300}a An", "Hoà An", "Huyện Hòa An", "HÒA AN"] {
        let same = with_commune_line(117, |l| l.replacen("Hòa An", written, 1));
        assert!(same.contains(written));
        let ds = Dataset::from_files(
            embedded::PROVINCE,
            crate::criteria::EMBEDDED_CRITERIA_JSON,
            &same,
            embedded::VILLAGES,
        )
        .unwrap_or_else(|e| panic!("{written}: {e}"));
        assert_eq!(
            ds.communes[115].district, default.communes[115].district,
            "{written}"
        );
    }
    let city = with_commune_line(2, |l| l.replacen("Thành phố Cao Bằng", "TP. Cao Bằng", 1));
    let ds = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &city,
        embedded::VILLAGES,
    )
    .expect("TP. Cao Bằng is the city");
    assert_eq!(ds.communes[0].district, 0);
    // A name no district has: the known ones are listed, and separate marks are named.
    let decomposed = "Ho\u{300}a Tie\u{302}n";
    let wrong = with_commune_line(117, |l| l.replacen("Hòa An", decomposed, 1));
    assert!(wrong.contains(decomposed));
    let err = Dataset::from_files(
        embedded::PROVINCE,
        crate::criteria::EMBEDDED_CRITERIA_JSON,
        &wrong,
        embedded::VILLAGES,
    )
    .expect_err("refused");
    let said = &err.0[0];
    assert!(said.message.contains("Bảo Lạc, Hà Quảng"), "{said:?}");
    assert!(said.message_vi.contains("Unicode dựng sẵn"), "{said:?}");
}

/// The fingerprint is of what the data says: the same figures saved another way keep it, any
/// changed figure changes it.
#[test]
fn the_fingerprint_follows_the_data_not_the_bytes_of_its_files() {
    let criteria = crate::criteria::EMBEDDED_CRITERIA_JSON;
    let default = ds();
    assert_eq!(default.province.id, EMBEDDED_ID);
    assert_eq!(embedded_fingerprint(), default.fingerprint);
    // Saved by a Vietnamese spreadsheet: semicolons, decimal commas, a byte-order mark and
    // Windows line ends; province.json written on one line.
    let vietnamese = |csv: &str| {
        let body: Vec<String> = csv
            .lines()
            .map(|l| l.replace(',', ";").replace('.', ","))
            .collect();
        format!("\u{feff}{}\r\n", body.join("\r\n"))
    };
    let province: serde_json::Value = serde_json::from_str(embedded::PROVINCE).unwrap();
    let resaved = Dataset::from_files(
        &province.to_string(),
        criteria,
        &vietnamese(embedded::COMMUNES),
        &vietnamese(embedded::VILLAGES),
    )
    .expect("the same data, saved another way");
    assert_eq!(resaved.communes, default.communes);
    assert_eq!(resaved.villages, default.villages);
    assert_eq!(resaved.fingerprint, default.fingerprint);
    // One criterion of one village a point higher; one commune's name; the note.
    let line = embedded::VILLAGES.lines().nth(1).unwrap();
    let (head, last) = line.rsplit_once(',').unwrap();
    let raised = format!("{head},{}", last.parse::<u32>().unwrap() + 1);
    let changed = [
        (
            embedded::COMMUNES.to_string(),
            embedded::VILLAGES.replacen(line, &raised, 1),
        ),
        (
            embedded::COMMUNES.replacen("Sông Hiến", "Sông Hiền", 1),
            embedded::VILLAGES.into(),
        ),
    ];
    for (communes, villages) in changed {
        let other =
            Dataset::from_files(embedded::PROVINCE, criteria, &communes, &villages).expect("loads");
        assert_ne!(other.fingerprint, default.fingerprint);
    }
    let noted = embedded::PROVINCE.replacen("\"note_en\": \"", "\"note_en\": \"Revised. ", 1);
    assert_ne!(noted, embedded::PROVINCE);
    let other = Dataset::from_files(&noted, criteria, embedded::COMMUNES, embedded::VILLAGES)
        .expect("loads");
    assert_ne!(other.fingerprint, default.fingerprint);
}

#[test]
fn a_base_year_past_the_horizon_or_a_target_outside_the_simulated_years_is_refused() {
    let load = |province: &str| {
        Dataset::from_files(
            province,
            crate::criteria::EMBEDDED_CRITERIA_JSON,
            embedded::COMMUNES,
            embedded::VILLAGES,
        )
    };
    let with_base = |year: u16| {
        embedded::PROVINCE
            .replacen("\"base_year\": 2020", &format!("\"base_year\": {year}"), 1)
            .replacen("2020-06-30", &format!("{year}-06-30"), 1)
    };
    // 2031: nothing to simulate (the page had gone blank on a panic).
    let late = with_base(2031);
    assert_ne!(late, embedded::PROVINCE, "the base year was replaced");
    let err = load(&late).expect_err("past the horizon");
    assert!(
        err.0.iter().any(
            |p| p.message.contains("base_year 2031 is outside 2000–2030")
                && p.message_vi.contains("muộn nhất năm 2030")
        ),
        "{err:?}"
    );
    // 2026: the province's 2020 and 2025 targets could never be judged.
    let err = load(&with_base(2026)).expect_err("targets before the base year");
    let named: Vec<&str> = err
        .0
        .iter()
        .filter(|p| p.message.contains("outside the simulated years 2026–2030"))
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(
        named.len(),
        8,
        "each of the eight targets (2020, 2025) named: {err:?}"
    );
    assert!(named
        .iter()
        .any(|m| m.starts_with("target 'communes_2025' is for 2025")));
    // The embedded data itself passes.
    assert!(load(embedded::PROVINCE).is_ok());
    // A dataset built in code past the horizon simulates its base year, without a panic.
    let mut ds = super::Dataset::caobang_2020().expect("dataset");
    ds.province.base_year = 2031;
    let sc = crate::Scenario::defaults(&ds);
    assert_eq!(sc.years(&ds), vec![2031]);
}
