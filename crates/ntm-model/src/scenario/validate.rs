//! Checks a scenario against its dataset, collecting every problem (for imported files and
//! decoded links). The engine clamps anyway; this is for telling the user what was wrong, in
//! both of the app's languages: a planner who reads only Vietnamese must learn which value is
//! wrong and what it may be.

use super::{Scenario, Source, UnitLevers, MAX_RUNS, MAX_YEAR};
use crate::dataset::Dataset;
use crate::format::{number, Lang};
use crate::params::ParamKey;

/// One problem in a scenario.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ScenarioProblem {
    /// Where (a dotted path such as `budget.lines.program_135[2]`): the file's own field
    /// names, the same in both languages.
    pub field: String,
    /// What is wrong, in English.
    pub message: String,
    /// What is wrong, in Vietnamese.
    pub message_vi: String,
}

impl ScenarioProblem {
    /// `field: message` in `lang`.
    pub fn said_in(&self, lang: Lang) -> String {
        let m = match lang {
            Lang::Vi => &self.message_vi,
            Lang::En => &self.message,
        };
        format!("{}: {m}", self.field)
    }
}

/// The first `n` problems in `lang`, separated by "; ".
pub fn list_problems(problems: &[ScenarioProblem], n: usize, lang: Lang) -> String {
    let list: Vec<String> = problems.iter().take(n).map(|p| p.said_in(lang)).collect();
    list.join("; ")
}

/// A problem's two messages.
struct Said {
    en: String,
    vi: String,
}

/// `x` as each language writes it; a number too large to read digit by digit (a hand-edited
/// `1e308` printed 309 digits and pushed the range off the message) in short form.
fn shown(x: f64, l: Lang) -> String {
    if x.is_finite() && x.abs() >= 1e15 {
        format!("{x:e}")
    } else {
        number(x, decimals(x), l)
    }
}

/// "`x` must be between `lo` and `hi` `unit`", numbers written as each language writes them.
fn between(x: f64, lo: f64, hi: f64, unit_en: &str, unit_vi: &str) -> Said {
    let n = shown;
    let with = |u: &str| {
        if u.is_empty() {
            String::new()
        } else {
            format!(" {u}")
        }
    };
    Said {
        en: format!(
            "{} must be between {} and {}{}",
            n(x, Lang::En),
            n(lo, Lang::En),
            n(hi, Lang::En),
            with(unit_en)
        ),
        vi: format!(
            "{} phải nằm trong khoảng {} đến {}{}",
            n(x, Lang::Vi),
            n(lo, Lang::Vi),
            n(hi, Lang::Vi),
            with(unit_vi)
        ),
    }
}

/// Enough decimals to show `x` as the file has it (up to six).
fn decimals(x: f64) -> usize {
    if !x.is_finite() {
        return 0;
    }
    (0..6)
        .find(|&d| {
            let k = 10f64.powi(d as i32);
            ((x * k).round() / k - x).abs() <= 1e-9 * x.abs().max(1.0)
        })
        .unwrap_or(6)
}

fn said(en: impl Into<String>, vi: impl Into<String>) -> Said {
    Said {
        en: en.into(),
        vi: vi.into(),
    }
}

