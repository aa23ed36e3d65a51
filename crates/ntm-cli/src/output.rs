//! Printing results as a table, CSV or JSON.

use ntm_model::dataset::Target;
use ntm_model::format::{number, Lang};
use ntm_model::results::{share_shown, Metric, MetricUnit, Results};
use ntm_model::seek::{Probe, SeekLever, SeekOutcome, LIKELY_FROM};
use ntm_model::Dataset;
use serde_json::{json, Map, Value};

/// The yearly results as a table in `lang`; `name` is the scenario's, from its file or link.
/// In Vietnamese its figures are written as the page writes them (1.568; 9,8).
pub fn table(ds: &Dataset, r: &Results, name: Option<&str>, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let pick = |v: &str, e: &str| if vi { v.to_string() } else { e.to_string() };
    let num = |x: f64, d: usize| number(x, d, lang);
    let mut out = String::new();
    out.push_str(&if vi {
        format!(
            "NTM Planner — {} — {} lần chạy, hạt giống {}\n",
            ds.province.name_vi, r.runs, r.seed
        )
    } else {
        format!(
            "NTM Planner — {} — {} run{}, seed {}\n",
            ds.province.name_en,
            r.runs,
            if r.runs == 1 { "" } else { "s" },
            r.seed
        )
    });
    if let Some(name) = name {
        out.push_str(&format!("{}: “{name}”\n", pick("Kịch bản", "Scenario")));
    }
    if ds.province.illustrative {
        out.push_str(&pick(
            "LƯU Ý: tình trạng tiêu chí của các xã là minh họa, hiệu chỉnh theo số liệu tổng hợp đã công bố (xem --help).\n",
            "NOTE: commune criteria status is illustrative, calibrated to published aggregates (see --help).\n",
        ));
    }
    let b = &r.base;
    out.push_str(&if vi {
        format!(
            "Số liệu gốc ngày {}: {} đơn vị (xã, phường, thị trấn; {} xã), {} xã NTM ({} thuộc QĐ 1385), {} xóm đạt bình quân {} tiêu chí\n\n",
            date_vi(&ds.province.base_date), b.communes, b.candidate_communes, b.ntm_communes, b.scope_ntm_communes, b.villages, num(b.avg_village_criteria_scope, 2)
        )
    } else {
        format!(
            "Base {}: {} units ({} xã), {} NTM communes ({} in the 1385 scope), {} villages meeting {:.2} criteria on average\n\n",
            ds.province.base_date, b.communes, b.candidate_communes, b.ntm_communes, b.scope_ntm_communes, b.villages, b.avg_village_criteria_scope
        )
    });
    let label = |m: Metric| match (lang, m.unit()) {
        (Lang::En, _) => m.label_en(),
        (Lang::Vi, MetricUnit::BillionVnd) => format!("{} (tỷ đồng)", m.name_vi()),
        (Lang::Vi, _) => m.name_vi().to_string(),
    };
    // Label columns as wide as their longest label, so every row lines up.
    let header = pick(
        "trung vị [P10–P90], cuối năm",
        "median [P10–P90], end of year",
    );
    let w = Metric::SUMMARY
        .iter()
        .map(|&m| label(m).chars().count())
        .chain([header.chars().count()])
        .max()
        .unwrap_or(0)
        + 2;
    let cells: Vec<Vec<String>> = Metric::SUMMARY
        .iter()
        .map(|&m| {
            let band = r.series.get(m);
            let d = m.summary_decimals();
            (0..r.years.len())
                .map(|i| match m.unit() {
                    // A share reads as a percentage, as the page shows it: "61,2% [58,5–64,3%]".
                    MetricUnit::Share => format!(
                        "{}% [{}–{}%]",
                        num(band.p50[i] * 100.0, 1),
                        num(band.p10[i] * 100.0, 1),
                        num(band.p90[i] * 100.0, 1)
                    ),
                    _ => format!(
                        "{} [{}–{}]",
                        num(band.p50[i], d),
                        num(band.p10[i], d),
                        num(band.p90[i], d)
                    ),
                })
                .collect()
        })
        .collect();
    // Each year's column as wide as its widest cell and two spaces: a fixed width ran the
    // cells together ("7878 [7878–7879]15676 […]") once a count reached five digits.
    let widths: Vec<usize> = (0..r.years.len())
        .map(|i| {
            cells
                .iter()
                .map(|row| row[i].chars().count())
                .chain([4])
                .max()
                .unwrap_or(4)
                + 2
        })
        .collect();
    out.push_str(&format!("{header:<w$}"));
    for (y, cw) in r.years.iter().zip(&widths) {
        out.push_str(&format!("{y:>cw$}"));
    }
    out.push('\n');
    for (&m, row) in Metric::SUMMARY.iter().zip(&cells) {
        out.push_str(&format!("{:<w$}", label(m)));
        for (cell, cw) in row.iter().zip(&widths) {
            out.push_str(&format!("{cell:>cw$}"));
        }
        out.push('\n');
    }
    out.push_str(&pick("\nMục tiêu\n", "\nTargets\n"));
    let target_name = |t: &Target| pick(&t.name_vi, &t.name_en);
    let tw = ds
        .province
        .targets
        .iter()
        .map(|t| target_name(t).chars().count())
        .max()
        .unwrap_or(0);
    for (t, spec) in r.targets.iter().zip(&ds.province.targets) {
        let verdict = if !t.assessable {
            pick(
                "KHÔNG ĐÁNH GIÁ ĐƯỢC (mục tiêu tính mọi xóm của tỉnh; bộ dữ liệu này chỉ có một phần: \
                 bộ dữ liệu có đủ mọi xóm, đánh dấu villages_complete, mới đánh giá được)",
                "NOT ASSESSED (it counts every village of the province; this dataset holds only some: \
                 one with every village, marked villages_complete, can be checked)",
            )
        } else if !t.in_horizon {
            pick("ngoài các năm mô phỏng", "outside the horizon")
        } else {
            // A share reads as a percentage (6.1% vs 50%), a count as a count.
            let value = |x: f64| match t.metric.unit() {
                MetricUnit::Share => format!("{}%", num(x * 100.0, 1)),
                MetricUnit::Criteria => num(x, 2),
                // Counts are whole (18 vs 40, not 18.0 vs 40.0); a mean may not be.
                _ if x.fract() == 0.0 => num(x, 0),
                _ => num(x, 1),
            };
            // The page's verdict (a share of runs), not the median's: a median at the goal
            // is reached in about half the runs. The words are the page's, in capitals.
            let word = t.likelihood().word(lang).to_uppercase();
            let (pct, d) = share_shown(t.probability);
            let median = t.median.map_or("–".to_string(), value);
            if vi {
                format!(
                    "{word} (đạt ở {}% số lần chạy; trung vị {median} so với {})",
                    num(pct, d),
                    value(t.goal)
                )
            } else {
                format!(
                    "{word} (reached in {pct:.d$}% of runs; median {median} vs {})",
                    value(t.goal),
                )
            }
        };
        out.push_str(&format!("  {:<tw$}  {verdict}\n", target_name(spec)));
    }
    out
}

