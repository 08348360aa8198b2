//! Where each regulation starts, found by the document's structure rather than by one wording
//! of its title.
//!
//! A regulation is the stretch that opens with its first section («1. Общие положения» /
//! «1. Жалпы ережелер»). Its title is what stands just before that heading: a «Регламент
//! государственной услуги "…"» / «"…" мемлекеттік көрсетілетін қызмет регламенті» line, or, as
//! some regions print it under the approval stamp, the quoted service name alone. When no title is
//! printed at all, the service named in ¶1 names the regulation. A title line with no first
//! section after it still opens a regulation when ¶1 follows it, for texts printed without
//! section headings.

use super::label;
use super::lines::{Line, starts_with_label};
use crate::lexicon::{self, structure};
use crate::model::{Language, Matter, Unattributed};

/// How far before its first section a title may stand, in logical lines (the name may wrap and
/// markdown exports print «Регламент …» and the quoted name as two headings).
const TITLE_LOOKBACK: usize = 4;
/// How far after a title its first section or ¶1 may stand.
const TITLE_LOOKAHEAD: usize = 4;

/// A regulation's start as found in the lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// Index of the line the regulation starts on (its title, or its first section).
    pub index: usize,
    /// Index of the first line after the title (the name may take extra lines).
    pub body: usize,
    /// The service name, without quotes.
    pub name: String,
    /// The title as printed; the first section's heading when no title is printed.
    pub heading: String,
    pub language: Language,
    pub electronic: bool,
}

/// The start of every regulation in the lines, in order.
pub fn find(lines: &[Line]) -> Vec<Title> {
    let mut out: Vec<Title> = Vec::new();
    // The end of the last regulation's title: a title is never looked for before it.
    let mut floor = 0;
    for (i, l) in lines.iter().enumerate() {
        if l.is_row() || i < floor {
            continue;
        }
        let found = match structure::general_provisions_heading(&l.text) {
            Some((language, at)) if !in_item(l, at) => {
                let mut t = before_first_section(lines, floor, i, at, language);
                if lexicon::title(&t.heading).is_none() {
                    // No title wording to say so: the first section's sentences do.
                    t.electronic = lines[i..]
                        .iter()
                        .take(TITLE_LOOKAHEAD + 1)
                        .any(|l| structure::is_electronic(&l.text));
                }
                Some(t)
            }
            _ => title_without_section(lines, i).or_else(|| {
                // ¶1 of a regulation printed with neither title nor first section; not the ¶1
                // that follows a start just found.
                let after_start = out
                    .last()
                    .is_some_and(|t| i <= t.index + 2 * TITLE_LOOKAHEAD);
                (!after_start).then(|| first_paragraph(l, i)).flatten()
            }),
        };
        if let Some(t) = found {
            floor = t.body.max(i + 1);
            out.push(t);
        }
    }
    out
}

/// True when the heading words stand inside a numbered item or paragraph of prose («1) … общие
/// положения»), not as a heading of their own or closing a title.
fn in_item(l: &Line, at: usize) -> bool {
    at > 0
        && starts_with_label(&l.text)
        && label::paragraph(&l.text).is_none_or(|(n, _)| n != Some(1))
}

/// The regulation whose first section's heading is line `gp` (starting at byte `at`).
fn before_first_section(
    lines: &[Line],
    floor: usize,
    gp: usize,
    at: usize,
    language: Language,
) -> Title {
    // The title may close on the heading's own line («Регламент … "…" 1. Общие положения»).
    let own = lines[gp].text[..at].trim();
    if !own.is_empty()
        && let Some(t) = title_at(lines, gp, own)
    {
        return t;
    }
    let from = gp.saturating_sub(TITLE_LOOKBACK).max(floor);
    let mut window = from..gp;
    for k in (from..gp).rev() {
        let l = &lines[k];
        if l.is_row() || (starts_with_label(&l.text) && k + 1 != gp) {
            window = k + 1..gp;
            break;
        }
    }
    // The «Регламент …» wording wins over a quoted name: it may stand a line above that name.
    let worded = window
        .clone()
        .rev()
        .find(|&k| lexicon::title(&lines[k].text).is_some());
    for k in worded.into_iter().chain(window.rev()) {
        if let Some(t) = title_at(lines, k, &lines[k].text) {
            return t;
        }
    }
    // A title run into the line before it (no blank line parted them).
    if let Some(k) = gp
        .checked_sub(1)
        .filter(|&k| k >= floor && !lines[k].is_row())
        && let Some((at, m)) = structure::title_at_end(&lines[k].text)
    {
        let text = &lines[k].text[at..];
        return Title {
            index: k,
            body: gp,
            name: m.name.unwrap_or_default(),
            heading: text.to_string(),
            language: m.language,
            electronic: m.electronic,
        };
    }
    // Only the first section: the regulation is named by the service its ¶1 names.
    let name = lines[gp + 1..]
        .iter()
        .take(TITLE_LOOKAHEAD)
        .find_map(|l| structure::first_quoted(&l.text))
        .unwrap_or_default();
    Title {
        index: gp,
        body: gp,
        name,
        heading: lines[gp].text.clone(),
        language,
        electronic: false,
    }
}

