//! Word-level similarity of two items' actions: the measure the alignment and the action rule
//! share.
//!
//! Items are prepared once per regulation: their action words (without actor words and duration
//! phrase) are split once, every word's five-letter stem is packed into a number and equal words
//! are grouped, so that aligning two lists of n and m items compares ready words n×m times
//! instead of re-normalising text. The ratio is the `similar` crate's word-diff ratio of the two
//! texts (words and the single spaces between them are the tokens). Its Myers diff is minimal, so
//! the tokens it matches are a longest common subsequence, whose length is computed here
//! bit-parallel on the prepared words.

use super::{Normalised, occurrences};
use crate::model::Item;
use std::cmp::Ordering;

/// The action text without its actor words and duration phrase, normalised for similarity: the
/// normalisation of the action with every occurrence of the duration text, then the first
/// occurrence of the actor text, replaced by a space.
pub fn action_core(item: &Item) -> String {
    let mut out = Normalised::new(item.action.len(), usize::MAX);
    push_action_core(item, &mut out);
    out.finish()
}

/// [`action_core`] into `out`, normalising the pieces between the removed phrases instead of
/// building the text without them.
fn push_action_core(item: &Item, out: &mut Normalised) {
    let action = item.action.as_str();
    let duration = item.duration.as_ref().map(|d| d.text.as_str());
    let actor = item.actor_text.as_deref();
    if duration.is_some_and(str::is_empty) || actor.is_some_and(str::is_empty) {
        // An empty phrase "occurs" between every two characters: leave that to `str::replace`.
        let mut text = action.to_string();
        if let Some(d) = duration {
            text = text.replace(d, " ");
        }
        if let Some(a) = actor {
            text = text.replacen(a, " ", 1);
        }
        out.push(&text);
        return;
    }
    let mut cuts = duration
        .map(|d| occurrences(action.as_bytes(), d.as_bytes()))
        .into_iter()
        .flatten()
        .peekable();
    let from = match actor {
        None => 0,
        // The actor opens the action and no duration overlaps it: its first occurrence in the
        // text without durations is at the start.
        Some(a) if action.starts_with(a) && cuts.peek().is_none_or(|&(at, _)| at >= a.len()) => {
            a.len()
        }
        Some(a) => {
            let mut text = String::with_capacity(action.len());
            let mut pos = 0;
            for (at, end) in cuts {
                text.push_str(&action[pos..at]);
                text.push(' ');
                pos = end;
            }
            text.push_str(&action[pos..]);
            match text.find(a) {
                Some(at) => {
                    out.push(&text[..at]);
                    out.gap();
                    out.push(&text[at + a.len()..]);
                }
                None => out.push(&text),
            }
            return;
        }
    };
    let mut pos = from;
    for (at, end) in cuts {
        out.push(&action[pos..at]);
        out.gap();
        pos = end;
    }
    out.push(&action[pos..]);
}

