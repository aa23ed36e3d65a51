//! Charts: each a plotters drawing on a `<canvas>` sized for the device's pixel ratio, with a
//! `<table>` of the same numbers beside it for screen readers and for copying.
//!
//! `canvas` owns the sizing, `draw` the plotters code, `table` the data table; the chart
//! components (`villages`) wire them to props and redraw on data, language or window changes.

mod canvas;
mod draw;
mod table;
mod villages;

pub use table::{BandTable, BandTableProps};
pub use villages::VillagesChart;
