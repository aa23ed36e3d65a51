//! A province's own data, loaded in the page: the same files `ntm-sim --dataset DIR` reads
//! (`province.json`, `communes.csv`, `villages.csv`, and `criteria.json` if the province has
//! its own), picked together in a file dialog. This module sorts the picked files into those
//! roles by name, reads them through the model's checks (`Dataset::from_files`, the same as
//! the command-line runner), and says which of the two datasets a page opens with. Pure and
//! tested natively; the dialog (`components::data`) and the storage (`storage::dataset`) use it.

use ntm_model::dataset::DatasetProblem;
use ntm_model::Dataset;
use serde::{Deserialize, Serialize};

/// Largest file read (a province's villages are a few hundred kilobytes; the national
/// synthetic dataset's 70,000 villages about 6 MB).
pub const MAX_FILE_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// A file the planner picked: its name and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct PickedFile {
    pub name: String,
    pub text: String,
}

/// A dataset's files, sorted into their roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataFiles {
    pub province: String,
    /// `None`: the built-in criteria sets (as `ntm-sim --dataset` when the folder has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<String>,
    pub communes: String,
    pub villages: String,
    /// The names of the files as picked, in role order (shown beside the data in use).
    pub names: Vec<String>,
}

impl DataFiles {
    /// Reads and checks the files, exactly as the command-line runner does.
    pub fn load(&self) -> Result<Dataset, ntm_model::dataset::DatasetError> {
        Dataset::from_files(
            &self.province,
            self.criteria
                .as_deref()
                .unwrap_or(ntm_model::criteria::EMBEDDED_CRITERIA_JSON),
            &self.communes,
            &self.villages,
        )
    }
}

/// The role a file plays, from its name: what it is called in the dataset folder, give or
/// take case and the " (1)" a browser adds to a second download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Province,
    Criteria,
    Communes,
    Villages,
}

impl Role {
    const ALL: [Role; 4] = [
        Role::Province,
        Role::Criteria,
        Role::Communes,
        Role::Villages,
    ];

    fn file_name(self) -> &'static str {
        match self {
            Role::Province => "province.json",
            Role::Criteria => "criteria.json",
            Role::Communes => "communes.csv",
            Role::Villages => "villages.csv",
        }
    }

    /// A JSON file (the province, its criteria), not a table.
    fn is_json(self) -> bool {
        matches!(self, Role::Province | Role::Criteria)
    }

    fn of(name: &str) -> Option<Role> {
        let lower = name.trim().to_lowercase();
        let (stem, ext) = lower.rsplit_once('.')?;
        Role::ALL.into_iter().find(|r| {
            let (want_stem, want_ext) = r.file_name().rsplit_once('.').unwrap_or_default();
            ext == want_ext && stem.contains(want_stem)
        })
    }
}

fn problem(file: &str, en: String, vi: String) -> DatasetProblem {
    DatasetProblem {
        file: file.to_string(),
        line: None,
        message: en,
        message_vi: vi,
    }
}

