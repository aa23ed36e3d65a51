//! The printable report of the current scenario: an A4 portrait document with the title,
//! the dataset note (illustrative data), the date, the generated narrative, the headline with
//! targets, the villages and communes charts (drawn again at 2× into images by the charts'
//! PNG export, so they print sharp), the money by source and year (a table), the levers changed from the defaults, and the share link
//! in full with its QR code (`share::QrCode`). On screen it is a preview with a "Print report" button; the
//! print stylesheet (`style/print.css`) prints it alone, without buttons or levers. It waits
//! for every run, so the printed numbers are final.

use std::rc::Rc;

use ntm_model::{Dataset, Results, Scenario};
use yew::prelude::*;

use crate::components::charts::{
    build, data_table, name_scenario, render_png, ByPtr, ChartKind, Inputs, TableModel,
};
use crate::components::compare::district_table::DistrictTable;
use crate::components::compare::lever_table::against_defaults;
use crate::components::compare::{name_html, ByRc};
use crate::components::headline::HeadlineFigure;
use crate::components::present::DistrictSlide;
use crate::components::share::QrCode;
use crate::components::{same, same_opt};
use crate::figures::{target_sources, target_year, tiles};
use crate::i18n::narrative::narrative;
use crate::i18n::{Lang, PresentMsg, ReportMsg};
use crate::simulation::Outcome;
use crate::state::stage::{focus_districts, ScenarioName};
use crate::state::Unlike;

/// The money chart's table: allocated money by source and year, its totals, the plan's total
/// and the training cost, with the period's sums.
fn money_table(ds: &Dataset, results: &Results, lang: Lang) -> TableModel {
    build(
        ChartKind::Spending,
        Inputs {
            dataset: ds,
            results,
            baseline: None,
            year: target_year(ds),
            lang,
        },
    )
    .table
}

/// CSS size of a chart in the report (the A4 text width at 96 px per inch, drawn at 2×): low
/// enough that both charts, with their titles and legends, share one printed page.
const CHART_CSS: (f64, f64) = (720.0, 330.0);

#[derive(Properties)]
pub struct ReportViewProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub name: ScenarioName,
    pub scenario: Rc<Scenario>,
    pub defaults: Rc<Scenario>,
    /// The current scenario's results (`None` or partial while computing).
    pub outcome: Option<Rc<Outcome>>,
    /// The default scenario's results, drawn beside the scenario on the charts.
    pub baseline: Option<Rc<Results>>,
    /// The share link, in full.
    pub link: AttrValue,
    /// Today, as the reader writes dates.
    pub date: AttrValue,
    /// The dataset's note on what is real and what is illustrative.
    pub note: AttrValue,
}

impl PartialEq for ReportViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && self.name == other.name
            && self.scenario == other.scenario
            && same(&self.defaults, &other.defaults)
            && same_opt(&self.outcome, &other.outcome)
            && same_opt(&self.baseline, &other.baseline)
            && self.link == other.link
            && self.date == other.date
            && self.note == other.note
    }
}

/// A chart drawn into an image: its data URL, its accessible description, and the table of
/// its numbers printed under it (a printed page has no "show the table" button).
#[derive(Clone, PartialEq)]
struct ChartImage {
    src: Option<String>,
    alt: String,
    heading: String,
    table: TableModel,
}

