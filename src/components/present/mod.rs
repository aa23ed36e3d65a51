//! Presentation mode: the storyboard screen where the planner picks saved scenarios and
//! their order (`storyboard`), and the full-screen presentation itself (`show`), stepped with
//! the keyboard or on-screen buttons through each scenario's slides (`slides`): its name with
//! the generated narrative, the headline with targets, the villages and communes charts, and
//! what blocks the rest, then a slide for each district the scenario singles out
//! (`district_slide`). Read-only by construction: the presentation replaces the page (no
//! lever is on screen) and the reducer refuses every change while it runs; slides show the
//! stage's cached results with every run done.

mod district_slide;
mod show;
mod slides;
mod storyboard;

pub use district_slide::DistrictSlide;
pub use show::{Presentation, PresentationProps};
pub use storyboard::{StoryboardView, StoryboardViewProps};
