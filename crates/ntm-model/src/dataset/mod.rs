//! The province's starting state: districts, communes, villages and their criteria status,
//! plus the criteria sets, default budget and targets that come with it.
//!
//! Raw files are validated once here ([`Dataset::from_files`]), with every problem collected;
//! everything downstream works with a checked [`Dataset`] and never re-checks it.

mod csv_io;
mod fingerprint;
pub mod generate;
mod province;
pub mod synthetic;

pub use csv_io::{communes_to_csv, villages_to_csv};
pub use province::{
    BudgetDefaults, BudgetLineDefault, District, Preset, Province, SetFromYear, Target, TargetOp,
};

use crate::criteria::{CriteriaCatalog, CriteriaError, CriteriaSet};
use serde::{Deserialize, Serialize};

/// Embedded Cao Bằng files.
pub mod embedded {
    /// `province.json`.
    pub const PROVINCE: &str = include_str!("../../data/caobang-2020/province.json");
    /// `communes.csv`.
    pub const COMMUNES: &str = include_str!("../../data/caobang-2020/communes.csv");
    /// `villages.csv`.
    pub const VILLAGES: &str = include_str!("../../data/caobang-2020/villages.csv");
}

/// The embedded default's id (its `province.json` says so; a test checks they agree).
pub const EMBEDDED_ID: &str = "caobang-2020";

/// The embedded default's fingerprint, worked out once (reading it takes a millisecond).
pub fn embedded_fingerprint() -> u64 {
    static FINGERPRINT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *FINGERPRINT.get_or_init(|| Dataset::caobang_2020().map_or(0, |ds| ds.fingerprint))
}

/// Administrative type of a commune-level unit. Only `Xa` can be recognised NTM.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnitType {
    /// Xã (rural commune).
    #[serde(rename = "xã")]
    Xa,
    /// Thị trấn (township).
    #[serde(rename = "thị trấn")]
    ThiTran,
    /// Phường (urban ward).
    #[serde(rename = "phường")]
    Phuong,
}

impl UnitType {
    /// The Vietnamese word used in files and on screen.
    pub fn as_vi(self) -> &'static str {
        match self {
            UnitType::Xa => "xã",
            UnitType::ThiTran => "thị trấn",
            UnitType::Phuong => "phường",
        }
    }

    /// English word.
    pub fn as_en(self) -> &'static str {
        match self {
            UnitType::Xa => "commune",
            UnitType::ThiTran => "township",
            UnitType::Phuong => "ward",
        }
    }

    /// As written in a spreadsheet: "Xã", "Thị trấn" and "PHƯỜNG" are the same types.
    fn parse(s: &str) -> Option<UnitType> {
        match s.trim().to_lowercase().as_str() {
            "xã" => Some(UnitType::Xa),
            "thị trấn" => Some(UnitType::ThiTran),
            "phường" => Some(UnitType::Phuong),
            _ => None,
        }
    }
}

/// A commune-level unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    /// Official 5-digit GSO code (text: it has a leading zero).
    pub code: String,
    /// Name without the type prefix.
    pub name: String,
    /// Index into [`Dataset::districts`].
    pub district: usize,
    /// Xã, thị trấn or phường.
    pub unit_type: UnitType,
    /// Extremely difficult commune (xã đặc biệt khó khăn).
    pub extremely_difficult: bool,
    /// Covered by Program 135.
    pub program_135: bool,
    /// In the Decision 1385 scope.
    pub scope_1385: bool,
    /// `Some(true)` where a source says the unit is on the border; `None` = not established.
    pub border: Option<bool>,
    /// Households.
    pub households: u32,
    /// Share of poor households (0–1).
    pub poverty_rate: f64,
    /// Remoteness index, 0 (provincial centre) to 1 (most remote).
    pub remoteness: f64,
    /// Progress index of each criterion of the base-year commune set (1.0 = met).
    pub levels: Vec<f64>,
    /// The year whose end the commune was recognised NTM, if it was.
    pub recognised_year: Option<u16>,
}

impl Commune {
    /// True for a xã (an NTM candidate).
    pub fn is_candidate(&self) -> bool {
        self.unit_type == UnitType::Xa
    }
}

