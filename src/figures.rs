//! What the headline shows, decided without a browser: which six figures, which official
//! targets sit under which figure, and how a target's goal, verdict and margin read in each
//! language. The headline component only lays this out.
//!
//! Targets come from the results (`Results::targets`, checked by the model) and are matched to
//! their wording in the dataset (`province.targets`) by id; a target whose metric or year has
//! no figure is still shown, under "other targets", so a dataset's new target is never lost.

use ntm_model::dataset::{Target, TargetOp};
use ntm_model::results::{BaseSummary, MetricUnit, TargetResult};
use ntm_model::scenario::default_until;
use ntm_model::{Dataset, Metric};

use crate::i18n::{metric_short, HeadlineMsg, Lang};

/// One headline figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tile {
    pub metric: Metric,
    pub year: u16,
    /// What it counts in a test id: `villages`, `communes`, `below10`, `below15`.
    pub slug: &'static str,
    pub label: HeadlineMsg,
    pub unit: HeadlineMsg,
}

impl Tile {
    /// `data-testid` of the median, a stable hook for tests: `headline-villages-2025`.
    pub fn testid(&self) -> String {
        format!("headline-{}-{}", self.slug, self.year)
    }
}

/// The headline's two years: the first and the last year the dataset's targets are set for
/// (Cao Bằng's 2020 and 2025: the programme's two target years). With a single target year,
/// or none, the base year and the default last simulated year (`default_until`). Read from
/// the data, so that a 2026–2030 province shows 2028 and 2030, not empty 2020/2025 cards.
pub fn headline_years(ds: &Dataset) -> (u16, u16) {
    let first = ds.province.targets.iter().map(|t| t.year).min();
    let last = default_until(ds);
    match first {
        Some(first) if first < last => (first, last),
        _ => (ds.province.base_year, last),
    }
}

/// The year the headline's later figures, the narrative, the comparison's tables and a shared
/// scenario's summary speak of, when simulated: the last target year (Cao Bằng's 2025).
pub fn target_year(ds: &Dataset) -> u16 {
    headline_years(ds).1
}

/// The six figures, in screen order: villages, communes, communes still far from the
/// standard, each at the end of the two [`headline_years`], each counted over the population
/// its official targets there are set for (Cao Bằng's 2020 targets are the Decision 1385
/// scope's: the province's own count, 26 against a target of 0 meant for 32 communes, read
/// as a failure of the scope).
pub fn tiles(ds: &Dataset) -> [Tile; 6] {
    let (early, late) = headline_years(ds);
    let targets = &ds.province.targets;
    let at = |year: u16, s: u8| {
        targets
            .iter()
            .filter(move |t| t.year == year && subject(t.metric) == s)
            .map(|t| t.metric)
    };
    let villages = |year| Tile {
        metric: Metric::VillagesStandard,
        year,
        slug: "villages",
        label: HeadlineMsg::Villages,
        unit: HeadlineMsg::UnitVillages,
    };
    let communes = |year| {
        let scope = at(year, 1).next().is_some()
            && at(year, 1).all(|m| {
                matches!(
                    m,
                    Metric::ScopeCommunesNtm | Metric::ScopeCommunesRecognised
                )
            });
        Tile {
            metric: if scope {
                Metric::ScopeCommunesRecognised
            } else {
                Metric::CommunesRecognised
            },
            year,
            slug: "communes",
            label: if scope {
                HeadlineMsg::CommunesScope
            } else {
                HeadlineMsg::Communes
            },
            unit: HeadlineMsg::UnitCommunes,
        }
    };
    // The first count of communes far from the standard a target is set on, else below 10
    // criteria at first and below 15 at last (the programme's two floors).
    let far = |year, fallback| {
        let metric = at(year, 2)
            .find(|m| {
                matches!(
                    m,
                    Metric::CommunesBelow10
                        | Metric::CommunesBelow15
                        | Metric::ScopeCommunesBelow10
                )
            })
            .unwrap_or(fallback);
        let (slug, label) = match metric {
            Metric::CommunesBelow15 => ("below15", HeadlineMsg::Below15),
            Metric::ScopeCommunesBelow10 => ("below10", HeadlineMsg::Below10Scope),
            _ => ("below10", HeadlineMsg::Below10),
        };
        Tile {
            metric,
            year,
            slug,
            label,
            unit: HeadlineMsg::UnitCommunes,
        }
    };
    [
        villages(early),
        villages(late),
        communes(early),
        communes(late),
        far(early, Metric::CommunesBelow10),
        far(late, Metric::CommunesBelow15),
    ]
}

