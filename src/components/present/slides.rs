//! The slides: a scenario's title with what it does, the generated narrative of what it
//! achieves, its headline with targets,
//! the villages and communes charts (the charts panel's own, with the baseline beside them),
//! what blocks the communes still short of the standard, and the scenarios side by side.

use std::rc::Rc;

use ntm_model::{Dataset, Results, Scenario};
use yew::prelude::*;

use crate::components::charts::{build, name_scenario, ByPtr, ChartFigure, ChartKind, Inputs};
use crate::components::compare::lever_table::against_defaults;
use crate::components::compare::{name_html, unlike_note, ByRc, HeadlineTable};
use crate::components::headline::HeadlineFigure;
use crate::components::present::DistrictSlide;
use crate::components::same;
use crate::figures::{target_year, tiles};
use crate::i18n::narrative::{blockers, narrative, narrative_year};
use crate::i18n::{Lang, PresentMsg, ReportMsg};
use crate::sharing::summary::{scenario_summary, Topic};
use crate::state::stage::{Shown, Slide, SlideKind};

#[derive(Properties)]
pub struct SlideViewProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub defaults: Rc<Scenario>,
    pub items: Vec<Shown>,
    pub baseline: Option<Rc<Results>>,
    pub slide: Slide,
}

impl PartialEq for SlideViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same(&self.defaults, &other.defaults)
            && self.items == other.items
            && crate::components::same_opt(&self.baseline, &other.baseline)
            && self.slide == other.slide
    }
}