/// An ISO date (2020-06-30) as Vietnamese readers write it (30/6/2020); anything else as given.
fn date_vi(iso: &str) -> String {
    ntm_model::format::iso_date(iso, Lang::Vi)
}

pub fn csv(r: &Results) -> String {
    let mut out = String::from("metric,year,mean,p10,p50,p90\n");
    for m in Metric::ALL {
        let b = r.series.get(m);
        for (i, y) in r.years.iter().enumerate() {
            out.push_str(&format!(
                "{},{},{},{},{},{}\n",
                m.key(),
                y,
                b.mean[i],
                b.p10[i],
                b.p50[i],
                b.p90[i]
            ));
        }
    }
    out
}

/// The results as JSON; `name` is the scenario's, from its file or link (`null` without one).
pub fn json(ds: &Dataset, r: &Results, name: Option<&str>) -> String {
    let mut series = Map::new();
    for m in Metric::ALL {
        let b = r.series.get(m);
        series.insert(
            m.key().into(),
            json!({ "mean": b.mean, "p10": b.p10, "p50": b.p50, "p90": b.p90 }),
        );
    }
    let b = &r.base;
    let targets: Vec<Value> = r
        .targets
        .iter()
        .map(|t| {
            // A target with no verdict (outside the years run, or one the data cannot tell)
            // says so, with no probability or "met" for a script to take at its word (it read
            // "likely", met, 100 % for a target the table calls NOT ASSESSED).
            let (likelihood, probability, met) = if !t.in_horizon {
                (json!("outside_horizon"), Value::Null, Value::Null)
            } else if !t.assessable {
                (json!("not_assessed"), Value::Null, Value::Null)
            } else {
                (
                    json!(t.likelihood().key()),
                    json!(t.probability),
                    json!(t.met),
                )
            };
            // Nor a median: one the data cannot assess is of another population (the scope's
            // 294 xóm for "30 % of every xóm"), which a script would take as the province's.
            let median = if t.assessable {
                json!(t.median)
            } else {
                Value::Null
            };
            json!({ "id": t.id, "metric": t.metric.key(), "year": t.year, "goal": t.goal,
                    "median": median,
                    "probability": probability, "likelihood": likelihood,
                    "met": met, "in_horizon": t.in_horizon, "assessable": t.assessable })
        })
        .collect();
    let doc = json!({
        "dataset": { "id": ds.province.id, "version": ds.province.version, "illustrative": ds.province.illustrative },
        "scenario_name": name,
        "runs": r.runs,
        "seed": r.seed,
        "years": r.years,
        "base": {
            "communes": b.communes, "candidate_communes": b.candidate_communes, "scope_communes": b.scope_communes,
            "villages": b.villages, "ntm_communes": b.ntm_communes, "scope_ntm_communes": b.scope_ntm_communes,
            "avg_village_criteria_scope": b.avg_village_criteria_scope, "avg_village_criteria": b.avg_village_criteria,
            "avg_commune_criteria": b.avg_commune_criteria,
            "villages_standard": b.villages_standard, "min_commune_criteria": b.min_commune_criteria,
            // Where the series judged by the "none below 10/15" targets start.
            "communes_below_10": b.communes_below_10, "scope_communes_below_10": b.scope_communes_below_10,
            "communes_below_15": b.communes_below_15,
        },
        "series": series,
        "targets": targets,
        "spending": r.spending,
    });
    let mut text =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

/// The goal seek's answer in both languages (Vietnamese first, as every message of ntm-sim),
/// with the page's number and percent forms.
pub fn seek_text(
    ds: &Dataset,
    t: &Target,
    lever: SeekLever,
    o: &SeekOutcome,
    lang: Option<Lang>,
) -> String {
    use ntm_model::format::{number_en, number_vi};
    // The lever at a position, in both languages.
    let at = |p: &Probe| {
        let (vi, en) = (number_vi(p.scale_pct, 0), number_en(p.scale_pct, 0));
        match lever {
            SeekLever::Budget => (
                format!("tổng vốn bằng {vi}% kế hoạch"),
                format!("the budget at {en}% of the plan"),
            ),
            SeekLever::Training => (
                format!("kế hoạch đào tạo toàn tỉnh bằng {vi}% mức đang đặt"),
                format!("the province's training plan at {en}% of its level now"),
            ),
        }
    };
    let share = |p: &Probe| {
        let (x, d) = share_shown(p.probability);
        (number_vi(x, d), number_en(x, d))
    };
    let likely = number_en(100.0 * LIKELY_FROM, 0);
    let from = ds.province.base_year;
    // From the base date, as the page counts money ("7/2020").
    let start_vi = ds.province.money_start(ntm_model::format::Lang::Vi);
    let start = ds.province.money_start(ntm_model::format::Lang::En);
    let period = |until: u16| match (until == from, start != from.to_string()) {
        (true, false) => (format!("trong năm {from}"), format!("in {from}")),
        (true, true) => (
            format!("từ {start_vi} đến hết năm {from}"),
            format!("from {start} to the end of {from}"),
        ),
        (false, _) => (
            format!("trong {start_vi}–{until}"),
            format!("over {start}–{until}"),
        ),
    };
    // "Thêm 7.334 tỷ đồng so với tổng vốn của kịch bản, trong 7/2020–2025." and its English:
    // `word` is ("Thêm", "more") or ("Ít hơn", "less").
    let money_line = |amount: f64, (word_vi, word_en): (&str, &str), until: u16| {
        let (pv, pe) = period(until);
        let (xv, xe) = (number_vi(amount, 0), number_en(amount, 0));
        match lever {
            SeekLever::Budget => (
                format!("{word_vi} {xv} tỷ đồng so với tổng vốn của kịch bản, {pv}."),
                format!("{xe} billion VND {word_en} than the scenario's budget, {pe}."),
            ),
            SeekLever::Training => (
                format!("{word_vi} {xv} tỷ đồng chi phí đào tạo, {pv}."),
                format!("{xe} billion VND {word_en} for training, {pe}."),
            ),
        }
    };
    let (vi, en) = match o {
        SeekOutcome::AlreadyLikely(p) => (
            format!(
                "Đã nhiều khả năng đạt với {}: đạt ở {}% số lần chạy.",
                at(p).0,
                share(p).0
            ),
            format!(
                "Already likely with {}: reached in {}% of runs.",
                at(p).1,
                share(p).1
            ),
        ),
        SeekOutcome::Needs {
            likely: l,
            below: b,
            extra_billion,
            until,
        } => {
            let (extra_vi, extra_en) = money_line(*extra_billion, ("Thêm", "more"), *until);
            (
                format!(
                    "Nhiều khả năng đạt (ở ít nhất {likely}% số lần chạy) với {}: đạt ở {}% số lần \
                     chạy (ở {}%: {}%). {extra_vi}",
                    at(l).0,
                    share(l).0,
                    number_vi(b.scale_pct, 0),
                    share(b).0,
                ),
                format!(
                    "Likely (reached in at least {likely}% of runs) with {}: reached in {}% of runs \
                     (at {}%: {}%). {extra_en}",
                    at(l).1,
                    share(l).1,
                    number_en(b.scale_pct, 0),
                    share(b).1,
                ),
            )
        }
        SeekOutcome::LikelyWithLess {
            own,
            lowest,
            below,
            saving_billion,
            until,
        } => {
            let (less_vi, less_en) = money_line(*saving_billion, ("Ít hơn", "less"), *until);
            let (below_vi, below_en) = match below {
                Some(b) => (
                    format!(" (ở {}%: {}%)", number_vi(b.scale_pct, 0), share(b).0),
                    format!(" (at {}%: {}%)", number_en(b.scale_pct, 0), share(b).1),
                ),
                None => (String::new(), String::new()),
            };
            (
                format!(
                    "Đã nhiều khả năng đạt với {} (đạt ở {}% số lần chạy), và vẫn nhiều khả năng \
                     đạt với {}: đạt ở {}% số lần chạy{below_vi}. {less_vi}",
                    at(own).0,
                    share(own).0,
                    at(lowest).0,
                    share(lowest).0,
                ),
                format!(
                    "Already likely with {} (reached in {}% of runs), and still likely with {}: \
                     reached in {}% of runs{below_en}. {less_en}",
                    at(own).1,
                    share(own).1,
                    at(lowest).1,
                    share(lowest).1,
                ),
            )
        }
        SeekOutcome::Beyond(p) => (
            format!(
                "Chưa nhiều khả năng đạt kể cả với {}, mức cao nhất được thử (đạt ở {}% số lần \
                 chạy). Xem các tiêu chí vướng và các đòn bẩy khác.",
                at(p).0,
                share(p).0
            ),
            format!(
                "Not likely even with {}, the highest tried (reached in {}% of runs). Look at the \
                 binding criteria and the other levers.",
                at(p).1,
                share(p).1
            ),
        ),
        SeekOutcome::NotInHorizon => (
            format!(
                "Năm {} của mục tiêu nằm ngoài các năm mô phỏng: dùng --until {}.",
                t.year, t.year
            ),
            format!(
                "The target's year {} is past the simulated years: use --until {}.",
                t.year, t.year
            ),
        ),
    };
    match lang {
        Some(Lang::Vi) => format!("{}\n\n{vi}\n", t.name_vi),
        Some(Lang::En) => format!("{}\n\n{en}\n", t.name_en),
        None => format!("{}\n{}\n\n{vi}\n{en}\n", t.name_vi, t.name_en),
    }
}

/// The goal seek's answer as JSON.
pub fn seek_json(t: &Target, lever: SeekLever, o: &SeekOutcome) -> String {
    let probe = |p: &Probe| json!({ "scale_pct": p.scale_pct, "probability": p.probability, "money_billion_vnd": p.money_billion });
    let answer = match o {
        SeekOutcome::AlreadyLikely(p) => json!({ "outcome": "already_likely", "at": probe(p) }),
        SeekOutcome::Needs {
            likely,
            below,
            extra_billion,
            until,
        } => json!({
            "outcome": "needs",
            "likely": probe(likely),
            "below": probe(below),
            "extra_billion_vnd": extra_billion,
            "extra_money_until": until,
        }),
        SeekOutcome::LikelyWithLess {
            own,
            lowest,
            below,
            saving_billion,
            until,
        } => json!({
            "outcome": "likely_with_less",
            "at": probe(own),
            "lowest": probe(lowest),
            "below": below.as_ref().map(probe),
            "saving_billion_vnd": saving_billion,
            "saving_money_until": until,
        }),
        SeekOutcome::Beyond(p) => json!({ "outcome": "beyond", "at": probe(p) }),
        SeekOutcome::NotInHorizon => json!({ "outcome": "not_in_horizon" }),
    };
    let lever = match lever {
        SeekLever::Budget => "budget",
        SeekLever::Training => "training",
    };
    let mut v =
        json!({ "target": t.id, "year": t.year, "lever": lever, "likely_from": LIKELY_FROM });
    if let (Some(obj), Value::Object(a)) = (v.as_object_mut(), answer) {
        obj.extend(a);
    }
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