/// Sorts the picked files into their roles. Every problem is said (a missing file, two files
/// for one role, a file whose name says nothing), in both languages, with what to pick.
pub fn sort_files(picked: Vec<PickedFile>) -> Result<DataFiles, Vec<DatasetProblem>> {
    let mut problems = Vec::new();
    let mut slots: [Option<PickedFile>; 4] = Default::default();
    // Roles whose file was picked but refused: not "missing" as well.
    let mut refused: Vec<Role> = Vec::new();
    for file in picked {
        let lower = file.name.to_lowercase();
        if lower.ends_with(".xlsx") || lower.ends_with(".xls") || lower.ends_with(".ods") {
            problems.push(problem(
                &file.name,
                "a spreadsheet, not a CSV file: save it with “Save as” → “CSV UTF-8 (Comma \
                 delimited)” and pick the .csv file"
                    .into(),
                "là bảng tính, không phải tệp CSV: hãy “Lưu thành” → “CSV UTF-8 (Comma \
                 delimited)” rồi chọn tệp .csv"
                    .into(),
            ));
            // "villages.xlsx" was meant as villages.csv: not "missing" as well.
            let stem = lower
                .rsplit_once('.')
                .map_or(lower.as_str(), |(stem, _)| stem);
            refused.extend(Role::of(&format!("{stem}.csv")));
            continue;
        }
        if Role::of(&file.name).is_some()
            && file.text.trim_start_matches('\u{feff}').trim().is_empty()
        {
            problems.push(problem(
                &file.name,
                "the file is empty: pick the saved file with its rows".into(),
                "tệp rỗng: hãy chọn tệp đã lưu có đủ các dòng".into(),
            ));
            refused.extend(Role::of(&file.name));
            continue;
        }
        // A workbook renamed .csv (a zip: "PK…"), or Excel's "Unicode Text" (UTF-16, a NUL
        // beside every letter): neither is a CSV file the reader could name a cell of.
        let json = Role::of(&file.name).is_some_and(Role::is_json);
        if json
            && (file.text.starts_with("PK\u{3}\u{4}")
                || file.text.contains('\0')
                || file.text.contains('\u{fffd}'))
        {
            // Not CSV advice for a .json file (an image or a document renamed).
            problems.push(problem(
                &file.name,
                format!(
                    "not a JSON text file: pick the {} saved as plain text (UTF-8), named as in \
                     the data/caobang-2020 folder",
                    file.name.trim()
                ),
                format!(
                    "không phải tệp JSON dạng chữ: hãy chọn tệp {} lưu dạng chữ thuần (UTF-8), \
                     đặt tên như trong thư mục data/caobang-2020",
                    file.name.trim()
                ),
            ));
            refused.extend(Role::of(&file.name));
            continue;
        }
        // A scenario file picked among the data files: it opens elsewhere.
        if json && file.text.contains("\"ntm-planner-scenario\"") {
            problems.push(problem(
                &file.name,
                "a scenario file, not the province's data: open it under “☰ Scenarios” → \
                 “Export, import”"
                    .into(),
                "là tệp kịch bản, không phải số liệu của tỉnh: hãy mở nó ở “☰ Kịch bản” → “Xuất, \
                 nhập tệp”"
                    .into(),
            ));
            refused.extend(Role::of(&file.name));
            continue;
        }
        if Role::of(&file.name).is_some()
            && (file.text.starts_with("PK\u{3}\u{4}") || file.text.contains('\0'))
        {
            problems.push(problem(
                &file.name,
                "not a CSV text file (an Excel workbook, or “Unicode Text”, renamed): save it \
                 with “Save as” → “CSV UTF-8 (Comma delimited)”"
                    .into(),
                "không phải tệp CSV dạng chữ (bảng tính Excel hoặc “Unicode Text” đổi tên): hãy \
                 “Lưu thành” → “CSV UTF-8 (Comma delimited)”"
                    .into(),
            ));
            refused.extend(Role::of(&file.name));
            continue;
        }
        // The browser reads every file as UTF-8 and puts U+FFFD where it cannot: a file saved
        // in an old Vietnamese code page (TCVN3, Windows-1258) is not text it can read.
        if Role::of(&file.name).is_some() && file.text.contains('\u{fffd}') {
            problems.push(problem(
                &file.name,
                "not saved as UTF-8 (the Vietnamese letters cannot be read): save it again as \
                 “CSV UTF-8 (Comma delimited)”, or convert it to Unicode (Unikey: its \
                 “công cụ chuyển mã”)"
                    .into(),
                "không được lưu dạng UTF-8 (không đọc được chữ tiếng Việt): hãy lưu lại dạng \
                 “CSV UTF-8 (Comma delimited)”, hoặc chuyển mã sang Unicode (Unikey: công cụ \
                 chuyển mã)"
                    .into(),
            ));
            refused.extend(Role::of(&file.name));
            continue;
        }
        match Role::of(&file.name) {
            None => problems.push(problem(
                &file.name,
                "not a file of a dataset: pick province.json, communes.csv and villages.csv \
                 (and criteria.json if the province has its own criteria sets), named as in the \
                 data/caobang-2020 folder"
                    .into(),
                "không phải tệp của bộ số liệu: hãy chọn province.json, communes.csv và \
                 villages.csv (và criteria.json nếu tỉnh có bộ tiêu chí riêng), đặt tên như \
                 trong thư mục data/caobang-2020"
                    .into(),
            )),
            Some(role) => {
                let slot = &mut slots[Role::ALL.iter().position(|r| *r == role).unwrap_or(0)];
                if let Some(first) = slot {
                    problems.push(problem(
                        &file.name,
                        format!(
                            "two files for {}: “{}” and this one; pick only one",
                            role.file_name(),
                            first.name
                        ),
                        format!(
                            "hai tệp cùng là {}: “{}” và tệp này; hãy chỉ chọn một",
                            role.file_name(),
                            first.name
                        ),
                    ));
                } else {
                    *slot = Some(file);
                }
            }
        }
    }
    for (i, role) in Role::ALL.into_iter().enumerate() {
        if slots[i].is_none() && role != Role::Criteria && !refused.contains(&role) {
            problems.push(problem(
                role.file_name(),
                "missing: pick it together with the other files (hold Ctrl to pick several)".into(),
                "chưa chọn: hãy chọn tệp này cùng các tệp kia (giữ Ctrl để chọn nhiều tệp)".into(),
            ));
        }
    }
    let [Some(province), criteria, Some(communes), Some(villages)] = slots else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut names = vec![province.name];
    names.extend(criteria.as_ref().map(|c| c.name.clone()));
    names.extend([communes.name, villages.name]);
    Ok(DataFiles {
        province: province.text,
        criteria: criteria.map(|c| c.text),
        communes: communes.text,
        villages: villages.text,
        names,
    })
}

