//! Entry point. On wasm32 it mounts the app into `#app`; natively it is an empty `main`, so
//! native builds (`cargo test --workspace`, clippy) never compile yew.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Panics show a readable message in the browser console instead of "unreachable".
    console_error_panic_hook::set_once();
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            // Drop the "loading" text that index.html shows while the wasm downloads.
            root.set_inner_html("");
            yew::Renderer::<ntm_planner::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<ntm_planner::app::App>::new().render();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
