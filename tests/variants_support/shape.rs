//! Line-level reshaping: headings without «Регламент…», blank lines removed, markdown stripped,
//! paragraphs re-wrapped. Every function works line by line and keeps the file's last newline.

/// The Russian words a regulation heading starts with.
const RU_HEADING: &str = "Регламент государственной услуги";
/// The Kazakh word a regulation heading ends with, after the quoted name.
const KK_HEADING_END: &str = "регламенті";
/// The word every Kazakh heading tail holds («мемлекеттік көрсетілетін қызмет регламенті»,
/// «электрондық мемлекеттік қызмет регламенті»), so a sentence ending in «регламенті» is not taken.
const KK_HEADING_WORD: &str = "қызмет";

const OPENING_QUOTES: &[char] = &['«', '"', '“', '„'];
const CLOSING_QUOTES: &[char] = &['»', '"', '”', '“'];

/// The markup before a line's words: indentation, `#` heading marks, `*` emphasis.
fn markup_prefix(line: &str) -> usize {
    line.len()
        - line
            .trim_start_matches(|c: char| c.is_whitespace() || c == '#' || c == '*')
            .len()
}

/// The markup after a line's words: emphasis marks and trailing white space.
fn markup_suffix(line: &str) -> usize {
    line.len()
        - line
            .trim_end_matches(|c: char| c.is_whitespace() || c == '*')
            .len()
}

/// A regulation heading line without the words «Регламент государственной услуги» / «…
/// мемлекеттік (көрсетілетін) қызмет регламенті»: `Some(line)` with only the quoted name and
/// the markup left, `Some("")` when nothing but markup is left, `None` when the line is not a
/// regulation heading. Headings are told from the decree's «1) регламент государственной
/// услуги "…" … изложить …» and from sentences by where the words stand: a Russian heading
/// starts with them (capitalised, before a quote or at the end of the line), a Kazakh one is a
/// quoted name followed by them and nothing else.
fn heading_without_words(line: &str) -> Option<String> {
    let pre = markup_prefix(line);
    let post = line.len() - markup_suffix(line);
    if pre >= post {
        return None;
    }
    let words = &line[pre..post];
    if let Some(rest) = words.strip_prefix(RU_HEADING) {
        let name = rest.trim_start();
        if !name.is_empty() && !name.starts_with(OPENING_QUOTES) {
            return None;
        }
        if name.is_empty() {
            return Some(String::new());
        }
        return Some(format!("{}{name}{}", &line[..pre], &line[post..]));
    }
    if words.starts_with(OPENING_QUOTES) && words.ends_with(KK_HEADING_END) {
        let close = words.rfind(CLOSING_QUOTES)?;
        let close_end = close + words[close..].chars().next()?.len_utf8();
        let tail = &words[close_end..];
        if close == 0 || !tail.contains(KK_HEADING_WORD) || tail.contains(CLOSING_QUOTES) {
            return None;
        }
        return Some(format!(
            "{}{}{}",
            &line[..pre],
            &words[..close_end],
            &line[post..]
        ));
    }
    None
}

/// Headings that keep only the quoted service name; also how many headings were changed.
/// A heading line left with nothing but markup is dropped.
pub fn strip_titles(text: &str) -> (String, usize) {
    let mut out = Vec::new();
    let mut changed = 0;
    for line in text.split('\n') {
        match heading_without_words(line) {
            Some(new) => {
                changed += 1;
                if !new.is_empty() {
                    out.push(new);
                }
            }
            None => out.push(line.to_string()),
        }
    }
    (out.join("\n"), changed)
}

/// Every line holding only white space removed.
pub fn drop_blank_lines(text: &str) -> String {
    let mut out: Vec<&str> = text.split('\n').filter(|l| !l.trim().is_empty()).collect();
    if text.ends_with('\n') {
        out.push("");
    }
    out.join("\n")
}

/// A table row: a tab between two cells (a leading tab is only indentation). Re-wrapping
/// leaves rows alone, since their cells are laid out across, not along, the line.
pub fn is_table_row(line: &str) -> bool {
    line.trim().contains('\t')
}

