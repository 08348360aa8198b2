//! Durations in words only: «30 (тридцати) минут» → «тридцати минут», «15 минут» →
//! «пятнадцать минут», «10 минуттан аспайды» → «он минуттан аспайды».
//!
//! The number words are spelled here from a small table of their own, not taken from the
//! parser's lexicon, so the variant does not lean on what it is meant to test.

use std::sync::LazyLock;

use regex::Regex;

use super::Lang;

/// Grammatical case of a Russian number word: genitive after «не более», «в течение», «до», …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Nominative,
    Genitive,
}

/// Gender of the unit the number counts: «одна минута», «один час», «одни сутки».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
    /// Nouns with no singular («сутки»).
    Plural,
}

const RU_TEENS_NOM: [&str; 10] = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
];
const RU_TEENS_GEN: [&str; 10] = [
    "десяти",
    "одиннадцати",
    "двенадцати",
    "тринадцати",
    "четырнадцати",
    "пятнадцати",
    "шестнадцати",
    "семнадцати",
    "восемнадцати",
    "девятнадцати",
];
/// Units 3..=9 (1 and 2 depend on gender).
const RU_UNITS_NOM: [&str; 10] = [
    "",
    "",
    "",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
];
const RU_UNITS_GEN: [&str; 10] = [
    "",
    "",
    "",
    "трех",
    "четырех",
    "пяти",
    "шести",
    "семи",
    "восьми",
    "девяти",
];
const RU_TENS_NOM: [&str; 10] = [
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
];
const RU_TENS_GEN: [&str; 10] = [
    "",
    "",
    "двадцати",
    "тридцати",
    "сорока",
    "пятидесяти",
    "шестидесяти",
    "семидесяти",
    "восьмидесяти",
    "девяноста",
];
const RU_HUNDREDS_NOM: [&str; 10] = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
];
const RU_HUNDREDS_GEN: [&str; 10] = [
    "",
    "ста",
    "двухсот",
    "трехсот",
    "четырехсот",
    "пятисот",
    "шестисот",
    "семисот",
    "восьмисот",
    "девятисот",
];

const KK_UNITS: [&str; 10] = [
    "",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
];
const KK_TENS: [&str; 10] = [
    "",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];

/// The largest number the tables spell; durations never come near it.
pub const MAX_SPELLED: u64 = 999;

/// «один/одна/одни», «два/две/двое» and their genitives; the collective «двое, трое, четверо»
/// only stand alone before a plural-only noun («двое суток», but «двадцать два дня»).
fn ru_small(n: usize, case: Case, gender: Gender, alone: bool) -> &'static str {
    match (n, case, gender) {
        (1, Case::Nominative, Gender::Masculine) => "один",
        (1, Case::Nominative, Gender::Feminine) => "одна",
        (1, Case::Nominative, Gender::Plural) => "одни",
        (1, Case::Genitive, Gender::Masculine) => "одного",
        (1, Case::Genitive, Gender::Feminine) => "одной",
        (1, Case::Genitive, Gender::Plural) => "одних",
        (2, Case::Nominative, Gender::Feminine) => "две",
        (2, Case::Nominative, Gender::Plural) if alone => "двое",
        (3, Case::Nominative, Gender::Plural) if alone => "трое",
        (4, Case::Nominative, Gender::Plural) if alone => "четверо",
        (2, Case::Nominative, _) => "два",
        (2, Case::Genitive, _) => "двух",
        (n, Case::Nominative, _) => RU_UNITS_NOM[n],
        (n, Case::Genitive, _) => RU_UNITS_GEN[n],
    }
}

