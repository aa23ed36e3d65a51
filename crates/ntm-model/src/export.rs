//! Results as CSV files for Excel: per province, district or commune, one row per year (the
//! province's series start with a row at the base date, from the data), with a UTF-8
//! byte-order mark so Excel shows Vietnamese correctly. In one of two styles: standard
//! CSV (comma-separated, decimal point), which any analysis tool reads unchanged, or the style
//! of a spreadsheet set to Vietnamese (semicolon-separated, decimal comma: 1234,5), which such
//! a spreadsheet opens into columns and numbers with a double click, where the standard file
//! would fall into one column or, imported, have its decimal points read as thousands.

use crate::dataset::Dataset;
use crate::format::Lang;
use crate::results::{Metric, Results};

mod money;

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvLevel {
    /// Province series with their bands.
    Province,
    /// Per district.
    District,
    /// Per commune.
    Commune,
}

/// How the numbers and columns are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvStyle {
    /// Comma-separated, decimal point (RFC 4180; analysis tools, spreadsheets set to English).
    Standard,
    /// Semicolon-separated, decimal comma, no thousands separator (spreadsheets set to
    /// Vietnamese, whose list separator is the semicolon).
    VietnameseExcel,
}

impl CsvStyle {
    fn delimiter(self) -> u8 {
        match self {
            CsvStyle::Standard => b',',
            CsvStyle::VietnameseExcel => b';',
        }
    }
}

/// The UTF-8 byte-order mark.
pub const BOM: &str = "\u{feff}";

fn write(header: &[&str], rows: Vec<Vec<String>>, style: CsvStyle) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .delimiter(style.delimiter())
        .from_writer(Vec::new());
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(&row);
    }
    let bytes = w
        .into_inner()
        .unwrap_or_else(|e| e.into_inner().get_ref().clone());
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

/// Decimals a CSV number keeps: a millionth of a share (0,0001 %), a thousand đồng of a
/// billion. More than any table needs, and what is past it is the last bits of a sum of
/// floats (8,402000000000001), which read as a wrong figure.
const CSV_DECIMALS: i32 = 6;

fn num(style: CsvStyle, x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let scale = 10f64.powi(CSV_DECIMALS);
    // n / 10⁶ is the double nearest that decimal, so its shortest text has at most six
    // decimals (never an exponent); `+ 0.0` turns a rounded −0 (a tiny negative sum) into 0.
    let rounded = (x * scale).round() / scale + 0.0;
    let text = format!("{rounded}");
    match style {
        CsvStyle::Standard => text,
        CsvStyle::VietnameseExcel => text.replace('.', ","),
    }
}

/// A metric's unit in words, for the province file's unit column.
fn unit_text(m: Metric, lang: Lang) -> &'static str {
    use crate::results::MetricUnit;
    match (m.unit(), lang) {
        (MetricUnit::Villages, Lang::Vi) => "xóm",
        (MetricUnit::Villages, Lang::En) => "villages",
        (MetricUnit::Communes, Lang::Vi) => "xã",
        (MetricUnit::Communes, Lang::En) => "communes",
        // No decimal in the label: the standard file writes 0.25, the Vietnamese one 0,25.
        (MetricUnit::Share, Lang::Vi) => "tỷ lệ (0–1; 1 = 100%)",
        (MetricUnit::Share, Lang::En) => "share (0–1; 1 = 100%)",
        (MetricUnit::Criteria, Lang::Vi) => "tiêu chí",
        (MetricUnit::Criteria, Lang::En) => "criteria",
        (MetricUnit::BillionVnd, Lang::Vi) => "tỷ đồng",
        (MetricUnit::BillionVnd, Lang::En) => "billion VND",
    }
}

/// The year cell of a base-date row: "6/2020 (khởi điểm)", text that a spreadsheet keeps as
/// text (a bare "6/2020" would become a date).
fn base_label(ds: &Dataset, lang: Lang) -> String {
    let mut parts = ds.province.base_date.split('-');
    let (year, month) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let date = match (month.parse::<u32>(), year.parse::<u32>()) {
        (Ok(m), Ok(y)) => crate::format::month_year(m, y, lang),
        _ => format!("{}/{year}", month.trim_start_matches('0')),
    };
    let word = if lang == Lang::Vi {
        "khởi điểm"
    } else {
        "starting point"
    };
    format!("{date} ({word})")
}

