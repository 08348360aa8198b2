//! Which part of a page is the document: decided by the page's structure, not by any site's
//! class names.
//!
//! Scripts, forms, navigation and sidebars are never content, nor are a page's header and
//! footer outside its `<main>`/`<article>`, nor a block that is almost all links (a menu, a
//! row of tabs). Of the rest, the element that holds the most paragraph text in its children
//! is the text's container; the innermost `<main>`, `<article>` or `role="main"` around it is
//! the content, and without one the container is widened while its parent adds little text.

use std::collections::{HashMap, HashSet};

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

/// A parent holding no more than this share over its child's text adds only chrome.
const WIDEN: f64 = 1.2;

fn name<'a>(n: NodeRef<'a, Node>) -> Option<&'a str> {
    match n.value() {
        Node::Element(e) => Some(e.name()),
        _ => None,
    }
}

fn is_landmark(n: NodeRef<'_, Node>) -> bool {
    match n.value() {
        Node::Element(e) => {
            matches!(e.name(), "main" | "article") || e.attr("role") == Some("main")
        }
        _ => false,
    }
}

/// True for an element that is never the document's text.
fn is_dropped(n: NodeRef<'_, Node>, stats: &LinkStats) -> bool {
    let Node::Element(e) = n.value() else {
        return false;
    };
    match e.name() {
        "script" | "style" | "noscript" | "template" | "head" | "nav" | "aside" | "form"
        | "button" | "select" | "textarea" | "iframe" | "svg" | "object" | "menu" => true,
        "header" | "footer" => !n.ancestors().any(is_landmark),
        _ => {
            e.attr("hidden").is_some()
                || e.attr("aria-hidden") == Some("true")
                || e.attr("role")
                    .is_some_and(|r| matches!(r, "navigation" | "banner" | "contentinfo"))
                || link_dense(n, stats)
        }
    }
}

/// Per element: the text length of its subtree, the part of it inside links, and its links;
/// counted in one walk of the page, children before parents.
type LinkStats = HashMap<NodeId, (usize, usize, usize)>;

fn link_stats(root: NodeRef<'_, Node>) -> LinkStats {
    let mut stats: LinkStats = HashMap::new();
    let mut in_link = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(c) => match c.value() {
                Node::Text(t) => {
                    let len = t.chars().filter(|c| !c.is_whitespace()).count();
                    if let Some(p) = c.parent() {
                        let e = stats.entry(p.id()).or_default();
                        e.0 += len;
                        if in_link > 0 {
                            e.1 += len;
                        }
                    }
                }
                Node::Element(e) if e.name() == "a" => in_link += 1,
                _ => {}
            },
            Edge::Close(c) => {
                if name(c) == Some("a") {
                    in_link -= 1;
                    stats.entry(c.id()).or_default().2 += 1;
                }
                let own = stats.get(&c.id()).copied().unwrap_or_default();
                if let Some(p) = c.parent() {
                    let e = stats.entry(p.id()).or_default();
                    e.0 += own.0;
                    e.1 += own.1;
                    e.2 += own.2;
                }
            }
        }
    }
    stats
}

/// A block that is a menu: several links and next to no other text.
fn link_dense(n: NodeRef<'_, Node>, stats: &LinkStats) -> bool {
    if !matches!(
        name(n),
        Some("ul" | "ol" | "div" | "p" | "table" | "section" | "dl")
    ) {
        return false;
    }
    let (text, linked, links) = stats.get(&n.id()).copied().unwrap_or_default();
    links >= 2 && text > 0 && linked * 5 >= text * 4
}

/// Elements whose text counts as a paragraph of their parent.
fn is_paragraph(name: &str) -> bool {
    matches!(
        name,
        "p" | "li"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "blockquote"
            | "dd"
            | "div"
            | "table"
            | "tr"
            | "td"
    )
}

/// The element holding the page's document, and the elements within it that are not text
/// (each decided once: the link counts walk a subtree).
pub fn main_content(page: &Html) -> (NodeRef<'_, Node>, HashSet<NodeId>) {
    let root = page.tree.root();
    let stats = link_stats(root);
    // Text per element (dropped parts left out) and paragraph score per element.
    let mut text: HashMap<NodeId, usize> = HashMap::new();
    let mut score: HashMap<NodeId, usize> = HashMap::new();
    let mut skip: Option<NodeId> = None;
    let mut dropped = HashSet::new();
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => {
                if skip.is_some() {
                    continue;
                }
                match n.value() {
                    Node::Element(_) if is_dropped(n, &stats) => {
                        skip = Some(n.id());
                        dropped.insert(n.id());
                    }
                    Node::Text(t) => {
                        let len = t.chars().filter(|c| !c.is_whitespace()).count();
                        if let Some(p) = n.parent() {
                            *text.entry(p.id()).or_default() += len;
                            *score.entry(p.id()).or_default() += len;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(n) => {
                if let Some(id) = skip {
                    if id == n.id() {
                        skip = None;
                    }
                    continue;
                }
                let own = text.get(&n.id()).copied().unwrap_or(0);
                if let Some(p) = n.parent() {
                    *text.entry(p.id()).or_default() += own;
                    if name(n).is_some_and(is_paragraph) && name(n) != Some("div") {
                        *score.entry(p.id()).or_default() += own;
                    }
                }
            }
        }
    }
    let best = score
        .iter()
        .filter(|(id, _)| page.tree.get(**id).is_some_and(|n| name(n).is_some()))
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .and_then(|(id, _)| page.tree.get(*id));
    let Some(best) = best else {
        return (root, dropped);
    };
    if let Some(landmark) = std::iter::once(best)
        .chain(best.ancestors())
        .find(|n| is_landmark(*n))
    {
        return (landmark, dropped);
    }
    let mut at = best;
    while let Some(parent) = at.parent().filter(|p| name(*p).is_some()) {
        let inner = text.get(&at.id()).copied().unwrap_or(0) as f64;
        let outer = text.get(&parent.id()).copied().unwrap_or(0) as f64;
        if outer > inner * WIDEN {
            break;
        }
        at = parent;
    }
    (at, dropped)
}
