//! Duration phrases in a text, found from their unit word: a count in digits, in digits with
//! words in brackets, or in words alone stands before the unit, and the bounding words before
//! the count («не более», «в течение», «не позднее чем за») or after the unit («аспайды»,
//! «ішінде», «кешіктірмей») belong to the phrase.

use std::borrow::Cow;
use std::ops::Range;

use crate::lexicon::durations::lower_if_needed;
use crate::lexicon::durations::{self, After, Bound, UnitWord};
use crate::lexicon::numbers::{self, Quantity};
use crate::model::{Duration, TimeUnit};
use crate::text::is_letter;

/// The most characters of number words in brackets («(двадцати пяти)»); a longer bracket is
/// prose, not a number in words.
const MAX_WORDS_CHARS: usize = 60;

/// The most number words a count can take («двухсот сорока пяти», «екі жүз қырық бес»).
const MAX_NUMBER_WORDS: usize = 5;

/// One duration phrase found in a text, before combination.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range of the phrase in the text searched.
    pub start: usize,
    pub end: usize,
    pub duration: Duration,
}

/// Every duration phrase in `text`, in order.
pub fn find_all(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    // Where the last phrase ended: a phrase never reaches back into the one before it.
    let mut floor = 0;
    for (head, word) in durations::unit_words(text) {
        if head.start < floor {
            continue;
        }
        if let Some(found) = phrase(text, head, word, floor) {
            floor = found.end;
            out.push(found);
        }
    }
    out
}

/// A count read before a unit.
struct Count {
    start: usize,
    quantity: Quantity,
    /// The words in brackets after digits, when they spell a number.
    word_value: Option<u64>,
}

/// The phrase around the unit word at `head`, if a count or a bounding phrase makes it a duration.
fn phrase(text: &str, head: Range<usize>, word: UnitWord, floor: usize) -> Option<Found> {
    let mut unit = word.unit;
    let mut one = word.one;
    let mut left = head.start;
    if unit == TimeUnit::Day
        && let Some((at, w)) = word_before(text, left, floor)
        && let Some((qualified, singular)) = durations::qualifier(&lower_if_needed(w))
    {
        unit = qualified;
        one &= singular;
        left = at;
    }
    let count = count_before(text, left, floor);
    let count_start = count.as_ref().map_or(left, |c| c.start);
    let bound = bound_before(text, count_start, floor);
    let (end, after) = after_unit(text, head.end);

    let mut start = count_start;
    let mut deadline = false;
    let mut alone = false;
    let mut at_most = after == Some(After::AtMost);
    if let Some((at, b, may_stand_alone)) = bound {
        let keep = match b {
            Bound::Within => true,
            Bound::AtMost => {
                at_most = true;
                true
            }
            Bound::Before => {
                deadline = true;
                true
            }
            Bound::Ahead => {
                deadline =
                    next_word(text, end).is_some_and(|w| lower_if_needed(w) == durations::AHEAD_OF);
                true
            }
            Bound::KkAhead => {
                deadline = matches!(after, Some(After::NoLater | After::Earlier));
                deadline
            }
            Bound::Calendar => {
                if unit == TimeUnit::Day {
                    unit = TimeUnit::CalendarDay;
                }
                count.is_some()
            }
        };
        if keep {
            start = at;
            alone = may_stand_alone;
        }
    }
    let quantity = match &count {
        Some(c) => c.quantity,
        // A unit alone is one of it: «в течение часа», «за сутки до …», «жұмыс күні ішінде».
        None if one && (alone || matches!(after, Some(After::Within | After::NoLater))) => {
            Quantity::whole(1)
        }
        None => return None,
    };
    let (value, unit) = apply(quantity, unit);
    let word_value = count.as_ref().and_then(|c| c.word_value);
    Some(Found {
        start,
        end,
        duration: Duration {
            text: text[start..end].trim().to_string(),
            value,
            unit,
            minutes: super::minutes_of(value, unit),
            word_value,
            conflict: word_value.is_some_and(|w| w != value),
            at_most,
            line: 0,
            parts: Vec::new(),
            same_day: false,
            deadline,
        },
    })
}

