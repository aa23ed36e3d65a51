//! The narrative: a few sentences on what a scenario achieves by the end of the programme
//! (2025) and what blocks the rest, generated from its results — never written by hand —
//! in Vietnamese and in English.
//!
//! Every figure is the one the headline shows (the same median, formatted by the same
//! `figures::value_text`), with its P10–P90 range and, for each official target, the median's
//! verdict and the share of runs that reach it, so the text is as honest about uncertainty as
//! the numbers. Vietnamese needs no plural; English counts pick "commune"/"communes" from the
//! number as written. Pure functions: no state, no browser.

use ntm_model::dataset::TargetOp;
use ntm_model::results::{MetricUnit, TargetResult};
use ntm_model::{Band, Dataset, Metric, Results};

use super::{metric_short, Lang};
use crate::criteria_logic::matrix::commune_set;
use crate::criteria_logic::scale::BINDING_P;
use crate::figures::{target_spec, target_year, targets_for, tiles, value_text, Likelihood, Tile};

/// Criteria named in the narrative's last sentence.
pub const NAMED_BLOCKERS: usize = 3;
/// Most criteria a sentence names with the ties of the last (a sentence, not a list).
pub const MOST_NAMED_BLOCKERS: usize = 5;

/// The year the narrative and the blockers speak of: the data's last target year (Cao Bằng's
/// 2025, the end of the 2021–2025 programme) when simulated, else the last simulated year.
pub fn narrative_year(ds: &Dataset, r: &Results) -> Option<u16> {
    let year = target_year(ds);
    if r.years.contains(&year) {
        Some(year)
    } else {
        r.years.last().copied()
    }
}

/// A criterion that keeps communes from the standard.
#[derive(Debug, Clone, PartialEq)]
pub struct Blocker {
    /// Index in the commune set in force that year.
    pub criterion: usize,
    pub name_vi: String,
    pub name_en: String,
    /// Communes it blocks: still short of the standard (met in fewer than half the runs) and
    /// missing this criterion in more than half the runs.
    pub communes: usize,
}

/// What blocks the communes still short of the standard at the end of a year.
#[derive(Debug, Clone, PartialEq)]
pub struct Blockers {
    pub year: u16,
    /// Xã simulated (NTM candidates).
    pub candidates: usize,
    /// Of them, those more likely short of the standard than at it.
    pub short: usize,
    /// Of those short, the ones more likely recognised than not: recognition is kept after the
    /// stricter set arrives, so "92 xã còn vướng" counted nine NTM communes unsaid.
    pub recognised: usize,
    /// Every criterion that blocks at least one of them, most communes first (ties in
    /// official order).
    pub criteria: Vec<Blocker>,
}

impl Blockers {
    /// The criteria to name when naming `n`: the first `n`, and those tied with the last of
    /// them (a district slide named two of three criteria blocking one commune each, leaving
    /// out the one the commune's own panel listed), [`MOST_NAMED_BLOCKERS`] at most.
    pub fn leading(&self, n: usize) -> &[Blocker] {
        let Some(last) = n.checked_sub(1).and_then(|k| self.criteria.get(k)) else {
            return &self.criteria[..n.min(self.criteria.len())];
        };
        let tied = self.criteria[n..]
            .iter()
            .take_while(|c| c.communes == last.communes)
            .count();
        &self.criteria[..(n + tied).min(MOST_NAMED_BLOCKERS.max(n))]
    }
}

/// The blockers at the end of `year` (`None` when the results do not cover it).
pub fn blockers(ds: &Dataset, r: &Results, year: u16) -> Option<Blockers> {
    blockers_in(ds, r, year, None)
}

/// [`blockers`] among the communes of district `district` (an index in the dataset), or of
/// the province with `None`.
pub fn blockers_in(
    ds: &Dataset,
    r: &Results,
    year: u16,
    district: Option<usize>,
) -> Option<Blockers> {
    let yi = r.year_index(year)?;
    let set = commune_set(ds, r, yi);
    let mut counts = vec![0usize; set.len()];
    let mut candidates = 0;
    let mut short = 0;
    let mut recognised = 0;
    for (c, unit) in ds.communes.iter().zip(&r.communes) {
        if !c.is_candidate() || district.is_some_and(|d| c.district != d) {
            continue;
        }
        candidates += 1;
        if unit.p_standard().get(yi).copied().unwrap_or(0.0) >= BINDING_P {
            continue;
        }
        short += 1;
        if unit.p_recognised().get(yi).copied().unwrap_or(0.0) >= BINDING_P {
            recognised += 1;
        }
        for (i, _) in unit.binding(yi, BINDING_P) {
            if let Some(n) = counts.get_mut(i) {
                *n += 1;
            }
        }
    }
    let mut criteria: Vec<Blocker> = counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .filter_map(|(i, &n)| {
            let c = set.criteria.get(i)?;
            Some(Blocker {
                criterion: i,
                name_vi: c.name_vi.clone(),
                name_en: c.name_en.clone(),
                communes: n,
            })
        })
        .collect();
    criteria.sort_by(|a, b| {
        b.communes
            .cmp(&a.communes)
            .then(a.criterion.cmp(&b.criterion))
    });
    Some(Blockers {
        year,
        candidates,
        short,
        recognised,
        criteria,
    })
}

