//! The stage: what the page shows beyond the workspace — which screen, the scenarios being
//! compared, the presentation's storyboard and the slide on screen — and the results of the
//! scenarios those screens show (a cache per scenario, filled by `runs::use_stage_runs`).
//!
//! Pure data and rules, tested natively; `AppState::apply` hands `Action::Stage` and
//! `Action::StageResults` to [`AppState::stage_action`] and [`AppState::stage_results`].
//! While a presentation runs, the reducer refuses every action that could change what it shows
//! ([`allowed_while_presenting`]): no lever, link, autosave or library change gets through, and
//! the slides show results with every run done.
//!
//! Neither the comparison nor the storyboard travels in the share link, and neither is
//! autosaved: they name scenarios saved in this browser, which the reader of a link does not
//! have, and four scenarios in one link would be far too long for a QR code. A link shares one
//! scenario; the library shares the rest.

use std::rc::Rc;

use ntm_model::scenario::presets;
use ntm_model::{Dataset, Scenario};

use super::{Action, AppState, LibraryAction};
use crate::i18n::{Lang, PresentMsg};
use crate::simulation::Outcome;
use crate::storage::stage::SavedStage;
use crate::storage::EditOf;

/// Fewest and most scenarios compared side by side.
pub const MIN_COMPARED: usize = 2;
pub const MAX_COMPARED: usize = 4;
/// Most scenarios in a storyboard (each brings six slides).
pub const MAX_STORY: usize = 8;
/// Results kept for scenarios no screen shows any more (so going back is instant).
const SPARE_RESULTS: usize = 8;

/// The page's screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// Levers and results of the current scenario.
    #[default]
    Workspace,
    /// Two to four scenarios side by side.
    Compare,
    /// The storyboard, before and after presenting.
    Storyboard,
    /// The printable report of the current scenario.
    Report,
}

impl Screen {
    pub const ALL: [Screen; 4] = [
        Screen::Workspace,
        Screen::Compare,
        Screen::Storyboard,
        Screen::Report,
    ];

    /// Stable name for test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Workspace => "workspace",
            Screen::Compare => "compare",
            Screen::Storyboard => "present",
            Screen::Report => "report",
        }
    }
}

/// A scenario a screen can show, by where it comes from. Saved scenarios are named by their
/// stable id, so a renamed one stays in place.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScenarioRef {
    /// The scenario being edited in the workspace.
    Current,
    /// One of the dataset's presets (by id).
    Preset(String),
    /// A scenario of the library (by id).
    Saved(String),
}

impl ScenarioRef {
    /// A stable text form (`current`, `preset:<id>`, `saved:<id>`) for `<select>` values and
    /// test hooks.
    pub fn key(&self) -> String {
        match self {
            ScenarioRef::Current => "current".into(),
            ScenarioRef::Preset(id) => format!("preset:{id}"),
            ScenarioRef::Saved(id) => format!("saved:{id}"),
        }
    }

    /// The reference a [`ScenarioRef::key`] stands for.
    pub fn parse(key: &str) -> Option<ScenarioRef> {
        if key == "current" {
            return Some(ScenarioRef::Current);
        }
        let (kind, id) = key.split_once(':')?;
        (!id.is_empty()).then_some(())?;
        match kind {
            "preset" => Some(ScenarioRef::Preset(id.into())),
            "saved" => Some(ScenarioRef::Saved(id.into())),
            _ => None,
        }
    }
}

/// How a scenario is named on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum ScenarioName {
    /// "Kịch bản hiện tại".
    Current,
    /// A preset's name, as the dataset gives it in each language.
    Preset { vi: String, en: String },
    /// What the planner typed (shown as typed, in both languages).
    Saved(String),
    /// The name the share link that opened the scenario carried (typed by its sender).
    Linked(String),
    /// One of the others, changed on this page since: "Tăng vốn 150% (đã sửa)". Without it an
    /// edited saved scenario went nameless ("Kịch bản hiện tại") in the report and the slides.
    Edited(Box<ScenarioName>),
    /// The current scenario where another scenario on the same list bears its name (it equals a
    /// saved one): "Tăng vốn 150% (hiện tại)", so that two columns or options never read alike.
    CurrentOf(Box<ScenarioName>),
}

