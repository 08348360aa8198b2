//! Markdown and HTML markup: heading markers, bullets, emphasis, links, autolinks, simple tags
//! and backslash escapes.

use std::borrow::Cow;

use super::shared::is_space_or_tab;
use crate::text::scan::{Block, any_block};

/// Markdown / HTML markers found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Markup {
    /// 0 = not a heading, else the number of `#`.
    pub heading: u8,
    /// The line began with a `- ` or `* ` bullet.
    pub bullet: bool,
}

/// How often the markdown pass is repeated so that markup uncovered by removing other markup
/// («**# x**», «- - x») is removed too; real lines settle after one or two.
const MARKDOWN_PASSES: usize = 4;

/// Removes Markdown/HTML markup: a `#` heading marker, `- `/`* ` bullets, `**`, paired `*`
/// emphasis, `[text](url)` links, `<url>` autolinks, simple HTML tags and `\` escapes.
pub fn strip_markdown(s: &str) -> (Cow<'_, str>, Markup) {
    let mut markup = Markup::default();
    let starts_with_marker = s
        .trim_start_matches(is_space_or_tab)
        .starts_with(['#', '-', '*']);
    let b = s.as_bytes();
    let marks = |blk: &Block| blk.eq(b'*') | blk.eq(b'[') | blk.eq(b'<') | blk.eq(b'\\');
    if !starts_with_marker && !any_block(b, |_, blk, _| marks(blk) != 0) {
        return (Cow::Borrowed(s), markup);
    }
    let mut cur: Cow<str> = Cow::Borrowed(s);
    for _ in 0..MARKDOWN_PASSES {
        let block = strip_block_markers(&cur, &mut markup);
        let inline = strip_inline(block);
        if inline.len() == cur.len() && inline == cur {
            break;
        }
        cur = Cow::Owned(inline.into_owned());
    }
    let text = match unescape(&cur) {
        Some(unescaped) => Cow::Owned(unescaped),
        None => cur,
    };
    (text, markup)
}

/// Removes leading heading and bullet markers, recording the first of each.
fn strip_block_markers<'a>(s: &'a str, markup: &mut Markup) -> &'a str {
    let mut rest = s;
    loop {
        let t = rest.trim_start_matches(is_space_or_tab);
        let hashes = t.len() - t.trim_start_matches('#').len();
        let after_hashes = &t[hashes..];
        if (1..=6).contains(&hashes)
            && (after_hashes.is_empty() || after_hashes.starts_with(is_space_or_tab))
        {
            if markup.heading == 0 {
                markup.heading = hashes as u8;
            }
            rest = strip_closing_hashes(after_hashes);
            continue;
        }
        if let Some(r) = ["- ", "-\t", "* ", "*\t"]
            .iter()
            .find_map(|m| t.strip_prefix(m))
        {
            markup.bullet = true;
            rest = r;
            continue;
        }
        if rest.len() == s.len() {
            return s;
        }
        return t;
    }
}

/// `## Title ##` → `## Title`.
fn strip_closing_hashes(s: &str) -> &str {
    let t = s.trim_end_matches(is_space_or_tab);
    let without = t.trim_end_matches('#');
    if without.len() < t.len() && (without.is_empty() || without.ends_with(is_space_or_tab)) {
        without
    } else {
        s
    }
}

fn is_escapable(c: char) -> bool {
    c.is_ascii_punctuation()
}

/// One left-to-right pass over inline markup; escaped characters are copied with their
/// backslash so that later passes still see them as literal.
fn strip_inline(s: &str) -> Cow<'_, str> {
    if memchr::memchr3(b'*', b'[', b'<', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let without_links = strip_links_and_tags(s);
    let without_bold = strip_double_stars(&without_links);
    Cow::Owned(strip_single_star_pairs(&without_bold))
}