#[component]
pub fn SlideView(props: &SlideViewProps) -> Html {
    let lang = props.lang;
    let n = props.items.len();
    match props.slide {
        Slide::Summary { page, pages } => {
            let names: Vec<_> = props.items.iter().map(|s| s.name.clone()).collect();
            let scenarios: Vec<_> = props.items.iter().map(|s| s.scenario.clone()).collect();
            let results: Vec<_> = props
                .items
                .iter()
                .map(|s| s.outcome.as_ref().map(|o| ByRc(o.results.clone())))
                .collect();
            html! {
                <section class="slide slide-summary" data-testid="slide-summary" data-page={page.to_string()} aria-labelledby="slide-h">
                    <h2 id="slide-h" class="slide-heading">
                        { lang.t(PresentMsg::SlideSummary) }
                        if pages > 1 {
                            { " " }
                            <span class="slide-page">{ lang.fill(PresentMsg::SummaryPage, &[("page", &(page + 1).to_string()), ("pages", &pages.to_string())]) }</span>
                        }
                    </h2>
                    <unlike_note::UnlikeNote {lang} scenarios={scenarios.clone()} />
                    // Split in two, the counts first, then the money.
                    <HeadlineTable {lang} dataset={props.dataset.clone()} {names} {results} testid="summary" targets={false} figures={page == 0} money={page + 1 == pages} paired={false} unlike={unlike_note::unlike_columns(&scenarios)} other_assumptions={unlike_note::assumptions_differ(&scenarios)} />
                </section>
            }
        }
        Slide::District {
            item,
            district,
            page,
            pages,
        } => {
            let Some(s) = props.items.get(item) else {
                return Html::default();
            };
            let (_, head) = scenario_head(lang, item, n, s);
            let Some(outcome) = s.outcome.clone() else {
                return waiting_slide(lang, head, "slide-district".into());
            };
            let baseline = props
                .baseline
                .clone()
                .filter(|_| *s.scenario != *props.defaults);
            html! {
                <section class="slide slide-district" data-testid="slide-district" data-page={page.to_string()} data-district={props.dataset.districts.get(district).map(|d| d.code.clone())} aria-labelledby="slide-h">
                    <DistrictSlide {lang} dataset={props.dataset.clone()} results={outcome.results.clone()} scenario={s.scenario.clone()} {baseline} {district} {head} heading_id="slide-h" page={Some((page, pages))} />
                </section>
            }
        }
        Slide::Levers { item, page, pages } => levers_slide(props, item, page, pages),
        Slide::Scenario { item, kind } => {
            let Some(s) = props.items.get(item) else {
                return Html::default();
            };
            let (kicker, head) = scenario_head(lang, item, n, s);
            // What the scenario does needs no results: its slide shows at once.
            if kind == SlideKind::Title {
                return title_slide(props, s, &kicker);
            }
            let Some(outcome) = s.outcome.clone() else {
                return waiting_slide(lang, head, format!("slide-{}", kind.slug()));
            };
            let results = outcome.results.clone();
            let testid = format!("slide-{}", kind.slug());
            match kind {
                // Shown above without waiting for results.
                SlideKind::Title => title_slide(props, s, &kicker),
                SlideKind::Story => {
                    // Against the default, when this is not the default itself and was
                    // simulated alike (`AppState::against_default`).
                    let baseline = props.baseline.as_deref().filter(|_| {
                        *s.scenario != *props.defaults
                            && crate::state::Unlike::from_default(&props.defaults, &s.scenario)
                                .is_none()
                    });
                    let sentences = narrative(&props.dataset, &results, baseline, lang);
                    let note = lang.about_data(
                        &lang.fill(
                            PresentMsg::NarrativeNote,
                            &[("runs", &lang.number(f64::from(results.runs), 0))],
                        ),
                        props.dataset.province.illustrative,
                    );
                    html! {
                        <section class="slide slide-story" data-testid={testid} aria-labelledby="slide-h">
                            { head }
                            <h2 id="slide-h" class="slide-heading">{ lang.t(PresentMsg::SlideStory) }</h2>
                            <div class="narrative" data-testid="narrative" title={lang.t(PresentMsg::NarrativeTip)}>
                                { for sentences.iter().map(|t| html! { <p>{ t }</p> }) }
                            </div>
                            <p class="slide-note">{ note }</p>
                        </section>
                    }
                }
                // `slides` gives the levers their own pages (`Slide::Levers`); all on one here.
                SlideKind::Levers => levers_slide(props, item, 0, 1),
                SlideKind::Headline => html! {
                    <section class="slide slide-headline" data-testid={testid} aria-labelledby="slide-h">
                        { head }
                        <h2 id="slide-h" class="slide-heading">{ lang.t(PresentMsg::SlideHeadline) }</h2>
                        <div class="headline-figures">
                            { for tiles(&props.dataset).iter().map(|tile| html! {
                                <HeadlineFigure
                                    {lang}
                                    dataset={props.dataset.clone()}
                                    tile={*tile}
                                    outcome={Some(outcome.clone())}
                                />
                            }) }
                        </div>
                    </section>
                },
                SlideKind::Villages | SlideKind::Communes => {
                    let chart = if kind == SlideKind::Villages {
                        ChartKind::Villages
                    } else {
                        ChartKind::Communes
                    };
                    // Beside the default scenario, unless it is the default scenario.
                    let baseline = props
                        .baseline
                        .clone()
                        .filter(|_| *s.scenario != *props.defaults);
                    html! {
                        <section class="slide slide-chart" data-testid={testid}>
                            { head }
                            <ChartSlide
                                {lang}
                                dataset={props.dataset.clone()}
                                {results}
                                {baseline}
                                kind={chart}
                                name={s.name.text(lang)}
                            />
                        </section>
                    }
                }
                SlideKind::Blockers => html! {
                    <section class="slide slide-blockers" data-testid={testid} aria-labelledby="slide-h">
                        { head }
                        <h2 id="slide-h" class="slide-heading">{ lang.t(PresentMsg::SlideBlockers) }</h2>
                        { blockers_view(&props.dataset, &results, lang) }
                    </section>
                },
            }
        }
    }
}

/// What the title slide's "và 4 thay đổi khác" and "Thiết lập riêng: 1 huyện" leave out, for
/// the leader who asks which district and how much: page `page` of `pages` of the scenario's
/// levers table against the defaults. It needs no results, so it does not wait for them.
fn levers_slide(props: &SlideViewProps, item: usize, page: usize, pages: usize) -> Html {
    let lang = props.lang;
    let Some(s) = props.items.get(item) else {
        return Html::default();
    };
    let (_, head) = scenario_head(lang, item, props.items.len(), s);
    html! {
        <section class="slide slide-levers-all" data-testid="slide-levers" data-page={page.to_string()} aria-labelledby="slide-h">
            { head }
            <h2 id="slide-h" class="slide-heading">
                { lang.t(ReportMsg::SectionLevers) }
                if pages > 1 {
                    { " " }
                    <span class="slide-page">{ lang.fill(PresentMsg::SummaryPage, &[("page", &(page + 1).to_string()), ("pages", &pages.to_string())]) }</span>
                }
            </h2>
            { against_defaults(lang, &props.dataset, &props.defaults, &s.scenario, "slide-h", "slide-lever-table", Some((page, pages))) }
        </section>
    }
}

