//! The domain brief (`domain_brief`) in a disclosure under the assumptions' introduction: the
//! published figures that the bases "tóm tắt lĩnh vực, mục N" point at, readable in the page.
//! It is in English, as the team wrote it; the summary line says so in Vietnamese.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::controls::Disclosure;
use crate::components::focus_after_render;
use crate::domain_brief::{basis_pieces, blocks, BasisPiece, Block, Item, Span};
use crate::i18n::{AssumptionMsg, Lang};

fn spans(spans: &[Span]) -> Html {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(t) => html! { { t.clone() } },
            Span::Bold(t) => html! { <strong>{ t.clone() }</strong> },
            Span::Code(t) => html! { <code translate="no">{ t.clone() }</code> },
        })
        .collect()
}

fn list(items: &[Item], numbered: bool) -> Html {
    let items = items.iter().map(|i| {
        html! {
            <li>
                { spans(&i.text) }
                if !i.children.is_empty() {
                    { list(&i.children, i.numbered) }
                }
            </li>
        }
    });
    if numbered {
        html! { <ol>{ for items }</ol> }
    } else {
        html! { <ul>{ for items }</ul> }
    }
}

#[derive(Properties, PartialEq)]
pub struct DomainBriefProps {
    pub lang: Lang,
}

#[component]
pub fn DomainBrief(props: &DomainBriefProps) -> Html {
    let lang = props.lang;
    // Parsed once per page: the text is part of the program.
    let blocks = use_memo((), |_| blocks());
    html! {
        <Disclosure class="domain-brief" testid="domain-brief" summary={lang.t(AssumptionMsg::BriefSummary)}>
            <p class="group-hint">{ lang.t(AssumptionMsg::BriefLead) }</p>
            // The brief is English: a Vietnamese page says so, and marks it for the browser's
            // reader and translator.
            <div lang="en" class="domain-brief-text">
                { for blocks.iter().map(|b| match b {
                    // Under the tab's h2, beside the groups' h3 (an h4 skipped a level).
                    Block::Title(s) => html! { <h3>{ spans(s) }</h3> },
                    Block::Section { number, title } => {
                        let id = number.map(|n| format!("domain-brief-{n}"));
                        // Focusable from code: a basis's "mục N" brings the reader here.
                        html! { <h4 id={id} tabindex="-1">{ spans(title) }</h4> }
                    }
                    Block::Paragraph(s) => html! { <p>{ spans(s) }</p> },
                    Block::List(items) => list(items, false),
                }) }
            </div>
        </Disclosure>
    }
}

/// Opens the brief and takes the reader to section `number`.
fn go_to_section(number: u8) {
    let details = gloo::utils::document()
        .query_selector("details[data-testid=\"domain-brief\"]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlDetailsElement>().ok());
    if let Some(details) = details {
        // Its "toggle" draws the brief; the focus follows once it is drawn.
        details.set_open(true);
    }
    focus_after_render(&format!("domain-brief-{number}"));
}

/// An assumption's basis, its "mục N" / "§N" turned into buttons that open the brief at that
/// section.
pub fn basis(text: &str, lang: Lang) -> Html {
    basis_pieces(text)
        .into_iter()
        .map(|piece| match piece {
            BasisPiece::Text(t) => html! { { t } },
            BasisPiece::Section { text, number } => {
                let tip = lang.fill(AssumptionMsg::BriefGoTo, &[("n", &number.to_string())]);
                html! {
                    <button type="button" class="basis-section" title={tip.clone()} aria-label={tip}
                        data-testid={format!("basis-section-{number}")}
                        onclick={Callback::from(move |_: MouseEvent| go_to_section(number))}>
                        { text }
                    </button>
                }
            }
        })
        .collect()
}
