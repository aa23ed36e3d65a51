//! ntm-sim: runs an NTM Planner scenario and prints the yearly results, for analysts and tests.
//!
//! `cargo run --release --bin ntm-sim -- [options]`; see `--help`. Bad options or files give a
//! clear message, in Vietnamese and English (`fail.rs`), and exit code 2, never a panic.

mod args;
mod fail;
mod output;

use args::{Args, Format};
use fail::Fail;
use ntm_model::codec::file::MAX_BYTES;
use ntm_model::codec::link::DataDiffers;
use ntm_model::{Dataset, Scenario};
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => return emit(args::HELP),
        Err(e) => {
            complain(&e.and("Xem `ntm-sim --help`.", "Try `ntm-sim --help`."));
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(text) => emit(&text),
        Err(e) => {
            complain(&e);
            ExitCode::from(2)
        }
    }
}

/// Writes a failure to standard error. `eprintln!` panics (exit 101) when it cannot write, as
/// when the error stream goes to a reader that stopped early (`ntm-sim … 2>&1 | head -c 100`);
/// the exit code must stay 2 whether or not the message could be read.
fn complain(e: &impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{e}");
}

/// Writes `text` to standard output. `print!` panics when it cannot write; here a reader that
/// stopped early (`ntm-sim … | head`) ends the program quietly, as other command-line tools
/// do, and any other failure (a full disk) is said in both languages with exit code 2.
fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            complain(&fail::unwritable(&e));
            ExitCode::from(2)
        }
    }
}

/// Reads a text file, refusing at once one larger than `limit` bytes (reading `/dev/zero` or
/// a video by mistake must not fill the memory first).
fn read_text(path: &Path, limit: usize) -> Result<String, Fail> {
    let file = std::fs::File::open(path).map_err(|e| fail::unreadable(path, &e))?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail::unreadable(path, &e))?;
    if bytes.len() > limit {
        let mb = limit / (1024 * 1024);
        return Err(Fail::new(
            format!("{}: tệp lớn hơn {mb} MB, quá lớn để đọc", path.display()),
            format!(
                "{}: the file is larger than {mb} MB, too large to read",
                path.display()
            ),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        fail::unreadable(path, &std::io::Error::from(std::io::ErrorKind::InvalidData))
    })?;
    // Windows editors often start a UTF-8 file with a byte-order mark, which JSON does not
    // allow (a province.json edited in Notepad was refused at its first character).
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Largest dataset file read (national data: 70,000 villages are a few megabytes).
const MAX_DATASET_FILE: usize = 256 * 1024 * 1024;

fn load_dataset(args: &Args) -> Result<Dataset, Fail> {
    match &args.dataset {
        None => Dataset::caobang_2020().map_err(|e| {
            Fail::new(
                format!("bộ dữ liệu nhúng không đọc được: {e}"),
                format!("embedded dataset: {e}"),
            )
        }),
        Some(dir) => {
            let read = |name: &str| read_text(&dir.join(name), MAX_DATASET_FILE);
            // The built-in criteria only when the folder has none: one it has but cannot be
            // read (saved as UTF-16, a folder of that name) is an error, not silently replaced.
            let own = dir.join("criteria.json");
            let criteria = match std::fs::symlink_metadata(&own) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    ntm_model::criteria::EMBEDDED_CRITERIA_JSON.to_string()
                }
                _ => read("criteria.json")?,
            };
            Dataset::from_files(
                &read("province.json")?,
                &criteria,
                &read("communes.csv")?,
                &read("villages.csv")?,
            )
            .map_err(|e| {
                let list = |lang| -> String {
                    let lines: Vec<String> =
                        e.0.iter()
                            .map(|p| format!("  - {}", p.said_in(lang)))
                            .collect();
                    lines.join("\n")
                };
                Fail::new(
                    format!(
                        "bộ dữ liệu trong {} có lỗi:\n{}",
                        dir.display(),
                        list(ntm_model::format::Lang::Vi)
                    ),
                    format!(
                        "the dataset in {} has problems:\n{}",
                        dir.display(),
                        list(ntm_model::format::Lang::En)
                    ),
                )
            })
        }
    }
}

/// Says on stderr that the scenario was made for another version of the dataset.
fn warn_other_version(made_for: u32, ds: &Dataset) {
    complain(&Fail::new(
        format!(
            "lưu ý: kịch bản được tạo cho phiên bản {made_for} của bộ dữ liệu, đây là phiên \
                 bản {}; kết quả có thể khác với khi tạo",
            ds.province.version
        ),
        format!(
            "note: the scenario was made for version {made_for} of the dataset, this is \
                 version {}; results may differ from when it was made",
            ds.province.version
        ),
    ));
}

fn warn_other_data(ds: &Dataset) {
    let p = &ds.province;
    complain(&Fail::new(
        format!(
            "lưu ý: liên kết được tạo trên số liệu khác mang cùng mã '{}' và phiên bản {}; kết \
                 quả có thể khác với khi tạo (hãy dùng đúng các tệp số liệu của người gửi)",
            p.id, p.version
        ),
        format!(
            "note: the link was made on other data under the same id '{}' and version {}; \
                 results may differ from when it was made (use the sender's own data files)",
            p.id, p.version
        ),
    ));
}

