//! The data in use: the note on what is real (always on the page), and the province's own
//! data, loaded from files (`dialog`), kept in this browser and switched to and from.
//!
//! [`DataState`] is which dataset the page works on and what else is kept; the root
//! component owns it and mounts a new planner when it changes (each dataset's work is kept
//! under its own storage keys: `storage::dataset`).

mod dialog;

use std::rc::Rc;

use ntm_model::dataset::DatasetProblem;
use ntm_model::Dataset;
use yew::prelude::*;

use crate::components::notice::{bilingual_notice, quote, Frame};
use crate::data_files::{choose, Choice, DataFiles};
use crate::i18n::{DataMsg, Lang, Msg};
use crate::sharing::when::saved_at_text;
use crate::storage::{self, dataset::Stored, LocalStore};
use dialog::DataDialog;

/// A province's own data, read and checked.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Rc<Dataset>,
    /// The files' names, as picked.
    pub names: Vec<String>,
    /// When they were loaded (ISO 8601, UTC).
    pub when: String,
}

/// Why the kept data is not in use.
#[derive(Debug, Clone, PartialEq)]
pub enum DataProblem {
    /// Storage holds something this build cannot read (left as it is).
    Unreadable(String),
    /// Storage holds data a newer version of the app wrote (its version; left as it is).
    Newer(u32),
    /// The kept files no longer pass the checks (a newer build checks more).
    NoLongerLoads(Box<DatasetProblem>),
    /// The browser refused to keep the loaded data: it lives in this page only. With the
    /// time (ISO 8601) of data kept earlier and marked in use, which a reload opens instead
    /// of the default.
    PageOnly(Option<String>),
}

/// Which dataset the page works on, and what else there is.
#[derive(Debug, Clone)]
pub struct DataState {
    embedded: Rc<Dataset>,
    /// The province's own data (kept in this browser, or in this page only).
    pub loaded: Option<Rc<Loaded>>,
    /// True when the page works on `loaded`.
    pub using_loaded: bool,
    pub problem: Option<DataProblem>,
}

/// By identity: the planner compares its props on every render (each lever move), and a
/// derived comparison walked every commune and village of both datasets each time.
impl PartialEq for DataState {
    fn eq(&self, other: &Self) -> bool {
        crate::components::same(&self.embedded, &other.embedded)
            && crate::components::same_opt(&self.loaded, &other.loaded)
            && self.using_loaded == other.using_loaded
            && self.problem == other.problem
    }
}

