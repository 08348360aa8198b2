//! Running headers, footers and page numbers: the lines a page prints at its edges for the
//! reader, which are not the act's text.
//!
//! A line at the top or bottom edge of a page (its first or last two lines) is furniture when
//! the same line, numbers aside, stands at that edge of at least half the pages (two at least),
//! or when it is a bare page number («7», «- 7 -»).

use std::collections::HashMap;

use super::layout::PageLine;

/// How many lines at each edge of a page may be furniture.
const EDGE: usize = 2;

/// The line with its digits blanked, so «Страница 3 из 9» and «Страница 4 из 9» match.
fn shape(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// A bare page number, perhaps between dashes.
fn is_page_number(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace());
    !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit())
}

/// The pages without their running headers, footers and page numbers.
pub fn drop_running(pages: Vec<Vec<PageLine>>) -> Vec<Vec<PageLine>> {
    let edges = |p: &[PageLine]| -> (Vec<usize>, Vec<usize>) {
        let n = p.len();
        let top: Vec<usize> = (0..n.min(EDGE)).collect();
        let bottom: Vec<usize> = (n.saturating_sub(EDGE)..n)
            .filter(|i| !top.contains(i))
            .collect();
        (top, bottom)
    };
    let mut counts: HashMap<(bool, String), usize> = HashMap::new();
    for p in &pages {
        let (top, bottom) = edges(p);
        let mut seen: Vec<(bool, String)> = top
            .iter()
            .map(|&i| (true, shape(&p[i].text)))
            .chain(bottom.iter().map(|&i| (false, shape(&p[i].text))))
            .collect();
        seen.sort();
        seen.dedup();
        for key in seen {
            *counts.entry(key).or_default() += 1;
        }
    }
    let need = (pages.len().div_ceil(2)).max(2);
    pages
        .into_iter()
        .map(|p| {
            let (top, bottom) = edges(&p);
            let n = p.len();
            p.into_iter()
                .enumerate()
                .filter(|(i, l)| {
                    let at_top = top.contains(i);
                    if !at_top && !bottom.contains(i) {
                        return true;
                    }
                    let outermost = *i == 0 || *i + 1 == n;
                    let repeated = counts
                        .get(&(at_top, shape(&l.text)))
                        .is_some_and(|&c| c >= need);
                    !(repeated || outermost && is_page_number(&l.text))
                })
                .map(|(_, l)| l)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[&str]) -> Vec<PageLine> {
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| PageLine {
                text: t.to_string(),
                x: 50.0,
                y: 40.0 + 13.0 * i as f64,
                space: 3.0,
                cells: vec![50.0],
                words: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn headers_footers_and_page_numbers_are_dropped() {
        let pages = vec![
            page(&[
                "Регламенты государственных услуг",
                "1. Общие положения",
                "мәтін бірінші",
                "1",
            ]),
            page(&[
                "Регламенты государственных услуг",
                "2) выдача результата;",
                "екінші бет",
                "- 2 -",
            ]),
            page(&[
                "Регламенты государственных услуг",
                "3. Порядок действий",
                "Страница 3 из 3",
            ]),
        ];
        let kept: Vec<Vec<String>> = drop_running(pages)
            .into_iter()
            .map(|p| p.into_iter().map(|l| l.text).collect())
            .collect();
        assert_eq!(
            kept,
            [
                vec!["1. Общие положения", "мәтін бірінші"],
                vec!["2) выдача результата;", "екінші бет"],
                vec!["3. Порядок действий", "Страница 3 из 3"],
            ]
        );
    }

    #[test]
    fn a_line_on_one_page_only_is_text() {
        let pages = vec![
            page(&["Утверждено", "постановлением акимата", "текст"]),
            page(&["1. Жалпы ережелер", "мәтін"]),
        ];
        let kept = drop_running(pages.clone());
        assert_eq!(kept, pages);
    }
}