/// The first five letters of a word: enough to tell Russian and Kazakh stems apart while
/// ignoring case endings.
pub fn stem5(w: &str) -> &str {
    match w.char_indices().nth(5) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

/// A stem packed into a number, so equal stems are equal numbers without hashing or allocating:
/// its bytes and their count when they are at most 15, else its characters at 21 bits each with
/// the top bit set.
pub(crate) type StemKey = u128;

/// The [`StemKey`] of `stem5(w)`.
fn stem_key(w: &str) -> StemKey {
    let b = w.as_bytes();
    // Five two-byte letters, the usual Cyrillic stem, need no decoding.
    if b.len() >= 10 && (0..5).all(|k| (0xC2..=0xDF).contains(&b[2 * k])) {
        return pack(&b[..10]);
    }
    let stem = stem5(w).as_bytes();
    if stem.len() <= 15 {
        pack(stem)
    } else {
        let chars = w
            .chars()
            .take(5)
            .fold(0, |key, c| (key << 21) | StemKey::from(u32::from(c)));
        chars | 1 << 127
    }
}

/// Up to 15 bytes and their count as a [`StemKey`].
fn pack(b: &[u8]) -> StemKey {
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    buf[15] = b.len() as u8;
    StemKey::from_le_bytes(buf)
}

/// One distinct word of an action.
#[derive(Debug)]
struct Group {
    hash: u64,
    /// The word, as a byte range of `core`.
    from: u32,
    to: u32,
    stem: StemKey,
    /// How often the word occurs.
    count: u32,
    /// True when the stem is one of the item's own actor stems (the word never counts).
    actor: bool,
}

/// An item's action words (with their stems) and its actor's stems.
#[derive(Debug)]
pub struct Prepared {
    /// The normalised action without actor words and duration (`action_core`).
    pub core: String,
    /// The action's words in order, as indexes into `groups`.
    words: Vec<u32>,
    /// Distinct words, ordered by hash and text.
    groups: Vec<Group>,
    /// Stems of the actor's words of four letters or more.
    stems: Vec<StemKey>,
    /// Words whose stems are not among `stems`.
    own_words: usize,
    /// The groups that are predicates (`align::is_predicate`).
    predicates: Vec<u32>,
}

/// Stems of the words of four letters or more of an actor's printed words.
pub(crate) fn actor_stems(actor: &str) -> Vec<StemKey> {
    let mut text = Normalised::new(actor.len(), usize::MAX);
    text.push(actor);
    text.finish()
        .split(' ')
        .filter(|w| w.chars().count() >= 4)
        .map(stem_key)
        .collect()
}

impl Prepared {
    /// Prepare one item.
    pub fn new(it: &Item) -> Self {
        let stems = it
            .actor_text
            .as_deref()
            .map(actor_stems)
            .unwrap_or_default();
        Prepared::with_stems(it, stems)
    }

    /// Prepare one item whose `actor_stems` are known.
    pub(crate) fn with_stems(it: &Item, stems: Vec<StemKey>) -> Self {
        let mut core = Normalised::with_starts(it.action.len());
        push_action_core(it, &mut core);
        let (core, starts) = core.finish_with_starts();
        let b = core.as_bytes();
        let span = |k: usize| {
            let from = starts[k] as usize;
            let to = starts.get(k + 1).map_or(b.len(), |&next| next as usize - 1);
            (from, to)
        };
        let text = |k: usize| {
            let (from, to) = span(k);
            &b[from..to]
        };
        // Equal words are next to each other in (hash, text) order; texts are compared only
        // where hashes collide.
        let mut order: Vec<(u64, u32)> = (0..starts.len())
            .map(|k| (crate::text::word_hash(text(k)), k as u32))
            .collect();
        order.sort_unstable();
        let mut run = 0;
        while run < order.len() {
            let end = run + order[run..].partition_point(|o| o.0 == order[run].0);
            let first = text(order[run].1 as usize);
            if order[run + 1..end]
                .iter()
                .any(|o| text(o.1 as usize) != first)
            {
                order[run..end].sort_unstable_by(|p, q| text(p.1 as usize).cmp(text(q.1 as usize)));
            }
            run = end;
        }
        let mut words = vec![0; starts.len()];
        let mut groups: Vec<Group> = Vec::with_capacity(order.len());
        for &(hash, k) in &order {
            let (from, to) = span(k as usize);
            match groups.last_mut() {
                Some(g) if g.hash == hash && b[g.from as usize..g.to as usize] == b[from..to] => {
                    g.count += 1;
                }
                _ => {
                    let stem = stem_key(&core[from..to]);
                    groups.push(Group {
                        hash,
                        from: from as u32,
                        to: to as u32,
                        stem,
                        count: 1,
                        actor: stems.contains(&stem),
                    });
                }
            }
            words[k as usize] = groups.len() as u32 - 1;
        }
        let own_words = groups
            .iter()
            .filter(|g| !g.actor)
            .map(|g| g.count as usize)
            .sum();
        let predicates = (0..groups.len() as u32)
            .filter(|&g| {
                let g = &groups[g as usize];
                super::align::is_predicate(&core[g.from as usize..g.to as usize])
            })
            .collect();
        Prepared {
            core,
            words,
            groups,
            stems,
            own_words,
            predicates,
        }
    }

    /// True when both items state predicates and share none (`align::disjoint_verbs`).
    pub(crate) fn shares_no_predicate(&self, other: &Prepared) -> bool {
        !self.predicates.is_empty()
            && !other.predicates.is_empty()
            && self.predicates.iter().all(|&g| {
                let g = &self.groups[g as usize];
                other.predicates.iter().all(|&h| {
                    self.cmp_group(g, other, &other.groups[h as usize]) != Ordering::Equal
                })
            })
    }

    fn text(&self, g: &Group) -> &[u8] {
        &self.core.as_bytes()[g.from as usize..g.to as usize]
    }

    /// Orders a group of `self` against a group of `other` as both are sorted.
    fn cmp_group(&self, g: &Group, other: &Prepared, h: &Group) -> Ordering {
        g.hash
            .cmp(&h.hash)
            .then_with(|| self.text(g).cmp(other.text(h)))
    }
}

/// Similarity of two items' actions without their actor words and durations. Words sharing a
/// five-letter stem with either item's actor are dropped from both sides, so an actor printed in
/// the wrong case («ответственной исполнителю», not recognised as the actor) does not count as a
/// difference in what is done.
pub fn pair_similarity(x: &Item, y: &Item) -> f32 {
    prepared_similarity(&Prepared::new(x), &Prepared::new(y))
}

/// [`pair_similarity`] of prepared items.
pub fn prepared_similarity(x: &Prepared, y: &Prepared) -> f32 {
    similarity_at_least(x, y, f32::NEG_INFINITY).unwrap_or(0.0)
}

/// [`prepared_similarity`] when it can reach `min`; `None` when counting shared words already
/// shows it cannot, which spares the diff for most pairs of an n×m alignment.
pub fn similarity_at_least(x: &Prepared, y: &Prepared, min: f32) -> Option<f32> {
    Scratch::default().similarity_at_least(x, y, min)
}

/// Group marks in [`Scratch`]: a word dropped as an actor word, a kept word the other side lacks;
/// other values number the words both sides share.
const DROPPED: u32 = u32::MAX;
const UNSHARED: u32 = u32::MAX - 1;

/// Buffers reused across the pairs of an alignment.
#[derive(Default)]
pub(crate) struct Scratch {
    /// Per group of x and of y: `DROPPED`, `UNSHARED` or the shared word's number.
    marks_x: Vec<u32>,
    marks_y: Vec<u32>,
    /// Per shared word, the bits of its token positions in y.
    masks: Vec<u64>,
    spaces: Vec<u64>,
    row: Vec<u64>,
}

impl Scratch {
    /// [`similarity_at_least`] with these buffers.
    pub(crate) fn similarity_at_least(
        &mut self,
        x: &Prepared,
        y: &Prepared,
        min: f32,
    ) -> Option<f32> {
        // A word is kept when its stem is neither side's actor stem. A side whose actor stems
        // include the other's needs no test beyond its own.
        let filter_x = !y.stems.iter().all(|s| x.stems.contains(s));
        let filter_y = !x.stems.iter().all(|s| y.stems.contains(s));
        let (kx, ky) = (
            mark(&mut self.marks_x, x, filter_x.then_some(&y.stems[..])),
            mark(&mut self.marks_y, y, filter_y.then_some(&x.stems[..])),
        );
        let (la, lb) = (token_count(kx), token_count(ky));
        // Lengths alone bound the ratio (the shorter text can match at most all of itself): most
        // pairs of an alignment stop here.
        if ratio(la.min(lb), la, lb) < min {
            return None;
        }
        // Matched tokens are at most the shared words plus the spaces of the shorter side.
        let (mut i, mut j, mut shared, mut distinct) = (0, 0, 0, 0u32);
        while i < x.groups.len() && j < y.groups.len() {
            if self.marks_x[i] == DROPPED {
                i += 1;
                continue;
            }
            if self.marks_y[j] == DROPPED {
                j += 1;
                continue;
            }
            let (g, h) = (&x.groups[i], &y.groups[j]);
            match x.cmp_group(g, y, h) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    shared += g.count.min(h.count) as usize;
                    self.marks_x[i] = distinct;
                    self.marks_y[j] = distinct;
                    distinct += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let bound = shared + kx.min(ky).saturating_sub(1);
        if ratio(bound, la, lb) < min {
            return None;
        }
        Some(ratio(self.lcs(x, y, lb, distinct as usize), la, lb))
    }

    /// Length of the longest common subsequence of the token sequences of x and y (`m` tokens)
    /// as marked, by the bit-parallel algorithm of Crochemore et al. (one bit per token of y).
    fn lcs(&mut self, x: &Prepared, y: &Prepared, m: usize, distinct: usize) -> usize {
        if m == 0 {
            return 0;
        }
        let k = m.div_ceil(64);
        self.masks.clear();
        self.masks.resize(distinct * k, 0);
        self.spaces.clear();
        self.spaces.resize(k, 0);
        let mut pos = 0;
        for &g in &y.words {
            match self.marks_y[g as usize] {
                DROPPED => continue,
                UNSHARED => {}
                d => self.masks[d as usize * k + pos / 64] |= 1 << (pos % 64),
            }
            if pos + 1 < m {
                self.spaces[(pos + 1) / 64] |= 1 << ((pos + 1) % 64);
            }
            pos += 2;
        }
        self.row.clear();
        self.row.resize(k, !0);
        let mut first = true;
        for &g in &x.words {
            let mark = self.marks_x[g as usize];
            if mark == DROPPED {
                continue;
            }
            if !first {
                step(&mut self.row, &self.spaces);
            }
            first = false;
            if mark != UNSHARED {
                let d = mark as usize;
                step(&mut self.row, &self.masks[d * k..(d + 1) * k]);
            }
        }
        let mut zeros = 0;
        for (t, v) in self.row.iter().enumerate() {
            let bits = (m - 64 * t).min(64);
            let low = if bits == 64 { !0 } else { (1u64 << bits) - 1 };
            zeros += (!v & low).count_ones() as usize;
        }
        zeros
    }
}

/// Marks the groups of `p` kept or `DROPPED` (by `p`'s actor stems and `other`'s when given);
/// returns how many words are kept.
fn mark(marks: &mut Vec<u32>, p: &Prepared, other: Option<&[StemKey]>) -> usize {
    marks.clear();
    match other {
        None => {
            marks.extend(
                p.groups
                    .iter()
                    .map(|g| if g.actor { DROPPED } else { UNSHARED }),
            );
            p.own_words
        }
        Some(stems) => {
            let mut kept = 0;
            marks.extend(p.groups.iter().map(|g| {
                if g.actor || stems.contains(&g.stem) {
                    DROPPED
                } else {
                    kept += g.count as usize;
                    UNSHARED
                }
            }));
            kept
        }
    }
}

/// One row of the bit-parallel LCS: `v' = (v + (v & m)) | (v & !m)`, the addition carrying
/// across words.
fn step(v: &mut [u64], m: &[u64]) {
    let mut carry = false;
    for (v, &m) in v.iter_mut().zip(m) {
        let u = *v & m;
        let (s, c1) = v.overflowing_add(u);
        let (s, c2) = s.overflowing_add(u64::from(carry));
        carry = c1 || c2;
        *v = s | (*v & !m);
    }
}

fn token_count(words: usize) -> usize {
    (2 * words).saturating_sub(1)
}

/// The ratio `similar` reports for `matches` equal tokens out of `la + lb`.
fn ratio(matches: usize, la: usize, lb: usize) -> f32 {
    if la + lb == 0 {
        1.0
    } else {
        2.0 * matches as f32 / (la + lb) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::normalise;
    use crate::check::testutil::{dur, item};
    use crate::model::TimeUnit;

    fn text_ratio(a: &str, b: &str) -> f32 {
        similar::TextDiff::configure()
            .algorithm(similar::Algorithm::Myers)
            .diff_words(a, b)
            .ratio()
    }

    /// The definition `action_core` keeps to.
    fn reference_core(item: &Item) -> String {
        let mut text = item.action.clone();
        if let Some(d) = &item.duration {
            text = text.replace(&d.text, " ");
        }
        if let Some(a) = &item.actor_text {
            text = text.replacen(a.as_str(), " ", 1);
        }
        normalise(&text)
    }

    /// The definition the prepared similarity keeps to: `similar`'s word diff of the kept words.
    fn reference_similarity(x: &Item, y: &Item) -> f32 {
        let stems = |it: &Item| -> Vec<String> {
            it.actor_text
                .as_deref()
                .map(normalise)
                .unwrap_or_default()
                .split(' ')
                .filter(|w| w.chars().count() >= 4)
                .map(|w| stem5(w).to_string())
                .collect()
        };
        let (sx, sy) = (stems(x), stems(y));
        let kept = |it: &Item| -> Vec<String> {
            reference_core(it)
                .split(' ')
                .filter(|w| !w.is_empty())
                .filter(|w| {
                    let s = stem5(w).to_string();
                    !sx.contains(&s) && !sy.contains(&s)
                })
                .map(str::to_string)
                .collect()
        };
        let tokens = |words: Vec<String>| -> Vec<String> {
            let mut out = Vec::new();
            for (i, w) in words.into_iter().enumerate() {
                if i > 0 {
                    out.push(" ".to_string());
                }
                out.push(w);
            }
            out
        };
        let (a, b) = (tokens(kept(x)), tokens(kept(y)));
        let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
        similar::get_diff_ratio(&ops, a.len(), b.len())
    }

    #[test]
    fn interned_ratio_equals_the_word_diff_of_the_texts() {
        let texts = [
            "принимает документы и осуществляет их регистрацию",
            "принимает документы осуществляет регистрацию и выдает расписку",
            "рассматривает документы и направляет руководителю",
            "құжаттарды қабылдайды және тіркейді",
            "құжаттарды тіркейді",
            "",
            "и и и документы документы",
        ];
        for a in texts {
            for b in texts {
                let (x, y) = (item(1, 1, None, a, None), item(2, 2, None, b, None));
                let (px, py) = (Prepared::new(&x), Prepared::new(&y));
                assert_eq!(prepared_similarity(&px, &py), text_ratio(a, b), "{a} / {b}");
            }
        }
    }

    #[test]
    fn bound_only_refuses_pairs_that_cannot_reach_the_minimum() {
        let a = "принимает документы и осуществляет их регистрацию";
        let b = "подписывает постановление акимата";
        let (x, y) = (item(1, 1, None, a, None), item(2, 2, None, b, None));
        let (px, py) = (Prepared::new(&x), Prepared::new(&y));
        let s = prepared_similarity(&px, &py);
        assert!(s < 0.6);
        assert_eq!(similarity_at_least(&px, &py, 0.6), None);
        assert_eq!(similarity_at_least(&px, &px, 0.6), Some(1.0));
        assert_eq!(similarity_at_least(&px, &py, 0.0), Some(s));
    }

    #[test]
    fn actor_stems_drop_from_both_sides() {
        let mut x = item(1, 1, Some("ответственный исполнитель"), "", None);
        x.actor_text = Some("ответственный исполнитель".into());
        x.action = "ответственный исполнитель рассматривает документы".into();
        let y = item(
            2,
            2,
            None,
            "ответственному исполнителю рассматривает документы",
            None,
        );
        assert_eq!(pair_similarity(&x, &y), 1.0);
    }

    #[test]
    fn long_texts_carry_across_words_of_the_bit_rows() {
        // More than 64 tokens on each side, with repeats, so the rows span several words.
        let words = [
            "приём",
            "документов",
            "и",
            "выдача",
            "расписки",
            "услугодателем",
        ];
        let a: Vec<&str> = (0..90).map(|i| words[(i * 7 + i / 5) % 6]).collect();
        let b: Vec<&str> = (0..80).map(|i| words[(i * 5 + i / 3) % 6]).collect();
        let (a, b) = (a.join(" "), b.join(" "));
        let (x, y) = (item(1, 1, None, &a, None), item(2, 2, None, &b, None));
        let (px, py) = (Prepared::new(&x), Prepared::new(&y));
        assert_eq!(prepared_similarity(&px, &py), text_ratio(&a, &b));
        assert_eq!(prepared_similarity(&py, &px), text_ratio(&b, &a));
    }

    /// An item whose action, actor text and duration text are drawn from a few words, so actors
    /// and durations recur, overlap, open the action or are missing.
    fn arbitrary_item(
        words: Vec<usize>,
        actor: Option<(usize, usize)>,
        duration: Option<(usize, usize)>,
    ) -> Item {
        const WORDS: [&str; 8] = [
            "Руководитель",
            "услугодателя",
            "подписывает",
            "документы",
            "в течение",
            "1 дня",
            "и",
            "–",
        ];
        let action: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
        let action = action.join(" ");
        let phrase = |(from, len): (usize, usize)| -> String {
            let b = action.as_bytes();
            let from = (from % (b.len() + 1)).min(b.len());
            let mut to = (from + len).min(b.len());
            let mut from = from;
            while !action.is_char_boundary(from) {
                from -= 1;
            }
            while !action.is_char_boundary(to) {
                to += 1;
            }
            action[from..to].to_string()
        };
        let mut it = item(1, 1, None, &action, None);
        it.actor_text = actor.map(phrase);
        it.actor = it.actor_text.clone();
        it.duration = duration.map(|p| dur(&phrase(p), 1, TimeUnit::Day));
        it
    }

    fn arbitrary() -> impl proptest::strategy::Strategy<Value = Item> {
        use proptest::prelude::*;
        (
            proptest::collection::vec(0usize..8, 0..40),
            proptest::option::of((0usize..200, 0usize..40)),
            proptest::option::of((0usize..200, 0usize..30)),
        )
            .prop_map(|(w, a, d)| arbitrary_item(w, a, d))
    }

    proptest::proptest! {
        #[test]
        fn equal_stem_keys_are_equal_stems(a in "[аб]{0,7}|\\PC{0,7}", b in "[аб]{0,7}|\\PC{0,7}") {
            proptest::prop_assert_eq!(stem_key(&a) == stem_key(&b), stem5(&a) == stem5(&b));
            proptest::prop_assert_eq!(stem_key(&a) == stem_key(&format!("{a}б")), stem5(&a) == stem5(&format!("{a}б")));
        }

        #[test]
        fn occurrences_are_the_matches_replace_takes(hay in "[аб1 (]{0,24}", needle in "[аб1 (]{1,4}") {
            let found: Vec<(usize, usize)> = occurrences(hay.as_bytes(), needle.as_bytes()).collect();
            let expect: Vec<(usize, usize)> = hay
                .match_indices(needle.as_str())
                .map(|(at, m)| (at, at + m.len()))
                .collect();
            proptest::prop_assert_eq!(found, expect);
        }

        #[test]
        fn action_core_agrees_with_its_definition(it in arbitrary()) {
            proptest::prop_assert_eq!(action_core(&it), reference_core(&it));
        }

        #[test]
        fn prepared_similarity_agrees_with_the_word_diff(x in arbitrary(), y in arbitrary()) {
            let (px, py) = (Prepared::new(&x), Prepared::new(&y));
            let s = prepared_similarity(&px, &py);
            proptest::prop_assert_eq!(s, reference_similarity(&x, &y));
            for min in [0.5f32, 0.6, 0.8] {
                let bounded = similarity_at_least(&px, &py, min);
                proptest::prop_assert!(bounded.is_none_or(|b| b == s));
                proptest::prop_assert!(bounded.is_some() || s < min);
            }
        }
    }
}