/// What a planner should know before using data that reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caution {
    /// `province.json` says the data is illustrative.
    Illustrative,
    /// Not every village is in the data: targets over every village are not assessed.
    VillagesNotComplete,
    /// Said to hold every village, but this many xã have none: the targets over every
    /// village would be judged on some of them and read as met.
    VillagesMissing(usize),
    /// Other data under the default's id: a link made on it opens on the default (with other
    /// figures, and only a warning) in a browser without these files.
    DefaultsId,
    /// The same id and version as the data kept before, other content: links shared from the
    /// old files open on the new figures, with only a warning (`link::DataDiffers::Content`).
    SameVersionChanged,
    /// The province's own data (`illustrative: false`) with the default's note, which says
    /// the criteria status is illustrative: the page and the report would say both.
    DefaultsNote,
}

/// The cautions for `ds`, against the embedded default and the data kept before, if any.
pub fn cautions(ds: &Dataset, default: &Dataset, kept: Option<&Dataset>) -> Vec<Caution> {
    let p = &ds.province;
    let mut out = Vec::new();
    if p.id == default.province.id && ds.fingerprint != default.fingerprint {
        out.push(Caution::DefaultsId);
    } else if kept.is_some_and(|k| {
        // The fingerprint is of the data, not the files' bytes: the same figures saved
        // another way (semicolons, a BOM) are the same data, and links made on them still hold.
        k.province.id == p.id && k.province.version == p.version && k.fingerprint != ds.fingerprint
    }) {
        out.push(Caution::SameVersionChanged);
    }
    if p.illustrative {
        out.push(Caution::Illustrative);
    } else if p.note_vi == default.province.note_vi || p.note_en == default.province.note_en {
        out.push(Caution::DefaultsNote);
    }
    if !p.villages_complete {
        out.push(Caution::VillagesNotComplete);
    } else {
        let missing = ds
            .communes
            .iter()
            .zip(&ds.villages_of)
            .filter(|(c, v)| c.is_candidate() && v.is_empty())
            .count();
        if missing > 0 {
            out.push(Caution::VillagesMissing(missing));
        }
    }
    out
}

/// Which dataset a page opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The embedded Cao Bằng default.
    Embedded,
    /// The province's own data kept in this browser.
    Loaded,
}

