//! Saved web pages (`.html`, `.htm`) → lines.
//!
//! The page is decoded in the charset it declares (or its byte-order mark; without either,
//! as UTF-8 or a Cyrillic code page, as text files are), parsed by html5ever (through
//! `scraper`), and only the document's main content is read ([`content`]): the site's header,
//! navigation, sidebars and footer are left out. The content is written as a browser's «copy
//! text» writes it: a paragraph or heading stands apart by a blank line, `<br>` ends a line,
//! list items and blocks are lines, a table row is a line of tab-separated cells; headings and
//! bold become the Markdown the parser reads. Places: «paragraph N» counts the blocks with
//! text, «table T, row R» the tables and rows.

mod content;
mod decode;

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::Lines;
use crate::model::Place;
use crate::text::Encoding;

/// Reads the page's bytes into lines; also returns the charset it was decoded from.
pub fn read(bytes: &[u8], forced: Option<Encoding>) -> Result<(Lines, &'static str), String> {
    let (text, encoding) = decode::decode(bytes, forced)?;
    let page = Html::parse_document(&text);
    let (root, dropped) = content::main_content(&page);
    let mut w = Writer {
        dropped: std::rc::Rc::new(dropped),
        ..Writer::default()
    };
    w.write(root);
    w.flush();
    Ok((w.lines, encoding))
}

/// Elements that end the line before them and after them.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "address"
            | "center"
            | "figure"
            | "figcaption"
            | "hr"
            | "caption"
            | "details"
            | "summary"
            | "body"
            | "html"
    )
}

/// Writes the content's text as lines.
#[derive(Default)]
struct Writer {
    lines: Lines,
    line: String,
    paragraphs: u32,
    tables: u32,
    /// The place of the line being written, set by its first text.
    place: Option<Place>,
    /// Set at every block boundary: the next text opens a new paragraph.
    new_block: bool,
    /// A heading's «## » waiting for its first text.
    prefix: Option<String>,
    /// Counters of the ordered lists being read.
    ordered: Vec<u32>,
    /// Elements that are not the document's text.
    dropped: std::rc::Rc<std::collections::HashSet<ego_tree::NodeId>>,
}

impl Writer {
    fn text(&mut self, s: &str) {
        for (i, part) in s.split([' ', '\t', '\n', '\r', '\u{c}']).enumerate() {
            if i > 0 && !self.line.is_empty() && !self.line.ends_with(' ') {
                self.line.push(' ');
            }
            if part.is_empty() {
                continue;
            }
            if self.place.is_none() {
                if self.new_block || self.paragraphs == 0 {
                    self.paragraphs += 1;
                    self.new_block = false;
                }
                self.place = Some(Place::Paragraph {
                    paragraph: self.paragraphs,
                });
                if let Some(p) = self.prefix.take() {
                    self.line.insert_str(0, &p);
                }
            }
            if part.contains('\u{a0}') {
                self.line.push_str(&part.replace('\u{a0}', " "));
            } else {
                self.line.push_str(part);
            }
        }
    }

    /// Ends the line being written, if it holds text.
    fn flush(&mut self) {
        if let Some(place) = self.place.take() {
            let line = self.line.trim_end();
            self.lines.push(line, place);
        }
        self.line.clear();
    }

    fn block_edge(&mut self, blank: bool) {
        self.flush();
        self.new_block = true;
        if blank {
            self.lines.blank(Place::Paragraph {
                paragraph: self.paragraphs.max(1),
            });
        }
    }

