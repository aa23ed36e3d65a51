//! ntm-sim: runs an NTM Planner scenario and prints the yearly results, for analysts and tests.
//!
//! `cargo run --release --bin ntm-sim -- [options]`; see `--help`. Bad options or files give a
//! clear message and exit code 2, never a panic.

mod args;
mod output;

use args::{Args, Format};
use ntm_model::{Dataset, Scenario};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{}", args::HELP);
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("ntm-sim: {e}\nTry `ntm-sim --help`.");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ntm-sim: {e}");
            ExitCode::from(2)
        }
    }
}

fn load_dataset(args: &Args) -> Result<Dataset, String> {
    match &args.dataset {
        None => Dataset::caobang_2020().map_err(|e| format!("embedded dataset: {e}")),
        Some(dir) => {
            let read = |name: &str| {
                std::fs::read_to_string(dir.join(name))
                    .map_err(|e| format!("cannot read {}: {e}", dir.join(name).display()))
            };
            let criteria = match std::fs::read_to_string(dir.join("criteria.json")) {
                Ok(t) => t,
                Err(_) => ntm_model::criteria::EMBEDDED_CRITERIA_JSON.to_string(),
            };
            Dataset::from_files(
                &read("province.json")?,
                &criteria,
                &read("communes.csv")?,
                &read("villages.csv")?,
            )
            .map_err(|e| {
                let list: Vec<String> = e.0.iter().map(|p| format!("  - {p}")).collect();
                format!(
                    "the dataset in {} has problems:\n{}",
                    dir.display(),
                    list.join("\n")
                )
            })
        }
    }
}

fn load_scenario(args: &Args, ds: &Dataset) -> Result<Scenario, String> {
    let mut sc = if let Some(path) = &args.scenario {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        ntm_model::codec::file::scenario_from_json(&text, ds)
            .map_err(|e| format!("{}: {e}", path.display()))?
    } else if let Some(link) = &args.link {
        ntm_model::codec::link::decode(link, ds)
            .map_err(|e| format!("--link: {e}"))?
            .scenario
    } else {
        Scenario::defaults(ds)
    };
    if let Some(r) = args.runs {
        sc.runs = r;
    }
    if let Some(s) = args.seed {
        sc.seed = s;
    }
    if let Some(u) = args.until {
        sc.until = u;
    }
    if let Some(k) = args.budget_scale {
        sc.scale_budget(k);
    }
    if let Some(k) = args.training_scale {
        sc.scale_training(k);
    }
    let problems = sc.validate(ds);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        return Err(format!("the scenario is not valid:\n{}", list.join("\n")));
    }
    Ok(sc)
}

fn run(args: &Args) -> Result<String, String> {
    let ds = load_dataset(args)?;
    let sc = load_scenario(args, &ds)?;
    let results = ntm_model::simulate(&ds, &sc);
    Ok(match args.format {
        Format::Table => output::table(&ds, &sc, &results),
        Format::Csv => output::csv(&results),
        Format::Json => output::json(&ds, &results),
    })
}