/// A number 1..=999 in Russian words; `None` outside that range.
pub fn russian(n: u64, case: Case, gender: Gender) -> Option<String> {
    if n == 0 || n > MAX_SPELLED {
        return None;
    }
    let n = n as usize;
    let (hundreds, tens, units) = (n / 100, n / 10 % 10, n % 10);
    let (hundreds_of, teens_of, tens_of) = match case {
        Case::Nominative => (RU_HUNDREDS_NOM, RU_TEENS_NOM, RU_TENS_NOM),
        Case::Genitive => (RU_HUNDREDS_GEN, RU_TEENS_GEN, RU_TENS_GEN),
    };
    let mut words: Vec<&str> = Vec::new();
    if hundreds > 0 {
        words.push(hundreds_of[hundreds]);
    }
    if tens == 1 {
        words.push(teens_of[units]);
    } else {
        if tens > 1 {
            words.push(tens_of[tens]);
        }
        if units > 0 {
            words.push(ru_small(units, case, gender, n < 10));
        }
    }
    Some(words.join(" "))
}

/// A number 1..=999 in Kazakh words (Kazakh numerals do not change before a noun).
pub fn kazakh(n: u64) -> Option<String> {
    if n == 0 || n > MAX_SPELLED {
        return None;
    }
    let n = n as usize;
    let (hundreds, tens, units) = (n / 100, n / 10 % 10, n % 10);
    let mut words: Vec<&str> = Vec::new();
    match hundreds {
        0 => {}
        1 => words.push("жүз"),
        h => words.extend([KK_UNITS[h], "жүз"]),
    }
    if tens > 0 {
        words.push(KK_TENS[tens]);
    }
    if units > 0 {
        words.push(KK_UNITS[units]);
    }
    Some(words.join(" "))
}

/// Every way the text's language spells `n` before a unit: the bracketed words of a duration
/// are kept when they are one of these, and replaced by the generator's own words otherwise.
pub fn spellings(n: u64, lang: Lang) -> Vec<String> {
    match lang {
        Lang::Kk => kazakh(n).into_iter().collect(),
        Lang::Ru => [Case::Nominative, Case::Genitive]
            .into_iter()
            .flat_map(|c| {
                [Gender::Masculine, Gender::Feminine, Gender::Plural]
                    .into_iter()
                    .filter_map(move |g| russian(n, c, g))
            })
            .collect(),
    }
}

/// A duration's number followed by its unit, with the bracketed words when printed. The digit
/// run is checked by hand for what stands before it (the regex crate has no look-behind).
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<num>\d+)(?:\s*\((?P<words>[\p{L} \t\n-]{1,40})\))?",
        r"(?P<gap>\s*)(?P<unit>",
        r"рабоч\p{L}*\s+(?:дн\p{L}*|день)",
        r"|календарн\p{L}*\s+(?:дн\p{L}*|день)",
        r"|дн(?:ей|я)\b|день\b|сут(?:ок|ки)\b",
        r"|минут\p{L}*|мин\b\.?",
        r"|час(?:а|ов|ам)?\b",
        r"|жұмыс\s+күн\p{L}{0,4}\b",
        r"|күнтізбе\p{L}*\s+күн\p{L}{0,4}\b",
        r"|күн\p{L}{0,4}\b",
        r"|сағат\p{L}*",
        r")",
    ))
    .unwrap()
});

/// Words after which a Russian number stands in the genitive.
const GENITIVE_AFTER: &[&str] = &[
    "более",
    "менее",
    "течение",
    "до",
    "позднее",
    "свыше",
    "около",
];

/// True when the number at `at` follows a word that governs the genitive («не более 15»).
fn wants_genitive(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let mut words = before
        .split(|c: char| c.is_whitespace() || c == '(' || c == '«' || c == '"')
        .filter(|w| !w.is_empty());
    match words.next_back() {
        // «не позднее чем 2 дней» reads through «чем».
        Some("чем") => words
            .next_back()
            .is_some_and(|w| GENITIVE_AFTER.contains(&w.to_lowercase().as_str())),
        Some(w) => GENITIVE_AFTER.contains(&w.to_lowercase().as_str()),
        None => false,
    }
}

