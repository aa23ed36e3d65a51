//! A scenario in a few lines: its money, how it is split, its training, how many levers and
//! assumptions differ from the defaults, its runs — and, once computed, what it achieves. Shown
//! beside the QR code (so an audience knows what it scans) and, shortened, in the library.

use ntm_model::scenario::diff::{diff, lever_count, LeverPath, LeverValue};
use ntm_model::scenario::{AllocationRule, UnitLevers};
use ntm_model::{Dataset, Scenario};

use crate::figures::target_year;
use crate::i18n::{rule_name, Lang, ShareMsg};
use crate::simulation::Outcome;

/// Which line a [`SummaryLine`] is (a stable hook for tests and for picking lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Budget,
    Rule,
    Training,
    Changed,
    Units,
    Assumptions,
    /// The last simulated year, when it is not the default's.
    Until,
    Runs,
}

/// One line of the description.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryLine {
    pub topic: Topic,
    pub text: String,
}

/// How many levers the title slide and the share dialog name: enough to say what the
/// scenario does ("Huyện Bảo Lạc: hệ số chia vốn 2"), short enough to read aloud.
const NAMED_LEVERS: usize = 3;

/// The first changed levers (not assumptions or run settings) with their values, a per-year
/// lever changed alike in consecutive years once: "Tổng vốn so với kế hoạch: 150%;
/// Huyện Bảo Lạc: hệ số chia vốn: 2 lần…".
pub(crate) fn changed_names(
    defaults: &Scenario,
    sc: &Scenario,
    ds: &Dataset,
    lang: Lang,
) -> String {
    lever_names(defaults, sc, ds, lang, false)
}

/// [`changed_names`], with the assumptions and run settings too when `settings` (what an undo
/// step changes back may be only those).
pub(crate) fn lever_names(
    defaults: &Scenario,
    sc: &Scenario,
    ds: &Dataset,
    lang: Lang,
    settings: bool,
) -> String {
    let (mut names, more) = lever_list(defaults, sc, ds, lang, settings, NAMED_LEVERS);
    if more > 0 {
        names.push(lang.fill(
            if more == 1 {
                ShareMsg::SummaryOneMore
            } else {
                ShareMsg::SummaryMore
            },
            &[("n", &lang.number(more as f64, 0))],
        ));
    }
    names.join("; ")
}

/// The name a scenario saved without one is given: its first changed lever with its value
/// ("Tổng vốn so với kế hoạch: 150%", "… (+2)" when more differ), at most 60
/// characters, or `unchanged` when nothing differs. Ten scenarios saved in a hurry were ten
/// "Kịch bản (n)" that said nothing of what each was.
pub fn suggested_name(
    defaults: &Scenario,
    sc: &Scenario,
    ds: &Dataset,
    lang: Lang,
    unchanged: &str,
) -> String {
    let (names, more) = lever_list(defaults, sc, ds, lang, true, 1);
    let Some(first) = names.first() else {
        return unchanged.to_string();
    };
    let first = crate::names::first_words(first, 60);
    if more > 0 {
        format!("{first} (+{more})")
    } else {
        first
    }
}

/// The first `named` changed levers (grouped, with their values) and how many more there are.
fn lever_list(
    defaults: &Scenario,
    sc: &Scenario,
    ds: &Dataset,
    lang: Lang,
    settings: bool,
    named: usize,
) -> (Vec<String>, usize) {
    use crate::compare_logic::levers::{grouped, lever_rows};
    use crate::i18n::compare::{
        lever_name, lever_name_through, lever_unit, lever_value, lever_year,
    };
    let rows: Vec<_> = lever_rows(&[defaults, sc], ds)
        .into_iter()
        .filter(|r| {
            settings
                || !matches!(
                    r.path,
                    LeverPath::Assumption(_)
                        | LeverPath::Uncertainty
                        | LeverPath::Seed
                        | LeverPath::Runs
                        | LeverPath::Until
                )
        })
        .collect();
    let groups = grouped(&rows);
    let names: Vec<String> = groups
        .iter()
        .take(named)
        .map(|&(r, last)| {
            let name = match lever_year(last) {
                Some(y) if last != &r.path => lever_name_through(&r.path, y, ds, lang),
                _ => lever_name(&r.path, ds, lang),
            };
            let value = r
                .values
                .get(1)
                .map(|v| lever_value(&r.path, v, lang))
                .unwrap_or_default();
            // "theo cấp trên" (inherited) takes no unit after it.
            let inherited = matches!(r.values.get(1), Some(LeverValue::Unset));
            let unit = if inherited {
                String::new()
            } else {
                lever_unit(&r.path, lang)
            };
            let said = if unit.is_empty() {
                format!("{name}: {value}")
            } else if unit == "%" {
                format!("{name}: {value}%")
            } else {
                format!("{name}: {value} {unit}")
            };
            // A setting of a unit left out of the allocation does nothing, as the lever
            // tables say.
            if r.voided.get(1) == Some(&true) {
                format!("{said} ({})", lang.t(crate::i18n::LeverMsg::ChipNotApplied))
            } else {
                said
            }
        })
        .collect();
    (names, groups.len().saturating_sub(named))
}

