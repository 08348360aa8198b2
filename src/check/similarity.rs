//! Word-level similarity of two items' actions: the measure the alignment and the action rule
//! share.
//!
//! Items are prepared once per regulation: their action words (without actor words and duration
//! phrase) are split once and every word's five-letter stem is packed into a number, so that
//! aligning two lists of n and m items compares ready words n×m times instead of re-normalising
//! text. The ratio is the `similar` crate's word-diff ratio of the two texts (words and the
//! single spaces between them are the tokens), computed on the prepared tokens.

use super::normalise;
use crate::model::Item;

/// The token standing for the space between two words.
const SPACE: &str = " ";

/// The action text without its actor words and duration phrase, normalised for similarity.
pub fn action_core(item: &Item) -> String {
    let mut text = item.action.clone();
    if let Some(d) = &item.duration {
        text = text.replace(&d.text, " ");
    }
    if let Some(a) = &item.actor_text {
        text = text.replacen(a.as_str(), " ", 1);
    }
    normalise(&text)
}

/// The first five letters of a word: enough to tell Russian and Kazakh stems apart while
/// ignoring case endings.
pub fn stem5(w: &str) -> &str {
    match w.char_indices().nth(5) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

/// A stem packed into a number: up to five characters of 21 bits each, so equal stems are equal
/// numbers without hashing or allocating.
type StemKey = u128;

fn stem_key(w: &str) -> StemKey {
    stem5(w)
        .chars()
        .fold(0, |key, c| (key << 21) | StemKey::from(u32::from(c)))
}

/// An item's action words (with their stems) and its actor's stems.
#[derive(Debug)]
pub struct Prepared {
    /// The normalised action without actor words and duration (`action_core`).
    pub core: String,
    /// Action words as byte ranges of `core`, with their stems.
    words: Vec<(usize, usize, StemKey)>,
    /// Stems of the actor's words of four letters or more.
    stems: Vec<StemKey>,
}

impl Prepared {
    /// Prepare one item.
    pub fn new(it: &Item) -> Self {
        let mut stems = Vec::new();
        if let Some(a) = &it.actor_text {
            for w in normalise(a).split(' ') {
                if w.chars().count() >= 4 {
                    stems.push(stem_key(w));
                }
            }
        }
        let core = action_core(it);
        let mut words = Vec::new();
        let mut start = 0;
        for w in core.split(' ') {
            if !w.is_empty() {
                words.push((start, start + w.len(), stem_key(w)));
            }
            start += w.len() + 1;
        }
        Prepared { core, words, stems }
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
    // Lengths alone bound the ratio (the shorter text can match at most all of itself), and
    // counting kept words needs no allocation: most pairs of an alignment stop here.
    let count = |p: &Prepared| {
        p.words
            .iter()
            .filter(|(_, _, s)| !x.stems.contains(s) && !y.stems.contains(s))
            .count()
    };
    let (la, lb) = (token_count(count(x)), token_count(count(y)));
    if ratio(la.min(lb), la, lb) < min {
        return None;
    }
    let (a, b) = (kept(x, x, y), kept(y, x, y));
    // Matched tokens are at most the shared words plus the spaces of the shorter side.
    let bound = shared(&a, &b) + a.len().min(b.len()).saturating_sub(1);
    if ratio(bound, la, lb) < min {
        return None;
    }
    let (ta, tb) = (tokens(&a), tokens(&b));
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &ta, &tb);
    Some(similar::get_diff_ratio(&ops, ta.len(), tb.len()))
}

/// The words of `p` whose stems are not among the actor stems of `x` or `y`.
fn kept<'p>(p: &'p Prepared, x: &Prepared, y: &Prepared) -> Vec<&'p str> {
    p.words
        .iter()
        .filter(|(_, _, s)| !x.stems.contains(s) && !y.stems.contains(s))
        .map(|&(from, to, _)| &p.core[from..to])
        .collect()
}

fn token_count(words: usize) -> usize {
    (2 * words).saturating_sub(1)
}

fn tokens<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(token_count(words.len()));
    for (i, &w) in words.iter().enumerate() {
        if i > 0 {
            out.push(SPACE);
        }
        out.push(w);
    }
    out
}

/// Size of the multiset intersection of two word lists.
fn shared(a: &[&str], b: &[&str]) -> usize {
    let (mut a, mut b) = (a.to_vec(), b.to_vec());
    a.sort_unstable();
    b.sort_unstable();
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
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
    use crate::check::testutil::item;

    fn text_ratio(a: &str, b: &str) -> f32 {
        similar::TextDiff::configure()
            .algorithm(similar::Algorithm::Myers)
            .diff_words(a, b)
            .ratio()
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
}
