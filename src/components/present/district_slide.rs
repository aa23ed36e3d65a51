//! A district's slide: what the scenario does for one district it singles out (its own weight,
//! priority, training, or its communes' settings). A district planner presenting "Bảo Lạc
//! first" found only province-wide slides: the province's blockers, no Bảo Lạc commune list.
//!
//! Its villages and communes at the standard by the narrative's year (median, P10–P90, and the
//! default scenario's median beside them), then each of its xã: its chance of recognition in
//! this scenario and in the default one, its mean criteria met, and the criteria that block it.

use std::rc::Rc;

use ntm_model::{Band, Dataset, Results, Scenario};
use yew::prelude::*;

use crate::components::criteria::tag::{unit_tag, UnitTag};
use crate::criteria_logic::own::{commune_excluded, commune_has_own};
use crate::criteria_logic::scale::BINDING_P;
use crate::figures::{target_year, value_text};
use crate::i18n::criteria::{percent, CriteriaMsg};
use crate::i18n::narrative::{blockers_in, narrative_year, NAMED_BLOCKERS};
use crate::i18n::{Lang, PresentMsg};
use crate::state::stage::page_rows;
use ntm_model::Metric;

/// Blocking criteria named per commune: the table stays one line a row on a projector.
const NAMED_PER_COMMUNE: usize = 2;

/// One commune's row.
#[derive(Debug, Clone, PartialEq)]
pub struct CommuneRow {
    pub commune: usize,
    /// Chance of holding recognition at the end of the year, this scenario and the default.
    pub chance: f64,
    pub chance_default: Option<f64>,
    pub mean_criteria: f64,
    /// Recognised before the simulation starts (the year).
    pub recognised_before: Option<u16>,
    /// Meets every criterion in fewer than half the runs.
    pub short: bool,
    /// Criteria that block it, most blocking first (index in the commune set of that year,
    /// share of runs meeting it): met in fewer than half the runs, as the commune's panel and
    /// the matrix say; none when it is likely at the standard. A commune short with none is
    /// held back by several criteria together, each met in most runs.
    pub blocking: Vec<(usize, f64)>,
}

/// How many of `rows` meet every criterion in fewer than half the runs yet more likely than not
/// hold NTM recognition (earned earlier and kept: only the province revokes it).
pub fn recognised_yet_short(rows: &[CommuneRow]) -> usize {
    rows.iter()
        .filter(|r| r.short && r.chance >= BINDING_P)
        .count()
}

/// The district's xã, likeliest first (ties by name, for a stable order).
pub fn commune_rows(
    ds: &Dataset,
    r: &Results,
    baseline: Option<&Results>,
    district: usize,
    year: u16,
) -> Vec<CommuneRow> {
    let Some(yi) = r.year_index(year) else {
        return Vec::new();
    };
    let mut rows: Vec<CommuneRow> = ds
        .communes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.district == district && c.is_candidate())
        .filter_map(|(i, c)| {
            let unit = r.communes.get(i)?;
            let chance = unit.p_recognised().get(yi).copied().unwrap_or(0.0);
            let short = unit.p_standard().get(yi).copied().unwrap_or(0.0) < BINDING_P;
            let blocking = if short {
                unit.binding(yi, BINDING_P)
            } else {
                Vec::new()
            };
            Some(CommuneRow {
                commune: i,
                chance,
                chance_default: baseline.and_then(|b| {
                    let byi = b.year_index(year)?;
                    b.communes.get(i)?.p_recognised().get(byi).copied()
                }),
                mean_criteria: unit.mean_criteria().get(yi).copied().unwrap_or(0.0),
                recognised_before: c.recognised_year,
                short,
                blocking,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.chance.total_cmp(&a.chance).then_with(|| {
            ds.communes[a.commune]
                .name
                .cmp(&ds.communes[b.commune].name)
        })
    });
    rows
}

/// The year's index and the district's results in `res`.
fn district_of<'a>(
    res: &'a Results,
    year: u16,
    code: Option<&str>,
) -> Option<(usize, &'a ntm_model::results::DistrictResult)> {
    let yi = res.year_index(year)?;
    Some((
        yi,
        res.districts
            .iter()
            .find(|d| Some(d.code.as_str()) == code)?,
    ))
}

