//! Consistency checker: compares the lists a regulation repeats (¶5 steps, ¶8 sequence, channel
//! process lists, results, participants, appendices) and reports where the copies disagree.
//!
//! Each rule lives in its own module and pushes [`Finding`]s; [`check`] runs them all and sorts
//! the result deterministically. Alignment of repeated lists is shared ([`align`]) so every rule
//! that compares two copies sees the same item pairs.

pub mod action_mismatch;
pub mod actor_mismatch;
pub mod align;
pub mod annex_act;
pub mod annex_header;
pub mod annex_match;
pub mod annex_missing;
pub mod annex_title;
pub mod appendices;
pub mod channel_missing;
pub mod duration_implausible;
pub mod duration_mismatch;
pub mod empty_list;
pub mod handoff;
pub mod list_too_long;
pub mod missing_actor;
pub mod missing_duration;
pub mod next_step;
mod normalise;
pub mod numbering;
pub mod participants;
pub mod parties;
pub mod result_mismatch;
pub mod result_recipient;
pub mod service_name;
pub mod similarity;
pub mod step_count;
pub mod total_mismatch;
pub mod unattributed;

use crate::model::{
    Document, Duration, Item, ListKind, Participant, Reglament, StepList, TimeUnit,
};
use serde::Serialize;
pub use similarity::{Prepared, action_core, pair_similarity, stem5};
use std::cmp::Ordering;

/// How serious a finding is; `Error` ranks highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    fn rank(self) -> u8 {
        match self {
            Severity::Error => 2,
            Severity::Warning => 1,
            Severity::Info => 0,
        }
    }

    /// Lowercase name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl PartialOrd for Severity {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Severity {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

/// One inconsistency found in a regulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id (`duration-mismatch`, `numbering`, ...).
    pub rule: &'static str,
    pub severity: Severity,
    pub file: String,
    /// Title of the regulation the finding belongs to.
    pub reglament: String,
    /// Line of the regulation's heading.
    pub reglament_line: u32,
    /// All conflicting places, the primary one first.
    pub lines: Vec<u32>,
    /// One English sentence quoting the conflicting values.
    pub message: String,
    /// The conflicting passages as printed, in the order of `lines`.
    pub quotes: Vec<String>,
    /// Line-independent hash of rule, file name, title and the conflicting values (16 hex chars).
    pub fingerprint: String,
    /// The two items a finding about a pair of copies compares, so diagrams can mark the step
    /// without reading the text again; not part of the report (kept in memory only).
    #[serde(skip)]
    pub pair: Option<ItemPair>,
}

/// Where the two copies of a step stand in their regulation: `(list, item)` indices into
/// `Reglament::lists` and that list's `items`, the first copy first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemPair {
    pub a: (usize, usize),
    pub b: (usize, usize),
}

impl ItemPair {
    /// The positions of two items of `reg`, found by address (they must be items of its lists).
    pub fn locate(reg: &Reglament, x: &Item, y: &Item) -> Option<ItemPair> {
        let at = |it: &Item| {
            reg.lists.iter().enumerate().find_map(|(l, list)| {
                list.items
                    .iter()
                    .position(|i| std::ptr::eq(i, it))
                    .map(|k| (l, k))
            })
        };
        Some(ItemPair {
            a: at(x)?,
            b: at(y)?,
        })
    }
}

