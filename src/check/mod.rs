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

/// Lower-cases and keeps only letters and digits separated by single spaces, so dash variants,
/// quotes, bullets and wrapped lines compare equal.
pub fn normalise(s: &str) -> String {
    normalised_head(s, usize::MAX)
}

/// The first `words` words of [`normalise`]`(s)`, without normalising the rest of `s`.
pub fn normalised_head(s: &str, words: usize) -> String {
    let mut out = Normalised::new(s.len().min(words.saturating_mul(24)), words);
    out.push(s);
    out.finish()
}

/// [`normalised_head`] of a text given in pieces: pushing pieces one after another (and
/// [`Normalised::gap`] for a space between them) gives the normalisation of their concatenation
/// without building it.
pub(crate) struct Normalised {
    out: String,
    /// True after a separator (or at the start): the next letter starts a word.
    space: bool,
    count: usize,
    words: usize,
    /// Set when the word limit is reached: the rest is ignored.
    full: bool,
    /// Byte offsets of the words in `out`, when asked for.
    starts: Option<Vec<u32>>,
}

impl Normalised {
    /// An empty text keeping at most `words` words.
    pub(crate) fn new(capacity: usize, words: usize) -> Self {
        Normalised {
            out: String::with_capacity(capacity),
            space: true,
            count: 0,
            words,
            full: false,
            starts: None,
        }
    }

    /// An empty text of any length that notes where each word starts.
    pub(crate) fn with_starts(capacity: usize) -> Self {
        let mut out = Normalised::new(capacity, usize::MAX);
        out.starts = Some(Vec::with_capacity(capacity / 8 + 1));
        out
    }

    /// Counts a new word starting at byte `at` of the output; false when the limit is reached
    /// and the rest is to be ignored.
    fn start_word(&mut self, at: usize) -> bool {
        if self.count == self.words {
            self.full = true;
            return false;
        }
        self.count += 1;
        if let Some(starts) = &mut self.starts {
            starts.push(at as u32);
        }
        true
    }

    /// What pushing a non-alphanumeric character such as " " does.
    pub(crate) fn gap(&mut self) {
        if !self.space && !self.full {
            self.out.push(' ');
            self.space = true;
        }
    }

    /// Appends the normalisation of `s`.
    pub(crate) fn push(&mut self, s: &str) {
        if self.full {
            return;
        }
        let b = s.as_bytes();
        // Lower-case letters, digits and the single spaces between words are their own
        // normalisation: `s[copy..i]` is such a stretch, appended in one go when something
        // else comes.
        let mut copy = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == b' ' && !self.space {
                self.space = true;
                i += 1;
                continue;
            }
            if same_letter(b, i) > 0 {
                if self.space {
                    if !self.start_word(self.out.len() + i - copy) {
                        break;
                    }
                    self.space = false;
                }
                i = letters_end(b, i);
                continue;
            }
            self.out.push_str(&s[copy..i]);
            // Russian and Kazakh text is almost all ASCII and Cyrillic (U+0400..U+04FF, two
            // bytes led by D0..D3): lower-case those by arithmetic and leave the Unicode tables
            // to the rest.
            let (c, len) = match b[i] {
                x if x < 0x80 => (char::from(x.to_ascii_lowercase()), 1),
                x @ (0xD0 | 0xD1) if i + 1 < b.len() && (x == 0xD0 || b[i + 1] < 0xA0) => {
                    let cp = ((u32::from(x) & 0x1F) << 6) | (u32::from(b[i + 1]) & 0x3F);
                    let lower = match cp {
                        0x401 | 0x451 => 0x435, // Ё, ё → е
                        0x400..=0x40F => cp + 0x50,
                        0x410..=0x42F => cp + 0x20,
                        _ => cp,
                    };
                    (char::from_u32(lower).unwrap_or(' '), 2)
                }
                // U+048A..U+04BF and U+04D0..U+04FF (Ғ, Қ, Ң, Ү, Ұ, Һ, Ә, Ө …): capital at the
                // even code point, small at the odd one.
                x @ (0xD2 | 0xD3)
                    if b.get(i + 1)
                        .is_some_and(|&c| c >= if x == 0xD2 { 0x8A } else { 0x90 }) =>
                {
                    let cp = ((u32::from(x) & 0x1F) << 6) | (u32::from(b[i + 1]) & 0x3F);
                    (char::from_u32(cp | 1).unwrap_or(' '), 2)
                }
                _ => {
                    let c = s[i..].chars().next().unwrap_or(' ');
                    (c.to_lowercase().next().unwrap_or(c), c.len_utf8())
                }
            };
            i += len;
            copy = i;
            let alnum = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                matches!(c, '\u{0400}'..='\u{045F}' | '\u{048A}'..='\u{04BF}' | '\u{04D0}'..='\u{04FF}')
                    || c.is_alphanumeric()
            };
            if alnum {
                if self.space {
                    if !self.start_word(self.out.len()) {
                        return;
                    }
                    self.space = false;
                }
                self.out.push(c);
            } else {
                self.gap();
            }
        }
        self.out.push_str(&s[copy..i]);
    }

    /// The normalised text, without a trailing space.
    pub(crate) fn finish(self) -> String {
        self.finish_with_starts().0
    }

    /// The normalised text and the byte offsets of its words (empty unless asked for).
    pub(crate) fn finish_with_starts(mut self) -> (String, Vec<u32>) {
        if self.out.ends_with(' ') {
            self.out.pop();
        }
        (self.out, self.starts.unwrap_or_default())
    }
}

