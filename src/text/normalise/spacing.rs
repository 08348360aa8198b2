//! Letter-spaced words («Е с к е р т п е») joined back into words.

use std::borrow::Cow;

use crate::text::scan::{any_block, find_position};

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
    // Punctuation first: a dash is common between words, and telling it from a letter or a
    // digit would take Unicode's tables.
    match c {
        '(' => Tok::Open,
        ')' | '.' | ',' | ';' | ':' | '!' | '?' => Tok::Close,
        '-' | '–' | '—' => Tok::Dash,
        c if crate::text::is_letter(c) || is_numeric(c) => Tok::Single,
        _ => Tok::Other,
    }
}

/// `char::is_numeric`, with ASCII and the Cyrillic block (which holds no numerals) settled
/// without Unicode's tables.
fn is_numeric(c: char) -> bool {
    match c {
        '0'..='9' => true,
        '\0'..='\u{7f}' | '\u{400}'..='\u{4ff}' => false,
        _ => c.is_numeric(),
    }
}

/// Joins letter-spaced words: in a run of single letters/digits separated by single spaces,
/// a double space marks a word boundary («о р ы с  т і л і н д е» → «орыс тілінде»); with
/// single spaces only the run becomes one word. Runs need ≥ 3 characters. Digits and letters
/// stay apart («2 0 1 2 ж ы л ғ ы» → «2012 жылғы»); nearby brackets and punctuation close up.
pub fn collapse_letter_spacing(s: &str) -> Cow<'_, str> {
    if !may_hold_short_pair(s.as_bytes()) || !has_letter_spaced_group(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (i, segment) in s.split('\t').enumerate() {
        if i > 0 {
            out.push('\t');
        }
        if has_letter_spaced_group(segment) {
            collapse_segment(segment, &mut out);
        } else {
            out.push_str(segment);
        }
    }
    Cow::Owned(out)
}

/// False when no two tokens of at most four bytes (a character's longest) stand next to each
/// other with only separators between them, which a letter-spaced group needs: asked of the
/// separators' bit masks a block at a time, so most lines are settled without reading their
/// tokens. A run of three or more separators after a short token answers yes (the token after
/// it is not looked for).
fn may_hold_short_pair(b: &[u8]) -> bool {
    // The separator bits of the block before, the block judged and the block after; a line's
    // start and end read as separators.
    let (mut before, mut judged) = (u32::MAX, None::<u32>);
    let mut push = |after: u32| {
        let found = judged.is_some_and(|j| {
            short_pair_in_middle(
                u64::from(before >> 16) | (u64::from(j) << 16) | (u64::from(after) << 48),
            )
        });
        if let Some(j) = judged {
            before = j;
        }
        judged = Some(after);
        found
    };
    any_block(b, |_, blk, valid| {
        // The new bytes of a line's last block brought down to its start, the rest of the
        // block past the line's end.
        let shift = valid.trailing_zeros();
        let sep = (blk.eq(b' ') | blk.eq(b'\t')) & valid;
        push((sep >> shift) | !(valid >> shift))
    }) || (!b.is_empty() && push(u32::MAX))
}

/// Whether a short token ending in bits 16..48 of `sep` (the separator bits of a block, with
/// 16 of the block before below and 16 of the block after above) has another short token
/// after it, or three separators.
fn short_pair_in_middle(sep: u64) -> bool {
    const MIDDLE: u64 = (u32::MAX as u64) << 16;
    let word = !sep;
    let near_before = (sep << 1) | (sep << 2) | (sep << 3) | (sep << 4);
    let near_after = (sep >> 1) | (sep >> 2) | (sep >> 3) | (sep >> 4);
    let short_end = word & (sep >> 1) & near_before & MIDDLE;
    if short_end == 0 {
        return false;
    }
    let short_start = word & (sep << 1) & near_after;
    let long_gap = (sep >> 1) & (sep >> 2) & (sep >> 3);
    ((short_end << 2) | (short_end << 3)) & short_start != 0 || short_end & long_gap != 0
}