/// A village (xóm).
#[derive(Debug, Clone, PartialEq)]
pub struct Village {
    /// Stable id: commune code, a dash and the village number.
    pub id: String,
    /// Name ("Xóm 3" where the real name is unknown).
    pub name: String,
    /// Index into [`Dataset::communes`].
    pub commune: usize,
    /// Households.
    pub households: u32,
    /// Progress index of each village criterion (1.0 = met).
    pub levels: Vec<f64>,
}

/// A checked dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// Identity, base date, districts, default budget, targets.
    pub province: Province,
    /// Criteria sets.
    pub criteria: CriteriaCatalog,
    /// District-level units (same order as in `province`).
    pub districts: Vec<District>,
    /// Commune-level units.
    pub communes: Vec<Commune>,
    /// Villages (the Decision 1385 scope in the default dataset).
    pub villages: Vec<Village>,
    /// Villages of each commune (indices into `villages`).
    pub villages_of: Vec<Vec<usize>>,
    /// A hash of what the data says (not of its files' bytes), to tell datasets with the
    /// same id apart.
    pub fingerprint: u64,
}

/// One problem found while reading a dataset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", line.map(|l| format!(", line {l}")).unwrap_or_default())]
pub struct DatasetProblem {
    /// Which file.
    pub file: String,
    /// 1-based line, when the problem is in a row.
    pub line: Option<usize>,
    /// What is wrong and how to fix it.
    pub message: String,
    /// The same in Vietnamese (column names, codes and the reader's own words stay as they
    /// are: they name what is in the file).
    pub message_vi: String,
}

impl DatasetProblem {
    /// "communes.csv, dòng 3: …" in Vietnamese, the `Display` form in English.
    pub fn said_in(&self, lang: crate::format::Lang) -> String {
        match lang {
            crate::format::Lang::En => self.to_string(),
            crate::format::Lang::Vi => format!(
                "{}{}: {}",
                self.file,
                self.line.map(|l| format!(", dòng {l}")).unwrap_or_default(),
                self.message_vi
            ),
        }
    }
}

/// Every problem found in a dataset (never empty).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the dataset has {} problem(s); first: {}", .0.len(), .0.first().map(|p| p.to_string()).unwrap_or_default())]
pub struct DatasetError(pub Vec<DatasetProblem>);

impl Dataset {
    /// The embedded Cao Bằng mid-2020 dataset.
    pub fn caobang_2020() -> Result<Dataset, DatasetError> {
        Self::from_files(
            embedded::PROVINCE,
            crate::criteria::EMBEDDED_CRITERIA_JSON,
            embedded::COMMUNES,
            embedded::VILLAGES,
        )
    }

    /// Reads and checks a dataset from its four files.
    pub fn from_files(
        province_json: &str,
        criteria_json: &str,
        communes_csv: &str,
        villages_csv: &str,
    ) -> Result<Dataset, DatasetError> {
        let mut problems = Vec::new();
        let problem = |file: &str, message: String, message_vi: String| DatasetProblem {
            file: file.into(),
            line: None,
            message,
            message_vi,
        };
        let criteria = match CriteriaCatalog::from_json(criteria_json) {
            Ok(c) => Some(c),
            Err(e) => {
                let vi = match &e {
                    CriteriaError::Json(d) => format!(
                        "không phải tệp tiêu chí hợp lệ: {}",
                        crate::codec::json_error::in_vietnamese(d)
                    ),
                    CriteriaError::Invalid {
                        set, problem_vi, ..
                    } => format!("bộ tiêu chí {set}: {problem_vi}"),
                };
                problems.push(problem("criteria.json", e.to_string(), vi));
                None
            }
        };
        let province: Option<Province> = match serde_json::from_str(province_json) {
            Ok(p) => Some(p),
            Err(e) => {
                let e = e.to_string();
                let vi = format!(
                    "không hợp lệ: {}",
                    crate::codec::json_error::in_vietnamese(&e)
                );
                problems.push(problem("province.json", format!("not valid: {e}"), vi));
                None
            }
        };
        let (Some(criteria), Some(province)) = (criteria, province) else {
            return Err(DatasetError(problems));
        };
        check_province(&province, &criteria, &mut problems);
        let base_set = base_commune_set(&province, &criteria);
        let village_set = criteria.set(&province.village_set);
        let (Some(base_set), Some(village_set)) = (base_set, village_set) else {
            return Err(DatasetError(problems));
        };
        let communes =
            csv_io::read_communes(communes_csv, &province.districts, base_set, &mut problems);
        // Villages name their commune: read against a communes file with problems, every
        // village of a commune whose row was refused was reported too (64 lines after one
        // wrong header), burying the real problem. They are read once the communes load.
        if !problems.is_empty() {
            return Err(DatasetError(problems));
        }
        let villages = csv_io::read_villages(villages_csv, &communes, village_set, &mut problems);
        check_plausible(&province, &communes, &villages, &mut problems);
        if !problems.is_empty() {
            return Err(DatasetError(problems));
        }
        let mut villages_of = vec![Vec::new(); communes.len()];
        for (i, v) in villages.iter().enumerate() {
            villages_of[v.commune].push(i);
        }
        let fingerprint =
            fingerprint::content_fingerprint(&province, &criteria, &communes, &villages);
        Ok(Dataset {
            districts: province.districts.clone(),
            province,
            criteria,
            communes,
            villages,
            villages_of,
            fingerprint,
        })
    }