thread_local! {
    /// Set when the planner switches data: the new planner's note takes the keyboard focus
    /// once (the whole planner was replaced under it, focus fell to the page) and says what is
    /// in use. Taken by the first note that mounts, so a note mounted later (after the
    /// presentation) leaves focus where it is.
    static FOCUS_NOTE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What the planner asks of the data.
#[derive(Debug, Clone, PartialEq)]
pub enum DataAction {
    /// New files, read and checked: keep them and use them.
    Use(Rc<DataFiles>, Rc<Dataset>),
    /// The kept data, again.
    UseLoaded,
    /// The embedded default.
    UseDefault,
    /// The problem said, read: its notice goes (storage is left as it is).
    DismissProblem,
}

impl DataState {
    /// What storage and the address bar say the page opens with (`data_files::choose`).
    pub fn open(embedded: Rc<Dataset>, fragment: &str) -> DataState {
        let mut store = LocalStore::open();
        let read = storage::dataset::read(&store);
        if matches!(read, Stored::Unreadable(_)) {
            // Out of the way, so that the warning below is said once, not on every visit.
            storage::dataset::set_aside_unreadable(
                &mut store,
                &crate::components::library::now_iso(),
            );
        }
        let (loaded, in_use, problem) = match read {
            Stored::Nothing => (None, false, None),
            Stored::Unreadable(detail) => (None, false, Some(DataProblem::Unreadable(detail))),
            Stored::Newer(v) => (None, false, Some(DataProblem::Newer(v))),
            Stored::Data(d) => match d.files.load() {
                Ok(ds) => (
                    Some(Rc::new(Loaded {
                        dataset: Rc::new(ds),
                        names: d.files.names.clone(),
                        when: d.loaded.clone(),
                    })),
                    d.in_use,
                    None,
                ),
                Err(e) => (
                    None,
                    false,
                    e.0.into_iter()
                        .next()
                        .map(|p| DataProblem::NoLongerLoads(Box::new(p))),
                ),
            },
        };
        let fits = |choice: Choice| {
            let ds = match (choice, &loaded) {
                (Choice::Loaded, Some(l)) => &l.dataset,
                _ => &embedded,
            };
            crate::url_state::made_on(fragment, ds) != Some(false)
        };
        let using_loaded = choose(in_use, loaded.is_some(), fits) == Choice::Loaded;
        DataState {
            embedded,
            loaded,
            using_loaded,
            problem,
        }
    }

    /// The dataset the page works on.
    pub fn dataset(&self) -> Rc<Dataset> {
        match (&self.loaded, self.using_loaded) {
            (Some(l), true) => l.dataset.clone(),
            _ => self.embedded.clone(),
        }
    }

    /// The storage scope of the page's work (`storage::dataset::scoped_key`).
    pub fn scope(&self) -> Option<String> {
        self.using_loaded
            .then(|| self.dataset().province.id.clone())
    }

    /// The state after `action`, kept in storage as far as the browser allows.
    pub fn switch(&self, action: DataAction, now: &str) -> DataState {
        let mut store = LocalStore::open();
        let mut next = self.clone();
        if action != DataAction::DismissProblem {
            // New data in use: its note takes the focus (not when a notice is only dismissed).
            FOCUS_NOTE.with(|f| f.set(true));
        }
        match action {
            DataAction::DismissProblem => next.problem = None,
            DataAction::Use(files, dataset) => {
                let kept = storage::dataset::keep(&mut store, &files, now);
                if let Err(e) = &kept {
                    gloo::console::warn!(format!("loaded data not kept: {e}"));
                }
                next.loaded = Some(Rc::new(Loaded {
                    dataset,
                    names: files.names.clone(),
                    when: now.to_string(),
                }));
                next.using_loaded = true;
                next.problem = kept
                    .is_err()
                    .then(|| DataProblem::PageOnly(reload_opens(&store)));
            }
            DataAction::UseLoaded | DataAction::UseDefault => {
                let in_use = action == DataAction::UseLoaded;
                // Data kept in this page only has no stored flag to set.
                if !matches!(next.problem, Some(DataProblem::PageOnly(_))) {
                    if let Err(e) = storage::dataset::set_in_use(&mut store, in_use) {
                        gloo::console::warn!(format!("data choice not kept: {e}"));
                    }
                }
                next.using_loaded = in_use && next.loaded.is_some();
            }
        }
        next
    }
}

/// When data kept earlier is marked in use, its load time: a reload opens it, not the
/// default (a failed `keep` leaves what was stored as it was).
fn reload_opens(store: &LocalStore) -> Option<String> {
    match storage::dataset::read(store) {
        Stored::Data(d) if d.in_use => Some(d.loaded.clone()),
        _ => None,
    }
}

/// "09:38 ngày 30/11/2026" in the browser's time zone.
fn when_text(iso: &str, lang: Lang) -> String {
    let offset = js_sys::Date::new(&iso.into()).get_timezone_offset();
    let offset = if offset.is_finite() { offset as i32 } else { 0 };
    saved_at_text(iso, offset, lang).unwrap_or_else(|| iso.to_string())
}

/// The heading of the note on the data: illustrative, or the province's own.
pub fn data_heading(ds: &Dataset, lang: Lang) -> &'static str {
    if ds.province.illustrative {
        lang.t(Msg::IllustrativeNote)
    } else {
        lang.t(DataMsg::OwnData)
    }
}

#[derive(Properties, PartialEq)]
pub struct DataNoteProps {
    pub lang: Lang,
    /// The dataset's own note on what is real and what is illustrative.
    pub note: AttrValue,
    pub data: DataState,
    pub on_data: Callback<DataAction>,
}