/// Which figure a target belongs under: the same subject (villages, communes, communes far
/// from the standard) and the same year.
fn subject(metric: Metric) -> u8 {
    match metric {
        Metric::VillagesStandard
        | Metric::VillagesShare
        | Metric::ScopeVillagesShare
        | Metric::AvgVillageCriteria => 0,
        Metric::CommunesNtm
        | Metric::CommunesRecognised
        | Metric::ScopeCommunesNtm
        | Metric::ScopeCommunesRecognised => 1,
        Metric::CommunesBelow10
        | Metric::CommunesBelow15
        | Metric::ScopeCommunesBelow10
        | Metric::AvgCommuneCriteria => 2,
        Metric::SpendingTotal => 3,
    }
}

/// The targets shown under `tile`.
pub fn targets_for<'a>(tile: &Tile, targets: &'a [TargetResult]) -> Vec<&'a TargetResult> {
    targets
        .iter()
        .filter(|t| t.year == tile.year && subject(t.metric) == subject(tile.metric))
        .collect()
}

/// Targets no figure shows.
pub fn other_targets<'a>(tiles: &[Tile], targets: &'a [TargetResult]) -> Vec<&'a TargetResult> {
    targets
        .iter()
        .filter(|t| {
            !tiles
                .iter()
                .any(|tile| t.year == tile.year && subject(t.metric) == subject(tile.metric))
        })
        .collect()
}

/// The dataset's targets by source, in the order the sources first appear: each source with
/// the names of the targets it sets, in `lang` (for the printed report, where the cards'
/// tooltips that name a target's source are not seen).
pub fn target_sources(ds: &Dataset, lang: Lang) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for t in &ds.province.targets {
        let source = lang.pick(&t.source_vi, &t.source).to_string();
        let name = lang.pick(&t.name_vi, &t.name_en).to_string();
        match out.iter_mut().find(|(s, _)| *s == source) {
            Some((_, names)) => names.push(name),
            None => out.push((source, vec![name])),
        }
    }
    out
}

/// The dataset's wording of a target.
pub fn target_spec<'a>(ds: &'a Dataset, result: &TargetResult) -> Option<&'a Target> {
    ds.province.targets.iter().find(|t| t.id == result.id)
}

/// A value of `metric` the way a reader expects it (a share as a percentage).
pub fn value_text(metric: Metric, x: f64, lang: Lang) -> String {
    match metric.unit() {
        MetricUnit::Share => lang.percent(x, 1),
        MetricUnit::Criteria => lang.number(x, 1),
        MetricUnit::BillionVnd => lang.number(x, 0),
        MetricUnit::Villages | MetricUnit::Communes => lang.number_short(x, 1),
    }
}

/// A simulated value of `metric`: as [`value_text`], but a share keeps its decimal ("68,0%"
/// beside another scenario's "67,3%", not "68%"). Goals, round by nature, use `value_text`.
pub fn measured_text(metric: Metric, x: f64, lang: Lang) -> String {
    match metric.unit() {
        MetricUnit::Share => format!("{}%", lang.number(x * 100.0, 1)),
        _ => value_text(metric, x, lang),
    }
}