/// The narrative of `r`, one string per sentence, in `lang`; with `baseline` (the default
/// scenario's results, simulated alike), what it changes against the default too. Empty when
/// the results have no year.
pub fn narrative(ds: &Dataset, r: &Results, baseline: Option<&Results>, lang: Lang) -> Vec<String> {
    let Some(year) = narrative_year(ds, r) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(s) = villages_sentence(ds, r, year, lang) {
        out.push(s);
    }
    if let Some(s) = communes_sentence(ds, r, year, lang) {
        out.push(s);
    }
    if let Some(s) = below15_sentence(ds, r, year, lang) {
        out.push(s);
    }
    if let Some(s) = baseline.and_then(|b| against_default_sentence(ds, r, b, lang)) {
        out.push(s);
    }
    if let Some(b) = blockers(ds, r, year) {
        out.push(blockers_sentence(&b, lang));
    }
    out
}

/// The headline's figures the scenario moves against the default, good news and bad (judged
/// run by run, as the headline's "so với mặc định" line judges them), then those it moves in
/// too few runs to call: "So với kịch bản mặc định: tốt hơn ở xã đạt chuẩn NTM năm 2025 (56
/// thay vì 47); kém hơn ở xã dưới 15 tiêu chí năm 2025 (31 thay vì 9); chênh lệch chưa rõ ở
/// …". A rule that adds NTM communes and leaves three times as many far behind read as good
/// news alone: the other sentences give each figure without the default's. `None` when the
/// two do not cover the headline's years.
pub fn against_default_sentence(
    ds: &Dataset,
    r: &Results,
    baseline: &Results,
    lang: Lang,
) -> Option<String> {
    use crate::compare_logic::headline::figure;
    use crate::compare_logic::money::{judge, paired, Judged};
    let (mut better, mut worse, mut unclear) = (Vec::new(), Vec::new(), Vec::new());
    let mut any = false;
    for tile in tiles(ds).iter() {
        let (Some(now), Some(before)) = (
            figure(r, tile.metric, tile.year),
            figure(baseline, tile.metric, tile.year),
        ) else {
            continue;
        };
        any = true;
        let d = now.p50 - before.p50;
        let runs = paired(baseline, r, tile.metric, tile.year);
        let label = lower_first(lang.t(tile.label));
        // "năm 2025", not "cuối năm 2025": the sentences before say "đến hết năm", and the
        // report's first page has no line to spare.
        let when = tile.year;
        let (now, before) = (
            value_text(tile.metric, now.p50, lang),
            value_text(tile.metric, before.p50, lang),
        );
        let text = match lang {
            Lang::Vi => format!("{label} năm {when} ({now} thay vì {before})"),
            Lang::En => format!("{label} in {when} ({now} instead of {before})"),
        };
        match judge(tile.metric, d, runs.as_ref()) {
            Judged::Better => better.push(text),
            Judged::Worse => worse.push(text),
            // Said too, last: the leaders ask about the communes against the target of 50,
            // and a summary that named a one-village drop was silent on 47 → 44.
            Judged::Unclear => unclear.push(text),
            Judged::Same => {}
        }
    }
    if !any {
        return None;
    }
    let and = lang.pick(" và ", " and ");
    let parts: Vec<String> = [
        (better, lang.pick("tốt hơn ở ", "better for ")),
        (worse, lang.pick("kém hơn ở ", "worse for ")),
        (
            unclear,
            lang.pick("chênh lệch chưa rõ ở ", "an unclear difference for "),
        ),
    ]
    .into_iter()
    .filter(|(items, _)| !items.is_empty())
    .map(|(items, word)| format!("{word}{}", join(&items, and)))
    .collect();
    Some(if parts.is_empty() {
        lang.pick(
            "So với kịch bản mặc định, không kết quả chính nào khác rõ rệt.",
            "Against the default scenario, no headline figure differs clearly.",
        )
        .to_string()
    } else {
        format!(
            "{}{}.",
            lang.pick(
                "So với kịch bản mặc định: ",
                "Against the default scenario: "
            ),
            parts.join("; ")
        )
    })
}

/// A label inside a sentence: "Xã đạt chuẩn NTM" → "xã đạt chuẩn NTM", "NTM communes" kept.
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}

/// Median and P10–P90 of `band` at year index `i`.
#[derive(Debug, Clone, Copy)]
struct Fig {
    p10: f64,
    p50: f64,
    p90: f64,
}

fn fig(band: &Band, i: usize) -> Option<Fig> {
    Some(Fig {
        p10: *band.p10.get(i)?,
        p50: *band.p50.get(i)?,
        p90: *band.p90.get(i)?,
    })
}

/// The headline's figure of `metric` at `year` (or one made for that year when the headline
/// has none), so the targets under it are the headline's.
fn tile(ds: &Dataset, metric: Metric, year: u16) -> Tile {
    let shown = tiles(ds);
    shown
        .iter()
        .find(|t| t.metric == metric && t.year == year)
        .copied()
        .unwrap_or_else(|| {
            let like = shown
                .iter()
                .find(|t| t.metric == metric)
                .copied()
                .unwrap_or(shown[0]);
            Tile { year, ..like }
        })
}

/// "142–203", or "3" (`i18n::span`).
fn range(metric: Metric, f: Fig, lang: Lang) -> String {
    super::span(
        value_text(metric, f.p10, lang),
        value_text(metric, f.p90, lang),
    )
}

/// "village"/"villages" after a number as written ("1" is singular).
fn en_count(number: &str, one: &'static str, many: &'static str) -> &'static str {
    if number == "1" {
        one
    } else {
        many
    }
}

