//! Every user-visible string of the app, in Vietnamese (the default) and English: one message
//! catalogue, split by screen area into enums (`app::Msg`, `headline::HeadlineMsg`, …). Each
//! enum implements [`Translate`] with one exhaustive `match` per language, so a message
//! missing a translation does not compile. Names that come with the model or the dataset
//! (criteria, parameters, sources, targets) carry their own vi/en pair: [`Lang::pick`].
//! Numbers are formatted and read here too (through `ntm_model::format`), so a component
//! never picks a decimal separator itself. Wording only: no layout, no state.

mod app;
mod assumptions;
mod charts;
pub mod criteria;
mod data;
mod headline;
pub mod keys;
mod levers;
mod library;
mod notices;
pub mod seek;
mod share;
mod workspace;
// Issue 5: comparison, presentation (and report), generated narrative.
pub mod compare;
pub mod narrative;
mod present;

pub use app::Msg;
pub use assumptions::{after_recognition, basis_vi, eligibility, source_basis_vi, AssumptionMsg};
pub use charts::ChartMsg;
pub use criteria::CriteriaMsg;
pub use data::DataMsg;
pub use headline::{metric_short, unlike_default_msg, HeadlineMsg};
pub use levers::{rule_about, rule_name, unit_field_label, LeverMsg};
pub use library::LibraryMsg;
pub use notices::NoticeMsg;
pub use seek::SeekMsg;
pub use share::ShareMsg;
pub use workspace::WorkspaceMsg;
// Issue 5.
pub use compare::CompareMsg;
pub use present::{date_text, PresentMsg, ReportMsg};

use ntm_model::format::{number_en, number_vi};

/// A message that can be said in both languages.
pub trait Translate: Copy {
    /// Vietnamese.
    fn vi(self) -> &'static str;
    /// English.
    fn en(self) -> &'static str;
}

/// The language the page is shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Vietnamese, the default: the planners and students who use the app read it first.
    #[default]
    Vi,
    /// English, one click away.
    En,
}

/// The model's name for the same language (its CSV headers, its messages).
impl From<Lang> for ntm_model::format::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Vi => ntm_model::format::Lang::Vi,
            Lang::En => ntm_model::format::Lang::En,
        }
    }
}

