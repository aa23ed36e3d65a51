//! Command-line options of ntm-sim, parsed by hand (a dozen flags do not need a parser crate).

use crate::fail::Fail;
use ntm_model::format::Lang;
use ntm_model::scenario::{MAX_RUNS, MAX_YEAR};
use ntm_model::seek::SeekLever;
use std::path::PathBuf;

pub const HELP: &str = "\
ntm-sim — run an NTM Planner scenario and print yearly results
ntm-sim — chạy một kịch bản NTM Planner và in kết quả theo năm

USAGE
  cargo run --release --bin ntm-sim -- [OPTIONS]

OPTIONS (each at most once; --name VALUE or --name=VALUE)
  --scenario FILE.json   scenario exported from the app (default: the dataset's defaults)
  --link URL|FRAGMENT    a share link from the app (the whole URL or the part after #);
                         give --scenario or --link, not both
  --dataset DIR          a dataset folder with province.json, communes.csv, villages.csv
                         (and optionally criteria.json); default: embedded Cao Bằng 2020
  --runs N               Monte Carlo runs, 1 to 20000 (default: the scenario's, 1000)
  --seed S               random seed, a whole number ≥ 0 (default: the scenario's, 20200630)
  --until YEAR           last simulated year, the dataset's base year (2020) to 2030
                         (default: the scenario's; the data's last target year, 2025)
  --budget-scale F       multiply every budget line by F, 0 to 10
  --training-scale F     multiply every training count by F, 0 to 100
  --format FMT           table (default), csv or json
  --lang L               the table's language: en (default) or vi (Vietnamese names and
                         numbers as the app writes them, 1.568 and 9,8); with --seek, the
                         answer in that language only (else both); csv and json are for
                         scripts and keep their keys and plain numbers
  --seek TARGET          instead of the yearly results: the smallest budget scale (every
                         line × a percentage, on a 5 % grid up to 1000 %) at which the target
                         (an id from the dataset, e.g. communes_2025) is reached in at least
                         80 % of the runs; table or json
  --seek-lever L         what --seek moves: budget (default) or training (the province's
                         training plan, every kind and year, in percent of its counts)
  -h, --help             this help

Errors are printed in Vietnamese, then English, and the exit code is 2.

The commune criteria status of the embedded Cao Bằng dataset is illustrative: generated and
calibrated to published aggregates. To use real data, copy crates/ntm-model/data/caobang-2020,
replace communes.csv and villages.csv with your own (same columns) and pass --dataset DIR.
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    pub scenario: Option<PathBuf>,
    pub link: Option<String>,
    pub dataset: Option<PathBuf>,
    pub runs: Option<u32>,
    pub seed: Option<u64>,
    pub until: Option<u16>,
    pub budget_scale: Option<f64>,
    pub training_scale: Option<f64>,
    pub format: Format,
    /// The table's language (CSV and JSON are for scripts and keep their keys); a goal seek's
    /// answer is in both languages unless one is asked for.
    pub lang: Option<Lang>,
    pub seek: Option<String>,
    pub seek_lever: SeekLever,
}

impl Args {
    /// `Ok(None)` means help was asked for.
    pub fn parse(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, Fail> {
        let mut a = Args {
            scenario: None,
            link: None,
            dataset: None,
            runs: None,
            seed: None,
            until: None,
            budget_scale: None,
            training_scale: None,
            format: Format::Table,
            lang: None,
            seek: None,
            seek_lever: SeekLever::Budget,
        };
        let mut seen: Vec<String> = Vec::new();
        while let Some(flag) = it.next() {
            let (flag, inline) = match flag.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (flag, None),
            };
            if seen.contains(&flag) {
                return Err(Fail::new(
                    format!("tùy chọn {flag} xuất hiện hai lần; chỉ dùng một lần"),
                    format!("{flag} is given twice; give it once"),
                ));
            }
            seen.push(flag.clone());
            // The next word is the value unless it is another option: `--scenario --runs 5`
            // lacks the file's name, and reading `--runs` as one made `5` an "unknown option".
            // (A value that does start with "--" can be given as `--name=VALUE`.)
            let mut value = |name: &str| {
                let missing = || {
                    Fail::new(
                        format!("{name} cần một giá trị (viết {name} GIÁ_TRỊ hoặc {name}=GIÁ_TRỊ)"),
                        format!("{name} needs a value ({name} VALUE or {name}=VALUE)"),
                    )
                };
                match inline.clone() {
                    Some(v) => Ok(v),
                    None => match it.next() {
                        Some(v) if v.starts_with("--") => Err(missing()),
                        Some(v) => Ok(v),
                        None => Err(missing()),
                    },
                }
            };
            match flag.as_str() {
                "-h" | "--help" if inline.is_none() => return Ok(None),
                "--help" => {
                    return Err(Fail::new(
                        "--help không nhận giá trị",
                        "--help takes no value",
                    ))
                }
                "--scenario" => a.scenario = Some(PathBuf::from(value("--scenario")?)),
                "--link" => a.link = Some(value("--link")?),
                "--dataset" => a.dataset = Some(PathBuf::from(value("--dataset")?)),
                "--runs" => {
                    let v = value("--runs")?;
                    a.runs = Some(whole(&v, "--runs", 1, u64::from(MAX_RUNS))? as u32)
                }
                "--seed" => {
                    let v = value("--seed")?;
                    a.seed = Some(whole(&v, "--seed", 0, u64::MAX)?)
                }
                // The first year allowed is the dataset's base year: checked once it is loaded.
                "--until" => {
                    let v = value("--until")?;
                    a.until = Some(
                        v.parse::<u16>()
                            .ok()
                            .filter(|&y| y <= MAX_YEAR)
                            .ok_or_else(|| {
                                Fail::new(
                                    format!("--until cần một năm, muộn nhất là {MAX_YEAR}, không phải '{v}'"),
                                    format!("--until needs a year, {MAX_YEAR} at the latest, not '{v}'"),
                                )
                            })?,
                    )
                }
                "--budget-scale" => {
                    let v = value("--budget-scale")?;
                    a.budget_scale = Some(number(&v, "--budget-scale", 0.0, 10.0)?)
                }
                "--training-scale" => {
                    let v = value("--training-scale")?;
                    a.training_scale = Some(number(&v, "--training-scale", 0.0, 100.0)?)
                }
                "--seek" => a.seek = Some(value("--seek")?),
                "--seek-lever" => {
                    a.seek_lever = match value("--seek-lever")?.as_str() {
                        "budget" => SeekLever::Budget,
                        "training" => SeekLever::Training,
                        other => {
                            return Err(Fail::new(
                                format!(
                                "--seek-lever phải là budget hoặc training, không phải '{other}'"
                            ),
                                format!("--seek-lever must be budget or training, not '{other}'"),
                            ))
                        }
                    }
                }
                "--format" => {
                    a.format = match value("--format")?.as_str() {
                        "table" => Format::Table,
                        "csv" => Format::Csv,
                        "json" => Format::Json,
                        other => {
                            return Err(Fail::new(
                                format!(
                                    "--format phải là table, csv hoặc json, không phải '{other}'"
                                ),
                                format!("--format must be table, csv or json, not '{other}'"),
                            ))
                        }
                    }
                }
                "--lang" => {
                    a.lang = match value("--lang")?.as_str() {
                        "vi" => Some(Lang::Vi),
                        "en" => Some(Lang::En),
                        other => {
                            return Err(Fail::new(
                                format!("--lang phải là vi hoặc en, không phải '{other}'"),
                                format!("--lang must be vi or en, not '{other}'"),
                            ))
                        }
                    }
                }
                other => {
                    return Err(Fail::new(
                        format!("không có tùy chọn '{other}'"),
                        format!("unknown option '{other}'"),
                    ))
                }
            }
        }
        if a.scenario.is_some() && a.link.is_some() {
            return Err(Fail::new(
                "chỉ dùng --scenario hoặc --link, không dùng cả hai",
                "give --scenario or --link, not both",
            ));
        }
        if a.seek.is_none() && seen.iter().any(|f| f == "--seek-lever") {
            return Err(Fail::new(
                "--seek-lever chỉ dùng cùng --seek",
                "--seek-lever goes with --seek",
            ));
        }
        // --seek moves one lever itself; the other may be scaled first (MODEL.md §2's own
        // example: the training needed with the budget at 150 %).
        if a.seek.is_some() && a.seek_lever == SeekLever::Budget && a.budget_scale.is_some() {
            return Err(Fail::new(
                "--seek tự tìm tỷ lệ tổng vốn (so với kế hoạch của kịch bản): không dùng cùng --budget-scale",
                "--seek finds the budget scale itself (against the scenario's plan): do not give --budget-scale with it",
            ));
        }
        if a.seek.is_some() && a.seek_lever == SeekLever::Training && a.training_scale.is_some() {
            return Err(Fail::new(
                "--seek --seek-lever training tự tìm tỷ lệ đào tạo (so với kế hoạch của kịch bản): không dùng cùng --training-scale",
                "--seek --seek-lever training finds the training scale itself (against the scenario's plan): do not give --training-scale with it",
            ));
        }
        // A language that would change nothing is said, not ignored: CSV and JSON are read by
        // scripts, by their keys.
        if a.lang.is_some() && a.format != Format::Table {
            return Err(Fail::new(
                "--lang chỉ đổi ngôn ngữ của bảng (--format table); CSV và JSON giữ tên khóa và số viết kiểu máy cho các chương trình đọc",
                "--lang sets the table's language only (--format table); CSV and JSON keep their keys and plain numbers for the scripts that read them",
            ));
        }
        if a.seek.is_some() && a.format == Format::Csv {
            return Err(Fail::new(
                "--seek in ra một câu trả lời, không phải bảng theo năm: dùng --format table hoặc json",
                "--seek prints one answer, not a yearly table: use --format table or json",
            ));
        }
        Ok(Some(a))
    }
}

/// A number from `lo` to `hi`; −0 is read as 0 (it would print as "-0.0" in every output).
/// The hint says how to write it: a decimal comma as the app and `--lang vi` write numbers
/// ("1,5") is refused by the shell's conventions here, and a scale copied from the app's
/// percent levers ("150") is a multiplier here.
fn number(v: &str, name: &str, lo: f64, hi: f64) -> Result<f64, Fail> {
    match v.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= lo && x <= hi => Ok(x + 0.0),
        parsed => {
            let (hint_vi, hint_en) =
                if v.contains(',') && v.replace(',', ".").parse::<f64>().is_ok() {
                    (
                        format!(
                            ": dùng dấu chấm cho phần thập phân, như {}",
                            v.replace(',', ".")
                        ),
                        format!(": use a dot for decimals, as in {}", v.replace(',', ".")),
                    )
                } else if let Some(x) = parsed
                    .ok()
                    .filter(|&x| name.ends_with("-scale") && x > hi && x <= 100.0 * hi)
                {
                    (
                        format!(": đây là hệ số nhân ({} nghĩa là {x}%)", x / 100.0),
                        format!(": it is a multiplier ({} means {x}%)", x / 100.0),
                    )
                } else {
                    (String::new(), String::new())
                };
            Err(Fail::new(
                format!("{name} cần một số từ {lo} đến {hi}, không phải '{v}'{hint_vi}"),
                format!("{name} needs a number from {lo} to {hi}, not '{v}'{hint_en}"),
            ))
        }
    }
}

/// A whole number from `lo` to `hi`.
fn whole(v: &str, name: &str, lo: u64, hi: u64) -> Result<u64, Fail> {
    match v.parse::<u64>() {
        Ok(x) if x >= lo && x <= hi => Ok(x),
        _ => {
            // Grouped as each language writes numbers: "20.000" runs, the seed's bound in full.
            let (vi, en) = (ntm_model::format::Lang::Vi, ntm_model::format::Lang::En);
            let range = |l| {
                (
                    ntm_model::format::whole(lo, l),
                    ntm_model::format::whole(hi, l),
                )
            };
            let ((lo_vi, hi_vi), (lo_en, hi_en)) = (range(vi), range(en));
            Err(Fail::new(
                format!("{name} cần một số nguyên từ {lo_vi} đến {hi_vi}, không phải '{v}'"),
                format!("{name} needs a whole number from {lo_en} to {hi_en}, not '{v}'"),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Option<Args>, Fail> {
        Args::parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn reads_every_option() {
        let a = parse(
            "--runs 50 --seed 3 --until 2030 --budget-scale 1.5 --training-scale=2 --format json",
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            (a.runs, a.seed, a.until, a.format),
            (Some(50), Some(3), Some(2030), Format::Json)
        );
        assert_eq!((a.budget_scale, a.training_scale), (Some(1.5), Some(2.0)));
    }

    #[test]
    fn seek_moves_one_lever_and_the_other_may_be_scaled_first() {
        let a = parse("--seek communes_2025 --seek-lever training --budget-scale 1.5")
            .unwrap()
            .unwrap();
        assert_eq!(
            (a.seek_lever, a.budget_scale),
            (SeekLever::Training, Some(1.5))
        );
        assert!(parse("--seek communes_2025 --budget-scale 1.5").is_err());
        assert!(parse("--seek communes_2025 --training-scale 1.5").is_ok());
    }

    #[test]
    fn bad_options_are_errors_not_panics() {
        for bad in [
            "--runs",
            "--runs 0",
            "--runs 2.5",
            "--until 2040",
            "--budget-scale x",
            "--format xml",
            "--frobnicate",
            "--runs 5 --runs 6",
            "--help=yes",
            "--seed -1",
            "--until 2020.5",
        ] {
            let e = parse(bad).expect_err(bad);
            assert!(!e.vi.is_empty() && e.vi != e.en, "{bad}: {e}");
        }
        assert!(parse("--help").unwrap().is_none());
        let e = parse("--scenario --runs 5").expect_err("a missing file name");
        assert!(e.en.starts_with("--scenario needs a value"), "{e}");
        let e = parse("--seek communes_2025 --seek-lever training --training-scale 2");
        assert!(e.is_err(), "the training lever scaled twice");
        let a = parse("--budget-scale -0").unwrap().unwrap();
        assert!(a.budget_scale.unwrap().is_sign_positive());
        // Bounds as each language writes numbers.
        let e = parse("--runs 0").expect_err("no runs");
        assert!(e.vi.contains("từ 1 đến 20.000"), "{e}");
        assert!(e.en.contains("from 1 to 20,000"), "{e}");
        let e = parse("--seed -1").expect_err("a negative seed");
        assert!(e.vi.contains("18.446.744.073.709.551.615"), "{e}");
    }

    #[test]
    fn a_refused_number_says_how_to_write_it() {
        let e = parse("--budget-scale 1,5").expect_err("a decimal comma");
        assert!(
            e.vi.ends_with("dùng dấu chấm cho phần thập phân, như 1.5"),
            "{e}"
        );
        assert!(e.en.ends_with("use a dot for decimals, as in 1.5"), "{e}");
        let e = parse("--training-scale 150").expect_err("a percentage");
        assert!(e.en.ends_with("it is a multiplier (1.5 means 150%)"), "{e}");
        assert!(
            e.vi.ends_with("đây là hệ số nhân (1.5 nghĩa là 150%)"),
            "{e}"
        );
        let e = parse("--budget-scale x").expect_err("not a number");
        assert!(e.en.ends_with("not 'x'"), "{e}");
    }
}
