//! A compiled phrase table: one pass over a text tells which phrases match.
//!
//! Tables are asked about every line, so each question is one `RegexSet` scan instead of one
//! scan per phrase; the individual regexes run only for the phrases that did match.

use std::ops::Range;
use std::sync::OnceLock;

use regex::{Match, Regex, RegexSet};
use regex_syntax::hir::Hir;

use super::Phrase;
use super::pattern::narrow;

/// The phrases of one or more language tables, in table order (earlier entries win).
pub(crate) struct Table<T> {
    /// Each engine is compiled on first use: a run asks most tables only yes/no questions, and
    /// compiling every phrase three ways up front cost more than parsing the whole corpus.
    set: OnceLock<RegexSet>,
    regexes: Vec<OnceLock<Regex>>,
    meanings: Vec<T>,
    sources: Vec<String>,
    /// The phrases in runs of those anchored at the start and those not, in table order: an
    /// anchored run turns most lines away on their first bytes, which a search of the whole
    /// table (where one unanchored phrase makes every line a candidate) cannot.
    parts: Vec<Part>,
}

/// A run of phrases of a table searched together.
struct Part {
    /// The table index of the run's first phrase.
    start: usize,
    /// The run's phrases as one multi-pattern regex; built on first use.
    multi: OnceLock<regex_automata::meta::Regex>,
    /// What a text must hold for any phrase of the run to match.
    gate: Gate,
    len: usize,
}

impl Part {
    fn multi(&self, sources: &[String]) -> &regex_automata::meta::Regex {
        self.multi.get_or_init(|| {
            use regex_automata::meta::{Builder, Config};
            use regex_automata::nfa::thompson::WhichCaptures;
            // Only where a phrase matches is asked of it, never its groups: the engines that
            // report groups are not built.
            Builder::new()
                .configure(
                    Config::new()
                        .which_captures(WhichCaptures::Implicit)
                        .onepass(false)
                        .backtrack(false),
                )
                .build_many(&sources[self.start..self.start + self.len])
                .expect("lexicon patterns compile together")
        })
    }
}

/// Splits `sources` into runs of patterns anchored at the start and runs of others. More than
/// a few runs would mean as many searches of a line that no phrase opens: then one run.
fn parts(sources: &[String]) -> Vec<Part> {
    // Each pattern parsed once for every question the gates ask of it.
    let trees: Vec<Option<Hir>> = sources
        .iter()
        .map(|s| regex_syntax::parse(s).ok())
        .collect();
    let each: Vec<Option<Box<Openers>>> =
        trees.iter().map(|t| t.as_ref().and_then(openers)).collect();
    let anchored: Vec<bool> = each.iter().map(Option::is_some).collect();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, &a) in anchored.iter().enumerate() {
        match runs.last_mut() {
            Some((start, len)) if anchored[*start] == a => *len += 1,
            _ => runs.push((i, 1)),
        }
    }
    if runs.len() > 3 {
        runs = vec![(0, sources.len())];
    }
    runs.into_iter()
        .map(|(start, len)| Part {
            start,
            len,
            multi: OnceLock::new(),
            gate: Gate {
                openers: Openers::union(&each[start..start + len]),
                required: required(&trees[start..start + len]),
            },
        })
        .collect()
}

/// Punctuation bytes of which every match holds one: each of a few patterns holds an ASCII
/// punctuation mark it cannot match without («бизнес-процессов», «(іс-қимылдың)»). A line
/// without any is settled by a byte search, cheaper than a regex search whose prefilter must
/// find the case variants of Cyrillic words.
struct Required {
    bytes: Vec<u8>,
}

impl Required {
    fn admit(&self, text: &str) -> bool {
        let t = text.as_bytes();
        match self.bytes[..] {
            [a] => memchr::memchr(a, t).is_some(),
            [a, b] => memchr::memchr2(a, b, t).is_some(),
            [a, b, c] => memchr::memchr3(a, b, c, t).is_some(),
            _ => true,
        }
    }
}

/// The [`Required`] bytes of `sources`: one mark each pattern cannot match without, when every
/// pattern has one and there are at most three of them.
fn required(trees: &[Option<Hir>]) -> Option<Required> {
    let mut bytes: Vec<u8> = Vec::new();
    for tree in trees {
        let b = needed_mark(tree.as_ref()?)?;
        if !bytes.contains(&b) {
            bytes.push(b);
        }
    }
    (bytes.len() <= 3).then_some(Required { bytes })
}

