//! Physical lines → logical lines: hard wraps and page breaks joined back, tables kept as cells.
//!
//! A logical line starts where the text shows a new unit: a label («3)», «5.»), a heading, an
//! indented first line (the PDF exports indent paragraphs), a table row, or a line after a
//! complete sentence. Everything else continues the line before it. Each logical line keeps
//! the 1-based number of its first physical line, so every later finding points at the text.

use std::borrow::Cow;
use std::collections::HashMap;

pub use super::label::starts_with_label;
use crate::text::normalise::normalise_line;

/// Each distinct physical line (or cell) normalised once: an act prints the same steps in each
/// of its regulations, so more than a third of its bytes are lines seen before.
#[derive(Default)]
struct Normalised<'a> {
    seen: HashMap<&'a str, Cow<'a, str>, foldhash::fast::RandomState>,
}

impl<'a> Normalised<'a> {
    /// Borrowed from the memo: a line joined onto the one before it is only copied there.
    fn line(&mut self, raw: &'a str) -> &str {
        self.seen.entry(raw).or_insert_with(|| normalise_line(raw))
    }
}

/// One logical line of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Normalised text (markdown, wraps and look-alikes repaired).
    pub text: String,
    /// 1-based number of the first physical line.
    pub line: u32,
    /// Markdown heading level (0 when not a heading).
    pub heading: u8,
    /// Cells of a tab-separated table row (empty for prose).
    pub cells: Vec<String>,
    /// True when one or more blank lines preceded it.
    pub after_blank: bool,
    /// True when the line opened with a dash or bullet («- », «– »), which the normaliser removes.
    pub bullet: bool,
    /// Where the later physical lines joined into this one start: (byte offset in `text`, line).
    pub breaks: Vec<(usize, u32)>,
}

impl Line {
    /// True for a row of a tab-separated table.
    pub fn is_row(&self) -> bool {
        !self.cells.is_empty()
    }

    /// The text with the physical lines it was joined from.
    pub fn located(&self) -> Located<'_> {
        Located {
            text: &self.text,
            line: self.line,
            breaks: &self.breaks,
        }
    }
}

/// A joined text and the physical lines it came from, so every value found in it can name
/// the line that holds it rather than the first line of its unit.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    pub text: &'a str,
    /// The physical line the text starts on.
    pub line: u32,
    /// (byte offset in `text`, physical line) where each later line starts, ascending.
    pub breaks: &'a [(usize, u32)],
}

impl<'a> Located<'a> {
    /// A text that sits on one line.
    pub fn single(text: &'a str, line: u32) -> Self {
        Located {
            text,
            line,
            breaks: &[],
        }
    }

    /// The physical line holding byte `offset` of the text.
    pub fn line_at(&self, offset: usize) -> u32 {
        match self.breaks.partition_point(|&(o, _)| o <= offset) {
            0 => self.line,
            k => self.breaks[k - 1].1,
        }
    }

    /// The breaks that fall inside `part` (a slice of `self.text`), as offsets into `part`.
    pub fn breaks_within(&self, part: &str) -> Vec<(usize, u32)> {
        let start = (part.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let end = start + part.len();
        self.breaks
            .iter()
            .filter(|&&(o, _)| o > start && o < end)
            .map(|&(o, l)| (o - start, l))
            .collect()
    }

    /// The physical line where `part` starts; `part` must be a slice of `self.text` (anything
    /// else gives the first line).
    pub fn line_of(&self, part: &str) -> u32 {
        let start = self.text.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        if at < start || at > start + self.text.len() {
            return self.line;
        }
        self.line_at(at - start)
    }
}

/// A text being joined from pieces, each remembering its physical line.
#[derive(Debug, Clone, PartialEq)]
pub struct Joined {
    pub text: String,
    pub line: u32,
    pub breaks: Vec<(usize, u32)>,
}

impl Joined {
    /// Start from `part`, a slice of the located text `from`.
    pub fn from_part(from: Located<'_>, part: &str) -> Self {
        Joined {
            text: part.to_string(),
            line: from.line_of(part),
            breaks: from.breaks_within(part),
        }
    }

    /// Append a located text after a space.
    pub fn push(&mut self, more: Located<'_>) {
        self.text.push(' ');
        let base = self.text.len();
        self.breaks.push((base, more.line));
        self.breaks
            .extend(more.breaks.iter().map(|&(o, l)| (base + o, l)));
        self.text.push_str(more.text);
    }

    /// The joined text with its lines.
    pub fn located(&self) -> Located<'_> {
        Located {
            text: &self.text,
            line: self.line,
            breaks: &self.breaks,
        }
    }
}

/// A dash or bullet opening a line: a list bullet, or a wrapped «– не более 15 минут».
fn starts_with_dash(text: &str) -> bool {
    ["- ", "– ", "• "].iter().any(|d| text.starts_with(d))
}

