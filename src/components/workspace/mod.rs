//! The workspace: two panes side by side on a laptop or a projector, stacked on a tablet.
//! Left, the scenario ("Đòn bẩy chính sách" | "Giả định"); right, the results ("Biểu đồ" |
//! "Tiêu chí"), with the year they show and the commune detail panel.
//!
//! The charts (`components::charts`), the criteria matrix and the commune detail
//! (`components::criteria`) are their own areas; `app.rs` puts them in the panes.

mod tabs;

pub use tabs::{TabBar, TabBarProps};