/// An ASCII punctuation mark that every match of `hir` holds: one of a literal that stands in
/// the pattern's top-level sequence (or in a group or repetition of at least one there).
fn needed_mark(hir: &Hir) -> Option<u8> {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Literal(lit) => lit.0.iter().copied().find(u8::is_ascii_punctuation),
        HirKind::Concat(subs) => subs.iter().find_map(needed_mark),
        HirKind::Capture(c) => needed_mark(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => needed_mark(&r.sub),
        _ => None,
    }
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
        let sources: Vec<String> = patterns.map(|p| narrow(&p)).collect();
        Table {
            set: OnceLock::new(),
            regexes: sources.iter().map(|_| OnceLock::new()).collect(),
            meanings,
            parts: parts(&sources),
            sources,
        }
    }

    fn set(&self) -> &RegexSet {
        self.set.get_or_init(|| {
            RegexSet::new(&self.sources).expect("lexicon patterns compile as a set")
        })
    }

    fn regex(&self, i: usize) -> &Regex {
        self.regexes[i].get_or_init(|| {
            let p = &self.sources[i];
            Regex::new(p).unwrap_or_else(|e| panic!("lexicon pattern {p:?}: {e}"))
        })
    }

    /// Compiles the engines every question of the table asks (the runs' searches), as a run
    /// would on its first question.
    pub fn warm(&self) {
        self.parts.iter().for_each(|p| {
            p.multi(&self.sources);
        });
    }

    /// Compiles the search for every phrase at once ([`Table::all_matches`] asks it).
    pub fn warm_set(&self) {
        self.set();
    }

    /// Compiles every engine now (tests use it to prove each phrase valid).
    #[cfg(test)]
    pub fn compile_all(&self) {
        self.set();
        self.parts.iter().for_each(|p| {
            p.multi(&self.sources);
        });
        (0..self.sources.len()).for_each(|i| {
            self.regex(i);
        });
    }

    /// Index of the first phrase (in table order) that matches somewhere in `text`.
    pub fn first_index(&self, text: &str) -> Option<usize> {
        // The first run with a match holds the answer: no phrase before it matches.
        self.parts.iter().find_map(|part| {
            if !part.gate.admit(text) {
                return None;
            }
            // Most texts match no phrase; a yes/no search of the run at once settles that more
            // cheaply than the set search, which must follow every phrase to the end of the
            // text. The leftmost match names one phrase that matches; only a phrase before it
            // in table order can still win, and each is asked on its own (most have a literal
            // to look for).
            // Which phrase matched is known at the match's end: its start is not looked for.
            let found = part.start
                + part
                    .multi(&self.sources)
                    .search_half(&regex_automata::Input::new(text))?
                    .pattern()
                    .as_usize();
            // When every phrase is anchored at the start, every match starts there and the
            // leftmost-first match is already the first phrase in table order that matches.
            if part.gate.openers.is_some() {
                return Some(found);
            }
            (part.start..found)
                .find(|&i| self.regex(i).is_match(text))
                .or(Some(found))
        })
    }

    /// Meaning of the first phrase that matches.
    pub fn first(&self, text: &str) -> Option<T> {
        self.first_index(text).map(|i| self.meanings[i])
    }

    /// The captures of the first phrase that matches, with its meaning.
    pub fn first_captures<'t>(&self, text: &'t str) -> Option<(regex::Captures<'t>, T)> {
        let i = self.first_index(text)?;
        self.regex(i).captures(text).map(|c| (c, self.meanings[i]))
    }

    /// Every matching phrase with its leftmost match, in table order.
    pub fn all_matches<'t>(&self, text: &'t str) -> Vec<(Match<'t>, usize)> {
        self.set()
            .matches(text)
            .iter()
            .filter_map(|i| self.regex(i).find(text).map(|m| (m, i)))
            .collect()
    }

    /// The leftmost match of any phrase (the earlier phrase on a tie): its byte range and the
    /// phrase's index.
    ///
    /// One leftmost-first search over each run of phrases, which reports the phrase that
    /// matched; the leftmost of the runs' matches wins, the earlier run on a tie. For tables
    /// whose phrases are all anchored at the start this is also the first phrase in table
    /// order that matches.
    pub fn leftmost(&self, text: &str) -> Option<(Range<usize>, usize)> {
        let mut best: Option<(Range<usize>, usize)> = None;
        for part in &self.parts {
            if !part.gate.admit(text) {
                continue;
            }
            if let Some(m) = part.multi(&self.sources).find(text)
                && best.as_ref().is_none_or(|(r, _)| m.start() < r.start)
            {
                best = Some((m.range(), part.start + m.pattern().as_usize()));
            }
        }
        best
    }

    /// The meaning of phrase `i`.
    pub fn meaning(&self, i: usize) -> T {
        self.meanings[i]
    }
}

/// One pattern asked of many lines, with the bytes a match can open with when the pattern is
/// anchored at the start: most lines fail on their first byte, which is cheaper to see here
/// than through a regex search (whose set-up alone costs a few hundred instructions).
pub(crate) struct Anchored {
    re: Regex,
    gate: Gate,
}