/// The scenario's whole-number fields that `scenario` (a file's `scenario` object, as JSON)
/// holds as something the reader cannot take as one: a negative, fractional or too large
/// number, or a whole one written with a decimal point (`100.0`). The reader refuses those
/// with a message that names no field ("a value has the wrong type"); this says which field
/// and what it takes. Fields the reader can take are left to [`Scenario::validate`].
pub fn whole_number_problems(scenario: &serde_json::Value, ds: &Dataset) -> Vec<ScenarioProblem> {
    let base = u64::from(ds.province.base_year);
    let max_year = u64::from(MAX_YEAR);
    // (field, what the field takes, the largest its type holds, unit, plain digits: years,
    // seeds and versions are written without thousands separators)
    type Field<'a> = (&'a str, (u64, u64), u64, &'a str, &'a str, bool);
    let fields: [Field; 6] = [
        ("seed", (0, u64::MAX), u64::MAX, "", "", true),
        (
            "runs",
            (1, u64::from(MAX_RUNS)),
            u64::from(u32::MAX),
            "runs",
            "lần chạy",
            false,
        ),
        ("until", (base, max_year), u64::from(u16::MAX), "", "", true),
        (
            "support_units",
            (0, 10_000),
            u64::from(u32::MAX),
            "units",
            "đơn vị",
            false,
        ),
        (
            "policy.stricter_set_year",
            (base, max_year + 1),
            u64::from(u16::MAX),
            "",
            "",
            true,
        ),
        (
            "dataset.version",
            (1, u64::from(u32::MAX)),
            u64::from(u32::MAX),
            "",
            "",
            true,
        ),
    ];
    let mut out = Vec::new();
    for (field, (lo, hi), type_max, unit_en, unit_vi, plain) in fields {
        let value = field.split('.').try_fold(scenario, |v, key| v.get(key));
        // A number, or a number in quotes ("1000"), which the reader calls "expected u32".
        let Some(value) = value.filter(|v| v.is_number() || v.is_string()) else {
            continue;
        };
        if value.as_u64().is_some_and(|n| n <= type_max) {
            continue;
        }
        // As the file has it (serde_json writes floats as they were read, ints exactly).
        let written = value.to_string();
        let x = value.as_f64().unwrap_or(f64::NAN);
        // Years plain ("2030"); other numbers grouped, exactly (the seed's bound is past what
        // an f64 holds).
        let n = |v: u64, l: Lang| {
            if plain && v < 10_000 {
                v.to_string()
            } else {
                crate::format::whole(v, l)
            }
        };
        let with = |u: &str| {
            if u.is_empty() {
                String::new()
            } else {
                format!(" {u}")
            }
        };
        let integral = x.fract() == 0.0 && x >= lo as f64 && x <= hi as f64;
        let m = if integral {
            said(
                format!("{written} must be written without a decimal point"),
                format!("{written} phải viết không có phần thập phân"),
            )
        } else {
            said(
                format!(
                    "{written} must be a whole number from {} to {}{}",
                    n(lo, Lang::En),
                    n(hi, Lang::En),
                    with(unit_en)
                ),
                format!(
                    "{written} phải là số nguyên từ {} đến {}{}",
                    n(lo, Lang::Vi),
                    n(hi, Lang::Vi),
                    with(unit_vi)
                ),
            )
        };
        out.push(ScenarioProblem {
            field: field.into(),
            message: m.en,
            message_vi: m.vi,
        });
    }
    out
}

/// Most entries a per-year list may have (base year to 2030, with room).
const MAX_YEARS: usize = 64;