/// A scenario's first slide: its name and what it does (its money in tỷ đồng, its rule, its
/// training, how much differs from the defaults, how many districts and communes have their
/// own settings (the changes list names only the first three), assumptions included:
/// uncertainty turned off went unsaid beside figures that then have no range). What it
/// achieves is the next slides'.
fn title_slide(props: &SlideViewProps, s: &Shown, kicker: &str) -> Html {
    let lang = props.lang;
    let about: Vec<String> = scenario_summary(&s.scenario, &props.defaults, &props.dataset, lang)
        .into_iter()
        .filter(|l| {
            matches!(
                l.topic,
                Topic::Budget
                    | Topic::Rule
                    | Topic::Training
                    | Topic::Changed
                    | Topic::Units
                    | Topic::Assumptions
                    | Topic::Until
            )
        })
        .map(|l| l.text)
        .collect();
    html! {
        <section class="slide slide-title" data-testid="slide-title" aria-labelledby="slide-h">
            <p class="slide-kicker">{ kicker }</p>
            <h2 id="slide-h" class="slide-scenario">{ name_html(&s.name, lang) }</h2>
            <ul class="slide-levers" data-testid="slide-scenario">
                { for about.iter().map(|t| html! { <li>{ t }</li> }) }
            </ul>
        </section>
    }
}

/// "Kịch bản i/n" and the kicker above a scenario's slide (the kicker with its name).
fn scenario_head(lang: Lang, item: usize, n: usize, s: &Shown) -> (String, Html) {
    let kicker = lang.fill(
        PresentMsg::ScenarioOf,
        &[("i", &(item + 1).to_string()), ("n", &n.to_string())],
    );
    let head = html! {
        <p class="slide-kicker">
            <span>{ kicker.clone() }</span>{ " · " }{ name_html(&s.name, lang) }
        </p>
    };
    (kicker, head)
}

/// A slide whose scenario has no results yet.
fn waiting_slide(lang: Lang, head: Html, testid: String) -> Html {
    html! {
        <section class="slide" data-testid={testid}>
            { head }
            <p class="slide-waiting">{ lang.t(PresentMsg::WaitingSlide) }</p>
        </section>
    }
}

