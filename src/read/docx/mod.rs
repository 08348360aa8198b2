//! Word `.docx` (a zip of WordprocessingML parts) → lines.
//!
//! Paragraphs come in document order, one line each (a manual line break inside one starts a
//! new line at the same place); a table row is one line of tab-separated cells. The labels of
//! Word's automatic numbering are written in front of their paragraphs ([`numbering`]);
//! headings become Markdown headings and bold runs `**…**`, the markup the parser already
//! reads. Places: «paragraph N» counts the body's paragraphs with text, «table T, row R» the
//! tables and their rows.

pub mod numbering;

use std::collections::HashMap;
use std::io::Read;

use quick_xml::events::{BytesStart, Event};

use super::Lines;
use crate::model::Place;
use numbering::{Numbering, on};

/// Parts larger than this are refused: a regulation's text is far smaller, a zip bomb is not.
const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;

/// Reads the `.docx` bytes into lines.
pub fn read(bytes: &[u8]) -> Result<Lines, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        format!("not a readable Word file (damaged zip archive: {e}); open it in Word and save it again as .docx")
    })?;
    let document = part(&mut zip, "word/document.xml")?.ok_or_else(|| {
        "a zip archive without word/document.xml: not a Word .docx file".to_string()
    })?;
    let styles = match part(&mut zip, "word/styles.xml")? {
        Some(xml) => Styles::parse(&xml)?,
        None => Styles::default(),
    };
    let numbering = match part(&mut zip, "word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml)?,
        None => Numbering::default(),
    };
    Body::new(styles, numbering).read(&document)
}

/// The text of one part, `None` when the archive does not hold it.
fn part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(zip::result::ZipError::UnsupportedArchive(m)) => {
            return Err(format!(
                "{name} cannot be unpacked ({m}); if the file is password-protected, remove the password in Word and save it as .docx"
            ));
        }
        Err(e) => return Err(format!("{name}: {e}")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name} cannot be unpacked: {e}"))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(format!("{name} unpacks to over 256 MB"));
    }
    let text = String::from_utf8(bytes).map_err(|e| format!("{name} is not UTF-8 XML: {e}"))?;
    Ok(Some(text))
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// What a paragraph style contributes: a heading level and a list.
#[derive(Debug, Clone, Default)]
struct Style {
    based_on: Option<String>,
    /// `w:outlineLvl` (0 is a first-level heading).
    outline: Option<u8>,
    name: String,
    num: Option<(u32, u32)>,
}

/// The paragraph styles of `word/styles.xml`.
#[derive(Debug, Default)]
struct Styles(HashMap<String, Style>);

