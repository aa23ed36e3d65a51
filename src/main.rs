//! NTM Planner web app entry point (placeholder).
fn main() {}
