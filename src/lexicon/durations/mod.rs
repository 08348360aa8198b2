//! The wording of durations, Russian and Kazakh: unit words in their case forms, the words
//! that bound a duration before and after its number, the same-day phrases, and the short
//! units a reader writes («30 мин», «3 раб. дня», «2 сағ»).

mod spoken;

pub use spoken::spoken;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::Phrase;
use super::table::Table;
use crate::model::TimeUnit;
use crate::text::{is_letter, lower};

/// A unit word as printed: its unit, and whether the form is singular, so that it can stand
/// without a number for one («в течение часа», «в течение суток»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitWord {
    pub unit: TimeUnit,
    pub one: bool,
}

/// Russian unit nouns in every case: (unit, singular, forms).
const RU_UNITS: &[(TimeUnit, bool, &[&str])] = &[
    (
        TimeUnit::Minute,
        true,
        &["минута", "минуты", "минуту", "минутой", "минуте"],
    ),
    (
        TimeUnit::Minute,
        false,
        &["минут", "минутам", "минутами", "минутах", "мин"],
    ),
    (
        TimeUnit::Hour,
        true,
        &["час", "часа", "часу", "часом", "часе"],
    ),
    (
        TimeUnit::Hour,
        false,
        &["часов", "часам", "часами", "часах"],
    ),
    (
        TimeUnit::Day,
        true,
        &["день", "дня", "дню", "днем", "днём", "дне"],
    ),
    (
        TimeUnit::Day,
        false,
        &["дней", "дням", "днями", "днях", "дни"],
    ),
    // «Сутки» has no singular: «в течение суток» is one.
    (
        TimeUnit::CalendarDay,
        true,
        &["сутки", "суток", "суткам", "сутками", "сутках"],
    ),
];

/// Kazakh unit nouns with the case and possessive endings they take after a numeral
/// («минуттан аспайды», «күннің ішінде», «тәуліктен кешіктірмей»).
const KK_UNITS: &[(TimeUnit, &[&str])] = &[
    (
        TimeUnit::Minute,
        &[
            "минут",
            "минуттан",
            "минутта",
            "минутқа",
            "минуттың",
            "минутты",
            "минуттық",
        ],
    ),
    (
        TimeUnit::Hour,
        &[
            "сағат",
            "сағаттан",
            "сағатта",
            "сағатқа",
            "сағаттың",
            "сағатты",
            "сағаттық",
        ],
    ),
    (
        TimeUnit::Day,
        &[
            "күн",
            "күні",
            "күннің",
            "күннен",
            "күнге",
            "күнде",
            "күнді",
            "күндік",
            "күнгі",
            "күнін",
            "күнінің",
            "күнінен",
            "күніне",
            "күнінде",
        ],
    ),
    (
        TimeUnit::CalendarDay,
        &[
            "тәулік",
            "тәуліктен",
            "тәулікте",
            "тәулікке",
            "тәуліктің",
            "тәулікті",
            "тәуліктік",
            "тәулігі",
            "тәулігінен",
            "тәулігіне",
            "тәулігінде",
        ],
    ),
];

/// The first letters of every unit word: a text without them holds no duration, and the scan
/// for unit words looks only where they start.
const UNIT_STEMS: &[&str] = &["мин", "час", "дн", "день", "сут", "сағат", "күн", "тәулі"];

/// Words that make a day a working or calendar day (Russian forms with their number), standing
/// before the day noun («рабочих дней», «жұмыс күні», «15 (он бес) күнтізбелік күн»).
const QUALIFIERS: &[(TimeUnit, bool, &[&str])] = &[
    (
        TimeUnit::WorkingDay,
        true,
        &[
            "рабочий",
            "рабочего",
            "рабочему",
            "рабочим",
            "рабочем",
            "жұмыс",
        ],
    ),
    (
        TimeUnit::WorkingDay,
        false,
        &["рабочих", "рабочие", "рабочими"],
    ),
    (
        TimeUnit::CalendarDay,
        true,
        &[
            "календарный",
            "календарного",
            "календарному",
            "календарным",
            "календарном",
            "күнтізбелік",
            "күнтізбек",
        ],
    ),
    (
        TimeUnit::CalendarDay,
        false,
        &["календарных", "календарные", "календарными"],
    ),
];

