//! A page's glyphs → its lines, and the pages' lines → the text's lines with their places.

use super::Glyph;
use super::paragraph;
use super::table::{self, Row};
use crate::model::Place;
use crate::read::Lines;

/// A gap this many spaces wide between two characters on a line separates table cells.
const CELL_GAP: f64 = 2.5;

/// One line of a page as laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLine {
    pub text: String,
    /// Left edge and baseline, in points from the page's top-left corner.
    pub x: f64,
    pub y: f64,
    /// Width of a space at the line's size.
    pub space: f64,
    /// Where each tab-separated cell of `text` starts (one entry for a line of prose).
    pub cells: Vec<f64>,
    /// The line's words with their extents, left to right as drawn.
    pub words: Vec<Word>,
}

/// One word of a line: its text and where it starts and ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub x: f64,
    pub end: f64,
}

impl PageLine {
    /// The right end of the line's last word.
    pub fn end(&self) -> f64 {
        self.words.last().map_or(self.x, |w| w.end)
    }
}

/// The words of a line's glyphs: runs of glyphs of one string without a gap between them.
fn words(row: &[&Glyph], space: f64) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut open = false;
    let mut show = None;
    for g in row {
        if show.replace(g.show) != Some(g.show) {
            open = false;
        }
        if g.text.trim().is_empty() {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(w) if open && g.x - w.end <= 0.35 * space && g.x >= w.end - 0.35 * space => {
                w.text.push_str(&g.text);
                w.end = w.end.max(g.end.max(g.x));
            }
            _ => out.push(Word {
                text: g.text.clone(),
                x: g.x,
                end: g.end.max(g.x),
            }),
        }
        open = true;
    }
    out
}

/// Where each glyph's run starts: glyphs drawn one after the other without a jump back or
/// ahead make a run, so a column's words that spill over the next column's start stay apart
/// from that column's own words instead of interleaving with them.
fn run_starts(glyphs: &[Glyph]) -> Vec<f64> {
    let mut out = Vec::with_capacity(glyphs.len());
    let mut start = 0.0;
    for (i, g) in glyphs.iter().enumerate() {
        let new = match i.checked_sub(1).map(|j| &glyphs[j]) {
            None => true,
            Some(p) => {
                (g.y - p.y).abs() > 0.5 * p.size.min(g.size).max(0.1)
                    || g.x < p.end.max(p.x) - 0.15 * g.size
                    || g.x > p.end.max(p.x) + g.size
            }
        };
        if new {
            start = g.x;
        }
        out.push(start);
    }
    out
}