/// The goal, as "≥ 40" under a figure of the same metric, else with the metric named:
/// "≥ 60% số xóm", "≤ 0 xã thuộc QĐ 1385 dưới 10 tiêu chí".
pub fn goal_text(result: &TargetResult, op: TargetOp, tile_metric: Metric, lang: Lang) -> String {
    let sign = match op {
        TargetOp::AtLeast => "≥",
        TargetOp::AtMost => "≤",
    };
    let value = value_text(result.metric, result.goal, lang);
    // "≤ 0" is how a formula says it; the programme says "no commune left below 15 criteria".
    if op == TargetOp::AtMost && result.goal == 0.0 {
        return if result.metric == tile_metric {
            lang.fill(
                HeadlineMsg::GoalNoneLeft,
                &[("unit", unit_word(result.metric, lang))],
            )
        } else {
            lang.fill(
                HeadlineMsg::GoalNoneOf,
                &[("metric", metric_short(result.metric, lang))],
            )
        };
    }
    // A no-break space: "≥" never ends a line with its number on the next.
    if result.metric == tile_metric {
        format!("{sign}\u{a0}{value}")
    } else {
        format!("{sign}\u{a0}{value} {}", metric_short(result.metric, lang))
    }
}

/// "xã", "xóm": what a count counts (empty for shares and other figures).
fn unit_word(metric: Metric, lang: Lang) -> &'static str {
    match metric.unit() {
        MetricUnit::Communes => lang.t(HeadlineMsg::UnitCommunes),
        MetricUnit::Villages => lang.t(HeadlineMsg::UnitVillages),
        _ => "",
    }
}

/// How many units a count is out of: the xã of the province or of the 1385 scope, or the
/// villages of the data. Beside the median ("1 trên 32 xã"), so that the scope's card and the
/// province's chart beside it (1 against 23 NTM communes in 2020) are not read as disagreeing.
/// `None` for figures that are not counts of units.
pub fn out_of(metric: Metric, base: &BaseSummary) -> Option<usize> {
    match metric {
        Metric::VillagesStandard => Some(base.villages),
        Metric::CommunesNtm
        | Metric::CommunesRecognised
        | Metric::CommunesBelow10
        | Metric::CommunesBelow15 => Some(base.candidate_communes),
        Metric::ScopeCommunesNtm
        | Metric::ScopeCommunesRecognised
        | Metric::ScopeCommunesBelow10 => Some(base.scope_communes),
        Metric::VillagesShare
        | Metric::ScopeVillagesShare
        | Metric::AvgVillageCriteria
        | Metric::AvgCommuneCriteria
        | Metric::SpendingTotal => None,
    }
    .filter(|&n| n > 0)
}

/// How far the median is from the goal: "thiếu 22", "vượt 3,4 điểm phần trăm", "vừa đúng mục tiêu",
/// and for an upper limit ("≤ 0") "vượt giới hạn 9" or "dưới giới hạn 2" (a count above an
/// upper limit is not "short" of anything); `None` outside the simulated years.
pub fn margin_text(result: &TargetResult, op: TargetOp, lang: Lang) -> Option<String> {
    if !result.judged() {
        return None;
    }
    let m = result.margin;
    if m.abs() < 1e-9 {
        return Some(lang.t(HeadlineMsg::OnTarget).to_string());
    }
    let size = match result.metric.unit() {
        MetricUnit::Share => {
            let shown = lang.number(m.abs() * 100.0, 1);
            let points = lang.unit_after(&shown, lang.t(HeadlineMsg::PointsLong));
            format!("{shown} {points}")
        }
        _ => value_text(result.metric, m.abs(), lang),
    };
    // `margin` is positive when the median is better than the goal, whichever way the goal
    // points.
    if op == TargetOp::AtMost && result.goal == 0.0 && m < 0.0 {
        // Against "none left": how many are left, not "over the limit by".
        return Some(lang.fill(
            HeadlineMsg::StillLeft,
            &[("x", &size), ("unit", unit_word(result.metric, lang))],
        ));
    }
    let msg = match (op, m < 0.0) {
        (TargetOp::AtLeast, true) => HeadlineMsg::ShortBy,
        (TargetOp::AtLeast, false) => HeadlineMsg::AheadBy,
        (TargetOp::AtMost, true) => HeadlineMsg::OverLimitBy,
        (TargetOp::AtMost, false) => HeadlineMsg::UnderLimitBy,
    };
    Some(lang.fill(msg, &[("x", &size)]))
}