impl Lang {
    /// The BCP 47 code for `<html lang>` and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language the toggle switches to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// The message `msg` in this language.
    pub fn t<M: Translate>(self, msg: M) -> &'static str {
        match self {
            Lang::Vi => msg.vi(),
            Lang::En => msg.en(),
        }
    }

    /// One of a vi/en pair that comes with the model or the dataset.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    /// The message `msg` with each `{name}` replaced by its value.
    pub fn fill<M: Translate>(self, msg: M, values: &[(&str, &str)]) -> String {
        fill(self.t(msg), values)
    }

    /// `x` with `decimals` digits, grouped the way a reader of this language expects.
    pub fn number(self, x: f64, decimals: usize) -> String {
        match self {
            Lang::Vi => number_vi(x, decimals),
            Lang::En => number_en(x, decimals),
        }
    }

    /// `x` with at most `decimals` digits, trailing zeros dropped (`1,5` rather than `1,50`).
    pub fn number_short(self, x: f64, decimals: usize) -> String {
        let s = self.number(x, decimals);
        let point = match self {
            Lang::Vi => ',',
            Lang::En => '.',
        };
        if s.contains(point) {
            s.trim_end_matches('0').trim_end_matches(point).to_string()
        } else {
            s
        }
    }

    /// `unit` as it reads after the number `shown` (already formatted): English puts its first
    /// word in the singular after exactly "1" ("1 campaign/commune/year", "1 person/year",
    /// "1 commune"); Vietnamese nouns do not change.
    pub fn unit_after<'a>(self, shown: &str, unit: &'a str) -> std::borrow::Cow<'a, str> {
        const SINGULAR: [(&str, &str); 8] = [
            ("percentage points", "percentage point"),
            ("campaigns", "campaign"),
            ("people", "person"),
            ("communes", "commune"),
            ("villages", "village"),
            ("trainees", "trainee"),
            ("units", "unit"),
            ("criteria", "criterion"),
        ];
        if self == Lang::En && shown == "1" {
            for (plural, one) in SINGULAR {
                if let Some(rest) = unit.strip_prefix(plural) {
                    if rest.is_empty() || rest.starts_with(['/', ' ']) {
                        return format!("{one}{rest}").into();
                    }
                }
            }
        }
        unit.into()
    }

    /// `text` said of the data in use: unchanged for illustrative data (the default), and for
    /// a province's own data (`illustrative: false` in its `province.json`) with every
    /// "illustrative data" phrase of the catalogue said of the province's data instead (a
    /// report of real data that called it illustrative could not go to the province's leaders).
    pub fn about_data(self, text: &str, illustrative: bool) -> String {
        if illustrative {
            return text.to_string();
        }
        const SAID: [(&str, &str); 10] = [
            (
                "bộ dữ liệu Cao Bằng mang tính minh họa, không phải số liệu thống kê chính thức",
                "số liệu của tỉnh",
            ),
            (
                "Số liệu minh họa, không phải thống kê chính thức.",
                "Số liệu của tỉnh, tải lên từ tệp.",
            ),
            (
                "các chỉ số khác là minh họa",
                "các chỉ số khác do tỉnh cung cấp",
            ),
            ("vốn là số liệu minh họa", "do tỉnh cung cấp"),
            ("dữ liệu minh họa", "dữ liệu của tỉnh"),
            (
                "the Cao Bằng dataset is illustrative, not official statistics",
                "the province's data",
            ),
            (
                "Illustrative data, not official statistics.",
                "The province's data, loaded from files.",
            ),
            (
                "other figures are illustrative",
                "other figures are the province's",
            ),
            ("which are illustrative", "which are the province's"),
            ("illustrative data", "the province's data"),
        ];
        SAID.iter()
            .fold(text.to_string(), |t, (from, to)| t.replace(from, to))
    }

    /// A share (0–1) as a percentage: `0,25` → `25%`.
    pub fn percent(self, share: f64, decimals: usize) -> String {
        format!("{}%", self.number_short(share * 100.0, decimals))
    }

    /// A share of runs (0–1) as a whole percentage, except where rounding would carry it across
    /// a verdict's threshold (80 % likely, 20 % unlikely): there one decimal, rounded towards
    /// its own side, so "? Chưa chắc đạt" never stands beside "đạt ở 80%" (0,798 reads
    /// "79,8%").
    pub fn share_of_runs(self, p: f64) -> String {
        let (pct, decimals) = ntm_model::results::share_shown(p);
        format!("{}%", self.number(pct, decimals))
    }

    /// A rate in percent (0–100) as a whole percentage, except where rounding would say 100 %
    /// or 0 % of a rate that is not: there one decimal, towards its own side ("99,8%" for a
    /// criterion met in 99,8 % of cases, which the bar chart labelled "100%" beside real 100s).
    pub fn rate_percent(self, pct: f64) -> String {
        let whole = pct.round();
        if whole >= 100.0 && pct < 100.0 {
            let below = ((pct * 10.0).floor() / 10.0).min(99.9);
            return format!("{}%", self.number(below, 1));
        }
        if whole <= 0.0 && pct > 0.0 {
            let above = ((pct * 10.0).ceil() / 10.0).max(0.1);
            return format!("{}%", self.number(above, 1));
        }
        format!("{}%", self.number(pct, 0))
    }

    /// "End of 2025" / "Cuối năm 2025".
    pub fn end_of_year(self, year: u16) -> String {
        format!("{} {year}", self.t(Msg::EndOfYear))
    }

    /// Reads a number typed by a reader of this language; `None` when it is not one.
    /// Vietnamese: `1.234,5` (a dot groups thousands, a comma marks decimals); a lone dot
    /// followed by other than exactly three digits is read as a decimal point (`1.5`), since
    /// planners often type that way. English: `1,234.5`. Spaces are ignored; a tab or a line
    /// break is not a number (cells pasted from a spreadsheet: "110⇥112⇥112" became 110.112.112,
    /// taken as a million billion VND).
    pub fn parse_number(self, text: &str) -> Option<f64> {
        let spaced = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
        if text.trim().chars().any(|c| c.is_whitespace() && !spaced(c)) {
            return None;
        }
        // The minus sign the app writes (U+2212) reads as the hyphen a keyboard types.
        let t: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == '\u{2212}' { '-' } else { c })
            .collect();
        if t.is_empty() || t.len() > 40 {
            return None;
        }
        let normalised = match self {
            Lang::Vi => {
                if let Some((whole, decimals)) = t.split_once(',') {
                    // "1,234.5" is an English number: read as Vietnamese it became 1,2345,
                    // and 112 billion turned into 1.2 with only a rounding note. Refused.
                    let grouped = !whole.contains('.') || is_grouped(whole, '.');
                    if !grouped || decimals.contains([',', '.']) {
                        return None;
                    }
                    format!("{}.{decimals}", whole.replace('.', ""))
                } else if is_grouped(&t, '.') {
                    t.replace('.', "")
                } else {
                    t
                }
            }
            Lang::En => {
                if t.contains(',') && !is_grouped(t.split('.').next().unwrap_or(""), ',') {
                    return None;
                }
                t.replace(',', "")
            }
        };
        let valid = normalised
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+');
        if !valid {
            return None;
        }
        normalised.parse::<f64>().ok().filter(|x| x.is_finite())
    }
}

