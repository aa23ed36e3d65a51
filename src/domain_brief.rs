//! The domain brief (`docs/DOMAIN.md`: the published figures the model rests on), embedded so
//! that the page can show it. Every "tóm tắt lĩnh vực, mục N" / "domain brief §N" basis of an
//! assumption points at one of its sections, and a planner in the browser cannot open a file of
//! the repository.
//!
//! The brief uses a small part of Markdown: headings, paragraphs, "- " lists with one nested
//! level ("  - " or "  1. "), continuation lines, `**bold**` and `` `code` ``. This reads exactly
//! that into blocks for the page (`components::assumptions::brief`); a test holds the file to it.

/// The brief as written.
pub const SOURCE: &str = include_str!("../docs/DOMAIN.md");

/// A run of text and how it is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Text(String),
    Bold(String),
    Code(String),
}

/// One list item, with its own (one level of) sub-items.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Item {
    pub text: Vec<Span>,
    /// Whether `children` are numbered ("1.", "2.") rather than bulleted.
    pub numbered: bool,
    pub children: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The title ("# ").
    Title(Vec<Span>),
    /// A section ("## 4. Cao Bằng") and its number, when it has one.
    Section {
        number: Option<u8>,
        title: Vec<Span>,
    },
    Paragraph(Vec<Span>),
    List(Vec<Item>),
}

/// The brief in blocks.
pub fn blocks() -> Vec<Block> {
    parse(SOURCE)
}

/// What is being gathered, line by line.
enum Open {
    None,
    Paragraph(String),
    /// Items, and the one being written (its text so far; a sub-item's when `sub`).
    List {
        items: Vec<RawItem>,
        sub: bool,
    },
}

#[derive(Default)]
struct RawItem {
    text: String,
    numbered: bool,
    children: Vec<String>,
}

pub fn parse(source: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open = Open::None;
    let mut in_comment = false;
    for line in source.lines() {
        let trimmed = line.trim();
        // Notes for the repository's readers, not the page's.
        if in_comment || trimmed.starts_with("<!--") {
            in_comment = !trimmed.ends_with("-->");
            continue;
        }
        if trimmed.is_empty() {
            close(&mut open, &mut out);
            continue;
        }
        if let Some(title) = line.strip_prefix("## ") {
            close(&mut open, &mut out);
            let number = title
                .split_once('.')
                .and_then(|(n, _)| n.trim().parse().ok());
            out.push(Block::Section {
                number,
                title: spans(title),
            });
            continue;
        }
        if let Some(title) = line.strip_prefix("# ") {
            close(&mut open, &mut out);
            out.push(Block::Title(spans(title)));
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let bullet = trimmed.strip_prefix("- ");
        let numbered = numbered_item(trimmed);
        match (&mut open, indent, bullet, numbered) {
            // A new item at the top level.
            (_, 0, Some(text), _) => {
                if !matches!(open, Open::List { .. }) {
                    close(&mut open, &mut out);
                    open = Open::List {
                        items: Vec::new(),
                        sub: false,
                    };
                }
                if let Open::List { items, sub } = &mut open {
                    items.push(RawItem {
                        text: text.to_string(),
                        ..RawItem::default()
                    });
                    *sub = false;
                }
            }
            // A sub-item under the last item.
            (Open::List { items, sub }, 1.., b, n) if b.is_some() || n.is_some() => {
                if let Some(last) = items.last_mut() {
                    last.numbered = n.is_some();
                    last.children.push(b.or(n).unwrap_or_default().to_string());
                    *sub = true;
                }
            }
            // A continuation of the item being written.
            (Open::List { items, sub }, 1.., _, _) => {
                if let Some(last) = items.last_mut() {
                    let text = if *sub {
                        last.children.last_mut()
                    } else {
                        Some(&mut last.text)
                    };
                    if let Some(text) = text {
                        text.push(' ');
                        text.push_str(trimmed);
                    }
                }
            }
            // Paragraph text.
            (Open::Paragraph(text), ..) => {
                text.push(' ');
                text.push_str(trimmed);
            }
            _ => {
                close(&mut open, &mut out);
                open = Open::Paragraph(trimmed.to_string());
            }
        }
    }
    close(&mut open, &mut out);
    out
}

/// "1. Planning" → "Planning".
fn numbered_item(line: &str) -> Option<&str> {
    let (n, rest) = line.split_once(". ")?;
    (!n.is_empty() && n.chars().all(|c| c.is_ascii_digit())).then_some(rest)
}

fn close(open: &mut Open, out: &mut Vec<Block>) {
    match std::mem::replace(open, Open::None) {
        Open::None => {}
        Open::Paragraph(text) => out.push(Block::Paragraph(spans(&text))),
        Open::List { items, .. } => out.push(Block::List(
            items
                .into_iter()
                .map(|i| Item {
                    text: spans(&i.text),
                    numbered: i.numbered,
                    children: i
                        .children
                        .iter()
                        .map(|c| Item {
                            text: spans(c),
                            ..Item::default()
                        })
                        .collect(),
                })
                .collect(),
        )),
    }
}

/// `**bold**` and `` `code` `` in a line of text.
pub fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let bold = rest.find("**");
        let code = rest.find('`');
        let (at, marker) = match (bold, code) {
            (Some(b), Some(c)) if c < b => (c, "`"),
            (Some(b), _) => (b, "**"),
            (None, Some(c)) => (c, "`"),
            (None, None) => break,
        };
        let after = &rest[at + marker.len()..];
        let Some(end) = after.find(marker) else {
            break; // Unclosed: the rest is plain text.
        };
        if at > 0 {
            out.push(Span::Text(rest[..at].to_string()));
        }
        let inner = after[..end].to_string();
        out.push(if marker == "`" {
            Span::Code(inner)
        } else {
            Span::Bold(inner)
        });
        rest = &after[end + marker.len()..];
    }
    if !rest.is_empty() {
        out.push(Span::Text(rest.to_string()));
    }
    out
}