fn gender_of(unit: &str) -> Gender {
    let u = unit.to_lowercase();
    if u.starts_with("мин") {
        Gender::Feminine
    } else if u.starts_with("сут") {
        Gender::Plural
    } else {
        Gender::Masculine
    }
}

/// A digit run that is part of something else: a date «10.03.2011», a range «3-5», a code
/// «№ 3/539». A dash glued to the number after a space is punctuation («белгі қояды -15 (он бес)
/// минут»).
fn glued_before(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        Some('-' | '–') => before.next().is_some_and(char::is_alphanumeric),
        Some(c) => c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '_'),
        None => false,
    }
}

/// The text with every duration's number written in words only; also how many were rewritten.
/// Numbers that are not followed by a unit of time are left as printed.
pub fn durations_in_words(text: &str, lang: Lang) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut count = 0;
    for caps in DURATION.captures_iter(text) {
        let whole = caps.get(0).unwrap();
        let num = caps.name("num").unwrap();
        if glued_before(text, num.start()) {
            continue;
        }
        let Ok(n) = num.as_str().parse::<u64>() else {
            continue;
        };
        let unit = caps.name("unit").unwrap().as_str();
        let printed = caps.name("words").map(|w| w.as_str());
        let words = match printed {
            Some(w) if spellings(n, lang).contains(&normalise_words(w)) => w.trim().to_string(),
            _ => {
                let spelled = match lang {
                    Lang::Kk => kazakh(n),
                    Lang::Ru => {
                        let case = if wants_genitive(text, num.start()) {
                            Case::Genitive
                        } else {
                            Case::Nominative
                        };
                        russian(n, case, gender_of(unit))
                    }
                };
                match spelled {
                    Some(s) => s,
                    None => continue,
                }
            }
        };
        out.push_str(&text[last..whole.start()]);
        out.push_str(&words);
        // The line breaks dropped with the digits and brackets («18 (восемнадцати\n) дней») are
        // kept, so the variant has as many lines as the original.
        let gap = caps.name("gap").unwrap().as_str();
        let unit_start = caps.name("unit").unwrap().start();
        let breaks = text[whole.start()..unit_start].matches('\n').count()
            - words.matches('\n').count()
            - gap.matches('\n').count();
        out.extend(std::iter::repeat_n('\n', breaks));
        // «15(он бес)минут» still needs a space between the words and the unit.
        out.push_str(if gap.is_empty() && breaks == 0 {
            " "
        } else {
            gap
        });
        out.push_str(unit);
        last = whole.end();
        count += 1;
    }
    out.push_str(&text[last..]);
    (out, count)
}