/// What the words before a number say about the duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// «в течение», «в срок до», «до»: a length.
    Within,
    /// «не более», «не позднее»: a length at most.
    AtMost,
    /// «не позднее чем за», «не менее чем за»: how long before an event; a deadline.
    Before,
    /// «за»: a deadline when «до …» follows the unit («за 1 рабочий день до заседания»).
    Ahead,
    /// Kazakh «… дейін»: a deadline when «кешіктірмей» or «бұрын» follows the unit.
    KkAhead,
    /// Kazakh «күнтізбелік» before the number: the days are calendar days.
    Calendar,
}

/// Phrases before the number, as words in reading order, with what they mean and whether a
/// singular unit may follow without a number («в течение часа», «за сутки до …»). Commas between
/// the words are allowed («не менее, чем за»).
const BEFORE: &[(&[&str], Bound, bool)] = &[
    (&["не", "позднее", "чем", "за"], Bound::Before, true),
    (&["не", "менее", "чем", "за"], Bound::Before, true),
    (&["в", "срок", "не", "более"], Bound::AtMost, true),
    (&["в", "срок", "до"], Bound::Within, false),
    (&["не", "более"], Bound::AtMost, true),
    (&["не", "позднее"], Bound::AtMost, false),
    (&["в", "течение"], Bound::Within, true),
    (&["в", "течении"], Bound::Within, true),
    (&["до"], Bound::Within, false),
    (&["за"], Bound::Ahead, true),
    (&["дейін"], Bound::KkAhead, false),
    (&["күнтізбелік"], Bound::Calendar, false),
];

/// What the words after a Kazakh unit say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// «аспайды», «аспауы тиіс», «артық емес»: at most.
    AtMost,
    /// «ішінде», «дейін»: within.
    Within,
    /// «кешіктірмей»: no later than; a deadline after «… дейін».
    NoLater,
    /// «бұрын»: earlier than; a deadline after «… дейін».
    Earlier,
}

const AFTER: &[(&[&str], After)] = &[
    (&["аспауы", "тиіс"], After::AtMost),
    (&["артық", "емес"], After::AtMost),
    (&["аспайды"], After::AtMost),
    (&["ішінде"], After::Within),
    (&["дейін"], After::Within),
    (&["кешіктірмей"], After::NoLater),
    (&["бұрын"], After::Earlier),
];

/// The word after a unit that turns «за N …» into a deadline («за сутки до истечения срока»).
pub const AHEAD_OF: &str = "до";

/// «В день поступления документов», «жүгінген күні»: the step is done on the day the
/// application or the documents arrive.
const SAME_DAY: &[Phrase<()>] = &[
    Phrase {
        pattern: r"\bв\s+(?:тот\s+же\s+)?день\s+(?:поступления|обращения|подачи|приема|приёма|получения|регистрации)\b",
        meaning: (),
    },
    Phrase {
        pattern: r"\b(?:жүгінген|өтініш\s+берген|(?:құжаттар(?:ды)?\s+)?қабылдаған|(?:құжаттар\s+)?түскен|тапсырған)\s+күні\b",
        meaning: (),
    },
];

/// A word every same-day phrase holds (lower case: «день», «күні»).
static SAME_DAY_WORDS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    [
        memchr::memmem::Finder::new("день"),
        memchr::memmem::Finder::new("күні"),
    ]
});

static SAME_DAY_TABLE: LazyLock<Table<()>> = LazyLock::new(|| Table::new(&[SAME_DAY]));

/// The stems as printed: lower case, capitalised, or in capitals, searched as plain strings: the
/// stems sit inside many other words («администрации», «участок», «одного»), and each such
/// candidate costs a regex search a new start, a string searcher only a step.
static UNIT_HEADS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut variants: Vec<String> = Vec::new();
    for stem in UNIT_STEMS {
        let mut chars = stem.chars();
        let first: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .collect();
        variants.push((*stem).to_string());
        variants.push(format!("{first}{}", chars.as_str()));
        variants.push(stem.to_uppercase());
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(&variants)
        .expect("the unit stems build a searcher")
});

