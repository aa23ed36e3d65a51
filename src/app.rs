//! The root component: loads the embedded dataset, owns the page state (one `use_reducer`),
//! and does the persistence at the edge, in effects: the share link in the URL fragment
//! (`history.replaceState` on every change), the autosave in `localStorage`, `<html lang>` and
//! `<title>`. Components below get plain props and `on_<verb>` callbacks; none of them sees
//! the reducer, so each can be rendered on its own in a test.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use ntm_model::codec::link::matrix_to_keep;
use ntm_model::Dataset;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::components::assumptions::AssumptionsPanel;
use crate::components::charts::ChartsPanel;
use crate::components::criteria::{CommuneDetail, CriteriaMatrix};
use crate::components::data::{DataAction, DataNote, DataState};
use crate::components::exports::CsvExports;
use crate::components::header::history::{step_what, HistoryButtons};
use crate::components::header::Header;
use crate::components::headline::{keep_focus_clear_of_strip, Headline, HeadlineStrip};
use crate::components::levers::{CommuneLevers, LeverCtx, LeversPanel, OutcomeCtx};
use crate::components::library::{LibraryButton, LibraryCtx, LibraryNotice};
use crate::components::notice::{
    dataset_note, undo_message, DatasetError, DisplacedNotice, KeptNotice, LinkNotice, StageNotice,
    StorageNotice, UndoNotice,
};
use crate::components::share::ShareButton;
use crate::components::workspace::TabBar;
use crate::i18n::keys::for_platform;
use crate::i18n::{Lang, Msg, NoticeMsg, WorkspaceMsg};
use crate::simulation::use_simulation;
use crate::state::matrix_link;
use crate::state::view::{LeverScope, ResultsTab, ScenarioTab};
use crate::state::{Action, AppState, LibraryAction};
// Issue 5: the comparison, the presentation and the printable report.
use crate::components::compare::CompareView;
use crate::components::present::{Presentation, StoryboardView};
use crate::components::report::ReportView;
use crate::components::screens::ScreenNav;
use crate::i18n::date_text;
use crate::runs::use_stage_runs;
use crate::screen_history;
use crate::state::stage::{Screen, StageAction};
use crate::storage::{self, KeyValue, LocalStore};
use crate::url_state;