/// True when some segment of `s` holds a group that [`is_letter_spaced`] accepts: the same
/// verdict `collapse_segment` reaches, found in one pass over the separators without splitting
/// the line, so a line without letter spacing is left as it is.
fn has_letter_spaced_group(s: &str) -> bool {
    let b = s.as_bytes();
    let mut group = Group::default();
    let mut start = 0;
    // Separators are ASCII, so every token lies on character boundaries. A character is at
    // most four bytes; longer tokens are words, which end a group.
    let mut token_ends = |i: usize| {
        let len = i - start;
        start = i + 1;
        let spaced = match len {
            0 => false,
            1..=4 => {
                let t = &s[i - len..i];
                group.push(t, tok_kind(t))
            }
            _ => group.end(),
        };
        // A tab parts segments, and a group never spans two.
        spaced || (b.get(i) == Some(&b'\t') && group.end())
    };
    find_position(b, |_, blk| blk.eq(b' ') | blk.eq(b'\t'), &mut token_ends)
        || token_ends(b.len())
        || group.end()
}

/// A group of single characters and punctuation read token by token, with what
/// [`is_letter_spaced`] asks of it.
#[derive(Default)]
struct Group {
    run: usize,
    run_numeric: bool,
    longest: usize,
    brackets: usize,
}

impl Group {
    /// Takes the next token; true once the group is letter-spaced. A word ends the group.
    fn push(&mut self, t: &str, kind: Tok) -> bool {
        match kind {
            Tok::Other => self.end(),
            Tok::Single => {
                let numeric = t.chars().all(is_numeric);
                self.run = if self.run > 0 && numeric == self.run_numeric {
                    self.run + 1
                } else {
                    1
                };
                self.run_numeric = numeric;
                self.longest = self.longest.max(self.run);
                self.longest >= 3
            }
            Tok::Open | Tok::Close | Tok::Dash => {
                self.run = 0;
                self.brackets += usize::from(kind != Tok::Dash);
                false
            }
        }
    }

    /// Ends the group; true when it was letter-spaced.
    #[inline]
    fn end(&mut self) -> bool {
        if self.longest == 0 && self.brackets == 0 {
            return false;
        }
        let spaced = self.spaced();
        *self = Group::default();
        spaced
    }

    fn spaced(&self) -> bool {
        self.longest >= 3 || (self.longest == 2 && self.brackets >= 2)
    }
}

/// One tab-free segment. Tokens are separated by runs of spaces; `gaps[i]` follows token `i`.
fn collapse_segment(seg: &str, out: &mut String) {
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
    let mut group = Group::default();
    toks.iter().zip(kinds).any(|(t, &k)| group.push(t, k)) || group.spaced()
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
        /// The gates only spare work: a line they turn away is one the full pass over every
        /// segment leaves as it is.
        #[test]
        fn gates_agree_with_the_full_pass(
            toks in proptest::collection::vec(prop_oneof![
                4 => "[аәбҚ12x]",
                2 => "[()–;:.]",
                1 => "ab|қыз|д.|1\\)|—|\u{2160}|𝟙",
            ], 0..24),
            gaps in proptest::collection::vec(prop_oneof![
                4 => " ",
                2 => "  ",
                1 => "   |\t| \t|\t\t",
            ], 1..24),
        ) {
            let mut s = String::new();
            for (t, g) in toks.iter().zip(gaps.iter().cycle()) {
                s.push_str(t);
                s.push_str(g);
            }
            for line in [s.as_str(), s.trim_end(), s.trim()] {
                let mut full = String::new();
                for (i, segment) in line.split('\t').enumerate() {
                    if i > 0 {
                        full.push('\t');
                    }
                    collapse_segment(segment, &mut full);
                }
                prop_assert_eq!(collapse_letter_spacing(line), full.as_str(), "{:?}", line);
            }
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
    }
}