/// A markdown heading (`## …`): the syntax keeps a heading on one line, so a reflow leaves it.
pub fn is_heading(line: &str) -> bool {
    let hashes = line.len() - line.trim_start_matches('#').len();
    (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t'])
}

/// Every line longer than `width` characters (and not a table row or a markdown heading)
/// broken at spaces into lines
/// of at most `width`; a word longer than `width` stands alone, and so does a letter-spaced
/// word (three or more one-letter pieces in a row), which is one word on the printed page. The
/// first line keeps the indentation, the continuation lines start at the margin. Spaces inside
/// a line are kept as printed; the run of spaces a line is broken at is dropped.
pub fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width.max(1));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.chars().count() <= width || is_table_row(line) || is_heading(line) {
            out.push_str(line);
            continue;
        }
        wrap_line(line, width, &mut out);
    }
    out
}

fn wrap_line(line: &str, width: usize, out: &mut String) {
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    // Words as (start, end, column of start, column of end), separated by runs of spaces.
    let mut words: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut col = 0;
    for (at, c) in line.char_indices() {
        if at >= indent {
            if c == ' ' {
                if let Some((s, sc)) = open.take() {
                    words.push((s, at, sc, col));
                }
            } else if open.is_none() {
                open = Some((at, col));
            }
        }
        col += 1;
    }
    if let Some((s, sc)) = open {
        words.push((s, line.len(), sc, col));
    }
    // A letter-spaced word («у ә к і л е т т і о р г а н») is one printed word: never broken.
    let single: Vec<bool> = words.iter().map(|w| w.3 - w.2 == 1).collect();
    let mut joined = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        let run = single[i..].iter().take_while(|&&s| s).count();
        if run >= 3 {
            joined[i..i + run - 1].fill(true);
        }
        i += run.max(1);
    }
    // Greedy: the last break that lets the line fit; when the first word alone is wider than
    // the line, the first break after it.
    let (mut start, mut start_col, mut first) = (0, 0, 0);
    while col - start_col > width {
        let mut pick = None;
        for k in first..words.len().saturating_sub(1) {
            if joined[k] {
                continue;
            }
            if words[k].3 - start_col <= width || pick.is_none() {
                pick = Some(k);
            }
            if words[k].3 - start_col > width {
                break;
            }
        }
        let Some(k) = pick else {
            break;
        };
        out.push_str(&line[start..words[k].1]);
        out.push('\n');
        (start, start_col, first) = (words[k + 1].0, words[k + 1].2, k + 1);
    }
    out.push_str(&line[start..]);
}

/// A line as plain text: `#` heading marks, `**` and paired `*` emphasis removed, markdown's
/// backslash escapes (`\*`, `\_`) read as the characters they stand for.
pub fn strip_markdown(text: &str) -> String {
    text.split('\n')
        .map(plain_line)
        .collect::<Vec<_>>()
        .join("\n")
}

fn plain_line(line: &str) -> String {
    let body = line.trim_start();
    let line = match body.find(|c: char| c != '#') {
        Some(n) if n > 0 && n <= 6 && body[n..].starts_with([' ', '\t']) => body[n..].trim_start(),
        _ => line,
    };
    // (character, escaped): an escaped star is text, not emphasis.
    let mut chars: Vec<(char, bool)> = Vec::with_capacity(line.len());
    let mut it = line.chars().peekable();
    while let Some(c) = it.next() {
        match (c, it.peek()) {
            ('\\', Some(&n)) if n.is_ascii_punctuation() => {
                chars.push((n, true));
                it.next();
            }
            _ => chars.push((c, false)),
        }
    }
    let star = |chars: &[(char, bool)], i: usize| chars.get(i) == Some(&('*', false));
    // `**` first, in pairs of adjacent stars, wherever they stand.
    let mut kept: Vec<(char, bool)> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if star(&chars, i) && star(&chars, i + 1) {
            i += 2;
        } else {
            kept.push(chars[i]);
            i += 1;
        }
    }
    // Then single stars that open before a word and close after one.
    let mut drop = vec![false; kept.len()];
    let mut open: Option<usize> = None;
    for i in 0..kept.len() {
        if !star(&kept, i) {
            continue;
        }
        let next_word = kept.get(i + 1).is_some_and(|(c, _)| !c.is_whitespace());
        let prev_word = i > 0 && !kept[i - 1].0.is_whitespace();
        match open {
            Some(o) if prev_word => {
                drop[o] = true;
                drop[i] = true;
                open = None;
            }
            _ if next_word => open = Some(i),
            _ => {}
        }
    }
    kept.iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|((c, _), _)| *c)
        .collect()
}
