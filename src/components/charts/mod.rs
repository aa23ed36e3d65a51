//! Charts: each a plotters drawing on a `<canvas>` sized for the device's pixel ratio, with a
//! `<table>` of the same numbers one click away for screen readers and for copying.
//!
//! [`ChartsPanel`] is the panel the workspace shows: a chart picker and the chosen chart.
//! `model` turns results into a [`ChartSpec`] (texts, legend, numbers, table: pure, no DOM);
//! `plot` draws a spec with plotters; `figure` puts one chart on the page and redraws it;
//! `export` draws a spec again at 2× into a PNG; `palette` holds the colour-blind-safe colours;
//! `canvas` sizes a canvas's backing store to CSS size × `devicePixelRatio`.

mod canvas;
mod data_table;
mod export;
mod figure;
mod kind;
mod model;
mod palette;
mod panel;
mod plot;

pub use data_table::data_table;
pub use export::{render_png, ExportedPng, EXPORT_SCALE};
pub use kind::ChartKind;
pub use model::{build, name_scenario, village_chart_targets, ChartSpec, Inputs, Plot};
pub use palette::{BASELINE, BUDGET, CURRENT, HIGHLIGHT, SECONDARY, TARGET, WHITE};
pub use panel::{ChartsPanel, ChartsPanelProps};
// Issue 5: the comparison builds its own overlaid specs and shows them, and the presentation
// and the report show single charts, with the same figure, plot and palette.
pub use figure::{ByPtr, ChartFigure, ChartFigureProps};
pub use model::{
    BandArea, LegendItem, LegendKey, Line, LineStyle, Marker, Shape, StartMark, TableModel,
    TableRow, TargetMark, YearlyPlot, START_MARKER, TARGET_MARKER,
};
pub use palette::{BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE};