    /// The commune set that applies in the base year.
    pub fn base_commune_set(&self) -> &CriteriaSet {
        // Checked at load time: the base set exists.
        base_commune_set(&self.province, &self.criteria).unwrap_or(&self.criteria.sets[0])
    }

    /// The village set.
    pub fn village_set(&self) -> &CriteriaSet {
        self.criteria
            .set(&self.province.village_set)
            .unwrap_or(&self.criteria.sets[0])
    }

    /// The commune set that replaces the base set (the stricter one), if the province has one.
    pub fn later_commune_set(&self) -> Option<&CriteriaSet> {
        let base = self.province.base_year;
        self.province
            .commune_sets
            .iter()
            .filter(|s| s.from_year > base)
            .min_by_key(|s| s.from_year)
            .and_then(|s| self.criteria.set(&s.set))
    }

    /// The year from which the later set applies by default.
    pub fn default_switch_year(&self) -> Option<u16> {
        let base = self.province.base_year;
        self.province
            .commune_sets
            .iter()
            .filter(|s| s.from_year > base)
            .map(|s| s.from_year)
            .min()
    }

    /// Index of the commune with this code.
    pub fn commune_index(&self, code: &str) -> Option<usize> {
        self.communes.iter().position(|c| c.code == code)
    }

    /// Index of the district with this code.
    pub fn district_index(&self, code: &str) -> Option<usize> {
        self.districts.iter().position(|d| d.code == code)
    }

    /// The xã of district `k` (the NTM candidates its recognised count is out of).
    pub fn candidates_in_district(&self, k: usize) -> usize {
        self.communes
            .iter()
            .filter(|c| c.district == k && c.is_candidate())
            .count()
    }

    /// The villages of district `k` in the dataset (the embedded ones are the 1385 scope's).
    pub fn villages_in_district(&self, k: usize) -> usize {
        self.villages
            .iter()
            .filter(|v| {
                self.communes
                    .get(v.commune)
                    .is_some_and(|c| c.district == k)
            })
            .count()
    }
}