/// Runs every rule over every regulation of `doc`; sorted by regulation line, first line, rule.
pub fn check(doc: &Document) -> Vec<Finding> {
    let mut out = Vec::new();
    for reg in &doc.reglaments {
        let ctx = Ctx::new(&doc.file, reg);
        duration_mismatch::run(&ctx, &mut out);
        actor_mismatch::run(&ctx, &mut out);
        step_count::run(&ctx, &mut out);
        action_mismatch::run(&ctx, &mut out);
        numbering::run(&ctx, &mut out);
        missing_actor::run(&ctx, &mut out);
        missing_duration::run(&ctx, &mut out);
        participants::run(&ctx, &mut out);
        result_mismatch::run(&ctx, &mut out);
        channel_missing::run(&ctx, &mut out);
        appendices::run(&ctx, &mut out);
        next_step::run(&ctx, &mut out);
        total_mismatch::run(&ctx, &mut out);
        empty_list::run(&ctx, &mut out);
        duration_implausible::run(&ctx, &mut out);
        list_too_long::run(&ctx, &mut out);
        service_name::run(&ctx, &mut out);
        handoff::run(&ctx, &mut out);
        result_recipient::run(&ctx, &mut out);
    }
    unattributed::run(doc, &mut out);
    annex_match::run(doc, &mut out);
    out.sort_by(|a, b| {
        a.reglament_line
            .cmp(&b.reglament_line)
            .then(a.lines.first().cmp(&b.lines.first()))
            .then(a.rule.cmp(b.rule))
            .then(a.lines.cmp(&b.lines))
            .then(a.message.cmp(&b.message))
    });
    out.dedup_by(|a, b| a.rule == b.rule && a.lines == b.lines && a.message == b.message);
    out
}

/// Per-regulation context shared by the rules: the regulation and its pre-computed list pairs.
pub struct Ctx<'a> {
    pub file: &'a str,
    pub reg: &'a Reglament,
    /// Repeated lists aligned item by item.
    pub pairs: Vec<align::Pairing<'a>>,
    /// Five-letter stems of each participant's words of three letters or more.
    participant_stems: Vec<Vec<String>>,
}

impl<'a> Ctx<'a> {
    /// Builds the context and aligns the repeated lists of `reg`.
    pub fn new(file: &'a str, reg: &'a Reglament) -> Self {
        let participant_stems = reg
            .participants
            .iter()
            .map(|p| {
                normalise(&p.actor)
                    .split(' ')
                    .filter(|w| w.chars().count() >= 3)
                    .map(|w| stem5(w).to_string())
                    .collect()
            })
            .collect();
        Ctx {
            file,
            reg,
            pairs: align::pairings(reg),
            participant_stems,
        }
    }

    /// The participant named in oblique form among the first six words of an item without actor
    /// («прием и регистрация сотрудником канцелярии услугодателя», «ответственной исполнителю
    /// услугодателя выдает»): every word of the participant matches a word there by its first
    /// five letters. The longest such participant wins.
    pub fn oblique_participant(&self, item: &Item) -> Option<&'a Participant> {
        let text = normalised_head(&item.action, 6);
        let head: Vec<&str> = text.split(' ').map(stem5).collect();
        self.reg
            .participants
            .iter()
            .zip(&self.participant_stems)
            .filter(|(_, words)| {
                !words.is_empty() && words.iter().all(|w| head.contains(&w.as_str()))
            })
            .map(|(p, _)| p)
            .max_by_key(|p| p.actor.len())
    }

    /// A finding about one item: its line and its passage.
    pub fn item_finding(
        &self,
        rule: &'static str,
        severity: Severity,
        it: &Item,
        message: String,
        keys: &[String],
    ) -> Finding {
        self.finding(
            rule,
            severity,
            vec![it.line],
            vec![it.action.clone()],
            message,
            keys,
        )
    }

    /// A finding about two items that should agree: both lines and both passages, `x` first.
    pub fn pair_finding(
        &self,
        rule: &'static str,
        severity: Severity,
        (x, y): (&Item, &Item),
        message: String,
        keys: &[String],
    ) -> Finding {
        let mut f = self.finding(
            rule,
            severity,
            vec![x.line, y.line],
            vec![x.action.clone(), y.action.clone()],
            message,
            keys,
        );
        f.pair = ItemPair::locate(self.reg, x, y);
        f
    }

    /// Builds a finding; the fingerprint hashes `keys` (values and item numbers, never lines).
    pub fn finding(
        &self,
        rule: &'static str,
        severity: Severity,
        lines: Vec<u32>,
        quotes: Vec<String>,
        message: String,
        keys: &[String],
    ) -> Finding {
        let place = Place {
            file: self.file,
            reglament: &self.reg.title,
            reglament_line: self.reg.line,
        };
        place.finding(rule, severity, lines, quotes, message, keys)
    }
}

/// Where a finding belongs: a file and the regulation in it (none, for the act's own text).
pub struct Place<'a> {
    pub file: &'a str,
    /// The regulation's title; empty for a finding about the file outside any regulation.
    pub reglament: &'a str,
    /// Line of the regulation's heading; 0 outside any regulation.
    pub reglament_line: u32,
}

