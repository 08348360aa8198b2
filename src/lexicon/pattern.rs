//! Lexicon patterns compiled for the alphabet of the texts.
//!
//! Unicode's `\w`, `\d`, `\p{L}` and `\b` span every script. Compiled into byte automata they
//! take hundreds of states each, and a whole run of the tool spent more time building and
//! warming those automata than parsing the corpus. Regulations are written in Russian and
//! Kazakh, with Latin abbreviations and ASCII digits, so every pattern of the lexicon is
//! compiled with those classes narrowed to that alphabet: ASCII letters and digits, and the
//! Cyrillic block (every Kazakh letter in it) without its numeric and combining signs, the
//! same letters `text::is_letter` accepts there.

use regex::Regex;

/// Letters: Latin ASCII and the Cyrillic block's letters (U+0482–U+0489 are signs).
const LETTERS: &str = r"A-Za-z\x{400}-\x{481}\x{48A}-\x{4FF}";
/// Digits as the texts print them.
const DIGITS: &str = "0-9";

/// `pattern` with `\w`, `\d`, `\p{L}`, `\p{N}` narrowed to the texts' alphabet and `\b` made a
/// letter boundary.
///
/// A Unicode word boundary also stops the lazy DFA on any non-ASCII text, so every Cyrillic
/// line would fall back to the slow NFA simulation: a boundary before a letter becomes «start
/// of text or a non-letter», any other one «a non-letter or end of text», and matches may then
/// take one delimiter character with them, which callers that need exact spans trim. The
/// classes are case-closed, so they are written with case folding off (`(?-i:…)`): folding
/// would only add signs such as the Kelvin sign to them.
pub(crate) fn narrow(pattern: &str) -> String {
    let word = format!("{DIGITS}{LETTERS}_");
    let before = format!(r"(?:^|(?-i:[^{word}]))");
    let after = format!(r"(?:$|(?-i:[^{word}]))");
    let mut out = String::with_capacity(pattern.len() + 64);
    // Depth of character classes: inside one a class is written as bare ranges.
    let mut class = 0usize;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '\\' => {
                let Some(e) = rest.chars().next() else {
                    out.push('\\');
                    break;
                };
                rest = &rest[e.len_utf8()..];
                let ranges = match e {
                    'w' => Some(word.as_str()),
                    'd' => Some(DIGITS),
                    'p' if rest.starts_with("{L}") => {
                        rest = &rest[3..];
                        Some(LETTERS)
                    }
                    'p' if rest.starts_with("{N}") => {
                        rest = &rest[3..];
                        Some(DIGITS)
                    }
                    'b' if class == 0 => {
                        let letter_next = rest
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_alphabetic() || n == '(' || n == '[');
                        out.push_str(if letter_next { &before } else { &after });
                        continue;
                    }
                    _ => None,
                };
                match ranges {
                    Some(r) if class > 0 => out.push_str(r),
                    Some(r) => {
                        out.push_str("(?-i:[");
                        out.push_str(r);
                        out.push_str("])");
                    }
                    None => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            '[' => {
                class += 1;
                out.push('[');
                // A `]` right after the opening (or its `^`) is a literal.
                if rest.starts_with('^') {
                    out.push('^');
                    rest = &rest[1..];
                }
                if rest.starts_with(']') {
                    out.push(']');
                    rest = &rest[1..];
                }
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    out
}

/// Compiles a lexicon pattern narrowed by [`narrow`]; a lexicon error is a bug, so it panics
/// with the pattern.
pub(crate) fn regex(pattern: &str) -> Regex {
    let source = narrow(pattern);
    Regex::new(&source).unwrap_or_else(|e| panic!("lexicon pattern {source:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_become_letter_classes() {
        let word = r"0-9A-Za-z\x{400}-\x{481}\x{48A}-\x{4FF}_";
        assert_eq!(
            narrow(r"\bЦОН\b"),
            format!(r"(?:^|(?-i:[^{word}]))ЦОН(?:$|(?-i:[^{word}]))")
        );
        let re = regex(r"(?i)\bУО\b");
        assert!(re.is_match("через УО тікелей") && re.is_match("УО"));
        assert!(!re.is_match("УОАЖ"));
    }

    #[test]
    fn classes_are_narrowed_inside_and_outside_brackets() {
        assert_eq!(narrow(r"\d+"), r"(?-i:[0-9])+");
        assert_eq!(
            narrow(r"[^\p{L}\p{N}_]"),
            r"[^A-Za-z\x{400}-\x{481}\x{48A}-\x{4FF}0-9_]"
        );
        assert_eq!(
            narrow(r"[\w/-]"),
            r"[0-9A-Za-z\x{400}-\x{481}\x{48A}-\x{4FF}_/-]"
        );
        // Escaped backslashes, other escapes and literal brackets stay as they are.
        assert_eq!(narrow(r"\\w\s\.[]a]\]"), r"\\w\s\.[]a]\]");
        assert_eq!(narrow(r"\p{Ll}"), r"\p{Ll}");
    }

    #[test]
    fn narrowed_classes_read_russian_and_kazakh_words() {
        let re = regex(r"(?i)^ответственн\w+\s+исполнител\p{L}*\s+\d+");
        assert!(re.is_match("Ответственного исполнителя 12"));
        let kk = regex(r"(?i)^қызмет\w*\s+беруші\p{L}*");
        assert!(kk.is_match("ҚЫЗМЕТТІ берушінің"));
        // The numeric sign «҂» is no letter; a Greek letter lies outside the alphabet.
        assert!(!regex(r"^\w$").is_match("҂"));
        assert!(!regex(r"^\p{L}$").is_match("λ"));
        // Only ASCII digits are digits: a count must parse.
        assert!(!regex(r"^\d$").is_match("٣"));
    }
}
