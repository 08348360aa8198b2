//! One physical line → one clean line: undo PDF/Word/Markdown export damage (displaced
//! hyperlink words, typographic punctuation, Latin look-alikes, letter-spaced words, markup)
//! so the parser sees plain Russian/Kazakh text.
//!
//! Every function here is total (never panics) and linear in the line length.

use std::borrow::Cow;

use super::scan::{any_byte, block_has, find_position, in_range};

/// Stems of the words that the legal-database export turns into hyperlinks (and so can be
/// displaced to the line end).
pub const LINK_WORD_STEMS: &[&str] = &[
    "подпункт",
    "пункт",
    "приложени",
    "постановлени",
    "регламент",
    "приказ",
    "стандарт",
    "закон",
    "кодекс",
];

/// Russian noun endings accepted after a [`LINK_WORD_STEMS`] stem («пункт|ом», «приложени|ю»).
pub const LINK_WORD_ENDINGS: &[&str] = &[
    "", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "я", "ю", "ем", "и", "й", "ям", "ями",
    "ях",
];

/// Words that govern a following reference («согласно приложению 1», «указанных в пункте 9»):
/// a trailing link word right after one of them is where it belongs, not displaced.
pub const LINK_GOVERNORS: &[&str] = &[
    "в",
    "во",
    "к",
    "ко",
    "с",
    "со",
    "по",
    "на",
    "о",
    "об",
    "от",
    "согласно",
    "соответствии",
];

/// Stems of participles that govern a reference («утвержденного приказом»); «настоящ-» only
/// when the reference has no number («к настоящему регламенту»).
pub const LINK_GOVERNOR_STEMS: &[&str] = &[
    "указанн",
    "предусмотренн",
    "утвержденн",
    "утверждённ",
    "установленн",
    "определенн",
    "изложенн",
];

/// Markdown / HTML markers found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Markup {
    /// 0 = not a heading, else the number of `#`.
    pub heading: u8,
    /// The line began with a `- ` or `* ` bullet.
    pub bullet: bool,
}

/// Full per-line normalisation: displaced links, punctuation/whitespace, markdown, letter
/// spacing, look-alikes; the result is trimmed with inner runs of spaces collapsed to one.
///
/// Tabs separate table cells, so a line holding a tab after its content starts keeps all its
/// tabs (leading empty cells included); only spaces are trimmed around each cell.
pub fn normalise_line(raw: &str) -> Cow<'_, str> {
    // Each pass hands back the line it was given when it has nothing to do, which is the usual
    // case: a clean line is scanned by every pass but copied only once, at the end.
    let s = then(Cow::Borrowed(raw), repair_displaced_links);
    let s = then(s, normalise_punctuation);
    let before = s.len();
    let s = then(s, |t| strip_markdown(t).0);
    // Removing markup changes what surrounds a dash («a**—**b»), so settle dashes again.
    let s = if s.len() == before {
        s
    } else {
        then(s, normalise_punctuation)
    };
    // Letter spacing runs before look-alikes so that a word it assembles gets its
    // look-alikes fixed too; it needs the double spaces, so collapsing comes last.
    let s = then(s, collapse_letter_spacing);
    let s = then(s, fix_lookalikes);
    then(s, finish_whitespace)
}

/// Applies one pass, keeping `cur` itself when the pass returned it unchanged.
fn then<'a>(cur: Cow<'a, str>, pass: impl FnOnce(&str) -> Cow<'_, str>) -> Cow<'a, str> {
    match pass(&cur) {
        // A pass borrows only its whole input back (a trimmed slice would be shorter).
        Cow::Borrowed(b) if b.len() == cur.len() => cur,
        other => Cow::Owned(other.into_owned()),
    }
}

// ---------------------------------------------------------------------------------------------
// Punctuation and invisible characters

/// True when `normalise_punctuation` would return `s` unchanged, decided on bytes.
///
/// Most lines are Russian or Kazakh letters and ASCII punctuation; scanning their bytes once is
/// far cheaper than classifying every character. Anything unusual takes the full pass.
fn punctuation_is_clean(s: &str) -> bool {
    // Blocks without an unusual byte are skipped without branching.
    let b = s.as_bytes();
    let (blocks, rest) = b.as_chunks::<32>();
    let dirty_block = blocks
        .iter()
        .enumerate()
        .any(|(k, block)| block_has(block, is_unusual) && !bytes_are_clean(s, k * 32, k * 32 + 32));
    let tail = blocks.len() * 32;
    !dirty_block && (!any_byte(rest, is_unusual) || bytes_are_clean(s, tail, b.len()))
}

/// Any byte but printable ASCII other than the hyphen, UTF-8 continuation bytes and the lead
/// bytes of U+0400..U+04FF (Cyrillic and Kazakh letters): those never need punctuation work.
fn is_unusual(x: u8) -> bool {
    !((in_range(x, 0x20, 0x7e) & (x != b'-')) | in_range(x, 0x80, 0xBF) | in_range(x, 0xD0, 0xD3))
}

/// The byte-by-byte judgement of `punctuation_is_clean` over `b[from..to]`.
fn bytes_are_clean(s: &str, from: usize, to: usize) -> bool {
    let b = s.as_bytes();
    for (i, &x) in b.iter().enumerate().take(to).skip(from) {
        match x {
            b'\t' | b' '..=b'~' if x != b'-' => {}
            // A hyphen changes only when spaces stand on both sides; one after a space is enough
            // to send the line to the full pass.
            b'-' if i == 0 || !matches!(b[i - 1], b' ' | b'\t') => {}
            // Continuation bytes, and the lead bytes of U+0400..U+04FF (Cyrillic, Kazakh letters).
            0x80..=0xBF | 0xD0..=0xD3 => {}
            0xC0.. => {
                // Other characters («», №, –) are judged one by one, as the full pass would.
                let Some(c) = s[i..].chars().next() else {
                    return false;
                };
                match classify(c) {
                    CharClass::Keep => {}
                    // «–» stays «–» unless it joins two letters or digits.
                    CharClass::Dash if c == '–' => {
                        let prev = s[..i].chars().next_back();
                        let next = s[i + c.len_utf8()..].chars().next();
                        if prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphanumeric)
                        {
                            return false;
                        }
                    }
                    _ => return false,
                }
            }
            _ => return false,
        }
    }
    true
}