fn strip_links_and_tags(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        // Only these bytes call for work; the runs between them are skipped whole.
        let Some(k) = memchr::memchr3(b'\\', b'[', b'<', &b[i..]) else {
            break;
        };
        i += k;
        match b[i] {
            b'\\' if i + 1 < b.len() => {
                i += 1 + utf8_len(b[i + 1]);
                continue;
            }
            b'[' => {
                if let Some((text, end)) = match_link(s, i) {
                    out.push_str(&s[copied..i]);
                    // An image «![alt](src)» keeps its alt text too.
                    if out.ends_with('!') {
                        out.pop();
                    }
                    out.push_str(text);
                    i = end;
                    copied = end;
                    continue;
                }
            }
            b'<' => {
                if let Some((keep, end)) = match_angle(s, i) {
                    out.push_str(&s[copied..i]);
                    out.push_str(keep);
                    i = end;
                    copied = end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// `[text](url)` starting at `open`: the text and the byte after `)`.
fn match_link(s: &str, open: usize) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    let mut j = open + 1;
    // Stopping at another «[» keeps the scan linear over a line full of brackets.
    while j < b.len() && b[j] != b']' && b[j] != b'[' {
        j += if b[j] == b'\\' { 2 } else { 1 };
    }
    if j + 1 >= b.len() || b[j] != b']' || b[j + 1] != b'(' {
        return None;
    }
    let url_start = j + 2;
    let mut k = url_start;
    while k < b.len() && !matches!(b[k], b')' | b'(' | b'[' | b' ' | b'\t') {
        k += 1;
    }
    if k >= b.len() || b[k] != b')' {
        return None;
    }
    Some((&s[open + 1..j], k + 1))
}

/// `<http://...>` (kept without brackets) or a simple HTML tag (dropped).
fn match_angle(s: &str, open: usize) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    let mut j = open + 1;
    while j < b.len() && !matches!(b[j], b'>' | b'<' | b' ' | b'\t') {
        j += 1;
    }
    if j >= b.len() || b[j] != b'>' {
        return None;
    }
    let inner = &s[open + 1..j];
    let lower = inner.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return Some((inner, j + 1));
    }
    let name = inner.trim_start_matches('/').trim_end_matches('/');
    const TAGS: &[&str] = &[
        "b", "i", "u", "s", "em", "strong", "br", "sup", "sub", "p", "span", "div", "font",
        "small", "big", "mark", "del", "ins",
    ];
    if TAGS.contains(&name.to_ascii_lowercase().as_str()) {
        return Some(("", j + 1));
    }
    None
}

/// Removes `**`; between two letters it was the only separator, so it becomes a space.
fn strip_double_stars(s: &str) -> String {
    // Stars and backslashes are ASCII, so the scan goes by bytes and copies the runs between.
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        // Only these bytes call for work; the runs between them are skipped whole.
        let Some(k) = memchr::memchr2(b'\\', b'*', &b[i..]) else {
            break;
        };
        i += k;
        if b[i] == b'\\' && i + 1 < b.len() {
            i += 1 + utf8_len(b[i + 1]);
            continue;
        }
        if b[i] == b'*' && b.get(i + 1) == Some(&b'*') {
            out.push_str(&s[copied..i]);
            let j = i + b[i..].iter().take_while(|&&x| x == b'*').count();
            let run = j - i;
            // «***» is bold plus italic: leave one star for the single-star pass.
            if run % 2 == 1 {
                out.push('*');
            }
            let prev = out.chars().next_back();
            let next = s[j..].chars().next();
            if run % 2 == 0
                && prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric)
            {
                out.push(' ');
            }
            i = j;
            copied = j;
            continue;
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    out
}

/// Removes `*emphasis*` pairs (opener before a non-space, closer after one); a lone star is a
/// footnote marker and stays.
fn strip_single_star_pairs(s: &str) -> String {
    let b = s.as_bytes();
    let mut remove: Vec<usize> = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        // Only these bytes call for work; the runs between them are skipped whole.
        let Some(k) = memchr::memchr2(b'\\', b'*', &b[i..]) else {
            break;
        };
        i += k;
        if b[i] == b'\\' {
            // The backslash and the character it escapes.
            i += 1 + b.get(i + 1).map_or(0, |&x| utf8_len(x));
            continue;
        }
        if b[i] == b'*' {
            let prev_ok = s[..i]
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_whitespace());
            // Spaces before «;» or «,» are closed up at the end («а* ;*» reads «а*;*»), so the
            // star is judged by what will follow it then.
            let after = &s[i + 1..];
            let closed = after.trim_start_matches(' ');
            let after = if closed.starts_with([';', ',']) {
                closed
            } else {
                after
            };
            let next_ok = after
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != '*');
            match open {
                Some(o) if prev_ok => {
                    remove.extend([o, i]);
                    open = None;
                }
                _ if next_ok => open = Some(i),
                _ => {}
            }
        }
        i += 1;
    }
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for at in remove {
        out.push_str(&s[copied..at]);
        copied = at + 1;
    }
    out.push_str(&s[copied..]);
    out
}