/// The median of `values` (0 when empty).
pub fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The lines of one page, top to bottom.
pub fn lines(glyphs: &[Glyph]) -> Vec<PageLine> {
    let runs = run_starts(glyphs);
    let mut order: Vec<usize> = (0..glyphs.len())
        .filter(|&i| glyphs[i].size > 0.0)
        .collect();
    order.sort_by(|&a, &b| {
        glyphs[a]
            .y
            .total_cmp(&glyphs[b].y)
            .then(glyphs[a].x.total_cmp(&glyphs[b].x))
    });
    // Characters within half a size of a line's baseline sit on it.
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for i in order {
        let g = &glyphs[i];
        match rows.last_mut() {
            Some(row)
                if (g.y - glyphs[row[0]].y).abs() <= 0.5 * glyphs[row[0]].size.min(g.size) =>
            {
                row.push(i)
            }
            _ => rows.push(vec![i]),
        }
    }
    rows.into_iter()
        .filter_map(|mut row| {
            // Left to right by run, each run in drawing order.
            row.sort_by(|&a, &b| runs[a].total_cmp(&runs[b]).then(a.cmp(&b)));
            let row: Vec<&Glyph> = row.into_iter().map(|i| &glyphs[i]).collect();
            let size = median(row.iter().map(|g| g.size).collect());
            let spaces: Vec<f64> = row
                .iter()
                .filter(|g| g.text == " " && g.end > g.x)
                .map(|g| g.end - g.x)
                .collect();
            let space = if spaces.is_empty() {
                0.28 * size
            } else {
                median(spaces)
            };
            let mut text = String::new();
            let mut cells = Vec::new();
            let mut prev_end: Option<f64> = None;
            for g in &row {
                if let Some(end) = prev_end {
                    let gap = g.x - end;
                    // A run drawn over the end of the one before stands in a column of its own.
                    let over = gap < -0.15 * g.size && !g.text.trim().is_empty();
                    if (gap > CELL_GAP * space || over) && !g.text.trim().is_empty() {
                        let trimmed = text.trim_end().len();
                        text.truncate(trimmed);
                        text.push('\t');
                        cells.push(g.x);
                    } else if gap > 0.35 * space && !text.ends_with([' ', '\t']) && g.text != " " {
                        // A wide gap keeps its width: the hole a moved link word left.
                        let n = (gap / space).round().clamp(1.0, CELL_GAP) as usize;
                        text.push_str(&" ".repeat(n));
                    }
                }
                if g.text == " " && (text.is_empty() || text.ends_with('\t')) {
                    prev_end = Some(g.end);
                    continue;
                }
                text.push_str(&g.text);
                prev_end = Some(g.end.max(g.x));
            }
            let text = text.trim_end().to_string();
            let first = row.iter().find(|g| !g.text.trim().is_empty())?;
            cells.insert(0, first.x);
            Some(PageLine {
                text,
                x: first.x,
                y: first.y,
                space,
                cells,
                words: words(&row, space),
            })
        })
        .filter(|l| !l.text.trim().is_empty())
        .collect()
}

/// The most common value of `values` rounded to a point (the smallest among equals).
fn mode(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut counts: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for v in values {
        *counts.entry(v.round() as i64).or_default() += 1;
    }
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(v, _)| *v as f64)
}

/// The pages' lines as the text's lines: indentation from the text's left edge, blank lines
/// where the spacing opens, tables as rows of cells, each line placed by page and line.
pub fn write(pages: &[Vec<PageLine>]) -> Lines {
    let margin = mode(pages.iter().flatten().map(|l| l.x)).unwrap_or(0.0);
    let top = mode(pages.iter().filter_map(|p| p.first()).map(|l| l.y)).unwrap_or(0.0);
    let leading = median(
        pages
            .iter()
            .flat_map(|p| p.windows(2).map(|w| w[1].y - w[0].y))
            .filter(|d| *d > 0.0)
            .collect(),
    );
    // Where the text's lines are wrapped: the right end of its widest line of prose.
    let right = pages
        .iter()
        .flatten()
        .filter(|l| l.cells.len() == 1)
        .map(PageLine::end)
        .fold(0.0, f64::max);
    let rows: Vec<Vec<Row>> = pages
        .iter()
        .map(|page| table::rows(page, margin, leading))
        .collect();
    // Whether a gap wider than the line spacing opens above each line.
    let gaps: Vec<Vec<bool>> = pages
        .iter()
        .map(|page| {
            (0..page.len())
                .map(|li| {
                    let gap = match li {
                        0 => page[0].y - top,
                        _ => page[li].y - page[li - 1].y - leading,
                    };
                    leading > 0.0 && gap > 0.5 * leading
                })
                .collect()
        })
        .collect();
    let mut items = vec![paragraph::Item::Break];
    for (pi, page) in pages.iter().enumerate() {
        for (li, line) in page.iter().enumerate() {
            if gaps[pi][li] {
                items.push(paragraph::Item::Break);
            }
            match rows[pi][li] {
                Row::Prose => items.push(paragraph::Item::Line(line)),
                Row::Start(_) => items.push(paragraph::Item::Break),
                Row::Within => {}
            }
        }
    }
    let mut runs_on = paragraph::runs_on(&items, margin, right).into_iter();
    let mut out = Lines::default();
    // The line of prose written last, while nothing else has been written after it.
    let mut prose: Option<&PageLine> = None;
    for (pi, page) in pages.iter().enumerate() {
        let page_no = u32::try_from(pi + 1).unwrap_or(u32::MAX);
        for (li, line) in page.iter().enumerate() {
            let place = Place::Page {
                page: page_no,
                line: u32::try_from(li + 1).unwrap_or(u32::MAX),
            };
            if gaps[pi][li] {
                out.blank(place);
                prose = None;
            }
            match &rows[pi][li] {
                Row::Start(row) => {
                    out.push(row, place);
                    prose = None;
                    continue;
                }
                Row::Within => continue,
                Row::Prose => {}
            }
            let indent = if line.space > 0.0 {
                ((line.x - margin) / line.space).round().max(0.0) as usize
            } else {
                0
            };
            let runs_on = runs_on.next().unwrap_or(false);
            let wraps = prose.is_some_and(|p| {
                wraps_after_stop(p, line, right) || paragraph::letter_spaced_across(p, line)
            });
            if indent == 0 && (runs_on || wraps) {
                out.extend_last(&line.text);
            } else {
                let text = format!("{}{}", " ".repeat(indent.min(40)), line.text);
                out.push(&text, place);
            }
            prose = Some(line);
        }
    }
    out
}

