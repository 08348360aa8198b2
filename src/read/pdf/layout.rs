//! A page's glyphs → its lines, and the pages' lines → the text's lines with their places.

use super::Glyph;
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
}

/// The median of `values` (0 when empty).
fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The lines of one page, top to bottom.
pub fn lines(glyphs: &[Glyph]) -> Vec<PageLine> {
    let mut order: Vec<&Glyph> = glyphs.iter().filter(|g| g.size > 0.0).collect();
    order.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    // Characters within half a size of a line's baseline sit on it.
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for g in order {
        match rows.last_mut() {
            Some(row) if (g.y - row[0].y).abs() <= 0.5 * row[0].size.min(g.size) => row.push(g),
            _ => rows.push(vec![g]),
        }
    }
    rows.into_iter()
        .filter_map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
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
                    if gap > CELL_GAP * space && !g.text.trim().is_empty() {
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
/// where the spacing opens, each line placed by page and line.
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
    let mut out = Lines::default();
    for (pi, page) in pages.iter().enumerate() {
        let page_no = u32::try_from(pi + 1).unwrap_or(u32::MAX);
        let rows = table_rows(page, margin, leading);
        for (li, line) in page.iter().enumerate() {
            let place = Place::Page {
                page: page_no,
                line: u32::try_from(li + 1).unwrap_or(u32::MAX),
            };
            let gap = match li {
                0 => line.y - top,
                _ => line.y - page[li - 1].y - leading,
            };
            if leading > 0.0 && gap > 0.5 * leading {
                out.blank(place);
            }
            if let Some(row) = &rows[li] {
                out.push(row, place);
                continue;
            }
            let indent = if line.space > 0.0 {
                ((line.x - margin) / line.space).round().max(0.0) as usize
            } else {
                0
            };
            let text = format!("{}{}", " ".repeat(indent.min(40)), line.text);
            out.push(&text, place);
        }
    }
    out
}

/// How close (in points) two cell starts must be to stand in one column.
const COLUMN: f64 = 4.0;

/// The lines of a page that belong to tables, as rows with every cell in its column: a cell
/// broken over several lines continues on lines whose leading cells are empty, and those
/// cells must stay empty for the row to read as a continuation.
fn table_rows(page: &[PageLine], margin: f64, leading: f64) -> Vec<Option<String>> {
    let mut rows = vec![None; page.len()];
    let mut i = 0;
    while i < page.len() {
        if page[i].cells.len() < 2 {
            i += 1;
            continue;
        }
        // The block: this line and the following ones with cells, or one cell at a column.
        let mut stops: Vec<f64> = vec![margin];
        let mut end = i;
        while end < page.len() {
            let l = &page[end];
            let close = end == i || l.y - page[end - 1].y <= 1.5 * leading;
            let at_column = l.cells.len() == 1
                && l.x > margin + 3.0 * l.space
                && stops.iter().any(|s| (s - l.x).abs() <= COLUMN);
            if !close || !(l.cells.len() >= 2 || at_column) {
                break;
            }
            for &x in &l.cells {
                if !stops.iter().any(|s| (s - x).abs() <= COLUMN) {
                    stops.push(x);
                }
            }
            end += 1;
        }
        stops.sort_by(f64::total_cmp);
        for (li, l) in page.iter().enumerate().take(end).skip(i) {
            let mut cells: Vec<&str> = Vec::new();
            for (x, text) in l.cells.iter().zip(l.text.split('\t')) {
                let col = stops
                    .iter()
                    .rposition(|s| *s <= x + COLUMN)
                    .unwrap_or(0)
                    .max(cells.len());
                cells.resize(col, "");
                cells.push(text);
            }
            rows[li] = Some(cells.join("\t"));
        }
        i = end;
    }
    rows
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
