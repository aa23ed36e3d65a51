//! ntm-gen-data: regenerates the illustrative Cao Bằng dataset from its sources and seed, and
//! prints how close the base state lands to the published aggregates.
//!
//! `cargo run --release --bin ntm-gen-data -- [--seed N] [--write]` (without `--write` it only
//! reports; the test suite checks that the committed files equal the generator's output).

use ntm_model::dataset::generate::{generate_caobang, Calibration, DEFAULT_SEED};
use ntm_model::dataset::{communes_to_csv, villages_to_csv, Dataset};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args.iter().any(|a| a == "--write");
    let seed = match args
        .iter()
        .position(|a| a == "--seed")
        .map(|i| args.get(i + 1).and_then(|s| s.parse::<u64>().ok()))
    {
        None => DEFAULT_SEED,
        Some(Some(s)) => s,
        Some(None) => {
            eprintln!("--seed needs a whole number");
            return ExitCode::from(2);
        }
    };
    let province: ntm_model::dataset::Province =
        match serde_json::from_str(ntm_model::dataset::embedded::PROVINCE) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("province.json: {e}");
                return ExitCode::from(1);
            }
        };
    let criteria = match ntm_model::criteria::CriteriaCatalog::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let generated = match generate_caobang(
        &province.districts,
        &criteria,
        seed,
        &Calibration::default(),
    ) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let communes_csv = communes_to_csv(&generated.communes, &province.districts);
    let villages_csv = villages_to_csv(&generated.villages, &generated.communes);
    let ds = match Dataset::from_files(
        ntm_model::dataset::embedded::PROVINCE,
        ntm_model::criteria::EMBEDDED_CRITERIA_JSON,
        &communes_csv,
        &villages_csv,
    ) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("the generated files do not read back: {e:?}");
            return ExitCode::from(1);
        }
    };
    let b = ntm_model::sim::base_summary(&ds);
    println!("seed {seed}");
    println!(
        "communes {} (xã {}), scope {}, villages {}",
        b.communes, b.candidate_communes, b.scope_communes, b.villages
    );
    println!(
        "NTM communes {} (scope {})",
        b.ntm_communes, b.scope_ntm_communes
    );
    println!(
        "mean criteria per xã {:.3}, fewest {}",
        b.avg_commune_criteria, b.min_commune_criteria
    );
    println!(
        "mean criteria per scope village {:.3}; villages at the standard {}",
        b.avg_village_criteria_scope, b.villages_standard
    );
    println!(
        "xã below 10: {} (scope {}); below 15: {}",
        b.communes_below_10,
        b.scope_communes_below_10,
        b.communes_below_15.unwrap_or_default()
    );
    let set = ds.base_commune_set();
    let xa: Vec<_> = ds.communes.iter().filter(|c| c.is_candidate()).collect();
    let mut rates: Vec<(f64, &str)> = set
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                xa.iter().filter(|x| x.levels[i] >= c.threshold).count() as f64 / xa.len() as f64,
                c.name_en.as_str(),
            )
        })
        .collect();
    rates.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!("criteria met least often:");
    for (r, name) in rates.iter().take(6) {
        println!("  {:5.1}%  {name}", r * 100.0);
    }
    let hh: f64 = ds.communes.iter().map(|c| f64::from(c.households)).sum();
    let poor: f64 = ds
        .communes
        .iter()
        .map(|c| c.poverty_rate * f64::from(c.households))
        .sum();
    println!("poverty (household-weighted) {:.2}%", poor / hh * 100.0);
    println!(
        "extremely difficult {}",
        ds.communes.iter().filter(|c| c.extremely_difficult).count()
    );
    if write {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../ntm-model/data/caobang-2020"
        );
        for (name, text) in [
            ("communes.csv", &communes_csv),
            ("villages.csv", &villages_csv),
        ] {
            let path = format!("{dir}/{name}");
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("cannot write {path}: {e}");
                return ExitCode::from(1);
            }
            println!("wrote {path}");
        }
    }
    ExitCode::SUCCESS
}