/// A title in `text` (line `k`'s text or its part before the first section's heading): the
/// «Регламент …» wording, or a quoted name standing alone.
fn title_at(lines: &[Line], k: usize, text: &str) -> Option<Title> {
    if let Some(t) = lexicon::title(text)
        && !lexicon::is_amendment(text)
    {
        let mut heading = lines[k].text.clone();
        let mut body = k + 1;
        // The quoted name may follow on the next lines: «Регламент государственной услуги» then
        // the name as a heading of its own, or a heading wrapped in two. Gather until it closes.
        while body < lines.len() && body <= k + 3 {
            let next = &lines[body];
            let wanted = !quotes_balanced(&heading)
                || (t.name.is_none() && body == k + 1 && next.text.starts_with(['"', '«', '“']));
            if !wanted
                || next.is_row()
                || starts_with_label(&next.text)
                || structure::general_provisions_heading(&next.text).is_some()
            {
                break;
            }
            heading.push(' ');
            heading.push_str(&next.text);
            body += 1;
        }
        let name = lexicon::title(&heading)
            .and_then(|m| m.name)
            .or(t.name)
            .unwrap_or_default();
        return Some(Title {
            index: k,
            body,
            name,
            heading,
            language: t.language,
            electronic: t.electronic,
        });
    }
    let name = structure::quoted_name(text)?;
    Some(Title {
        index: k,
        body: k + 1,
        heading: text.to_string(),
        language: if has_kazakh_letters(&name) {
            Language::Kk
        } else {
            Language::Ru
        },
        electronic: false,
        name,
    })
}

/// A «Регламент …» title with no first section after it, opening a regulation when its ¶1
/// follows: regions that print no section headings.
fn title_without_section(lines: &[Line], i: usize) -> Option<Title> {
    let l = &lines[i];
    // The quoted name alone is no title without a first section to anchor it: only the
    // «Регламент …» wording opens a regulation here.
    if starts_with_label(&l.text) || lexicon::title(&l.text).is_none() {
        return None;
    }
    let t = title_at(lines, i, &l.text)?;
    let window = &lines[t.body.min(lines.len())..(t.body + TITLE_LOOKAHEAD).min(lines.len())];
    let opens = window.iter().any(|w| {
        label::paragraph(&w.text).is_some_and(|(n, body)| {
            n == Some(1) && structure::first_quoted(&w.text[body..]).is_some()
        })
    });
    let section_follows = window
        .iter()
        .any(|w| structure::general_provisions_heading(&w.text).is_some());
    (opens && !section_follows).then_some(t)
}

/// A regulation that starts with its ¶1 naming the service: no title, no first section.
fn first_paragraph(l: &Line, i: usize) -> Option<Title> {
    let (n, body) = label::paragraph(&l.text)?;
    if n != Some(1) {
        return None;
    }
    let rest = &l.text[body..];
    let language = structure::service_sentence(rest)?;
    let name = structure::first_quoted(rest)?;
    Some(Title {
        index: i,
        body: i,
        heading: format!("«{name}»"),
        name,
        language,
        electronic: structure::is_electronic(rest),
    })
}

/// True when every quote a text opens is closed.
fn quotes_balanced(text: &str) -> bool {
    text.matches('"').count().is_multiple_of(2)
        && text.matches('«').count() == text.matches('»').count()
}

/// Letters of the Kazakh alphabet that Russian has not.
fn has_kazakh_letters(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(
            c,
            'ә' | 'ғ'
                | 'қ'
                | 'ң'
                | 'ө'
                | 'ұ'
                | 'ү'
                | 'һ'
                | 'і'
                | 'Ә'
                | 'Ғ'
                | 'Қ'
                | 'Ң'
                | 'Ө'
                | 'Ұ'
                | 'Ү'
                | 'Һ'
                | 'І'
        )
    })
}

/// The regulation matter standing before the first regulation (or anywhere, when the file has
/// none): a procedure list's heading, an appendix header, a справочник or its legend. Such a
/// stretch belongs to a regulation whose start could not be recognised; it is kept and reported.
pub fn unattributed(lines: &[Line], first_regulation_line: Option<u32>) -> Vec<Unattributed> {
    let before = first_regulation_line.unwrap_or(u32::MAX);
    let stretch: Vec<&Line> = lines.iter().take_while(|l| l.line < before).collect();
    let starts: Vec<(usize, (Matter, String))> = stretch
        .iter()
        .enumerate()
        .filter_map(|(k, l)| matter(l).map(|what| (k, what)))
        .collect();
    let mut out = Vec::new();
    for (n, (k, what)) in starts.iter().enumerate() {
        let next = starts.get(n + 1).map_or(stretch.len(), |s| s.0);
        let items: Vec<&&Line> = stretch[k + 1..next]
            .iter()
            .filter(|l| starts_with_label(&l.text))
            .collect();
        // The stretch runs to its last item: what follows it (a header, a stamp) opens the next
        // regulation.
        let last = items.last().map_or(stretch[*k], |l| **l);
        let end_line = last.breaks.last().map_or(last.line, |b| b.1);
        let (kind, quote) = what;
        out.push(Unattributed {
            line: stretch[*k].line,
            end_line,
            kind: *kind,
            quote: quote.clone(),
            items: u32::try_from(items.len()).unwrap_or(u32::MAX),
        });
    }
    out
}

