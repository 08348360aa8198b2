//! Tables on a page: the lines that stand in columns, rebuilt as rows of cells.
//!
//! A table without ruling comes as lines whose words start at a few shared x positions, the
//! columns. A word belongs to the column it starts in, so a word longer than its column, which
//! runs over into the next one, stays in its own. A cell too long for its column wraps onto the
//! lines below; a line continues the row above when each of its cells continues a cell of the
//! line above, which is so when the cell's first word would not have fitted at the end of that
//! line (the greedy wrap every typesetter does). A blank space or a word where the line above
//! had none starts a new row.

use super::layout::{PageLine, Word};

/// How close (in points) two cell starts must be to stand in one column.
const COLUMN: f64 = 4.0;

/// What becomes of a page's line in the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// A line of prose, written as it stands.
    Prose,
    /// The first line of a table row: the row's cells, tab-separated, each joined from its lines.
    Start(String),
    /// A later line of a row, already written with its first line.
    Within,
}

/// The words of a line put in the columns whose starts are `stops`.
fn columns<'a>(line: &'a PageLine, stops: &[f64]) -> Vec<Vec<&'a Word>> {
    let mut out: Vec<Vec<&Word>> = vec![Vec::new(); stops.len()];
    for w in &line.words {
        let col = stops.iter().rposition(|s| *s <= w.x + COLUMN).unwrap_or(0);
        out[col].push(w);
    }
    out
}

/// Whether `x` is a column start of `stops`.
fn at_stop(stops: &[f64], x: f64) -> bool {
    stops.iter().any(|s| (s - x).abs() <= COLUMN)
}

/// The rows of a page's tables, one entry per line of the page.
pub fn rows(page: &[PageLine], margin: f64, leading: f64) -> Vec<Row> {
    let mut out = vec![Row::Prose; page.len()];
    let mut i = 0;
    while i < page.len() {
        if page[i].cells.len() < 2 {
            i += 1;
            continue;
        }
        let (stops, end) = block(page, i, margin, leading);
        write_block(page, i, end, &stops, leading, &mut out);
        i = end;
    }
    out
}

/// The columns of the table starting at line `first`, and the line after its last.
fn block(page: &[PageLine], first: usize, margin: f64, leading: f64) -> (Vec<f64>, usize) {
    let mut stops: Vec<f64> = vec![margin];
    let mut end = first;
    while end < page.len() {
        let l = &page[end];
        let step = if end == first {
            0.0
        } else {
            l.y - page[end - 1].y
        };
        let cells_at_stops = l.cells.iter().all(|x| at_stop(&stops, *x));
        // A single cell belongs when it starts at a column and ends before the next one, or is
        // one word too long for its column: a line of prose after the table runs across the
        // columns.
        let single = l.cells.len() == 1 && at_stop(&stops, l.x) && {
            let next = stops
                .iter()
                .copied()
                .filter(|s| *s > l.x + COLUMN)
                .fold(f64::MAX, f64::min);
            l.end() <= next || l.words.len() == 1
        };
        // A row the source set apart by blank space still belongs when its cells keep the
        // table's columns.
        let close = step <= 1.5 * leading || (l.cells.len() >= 2 && cells_at_stops);
        if !close || !(l.cells.len() >= 2 || single) {
            break;
        }
        for &x in &l.cells {
            if !at_stop(&stops, x) {
                stops.push(x);
            }
        }
        end += 1;
    }
    stops.sort_by(f64::total_cmp);
    (stops, end)
}