/// How likely a target is: the model's verdict, which the goal seek and `ntm-sim` give too.
pub use ntm_model::results::Likelihood;

/// Shares of runs from which a target reads "likely" (four runs in five) and up to which it
/// reads "unlikely" (one in five).
pub use ntm_model::results::{LIKELY_FROM, UNLIKELY_UP_TO};

/// A verdict's CSS class, symbol and words: "✓ Nhiều khả năng đạt", "? Chưa chắc", "✗ Khó
/// đạt". The symbols differ in shape, not only in colour.
pub fn verdict(likelihood: Likelihood, lang: Lang) -> (&'static str, String) {
    let (class, symbol, msg) = match likelihood {
        Likelihood::Likely => ("is-met", "✓", HeadlineMsg::Likely),
        Likelihood::Uncertain => ("is-uncertain", "?", HeadlineMsg::Uncertain),
        Likelihood::Unlikely => ("is-missed", "✗", HeadlineMsg::Unlikely),
    };
    (class, format!("{symbol} {}", lang.t(msg)))
}

/// Why a target gets no verdict: "mục tiêu tính trên mọi xóm của tỉnh; dữ liệu chỉ có 294
/// xóm …" (`villages`: how many the dataset holds).
pub fn not_assessed_why(lang: Lang, villages: usize) -> String {
    lang.fill(
        HeadlineMsg::NotAssessedWhy,
        &[("n", &lang.number(villages as f64, 0))],
    )
}

