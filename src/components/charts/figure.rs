//! One chart on the page: heading, caption, the canvas, a button for the table of its numbers
//! and one for the PNG export. Redrawn when its spec changes (new results, language, year,
//! chart) and when the canvas's CSS box or the device pixel ratio changes.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

use super::canvas::fit_to_device_pixels;
use super::data_table::data_table;
use super::export::{download, render_png};
use super::model::ChartSpec;
use super::plot::{draw_on_canvas, least_plot_height, Frame};
use crate::i18n::ChartMsg;

#[derive(Properties)]
pub struct ChartFigureProps {
    pub spec: Rc<ChartSpec>,
    /// Unique on the page: ids of the heading and table derive from it.
    pub id: AttrValue,
    pub show_table: bool,
    pub on_toggle_table: Callback<()>,
    /// The table is there for screen readers only, with no button (a slide, where the tools
    /// are hidden and the screen is for the picture).
    #[prop_or_default]
    pub table_for_readers: bool,
    /// The scenario's name for the PNG export (its footer and file name); `None` for the
    /// unnamed current scenario.
    #[prop_or_default]
    pub scenario_name: Option<AttrValue>,
    /// Whether the data is illustrative (the export's footer says so, or names the province's
    /// data).
    #[prop_or(true)]
    pub illustrative: bool,
    /// The chart's heading is the title of what holds it (a slide): an `h2`, as every other
    /// slide's title, rather than the workspace's `h3`.
    #[prop_or_default]
    pub heading_is_title: bool,
}

impl PartialEq for ChartFigureProps {
    fn eq(&self, other: &Self) -> bool {
        // A spec is never changed in place: a new one always comes as a new `Rc`.
        Rc::ptr_eq(&self.spec, &other.spec)
            && self.id == other.id
            && self.show_table == other.show_table
            && self.on_toggle_table == other.on_toggle_table
            && self.table_for_readers == other.table_for_readers
            && self.illustrative == other.illustrative
            && self.scenario_name == other.scenario_name
            && self.heading_is_title == other.heading_is_title
    }
}

/// Counts changes of the canvas's size; a new count re-runs the drawing effect.
#[derive(Default, PartialEq)]
struct Resizes(u32);

impl Reducible for Resizes {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Resizes(self.0.wrapping_add(1)))
    }
}

