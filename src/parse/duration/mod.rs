//! Duration phrases («не более 30 (тридцати) минут», «в течение двух часов», «2 (екі) жұмыс
//! күні», «он минуттан аспайды», «в день поступления документов») and the duration of a step.

mod find;
#[cfg(test)]
mod tests;

pub use find::{Found, find_all};

use super::lines::Located;
use crate::lexicon::{self, durations};
use crate::model::{Duration, DurationPart, TimeUnit};

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

/// The durations of `text`, or when it states none, its same-day phrase («в день поступления
/// документов», «жүгінген күні»): the step is done within the working day the application
/// arrives, counted as one working day.
fn durations_or_same_day(text: &str) -> Vec<Found> {
    let found = find_all(text);
    if !found.is_empty() {
        return found;
    }
    durations::same_day(text)
        .map(|r| Found {
            start: r.start,
            end: r.end,
            duration: Duration {
                text: text[r].to_string(),
                value: 1,
                unit: TimeUnit::WorkingDay,
                minutes: None,
                word_value: None,
                conflict: false,
                at_most: false,
                line: 0,
                parts: Vec::new(),
                same_day: true,
                deadline: false,
            },
        })
        .into_iter()
        .collect()
}

/// The duration of a step: the main duration of each sentence, summed across sentences.
///
/// Within one sentence a duration stated before a «в случае …» / «… жағдайда» clause is the
/// step's own; a sentence that is only a conditional alternative adds nothing, because its
/// time replaces the main path rather than extending it. Lines are unknown (0).
pub fn step_duration(text: &str) -> Option<Duration> {
    step_duration_with(Located::single(text, 0), text, None)
}

/// [`step_duration`] of `text`, a slice of `src.text`, with the physical line of every
/// duration's words; given where a conditional clause starts in `text` when the caller has
/// already asked (`Some(answer)`): most items are one sentence, and the question is then not
/// asked twice.
pub fn step_duration_with(
    src: Located<'_>,
    text: &str,
    condition: Option<Option<usize>>,
) -> Option<Duration> {
    let mut parts: Vec<Duration> = Vec::new();
    let mut fallback: Option<Duration> = None;
    let located = |sentence: &str, f: &Found| {
        let mut d = f.duration.clone();
        d.line = src.line_of(&sentence[f.start..]);
        d
    };
    for sentence in sentences(text) {
        let found = durations_or_same_day(sentence);
        let Some(first) = found.first() else {
            continue;
        };
        if fallback.is_none() {
            fallback = Some(located(sentence, first));
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
        parts.push(located(sentence, main));
    }
    if parts.is_empty() {
        return fallback;
    }
    Some(combine(parts))
}

/// Sum durations: minutes with minutes, days with days, the first day unit winning. Several
/// durations are kept, in order, as the sum's `parts`.
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
    let (value, unit, minutes) = match day_unit {
        Some(unit) => {
            let days = parts
                .iter()
                .filter(|d| is_day(d.unit))
                .map(|d| d.value)
                .fold(0, u64::saturating_add);
            (days, unit, (minutes > 0).then_some(minutes))
        }
        None => (minutes, TimeUnit::Minute, Some(minutes)),
    };
    Duration {
        text,
        value,
        unit,
        minutes,
        word_value: None,
        conflict: parts.iter().any(|d| d.conflict),
        at_most: parts.iter().all(|d| d.at_most),
        line: parts[0].line,
        same_day: parts.iter().all(|d| d.same_day),
        deadline: parts.iter().all(|d| d.deadline),
        parts: parts
            .into_iter()
            .map(|d| DurationPart {
                text: d.text,
                value: d.value,
                unit: d.unit,
                minutes: d.minutes,
                line: d.line,
            })
            .collect(),
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