impl Anchored {
    /// Compiles `pattern` (narrowed to the texts' alphabet, see [`narrow`]); panics
    /// with the pattern on a lexicon error.
    pub fn new(pattern: &str) -> Self {
        let source = narrow(pattern);
        let re = Regex::new(&source).unwrap_or_else(|e| panic!("lexicon pattern {source:?}: {e}"));
        Anchored {
            gate: Gate::new(&source),
            re,
        }
    }

    /// False when the pattern's opening bytes or marks rule a match out: a cheaper test than
    /// any search.
    pub fn may_match(&self, text: &str) -> bool {
        self.gate.admit(text)
    }

    /// Whether the pattern matches `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.gate.admit(text) && self.re.is_match(text)
    }

    /// The leftmost match.
    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        if self.gate.admit(text) {
            self.re.find(text)
        } else {
            None
        }
    }

    /// The captures of the leftmost match; a yes/no search first, as most lines do not match
    /// and the capture search costs several times more.
    pub fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        if self.is_match(text) {
            self.re.captures(text)
        } else {
            None
        }
    }
}

/// What a text must hold for some pattern of a group to match it, as far as the patterns tell:
/// lines are asked many questions and most fail here, more cheaply than through a regex
/// search (whose set-up alone costs a few hundred instructions).
struct Gate {
    /// The bytes a match can open with, when every pattern is anchored at the start.
    openers: Option<Box<Openers>>,
    /// Punctuation every match holds (see [`required`]).
    required: Option<Required>,
}

impl Gate {
    /// The gate of one pattern.
    fn new(source: &str) -> Self {
        let tree = [regex_syntax::parse(source).ok()];
        Gate {
            openers: tree[0].as_ref().and_then(openers),
            required: required(&tree),
        }
    }

    /// False when no pattern can match `text`.
    fn admit(&self, text: &str) -> bool {
        self.openers
            .as_ref()
            .is_none_or(|o| o.admit(text.as_bytes()))
            && self.required.as_ref().is_none_or(|r| r.admit(text))
    }
}

/// How the matches of an anchored pattern can open: their first byte, and their first two
/// bytes when every match has two. One byte says little on Cyrillic text (every letter from «А»
/// to «П» opens with 0xD0); two bytes settle most lines.
#[derive(Clone)]
pub(crate) struct Openers {
    first: [bool; 256],
    /// One bit per pair of opening bytes; `None` when some match may be one byte long.
    pairs: Option<Box<[u64; 1024]>>,
}

impl Openers {
    /// The openings of a run of patterns from each one's; `None` when one of them cannot say.
    fn union(each: &[Option<Box<Openers>>]) -> Option<Box<Openers>> {
        let (first, rest) = each.split_first()?;
        let mut all = first.clone()?;
        for o in rest {
            let o = o.as_ref()?;
            for (a, b) in all.first.iter_mut().zip(&o.first) {
                *a |= *b;
            }
            all.pairs = match (all.pairs.take(), &o.pairs) {
                (Some(mut p), Some(q)) => {
                    for (a, b) in p.iter_mut().zip(q.iter()) {
                        *a |= *b;
                    }
                    Some(p)
                }
                _ => None,
            };
        }
        Some(all)
    }

    /// False when no match can open `text`.
    fn admit(&self, text: &[u8]) -> bool {
        match (text, &self.pairs) {
            ([a, b, ..], Some(pairs)) => {
                let k = (usize::from(*a) << 8) | usize::from(*b);
                pairs[k >> 6] >> (k & 63) & 1 == 1
            }
            ([a, ..], _) => self.first[usize::from(*a)],
            ([], _) => false,
        }
    }
}