/// A count with a half as a whole value: half an hour is 30 minutes; a half of a minute or of a
/// day is rounded up, because a duration is a limit and a step given 1.5 working days is not
/// done within one.
fn apply(q: Quantity, unit: TimeUnit) -> (u64, TimeUnit) {
    if !q.half {
        return (q.whole, unit);
    }
    match unit {
        TimeUnit::Hour => (
            q.whole.saturating_mul(60).saturating_add(30),
            TimeUnit::Minute,
        ),
        _ => (q.whole.saturating_add(1), unit),
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Where the text before `at` stops being white space.
fn skip_space_back(text: &str, at: usize) -> usize {
    text[..at].trim_end_matches(is_space).len()
}

/// The word that ends right before `at` (white space between), with its start; `None` when
/// something else stands there or the word reaches below `floor`.
fn word_before(text: &str, at: usize, floor: usize) -> Option<(usize, &str)> {
    let end = skip_space_back(text, at);
    let start = text[..end].trim_end_matches(is_letter).len();
    (start < end && start >= floor).then(|| (start, &text[start..end]))
}

/// The word that starts right after `at` (white space between).
fn next_word(text: &str, at: usize) -> Option<&str> {
    let rest = text[at..].trim_start_matches(is_space);
    let len = rest.len() - rest.trim_start_matches(is_letter).len();
    (len > 0).then(|| &rest[..len])
}

/// The count standing before byte `at`: «2 (двух)», «2-х (двух)», «15», «(трех)», «двадцати пяти».
fn count_before(text: &str, at: usize, floor: usize) -> Option<Count> {
    let end = skip_space_back(text, at);
    if end <= floor {
        return None;
    }
    if text[..end].ends_with(')') {
        let close = end - 1;
        let open = text[..close].rfind(['(', ')'])?;
        if open < floor || !text[open..].starts_with('(') {
            return None;
        }
        let inside = text[open + 1..close].trim();
        let chars = inside.chars().count();
        if !(2..=MAX_WORDS_CHARS).contains(&chars) || inside.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let word_value = numbers::words_value(inside);
        return match digits_before(text, skip_space_back(text, open), floor) {
            Some((start, quantity)) => Some(Count {
                start,
                quantity,
                word_value,
            }),
            // Words in brackets without digits: «(трех) дней».
            None => word_value.map(|v| Count {
                start: open,
                quantity: Quantity::whole(v),
                word_value: None,
            }),
        };
    }
    if let Some((start, quantity)) = digits_before(text, end, floor) {
        return Some(Count {
            start,
            quantity,
            word_value: None,
        });
    }
    words_before(text, end, floor)
}

/// The Russian endings a count in digits may carry («2-х», «5-ти»).
const DIGIT_ENDINGS: &[&str] = &["х", "ти", "ми", "и", "ух", "ех"];

/// A count in digits ending at `end`, with its start: «15», «2-х», «1,5». A time of day
/// («18.00 часов») is not a count.
fn digits_before(text: &str, end: usize, floor: usize) -> Option<(usize, Quantity)> {
    let mut end = end;
    let before = &text[..end];
    let letters = before.trim_end_matches(is_letter);
    if letters.len() < end && DIGIT_ENDINGS.contains(&&before[letters.len()..]) {
        let dash = letters.trim_end_matches(is_space);
        let digits_end = dash.strip_suffix('-')?.trim_end_matches(is_space);
        end = digits_end.len();
    }
    let start = text[..end]
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .len();
    if start == end || start < floor {
        return None;
    }
    let digits = &text[start..end];
    let value = || digits.parse().unwrap_or(u64::MAX);
    let prev = text[..start].chars().next_back();
    if let Some(sep @ ('.' | ',' | ':')) = prev {
        let whole_end = start - 1;
        let whole_start = text[..whole_end]
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
        if whole_start < whole_end {
            // «1,5 часа» is one and a half; «18.00», «9:30» are times of day.
            return (sep != ':' && digits == "5" && whole_start >= floor).then(|| {
                (
                    whole_start,
                    Quantity {
                        whole: text[whole_start..whole_end].parse().unwrap_or(u64::MAX),
                        half: true,
                    },
                )
            });
        }
    }
    Some((start, Quantity::whole(value())))
}

/// A count in number words ending at `end`: the longest run of number words before it that
/// makes one number («двадцати пяти», «екі жүз»).
fn words_before(text: &str, end: usize, floor: usize) -> Option<Count> {
    let mut words: Vec<(usize, Cow<'_, str>)> = Vec::new();
    let mut at = end;
    while words.len() < MAX_NUMBER_WORDS {
        let Some((start, w)) = word_before(text, at, floor) else {
            break;
        };
        let w = lower_if_needed(w);
        if !numbers::is_number_word(&w) {
            break;
        }
        words.push((start, w));
        at = start;
    }
    words.reverse();
    (0..words.len()).find_map(|k| {
        let run: Vec<&str> = words[k..].iter().map(|(_, w)| w.as_ref()).collect();
        numbers::words_quantity(&run).map(|quantity| Count {
            start: words[k].0,
            quantity,
            word_value: None,
        })
    })
}

/// The bounding phrase that ends right before the count at `at`: its start, meaning and whether
/// a unit may follow it alone.
fn bound_before(text: &str, at: usize, floor: usize) -> Option<(usize, Bound, bool)> {
    let mut words: Vec<(usize, Cow<'_, str>)> = Vec::new();
    let mut end = at;
    while words.len() < durations::longest_bound() {
        // Only white space parts the phrase from the count; a comma may part its own words.
        let stop = if words.is_empty() {
            end
        } else {
            text[..end].trim_end_matches([',', ' ']).len()
        };
        let Some((start, w)) = word_before(text, stop, floor) else {
            break;
        };
        words.push((start, lower_if_needed(w)));
        end = start;
    }
    let lowered: Vec<&str> = words.iter().map(|(_, w)| w.as_ref()).collect();
    let (n, bound, alone) = durations::bound_before(&lowered)?;
    Some((words[n - 1].0, bound, alone))
}

/// Where the phrase ends after its unit (which ends at `at`), with the Kazakh bounding words that
/// follow it («аспайды», «ішінде», «кешіктірмей»).
fn after_unit(text: &str, at: usize) -> (usize, Option<After>) {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = at;
    while words.len() < 2 {
        let rest = &text[pos..];
        let gap = rest.len() - rest.trim_start_matches(is_space).len();
        let Some(w) = next_word(text, pos) else {
            break;
        };
        pos += gap + w.len();
        words.push((pos, w));
    }
    let lowered: Vec<Cow<'_, str>> = words.iter().map(|(_, w)| lower_if_needed(w)).collect();
    let lowered: Vec<&str> = lowered.iter().map(AsRef::as_ref).collect();
    match durations::after_unit(&lowered) {
        Some((n, after)) => (words[n - 1].0, Some(after)),
        None => (at, None),
    }
}
