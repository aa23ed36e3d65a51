//! The workspace: two panes side by side on a laptop or a projector, stacked on a tablet.
//! Left, the scenario ("Đòn bẩy chính sách" | "Giả định"); right, the results ("Biểu đồ" |
//! "Tiêu chí"), with the year they show and the commune detail panel.
//!
//! The charts, the criteria matrix and the commune detail are built in parallel as their own
//! components; until they land, `placeholders` marks where each goes (see `INTEGRATE:`).

mod placeholders;
mod tabs;

pub use placeholders::{ChartsPlaceholder, CommuneDetailPlaceholder, CriteriaPlaceholder};
pub use tabs::{TabBar, TabBarProps};