/// "reached in 38% of runs".
pub fn probability_text(result: &TargetResult, lang: Lang) -> String {
    lang.fill(
        HeadlineMsg::ReachedIn,
        &[("p", &lang.share_of_runs(result.probability))],
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_target_is_listed_once_under_its_source() {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        let listed = target_sources(&ds, Lang::Vi);
        let names: usize = listed.iter().map(|(_, n)| n.len()).sum();
        assert_eq!(names, ds.province.targets.len());
        // Four sources in the default: the province's 1385 plan, Decision 1385's own goal, the
        // national 2021–2025 goal and the province's 2021–2025 targets; each named once.
        let unique: std::collections::BTreeSet<&str> =
            listed.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!((unique.len(), listed.len()), (4, 4));
        assert_eq!(
            listed[0],
            (
                "Kế hoạch thực hiện Quyết định 1385 của tỉnh Cao Bằng (bài báo năm 2020)".into(),
                vec![
                    "40 xóm đạt chuẩn NTM đến hết năm 2020".to_string(),
                    "Thêm 2 xã thuộc QĐ 1385 đạt chuẩn đến hết năm 2020".into(),
                    "Không còn xã thuộc QĐ 1385 dưới 10 tiêu chí đến hết năm 2020".into(),
                ]
            )
        );
        assert!(target_sources(&ds, Lang::En)[0]
            .0
            .starts_with("Cao Bằng, Decision 1385 plan"));
    }

    #[test]
    fn each_count_says_what_it_is_out_of() {
        let base = BaseSummary {
            candidate_communes: 139,
            scope_communes: 32,
            villages: 294,
            ..BaseSummary::default()
        };
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        for tile in &tiles(&ds) {
            let n = out_of(tile.metric, &base);
            let want = match tile.label {
                HeadlineMsg::Villages => 294,
                HeadlineMsg::CommunesScope | HeadlineMsg::Below10Scope => 32,
                _ => 139,
            };
            assert_eq!(n, Some(want), "{tile:?}");
        }
        assert_eq!(out_of(Metric::AvgCommuneCriteria, &base), None);
        assert_eq!(
            out_of(Metric::VillagesStandard, &BaseSummary::default()),
            None
        );
    }
    use crate::simulation;
    use ntm_model::Scenario;

    fn results() -> (Dataset, Vec<TargetResult>) {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 200;
        let out = simulation::run(&ds, &sc, 0);
        let targets = out.results.targets.clone();
        (ds, targets)
    }

    /// Each card's test id and what it counts.
    fn cards(ds: &Dataset) -> Vec<(String, Metric)> {
        tiles(ds).iter().map(|t| (t.testid(), t.metric)).collect()
    }

    /// Cao Bằng's headline: its 2020 figures counted over the Decision 1385 scope (the 2020
    /// targets are the scope's), its 2025 ones over the province.
    #[test]
    fn cao_bang_s_headline_is_its_2020_and_2025_figures() {
        let ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        assert_eq!(headline_years(&ds), (2020, 2025));
        let shown = cards(&ds);
        let want = [
            ("headline-villages-2020", Metric::VillagesStandard),
            ("headline-villages-2025", Metric::VillagesStandard),
            ("headline-communes-2020", Metric::ScopeCommunesRecognised),
            ("headline-communes-2025", Metric::CommunesRecognised),
            ("headline-below10-2020", Metric::ScopeCommunesBelow10),
            ("headline-below15-2025", Metric::CommunesBelow15),
        ]
        .map(|(id, m)| (id.to_string(), m));
        assert_eq!(shown, want);
    }

    /// A 2026–2030 province: its targets' years head the cards, each counted over the
    /// communes its targets count, and its scenarios run to the last target year.
    #[test]
    fn a_later_programme_s_headline_follows_its_own_targets() {
        let mut ds = Dataset::caobang_2020().expect("the embedded dataset loads");
        ds.province.base_year = 2026;
        let later = |id: &str, metric: Metric, year: u16| Target {
            id: id.into(),
            metric,
            year,
            ..ds.province.targets[0].clone()
        };
        ds.province.targets = vec![
            later("communes_2028", Metric::CommunesRecognised, 2028),
            later("below10_2030", Metric::CommunesBelow10, 2030),
            later("villages_2030", Metric::VillagesStandard, 2030),
        ];
        assert_eq!(headline_years(&ds), (2028, 2030));
        assert_eq!(target_year(&ds), 2030);
        assert_eq!(ntm_model::Scenario::defaults(&ds).until, 2030);
        let shown = cards(&ds);
        let want = [
            ("headline-villages-2028", Metric::VillagesStandard),
            ("headline-villages-2030", Metric::VillagesStandard),
            ("headline-communes-2028", Metric::CommunesRecognised),
            ("headline-communes-2030", Metric::CommunesRecognised),
            ("headline-below10-2028", Metric::CommunesBelow10),
            ("headline-below10-2030", Metric::CommunesBelow10),
        ]
        .map(|(id, m)| (id.to_string(), m));
        assert_eq!(shown, want);
        // One target year: the base year beside it. None: the base year and five years on.
        ds.province.targets.truncate(1);
        assert_eq!(headline_years(&ds), (2026, 2028));
        // A target of the base year alone: the horizon is still five years on.
        ds.province.targets[0].year = 2026;
        assert_eq!(headline_years(&ds), (2026, 2030));
        assert_eq!(ntm_model::Scenario::defaults(&ds).until, 2030);
        ds.province.targets.clear();
        assert_eq!(headline_years(&ds), (2026, 2030));
        ds.province.base_year = 2028;
        assert_eq!(headline_years(&ds), (2028, 2030));
    }

    #[test]
    fn every_target_of_the_dataset_sits_under_exactly_one_figure() {
        let (ds, targets) = results();
        let tiles = tiles(&ds);
        let ids = |tile: &Tile| -> Vec<String> {
            targets_for(tile, &targets)
                .iter()
                .map(|t| t.id.clone())
                .collect()
        };
        let placed: Vec<Vec<String>> = tiles.iter().map(ids).collect();
        assert_eq!(
            placed,
            [
                vec!["villages_2020", "village_share_2020"],
                vec!["village_share_2025", "all_villages_2025"],
                vec!["scope_communes_2020"],
                vec!["communes_2025"],
                vec!["below10_2020"],
                vec!["below15_2025"],
            ]
        );
        assert!(other_targets(&tiles, &targets).is_empty());
    }

    /// A figure counts the population its targets are set for: the big number and the verdict
    /// under it describe the same communes (the 2020 ones are the Decision 1385 scope's).
    #[test]
    fn each_figure_counts_what_its_commune_targets_count() {
        let (ds, targets) = results();
        for tile in &tiles(&ds) {
            for t in targets_for(tile, &targets) {
                let villages =
                    matches!(t.metric, Metric::VillagesShare | Metric::ScopeVillagesShare);
                assert!(
                    villages || t.metric == tile.metric,
                    "{} under {:?}",
                    t.id,
                    tile.metric
                );
            }
        }
    }

    #[test]
    fn goals_verdicts_and_margins_read_as_a_planner_says_them() {
        let (ds, targets) = results();
        let by_id = |id: &str| targets.iter().find(|t| t.id == id).expect(id);
        let op = |t: &TargetResult| target_spec(&ds, t).expect("wording").op;
        // (target, figure's metric, vi goal, vi margin, en margin)
        let cases = [
            (
                "villages_2020",
                Metric::VillagesStandard,
                "≥\u{a0}40",
                "thiếu 22",
                "short by 22",
            ),
            (
                "village_share_2025",
                Metric::VillagesStandard,
                "≥\u{a0}60% số xóm thuộc QĐ 1385",
                "thiếu 2,5 điểm phần trăm",
                "short by 2.5 percentage points",
            ),
            (
                "scope_communes_2020",
                Metric::CommunesRecognised,
                "≥\u{a0}3 xã thuộc QĐ 1385 đạt chuẩn",
                "thiếu 2",
                "short by 2",
            ),
            (
                "below15_2025",
                Metric::CommunesBelow15,
                "0 xã",
                "còn 9 xã",
                "9 communes left",
            ),
        ];
        for (id, tile_metric, goal, vi, en) in cases {
            let t = by_id(id);
            assert_eq!(goal_text(t, op(t), tile_metric, Lang::Vi), goal, "{id}");
            assert_eq!(margin_text(t, op(t), Lang::Vi).as_deref(), Some(vi), "{id}");
            assert_eq!(margin_text(t, op(t), Lang::En).as_deref(), Some(en), "{id}");
            assert!(!t.met, "{id}");
        }
        assert_eq!(
            probability_text(by_id("communes_2025"), Lang::Vi),
            format!(
                "đạt ở {} số lần chạy",
                Lang::Vi.percent(by_id("communes_2025").probability, 0)
            )
        );
    }

    #[test]
    fn a_simulated_share_keeps_its_decimal_and_a_goal_does_not() {
        assert_eq!(
            measured_text(Metric::VillagesShare, 0.6803, Lang::Vi),
            "68,0%"
        );
        assert_eq!(
            measured_text(Metric::VillagesShare, 0.673, Lang::Vi),
            "67,3%"
        );
        assert_eq!(
            measured_text(Metric::VillagesShare, 0.6803, Lang::En),
            "68.0%"
        );
        assert_eq!(value_text(Metric::VillagesShare, 0.6, Lang::Vi), "60%");
        assert_eq!(
            measured_text(Metric::VillagesStandard, 170.0, Lang::Vi),
            "170"
        );
    }

    #[test]
    fn a_target_outside_the_horizon_has_no_margin() {
        let (_, targets) = results();
        let mut t = targets[0].clone();
        t.in_horizon = false;
        assert_eq!(margin_text(&t, TargetOp::AtLeast, Lang::Vi), None);
    }
}