/// What to do with one character before dashes are resolved.
enum CharClass {
    Keep,
    Drop,
    Space,
    Quote,
    Dash,
}

fn classify(c: char) -> CharClass {
    // Printable ASCII other than hyphen and Cyrillic letters are the bulk of every line.
    if matches!(c, ' '..='~' | '\u{0400}'..='\u{052F}') && c != '-' {
        return CharClass::Keep;
    }
    match c {
        '\t' => CharClass::Keep,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => CharClass::Drop,
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => {
            CharClass::Drop
        }
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{61C}' => CharClass::Drop,
        '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => CharClass::Space,
        '„' | '“' | '”' | '‟' | '″' => CharClass::Quote,
        '\u{2010}'..='\u{2015}' | '\u{2212}' => CharClass::Dash,
        _ => CharClass::Keep,
    }
}

/// Typographic clean-up: dashes become «–» between spaced words and «-» inside words
/// («2-х», «іс-қимыл»); „“”‟″ become `"`; exotic spaces become spaces; invisible and
/// control characters (except tab) are removed. « » and tabs are kept.
pub fn normalise_punctuation(s: &str) -> Cow<'_, str> {
    if punctuation_is_clean(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(punctuation_pass(s))
}

/// The character-by-character pass behind `normalise_punctuation`.
fn punctuation_pass(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Unchanged characters are copied as slices; `pending` is where the uncopied run starts.
    let mut pending = 0;
    // Dashes are decided on the cleaned text (neighbours after removals and mappings), so an
    // invisible character next to a dash cannot change the decision on a second pass.
    let mut prev: Option<char> = None;
    let mut seen_text = false;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Runs of plain characters (no tab, hyphen or other special) are kept as they are and
        // only leave their last character and whether they held text.
        let run = b[i..]
            .iter()
            .position(|&x| is_unusual(x))
            .unwrap_or(b.len() - i);
        if run > 0 {
            let plain = &s[i..i + run];
            prev = plain.chars().next_back();
            seen_text |= plain.bytes().any(|x| x != b' ');
            i += run;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let after = i + c.len_utf8();
        let class = classify(c);
        let replacement = match class {
            CharClass::Keep if c != '-' => None,
            CharClass::Keep | CharClass::Dash => {
                let next = s[after..]
                    .chars()
                    .find(|&n| !matches!(classify(n), CharClass::Drop))
                    .map(|n| {
                        if matches!(classify(n), CharClass::Space) {
                            ' '
                        } else {
                            n
                        }
                    });
                let inside_word = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                let spaced = prev.is_some_and(is_space_or_tab) && next.is_some_and(is_space_or_tab);
                let is_unicode_dash = matches!(class, CharClass::Dash);
                if inside_word {
                    Some(Some('-'))
                } else if is_unicode_dash || (spaced && seen_text) {
                    // An ASCII hyphen at the line start is a bullet, not a dash: leave it for
                    // the markdown step.
                    Some(Some('–'))
                } else {
                    None
                }
            }
            CharClass::Drop => Some(None),
            CharClass::Space => Some(Some(' ')),
            CharClass::Quote => Some(Some('"')),
        };
        let emitted = match replacement {
            None => Some(c),
            Some(r) => {
                out.push_str(&s[pending..i]);
                pending = after;
                if let Some(r) = r {
                    out.push(r);
                }
                r
            }
        };
        if let Some(e) = emitted {
            seen_text |= !is_space_or_tab(e);
            prev = Some(e);
        }
        i = after;
    }
    out.push_str(&s[pending..]);
    out
}

fn is_space_or_tab(c: char) -> bool {
    c == ' ' || c == '\t'
}

// ---------------------------------------------------------------------------------------------
// Markdown

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
    if !starts_with_marker
        && memchr::memchr3(b'*', b'[', b'<', b).is_none()
        && memchr::memchr(b'\\', b).is_none()
    {
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

// ---------------------------------------------------------------------------------------------
// Letter spacing

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// One letter or digit.
    Single,
    Open,
    Close,
    Dash,
    Other,
}

fn tok_kind(t: &str) -> Tok {
    let mut it = t.chars();
    let (Some(c), None) = (it.next(), it.next()) else {
        return Tok::Other;
    };
    match c {
        c if crate::text::is_letter(c) || c.is_numeric() => Tok::Single,
        '(' => Tok::Open,
        ')' | '.' | ',' | ';' | ':' | '!' | '?' => Tok::Close,
        '-' | '–' | '—' => Tok::Dash,
        _ => Tok::Other,
    }
}

/// Joins letter-spaced words: in a run of single letters/digits separated by single spaces,
/// a double space marks a word boundary («о р ы с  т і л і н д е» → «орыс тілінде»); with
/// single spaces only the run becomes one word. Runs need ≥ 3 characters. Digits and letters
/// stay apart («2 0 1 2 ж ы л ғ ы» → «2012 жылғы»); nearby brackets and punctuation close up.
pub fn collapse_letter_spacing(s: &str) -> Cow<'_, str> {
    if !has_single_pair(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (i, segment) in s.split('\t').enumerate() {
        if i > 0 {
            out.push('\t');
        }
        collapse_segment(segment, &mut out);
    }
    Cow::Owned(out)
}

/// True when two one-character tokens stand side by side somewhere in `s` (tabs counting as
/// separators too, so this may say yes where a segment-by-segment look says no, never the
/// reverse): without such a pair there is no letter spacing to collapse.
fn has_single_pair(s: &str) -> bool {
    let b = s.as_bytes();
    let mut prev_single = false;
    let mut start = 0;
    // Separators are ASCII, so every token lies on character boundaries. A character is at
    // most four bytes; longer tokens are words.
    let mut token_ends = |i: usize| {
        let len = i - start;
        start = i + 1;
        if len == 0 {
            return false;
        }
        let single = len <= 4 && tok_kind(&s[i - len..i]) == Tok::Single;
        let pair = single && prev_single;
        prev_single = single;
        pair
    };
    find_position(b, |x| x == b' ' || x == b'\t', &mut token_ends) || token_ends(b.len())
}

