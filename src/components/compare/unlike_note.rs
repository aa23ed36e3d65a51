//! Under the comparison's pickers (and on the summary slide): which scenarios are simulated
//! unlike A — another seed, other uncertainty — so that their differences from A are not the
//! levers' alone. The table's note says differences come from the levers; here it would not
//! be true, and the colours (better, worse) would claim it.

use std::rc::Rc;

use ntm_model::Scenario;
use yew::prelude::*;

use crate::i18n::compare::letter;
use crate::i18n::{CompareMsg, Lang};
use crate::state::Unlike;

#[derive(Properties, PartialEq)]
pub struct UnlikeNoteProps {
    pub lang: Lang,
    /// The compared scenarios, A first.
    pub scenarios: Vec<Rc<Scenario>>,
}

#[component]
pub fn UnlikeNote(props: &UnlikeNoteProps) -> Html {
    let lang = props.lang;
    let Some(a) = props.scenarios.first() else {
        return Html::default();
    };
    let lines: Vec<Html> = props
        .scenarios
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, s)| {
            let msg = match Unlike::between(a, s)? {
                Unlike::Seed => CompareMsg::UnlikeSeed,
                Unlike::Uncertainty => CompareMsg::UnlikeUncertainty,
            };
            Some(html! { <li>{ lang.fill(msg, &[("letter", &letter(i))]) }</li> })
        })
        .collect();
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <div class="compare-unlike" role="note" data-testid="compare-unlike">
            <ul>{ for lines }</ul>
        </div>
    }
}

/// Whether any compared scenario sets an assumption to another value than A does: its
/// differences are then the assumptions' as well as the levers' (the note said "from the
/// levers" under a comparison whose B had another efficiency of money).
pub fn assumptions_differ(scenarios: &[Rc<Scenario>]) -> bool {
    let Some(a) = scenarios.first() else {
        return false;
    };
    scenarios.iter().skip(1).any(|s| {
        ntm_model::params::ParamKey::ALL
            .iter()
            .any(|&k| a.assumptions.value(k) != s.assumptions.value(k))
    })
}

/// For each compared scenario (A first), whether it is simulated unlike A.
pub fn unlike_columns(scenarios: &[Rc<Scenario>]) -> Vec<bool> {
    let Some(a) = scenarios.first() else {
        return Vec::new();
    };
    scenarios
        .iter()
        .map(|s| Unlike::between(a, s).is_some())
        .collect()
}
