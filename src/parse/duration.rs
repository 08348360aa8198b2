//! Duration phrases («не более 30 (тридцати) минут», «2 (екі) жұмыс күні», «10 минуттан аспайды»).

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{self, numbers};
use crate::model::{Duration, TimeUnit};

/// A number and its unit, anchored where a run of digits starts.
static NUMBER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^[0-9]+(?:\s*-\s*(?:х|ти|ми|и|ух|ех))?\s*(?:\(\s*[^()0-9]{{2,}}?\s*\)\s*)?(?:{})(?:\s+(?:аспайды|аспауы\s+тиіс|ішінде|дейін))?",
        numbers::UNIT_PATTERN
    ))
    .expect("duration regex")
});

/// The words that may stand before the number («не более», «в течение», «күнтізбелік»), anchored at its start.
static BEFORE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?:не\s+более|не\s+позднее|в\s+течени[ея]|в\s+срок\s+до|до)\s+)?(?:{}\s+)?$",
        numbers::CALENDAR_WORD
    ))
    .expect("duration prefix regex")
});

/// The most characters of number words in brackets («(двадцати пяти)»); a longer bracket is
/// prose, not a number in words. Checked after matching: a bounded repetition of a Unicode
/// class multiplies the automaton the regex has to build and run.
const MAX_WORDS_CHARS: usize = 60;

/// The longest a duration phrase can run after its number, in bytes (60 letters of words in
/// brackets, the unit and «аспауы тиіс» with room to spare).
const PHRASE_WINDOW: usize = 320;

/// How far before a number its qualifying words can start, in bytes.
const PREFIX_WINDOW: usize = 48;

static AT_MOST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(numbers::AT_MOST_PATTERN).expect("at-most regex"));

/// One duration phrase found in a text, before combination.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub duration: Duration,
}

/// Every duration phrase in `text`, in order.
///
/// Only the places where a run of digits starts can begin a duration, so the phrase regex is
/// tried there, anchored, instead of being run over the whole text.
pub fn find_all(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run_end = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(bytes.len(), |n| i + n);
        match phrase_at(text, i) {
            Some(found) => {
                i = found.1;
                out.push(found.0);
            }
            None => i = run_end,
        }
    }
    out
}

/// The duration phrase whose number starts at byte `at`, and the byte offset where it ends.
fn phrase_at(text: &str, at: usize) -> Option<(Found, usize)> {
    // A phrase is short; bounding the haystack keeps the search small on long items.
    let tail = &text[at..text.floor_char_boundary(at + PHRASE_WINDOW)];
    // The DFA finds the phrase; its parts are then read off by hand, which is far cheaper than
    // a capturing search: the number is the leading digits, the words are what the only
    // brackets hold, and the unit is what follows them (or the number).
    let phrase = NUMBER_UNIT.find(tail)?.as_str();
    let digits = phrase.bytes().take_while(u8::is_ascii_digit).count();
    let (words, unit_text) = match phrase.find('(') {
        Some(open) => {
            let close = open + phrase[open..].find(')')?;
            (Some(phrase[open + 1..close].trim()), &phrase[close + 1..])
        }
        None => (None, &phrase[digits..]),
    };
    if words.is_some_and(|w| w.chars().count() > MAX_WORDS_CHARS) {
        return None;
    }
    let end = at + phrase.len();
    let window = text.floor_char_boundary(at.saturating_sub(PREFIX_WINDOW));
    let before = BEFORE_NUMBER.find(&text[window..at])?;
    let start = window + before.start();
    let mut unit = numbers::unit(unit_text)?;
    let calendar = crate::text::lower(before.as_str().trim_end()).ends_with(numbers::CALENDAR_WORD);
    if calendar && unit == TimeUnit::Day {
        unit = TimeUnit::CalendarDay;
    }
    // An absurd number is kept as printed but saturates rather than overflowing.
    let value: u64 = phrase[..digits].parse().unwrap_or(u64::MAX);
    let word_value = words.and_then(numbers::words_value);
    let text_out = text[start..end].trim().to_string();
    let at_most = AT_MOST.is_match(&text_out);
    Some((
        Found {
            start,
            duration: Duration {
                text: text_out,
                value,
                unit,
                minutes: minutes_of(value, unit),
                word_value,
                conflict: word_value.is_some_and(|w| w != value),
                at_most,
                line: 0,
                parts: Vec::new(),
                same_day: false,
                deadline: false,
            },
        },
        end,
    ))
}