impl Scenario {
    /// Every problem of this scenario for `ds` (empty when it is valid).
    pub fn validate(&self, ds: &Dataset) -> Vec<ScenarioProblem> {
        let mut out = Vec::new();
        let mut bad = |field: String, m: Said| {
            out.push(ScenarioProblem {
                field,
                message: m.en,
                message_vi: m.vi,
            })
        };
        if self.dataset.id != ds.province.id {
            bad(
                "dataset.id".into(),
                said(
                    format!(
                        "made for dataset '{}', not '{}'",
                        self.dataset.id, ds.province.id
                    ),
                    format!(
                        "được tạo cho bộ dữ liệu '{}', không phải '{}'",
                        self.dataset.id, ds.province.id
                    ),
                ),
            );
        }
        let base = ds.province.base_year;
        if self.until < base || self.until > MAX_YEAR {
            bad("until".into(), year_between(self.until, base, MAX_YEAR));
        }
        if self.runs == 0 || self.runs > MAX_RUNS {
            let runs = f64::from(self.runs);
            let m = between(runs, 1.0, f64::from(MAX_RUNS), "runs", "lần chạy");
            bad("runs".into(), m);
        }
        if !in_range(self.budget.scale_pct, 0.0, 1000.0) {
            let m = between(
                self.budget.scale_pct,
                0.0,
                1000.0,
                "% of the plan",
                "% kế hoạch",
            );
            bad("budget.scale_pct".into(), m);
        }
        for s in Source::ALL {
            let line = self.budget.lines.get(s);
            if line.is_empty() || line.len() > MAX_YEARS {
                bad(
                    format!("budget.lines.{}", s.key()),
                    said(
                        format!("needs 1 to {MAX_YEARS} yearly amounts"),
                        format!("cần từ 1 đến {MAX_YEARS} số tiền theo năm"),
                    ),
                );
            }
            for (i, x) in line.iter().enumerate() {
                if !in_range(*x, 0.0, 1.0e6) {
                    let m = between(*x, 0.0, 1.0e6, "billion VND", "tỷ đồng");
                    bad(format!("budget.lines.{}[{i}]", s.key()), m);
                }
            }
        }
        for (code, w) in &self.allocation.custom_weights {
            let field = || format!("allocation.custom_weights.{code}");
            if ds.commune_index(code).is_none() {
                bad(field(), no_unit("commune", "xã"));
            }
            if !in_range(*w, 0.0, 1000.0) {
                bad(field(), between(*w, 0.0, 1000.0, "", ""));
            }
        }
        if self.training.per_year.is_empty() || self.training.per_year.len() > MAX_YEARS {
            bad("training.per_year".into(), entries());
        }
        for (i, t) in self.training.per_year.iter().enumerate() {
            for (name, v) in [
                ("cadres", t.cadres),
                ("village_leaders", t.village_leaders),
                ("vocational", t.vocational),
            ] {
                if !in_range(v, 0.0, 10_000.0) {
                    let m = between(v, 0.0, 10_000.0, "people", "người");
                    bad(format!("training.per_year[{i}].{name}"), m);
                }
            }
        }
        if self.campaigns.is_empty() || self.campaigns.len() > MAX_YEARS {
            bad("campaigns".into(), entries());
        }
        for (i, c) in self.campaigns.iter().enumerate() {
            if !in_range(*c, 0.0, 100.0) {
                let m = between(*c, 0.0, 100.0, "per year", "mỗi năm");
                bad(format!("campaigns[{i}]"), m);
            }
        }
        if self.support_units > 10_000 {
            let units = f64::from(self.support_units);
            let m = between(units, 0.0, 10_000.0, "units", "đơn vị");
            bad("support_units".into(), m);
        }
        if !in_range(self.leadership, 0.0, 1.0) {
            bad("leadership".into(), share_between(self.leadership));
        }
        // A year after the horizon's last (the app's "never") is one more than `MAX_YEAR`.
        let stricter = self.policy.stricter_set_year;
        if stricter < base || stricter > MAX_YEAR + 1 {
            let mut m = year_between(stricter, base, MAX_YEAR + 1);
            m.en.push_str(&format!(" ({} means never)", MAX_YEAR + 1));
            m.vi.push_str(&format!(" ({} nghĩa là không áp dụng)", MAX_YEAR + 1));
            bad("policy.stricter_set_year".into(), m);
        }
        for (code, levers) in &self.districts {
            if ds.district_index(code).is_none() {
                bad(format!("districts.{code}"), no_unit("district", "huyện"));
            }
            check_levers(&format!("districts.{code}"), levers, true, base, &mut bad);
        }
        for (code, levers) in &self.communes {
            if ds.commune_index(code).is_none() {
                bad(format!("communes.{code}"), no_unit("commune", "xã"));
            }
            check_levers(&format!("communes.{code}"), levers, false, base, &mut bad);
        }
        for (key, v) in &self.assumptions.values {
            let spec = key.spec();
            // A planner may go beyond the plausible range, but not to absurd values.
            let (lo, hi) = hard_limits(*key);
            if !in_range(*v, lo, hi) {
                let mut m = between(*v, lo, hi, "", "");
                m.en.push_str(&format!(" ({})", spec.name_en));
                m.vi.push_str(&format!(" ({})", spec.name_vi));
                bad(format!("assumptions.{}", key.key()), m);
            }
        }
        out
    }
}

/// A share out of range: the file holds 0.7 where the levers panel shows 70 %, so a planner
/// who wrote 70 is told what was meant.
fn share_between(x: f64) -> Said {
    let mut m = between(x, 0.0, 1.0, "", "");
    m.en.push_str(" (a share: 0.7 means 70%)");
    m.vi.push_str(" (là một tỷ lệ: 0,7 nghĩa là 70%)");
    m
}