/// What the headline says after "Kịch bản:" for a scenario with no name (neither saved, nor
/// brought by a link, nor a preset): "chưa lưu, khác mặc định ở: Tổng vốn so với kế
/// hoạch: 150%; …". Without it the headline lost its scenario line at the first lever moved,
/// and a room looking at the projected figures could not tell which plan they were. `None`
/// when nothing differs from the defaults.
pub fn unsaved_line(
    defaults: &Scenario,
    sc: &Scenario,
    ds: &Dataset,
    lang: Lang,
) -> Option<String> {
    let list = lever_names(defaults, sc, ds, lang, true);
    (!list.is_empty())
        .then(|| lang.fill(crate::i18n::HeadlineMsg::UnsavedChanges, &[("list", &list)]))
}

/// "2 huyện và 1 xã" / "2 districts and 1 commune": never "huyện, xã", which reads as either.
fn units_text(districts: usize, communes: usize, lang: Lang) -> String {
    units_with((districts, ""), (communes, ""), lang)
}

/// [`units_text`] with what follows each count ("2 huyện (Bảo Lạc, Hà Quảng)").
fn units_with(districts: (usize, &str), communes: (usize, &str), lang: Lang) -> String {
    let part = |(n, after): (usize, &str), vi: &str, one: &str, many: &str| {
        let noun = lang.pick(vi, if n == 1 { one } else { many });
        format!("{} {noun}{after}", lang.number(n as f64, 0))
    };
    let d = part(districts, "huyện", "district", "districts");
    let c = part(communes, "xã", "commune", "communes");
    match (districts.0, communes.0) {
        (_, 0) => d,
        (0, _) => c,
        _ => format!("{d} {} {c}", lang.pick("và", "and")),
    }
}

/// How many units of a kind [`units_named`] names before "…": a leader hears which districts
/// a scenario singles out, not a list of forty communes.
const NAMED_UNITS: usize = 3;

/// [`units_text`] with the units' names: "2 huyện (Bảo Lạc, Hà Quảng) và 1 xã (Đức Long)".
/// "Own settings: 2 districts" did not say which, and a district officer reading a shared
/// link could not tell whether theirs was one. Codes the dataset does not know are counted,
/// not named.
fn units_named(ds: &Dataset, districts: &[String], communes: &[String], lang: Lang) -> String {
    let names = |found: Vec<String>, total: usize| -> String {
        if found.is_empty() {
            return String::new();
        }
        let mut list = found.into_iter().take(NAMED_UNITS).collect::<Vec<_>>();
        if total > list.len() {
            list.push("…".into());
        }
        format!(" ({})", list.join(", "))
    };
    let district_names = districts
        .iter()
        .filter_map(|code| ds.district_index(code))
        .map(|k| ds.districts[k].name_in(lang.into()).into_owned())
        .collect();
    let commune_names = communes
        .iter()
        .filter_map(|code| ds.commune_index(code))
        .map(|i| ds.communes[i].name.clone())
        .collect();
    units_with(
        (districts.len(), &names(district_names, districts.len())),
        (communes.len(), &names(commune_names, communes.len())),
        lang,
    )
}

