//! A compiled phrase table: one pass over a text tells which phrases match.
//!
//! Tables are asked about every line, so each question is one `RegexSet` scan instead of one
//! scan per phrase; the individual regexes run only for the phrases that did match.

use std::ops::Range;
use std::sync::OnceLock;

use regex::{Match, Regex, RegexSet};

use super::Phrase;

/// The phrases of one or more language tables, in table order (earlier entries win).
pub(crate) struct Table<T> {
    set: RegexSet,
    regexes: Vec<Regex>,
    meanings: Vec<T>,
    /// All phrases as one multi-pattern regex, for leftmost searches; built on first use.
    multi: OnceLock<regex_automata::meta::Regex>,
    sources: Vec<String>,
}

impl<T: Copy> Table<T> {
    /// Compile `tables`, case-insensitive, in order.
    pub fn new(tables: &[&[Phrase<T>]]) -> Self {
        let phrases: Vec<&Phrase<T>> = tables.iter().flat_map(|t| t.iter()).collect();
        Self::from_patterns(
            phrases.iter().map(|p| format!("(?i){}", p.pattern)),
            phrases.iter().map(|p| p.meaning).collect(),
        )
    }

    /// Compile ready-made pattern sources with their meanings.
    pub fn from_patterns(patterns: impl Iterator<Item = String>, meanings: Vec<T>) -> Self {
        let sources: Vec<String> = patterns.map(|p| letter_boundaries(&p)).collect();
        let regexes = sources
            .iter()
            .map(|p| Regex::new(p).unwrap_or_else(|e| panic!("lexicon pattern {p:?}: {e}")))
            .collect();
        let set = RegexSet::new(&sources).expect("lexicon patterns compile as a set");
        Table {
            set,
            regexes,
            meanings,
            multi: OnceLock::new(),
            sources,
        }
    }

    /// Index of the first phrase (in table order) that matches somewhere in `text`.
    pub fn first_index(&self, text: &str) -> Option<usize> {
        // Most texts match no phrase; a yes/no search of all phrases at once settles that more
        // cheaply than the set search, which must follow every phrase to the end of the text.
        if !self.multi().is_match(text) {
            return None;
        }
        self.set.matches(text).iter().next()
    }

    fn multi(&self) -> &regex_automata::meta::Regex {
        self.multi.get_or_init(|| {
            regex_automata::meta::Regex::new_many(&self.sources)
                .expect("lexicon patterns compile together")
        })
    }

    /// Meaning of the first phrase that matches.
    pub fn first(&self, text: &str) -> Option<T> {
        self.first_index(text).map(|i| self.meanings[i])
    }

    /// The captures of the first phrase that matches, with its meaning.
    pub fn first_captures<'t>(&self, text: &'t str) -> Option<(regex::Captures<'t>, T)> {
        let i = self.first_index(text)?;
        self.regexes[i]
            .captures(text)
            .map(|c| (c, self.meanings[i]))
    }

    /// Every matching phrase with its leftmost match, in table order.
    pub fn all_matches<'t>(&self, text: &'t str) -> Vec<(Match<'t>, usize)> {
        self.set
            .matches(text)
            .iter()
            .filter_map(|i| self.regexes[i].find(text).map(|m| (m, i)))
            .collect()
    }

    /// The leftmost match of any phrase (the earlier phrase on a tie): its byte range and the
    /// phrase's index.
    ///
    /// One leftmost-first search over all phrases at once, which reports the phrase that
    /// matched; for tables whose phrases are all anchored at the start this is also the first
    /// phrase in table order that matches.
    pub fn leftmost(&self, text: &str) -> Option<(Range<usize>, usize)> {
        self.multi()
            .find(text)
            .map(|m| (m.range(), m.pattern().as_usize()))
    }

    /// The meaning of phrase `i`.
    pub fn meaning(&self, i: usize) -> T {
        self.meanings[i]
    }
}

/// Replace `\\b` by explicit letter boundaries.
///
/// A Unicode word boundary stops the lazy DFA on any non-ASCII text, so every Cyrillic line
/// would fall back to the slow NFA simulation. A boundary before a letter becomes «start of
/// text or a non-letter», any other one «a non-letter or end of text»; matches may then take
/// one delimiter character with them, which callers that need exact spans trim.
fn letter_boundaries(pattern: &str) -> String {
    const BEFORE: &str = r"(?:^|[^\p{L}\p{N}_])";
    const AFTER: &str = r"(?:$|[^\p{L}\p{N}_])";
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(i) = rest.find(r"\b") {
        // An escaped backslash before `b` is a literal, not a boundary.
        let escaped = rest[..i].chars().rev().take_while(|&c| c == '\\').count() % 2 == 1;
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        if escaped {
            out.push_str(r"\b");
        } else if after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '(' || c == '[')
        {
            out.push_str(BEFORE);
        } else {
            out.push_str(AFTER);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_become_letter_classes() {
        assert_eq!(
            letter_boundaries(r"\bЦОН\b"),
            r"(?:^|[^\p{L}\p{N}_])ЦОН(?:$|[^\p{L}\p{N}_])"
        );
        let t: Table<u8> = Table::from_patterns([r"(?i)\bУО\b".to_string()].into_iter(), vec![1]);
        assert_eq!(t.first("через УО тікелей"), Some(1));
        assert_eq!(t.first("УОАЖ"), None);
        assert_eq!(t.first("УО"), Some(1));
    }
}