impl ScenarioName {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ScenarioName::Current => lang.t(PresentMsg::CurrentScenario).to_string(),
            ScenarioName::Preset { vi, en } => lang.pick(vi, en).to_string(),
            ScenarioName::Saved(name) | ScenarioName::Linked(name) => name.clone(),
            ScenarioName::Edited(name) => {
                lang.fill(PresentMsg::EditedName, &[("name", &name.text(lang))])
            }
            ScenarioName::CurrentOf(name) => {
                lang.fill(PresentMsg::CurrentNamed, &[("name", &name.text(lang))])
            }
        }
    }

    /// True for a name the planner typed (its language is unknown: screens mark it as a
    /// proper name, not to be translated).
    pub fn is_typed(&self) -> bool {
        match self {
            ScenarioName::Saved(_) | ScenarioName::Linked(_) => true,
            ScenarioName::Edited(name) | ScenarioName::CurrentOf(name) => name.is_typed(),
            ScenarioName::Current | ScenarioName::Preset { .. } => false,
        }
    }

    /// The same name after the saved scenario `old` was renamed `new`.
    pub fn renamed(self, old: &str, new: &str) -> ScenarioName {
        match self {
            ScenarioName::Saved(name) if name == old => ScenarioName::Saved(new.to_string()),
            ScenarioName::Edited(name) => ScenarioName::Edited(Box::new(name.renamed(old, new))),
            ScenarioName::CurrentOf(name) => {
                ScenarioName::CurrentOf(Box::new(name.renamed(old, new)))
            }
            other => other,
        }
    }

    /// The name as the autosave keeps what the work is an edit of; `None` for one it does not
    /// keep (the current scenario, or a name made of another).
    pub fn to_stored(&self) -> Option<EditOf> {
        match self {
            ScenarioName::Saved(name) => Some(EditOf::Saved {
                name: name.clone(),
                id: None,
            }),
            ScenarioName::Linked(name) => Some(EditOf::Linked { name: name.clone() }),
            ScenarioName::Preset { vi, en } => Some(EditOf::Preset {
                vi: vi.clone(),
                en: en.clone(),
            }),
            ScenarioName::Current | ScenarioName::Edited(_) | ScenarioName::CurrentOf(_) => None,
        }
    }

    /// The name the autosave kept; a saved scenario's as the library names it now (renamed
    /// since, on a page that did not write the autosave again, or in another tab).
    pub fn from_stored(stored: &EditOf, library: &crate::library::Library) -> ScenarioName {
        match stored {
            EditOf::Saved { name, id } => ScenarioName::Saved(
                id.as_deref()
                    .and_then(|id| library.get(id))
                    .map_or_else(|| name.clone(), |s| s.name.clone()),
            ),
            EditOf::Linked { name } => ScenarioName::Linked(name.clone()),
            EditOf::Preset { vi, en } => ScenarioName::Preset {
                vi: vi.clone(),
                en: en.clone(),
            },
        }
    }

    /// What a change to the scenario so named leaves it named: an edit of it (an edit of an
    /// edit is one edit).
    pub fn edited(self) -> Option<ScenarioName> {
        match self {
            ScenarioName::Current => None,
            ScenarioName::Edited(name) | ScenarioName::CurrentOf(name) => Some(*name),
            named => Some(named),
        }
    }
}

/// A preset of the dataset with its scenario (built once per page).
#[derive(Debug, Clone, PartialEq)]
pub struct PresetScenario {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub about_vi: String,
    pub about_en: String,
    pub scenario: Rc<Scenario>,
}

/// A scenario a screen shows: where it comes from, its name, the scenario, and its results
/// when known (`None` while they are computed).
#[derive(Debug, Clone)]
pub struct Shown {
    pub reference: ScenarioRef,
    pub name: ScenarioName,
    pub scenario: Rc<Scenario>,
    pub outcome: Option<Rc<Outcome>>,
}

impl PartialEq for Shown {
    /// Results by identity (a refinement is a new `Rc`), the rest by value.
    fn eq(&self, other: &Self) -> bool {
        self.reference == other.reference
            && self.name == other.name
            && self.scenario == other.scenario
            && match (&self.outcome, &other.outcome) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

impl Shown {
    /// Every run of the scenario is done.
    pub fn is_final(&self) -> bool {
        self.outcome.as_ref().is_some_and(|o| o.is_final())
    }
}

/// A slide of the presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// One of the storyboard's slides of item `item`.
    Scenario { item: usize, kind: SlideKind },
    /// A district the scenario singles out (`district`: its index in the dataset): its
    /// villages and communes, its communes' chances and what blocks them, after the scenario's
    /// province-wide slides. A district planner's scenario read as the province's only.
    /// A district's communes run over `pages` slides (`page` from 0), [`DISTRICT_ROWS`] or
    /// fewer each, so that every row reads from the back of the room.
    District {
        item: usize,
        district: usize,
        page: usize,
        pages: usize,
    },
    /// The levers and assumptions scenario `item` sets apart from the defaults, over `pages`
    /// slides (`page` from 0) of [`LEVER_ROWS`] rows or fewer: a plan of twenty changes on one
    /// slide shrank its type to 11–12 px on a 1280 × 720 projector.
    Levers {
        item: usize,
        page: usize,
        pages: usize,
    },
    /// Every scenario of the storyboard side by side (when there are two or more), over
    /// `pages` slides (`page` from 0): the counts on one and the money on the next, since on
    /// one slide four scenarios' table shrank to 12 px and its note ran under the controls,
    /// and two scenarios' P10–P90 ranges and note fell to 12 px on a 1024 × 768 projector.
    Summary { page: usize, pages: usize },
}

/// The side-by-side slides: the counts, then the money.
const SUMMARY_PAGES: usize = 2;

/// The slides of one scenario, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideKind {
    /// Its name and what it does (money, rule, training, what else it changes): no results
    /// needed, so it shows at once.
    Title,
    /// Every lever and assumption it sets apart from the defaults, district and commune
    /// settings included (the title slide names three): only when it changes any, as
    /// [`Slide::Levers`] pages (its place in the order is this one).
    Levers,
    /// What it achieves, in the generated narrative's sentences. Its own slide: beside the
    /// name and the levers on the title, the text shrank to 20 px at 1280 × 720 and the notes
    /// to 14 px.
    Story,
    /// The headline figures with their targets.
    Headline,
    /// Villages at the standard per year.
    Villages,
    /// Communes recognised per year.
    Communes,
    /// The criteria that block the communes still short of the standard.
    Blockers,
}

impl SlideKind {
    pub const ALL: [SlideKind; 7] = [
        SlideKind::Title,
        SlideKind::Levers,
        SlideKind::Story,
        SlideKind::Headline,
        SlideKind::Villages,
        SlideKind::Communes,
        SlideKind::Blockers,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SlideKind::Title => "title",
            SlideKind::Levers => "levers",
            SlideKind::Story => "story",
            SlideKind::Headline => "headline",
            SlideKind::Villages => "villages",
            SlideKind::Communes => "communes",
            SlideKind::Blockers => "blockers",
        }
    }
}

