//! Command-line options of ntm-sim, parsed by hand (a dozen flags do not need a parser crate).

use std::path::PathBuf;

pub const HELP: &str = "\
ntm-sim — run an NTM Planner scenario and print yearly results

USAGE
  cargo run --release --bin ntm-sim -- [OPTIONS]

OPTIONS
  --scenario FILE.json   scenario exported from the app (default: the dataset's defaults)
  --link URL|FRAGMENT    a share link from the app (the whole URL or the part after #)
  --dataset DIR          a dataset folder with province.json, communes.csv, villages.csv
                         (and optionally criteria.json); default: embedded Cao Bằng 2020
  --runs N               Monte Carlo runs (default 1000)
  --seed S               random seed
  --until YEAR           last simulated year (base year to 2030)
  --budget-scale F       multiply every budget line by F
  --training-scale F     multiply every training count by F
  --format FMT           table (default), csv or json
  -h, --help             this help

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
}

impl Args {
    /// `Ok(None)` means help was asked for.
    pub fn parse(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
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
        };
        while let Some(flag) = it.next() {
            let (flag, inline) = match flag.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (flag, None),
            };
            let mut value = |name: &str| {
                inline
                    .clone()
                    .or_else(|| it.next())
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match flag.as_str() {
                "-h" | "--help" => return Ok(None),
                "--scenario" => a.scenario = Some(PathBuf::from(value("--scenario")?)),
                "--link" => a.link = Some(value("--link")?),
                "--dataset" => a.dataset = Some(PathBuf::from(value("--dataset")?)),
                "--runs" => {
                    a.runs = Some(number(&value("--runs")?, "--runs", 1.0, 20_000.0)? as u32)
                }
                "--seed" => {
                    let v = value("--seed")?;
                    a.seed = Some(
                        v.parse()
                            .map_err(|_| format!("--seed needs a whole number ≥ 0, not '{v}'"))?,
                    )
                }
                "--until" => {
                    a.until = Some(number(&value("--until")?, "--until", 2000.0, 2030.0)? as u16)
                }
                "--budget-scale" => {
                    a.budget_scale = Some(number(
                        &value("--budget-scale")?,
                        "--budget-scale",
                        0.0,
                        10.0,
                    )?)
                }
                "--training-scale" => {
                    a.training_scale = Some(number(
                        &value("--training-scale")?,
                        "--training-scale",
                        0.0,
                        100.0,
                    )?)
                }
                "--format" => {
                    a.format = match value("--format")?.as_str() {
                        "table" => Format::Table,
                        "csv" => Format::Csv,
                        "json" => Format::Json,
                        other => {
                            return Err(format!(
                                "--format must be table, csv or json, not '{other}'"
                            ))
                        }
                    }
                }
                other => return Err(format!("unknown option '{other}'")),
            }
        }
        if a.scenario.is_some() && a.link.is_some() {
            return Err("give --scenario or --link, not both".into());
        }
        Ok(Some(a))
    }
}

fn number(v: &str, name: &str, lo: f64, hi: f64) -> Result<f64, String> {
    match v.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= lo && x <= hi => {
            if (name == "--runs" || name == "--until") && x.fract() != 0.0 {
                return Err(format!("{name} needs a whole number, not '{v}'"));
            }
            Ok(x)
        }
        _ => Err(format!(
            "{name} needs a number from {lo} to {hi}, not '{v}'"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Option<Args>, String> {
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
    fn bad_options_are_errors_not_panics() {
        for bad in [
            "--runs",
            "--runs 0",
            "--runs 2.5",
            "--until 2040",
            "--budget-scale x",
            "--format xml",
            "--frobnicate",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(parse("--help").unwrap().is_none());
    }
}