/// Whether `line` goes on with the sentence of the line above although that line ends with a
/// colon or a semicolon, which in text end a list's lead-in or an item: the line above filled
/// the measure (`line`'s first word would not have fitted after it), and `line` opens in lower
/// case, with no label or dash, at the left edge. Such a line is written onto the one above.
fn wraps_after_stop(above: &PageLine, line: &PageLine, right: f64) -> bool {
    above.text.trim_end().ends_with([':', ';'])
        && above.cells.len() == 1
        && line.cells.len() == 1
        && line.text.chars().next().is_some_and(char::is_lowercase)
        && !crate::parse::label::starts_with_label(&line.text)
        && paragraph::filled(above, line, right)
}

/// Test lines: a line of prose at `x`, 6 points a letter and 3 a space.
#[cfg(test)]
pub(super) fn prose(x: f64, y: f64, text: &str) -> PageLine {
    let mut at = x;
    let words = text
        .split(' ')
        .map(|w| {
            let word = Word {
                text: w.to_string(),
                x: at,
                end: at + 6.0 * w.chars().count() as f64,
            };
            at = word.end + 3.0;
            word
        })
        .collect();
    PageLine {
        text: text.to_string(),
        x,
        y,
        space: 3.0,
        cells: vec![x],
        words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(x: f64, y: f64, s: &str) -> Vec<Glyph> {
        let mut at = x;
        s.chars()
            .map(|c| {
                let w = if c == ' ' { 3.0 } else { 6.0 };
                let g = Glyph {
                    x: at,
                    y,
                    end: at + w,
                    size: 10.0,
                    text: c.to_string(),
                    show: 0,
                };
                at += w;
                g
            })
            .collect()
    }

    #[test]
    fn characters_on_a_baseline_make_a_line_with_words_and_cells() {
        let mut g = glyphs(50.0, 100.0, "1) прием документов;");
        g.extend(glyphs(300.0, 100.2, "15 минут"));
        g.extend(glyphs(50.0, 113.0, "2) қабылдау"));
        let lines = lines(&g);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "1) прием документов;\t15 минут");
        assert_eq!(lines[1].text, "2) қабылдау");
    }

    #[test]
    fn a_word_run_over_the_next_column_keeps_its_letters_apart_from_it() {
        // «дәлелденгеннен» is longer than its column and runs under the next column's
        // «құжатты», drawn after it by a string of its own.
        let mut g = glyphs(50.0, 100.0, "дәлелденгеннен");
        let mut next = glyphs(120.0, 100.0, "құжатты");
        for c in &mut next {
            c.show = 1;
        }
        g.extend(next);
        let lines = lines(&g);
        assert_eq!(lines[0].text, "дәлелденгеннен\tқұжатты");
        let words: Vec<&str> = lines[0].words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(words, ["дәлелденгеннен", "құжатты"]);
        assert_eq!(lines[0].cells, [50.0, 120.0]);
    }

    /// The text of pages of prose lines 13 points apart, at the left edge 50.
    fn written(lines: &[&str]) -> String {
        let page: Vec<PageLine> = lines
            .iter()
            .enumerate()
            .map(|(i, t)| prose(50.0, 60.0 + 13.0 * i as f64, t))
            .collect();
        write(&[page]).finish(crate::read::Format::Pdf, "pdf").text
    }

    #[test]
    fn a_sentence_wrapped_after_a_colon_is_one_line() {
        // The measure is 40 letters (the widest line); «электрондық» would not have fitted
        // after the colon, «жалпы» would have.
        assert_eq!(
            written(&[
                "19. Техникалық шарттары жайында: мынау", // 38 letters
                "19. Электрондық қызметтің шарттары:",
                "электрондық мемлекеттік қызметке қол",
                "кеңістік бар ереже жазылған жолда осында",
            ]),
            "19. Техникалық шарттары жайында: мынау\n19. Электрондық қызметтің шарттары: электрондық мемлекеттік қызметке қол\nкеңістік бар ереже жазылған жолда осында"
        );
        assert_eq!(
            written(&[
                "Технические условия предоставления услуг:",
                "доступ к услуге круглосуточный и",
            ]),
            "Технические условия предоставления услуг: доступ к услуге круглосуточный и"
        );
    }

    #[test]
    fn a_lead_in_that_ended_short_or_a_labelled_line_stays_apart() {
        // Room was left after the colon: the author ended the line there.
        assert_eq!(
            written(&[
                "Қатысатын құрылымдық бөлімшелер мен АЖ", // the measure
                "Қатысатын бөлімшелер:",
                "мемлекеттік органдар",
            ]),
            "Қатысатын құрылымдық бөлімшелер мен АЖ\nҚатысатын бөлімшелер:\nмемлекеттік органдар"
        );
        // A lower-case item label opens an item, however full the line above.
        assert_eq!(
            written(&["Участники процесса оказания услуги:", "а) услугодатель;",]),
            "Участники процесса оказания услуги:\nа) услугодатель;"
        );
        // A capital after the colon starts anew.
        assert_eq!(
            written(&["Участники процесса оказания услуги:", "Услугодатель."]),
            "Участники процесса оказания услуги:\nУслугодатель."
        );
    }

    #[test]
    fn indentation_and_gaps_survive_the_layout() {
        let page = |lines: &[(f64, f64, &str)]| -> Vec<PageLine> {
            lines
                .iter()
                .map(|&(x, y, t)| PageLine {
                    text: t.into(),
                    x,
                    y,
                    space: 3.0,
                    cells: vec![x],
                    words: Vec::new(),
                })
                .collect()
        };
        let pages = vec![
            page(&[
                (65.0, 60.0, "Сноска. Утратило силу"),
                (50.0, 73.0, "постановлением акимата."),
                (50.0, 99.0, "1. Общие положения"),
            ]),
            page(&[(50.0, 60.0, "1. Жалпы ережелер"), (50.0, 73.0, "мәтін")]),
        ];
        let x = write(&pages).finish(crate::read::Format::Pdf, "pdf");
        assert_eq!(
            x.text,
            "     Сноска. Утратило силу\nпостановлением акимата.\n\n1. Общие положения\n1. Жалпы ережелер\nмәтін"
        );
        assert_eq!(x.source.cite(4), "page 1, line 3");
        assert_eq!(x.source.cite(5), "page 2, line 1");
    }
}