/// Lower-cased, one space between words.
fn normalise_words(w: &str) -> String {
    w.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many durations still start with digits (what the words-only variant must leave none of).
pub fn durations_with_digits(text: &str) -> usize {
    DURATION
        .captures_iter(text)
        .filter(|c| !glued_before(text, c.name("num").unwrap().start()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_numbers_in_both_cases_and_genders() {
        let ru = |n, c, g| russian(n, c, g).unwrap();
        use Case::*;
        use Gender::*;
        assert_eq!(ru(1, Nominative, Feminine), "одна");
        assert_eq!(ru(1, Genitive, Feminine), "одной");
        assert_eq!(ru(1, Genitive, Masculine), "одного");
        assert_eq!(ru(2, Nominative, Feminine), "две");
        assert_eq!(ru(2, Nominative, Masculine), "два");
        assert_eq!(ru(2, Nominative, Plural), "двое");
        assert_eq!(ru(22, Nominative, Plural), "двадцать два");
        assert_eq!(ru(2, Genitive, Feminine), "двух");
        assert_eq!(ru(3, Genitive, Masculine), "трех");
        assert_eq!(ru(15, Nominative, Feminine), "пятнадцать");
        assert_eq!(ru(15, Genitive, Feminine), "пятнадцати");
        assert_eq!(ru(30, Genitive, Feminine), "тридцати");
        assert_eq!(ru(45, Genitive, Feminine), "сорока пяти");
        assert_eq!(ru(90, Genitive, Masculine), "девяноста");
        assert_eq!(ru(121, Nominative, Feminine), "сто двадцать одна");
        assert_eq!(ru(240, Genitive, Feminine), "двухсот сорока");
        assert_eq!(russian(0, Nominative, Masculine), None);
        assert_eq!(russian(1000, Nominative, Masculine), None);
    }

    #[test]
    fn kazakh_numbers() {
        assert_eq!(kazakh(1).unwrap(), "бір");
        assert_eq!(kazakh(10).unwrap(), "он");
        assert_eq!(kazakh(15).unwrap(), "он бес");
        assert_eq!(kazakh(20).unwrap(), "жиырма");
        assert_eq!(kazakh(45).unwrap(), "қырық бес");
        assert_eq!(kazakh(100).unwrap(), "жүз");
        assert_eq!(kazakh(240).unwrap(), "екі жүз қырық");
    }

    #[test]
    fn russian_durations_keep_their_words_or_get_them_in_the_right_case() {
        let w = |s| durations_in_words(s, Lang::Ru).0;
        assert_eq!(
            w("не более 30 (тридцати) минут;"),
            "не более тридцати минут;"
        );
        assert_eq!(w("в течение 2 минут."), "в течение двух минут.");
        assert_eq!(w("в течение 1 часа"), "в течение одного часа");
        assert_eq!(w("составляет 15 минут"), "составляет пятнадцать минут");
        assert_eq!(
            w("не позднее чем 3 рабочих дней"),
            "не позднее чем трех рабочих дней"
        );
        // A printed word that spells another number is replaced by the digits' own words.
        assert_eq!(w("в течение 2 (трех) часов"), "в течение двух часов");
        // A wrapped duration keeps its line break.
        assert_eq!(
            w("в течение 30 (тридцати)\nминут"),
            "в течение тридцати\nминут"
        );
        assert_eq!(
            w("в течение 18 (восемнадцати\n) дней;"),
            "в течение восемнадцати\n дней;"
        );
        assert_eq!(
            w("в течение 45\n(сорока\nпяти) минут"),
            "в течение сорока\nпяти\n минут"
        );
    }

    #[test]
    fn kazakh_durations() {
        let w = |s| durations_in_words(s, Lang::Kk).0;
        assert_eq!(
            w("береді - 1 (бір) жұмыс күні;"),
            "береді - бір жұмыс күні;"
        );
        assert_eq!(w("1 (один) жұмыс күні"), "бір жұмыс күні");
        assert_eq!(w("асырады - 15(он бес) минут;"), "асырады - он бес минут;");
        assert_eq!(w("4(төрт)жұмыс күні"), "төрт жұмыс күні");
        assert_eq!(w("10 минуттан аспайды."), "он минуттан аспайды.");
        assert_eq!(
            w("10 күнтізбелік күннің ішінде"),
            "он күнтізбелік күннің ішінде"
        );
        assert_eq!(w("2 (екі) сағат;"), "екі сағат;");
        assert_eq!(
            w("белгі қояды -15 (он бес) минут."),
            "белгі қояды -он бес минут."
        );
    }

    #[test]
    fn other_numbers_stay() {
        for s in [
            "2015 жылғы 28 сәуірдегі № 279 бұйрығымен",
            "от 28 апреля 2015 года № 279",
            "10.03.2011 күні",
            "8 (7172) 24 07",
            "согласно приложению 2 к Регламенту",
            "1-қосымша",
            "3-5 рабочих дней",
            "5 министерств",
            "2 части",
            "3 күнделікті",
        ] {
            let lang = if s.contains('қ') || s.contains('ә') {
                Lang::Kk
            } else {
                Lang::Ru
            };
            assert_eq!(durations_in_words(s, lang), (s.to_string(), 0), "{s}");
        }
    }
}