/// `1.234` or `12.345.678`: groups of exactly three digits after each separator, after a
/// first group that does not start with 0 (`0.500` is a decimal, never five hundred).
fn is_grouped(t: &str, sep: char) -> bool {
    let t = t.trim_start_matches(['-', '+']);
    let mut parts = t.split(sep);
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && !first.is_empty()
        && !first.starts_with('0')
        && first.len() <= 3
        && first.chars().all(|c| c.is_ascii_digit())
        && rest
            .iter()
            .all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// A P10–P90 range from its two ends as shown: "142–203", or "3" when they read the same (a
/// "3–3" said nothing more, and the comparison already wrote "3").
pub fn span(lo: String, hi: String) -> String {
    if lo == hi {
        lo
    } else {
        format!("{lo}–{hi}")
    }
}

/// The name of a table's scroll area: "Bảng cuộn được: {name}". Landmarks need names of
/// their own: the section around the table already has the table's name.
pub fn scroll_table(lang: Lang, name: &str) -> String {
    lang.fill(Msg::ScrollTable, &[("name", name)])
}

/// `template` with each `{name}` replaced by its value (values are plain text: the caller
/// shows the result as text, never as HTML).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_rate_is_never_rounded_to_100_or_0_percent() {
        let vi = Lang::Vi;
        assert_eq!(vi.rate_percent(100.0), "100%");
        assert_eq!(vi.rate_percent(99.8), "99,8%");
        assert_eq!(vi.rate_percent(99.96), "99,9%");
        assert_eq!(vi.rate_percent(99.4), "99%");
        assert_eq!(vi.rate_percent(66.0), "66%");
        assert_eq!(vi.rate_percent(0.3), "0,3%");
        assert_eq!(vi.rate_percent(0.01), "0,1%");
        assert_eq!(vi.rate_percent(0.0), "0%");
        assert_eq!(Lang::En.rate_percent(99.8), "99.8%");
    }

    #[test]
    fn english_units_agree_with_one() {
        let en = Lang::En;
        assert_eq!(
            en.unit_after("1", "campaigns/commune/year"),
            "campaign/commune/year"
        );
        assert_eq!(en.unit_after("1", "people/year"), "person/year");
        assert_eq!(en.unit_after("1", "communes"), "commune");
        assert_eq!(en.unit_after("2", "communes"), "communes");
        assert_eq!(en.unit_after("1.5", "people/year"), "people/year");
        // Only a whole first word: "villagers" is not "villagers" made singular.
        assert_eq!(en.unit_after("1", "villagers"), "villagers");
        assert_eq!(Lang::Vi.unit_after("1", "đợt/năm"), "đợt/năm");
        assert_eq!(en.unit_after("1", "percentage points"), "percentage point");
    }

    #[test]
    fn a_share_of_runs_never_reads_across_its_verdict() {
        let vi = Lang::Vi;
        assert_eq!(vi.share_of_runs(0.8), "80%");
        assert_eq!(vi.share_of_runs(0.798), "79,8%");
        assert_eq!(vi.share_of_runs(0.7999), "79,9%");
        assert_eq!(vi.share_of_runs(0.79), "79%");
        assert_eq!(vi.share_of_runs(0.203), "20,3%");
        assert_eq!(vi.share_of_runs(0.2001), "20,1%");
        assert_eq!(vi.share_of_runs(0.2), "20%");
        assert_eq!(vi.share_of_runs(0.446), "45%");
        assert_eq!(Lang::En.share_of_runs(0.798), "79.8%");
    }

    #[test]
    fn vietnamese_is_the_default_and_the_toggle_goes_both_ways() {
        assert_eq!(Lang::default(), Lang::Vi);
        assert_eq!(Lang::Vi.other(), Lang::En);
        assert_eq!(Lang::En.other().other(), Lang::En);
    }

    #[test]
    fn numbers_follow_the_language() {
        let cases = [
            (Lang::Vi, 1234.5, 1, "1.234,5"),
            (Lang::En, 1234.5, 1, "1,234.5"),
            (Lang::Vi, 40.0, 0, "40"),
        ];
        for (lang, x, decimals, want) in cases {
            assert_eq!(lang.number(x, decimals), want, "{lang:?} {x}");
        }
        assert_eq!(Lang::Vi.number_short(1.5, 2), "1,5");
        assert_eq!(Lang::Vi.number_short(2.0, 2), "2");
        assert_eq!(Lang::En.number_short(1200.0, 1), "1,200");
        assert_eq!(Lang::Vi.percent(0.255, 1), "25,5%");
        assert_eq!(Lang::En.percent(0.6, 0), "60%");
    }

    #[test]
    fn typed_numbers_are_read_the_way_the_reader_writes_them() {
        let cases: [(Lang, &str, Option<f64>); 29] = [
            // Cells pasted from a spreadsheet: not one number.
            (Lang::Vi, "110\t112\t112", None),
            (Lang::Vi, "110\n112", None),
            (Lang::En, "110\r\n112", None),
            (Lang::Vi, "110\n", Some(110.0)),
            (Lang::Vi, "150", Some(150.0)),
            (Lang::Vi, "1,234.5", None),
            (Lang::Vi, "1,2,3", None),
            (Lang::Vi, "12.34,5", None),
            (Lang::Vi, "12.345.678,25", Some(12_345_678.25)),
            (Lang::Vi, "1,5", Some(1.5)),
            (Lang::Vi, "1.234,5", Some(1234.5)),
            (Lang::Vi, "1.234", Some(1234.0)),
            (Lang::Vi, "1.5", Some(1.5)),
            (Lang::Vi, "0.25", Some(0.25)),
            // A first group of 0 is no thousands: half a billion, not five hundred.
            (Lang::Vi, "0.500", Some(0.5)),
            (Lang::Vi, "-0.500", Some(-0.5)),
            (Lang::En, "0,500", None),
            (Lang::Vi, " 2 000 ", Some(2000.0)),
            (Lang::Vi, "-3", Some(-3.0)),
            (Lang::Vi, "−1.234,5", Some(-1234.5)),
            (Lang::En, "1,234.5", Some(1234.5)),
            (Lang::En, "0.6", Some(0.6)),
            (Lang::En, "1,5", None),
            (Lang::Vi, "", None),
            (Lang::Vi, "abc", None),
            (Lang::Vi, "1e400", None),
            (Lang::En, "NaN", None),
            (Lang::En, "inf", None),
            (Lang::Vi, "<b>1</b>", None),
        ];
        for (lang, text, want) in cases {
            assert_eq!(lang.parse_number(text), want, "{lang:?} {text:?}");
        }
    }

    #[test]
    fn templates_are_filled_as_text() {
        assert_eq!(
            fill("{a} của {b}", &[("a", "3"), ("b", "<i>5</i>")]),
            "3 của <i>5</i>"
        );
        assert_eq!(Lang::Vi.end_of_year(2025), "Cuối năm 2025");
        assert_eq!(Lang::En.end_of_year(2020), "End of 2020");
    }
}
