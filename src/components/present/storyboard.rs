//! The storyboard screen: save the current scenario, pick scenarios (saved ones, the
//! presets, the current one), put them in order, see when every run is done, and start.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::compare::name_html;
use crate::i18n::{CompareMsg, Lang, PresentMsg};
use crate::state::stage::{
    deck_items, slides, ScenarioName, ScenarioRef, Shown, StageAction, MAX_STORY,
};

#[derive(Properties, PartialEq)]
pub struct StoryboardViewProps {
    pub lang: Lang,
    /// The storyboard as the planner set it (may name deleted scenarios).
    pub story: Vec<ScenarioRef>,
    /// What will be presented: the storyboard resolved, or the current scenario alone.
    pub shown: Vec<Shown>,
    /// The dataset's default scenario: a scenario that changes nothing has no levers slide.
    pub defaults: std::rc::Rc<ntm_model::Scenario>,
    pub dataset: std::rc::Rc<ntm_model::Dataset>,
    pub choices: Vec<(ScenarioRef, ScenarioName)>,
    /// The choices the storyboard already shows, each with the entry that shows it: itself, or
    /// an entry with the same scenario (`AppState::story_entry`), which the button names.
    #[prop_or_default]
    pub added: Vec<(ScenarioRef, ScenarioRef)>,
    pub on_action: Callback<StageAction>,
    /// The name the link that opened the current scenario gave it: the save box starts with
    /// it.
    #[prop_or_default]
    pub link_name: Option<AttrValue>,
    /// The saved scenarios: a save says the name it gets when the typed one is taken.
    pub library: std::rc::Rc<crate::library::Library>,
}

/// Enters full screen (on the whole page: the presentation replaces it). Browsers allow it
/// only from a user's click or key press; where they refuse, the presentation fills the
/// window instead.
fn enter_fullscreen() {
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    // Called through JavaScript, not `Element::request_fullscreen`: browsers refuse it by
    // rejecting the promise it returns (a frame without the permission), which web-sys drops,
    // so the refusal surfaced as an uncaught error in the console.
    let Ok(request) = js_sys::Reflect::get(&root, &"requestFullscreen".into()) else {
        return;
    };
    let Ok(request) = request.dyn_into::<js_sys::Function>() else {
        return; // No full screen here: the presentation fills the window.
    };
    match request.call0(&root) {
        Ok(returned) => {
            // Older browsers return nothing and throw instead.
            if let Ok(promise) = returned.dyn_into::<js_sys::Promise>() {
                let refused = Closure::once(|e: JsValue| {
                    gloo::console::log!("full screen refused", e);
                });
                let _ = promise.catch(&refused);
                // Once per presentation: kept for the promise, whenever it settles.
                refused.forget();
            }
        }
        Err(e) => gloo::console::log!("full screen refused", e),
    }
}