/// Split into physical lines: «\n», «\r\n» and a lone «\r» (classic Mac files) all end one.
fn physical_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let s = rest?;
        match memchr::memchr2(b'\n', b'\r', s.as_bytes()) {
            Some(i) => {
                let skip = if s[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = Some(&s[i + skip..]);
                Some(&s[..i])
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

fn starts_lowercase_or_closing(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || matches!(c, ')' | ';' | ',' | '.' | ':' | '-'))
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with([';', ':', '!', '?'])
}

fn leading_indent(raw: &str) -> usize {
    raw.chars()
        .take_while(|c| *c == ' ' || *c == '\u{a0}')
        .count()
}

/// Split `text` into logical lines.
pub fn logical_lines(text: &str) -> Vec<Line> {
    // Each physical line with its trimmed content, asked once.
    let physical: Vec<(&str, &str)> = physical_lines(text).map(|raw| (raw, raw.trim())).collect();
    let short = short_line_bytes(physical.iter().map(|(_, t)| t.len()));
    // Byte length of the last non-blank physical line.
    let mut prev_len = usize::MAX;
    // Whether that line was the short remainder of a wrapped paragraph (joined onto a long line).
    let mut remainder = false;
    let mut out: Vec<Line> = Vec::new();
    let mut blank = false;
    // Whether the line before may be continued (not a heading, row, or finished unit).
    let mut open = false;
    let mut normalised = Normalised::default();
    for (i, &(raw, trimmed_raw)) in physical.iter().enumerate() {
        let lineno = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if trimmed_raw.is_empty() {
            blank = true;
            continue;
        }
        let trimmed = raw.trim_start();
        let heading = trimmed.chars().take_while(|c| *c == '#').count().min(6) as u8;
        let heading = if heading > 0 && trimmed[heading as usize..].starts_with(' ') {
            heading
        } else {
            0
        };
        if memchr::memchr(b'\t', raw.as_bytes()).is_some() {
            let cells: Vec<String> = raw
                .split('\t')
                .map(|c| normalised.line(c).to_string())
                .collect();
            let filled = cells.iter().filter(|c| !c.is_empty()).count();
            if filled >= 2 {
                out.push(Line {
                    text: cells
                        .iter()
                        .filter(|c| !c.is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" "),
                    line: lineno,
                    heading: 0,
                    cells,
                    after_blank: blank,
                    bullet: false,
                    breaks: Vec::new(),
                });
                blank = false;
                open = false;
                continue;
            }
        }
        let content = normalised.line(raw);
        if content.is_empty() {
            blank = true;
            continue;
        }
        let indent = leading_indent(raw);
        // Judged on the raw line: the normaliser takes a leading «- » for a markdown bullet.
        let raw_dash = starts_with_dash(raw.trim_start());
        let joinable = open
            && heading == 0
            && indent < 4
            && !raw.starts_with('\t')
            && !starts_with_label(content)
            && !crate::lexicon::starts_block(content)
            && out.last().is_none_or(|p| !crate::lexicon::ends_block(&p.text))
            // A dash continues a sentence that is still open; after a finished one it is a bullet.
            && !(raw_dash && (blank || out.last().is_none_or(|p| ends_sentence(&p.text) || p.text.ends_with('.'))))
            && match out.last() {
                Some(prev) => {
                    if blank {
                        !ends_sentence(&prev.text)
                            && !prev.text.ends_with('.')
                            && starts_lowercase_or_closing(content)
                    } else if prev.text.ends_with(['.', ',']) {
                        // After a finished sentence, «при продлении разрешения:» opens a part.
                        starts_lowercase_or_closing(content)
                            && !(prev.text.ends_with('.')
                                && content.ends_with(':')
                                && crate::lexicon::is_scenario(content))
                    } else {
                        // A line the author ended short (a stamp, a heading, a signature) is
                        // not wrapped: a capital or an opening quote after it starts anew.
                        !(ends_sentence(&prev.text)
                            || (prev_len < short && !remainder && opens_unit(content)))
                    }
                }
                None => false,
            };
        let len = trimmed_raw.len();
        remainder = joinable && prev_len >= short && len < short;
        prev_len = len;
        if joinable {
            let prev = out.last_mut().expect("joinable implies a previous line");
            if prev.text.ends_with(" -") {
                // A hyphen left alone at the wrap was a dash between words, as it would have
                // been normalised had the line not been broken there.
                prev.text.pop();
                prev.text.push('–');
            }
            // A word hyphenated at the wrap («детей-\nинвалидов») keeps its hyphen but no space.
            // A hyphen alone on its line joins the words around it («административно\n-\nтерриториальной»).
            let lone_hyphen = content == "-" || content == "–";
            let word_hyphen = prev.text.ends_with('-')
                && prev
                    .text
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(char::is_alphabetic);
            let glue = !(lone_hyphen
                || word_hyphen
                || content.starts_with([')', ';', ',', '.', ':'])
                || prev.text.ends_with('('));
            if glue {
                prev.text.push(' ');
            }
            let from = prev.text.len();
            prev.breaks.push((from, lineno));
            if raw_dash {
                // A dash opening a wrapped line is the sentence's own («… справку – не более …»),
                // spaced like any dash between words, whatever the normaliser made of it.
                prev.text.push_str("– ");
                prev.text
                    .push_str(content.trim_start_matches(['-', '–', '•']).trim_start());
            } else {
                prev.text.push_str(if lone_hyphen { "-" } else { content });
            }
        } else {
            out.push(Line {
                text: content.to_string(),
                line: lineno,
                heading,
                cells: Vec::new(),
                after_blank: blank,
                bullet: raw_dash,
                breaks: Vec::new(),
            });
        }
        open = heading == 0;
        blank = false;
    }
    out
}

/// Below this many bytes a physical line was ended by its author, not wrapped: half the width
/// the text is wrapped at (nine lines in ten are no longer), within bounds so that texts with
/// one paragraph a line, or wrapped narrow, still judge their stamps and headings alike.
fn short_line_bytes(trimmed_lengths: impl Iterator<Item = usize>) -> usize {
    const CAP: usize = 1024;
    let mut counts = vec![0u32; CAP + 1];
    let mut total = 0u32;
    for n in trimmed_lengths {
        if n > 0 {
            counts[n.min(CAP)] += 1;
            total += 1;
        }
    }
    let mut seen = 0;
    let mut p90 = CAP;
    for (n, c) in counts.iter().enumerate() {
        seen += c;
        if seen * 10 >= total * 9 {
            p90 = n;
            break;
        }
    }
    (p90 / 2).clamp(40, 80)
}

/// A capital letter or an opening quote: how a title, a stamp or a new sentence begins.
fn opens_unit(text: &str) -> bool {
    let t = text.trim_start_matches('*');
    t.starts_with(['"', '«', '“', '„']) || t.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(u32, String)> {
        logical_lines(s)
            .into_iter()
            .map(|l| (l.line, l.text))
            .collect()
    }

    #[test]
    fn hard_wraps_are_joined_and_indent_starts_a_paragraph() {
        let s = "      1) ответственный специалист услугодателя в течение 20 (двадцати) минут \nрегистрирует документы;\n      2) руководитель услугодателя в течение 10 (десяти) минут ознакамливается с \nвходящими документами и определяет ответственного специалиста услугодателя\n;\n";
        assert_eq!(
            texts(s),
            vec![
                (1, "1) ответственный специалист услугодателя в течение 20 (двадцати) минут регистрирует документы;".to_string()),
                (3, "2) руководитель услугодателя в течение 10 (десяти) минут ознакамливается с входящими документами и определяет ответственного специалиста услугодателя;".to_string()),
            ]
        );
    }

    #[test]
    fn page_break_inside_a_sentence_is_joined() {
        let s = "4) регламент государственной услуги \"Назначение социальной помощи специалистам, проживающим в сельских\n\nнаселенных пунктах, по приобретению топлива\";\n\n5) следующий;";
        let t = texts(s);
        assert_eq!(t.len(), 2);
        assert!(t[0].1.contains("в сельских населенных пунктах"));
        assert_eq!(t[1].0, 5);
    }

    #[test]
    fn blank_separated_paragraphs_stay_apart() {
        let s = "Прием заявления осуществляются через:\n\n1) услугодателя;\n\n2. Форма оказываемой государственной услуги: бумажная.\n\nФорма предоставления результата: бумажная.";
        assert_eq!(texts(s).len(), 4);
    }

    #[test]
    fn table_rows_keep_their_cells() {
        let s = "1.\tӘрекет №\t1\t2\n2.\tҚФБ, АЖ атауы\tУО\tУО АЖ\n";
        let l = logical_lines(s);
        assert_eq!(l.len(), 2);
        assert_eq!(l[1].cells, vec!["2.", "ҚФБ, АЖ атауы", "УО", "УО АЖ"]);
    }

    #[test]
    fn carriage_returns_end_lines() {
        let l = logical_lines("1) первый;\r2) второй;\r\n3) третий;");
        assert_eq!(l.iter().map(|l| l.line).collect::<Vec<_>>(), vec![1, 2, 3]);
    }

    #[test]
    fn a_wrapped_dash_continues_the_step() {
        let t = texts(
            "2) ответственный исполнитель выдает справку\n– не более 15 (пятнадцати) минут.\n3) следующий пункт;",
        );
        assert_eq!(t.len(), 2);
        assert!(
            t[0].1
                .ends_with("справку – не более 15 (пятнадцати) минут."),
            "{:?}",
            t[0]
        );
    }

    #[test]
    fn joined_lines_keep_where_each_part_came_from() {
        let l = logical_lines(
            "1) специалист принимает документы\nи передает их руководителю –\nне более 15 минут;",
        );
        assert_eq!(l.len(), 1);
        let at = l[0].located();
        let text = &l[0].text;
        assert_eq!(at.line_at(0), 1);
        assert_eq!(at.line_of(&text[text.find("передает").unwrap()..]), 2);
        assert_eq!(at.line_of(&text[text.find("15 минут").unwrap()..]), 3);
    }

    #[test]
    fn headings_are_not_joined() {
        let s = "## **Регламент государственной услуги**\n\n### **\"Назначение помощи\"**\n";
        let l = logical_lines(s);
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].heading, 2);
        assert_eq!(l[1].line, 3);
    }
}
