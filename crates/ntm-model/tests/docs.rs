//! MODEL.md shows the numbers the code uses.

use ntm_model::docs::{criteria_table, parameters_table, replace_section, sources_table};
use ntm_model::results::{Metric, MetricUnit};
use ntm_model::{simulate, Dataset, Scenario};

fn bau_table(ds: &Dataset) -> String {
    let mut sc = Scenario::defaults(ds);
    sc.runs = 200;
    let r = simulate(ds, &sc);
    let mut out = String::from("| median [P10–P90], end of year |");
    for y in &r.years {
        out.push_str(&format!(" {y} |"));
    }
    out.push_str(&format!("\n| --- |{}\n", " --- |".repeat(r.years.len())));
    for m in Metric::SUMMARY {
        let b = r.series.get(m);
        let d = m.summary_decimals();
        out.push_str(&format!("| {} |", m.label_en()));
        for i in 0..r.years.len() {
            out.push_str(&match m.unit() {
                // A share reads as a percentage, as the CLI and the page show it.
                MetricUnit::Share => format!(
                    " {:.1}% [{:.1}–{:.1}%] |",
                    b.p50[i] * 100.0,
                    b.p10[i] * 100.0,
                    b.p90[i] * 100.0
                ),
                _ => format!(" {:.d$} [{:.d$}–{:.d$}] |", b.p50[i], b.p10[i], b.p90[i]),
            });
        }
        out.push('\n');
    }
    out.push_str("\n| target | median | reached in |\n| --- | --- | --- |\n");
    for (t, spec) in r.targets.iter().zip(&ds.province.targets) {
        if !t.assessable {
            out.push_str(&format!(
                "| {} | not assessed: the data holds only some of the villages | – |\n",
                spec.name_en
            ));
            continue;
        }
        out.push_str(&format!(
            "| {} | {} | {:.0}% of runs |\n",
            spec.name_en,
            t.median
                .map(|m| match t.metric.unit() {
                    // A share reads as a percentage, as the CLI and the page show it.
                    MetricUnit::Share => format!("{:.1}%", m * 100.0),
                    MetricUnit::Criteria => format!("{m:.2}"),
                    _ => format!("{m:.0}"),
                })
                .unwrap_or_else(|| "–".into()),
            t.probability * 100.0
        ));
    }
    out
}

#[test]
fn model_md_tables_are_current() {
    let ds = Dataset::caobang_2020().unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../MODEL.md");
    let doc = std::fs::read_to_string(path).expect("MODEL.md");
    let sections = [
        ("parameters", parameters_table()),
        (
            "commune-criteria",
            criteria_table(ds.base_commune_set(), ds.later_commune_set()),
        ),
        ("village-criteria", criteria_table(ds.village_set(), None)),
        ("sources", sources_table()),
        ("bau", bau_table(&ds)),
    ];
    let mut updated = doc.clone();
    for (name, body) in &sections {
        updated = replace_section(&updated, name, body)
            .unwrap_or_else(|| panic!("MODEL.md has no {name} section"));
    }
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, &updated).unwrap();
    } else {
        assert!(
            updated == doc,
            "MODEL.md tables are out of date: UPDATE_EXPECT=1 cargo test -p ntm-model --test docs"
        );
    }
}