#[component]
pub fn StoryboardView(props: &StoryboardViewProps) -> Html {
    let lang = props.lang;
    // The name typed so far (`None`: none typed, the link's name stands). Held here, not read
    // from the box at submit: the box's `value` is set on every render, and the renders while
    // the storyboard's runs came in wiped a name being typed (it was saved as "Kịch bản đã lưu").
    let draft = use_state(|| None::<String>);
    let typed = (*draft)
        .clone()
        .unwrap_or_else(|| props.link_name.as_deref().unwrap_or_default().to_string());
    // The last save's name when it was numbered, and the scenario whose name it took (the
    // library's save form says the same): the storyboard's save had renamed it silently.
    let numbered = use_state(|| None::<(String, String)>);
    let on_name = {
        let draft = draft.clone();
        let numbered = numbered.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()));
            numbered.set(None);
        })
    };
    let ready = !props.shown.is_empty() && props.shown.iter().all(Shown::is_final);
    let (done, total) = props
        .shown
        .iter()
        .fold((0u32, 0u32), |(d, t), s| match &s.outcome {
            Some(o) => (d + o.runs_done.min(o.runs_wanted), t + o.runs_wanted),
            None => (d, t + s.scenario.runs),
        });
    let status = if ready {
        lang.t(PresentMsg::Ready).to_string()
    } else {
        lang.fill(
            PresentMsg::Preparing,
            &[
                ("done", &lang.number(f64::from(done), 0)),
                ("total", &lang.number(f64::from(total), 0)),
            ],
        )
    };
    let on_save = {
        let on_action = props.on_action.clone();
        let draft = draft.clone();
        let typed = typed.clone();
        let library = props.library.clone();
        let numbered = numbered.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let fallback = lang.t(PresentMsg::SaveFallback);
            numbered.set(
                library
                    .taken_by(&typed, fallback)
                    .map(|taken| (library.name_for(&typed, fallback), taken)),
            );
            on_action.emit(StageAction::SaveCurrentToStory {
                name: typed.clone(),
                fallback: fallback.into(),
                now: String::from(js_sys::Date::new_0().to_iso_string()),
            });
            draft.set(Some(String::new()));
        })
    };
    let on_start = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            enter_fullscreen();
            on_action.emit(StageAction::Present);
        })
    };
    let full = props.story.len() >= MAX_STORY;
    let available = |keep: fn(&ScenarioRef) -> bool| {
        props
            .choices
            .iter()
            .filter(|(r, _)| keep(r))
            .map(|(r, name)| {
                // Shown by another entry with the same scenario: that entry's name.
                let twin = props
                    .added
                    .iter()
                    .find(|(choice, entry)| choice == r && entry != r)
                    .and_then(|(_, entry)| props.choices.iter().find(|(c, _)| c == entry))
                    .map(|(_, twin)| twin.text(lang));
                let added = props.story.contains(r) || props.added.iter().any(|(c, _)| c == r);
                let off = added || full;
                let on_add = {
                    let on_action = props.on_action.clone();
                    let r = r.clone();
                    Callback::from(move |_: MouseEvent| {
                        if !off {
                            on_action.emit(StageAction::AddToStory(r.clone()))
                        }
                    })
                };
                let id = format!("story-choice-{}", r.key().replace(':', "-"));
                html! {
                    <li key={r.key()} class="story-choice">
                        <span id={id.clone()}>{ name_html(name, lang) }</span>
                        <button
                            type="button"
                            class="button-quiet"
                            aria-disabled={off.to_string()}
                            aria-describedby={id}
                            data-testid={format!("story-add-{}", r.key())}
                            onclick={on_add}
                        >
                            { match (&twin, added) {
                                (Some(twin), _) => lang.fill(PresentMsg::AddedAs, &[("name", twin)]),
                                (None, true) => lang.t(PresentMsg::Added).to_string(),
                                (None, false) => lang.t(PresentMsg::Add).to_string(),
                            } }
                        </button>
                    </li>
                }
            })
            .collect::<Html>()
    };
    let group = |title: CompareMsg, items: Html| {
        html! {
            <>
                <p class="story-group">{ lang.t(title) }</p>
                <ul class="story-choices">{ items }</ul>
            </>
        }
    };
    let has_saved = props
        .choices
        .iter()
        .any(|(r, _)| matches!(r, ScenarioRef::Saved(_)));
    // Each shown scenario's slides beyond the five (one diff per scenario, read by its line
    // in the order and by the slide count).
    let decks = deck_items(&props.shown, &props.defaults, &props.dataset);
    let order = props.story.iter().enumerate().map(|(i, r)| {
        let shown = props.shown.iter().find(|s| s.reference == *r);
        let districts = props
            .shown
            .iter()
            .position(|s| s.reference == *r)
            .and_then(|j| decks.get(j))
            .map(|d| d.districts.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|&(d, _)| crate::names::district_in_sentence(&props.dataset, d, lang))
            .collect::<Vec<_>>()
            .join(", ");
        let id = format!("story-item-{i}");
        let button = |label: PresentMsg, glyph: &'static str, action: StageAction, enabled: bool, testid: String| {
            let on_action = props.on_action.clone();
            html! {
                <button
                    type="button"
                    class="button-quiet story-move"
                    aria-label={lang.t(label)}
                    title={lang.t(label)}
                    aria-describedby={id.clone()}
                    aria-disabled={(!enabled).to_string()}
                    data-testid={testid}
                    onclick={Callback::from(move |_: MouseEvent| {
                        if enabled {
                            // Where the focus goes if the list's change took it away.
                            let after = match &action {
                                StageAction::MoveInStory(i, d) => {
                                    let to = (*i as isize + *d).max(0) as usize;
                                    let dir = if *d < 0 { "up" } else { "down" };
                                    vec![format!("story-{dir}-{to}"), format!("story-remove-{to}")]
                                }
                                StageAction::RemoveFromStory(i) => vec![
                                    format!("story-remove-{i}"),
                                    format!("story-remove-{}", i.saturating_sub(1)),
                                    // The list emptied: its heading, where "nothing chosen"
                                    // is read (the name box at the screen's top was a jump).
                                    "story-order-heading".to_string(),
                                ],
                                _ => Vec::new(),
                            };
                            on_action.emit(action.clone());
                            crate::components::refocus_after_render(after);
                        }
                    })}
                >
                    { glyph }
                </button>
            }
        };
        html! {
            <li key={r.key()} class="story-item" data-testid="story-item" data-ref={r.key()}>
                <span class="story-number" aria-hidden="true">{ i + 1 }{ "." }</span>
                <span id={id.clone()} class="story-name">
                    { shown.map_or_else(|| html! { { "–" } }, |s| name_html(&s.name, lang)) }
                    // The current scenario follows the edits: a planner who added the default
                    // and then moved a lever read her default as lost, and lost it on saving.
                    if *r == ScenarioRef::Current {
                        <span class="story-districts" data-testid={format!("story-live-{i}")}>
                            { lang.t(PresentMsg::StoryLive) }
                        </span>
                    }
                    // Its district slides, named: the planner sees Bảo Lạc's slide is coming.
                    if !districts.is_empty() {
                        <span class="story-districts" data-testid={format!("story-districts-{i}")}>
                            { lang.fill(PresentMsg::StoryDistricts, &[("districts", &districts)]) }
                        </span>
                    }
                </span>
                <span class="story-status" data-final={shown.is_some_and(Shown::is_final).to_string()}>
                    { shown.map(|s| crate::components::compare::picker::progress_text(lang, s)).unwrap_or_default() }
                </span>
                { button(PresentMsg::MoveUp, "↑", StageAction::MoveInStory(i, -1), i > 0, format!("story-up-{i}")) }
                { button(PresentMsg::MoveDown, "↓", StageAction::MoveInStory(i, 1), i + 1 < props.story.len(), format!("story-down-{i}")) }
                { button(PresentMsg::RemoveItem, "✕", StageAction::RemoveFromStory(i), true, format!("story-remove-{i}")) }
            </li>
        }
    });
    // Back from the presentation (Escape, "Thoát"), nothing has the focus: give it to "Start",
    // where the presenter left, rather than to the top of the page.
    let start_ref = use_node_ref();
    {
        let start_ref = start_ref.clone();
        use_effect_with((), move |_| {
            let lost = gloo::utils::document()
                .active_element()
                .is_none_or(|el| el == gloo::utils::body().into());
            if lost {
                if let Some(b) = start_ref.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }
    let count = slides(&decks).len();
    html! {
        <section class="storyboard screen" aria-labelledby="story-heading" data-testid="storyboard">
            <div class="screen-head">
                <h2 id="story-heading" tabindex="-1">{ lang.t(PresentMsg::StoryHeading) }</h2>
                <p class="section-explainer">{ lang.t(PresentMsg::StoryIntro) }</p>
            </div>
            <div class="storyboard-columns">
                <div class="storyboard-pick">
                    // Every "Thêm" was refused without a word once the deck held its most.
                    if full {
                        <p class="lever-note" role="status" data-testid="story-full">
                            { lang.fill(PresentMsg::StoryFull, &[("max", &MAX_STORY.to_string())]) }
                        </p>
                    }
                    <form class="panel story-save" onsubmit={on_save}>
                        <h3>{ lang.t(PresentMsg::SaveHeading) }</h3>
                        <label for="story-save-name">{ lang.t(PresentMsg::SaveLabel) }</label>
                        <div class="story-save-row">
                            <input
                                id="story-save-name"
                                type="text"
                                maxlength="80"
                                value={typed}
                                oninput={on_name}
                                placeholder={lang.t(PresentMsg::SavePlaceholder)}
                                data-testid="story-save-name"
                            />
                            <button type="submit" class="button" disabled={full} data-testid="story-save">
                                { lang.t(PresentMsg::SaveButton) }
                            </button>
                        </div>
                        <p class="group-hint">{ lang.t(PresentMsg::SaveHint) }</p>
                        <p class="lever-note" role="status" data-testid="story-save-status">
                            if let Some((given, taken)) = &*numbered {
                                { lang.fill(PresentMsg::SavedNumbered, &[("name", given), ("typed", taken)]) }
                            }
                        </p>
                    </form>
                    <section class="panel story-available" aria-labelledby="story-available-h">
                        <h3 id="story-available-h">{ lang.t(PresentMsg::AvailableHeading) }</h3>
                        if !has_saved {
                            <p class="group-hint" data-testid="story-no-saved">{ lang.t(PresentMsg::NoSaved) }</p>
                        }
                        if has_saved {
                            { group(CompareMsg::GroupSaved, available(|r| matches!(r, ScenarioRef::Saved(_)))) }
                        }
                        { group(CompareMsg::GroupCurrent, available(|r| *r == ScenarioRef::Current)) }
                        { group(CompareMsg::GroupPresets, available(|r| matches!(r, ScenarioRef::Preset(_)))) }
                    </section>
                </div>
                <section class="panel story-order" aria-labelledby="story-order-h">
                    <h3 id="story-order-h" tabindex="-1" data-testid="story-order-heading">{ lang.t(PresentMsg::OrderHeading) }</h3>
                    if props.story.is_empty() {
                        <p class="group-hint" data-testid="story-empty">{ lang.t(PresentMsg::OrderEmpty) }</p>
                    } else {
                        <ol class="story-items" data-testid="story-items">{ for order }</ol>
                    }
                    <p class="story-ready" role="status" data-testid="story-status" data-ready={ready.to_string()}>
                        { status }
                    </p>
                    <div class="story-start">
                        <button
                            type="button"
                            class="button button-large"
                            disabled={!ready}
                            ref={start_ref}
                            data-testid="present-start"
                            onclick={on_start}
                        >
                            { lang.t(PresentMsg::Start) }
                        </button>
                        <span class="story-count" data-testid="story-slide-count">
                            { lang.fill(PresentMsg::SlideCount, &[("n", &count.to_string())]) }
                        </span>
                    </div>
                    <p class="group-hint">{ lang.t(PresentMsg::KeysHint) }</p>
                </section>
            </div>
        </section>
    }
}