    fn write(&mut self, root: ego_tree::NodeRef<'_, Node>) {
        let mut skip: Option<ego_tree::NodeId> = None;
        // Where each open bold element started in the line, to drop empty markers.
        let mut bold: Vec<usize> = Vec::new();
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) => self.text(t),
                        Node::Element(e) => {
                            let name = e.name();
                            if self.dropped.contains(&node.id()) {
                                skip = Some(node.id());
                                continue;
                            }
                            match name {
                                "br" => {
                                    if self.place.is_none() {
                                        self.lines.push(
                                            "",
                                            Place::Paragraph {
                                                paragraph: self.paragraphs.max(1),
                                            },
                                        );
                                    }
                                    self.flush();
                                }
                                "table" => {
                                    self.block_edge(false);
                                    self.table(node);
                                    skip = Some(node.id());
                                }
                                "b" | "strong" => {
                                    bold.push(self.line.len());
                                    self.line.push_str("**");
                                }
                                _ if is_block(name) => {
                                    let blank = matches!(name, "p")
                                        || name.len() == 2 && name.starts_with('h');
                                    self.block_edge(blank);
                                    if let Some(level) = heading_level(name) {
                                        self.prefix = Some(format!("{} ", "#".repeat(level)));
                                    }
                                    match name {
                                        "ol" => self.ordered.push(
                                            e.attr("start")
                                                .and_then(|s| s.trim().parse().ok())
                                                .unwrap_or(1),
                                        ),
                                        "ul" => self.ordered.push(0),
                                        "li" => {
                                            if let Some(n) = self.ordered.last_mut()
                                                && *n > 0
                                            {
                                                self.prefix = Some(format!("{n}. "));
                                                *n += 1;
                                            }
                                        }
                                        _ => {}
                                    }
                                }
                                _ => {}
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if let Some(id) = skip {
                        if id == node.id() {
                            skip = None;
                        }
                        continue;
                    }
                    let Node::Element(e) = node.value() else {
                        continue;
                    };
                    let name = e.name();
                    match name {
                        "b" | "strong" => {
                            if let Some(at) = bold.pop() {
                                if self.line.len() >= at
                                    && self.line[at..].trim_matches(['*', ' ']).is_empty()
                                {
                                    self.line.truncate(at);
                                } else {
                                    self.line.push_str("**");
                                }
                            }
                        }
                        _ if is_block(name) => {
                            let blank = name == "p" || heading_level(name).is_some();
                            self.prefix = None;
                            if matches!(name, "ol" | "ul") {
                                self.ordered.pop();
                            }
                            self.block_edge(blank);
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// A table: each row one line of its cells' text, tab-separated.
    fn table(&mut self, table: ego_tree::NodeRef<'_, Node>) {
        self.tables += 1;
        let mut row = 0;
        for tr in table
            .descendants()
            .filter(|n| element_name(*n) == Some("tr"))
        {
            // A row of a table nested in a cell belongs to that cell, not to this table.
            if tr
                .ancestors()
                .find(|a| element_name(*a) == Some("table"))
                .is_some_and(|t| t.id() != table.id())
            {
                continue;
            }
            row += 1;
            let cells: Vec<String> = tr
                .children()
                .filter(|c| matches!(element_name(*c), Some("td" | "th")))
                .map(|c| self.cell_text(c))
                .collect();
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            self.lines.push(
                &cells.join("\t"),
                Place::Row {
                    table: self.tables,
                    row,
                },
            );
        }
        self.new_block = true;
    }
}

fn heading_level(name: &str) -> Option<usize> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(usize::from(d - b'0')),
        _ => None,
    }
}

fn element_name<'a>(n: ego_tree::NodeRef<'a, Node>) -> Option<&'a str> {
    match n.value() {
        Node::Element(e) => Some(e.name()),
        _ => None,
    }
}

impl Writer {
    /// A cell's text on one line, bold kept as Markdown.
    fn cell_text(&self, cell: ego_tree::NodeRef<'_, Node>) -> String {
        let mut w = Writer {
            dropped: std::rc::Rc::clone(&self.dropped),
            ..Writer::default()
        };
        w.write(cell);
        w.flush();
        let x = w.lines.finish(super::Format::Html, "");
        let mut out = String::new();
        for part in x.text.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&part.replace('\t', " "));
        }
        out
    }
}

#[cfg(test)]
mod tests;