/// The right edge each column's text is wrapped at. A cell's padding is the same in every
/// column, so the gutter is the narrowest space any column leaves before the next one after
/// its widest line of two words or more (a single word may be longer than its column and run
/// over); the last column ends a typical column's width after its start, or at its widest such
/// line.
fn limits(page: &[PageLine], stops: &[f64]) -> Vec<f64> {
    let widths: Vec<f64> = stops.windows(2).map(|w| w[1] - w[0]).collect();
    let typical = super::layout::median(widths);
    let mut widest: Vec<Option<f64>> = vec![None; stops.len()];
    for l in page {
        for (c, words) in columns(l, stops).iter().enumerate() {
            let bound = stops.get(c + 1).copied().unwrap_or(f64::MAX);
            if let [_, .., last] = words.as_slice()
                && last.end <= bound
            {
                widest[c] = Some(widest[c].map_or(last.end, |e: f64| e.max(last.end)));
            }
        }
    }
    let gutter = widest
        .iter()
        .zip(stops.iter().skip(1))
        .filter_map(|(e, next)| e.map(|e| next - e))
        .reduce(f64::min)
        // Without a line to measure, a cell's padding is taken to be a few points.
        .map_or(2.0 * COLUMN, |g| g.clamp(COLUMN, typical.max(COLUMN)));
    (0..stops.len())
        .map(|c| match stops.get(c + 1) {
            Some(next) => next - gutter,
            None => (stops[c] + typical - gutter).max(widest[c].unwrap_or(0.0)),
        })
        .collect()
}

/// The width a line's first words need on the line above: the first word, with a lone
/// opening bracket, quote or dash taken with the word after it, as typesetters keep them.
fn first_width(words: &[&Word]) -> f64 {
    match words {
        [w, next, ..]
            if matches!(
                w.text.as_str(),
                "(" | "«" | "\"" | "„" | "“" | "-" | "–" | "—"
            ) =>
        {
            next.end - w.x
        }
        [w, ..] => w.end - w.x,
        [] => 0.0,
    }
}

/// Whether `line` continues the row of the line above: every cell it has continues a cell of
/// that line whose last words left no room for its first word.
fn continues(above: &PageLine, line: &PageLine, stops: &[f64], limits: &[f64]) -> bool {
    let up = columns(above, stops);
    let here = columns(line, stops);
    let mut any = false;
    for (c, words) in here.iter().enumerate() {
        if words.is_empty() {
            continue;
        }
        let Some(last) = up[c].last() else {
            return false;
        };
        // The limits are estimates: only a word that fits with a space to spare was not
        // wrapped.
        if last.end + 2.0 * line.space + first_width(words) <= limits[c] {
            return false;
        }
        any = true;
    }
    any
}

