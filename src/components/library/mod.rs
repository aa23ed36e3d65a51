//! The scenarios dialog ("Kịch bản"): the planner's saved scenarios (save the one on screen,
//! open, overwrite, rename, duplicate, export, delete), the dataset's ready-made scenarios
//! (open, or add to the library), and scenario files (export the one on screen, import one).
//!
//! Every change goes out as a `LibraryAction` through `on_library`, or as a scenario to put
//! on screen through `on_load` (a file's, with its name, through `on_open_file`); the page's
//! reducer decides, its effect stores the library. The
//! library's problems are shown here too (`LibraryNotice`), and on the page.

mod files;
mod item;
mod notice;
mod presets;
mod saved;
mod set_aside;

use std::rc::Rc;

use ntm_model::{Dataset, Scenario};
use yew::prelude::*;

pub use files::{FilePanel, FilePanelProps};
pub use item::{SavedItem, SavedItemProps};
pub use notice::{problem_text, refused_text, LibraryNotice, LibraryNoticeProps};
pub use presets::{PresetList, PresetListProps};
pub use saved::{SavedList, SavedListProps};

use crate::components::modal::Modal;
use crate::components::same;
use crate::components::workspace::TabBar;
use crate::i18n::{Lang, LibraryMsg, ShareMsg};
use crate::library::{Library, LibraryError};
use crate::sharing::summary::{scenario_summary, Topic};
use crate::state::LibraryAction;
use crate::storage::library::LibraryProblem;

/// The browser's clock, as the library stores it (ISO 8601, UTC).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A few lines saying what `sc` is, for a list: its money, its rule, how much it differs.
pub fn key_levers(
    sc: &Scenario,
    defaults: &Scenario,
    ds: &Dataset,
    lang: Lang,
    topics: &[Topic],
) -> Vec<String> {
    scenario_summary(sc, defaults, ds, lang)
        .into_iter()
        .filter(|l| topics.contains(&l.topic))
        .map(|l| l.text)
        .collect()
}

/// What every tab of the dialog reads and sends, handed down as one value.
#[derive(Clone)]
pub struct LibraryCtx {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub defaults: Rc<Scenario>,
    /// The scenario on screen.
    pub scenario: Rc<Scenario>,
    pub library: Rc<Library>,
    /// The stored library must not be written: nothing is saved.
    pub locked: bool,
    /// Why: another tab left it unreadable (else a newer version wrote it).
    pub unreadable: bool,
    /// Sets aside the library another tab left unreadable and writes this page's list.
    pub on_keep: Callback<()>,
    pub on_library: Callback<LibraryAction>,
    /// The name the link that opened the scenario on screen gave it: the save form starts
    /// with it.
    pub link_name: Option<AttrValue>,
}

impl PartialEq for LibraryCtx {
    /// The dataset, defaults and library are shared, so the same `Rc` means the same value;
    /// the scenario on screen is compared by value.
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && same(&self.defaults, &other.defaults)
            && self.scenario == other.scenario
            && same(&self.library, &other.library)
            && self.locked == other.locked
            && self.unreadable == other.unreadable
            && self.on_keep == other.on_keep
            && self.on_library == other.on_library
            && self.link_name == other.link_name
    }
}

/// What the library dialog shows and sends.
#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    pub ctx: LibraryCtx,
    #[prop_or_default]
    pub problem: Option<LibraryProblem>,
    #[prop_or_default]
    pub refused: Option<LibraryError>,
    /// Puts a ready-made scenario on screen.
    pub on_load: Callback<Scenario>,
    /// Puts a file's scenario on screen, with the file's name for it.
    pub on_open_file: Callback<(Scenario, String)>,
    pub on_dismiss_notice: Callback<()>,
    /// The planner is done here (a scenario was opened): the dialog closes.
    #[prop_or_default]
    pub on_close: Callback<()>,
    /// Which tab opens first (0 saved, 1 ready-made, 2 files).
    #[prop_or_default]
    pub tab: usize,
}