/// A block's text without its setting (for tests and search).
pub fn plain(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(t) | Span::Bold(t) | Span::Code(t) => t.as_str(),
        })
        .collect()
}

/// A piece of an assumption's basis: plain text, or a reference to a section of the brief
/// ("mục 4", "§4") that the page turns into a way there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BasisPiece {
    Text(String),
    Section { text: String, number: u8 },
}

/// `basis` cut at its references to the brief's sections: "mục N" (Vietnamese) and "§N".
pub fn basis_pieces(basis: &str) -> Vec<BasisPiece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = basis;
    while !rest.is_empty() {
        let found = ["mục ", "§"]
            .iter()
            .filter_map(|m| rest.find(m).map(|at| (at, *m)))
            .filter(|(at, m)| {
                rest[at + m.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
            })
            .min_by_key(|(at, _)| *at);
        let Some((at, marker)) = found else {
            text.push_str(rest);
            break;
        };
        text.push_str(&rest[..at]);
        let digits: String = rest[at + marker.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let end = at + marker.len() + digits.len();
        match digits.parse() {
            Ok(number) => {
                if !text.is_empty() {
                    out.push(BasisPiece::Text(std::mem::take(&mut text)));
                }
                out.push(BasisPiece::Section {
                    text: rest[at..end].to_string(),
                    number,
                });
            }
            Err(_) => text.push_str(&rest[at..end]),
        }
        rest = &rest[end..];
    }
    if !text.is_empty() {
        out.push(BasisPiece::Text(text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_bold_and_code() {
        assert_eq!(
            spans("at **50%** of `x` and **more"),
            vec![
                Span::Text("at ".into()),
                Span::Bold("50%".into()),
                Span::Text(" of ".into()),
                Span::Code("x".into()),
                Span::Text(" and **more".into()),
            ]
        );
    }

    #[test]
    fn lists_with_a_nested_level_and_continuation_lines() {
        let blocks = parse(
            "<!-- note\n spanning -->\n# T\n\nIntro line\ngoes on.\n\n## 2. Two\n\n- a\n  still a\n- b\n  1. b1\n     more b1\n  2. b2\n- c\n",
        );
        assert_eq!(blocks[0], Block::Title(vec![Span::Text("T".into())]));
        assert_eq!(
            blocks[1],
            Block::Paragraph(vec![Span::Text("Intro line goes on.".into())])
        );
        assert!(matches!(
            blocks[2],
            Block::Section {
                number: Some(2),
                ..
            }
        ));
        let Block::List(items) = &blocks[3] else {
            panic!("{blocks:?}")
        };
        let texts: Vec<_> = items.iter().map(|i| plain(&i.text)).collect();
        assert_eq!(texts, ["a still a", "b", "c"]);
        assert!(items[1].numbered);
        let kids: Vec<_> = items[1].children.iter().map(|i| plain(&i.text)).collect();
        assert_eq!(kids, ["b1 more b1", "b2"]);
        assert_eq!(blocks.len(), 4);
    }

    #[test]
    fn a_basis_is_cut_at_its_references_to_the_brief() {
        let section = |text: &str, number| BasisPiece::Section {
            text: text.into(),
            number,
        };
        assert_eq!(
            basis_pieces("Giả định (tóm tắt lĩnh vực, mục 4) nhưng không (mục 6)."),
            vec![
                BasisPiece::Text("Giả định (tóm tắt lĩnh vực, ".into()),
                section("mục 4", 4),
                BasisPiece::Text(") nhưng không (".into()),
                section("mục 6", 6),
                BasisPiece::Text(").".into()),
            ]
        );
        assert_eq!(
            basis_pieces("Assumption (domain brief §6)."),
            vec![
                BasisPiece::Text("Assumption (domain brief ".into()),
                section("§6", 6),
                BasisPiece::Text(").".into()),
            ]
        );
        // No reference: one piece; "mục tiêu" is not one.
        assert_eq!(
            basis_pieces("Giả định: mục tiêu."),
            vec![BasisPiece::Text("Giả định: mục tiêu.".into())]
        );
    }

    /// The embedded brief reads whole: its six numbered sections, no Markdown left in the text,
    /// and the figures the app cites from it.
    #[test]
    fn the_brief_reads_whole() {
        let blocks = blocks();
        let sections: Vec<_> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Section { number, .. } => *number,
                _ => None,
            })
            .collect();
        assert_eq!(sections, [1, 2, 3, 4, 5, 6]);
        let mut all = String::new();
        for b in &blocks {
            match b {
                Block::Title(s) | Block::Paragraph(s) | Block::Section { title: s, .. } => {
                    all.push_str(&plain(s))
                }
                Block::List(items) => {
                    for i in items {
                        all.push_str(&plain(&i.text));
                        for c in &i.children {
                            all.push_str(&plain(&c.text));
                        }
                    }
                }
            }
            all.push('\n');
        }
        for marker in ["**", "`", "<!--", "\n- ", "## "] {
            assert!(!all.contains(marker), "{marker:?} left in the text");
        }
        for figure in [
            "6 districts, 32 communes, 294 villages",
            "9.6 criteria on average",
        ] {
            assert!(all.contains(figure), "{figure}");
        }
        // The 19 criteria in their five numbered groups.
        let groups = blocks.iter().find_map(|b| match b {
            Block::List(items) => items.iter().find(|i| i.numbered),
            _ => None,
        });
        assert_eq!(groups.map(|g| g.children.len()), Some(5));
    }
}
