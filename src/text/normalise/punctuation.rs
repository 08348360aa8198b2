//! Typographic punctuation and invisible characters: dashes settled by their neighbours, curly
//! quotes made straight, exotic spaces made plain, invisible and control characters removed.

use std::borrow::Cow;

use super::shared::is_space_or_tab;
#[cfg(test)]
use crate::text::scan::in_range;
use crate::text::scan::{Block, find_position};

/// True when `normalise_punctuation` would return `s` unchanged, decided on bytes.
///
/// Most lines are Russian or Kazakh letters and ASCII punctuation: their bytes are judged a
/// block at a time, and only the few that might call for work (a hyphen, a character outside
/// Cyrillic and ASCII) are looked at one by one.
fn punctuation_is_clean(s: &str) -> bool {
    !find_position(
        s.as_bytes(),
        |_, blk| unusual_but_tab(blk),
        |i| !clean_at(s, i),
    )
}

/// [`is_unusual`] for a whole block.
fn unusual(blk: &Block) -> u32 {
    !((blk.in_range(0x20, 0x7e) & !blk.eq(b'-'))
        | blk.in_range(0x80, 0xBF)
        | blk.in_range(0xD0, 0xD3))
}

/// [`unusual`], tabs left out (the full pass keeps them as they are).
fn unusual_but_tab(blk: &Block) -> u32 {
    unusual(blk) & !blk.eq(b'\t')
}

/// Any byte but printable ASCII other than the hyphen, UTF-8 continuation bytes and the lead
/// bytes of U+0400..U+04FF (Cyrillic and Kazakh letters): those never need punctuation work.
/// The byte-by-byte definition the block masks are tested against.
#[cfg(test)]
fn is_unusual(x: u8) -> bool {
    !((in_range(x, 0x20, 0x7e) & (x != b'-')) | in_range(x, 0x80, 0xBF) | in_range(x, 0xD0, 0xD3))
}

/// Where the first [`is_unusual`] byte of `b` stands, found a block at a time.
fn first_unusual(b: &[u8]) -> Option<usize> {
    let mut first = None;
    find_position(
        b,
        |_, blk| unusual(blk),
        |i| {
            first = Some(i);
            true
        },
    );
    first
}

/// Whether the unusual byte at `i` (a hyphen, a control, or the lead byte of a character
/// outside Cyrillic) leaves the line as it is.
fn clean_at(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    match b[i] {
        // A hyphen changes only when spaces stand on both sides; one after a space is enough
        // to send the line to the full pass.
        b'-' => i == 0 || !matches!(b[i - 1], b' ' | b'\t'),
        0xC0.. => {
            // Other characters («», №, –) are judged one by one, as the full pass would.
            let Some(c) = s[i..].chars().next() else {
                return false;
            };
            match classify(c) {
                CharClass::Keep => true,
                // «–» stays «–» unless it joins two letters or digits.
                CharClass::Dash if c == '–' => {
                    let prev = s[..i].chars().next_back();
                    let next = s[i + c.len_utf8()..].chars().next();
                    !(prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphanumeric))
                }
                _ => false,
            }
        }
        _ => false,
    }
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
        let run = first_unusual(&b[i..]).unwrap_or(b.len() - i);
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn the_block_gate_flags_the_unusual_bytes_but_tab() {
        let bytes: Vec<u8> = (0..=255).collect();
        for (at, chunk) in bytes.chunks(32).enumerate() {
            let mut flagged = Vec::new();
            find_position(
                chunk,
                |_, blk| unusual_but_tab(blk),
                |i| {
                    flagged.push(chunk[i]);
                    false
                },
            );
            let expected: Vec<u8> = chunk
                .iter()
                .copied()
                .filter(|&x| is_unusual(x) && x != b'\t')
                .collect();
            assert_eq!(flagged, expected, "block {at}");
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