/// The goal of a target in words: "60%", "50 xã đạt chuẩn", "không còn xã nào".
fn goal(ds: &Dataset, t: &TargetResult, lang: Lang) -> String {
    let op = target_spec(ds, t).map_or(TargetOp::AtLeast, |s| s.op);
    if op == TargetOp::AtMost && t.goal.abs() < 1e-9 {
        // "None" alone reads as "the target of none": say none of what.
        return match (t.metric, lang) {
            (Metric::CommunesBelow10, Lang::Vi) => "không còn xã nào dưới 10 tiêu chí",
            (Metric::CommunesBelow10, Lang::En) => "no commune below 10 criteria",
            (Metric::CommunesBelow15, Lang::Vi) => "không còn xã nào dưới 15 tiêu chí",
            (Metric::CommunesBelow15, Lang::En) => "no commune below 15 criteria",
            (Metric::ScopeCommunesBelow10, Lang::Vi) => {
                "không còn xã nào trong phạm vi 1385 dưới 10 tiêu chí"
            }
            (Metric::ScopeCommunesBelow10, Lang::En) => {
                "no commune of the 1385 scope below 10 criteria"
            }
            (_, Lang::Vi) => "không còn xã nào",
            (_, Lang::En) => "none",
        }
        .to_string();
    }
    let value = value_text(t.metric, t.goal, lang);
    // The sentence already says "recognised"/"meet the standard": the goal needs only a noun.
    let noun = match (t.metric, lang) {
        (Metric::VillagesStandard, Lang::Vi) => "xóm",
        (Metric::VillagesStandard, Lang::En) => en_count(&value, "village", "villages"),
        (Metric::CommunesRecognised | Metric::CommunesNtm, Lang::Vi) => "xã",
        (Metric::CommunesRecognised | Metric::CommunesNtm, Lang::En) => {
            en_count(&value, "commune", "communes")
        }
        _ => metric_short(t.metric, lang),
    };
    let text = if t.metric.unit() == MetricUnit::Share {
        // Of which villages: "60%" beside "9,4% of 1.842 villages" read as that share judged
        // against it, when the target counts the 1385 scope's 294.
        match (t.metric, lang) {
            (Metric::ScopeVillagesShare, Lang::Vi) => format!("{value} số xóm thuộc QĐ 1385"),
            (Metric::ScopeVillagesShare, Lang::En) => {
                format!("{value} of the Decision 1385 scope's villages")
            }
            (_, Lang::Vi) => format!("{value} tổng số xóm của tỉnh"),
            (_, Lang::En) => format!("{value} of all the province's villages"),
        }
    } else {
        format!("{value} {noun}")
    };
    match (op, lang) {
        (TargetOp::AtMost, Lang::Vi) => format!("tối đa {text}"),
        (TargetOp::AtMost, Lang::En) => format!("at most {text}"),
        _ => text,
    }
}

/// The verdicts on `targets`, as the headline judges them (by the share of runs that reach
/// each, [`Likelihood`]): those likely met first, then the others, each with that share.
/// `None` without targets.
/// The verdicts on `targets`. With `said`, the subject has just stated the goal itself ("không
/// còn xã nào dưới 15 tiêu chí"), so a single target is "mục tiêu này" rather than the goal a
/// second time, which read as the sentence contradicting itself.
/// `metric`: the figure the sentence states. A target judged on another (in 2020 the communes'
/// targets are the 1385 scope's, beside the province's count) says its own median, so that
/// "24 xã" is not read against a goal of 3 scope communes.
fn verdicts(
    ds: &Dataset,
    targets: &[&TargetResult],
    lang: Lang,
    said: bool,
    metric: Metric,
) -> Option<String> {
    let this = said && targets.len() == 1 && targets[0].metric == metric;
    let clause = |t: &TargetResult| {
        let target = match (this, lang) {
            (true, Lang::Vi) => "mục tiêu này".to_string(),
            (true, Lang::En) => "this target".to_string(),
            (false, Lang::Vi) => format!("mục tiêu {}", goal(ds, t, lang)),
            (false, Lang::En) => format!("the target of {}", goal(ds, t, lang)),
        };
        let share = lang.share_of_runs(t.probability);
        let runs = match lang {
            Lang::Vi => format!("đạt ở {share} số lần chạy"),
            Lang::En => format!("reached in {share} of runs"),
        };
        // A share target says the share it is judged on, which the sentence's own share (of
        // every village in the data) may not be.
        let p = match t
            .median
            .filter(|_| t.metric.unit() == MetricUnit::Share || t.metric != metric)
        {
            Some(m) => match lang {
                Lang::Vi => format!("trung vị {}; {runs}", value_text(t.metric, m, lang)),
                Lang::En => format!("median {}; {runs}", value_text(t.metric, m, lang)),
            },
            None => runs,
        };
        match (Likelihood::of(t.probability), lang) {
            (Likelihood::Likely, Lang::Vi) => format!("nhiều khả năng đạt {target} ({p})"),
            (Likelihood::Uncertain, Lang::Vi) => format!("chưa chắc đạt {target} ({p})"),
            (Likelihood::Unlikely, Lang::Vi) => format!("khó đạt {target} ({p})"),
            (Likelihood::Likely, Lang::En) => format!("likely to meet {target} ({p})"),
            (Likelihood::Uncertain, Lang::En) => format!("with {target} uncertain ({p})"),
            (Likelihood::Unlikely, Lang::En) => format!("unlikely to meet {target} ({p})"),
        }
    };
    let shown: Vec<&TargetResult> = targets.iter().copied().filter(|t| t.judged()).collect();
    let likely = |t: &&&TargetResult| Likelihood::of(t.probability) == Likelihood::Likely;
    let met: Vec<String> = shown.iter().filter(likely).map(|t| clause(t)).collect();
    let missed: Vec<String> = shown
        .iter()
        .filter(|t| !likely(t))
        .map(|t| clause(t))
        .collect();
    let and = lang.pick(" và ", " and ");
    let but = lang.pick(" nhưng ", " but ");
    let judged = match (met.is_empty(), missed.is_empty()) {
        (true, true) => None,
        (false, true) => Some(join(&met, and)),
        (true, false) => Some(join(&missed, and)),
        (false, false) => Some(format!("{}{but}{}", join(&met, and), join(&missed, and))),
    };
    // A target the data cannot assess is said to be so, not left out: leaders know it.
    let n = lang.number(ds.villages.len() as f64, 0);
    let unassessed: Vec<String> = targets
        .iter()
        .filter(|t| !t.assessable)
        .map(|t| {
            let g = goal(ds, t, lang);
            match lang {
                Lang::Vi => format!("chưa đánh giá được mục tiêu {g} (dữ liệu chỉ có {n} xóm)"),
                Lang::En => {
                    format!("the target of {g} cannot be assessed (the data holds only {n})")
                }
            }
        })
        .collect();
    match (judged, unassessed.is_empty()) {
        (judged, true) => judged,
        (None, false) => Some(join(&unassessed, and)),
        (Some(j), false) => Some(format!("{j}; {}", join(&unassessed, and))),
    }
}