/// What parses but cannot be what the officer meant, said before it gives wrong figures
/// silently: a recognition after the base date (counted as held at the base date), and
/// criteria written as 1 and 0 (đạt / chưa đạt) where the files want percent of the threshold
/// (every commune then read as meeting almost nothing).
fn check_plausible(
    province: &Province,
    communes: &[Commune],
    villages: &[Village],
    problems: &mut Vec<DatasetProblem>,
) {
    let base = province.base_year;
    for c in communes {
        if let Some(y) = c.recognised_year.filter(|&y| y > base) {
            problems.push(DatasetProblem {
                file: "communes.csv".into(),
                line: None,
                message: format!(
                    "{} ({}): recognised_year {y} is after the base date {}: the file describes the \
                     base date, and the model simulates recognitions after it; leave it empty",
                    c.code, c.name, province.base_date
                ),
                message_vi: format!(
                    "{} ({}): recognised_year {y} sau ngày khởi điểm {}: tệp mô tả tình trạng tại \
                     ngày khởi điểm, việc công nhận sau đó do mô hình mô phỏng; hãy để trống",
                    c.code, c.name, province.base_date
                ),
            });
        }
    }
    // Levels are percent of the threshold over 100: 1 in the file is 0.01 here.
    let all_binary = |levels: &mut dyn Iterator<Item = f64>| {
        let mut any = false;
        for l in levels {
            any = true;
            if l > 0.01 + 1e-12 {
                return false;
            }
        }
        any
    };
    for (file, binary) in [
        (
            "communes.csv",
            all_binary(&mut communes.iter().flat_map(|c| c.levels.iter().copied())),
        ),
        (
            "villages.csv",
            all_binary(&mut villages.iter().flat_map(|v| v.levels.iter().copied())),
        ),
    ] {
        if binary {
            problems.push(DatasetProblem {
                file: file.into(),
                line: None,
                message: "every criterion value is 0 or 1: the columns are percent of the \
                          criterion's threshold (100 = met, 60 = 60 % of the way); for a table of \
                          met / not met, write 100 for met and your best estimate below 100 for \
                          not met"
                    .into(),
                message_vi: "mọi giá trị tiêu chí đều là 0 hoặc 1: các cột là phần trăm so với \
                             ngưỡng của tiêu chí (100 = đạt, 60 = được 60 %); với bảng đạt / chưa \
                             đạt, ghi 100 cho đạt và mức ước tính dưới 100 cho chưa đạt"
                    .into(),
            });
        }
    }
    // One column typed as met / not met (1 / 0) among columns in percent: read as 1 % and
    // 0 %, every unit failed that criterion, and the results halved without a word.
    let binary_columns = |rows: &mut dyn Iterator<Item = &[f64]>, prefix: char| {
        let mut columns: Vec<(bool, bool)> = Vec::new(); // (every value 0 or 1, some 1)
        for levels in rows {
            columns.resize(levels.len().max(columns.len()), (true, false));
            for (col, &l) in columns.iter_mut().zip(levels) {
                col.0 &= l <= 0.01 + 1e-12 && (l == 0.0 || (l - 0.01).abs() < 1e-12);
                col.1 |= (l - 0.01).abs() < 1e-12;
            }
        }
        columns
            .iter()
            .enumerate()
            .filter(|(_, (zero_one, some_one))| *zero_one && *some_one)
            .map(|(k, _)| format!("{prefix}{:02}", k + 1))
            .collect::<Vec<_>>()
    };
    // (A file of nothing but 0 and 1 was said above, as a whole.)
    let by_file = [
        (
            "communes.csv",
            all_binary(&mut communes.iter().flat_map(|c| c.levels.iter().copied())),
            binary_columns(&mut communes.iter().map(|c| c.levels.as_slice()), 'c'),
        ),
        (
            "villages.csv",
            all_binary(&mut villages.iter().flat_map(|v| v.levels.iter().copied())),
            binary_columns(&mut villages.iter().map(|v| v.levels.as_slice()), 'v'),
        ),
    ];
    for (file, whole_file, columns) in by_file {
        if columns.is_empty() || whole_file {
            continue;
        }
        let list = columns.join(", ");
        problems.push(DatasetProblem {
            file: file.into(),
            line: None,
            message: format!(
                "the column(s) {list} hold only 0 and 1, read as 0 % and 1 % of the threshold \
                 (not met everywhere): the columns are percent of the criterion's threshold \
                 (100 = met); for met / not met, write 100 for met and your best estimate below \
                 100 for not met"
            ),
            message_vi: format!(
                "cột {list} chỉ có 0 và 1, sẽ được đọc là 0 % và 1 % so với ngưỡng (chưa đạt ở \
                 mọi nơi): các cột là phần trăm so với ngưỡng của tiêu chí (100 = đạt); với đạt / \
                 chưa đạt, ghi 100 cho đạt và mức ước tính dưới 100 cho chưa đạt"
            ),
        });
    }
}