/// The length of the letter or digit at `b[i]` if it is its own normalisation (a-z, 0-9, small
/// Cyrillic letters but ё), else 0.
#[inline(always)]
fn same_letter(b: &[u8], i: usize) -> usize {
    let x = b[i];
    if x < 0x80 {
        return usize::from(x.is_ascii_lowercase() || x.is_ascii_digit());
    }
    let Some(&y) = b.get(i + 1) else { return 0 };
    let same = match x {
        // а..п; р..я; ѐ, ђ..џ (ё becomes е).
        0xD0 => y >= 0xB0,
        0xD1 => y != 0x91 && y <= 0x9F,
        // The small letters of U+048A..U+04BF and U+04D0..U+04FF, at odd code points.
        0xD2 => y >= 0x8B && y & 1 == 1,
        0xD3 => y >= 0x91 && y & 1 == 1,
        _ => false,
    };
    2 * usize::from(same)
}

/// The end of the run of [`same_letter`]s starting at `b[i]`.
fn letters_end(b: &[u8], mut i: usize) -> usize {
    loop {
        if let Some(chunk) = b.get(i..i + 8) {
            let bad = not_lower_cyrillic(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
            if bad == 0 {
                i += 8;
                continue;
            }
            i += 2 * (bad.trailing_zeros() / 16) as usize;
        }
        match b.get(i) {
            None | Some(b' ') => return i,
            Some(_) => match same_letter(b, i) {
                0 => return i,
                n => i += n,
            },
        }
    }
}

/// Eight bytes read as four two-byte letters: non-zero in (at least) the 16-bit lanes that are
/// not а..п (D0 B0..BF) or р..я (D1 80..8F), so a run of such letters is checked four at a time.
fn not_lower_cyrillic(w: u64) -> u64 {
    // Masked lanes are B0D0 for а..п and 80D1 for р..я; xor-ed with B0D0 they are 0 or 3001,
    // and 3001 exactly when the lead byte is D1.
    let x = (w & 0xF0FF_F0FF_F0FF_F0FF) ^ 0xB0D0_B0D0_B0D0_B0D0;
    x ^ (x & 0x0001_0001_0001_0001).wrapping_mul(0x3001)
}

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
pub(crate) mod testutil {
    //! Builders for crafted model values in unit tests.
    use crate::model::*;

    /// A regulation with no lists; tests push what they need.
    pub fn reg() -> Reglament {
        Reglament {
            title: "Назначение государственной адресной социальной помощи".into(),
            heading: "Регламент государственной услуги".into(),
            language: Language::Ru,
            line: 68,
            electronic: false,
            channels: vec![],
            participants: vec![],
            appendices: vec![],
            lists: vec![],
            appendix_refs: vec![],
            end_line: 260,
            annex: None,
            service: None,
        }
    }

    /// A day or minute duration as the parser would give it.
    pub fn dur(text: &str, value: u64, unit: TimeUnit) -> Duration {
        let minutes = match unit {
            TimeUnit::Minute => Some(value),
            TimeUnit::Hour => Some(value * 60),
            _ => None,
        };
        Duration {
            text: text.into(),
            value,
            unit,
            minutes,
            word_value: Some(value),
            conflict: false,
            at_most: false,
            line: 0,
            parts: Vec::new(),
            same_day: false,
            deadline: false,
        }
    }

    /// A numbered step item.
    pub fn item(n: u32, line: u32, actor: Option<&str>, action: &str, d: Option<Duration>) -> Item {
        Item {
            label: format!("{n})"),
            number: Some(n),
            misprint: false,
            line,
            kind: ItemKind::Step,
            process_number: None,
            actor: actor.map(str::to_string),
            actor_text: actor.map(str::to_string),
            action: action.into(),
            duration: d,
            result: None,
            decision: None,
            next: vec![],
            actor_kind: None,
            actor_line: None,
            alternatives: Vec::new(),
            recipient: None,
            object: None,
        }
    }

    /// A list of the given kind and channel.
    pub fn list(
        kind: ListKind,
        channel: Channel,
        paragraph: u32,
        line: u32,
        items: Vec<Item>,
    ) -> StepList {
        StepList {
            kind,
            channel,
            paragraph: Some(paragraph),
            line,
            heading: String::new(),
            scenario: None,
            items,
            twins: Vec::new(),
        }
    }

    /// The R1 provider steps of reglaments/000 (¶5), with the given duration for item 4.
    pub fn r1_steps(kind: ListKind, para: u32, base: u32, d4: Duration) -> StepList {
        let ex = "ответственный исполнитель услугодателя";
        let items = vec![
            item(
                1,
                base,
                Some(ex),
                "ответственный исполнитель услугодателя принимает документы, выдает талон - не более 30 (тридцати) минут;",
                Some(dur("не более 30 (тридцати) минут", 30, TimeUnit::Minute)),
            ),
            item(
                2,
                base + 2,
                Some(ex),
                "ответственный исполнитель услугодателя направляет документы в участковую комиссию для обследования - в течении 2-х (двух) дней;",
                Some(dur("в течении 2-х (двух) дней", 2, TimeUnit::Day)),
            ),
            item(
                3,
                base + 4,
                Some("участковая комиссия"),
                "участковая комиссия обследует и направляет заключение ответственному исполнителю услугодателя - в течении 2-х (двух) дней;",
                Some(dur("в течении 2-х (двух) дней", 2, TimeUnit::Day)),
            ),
            item(
                4,
                base + 6,
                Some(ex),
                &format!(
                    "ответственный исполнитель услугодателя готовит уведомление о назначении и направляет на подпись руководителю услугодателя {};",
                    d4.text
                ),
                Some(d4),
            ),
            item(
                5,
                base + 8,
                Some("руководитель услугодателя"),
                "руководитель услугодателя подписывает уведомление о назначении и направляет ответственному исполнителю услугодателя в течение 1 (одного) рабочего дня;",
                Some(dur(
                    "в течение 1 (одного) рабочего дня",
                    1,
                    TimeUnit::WorkingDay,
                )),
            ),
            item(
                6,
                base + 10,
                Some(ex),
                "ответственный исполнитель услугодателя выдает услугополучателю уведомление о назначении – не более 15 (пятнадцати) минут.",
                Some(dur("не более 15 (пятнадцати) минут", 15, TimeUnit::Minute)),
            ),
        ];
        list(kind, Channel::Provider, para, base - 2, items)
    }

    /// One working day, as printed in ¶5 item 4.
    pub fn one_day() -> Duration {
        dur("в течение 1 (одного) рабочего дня", 1, TimeUnit::WorkingDay)
    }

    /// A document holding one regulation, its list twins linked as the parser links them.
    pub fn doc(mut reg: Reglament) -> Document {
        crate::parse::twins::link(&mut reg);
        Document {
            file: "reglaments/000_6f385fbdd640c006.txt".into(),
            encoding: "utf-8".into(),
            reglaments: vec![reg],
            decree: Default::default(),
            unattributed: Vec::new(),
        }
    }
}

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

    #[test]
    fn normalise_ignores_dashes_wraps_and_case() {
        assert_eq!(
            normalise("Выдает  услугополучателю –\nуведомление"),
            normalise("выдает услугополучателю - уведомление")
        );
    }

    /// The character-by-character definition `normalise` must keep to.
    fn reference_normalise(s: &str) -> String {
        let mut out = String::new();
        let mut space = true;
        for c in s.chars() {
            let c = match c {
                'Ё' | 'ё' => 'е',
                c => c.to_lowercase().next().unwrap_or(c),
            };
            if c.is_alphanumeric() {
                out.push(c);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        out.trim_end().to_string()
    }

    #[test]
    fn cyrillic_arithmetic_agrees_with_the_unicode_tables() {
        for cp in 0x400..=0x4FF {
            let c = char::from_u32(cp).unwrap();
            let s = c.to_string();
            assert_eq!(normalise(&s), reference_normalise(&s), "U+{cp:04X}");
            let b = s.as_bytes();
            if same_letter(b, 0) > 0 {
                assert!(
                    c.is_alphanumeric() && c.to_lowercase().eq([c]),
                    "U+{cp:04X}"
                );
            }
            if matches!(cp, 0x48A..=0x4BF | 0x4D0..=0x4FF) {
                assert!(c.is_alphanumeric(), "U+{cp:04X}");
                assert!(
                    c.to_lowercase().eq([char::from_u32(cp | 1).unwrap()]),
                    "U+{cp:04X}"
                );
            }
        }
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

        #[test]
        fn a_head_is_the_first_words_of_the_whole(s in "[а-яА-ЯёЁa-zA-Z0-9 ,.«»-]{0,60}", n in 0usize..8) {
            let whole = normalise(&s);
            let first: Vec<&str> = whole.split(' ').filter(|w| !w.is_empty()).take(n).collect();
            proptest::prop_assert_eq!(normalised_head(&s, n), first.join(" "));
        }

        #[test]
        fn normalise_agrees_with_its_definition(s in "[\\u{0400}-\\u{04FF}A-Za-z0-9 .,«»–-]{0,60}|\\PC{0,30}|([а-я]{0,12}[ ,a-zA-ZЁё0-9\\u{0460}-\\u{04FF}]?){0,8}") {
            proptest::prop_assert_eq!(normalise(&s), reference_normalise(&s));
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
