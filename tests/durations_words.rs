//! Durations read from number words alone.
//!
//! Each text of `reglaments/` is rewritten without digits in its durations: every «N (words)»
//! becomes the words alone, and every bare «N минут / часов / рабочих дней / минуттан …» becomes
//! the number spelled by this test (genitive after «не более», «в течение», «до», nominative
//! otherwise; Kazakh numerals stand uninflected before their noun). Both texts are parsed, and
//! every duration of the original must be found again, with the same value and unit, on the
//! same item. Newlines are kept, so the items keep their lines and can be paired by them.
//!
//! The spelling here is the test's own, independent of the parser's lexicon.

use std::collections::BTreeMap;
use std::path::Path;

use regex::Regex;
use reglament::model::{Document, TimeUnit};

const FILES: [&str; 4] = [
    "reglaments/000_6f385fbdd640c006.txt",
    "reglaments/001_17a9bf27c86efb5e.txt",
    "reglaments/002_2973bc44dfc7985a.txt",
    "reglaments/003_1c2847d2c07c60cf.txt",
];

#[derive(Clone, Copy, PartialEq)]
enum Case {
    Nominative,
    Genitive,
}

#[derive(Clone, Copy, PartialEq)]
enum Gender {
    Masculine,
    Feminine,
}

/// A Russian cardinal 1–999 in the nominative or genitive.
fn russian(n: u64, case: Case, gender: Gender) -> String {
    const HUNDREDS_NOM: [&str; 10] = [
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
    const HUNDREDS_GEN: [&str; 10] = [
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
    const TEENS_NOM: [&str; 10] = [
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
    const TENS_NOM: [&str; 10] = [
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
    const TENS_GEN: [&str; 10] = [
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
    const ONES_NOM: [&str; 10] = [
        "",
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
    ];
    const ONES_GEN: [&str; 10] = [
        "",
        "одного",
        "двух",
        "трех",
        "четырех",
        "пяти",
        "шести",
        "семи",
        "восьми",
        "девяти",
    ];
    let mut words: Vec<String> = Vec::new();
    let (h, t, o) = (
        (n / 100) as usize,
        (n / 10 % 10) as usize,
        (n % 10) as usize,
    );
    let genitive = case == Case::Genitive;
    if h > 0 {
        words.push(
            if genitive {
                HUNDREDS_GEN[h]
            } else {
                HUNDREDS_NOM[h]
            }
            .into(),
        );
    }
    if t == 1 {
        let w = TEENS_NOM[o];
        // The teens' genitive trades the soft sign for «и»: пятнадцать → пятнадцати.
        words.push(if genitive {
            format!("{}и", w.trim_end_matches('ь'))
        } else {
            w.into()
        });
    } else {
        if t > 1 {
            words.push(if genitive { TENS_GEN[t] } else { TENS_NOM[t] }.into());
        }
        if o > 0 {
            let w = match (o, case, gender) {
                (1, Case::Nominative, Gender::Feminine) => "одна",
                (1, Case::Genitive, Gender::Feminine) => "одной",
                (2, Case::Nominative, Gender::Feminine) => "две",
                (_, Case::Nominative, _) => ONES_NOM[o],
                (_, Case::Genitive, _) => ONES_GEN[o],
            };
            words.push(w.into());
        }
    }
    words.join(" ")
}

/// A Kazakh cardinal 1–999.
fn kazakh(n: u64) -> String {
    const ONES: [&str; 10] = [
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
    const TENS: [&str; 10] = [
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
    let (h, t, o) = (
        (n / 100) as usize,
        (n / 10 % 10) as usize,
        (n % 10) as usize,
    );
    let mut words = Vec::new();
    match h {
        0 => {}
        1 => words.push("жүз".to_string()),
        _ => words.push(format!("{} жүз", ONES[h])),
    }
    if t > 0 {
        words.push(TENS[t].to_string());
    }
    if o > 0 {
        words.push(ONES[o].to_string());
    }
    words.join(" ")
}

/// A Kazakh line: Kazakh letters, or «минуттан аспайды», which has none.
fn is_kazakh(line: &str) -> bool {
    line.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c)) || line.contains("аспайды")
}

/// The newlines of a replaced stretch, put before the replacement so every line keeps its number.
fn with_newlines(replaced: &str, words: &str) -> String {
    let newlines = replaced.matches('\n').count();
    format!("{}{words}", "\n".repeat(newlines))
}

/// The text with the digits of its durations replaced by words.
fn words_only(text: &str) -> String {
    // «2 (двух)», «2-х (двух)», «15(он бес)»: the words stay.
    let bracketed = Regex::new(
        r"(?:^|[^0-9.,:/№])(?P<all>[0-9]{1,3}(?:\s*-\s*(?:х|ти|ми|и|ух|ех))?\s*\(\s*(?P<words>[а-яёәғқңөұүһі][а-яёәғқңөұүһі ]*?)\s*\))",
    )
    .unwrap();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for c in bracketed.captures_iter(text) {
        let all = c.name("all").unwrap();
        out.push_str(&text[last..all.start()]);
        out.push_str(&with_newlines(all.as_str(), c["words"].trim()));
        last = all.end();
    }
    out.push_str(&text[last..]);

    // A bare number before its unit: spelled here, in the case its preposition asks for.
    let bare = Regex::new(
        r"(?i)(?P<num>[0-9]{1,3})(?:\s*-\s*(?:х|ти|ми|и|ух|ех))?(?P<gap>\s+)(?P<unit>минут|мин\b|час|рабоч|календарн|дн[яеи]|день|сут|жұмыс\s+күн|күнтізбе|күн|сағат|тәулік)",
    )
    .unwrap();
    let prep = Regex::new(r"(?i)(?:не\s+более|в\s+течени[ея]|до|не\s+менее)\s*$").unwrap();
    let text = out;
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for c in bare.captures_iter(&text) {
        let num = c.name("num").unwrap();
        // «18.00 часов» is a time of day, «№ 5» a number: neither is a duration's count.
        let before = text[..num.start()].chars().next_back();
        if before.is_some_and(|b| b.is_alphanumeric() || ".,:/№".contains(b)) {
            continue;
        }
        let n: u64 = num.as_str().parse().unwrap();
        if n == 0 {
            continue;
        }
        let line_start = text[..num.start()].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[num.start()..]
            .find('\n')
            .map_or(text.len(), |i| num.start() + i);
        let unit = c["unit"].to_lowercase();
        let words = if is_kazakh(&text[line_start..line_end]) {
            kazakh(n)
        } else {
            let case = if prep
                .is_match(&text[line_start.max(num.start().saturating_sub(40))..num.start()])
            {
                Case::Genitive
            } else {
                Case::Nominative
            };
            let gender = if unit.starts_with("мин") {
                Gender::Feminine
            } else {
                Gender::Masculine
            };
            russian(n, case, gender)
        };
        let whole = c.get(0).unwrap();
        out.push_str(&text[last..whole.start()]);
        out.push_str(&words);
        // The gap and the unit stay as printed.
        out.push_str(&text[c.name("gap").unwrap().start()..whole.end()]);
        last = whole.end();
    }
    out.push_str(&text[last..]);
    out
}

/// What must survive the rewrite: value, unit, parts, deadline and same-day.
type Reading = (u64, TimeUnit, Vec<(u64, TimeUnit)>, bool, bool);

/// Every item's duration, keyed by the item's place.
type Durations = BTreeMap<(u32, u32, u32, String), Reading>;

fn durations(doc: &Document) -> Durations {
    let mut out = BTreeMap::new();
    for r in &doc.reglaments {
        for l in &r.lists {
            for it in &l.items {
                if let Some(d) = &it.duration {
                    let parts = d.parts.iter().map(|p| (p.value, p.unit)).collect();
                    out.insert(
                        (r.line, l.line, it.line, it.label.clone()),
                        (d.value, d.unit, parts, d.deadline, d.same_day),
                    );
                }
            }
        }
    }
    out
}

#[test]
fn spelling_reads_back() {
    assert_eq!(
        russian(25, Case::Genitive, Gender::Masculine),
        "двадцати пяти"
    );
    assert_eq!(russian(15, Case::Genitive, Gender::Feminine), "пятнадцати");
    assert_eq!(russian(1, Case::Genitive, Gender::Feminine), "одной");
    assert_eq!(russian(2, Case::Nominative, Gender::Feminine), "две");
    assert_eq!(
        russian(240, Case::Genitive, Gender::Masculine),
        "двухсот сорока"
    );
    assert_eq!(kazakh(15), "он бес");
    assert_eq!(kazakh(245), "екі жүз қырық бес");
    assert_eq!(
        words_only("в течение 1 (\nодного) рабочего дня"),
        "в течение \nодного рабочего дня"
    );
    assert_eq!(words_only("не более 30 минут"), "не более тридцати минут");
    assert_eq!(words_only("10 минуттан аспайды"), "он минуттан аспайды");
    assert_eq!(words_only("с 9.00 до 18.00 часов"), "с 9.00 до 18.00 часов");
}

#[test]
fn every_duration_is_read_from_words_alone() {
    let mut total = 0;
    let mut found = 0;
    let mut missed = Vec::new();
    for file in FILES {
        let text = std::fs::read_to_string(Path::new(file)).unwrap();
        let rewritten = words_only(&text);
        assert_eq!(
            text.lines().count(),
            rewritten.lines().count(),
            "{file}: the rewrite keeps every line"
        );
        assert_ne!(text, rewritten, "{file}: the rewrite changed something");
        let original = durations(&reglament::parse::parse_text(file, &text, "utf-8").unwrap());
        let words = durations(&reglament::parse::parse_text(file, &rewritten, "utf-8").unwrap());
        for (key, want) in &original {
            total += 1;
            match words.get(key) {
                Some(got) if got == want => found += 1,
                got => missed.push(format!(
                    "{file}:{} {}: want {want:?}, got {got:?}",
                    key.2, key.3
                )),
            }
        }
    }
    eprintln!("words-only durations: {found} of {total} found again");
    assert!(
        total > 500,
        "the corpus states hundreds of durations ({total})"
    );
    assert!(
        missed.is_empty(),
        "{} of {total} durations not read from words:\n{}",
        missed.len(),
        missed.join("\n")
    );
}

/// The duration of the item whose label stands on `line` in `doc`.
fn duration_at(doc: &Document, line: u32) -> reglament::model::Duration {
    doc.reglaments
        .iter()
        .flat_map(|r| &r.lists)
        .flat_map(|l| &l.items)
        .find(|it| it.line == line)
        .unwrap_or_else(|| panic!("an item at line {line}"))
        .duration
        .clone()
        .unwrap_or_else(|| panic!("a duration on the item at line {line}"))
}

/// Items of a PDF export with hard wraps cite the physical line holding the duration's words.
#[test]
fn wrapped_items_cite_the_line_of_their_duration() {
    let doc = reglament::parse_file(Path::new(FILES[1]), None).unwrap();
    // «6) сотрудник отдела трудовой миграции … от 27 июня 2016 | года № 559 (далее – Правила) в
    // течение 3 (трех) часов;»: the label on 455, the duration on the seventh line, 461; the year
    // on the line before is no duration.
    let d = duration_at(&doc, 455);
    assert_eq!((d.value, d.unit, d.line), (3, TimeUnit::Hour, 461));
    assert_eq!(d.text, "в течение 3 (трех) часов");
    // «4) сотрудник районного отдела …» (508), a page break, then «… в течение 2 (двух) рабочих
    // дней со дня» on 513.
    let d = duration_at(&doc, 508);
    assert_eq!((d.value, d.unit, d.line), (2, TimeUnit::WorkingDay, 513));
    // «8) … интернет-ресурсе не менее, чем за 3 (три) рабочих дня до даты заседания;» (465–467): a
    // deadline three working days ahead, on 467.
    let d = duration_at(&doc, 465);
    assert_eq!(
        (d.value, d.unit, d.deadline, d.line),
        (3, TimeUnit::WorkingDay, true, 467)
    );
    // «6) … передает курьеру Государственной корпорации | не позднее чем за сутки до истечения
    // срока оказания государственных услуг;» (1148–1150).
    let d = duration_at(&doc, 1148);
    assert_eq!(
        (d.value, d.unit, d.deadline, d.same_day, d.line),
        (1, TimeUnit::CalendarDay, true, false, 1150)
    );
    assert_eq!(d.text, "не позднее чем за сутки");
    // «6) специалист канцелярии услугодателя в день поступления | сопроводительного письма …» (1876).
    let d = duration_at(&doc, 1876);
    assert_eq!(
        (d.value, d.unit, d.same_day, d.line),
        (1, TimeUnit::WorkingDay, true, 1876)
    );

    // 002 ¶5 item 1: «… белгі қояды -15 (он бес) минут.» ends line 47, «Құжаттарды … береді - 2
    // (екі) сағат;» is line 48: two parts, each with its line, summed as before.
    let doc = reglament::parse_file(Path::new(FILES[2]), None).unwrap();
    let d = duration_at(&doc, 47);
    assert_eq!((d.value, d.unit, d.line), (135, TimeUnit::Minute, 47));
    let parts: Vec<_> = d
        .parts
        .iter()
        .map(|p| (p.text.as_str(), p.value, p.unit, p.minutes, p.line))
        .collect();
    assert_eq!(
        parts,
        vec![
            ("15 (он бес) минут", 15, TimeUnit::Minute, Some(15), 47),
            ("2 (екі) сағат", 2, TimeUnit::Hour, Some(120), 48),
        ]
    );
}

/// `reglament parse --format text` prints durations in the regulation's language.
#[test]
fn outline_speaks_human_units() {
    let outline = |file: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_reglament"))
            .args(["parse", "--format", "text", file])
            .output()
            .unwrap();
        assert!(out.status.success(), "{file}: parse succeeds");
        String::from_utf8(out.stdout).unwrap()
    };
    let has = |text: &str, line: &str| {
        assert!(
            text.lines().any(|l| l.contains(line)),
            "the outline has a line with «{line}»"
        )
    };
    let ru = outline(FILES[1]);
    has(
        &ru,
        "L455 сотрудник отдела трудовой миграции услугодателя ⏱ 3 ч (L461)",
    );
    has(
        &ru,
        "L465 сотрудник отдела трудовой миграции услугодателя ⏱ не позднее чем за 3 раб. дня (L467)",
    );
    has(
        &ru,
        "L1148 ответственный специалист услугодателя ⏱ не позднее чем за 1 сутки (L1150)",
    );
    has(&ru, "L1876 специалист канцелярии ⏱ в день обращения");
    assert!(!ru.contains("WorkingDay") && !ru.contains("Minute"));
    let kk = outline(FILES[2]);
    has(
        &kk,
        "L47 көрсетілетін қызметті берушінің қызметкері ⏱ 2 сағ 15 мин (15 мин + 2 сағ)",
    );
    has(
        &kk,
        "L50 көрсетілетін қызметті берушінің жауапты орындаушысы ⏱ 5 жұмыс күні",
    );
}