impl Styles {
    fn parse(xml: &str) -> Result<Self, String> {
        let mut styles = HashMap::new();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut current: Option<(String, Style)> = None;
        loop {
            match reader
                .read_event()
                .map_err(|e| format!("word/styles.xml: {e}"))?
            {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let v = || attr(e, b"w:val");
                    match (e.name().as_ref(), current.as_mut()) {
                        (b"w:style", _) => {
                            current = attr(e, b"w:styleId").map(|id| (id, Style::default()))
                        }
                        (b"w:name", Some((_, s))) => s.name = v().unwrap_or_default(),
                        (b"w:basedOn", Some((_, s))) => s.based_on = v(),
                        (b"w:outlineLvl", Some((_, s))) => {
                            s.outline = v().and_then(|v| v.parse().ok())
                        }
                        (b"w:numId", Some((_, s))) => {
                            let id = v().and_then(|v| v.parse().ok());
                            s.num = id.map(|id| (id, s.num.map_or(0, |n| n.1)));
                        }
                        (b"w:ilvl", Some((_, s))) => {
                            let l = v().and_then(|v| v.parse().ok()).unwrap_or(0);
                            s.num = Some((s.num.map_or(0, |n| n.0), l));
                        }
                        _ => {}
                    }
                }
                Event::End(ref e) if e.name().as_ref() == b"w:style" => {
                    if let Some((id, s)) = current.take() {
                        styles.insert(id, s);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(Styles(styles))
    }

    /// A property of `id`, looked up the chain of styles it is based on.
    fn find<T>(&self, id: &str, get: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut at = self.0.get(id);
        // The chain is short; the bound keeps a cycle in a damaged file from looping.
        for _ in 0..16 {
            let s = at?;
            if let Some(v) = get(s) {
                return Some(v);
            }
            at = self.0.get(s.based_on.as_deref()?);
        }
        None
    }

    /// The heading level (1-based) of paragraphs in style `id`.
    fn heading(&self, id: &str) -> Option<u8> {
        self.find(id, |s| s.outline)
            .filter(|&o| o < 9)
            .map(|o| o + 1)
            .or_else(|| {
                let name = self.0.get(id).map_or(id, |s| s.name.as_str());
                let lower = name.to_ascii_lowercase();
                let level = lower.strip_prefix("heading")?.trim().parse::<u8>().ok()?;
                (1..=9).contains(&level).then_some(level)
            })
    }
}

/// The paragraph being read.
#[derive(Debug, Default)]
struct Para {
    style: Option<String>,
    num: Option<(u32, u32)>,
    num_removed: bool,
    outline: Option<u8>,
    /// Finished lines (a manual break ends one) and the one being written.
    lines: Vec<String>,
    text: String,
    bold: bool,
}

impl Para {
    fn push(&mut self, s: &str, bold: bool) {
        if s.is_empty() {
            return;
        }
        if bold != self.bold {
            self.text.push_str("**");
            self.bold = bold;
        }
        self.text.push_str(s);
    }

    fn close_bold(&mut self) {
        if self.bold {
            self.text.push_str("**");
            self.bold = false;
        }
    }

    fn new_line(&mut self) {
        self.close_bold();
        self.lines.push(std::mem::take(&mut self.text));
    }
}

/// A table being read: its number, rows so far, and the cells of the row being read.
#[derive(Debug, Default)]
struct Table {
    number: u32,
    rows: u32,
    cells: Vec<String>,
}

/// The walk over `word/document.xml`.
struct Body {
    styles: Styles,
    numbering: Numbering,
    lines: Lines,
    paragraphs: u32,
    tables: u32,
    open: Vec<Table>,
    para: Option<Para>,
    bold: bool,
    in_run_props: bool,
    in_text: bool,
    /// Depth inside content that is not the document's text (deleted text, field codes,
    /// fallbacks of alternate content, drawings).
    skip: usize,
}

impl Body {
    fn new(styles: Styles, numbering: Numbering) -> Self {
        Body {
            styles,
            numbering,
            lines: Lines::default(),
            paragraphs: 0,
            tables: 0,
            open: Vec::new(),
            para: None,
            bold: false,
            in_run_props: false,
            in_text: false,
            skip: 0,
        }
    }

    fn read(mut self, xml: &str) -> Result<Lines, String> {
        let mut reader = quick_xml::Reader::from_str(xml);
        loop {
            let ev = reader
                .read_event()
                .map_err(|e| format!("word/document.xml is damaged: {e}"))?;
            match ev {
                Event::Start(ref e) => {
                    let name = e.name();
                    let name = name.as_ref();
                    if self.skip > 0 || skipped(name) {
                        self.skip += 1;
                        continue;
                    }
                    self.start(name, e);
                }
                Event::Empty(ref e) if self.skip == 0 => {
                    self.start(e.name().as_ref(), e);
                    self.end(e.name().as_ref());
                }
                Event::End(ref e) => {
                    if self.skip > 0 {
                        self.skip -= 1;
                        continue;
                    }
                    self.end(e.name().as_ref());
                }
                Event::Text(ref t) if self.in_text && self.skip == 0 => {
                    let s = t
                        .unescape()
                        .map_err(|e| format!("word/document.xml is damaged: {e}"))?;
                    let bold = self.bold;
                    if let Some(p) = self.para.as_mut() {
                        p.push(&s, bold);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(self.lines)
    }

    fn start(&mut self, name: &[u8], e: &BytesStart) {
        let v = || attr(e, b"w:val");
        match name {
            b"w:p" => self.para = Some(Para::default()),
            b"w:tbl" => {
                self.tables += 1;
                self.open.push(Table {
                    number: self.tables,
                    ..Table::default()
                });
            }
            b"w:tr" => {
                if let Some(t) = self.open.last_mut() {
                    t.cells.clear();
                }
            }
            b"w:tc" => {
                if let Some(t) = self.open.last_mut() {
                    t.cells.push(String::new());
                }
            }
            b"w:r" => self.bold = false,
            b"w:rPr" => self.in_run_props = true,
            b"w:b" if self.in_run_props => self.bold = v().is_none_or(|v| on(&v)),
            b"w:t" => self.in_text = true,
            b"w:tab" | b"w:ptab" if !self.in_run_props => self.text(" "),
            b"w:noBreakHyphen" => self.text("-"),
            b"w:br" | b"w:cr" => {
                let kind = attr(e, b"w:type");
                if matches!(kind.as_deref(), None | Some("textWrapping")) {
                    if let Some(p) = self.para.as_mut() {
                        p.new_line();
                    }
                } else {
                    self.text(" ");
                }
            }
            _ => {
                if let Some(p) = self.para.as_mut() {
                    match name {
                        b"w:pStyle" => p.style = v(),
                        b"w:outlineLvl" => p.outline = v().and_then(|v| v.parse().ok()),
                        b"w:numId" => {
                            let id = v().and_then(|v| v.parse().ok()).unwrap_or(0);
                            p.num_removed = id == 0;
                            p.num = Some((id, p.num.map_or(0, |n| n.1)));
                        }
                        b"w:ilvl" => {
                            let l = v().and_then(|v| v.parse().ok()).unwrap_or(0);
                            p.num = Some((p.num.map_or(0, |n| n.0), l));
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    fn text(&mut self, s: &str) {
        let bold = self.bold;
        if let Some(p) = self.para.as_mut() {
            p.push(s, bold);
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"w:t" => self.in_text = false,
            b"w:rPr" => self.in_run_props = false,
            b"w:p" => {
                if let Some(p) = self.para.take() {
                    self.paragraph(p);
                }
            }
            b"w:tr" => self.row(),
            b"w:tbl" => {
                self.open.pop();
            }
            _ => {}
        }
    }

    /// A finished paragraph: into the cell being read, or as the body's next lines.
    fn paragraph(&mut self, mut p: Para) {
        p.new_line();
        let style = p.style.clone().unwrap_or_default();
        let num = match (p.num, p.num_removed) {
            (_, true) => None,
            (Some((id, l)), _) if id != 0 => Some((id, l)),
            _ => self.styles.find(&style, |s| s.num).filter(|n| n.0 != 0),
        };
        let label = num.and_then(|(id, l)| self.numbering.next_label(id, l));
        let heading = p
            .outline
            .filter(|&o| o < 9)
            .map(|o| o + 1)
            .or_else(|| self.styles.heading(&style));
        let mut lines = p.lines;
        let has_text = lines.iter().any(|l| !l.trim().is_empty());
        if let Some(label) = label.filter(|_| has_text)
            && let Some(first) = lines.first_mut()
        {
            first.insert_str(0, &label);
        }
        if let Some(t) = self.open.last_mut() {
            let cell = t.cells.last_mut();
            if let Some(cell) = cell {
                for l in lines.iter().filter(|l| !l.trim().is_empty()) {
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(l.trim());
                }
            }
            return;
        }
        if !has_text {
            self.lines.blank(Place::Paragraph {
                paragraph: self.paragraphs.max(1),
            });
            return;
        }
        self.paragraphs += 1;
        let place = Place::Paragraph {
            paragraph: self.paragraphs,
        };
        for (i, l) in lines.iter().enumerate() {
            match heading {
                Some(h) if i == 0 && !l.trim().is_empty() => {
                    let marks = "#".repeat(usize::from(h.min(6)));
                    self.lines
                        .push(&format!("{marks} {}", l.trim_start()), place);
                }
                _ => self.lines.push(l, place),
            }
        }
    }

    /// A finished table row: one line of tab-separated cells, or the text of a nested table's
    /// row inside its outer cell.
    fn row(&mut self) {
        let Some(t) = self.open.last_mut() else {
            return;
        };
        t.rows += 1;
        let place = Place::Row {
            table: t.number,
            row: t.rows,
        };
        let cells = std::mem::take(&mut t.cells);
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        let depth = self.open.len();
        if depth > 1 {
            let outer = &mut self.open[depth - 2];
            if let Some(cell) = outer.cells.last_mut() {
                for c in cells.iter().filter(|c| !c.is_empty()) {
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(c);
                }
            }
            return;
        }
        self.lines.push(&cells.join("\t"), place);
    }
}

/// Elements whose content is not the document's running text.
fn skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"w:delText"
            | b"w:instrText"
            | b"w:del"
            | b"mc:Fallback"
            | b"w:drawing"
            | b"w:pict"
            | b"w:object"
            | b"w:footnoteReference"
            | b"w:commentReference"
    )
}

#[cfg(test)]
mod tests;