/// What decides a scenario's slides beyond the storyboard's six (see [`deck_items`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeckItem {
    /// The rows of its levers table against the defaults (a lever changed alike over
    /// consecutive years is one row): a levers slide, or more, when there are any.
    pub levers: usize,
    /// The warnings under its levers table (fixed amounts cut to fit, support units beyond
    /// the province's): each takes about [`WARNING_ROWS`] rows' room on the last levers slide.
    pub lever_warnings: usize,
    /// The districts it singles out (dataset order), each with its count of xã: a slide each,
    /// or more for a district of many xã ([`district_pages`]).
    pub districts: Vec<(usize, usize)>,
}

/// Rows a levers slide lists at most: as many as a district slide's, which read from the back
/// of the room at 1366 × 768.
pub const LEVER_ROWS: usize = 8;

/// Rows' room a warning takes under a levers table (three or four lines of the slide's type).
pub const WARNING_ROWS: usize = 2;

/// Slides for a levers table of `rows` rows (none when there are none), with `warnings`
/// warnings under it.
pub fn lever_pages(rows: usize, warnings: usize) -> usize {
    if rows == 0 {
        return 0;
    }
    (rows + warnings * WARNING_ROWS).div_ceil(LEVER_ROWS)
}

/// How many warnings the lever tables show under `sc`'s levers (`lever_table::lever_warnings`:
/// fixed amounts cut to fit, support units beyond the province's).
fn lever_warning_count(ds: &Dataset, sc: &Scenario) -> usize {
    usize::from(ntm_model::sim::fixed_overrun(ds, sc).is_some())
        + usize::from(ntm_model::sim::support_overrun(ds, sc).is_some())
}

/// Communes a district slide lists at most: 16 rows took the type to its floor at 1366 × 768
/// and still scrolled.
pub const DISTRICT_ROWS: usize = 8;

/// Slides for a district of `communes` xã.
pub fn district_pages(communes: usize) -> usize {
    communes.div_ceil(DISTRICT_ROWS).max(1)
}

/// The rows of `page` of `pages` among `rows`, the pages as even as they go (19 xã: 6, 6, 7).
pub fn page_rows(rows: usize, page: usize, pages: usize) -> std::ops::Range<usize> {
    let pages = pages.max(1);
    let at = |p: usize| (p.min(pages) * rows) / pages;
    at(page)..at(page + 1)
}

/// Districts a scenario may single out and still get a slide each: more is a province-wide
/// plan (its levers slide lists them), and a deck of ten district slides is not a meeting.
pub const MAX_DISTRICT_SLIDES: usize = 3;

/// The slides of a storyboard of `items`: each scenario's slides in storyboard order, its
/// levers slide only when it changes something, a slide for each district it singles out,
/// then the side-by-side summary when there is more than one.
pub fn slides(items: &[DeckItem]) -> Vec<Slide> {
    let mut out: Vec<Slide> = Vec::new();
    for (item, deck) in items.iter().enumerate() {
        for &kind in &SlideKind::ALL {
            if kind == SlideKind::Levers {
                let pages = lever_pages(deck.levers, deck.lever_warnings);
                out.extend((0..pages).map(|page| Slide::Levers { item, page, pages }));
            } else {
                out.push(Slide::Scenario { item, kind });
            }
        }
        for &(district, communes) in &deck.districts {
            let pages = district_pages(communes);
            out.extend((0..pages).map(|page| Slide::District {
                item,
                district,
                page,
                pages,
            }));
        }
    }
    if items.len() > 1 {
        let pages = SUMMARY_PAGES;
        out.extend((0..pages).map(|page| Slide::Summary { page, pages }));
    }
    out
}