#[derive(Properties)]
pub struct DistrictSlideProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub results: Rc<Results>,
    /// The scenario: its communes with levers of their own are tagged (the district's own
    /// levers are said at the top, so every row saying them again would be noise).
    pub scenario: Rc<Scenario>,
    /// The default scenario's results, when this scenario is not the default.
    pub baseline: Option<Rc<Results>>,
    pub district: usize,
    /// The kicker above the heading (scenario i of n · its name).
    pub head: Html,
    /// The heading's id (a report has a section per district, a slide one heading).
    pub heading_id: AttrValue,
    /// `(page, pages)` on slides (the counts on the first page only, the communes shared out,
    /// `stage::page_rows`); `None` in the report, which lists them all.
    #[prop_or_default]
    pub page: Option<(usize, usize)>,
}

impl PartialEq for DistrictSlideProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && crate::components::same(&self.dataset, &other.dataset)
            && crate::components::same(&self.results, &other.results)
            && self.scenario == other.scenario
            && crate::components::same_opt(&self.baseline, &other.baseline)
            && self.district == other.district
            && self.head == other.head
            && self.heading_id == other.heading_id
            && self.page == other.page
    }
}

#[component]
pub fn DistrictSlide(props: &DistrictSlideProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let r = &props.results;
    let baseline = props.baseline.as_deref();
    let year = narrative_year(ds, r).unwrap_or_else(|| target_year(ds));
    let title = crate::names::district_title(ds, props.district, lang);
    let in_sentence = crate::names::district_in_sentence(ds, props.district, lang);
    let villages_total = ds.villages_in_district(props.district);
    let mut heading = lang.fill(
        if villages_total > 0 {
            PresentMsg::DistrictHeading
        } else {
            PresentMsg::DistrictHeadingCommunes
        },
        &[("district", &title), ("year", &year.to_string())],
    );
    let (page, pages) = props.page.unwrap_or((0, 1));
    if pages > 1 {
        heading.push_str(&format!(" ({}/{pages})", page + 1));
    }
    let code = ds.districts.get(props.district).map(|d| d.code.as_str());
    let all_rows = commune_rows(ds, r, baseline, props.district, year);
    let rows = match props.page {
        Some((page, pages)) => &all_rows[page_rows(all_rows.len(), page, pages)],
        None => &all_rows[..],
    };
    let set = crate::criteria_logic::matrix::commune_set(ds, r, r.year_index(year).unwrap_or(0));
    let figure = |metric: Metric,
                  band: fn(&ntm_model::results::DistrictResult) -> &Band,
                  total: usize,
                  label: String,
                  testid: &'static str| {
        let Some((yi, d)) = district_of(r, year, code) else {
            return Html::default();
        };
        let b = band(d);
        let at = |v: &[f64]| v.get(yi).copied().unwrap_or(0.0);
        let median = value_text(metric, at(&b.p50), lang);
        let range = lang.fill(
            PresentMsg::DistrictRange,
            &[(
                "span",
                &crate::i18n::span(
                    value_text(metric, at(&b.p10), lang),
                    value_text(metric, at(&b.p90), lang),
                ),
            )],
        );
        let default = baseline
            .and_then(|b| district_of(b, year, code))
            .map(|(byi, bd)| {
                let x = band(bd).p50.get(byi).copied().unwrap_or(0.0);
                lang.fill(
                    PresentMsg::DistrictDefault,
                    &[("x", &value_text(metric, x, lang))],
                )
            });
        let tip = lang.fill(PresentMsg::DistrictFigureTip, &[("district", &in_sentence)]);
        html! {
            <p class="district-figure" data-testid={testid} data-value={at(&b.p50).to_string()} title={tip}>
                <span class="district-figure-label">{ label }</span>{ " " }
                <span class="district-figure-median">{ median }</span>{ " " }
                <span class="district-figure-total">{ lang.fill(PresentMsg::DistrictOf, &[("total", &lang.number(total as f64, 0))]) }</span>
                <span class="district-figure-range">
                    { " · " }{ range }
                    if let Some(d) = default {
                        { " · " }{ d }
                    }
                </span>
            </p>
        }
    };
    let with_default = baseline.is_some();
    // A commune with levers of its own in the scenario (its district's are said at the top).
    let own = |commune: usize| {
        ds.communes
            .get(commune)
            .is_some_and(|c| commune_has_own(&props.scenario, &c.code))
    };
    // A commune given no money: its chance falls with nothing else on the slide to say why.
    let excluded = |commune: usize| {
        ds.communes
            .get(commune)
            .is_some_and(|c| commune_excluded(&props.scenario, ds, c))
    };
    let row = |row: &CommuneRow| {
        let c = &ds.communes[row.commune];
        // "and 1 more" takes the room of the criterion it hides: name it instead.
        let shown = match row.blocking.len() {
            // On paper every one: "và 2 tiêu chí khác" cannot be opened there, and the
            // district's summary above counted the ones it hid.
            n if props.page.is_none() => n,
            n if n == NAMED_PER_COMMUNE + 1 => n,
            _ => NAMED_PER_COMMUNE,
        };
        let named: Vec<String> = row
            .blocking
            .iter()
            .take(shown)
            .filter_map(|&(k, p)| Some((set.criteria.get(k)?, p)))
            .map(|(k, p)| {
                format!(
                    "{} ({})",
                    lang.pick(&k.name_vi, &k.name_en),
                    percent(lang, p)
                )
            })
            .collect();
        let more = row.blocking.len().saturating_sub(shown);
        let mut blocking = named.join("; ");
        if more > 0 {
            blocking.push_str(&lang.fill(
                PresentMsg::DistrictMoreBlockers,
                &[("n", &more.to_string())],
            ));
        }
        if blocking.is_empty() && row.short {
            blocking = lang.t(PresentMsg::DistrictSeveral).to_string();
        }
        let chance = match row.recognised_before {
            Some(y) => lang.fill(
                PresentMsg::DistrictRecognisedBefore,
                &[("year", &y.to_string())],
            ),
            None => percent(lang, row.chance),
        };
        let default_chance = match (row.chance_default, row.recognised_before) {
            (None, _) => "–".to_string(),
            (Some(_), Some(_)) => "✓".to_string(),
            (Some(p), None) => percent(lang, p),
        };
        html! {
            <tr data-testid="district-slide-commune" data-commune={c.code.clone()} data-chance={row.chance.to_string()} data-short={row.short.to_string()}>
                <th scope="row">
                    <span translate="no">{ c.name.clone() }</span>
                    if own(row.commune) {
                        { " " }
                        { unit_tag(lang, UnitTag::Own { hint: CriteriaMsg::OwnTagCommune }, "district-slide-own".into()) }
                    }
                    if excluded(row.commune) {
                        { " " }
                        { unit_tag(lang, UnitTag::Excluded, "district-slide-excluded".into()) }
                    }
                </th>
                <td class="num">{ chance }</td>
                if with_default {
                    <td class="num">{ default_chance }</td>
                }
                <td class="num">{ crate::i18n::criteria::mean_criteria(lang, row.mean_criteria, set.len()) }</td>
                <td>{ if blocking.is_empty() { "–".to_string() } else { blocking } }</td>
            </tr>
        }
    };
    let first_page = page == 0;
    let lead = blockers_in(ds, r, year, Some(props.district))
        .filter(|_| first_page)
        .map(|b| {
            let names: Vec<String> = b
                .leading(NAMED_BLOCKERS)
                .iter()
                .map(|c| {
                    lang.fill(
                        PresentMsg::DistrictBlockerItem,
                        &[
                            ("name", lang.pick(&c.name_vi, &c.name_en)),
                            ("n", &lang.number(c.communes as f64, 0)),
                        ],
                    )
                })
                .collect();
            let kept = match recognised_yet_short(&all_rows) {
                0 => None,
                1 if b.short == 1 => {
                    Some(lang.t(PresentMsg::DistrictShortButRecognisedIt).to_string())
                }
                n => Some(lang.fill(
                    if n == 1 {
                        PresentMsg::DistrictShortButRecognisedOne
                    } else {
                        PresentMsg::DistrictShortButRecognised
                    },
                    &[("n", &lang.number(n as f64, 0))],
                )),
            };
            let first = if b.short == 0 {
                lang.t(PresentMsg::BlockersAllClear).to_string()
            } else {
                let msg = match (b.short, b.candidates) {
                    (1, 1) => PresentMsg::DistrictBlockersLeadOnly,
                    (s, c) if s == c => PresentMsg::DistrictBlockersLeadAll,
                    (1, _) => PresentMsg::DistrictBlockersLeadOne,
                    _ => PresentMsg::DistrictBlockersLead,
                };
                lang.fill(
                    msg,
                    &[
                        ("short", &lang.number(b.short as f64, 0)),
                        ("candidates", &lang.number(b.candidates as f64, 0)),
                        ("district", &in_sentence),
                    ],
                )
            };
            let names = if b.short == 0 {
                None
            } else if names.is_empty() {
                Some(lang.t(PresentMsg::BlockersNone).to_string())
            } else {
                Some(lang.fill(
                    PresentMsg::DistrictBlockersNames,
                    &[("names", &names.join("; "))],
                ))
            };
            // A commune short of the criteria (the stricter set, or slipping back) may still hold
            // the recognition it earned: the table then shows it likely recognised beside a lead
            // counting it short, which read as a contradiction to leaders. Said right after the
            // count it qualifies, before the criteria.
            let mut lead = first;
            for part in [kept, names].into_iter().flatten() {
                lead.push(' ');
                lead.push_str(&part);
            }
            lead
        });
    html! {
        <div class="district-slide">
            { props.head.clone() }
            <h2 id={props.heading_id.clone()} class="slide-heading">{ heading }</h2>
            if first_page {
                <div class="district-figures">
                    // A district with no village in the data (the embedded villages are the
                    // 1385 scope's) has no village figure: "0 trên 0" said nothing.
                    if villages_total > 0 {
                        { figure(Metric::VillagesStandard, |d| &d.villages_standard, villages_total, lang.t(PresentMsg::DistrictVillages).to_string(), "district-slide-villages") }
                    }
                    { figure(Metric::CommunesRecognised, |d| &d.communes_recognised, all_rows.len(), lang.t(PresentMsg::DistrictCommunes).to_string(), "district-slide-communes") }
                </div>
            }
            if let Some(lead) = lead {
                <p class="slide-lead" data-testid="district-slide-blockers">{ lead }</p>
            }
            if all_rows.is_empty() {
                <p class="slide-lead">{ lang.fill(PresentMsg::DistrictNoCommunes, &[("district", &title)]) }</p>
            } else {
                <table class="data-table district-slide-table" data-testid="district-slide-table">
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(PresentMsg::DistrictColCommune) }</th>
                            <th scope="col" class="num">{ lang.fill(PresentMsg::DistrictColChance, &[("year", &year.to_string())]) }</th>
                            if with_default {
                                <th scope="col" class="num">{ lang.t(PresentMsg::DistrictColDefault) }</th>
                            }
                            <th scope="col" class="num">{ lang.t(PresentMsg::DistrictColCriteria) }</th>
                            <th scope="col">{ lang.t(PresentMsg::DistrictColBlockers) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows.iter().map(row) }</tbody>
                </table>
            }
            <p class="slide-note">
                { lang.about_data(lang.t(PresentMsg::DistrictNote), ds.province.illustrative) }
                if rows.iter().any(|row| own(row.commune)) {
                    { lang.t(PresentMsg::DistrictOwnNote) }
                }
                if rows.iter().any(|row| excluded(row.commune)) {
                    { lang.t(PresentMsg::DistrictExcludedNote) }
                }
            </p>
        </div>
    }
}