impl Place<'_> {
    /// Builds a finding; the fingerprint hashes `keys` (values and item numbers, never lines).
    pub fn finding(
        &self,
        rule: &'static str,
        severity: Severity,
        lines: Vec<u32>,
        quotes: Vec<String>,
        message: String,
        keys: &[String],
    ) -> Finding {
        let base = std::path::Path::new(self.file)
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.file.to_string());
        let mut h = Fnv::new();
        h.write_key(rule);
        h.write_key(&base);
        h.write_key(self.reglament);
        for k in keys {
            h.write_key(&normalise(k));
        }
        Finding {
            rule,
            severity,
            file: self.file.to_string(),
            reglament: self.reglament.to_string(),
            reglament_line: self.reglament_line,
            lines,
            message,
            quotes,
            fingerprint: format!("{:016x}", h.0),
            pair: None,
        }
    }
}

/// 64-bit FNV-1a: tiny, and stable across runs and platforms (unlike `RandomState`).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Hashes `s` followed by a separator byte, so that ("ab", "c") and ("a", "bc") differ.
    fn write_key(&mut self, s: &str) {
        std::hash::Hasher::write(self, s.as_bytes());
        std::hash::Hasher::write(self, &[0xff]);
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) use normalise::Normalised;
use normalise::same_letter;
pub use normalise::{normalise, normalised_head};

/// A duration reduced to what it means: minutes for clock units, (unit, value) for day units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationKey {
    Minutes(u64),
    Days(TimeUnit, u64),
}

impl DurationKey {
    /// The comparable key of a parsed duration.
    pub fn of(d: &Duration) -> Self {
        match d.minutes {
            Some(m) => DurationKey::Minutes(m),
            None => DurationKey::Days(d.unit, d.value),
        }
    }

    /// Short stable spelling used in fingerprints («6 working_day», «30 min»).
    pub fn key(self) -> String {
        match self {
            DurationKey::Minutes(m) => format!("{m} min"),
            DurationKey::Days(u, v) => format!("{v} {u:?}"),
        }
    }
}

/// How to name a list in messages: «¶8» when numbered, else by the opening words of its
/// heading as printed («the list «1 кесте. УО арқылы көрсететін …»»).
pub fn list_name(list: &StepList) -> String {
    match list.paragraph {
        Some(p) => format!("¶{p}"),
        None if !list.heading.trim().is_empty() => {
            format!("the list «{}»", first_words(&list.heading, 6))
        }
        None => format!("the list at line {}", list.line),
    }
}

/// Stable identity of a list for fingerprints (kind, channel, paragraph, scenario; no line).
pub fn list_key(list: &StepList) -> String {
    format!(
        "{}/{}/{}/{}",
        list.kind.slug(),
        list.channel.slug(),
        list.paragraph.map(|p| p.to_string()).unwrap_or_default(),
        list.scenario.as_deref().unwrap_or("")
    )
}

/// How to name an item: «item 4» (the number as read), or «the unnumbered item».
pub fn item_name(item: &Item) -> String {
    match item.number {
        Some(n) => format!("item {n}"),
        None => "the unnumbered item".to_string(),
    }
}

/// Stable identity of an item for fingerprints (its number, or its normalised first words).
pub fn item_key(item: &Item) -> String {
    match item.number {
        Some(n) => n.to_string(),
        None => first_words(&item.action, 6),
    }
}

pub use crate::text::first_words;

/// The line a finding about an item's actor cites: the physical line holding the actor's words.
pub fn actor_line(it: &Item) -> u32 {
    it.actor_line.filter(|&l| l > 0).unwrap_or(it.line)
}

/// The line a finding about an item's duration cites: the physical line holding the duration's
/// words, which in a wrapped item is not the item's first line.
pub fn duration_line(it: &Item) -> u32 {
    it.duration
        .as_ref()
        .map(|d| d.line)
        .filter(|&l| l > 0)
        .unwrap_or(it.line)
}