/// The scenario the options name, and the name it was given (in its file or its link), if any.
fn load_scenario(args: &Args, ds: &Dataset) -> Result<(Scenario, Option<String>), Fail> {
    let mut name = None;
    let mut sc = if let Some(path) = &args.scenario {
        let text = read_text(path, MAX_BYTES)?;
        let read = ntm_model::codec::file::read_noting_unknown(&text, ds)
            .map_err(|e| fail::scenario_file(path, &e))?;
        for field in &read.unknown_fields {
            complain(&Fail::new(
                format!("lưu ý: bỏ qua trường không có trong kịch bản: {field} (viết sai tên?)"),
                format!("note: ignored a field no scenario has: {field} (a typo?)"),
            ));
        }
        if read.scenario.dataset.version != ds.province.version {
            warn_other_version(read.scenario.dataset.version, ds);
        }
        name = ntm_model::codec::link::tidy_name(&read.name);
        read.scenario
    } else if let Some(link) = &args.link {
        let decoded = ntm_model::codec::link::decode(link, ds).map_err(|e| fail::link(&e))?;
        match decoded.data_differs {
            Some(DataDiffers::Version(v)) => warn_other_version(v, ds),
            Some(DataDiffers::Content) => warn_other_data(ds),
            None => {}
        }
        name = decoded.name;
        decoded.scenario
    } else {
        Scenario::defaults(ds)
    };
    // The name is the loaded scenario's: an option that changes it (runs, seed, horizon,
    // scales) makes it another scenario, as a changed lever does in the app.
    let loaded = sc.clone();
    if let Some(r) = args.runs {
        sc.runs = r;
    }
    if let Some(s) = args.seed {
        sc.seed = s;
    }
    if let Some(u) = args.until {
        let base = ds.province.base_year;
        let last = ntm_model::scenario::MAX_YEAR;
        if u < base {
            return Err(Fail::new(
                format!("--until cần một năm từ {base} (năm gốc của bộ dữ liệu) đến {last}, không phải {u}"),
                format!("--until needs a year from {base} (the dataset's base year) to {last}, not {u}"),
            ));
        }
        sc.until = u;
    }
    // Scaled lines or counts can pass a limit the file or link kept: say it is the scaling.
    let valid_before = sc.validate(ds).is_empty();
    if let Some(k) = args.budget_scale {
        sc.scale_budget(k);
    }
    if let Some(k) = args.training_scale {
        sc.scale_training(k);
    }
    let problems = sc.validate(ds);
    if !problems.is_empty() {
        let f = fail::invalid(&problems);
        return Err(if valid_before {
            f.and(
                "Giới hạn bị vượt sau khi nhân với --budget-scale hoặc --training-scale: hãy dùng hệ số nhỏ hơn.",
                "The limits were passed after multiplying by --budget-scale or --training-scale: use a smaller factor.",
            )
        } else {
            f
        });
    }
    let name = name.filter(|_| sc == loaded);
    Ok((sc, name))
}

fn run(args: &Args) -> Result<String, Fail> {
    let ds = load_dataset(args)?;
    let (sc, name) = load_scenario(args, &ds)?;
    if let Some(target) = &args.seek {
        let assessed = || {
            ds.province
                .targets
                .iter()
                .filter(|t| ds.province.assesses(t))
        };
        let Some(t) = assessed().find(|t| &t.id == target) else {
            let ids: Vec<&str> = assessed().map(|t| t.id.as_str()).collect();
            // A target of the data this data cannot assess (the JSON lists it, as not assessed).
            if ds.province.targets.iter().any(|t| &t.id == target) {
                return Err(Fail::new(
                    format!(
                        "--seek: mục tiêu '{target}' không đánh giá được với bộ dữ liệu này (nó \
                         tính mọi xóm của tỉnh, mà dữ liệu chỉ liệt kê một phần); các mục tiêu \
                         tìm được: {}",
                        ids.join(", ")
                    ),
                    format!(
                        "--seek: the target '{target}' cannot be assessed on this dataset (it \
                         counts every village of the province, and the data lists only some); \
                         the targets that can be sought: {}",
                        ids.join(", ")
                    ),
                ));
            }
            return Err(Fail::new(
                format!(
                    "--seek: không có mục tiêu '{target}'; các mục tiêu: {}",
                    ids.join(", ")
                ),
                format!(
                    "--seek: no target '{target}'; the targets are: {}",
                    ids.join(", ")
                ),
            ));
        };
        let outcome = ntm_model::seek::seek(
            &ds,
            &sc,
            args.seek_lever,
            target,
            ntm_model::seek::LIKELY_FROM,
            ntm_model::seek::MAX_PCT,
        );
        if outcome == ntm_model::seek::SeekOutcome::NotInHorizon {
            // A usage error, as a bad --until is: no answer was found.
            return Err(Fail::new(
                format!(
                    "--seek: năm {} của mục tiêu nằm ngoài các năm mô phỏng (đến {}): dùng --until {}",
                    t.year, sc.until, t.year
                ),
                format!(
                    "--seek: the target's year {} is past the simulated years (to {}): use --until {}",
                    t.year, sc.until, t.year
                ),
            ));
        }
        return Ok(match args.format {
            Format::Json => output::seek_json(t, args.seek_lever, &outcome),
            _ => output::seek_text(&ds, t, args.seek_lever, &outcome, args.lang),
        });
    }
    let results = ntm_model::simulate(&ds, &sc);
    Ok(match args.format {
        Format::Table => output::table(
            &ds,
            &results,
            name.as_deref(),
            args.lang.unwrap_or(ntm_model::format::Lang::En),
        ),
        Format::Csv => output::csv(&results),
        Format::Json => output::json(&ds, &results, name.as_deref()),
    })
}
