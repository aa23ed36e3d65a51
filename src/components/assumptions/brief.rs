//! The domain brief (`domain_brief`) in a disclosure under the assumptions' introduction: the
//! published figures that the bases "tóm tắt lĩnh vực, mục N" point at, readable in the page.
//! It is in English, as the team wrote it; the summary line says so in Vietnamese.

use yew::prelude::*;

use crate::components::controls::Disclosure;
use crate::domain_brief::{blocks, Block, Item, Span};
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
                    Block::Title(s) => html! { <h4>{ spans(s) }</h4> },
                    Block::Section { number, title } => {
                        let id = number.map(|n| format!("domain-brief-{n}"));
                        html! { <h5 id={id}>{ spans(title) }</h5> }
                    }
                    Block::Paragraph(s) => html! { <p>{ spans(s) }</p> },
                    Block::List(items) => list(items, false),
                }) }
            </div>
        </Disclosure>
    }
}