/// Compiles this module's searches (see [`super::engines`]).
pub(super) fn warm() {
    LazyLock::force(&UNIT_HEADS);
    SAME_DAY_TABLE.warm();
}

/// Every unit word in `text`, as the byte range of the word and what it names. The abbreviation
/// «мин.» keeps its dot.
pub fn unit_words(text: &str) -> impl Iterator<Item = (Range<usize>, UnitWord)> + '_ {
    UNIT_HEADS.find_iter(text).filter_map(move |m| {
        // The stem must open the word: «одного» holds «дн», «участок» holds «час».
        if text[..m.start()].chars().next_back().is_some_and(is_letter) {
            return None;
        }
        let rest = &text[m.end()..];
        let end = m.end() + rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
        let word = lower_if_needed(&text[m.start()..end]);
        let found = unit_word(&word)?;
        let end = if word == "мин" && text[end..].starts_with('.') {
            end + 1
        } else {
            end
        };
        Some((m.start()..end, found))
    })
}

/// `w` in lower case, copied only when it holds a capital.
pub fn lower_if_needed(w: &str) -> Cow<'_, str> {
    let capital = w.chars().any(|c| match c {
        'A'..='Z' | 'Ѐ'..='Я' => true,
        '\0'..='\u{7f}' | 'а'..='џ' => false,
        _ => c.is_uppercase(),
    });
    if capital {
        Cow::Owned(lower(w))
    } else {
        Cow::Borrowed(w)
    }
}

/// The unit a unit word (lower case) names.
pub fn unit_word(w: &str) -> Option<UnitWord> {
    if let Some(&(unit, one, _)) = RU_UNITS.iter().find(|(_, _, forms)| forms.contains(&w)) {
        return Some(UnitWord { unit, one });
    }
    KK_UNITS
        .iter()
        .find(|(_, forms)| forms.contains(&w))
        .map(|&(unit, _)| UnitWord { unit, one: true })
}

/// The working or calendar day a qualifying word (lower case) makes of a day, and whether the
/// form is singular.
pub fn qualifier(w: &str) -> Option<(TimeUnit, bool)> {
    QUALIFIERS
        .iter()
        .find(|(_, _, forms)| forms.contains(&w))
        .map(|&(unit, one, _)| (unit, one))
}

/// The bounding phrase that ends with `words` (lower case, nearest first, read backwards from a
/// number): how many of the words it takes, what it means and whether a unit may follow alone.
/// The longest phrase wins («не позднее чем за» over «за»).
pub fn bound_before(words: &[&str]) -> Option<(usize, Bound, bool)> {
    BEFORE
        .iter()
        .filter(|(phrase, _, _)| {
            phrase.len() <= words.len() && phrase.iter().rev().zip(words).all(|(p, w)| p == w)
        })
        .max_by_key(|(phrase, _, _)| phrase.len())
        .map(|&(phrase, bound, alone)| (phrase.len(), bound, alone))
}

/// The Kazakh bounding phrase that opens `words` (lower case, in reading order after a unit).
pub fn after_unit(words: &[&str]) -> Option<(usize, After)> {
    AFTER
        .iter()
        .find(|(phrase, _)| {
            phrase.len() <= words.len() && phrase.iter().zip(words).all(|(p, w)| p == w)
        })
        .map(|&(phrase, after)| (phrase.len(), after))
}

/// The longest a bounding phrase runs, in words.
pub fn longest_bound() -> usize {
    BEFORE.iter().map(|(p, _, _)| p.len()).max().unwrap_or(0)
}

/// Where a same-day phrase («в день поступления», «жүгінген күні») stands in `text`.
pub fn same_day(text: &str) -> Option<Range<usize>> {
    // Every phrase names the day: most sentences are spared the search.
    if !SAME_DAY_WORDS
        .iter()
        .any(|w| w.find(text.as_bytes()).is_some())
    {
        return None;
    }
    // The letter boundaries are characters of the match; the phrase is the words between them.
    let (r, _) = SAME_DAY_TABLE.leftmost(text)?;
    let m = &text[r.clone()];
    let lead = m.len()
        - m.trim_start_matches(|c: char| !crate::text::is_letter(c))
            .len();
    let trail = m.len()
        - m.trim_end_matches(|c: char| !crate::text::is_letter(c))
            .len();
    Some(r.start + lead..r.end - trail)
}