fn base_commune_set<'a>(
    province: &Province,
    criteria: &'a CriteriaCatalog,
) -> Option<&'a CriteriaSet> {
    province
        .commune_sets
        .iter()
        .filter(|s| s.from_year <= province.base_year)
        .max_by_key(|s| s.from_year)
        .and_then(|s| criteria.set(&s.set))
}

fn check_province(p: &Province, criteria: &CriteriaCatalog, problems: &mut Vec<DatasetProblem>) {
    let mut bad = |message: String, message_vi: String| {
        problems.push(DatasetProblem {
            file: "province.json".into(),
            line: None,
            message,
            message_vi,
        })
    };
    // The model simulates to MAX_YEAR at the latest: a base year past it leaves nothing to
    // simulate (a page given 2031 went blank, and stayed blank at every reload).
    let last = crate::scenario::MAX_YEAR;
    if !(2000..=last).contains(&p.base_year) {
        bad(
            format!(
                "base_year {} is outside 2000–{last}: the model simulates from the base year to \
                 {last} at the latest",
                p.base_year
            ),
            format!(
                "base_year {} nằm ngoài khoảng 2000–{last}: mô hình mô phỏng từ năm gốc đến \
                 muộn nhất năm {last}",
                p.base_year
            ),
        );
    } else {
        // A target judged in a year not simulated can never be told: every headline card
        // for it read "–" with nothing to say why.
        for t in p
            .targets
            .iter()
            .filter(|t| !(p.base_year..=last).contains(&t.year))
        {
            bad(
                format!(
                    "target '{}' is for {}, outside the simulated years {}–{last}: give it a \
                     year in that range, or remove it",
                    t.id, t.year, p.base_year
                ),
                format!(
                    "mục tiêu '{}' cho năm {}, ngoài các năm mô phỏng {}–{last}: hãy đặt một năm \
                     trong khoảng này, hoặc bỏ mục tiêu",
                    t.id, t.year, p.base_year
                ),
            );
        }
    }
    if !(p.first_year_fraction > 0.0 && p.first_year_fraction <= 1.0) {
        let x = p.first_year_fraction;
        bad(
            format!("first_year_fraction {x} must be in (0, 1]"),
            format!("first_year_fraction {x} phải lớn hơn 0 và không quá 1"),
        );
    }
    if base_commune_set(p, criteria).is_none() {
        let y = p.base_year;
        bad(
            format!("no commune criteria set applies in the base year {y}"),
            format!("không có bộ tiêu chí xã nào áp dụng trong năm gốc {y}"),
        );
    }
    let mut n_commune = None;
    for s in &p.commune_sets {
        match criteria.set(&s.set) {
            None => bad(
                format!("commune set '{}' is not in the criteria file", s.set),
                format!("bộ tiêu chí xã '{}' không có trong tệp tiêu chí", s.set),
            ),
            Some(set) => {
                if *n_commune.get_or_insert(set.len()) != set.len() {
                    bad(
                        format!("commune set '{}' has a different number of criteria", s.set),
                        format!("bộ tiêu chí xã '{}' có số tiêu chí khác các bộ kia", s.set),
                    );
                }
            }
        }
    }
    if criteria.set(&p.village_set).is_none() {
        bad(
            format!(
                "village set '{}' is not in the criteria file",
                p.village_set
            ),
            format!(
                "bộ tiêu chí xóm '{}' không có trong tệp tiêu chí",
                p.village_set
            ),
        );
    }
    if p.districts.is_empty() {
        bad("there are no districts".into(), "không có huyện nào".into());
    }
    for (source, line) in &p.budget.lines {
        if line.per_year.is_empty() || line.per_year.iter().any(|x| !x.is_finite() || *x < 0.0) {
            bad(
                format!(
                    "budget line {} needs one or more non-negative numbers",
                    source.key()
                ),
                format!("dòng vốn {} cần một hoặc nhiều số không âm", source.key()),
            );
        }
    }
}

/// FNV-1a over several strings (stable across platforms and Rust versions, unlike `Hash`).
pub fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests;
