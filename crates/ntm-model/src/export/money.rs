//! The province file's money in detail, the figures of the page's "Vốn phân bổ theo nguồn"
//! table and more: each source's allocation and its plan, the plan's total, training and
//! campaign costs, and the cost per village and commune gained. Without these rows the file
//! had only the year's total, and a finance office could take the table by source away only
//! as a picture.
//!
//! The plan and the training costs are the same in every run: every column holds the figure,
//! as the base date's rows do. The allocation and the cost per unit gained are kept only as
//! means over the runs: their percentile cells are empty, not the mean copied into them as if
//! the runs agreed.

use super::{num, CsvStyle};
use crate::dataset::Dataset;
use crate::format::Lang;
use crate::results::Results;
use crate::scenario::Source;

/// One figure's rows, a row a year: key, name, unit, and the value of each year (None: none
/// to give, as while fewer than half a unit is gained).
struct Figure {
    key: String,
    name: String,
    unit: &'static str,
    values: Vec<Option<f64>>,
    /// The same in every run (the plan, training): the figure in the percentile columns too.
    fixed: bool,
}

/// The rows to add after the province file's series, in its columns (year, key, name, unit,
/// mean, P10, P50, P90).
pub(super) fn rows(ds: &Dataset, r: &Results, lang: Lang, style: CsvStyle) -> Vec<Vec<String>> {
    let vi = lang == Lang::Vi;
    let years = r.years.len();
    let at = |rows: &[Vec<f64>], s: usize, y: usize| -> f64 {
        rows.get(s).and_then(|v| v.get(y)).copied().unwrap_or(0.0)
    };
    let billion = if vi { "tỷ đồng" } else { "billion VND" };
    let mut figures = Vec::new();
    // Each source allocated (a mean over the runs), then each source's plan (the same in
    // every run).
    let by_source = [
        (
            "allocated",
            "Vốn phân bổ",
            "Allocated",
            &r.spending.by_source,
            false,
        ),
        (
            "budget",
            "Kế hoạch vốn",
            "Budget plan",
            &r.spending.budget_by_source,
            true,
        ),
    ];
    for (prefix, what_vi, what_en, rows, fixed) in by_source {
        for source in Source::ALL {
            let spec = source.spec();
            let (what, name) = if vi {
                (what_vi, spec.name_vi)
            } else {
                (what_en, spec.name_en)
            };
            let s = source.index();
            figures.push(Figure {
                key: format!("{prefix}_{}", source.key()),
                name: format!("{what}: {name}"),
                unit: billion,
                values: (0..years).map(|y| Some(at(rows, s, y))).collect(),
                fixed,
            });
        }
    }
    figures.push(Figure {
        key: "budget_total".into(),
        name: if vi {
            "Tổng kế hoạch vốn"
        } else {
            "Total budget plan"
        }
        .into(),
        unit: billion,
        values: (0..years)
            .map(|y| {
                Some(
                    (0..Source::ALL.len())
                        .map(|s| at(&r.spending.budget_by_source, s, y))
                        .sum(),
                )
            })
            .collect(),
        fixed: true,
    });
    figures.push(Figure {
        key: "training_cost".into(),
        name: if vi {
            "Chi phí đào tạo, tuyên truyền (ngoài tổng vốn)"
        } else {
            "Cost of training and campaigns (paid for apart from the budget)"
        }
        .into(),
        unit: billion,
        values: (0..years)
            .map(|y| r.spending.training.get(y).copied())
            .collect(),
        fixed: true,
    });
    let start = ds.province.money_start(lang);
    figures.push(Figure {
        key: "cost_per_additional_village".into(),
        name: if vi {
            format!(
                "Bình quân mỗi xóm đạt chuẩn thêm từ {start}: vốn đến xóm (QĐ 1385, phần \
                 Chương trình 135 cho xóm) tính đến hết năm, chia cho số xóm tăng thêm trung bình \
                 các lần chạy (không theo trung vị)"
            )
        } else {
            format!(
                "Per village at the standard gained since {start}: money to villages (Decision \
                 1385, Program 135's village share) to the year's end, divided by the mean number \
                 gained over the runs (not the median)"
            )
        },
        unit: if vi {
            "tỷ đồng/xóm"
        } else {
            "billion VND per village"
        },
        values: (0..years)
            .map(|y| r.spending.per_additional_village.get(y).copied().flatten())
            .collect(),
        fixed: false,
    });
    figures.push(Figure {
        key: "cost_per_additional_commune".into(),
        name: if vi {
            format!(
                "Bình quân mỗi xã được công nhận thêm từ {start}: mọi nguồn và chi phí đào tạo, \
                 tuyên truyền tính đến hết năm, chia cho số xã tăng thêm trung bình các lần chạy \
                 (không theo trung vị)"
            )
        } else {
            format!(
                "Per commune recognised gained since {start}: every source and training and \
                 campaigns to the year's end, divided by the mean number gained over the runs (not \
                 the median)"
            )
        },
        unit: if vi {
            "tỷ đồng/xã"
        } else {
            "billion VND per commune"
        },
        values: (0..years)
            .map(|y| r.spending.per_additional_commune.get(y).copied().flatten())
            .collect(),
        fixed: false,
    });

    let mut out = Vec::new();
    for f in figures {
        for (y, value) in r.years.iter().zip(&f.values) {
            // The base year's money is part of a year (from 7/2020): said in its row, in the
            // words of the series' money row (`money_name`); the costs per unit gained say
            // their start in their names.
            let name = if *y == ds.province.base_year
                && start != y.to_string()
                && !f.name.contains(&start)
            {
                if vi {
                    format!("{} (tính từ {start})", f.name)
                } else {
                    format!("{} (from {start})", f.name)
                }
            } else {
                f.name.clone()
            };
            let value = value.map_or_else(String::new, |x| num(style, x));
            let spread = if f.fixed {
                value.clone()
            } else {
                String::new()
            };
            out.push(vec![
                y.to_string(),
                f.key.clone(),
                name,
                f.unit.into(),
                value,
                spread.clone(),
                spread.clone(),
                spread,
            ]);
        }
    }
    out
}
