//! Which procedure lists of a regulation repeat each other, found by their content.
//!
//! A regulation writes its steps two or three times (¶5, ¶8, a channel's own list), and regions
//! word the headings of those copies freely: a ¶5 worded like a ¶8, two lists titled «через
//! акима». So a list's twins are the lists of the same channel and scenario whose steps line up
//! with its own, in order: the same doer, the same duration, or the same words. The heading kinds
//! are a hint only: a ¶5/¶8 pair needs less agreement than two lists whose headings say nothing.

use crate::model::{Item, ListKind, Reglament};
use crate::text::scan::{Block, find_position};

/// Share of the shorter list that must line up for two lists to be twins.
const TWINS: f32 = 0.6;
/// The same, for a ¶5 «содержание» and a ¶8 «последовательность» of one channel: their
/// headings already say they are copies, so the content need only not contradict it.
const TWINS_BY_HEADING: f32 = 0.3;
/// Shortest word counted when comparing actions (shorter ones are prepositions and particles).
const MIN_WORD: usize = 4;

/// Fill each procedure list's `twins` with the indices of the lists that repeat it.
pub fn link(reg: &mut Reglament) {
    let candidates: Vec<usize> = (0..reg.lists.len())
        .filter(|&i| is_procedure(reg.lists[i].kind) && !reg.lists[i].items.is_empty())
        .collect();
    // Only lists that share a channel and scenario with another are compared.
    let compared: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| {
            candidates.iter().any(|&j| {
                j != i
                    && reg.lists[j].channel == reg.lists[i].channel
                    && reg.lists[j].scenario == reg.lists[i].scenario
            })
        })
        .collect();
    let mut buf = String::new();
    let words: Vec<Vec<Vec<u64>>> = (0..reg.lists.len())
        .map(|i| {
            if compared.contains(&i) {
                reg.lists[i]
                    .items
                    .iter()
                    .map(|it| action_words(&it.action, &mut buf))
                    .collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (n, &i) in compared.iter().enumerate() {
        for &j in &compared[n + 1..] {
            let (a, b) = (&reg.lists[i], &reg.lists[j]);
            if a.channel != b.channel || a.scenario != b.scenario {
                continue;
            }
            let hinted = matches!(
                (a.kind, b.kind),
                (ListKind::Steps, ListKind::Sequence) | (ListKind::Sequence, ListKind::Steps)
            );
            let need = if hinted { TWINS_BY_HEADING } else { TWINS };
            let lined_up = aligned(&a.items, &b.items, &words[i], &words[j]);
            let shorter = a.items.len().min(b.items.len());
            if shorter >= 2 && lined_up as f32 >= need * shorter as f32 {
                found.push((i, j));
            }
        }
    }
    for (i, j) in found {
        reg.lists[i].twins.push(j);
        reg.lists[j].twins.push(i);
    }
}

/// Lists whose items are procedures (the 2012 action tables pair among themselves).
fn is_procedure(kind: ListKind) -> bool {
    matches!(
        kind,
        ListKind::Steps | ListKind::Sequence | ListKind::Process
    )
}

/// The words of an action long enough to carry meaning, lower-cased and hashed, sorted and
/// without repeats, so two actions compare by a merge.
fn action_words(action: &str, buf: &mut String) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    word_spans(action, |w, chars| {
        if chars < MIN_WORD {
            return;
        }
        // Most words are in lower case already; only a capitalised one is lowered.
        let w = if w.starts_with(char::is_uppercase) {
            crate::text::lower_into(w, buf);
            buf.as_str()
        } else {
            w
        };
        out.push(crate::text::word_hash(w.as_bytes()));
    });
    out.sort_unstable();
    out.dedup();
    out
}

/// Calls `each` with the runs of letters and ASCII digits of `text`, with their length in
/// characters.
///
/// Every action of every list is split here, so the separators are found a block at a time:
/// only ASCII bytes other than letters and digits, and the lead bytes of characters outside
/// the Cyrillic letters (D0, D1, D3 lead letters only; under D2, U+0482..U+0489 are signs), can
/// end a word. The rare lead byte is decoded and asked `text::is_letter`.
fn word_spans<'a>(text: &'a str, mut each: impl FnMut(&'a str, usize)) {
    let b = text.as_bytes();
    let candidates = |_, blk: &Block| {
        let ascii = blk.in_range(0x00, 0x7F);
        let alnum = blk.in_range(b'0', b'9') | blk.in_range(b'A', b'Z') | blk.in_range(b'a', b'z');
        let lead = blk.in_range(0xC0, 0xFF);
        let cyrillic = blk.in_range(0xD0, 0xD1) | blk.eq(0xD3);
        (ascii & !alnum) | (lead & !cyrillic)
    };
    let mut start = 0;
    let mut emit = |from: usize, to: usize| {
        if to > from {
            let w = &text[from..to];
            each(w, w.chars().count());
        }
    };
    find_position(b, candidates, |i| {
        let len = match b[i] {
            x if x < 0x80 => 1,
            0xD2 if !(0x82..=0x89).contains(&b.get(i + 1).copied().unwrap_or(0)) => return false,
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                if crate::text::is_letter(c) {
                    return false;
                }
                c.len_utf8()
            }
        };
        emit(start, i);
        start = i + len;
        false
    });
    emit(start, b.len());
}

