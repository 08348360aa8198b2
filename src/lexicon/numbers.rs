//! Number words and time units, Russian and Kazakh.

use crate::model::TimeUnit;

/// Word stems and their values; longer stems first so «пятнадцати» is not read as «пят…».
const RU_STEMS: &[(&str, u64)] = &[
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("тридцат", 30),
    ("сорок", 40),
    ("пятьдесят", 50),
    ("пятидесят", 50),
    ("шестьдесят", 60),
    ("шестидесят", 60),
    ("семьдесят", 70),
    ("семидесят", 70),
    ("восемьдесят", 80),
    ("восьмидесят", 80),
    ("девяност", 90),
    ("десят", 10),
    ("один", 1),
    ("одн", 1),
    ("два", 2),
    ("двух", 2),
    ("две", 2),
    ("три", 3),
    ("трех", 3),
    ("трёх", 3),
    ("четыр", 4),
    ("пят", 5),
    ("шест", 6),
    ("сем", 7),
    ("восем", 8),
    ("восьм", 8),
    ("девят", 9),
];

/// Kazakh number words are not inflected inside the brackets, so whole words suffice.
const KK_WORDS: &[(&str, u64)] = &[
    ("бір", 1),
    ("екі", 2),
    ("үш", 3),
    ("төрт", 4),
    ("бес", 5),
    ("алты", 6),
    ("жеті", 7),
    ("сегіз", 8),
    ("тоғыз", 9),
    ("он", 10),
    ("жиырма", 20),
    ("отыз", 30),
    ("қырық", 40),
    ("елу", 50),
    ("алпыс", 60),
    ("жетпіс", 70),
    ("сексен", 80),
    ("тоқсан", 90),
    ("жүз", 100),
];

fn word_value(word: &str) -> Option<u64> {
    let w = crate::text::lower(word);
    if let Some((_, v)) = KK_WORDS.iter().find(|(k, _)| *k == w) {
        return Some(*v);
    }
    if w == "сто" || w == "ста" {
        return Some(100);
    }
    RU_STEMS
        .iter()
        .find(|(stem, _)| w.starts_with(stem))
        .map(|(_, v)| *v)
}

/// The value of a number spelled in words («двадцати пяти» → 25, «он бес» → 15); `None` if any word is not a number.
pub fn words_value(text: &str) -> Option<u64> {
    let mut total = 0u64;
    let mut any = false;
    for w in text
        .split(|c: char| !c.is_alphabetic() && c != 'ё')
        .filter(|w| !w.is_empty())
    {
        total = total.checked_add(word_value(w)?)?;
        any = true;
    }
    any.then_some(total)
}

/// The unit a unit phrase names, with the word that qualified it («рабочих дней» → working day).
pub fn unit(phrase: &str) -> Option<TimeUnit> {
    let p = crate::text::lower(phrase);
    let has = |s: &str| p.contains(s);
    if has("мин") {
        Some(TimeUnit::Minute)
    } else if has("час") || has("сағат") {
        Some(TimeUnit::Hour)
    } else if has("рабоч") || has("жұмыс") {
        Some(TimeUnit::WorkingDay)
    } else if has("календар") || has("күнтізбе") {
        Some(TimeUnit::CalendarDay)
    } else if has("дн") || has("день") || has("дня") || has("сут") || has("күн") {
        Some(TimeUnit::Day)
    } else {
        None
    }
}

/// Regex source for a unit phrase after a number (both languages). Endings are Cyrillic
/// letters, not `\w`: the narrower class keeps the automaton, and the capturing search, small.
pub const UNIT_PATTERN: &str = r"(?:рабоч\p{Cyrillic}*\s+(?:дн\p{Cyrillic}*|день|дня)|календарн\p{Cyrillic}*\s+(?:дн\p{Cyrillic}*|день|дня)|дн(?:ей|я)|день|сут(?:ок|ки)|минут\p{Cyrillic}*|мин\.?|час\p{Cyrillic}*|жұмыс\s+күн\p{Cyrillic}*|күнтізбе\p{Cyrillic}*\s+күн\p{Cyrillic}*|күн\p{Cyrillic}*|сағат\p{Cyrillic}*)";

/// The Kazakh «calendar» that may stand before the number («күнтізбелік 5 күн»), lower case.
pub const CALENDAR_WORD: &str = "күнтізбелік";

/// Regex source for «не более», «в течение» and other words that bound a duration.
pub const AT_MOST_PATTERN: &str =
    r"(?i)(?:не\s+более|не\s+позднее|не\s+превышает|аспайды|аспауы|артық\s+емес)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_words() {
        assert_eq!(words_value("пятнадцати"), Some(15));
        assert_eq!(words_value("одного"), Some(1));
        assert_eq!(words_value("двух"), Some(2));
        assert_eq!(words_value("восемнадцати"), Some(18));
        assert_eq!(words_value("двадцати пяти"), Some(25));
        assert_eq!(words_value("трех"), Some(3));
        assert_eq!(words_value("шести"), Some(6));
        assert_eq!(words_value("тридцати"), Some(30));
        assert_eq!(words_value("сорока"), Some(40));
        assert_eq!(words_value("далее"), None);
    }

    #[test]
    fn kazakh_words() {
        assert_eq!(words_value("он бес"), Some(15));
        assert_eq!(words_value("бір"), Some(1));
        assert_eq!(words_value("отыз"), Some(30));
        assert_eq!(words_value("екі"), Some(2));
    }

    #[test]
    fn units() {
        assert_eq!(unit("рабочих дней"), Some(TimeUnit::WorkingDay));
        assert_eq!(unit("рабочего дня"), Some(TimeUnit::WorkingDay));
        assert_eq!(unit("дней"), Some(TimeUnit::Day));
        assert_eq!(unit("минут"), Some(TimeUnit::Minute));
        assert_eq!(unit("жұмыс күні"), Some(TimeUnit::WorkingDay));
        assert_eq!(unit("күнтізбелік күн"), Some(TimeUnit::CalendarDay));
        assert_eq!(unit("сағат"), Some(TimeUnit::Hour));
        assert_eq!(unit("календарных дней"), Some(TimeUnit::CalendarDay));
    }
}