fn minutes_of(value: u64, unit: TimeUnit) -> Option<u64> {
    match unit {
        TimeUnit::Minute => Some(value),
        TimeUnit::Hour => Some(value.saturating_mul(60)),
        _ => None,
    }
}

fn is_day(unit: TimeUnit) -> bool {
    matches!(
        unit,
        TimeUnit::WorkingDay | TimeUnit::CalendarDay | TimeUnit::Day
    )
}

/// The duration of a step: the main duration of each sentence, summed across sentences.
///
/// Within one sentence a duration stated before a «в случае …» / «… жағдайда» clause is the
/// step's own; a sentence that is only a conditional alternative adds nothing, because its
/// time replaces the main path rather than extending it.
pub fn step_duration(text: &str) -> Option<Duration> {
    step_duration_with(text, None)
}

/// [`step_duration`], given where a conditional clause starts in the whole `text` when the
/// caller has already asked (`Some(answer)`): most items are one sentence, and the question is
/// then not asked twice.
pub fn step_duration_with(text: &str, condition: Option<Option<usize>>) -> Option<Duration> {
    let mut parts: Vec<Duration> = Vec::new();
    let mut fallback: Option<Duration> = None;
    for sentence in sentences(text) {
        let found = find_all(sentence);
        let Some(first) = found.first() else {
            continue;
        };
        if fallback.is_none() {
            fallback = Some(first.duration.clone());
        }
        let cond = match condition {
            Some(known) if sentence.len() == text.len() => known,
            _ => lexicon::condition_start(sentence),
        };
        if cond.is_some_and(|c| c < 3) {
            continue;
        }
        let main = match cond {
            Some(c) => found.iter().find(|f| f.start < c).unwrap_or(first),
            None => first,
        };
        parts.push(main.duration.clone());
    }
    if parts.is_empty() {
        return fallback;
    }
    Some(combine(parts))
}

/// Sum durations: minutes with minutes, days with days, the first day unit winning.
fn combine(mut parts: Vec<Duration>) -> Duration {
    if parts.len() == 1 {
        return parts.pop().expect("one part");
    }
    let day_unit = parts.iter().map(|d| d.unit).find(|u| is_day(*u));
    let minutes: u64 = parts
        .iter()
        .filter_map(|d| d.minutes)
        .fold(0, u64::saturating_add);
    let text = parts
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join(" + ");
    let conflict = parts.iter().any(|d| d.conflict);
    let at_most = parts.iter().all(|d| d.at_most);
    match day_unit {
        Some(unit) => {
            let days = parts
                .iter()
                .filter(|d| is_day(d.unit))
                .map(|d| d.value)
                .fold(0, u64::saturating_add);
            Duration {
                text,
                value: days,
                unit,
                minutes: (minutes > 0).then_some(minutes),
                word_value: None,
                conflict,
                at_most,
                line: 0,
                parts: Vec::new(),
                same_day: false,
                deadline: false,
            }
        }
        None => Duration {
            text,
            value: minutes,
            unit: TimeUnit::Minute,
            minutes: Some(minutes),
            word_value: None,
            conflict,
            at_most,
            line: 0,
            parts: Vec::new(),
            same_day: false,
            deadline: false,
        },
    }
}