/// The dialog's content: the library's notice, three tabs and the chosen one.
#[component]
pub fn LibraryPanel(props: &LibraryPanelProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let tab = use_state_eq(|| props.tab.min(2));
    let on_select = {
        let tab = tab.clone();
        Callback::from(move |i: usize| tab.set(i.min(2)))
    };
    // Opening a scenario puts it on screen and closes the dialog.
    let on_open = {
        let on_library = ctx.on_library.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |action: LibraryAction| {
            on_library.emit(action);
            on_close.emit(());
        })
    };
    let on_load = {
        let on_load = props.on_load.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |sc: Scenario| {
            on_load.emit(sc);
            on_close.emit(());
        })
    };
    let on_open_file = {
        let on_open_file = props.on_open_file.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |opened: (Scenario, String)| {
            on_open_file.emit(opened);
            on_close.emit(());
        })
    };
    let tabs = vec![
        (
            AttrValue::from("lib-tab-saved"),
            AttrValue::from(lang.fill(
                LibraryMsg::TabSaved,
                &[("n", &lang.number(ctx.library.items.len() as f64, 0))],
            )),
        ),
        (
            AttrValue::from("lib-tab-presets"),
            AttrValue::from(lang.t(LibraryMsg::TabPresets)),
        ),
        (
            AttrValue::from("lib-tab-files"),
            AttrValue::from(lang.t(LibraryMsg::TabFiles)),
        ),
    ];
    let (panel_id, labelled_by) = match *tab {
        0 => ("lib-tab-saved-panel", "lib-tab-saved"),
        1 => ("lib-tab-presets-panel", "lib-tab-presets"),
        _ => ("lib-tab-files-panel", "lib-tab-files"),
    };
    html! {
        <div class="library" data-testid="library-panel">
            <LibraryNotice
                {lang}
                problem={props.problem.clone()}
                refused={props.refused}
                on_dismiss={props.on_dismiss_notice.clone()}
                on_keep={ctx.on_keep.clone()}
            />
            if ctx.locked {
                <p class="library-locked" data-testid="library-locked">
                    { lang.t(if ctx.unreadable { LibraryMsg::LockedUnreadable } else { LibraryMsg::Locked }) }
                </p>
            }
            <TabBar label={lang.t(LibraryMsg::TabsLabel)} {tabs} selected={*tab} {on_select} />
            <div role="tabpanel" id={panel_id} aria-labelledby={labelled_by} class="library-tab">
                {
                    match *tab {
                        0 => html! {
                            <SavedList
                                ctx={ctx.clone()}
                                refused={props.refused}
                                not_written={matches!(props.problem, Some(LibraryProblem::CannotSave))}
                                on_open={on_open}
                            />
                        },
                        1 => html! {
                            <PresetList
                                ctx={ctx.clone()}
                                on_load={on_load}
                            />
                        },
                        _ => html! {
                            <FilePanel
                                ctx={ctx.clone()}
                                on_open={on_open_file}
                            />
                        },
                    }
                }
            </div>
        </div>
    }
}

/// The header's "Kịch bản" button and, while open, its dialog. Props as [`LibraryPanel`].
#[component]
pub fn LibraryButton(props: &LibraryPanelProps) -> Html {
    let lang = props.ctx.lang;
    let open = use_state_eq(|| false);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    let on_close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    html! {
        <>
            <button
                type="button"
                class="header-button"
                data-testid="library-open"
                title={lang.t(LibraryMsg::ButtonTip)}
                aria-haspopup="dialog"
                {onclick}
            >
                <span aria-hidden="true">{ "☰ " }</span>{ lang.t(LibraryMsg::Button) }
            </button>
            if *open {
                <Modal
                    id="library"
                    testid="library-dialog"
                    class="library-dialog"
                    title={lang.t(LibraryMsg::Title)}
                    close_label={lang.t(ShareMsg::Close)}
                    on_close={on_close.clone()}
                >
                    <LibraryPanel
                        ctx={props.ctx.clone()}
                        problem={props.problem.clone()}
                        refused={props.refused}
                        on_load={props.on_load.clone()}
                        on_open_file={props.on_open_file.clone()}
                        on_dismiss_notice={props.on_dismiss_notice.clone()}
                        {on_close}
                        tab={props.tab}
                    />
                </Modal>
            }
        </>
    }
}