/// How many values two sorted, repeat-free lists share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
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

/// How many items of `a` and `b` line up in order (the longest common subsequence under
/// [`same_step`]).
fn aligned(a: &[Item], b: &[Item], wa: &[Vec<u64>], wb: &[Vec<u64>]) -> usize {
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        return aligned_near_diagonal(a, b, wa, wb);
    }
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for i in 0..a.len() {
        for j in 0..b.len() {
            cur[j + 1] = if same_step(&a[i], &b[j], &wa[i], &wb[j]) {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Lists this long are no regulation's (a few dozen steps at most): a text that holds such lists
/// is matched near the diagonal only, so that its cost stays linear.
const MAX_CELLS: usize = 256 * 256;
/// How far from the diagonal a step of a very long list looks for its copy.
const BAND: usize = 8;

/// A greedy, order-preserving count of the items that line up within [`BAND`] places of where
/// the other list's proportion puts them.
fn aligned_near_diagonal(a: &[Item], b: &[Item], wa: &[Vec<u64>], wb: &[Vec<u64>]) -> usize {
    let mut next = 0;
    let mut n = 0;
    for i in 0..a.len() {
        let centre = i * b.len() / a.len().max(1);
        let from = next.max(centre.saturating_sub(BAND));
        let to = (centre + BAND + 1).min(b.len());
        if let Some(j) = (from..to).find(|&j| same_step(&a[i], &b[j], &wa[i], &wb[j])) {
            n += 1;
            next = j + 1;
        }
    }
    n
}

/// Two items read as the same step: the same doer and duration, or mostly the same words.
fn same_step(x: &Item, y: &Item, wx: &[u64], wy: &[u64]) -> bool {
    let same_actor = x.actor.is_some() && x.actor == y.actor;
    let same_duration = match (&x.duration, &y.duration) {
        (Some(p), Some(q)) => p.value == q.value && p.unit == q.unit,
        _ => false,
    };
    if same_actor && same_duration {
        return true;
    }
    let shared = shared(wx, wy);
    let smaller = wx.len().min(wy.len());
    smaller > 0 && shared * 2 >= smaller && (same_actor || shared * 3 >= smaller * 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, Duration, StepList, TimeUnit};

    fn spans(text: &str) -> Vec<(&str, usize)> {
        let mut out = Vec::new();
        word_spans(text, |w, n| out.push((w, n)));
        out
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let spans = spans("Қабылдау: ҚФБ-ға 2 (екі) сағат҂ Ёлка λόγος");
        assert_eq!(
            spans,
            [
                ("Қабылдау", 8),
                ("ҚФБ", 3),
                ("ға", 2),
                ("2", 1),
                ("екі", 3),
                ("сағат", 5),
                ("Ёлка", 4),
                ("λόγος", 5)
            ]
        );
    }

    proptest::proptest! {
        /// The byte reading splits as the character test does.
        #[test]
        fn word_spans_agree_with_the_letter_test(s in "[ -~а-яәғқңөұүһіЁё҂҃\\u{483}λé٣]{0,90}") {
            let want: Vec<(&str, usize)> = s
                .split(|c: char| !crate::text::is_letter(c) && !c.is_ascii_digit())
                .filter(|w| !w.is_empty())
                .map(|w| (w, w.chars().count()))
                .collect();
            proptest::prop_assert_eq!(spans(&s), want);
        }
    }

    fn item(actor: &str, action: &str, minutes: u64) -> Item {
        Item {
            actor: Some(actor.into()),
            action: action.into(),
            duration: Some(Duration {
                text: String::new(),
                value: minutes,
                unit: TimeUnit::Minute,
                minutes: Some(minutes),
                word_value: None,
                conflict: false,
                at_most: true,
                line: 0,
                parts: Vec::new(),
                same_day: false,
                deadline: false,
            }),
            ..Item::default()
        }
    }

    fn list(kind: ListKind, channel: Channel, items: Vec<Item>) -> StepList {
        StepList {
            kind,
            channel,
            paragraph: None,
            line: 1,
            heading: String::new(),
            scenario: None,
            items,
            twins: Vec::new(),
        }
    }

    fn steps() -> Vec<Item> {
        vec![
            item(
                "специалист",
                "специалист принимает документы и регистрирует их",
                15,
            ),
            item("руководитель", "руководитель накладывает резолюцию", 30),
            item(
                "исполнитель",
                "исполнитель проверяет документы и готовит проект решения",
                60,
            ),
        ]
    }

    #[test]
    fn two_lists_worded_alike_in_their_headings_are_twins_by_content() {
        let mut reg = crate::layout::samples::ru_reglament();
        reg.lists = vec![
            list(ListKind::Sequence, Channel::Provider, steps()),
            list(ListKind::Sequence, Channel::Provider, steps()),
            list(ListKind::Sequence, Channel::Akim, steps()),
        ];
        link(&mut reg);
        assert_eq!(reg.lists[0].twins, vec![1]);
        assert_eq!(reg.lists[1].twins, vec![0]);
        // Another channel's list is never a twin, however alike.
        assert!(reg.lists[2].twins.is_empty());
    }

    #[test]
    fn very_long_lists_are_compared_near_the_diagonal() {
        let long: Vec<Item> = (0..1000)
            .map(|k| {
                item(
                    "специалист",
                    &format!("специалист регистрирует документ номер{k}"),
                    15,
                )
            })
            .collect();
        let mut reg = crate::layout::samples::ru_reglament();
        reg.lists = vec![
            list(ListKind::Steps, Channel::Provider, long.clone()),
            list(ListKind::Sequence, Channel::Provider, long),
        ];
        link(&mut reg);
        assert_eq!(reg.lists[0].twins, vec![1]);
    }

    #[test]
    fn unrelated_lists_are_not_twins() {
        let mut reg = crate::layout::samples::ru_reglament();
        let other = vec![
            item("оператор", "оператор выдает расписку о приеме", 5),
            item("курьер", "курьер доставляет пакет документов", 120),
            item("оператор", "оператор выдает результат услугополучателю", 10),
        ];
        reg.lists = vec![
            list(ListKind::Process, Channel::Provider, steps()),
            list(ListKind::Process, Channel::Provider, other),
        ];
        link(&mut reg);
        assert!(reg.lists[0].twins.is_empty());
    }
}
