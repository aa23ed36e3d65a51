//! The screen's parts, one folder per area a newcomer can point at: `header/` (title and
//! language toggle), `notice/` (banners), `headline/` (the key figures and targets),
//! `workspace/` (the two panes, their tabs, placeholders), `levers/` (what the planner
//! changes), `assumptions/` (what the model assumes), `charts/` (plots and their data tables),
//! `controls/` (the lever controls everything is built from). Components take plain props and
//! `on_<verb>` callbacks; none of them reads or writes the page state directly.

pub mod assumptions;
pub mod charts;
pub mod controls;
pub mod header;
pub mod headline;
pub mod levers;
pub mod notice;
pub mod workspace;
