//! PNG export of a chart: the same spec drawn again at twice its on-screen CSS size into an
//! offscreen canvas, on white, with the heading and caption above it and a footer naming the
//! app and the illustrative data, then downloaded as `ntm-<chart>-<year>.png` (the chart named
//! in the page's language: `sharing::file_name::png_file_name`).

use plotters::drawing::IntoDrawingArea;
use plotters::element::Text;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::TextStyle;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, HtmlAnchorElement, HtmlCanvasElement, Url};

use super::model::ChartSpec;
use super::palette::{INK, INK_SOFT, WHITE};
use super::plot::{self, Area, DrawError, Frame};
use crate::i18n::ChartMsg;

/// Device pixels per CSS pixel of the exported image: sharp in a slide or a printed report.
pub const EXPORT_SCALE: f64 = 2.0;

/// An exported chart, ready to download.
pub struct ExportedPng {
    pub canvas: HtmlCanvasElement,
    pub file_name: String,
    /// Device pixels of the chart itself (2 × its CSS size), below the heading block.
    pub chart_size: (u32, u32),
}

/// Draws `spec` as a chart `css_width` × `css_height` CSS pixels at [`EXPORT_SCALE`] into a new
/// canvas that is never attached to the page. `scenario` names the scenario it shows, in the
/// footer and the file name: an image pasted into a slide deck keeps it (the legend says only
/// "the current scenario").
pub fn render_png(
    spec: &ChartSpec,
    css_width: f64,
    css_height: f64,
    scenario: Option<&str>,
    illustrative: bool,
) -> Result<ExportedPng, DrawError> {
    let frame = Frame::new(css_width, EXPORT_SCALE, spec.lang);
    let width = frame.px(css_width).round().max(1.0) as u32;
    let chart_height = frame.px(css_height).round().max(1.0) as u32;
    let pad = frame.pxi(16.0);

    // The heading block: the title, then the caption wrapped to the width.
    let title_style = frame.bold(1.35, INK);
    let caption_style = frame.text(0.95, INK_SOFT);
    let footer_style = frame.text(0.8, INK_SOFT);
    let caption_lines = wrap(&spec.caption, &caption_style, width as i32 - 2 * pad);
    let title_height = frame.pxi(frame.font * 1.35 * 1.4);
    let line_height = frame.pxi(frame.font * 0.95 * 1.4);
    let header = pad + title_height + line_height * caption_lines.len() as i32 + frame.pxi(8.0);
    // The footer wraps like the caption: a long scenario name and the illustrative-data note
    // ran past the image's right edge on one line.
    let about = spec
        .lang
        .about_data(spec.lang.t(ChartMsg::ExportFooter), illustrative);
    let footer_text = match scenario {
        Some(name) => format!(
            "{} · {about}",
            spec.lang.fill(ChartMsg::ExportScenario, &[("name", name)]),
        ),
        None => about,
    };
    let footer_lines = wrap(&footer_text, &footer_style, width as i32 - 2 * pad);
    let footer_line = frame.pxi(frame.font * 0.8 * 1.4);
    let footer = footer_line * footer_lines.len() as i32 + frame.pxi(frame.font * 0.8 * 0.8);
    let height = header as u32 + chart_height + footer as u32;

    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| DrawError("not a canvas".into()))?;
    canvas.set_width(width);
    canvas.set_height(height);
    let root: Area = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| DrawError("the canvas has no 2D context".into()))?
        .into_drawing_area();
    // A PNG from a canvas is transparent where nothing was drawn: paint it white first.
    root.fill(&WHITE)?;
    root.draw(&Text::new(
        spec.heading.clone(),
        (pad, pad),
        title_style.pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    for (i, line) in caption_lines.iter().enumerate() {
        root.draw(&Text::new(
            line.clone(),
            (pad, pad + title_height + line_height * i as i32),
            caption_style.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }

    let (_, rest) = root.split_vertically(header);
    let (chart, bottom) = rest.split_vertically(chart_height);
    // The chart keeps its on-screen proportions, inset to line up with the title.
    plot::draw(&chart.margin(0, 0, pad, pad), spec, &frame)?;
    let top = frame.pxi(frame.font * 0.8 * 0.4);
    for (i, line) in footer_lines.iter().enumerate() {
        bottom.draw(&Text::new(
            line.clone(),
            (pad, top + footer_line * i as i32),
            footer_style.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    root.present()?;

    Ok(ExportedPng {
        canvas,
        file_name: crate::sharing::file_name::with_scenario(&spec.file_name, scenario),
        chart_size: (width, chart_height),
    })
}

/// Starts the download of `png` (a blob URL on a temporary link, released a minute later).
pub fn download(png: &ExportedPng) -> Result<(), DrawError> {
    let name = png.file_name.clone();
    let on_blob = Closure::once_into_js(move |blob: JsValue| {
        let Ok(blob) = blob.dyn_into::<Blob>() else {
            gloo::console::error!("PNG export: the canvas gave no image");
            return;
        };
        if let Err(e) = click_link(&blob, &name) {
            gloo::console::error!(format!("PNG export: {e}"));
        }
    });
    png.canvas
        .to_blob_with_type(on_blob.unchecked_ref(), "image/png")
        .map_err(js_error)
}

fn click_link(blob: &Blob, name: &str) -> Result<(), DrawError> {
    let url = Url::create_object_url_with_blob(blob).map_err(js_error)?;
    let link: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| DrawError("not a link".into()))?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser reads the blob after this handler returns: release it later, not now.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// `text` broken into lines no wider than `max` device pixels, at spaces.
fn wrap(text: &str, style: &TextStyle<'_>, max: i32) -> Vec<String> {
    let fits = |s: &str| plot::measure(s, style) <= f64::from(max);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || fits(&candidate) {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn js_error(e: JsValue) -> DrawError {
    DrawError(e.as_string().unwrap_or_else(|| format!("{e:?}")))
}