/// `s` with backslash escapes resolved, or `None` when it holds none.
fn unescape(s: &str) -> Option<String> {
    memchr::memchr(b'\\', s.as_bytes())?;
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&n) = chars.peek()
            && is_escapable(n)
        {
            out.push(n);
            chars.next();
            continue;
        }
        out.push(c);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalise::shared::norm;

    #[test]
    fn markdown_headings_bullets_emphasis() {
        // The space before «;» goes at the end, so the stars around it already pair up.
        assert_eq!(norm("*срок* ;"), "срок;");
        assert_eq!(norm("срок* ;*"), "срок;");
        assert_eq!(norm("срок* ;"), "срок*;");
        assert_eq!(norm("ә*\u{a0},*"), norm(&norm("ә*\u{a0},*")));
        assert_eq!(
            strip_markdown("### *Күшін жойған*"),
            (
                Cow::Borrowed("Күшін жойған"),
                Markup {
                    heading: 3,
                    bullet: false
                }
            )
        );
        assert_eq!(
            strip_markdown("**Примечание РЦПИ.**"),
            (Cow::Borrowed("Примечание РЦПИ."), Markup::default())
        );
        assert_eq!(
            strip_markdown("## Әлеуметтік қорғау саласындағы регламенттерін бекіту туралы").1,
            Markup {
                heading: 2,
                bullet: false
            }
        );
        assert_eq!(
            strip_markdown(
                "- 4) веб-портал \"электронного правительства\": [www.egov.kz](http://www.egov.kz) (далее – портал)."
            ),
            (
                Cow::Borrowed(
                    "4) веб-портал \"электронного правительства\": www.egov.kz (далее – портал)."
                ),
                Markup {
                    heading: 0,
                    bullet: true
                }
            )
        );
        assert_eq!(strip_markdown("  - 2) услугодателя;").0, "2) услугодателя;");
        assert_eq!(strip_markdown("*Утративший силу*").0, "Утративший силу");
        assert_eq!(strip_markdown("#hashtag").1.heading, 0);
        assert_eq!(
            strip_markdown("1. Внести в постановление").0,
            "1. Внести в постановление"
        );
    }

    #[test]
    fn markdown_escapes_and_html() {
        assert_eq!(
            strip_markdown("\\*Штрих – код «Электрондық әкімдік").0,
            "*Штрих – код «Электрондық әкімдік"
        );
        assert_eq!(
            strip_markdown("Т.А.Ө. \\_\\_\\_\\_\\_ **НАУРЫЗБАЕВА**").0,
            "Т.А.Ө. _____ НАУРЫЗБАЕВА"
        );
        assert_eq!(
            strip_markdown("В КАЧЕСТВЕ БЕЗРАБОТНОГО**Т.А.Ө.").0,
            "В КАЧЕСТВЕ БЕЗРАБОТНОГО Т.А.Ө."
        );
        assert_eq!(
            strip_markdown("<b>*Штрих – код г.Аксу</b>\t\t\t").0,
            "*Штрих – код г.Аксу\t\t\t"
        );
        assert_eq!(
            strip_markdown("портал <http://www.egov.kz>").0,
            "портал http://www.egov.kz"
        );
        assert_eq!(strip_markdown("a < b > c").0, "a < b > c");
        // Unbalanced bold across lines (the closing ** is on the next line).
        assert_eq!(
            strip_markdown("**ЖҰМЫССЫЗДЫҚ РЕТІНДЕ ТІРКЕУ ТУРАЛЫ").0,
            "ЖҰМЫССЫЗДЫҚ РЕТІНДЕ ТІРКЕУ ТУРАЛЫ"
        );
    }
}