/// For [`slides`]: how many rows each scenario's levers table has against `defaults`, as its
/// levers slides list them (the model's diff: a file that spells a default
/// out is not a change, and must not get a slide saying "no change"), and the districts it
/// singles out: those whose own levers, or whose communes' levers, it changes — none when
/// more than [`MAX_DISTRICT_SLIDES`] are.
pub fn deck_items(items: &[Shown], defaults: &Scenario, ds: &Dataset) -> Vec<DeckItem> {
    items
        .iter()
        .map(|s| {
            use crate::compare_logic::levers::{grouped, lever_rows};
            // The levers table's rows are the model's diff, one row a change: one diff serves
            // both the levers slides and the district slides.
            let rows = lever_rows(&[defaults, &s.scenario], ds);
            DeckItem {
                levers: grouped(&rows).len(),
                lever_warnings: lever_warning_count(ds, &s.scenario),
                districts: singled_out(rows.iter().map(|r| &r.path), ds)
                    .into_iter()
                    .map(|d| {
                        let xa = ds
                            .communes
                            .iter()
                            .filter(|c| c.district == d && c.is_candidate())
                            .count();
                        (d, xa)
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The districts a scenario singles out against `defaults` (see [`deck_items`]): its slides
/// and its printed report give each a section of its own.
pub fn focus_districts(defaults: &Scenario, sc: &Scenario, ds: &Dataset) -> Vec<usize> {
    let changes = ntm_model::scenario::diff::diff(defaults, sc, ds);
    singled_out(changes.iter().map(|c| &c.path), ds)
}

fn singled_out<'a>(
    changed: impl Iterator<Item = &'a ntm_model::scenario::diff::LeverPath>,
    ds: &Dataset,
) -> Vec<usize> {
    use ntm_model::scenario::diff::LeverPath;
    let mut districts: Vec<usize> = changed
        .filter_map(|path| match path {
            LeverPath::District(code, _) => ds.district_index(code),
            LeverPath::Commune(code, _) | LeverPath::CustomWeight(code) => ds
                .communes
                .iter()
                .find(|x| &x.code == code)
                .map(|x| x.district),
            _ => None,
        })
        .collect();
    districts.sort_unstable();
    districts.dedup();
    if districts.len() > MAX_DISTRICT_SLIDES {
        districts.clear();
    }
    districts
}

/// A move through the slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

impl Step {
    /// The step a key stands for while presenting (→, PageDown, Space: next; ←, PageUp,
    /// Shift+Space: previous, as in other presentation programs; Home; End). `None` for any
    /// other key.
    pub fn from_key(key: &str, shift: bool) -> Option<Step> {
        match key {
            " " | "Spacebar" if shift => Some(Step::Previous),
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => Some(Step::Next),
            "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Some(Step::Previous),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            _ => None,
        }
    }

    /// The step a finger's swipe on a slide stands for, from how far it moved (`dx`, `dy`, CSS
    /// pixels) in `ms` milliseconds: right to left is the next slide, as turning a page; left
    /// to right the previous one. A short, slow or mostly vertical move (a tap on a button, a
    /// tall slide scrolled) is no step.
    pub fn from_swipe(dx: f64, dy: f64, ms: f64) -> Option<Step> {
        const MIN_PX: f64 = 50.0;
        const MAX_MS: f64 = 1000.0;
        // Written as what a swipe is, so that a NaN (no position) is none.
        let swipe =
            dx.abs() >= MIN_PX && dx.abs() >= 2.0 * dy.abs() && (0.0..=MAX_MS).contains(&ms);
        if !swipe {
            return None;
        }
        Some(if dx < 0.0 { Step::Next } else { Step::Previous })
    }

    /// The slide after this step from `at`, among `count` slides (stays in range).
    pub fn from(self, at: usize, count: usize) -> usize {
        let last = count.saturating_sub(1);
        match self {
            Step::Next => (at + 1).min(last),
            Step::Previous => at.saturating_sub(1),
            Step::First => 0,
            Step::Last => last,
        }
    }
}

/// Results of the scenarios the stage shows, one per scenario. Shared (`Rc`) and compared by
/// identity: a new cache is a new value.
#[derive(Debug, Clone, Default)]
pub struct RunCache {
    entries: Rc<Vec<(Rc<Scenario>, Rc<Outcome>)>>,
}

impl PartialEq for RunCache {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entries, &other.entries)
    }
}

impl RunCache {
    /// The results held for `scenario`.
    pub fn get(&self, scenario: &Scenario) -> Option<&Rc<Outcome>> {
        self.entries
            .iter()
            .find(|(s, _)| **s == *scenario)
            .map(|(_, o)| o)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The cache with `outcome` for `scenario`, if it adds runs to what is held; the entry
    /// moves to the end (most recent), and the oldest entries no screen wants are dropped
    /// beyond [`SPARE_RESULTS`].
    fn with(
        &self,
        scenario: Rc<Scenario>,
        outcome: Rc<Outcome>,
        wanted: &[Rc<Scenario>],
    ) -> Option<RunCache> {
        if self
            .get(&scenario)
            .is_some_and(|o| o.runs_done >= outcome.runs_done)
        {
            return None;
        }
        let mut entries: Vec<(Rc<Scenario>, Rc<Outcome>)> = self
            .entries
            .iter()
            .filter(|(s, _)| **s != *scenario)
            .cloned()
            .collect();
        entries.push((scenario, outcome));
        let is_wanted = |s: &Scenario| wanted.iter().any(|w| **w == *s);
        let mut spare = entries.iter().filter(|(s, _)| !is_wanted(s)).count();
        entries.retain(|(s, _)| {
            if spare > SPARE_RESULTS && !is_wanted(s) {
                spare -= 1;
                false
            } else {
                true
            }
        });
        Some(RunCache {
            entries: Rc::new(entries),
        })
    }
}

/// The stage's part of the page state.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub screen: Screen,
    /// The scenarios compared, in column order (the first is the reference).
    pub compare: Vec<ScenarioRef>,
    /// The comparison charts show each scenario's P10–P90 range.
    pub bands: bool,
    /// The storyboard, in presentation order (empty: the current scenario alone).
    pub story: Vec<ScenarioRef>,
    /// The slide on screen while presenting.
    pub presenting: Option<usize>,
    /// The slide the last presentation was left at, and the scenarios it showed: starting
    /// again with the same scenarios goes back there (an Escape pressed by mistake at slide 9
    /// of 12 sent the presenter back to slide 1 in front of the room; Home goes to the first).
    /// By content, not reference: a lever changed since adds or removes slides. Not kept when
    /// the last slide was left (the next meeting starts at the first).
    pub left_at: Option<(Vec<Rc<Scenario>>, usize)>,
    /// The dataset's presets with their scenarios.
    pub presets: Rc<Vec<PresetScenario>>,
    pub runs: RunCache,
    /// Bumped when this page changes the comparison or the storyboard; the page keeps them in
    /// local storage only then (0: as read, or untouched), so pruning a scenario another tab
    /// deleted never writes this page's line-up over that tab's.
    pub generation: u64,
}

impl Stage {
    /// True when the comparison or the storyboard (what local storage keeps) differ.
    fn line_up_differs(&self, other: &Stage) -> bool {
        self.compare != other.compare || self.story != other.story || self.bands != other.bands
    }

    /// The stage of a page just opened on `ds`: the workspace, nothing compared yet.
    pub fn new(ds: &Dataset) -> Stage {
        let presets = presets::all(ds)
            .into_iter()
            .map(|(p, scenario)| PresetScenario {
                id: p.id.clone(),
                name_vi: p.name_vi.clone(),
                name_en: p.name_en.clone(),
                about_vi: p.about_vi.clone(),
                about_en: p.about_en.clone(),
                scenario: Rc::new(scenario),
            })
            .collect();
        Stage {
            screen: Screen::Workspace,
            compare: Vec::new(),
            bands: true,
            story: Vec::new(),
            presenting: None,
            left_at: None,
            presets: Rc::new(presets),
            runs: RunCache::default(),
            generation: 0,
        }
    }
}

/// Every change of the stage.
#[derive(Debug, Clone, PartialEq)]
pub enum StageAction {
    Show(Screen),
    /// Column `i` of the comparison shows another scenario.
    SetCompared(usize, ScenarioRef),
    /// One more column (a scenario not compared yet), up to [`MAX_COMPARED`].
    AddCompared,
    /// Column `i` removed (never below [`MIN_COMPARED`]).
    RemoveCompared(usize),
    SetBands(bool),
    /// A scenario added at the end of the storyboard (once).
    AddToStory(ScenarioRef),
    RemoveFromStory(usize),
    /// Storyboard item `i` moved up (`-1`) or down (`+1`).
    MoveInStory(usize, isize),
    /// Saves the current scenario in the library and adds it to the storyboard.
    SaveCurrentToStory {
        name: String,
        fallback: String,
        now: String,
    },
    /// Starts presenting at the first slide, or where the last presentation of the same
    /// storyboard was left (only when every storyboard scenario has all its runs).
    Present,
    Go(Step),
    StopPresenting,
    /// The browser's Back or Forward brought an entry of this page (`screen_history`), or a
    /// reload one: its screen, leaving a presentation as Escape does.
    Navigated(Screen),
}

/// Marks the current scenario among `shown` as such where another of them reads alike.
fn tell_current_apart(shown: &mut [Shown]) {
    let others: Vec<String> = shown
        .iter()
        .filter(|s| s.reference != ScenarioRef::Current)
        .map(|s| s.name.text(Lang::Vi))
        .collect();
    for s in shown
        .iter_mut()
        .filter(|s| s.reference == ScenarioRef::Current)
    {
        s.name = told_apart(
            std::mem::replace(&mut s.name, ScenarioName::Current),
            &others,
        );
    }
}

/// The current scenario's `name`, marked as the current one when another scenario on the same
/// list (`others`, their Vietnamese texts) reads alike: a saved copy of it, or a link's name
/// that a saved scenario also bears.
fn told_apart(name: ScenarioName, others: &[String]) -> ScenarioName {
    let text = name.text(Lang::Vi);
    if name != ScenarioName::Current && others.iter().any(|o| crate::library::same_name(o, &text)) {
        ScenarioName::CurrentOf(Box::new(name))
    } else {
        name
    }
}

/// Puts the saved copy of the current scenario on the storyboard: in the place of the
/// current scenario when that is already there (added with "Thêm", then saved with "Lưu và
/// thêm vào trình chiếu", it was on the slides twice, once by its new name), else last.
fn put_saved_in_story(story: &mut Vec<ScenarioRef>, saved: ScenarioRef) {
    match story.iter().position(|r| *r == ScenarioRef::Current) {
        Some(at) => story[at] = saved,
        None => story.push(saved),
    }
}

/// What may still happen while a presentation runs: moving through it, leaving it, the
/// language, and results arriving (none of which changes a number on a slide).
pub fn allowed_while_presenting(action: &Action) -> bool {
    match action {
        Action::Stage(a) => matches!(
            a,
            StageAction::Go(_) | StageAction::StopPresenting | StageAction::Navigated(_)
        ),
        Action::SetLanguage(_)
        | Action::ResultsReady(_)
        | Action::BaselineReady(_)
        | Action::StageResults(..)
        | Action::StorageFailed(_)
        | Action::LibraryFailed(_) => true,
        _ => false,
    }
}

impl AppState {
    /// The scenario `r` stands for, with its name; `None` for a preset or saved scenario that
    /// no longer exists.
    pub fn resolve(&self, r: &ScenarioRef) -> Option<(ScenarioName, Rc<Scenario>)> {
        match r {
            // Called by the name the headline gives it: the name a planner typed for it (saved,
            // or brought by its link), so a colleague presenting a scenario sent to them shows
            // its sender's name, or the preset's it equals (as "Kịch bản hiện tại", the unchanged
            // default read as some other scenario on the slides, under its name in the report).
            // Where the preset is also on the list, `tell_current_apart` adds "(hiện tại)".
            ScenarioRef::Current => Some((self.current_name(), Rc::new(self.scenario.clone()))),
            ScenarioRef::Preset(id) => {
                let p = self.stage.presets.iter().find(|p| &p.id == id)?;
                let name = ScenarioName::Preset {
                    vi: p.name_vi.clone(),
                    en: p.name_en.clone(),
                };
                Some((name, p.scenario.clone()))
            }
            ScenarioRef::Saved(id) => {
                let s = self.library.get(id)?;
                Some((
                    ScenarioName::Saved(s.name.clone()),
                    Rc::new(s.scenario.clone()),
                ))
            }
        }
    }

    /// The scenario `r` names, borrowed (`resolve` without its name and copy).
    fn scenario_of(&self, r: &ScenarioRef) -> Option<&Scenario> {
        match r {
            ScenarioRef::Current => Some(&self.scenario),
            ScenarioRef::Preset(id) => self
                .stage
                .presets
                .iter()
                .find(|p| &p.id == id)
                .map(|p| p.scenario.as_ref()),
            ScenarioRef::Saved(id) => self.library.get(id).map(|s| &s.scenario),
        }
    }

    /// Whether the storyboard already shows `r`: itself, or another entry with the same
    /// scenario (the current one while it equals a saved scenario or a preset). Added twice,
    /// the presentation showed the same figures twice under one name.
    pub fn in_story(&self, r: &ScenarioRef) -> bool {
        self.story_entry(r).is_some()
    }

    /// The storyboard's entry that shows `r`: `r` itself, else the first entry with the same
    /// scenario. The storyboard names that twin ("Đã có: “Vốn 150%”"): a bare "Đã thêm" on a
    /// preset the planner never added read as a fault.
    pub fn story_entry(&self, r: &ScenarioRef) -> Option<&ScenarioRef> {
        let this = self.scenario_of(r);
        let story = &self.stage.story;
        story.iter().find(|s| *s == r).or_else(|| {
            story
                .iter()
                .find(|s| this.is_some() && self.scenario_of(s) == this)
        })
    }

    /// The comparison and the storyboard as local storage keeps them.
    pub fn saved_stage(&self) -> SavedStage {
        let keys = |refs: &[ScenarioRef]| refs.iter().map(ScenarioRef::key).collect();
        SavedStage {
            compare: keys(&self.stage.compare),
            story: keys(&self.stage.story),
            bands: self.stage.bands,
        }
    }

    /// The state with the comparison and the storyboard read back from local storage: keys
    /// that do not parse or no longer resolve (a deleted saved scenario, a preset the dataset
    /// dropped) are left out, repeats and anything beyond the limits too; a comparison left
    /// with one column is refilled to two, as after a deletion.
    pub fn with_saved_stage(mut self, saved: Option<SavedStage>) -> AppState {
        let Some(saved) = saved else {
            return self;
        };
        // Entries naming a scenario that is gone, said: a comparison that silently became
        // "current vs default" read as the planner's own choice.
        // Not counted: saved scenarios of a library that did not read, or was set aside (its
        // own notice says so).
        let mut gone = 0;
        let library_read = !self.library_locked && self.notices.library.is_none();
        let mut read = |keys: &[String], max: usize| {
            let mut out: Vec<ScenarioRef> = Vec::new();
            for r in keys.iter().filter_map(|k| ScenarioRef::parse(k)) {
                if self.resolve(&r).is_none() {
                    if library_read || !matches!(r, ScenarioRef::Saved(_)) {
                        gone += 1;
                    }
                } else if out.len() < max && !out.contains(&r) {
                    out.push(r);
                }
            }
            out
        };
        let compare = read(&saved.compare, MAX_COMPARED);
        let story = read(&saved.story, MAX_STORY);
        self.stage.compare = compare;
        self.stage.story = story;
        self.stage.bands = saved.bands;
        self.refill_compared();
        if gone > 0 {
            self.notices.stage = Some(crate::storage::stage::StageProblem::LeftOut(gone));
            // Written back without them, so that the next visit does not say it again.
            self.stage.generation += 1;
        }
        self
    }

    /// A comparison left with fewer than two columns (but not none) gets the default ones it
    /// lacks.
    fn refill_compared(&mut self) {
        if self.stage.compare.is_empty() || self.stage.compare.len() >= MIN_COMPARED {
            return;
        }
        for r in self.default_compared() {
            if self.stage.compare.len() >= MIN_COMPARED {
                break;
            }
            if !self.stage.compare.contains(&r) {
                self.stage.compare.push(r);
            }
        }
    }

    /// `r` resolved, with its results when the cache has them.
    fn shown(&self, r: &ScenarioRef) -> Option<Shown> {
        let (name, scenario) = self.resolve(r)?;
        let outcome = self.stage.runs.get(&scenario).cloned();
        Some(Shown {
            reference: r.clone(),
            name,
            scenario,
            outcome,
        })
    }

    /// Every scenario a screen can pick: the current one, the presets, the saved ones.
    pub fn choices(&self) -> Vec<(ScenarioRef, ScenarioName)> {
        // The current scenario by the name the headline gives it (saved, brought by a link, an
        // edit of one, or the preset it equals): listed as "Kịch bản hiện tại" beside the
        // scenario it equals, it read as another scenario, and the comparison's column and the
        // slides, which say the name, did not match the picker. The one it equals is listed
        // too, so it is marked "(hiện tại)".
        let current = self.current_name();
        let mut out = vec![(ScenarioRef::Current, ScenarioName::Current)];
        out.extend(self.stage.presets.iter().map(|p| {
            (
                ScenarioRef::Preset(p.id.clone()),
                ScenarioName::Preset {
                    vi: p.name_vi.clone(),
                    en: p.name_en.clone(),
                },
            )
        }));
        out.extend(self.library.items.iter().map(|s| {
            (
                ScenarioRef::Saved(s.id.clone()),
                ScenarioName::Saved(s.name.clone()),
            )
        }));
        let others: Vec<String> = out[1..].iter().map(|(_, n)| n.text(Lang::Vi)).collect();
        out[0].1 = told_apart(current, &others);
        out
    }

    /// How the current scenario is named: as the saved scenario it equals (the latest saved
    /// first), else by the name the link that opened it carried, else as the preset it
    /// equals, else "the current scenario".
    pub fn current_name(&self) -> ScenarioName {
        if let Some(s) = self.library.showing(&self.scenario) {
            return ScenarioName::Saved(s.name.clone());
        }
        if let Some(name) = self.link_names.naming(&self.scenario) {
            return ScenarioName::Linked(name.to_string());
        }
        if let Some(p) = self
            .stage
            .presets
            .iter()
            .find(|p| *p.scenario == self.scenario)
        {
            return ScenarioName::Preset {
                vi: p.name_vi.clone(),
                en: p.name_en.clone(),
            };
        }
        let edit_of = self
            .edited_from
            .iter()
            .rev()
            .find(|(s, _)| **s == self.scenario)
            .and_then(|(_, of)| of.clone());
        match edit_of {
            Some(name) => ScenarioName::Edited(Box::new(name)),
            None => ScenarioName::Current,
        }
    }

    /// What the autosave keeps the work as an edit of, so that a reload names it as this page
    /// does ("Vốn 150% (đã sửa)"); `None` when it is no edit of a named scenario.
    pub fn autosaved_edit_of(&self) -> Option<EditOf> {
        match self.current_name() {
            // A saved scenario by its id too, which finds it again after a rename.
            ScenarioName::Edited(of) => of.to_stored().map(|stored| match stored {
                EditOf::Saved { name, .. } => EditOf::Saved {
                    id: self
                        .library
                        .items
                        .iter()
                        .find(|s| s.name == name)
                        .map(|s| s.id.clone()),
                    name,
                },
                other => other,
            }),
            _ => None,
        }
    }

    /// The name the current scenario's share link carries: one a planner typed (saved, or
    /// brought by the link that opened it). A preset needs none: every copy of the app names
    /// it, in the reader's language.
    pub fn shared_name(&self) -> Option<String> {
        match self.current_name() {
            ScenarioName::Saved(name) | ScenarioName::Linked(name) => Some(name),
            // An edit is another scenario: its link does not carry the name it was opened by.
            ScenarioName::Current
            | ScenarioName::Preset { .. }
            | ScenarioName::Edited(_)
            | ScenarioName::CurrentOf(_) => None,
        }
    }

    /// The compared scenarios, in column order (a deleted saved scenario is left out).
    pub fn compared(&self) -> Vec<Shown> {
        let mut shown: Vec<Shown> = self
            .stage
            .compare
            .iter()
            .filter_map(|r| self.shown(r))
            .collect();
        tell_current_apart(&mut shown);
        shown
    }

    /// The storyboard as it will be presented: its scenarios in order, or the current
    /// scenario alone when the storyboard is empty (or names only deleted scenarios).
    pub fn story(&self) -> Vec<Shown> {
        let mut items: Vec<Shown> = self
            .stage
            .story
            .iter()
            .filter_map(|r| self.shown(r))
            .collect();
        tell_current_apart(&mut items);
        if items.is_empty() {
            self.shown(&ScenarioRef::Current).into_iter().collect()
        } else {
            items
        }
    }

    /// The scenarios whose results the screen on show needs (each once).
    pub fn stage_wanted(&self) -> Vec<Rc<Scenario>> {
        let shown = if self.stage.presenting.is_some() || self.stage.screen == Screen::Storyboard {
            self.story()
        } else if self.stage.screen == Screen::Compare {
            self.compared()
        } else {
            Vec::new()
        };
        let mut out: Vec<Rc<Scenario>> = Vec::new();
        for s in shown {
            if !out.iter().any(|o| **o == *s.scenario) {
                out.push(s.scenario);
            }
        }
        out
    }

    /// The default columns of a comparison: the dataset's first preset (business as usual)
    /// against the current scenario, or against the second preset when they are the same.
    fn default_compared(&self) -> Vec<ScenarioRef> {
        let presets = &self.stage.presets;
        let Some(first) = presets.first() else {
            return vec![ScenarioRef::Current, ScenarioRef::Current];
        };
        let second = match presets.get(1) {
            Some(p) if *first.scenario == self.scenario => ScenarioRef::Preset(p.id.clone()),
            _ => ScenarioRef::Current,
        };
        vec![ScenarioRef::Preset(first.id.clone()), second]
    }

    /// The state after a stage action, or `None` when nothing changes.
    pub(super) fn stage_action(&self, action: StageAction) -> Option<AppState> {
        let mut stage = self.stage.clone();
        match action {
            StageAction::Show(screen) => {
                stage.screen = screen;
                if screen == Screen::Compare && stage.compare.len() < MIN_COMPARED {
                    stage.compare = self.default_compared();
                }
            }
            StageAction::Navigated(screen) => {
                if stage.presenting.is_some() {
                    self.stop_presenting(&mut stage);
                }
                stage.screen = screen;
                if screen == Screen::Compare && stage.compare.len() < MIN_COMPARED {
                    stage.compare = self.default_compared();
                }
            }
            StageAction::SetCompared(i, r) => {
                self.resolve(&r)?;
                *stage.compare.get_mut(i)? = r;
            }
            StageAction::AddCompared => {
                if stage.compare.len() >= MAX_COMPARED {
                    return None;
                }
                let next = self
                    .choices()
                    .into_iter()
                    .map(|(r, _)| r)
                    .find(|r| !stage.compare.contains(r))
                    .unwrap_or(ScenarioRef::Current);
                stage.compare.push(next);
            }
            StageAction::RemoveCompared(i) => {
                if stage.compare.len() <= MIN_COMPARED || i >= stage.compare.len() {
                    return None;
                }
                stage.compare.remove(i);
            }
            StageAction::SetBands(on) => stage.bands = on,
            StageAction::AddToStory(r) => {
                if self.in_story(&r) || stage.story.len() >= MAX_STORY {
                    return None;
                }
                self.resolve(&r)?;
                stage.story.push(r);
            }
            StageAction::RemoveFromStory(i) => {
                (i < stage.story.len()).then_some(())?;
                stage.story.remove(i);
            }
            StageAction::MoveInStory(i, by) => {
                let j = i.checked_add_signed(by)?;
                (i < stage.story.len() && j < stage.story.len()).then_some(())?;
                stage.story.swap(i, j);
            }
            StageAction::SaveCurrentToStory {
                name,
                fallback,
                now,
            } => return self.save_current_to_story(name, fallback, now),
            StageAction::Present => {
                let story = self.story();
                // Only full results: a slide must never show a number still being refined.
                (!story.is_empty() && story.iter().all(Shown::is_final)).then_some(())?;
                let count = slides(&deck_items(&story, &self.defaults, &self.dataset)).len();
                let shown: Vec<Rc<Scenario>> = story.iter().map(|i| i.scenario.clone()).collect();
                let resume = match &stage.left_at {
                    Some((left, at)) if *left == shown => *at,
                    _ => 0,
                };
                stage.presenting = Some(resume.min(count.saturating_sub(1)));
            }
            StageAction::Go(step) => {
                let at = stage.presenting?;
                let count = slides(&deck_items(&self.story(), &self.defaults, &self.dataset)).len();
                stage.presenting = Some(step.from(at, count));
            }
            StageAction::StopPresenting => {
                stage.presenting?;
                self.stop_presenting(&mut stage);
            }
        }
        if stage.line_up_differs(&self.stage) {
            stage.generation += 1;
        }
        (stage != self.stage).then(|| AppState {
            stage,
            ..self.clone()
        })
    }

    /// The page opened again (a reload) on a presentation that was at `slide`: starting it
    /// again goes there, as after Escape. Nothing when that is no slide of the storyboard.
    pub fn resuming_at(mut self, slide: usize) -> AppState {
        let story = self.story();
        let count = slides(&deck_items(&story, &self.defaults, &self.dataset)).len();
        if slide + 1 < count {
            self.stage.left_at = Some((story.iter().map(|i| i.scenario.clone()).collect(), slide));
        }
        self
    }

    /// Ends the presentation on `stage` at the storyboard, remembering the slide it was left
    /// at (unless the last).
    fn stop_presenting(&self, stage: &mut Stage) {
        let Some(at) = stage.presenting.take() else {
            return;
        };
        let story = self.story();
        let count = slides(&deck_items(&story, &self.defaults, &self.dataset)).len();
        stage.left_at =
            (at + 1 < count).then(|| (story.iter().map(|i| i.scenario.clone()).collect(), at));
        stage.screen = Screen::Storyboard;
    }

    fn save_current_to_story(
        &self,
        name: String,
        fallback: String,
        now: String,
    ) -> Option<AppState> {
        let current_in_story = self.stage.story.contains(&ScenarioRef::Current);
        if self.stage.story.len() >= MAX_STORY && !current_in_story {
            return None;
        }
        // Without a name, a scenario the library already holds as it is goes on the storyboard
        // as that copy: pressed twice, the button saved "Kịch bản đã lưu" and then "Kịch bản
        // đã lưu (2)", the same scenario twice, and both went on the slides.
        if name.trim().is_empty() {
            if let Some(kept) = self
                .library
                .items
                .iter()
                .find(|s| s.scenario == self.scenario)
            {
                let r = ScenarioRef::Saved(kept.id.clone());
                if self.stage.story.contains(&r) {
                    return None;
                }
                let mut next = self.clone();
                put_saved_in_story(&mut next.stage.story, r);
                next.stage.generation += 1;
                return Some(next);
            }
        }
        let before: Vec<String> = self.library.items.iter().map(|s| s.id.clone()).collect();
        let mut next = self.library_action(LibraryAction::SaveCurrent {
            name,
            fallback,
            now,
        })?;
        let added = next
            .library
            .items
            .iter()
            .find(|s| !before.contains(&s.id))
            .map(|s| s.id.clone());
        if let Some(id) = added {
            let saved = ScenarioRef::Saved(id);
            // The same scenario already in the order under another saved name: the new name
            // takes its place. Saved twice unchanged, it made two identical decks in the show.
            let same = self.stage.story.iter().position(|r| {
                matches!(r, ScenarioRef::Saved(_))
                    && self.resolve(r).is_some_and(|(_, sc)| *sc == self.scenario)
            });
            match same {
                Some(at) if !current_in_story => next.stage.story[at] = saved,
                _ => put_saved_in_story(&mut next.stage.story, saved),
            }
            next.stage.generation += 1;
        }
        Some(next)
    }

    /// The state with the stage's references to deleted saved scenarios removed (so a
    /// column or storyboard position always names a scenario that exists), and the comparison
    /// refilled to two columns if it fell below.
    pub(super) fn with_stage_pruned(mut self) -> AppState {
        let exists = |r: &ScenarioRef| match r {
            ScenarioRef::Saved(id) => self.library.get(id).is_some(),
            _ => true,
        };
        let compare: Vec<ScenarioRef> = self
            .stage
            .compare
            .iter()
            .filter(|r| exists(r))
            .cloned()
            .collect();
        let story: Vec<ScenarioRef> = self
            .stage
            .story
            .iter()
            .filter(|r| exists(r))
            .cloned()
            .collect();
        if compare.len() == self.stage.compare.len() && story.len() == self.stage.story.len() {
            return self;
        }
        self.stage.compare = compare;
        self.stage.story = story;
        self.refill_compared();
        self
    }

    /// The state with `outcome` for `scenario` in the cache, if a screen wants it and it adds
    /// runs (a late answer for a scenario no longer shown is dropped).
    pub(super) fn stage_results(
        &self,
        scenario: Rc<Scenario>,
        outcome: Rc<Outcome>,
    ) -> Option<AppState> {
        let wanted = self.stage_wanted();
        wanted.iter().any(|w| **w == *scenario).then_some(())?;
        let runs = self.stage.runs.with(scenario, outcome, &wanted)?;
        let mut next = self.clone();
        next.stage.runs = runs;
        Some(next)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
