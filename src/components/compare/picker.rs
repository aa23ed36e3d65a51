//! The comparison's columns: for each, a picker of every scenario (the current one, the
//! dataset's presets, the saved ones), its look on the charts, how far its runs are, and a
//! button to remove it; then "add a scenario" and the P10–P90 switch.

use yew::prelude::*;

use super::series::Swatch;
use crate::i18n::compare::letter;
use crate::i18n::{CompareMsg, Lang};
use crate::state::stage::{
    ScenarioName, ScenarioRef, Shown, StageAction, MAX_COMPARED, MIN_COMPARED,
};

#[derive(Properties, PartialEq)]
pub struct PickersProps {
    pub lang: Lang,
    pub shown: Vec<Shown>,
    pub choices: Vec<(ScenarioRef, ScenarioName)>,
    pub bands: bool,
    pub on_action: Callback<StageAction>,
}

/// "1.000 lần chạy", "đang tính: 120/1.000 lần chạy", "Đang tính…".
pub fn progress_text(lang: Lang, s: &Shown) -> String {
    match &s.outcome {
        None => lang.t(CompareMsg::Waiting).into(),
        Some(o) if o.is_final() => lang.fill(
            CompareMsg::Done,
            &[("total", &lang.number(f64::from(o.runs_done), 0))],
        ),
        Some(o) => lang.fill(
            CompareMsg::Progress,
            &[
                ("done", &lang.number(f64::from(o.runs_done), 0)),
                ("total", &lang.number(f64::from(o.runs_wanted), 0)),
            ],
        ),
    }
}

#[component]
pub fn Pickers(props: &PickersProps) -> Html {
    let lang = props.lang;
    let group =
        |i: usize, selected: &ScenarioRef, keep: fn(&ScenarioRef) -> bool, label: CompareMsg| {
            let options: Vec<Html> = props
                .choices
                .iter()
                .filter(|(r, _)| keep(r))
                .map(|(r, name)| {
                    html! {
                        <option
                            key={format!("{i}-{}", r.key())}
                            value={r.key()}
                            selected={r == selected}
                            translate={name.is_typed().then_some("no")}
                        >
                            { name.text(lang) }
                        </option>
                    }
                })
                .collect();
            if options.is_empty() {
                return Html::default();
            }
            html! { <optgroup label={lang.t(label)}>{ for options }</optgroup> }
        };
    let slots = props.shown.iter().enumerate().map(|(i, s)| {
        let id = format!("compare-pick-{i}");
        let l = letter(i);
        let label = lang.fill(
            if i == 0 { CompareMsg::SlotReference } else { CompareMsg::Slot },
            &[("letter", &l)],
        );
        let on_change = {
            let on_action = props.on_action.clone();
            Callback::from(move |e: Event| {
                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                if let Some(r) = ScenarioRef::parse(&select.value()) {
                    on_action.emit(StageAction::SetCompared(i, r));
                }
            })
        };
        let on_remove = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| {
                on_action.emit(StageAction::RemoveCompared(i));
                // The button went away with its scenario: the next one's, else the one before,
                // else "add".
                crate::components::refocus_after_render(vec![
                    format!("compare-remove-{i}"),
                    format!("compare-remove-{}", i.saturating_sub(1)),
                    "compare-add".to_string(),
                    format!("compare-pick-{}", i.saturating_sub(1)),
                ]);
            })
        };
        html! {
            <div class="compare-slot" key={i}>
                <label for={id.clone()} class="compare-slot-label">
                    <Swatch slot={i} />
                    { label }
                </label>
                <select id={id.clone()} data-testid={id.clone()} onchange={on_change}>
                    { group(i, &s.reference, |r| *r == ScenarioRef::Current, CompareMsg::GroupCurrent) }
                    { group(i, &s.reference, |r| matches!(r, ScenarioRef::Preset(_)), CompareMsg::GroupPresets) }
                    { group(i, &s.reference, |r| matches!(r, ScenarioRef::Saved(_)), CompareMsg::GroupSaved) }
                </select>
                <span
                    class="compare-status"
                    data-testid={format!("compare-status-{i}")}
                    data-final={s.is_final().to_string()}
                >
                    { progress_text(lang, s) }
                </span>
                if props.shown.len() > MIN_COMPARED {
                    <button
                        type="button"
                        class="button-quiet compare-remove"
                        aria-label={lang.fill(CompareMsg::Remove, &[("letter", &l)])}
                        title={lang.fill(CompareMsg::Remove, &[("letter", &l)])}
                        data-testid={format!("compare-remove-{i}")}
                        onclick={on_remove}
                    >
                        { "✕" }
                    </button>
                }
            </div>
        }
    });
    let on_add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(StageAction::AddCompared);
            // At the limit "add" goes away: the new scenario's list takes the focus.
            crate::components::refocus_after_render(vec![format!(
                "compare-pick-{}",
                MAX_COMPARED - 1
            )]);
        })
    };
    let on_bands = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_action.emit(StageAction::SetBands(input.checked()));
        })
    };
    html! {
        // As many columns as scenarios: two share the width, so long names are not cut.
        <div
            class="compare-pickers"
            role="group"
            aria-label={lang.t(CompareMsg::PickersLabel)}
            style={format!("--slots: {}", props.shown.len().max(1))}
        >
            { for slots }
            <div class="compare-pickers-tools">
                if props.shown.len() < MAX_COMPARED {
                    <button type="button" class="button-quiet" data-testid="compare-add" onclick={on_add}>
                        { lang.t(CompareMsg::Add) }
                    </button>
                }
                <label class="compare-bands" title={lang.t(CompareMsg::BandsHint)}>
                    <input
                        type="checkbox"
                        class="switch"
                        checked={props.bands}
                        data-testid="compare-bands"
                        onchange={on_bands}
                    />
                    { lang.t(CompareMsg::Bands) }
                </label>
            </div>
        </div>
    }
}