/// The criteria holding back the most communes (bars scaled to the communes still short),
/// and the village criteria met least.
fn blockers_view(ds: &Dataset, r: &Results, lang: Lang) -> Html {
    let year = narrative_year(ds, r).unwrap_or_else(|| target_year(ds));
    let Some(b) = blockers(ds, r, year) else {
        return Html::default();
    };
    let lead = lang.fill(
        if b.short == 1 {
            PresentMsg::BlockersLeadOne
        } else {
            PresentMsg::BlockersLead
        },
        &[
            ("year", &year.to_string()),
            ("short", &lang.number(b.short as f64, 0)),
            ("candidates", &lang.number(b.candidates as f64, 0)),
            (
                "recognised",
                &if b.recognised > 0 {
                    lang.fill(
                        PresentMsg::BlockersRecognised,
                        &[("n", &lang.number(b.recognised as f64, 0))],
                    )
                } else {
                    String::new()
                },
            ),
        ],
    );
    let villages: Vec<Html> = r
        .year_index(year)
        .and_then(|yi| r.village_criteria_rates.get(yi))
        .map(|rates| {
            let set = ds.village_set();
            let mut order: Vec<usize> = (0..rates.len().min(set.len())).collect();
            order.sort_by(|&a, &b| rates[a].total_cmp(&rates[b]).then(a.cmp(&b)));
            order
                .into_iter()
                .take(3)
                .map(|i| {
                    let c = &set.criteria[i];
                    html! {
                        <li>
                            <strong>{ lang.pick(&c.name_vi, &c.name_en) }</strong>{ ": " }
                            { lang.fill(PresentMsg::VillagesMet, &[("pct", &lang.percent(rates[i], 0))]) }
                        </li>
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let most = b.criteria.first().map_or(1, |c| c.communes).max(1);
    html! {
        <div class="blockers">
          <div class="blockers-grid">
           <div>
            if b.short == 0 {
                <p class="slide-lead">{ lang.t(PresentMsg::BlockersAllClear) }</p>
            } else if b.criteria.is_empty() {
                <p class="slide-lead">{ lang.t(PresentMsg::BlockersNone) }</p>
            } else {
                <p class="slide-lead">{ lead }</p>
                // Named as the other slides' tables are (a screen reader met a nameless one).
                <table class="blockers-table" data-testid="blockers-table" aria-label={lang.t(PresentMsg::SlideBlockers)}>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(PresentMsg::BlockersCriterion) }</th>
                            <th scope="col">{ lang.t(PresentMsg::BlockersCount) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for b.criteria.iter().take(6).map(|c| {
                            // The longest bar takes 80% of the cell, leaving room for its count;
                            // the others in proportion (a cap on the width would break that).
                            let width = format!("width: {:.1}%", 80.0 * c.communes as f64 / most as f64);
                            html! {
                                <tr>
                                    <th scope="row">{ lang.pick(&c.name_vi, &c.name_en) }</th>
                                    <td>
                                        <span class="blocker-cell">
                                            <span class="blocker-bar" style={width} aria-hidden="true"></span>
                                            <span class="blocker-count">{ lang.number(c.communes as f64, 0) }</span>
                                        </span>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
           </div>
            if !villages.is_empty() {
                <aside class="blockers-aside">
                    <p class="slide-sub">{ lang.fill(PresentMsg::VillagesLowest, &[("year", &year.to_string())]) }</p>
                    <ul class="blockers-villages">{ for villages }</ul>
                </aside>
            }
          </div>
            <p class="slide-note">{ lang.t(PresentMsg::BlockersSource) }</p>
        </div>
    }
}

#[derive(Properties)]
struct ChartSlideProps {
    lang: Lang,
    dataset: Rc<Dataset>,
    results: Rc<Results>,
    baseline: Option<Rc<Results>>,
    kind: ChartKind,
    /// The scenario's name: the legend says it instead of "current scenario".
    name: AttrValue,
}

impl PartialEq for ChartSlideProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same(&self.results, &other.results)
            && crate::components::same_opt(&self.baseline, &other.baseline)
            && self.kind == other.kind
            && self.name == other.name
    }
}

/// One of the charts panel's charts, built once per slide (a new spec redraws the canvas).
#[component]
fn ChartSlide(props: &ChartSlideProps) -> Html {
    let spec = use_memo(
        (
            props.lang,
            ByPtr(props.results.clone()),
            props.baseline.clone().map(ByPtr),
            props.kind,
            ByPtr(props.dataset.clone()),
            props.name.clone(),
        ),
        |(lang, results, baseline, kind, dataset, name)| {
            let mut spec = build(
                *kind,
                Inputs {
                    dataset: &dataset.0,
                    results: &results.0,
                    baseline: baseline.as_ref().map(|b| b.0.as_ref()),
                    year: target_year(&dataset.0),
                    lang: *lang,
                },
            );
            // On a slide the scenario has a name: the legend and table say it, not "current".
            name_scenario(&mut spec, name, *lang);
            // The slide's own description: its scenario's name, the baseline only when drawn,
            // and no "Show the numbers" button (the slide has none; its table follows).
            let aria = match kind {
                ChartKind::Villages => PresentMsg::SlideAriaVillages,
                _ => PresentMsg::SlideAriaCommunes,
            };
            let baseline_part = if baseline.is_some() {
                lang.t(PresentMsg::SlideAriaBaseline)
            } else {
                ""
            };
            spec.aria_label = lang.fill(aria, &[("name", name), ("baseline", baseline_part)]);
            Rc::new(spec)
        },
    );
    html! {
        <ChartFigure
            spec={(*spec).clone()}
            id="slide-chart"
            show_table={false}
            on_toggle_table={Callback::noop()}
            table_for_readers={true}
            heading_is_title={true}
        />
    }
}
