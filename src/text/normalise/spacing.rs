//! Letter-spaced words («Е с к е р т п е») joined back into words.

use std::borrow::Cow;

use crate::text::scan::find_position;

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
    find_position(b, |blk| blk.eq(b' ') | blk.eq(b'\t'), &mut token_ends) || token_ends(b.len())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalise::normalise_line;
    use crate::text::normalise::shared::norm;
    use proptest::prelude::*;

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

    proptest! {
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
    }
}