/// The money column's heading: "vốn cấp cho xã trong năm (tỷ đồng; năm 2020 tính từ 7/2020)"
/// when the base year is simulated from mid-year. Without it, the file's 2020 money (half a
/// year's) was set against the approved plan's whole-year 2020 line. A district's money
/// includes what went straight to its villages, a commune's does not (its file has that in a
/// column of its own): one name for both had a reviewer add the communes up short.
fn money_heading(ds: &Dataset, lang: Lang, level: CsvLevel) -> String {
    let start = ds.province.money_start(lang);
    let part_year = start != ds.province.base_year.to_string();
    let what = match (lang, level) {
        (Lang::Vi, CsvLevel::Commune) => "vốn cấp cho xã trong năm",
        (Lang::Vi, _) => "vốn trong năm, gồm vốn QĐ 1385 cấp thẳng cho xóm",
        (Lang::En, CsvLevel::Commune) => "money to the commune in the year",
        (Lang::En, _) => "money in the year, Decision 1385 money to villages included",
    };
    match (lang, part_year) {
        (Lang::Vi, true) => format!(
            "{what} (tỷ đồng; năm {} tính từ {start})",
            ds.province.base_year
        ),
        (Lang::Vi, false) => format!("{what} (tỷ đồng)"),
        (Lang::En, true) => format!(
            "{what} (billion VND; {} from {start})",
            ds.province.base_year
        ),
        (Lang::En, false) => format!("{what} (billion VND)"),
    }
}

/// A money metric's name in the base year's row, with where its year starts (as
/// [`money_heading`]).
fn money_name(ds: &Dataset, m: Metric, lang: Lang) -> String {
    let name = if lang == Lang::Vi {
        m.name_vi()
    } else {
        m.name_en()
    };
    let start = ds.province.money_start(lang);
    if start == ds.province.base_year.to_string() {
        return name.into();
    }
    match lang {
        Lang::Vi => format!("{name} (tính từ {start})"),
        Lang::En => format!("{name} (from {start})"),
    }
}