/// True for lists whose items are procedures (not results, participants or tables).
pub fn is_procedure_list(kind: ListKind) -> bool {
    matches!(
        kind,
        ListKind::Steps | ListKind::Sequence | ListKind::Process
    )
}

/// True for the applicant (услугополучатель / көрсетілетін қызметті алушы / тұтынушы): the
/// applicant's own acts have no regulated duration and are no structural unit.
pub fn is_applicant(actor: &str) -> bool {
    let a = lowered(actor);
    a.contains("услугополучател")
        || a.contains("қызметті алушы")
        || a.contains("тұтынушы")
        || a.contains("заявител")
}

/// `text::lower(s)`, borrowed when every character of `s` is already its own lower case (as in
/// the canonical actors of the lexicon).
pub(crate) fn lowered(s: &str) -> std::borrow::Cow<'_, str> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let n = match b[i] {
            x if x < 0x80 => usize::from(!x.is_ascii_uppercase()),
            _ => same_letter(b, i),
        };
        if n == 0 {
            return std::borrow::Cow::Owned(crate::text::lower(s));
        }
        i += n;
    }
    std::borrow::Cow::Borrowed(s)
}

/// Occurrences of a non-empty `needle` in `hay` as byte ranges, leftmost first and not
/// overlapping (the ones `str::replace` takes). Candidates are the places of the needle's least
/// common kind of byte (digits and punctuation are rare in Cyrillic prose, lead bytes common), so
/// a short needle costs no searcher set-up.
pub(crate) fn occurrences<'h>(
    hay: &'h [u8],
    needle: &'h [u8],
) -> impl Iterator<Item = (usize, usize)> + 'h {
    let rank = |b: u8| match b {
        b' ' => 3,
        b if b.is_ascii_alphabetic() => 1,
        0..=0x7F => 0,
        0xD0 | 0xD1 => 4,
        _ => 2,
    };
    let at = (0..needle.len())
        .min_by_key(|&i| rank(needle[i]))
        .unwrap_or(0);
    let mut end = 0;
    memchr::memchr_iter(needle[at], hay.get(at..).unwrap_or_default()).filter_map(move |from| {
        let to = from + needle.len();
        (from >= end && hay.get(from..to) == Some(needle)).then(|| {
            end = to;
            (from, to)
        })
    })
}

#[cfg(test)]
pub(crate) mod testutil;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_orders_error_highest_and_serialises_lowercase() {
        assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Info);
        assert_eq!(
            serde_json::to_string(&Severity::Warning).unwrap(),
            "\"warning\""
        );
    }

    proptest::proptest! {
        #[test]
        fn lowered_is_lower(s in "[\\u{0400}-\\u{04FF}A-Za-z0-9 .,Σ-]{0,20}|\\PC{0,10}") {
            proptest::prop_assert_eq!(lowered(&s).into_owned(), crate::text::lower(&s));
        }

        #[test]
        fn applicants_and_providers_are_found_as_in_lower_cased_text(
            words in proptest::collection::vec(
                "Услугополучатель|услугополучателя|ҚЫЗМЕТТІ АЛУШЫ|қызметті алушы|тұтынушы|Заявитель|заявител|УСЛУГОДАТЕЛЬ|услугодател|қызметті беруші|Қызметті беруш|УО|уо|ответственный|исполнитель|-",
                0..4,
            )
        ) {
            let s = words.join(" ");
            let a = crate::text::lower(&s);
            let applicant = a.contains("услугополучател")
                || a.contains("қызметті алушы")
                || a.contains("тұтынушы")
                || a.contains("заявител");
            proptest::prop_assert_eq!(is_applicant(&s), applicant);
            let provider = a.contains("услугодател") || a.contains("қызметті беруш") || a.starts_with("уо");
            proptest::prop_assert_eq!(align::is_provider_actor(&s), provider);
        }
    }

    #[test]
    fn fnv_matches_the_published_vector() {
        // FNV-1a-64("a") = 0xaf63dc4c8601ec8c (the reference test vector); `write_key` then folds in
        // its 0xff separator.
        let mut h = Fnv::new();
        h.write_key("a");
        let expect = (0xaf63_dc4c_8601_ec8c_u64 ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
        assert_eq!(h.0, expect);
    }
}
