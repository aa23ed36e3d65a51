//! The screen's parts, one folder per area a newcomer can point at: `header/` (title and
//! language toggle), `notice/` (banners), `headline/` (the key figures), `levers/` (what the
//! planner changes), `charts/` (plots and their data tables). Components take plain props
//! and `on_<verb>` callbacks; none of them reads or writes the page state directly.

pub mod charts;
pub mod criteria;
pub mod header;
pub mod headline;
pub mod levers;
pub mod notice;