/// The period money is counted over: "7/2020–2025" ("Jul 2020–2025" in English) when the
/// base year counts only from the base date (mid-2020), so that a total is not read as six
/// whole years of the budget table.
pub fn money_period(ds: &Dataset, years: &[u16], lang: Lang) -> String {
    let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
        return String::new();
    };
    // The dataset's base year is the first simulated one.
    let start = if first == ds.province.base_year {
        ds.province.money_start(lang.into())
    } else {
        first.to_string()
    };
    if first == last {
        start
    } else {
        format!("{start}–{last}")
    }
}

/// The key levers of `sc`, compared with `defaults`, in `lang`.
pub fn scenario_summary(
    sc: &Scenario,
    defaults: &Scenario,
    ds: &Dataset,
    lang: Lang,
) -> Vec<SummaryLine> {
    let mut out = Vec::new();
    let mut line = |topic: Topic, text: String| out.push(SummaryLine { topic, text });
    let years = sc.years(ds);
    // What the model can spend: the base year counts only from the base date (as the spending
    // chart's plan line), so this is not the sum of the budget table's columns.
    let available = |s: &Scenario| -> f64 {
        s.budget_available(ds)
            .iter()
            .map(|year| year.iter().sum::<f64>())
            .sum()
    };
    let total = available(sc);
    // Against the plan's own total over the same years, not the budget lever alone: a year's
    // line cut by 22 billion still read "100% of the plan".
    let mut plan = defaults.clone();
    plan.until = sc.until;
    plan.budget.scale_pct = 100.0;
    let plan_total = available(&plan);
    let scale = if plan_total > 0.0 {
        total / plan_total
    } else {
        sc.budget.scale_pct / 100.0
    };
    let span = money_period(ds, &years, lang);
    // Training and communication are paid for apart from the budget (an assumption, MODEL.md):
    // said beside it, so that a scenario of more training does not read as a free gain.
    let training: f64 = ntm_model::sim::training_cost(ds, sc).iter().sum();
    line(
        Topic::Budget,
        lang.fill(
            ShareMsg::SummaryBudget,
            &[
                ("years", &span),
                ("total", &lang.number(total, 0)),
                ("training", &lang.number(training, 0)),
                // 99,7% after a cut of 22 billion, not a rounded 100%.
                (
                    "pct",
                    &lang.percent(scale, usize::from((scale * 100.0).fract().abs() > 1e-9)),
                ),
            ],
        ),
    );
    // "Chia vốn: Chia đều" alone hid a district given twice its share, which the other
    // districts pay for: the units that split the money their own way are said, districts
    // and communes apart ("1 huyện, xã" read as either).
    let splits = |l: &UnitLevers| {
        l.budget_weight.is_some()
            || l.priority.is_some()
            || l.fixed_amount.is_some()
            || l.excluded.is_some()
    };
    // Custom weights count under their rule only: under another they change nothing.
    let weighted = |code: &String| {
        sc.allocation.rule == AllocationRule::CustomWeights
            && sc.allocation.custom_weights.contains_key(code)
    };
    let split_districts = sc.districts.values().filter(|l| splits(l)).count();
    let split_communes = sc
        .communes
        .iter()
        .filter(|(code, l)| splits(l) || weighted(code))
        .count()
        + sc.allocation
            .custom_weights
            .keys()
            .filter(|code| weighted(code) && !sc.communes.contains_key(*code))
            .count();
    let mut rule_line = lang.fill(
        ShareMsg::SummaryRule,
        &[("rule", rule_name(sc.allocation.rule, lang))],
    );
    if split_districts + split_communes > 0 {
        rule_line.push_str(&lang.fill(
            ShareMsg::SummaryRuleOwn,
            &[("units", &units_text(split_districts, split_communes, lang))],
        ));
    }
    line(Topic::Rule, rule_line);
    // Each count over the simulated years: "4" when every year has it, "4–10" when the years
    // differ (the first year's alone hid a change made to later years).
    let counts: Vec<_> = (0..years.len().max(1)).map(|y| sc.training.at(y)).collect();
    let span = |of: fn(&ntm_model::scenario::TrainingCounts) -> f64| {
        let (lo, hi) = counts
            .iter()
            .map(of)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
                (lo.min(x), hi.max(x))
            });
        if lo == hi {
            lang.number_short(lo, 1)
        } else {
            format!("{}–{}", lang.number_short(lo, 1), lang.number_short(hi, 1))
        }
    };
    // The counts are the province's; districts and communes that set their own are said, or
    // "4 cán bộ" read as every commune's.
    let trains = |l: &&UnitLevers| l.training.is_some() || l.training_scale.is_some();
    let training_districts = sc.districts.values().filter(trains).count();
    let training_communes = sc.communes.values().filter(trains).count();
    let mut training_line = lang.fill(
        ShareMsg::SummaryTraining,
        &[
            ("cadres", &span(|t| t.cadres)),
            ("leaders", &span(|t| t.village_leaders)),
            ("vocational", &span(|t| t.vocational)),
        ],
    );
    if training_districts + training_communes > 0 {
        training_line.push_str(&lang.fill(
            ShareMsg::SummaryTrainingOwn,
            &[(
                "units",
                &units_text(training_districts, training_communes, lang),
            )],
        ));
    }
    line(Topic::Training, training_line);
    let changes = diff(defaults, sc, ds);
    let levers = lever_count(changes.iter().map(|c| &c.path).filter(|p| {
        !matches!(
            p,
            LeverPath::Assumption(_)
                | LeverPath::Uncertainty
                | LeverPath::Seed
                | LeverPath::Runs
                | LeverPath::Until
        )
    }));
    let assumptions = changes
        .iter()
        .filter(|c| matches!(c.path, LeverPath::Assumption(_) | LeverPath::Uncertainty))
        .count();
    line(
        Topic::Changed,
        if levers == 0 {
            // "The default scenario" only when nothing differs: a scenario of other
            // assumptions, or simulated to 2020, was introduced as the default on its title
            // slide, above a levers slide listing its change.
            let only_run_settings = changes
                .iter()
                .all(|c| matches!(c.path, LeverPath::Seed | LeverPath::Runs));
            lang.t(if only_run_settings && sc.until == defaults.until {
                ShareMsg::SummaryDefault
            } else {
                ShareMsg::SummaryLeversDefault
            })
            .to_string()
        } else {
            let named = changed_names(defaults, sc, ds, lang);
            lang.fill(
                ShareMsg::SummaryChanged,
                &[("n", &lang.number(levers as f64, 0)), ("names", &named)],
            )
        },
    );
    let own = |m: &std::collections::BTreeMap<String, ntm_model::scenario::UnitLevers>| {
        m.iter()
            .filter(|(_, l)| !l.is_empty())
            .map(|(code, _)| code.clone())
            .collect::<Vec<_>>()
    };
    let (d, c) = (own(&sc.districts), own(&sc.communes));
    if d.len() + c.len() > 0 {
        line(
            Topic::Units,
            lang.fill(
                ShareMsg::SummaryUnits,
                &[("units", &units_named(ds, &d, &c, lang))],
            ),
        );
    }
    if assumptions > 0 {
        line(
            Topic::Assumptions,
            lang.fill(
                ShareMsg::SummaryAssumptions,
                &[("n", &lang.number(assumptions as f64, 0))],
            ),
        );
    }
    if sc.until != defaults.until {
        line(
            Topic::Until,
            lang.fill(
                ShareMsg::SummaryUntil,
                &[
                    ("until", &sc.until.to_string()),
                    ("default", &defaults.until.to_string()),
                ],
            ),
        );
    }
    line(
        Topic::Runs,
        lang.fill(
            ShareMsg::SummaryRuns,
            &[
                ("runs", &lang.number(f64::from(sc.runs), 0)),
                ("until", &sc.until.to_string()),
                ("seed", &sc.seed.to_string()),
            ],
        ),
    );
    out
}