/// One tab-free segment. Tokens are separated by runs of spaces; `gaps[i]` follows token `i`.
fn collapse_segment(seg: &str, out: &mut String) {
    // Letter spacing needs two single characters in a row; most lines have none.
    let mut prev_single = false;
    let has_pair = seg.split(' ').filter(|t| !t.is_empty()).any(|t| {
        let single = tok_kind(t) == Tok::Single;
        let pair = single && prev_single;
        prev_single = single;
        pair
    });
    if !has_pair {
        out.push_str(seg);
        return;
    }
    let body = seg.trim_start_matches(' ');
    out.push_str(&seg[..seg.len() - body.len()]);
    let mut toks: Vec<&str> = Vec::new();
    let mut gaps: Vec<&str> = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let end = rest.find(' ').unwrap_or(rest.len());
        toks.push(&rest[..end]);
        let after = &rest[end..];
        let word_start = after.len() - after.trim_start_matches(' ').len();
        gaps.push(&after[..word_start]);
        rest = &after[word_start..];
    }
    let kinds: Vec<Tok> = toks.iter().map(|t| tok_kind(t)).collect();
    let mut i = 0;
    while i < toks.len() {
        if kinds[i] == Tok::Other {
            out.push_str(toks[i]);
            out.push_str(gaps[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < toks.len() && kinds[j] != Tok::Other {
            j += 1;
        }
        if is_letter_spaced(&toks[i..j], &kinds[i..j]) {
            render_group(&toks[i..j], &kinds[i..j], &gaps[i..j], out);
        } else {
            for k in i..j {
                out.push_str(toks[k]);
                out.push_str(gaps[k]);
            }
        }
        i = j;
    }
}

/// Is this group letter-spaced? It needs three single characters in a row, all letters or
/// all digits («в 3 и 4 экземплярах» alternates and is ordinary text), or two in a row
/// followed by spaced-out brackets/punctuation («( У О ) ;»).
fn is_letter_spaced(toks: &[&str], kinds: &[Tok]) -> bool {
    let mut run = 0;
    let mut longest = 0;
    let mut run_numeric = false;
    for (t, &k) in toks.iter().zip(kinds) {
        if k != Tok::Single {
            run = 0;
            continue;
        }
        let numeric = t.chars().all(char::is_numeric);
        run = if run > 0 && numeric == run_numeric {
            run + 1
        } else {
            1
        };
        run_numeric = numeric;
        longest = longest.max(run);
    }
    let brackets = kinds
        .iter()
        .filter(|k| matches!(k, Tok::Open | Tok::Close))
        .count();
    longest >= 3 || (longest == 2 && brackets >= 2)
}

enum Piece {
    Word { text: String, single: bool },
    Punct { text: String, kind: Tok },
}

/// Renders a letter-spaced group of single characters and punctuation; its last gap (towards
/// the next ordinary word) is kept as it was.
fn render_group(toks: &[&str], kinds: &[Tok], gaps: &[&str], out: &mut String) {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut chain: Vec<char> = Vec::new();
    let flush = |chain: &mut Vec<char>, pieces: &mut Vec<Piece>| {
        if !chain.is_empty() {
            pieces.push(Piece::Word {
                single: chain.len() == 1,
                text: join_chars(chain),
            });
            chain.clear();
        }
    };
    for (k, (&t, &kind)) in toks.iter().zip(kinds).enumerate() {
        if kind == Tok::Single {
            chain.extend(t.chars());
            // A double space between letter-spaced characters is the word boundary.
            if gaps[k].len() >= 2 {
                flush(&mut chain, &mut pieces);
            }
        } else {
            flush(&mut chain, &mut pieces);
            pieces.push(Piece::Punct {
                text: t.to_owned(),
                kind,
            });
        }
    }
    flush(&mut chain, &mut pieces);
    let pieces = merge_single_runs(pieces);

    let mut rendered = String::new();
    let mut glue_next = false;
    for (n, piece) in pieces.iter().enumerate() {
        let (text, kind) = match piece {
            Piece::Word { text, .. } => (text.as_str(), Tok::Single),
            Piece::Punct { text, kind } => (text.as_str(), *kind),
        };
        let attach = n > 0 && (glue_next || kind == Tok::Close);
        if n > 0 && !attach {
            rendered.push(' ');
        }
        rendered.push_str(text);
        glue_next = kind == Tok::Open && n + 1 < pieces.len();
    }
    out.push_str(&rendered);
    out.push_str(gaps.last().copied().unwrap_or(""));
}

/// Single-character words left side by side (each isolated by double spaces) would look
/// letter-spaced to a second pass once spaces are collapsed, so join them now.
fn merge_single_runs(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut merged: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, merged: &mut Vec<Piece>| {
        if run.len() >= 2 {
            let chars: Vec<char> = run.iter().flat_map(|w| w.chars()).collect();
            merged.push(Piece::Word {
                text: join_chars(&chars),
                single: false,
            });
        } else {
            for w in run.drain(..) {
                merged.push(Piece::Word {
                    text: w,
                    single: true,
                });
            }
        }
        run.clear();
    };
    for p in pieces {
        match p {
            Piece::Word { text, single: true } => run.push(text),
            other => {
                flush(&mut run, &mut merged);
                merged.push(other);
            }
        }
    }
    flush(&mut run, &mut merged);
    merged
}

/// Concatenates characters, keeping a space where a number meets a word («2012 жылғы») or
/// an abbreviation meets a lowercase word («А Ж қ о с у» → «АЖ қосу»). A one-character side
/// stays glued: splitting it off would leave a lone letter that a second pass could join.
fn join_chars(chars: &[char]) -> String {
    let mut segments: Vec<String> = Vec::new();
    let mut upper_run = 0;
    for (i, &c) in chars.iter().enumerate() {
        let boundary = i > 0 && {
            let prev = chars[i - 1];
            prev.is_numeric() != c.is_numeric() || (upper_run >= 2 && c.is_lowercase())
        };
        upper_run = if c.is_uppercase() { upper_run + 1 } else { 0 };
        match segments.last_mut() {
            Some(seg) if !boundary => seg.push(c),
            _ => segments.push(c.to_string()),
        }
    }
    let mut out = String::with_capacity(chars.len() * 2);
    let mut prev_len = 0;
    for seg in &segments {
        let len = seg.chars().count();
        if prev_len >= 2 && len >= 2 {
            out.push(' ');
        }
        out.push_str(seg);
        prev_len = len;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Look-alikes

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{052F}').contains(&c)
}

/// The Cyrillic letter a Latin one is mistaken for, in text typed with a mixed keyboard.
fn cyrillic_twin(c: char) -> Option<char> {
    Some(match c {
        'A' => 'А',
        'a' => 'а',
        'B' => 'В',
        'C' => 'С',
        'c' => 'с',
        'E' => 'Е',
        'e' => 'е',
        'H' => 'Н',
        'K' => 'К',
        'k' => 'к',
        'M' => 'М',
        'O' => 'О',
        'o' => 'о',
        'P' => 'Р',
        'p' => 'р',
        'T' => 'Т',
        'X' => 'Х',
        'x' => 'х',
        'y' => 'у',
        // Kazakh і is routinely typed as Latin i («күндерiнен»).
        'i' => 'і',
        'I' => 'І',
        _ => return None,
    })
}

/// In a word that has Cyrillic letters, Latin look-alikes become Cyrillic («Cтандарту» →
/// «Стандарту»); Latin-only words (www.egov.kz, BPMN) and words with other Latin letters stay.
pub fn fix_lookalikes(s: &str) -> Cow<'_, str> {
    // Latin letters are rare in these texts: look only at the words that hold one.
    let b = s.as_bytes();
    if !b
        .chunks(32)
        .any(|c| c.iter().fold(false, |any, x| any | x.is_ascii_alphabetic()))
    {
        return Cow::Borrowed(s);
    }
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(u8::is_ascii_alphabetic) {
        let at = i + k;
        let start = s[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| crate::text::is_letter(*c))
            .last()
            .map_or(at, |(j, _)| j);
        let end = s[at..]
            .char_indices()
            .find(|(_, c)| !crate::text::is_letter(*c))
            .map_or(s.len(), |(j, _)| at + j);
        let word = &s[start..end];
        if let Some(fixed) = fixed_word(word) {
            let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
            o.push_str(&s[copied..start]);
            o.push_str(&fixed);
            copied = end;
        }
        i = end;
    }
    match out {
        Some(mut o) => {
            o.push_str(&s[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(s),
    }
}

/// The word with its Latin look-alikes made Cyrillic, when it needs that.
fn fixed_word(word: &str) -> Option<String> {
    let has_cyrillic = word.chars().any(is_cyrillic);
    let latin_ok = word
        .chars()
        .all(|c| !c.is_ascii_alphabetic() || cyrillic_twin(c).is_some());
    (has_cyrillic && latin_ok).then(|| {
        word.chars()
            .map(|c| cyrillic_twin(c).unwrap_or(c))
            .collect()
    })
}

// ---------------------------------------------------------------------------------------------
// Displaced hyperlink words

/// The longest link word is «постановлени» + «ями»; no need to look further back.
const MAX_LINK_WORD_CHARS: usize = 16;

fn is_link_word(w: &str) -> bool {
    let lower = super::lower(w);
    LINK_WORD_STEMS.iter().any(|stem| {
        lower
            .strip_prefix(stem)
            .is_some_and(|ending| LINK_WORD_ENDINGS.contains(&ending))
    })
}

/// Byte offset where a link word ending `tok` starts (the longest such suffix), if any.
fn link_split(tok: &str) -> Option<usize> {
    let starts: Vec<usize> = tok
        .char_indices()
        .rev()
        .take(MAX_LINK_WORD_CHARS)
        .map(|(i, _)| i)
        .collect();
    // Only a suffix opening with a stem's first letter can be a link word; lower-casing the
    // others to compare them whole would cost more than the whole line's repair.
    let opens_stem = |i: usize| {
        tok[i..]
            .chars()
            .next()
            .and_then(|c| c.to_lowercase().next())
            .is_some_and(|l| LINK_WORD_STEMS.iter().any(|stem| stem.starts_with(l)))
    };
    starts
        .into_iter()
        .rev()
        .find(|&i| opens_stem(i) && is_link_word(&tok[i..]))
}

/// «9», «10», «1)», «3-1», «4.2».
fn is_number_token(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ')'))
}

fn is_closing_punct(c: char) -> bool {
    matches!(c, ':' | ';' | ',' | '.' | ')')
}

/// «:в» → («:», «в»): a preposition that belongs to the displaced link, glued to the
/// punctuation that was left at its place.
fn split_glued_preposition(tok: &str) -> Option<(&str, &str)> {
    let word_start = tok.find(|c: char| !is_closing_punct(c))?;
    let (punct, word) = tok.split_at(word_start);
    let prepositions = ["в", "во", "к", "ко", "с", "со", "о", "об", "по", "на"];
    (!punct.is_empty() && prepositions.contains(&word)).then_some((punct, word))
}

fn governs_reference(word: &str, numbered: bool) -> bool {
    let lower = super::lower(word);
    LINK_GOVERNORS.contains(&lower.as_str())
        || LINK_GOVERNOR_STEMS
            .iter()
            .any(|stem| lower.starts_with(stem))
        || (!numbered && lower.starts_with("настоящ"))
}

/// Puts hyperlink words that a PDF export moved to the end of the line back into the hole
/// (a double space) they left: «согласно  к настоящему постановлению;приложению 1» →
/// «согласно приложению 1 к настоящему постановлению;». Lines without clear evidence
/// (exactly one hole and a trailing link word) are returned unchanged.
pub fn repair_displaced_links(s: &str) -> Cow<'_, str> {
    try_repair(s).map_or(Cow::Borrowed(s), Cow::Owned)
}

fn try_repair(s: &str) -> Option<String> {
    // Tables and other tab layouts are not running text; and without a double space or an
    // indent there is no hole to put a word back into.
    let b = s.as_bytes();
    if memchr::memchr(b'\t', b).is_some() || (!s.starts_with(' ') && holes(b).0.is_none()) {
        return None;
    }
    let line = s.trim_end_matches([' ', '\r', '\n']);
    let body = line.trim_start_matches(' ');
    let indent = &line[..line.len() - body.len()];
    let first = body.chars().next()?;

    let (mid_hole, more_holes) = holes(body.as_bytes());
    if more_holes {
        return None;
    }
    // Paragraphs are indented by an even number of spaces (6 in the PDF export, 0 on
    // continuation lines); a hole adds one more.
    let leading_hole = !indent.is_empty() && (is_closing_punct(first) || indent.len() % 2 == 1);
    let (before, after) = match (mid_hole, leading_hole) {
        (Some(i), false) => {
            let after = &body[i + 2..];
            if after.starts_with(' ') {
                return None;
            }
            (&body[..i], after)
        }
        (None, true) => ("", body),
        _ => return None,
    };

    let mut tokens: Vec<&str> = after.split(' ').collect();
    let (number, word_tok) = match tokens.as_slice() {
        [.., w, n] if is_number_token(n) => (Some(*n), *w),
        [.., w] => (None, *w),
        [] => return None,
    };
    tokens.truncate(tokens.len() - 1 - usize::from(number.is_some()));
    let split = link_split(word_tok)?;
    let link = &word_tok[split..];
    if !link.chars().next()?.is_lowercase() {
        return None;
    }
    let glue = &word_tok[..split];
    let mut fragment = String::new();
    if glue.is_empty() {
        if let Some(&prev) = tokens.last() {
            if let Some((punct, prep)) = split_glued_preposition(prev) {
                fragment.push_str(prep);
                fragment.push(' ');
                *tokens.last_mut()? = punct;
            } else if is_number_token(prev)
                || link_split(prev) == Some(0)
                || governs_reference(prev, number.is_some())
            {
                // «подпунктом 1) пункта 9», «согласно приложению 1»: already in place.
                return None;
            }
        }
    } else {
        tokens.push(glue);
    }
    fragment.push_str(link);
    if let Some(n) = number {
        fragment.push(' ');
        fragment.push_str(n);
    }
    let rest = tokens.join(" ");

    let mut out = String::with_capacity(s.len() + 2);
    out.push_str(&indent[..indent.len() - usize::from(leading_hole && indent.len() % 2 == 1)]);
    out.push_str(before);
    if !before.is_empty() {
        out.push(' ');
    }
    out.push_str(&fragment);
    if !rest.is_empty() {
        if !rest.starts_with(is_closing_punct) {
            out.push(' ');
        }
        out.push_str(&rest);
    }
    Some(out)
}

/// Where the first double space («hole») in `b` starts, and whether another one follows it
/// (non-overlapping, as `match_indices` counts them).
fn holes(b: &[u8]) -> (Option<usize>, bool) {
    let mut first: Option<usize> = None;
    let more = find_position(
        b,
        |x| x == b' ',
        |i| match first {
            _ if b.get(i + 1) != Some(&b' ') => false,
            None => {
                first = Some(i);
                false
            }
            Some(f) => i >= f + 2,
        },
    );
    (first, more)
}

// ---------------------------------------------------------------------------------------------
// Final whitespace

fn collapse_spaces(s: &str, out: &mut String) {
    // Copy whole runs between spaces; a run of spaces becomes one, and none stands before a
    // comma or semicolon («минут ;»), so the same words read the same however they were typed.
    let b = s.as_bytes();
    let mut copied = 0;
    find_position(
        b,
        |x| x == b' ',
        |i| {
            // Later spaces of a run already handled.
            if i >= copied {
                out.push_str(&s[copied..i]);
                copied = i + b[i..].iter().take_while(|&&x| x == b' ').count();
                if !matches!(b.get(copied), Some(b';' | b',')) {
                    out.push(' ');
                }
            }
            false
        },
    );
    out.push_str(&s[copied..]);
}

/// True when `finish_whitespace` has nothing to do: no tab, no space at either end, no run of
/// spaces and none before «;» or «,».
fn whitespace_is_final(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first().is_some_and(|&c| c == b' ') || b.last().is_some_and(|&c| c == b' ') {
        return false;
    }
    // One scan over the separators: each is judged with the byte after it.
    !find_position(
        b,
        |x| x == b' ' || x == b'\t',
        |i| b[i] == b'\t' || matches!(b.get(i + 1), Some(b' ' | b';' | b',')),
    )
}

/// Trims and collapses spaces; keeps the tab structure of table rows.
fn finish_whitespace(s: &str) -> Cow<'_, str> {
    if whitespace_is_final(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(finish_whitespace_pass(s))
}

fn finish_whitespace_pass(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let content = s.trim_start_matches(is_space_or_tab);
    if !content.contains('\t') {
        collapse_spaces(content.trim(), &mut out);
        return out;
    }
    for (i, cell) in s.split('\t').enumerate() {
        if i > 0 {
            out.push('\t');
        }
        collapse_spaces(cell.trim_matches(' '), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn norm(s: &str) -> String {
        normalise_line(s).into_owned()
    }

    // --- displaced links: the real lines of reglaments/001 -----------------------------------

    #[test]
    fn link_moved_to_line_end_after_a_word() {
        assert_eq!(
            norm("в  Стандарта в Государственную корпорацию, специалист пункте 9"),
            "в пункте 9 Стандарта в Государственную корпорацию, специалист"
        );
        assert_eq!(
            norm("электронном виде указанные в  Стандарта, а также выбор пункте 9"),
            "электронном виде указанные в пункте 9 Стандарта, а также выбор"
        );
        assert_eq!(
            norm("      в  государственной услуги \"Регистрация граждан, пострадавших регламенте"),
            "в регламенте государственной услуги \"Регистрация граждан, пострадавших"
        );
        assert_eq!(
            norm("изложить в новой редакции согласно  к настоящему приложению 7"),
            "изложить в новой редакции согласно приложению 7 к настоящему"
        );
        assert_eq!(
            norm("перевода, утвержденным  исполняющего обязанности Министра приказом"),
            "перевода, утвержденным приказом исполняющего обязанности Министра"
        );
    }

    #[test]
    fn link_glued_to_punctuation_or_digits() {
        assert_eq!(
            norm("услугополучателя, предусмотренных  Стандарта.пунктом 9"),
            "услугополучателя, предусмотренных пунктом 9 Стандарта."
        );
        assert_eq!(
            norm("редакции согласно  к настоящему постановлению;приложению 1"),
            "редакции согласно приложению 1 к настоящему постановлению;"
        );
        assert_eq!(
            norm("      1. Внести в  акимата города Алматы от 9 сентября 2015 года №постановление"),
            "1. Внести в постановление акимата города Алматы от 9 сентября 2015 года №"
        );
        assert_eq!(
            norm("      Сноска. Утратило силу  акимата города Алматы от 20.10.2020постановлением"),
            "Сноска. Утратило силу постановлением акимата города Алматы от 20.10.2020"
        );
        assert_eq!(
            norm("основаниям, предусмотренным  Стандарта (далее – отказ).пунктом 10"),
            "основаниям, предусмотренным пунктом 10 Стандарта (далее – отказ)."
        );
        assert_eq!(
            norm("внутрикорпоративного перевода по форме согласно  к Cтандарту (приложению 1"),
            "внутрикорпоративного перевода по форме согласно приложению 1 к Стандарту ("
        );
        assert_eq!(
            norm("государственной услуги согласно  к настоящему регламенту.приложению"),
            "государственной услуги согласно приложению к настоящему регламенту."
        );
    }

    #[test]
    fn link_glued_to_a_word() {
        assert_eq!(
            norm("расписку по форме согласно  к Стандарту (далее – отрывной талонприложению 7"),
            "расписку по форме согласно приложению 7 к Стандарту (далее – отрывной талон"
        );
        assert_eq!(
            norm("при оказании государственной услуги через портал, приведены в  кприложении 7"),
            "при оказании государственной услуги через портал, приведены в приложении 7 к"
        );
        assert_eq!(
            norm("слуху\" (далее - Стандарт), утвержденного  Министра здравоохранения иприказом"),
            "слуху\" (далее – Стандарт), утвержденного приказом Министра здравоохранения и"
        );
    }

    #[test]
    fn hole_at_line_start() {
        assert_eq!(
            norm("       государственной услуги \"Возмещение затрат на обучение на дому регламент"),
            "регламент государственной услуги \"Возмещение затрат на обучение на дому"
        );
        assert_eq!(norm("      :в пункте 1"), "в пункте 1:");
        assert_eq!(
            norm("       исключить;подпункт 1)"),
            "подпункт 1) исключить;"
        );
        assert_eq!(
            norm("       изложить в следующей редакции:подпункт 4)"),
            "подпункт 4) изложить в следующей редакции:"
        );
        assert_eq!(
            norm(" к настоящему постановлению;приложению 2"),
            "приложению 2 к настоящему постановлению;"
        );
        assert_eq!(norm(" Стандарта.пунктом 9"), "пунктом 9 Стандарта.");
        assert_eq!(
            norm(" Стандарта в Государственную корпорацию, специалист пункте 9"),
            "пункте 9 Стандарта в Государственную корпорацию, специалист"
        );
        assert_eq!(
            norm(" Стандарта в Государственную корпорацию, специалистпункте 9"),
            "пункте 9 Стандарта в Государственную корпорацию, специалист"
        );
        // Raw function: the hole's extra space goes, the indentation stays.
        assert_eq!(
            repair_displaced_links("       исключить;подпункт 1)"),
            "      подпункт 1) исключить;"
        );
    }

    #[test]
    fn hole_with_the_link_right_after_it() {
        assert_eq!(
            norm("затрат на обучение на дому детей-инвалидов\", утвержденного  приказом"),
            "затрат на обучение на дому детей-инвалидов\", утвержденного приказом"
        );
        assert_eq!(
            norm("указанным постановлением, изложить в новой редакции согласно  приложению 5"),
            "указанным постановлением, изложить в новой редакции согласно приложению 5"
        );
    }

    #[test]
    fn unclear_lines_stay_as_they_are() {
        // Two fragments for two holes.
        let two =
            "\" и от 6 апреля 2016 года \" \", акимат государственных услугах О правовых актах";
        assert_eq!(repair_displaced_links(two), two);
        // The numbers were split («приложениям 1 - 6»).
        let split = "услуг, согласно -  к настоящему регламенту.приложениям 1 6";
        assert_eq!(repair_displaced_links(split), split);
        // The link word is on the previous line; only its number is here.
        let number_only = " к настоящему постановлению;10";
        assert_eq!(repair_displaced_links(number_only), number_only);
        // A chain of references with a stray double space.
        let chain = "в соответствии с  подпунктом 1) пункта 9";
        assert_eq!(repair_displaced_links(chain), chain);
        // A capitalised trailing word is a name, not a displaced link.
        let name = "по форме согласно  к Стандарту";
        assert_eq!(repair_displaced_links(name), name);
        // The link word is where it belongs after a governing word.
        for placed in [
            "услугополучателя  указанных согласно приложению 1",
            " Услугодатель выдает справку по форме согласно приложению 1",
            " документы, указанные в пункте 9",
            "утвержденного  Министром труда, утвержденным приказом",
            "по форме  согласно к настоящему регламенту",
        ] {
            assert_eq!(repair_displaced_links(placed), placed);
        }
        // Headings of appendices keep their (odd) leading space.
        assert_eq!(repair_displaced_links(" Приложение 6"), " Приложение 6");
        // Ordinary indentation (even) before a lowercase line is not a hole.
        let indented = "      абзац второй подпункта 4) пункта 5 изложить в пункте 9";
        assert_eq!(repair_displaced_links(indented), indented);
    }

    #[test]
    fn clean_twins_are_untouched() {
        for clean in [
            "      \"4) Выдача направлений лицам на участие в активных мерах содействия",
            "занятости\" согласно приложению 4 к настоящему постановлению;\";",
            "услугополучателя, предусмотренных пунктом 9 Стандарта.",
            "      приложение к указанному регламенту государственной услуги изложить в",
            // Kazakh lines of 002 with a stray double space and no link at the end.
            "\tҚазақстан Республикасының Еңбек кодексіне сәйкес демалыс  және мереке күндерiнен басқа",
            "(құжаттар әкім арқылы  түскен жағдайда – 4 ",
            " қызметкері  құжаттарды қабылдауды жүзеге асырады, ",
            "айқындау  және тиісті бұрыштама қою үшін көрсетілетін қызметті берушінің басшысына құжаттарды беру",
            "-  - начало или завершение оказания государственной услуги;",
        ] {
            assert_eq!(repair_displaced_links(clean), clean);
        }
    }

    #[test]
    fn link_word_forms() {
        for w in [
            "пункте",
            "подпунктом",
            "приложению",
            "Приложения",
            "постановлением",
            "регламент",
            "приказом",
            "стандарта",
            "законом",
            "кодекса",
            "приложениям",
        ] {
            assert!(is_link_word(w), "{w}");
        }
        for w in ["пунктуация", "приказчик", "законный", "талон", "тармағы"]
        {
            assert!(!is_link_word(w), "{w}");
        }
        assert_eq!(link_split("иподпункта"), Some("и".len()));
        assert_eq!(link_split("подпункта"), Some(0));
    }

    // --- punctuation --------------------------------------------------------------------------

    #[test]
    fn dashes() {
        assert_eq!(
            normalise_punctuation("медиа — алшақтықты"),
            "медиа – алшақтықты"
        );
        assert_eq!(normalise_punctuation("2—х іс‑қимыл"), "2-х іс-қимыл");
        assert_eq!(
            normalise_punctuation("(далее - Стандарт)"),
            "(далее – Стандарт)"
        );
        assert_eq!(normalise_punctuation("−5 and 3−4"), "–5 and 3-4");
        // Bullets and one-sided hyphens are not dashes.
        assert_eq!(normalise_punctuation("- 4) веб-портал"), "- 4) веб-портал");
        assert_eq!(
            normalise_punctuation("  - 2) услугодателя;"),
            "  - 2) услугодателя;"
        );
        assert_eq!(
            normalise_punctuation("структурно- функциональной"),
            "структурно- функциональной"
        );
        assert_eq!(normalise_punctuation("-  - начало"), "-  – начало");
    }

    #[test]
    fn quotes_spaces_and_invisibles() {
        assert_eq!(
            normalise_punctuation("„Об утверждении“ ”x” ″y″"),
            "\"Об утверждении\" \"x\" \"y\""
        );
        assert_eq!(
            normalise_punctuation("«Жалпы ережелер»"),
            "«Жалпы ережелер»"
        );
        assert_eq!(
            normalise_punctuation("№\u{A0}73\u{2009}и\u{202F}т"),
            "№ 73 и т"
        );
        assert_eq!(
            normalise_punctuation("мем\u{AD}лекет\u{200B}тік\u{2060}\u{FEFF}"),
            "мемлекеттік"
        );
        assert_eq!(
            normalise_punctuation("\u{202B}абв\u{202C}\u{2066}г\u{2069}"),
            "абвг"
        );
        assert_eq!(normalise_punctuation("a\tb\u{1}c\r"), "a\tbc");
    }

    // --- look-alikes --------------------------------------------------------------------------

    #[test]
    fn lookalikes() {
        assert_eq!(
            fix_lookalikes("к Cтандарту (приложению"),
            "к Стандарту (приложению"
        );
        assert_eq!(fix_lookalikes("демалыс күндерiнен"), "демалыс күндерінен");
        assert_eq!(fix_lookalikes("ЭЦҚ УO қызметкері"), "ЭЦҚ УО қызметкері");
        for latin in [
            "www.egov.kz",
            "[www.egov.kz](http://www.egov.kz)",
            "BPMN",
            "e.gov",
            "IT-компания",
            "Windowsта",
        ] {
            assert_eq!(fix_lookalikes(latin), latin);
        }
    }

    // --- letter spacing -----------------------------------------------------------------------

    #[test]
    fn letter_spacing_real_lines() {
        assert_eq!(norm("### Е с к е р т п е :"), "Ескертпе:");
        assert_eq!(norm("Е с к е р т п е :"), "Ескертпе:");
        assert_eq!(
            norm(
                "ақпаратты сақтау, өңдеу, іздеу, тарату, тапсыру және беру үшін арналған жүйе ( б ұ д а н ә р і - А Ж ) ;"
            ),
            "ақпаратты сақтау, өңдеу, іздеу, тарату, тапсыру және беру үшін арналған жүйе (бұданәрі – АЖ);"
        );
        assert_eq!(
            norm(
                "5. Электрондық мемлекеттік қызмет тұтынушыға мемлекеттік және/немесе о р ы с т і л і н д е көрсетіледі."
            ),
            "5. Электрондық мемлекеттік қызмет тұтынушыға мемлекеттік және/немесе орыстілінде көрсетіледі."
        );
        assert_eq!(norm("№ 1 3 3 қ а у л ы с ы м е н  "), "№ 133 қаулысымен");
        assert_eq!(
            norm("2 0 1 2 ж ы л ғ ы 1 8 с ә у і р д е г і  "),
            "2012 жылғы 18 сәуірдегі"
        );
        assert_eq!(
            norm(
                "автоматтандырылған (медиа - алшақтықты қамтитын электрондық мемлекеттік қ ы з м е т ) ."
            ),
            "автоматтандырылған (медиа – алшақтықты қамтитын электрондық мемлекеттік қызмет)."
        );
        assert_eq!(
            norm("Қ о л қойылған шығару құжатты ХҚКО тапсыру."),
            "Қол қойылған шығару құжатты ХҚКО тапсыру."
        );
        // Tabs separate cells, they never join letters.
        assert_eq!(
            collapse_letter_spacing("3 )\tЭ\tП\tА\tШ\t( Э П Ш ) ;\t"),
            "3 )\tЭ\tП\tА\tШ\t(ЭПШ);\t"
        );
    }

    #[test]
    fn letter_spacing_double_space_is_a_word_boundary() {
        assert_eq!(
            collapse_letter_spacing("мемлекеттік және/немесе о р ы с  т і л і н д е көрсетіледі"),
            "мемлекеттік және/немесе орыс тілінде көрсетіледі"
        );
        assert_eq!(collapse_letter_spacing("в  о р ы с"), "в орыс");
        assert_eq!(collapse_letter_spacing(")  а  б  ("), ") аб (");
        assert_eq!(
            collapse_letter_spacing("(бұдан әрі - У О ) ;"),
            "(бұдан әрі - УО);"
        );
        assert_eq!(
            collapse_letter_spacing("(авторизациялық үдеріс) УО А Ж қ о с у ү д е р і с і ;"),
            "(авторизациялық үдеріс) УО АЖ қосуүдерісі;"
        );
    }

    #[test]
    fn letter_spacing_leaves_normal_text_alone() {
        for s in [
            "подписанные «Электронный акима» т и подписанные",
            "и в",
            "в 3 и 4 экземплярах",
            "медиа - алшақтықты",
            "2) 1 үдеріс - электрондық",
            "Жұмыссыз _____\t\t(өтініш берушінің АЖТ)",
            "с - У",
        ] {
            assert_eq!(collapse_letter_spacing(s), s);
        }
    }

    // --- markdown -----------------------------------------------------------------------------

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

    #[test]
    fn legend_dash_survives_bullet_removal() {
        assert_eq!(
            norm("-  - начало или завершение оказания государственной услуги;"),
            "– начало или завершение оказания государственной услуги;"
        );
        assert_eq!(
            norm("\t-  келесі рәсімге (іс-қимылға) өту"),
            "келесі рәсімге (іс-қимылға) өту"
        );
    }

    // --- whole line ---------------------------------------------------------------------------

    #[test]
    fn whitespace_and_tables() {
        assert_eq!(
            norm("   Сноска.   Утратило   силу  "),
            "Сноска. Утратило силу"
        );
        assert_eq!(norm("\t1. Жалпы ережелер"), "1. Жалпы ережелер");
        assert_eq!(
            norm("\t\t\tУО қызметкерінің ЭҮП шығару\t\t\t"),
            "\t\t\tУО қызметкерінің ЭҮП шығару\t\t\t"
        );
        assert_eq!(
            norm("6.\tКелесі  әрекеттің нөмірі \t 7\t8"),
            "6.\tКелесі әрекеттің нөмірі\t7\t8"
        );
        assert_eq!(norm("\t"), "");
        assert_eq!(norm(""), "");
    }

    #[test]
    fn whole_files_do_not_panic_and_are_stable() {
        for text in [
            include_str!("../../reglaments/000_6f385fbdd640c006.txt"),
            include_str!("../../reglaments/001_17a9bf27c86efb5e.txt"),
            include_str!("../../reglaments/002_2973bc44dfc7985a.txt"),
            include_str!("../../reglaments/003_1c2847d2c07c60cf.txt"),
        ] {
            for line in text.lines() {
                let once = normalise_line(line);
                assert_eq!(normalise_line(&once), once, "{line:?}");
            }
        }
    }

    /// A quadratic step would take hours on these megabyte lines; the limits are loose enough
    /// for an unoptimised build on a busy machine.
    #[test]
    fn huge_line_is_linear() {
        let unit = "Қазақстан  Республикасының [бұйрық](x) **Еңбек** к о д е к с і н е — ";
        let line = unit.repeat(20_000) + "Стандарта.пунктом 9";
        let start = std::time::Instant::now();
        let out = normalise_line(&line);
        assert!(out.len() > line.len() / 2);
        assert!(start.elapsed().as_secs() < 30);
        let brackets = "[".repeat(300_000) + &"<".repeat(300_000) + &"*-".repeat(300_001);
        let start = std::time::Instant::now();
        let _ = normalise_line(&brackets);
        assert!(start.elapsed().as_secs() < 30);
    }

    proptest! {
        #[test]
        fn normalise_never_panics(s in any::<String>()) {
            let _ = normalise_line(&s);
            let _ = repair_displaced_links(&s);
            let _ = strip_markdown(&s);
        }

        /// Idempotence on text made of the characters the rules react to. Backslash escapes
        /// are left out: «\*a\*» must become «*a*», which a second pass reads as emphasis.
        #[test]
        fn normalise_is_idempotent(
            s in "[ \t\u{A0}\u{200B}абвгқәіeoaCxy1290 .,;:()\\[\\]<>#*_\"«»„“—–-]{0,60}"
        ) {
            let once = normalise_line(&s);
            prop_assert_eq!(normalise_line(&once), once.clone());
        }

        #[test]
        fn normalise_is_idempotent_on_link_like_lines(
            words in proptest::collection::vec(
                "(в|к|согласно|Стандарта|настоящему|постановлению;|приложению|пункте|пунктом|подпункт|9|1\\)|:в|талон|регламент|қызмет|с|у)",
                1..10,
            ),
            holes in proptest::collection::vec(0usize..3, 1..10),
            indent in 0usize..8,
        ) {
            let mut s = " ".repeat(indent);
            for (w, h) in words.iter().zip(holes.iter().cycle()) {
                s.push_str(w);
                s.push_str(&" ".repeat(*h));
            }
            let once = normalise_line(&s);
            prop_assert_eq!(normalise_line(&once), once.clone());
        }

        #[test]
        fn letter_spacing_is_idempotent(
            toks in proptest::collection::vec("[аәбҚ12()–;:x]|ab|қыз", 0..24),
            gaps in proptest::collection::vec(1usize..4, 1..24),
        ) {
            let mut s = String::new();
            for (t, g) in toks.iter().zip(gaps.iter().cycle()) {
                s.push_str(t);
                s.push_str(&" ".repeat(*g));
            }
            let once = normalise_line(&s);
            prop_assert_eq!(normalise_line(&once), once.clone());
        }

        #[test]
        fn arbitrary_strings_are_stable_after_two_passes(s in any::<String>()) {
            // Escapes aside (see above), a second pass must not change anything.
            let s = s.replace('\\', "/");
            let once = normalise_line(&s);
            prop_assert_eq!(normalise_line(&once), once.clone());
        }
    }

    proptest::proptest! {
        #[test]
        fn clean_fast_path_agrees_with_the_full_pass(s in "[а-яА-ЯәғқңөұүһіЁё a-zA-Z0-9.,;:()«»\"\t\\-–—\u{a0}\u{ad}]{0,40}") {
            if punctuation_is_clean(&s) {
                proptest::prop_assert_eq!(punctuation_pass(&s), s.clone());
            }
        }
    }
}