/// The openings of every match of `hir`, when the pattern is anchored at the start of the text
/// and its possible openings are a finite set of literals (case variants included); `None` when
/// that cannot be known, and the table then asks its regexes every time.
fn openers(hir: &Hir) -> Option<Box<Openers>> {
    use regex_syntax::hir::Look;
    use regex_syntax::hir::literal::Extractor;
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let mut first = [false; 256];
    let mut pairs = Some(Box::new([0u64; 1024]));
    // Only the first two bytes are kept, and longer literals would multiply the case variants
    // of every letter: cut at two bytes, extraction costs a few thousand instructions a pattern.
    let seq = Extractor::new()
        .limit_class(2000)
        .limit_total(20_000)
        .limit_literal_len(2)
        .extract(hir);
    for lit in seq.literals()? {
        match lit.as_bytes() {
            [] => return None,
            [a] => {
                first[usize::from(*a)] = true;
                pairs = None;
            }
            [a, b, ..] => {
                first[usize::from(*a)] = true;
                if let Some(p) = pairs.as_mut() {
                    let k = (usize::from(*a) << 8) | usize::from(*b);
                    p[k >> 6] |= 1 << (k & 63);
                }
            }
        }
    }
    Some(Box::new(Openers { first, pairs }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table of `patterns` meaning 1, 2, 3 … in table order.
    fn table(patterns: &[&str]) -> Table<u8> {
        Table::from_patterns(
            patterns.iter().map(|p| p.to_string()),
            (1..=patterns.len() as u8).collect(),
        )
    }

    #[test]
    fn anchored_tables_know_their_opening_bytes() {
        let t = table(&[r"(?i)^Условные\s+обозначения", r"^\d+\s*\.\s*Жалпы"]);
        let open = t.parts[0]
            .gate
            .openers
            .as_deref()
            .expect("anchored literals");
        // «У» and «у» (D0 A3, D1 83), ASCII digits; nothing else.
        assert!(open.first[0xD0] && open.first[0xD1] && open.first[usize::from(b'7')]);
        assert!(!open.first[usize::from(b'a')] && !open.first[usize::from(b' ')]);
        // A digit may be the whole opening: no pairs to tell lines apart.
        assert!(open.pairs.is_none());
        let ru = table(&[r"(?i)^Условные\s+обозначения"]);
        let open = ru.parts[0]
            .gate
            .openers
            .as_deref()
            .expect("anchored literals");
        assert!(open.admit("Условные".as_bytes()) && open.admit("условные".as_bytes()));
        // «П» opens with the same byte as «У», but not with the same two.
        assert!(open.first[0xD0] && !open.admit("Приложение".as_bytes()));
        assert_eq!(t.first("условные обозначения"), Some(1));
        assert_eq!(t.first("12. Жалпы ережелер"), Some(2));
        assert_eq!(t.first("Жалпы ережелер"), None);
        assert_eq!(t.first(""), None);
        // An unanchored phrase can match anywhere: no filter.
        let u = table(&[r"(?i)портал"]);
        assert!(u.parts[0].gate.openers.is_none());
        assert_eq!(u.first("через портал"), Some(1));
    }

    #[test]
    fn an_anchored_table_answers_in_table_order_from_one_search() {
        // The shorter phrase first: at the start both match, and table order decides.
        let t = table(&[r"(?i)^Описание", r"(?i)^Описание\s+последовательности"]);
        assert_eq!(t.first("Описание последовательности процедур"), Some(1));
        let t = table(&[r"(?i)^Описание\s+последовательности", r"(?i)^Описание"]);
        assert_eq!(t.first("Описание последовательности процедур"), Some(1));
        assert_eq!(t.first("Описание порядка"), Some(2));
        // No phrase was compiled on its own for that.
        assert!(t.regexes.iter().all(|r| r.get().is_none()));
        // Unanchored, an earlier phrase matching further on still wins.
        let u = table(&[r"(?i)портал", r"(?i)через"]);
        assert_eq!(u.first("через портал"), Some(1));
    }

    #[test]
    fn runs_of_anchored_and_unanchored_phrases_answer_as_one_table() {
        let t = table(&[
            r"(?i)портал",
            r"(?i)^через",
            r"(?i)^описание",
            r"(?i)корпорац",
        ]);
        assert_eq!(t.parts.len(), 3);
        assert!(t.parts[1].gate.openers.is_some() && t.parts[0].gate.openers.is_none());
        // Table order: a phrase of an earlier run wins wherever it matches.
        assert_eq!(t.first("через портал"), Some(1));
        assert_eq!(t.first("через корпорацию"), Some(2));
        assert_eq!(t.first("Описание: корпорация"), Some(3));
        assert_eq!(t.first("в корпорацию"), Some(4));
        assert_eq!(t.first("ничего"), None);
        // Leftmost: the match that starts first, whichever run it is in.
        assert_eq!(t.leftmost("через портал"), Some((0..10, 1)));
        assert_eq!(t.leftmost("в корпорацию через портал"), Some((3..19, 3)));
    }

    #[test]
    fn marks_a_match_cannot_do_without_settle_lines_by_a_byte_search() {
        let t = table(&[r"(?i)Справочник\s+бизнес-процессов", r"(?i)рәсімнің\s*\(іс"]);
        let required = t.parts[0].gate.required.as_ref().expect("both need a mark");
        assert_eq!(required.bytes, b"-(");
        assert_eq!(t.first("СПРАВОЧНИК бизнес-процессов"), Some(1));
        assert_eq!(t.first("рәсімнің (іс-қимылдың)"), Some(2));
        assert_eq!(t.first("Справочник бизнес процессов"), None);
        // A mark in one branch of an alternation, or optional, is no requirement.
        let u = table(&[r"(?i)a-b|c", r"(?i)x(-y)?"]);
        assert!(u.parts[0].gate.required.is_none());
        assert_eq!(u.first("c"), Some(1));
        assert!(super::required(&[regex_syntax::parse(r"a(?:b-c)+").ok()]).is_some());
    }
}