/// The CSV file of `level`, headers in `lang`, numbers and columns in `style`.
pub fn results_csv(
    ds: &Dataset,
    r: &Results,
    level: CsvLevel,
    lang: Lang,
    style: CsvStyle,
) -> String {
    let vi = lang == Lang::Vi;
    match level {
        CsvLevel::Province => {
            let header: &[&str] = if vi {
                &[
                    "năm",
                    "chỉ số",
                    "tên chỉ số",
                    "đơn vị",
                    "trung bình",
                    "P10",
                    "P50",
                    "P90",
                ]
            } else {
                &[
                    "year",
                    "metric",
                    "metric name",
                    "unit",
                    "mean",
                    "P10",
                    "P50",
                    "P90",
                ]
            };
            let mut rows = Vec::new();
            let start = base_label(ds, lang);
            for m in Metric::ALL {
                let b = r.series.get(m);
                // The base date's value is data, the same in every run: one figure in every
                // column, as the charts start from it.
                if let Some(x) = r.base.value(m) {
                    let x = num(style, x);
                    rows.push(vec![
                        start.clone(),
                        m.key().into(),
                        if vi { m.name_vi() } else { m.name_en() }.into(),
                        unit_text(m, lang).into(),
                        x.clone(),
                        x.clone(),
                        x.clone(),
                        x,
                    ]);
                }
                let money = m.unit() == crate::results::MetricUnit::BillionVnd;
                for (i, y) in r.years.iter().enumerate() {
                    let name = if money && *y == ds.province.base_year {
                        money_name(ds, m, lang)
                    } else if vi {
                        m.name_vi().into()
                    } else {
                        m.name_en().into()
                    };
                    rows.push(vec![
                        y.to_string(),
                        m.key().into(),
                        name,
                        unit_text(m, lang).into(),
                        num(style, b.mean[i]),
                        num(style, b.p10[i]),
                        num(style, b.p50[i]),
                        num(style, b.p90[i]),
                    ]);
                }
            }
            rows.extend(money::rows(ds, r, lang, style));
            write(header, rows, style)
        }
        CsvLevel::District => {
            let money = money_heading(ds, lang, level);
            let header: &[&str] = if vi {
                &[
                    "mã huyện",
                    "huyện",
                    "năm",
                    "xã đạt đủ tiêu chí (trung vị)",
                    "xã được công nhận (trung vị)",
                    "xã được công nhận P10",
                    "xã được công nhận P90",
                    "xóm đạt chuẩn (trung vị)",
                    "bình quân tiêu chí/xã",
                    money.as_str(),
                ]
            } else {
                &[
                    "district code",
                    "district",
                    "year",
                    "communes meeting all criteria (median)",
                    "communes recognised (median)",
                    "communes recognised P10",
                    "communes recognised P90",
                    "villages at the standard (median)",
                    "mean criteria per commune",
                    money.as_str(),
                ]
            };
            // A district with no village in the dataset has no village figure: an empty cell,
            // as the chart's "không có xóm trong dữ liệu", not a 0 that reads as none at the
            // standard.
            let mut has_villages = vec![false; ds.districts.len()];
            for v in &ds.villages {
                if let Some(c) = ds.communes.get(v.commune) {
                    if let Some(h) = has_villages.get_mut(c.district) {
                        *h = true;
                    }
                }
            }
            let mut rows = Vec::new();
            for (di, (d, dr)) in ds.districts.iter().zip(&r.districts).enumerate() {
                for (i, y) in r.years.iter().enumerate() {
                    rows.push(vec![
                        d.code.clone(),
                        d.name_in(lang).into_owned(),
                        y.to_string(),
                        num(style, dr.communes_ntm.p50[i]),
                        num(style, dr.communes_recognised.p50[i]),
                        num(style, dr.communes_recognised.p10[i]),
                        num(style, dr.communes_recognised.p90[i]),
                        if has_villages[di] {
                            num(style, dr.villages_standard.p50[i])
                        } else {
                            String::new()
                        },
                        num(style, dr.avg_commune_criteria[i]),
                        num(style, dr.spending[i]),
                    ]);
                }
            }
            write(header, rows, style)
        }
        CsvLevel::Commune => {
            let money = money_heading(ds, lang, level);
            let header: &[&str] = if vi {
                &[
                    "mã xã",
                    "xã",
                    "huyện",
                    "loại",
                    "phạm vi 1385 (1 = có)",
                    "năm",
                    "xác suất đạt đủ tiêu chí (0–1)",
                    "xác suất đã được công nhận (0–1)",
                    "bình quân số tiêu chí đạt",
                    money.as_str(),
                    "trong đó vốn đầu tư, dùng được cho hạ tầng (tỷ đồng)",
                    "vốn QĐ 1385 cấp thẳng cho các xóm của xã (tỷ đồng; phần Chương trình 135 cho xóm tính trong cột vốn của xã)",
                    "tiêu chí còn vướng",
                ]
            } else {
                &[
                    "commune code",
                    "commune",
                    "district",
                    "type",
                    "1385 scope (1 = yes)",
                    "year",
                    "probability of meeting every criterion (0–1)",
                    "probability of being recognised (0–1)",
                    "mean criteria met",
                    money.as_str(),
                    "of which investment money, usable for infrastructure (billion VND)",
                    "Decision 1385 money straight to its villages (billion VND; Program 135's village share is in the commune's money)",
                    "blocking criteria",
                ]
            };
            let mut rows = Vec::new();
            for (ci, (c, u)) in ds.communes.iter().zip(&r.communes).enumerate() {
                for (i, y) in r.years.iter().enumerate() {
                    // Decision 1385 money goes to villages, not through their commune: a column
                    // of its own, so that a district's communes add up to its total.
                    let to_villages: f64 = ds
                        .villages_of
                        .get(ci)
                        .into_iter()
                        .flatten()
                        .filter_map(|&v| r.villages.get(v)?.money().get(i).copied())
                        .sum();
                    let set_id = r
                        .commune_set_by_year
                        .get(i)
                        .map(String::as_str)
                        .unwrap_or("");
                    let set = ds
                        .criteria
                        .set(set_id)
                        .unwrap_or_else(|| ds.base_commune_set());
                    let blocking: Vec<&str> = u
                        .binding(i, 0.5)
                        .into_iter()
                        .filter_map(|(k, _)| set.criteria.get(k))
                        .map(|cr| {
                            if vi {
                                cr.name_vi.as_str()
                            } else {
                                cr.name_en.as_str()
                            }
                        })
                        .collect();
                    rows.push(vec![
                        c.code.clone(),
                        c.name.clone(),
                        ds.districts
                            .get(c.district)
                            .map(|d| d.name_in(lang).into_owned())
                            .unwrap_or_default(),
                        if vi {
                            c.unit_type.as_vi()
                        } else {
                            c.unit_type.as_en()
                        }
                        .into(),
                        if c.scope_1385 { "1" } else { "0" }.into(),
                        y.to_string(),
                        num(style, u.p_standard().get(i).copied().unwrap_or(0.0)),
                        num(style, u.p_recognised().get(i).copied().unwrap_or(0.0)),
                        num(style, u.mean_criteria().get(i).copied().unwrap_or(0.0)),
                        num(style, u.money().get(i).copied().unwrap_or(0.0)),
                        num(style, u.investment().get(i).copied().unwrap_or(0.0)),
                        num(style, to_villages),
                        // A township or ward is not an NTM candidate: criteria it lacks block
                        // nothing (the matrix hides them; listed here they read as stuck).
                        if !c.is_candidate() {
                            if vi { NOT_ASSESSED_VI } else { NOT_ASSESSED_EN }.to_string()
                        } else {
                            blocking.join("; ")
                        },
                    ]);
                }
            }
            write(header, rows, style)
        }
    }
}