/// What regulation matter a line opens, if any, with its opening words quoted.
fn matter(l: &Line) -> Option<(Matter, String)> {
    if l.is_row() {
        return None;
    }
    let text = l.text.as_str();
    let quoted = || format!("«{}»", crate::text::first_words(text, 8));
    if let Some((_, body)) = label::paragraph(text)
        && lexicon::list_kind(&text[body..]).is_some()
        && !lexicon::is_amendment(text)
    {
        return Some((Matter::List, quoted()));
    }
    if lexicon::appendix_header(text).is_some() {
        return Some((Matter::Appendix, quoted()));
    }
    if lexicon::is_legend_heading(text) || lexicon::is_spravochnik_title(text) {
        return Some((Matter::Spravochnik, quoted()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::logical_lines;

    fn titles(text: &str) -> Vec<(u32, String, Language)> {
        let lines = logical_lines(text);
        find(&lines)
            .into_iter()
            .map(|t| (lines[t.index].line, t.name, t.language))
            .collect()
    }

    #[test]
    fn title_with_regulation_wording() {
        let t = titles(
            "Утвержден постановлением\n\n## **Регламент государственной услуги**\n\n### **\"Назначение помощи семьям\"**\n\n#### **1. Общие положения**\n\n1. Государственная услуга \"Назначение помощи семьям\" оказывается.\n",
        );
        assert_eq!(
            t,
            vec![(3, "Назначение помощи семьям".into(), Language::Ru)]
        );
    }

    #[test]
    fn quoted_name_alone_under_the_stamp() {
        let t = titles(
            "Приложение 2 к постановлению\n\nУтвержден постановлением акимата\n\n\"Выдача справок безработным гражданам\"\n\n1. Общие положения\n\n1. Государственная услуга \"Выдача справок безработным гражданам\" оказывается.\n",
        );
        assert_eq!(
            t,
            vec![(
                5,
                "Выдача справок безработным гражданам".into(),
                Language::Ru
            )]
        );
    }

    #[test]
    fn no_title_at_all_takes_the_name_from_the_first_paragraph() {
        let t = titles(
            "Бекітілген\n\n1. Жалпы ережелер\n\n1. «Жұмыссыз азаматтарға анықтама беру» мемлекеттік көрсетілетін қызметі көрсетіледі.\n",
        );
        assert_eq!(
            t,
            vec![(3, "Жұмыссыз азаматтарға анықтама беру".into(), Language::Kk)]
        );
    }

    #[test]
    fn title_and_first_section_on_one_line() {
        let t = titles(
            "№ 3/539\n\nРегламент государственной услуги \"Возмещение затрат\nна обучение на дому детей-инвалидов\" 1. Общие положения\n\n      1. Государственная услуга оказывается.\n",
        );
        assert_eq!(
            t,
            vec![(
                3,
                "Возмещение затрат на обучение на дому детей-инвалидов".into(),
                Language::Ru
            )]
        );
    }

    #[test]
    fn title_without_any_section_heading() {
        let t = titles(
            "Регламент государственной услуги \"Выдача справки\"\n\n1. Государственная услуга \"Выдача справки\" оказывается акиматом.\n\n2. Форма оказания: бумажная.\n",
        );
        assert_eq!(t, vec![(1, "Выдача справки".into(), Language::Ru)]);
    }

    #[test]
    fn a_regulation_with_neither_title_nor_section_starts_at_its_first_paragraph() {
        let t = titles(
            "Регламент государственной услуги \"Выдача справки\"\n\n1. Общие положения\n\n1. Государственная услуга \"Выдача справки\" оказывается.\n\n2. Форма: бумажная.\n\n3. Результат: справка.\n\n4. Основанием является заявление.\n\n5. Срок: один день.\n\n6. Порядок действий.\n\nПриложение 2 к постановлению\n\n1. Государственная услуга \"Назначение пособия\" оказывается.\n",
        );
        assert_eq!(
            t,
            vec![
                (1, "Выдача справки".into(), Language::Ru),
                (19, "Назначение пособия".into(), Language::Ru)
            ]
        );
    }

    #[test]
    fn a_heading_wrapped_over_two_lines_keeps_the_whole_name() {
        let t = titles(
            "## **Регламент государственной услуги \"Назначение государственной**\n## **адресной социальной помощи\"**\n\n### 1. Общие положения\n\n1. Государственная услуга оказывается.\n",
        );
        assert_eq!(
            t,
            vec![(
                1,
                "Назначение государственной адресной социальной помощи".into(),
                Language::Ru
            )]
        );
    }

    #[test]
    fn decree_clauses_are_no_titles() {
        let t = titles(
            "1) регламент государственной услуги \"Выдача справки\", утвержденный указанным постановлением, изложить в новой редакции;\n\n2. Контроль возложить.\n",
        );
        assert!(t.is_empty());
    }
}