/// Always visible: what the data is (illustrative, or the province's own, loaded when), and
/// the way to use other data.
#[component]
pub fn DataNote(props: &DataNoteProps) -> Html {
    let lang = props.lang;
    let data = &props.data;
    let ds = data.dataset();
    let open = use_state(|| false);
    let summary_ref = use_node_ref();
    {
        let summary_ref = summary_ref.clone();
        use_effect_with((), move |_| {
            if FOCUS_NOTE.with(|f| f.replace(false)) {
                if let Some(el) = summary_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    let on_close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    let on_use = {
        let open = open.clone();
        let on_data = props.on_data.clone();
        Callback::from(move |a: DataAction| {
            open.set(false);
            on_data.emit(a)
        })
    };
    let send = |a: DataAction| {
        let on_data = props.on_data.clone();
        Callback::from(move |_: MouseEvent| on_data.emit(a.clone()))
    };
    let in_use = data.loaded.as_ref().filter(|_| data.using_loaded);
    let summary = match in_use {
        Some(l) => lang.fill(
            DataMsg::InUse,
            &[
                (
                    "name",
                    lang.pick(&ds.province.name_vi, &ds.province.name_en),
                ),
                ("units", &lang.number(ds.communes.len() as f64, 0)),
                ("villages", &lang.number(ds.villages.len() as f64, 0)),
                ("when", &when_text(&l.when, lang)),
            ],
        ),
        None => data_heading(&ds, lang).to_string(),
    };
    // Said in both languages, the technical detail on a line of its own, as every other
    // storage problem is (in the reader's language only, it quoted serde's English inside
    // the Vietnamese sentence).
    let problem = data.problem.clone().map(|problem| {
        let said_in = {
            let problem = problem.clone();
            move |lang: Lang| {
                let text = match &problem {
                    DataProblem::Unreadable(_) => lang.t(DataMsg::StoredUnreadable).to_string(),
                    DataProblem::Newer(v) => {
                        lang.fill(DataMsg::StoredNewer, &[("v", &v.to_string())])
                    }
                    DataProblem::NoLongerLoads(p) => lang.fill(
                        DataMsg::StoredNoLongerLoads,
                        &[("problem", &p.said_in(lang.into()))],
                    ),
                    DataProblem::PageOnly(None) => lang.t(DataMsg::PageOnly).to_string(),
                    DataProblem::PageOnly(Some(when)) => lang.fill(
                        DataMsg::PageOnlyEarlier,
                        &[("when", &when_text(when, lang))],
                    ),
                };
                html! { <p lang={lang.code()}>{ text }</p> }
            }
        };
        let detail = match &problem {
            DataProblem::Unreadable(d) => Some(quote(d, 200)),
            _ => None,
        };
        let frame = Frame {
            class: Some("notice-warning"),
            role: "status",
            testid: "data-problem",
        };
        let on_dismiss = {
            let on_data = props.on_data.clone();
            Callback::from(move |()| on_data.emit(DataAction::DismissProblem))
        };
        bilingual_notice(frame, lang, said_in, detail, &on_dismiss)
    });
    let kept_other = data.loaded.as_ref().filter(|_| !data.using_loaded);
    html! {
        <>
        <div class="notice notice-info data-note" data-testid="illustrative-note" data-loaded={data.using_loaded.to_string()}>
            <details>
                <summary ref={summary_ref}>
                    <span data-testid="data-in-use">{ summary }</span>{ " " }
                    <span class="summary-more">{ lang.t(Msg::IllustrativeMore) }</span>
                </summary>
                <p data-testid="dataset-note">{ &props.note }</p>
                <div class="data-actions">
                    <button type="button" class="button-quiet" data-testid="data-open" onclick={on_open}>
                        { lang.t(DataMsg::OpenDialog) }
                    </button>
                    if let Some(l) = kept_other {
                        <button type="button" class="button-quiet" data-testid="data-use-kept" onclick={send(DataAction::UseLoaded)}>
                            { lang.fill(DataMsg::UseKept, &[
                                ("name", lang.pick(&l.dataset.province.name_vi, &l.dataset.province.name_en)),
                                ("when", &when_text(&l.when, lang)),
                            ]) }
                        </button>
                    }
                    if data.using_loaded {
                        <button type="button" class="button-quiet" data-testid="data-use-default" onclick={send(DataAction::UseDefault)}>
                            { lang.t(DataMsg::BackToDefault) }
                        </button>
                    }
                </div>
            </details>
            if *open {
                <DataDialog {lang} default={data.embedded.clone()} kept={data.loaded.as_ref().map(|l| l.dataset.clone())} on_close={on_close} on_use={on_use} />
            }
        </div>
        { problem.unwrap_or_default() }
        </>
    }
}
