//! A district's slide: what the scenario does for one district it singles out (its own weight,
//! priority, training, or its communes' settings). A district planner presenting "Bảo Lạc
//! first" found only province-wide slides: the province's blockers, no Bảo Lạc commune list.
//!
//! Its villages and communes at the standard by the narrative's year (median, P10–P90, and the
//! default scenario's median beside them), then each of its xã: its chance of recognition in
//! this scenario and in the default one, its mean criteria met, and the criteria that block it.

use std::rc::Rc;

use ntm_model::{Band, Dataset, Results};
use yew::prelude::*;

use crate::criteria_logic::scale::BINDING_P;
use crate::figures::value_text;
use crate::i18n::criteria::percent;
use crate::i18n::narrative::{blockers_in, narrative_year, NARRATIVE_YEAR};
use crate::i18n::{Lang, PresentMsg};
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
    /// Criteria that block it, most blocking first (index in the commune set of that year,
    /// share of runs meeting it): those met in fewer than half the runs, or its weakest when
    /// none is but it is still short of the standard; none when it is likely at the standard.
    pub blocking: Vec<(usize, f64)>,
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
            // A commune short of the standard with no criterion below one run in two is held
            // back by several together: its weakest are named then, or the row read "–"
            // beside a 35% chance.
            let blocking = if unit.p_standard().get(yi).copied().unwrap_or(0.0) < BINDING_P {
                let binding = unit.binding(yi, BINDING_P);
                if binding.is_empty() {
                    let mut weakest = unit.binding(yi, 1.0);
                    weakest.truncate(NAMED_PER_COMMUNE);
                    weakest
                } else {
                    binding
                }
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
    /// The default scenario's results, when this scenario is not the default.
    pub baseline: Option<Rc<Results>>,
    pub district: usize,
    /// The kicker above the heading (scenario i of n · its name).
    pub head: Html,
    /// The heading's id (a report has a section per district, a slide one heading).
    pub heading_id: AttrValue,
}

impl PartialEq for DistrictSlideProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && crate::components::same(&self.dataset, &other.dataset)
            && crate::components::same(&self.results, &other.results)
            && crate::components::same_opt(&self.baseline, &other.baseline)
            && self.district == other.district
            && self.head == other.head
            && self.heading_id == other.heading_id
    }
}

#[component]
pub fn DistrictSlide(props: &DistrictSlideProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let r = &props.results;
    let baseline = props.baseline.as_deref();
    let year = narrative_year(r).unwrap_or(NARRATIVE_YEAR);
    let title = crate::names::district_title(ds, props.district, lang);
    let heading = lang.fill(
        PresentMsg::DistrictHeading,
        &[("district", &title), ("year", &year.to_string())],
    );
    let code = ds.districts.get(props.district).map(|d| d.code.as_str());
    let villages_total = ds
        .villages
        .iter()
        .filter(|v| ds.communes[v.commune].district == props.district)
        .count();
    let rows = commune_rows(ds, r, baseline, props.district, year);
    let set = crate::criteria_logic::matrix::commune_set(ds, r, r.year_index(year).unwrap_or(0));
    let figure = |metric: Metric,
                  band: fn(&ntm_model::results::DistrictResult) -> &Band,
                  total: usize,
                  label: PresentMsg,
                  testid: &'static str| {
        let Some((yi, d)) = district_of(r, year, code) else {
            return Html::default();
        };
        let b = band(d);
        let at = |v: &[f64]| v.get(yi).copied().unwrap_or(0.0);
        let median = value_text(metric, at(&b.p50), lang);
        let range = lang.fill(
            PresentMsg::DistrictRange,
            &[
                ("lo", &value_text(metric, at(&b.p10), lang)),
                ("hi", &value_text(metric, at(&b.p90), lang)),
            ],
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
        html! {
            <div class="district-figure" data-testid={testid} data-value={at(&b.p50).to_string()} title={lang.t(PresentMsg::DistrictFigureTip)}>
                <p class="district-figure-label">{ lang.t(label) }</p>
                <p class="district-figure-value">
                    <span class="district-figure-median">{ median }</span>
                    <span class="district-figure-total">{ lang.fill(PresentMsg::DistrictOf, &[("total", &lang.number(total as f64, 0))]) }</span>
                </p>
                <p class="district-figure-range">{ range }</p>
                if let Some(d) = default {
                    <p class="district-figure-default">{ d }</p>
                }
            </div>
        }
    };
    let with_default = baseline.is_some();
    let row = |row: &CommuneRow| {
        let c = &ds.communes[row.commune];
        let blocking: Vec<String> = row
            .blocking
            .iter()
            .take(NAMED_PER_COMMUNE)
            .filter_map(|&(k, p)| Some((set.criteria.get(k)?, p)))
            .map(|(k, p)| {
                format!(
                    "{} ({})",
                    lang.pick(&k.name_vi, &k.name_en),
                    percent(lang, p)
                )
            })
            .collect();
        let more = row.blocking.len().saturating_sub(NAMED_PER_COMMUNE);
        let mut blocking = blocking.join("; ");
        if more > 0 {
            blocking.push_str(&lang.fill(
                PresentMsg::DistrictMoreBlockers,
                &[("n", &more.to_string())],
            ));
        }
        let chance = match row.recognised_before {
            Some(y) => lang.fill(
                PresentMsg::DistrictRecognisedBefore,
                &[("year", &y.to_string())],
            ),
            None => percent(lang, row.chance),
        };
        html! {
            <tr data-testid="district-slide-commune" data-commune={c.code.clone()} data-chance={row.chance.to_string()}>
                <th scope="row" translate="no">{ c.name.clone() }</th>
                <td class="num">{ chance }</td>
                if with_default {
                    <td class="num">{ row.chance_default.map_or("–".to_string(), |p| if row.recognised_before.is_some() { "✓".to_string() } else { percent(lang, p) }) }</td>
                }
                <td class="num">{ lang.number(row.mean_criteria, 1) }</td>
                <td>{ if blocking.is_empty() { "–".to_string() } else { blocking } }</td>
            </tr>
        }
    };
    let blockers = blockers_in(ds, r, year, Some(props.district));
    let lead = blockers.as_ref().map(|b| {
        let names: Vec<String> = b
            .criteria
            .iter()
            .take(3)
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
        if b.short == 0 {
            lang.t(PresentMsg::BlockersAllClear).to_string()
        } else if names.is_empty() {
            lang.t(PresentMsg::BlockersNone).to_string()
        } else {
            lang.fill(
                PresentMsg::DistrictBlockersLead,
                &[
                    ("short", &lang.number(b.short as f64, 0)),
                    ("candidates", &lang.number(b.candidates as f64, 0)),
                    ("names", &names.join("; ")),
                ],
            )
        }
    });
    html! {
        <div class="district-slide">
            { props.head.clone() }
            <h2 id={props.heading_id.clone()} class="slide-heading">{ heading }</h2>
            <div class="district-figures">
                { figure(Metric::VillagesStandard, |d| &d.villages_standard, villages_total, PresentMsg::DistrictVillages, "district-slide-villages") }
                { figure(Metric::CommunesRecognised, |d| &d.communes_recognised, rows.len(), PresentMsg::DistrictCommunes, "district-slide-communes") }
            </div>
            if let Some(lead) = lead {
                <p class="slide-lead" data-testid="district-slide-blockers">{ lead }</p>
            }
            if rows.is_empty() {
                <p class="slide-lead">{ lang.t(PresentMsg::DistrictNoCommunes) }</p>
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
            <p class="slide-note">{ lang.t(PresentMsg::DistrictNote) }</p>
        </div>
    }
}