/// What the scenario achieves by the end of the last target year (Cao Bằng's 2025) or its last
/// year, once every run is done.
pub fn results_line(ds: &Dataset, outcome: &Outcome, lang: Lang) -> Option<String> {
    if !outcome.is_final() {
        return None;
    }
    let last = *outcome.results.years.last()?;
    let year = target_year(ds).min(last);
    let villages = outcome.villages_at(year)?;
    let communes = outcome.communes_at(year)?;
    Some(lang.fill(
        ShareMsg::SummaryResults,
        &[
            ("year", &year.to_string()),
            ("villages", &lang.number(villages.p50, 0)),
            ("communes", &lang.number(communes.p50, 0)),
        ],
    ))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::params::ParamKey;
    use ntm_model::scenario::{AllocationRule, Source, UnitLevers};

    fn texts(lines: &[SummaryLine]) -> Vec<(Topic, &str)> {
        lines.iter().map(|l| (l.topic, l.text.as_str())).collect()
    }

    /// A fixed amount of a commune left out of the allocation is said not to apply in the
    /// unsaved line (and the titles built from the same list), as in the lever tables.
    #[test]
    fn a_void_setting_is_said_not_to_apply() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let commune = ds.communes.iter().find(|c| c.is_candidate()).unwrap();
        let mut sc = d.clone();
        sc.communes.insert(
            commune.code.clone(),
            UnitLevers {
                fixed_amount: Some(5.0),
                excluded: Some(true),
                ..Default::default()
            },
        );
        let line = unsaved_line(&d, &sc, &ds, Lang::Vi).expect("a line");
        assert!(line.contains("5 tỷ đồng/năm (không áp dụng)"), "{line}");
        sc.communes.get_mut(&commune.code).unwrap().excluded = None;
        let line = unsaved_line(&d, &sc, &ds, Lang::Vi).expect("a line");
        assert!(!line.contains("không áp dụng"), "{line}");
    }

    #[test]
    fn the_default_scenario_says_so() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let lines = scenario_summary(&d, &d, &ds, Lang::Vi);
        let topics: Vec<Topic> = lines.iter().map(|l| l.topic).collect();
        assert_eq!(
            topics,
            [
                Topic::Budget,
                Topic::Rule,
                Topic::Training,
                Topic::Changed,
                Topic::Runs
            ]
        );
        assert!(
            lines[0].text.starts_with("Tổng vốn 7/2020–2025: "),
            "{}",
            lines[0].text
        );
        assert!(
            lines[0].text.contains(
                " tỷ đồng (100% kế hoạch mặc định); đào tạo và tuyên truyền: 101 tỷ đồng, ngoài tổng vốn"
            ),
            "{}",
            lines[0].text
        );
        assert_eq!(lines[1].text, "Chia vốn: Chia đều");
        assert_eq!(lines[3].text, "Kịch bản mặc định: chưa đổi đòn bẩy nào");
        assert_eq!(
            lines[4].text,
            "1.000 lần chạy mô phỏng đến cuối năm 2025, số khởi tạo 20200630"
        );
    }

    /// The headline's line for an unnamed scenario names what differs, assumptions too, and
    /// is none for the defaults.
    #[test]
    fn an_unsaved_scenario_says_what_differs() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        assert_eq!(unsaved_line(&d, &d, &ds, Lang::Vi), None);
        let mut sc = d.clone();
        sc.budget.scale_pct = 150.0;
        let vi = unsaved_line(&d, &sc, &ds, Lang::Vi).unwrap();
        assert_eq!(
            vi,
            "chưa lưu, khác mặc định ở: Tổng vốn so với kế hoạch: 150%"
        );
        let mut seed = sc.clone();
        seed.seed += 1;
        let en = unsaved_line(&d, &seed, &ds, Lang::En).unwrap();
        assert!(
            en.starts_with("unsaved, differs from the default in: "),
            "{en}"
        );
        assert!(en.contains("; "), "the seed is named too: {en}");
    }

    /// A cut to one year's line shows in the share of the plan (it read "100% of the plan").
    #[test]
    fn a_cut_line_is_a_share_of_the_plan() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let mut sc = d.clone();
        let central = sc.budget.lines.get_mut(Source::CentralNtm);
        central[3] -= 22.0;
        let text = scenario_summary(&sc, &d, &ds, Lang::Vi)[0].text.clone();
        assert!(
            text.contains("tỷ đồng (99,7% kế hoạch mặc định);"),
            "{text}"
        );
        let same = scenario_summary(&d, &d, &ds, Lang::Vi)[0].text.clone();
        assert!(same.contains("tỷ đồng (100% kế hoạch mặc định);"), "{same}");
    }

    /// The total is what the simulation could disburse (the spending chart's plan line), not
    /// the budget table's columns added up: 2020 counts from mid-year only.
    #[test]
    fn the_total_money_is_the_simulations_plan() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 1;
        sc.budget.scale_pct = 150.0;
        let r = ntm_model::simulate(&ds, &sc);
        let plan: f64 = r.spending.budget_by_source.iter().flatten().sum();
        let lines = scenario_summary(&sc, &sc, &ds, Lang::En);
        let training: f64 = r.spending.training.iter().sum();
        let expected = format!(
            "Budget Jul 2020–2025: {} billion VND (150% of the default plan); training and communication: {} billion VND, paid for apart from the budget",
            Lang::En.number(plan, 0),
            Lang::En.number(training, 0)
        );
        assert_eq!(lines[0].text, expected);
        // Half of 2020 is not simulated: the table's columns add up to more.
        let columns: f64 = (0..6)
            .flat_map(|y| Source::ALL.map(|s| sc.budget.lines.amount(s, y)))
            .sum::<f64>()
            * 1.5;
        assert!(columns > plan + 100.0, "{columns} vs {plan}");
    }

    /// Training changed in some years only shows as the range over the years.
    #[test]
    fn training_that_differs_by_year_is_a_range() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let mut sc = d.clone();
        sc.training.per_year = vec![sc.training.at(0); 6];
        for y in 1..4 {
            sc.training.per_year[y].cadres = 10.0;
        }
        let lines = scenario_summary(&sc, &d, &ds, Lang::Vi);
        let training = &lines[2].text;
        assert!(training.contains(": 4–10 cán bộ"), "{training}");
        let plain = scenario_summary(&d, &d, &ds, Lang::Vi);
        assert!(plain[2].text.contains(": 4 cán bộ"), "{}", plain[2].text);
    }

    /// The province's training counts are not every commune's when some set their own.
    #[test]
    fn training_set_by_districts_or_communes_is_said_beside_the_province_s() {
        use ntm_model::scenario::TrainingOverride;
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let mut sc = d.clone();
        sc.communes.insert(
            ds.communes[5].code.clone(),
            UnitLevers {
                training: Some(TrainingOverride {
                    cadres: Some(12.0),
                    ..Default::default()
                }),
                ..Default::default()
            },
        );
        sc.districts.insert(
            ds.districts[1].code.clone(),
            UnitLevers {
                training_scale: Some(2.0),
                ..Default::default()
            },
        );
        // Another kind of setting is not training.
        sc.communes.insert(
            ds.communes[6].code.clone(),
            UnitLevers {
                priority: Some(true),
                ..Default::default()
            },
        );
        let training = &scenario_summary(&sc, &d, &ds, Lang::Vi)[2];
        assert_eq!(training.topic, Topic::Training);
        assert!(
            training
                .text
                .ends_with(" (mức chung của tỉnh; 1 huyện và 1 xã đặt mức riêng)"),
            "{}",
            training.text
        );
        let plain = &scenario_summary(&d, &d, &ds, Lang::Vi)[2];
        assert!(!plain.text.contains("mức riêng"), "{}", plain.text);
    }

    /// Only the default is called "the default scenario": other assumptions, or another last
    /// year, say the levers are the default's, and the last year is said beside them.
    #[test]
    fn a_scenario_of_other_assumptions_or_years_is_not_called_the_default() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let line = |sc: &Scenario, topic: Topic| {
            scenario_summary(sc, &d, &ds, Lang::Vi)
                .into_iter()
                .find(|l| l.topic == topic)
                .map(|l| l.text)
        };
        assert_eq!(
            line(&d, Topic::Changed).as_deref(),
            Some("Kịch bản mặc định: chưa đổi đòn bẩy nào")
        );
        assert_eq!(line(&d, Topic::Until), None);
        // Another seed is still the default's plan.
        let mut seeded = d.clone();
        seeded.seed += 1;
        assert_eq!(line(&seeded, Topic::Changed), line(&d, Topic::Changed));
        let mut assumed = d.clone();
        assumed.assumptions.uncertainty = false;
        assert_eq!(
            line(&assumed, Topic::Changed).as_deref(),
            Some("Đòn bẩy như mặc định")
        );
        let mut shorter = d.clone();
        shorter.until = 2020;
        assert_eq!(
            line(&shorter, Topic::Changed).as_deref(),
            Some("Đòn bẩy như mặc định")
        );
        assert_eq!(
            line(&shorter, Topic::Until).as_deref(),
            Some("Mô phỏng đến cuối năm 2020 (mặc định: 2025)")
        );
    }

    /// A district given a weight or priority takes money from the others: the rule's line says
    /// so, where "Chia vốn: Chia đều" alone read as every commune's equal share.
    #[test]
    fn units_splitting_money_their_own_way_are_said_beside_the_rule() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let rule = |sc: &Scenario| scenario_summary(sc, &d, &ds, Lang::Vi)[1].clone();
        assert_eq!(rule(&d).topic, Topic::Rule);
        assert_eq!(rule(&d).text, "Chia vốn: Chia đều");
        let mut sc = d.clone();
        sc.districts.insert(
            ds.districts[1].code.clone(),
            UnitLevers {
                budget_weight: Some(2.0),
                priority: Some(true),
                ..Default::default()
            },
        );
        // Training is not a split of the money.
        sc.communes.insert(
            ds.communes[6].code.clone(),
            UnitLevers {
                campaigns: Some(3.0),
                ..Default::default()
            },
        );
        let text = rule(&sc).text;
        assert!(
            text.starts_with("Chia vốn: Chia đều; 1 huyện có hệ số"),
            "{text}"
        );
        assert!(text.contains("vốn chỉ chia lại giữa các xã"), "{text}");
        let one = scenario_summary(&sc, &d, &ds, Lang::En)[1].text.clone();
        assert!(
            one.contains("; own weight, priority, fixed extra amount or exclusion in 1 district:"),
            "{one}"
        );
        sc.communes.insert(
            ds.communes[7].code.clone(),
            UnitLevers {
                fixed_amount: Some(1.0),
                ..Default::default()
            },
        );
        let text = scenario_summary(&sc, &d, &ds, Lang::En)[1].text.clone();
        assert!(
            text.contains(" exclusion in 1 district and 1 commune:"),
            "{text}"
        );
        // Custom weights split the money only under their rule.
        let mut weighted = d.clone();
        weighted
            .allocation
            .custom_weights
            .insert(ds.communes[8].code.clone(), 3.0);
        assert_eq!(rule(&weighted).text, "Chia vốn: Chia đều");
        weighted.allocation.rule = AllocationRule::CustomWeights;
        assert!(
            rule(&weighted).text.ends_with(
                "; 1 xã có hệ số, ưu tiên, vốn cấp thêm cố định hoặc bị loại khi chia: tổng vốn không \
                 đổi, vốn chỉ chia lại giữa các xã"
            ),
            "{}",
            rule(&weighted).text
        );
    }

    #[test]
    fn changed_levers_units_and_assumptions_are_counted() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let mut sc = d.clone();
        sc.budget.scale_pct = 150.0;
        sc.allocation.rule = AllocationRule::NearestFirst;
        sc.communes.insert(
            ds.communes[0].code.clone(),
            UnitLevers {
                leadership: Some(1.0),
                campaigns: Some(3.0),
                ..Default::default()
            },
        );
        sc.assumptions.values.insert(ParamKey::Noise, 0.7);
        // Vocational training raised in every year is one lever, not one per year.
        for y in sc.training.per_year.iter_mut() {
            y.vocational = 40.0;
        }
        let lines = scenario_summary(&sc, &d, &ds, Lang::En);
        let own = format!("Own settings: 1 commune ({})", ds.communes[0].name);
        let total_default = scenario_summary(&d, &d, &ds, Lang::En)[0].text.clone();
        assert!(
            lines[0]
                .text
                .contains("billion VND (150% of the default plan);"),
            "{}",
            lines[0].text
        );
        assert_ne!(lines[0].text, total_default);
        assert_eq!(
            texts(&lines)[1..6],
            [
                (Topic::Rule, "Allocation: Nearest to the standard first"),
                (
                    Topic::Training,
                    "Training per commune per year: 4 commune cadres and civil servants, 6 village heads and development board members, 40 vocational trainees"
                ),
                (
                    Topic::Changed,
                    "Levers changed from the default: 5 (Total budget compared with the plan: \
                     150%; How money is split between communes: Nearest to the standard first; \
                     Vocational trainees, 2020–2025: 40 people/commune/year; and 2 more changes)"
                ),
                (Topic::Units, own.as_str()),
                (Topic::Assumptions, "Assumptions changed from the default: 1"),
            ]
        );
    }

    /// A scenario saved without a name is named after its first change, with how many more.
    #[test]
    fn a_scenario_saved_without_a_name_is_named_after_its_first_change() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        assert_eq!(
            suggested_name(&d, &d, &ds, Lang::Vi, "Mặc định"),
            "Mặc định"
        );
        let mut sc = d.clone();
        sc.budget.scale_pct = 150.0;
        assert_eq!(
            suggested_name(&d, &sc, &ds, Lang::Vi, "Mặc định"),
            "Tổng vốn so với kế hoạch: 150%"
        );
        sc.allocation.rule = AllocationRule::NearestFirst;
        sc.runs = 200;
        assert_eq!(
            suggested_name(&d, &sc, &ds, Lang::En, "Default"),
            "Total budget compared with the plan: 150% (+2)"
        );
        // A long first change is cut to its first words.
        let mut long = d.clone();
        long.communes.insert(
            ds.communes[0].code.clone(),
            UnitLevers {
                leadership: Some(1.0),
                ..Default::default()
            },
        );
        let name = suggested_name(&d, &long, &ds, Lang::Vi, "Mặc định");
        assert!(name.chars().count() <= 60, "{name}");
        assert!(name.contains(&ds.communes[0].name), "{name}");
    }

    /// The units with their own settings are named, three of a kind at most, so that a
    /// district officer reading a shared link sees whether theirs is one.
    #[test]
    fn own_settings_name_their_units() {
        let ds = Dataset::caobang_2020().unwrap();
        let d = Scenario::defaults(&ds);
        let mut sc = d.clone();
        let leading = UnitLevers {
            leadership: Some(1.0),
            ..Default::default()
        };
        for k in 0..4 {
            sc.districts
                .insert(ds.districts[k].code.clone(), leading.clone());
        }
        sc.communes.insert(ds.communes[5].code.clone(), leading);
        let units = |lang| {
            scenario_summary(&sc, &d, &ds, lang)
                .into_iter()
                .find(|l| l.topic == Topic::Units)
                .unwrap()
                .text
        };
        // Codes are kept in order, so the names are those of the first three codes.
        let mut codes: Vec<&String> = sc.districts.keys().collect();
        codes.sort();
        let named: Vec<String> = codes[..3]
            .iter()
            .map(|c| ds.districts[ds.district_index(c).unwrap()].name.clone())
            .collect();
        assert_eq!(
            units(Lang::Vi),
            format!(
                "Thiết lập riêng: 4 huyện ({}, …) và 1 xã ({})",
                named.join(", "),
                ds.communes[5].name
            )
        );
        assert!(units(Lang::En).starts_with("Own settings: 4 districts ("));
        assert!(units(Lang::En).ends_with(&format!(" and 1 commune ({})", ds.communes[5].name)));
    }

    #[test]
    fn results_are_said_only_once_every_run_is_done() {
        let ds = Dataset::caobang_2020().unwrap();
        let mut sc = Scenario::defaults(&ds);
        sc.runs = 20;
        let outcome = crate::simulation::run(&ds, &sc, 1);
        let line = results_line(&ds, &outcome, Lang::Vi).expect("final");
        assert!(line.starts_with("Cuối năm 2025 (trung vị): "), "{line}");
        let partial = Outcome {
            runs_done: 10,
            ..outcome
        };
        assert_eq!(results_line(&ds, &partial, Lang::Vi), None);
    }
}
