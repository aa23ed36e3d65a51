//! The villages chart: villages meeting the standard per year, median line and P10–P90 band,
//! with its data table. Redrawn when the outcome or the language changes, and when the
//! window is resized or zoomed (the CSS size or `devicePixelRatio` may have changed).

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::canvas::fit_to_device_pixels;
use super::draw::{yearly_band, YearlyBand};
use super::BandTable;
use crate::i18n::{Lang, Msg};
use crate::simulation::Outcome;

#[derive(Properties, PartialEq)]
pub struct VillagesChartProps {
    pub lang: Lang,
    /// `None` until the first run finishes: nothing is drawn.
    pub outcome: Option<Rc<Outcome>>,
    /// The chart shows an older scenario; a new run is on its way.
    #[prop_or_default]
    pub computing: bool,
}

/// Counts window resizes; a new count re-runs the drawing effect.
#[derive(Default, PartialEq)]
struct Resizes(u32);

impl Reducible for Resizes {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Resizes(self.0.wrapping_add(1)))
    }
}

#[component]
pub fn VillagesChart(props: &VillagesChartProps) -> Html {
    let lang = props.lang;
    let canvas_ref = use_node_ref();
    let resizes = use_reducer(Resizes::default);

    {
        let dispatcher = resizes.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                dispatcher.dispatch(());
            });
            move || drop(listener)
        });
    }

    {
        let canvas_ref = canvas_ref.clone();
        let deps = (props.outcome.clone(), lang, resizes.0);
        use_effect_with(deps, move |(outcome, lang, _)| {
            let (Some(canvas), Some(outcome)) = (canvas_ref.cast::<HtmlCanvasElement>(), outcome)
            else {
                return;
            };
            let Some(dpr) = fit_to_device_pixels(&canvas) else {
                return;
            };
            let data = YearlyBand {
                years: &outcome.results.years,
                band: &outcome.results.series.villages_standard,
                y_axis: Msg::AxisVillages,
            };
            match yearly_band(canvas.clone(), &data, *lang, dpr) {
                // A hook for tests: which generation the pixels show.
                Ok(()) => {
                    let _ =
                        canvas.set_attribute("data-generation", &outcome.generation.to_string());
                }
                Err(e) => gloo::console::error!(format!("villages chart: {e}")),
            }
        });
    }

    let (years, band) = match &props.outcome {
        Some(o) => (
            o.results.years.clone(),
            o.results.series.villages_standard.clone(),
        ),
        None => Default::default(),
    };
    html! {
        <section
            class={classes!("chart", "panel", props.computing.then_some("is-stale"))}
            aria-labelledby="chart-villages-heading"
            aria-busy={props.computing.to_string()}
        >
            <h2 id="chart-villages-heading">{ lang.t(Msg::ChartVillagesHeading) }</h2>
            <ul class="chart-legend" aria-hidden="true">
                <li><span class="swatch swatch-median"></span>{ lang.t(Msg::ChartLegendMedian) }</li>
                <li><span class="swatch swatch-band"></span>{ lang.t(Msg::ChartLegendBand) }</li>
            </ul>
            <canvas
                ref={canvas_ref}
                class="chart-canvas"
                role="img"
                aria-label={lang.t(Msg::ChartVillagesAria)}
                data-testid="chart-villages"
            >
                { lang.t(Msg::ChartVillagesAria) }
            </canvas>
            <BandTable
                {lang}
                testid="chart-villages-table"
                caption={lang.t(Msg::TableVillagesCaption)}
                {years}
                {band}
            />
        </section>
    }
}