/// The blocking-criteria cell of a township or ward.
const NOT_ASSESSED_VI: &str = "không xét công nhận NTM (thị trấn, phường)";
const NOT_ASSESSED_EN: &str = "not assessed for NTM (township or ward)";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, Scenario};

    #[test]
    fn csv_files_start_with_a_bom_and_read_back_to_the_same_figures() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 20;
        let r = simulate(&ds, &sc);
        for (level, rows) in [
            (
                CsvLevel::Province,
                Metric::ALL.len() * 6
                    + Metric::ALL
                        .iter()
                        .filter(|m| r.base.value(**m).is_some())
                        .count()
                    // Money in detail: each source allocated and planned, the plan's total,
                    // training, per village and per commune gained.
                    + (2 * crate::scenario::Source::ALL.len() + 4) * 6,
            ),
            (CsvLevel::District, 10 * 6),
            (CsvLevel::Commune, 161 * 6),
        ] {
            let text = results_csv(&ds, &r, level, Lang::Vi, CsvStyle::Standard);
            assert!(text.starts_with(BOM));
            let mut reader = csv::Reader::from_reader(&text.as_bytes()[BOM.len()..]);
            let records: Vec<csv::StringRecord> = reader.records().map(|x| x.unwrap()).collect();
            assert_eq!(records.len(), rows, "{level:?}");
        }
        let text = results_csv(&ds, &r, CsvLevel::Province, Lang::En, CsvStyle::Standard);
        let mut reader = csv::Reader::from_reader(&text.as_bytes()[BOM.len()..]);
        let row = reader
            .records()
            .map(|x| x.unwrap())
            .find(|rec| &rec[1] == "villages_standard" && &rec[0] == "2025")
            .unwrap();
        assert_eq!(&row[3], "villages");
        assert_eq!(
            row[6].parse::<f64>().unwrap(),
            r.series.villages_standard.p50[5]
        );
        // The series start at the base date, with the dataset's figures.
        let base = |key: &str| {
            let text = results_csv(&ds, &r, CsvLevel::Province, Lang::Vi, CsvStyle::Standard);
            let mut reader = csv::Reader::from_reader(&text.as_bytes()[BOM.len()..]);
            reader
                .records()
                .map(|x| x.unwrap())
                .find(|rec| &rec[1] == key && &rec[0] == "6/2020 (khởi điểm)")
                .map(|rec| rec[6].parse::<f64>().unwrap())
        };
        assert_eq!(
            base("villages_standard"),
            Some(r.base.villages_standard as f64)
        );
        assert_eq!(base("communes_recognised"), Some(20.0));
        // The 2025 target "none below 15 criteria" has its starting point too, counted here
        // from the data's levels against the base year's set.
        let set = ds.base_commune_set();
        let below_15 = ds
            .communes
            .iter()
            .filter(|c| c.is_candidate())
            .filter(|c| {
                let met = c.levels.iter().zip(&set.criteria);
                met.filter(|(x, k)| **x >= k.threshold).count() < 15
            })
            .count();
        assert!(below_15 > 0, "the default has xã below 15 criteria");
        assert_eq!(base("communes_below_15"), Some(below_15 as f64));
        // A base summary written before the count was kept has no such row, not a false 0.
        let mut old = serde_json::to_value(&r.base).expect("json");
        old.as_object_mut()
            .expect("an object")
            .remove("communes_below_15");
        let old: crate::results::BaseSummary = serde_json::from_value(old).expect("read back");
        assert_eq!(old.value(Metric::CommunesBelow15), None);
        assert_eq!(
            old.value(Metric::CommunesBelow10),
            r.base.value(Metric::CommunesBelow10)
        );
        assert_eq!(base("communes_ntm"), None);
        assert_eq!(base("spending_total"), None);
        // The base year's money row says where its year starts; later years' do not.
        let text = results_csv(&ds, &r, CsvLevel::Province, Lang::Vi, CsvStyle::Standard);
        let named = |year: &str| {
            let mut reader = csv::Reader::from_reader(&text.as_bytes()[BOM.len()..]);
            reader
                .records()
                .map(|x| x.unwrap())
                .find(|rec| &rec[1] == "spending_total" && &rec[0] == year)
                .map(|rec| rec[2].to_string())
                .unwrap()
        };
        assert_eq!(named("2020"), "Vốn phân bổ trong năm (tính từ 7/2020)");
        assert_eq!(named("2021"), "Vốn phân bổ trong năm");
        let communes = results_csv(&ds, &r, CsvLevel::Commune, Lang::Vi, CsvStyle::Standard);
        assert!(communes.contains("Sóc Hà") && communes.contains("Thu nhập"));
        // The city is named as the page names it, in each language.
        for level in [CsvLevel::District, CsvLevel::Commune] {
            let vi = results_csv(&ds, &r, level, Lang::Vi, CsvStyle::Standard);
            let en = results_csv(&ds, &r, level, Lang::En, CsvStyle::Standard);
            assert!(vi.contains("Thành phố Cao Bằng"), "{level:?}");
            assert!(
                !en.contains("Thành phố") && en.contains("Cao Bằng City"),
                "{level:?}"
            );
        }
    }

    /// The province file has the money by source as the page's table does (it had only the
    /// year's total): each source's allocation adds up to that total, within its plan.
    #[test]
    fn the_province_file_has_the_money_by_source_plan_and_training() {
        use crate::scenario::Source;
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 20;
        let r = simulate(&ds, &sc);
        for style in [CsvStyle::Standard, CsvStyle::VietnameseExcel] {
            let text = results_csv(&ds, &r, CsvLevel::Province, Lang::Vi, style);
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(style.delimiter())
                .from_reader(&text.as_bytes()[BOM.len()..]);
            let records: Vec<csv::StringRecord> = reader.records().map(|x| x.unwrap()).collect();
            let value = |key: &str, year: u16| -> Option<f64> {
                let rec = records
                    .iter()
                    .find(|rec| &rec[1] == key && rec[0] == year.to_string())?;
                // Kept as means only; the plan and training are the same in every run.
                if key.starts_with("allocated_") || key.starts_with("cost_per_") {
                    assert_eq!(&rec[5], "", "{key}: means only, no percentiles");
                } else if key != "spending_total" {
                    assert_eq!(rec[5], rec[4], "{key}: the same in every run");
                }
                rec[4].replace(',', ".").parse().ok()
            };
            for (i, &y) in r.years.iter().enumerate() {
                let total = value("spending_total", y).expect("the year's total");
                let mut allocated = 0.0;
                let mut planned = 0.0;
                for source in Source::ALL {
                    let a = value(&format!("allocated_{}", source.key()), y).expect("allocated");
                    let b = value(&format!("budget_{}", source.key()), y).expect("planned");
                    assert!(a <= b + 1e-6, "{y} {source:?}: {a} > {b}");
                    allocated += a;
                    planned += b;
                }
                assert!(
                    (allocated - total).abs() < 1e-4,
                    "{y}: {allocated} ≠ {total}"
                );
                let plan = value("budget_total", y).expect("the plan's total");
                assert!((plan - planned).abs() < 1e-4, "{y}: {plan} ≠ {planned}");
                assert!(plan > 0.0);
                let training = value("training_cost", y).expect("training");
                assert!((training - r.spending.training[i]).abs() < 1e-6, "{y}");
            }
            let last = *r.years.last().unwrap();
            assert!(value("cost_per_additional_commune", last).expect("communes gained") > 0.0);
            // The base year's plan is half a year's, and its row says so.
            let named = records
                .iter()
                .find(|rec| &rec[1] == "budget_total" && &rec[0] == "2020")
                .map(|rec| rec[2].to_string());
            assert_eq!(named.as_deref(), Some("Tổng kế hoạch vốn (tính từ 7/2020)"));
        }
    }

    /// A district's money is its communes' money and what went straight to their villages: the
    /// commune file's two money columns add up to the district file's (a reviewer found the
    /// communes short of their districts by exactly the Decision 1385 money).
    #[test]
    fn the_communes_money_adds_up_to_their_districts() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 20;
        let r = simulate(&ds, &sc);
        let read = |level| {
            let text = results_csv(&ds, &r, level, Lang::En, CsvStyle::Standard);
            let mut reader = csv::Reader::from_reader(&text.as_bytes()[BOM.len()..]);
            let header = reader.headers().unwrap().clone();
            let rows: Vec<csv::StringRecord> = reader.records().map(|x| x.unwrap()).collect();
            (header, rows)
        };
        let (dh, districts) = read(CsvLevel::District);
        let (ch, communes) = read(CsvLevel::Commune);
        let col = |h: &csv::StringRecord, name: &str| h.iter().position(|x| x == name).unwrap();
        // The base year is half a year's money, and the heading says so.
        let d_money = col(
            &dh,
            "money in the year, Decision 1385 money to villages included (billion VND; 2020 from Jul 2020)",
        );
        let (c_money, c_villages) = (
            col(&ch, "money to the commune in the year (billion VND; 2020 from Jul 2020)"),
            col(&ch, "Decision 1385 money straight to its villages (billion VND; Program 135's village share is in the commune's money)"),
        );
        let c_inv = col(
            &ch,
            "of which investment money, usable for infrastructure (billion VND)",
        );
        let mut some_investment = false;
        for c in &communes {
            let (inv, money): (f64, f64) = (c[c_inv].parse().unwrap(), c[c_money].parse().unwrap());
            assert!(inv <= money + 1e-6, "{inv} of {money}");
            some_investment |= inv > 0.0;
        }
        assert!(some_investment);
        let mut some_village_money = false;
        for d in &districts {
            let (name, year) = (&d[1], &d[2]);
            let mut sum = 0.0;
            for c in communes.iter().filter(|c| &c[2] == name && &c[5] == year) {
                let to_villages: f64 = c[c_villages].parse().unwrap();
                some_village_money |= to_villages > 0.0;
                sum += c[c_money].parse::<f64>().unwrap() + to_villages;
            }
            let total: f64 = d[d_money].parse().unwrap();
            assert!(
                (sum - total).abs() < 1e-6 * total.max(1.0),
                "{name} {year}: {sum} vs {total}"
            );
        }
        assert!(some_village_money);
        // A township or ward blocks nothing: it is not a candidate.
        let c_blocking = col(&ch, "blocking criteria");
        for c in &communes {
            let unit = ds.communes.iter().find(|u| u.code == c[0]).unwrap();
            assert_eq!(
                &c[c_blocking] == NOT_ASSESSED_EN,
                !unit.is_candidate(),
                "{}",
                &c[1]
            );
        }
        // No village in the data: no village figure, not 0.
        let d_villages = col(&dh, "villages at the standard (median)");
        let cell = |name: &str| {
            districts
                .iter()
                .find(|d| &d[1] == name && &d[2] == "2025")
                .map(|d| d[d_villages].to_string())
                .unwrap()
        };
        assert_eq!(cell("Bảo Lâm"), "");
        assert!(cell("Hà Quảng").parse::<f64>().unwrap() > 0.0);
    }

    /// Numbers keep six decimals at most, never a float's last bits (8,402000000000001) nor a
    /// negative zero (a reviewer found both in the commune file).
    #[test]
    fn numbers_are_rounded_to_six_decimals_without_a_negative_zero() {
        assert_eq!(num(CsvStyle::Standard, 8.402000000000001), "8.402");
        assert_eq!(num(CsvStyle::Standard, 14.358851864834298), "14.358852");
        assert_eq!(
            num(CsvStyle::VietnameseExcel, 0.05782312925170068),
            "0,057823"
        );
        assert_eq!(num(CsvStyle::Standard, -1e-12), "0");
        assert_eq!(num(CsvStyle::Standard, -0.0), "0");
        assert_eq!(num(CsvStyle::Standard, 1568.0), "1568");
        assert_eq!(num(CsvStyle::Standard, f64::NAN), "");
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 20;
        let r = simulate(&ds, &sc);
        for level in [CsvLevel::Province, CsvLevel::District, CsvLevel::Commune] {
            let text = results_csv(&ds, &r, level, Lang::En, CsvStyle::Standard);
            let mut reader = csv::Reader::from_reader(&text.as_bytes()[BOM.len()..]);
            for rec in reader.records().map(|x| x.unwrap()) {
                for cell in rec.iter().filter(|c| c.parse::<f64>().is_ok()) {
                    assert!(
                        !cell.starts_with("-0") || cell.parse::<f64>().unwrap() < 0.0,
                        "{cell}"
                    );
                    let decimals = cell.split_once('.').map_or(0, |(_, d)| d.len());
                    assert!(decimals <= 6, "{level:?}: {cell}");
                }
            }
        }
    }

    /// The Vietnamese spreadsheet's style: the same cells, semicolons between them, decimal
    /// commas, so every number reads back (comma for point) to the same figure, and text with
    /// a semicolon of its own (the blocking criteria) stays one cell.
    #[test]
    fn the_vietnamese_spreadsheet_style_holds_the_same_figures() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 20;
        let r = simulate(&ds, &sc);
        for level in [CsvLevel::Province, CsvLevel::District, CsvLevel::Commune] {
            let read = |style: CsvStyle| -> Vec<csv::StringRecord> {
                let text = results_csv(&ds, &r, level, Lang::Vi, style);
                assert!(text.starts_with(BOM));
                csv::ReaderBuilder::new()
                    .delimiter(style.delimiter())
                    .from_reader(&text.as_bytes()[BOM.len()..])
                    .records()
                    .map(|x| x.unwrap())
                    .collect()
            };
            let (standard, vietnamese) =
                (read(CsvStyle::Standard), read(CsvStyle::VietnameseExcel));
            assert_eq!(standard.len(), vietnamese.len(), "{level:?}");
            let mut decimals = 0;
            for (a, b) in standard.iter().zip(&vietnamese) {
                assert_eq!(a.len(), b.len(), "{level:?}: {a:?} / {b:?}");
                for (x, y) in a.iter().zip(b) {
                    match x.parse::<f64>() {
                        Ok(v) if x.contains('.') => {
                            decimals += 1;
                            assert!(!y.contains('.'), "{y}");
                            assert_eq!(y.replace(',', ".").parse::<f64>().unwrap(), v);
                        }
                        _ => assert_eq!(x, y),
                    }
                }
            }
            assert!(decimals > 0, "{level:?}: no decimal numbers to check");
        }
    }
}