/// How many drawings this page has made: a test hook on the canvas (`data-draws`).
fn next_draw() -> u32 {
    thread_local!(static DRAWS: Cell<u32> = const { Cell::new(0) });
    DRAWS.with(|d| {
        d.set(d.get().wrapping_add(1));
        d.get()
    })
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let spec = &props.spec;
    let lang = spec.lang;
    let slug = spec.kind.slug();
    let canvas_ref = use_node_ref();
    let resizes = use_reducer(Resizes::default);
    // The CSS size and pixel ratio of the last drawing: a resize to the same box is no news.
    let drawn_at = use_memo((), |_| Cell::new((0, 0, 0.0_f64)));
    let export_state = use_state(|| None::<Result<String, ()>>);

    {
        // Watch the canvas box (layout changes, window resizes, zoom) and the window (a move
        // to a screen with another pixel ratio); redraw only when something changed.
        let canvas_ref = canvas_ref.clone();
        let dispatcher = resizes.dispatcher();
        let drawn_at = drawn_at.clone();
        use_effect_with((), move |_| {
            let canvas = canvas_ref.cast::<HtmlCanvasElement>();
            let check = Rc::new(move || {
                let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
                    return;
                };
                // Laid out for paper, a chart's height follows its drawing (print.css): a
                // redraw there fed that height back into the drawing, and a comparison
                // printed from a narrow window grew charts a dozen pages tall.
                if printing() {
                    return;
                }
                let now = (
                    canvas.client_width(),
                    canvas.client_height(),
                    gloo::utils::window().device_pixel_ratio(),
                );
                if now != drawn_at.get() {
                    dispatcher.dispatch(());
                }
            });
            let on_resize = {
                let check = check.clone();
                Closure::<dyn FnMut()>::new(move || check())
            };
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(canvas)) = (&observer, &canvas) {
                observer.observe(canvas);
            }
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| check());
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
                drop(listener);
            }
        });
    }

    {
        let canvas_ref = canvas_ref.clone();
        let drawn_at = drawn_at.clone();
        let deps = (ByPtr(spec.clone()), resizes.0);
        use_effect_with(deps, move |(spec, _)| {
            let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
                return;
            };
            let Some(dpr) = fit_to_device_pixels(&canvas) else {
                return; // Not laid out (hidden): nothing worth drawing.
            };
            let (w, h) = (canvas.client_width(), canvas.client_height());
            drawn_at.set((w, h, dpr));
            let frame = Frame::new(f64::from(w), dpr, spec.0.lang);
            match draw_on_canvas(canvas.clone(), &spec.0, &frame) {
                Ok(legend) => {
                    // The box is at least the legend plus a readable plot: a long legend
                    // makes the chart taller, not its plot flatter. The resize observer
                    // redraws it at the new height (once: the legend is the same there).
                    let least = f64::from(legend) / dpr + least_plot_height(&frame);
                    let _ = canvas
                        .style()
                        .set_property("min-height", &format!("{}px", least.ceil()));
                    let _ = canvas.set_attribute("data-runs", &spec.0.runs.to_string());
                    let _ = canvas.set_attribute("data-draws", &next_draw().to_string());
                }
                Err(e) => gloo::console::error!(format!("chart {}: {e}", spec.0.kind.slug())),
            }
        });
    }

    let on_export = {
        let canvas_ref = canvas_ref.clone();
        let spec = spec.clone();
        let export_state = export_state.clone();
        let scenario_name = props.scenario_name.clone();
        let illustrative = props.illustrative;
        Callback::from(move |_: MouseEvent| {
            let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
                return;
            };
            // The on-screen CSS size; a hidden canvas exports at a 16:9 slide's half size.
            let (w, h) = match (canvas.client_width(), canvas.client_height()) {
                (w, h) if w > 0 && h > 0 => (f64::from(w), f64::from(h)),
                _ => (960.0, 540.0),
            };
            let result =
                render_png(&spec, w, h, scenario_name.as_deref(), illustrative).and_then(|png| {
                    download(&png)?;
                    Ok(format!(
                        "{} {}x{} {}x{}",
                        png.file_name,
                        png.canvas.width(),
                        png.canvas.height(),
                        png.chart_size.0,
                        png.chart_size.1
                    ))
                });
            if let Err(e) = &result {
                gloo::console::error!(format!("PNG export: {e}"));
            }
            export_state.set(Some(result.map_err(|_| ())));
        })
    };
    let on_toggle = props.on_toggle_table.reform(|_: MouseEvent| ());

    let heading_id = format!("{}-heading", props.id);
    let heading_tag = if props.heading_is_title { "h2" } else { "h3" };
    let table_id = format!("{}-table", props.id);
    let last_export = match &*export_state {
        Some(Ok(text)) => Some(AttrValue::from(text.clone())),
        _ => None,
    };
    html! {
        <figure class="chart-figure" aria-labelledby={heading_id.clone()} data-chart={slug}>
            <@{heading_tag} id={heading_id} class="chart-heading" data-testid={format!("chart-{slug}-heading")}>{ &spec.heading }</@>
            <figcaption class="chart-caption" data-testid={format!("chart-{slug}-caption")}>
                { &spec.caption }
            </figcaption>
            <canvas
                ref={canvas_ref}
                class="chart-plot"
                data-chart={slug}
                role="img"
                aria-label={spec.aria_label.clone()}
                data-testid={format!("chart-{slug}")}
            >
                { &spec.aria_label }
            </canvas>
            <div class="chart-tools">
                <button
                    type="button"
                    class="button-quiet"
                    aria-expanded={props.show_table.to_string()}
                    aria-controls={table_id.clone()}
                    onclick={on_toggle}
                    data-testid={format!("chart-{slug}-toggle")}
                >
                    { lang.t(if props.show_table { ChartMsg::HideTable } else { ChartMsg::ShowTable }) }
                </button>
                <button
                    type="button"
                    class="button-quiet"
                    aria-label={lang.fill(ChartMsg::ExportPngFor, &[("chart", &spec.heading)])}
                    onclick={on_export}
                    data-testid={format!("chart-{slug}-export")}
                    data-last-export={last_export}
                >
                    { lang.t(ChartMsg::ExportPng) }
                </button>
                if matches!(*export_state, Some(Err(()))) {
                    <span class="chart-export-error" role="alert">{ lang.t(ChartMsg::ExportFailed) }</span>
                }
            </div>
            <div id={table_id} class={classes!(props.table_for_readers.then_some("visually-hidden"))}>
                if props.show_table || props.table_for_readers {
                    { data_table(&spec.table, &format!("chart-{slug}-table"), !props.table_for_readers) }
                }
            </div>
        </figure>
    }
}

/// Compares by pointer: a spec is immutable once built.
#[derive(Clone)]
pub struct ByPtr<T>(pub Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Whether the page is laid out for print.
fn printing() -> bool {
    gloo::utils::window()
        .match_media("print")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}