/// "a", "a and b", "a, b and c".
fn join(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// `subject`, then the verdicts after a comma, then a full stop.
fn sentence(subject: String, verdicts: Option<String>) -> String {
    match verdicts {
        Some(v) => format!("{subject}, {v}."),
        None => format!("{subject}."),
    }
}

fn villages_sentence(ds: &Dataset, r: &Results, year: u16, lang: Lang) -> Option<String> {
    let metric = Metric::VillagesStandard;
    let i = r.year_index(year)?;
    let f = fig(&r.series.villages_standard, i)?;
    let v = value_text(metric, f.p50, lang);
    let share = fig(&r.series.villages_share, i)
        .filter(|_| r.base.villages > 0)
        // One decimal, as on the headline card beside it (78,9%, not 79%).
        .map(|s| lang.percent(s.p50, 1));
    let span = range(metric, f, lang);
    // Of which villages, as the headline card says: the dataset holds the 1385 scope's only.
    let n = lang.number(r.base.villages as f64, 0);
    let subject = match (lang, share) {
        (Lang::Vi, Some(s)) => format!(
            "Đến hết năm {year}, khoảng {v} xóm ({s} của {n} xóm có trong dữ liệu; P10–P90: {span}) đạt chuẩn nông thôn mới"
        ),
        (Lang::Vi, None) => {
            format!("Đến hết năm {year}, khoảng {v} xóm (P10–P90: {span}) đạt chuẩn nông thôn mới")
        }
        (Lang::En, share) => {
            let (noun, verb) = if v == "1" {
                ("village", "meets")
            } else {
                ("villages", "meet")
            };
            let share = share.map_or(String::new(), |s| format!("{s} of the {n} villages in the data; "));
            format!(
                "By the end of {year}, about {v} {noun} ({share}P10–P90: {span}) {verb} the NTM standard"
            )
        }
    };
    let targets = targets_for(&tile(ds, metric, year), &r.targets);
    Some(sentence(
        subject,
        verdicts(ds, &targets, lang, false, metric),
    ))
}

fn communes_sentence(ds: &Dataset, r: &Results, year: u16, lang: Lang) -> Option<String> {
    let metric = Metric::CommunesRecognised;
    let f = fig(&r.series.communes_recognised, r.year_index(year)?)?;
    let c = value_text(metric, f.p50, lang);
    let span = range(metric, f, lang);
    let subject = match lang {
        Lang::Vi => format!("Khoảng {c} xã được công nhận đạt chuẩn NTM (P10–P90: {span})"),
        Lang::En => {
            let (noun, verb, status) = if c == "1" {
                ("commune", "is", "an NTM commune")
            } else {
                ("communes", "are", "NTM communes")
            };
            format!("About {c} {noun} {verb} recognised as {status} (P10–P90: {span})")
        }
    };
    let targets = targets_for(&tile(ds, metric, year), &r.targets);
    Some(sentence(
        subject,
        verdicts(ds, &targets, lang, false, metric),
    ))
}

fn below15_sentence(ds: &Dataset, r: &Results, year: u16, lang: Lang) -> Option<String> {
    let metric = Metric::CommunesBelow15;
    let f = fig(&r.series.communes_below_15, r.year_index(year)?)?;
    let b = value_text(metric, f.p50, lang);
    let span = range(metric, f, lang);
    // None left in the median run: said as "in at least half of the runs" while the range
    // still holds communes below 15, since "không còn xã nào" beside "chưa chắc đạt" read as
    // met and not met at once.
    let none = f.p50 < 0.5;
    let surely = f.p90 < 0.5;
    let subject = match (lang, none) {
        (Lang::Vi, false) => format!("Còn khoảng {b} xã dưới 15 tiêu chí (P10–P90: {span})"),
        (Lang::Vi, true) if !surely => format!(
            "Ở ít nhất một nửa số lần chạy, không còn xã nào dưới 15 tiêu chí (P10–P90: {span})"
        ),
        (Lang::Vi, true) => format!("Không còn xã nào dưới 15 tiêu chí (P10–P90: {span})"),
        (Lang::En, false) => {
            let (noun, verb) = if b == "1" {
                ("commune", "remains")
            } else {
                ("communes", "remain")
            };
            format!("About {b} {noun} {verb} below 15 criteria (P10–P90: {span})")
        }
        (Lang::En, true) if !surely => format!(
            "In at least half of the runs no commune remains below 15 criteria (P10–P90: {span})"
        ),
        (Lang::En, true) => format!("No commune remains below 15 criteria (P10–P90: {span})"),
    };
    let targets = targets_for(&tile(ds, metric, year), &r.targets);
    // Its subject states the goal when none are left: the verdict then says "this target".
    Some(sentence(
        subject,
        verdicts(ds, &targets, lang, none, metric),
    ))
}

fn blockers_sentence(b: &Blockers, lang: Lang) -> String {
    if b.short == 0 {
        return lang
            .pick(
                "Mọi xã đều nhiều khả năng đạt đủ tiêu chí.",
                "Every commune is more likely than not to meet every criterion.",
            )
            .to_string();
    }
    if b.criteria.is_empty() {
        return lang
            .pick(
                "Không có tiêu chí nào mà phần lớn các xã chưa đạt chuẩn cùng còn vướng.",
                "No single criterion holds back most of the communes still short of the standard.",
            )
            .to_string();
    }
    let named: Vec<String> = b
        .leading(NAMED_BLOCKERS)
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let n = lang.number(c.communes as f64, 0);
            match lang {
                Lang::Vi => format!("{} ({n} xã)", c.name_vi),
                // The unit once, on the first: "Poverty (58 communes), Income (41)".
                Lang::En if k == 0 => {
                    format!(
                        "{} ({n} {})",
                        c.name_en,
                        en_count(&n, "commune", "communes")
                    )
                }
                Lang::En => format!("{} ({n})", c.name_en),
            }
        })
        .collect();
    match lang {
        Lang::Vi => format!(
            "Tiêu chí nhiều xã còn vướng nhất: {}.",
            join(&named, " và ")
        ),
        Lang::En => format!(
            "The criteria holding back the most communes: {}.",
            join(&named, " and ")
        ),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    use ntm_model::{simulate, Scenario};

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("the embedded dataset loads")
    }

    /// The default scenario with 200 runs, computed once.
    fn results() -> Results {
        static R: OnceLock<Results> = OnceLock::new();
        R.get_or_init(|| {
            let ds = ds();
            let mut sc = Scenario::defaults(&ds);
            sc.runs = 200;
            simulate(&ds, &sc)
        })
        .clone()
    }

    /// Results whose every headline figure and target is set by hand, so the expected text
    /// can be written out in full.
    fn fixed(villages: [f64; 3], communes: [f64; 3], below15: [f64; 3]) -> Results {
        let mut r = results();
        let i = r.year_index(2025).expect("2025 simulated");
        let set = |band: &mut Band, [lo, mid, hi]: [f64; 3]| {
            (band.p10[i], band.p50[i], band.p90[i]) = (lo, mid, hi);
        };
        set(&mut r.series.villages_standard, villages);
        let n = r.base.villages as f64;
        set(
            &mut r.series.villages_share,
            [villages[0] / n, villages[1] / n, villages[2] / n],
        );
        set(&mut r.series.communes_recognised, communes);
        set(&mut r.series.communes_below_15, below15);
        r
    }

    fn target(r: &mut Results, id: &str, met: bool, probability: f64) {
        let t = r.targets.iter_mut().find(|t| t.id == id).expect(id);
        t.met = met;
        t.probability = probability;
    }

    #[test]
    fn the_narrative_reads_as_written_in_both_languages() {
        let ds = ds();
        let mut r = fixed(
            [142.0, 170.0, 203.0],
            [32.0, 47.0, 68.0],
            [15.0, 22.0, 30.0],
        );
        target(&mut r, "all_villages_2025", true, 0.97);
        // As for a dataset with every village (the default cannot assess this one: below).
        let all = r.targets.iter().position(|t| t.id == "all_villages_2025");
        r.targets[all.expect("all villages")].assessable = true;
        target(&mut r, "village_share_2025", false, 0.08);
        target(&mut r, "communes_2025", false, 0.44);
        target(&mut r, "below15_2025", false, 0.03);
        let vi = narrative(&ds, &r, None, Lang::Vi);
        let en = narrative(&ds, &r, None, Lang::En);
        let share = Lang::Vi.percent(170.0 / r.base.villages as f64, 1);
        let share_en = Lang::En.percent(170.0 / r.base.villages as f64, 1);
        assert_eq!(
            vi[..3],
            [
                format!(
                    "Đến hết năm 2025, khoảng 170 xóm ({share} của 294 xóm có trong dữ liệu; P10–P90: 142–203) đạt chuẩn \
                     nông thôn mới, nhiều khả năng đạt mục tiêu 30% tổng số xóm của tỉnh (trung vị \
                     57,5%; đạt ở 97% số lần chạy) nhưng khó đạt mục tiêu 60% số xóm thuộc QĐ 1385 \
                     (trung vị 57,5%; đạt ở 8% số lần chạy)."
                ),
                "Khoảng 47 xã được công nhận đạt chuẩn NTM (P10–P90: 32–68), chưa chắc đạt mục \
                 tiêu 50 xã (đạt ở 44% số lần chạy)."
                    .to_string(),
                "Còn khoảng 22 xã dưới 15 tiêu chí (P10–P90: 15–30), khó đạt mục tiêu không còn \
                 xã nào dưới 15 tiêu chí (đạt ở 3% số lần chạy)."
                    .to_string(),
            ]
        );
        assert_eq!(
            en[..3],
            [
                format!(
                    "By the end of 2025, about 170 villages ({share_en} of the 294 villages in the data; P10–P90: 142–203) \
                     meet the NTM standard, likely to meet the target of 30% of all the province's \
                     villages (median 57.5%; reached in 97% of runs) but unlikely to meet the \
                     target of 60% of the Decision 1385 scope's villages (median 57.5%; reached in \
                     8% of runs)."
                ),
                "About 47 communes are recognised as NTM communes (P10–P90: 32–68), with the target \
                 of 50 communes uncertain (reached in 44% of runs)."
                    .to_string(),
                "About 22 communes remain below 15 criteria (P10–P90: 15–30), unlikely to meet the \
                 target of no commune below 15 criteria (reached in 3% of runs)."
                    .to_string(),
            ]
        );
        // The default's villages are the scope's: the province-wide target is said to be
        // unassessed, not judged over them.
        r.targets[all.expect("all villages")].assessable = false;
        let first = |lang| narrative(&ds, &r, None, lang)[0].clone();
        assert_eq!(
            first(Lang::Vi),
            format!(
                "Đến hết năm 2025, khoảng 170 xóm ({share} của 294 xóm có trong dữ liệu; P10–P90: 142–203) đạt chuẩn \
                 nông thôn mới, khó đạt mục tiêu 60% số xóm thuộc QĐ 1385 (trung vị 57,5%; đạt ở \
                 8% số lần chạy); chưa đánh giá được mục tiêu 30% tổng số xóm của tỉnh (dữ liệu \
                 chỉ có 294 xóm)."
            )
        );
        assert_eq!(
            first(Lang::En),
            format!(
                "By the end of 2025, about 170 villages ({share_en} of the 294 villages in the data; P10–P90: \
                 142–203) meet the NTM standard, unlikely to meet the target of 60% of the Decision \
                 1385 scope's villages (median 57.5%; reached in 8% of runs); the target of 30% \
                 of all the province's villages cannot be assessed (the data holds only 294)."
            )
        );
        assert!(
            vi[3].starts_with("Tiêu chí nhiều xã còn vướng nhất: "),
            "{}",
            vi[3]
        );
        assert!(
            en[3].starts_with("The criteria holding back the most communes: "),
            "{}",
            en[3]
        );
    }

    #[test]
    fn numbers_use_each_language_s_separators_and_english_counts_agree() {
        let ds = ds();
        let mut r = fixed([1000.0, 1234.0, 1500.0], [0.0, 1.0, 2.0], [0.0, 0.0, 1.0]);
        target(&mut r, "below15_2025", true, 0.9);
        target(&mut r, "communes_2025", false, 0.0);
        let vi = narrative(&ds, &r, None, Lang::Vi).join(" ");
        let en = narrative(&ds, &r, None, Lang::En).join(" ");
        assert!(vi.contains("khoảng 1.234 xóm"), "{vi}");
        assert!(vi.contains("P10–P90: 1.000–1.500"), "{vi}");
        assert!(en.contains("about 1,234 villages"), "{en}");
        assert!(
            en.contains("About 1 commune is recognised as an NTM commune"),
            "{en}"
        );
        assert!(
            vi.contains("Ở ít nhất một nửa số lần chạy, không còn xã nào dưới 15 tiêu chí (P10–P90: 0–1), nhiều khả năng đạt mục tiêu này (đạt ở 90% số lần chạy)."),
            "{vi}"
        );
        assert!(
            en.contains("In at least half of the runs no commune remains below 15 criteria (P10–P90: 0–1), likely to meet this target (reached in 90% of runs)."),
            "{en}"
        );
        // None below 15 in nine runs out of ten: said plainly.
        let r = fixed([1000.0, 1234.0, 1500.0], [0.0, 1.0, 2.0], [0.0, 0.0, 0.0]);
        let vi = narrative(&ds, &r, None, Lang::Vi).join(" ");
        assert!(
            vi.contains("Không còn xã nào dưới 15 tiêu chí (P10–P90: 0)"),
            "{vi}"
        );
        for text in [&vi, &en] {
            assert!(!text.contains("NaN") && !text.contains("{"), "{text}");
        }
    }

    #[test]
    fn the_figures_are_the_headline_s() {
        // What the headline shows for villages and communes in 2025 is in the narrative as is.
        let ds = ds();
        let r = results();
        let i = r.year_index(2025).expect("2025");
        for lang in [Lang::Vi, Lang::En] {
            let text = narrative(&ds, &r, None, lang).join(" ");
            for (metric, band) in [
                (Metric::VillagesStandard, &r.series.villages_standard),
                (Metric::CommunesRecognised, &r.series.communes_recognised),
                (Metric::CommunesBelow15, &r.series.communes_below_15),
            ] {
                for x in [band.p10[i], band.p50[i], band.p90[i]] {
                    let shown = value_text(metric, x, lang);
                    assert!(text.contains(&shown), "{lang:?} {metric:?} {shown}: {text}");
                }
            }
            for t in r.targets.iter().filter(|t| t.year == 2025 && t.judged()) {
                assert!(
                    text.contains(&lang.share_of_runs(t.probability)),
                    "{}: {text}",
                    t.id
                );
            }
        }
    }

    /// Simulated to 2020, the communes' targets are the 1385 scope's: each says its own median
    /// beside the province's count, and none is called "this target" of another figure.
    #[test]
    fn targets_on_another_figure_than_the_sentence_s_say_their_own_median() {
        let ds = ds();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 100;
        sc.until = 2020;
        let r = simulate(&ds, &sc);
        let median = |id: &str| {
            r.targets
                .iter()
                .find(|t| t.id == id)
                .and_then(|t| t.median)
                .expect("a 2020 target with its median")
        };
        let sentences = narrative(&ds, &r, None, Lang::Vi);
        let sentence = |what: &str, is: fn(&str) -> bool| {
            sentences.iter().find(|s| is(s)).expect(what).clone()
        };
        let communes = sentence("the communes sentence", |s| s.starts_with("Khoảng "));
        assert!(
            communes.contains(&format!(
                "(trung vị {}; đạt ở",
                Lang::Vi.number_short(median("scope_communes_2020"), 1)
            )),
            "{communes}"
        );
        let below = sentence("the below-15 sentence", |s| s.contains("dưới 15 tiêu chí"));
        assert!(
            below.contains(&format!(
                "phạm vi 1385 dưới 10 tiêu chí (trung vị {}; đạt ở",
                Lang::Vi.number_short(median("below10_2020"), 1)
            )),
            "{below}"
        );
        assert!(!below.contains("mục tiêu này"), "{below}");
    }

    #[test]
    fn blockers_count_only_communes_short_of_the_standard() {
        let ds = ds();
        let r = results();
        let b = blockers(&ds, &r, 2025).expect("2025");
        let yi = r.year_index(2025).expect("2025");
        let candidates = ds.communes.iter().filter(|c| c.is_candidate()).count();
        assert_eq!(b.candidates, candidates);
        let short = ds
            .communes
            .iter()
            .zip(&r.communes)
            .filter(|(c, u)| c.is_candidate() && u.p_standard()[yi] < BINDING_P)
            .count();
        assert_eq!(b.short, short);
        // Of them, those recognised all the same (recognition is kept under the stricter set).
        let recognised = ds
            .communes
            .iter()
            .zip(&r.communes)
            .filter(|(c, u)| {
                c.is_candidate()
                    && u.p_standard()[yi] < BINDING_P
                    && u.p_recognised()[yi] >= BINDING_P
            })
            .count();
        assert_eq!(b.recognised, recognised);
        assert!(
            recognised > 0 && recognised < short,
            "{recognised} of {short}"
        );
        assert!(!b.criteria.is_empty());
        for pair in b.criteria.windows(2) {
            assert!(pair[0].communes >= pair[1].communes, "{:?}", b.criteria);
        }
        assert!(b.criteria.iter().all(|c| c.communes <= short));
        // The sentence names the three first, in that order.
        let vi = blockers_sentence(&b, Lang::Vi);
        let positions: Vec<usize> = b.criteria[..3]
            .iter()
            .map(|c| vi.find(&format!("{} (", c.name_vi)).expect("named"))
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{vi}");
        assert_eq!(blockers(&ds, &r, 1999), None);
    }

    #[test]
    fn naming_the_leading_blockers_leaves_out_none_tied_with_the_last_named() {
        let of = |counts: &[usize]| Blockers {
            year: 2025,
            candidates: 20,
            short: 5,
            recognised: 0,
            criteria: counts
                .iter()
                .enumerate()
                .map(|(k, &communes)| Blocker {
                    criterion: k,
                    name_vi: format!("TC {k}"),
                    name_en: format!("C {k}"),
                    communes,
                })
                .collect(),
        };
        let named = |counts: &[usize]| -> Vec<usize> {
            of(counts).leading(3).iter().map(|c| c.communes).collect()
        };
        // Bảo Lâm's: 5, 4, 1 and another 1 — both 1s are named.
        assert_eq!(named(&[5, 4, 1, 1]), [5, 4, 1, 1]);
        assert_eq!(named(&[5, 4, 2, 1]), [5, 4, 2]);
        assert_eq!(named(&[5, 4]), [5, 4]);
        assert!(named(&[]).is_empty());
        // A tie of many: a sentence, not a list.
        assert_eq!(named(&[1; 9]).len(), MOST_NAMED_BLOCKERS);
        assert!(of(&[3, 2]).leading(0).is_empty());
    }

    #[test]
    fn a_district_s_blockers_add_up_to_the_province_s() {
        let ds = ds();
        let r = results();
        let province = blockers(&ds, &r, 2025).expect("2025");
        let by_district: Vec<Blockers> = (0..ds.districts.len())
            .map(|d| blockers_in(&ds, &r, 2025, Some(d)).expect("2025"))
            .collect();
        let sum = |f: fn(&Blockers) -> usize| by_district.iter().map(f).sum::<usize>();
        assert_eq!(sum(|b| b.candidates), province.candidates);
        assert_eq!(sum(|b| b.short), province.short);
        for c in &province.criteria {
            let communes: usize = by_district
                .iter()
                .flat_map(|b| b.criteria.iter().filter(|x| x.criterion == c.criterion))
                .map(|x| x.communes)
                .sum();
            assert_eq!(communes, c.communes, "{}", c.name_en);
        }
        assert!(by_district
            .iter()
            .any(|b| b.candidates < province.candidates));
    }

    #[test]
    fn a_scenario_without_2025_speaks_of_its_last_year_without_targets() {
        let ds = ds();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 30;
        sc.until = 2022;
        let r = simulate(&ds, &sc);
        assert_eq!(narrative_year(&ds, &r), Some(2022));
        let vi = narrative(&ds, &r, None, Lang::Vi);
        assert!(vi[0].starts_with("Đến hết năm 2022, khoảng "), "{}", vi[0]);
        assert!(!vi.join(" ").contains("mục tiêu"), "{vi:?}");
        assert_eq!(
            narrative(&ds, &Results::default(), None, Lang::En),
            Vec::<String>::new()
        );
    }

    /// Nearest to the standard first adds NTM communes and leaves more communes far behind:
    /// the narrative says both against the default, with the default's figures, and the gain
    /// alone would have read as good news.
    #[test]
    fn a_trade_off_against_the_default_is_said_good_news_and_bad() {
        let ds = ds();
        let base = results();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 200;
        sc.allocation.rule = ntm_model::scenario::AllocationRule::NearestFirst;
        let r = simulate(&ds, &sc);
        let median = |r: &Results, m: Metric| {
            crate::compare_logic::headline::figure(r, m, 2025)
                .expect("2025")
                .p50
        };
        let (c0, c1) = (
            median(&base, Metric::CommunesRecognised),
            median(&r, Metric::CommunesRecognised),
        );
        let (b0, b1) = (
            median(&base, Metric::CommunesBelow15),
            median(&r, Metric::CommunesBelow15),
        );
        assert!(
            c1 > c0 && b1 > b0,
            "the rule's trade-off: {c0} → {c1}, {b0} → {b1}"
        );
        let vi = narrative(&ds, &r, Some(&base), Lang::Vi);
        let said = vi
            .iter()
            .find(|s| s.starts_with("So với kịch bản mặc định"))
            .expect("said");
        let (good, bad) = said.split_once("; kém hơn ở ").expect("bad news too");
        assert!(
            good.contains(&format!("xã đạt chuẩn NTM năm 2025 ({c1} thay vì {c0})")),
            "{said}"
        );
        assert!(
            bad.contains(&format!("xã dưới 15 tiêu chí năm 2025 ({b1} thay vì {b0})")),
            "{said}"
        );
        let en = narrative(&ds, &r, Some(&base), Lang::En).join(" ");
        assert!(
            en.contains(&format!("NTM communes in 2025 ({c1} instead of {c0})")),
            "{en}"
        );
        let (_, worse) = en.split_once("; worse for ").expect("bad news in English");
        assert!(
            worse.contains(&format!(
                "communes below 15 criteria in 2025 ({b1} instead of {b0})"
            )),
            "{en}"
        );
        // Without the default's results (the default itself, or simulated unlike it): as before.
        assert!(!narrative(&ds, &r, None, Lang::Vi)
            .join(" ")
            .contains("So với"));
        // Against itself: nothing differs, and that is said.
        assert_eq!(
            against_default_sentence(&ds, &base, &base, Lang::En).as_deref(),
            Some("Against the default scenario, no headline figure differs clearly.")
        );
    }

    /// A figure the scenario moves in too few paired runs to call is still said, as unclear:
    /// the summary named a one-village drop and was silent on the communes' 47 → 44.
    #[test]
    fn a_difference_too_unsure_to_call_is_said_as_unclear() {
        use crate::compare_logic::headline::figure;
        use crate::compare_logic::money::{judge, paired, Judged};
        let ds = ds();
        let base = results();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 200;
        // A little more money: a fraction of a commune, not in most runs.
        sc.budget.scale_pct = 104.0;
        let r = simulate(&ds, &sc);
        let mut unclear = Vec::new();
        for tile in tiles(&ds) {
            let (Some(now), Some(before)) = (
                figure(&r, tile.metric, tile.year),
                figure(&base, tile.metric, tile.year),
            ) else {
                continue;
            };
            let runs = paired(&base, &r, tile.metric, tile.year);
            if judge(tile.metric, now.p50 - before.p50, runs.as_ref()) == Judged::Unclear {
                unclear.push(format!(
                    "{} năm {} ({} thay vì {})",
                    lower_first(Lang::Vi.t(tile.label)),
                    tile.year,
                    value_text(tile.metric, now.p50, Lang::Vi),
                    value_text(tile.metric, before.p50, Lang::Vi)
                ));
            }
        }
        assert!(
            !unclear.is_empty(),
            "a 4 % rise moves some figure unclearly"
        );
        let said = against_default_sentence(&ds, &r, &base, Lang::Vi).expect("said");
        let (_, tail) = said
            .split_once("chênh lệch chưa rõ ở ")
            .unwrap_or_else(|| panic!("{said}"));
        for item in &unclear {
            assert!(tail.contains(item.as_str()), "{item} in {said}");
        }
        let en = against_default_sentence(&ds, &r, &base, Lang::En).expect("said");
        assert!(en.contains("an unclear difference for "), "{en}");
    }

    #[test]
    fn lists_are_joined_as_a_reader_expects() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&s(&[]), " và "), "");
        assert_eq!(join(&s(&["a"]), " và "), "a");
        assert_eq!(join(&s(&["a", "b"]), " và "), "a và b");
        assert_eq!(join(&s(&["a", "b", "c"]), " and "), "a, b and c");
    }
}
