//! Where files come in: a "pick" button over a hidden file input, and a box the files can be
//! dropped on (without it the browser would open a dropped file in place of the app). Used
//! by the scenario import (one file) and the province's data (several).

use web_sys::{File, FileList, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// The files picked or dropped (never empty).
    pub on_files: Callback<Vec<File>>,
    #[prop_or_default]
    pub multiple: bool,
    /// The input's `accept`.
    pub accept: AttrValue,
    pub pick_label: AttrValue,
    pub drop_label: AttrValue,
    /// Test ids of the box, the button and the input.
    pub testids: [&'static str; 3],
}

fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let picker = use_node_ref();
    let over = use_state_eq(|| false);
    let emit = {
        let on_files = props.on_files.clone();
        move |files: Vec<File>| {
            if !files.is_empty() {
                on_files.emit(files);
            }
        }
    };
    let on_pick = {
        let picker = picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = picker.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_change = {
        let emit = emit.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            emit(files_of(input.files()));
            // Picking the same files again must fire "change" again.
            input.set_value("");
        })
    };
    let on_dragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let on_dragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let on_drop = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser would open the file in place of the app.
            e.prevent_default();
            over.set(false);
            emit(files_of(e.data_transfer().and_then(|d| d.files())));
        })
    };
    let [zone, button, input] = props.testids;
    html! {
        <div
            class={classes!("drop-zone", (*over).then_some("is-over"))}
            data-testid={zone}
            ondragover={on_dragover}
            ondragleave={on_dragleave}
            ondrop={on_drop}
        >
            <button type="button" class="button" data-testid={button} onclick={on_pick}>
                { &props.pick_label }
            </button>
            <span>{ &props.drop_label }</span>
            <input
                type="file"
                ref={picker}
                hidden=true
                multiple={props.multiple}
                data-testid={input}
                accept={props.accept.clone()}
                onchange={on_change}
            />
        </div>
    }
}
