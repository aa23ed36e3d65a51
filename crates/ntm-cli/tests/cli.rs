//! ntm-sim as an analyst meets it: bad options, files and links give exit code 2 and a message
//! in Vietnamese then English, never a panic; odd but readable files are read and what was
//! ignored is said.

use std::path::PathBuf;
use std::process::{Command, Output};

fn sim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ntm-sim"))
        .args(args)
        .output()
        .expect("ntm-sim runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch file of this test's own.
fn scratch(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ntm-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write");
    path
}

/// The default scenario as a file, from the runner's own dataset through the model's writer.
fn default_file() -> String {
    let ds = ntm_model::Dataset::caobang_2020().expect("embedded dataset");
    ntm_model::codec::file::scenario_to_json(&ntm_model::Scenario::defaults(&ds), "test")
}

/// Refused with exit code 2 and a message whose Vietnamese (`vi`) comes before its English
/// (`en`), every line marked with the program's name.
fn refused(o: &Output, vi: &str, en: &str) {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(!e.contains("panicked"), "{e}");
    let (v, n) = (e.find(vi), e.find(en));
    assert!(
        v.is_some() && n.is_some() && v < n,
        "want '{vi}' then '{en}' in:\n{e}"
    );
    assert!(e.lines().all(|l| l.starts_with("ntm-sim: ")), "{e}");
}

#[test]
fn bad_options_are_refused_in_both_languages() {
    refused(
        &sim(&["--runs", "0"]),
        "cần một số nguyên từ 1",
        "needs a whole number from 1",
    );
    refused(
        &sim(&["--frob"]),
        "không có tùy chọn '--frob'",
        "unknown option '--frob'",
    );
    refused(
        &sim(&["--runs", "5", "--runs", "6"]),
        "hai lần",
        "given twice",
    );
    refused(
        &sim(&["--until", "2019"]),
        "từ 2020 (năm gốc",
        "from 2020 (the dataset's base year)",
    );
    refused(
        &sim(&["--until", "2031"]),
        "muộn nhất là 2030",
        "2030 at the latest",
    );
    refused(
        &sim(&["--lang", "fr"]),
        "--lang phải là vi hoặc en",
        "--lang must be vi or en",
    );
    refused(
        &sim(&["--lang", "vi", "--format", "csv"]),
        "--lang chỉ đổi ngôn ngữ của bảng",
        "--lang sets the table's language only",
    );
    refused(
        &sim(&["--help=yes"]),
        "không nhận giá trị",
        "takes no value",
    );
}

#[test]
fn bad_files_and_links_are_refused_in_both_languages() {
    refused(
        &sim(&["--scenario", "/no/such/file.json"]),
        "không có tệp này",
        "cannot read /no/such/file.json",
    );
    let not_json = scratch("notes.json", "hello");
    refused(
        &sim(&["--scenario", not_json.to_str().unwrap()]),
        "không phải tệp kịch bản NTM Planner",
        "Use a .ntm.json file exported from the app",
    );
    // Plain text starting like "null": the reader's words in Vietnamese, and the app's menu.
    let text = scratch("notes2.json", "nul\n");
    refused(
        &sim(&["--scenario", text.to_str().unwrap()]),
        "không phải JSON: gặp chữ không phải giá trị JSON",
        "“Scenarios” → “Export, import” → “Download the scenario file”",
    );
    refused(
        &sim(&["--link", "AAAA"]),
        "liên kết bị hỏng",
        "the link is damaged",
    );
    refused(
        &sim(&["--link", "AAAA"]),
        "Hãy sao chép lại toàn bộ liên kết",
        "Copy the whole link again",
    );
    // Which value is wrong, and what it may be, in each language.
    let late = scratch(
        "late.json",
        &default_file().replacen(
            "\"stricter_set_year\": 2022",
            "\"stricter_set_year\": 3000",
            1,
        ),
    );
    refused(
        &sim(&["--scenario", late.to_str().unwrap()]),
        "policy.stricter_set_year: 3000 phải nằm trong khoảng 2020 đến 2031",
        "policy.stricter_set_year: 3000 must be between 2020 and 2031",
    );
}

#[test]
fn a_dataset_with_a_wrong_cell_names_it_in_both_languages() {
    let src =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ntm-model/data/caobang-2020");
    let dir = std::env::temp_dir().join(format!("ntm-cli-dataset-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for f in ["province.json", "villages.csv"] {
        std::fs::copy(src.join(f), dir.join(f)).expect("copy");
    }
    let communes = std::fs::read_to_string(src.join("communes.csv")).expect("communes");
    let mut lines: Vec<String> = communes.lines().map(String::from).collect();
    // The third row's last criterion written the Vietnamese way, as a spreadsheet might.
    let last = lines[3].rfind(',').expect("a comma");
    lines[3] = format!("{},\"97,5\"", &lines[3][..last]);
    std::fs::write(dir.join("communes.csv"), lines.join("\n")).expect("write");
    refused(
        &sim(&["--dataset", dir.to_str().unwrap(), "--runs", "2"]),
        "communes.csv, dòng 4: giá trị sai: c19 '97,5' (số từ 0 đến 300, phần trăm của ngưỡng, dùng dấu chấm thập phân",
        "communes.csv, line 4: wrong value(s): c19 '97,5' (a number from 0 to 300, percent of the threshold, with a decimal point",
    );
}

#[test]
fn an_endless_file_is_refused_without_reading_it_all() {
    // /dev/zero never ends: reading it whole would fill the memory.
    refused(
        &sim(&["--scenario", "/dev/zero"]),
        "quá lớn để đọc",
        "too large to read",
    );
}

#[test]
fn scaling_past_a_limit_is_blamed_on_the_scaling() {
    let big = scratch(
        "big.json",
        &default_file().replacen("\"central_ntm\": [", "\"central_ntm\": [200000, ", 1),
    );
    let path = big.to_str().unwrap();
    let ok = sim(&["--scenario", path, "--runs", "2", "--format", "csv"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    refused(
        &sim(&["--scenario", path, "--runs", "2", "--budget-scale", "10"]),
        "sau khi nhân với --budget-scale",
        "after multiplying by --budget-scale",
    );
}

#[test]
fn a_file_with_a_byte_order_mark_runs_and_a_typo_is_pointed_out() {
    let text = default_file().replacen("\"runs\":", "\"rnus\": 5, \"runs\":", 1);
    let path = scratch("bom.json", &format!("\u{feff}{text}"));
    let o = sim(&[
        "--scenario",
        path.to_str().unwrap(),
        "--runs",
        "2",
        "--format",
        "json",
    ]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{e}");
    assert!(
        e.contains("scenario.rnus") && e.contains("viết sai tên"),
        "{e}"
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(json["base"]["communes"], 161);
}

/// Output that cannot be written is said, not panicked on: a full disk (`/dev/full`) is exit
/// code 2 with the message; a reader that stops early (a closed pipe) ends the run quietly.
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_not_a_panic() {
    use std::process::Stdio;
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = Command::new(env!("CARGO_BIN_EXE_ntm-sim"))
        .args(["--runs", "2"])
        .stdout(Stdio::from(full))
        .output()
        .expect("ntm-sim runs");
    refused(&o, "không ghi được kết quả", "cannot write the results");

    // A reader that closes the pipe before the output is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_ntm-sim"))
        .args(["--runs", "2", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ntm-sim starts");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("ntm-sim ends");
    let e = stderr(&o);
    assert!(!e.contains("panicked"), "{e}");
    assert_eq!(o.status.code(), Some(0), "{e}");
}

#[test]
fn seek_answers_with_a_scale_that_gives_the_target_when_run() {
    let o = sim(&[
        "--seek",
        "communes_2025",
        "--runs",
        "200",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["outcome"], "needs", "{v}");
    let pct = v["likely"]["scale_pct"].as_f64().expect("scale");
    assert!(v["likely"]["probability"].as_f64().unwrap() >= 0.8, "{v}");
    assert!(v["below"]["probability"].as_f64().unwrap() < 0.8, "{v}");
    // Running the scenario at that scale reaches the target's goal in the median: likely.
    let scale = format!("{}", pct / 100.0);
    let run = sim(&[
        "--runs",
        "200",
        "--budget-scale",
        &scale,
        "--format",
        "json",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON");
    let last = r["series"]["communes_recognised"]["p50"]
        .as_array()
        .and_then(|a| a.last())
        .and_then(|x| x.as_f64())
        .expect("2025 median");
    assert!(last >= 50.0, "median {last} at {pct} %");
    // The text names the target in both languages and the scale in Vietnamese numbers.
    let text = sim(&["--seek", "communes_2025", "--runs", "200"]);
    let t = String::from_utf8_lossy(&text.stdout);
    assert!(
        t.contains("Ít nhất 50 xã") && t.contains("At least 50 NTM communes"),
        "{t}"
    );
    assert!(t.contains(&format!("{pct:.0}% kế hoạch")), "{t}");
    // From a draft above what the target needs: how much less would do, in both forms.
    let ds = ntm_model::Dataset::caobang_2020().expect("embedded dataset");
    let mut rich = ntm_model::Scenario::defaults(&ds);
    (rich.budget.scale_pct, rich.runs) = (300.0, 200);
    let file = scratch(
        "rich.json",
        &ntm_model::codec::file::scenario_to_json(&rich, "rich"),
    );
    let path = file.to_str().expect("path");
    let o = sim(&[
        "--scenario",
        path,
        "--seek",
        "communes_2025",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["outcome"], "likely_with_less", "{v}");
    assert_eq!(v["at"]["scale_pct"], 300.0, "{v}");
    assert_eq!(
        v["lowest"]["scale_pct"], pct,
        "the same answer from above: {v}"
    );
    assert!(v["below"]["probability"].as_f64().unwrap() < 0.8, "{v}");
    let saving = v["saving_billion_vnd"].as_f64().expect("saving");
    let at = |k: &str| v[k]["money_billion_vnd"].as_f64().unwrap();
    assert!(
        saving > 0.0 && (saving - (at("at") - at("lowest"))).abs() < 1e-6,
        "{v}"
    );
    let text = sim(&[
        "--scenario",
        path,
        "--seek",
        "communes_2025",
        "--lang",
        "vi",
    ]);
    let t = String::from_utf8_lossy(&text.stdout);
    assert!(
        t.contains(&format!(
            "vẫn nhiều khả năng đạt với tổng vốn bằng {pct:.0}% kế hoạch"
        )) && t.contains("Ít hơn "),
        "{t}"
    );
    refused(
        &sim(&["--seek", "nope"]),
        "không có mục tiêu 'nope'",
        "no target 'nope'",
    );
    // A target of the data that it cannot assess is not "no target".
    refused(
        &sim(&["--seek", "all_villages_2025"]),
        "không đánh giá được với bộ dữ liệu này",
        "the target 'all_villages_2025' cannot be assessed on this dataset",
    );
    refused(
        &sim(&["--seek", "communes_2025", "--budget-scale", "2"]),
        "không dùng cùng --budget-scale",
        "do not give --budget-scale with it",
    );
    refused(
        &sim(&["--seek", "communes_2025", "--format", "csv"]),
        "--seek in ra một câu trả lời",
        "--seek prints one answer",
    );
}

/// The table's verdict is the page's (a share of runs, `Likelihood`), never the median's: at
/// three times the training the median passes 50 communes, in only about two runs in three.
#[test]
fn the_verdict_is_the_share_of_runs_as_on_the_page() {
    let args = ["--runs", "200", "--training-scale", "3"];
    let json = sim(&[&args[..], &["--format", "json"]].concat());
    assert!(json.status.success(), "{}", stderr(&json));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let table = sim(&args);
    let text = String::from_utf8_lossy(&table.stdout);
    let targets = v["targets"].as_array().expect("targets");
    let ds = ntm_model::Dataset::caobang_2020().expect("embedded dataset");
    let mut median_only = 0;
    for (t, spec) in targets.iter().zip(&ds.province.targets) {
        let line = text
            .lines()
            .find(|l| l.contains(spec.name_en.as_str()))
            .expect("a line per target");
        // 30 % of every village, with only the scope's villages: no verdict, and why — in the
        // JSON too, with nothing a script could take for one.
        if spec.every_village {
            assert_eq!(t["assessable"], false, "{t}");
            assert_eq!(t["likelihood"], "not_assessed", "{t}");
            assert!(
                t["met"].is_null() && t["probability"].is_null() && t["median"].is_null(),
                "{t}"
            );
            assert!(
                line.contains(" NOT ASSESSED (it counts every village"),
                "{line}"
            );
            continue;
        }
        let p = t["probability"].as_f64().expect("probability");
        let want = ntm_model::results::Likelihood::of(p).key();
        assert_eq!(t["likelihood"], want, "{t}");
        let word = format!(" {} (reached in", want.to_uppercase());
        assert!(line.contains(&word), "{line} vs {t}");
        if t["met"] == true && want != "likely" {
            median_only += 1;
        }
    }
    assert!(
        median_only > 0,
        "no target whose median passes but is not likely: {v}"
    );
}

/// A target beyond the years run has no verdict in the JSON either (it read "unlikely", 0 %).
#[test]
fn a_target_beyond_the_years_run_has_no_verdict_in_the_json() {
    let json = sim(&["--runs", "20", "--until", "2022", "--format", "json"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let targets = v["targets"].as_array().expect("targets");
    let late: Vec<_> = targets.iter().filter(|t| t["year"] == 2025).collect();
    assert!(!late.is_empty());
    for t in late {
        assert_eq!(t["in_horizon"], false, "{t}");
        assert_eq!(t["likelihood"], "outside_horizon", "{t}");
        assert!(t["met"].is_null() && t["probability"].is_null(), "{t}");
    }
    let early = targets
        .iter()
        .find(|t| t["year"] == 2020)
        .expect("a 2020 target");
    assert!(early["probability"].is_f64(), "{early}");
}

/// A scenario's name, from its link or its file, heads the table and is in the JSON, for as
/// long as the options leave the scenario as it was (as a changed lever does in the app).
#[test]
fn the_scenario_s_name_from_a_link_or_a_file_is_printed_while_it_is_that_scenario() {
    let ds = ntm_model::Dataset::caobang_2020().expect("embedded dataset");
    let mut sc = ntm_model::Scenario::defaults(&ds);
    sc.runs = 20;
    sc.budget.scale_pct = 140.0;
    let name = "Tăng vốn 140% – biên giới";
    let view = ntm_model::codec::link::View::default();
    let link = ntm_model::codec::link::fragment(&sc, &view, Some(name), &ds).expect("link");
    let o = sim(&["--link", &link]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        out.lines().nth(1),
        Some(format!("Scenario: “{name}”").as_str())
    );
    let o = sim(&["--link", &link, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(json["scenario_name"], name);
    assert!(json["base"]["avg_village_criteria"].as_f64().is_some());
    // More runs make it another scenario: no name.
    let o = sim(&["--link", &link, "--runs", "30", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert!(json["scenario_name"].is_null(), "{}", json["scenario_name"]);
    // A file's name likewise.
    let file = scratch(
        "named.json",
        &ntm_model::codec::file::scenario_to_json(&sc, name),
    );
    let o = sim(&["--scenario", file.to_str().expect("path")]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains(&format!("Scenario: “{name}”")), "{out}");
}

/// Every count a target is judged on has its row in the table, so that an analyst can follow
/// a verdict year by year ("No commune below 15 criteria by 2025" had none), with the same
/// medians as the JSON.
#[test]
fn the_table_has_a_row_for_every_count_a_target_is_judged_on() {
    let args = ["--runs", "50"];
    let json = sim(&[&args[..], &["--format", "json"]].concat());
    assert!(json.status.success(), "{}", stderr(&json));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    // The "none below 10 / 15 criteria" targets' series have their starting counts.
    let b = &v["base"];
    let below_10 = b["communes_below_10"]
        .as_u64()
        .expect("below 10 at the base");
    let below_15 = b["communes_below_15"]
        .as_u64()
        .expect("below 15 at the base");
    let xa = b["candidate_communes"].as_u64().expect("xã");
    assert!(below_10 <= below_15 && below_15 <= xa, "{b}");
    let table = sim(&args);
    let text = String::from_utf8_lossy(&table.stdout).into_owned();
    for t in v["targets"].as_array().expect("targets") {
        let key = t["metric"].as_str().expect("metric key");
        if key == "villages_share" || key == "scope_villages_share" {
            // A share of the villages row's count (of the scope's villages: in the JSON).
            continue;
        }
        let metric = ntm_model::results::Metric::ALL
            .into_iter()
            .find(|m| m.key() == key)
            .expect("a known metric");
        let row = text
            .lines()
            .find(|l| l.starts_with(&format!("{}  ", metric.label_en())))
            .unwrap_or_else(|| panic!("no row for {key}:\n{text}"));
        let p50 = v["series"][key]["p50"].as_array().expect("p50");
        let cells: Vec<&str> = row[metric.label_en().len()..]
            .split(']')
            .filter_map(|c| c.split_whitespace().next())
            .collect();
        assert_eq!(cells.len(), p50.len(), "{row}");
        for (cell, p) in cells.iter().zip(p50) {
            let p = p.as_f64().expect("number");
            assert_eq!(*cell, format!("{p:.0}"), "{row}");
        }
    }
}

/// A copy of the embedded dataset's files in a folder of this test's own.
fn dataset_copy(name: &str) -> PathBuf {
    let src =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ntm-model/data/caobang-2020");
    let dir = std::env::temp_dir().join(format!("ntm-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for f in ["province.json", "communes.csv", "villages.csv"] {
        std::fs::copy(src.join(f), dir.join(f)).expect("copy");
    }
    dir
}

#[test]
fn a_criteria_file_that_cannot_be_read_is_an_error_not_the_built_in_one() {
    // Saved by a Windows editor as UTF-16: it used to be replaced by the built-in criteria
    // without a word, and the run gave the built-in numbers.
    let dir = dataset_copy("utf16");
    let criteria = ntm_model::criteria::EMBEDDED_CRITERIA_JSON;
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(criteria.encode_utf16().flat_map(|u| u.to_le_bytes()));
    std::fs::write(dir.join("criteria.json"), utf16).expect("write");
    refused(
        &sim(&["--dataset", dir.to_str().unwrap(), "--runs", "2"]),
        "criteria.json: tệp không phải văn bản UTF-8 (hãy lưu lại dưới dạng “CSV UTF-8”, hoặc \
         văn bản UTF-8 với tệp .json)",
        // A data file gets no advice to export a scenario from the app.
        "criteria.json: the file is not UTF-8 text (save it again as “CSV UTF-8”, or as UTF-8 \
         text for a .json file)",
    );
    // A criteria file of valid JSON but the wrong shape says so, in Vietnamese too.
    std::fs::write(dir.join("criteria.json"), "{\"sets\": []}").expect("write");
    refused(
        &sim(&["--dataset", dir.to_str().unwrap(), "--runs", "2"]),
        "criteria.json: không phải tệp tiêu chí hợp lệ: thiếu mục `about`",
        "criteria.json: not a valid criteria file: missing field `about`",
    );
    // None at all: the built-in criteria, as the help says.
    std::fs::remove_file(dir.join("criteria.json")).expect("remove");
    let o = sim(&["--dataset", dir.to_str().unwrap(), "--runs", "2"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_province_file_with_a_byte_order_mark_is_read() {
    let dir = dataset_copy("bom");
    let province = std::fs::read_to_string(dir.join("province.json")).expect("read");
    std::fs::write(dir.join("province.json"), format!("\u{feff}{province}")).expect("write");
    let o = sim(&["--dataset", dir.to_str().unwrap(), "--runs", "2"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn table_cells_stay_apart_when_counts_reach_five_digits() {
    let o = sim(&["--runs", "20", "--budget-scale", "10"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let rows: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("median"))
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(rows.len() > 5, "{out}");
    // (Thousands are grouped, "15,676": the digits are counted without the commas.)
    let five_digits = rows.iter().any(|r| {
        r.replace(',', "")
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() >= 5)
    });
    assert!(five_digits, "the case needs a five-digit count:\n{out}");
    for row in &rows[1..] {
        // Every cell ends with "]" and is followed by at least two spaces or the row's end.
        let cells = row.matches(']').count();
        let apart = row.matches("]  ").count() + usize::from(row.ends_with(']'));
        assert_eq!(cells, 6, "{row}");
        assert_eq!(apart, cells, "cells run together: {row}");
    }
}

#[test]
fn a_seek_past_the_years_run_is_a_usage_error() {
    refused(
        &sim(&["--seek", "communes_2025", "--until", "2022"]),
        "nằm ngoài các năm mô phỏng (đến 2022): dùng --until 2025",
        "is past the simulated years (to 2022): use --until 2025",
    );
}

/// A count target's line says its median and goal as counts ("median 18 vs 40"), a share
/// target's as percentages.
#[test]
fn target_lines_say_counts_as_whole_numbers() {
    let out = sim(&["--runs", "20"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let line = |start: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no line {start}:\n{text}"))
            .to_string()
    };
    let villages = line("40 villages at the NTM standard by end 2020");
    assert!(villages.contains(" vs 40)"), "{villages}");
    assert!(!villages.contains(".0 vs"), "{villages}");
    let share = line("At least 50% of 1385-scope villages");
    assert!(share.contains("% vs 50.0%)"), "{share}");
}

/// `--lang vi` prints the same table in Vietnamese: the same rows and figures, with the rows,
/// the targets and their verdicts named as the page names them and the numbers written as
/// Vietnamese readers write them (1.568, 9,8).
#[test]
fn the_table_in_vietnamese_has_the_same_figures_in_vietnamese_words_and_numbers() {
    let run = |lang: &str| {
        let o = sim(&["--runs", "40", "--lang", lang]);
        assert!(o.status.success(), "{}", stderr(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let (en, vi) = (run("en"), run("vi"));
    // The table's rows: from the header to the blank line.
    let rows = |text: &str, header: &str| -> Vec<String> {
        text.lines()
            .skip_while(|l| !l.starts_with(header))
            .take_while(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (en_rows, vi_rows) = (rows(&en, "median"), rows(&vi, "trung vị"));
    assert!(en_rows.len() > 5, "{en}");
    assert_eq!(en_rows.len(), vi_rows.len(), "{vi}");
    // Each row's cells (after its label; columns are at least two spaces apart), as numbers
    // whichever way they are written.
    let cells = |row: &str, thousands: char, point: char| -> Vec<f64> {
        let figures: Vec<&str> = row.split("  ").filter(|t| !t.trim().is_empty()).collect();
        figures[1..]
            .join(" ")
            .split(|c: char| c.is_whitespace() || "[]–%".contains(c))
            .filter(|t| !t.is_empty())
            .map(|t| {
                t.replace(thousands, "")
                    .replace(point, ".")
                    .parse::<f64>()
                    .unwrap_or_else(|_| panic!("'{t}' in {row}"))
            })
            .collect()
    };
    for (e, v) in en_rows.iter().zip(&vi_rows).skip(1) {
        assert_eq!(cells(e, ',', '.'), cells(v, '.', ','), "\n{e}\n{v}");
    }
    for words in [
        "lần chạy",
        "Số xóm đạt chuẩn NTM",
        "Vốn phân bổ trong năm (tỷ đồng)",
        "\nMục tiêu\n",
        "40 xóm đạt chuẩn NTM đến hết năm 2020",
        "KHÓ ĐẠT (đạt ở 0% số lần chạy; trung vị",
        "Số liệu gốc ngày 30/6/2020",
        "bình quân 9,60 tiêu chí",
    ] {
        assert!(vi.contains(words), "no '{words}' in:\n{vi}");
    }
    // Vietnamese numbers: thousands with a dot, decimals with a comma, none the English way.
    assert!(vi.contains("1.568 [1.568–1.568]"), "{vi}");
    assert!(!vi.contains("1568") && !vi.contains("9.8 ["), "{vi}");
    assert!(!vi.contains("UNLIKELY") && !vi.contains("median"), "{vi}");
}

/// A goal seek's answer is in both languages, or in the one `--lang` asks for.
#[test]
fn a_seek_answers_in_the_language_asked_for() {
    let run = |extra: &[&str]| {
        let mut args = vec!["--seek", "communes_2025", "--runs", "40"];
        args.extend_from_slice(extra);
        let o = sim(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let both = run(&[]);
    assert!(
        both.contains("xã đạt chuẩn NTM") && both.contains("NTM communes"),
        "{both}"
    );
    let vi = run(&["--lang", "vi"]);
    assert!(
        vi.contains("xã đạt chuẩn NTM") && !vi.contains("NTM communes"),
        "{vi}"
    );
    assert!(
        vi.contains("số lần chạy") && !vi.contains("of runs"),
        "{vi}"
    );
    let en = run(&["--lang", "en"]);
    assert!(
        en.contains("of runs") && !en.contains("số lần chạy"),
        "{en}"
    );
}

#[test]
fn a_link_made_on_other_data_under_the_same_id_runs_with_a_note_in_both_languages() {
    // The default's link, run on other figures under the default's id and version.
    let ds = ntm_model::Dataset::caobang_2020().expect("embedded dataset");
    let link = ntm_model::codec::link::fragment(
        &ntm_model::Scenario::defaults(&ds),
        &Default::default(),
        None,
        &ds,
    )
    .expect("link");
    let dir = dataset_copy("revised");
    let communes = std::fs::read_to_string(dir.join("communes.csv")).expect("read");
    let revised = communes.replacen(",2164,", ",2165,", 1);
    assert_ne!(revised, communes);
    std::fs::write(dir.join("communes.csv"), revised).expect("write");
    let o = sim(&[
        "--dataset",
        dir.to_str().unwrap(),
        "--link",
        &link,
        "--runs",
        "2",
    ]);
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    let (vi, en) = (
        e.find("liên kết được tạo trên số liệu khác mang cùng mã 'caobang-2020'"),
        e.find("the link was made on other data under the same id 'caobang-2020'"),
    );
    assert!(vi.is_some() && en.is_some() && vi < en, "{e}");
    // On the very data it was made on: no note.
    let o = sim(&["--link", &link, "--runs", "2"]);
    assert!(
        o.status.success() && stderr(&o).is_empty(),
        "{}",
        stderr(&o)
    );
}
