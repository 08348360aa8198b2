//! Durations read from number words alone.
//!
//! Each text of `reglaments/` is rewritten without digits in its durations by the shape-variant
//! generator (`tests/variants_support/words.rs`, whose spelling is independent of the parser's
//! lexicon). Both texts are parsed, and every duration of the original must be found again on
//! the same item, with the same value, unit, parts and flags. Newlines are kept, so the items
//! keep their lines and can be paired by them.

mod variants_support;

use std::collections::BTreeMap;
use std::path::Path;

use reglament::model::{Document, TimeUnit};
use variants_support::Lang;
use variants_support::words::durations_in_words;

const FILES: [&str; 4] = [
    "reglaments/000_6f385fbdd640c006.txt",
    "reglaments/001_17a9bf27c86efb5e.txt",
    "reglaments/002_2973bc44dfc7985a.txt",
    "reglaments/003_1c2847d2c07c60cf.txt",
];

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
fn every_duration_is_read_from_words_alone() {
    let mut total = 0;
    let mut found = 0;
    let mut missed = Vec::new();
    for file in FILES {
        let text = std::fs::read_to_string(Path::new(file)).unwrap();
        let lang = if file.contains("/002_") || file.contains("/003_") {
            Lang::Kk
        } else {
            Lang::Ru
        };
        let (rewritten, _) = durations_in_words(&text, lang);
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