/// The whole page: chooses the dataset (the embedded default, or a province's own data kept
/// in this browser) and shows the planner for it. Switching data mounts a new planner, whose
/// work is kept apart from the other dataset's (`storage::dataset`).
#[component]
pub fn App() -> Html {
    let embedded = use_memo((), |_| Dataset::caobang_2020().map(Rc::new));
    let data = use_state(|| match &*embedded {
        Ok(embedded) => Some(DataState::open(embedded.clone(), &url_state::read())),
        Err(_) => None,
    });
    let on_data = {
        let data = data.clone();
        Callback::from(move |action: DataAction| {
            if let Some(current) = &*data {
                if action == DataAction::DismissProblem {
                    // The same data and the same planner: the address bar stays as it is.
                    data.set(Some(current.switch(action, &now_stamp())));
                    return;
                }
                let next = current.switch(action, &now_stamp());
                // A colleague's link this page could not open for want of its data opens
                // now that the data is here. Any other link is this page's own work: it
                // stays in the address bar's history (Back brings it), and the new planner
                // does not open it on other data.
                let fragment = url_state::read();
                let waiting = url_state::made_on(&fragment, &current.dataset()) == Some(false)
                    && url_state::made_on(&fragment, &next.dataset()) == Some(true);
                if !waiting {
                    url_state::leave();
                }
                data.set(Some(next));
            }
        })
    };
    match (&*embedded, &*data) {
        (Ok(_), Some(data)) => {
            crate::storage::set_scope(data.scope());
            let dataset = data.dataset();
            let key = format!("{:x}-{}", dataset.fingerprint, data.using_loaded);
            html! {
                <Planner
                    {key}
                    {dataset}
                    data={data.clone()}
                    {on_data}
                />
            }
        }
        (Err(e), _) => html! { <DatasetError detail={e.to_string()} /> },
        (Ok(_), None) => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
struct PlannerProps {
    dataset: Rc<Dataset>,
    /// Which data the page uses, and what else is kept.
    data: DataState,
    on_data: Callback<DataAction>,
}

/// When this page set an unreadable autosave aside (used in the key it is moved to).
fn now_stamp() -> String {
    crate::components::library::now_iso()
}

/// Every callback the screen hands down, made once per page.
struct Callbacks {
    on_set_language: Callback<Lang>,
    on_select_commune: Callback<usize>,
    on_pick_commune: Callback<Option<usize>>,
    on_select_district: Callback<Option<usize>>,
    on_set_scope: Callback<LeverScope>,
    on_scenario_tab: Callback<usize>,
    on_results_tab: Callback<usize>,
    on_set_year: Callback<Event>,
    on_restore: Callback<()>,
    on_dismiss_link: Callback<()>,
    on_dismiss_storage: Callback<()>,
    on_dismiss_kept: Callback<()>,
    on_dismiss_stage: Callback<()>,
    on_undo: Callback<()>,
    on_redo: Callback<()>,
    on_dismiss_undo: Callback<()>,
    on_close_commune: Callback<()>,
    on_select_chart: Callback<u8>,
    on_matrix: Callback<crate::criteria_logic::matrix::ViewAction>,
}

impl Callbacks {
    fn new(d: UseReducerDispatcher<AppState>) -> Callbacks {
        let send = |make: fn(()) -> Action| {
            let d = d.clone();
            Callback::from(move |()| d.dispatch(make(())))
        };
        let with = |d: &UseReducerDispatcher<AppState>| d.clone();
        Callbacks {
            on_set_language: {
                let d = with(&d);
                // Kept where the planner chooses it (`storage::lang`), not wherever the view's
                // language changes: a link pasted into the tab brings its own, which is not
                // their choice.
                Callback::from(move |l: Lang| {
                    if let Err(e) = storage::lang::save_lang(&mut LocalStore::open(), l) {
                        gloo::console::warn!(format!("language choice not kept: {e}"));
                    }
                    d.dispatch(Action::SetLanguage(l))
                })
            },
            on_select_commune: {
                let d = with(&d);
                Callback::from(move |i: usize| d.dispatch(Action::OpenCommune(i)))
            },
            on_pick_commune: {
                let d = with(&d);
                Callback::from(move |i: Option<usize>| d.dispatch(Action::PickCommune(i)))
            },
            on_select_district: {
                let d = with(&d);
                Callback::from(move |i: Option<usize>| d.dispatch(Action::SelectDistrict(i)))
            },
            on_set_scope: {
                let d = with(&d);
                Callback::from(move |s: LeverScope| d.dispatch(Action::SetLeverScope(s)))
            },
            on_scenario_tab: {
                let d = with(&d);
                Callback::from(move |i: usize| {
                    let tab = ScenarioTab::ALL[i.min(ScenarioTab::ALL.len() - 1)];
                    d.dispatch(Action::SetScenarioTab(tab))
                })
            },
            on_results_tab: {
                let d = with(&d);
                Callback::from(move |i: usize| {
                    let tab = ResultsTab::ALL[i.min(ResultsTab::ALL.len() - 1)];
                    d.dispatch(Action::SetResultsTab(tab))
                })
            },
            on_set_year: {
                let d = with(&d);
                Callback::from(move |e: Event| {
                    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    if let Ok(y) = select.value().parse::<u16>() {
                        d.dispatch(Action::SetYear(y));
                    }
                })
            },
            on_restore: send(|()| Action::RestoreAutosave),
            on_dismiss_link: send(|()| Action::DismissLinkNotice),
            on_dismiss_storage: send(|()| Action::DismissStorageNotice),
            on_dismiss_kept: send(|()| Action::DismissKeptNotice),
            on_dismiss_stage: send(|()| Action::DismissStageNotice),
            on_undo: send(|()| Action::Undo),
            on_redo: send(|()| Action::Redo),
            on_dismiss_undo: send(|()| Action::DismissUndo),
            on_close_commune: send(|()| Action::CloseCommune),
            on_select_chart: {
                let d = with(&d);
                Callback::from(move |c: u8| d.dispatch(Action::SetChart(c)))
            },
            on_matrix: {
                let d = with(&d);
                Callback::from(move |a| d.dispatch(Action::Matrix(a)))
            },
        }
    }
}

/// What the share, scenarios and export parts send (issue 5), made once per page.
struct ScenarioCallbacks {
    on_library: Callback<LibraryAction>,
    on_load: Callback<ntm_model::Scenario>,
    on_open_file: Callback<(ntm_model::Scenario, String)>,
    on_dismiss_library: Callback<()>,
    on_keep_library: Callback<()>,
}

impl ScenarioCallbacks {
    fn new(d: UseReducerDispatcher<AppState>) -> ScenarioCallbacks {
        ScenarioCallbacks {
            on_library: {
                let d = d.clone();
                Callback::from(move |a: LibraryAction| d.dispatch(Action::Library(a)))
            },
            on_load: {
                let d = d.clone();
                Callback::from(move |sc: ntm_model::Scenario| {
                    d.dispatch(Action::LoadScenario(Box::new(sc)))
                })
            },
            on_open_file: {
                let d = d.clone();
                Callback::from(move |(sc, name): (ntm_model::Scenario, String)| {
                    d.dispatch(Action::OpenFile {
                        scenario: Box::new(sc),
                        name,
                    })
                })
            },
            on_dismiss_library: {
                let d = d.clone();
                Callback::from(move |()| d.dispatch(Action::DismissLibraryNotice))
            },
            // The library another tab left unreadable is copied aside first (never lost);
            // if the browser refuses the copy, this page's list is not written over it.
            on_keep_library: Callback::from(move |()| {
                let set_aside =
                    storage::library::set_aside_stored(&mut LocalStore::open(), &now_stamp());
                d.dispatch(match set_aside {
                    Ok(_) => Action::KeepThisPagesLibrary,
                    Err(problem) => Action::LibraryFailed(problem),
                })
            }),
        }
    }
}

/// The planner screen for a loaded dataset.
#[component]
fn Planner(props: &PlannerProps) -> Html {
    // Which data this page is on, as the App keys it: the history entries it marks say it.
    let history_key = format!(
        "{:x}-{}",
        props.dataset.fingerprint, props.data.using_loaded
    );
    // The entry the page opens on, when it is one of its own (a reload, or Back and Forward
    // across one), and the link it opens: this tab's work link then, not the address's,
    // which such an entry holds bare or out of date (`screen_history`).
    let opening = {
        let key = history_key.clone();
        use_memo((), move |_| {
            let entry = screen_history::current_state()
                .and_then(|s| screen_history::decode_with_slide(&key, &s));
            let link = entry
                .and_then(|_| screen_history::remembered_link(&key))
                .unwrap_or_else(url_state::read);
            (entry, link)
        })
    };
    let state = {
        let dataset = props.dataset.clone();
        let opening = opening.clone();
        use_reducer(move || {
            let autosave = storage::load(&mut LocalStore::open(), &dataset, &now_stamp());
            let library =
                storage::library::load_library(&mut LocalStore::open(), &dataset, &now_stamp());
            let stage = storage::stage::load_stage(&mut LocalStore::open(), &now_stamp());
            let mut opened = AppState::open_with_library(dataset, &opening.1, autosave, library)
                .with_saved_stage(stage.stage)
                .with_opening_time(&now_stamp())
                .with_chosen_lang(storage::lang::load_lang(&LocalStore::open()));
            // A stage that did not read, else one that read with entries left out.
            opened.notices.stage = stage.problem.or(opened.notices.stage.take());
            // A reload comes back to the screen it left (a presentation to its storyboard,
            // which starts again at the slide it was on).
            let Some((entry, slide)) = opening.0 else {
                return opened;
            };
            let there = opened
                .apply(Action::Stage(StageAction::Navigated(
                    screen_history::shown(entry),
                )))
                .unwrap_or(opened);
            match slide.filter(|_| entry.presenting) {
                Some(slide) => there.resuming_at(slide),
                None => there,
            }
        })
    };
    // Edits go through the simulation, which starts the new scenario's first batch at once.
    let on_edit = use_simulation(&state);
    // Issue 5: results of the scenarios the comparison and the presentation show.
    use_stage_runs(&state);
    let on_stage = {
        let d = state.dispatcher();
        use_memo((), move |_| {
            Callback::from(move |a: StageAction| d.dispatch(Action::Stage(a)))
        })
    };
    let ds = state.dataset.clone();

    // The address bar always holds the scenario and the view: copying it shares both. A
    // damaged link pasted into the page changes neither, so it is written again then, over
    // the damaged link. A bad link the page was opened with stays in the address bar until the
    // scenario changes or its notice is dismissed (a damaged one; `DismissLinkNotice`): a reload
    // before then offers the autosave back again, and a link from a newer
    // version can still be copied into that version, as its notice advises. So does a link
    // made on other data under this data's id and version: written again here it would carry
    // this data's mark, and once the sender's files are loaded it would no longer open.
    let opened_with_bad_link = *use_memo((), |_| {
        state.notices.link.is_some()
            || state.notices.link_data_differs == Some(ntm_model::codec::link::DataDiffers::Content)
    });
    // The results across the whole width, the levers hidden: the criteria table's 19 columns
    // on a projector. A way of looking, not part of the scenario or its link.
    let wide = use_state(|| false);
    // The link the address holds for the work (the one the page opened with, until it is
    // written): Back and Forward write it again over an entry left without one.
    let work_link = {
        let opened_on = opening.1.clone();
        use_mut_ref(move || opened_on)
    };
    {
        let ds = ds.clone();
        let work_link = work_link.clone();
        let key = history_key.clone();
        // Until the address is written again for another reason: a link pasted in, the
        // address cleared, or the damaged link's notice dismissed.
        let keep_opening_link = opened_with_bad_link
            && state.generation == 0
            && state.notices.damaged_links_replaced == 0;
        use_effect_with(
            (
                state.scenario.clone(),
                state.view.clone(),
                state.notices.damaged_links_replaced,
                keep_opening_link,
                state.shared_name(),
            ),
            move |(scenario, view, _, keep, name)| {
                if *keep {
                    return;
                }
                match url_state::fragment(scenario, view, name.as_deref(), &ds) {
                    Ok(f) => {
                        url_state::write(&f);
                        let link = format!("#{f}");
                        screen_history::remember_link(&key, &link);
                        *work_link.borrow_mut() = link;
                    }
                    // Only a dataset whose codes are not numbers can get here (not the
                    // embedded one); the page keeps working, the address bar keeps the last
                    // good link.
                    Err(e) => gloo::console::warn!(format!("share link not updated: {e}")),
                }
            },
        );
    }

    // The autosave follows every change once the scenario has been touched on this page, so
    // following a bad link never overwrites yesterday's work.
    // An autosave a newer version wrote is never overwritten from this page (as the library
    // is not): the notice says it was left as it is, and the first edit here used to replace it.
    let autosave_locked = *use_memo((), |_| {
        matches!(
            state.notices.storage,
            Some(crate::storage::StorageProblem::Newer(_))
        )
    });
    // A page opened with a link did not show the autosave: before its first write over it,
    // what storage holds then (perhaps newer work from another tab) is made safe, in the
    // library (written first) or copied aside (`storage::secure_before_overwrite`); if neither
    // can be done, it is not overwritten, and the next change tries again.
    let secured = use_mut_ref(|| state.displaced_autosave.is_none());
    // What this page last saw in the autosave (read when it opened, then what it wrote): when
    // storage holds something else at the next write, another tab autosaved its work there
    // since, and that work is made safe the same way before it is overwritten (two tabs open,
    // the one closed first lost its work to the other's next edit, with no word).
    let last_seen = use_mut_ref(|| LocalStore::open().get(storage::AUTOSAVE_KEY));
    {
        let dispatcher = state.dispatcher();
        let ds = ds.clone();
        let library = (!state.library_locked).then(|| state.library.clone());
        let defaults = state.defaults.clone();
        let displaced = state.displaced_autosave.is_some();
        // Keyed on what is stored only: the view and the matrix as the autosave keeps them (a
        // search is tidied first, so a space typed at its end rewrites nothing).
        use_effect_with(
            (
                state.scenario.clone(),
                state.view.to_wire(&state.dataset),
                matrix_to_keep(&matrix_link::to_wire(&state.view.matrix, &state.dataset)),
                state.touched,
                state.autosaved_edit_of(),
            ),
            move |(scenario, view, matrix, touched, edit_of)| {
                if !*touched || autosave_locked {
                    // Work put away on this page by a link, a file or a saved scenario: at the
                    // next write, what storage holds is made safe first, as on a page opened
                    // with a link.
                    if displaced {
                        *secured.borrow_mut() = false;
                    }
                    return;
                }
                let mut store = LocalStore::open();
                if store.get(storage::AUTOSAVE_KEY) != *last_seen.borrow() {
                    *secured.borrow_mut() = false;
                }
                if !*secured.borrow() {
                    let library = library.as_deref();
                    let no_loss = [scenario, &*defaults];
                    let stamp = now_stamp();
                    match storage::secure_before_overwrite(
                        &mut store, &ds, library, &no_loss, &stamp,
                    ) {
                        Ok(storage::Secured::SetAside(_)) => {
                            dispatcher.dispatch(Action::AutosaveSetAside);
                        }
                        Ok(_) => {}
                        Err(problem) => {
                            dispatcher.dispatch(Action::StorageFailed(problem));
                            return;
                        }
                    }
                    *secured.borrow_mut() = true;
                }
                let saved = storage::save(
                    &mut store,
                    scenario,
                    view,
                    matrix.as_ref(),
                    edit_of.as_ref(),
                );
                if let Err(problem) = saved {
                    dispatcher.dispatch(Action::StorageFailed(problem));
                }
                *last_seen.borrow_mut() = store.get(storage::AUTOSAVE_KEY);
            },
        );
    }

    // The comparison's columns and the storyboard follow every change, so a reload or a lost
    // tab before a meeting finds them in place (they only name scenarios; the library holds
    // them). A storage that refuses only loses this convenience: logged, not shown.
    // Only changes made on this page are written (a new `Stage::generation`: pruning what
    // another tab deleted is not one), and not while the library is locked (its references
    // could not be checked), nor over a stage a newer version wrote.
    let stage_locked = *use_memo((), |_| {
        matches!(
            state.notices.stage,
            Some(storage::stage::StageProblem::Newer(_))
        )
    });
    {
        let written = use_mut_ref(|| 0u64);
        use_effect_with(
            (
                state.stage.generation,
                state.saved_stage(),
                state.library_locked,
            ),
            move |(generation, stage, locked)| {
                if *generation != *written.borrow() && !*locked && !stage_locked {
                    *written.borrow_mut() = *generation;
                    if let Err(e) = storage::stage::save_stage(&mut LocalStore::open(), stage) {
                        gloo::console::warn!(format!("comparison and storyboard not kept: {e}"));
                    }
                }
            },
        );
    }

    // The library is written when it changes on this page (never on load, so a library a
    // newer version wrote, or one that failed to read, is not overwritten by an empty one).
    {
        let dispatcher = state.dispatcher();
        use_effect_with(
            (
                state.library_generation,
                state.library.clone(),
                state.library_locked,
            ),
            move |(generation, library, locked)| {
                if *generation > 0 && !*locked {
                    let saved = storage::library::save_library(&mut LocalStore::open(), library);
                    if let Err(problem) = saved {
                        dispatcher.dispatch(Action::LibraryFailed(problem));
                    }
                }
            },
        );
    }

    // The screen on show, as a history entry; whether a presentation ran in this document; a
    // Back the page asked for and the browser has not made yet (`screen_history`).
    let now = screen_history::Entry {
        screen: state.stage.screen,
        presenting: state.stage.presenting.is_some(),
    };
    let shown_entry = use_mut_ref(|| now);
    let presented_here = use_mut_ref(|| false);
    let pending_back = use_mut_ref(|| false);
    // A link pasted into this same tab only changes the fragment: no reload, so listen for it.
    // (`replaceState` fires no `hashchange`, so the app never re-reads its own link; nor does
    // it open one that Back brought and the page has written over since: `screen_history`.)
    {
        let dispatcher = state.dispatcher();
        let key = history_key.clone();
        let shown_entry = shown_entry.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |e| {
                let went_to = e
                    .dyn_ref::<web_sys::HashChangeEvent>()
                    .map(web_sys::HashChangeEvent::new_url);
                let address = gloo::utils::window().location().href().unwrap_or_default();
                if went_to.is_some_and(|to| screen_history::is_stale_hashchange(&to, &address)) {
                    return;
                }
                // The entry the paste made is the page's too: Back and Forward through it
                // change the screen only, as through the others.
                screen_history::mark(&screen_history::encode(&key, *shown_entry.borrow()));
                dispatcher.dispatch(Action::OpenLink(url_state::read()));
            });
            move || drop(listener)
        });
    }
    // Each screen (and a presentation) is a history entry: Back returns to the screen before
    // instead of leaving the app (`screen_history`).
    {
        let key = history_key.clone();
        let shown_entry = shown_entry.clone();
        let presented_here = presented_here.clone();
        let pending_back = pending_back.clone();
        use_effect_with(now, move |now| {
            *shown_entry.borrow_mut() = *now;
            if now.presenting {
                *presented_here.borrow_mut() = true;
            }
            // The entry moves once the Back asked for is made (the popstate listener).
            if *pending_back.borrow() {
                return;
            }
            let entry = screen_history::current_entry(&key);
            let here = *presented_here.borrow();
            match screen_history::step(entry, *now, here) {
                screen_history::Step::Nothing => {}
                screen_history::Step::Mark => {
                    screen_history::mark(&screen_history::encode(&key, *now));
                }
                screen_history::Step::Push => {
                    screen_history::push(&screen_history::encode(&key, *now));
                }
                screen_history::Step::Back => {
                    *presented_here.borrow_mut() = false;
                    *pending_back.borrow_mut() = true;
                    screen_history::back();
                }
            }
        });
    }
    // The slide on show, in the presentation's entry: a reload starts again there.
    {
        let key = history_key.clone();
        use_effect_with(state.stage.presenting, move |slide| {
            let Some(slide) = *slide else {
                return;
            };
            let entry = screen_history::current_entry(&key);
            if let Some(presenting) = entry.filter(|e| e.presenting) {
                screen_history::mark(&screen_history::encode_at_slide(&key, presenting, slide));
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let key = history_key.clone();
        let work_link = work_link.clone();
        let shown_entry = shown_entry.clone();
        let pending_back = pending_back.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |e| {
                let entry = e
                    .dyn_ref::<web_sys::PopStateEvent>()
                    .and_then(|e| e.state().as_string())
                    .and_then(|s| screen_history::decode(&key, &s));
                // Another page's or another dataset's entry: the link handling's, as before.
                let Some(entry) = entry else {
                    return;
                };
                // The entry left behind has no link: the work's is written back before the
                // step's `hashchange` is handled (it is then out of date, and ignored).
                let link = work_link.borrow().clone();
                if !link.trim_start_matches('#').is_empty() {
                    url_state::write(link.trim_start_matches('#'));
                }
                let showing = *shown_entry.borrow();
                // The Back the page asked for (a presentation ended by Escape): the screen is
                // already right; if a presentation started again meanwhile, it gets its entry.
                if std::mem::take(&mut *pending_back.borrow_mut()) {
                    if showing != entry {
                        screen_history::push(&screen_history::encode(&key, showing));
                    }
                    return;
                }
                let screen = screen_history::shown(entry);
                dispatcher.dispatch(Action::Stage(StageAction::Navigated(screen)));
                // The keyboard's place follows, as after the screen switcher.
                if screen != showing.screen {
                    crate::components::focus_after_render(crate::components::screens::heading_id(
                        screen,
                    ));
                }
            });
            move || drop(listener)
        });
    }

    // Another tab of the app saved, renamed or deleted a scenario: take the library it wrote,
    // so this page's next save adds to that work instead of overwriting it. (The browser sends
    // `storage` events only to the other tabs; `key` is None when storage was cleared.) A page
    // back from the back/forward cache missed those events, and a presenting page refuses
    // every library change: both read the library again (on `pageshow`, and when the
    // presentation ends).
    let reread_library = {
        let dispatcher = state.dispatcher();
        let dataset = props.dataset.clone();
        Rc::new(move || {
            let loaded =
                storage::library::load_library_written_elsewhere(&mut LocalStore::open(), &dataset);
            dispatcher.dispatch(Action::LibraryChangedElsewhere(loaded));
        })
    };
    {
        let reread = reread_library.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_storage = {
                let reread = reread.clone();
                EventListener::new(&window, "storage", move |e| {
                    let key = e.dyn_ref::<web_sys::StorageEvent>().map(|e| e.key());
                    if matches!(key, Some(Some(ref k)) if *k == storage::stored_key(storage::library::LIBRARY_KEY))
                        || matches!(key, Some(None))
                    {
                        reread();
                    }
                })
            };
            // Also fired on the first load, which already read the library: only a page
            // restored from the cache (`persisted`) has missed anything.
            let on_pageshow = EventListener::new(&window, "pageshow", move |e| {
                let restored = e
                    .dyn_ref::<web_sys::PageTransitionEvent>()
                    .is_some_and(|e| e.persisted());
                if restored {
                    reread();
                }
            });
            move || drop((on_storage, on_pageshow))
        });
    }
    {
        // Only when a presentation ends, not on the first render (the library was just read).
        let was_presenting = use_mut_ref(|| false);
        let presenting = state.stage.presenting.is_some();
        use_effect_with(presenting, move |presenting| {
            let ended = *was_presenting.borrow() && !*presenting;
            *was_presenting.borrow_mut() = *presenting;
            if ended {
                reread_library();
            }
        });
    }

    // A scenario file dropped beside the import box would make the browser leave the page and
    // open the file, losing the work on screen: files dropped anywhere else are refused. The
    // import box handles its own drops before this sees them; dragged text is left alone.
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let options = EventListenerOptions::enable_prevent_default();
        let guard = |name: &'static str| {
            EventListener::new_with_options(&window, name, options, move |e| {
                // The import box has already taken (and prevented) its own drags.
                if e.default_prevented() || !carries_files(e) {
                    return;
                }
                e.prevent_default();
                // The pointer shows "no drop here" rather than a copy.
                if let Some(dt) = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                {
                    dt.set_drop_effect("none");
                }
            })
        };
        let listeners = (guard("dragover"), guard("drop"));
        move || drop(listeners)
    });

    // The tab's title names the screen too, so a screen reader (and the list of tabs) says
    // where the planner is: "So sánh kịch bản · NTM Planner — …".
    use_effect_with((state.view.lang, state.stage.screen), |(lang, screen)| {
        let document = gloo::utils::document();
        document.set_title(&format!(
            "{} · {}",
            lang.t(crate::components::screens::label(*screen)),
            lang.t(Msg::DocumentTitle)
        ));
        if let Some(html) = document.document_element() {
            // Screen readers and hyphenation follow <html lang>.
            let _ = html.set_attribute("lang", lang.code());
        }
    });

    let lang = state.view.lang;
    // Callbacks are made once: a new callback on every render would make every lever's props
    // differ, and re-render the whole levers panel each time results come in.
    let cbs = {
        let d = state.dispatcher();
        use_memo((), move |_| Callbacks::new(d))
    };
    let scb = {
        let d = state.dispatcher();
        use_memo((), move |_| ScenarioCallbacks::new(d))
    };
    let ctx = LeverCtx {
        lang,
        dataset: ds.clone(),
        scenario: Rc::new(state.scenario.clone()),
        defaults: state.defaults.clone(),
        on_edit,
    };
    let notices = &state.notices;
    let stale = state.is_stale();
    let year = state.year();
    let results = state.outcome.as_ref().map(|o| o.results.clone());
    // The scenario's name in downloaded file names and PNG footers (none while it is the
    // unnamed current scenario), so that files from two scenarios are told apart.
    let current_name = state.current_name();
    let scenario_label = match &current_name {
        crate::state::stage::ScenarioName::Current => None,
        name => Some(AttrValue::from(name.text(lang))),
    };
    // The headline's line for a scenario without a name: what it changes.
    let unsaved = match &current_name {
        crate::state::stage::ScenarioName::Current => {
            crate::sharing::summary::unsaved_line(&state.defaults, &state.scenario, &ds, lang)
                .map(AttrValue::from)
        }
        _ => None,
    };
    let scenario_tab = state.view.scenario_tab;
    let results_tab = state.view.results_tab;
    let scenario_tabs = vec![
        (
            AttrValue::from("tab-levers"),
            AttrValue::from(lang.t(WorkspaceMsg::TabLevers)),
        ),
        (
            AttrValue::from("tab-assumptions"),
            AttrValue::from(lang.t(WorkspaceMsg::TabAssumptions)),
        ),
    ];
    let results_tabs = vec![
        (
            AttrValue::from("tab-charts"),
            AttrValue::from(lang.t(WorkspaceMsg::TabCharts)),
        ),
        (
            AttrValue::from("tab-criteria"),
            AttrValue::from(lang.t(WorkspaceMsg::TabCriteria)),
        ),
    ];
    let detail = state
        .view
        .commune
        .filter(|_| state.view.detail_open)
        .filter(|&i| i < ds.communes.len());
    let place = lang
        .pick(&ds.province.name_vi, &ds.province.name_en)
        .to_string();

    // Issue 5: while presenting, the presentation is the whole page (no lever on screen).
    if let Some(slide) = state.stage.presenting {
        return html! {
            <Presentation
                {lang}
                dataset={ds.clone()}
                defaults={state.defaults.clone()}
                items={state.story()}
                baseline={state.baseline.clone()}
                {slide}
                on_action={(*on_stage).clone()}
                on_set_language={cbs.on_set_language.clone()}
            />
        };
    }
    let screen = state.stage.screen;
    // The name the link that opened the scenario gave it: the save boxes start with it.
    let link_name = match state.current_name() {
        crate::state::stage::ScenarioName::Linked(n) => Some(AttrValue::from(n)),
        _ => None,
    };
    let stage_screen = match screen {
        Screen::Workspace => Html::default(),
        Screen::Compare => html! {
            <CompareView
                {lang}
                dataset={ds.clone()}
                shown={state.compared()}
                choices={state.choices()}
                bands={state.stage.bands}
                on_action={(*on_stage).clone()}
                date={today(lang)}
                note={crate::components::notice::dataset_note_for_print(&ds, lang)}
            />
        },
        Screen::Storyboard => html! {
            <StoryboardView
                {lang}
                story={state.stage.story.clone()}
                shown={state.story()}
                defaults={state.defaults.clone()}
                dataset={ds.clone()}
                choices={state.choices()}
                added={state.choices().into_iter().filter_map(|(r, _)| state.story_entry(&r).cloned().map(|e| (r, e))).collect::<Vec<_>>()}
                on_action={(*on_stage).clone()}
                link_name={link_name.clone()}
                library={state.library.clone()}
            />
        },
        Screen::Report => html! {
            <ReportView
                {lang}
                dataset={ds.clone()}
                name={state.current_name()}
                scenario={Rc::new(state.scenario.clone())}
                defaults={state.defaults.clone()}
                outcome={state.outcome.clone().filter(|o| o.generation == state.generation)}
                // Beside the default only when simulated alike (`AppState::against_default`).
                baseline={state.against_default().cloned()}
                link={share_link(&state)}
                date={today(lang)}
                note={crate::components::notice::dataset_note_for_print(&ds, lang)}
            />
        },
    };

    // The default's results for the headline and the strip to measure against
    // (`AppState::against_default` says when).
    let against_default = state.against_default().cloned();
    // What the latest change alone did: the figures on screen against those settled before
    // it (`AppState::since_last_change` says when there are such figures).
    let before_change = state
        .since_last_change()
        // Once every run is in: while the runs come in, the difference wanders (+5, 0, +2…).
        .filter(|_| !state.is_computing())
        .map(|o| o.results.clone());
    // "Hoàn tác" and "Làm lại": in the header, and in the results' strip while the header is
    // scrolled away (that copy leaves the keys to the header's).
    let undo_what = state
        .history
        .previous()
        .map(|to| AttrValue::from(step_what(lang, &state.scenario, to, &ds)));
    let redo_what = state
        .history
        .following()
        .map(|to| AttrValue::from(step_what(lang, &state.scenario, to, &ds)));
    let history_buttons = |in_strip: bool| {
        html! {
            <HistoryButtons
                {lang}
                undo_what={undo_what.clone()}
                redo_what={redo_what.clone()}
                on_undo={cbs.on_undo.clone()}
                on_redo={cbs.on_redo.clone()}
                dropped={state.history.dropped()}
                {in_strip}
            />
        }
    };

    html! {
        <>
            // About forty stops come before the results on the workspace: a keyboard user can
            // jump over them (shown only when focused).
            if screen == Screen::Workspace {
                <a
                    class="skip-link"
                    href="#pane-results"
                    data-testid="skip-to-results"
                    // The address bar holds the share link: move the focus, not the fragment.
                    onclick={Callback::from(|e: MouseEvent| {
                        e.prevent_default();
                        if let Some(pane) = gloo::utils::document()
                            .get_element_by_id("pane-results")
                            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = pane.focus();
                        }
                    })}
                >
                    { lang.t(WorkspaceMsg::SkipToResults) }
                </a>
            }
            <Header
                {lang}
                {place}
                on_set_language={cbs.on_set_language.clone()}
                screen_titled={screen == Screen::Report}
            >
                { history_buttons(false) }
                <ShareButton
                    {lang}
                    dataset={ds.clone()}
                    defaults={state.defaults.clone()}
                    scenario={ctx.scenario.clone()}
                    view={state.view.clone()}
                    name={state.shared_name().map(AttrValue::from)}
                    outcome={state.outcome.clone().filter(|_| !stale)}
                    only_current={state.stage.screen == crate::state::stage::Screen::Compare}
                />
                <LibraryButton
                    ctx={LibraryCtx {
                        lang,
                        dataset: ds.clone(),
                        defaults: state.defaults.clone(),
                        scenario: ctx.scenario.clone(),
                        library: state.library.clone(),
                        locked: state.library_locked,
                        unreadable: state.library_unreadable,
                        on_keep: scb.on_keep_library.clone(),
                        on_library: scb.on_library.clone(),
                        link_name: link_name.clone(),
                    }}
                    problem={notices.library.clone()}
                    refused={notices.library_refused}
                    on_load={scb.on_load.clone()}
                    on_open_file={scb.on_open_file.clone()}
                    on_dismiss_notice={scb.on_dismiss_library.clone()}
                />
            </Header>
            <main class="page">
                if notices.link.is_some() || notices.link_data_differs.is_some() {
                    <LinkNotice
                        {lang}
                        dataset={ds.clone()}
                        error={notices.link.clone()}
                        work_kept={notices.pasted_link_refused}
                        address_restored={notices.address_restored()}
                        data_differs={notices.link_data_differs}
                        can_restore={notices.restorable.is_some()}
                        on_restore={cbs.on_restore.clone()}
                        on_dismiss={cbs.on_dismiss_link.clone()}
                    />
                }
                if notices.restorable.is_some() && notices.link.is_none() {
                    <DisplacedNotice
                        {lang}
                        on_restore={cbs.on_restore.clone()}
                        on_dismiss={cbs.on_dismiss_link.clone()}
                    />
                }
                if let Some(problem) = &notices.storage {
                    <StorageNotice
                        {lang}
                        problem={problem.clone()}
                        dataset={ds.clone()}
                        link_shown={notices.opened_with_link}
                        on_dismiss={cbs.on_dismiss_storage.clone()}
                    />
                }
                if let Some(problem) = &notices.stage {
                    <StageNotice
                        {lang}
                        problem={problem.clone()}
                        on_dismiss={cbs.on_dismiss_stage.clone()}
                    />
                }
                if let Some(kept) = &notices.autosave_kept {
                    <KeptNotice
                        {lang}
                        kept={kept.clone()}
                        on_dismiss={cbs.on_dismiss_kept.clone()}
                    />
                }
                <LibraryNotice
                    {lang}
                    problem={notices.library.clone()}
                    refused={notices.library_refused}
                    on_dismiss={scb.on_dismiss_library.clone()}
                    on_keep={scb.on_keep_library.clone()}
                />
                // Always on the page, so that what it is given is read out.
                <p class="visually-hidden" role="status" data-testid="undo-announce">
                    { notices.undo.map(|u| format!("{} {}", lang.t(undo_message(u)), for_platform(lang.t(NoticeMsg::UndoKeys)))).unwrap_or_default() }
                </p>
                if let Some(undo) = notices.undo {
                    <UndoNotice
                        {lang}
                        replaced_by={undo}
                        on_undo={cbs.on_undo.clone()}
                        on_dismiss={cbs.on_dismiss_undo.clone()}
                    />
                }
                <DataNote
                    {lang}
                    note={dataset_note(&ds, lang)}
                    data={props.data.clone()}
                    on_data={props.on_data.clone()}
                />
                <ScreenNav {lang} {screen} on_action={(*on_stage).clone()} />
                if screen != Screen::Workspace {
                    { stage_screen }
                } else {
                <Headline
                    {lang}
                    dataset={ds.clone()}
                    outcome={state.outcome.clone()}
                    {stale}
                    progress={state.progress()}
                    baseline={against_default.clone()}
                    before={before_change.clone()}
                    unlike_default={state.unlike_default()}
                    name={Some(current_name.clone()).filter(|n| *n != crate::state::stage::ScenarioName::Current)}
                    {unsaved}
                />
                <div class={classes!("workspace", (*wide).then_some("is-wide"))}>
                    <section class="pane pane-scenario" hidden={*wide} aria-labelledby="scenario-pane-h">
                        // A heading of its own: without it, a screen reader's outline put the
                        // levers' groups under the headline's "Kết quả chính".
                        <h2 id="scenario-pane-h" class="visually-hidden">{ lang.t(WorkspaceMsg::ScenarioPaneHeading) }</h2>
                        <TabBar
                            label={lang.t(WorkspaceMsg::ScenarioPane)}
                            tabs={scenario_tabs}
                            selected={ScenarioTab::ALL.iter().position(|t| *t == scenario_tab).unwrap_or(0)}
                            on_select={cbs.on_scenario_tab.clone()}
                        />
                        {
                            match scenario_tab {
                                ScenarioTab::Levers => html! {
                                    <div role="tabpanel" id="tab-levers-panel" aria-labelledby="tab-levers" class="tab-panel">
                                        // The results reach the district's line through a context:
                                        // as props, every batch of runs drew the whole panel again.
                                        <ContextProvider<OutcomeCtx> context={OutcomeCtx {
                                            results: state.outcome.as_ref().map(|o| o.results.clone()),
                                            baseline: against_default.clone(),
                                            stale,
                                        }}>
                                        <LeversPanel
                                            ctx={ctx.clone()}
                                            scope={state.view.lever_scope}
                                            district={state.view.district}
                                            commune={state.view.commune}
                                            detail_open={detail.is_some()}
                                            on_set_scope={cbs.on_set_scope.clone()}
                                            on_select_district={cbs.on_select_district.clone()}
                                            on_pick_commune={cbs.on_pick_commune.clone()}
                                            on_open_commune={cbs.on_select_commune.clone()}
                                        />
                                        </ContextProvider<OutcomeCtx>>
                                    </div>
                                },
                                ScenarioTab::Assumptions => html! {
                                    <div role="tabpanel" id="tab-assumptions-panel" aria-labelledby="tab-assumptions" class="tab-panel">
                                        <AssumptionsPanel ctx={ctx.clone()} />
                                    </div>
                                },
                            }
                        }
                    </section>
                    <section class="pane pane-results" id="pane-results" tabindex="-1" aria-label={lang.t(WorkspaceMsg::ResultsPane)} onfocusin={keep_focus_clear_of_strip}>
                        <HeadlineStrip
                            {lang}
                            dataset={state.dataset.clone()}
                            outcome={state.outcome.clone()}
                            computing={state.is_computing()}
                            baseline={against_default.clone()}
                            before={before_change.clone()}
                        >
                            { history_buttons(true) }
                        </HeadlineStrip>
                        if let Some(commune) = detail {
                            <CommuneDetail
                                {lang}
                                dataset={ds.clone()}
                                results={results.clone()}
                                baseline={state.baseline.clone()}
                                {commune}
                                year={Some(year)}
                                scenario={Some(ctx.scenario.clone())}
                                on_close={cbs.on_close_commune.clone()}
                            >
                                <CommuneLevers ctx={ctx.clone()} {commune} id_prefix="detail" />
                            </CommuneDetail>
                        }
                        <div class="results-head">
                            <TabBar
                                label={lang.t(WorkspaceMsg::ResultsPane)}
                                tabs={results_tabs}
                                selected={ResultsTab::ALL.iter().position(|t| *t == results_tab).unwrap_or(0)}
                                on_select={cbs.on_results_tab.clone()}
                            />
                            <label class="year-pick">
                                { lang.t(WorkspaceMsg::Year) }
                                <select data-testid="year-select" onchange={cbs.on_set_year.clone()}>
                                    { for state.scenario.years(&ds).into_iter().map(|y| html! {
                                        <option value={y.to_string()} selected={y == year}>{ y }</option>
                                    }) }
                                </select>
                            </label>
                            <CsvExports
                                {lang}
                                dataset={ds.clone()}
                                results={results.clone()}
                                ready={!state.is_computing()}
                                scenario_name={scenario_label.clone()}
                            />
                            <button
                                type="button"
                                class="button-quiet widen-results"
                                data-testid="widen-results"
                                aria-pressed={wide.to_string()}
                                title={lang.t(WorkspaceMsg::WidenTip)}
                                onclick={{
                                    let wide = wide.clone();
                                    Callback::from(move |_: MouseEvent| wide.set(!*wide))
                                }}
                            >
                                <span aria-hidden="true">{ if *wide { "⇥ " } else { "⇤ " } }</span>
                                { lang.t(WorkspaceMsg::Widen) }
                            </button>
                        </div>
                        {
                            match results_tab {
                                ResultsTab::Charts => html! {
                                    <div role="tabpanel" id="tab-charts-panel" aria-labelledby="tab-charts" class="tab-panel">
                                        <ChartsPanel
                                            {lang}
                                            dataset={ds.clone()}
                                            results={results.clone()}
                                            // Not beside the default scenario itself: a dashed
                                            // line under the solid one, which the caption and
                                            // legend would name, is nothing to see.
                                            baseline={state.baseline.clone().filter(|_| state.scenario != *state.defaults)}
                                            {year}
                                            chart={state.view.chart}
                                            on_select_chart={cbs.on_select_chart.clone()}
                                            on_select_commune={cbs.on_select_commune.clone()}
                                            scenario_name={scenario_label.clone()}
                                        />
                                    </div>
                                },
                                ResultsTab::Criteria => html! {
                                    <div role="tabpanel" id="tab-criteria-panel" aria-labelledby="tab-criteria" class="tab-panel">
                                        <CriteriaMatrix
                                            {lang}
                                            dataset={ds.clone()}
                                            results={results.clone()}
                                            {year}
                                            scenario={ctx.scenario.clone()}
                                            on_select_commune={cbs.on_select_commune.clone()}
                                            view={state.view.matrix.clone()}
                                            on_action={cbs.on_matrix.clone()}
                                        />
                                    </div>
                                },
                            }
                        }
                    </section>
                </div>
                }
            </main>
        </>
    }
}

/// Issue 5: the share link of the current scenario and view, in full (for the report).
fn share_link(state: &AppState) -> AttrValue {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let name = state.shared_name();
    match url_state::fragment(
        &state.scenario,
        &state.view,
        name.as_deref(),
        &state.dataset,
    ) {
        Ok(f) => AttrValue::from(crate::sharing::share_url(&href, &f)),
        Err(_) => AttrValue::from(href),
    }
}

/// Issue 5: today's date as the reader writes it (for the report).
fn today(lang: Lang) -> AttrValue {
    let d = js_sys::Date::new_0();
    AttrValue::from(date_text(
        lang,
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
    ))
}

/// True when a drag event carries files (rather than text or a link).
fn carries_files(e: &Event) -> bool {
    e.dyn_ref::<web_sys::DragEvent>()
        .and_then(|d| d.data_transfer())
        .is_some_and(|dt| dt.types().includes(&JsValue::from_str("Files"), 0))
}