/// The lines `first..end` as rows of cells.
fn write_block(
    page: &[PageLine],
    first: usize,
    end: usize,
    stops: &[f64],
    leading: f64,
    out: &mut [Row],
) {
    let lines = &page[first..end];
    let limits = limits(lines, stops);
    let mut start = 0;
    while start < lines.len() {
        let mut next = start + 1;
        while next < lines.len()
            && lines[next].y - lines[next - 1].y <= 1.5 * leading
            && continues(&lines[next - 1], &lines[next], stops, &limits)
        {
            next += 1;
        }
        let mut cells: Vec<String> = vec![String::new(); stops.len()];
        for l in &lines[start..next] {
            for (c, words) in columns(l, stops).iter().enumerate() {
                let mut prev: Option<&Word> = None;
                for w in words {
                    // Two strings drawn touching are one word.
                    let touching = prev.is_some_and(|p| w.x - p.end <= 0.35 * l.space);
                    if !cells[c].is_empty() && !touching {
                        cells[c].push(' ');
                    }
                    cells[c].push_str(&w.text);
                    prev = Some(w);
                }
            }
        }
        let filled = cells
            .iter()
            .rposition(|c| !c.is_empty())
            .map_or(0, |i| i + 1);
        out[first + start] = Row::Start(cells[..filled.max(1)].join("\t"));
        for row in &mut out[first + start + 1..first + next] {
            *row = Row::Within;
        }
        start = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of words at the given x positions, each 6 points a letter, on baseline `y`.
    fn line(y: f64, words: &[(f64, &str)]) -> PageLine {
        let mut ws = Vec::new();
        let mut cells = Vec::new();
        let mut prev_end: Option<f64> = None;
        for &(x, text) in words {
            let mut at = x;
            for (k, part) in text.split(' ').enumerate() {
                if k > 0 {
                    at += 3.0;
                }
                let end = at + 6.0 * part.chars().count() as f64;
                ws.push(Word {
                    text: part.to_string(),
                    x: at,
                    end,
                });
                at = end;
            }
            if prev_end.is_none_or(|e| x - e > 7.5 || x < e) {
                cells.push(x);
            }
            prev_end = Some(at);
        }
        PageLine {
            text: words.iter().map(|w| w.1).collect::<Vec<_>>().join("\t"),
            x: words[0].0,
            y,
            space: 3.0,
            cells,
            words: ws,
        }
    }

    fn texts(page: &[PageLine]) -> Vec<Row> {
        rows(page, 50.0, 13.0)
    }

    #[test]
    fn wrapped_cells_join_their_rows_and_overflowing_words_keep_their_column() {
        // Columns at 50, 100, 180 and 260; column 2 wraps at 240.
        let page = vec![
            line(
                100.0,
                &[(50.0, "1."), (100.0, "Әрекет"), (180.0, "1"), (260.0, "2")],
            ),
            line(113.0, &[(100.0, "№")]),
            line(
                126.0,
                &[
                    (50.0, "3."),
                    (100.0, "Атауы"),
                    (180.0, "Өтінішті"),
                    (260.0, "Тіркеу."),
                ],
            ),
            line(139.0, &[(180.0, "қабылдау"), (260.0, "Хабарландыру.")]),
            // A word longer than its column runs over the next column's start.
            line(152.0, &[(180.0, "құжаттардыңның"), (260.0, "Жіберу.")]),
            line(
                165.0,
                &[
                    (50.0, "4."),
                    (100.0, "Срок"),
                    (180.0, "15 минут"),
                    (260.0, "1 день"),
                ],
            ),
        ];
        assert_eq!(
            texts(&page),
            vec![
                Row::Start("1.\tӘрекет №\t1\t2".into()),
                Row::Within,
                Row::Start(
                    "3.\tАтауы\tӨтінішті қабылдау құжаттардыңның\tТіркеу. Хабарландыру. Жіберу."
                        .into()
                ),
                Row::Within,
                Row::Within,
                Row::Start("4.\tСрок\t15 минут\t1 день".into()),
            ]
        );
    }

    #[test]
    fn a_cell_that_ended_short_is_not_continued() {
        // «Приём» would have fitted after «УО» in its column: the line below starts a row
        // whose first cells are empty, as a wrapped text cell printed before its row.
        let page = vec![
            line(
                100.0,
                &[
                    (50.0, "1."),
                    (100.0, "Действие"),
                    (180.0, "1"),
                    (260.0, "2"),
                ],
            ),
            line(
                113.0,
                &[
                    (50.0, "2."),
                    (100.0, "СФЕ"),
                    (180.0, "УО"),
                    (260.0, "УО ИС"),
                ],
            ),
            line(126.0, &[(180.0, "Приём"), (260.0, "Регистрация")]),
            line(
                139.0,
                &[
                    (50.0, "3."),
                    (100.0, "Действие"),
                    (180.0, "документов"),
                    (260.0, "заявления"),
                ],
            ),
        ];
        let rows = texts(&page);
        assert_eq!(rows[1], Row::Start("2.\tСФЕ\tУО\tУО ИС".into()));
        assert_eq!(rows[2], Row::Start("\t\tПриём\tРегистрация".into()));
    }

    #[test]
    fn prose_after_a_table_is_not_a_cell() {
        let page = vec![
            line(100.0, &[(50.0, "6."), (100.0, "Келесі"), (180.0, "2")]),
            line(
                113.0,
                &[(50.0, "Осы кестеде электрондық мемлекеттік қызметті көрсету")],
            ),
        ];
        assert_eq!(
            texts(&page),
            vec![Row::Start("6.\tКелесі\t2".into()), Row::Prose]
        );
    }
}