#[cfg(test)]
pub(crate) fn compile_all() {
    SAME_DAY_TABLE.compile_all();
    LazyLock::force(&UNIT_HEADS);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<(&str, TimeUnit)> {
        unit_words(text).map(|(r, u)| (&text[r], u.unit)).collect()
    }

    #[test]
    fn russian_unit_words() {
        assert_eq!(
            units("в течение одного рабочего дня, двух часов и 5 мин. на часть участка"),
            vec![
                ("дня", TimeUnit::Day),
                ("часов", TimeUnit::Hour),
                ("мин.", TimeUnit::Minute)
            ]
        );
        assert_eq!(
            units("в течение суток"),
            vec![("суток", TimeUnit::CalendarDay)]
        );
        assert!(units("минимальных расчетных показателей, одного документа").is_empty());
        assert_eq!(unit_word("часа").map(|u| u.one), Some(true));
        assert_eq!(unit_word("часов").map(|u| u.one), Some(false));
        assert_eq!(qualifier("рабочего"), Some((TimeUnit::WorkingDay, true)));
        assert_eq!(
            qualifier("календарных"),
            Some((TimeUnit::CalendarDay, false))
        );
    }

    #[test]
    fn kazakh_unit_words() {
        assert_eq!(
            units("он минуттан аспайды, екі жұмыс күні ішінде, бір тәуліктен кешіктірмей"),
            vec![
                ("минуттан", TimeUnit::Minute),
                ("күні", TimeUnit::Day),
                ("тәуліктен", TimeUnit::CalendarDay)
            ]
        );
        // Holidays and «daily» are not a count of days.
        assert!(units("демалыс және мереке күндерінен басқа, күнделікті").is_empty());
        assert_eq!(qualifier("жұмыс"), Some((TimeUnit::WorkingDay, true)));
        assert_eq!(
            qualifier("күнтізбелік"),
            Some((TimeUnit::CalendarDay, true))
        );
    }

    #[test]
    fn bounds_before_and_after() {
        assert_eq!(
            bound_before(&["за", "чем", "позднее", "не", "услугодателя"]),
            Some((4, Bound::Before, true))
        );
        assert_eq!(
            bound_before(&["за", "документы"]),
            Some((1, Bound::Ahead, true))
        );
        assert_eq!(
            bound_before(&["течение", "в"]),
            Some((2, Bound::Within, true))
        );
        assert_eq!(
            bound_before(&["более", "не"]),
            Some((2, Bound::AtMost, true))
        );
        assert_eq!(
            bound_before(&["дейін", "аяқталғанға"]),
            Some((1, Bound::KkAhead, false))
        );
        assert_eq!(bound_before(&["срока", "течение"]), None);
        assert_eq!(after_unit(&["аспауы", "тиіс"]), Some((2, After::AtMost)));
        assert_eq!(after_unit(&["кешіктірмей"]), Some((1, After::NoLater)));
        assert_eq!(after_unit(&["береді"]), None);
    }

    #[test]
    fn same_day_phrases() {
        let t = "специалист канцелярии в день поступления документов проводит регистрацию";
        assert_eq!(same_day(t).map(|r| &t[r]), Some("в день поступления"));
        assert!(same_day("в день обращения услугополучателя").is_some());
        assert!(same_day("в день подачи заявления").is_some());
        assert!(same_day("в день приема документов").is_some());
        let t = "қызметкер құжаттарды қабылдаған күні тіркейді";
        assert_eq!(
            same_day(t).map(|r| &t[r]),
            Some("құжаттарды қабылдаған күні")
        );
        assert!(same_day("көрсетілетін қызметті алушы жүгінген күні").is_some());
        assert!(same_day("өтініш берген күні қарайды").is_some());
        // A day named for something else is not the day of the application.
        assert!(same_day("в день заседания комиссии").is_none());
        assert!(same_day("демалыс күні").is_none());
    }
}