/// Split on sentence ends («. » before a capital letter).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // «. » cannot overlap itself, so its places are the dots with a space after them; a
    // substring searcher would cost more to set up than most items are long.
    let ends = memchr::memchr_iter(b'.', bytes).filter(|&i| bytes.get(i + 1) == Some(&b' '));
    for i in ends {
        let next = text[i + 2..].chars().next();
        // «10 мин.» followed by a lower-case word is an abbreviation, not a sentence end.
        if next.is_some_and(|c| c.is_uppercase()) && i > start {
            out.push(&text[start..i + 1]);
            start = i + 2;
        }
    }
    if start < bytes.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Duration {
        step_duration(text).unwrap_or_else(|| panic!("no duration in {text:?}"))
    }

    #[test]
    fn russian_phrasings() {
        let x = d("выдает уведомление – не более 15 (пятнадцати) минут.");
        assert_eq!(
            (x.value, x.unit, x.minutes, x.word_value, x.at_most),
            (15, TimeUnit::Minute, Some(15), Some(15), true)
        );
        let x = d("направляет на подпись руководителю в течение 1 (одного) рабочего дня;");
        assert_eq!(
            (x.value, x.unit, x.minutes),
            (1, TimeUnit::WorkingDay, None)
        );
        assert_eq!(x.text, "в течение 1 (одного) рабочего дня");
        let x = d("направляет документы в участковую комиссию - в течении 2-х (двух) дней;");
        assert_eq!((x.value, x.unit, x.word_value), (2, TimeUnit::Day, Some(2)));
        let x = d("в течение 18 (восемнадцати ) рабочих дней готовит решение");
        assert_eq!((x.value, x.unit), (18, TimeUnit::WorkingDay));
        let x = d("в течение 3 (трех) часов");
        assert_eq!((x.value, x.unit, x.minutes), (3, TimeUnit::Hour, Some(180)));
    }

    #[test]
    fn kazakh_phrasings() {
        let x = d("құжаттарды қабылдайды - 15 (он бес) минут;");
        assert_eq!(
            (x.value, x.unit, x.word_value),
            (15, TimeUnit::Minute, Some(15))
        );
        let x = d("10 минуттан аспайды.");
        assert_eq!((x.value, x.unit, x.at_most), (10, TimeUnit::Minute, true));
        let x = d("қол қояды - 1 (бір) жұмыс күні.");
        assert_eq!((x.value, x.unit), (1, TimeUnit::WorkingDay));
        let x = d("күнтізбелік 5 (бес) күн ішінде");
        assert_eq!((x.value, x.unit), (5, TimeUnit::CalendarDay));
        let x = d("15 (он бес) күнтізбелік күн");
        assert_eq!((x.value, x.unit), (15, TimeUnit::CalendarDay));
    }

    #[test]
    fn digits_and_words_disagree() {
        let x = d("в течение 2 (трех) рабочих дней");
        assert_eq!((x.value, x.word_value, x.conflict), (2, Some(3), true));
    }

    #[test]
    fn two_sentences_combine() {
        let x = d(
            "тіркеуді жүзеге асырады - 15 (он бес) минут. Құжаттарды басшысына береді - 2 (екі) сағат;",
        );
        assert_eq!(
            (x.value, x.unit, x.minutes),
            (135, TimeUnit::Minute, Some(135))
        );
    }

    #[test]
    fn refusal_alternative_does_not_add() {
        let x = d(
            "оператор в течение 5 (пяти) минут проверяет документы, в случае неполного пакета выдает расписку об отказе – в течение 5 (пяти) минут;",
        );
        assert_eq!(x.value, 5);
    }

    #[test]
    fn absurd_values_saturate() {
        let x = d("в течение 99999999999 рабочих дней");
        assert_eq!(x.value, 99_999_999_999);
        let x = d("в течение 999999999999999 часов");
        assert_eq!(x.minutes, Some(999_999_999_999_999 * 60));
    }

    #[test]
    fn numbers_beyond_u64_keep_their_digits() {
        let x = d("в течение 100000000000000000000000000 дней");
        assert_eq!(x.value, u64::MAX);
        assert_eq!(x.text, "в течение 100000000000000000000000000 дней");
    }

    #[test]
    fn dates_are_not_durations() {
        assert_eq!(step_duration("от 28 апреля 2015 года № 279"), None);
    }
}