#[component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let lang = props.lang;
    let final_results = props
        .outcome
        .as_ref()
        .filter(|o| o.is_final())
        .map(|o| o.results.clone());
    let images = use_state(Vec::<ChartImage>::new);
    {
        let images = images.clone();
        let ds = props.dataset.clone();
        let baseline = props.baseline.clone();
        let is_default = *props.scenario == *props.defaults;
        use_effect_with(
            (
                final_results.clone().map(ByPtr),
                lang,
                props.baseline.clone().map(ByPtr),
                props.name.clone(),
            ),
            move |(results, lang, _, name)| {
                let Some(results) = results else {
                    images.set(Vec::new());
                    return;
                };
                let name = name.text(*lang);
                let drawn = [ChartKind::Villages, ChartKind::Communes].map(|kind| {
                    let mut spec = build(
                        kind,
                        Inputs {
                            dataset: &ds,
                            results: &results.0,
                            baseline: baseline.as_deref().filter(|_| !is_default),
                            year: target_year(&ds),
                            lang: *lang,
                        },
                    );
                    // On paper the scenario has its name, as on a slide: not "Hiện tại".
                    name_scenario(&mut spec, &name, *lang);
                    let src = render_png(
                        &spec,
                        CHART_CSS.0,
                        CHART_CSS.1,
                        None,
                        ds.province.illustrative,
                    )
                    .ok()
                    .and_then(|png| png.canvas.to_data_url().ok());
                    ChartImage {
                        src,
                        alt: format!(
                            "{} {} {}",
                            spec.heading,
                            spec.caption,
                            lang.t(ReportMsg::TableBelow)
                        ),
                        heading: spec.heading,
                        table: spec.table,
                    }
                });
                images.set(drawn.to_vec());
            },
        );
    }
    let on_print = Callback::from(|_: MouseEvent| {
        if let Err(e) = gloo::utils::window().print() {
            gloo::console::error!("print", e);
        }
    });
    let runs = props
        .outcome
        .as_ref()
        .map_or(props.scenario.runs, |o| o.runs_wanted);
    let waiting = props
        .outcome
        .as_ref()
        .map_or((0, runs), |o| (o.runs_done, o.runs_wanted));
    let unlike = Unlike::from_default(&props.defaults, &props.scenario);
    let money = crate::sharing::summary::scenario_summary(
        &props.scenario,
        &props.defaults,
        &props.dataset,
        lang,
    )
    .into_iter()
    .find(|l| l.topic == crate::sharing::summary::Topic::Budget)
    .map(|l| l.text)
    .unwrap_or_default();
    let place = lang.pick(
        &props.dataset.province.name_vi,
        &props.dataset.province.name_en,
    );
    html! {
        <section class="report-screen screen" data-testid="report-screen">
            <div class="report-bar">
                <p class="section-explainer">{ lang.t(ReportMsg::ScreenIntro) }</p>
                <button
                    type="button"
                    class="button button-large"
                    data-testid="report-print"
                    disabled={final_results.is_none()}
                    onclick={on_print}
                >
                    { lang.t(ReportMsg::Print) }
                </button>
            </div>
            <article class="report" data-testid="report" data-final={final_results.is_some().to_string()} aria-labelledby="report-title">
                <header class="report-head">
                    <h1 id="report-title" tabindex="-1">{ lang.t(ReportMsg::Heading) }</h1>
                    <dl class="report-facts">
                        <div><dt>{ lang.t(ReportMsg::Scenario) }</dt><dd data-testid="report-name">{ name_html(&props.name, lang) }</dd></div>
                        <div><dt>{ lang.t(ReportMsg::Place) }</dt><dd translate="no">{ place }</dd></div>
                        <div><dt>{ lang.t(ReportMsg::Date) }</dt><dd data-testid="report-date">{ &props.date }</dd></div>
                        <div><dt>{ lang.t(ReportMsg::Runs) }</dt><dd>{ lang.number(f64::from(runs), 0) }</dd></div>
                        // The money and the training cost, which is not taken from it: a
                        // report of more training must not read as the same money.
                        <div class="report-money">
                            <dt>{ lang.t(ReportMsg::Money) }</dt>
                            <dd data-testid="report-money">
                                { money }
                                // What the comparison's "Vốn phân bổ" row shows, said here too: a
                                // reader found 8.628 in the report and 8.626 there, unexplained.
                                if let Some(r) = &final_results {
                                    { "." }
                                    // On a line of its own (a block), after the budget's.
                                    <span class="report-allocated" data-testid="report-allocated">
                                        { lang.fill(ReportMsg::MoneyAllocated, &[
                                            ("money", &lang.number(r.spending.by_source.iter().flatten().sum::<f64>(), 0)),
                                            ("years", &crate::sharing::summary::money_period(&props.dataset, &r.years, lang)),
                                        ]) }
                                    </span>
                                }
                            </dd>
                        </div>
                    </dl>
                    <p class="report-note" data-testid="report-note">
                        <strong>{ crate::components::data::data_heading(&props.dataset, lang) }</strong>{ " " }{ &props.note }
                    </p>
                    // Why the default's figures are left out (`AppState::against_default`):
                    // said, so a reader does not look for them.
                    if let Some(u) = unlike {
                        <p class="report-note" data-testid="report-unlike">
                            { lang.t(crate::i18n::unlike_default_msg(u)) }
                        </p>
                    }
                </header>
                if let Some(results) = &final_results {
                    <section class="report-section report-summary" aria-labelledby="report-summary-h">
                        <h2 id="report-summary-h">{ lang.t(ReportMsg::SectionSummary) }</h2>
                        <div class="narrative" data-testid="report-narrative" title={lang.t(PresentMsg::NarrativeTip)}>
                            { for narrative(&props.dataset, results, props.baseline.as_deref().filter(|_| *props.scenario != *props.defaults), lang).iter().map(|t| html! { <p>{ t }</p> }) }
                        </div>
                        <p class="report-small">
                            { lang.about_data(&lang.fill(PresentMsg::NarrativeNote, &[("runs", &lang.number(f64::from(results.runs), 0))]), props.dataset.province.illustrative) }
                        </p>
                    </section>
                    <section class="report-section report-headline" aria-labelledby="report-headline-h">
                        <h2 id="report-headline-h">{ lang.t(ReportMsg::SectionHeadline) }</h2>
                        <div class="headline-figures">
                            { for tiles(&props.dataset).iter().map(|tile| html! {
                                <HeadlineFigure
                                    {lang}
                                    dataset={props.dataset.clone()}
                                    tile={*tile}
                                    outcome={props.outcome.clone()}
                                />
                            }) }
                        </div>
                    </section>
                    <section class="report-section report-charts" aria-labelledby="report-charts-h">
                        <h2 id="report-charts-h">{ lang.t(ReportMsg::SectionCharts) }</h2>
                        { for images.iter().enumerate().map(|(i, img)| html! {
                            <figure class="report-chart">
                                if let Some(src) = &img.src {
                                    <img src={src.clone()} alt={img.alt.clone()} data-testid={format!("report-chart-{i}")} />
                                } else {
                                    <figcaption>{ &img.heading }{ ": " }{ lang.t(ReportMsg::ChartFailed) }</figcaption>
                                }
                                { data_table(&img.table, &format!("report-table-{i}"), true) }
                            </figure>
                        }) }
                    </section>
                } else {
                    <p class="report-waiting" role="status" data-testid="report-waiting">
                        { lang.fill(ReportMsg::Waiting, &[
                            ("done", &lang.number(f64::from(waiting.0), 0)),
                            ("total", &lang.number(f64::from(waiting.1), 0)),
                        ]) }
                    </p>
                }
                // After the charts, whose last page has room (the levers start a page).
                <p class="report-small report-sources" data-testid="report-sources">
                    <strong>{ lang.t(ReportMsg::TargetSources) }{ ": " }</strong>
                    { for target_sources(&props.dataset, lang).into_iter().map(|(source, names)| html! {
                        <span class="report-source">{ format!("{source}: {}. ", names.join("; ")) }</span>
                    }) }
                </p>
                <section class="report-section report-levers" aria-labelledby="report-levers-h">
                    <h2 id="report-levers-h">{ lang.t(ReportMsg::SectionLevers) }</h2>
                    { against_defaults(lang, &props.dataset, &props.defaults, &props.scenario, "report-levers-h", "report-levers", None) }
                </section>
                // The money by source and year, as a table only (the People's Committee reads
                // the figures; a third chart would take a page), beside the levers that set it.
                if let Some(results) = &final_results {
                    <section class="report-section report-money" aria-labelledby="report-money-h">
                        <h2 id="report-money-h">{ lang.t(ReportMsg::SectionMoney) }</h2>
                        <div class="report-chart">
                            { data_table(&money_table(&props.dataset, results, lang), "report-table-money", true) }
                        </div>
                    </section>
                }
                // The default beside this scenario, district by district (a district planner's
                // question the province figures hide).
                if let (Some(o), Some(b)) = (props.outcome.as_ref(), props.baseline.as_ref()) {
                    <section class="report-section report-districts" aria-labelledby="report-districts-h" data-testid="report-districts">
                        <h2 id="report-districts-h">{ lang.t(ReportMsg::SectionDistricts) }</h2>
                        <DistrictTable
                            {lang}
                            dataset={props.dataset.clone()}
                            headers={vec![
                                html! { { lang.t(ReportMsg::ColumnDefault) } },
                                html! { { lang.t(ReportMsg::ColumnScenario) } },
                            ]}
                            results={vec![Some(ByRc(b.clone())), Some(ByRc(o.results.clone()))]}
                            reference={lang.t(ReportMsg::ReferenceDefault)}
                            unlike={vec![false, unlike.is_some()]}
                        />
                    </section>
                }
                // Each district the scenario singles out, as its slide shows it: a district
                // planner's report read as the province's only.
                if let Some(o) = props.outcome.as_ref().filter(|o| o.is_final()) {
                    { for focus_districts(&props.defaults, &props.scenario, &props.dataset).into_iter().map(|district| {
                        let id = format!("report-district-{district}-h");
                        let baseline = props.baseline.clone().filter(|_| *props.scenario != *props.defaults);
                        html! {
                            <section class="report-section report-district" aria-labelledby={id.clone()} data-testid="report-district">
                                <DistrictSlide
                                    {lang}
                                    dataset={props.dataset.clone()}
                                    results={o.results.clone()}
                                    scenario={props.scenario.clone()}
                                    {baseline}
                                    {district}
                                    head={Html::default()}
                                    heading_id={id}
                                />
                            </section>
                        }
                    }) }
                }
                <section class="report-section report-link" aria-labelledby="report-link-h">
                    <h2 id="report-link-h">{ lang.t(ReportMsg::SectionLink) }</h2>
                    <div class="report-link-row">
                        <div class="report-link-text">
                            <p class="report-small">{ lang.t(ReportMsg::LinkHint) }</p>
                            <p class="report-url" data-testid="report-link" translate="no">{ &props.link }</p>
                        </div>
                        <div class="report-qr" data-testid="report-qr">
                            <QrCode
                                text={props.link.clone()}
                                label={lang.t(ReportMsg::QrLabel)}
                                too_long={lang.t(ReportMsg::QrTooLong)}
                            />
                        </div>
                    </div>
                    // Inside the last section, which is kept whole on a page: after it, the
                    // footer went to a page of its own when the link and QR code filled the last.
                    <footer class="report-foot">{ lang.about_data(lang.t(ReportMsg::Footer), props.dataset.province.illustrative) }</footer>
                </section>
            </article>
        </section>
    }
}