/// The dataset a page opens with: the one a link in the address bar was made for, when it is
/// one of the two (a colleague's link opens with the data it was made with); else the loaded
/// data if the planner chose to use it, else the default. `link_fits(choice)` says whether the
/// link reads with that dataset (no link fits both).
pub fn choose(loaded_in_use: bool, has_loaded: bool, link_fits: impl Fn(Choice) -> bool) -> Choice {
    let preferred = if loaded_in_use && has_loaded {
        Choice::Loaded
    } else {
        Choice::Embedded
    };
    let other = match preferred {
        Choice::Loaded => Choice::Embedded,
        Choice::Embedded => Choice::Loaded,
    };
    let other_available = other == Choice::Embedded || has_loaded;
    if !link_fits(preferred) && other_available && link_fits(other) {
        other
    } else {
        preferred
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ntm_model::dataset::embedded;

    fn file(name: &str, text: &str) -> PickedFile {
        PickedFile {
            name: name.into(),
            text: text.into(),
        }
    }

    fn default_files() -> Vec<PickedFile> {
        vec![
            file("communes.csv", embedded::COMMUNES),
            file("Province (1).json", embedded::PROVINCE),
            file("VILLAGES.csv", embedded::VILLAGES),
        ]
    }

    #[test]
    fn the_default_files_picked_in_any_order_load_as_the_default_dataset() {
        let files = sort_files(default_files()).expect("sorted");
        assert_eq!(
            files.names,
            ["Province (1).json", "communes.csv", "VILLAGES.csv"]
        );
        assert!(files.criteria.is_none());
        let ds = files.load().expect("loads");
        assert_eq!(ds, Dataset::caobang_2020().expect("embedded"));
    }

    #[test]
    fn a_missing_file_a_second_file_and_a_stray_file_are_each_named() {
        let mut picked = default_files();
        picked.retain(|f| f.name != "VILLAGES.csv");
        picked.push(file("communes-2.csv", "x"));
        picked.push(file("notes.txt", "x"));
        let problems = sort_files(picked).expect_err("refused");
        let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(said
            .iter()
            .any(|s| s.starts_with("communes-2.csv: two files for communes.csv")));
        assert!(said
            .iter()
            .any(|s| s.starts_with("notes.txt: not a file of a dataset")));
        assert!(said.iter().any(|s| s.starts_with("villages.csv: missing")));
        assert!(problems
            .iter()
            .all(|p| !p.message_vi.is_empty() && p.message_vi != p.message));
    }

    #[test]
    fn a_province_of_its_own_criteria_is_read_when_picked() {
        let mut picked = default_files();
        picked.push(file("criteria.json", "{ not json"));
        let files = sort_files(picked).expect("sorted");
        assert_eq!(files.names.len(), 4);
        let e = files
            .load()
            .expect_err("its criteria are read, not the built-in ones");
        assert_eq!(e.0[0].file, "criteria.json");
    }

    #[test]
    fn spreadsheets_empty_files_and_old_code_pages_are_named_as_such() {
        let picked = vec![
            file("Communes.xlsx", "PK"),
            file("province.json", ""),
            file("villages.csv", "id,name\nx,Th\u{fffd}nh"),
        ];
        let said: Vec<String> = sort_files(picked)
            .expect_err("refused")
            .iter()
            .map(|p| p.to_string())
            .collect();
        // Not also "missing": they were picked.
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(said
            .iter()
            .any(|s| s.starts_with("Communes.xlsx: a spreadsheet")));
        assert!(said
            .iter()
            .any(|s| s.starts_with("province.json: the file is empty")));
        assert!(said
            .iter()
            .any(|s| s.starts_with("villages.csv: not saved as UTF-8")));
        // A workbook or "Unicode Text" renamed .csv.
        let renamed = vec![
            file("communes.csv", "PK\u{3}\u{4}\u{14}"),
            file("villages.csv", "i\0d\0,\0"),
            file("province.json", embedded::PROVINCE),
        ];
        let refused = sort_files(renamed).expect_err("refused");
        assert_eq!(refused.len(), 2, "{refused:?}");
        assert!(refused
            .iter()
            .all(|p| p.message.starts_with("not a CSV text file")));
        // A .json file that is not text is not given CSV advice; a scenario file picked as
        // the province's is said to be one.
        let scenario = ntm_model::codec::file::scenario_to_json(
            &ntm_model::Scenario::defaults(&Dataset::caobang_2020().expect("embedded")),
            "A",
        );
        for (text, start) in [
            ("\u{fffd}PNG\r\n", "not a JSON text file"),
            ("PK\u{3}\u{4}\u{14}", "not a JSON text file"),
            (scenario.as_str(), "a scenario file"),
        ] {
            let picked = vec![
                file("province.json", text),
                file("communes.csv", embedded::COMMUNES),
                file("villages.csv", embedded::VILLAGES),
            ];
            let refused = sort_files(picked).expect_err("refused");
            assert_eq!(refused.len(), 1, "{refused:?}");
            assert!(refused[0].message.starts_with(start), "{refused:?}");
            assert!(!refused[0].message_vi.contains("CSV"), "{refused:?}");
        }
    }

    #[test]
    fn data_under_the_defaults_id_or_short_of_villages_is_cautioned() {
        let default = Dataset::caobang_2020().expect("embedded");
        assert_eq!(
            cautions(&default, &default, None),
            [Caution::Illustrative, Caution::VillagesNotComplete]
        );
        let communes = embedded::COMMUNES.replacen(",2.7,", ",2.8,", 1);
        let province = embedded::PROVINCE.replacen(
            "\"illustrative\": true",
            "\"illustrative\": false, \"villages_complete\": true",
            1,
        );
        let own = Dataset::from_files(
            &province,
            ntm_model::criteria::EMBEDDED_CRITERIA_JSON,
            &communes,
            embedded::VILLAGES,
        )
        .expect("loads");
        let missing = own
            .communes
            .iter()
            .zip(&own.villages_of)
            .filter(|(c, v)| c.is_candidate() && v.is_empty())
            .count();
        assert!(missing > 100);
        assert_eq!(
            cautions(&own, &default, None),
            [
                Caution::DefaultsId,
                Caution::DefaultsNote,
                Caution::VillagesMissing(missing)
            ]
        );
        // Under an id of its own, revised without a new version.
        let renamed = province.replacen("\"caobang-2020\"", "\"caobang-own\"", 1);
        let load = |communes: &str| {
            Dataset::from_files(
                &renamed,
                ntm_model::criteria::EMBEDDED_CRITERIA_JSON,
                communes,
                embedded::VILLAGES,
            )
            .expect("loads")
        };
        let (first, revised) = (load(&communes), load(embedded::COMMUNES));
        assert!(!cautions(&first, &default, Some(&first)).contains(&Caution::SameVersionChanged));
        assert!(cautions(&revised, &default, Some(&first)).contains(&Caution::SameVersionChanged));
        // The same figures saved another way (here with a byte-order mark): the same data.
        let resaved = load(&format!("\u{feff}{communes}"));
        assert!(!cautions(&resaved, &default, Some(&first)).contains(&Caution::SameVersionChanged));
    }

    #[test]
    fn a_link_opens_with_the_data_it_was_made_with() {
        use Choice::*;
        // No link (fits whatever is preferred): the planner's choice.
        assert_eq!(choose(true, true, |_| true), Loaded);
        assert_eq!(choose(false, true, |_| true), Embedded);
        // "In use" without stored data (it could not be read): the default.
        assert_eq!(choose(true, false, |_| true), Embedded);
        // A link made with the default, opened while the loaded data is in use.
        assert_eq!(choose(true, true, |c| c == Embedded), Embedded);
        // A link made with the loaded data, opened while the default is in use.
        assert_eq!(choose(false, true, |c| c == Loaded), Loaded);
        // A link for data this browser does not have: the preferred one (its notice says so).
        assert_eq!(choose(true, true, |_| false), Loaded);
        assert_eq!(choose(false, false, |c| c == Loaded), Embedded);
    }
}