/// "`y` must be between `lo` and `hi`" for years (written without a thousands separator).
fn year_between(y: u16, lo: u16, hi: u16) -> Said {
    said(
        format!("{y} must be between {lo} and {hi}"),
        format!("{y} phải nằm trong khoảng {lo} đến {hi}"),
    )
}

/// "No `unit` has this code."
fn no_unit(en: &str, vi: &str) -> Said {
    said(
        format!("no {en} has this code"),
        format!("không có {vi} nào mang mã này"),
    )
}

/// A per-year list of the wrong length.
fn entries() -> Said {
    said(
        format!("needs 1 to {MAX_YEARS} entries"),
        format!("cần từ 1 đến {MAX_YEARS} mục"),
    )
}

/// The widest values an assumption may take (beyond its plausible range, within reason).
/// A count of people or households is at least 1: with 0 cadre posts every commune counted
/// as fully trained, and the results improved.
pub fn hard_limits(key: ParamKey) -> (f64, f64) {
    use crate::params::Unit;
    let s = key.spec();
    let lo = match s.unit {
        Unit::People | Unit::Households => 1.0,
        _ if s.low >= 0.0 => 0.0,
        _ => s.low * 2.0,
    };
    let hi = match s.unit {
        crate::params::Unit::Share => 1.0_f64.max(s.high),
        _ => s.high * 3.0,
    };
    (lo, hi)
}

fn in_range(x: f64, lo: f64, hi: f64) -> bool {
    x.is_finite() && x >= lo && x <= hi
}

/// A district's or a commune's levers (`district`: a district's apply to each of its communes,
/// and their units say so, as the levers panel's do).
fn check_levers(
    prefix: &str,
    l: &UnitLevers,
    district: bool,
    base: u16,
    bad: &mut impl FnMut(String, Said),
) {
    // (field, value, upper limit, unit in English and Vietnamese)
    let per_year = |en: &'static str, vi: &'static str, en_d: &'static str, vi_d: &'static str| {
        if district {
            (en_d, vi_d)
        } else {
            (en, vi)
        }
    };
    let people = per_year(
        "people/year",
        "người/năm",
        "people/commune/year",
        "người/xã/năm",
    );
    let plain = ("", "");
    let t = l.training.unwrap_or_default();
    let numbers = [
        ("budget_weight", l.budget_weight, 100.0, plain),
        (
            "fixed_amount",
            l.fixed_amount,
            10_000.0,
            per_year(
                "billion VND/year",
                "tỷ đồng/năm",
                "billion VND/commune/year",
                "tỷ đồng/xã/năm",
            ),
        ),
        ("training_scale", l.training_scale, 100.0, plain),
        (
            "campaigns",
            l.campaigns,
            100.0,
            per_year(
                "campaigns/year",
                "đợt/năm",
                "campaigns/commune/year",
                "đợt/xã/năm",
            ),
        ),
        ("training.cadres", t.cadres, 10_000.0, people),
        (
            "training.village_leaders",
            t.village_leaders,
            10_000.0,
            people,
        ),
        ("training.vocational", t.vocational, 10_000.0, people),
    ];
    for (name, v, hi, (unit_en, unit_vi)) in numbers {
        if let Some(v) = v.filter(|v| !in_range(*v, 0.0, hi)) {
            bad(
                format!("{prefix}.{name}"),
                between(v, 0.0, hi, unit_en, unit_vi),
            );
        }
    }
    if let Some(v) = l.leadership.filter(|v| !in_range(*v, 0.0, 1.0)) {
        bad(format!("{prefix}.leadership"), share_between(v));
    }
    // The years of the unit's own training: within the years a scenario can run, in order.
    for (name, year) in [
        ("training_from", l.training_from),
        ("training_until", l.training_until),
    ] {
        if let Some(y) = year.filter(|&y| y < base || y > MAX_YEAR) {
            bad(format!("{prefix}.{name}"), year_between(y, base, MAX_YEAR));
        }
    }
    if let (Some(from), Some(until)) = (l.training_from, l.training_until) {
        if from > until {
            bad(
                format!("{prefix}.training_until"),
                said(
                    format!("the last year, {until}, is before the first, {from}"),
                    format!("năm kết thúc {until} sớm hơn năm bắt đầu {from}"),
                ),
            );
        }
    }
}
