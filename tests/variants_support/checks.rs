//! The generator held to what it promises, on the real texts (values read in `reglaments/`
//! with `grep -n`): these pass whatever the parser makes of the variants.

use std::sync::LazyLock;

use proptest::prelude::*;
use reglament::text::{Encoding, decode};

use super::legacy::{self, CodePage};
use super::shape::{
    drop_blank_lines, is_heading, is_table_row, rewrap, strip_markdown, strip_titles,
};
use super::words::{durations_in_words, durations_with_digits};
use super::{FILES, Lang, Source};

static SOURCES: LazyLock<Vec<Source>> = LazyLock::new(|| FILES.map(Source::load).to_vec());

fn src(i: usize) -> &'static str {
    &SOURCES[i].text
}

#[test]
fn languages() {
    let langs: Vec<Lang> = SOURCES.iter().map(|s| s.lang).collect();
    assert_eq!(langs, [Lang::Ru, Lang::Ru, Lang::Kk, Lang::Kk]);
}

/// 000: headings at lines 68, 265, 463, 652, 859, 1047, 1196, 1400, 1636, 1806, 1958;
/// 001: 141, 382, 886, 1017, 1170, 1328, 1485, 1663, 1813, 2132, 2462; 002: line 6;
/// 003: lines 36, 542, 1066.
#[test]
fn titles_lose_their_words_and_nothing_else_does() {
    let counts: Vec<usize> = (0..4).map(|i| strip_titles(src(i)).1).collect();
    assert_eq!(counts, [11, 11, 1, 3]);
    for s in SOURCES.iter() {
        let (out, _) = strip_titles(&s.text);
        assert_eq!(strip_titles(&out).1, 0, "{}: a heading is left", s.stem);
    }

    let ru = strip_titles(src(0)).0;
    // Lines 68–70: the two-line heading keeps only its second line.
    assert!(ru.contains(
        "от \"27\" июля 2015 года № 158\n\n\n### **\"Назначение государственной адресной социальной помощи\"**\n"
    ));
    assert!(!ru.contains("## **Регламент государственной услуги**"));
    // Line 1047: the one-line heading.
    assert!(ru.contains("\n## **\"Регистрация граждан, пострадавших вследствие ядерных"));
    // Line 19: the decree's clause stays as printed.
    assert!(ru.contains("1) регламент государственной услуги \"Назначение государственной адресной социальной помощи\", утвержденный"));

    // 001 lines 141–142: a wrapped heading.
    let ru = strip_titles(src(1)).0;
    assert!(ru.contains(
        "\n\"Возмещение затрат\nна обучение на дому детей-инвалидов\" 1. Общие положения"
    ));

    // 002 line 6, and ¶1 on line 11 that names the regulation in a sentence.
    let kk = strip_titles(src(2)).0;
    assert!(kk.contains("\n«Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау»\n"));
    assert!(kk.contains("1. «Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызмет регламенті (бұдан әрі"));

    // 003 lines 36 and 542; the decree's list on line 16 stays.
    let kk = strip_titles(src(3)).0;
    assert!(kk.contains("\n## **«Жұмыссыз азаматтарға анықтама беру»**\n"));
    assert!(kk.contains("\n**«Мемлекеттік атаулы әлеуметтік көмек тағайындау»**\n"));
    assert!(
        kk.contains("- 1) \"Жұмыссыз азаматтарға анықтама беру\" мемлекеттік қызмет регламенті;")
    );
}

#[test]
fn no_blank_line_is_left_and_every_other_line_is() {
    for i in 0..4 {
        let out = drop_blank_lines(src(i));
        assert!(out.lines().all(|l| !l.trim().is_empty()));
        let kept: Vec<&str> = src(i).lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(out.lines().collect::<Vec<_>>(), kept);
        assert!(out.len() < src(i).len());
    }
}

#[test]
fn durations_are_left_in_words_only() {
    for (i, source) in SOURCES.iter().enumerate() {
        let (out, n) = durations_in_words(src(i), source.lang);
        assert!(n > 0, "{}", FILES[i]);
        assert_eq!(durations_with_digits(&out), 0, "{}", FILES[i]);
        assert_eq!(out.lines().count(), src(i).lines().count(), "{}", FILES[i]);
        assert_eq!(durations_with_digits(src(i)), n, "{}", FILES[i]);
    }
    let w = |i: usize| durations_in_words(src(i), SOURCES[i].lang).0;
    let ru = w(0);
    // Line 102: «в течение 1 (одного) рабочего дня».
    assert!(ru.contains(
        "направляет на подпись руководителю услугодателя в течение одного рабочего дня;"
    ));
    assert!(ru.contains("№ 279") && ru.contains("от 28 апреля 2015 года"));
    // 001 line 1884: bare digits after «в течение» take the genitive.
    assert!(w(1).contains("в день получения документов в течение тридцати минут"));
    // 002 line 50: «5 (бес) жұмыс күні».
    assert!(w(2).contains("бес жұмыс күні"));
    assert!(!w(2).contains("(бес)"));
    // 003 line 221, a table row: «10 минуттан аспайды.» and «1 минуттан аспайды.».
    let kk = w(3);
    assert!(kk.contains("Орындау мерзімдері\tон минуттан аспайды.\tбір минуттан аспайды."));
    assert!(kk.contains("№ 394"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Lines fit the width unless they are table rows or one word; the words and their order
    /// do not change; continuation lines start at the margin.
    #[test]
    fn rewrapping_keeps_the_words_and_fits_the_width(width in 60usize..=120, file in 0usize..4) {
        let text = src(file);
        let out = rewrap(text, width);
        prop_assert!(out.split_whitespace().eq(text.split_whitespace()));
        let original: std::collections::HashSet<&str> = text.lines().collect();
        for line in out.lines() {
            let fits = line.chars().count() <= width;
            let pieces: Vec<&str> = line.split(' ').filter(|w| !w.is_empty()).collect();
            let one_word = pieces.len() <= 1 || pieces.iter().all(|p| p.chars().count() == 1);
            prop_assert!(fits || is_table_row(line) || is_heading(line) || one_word, "{line}");
            if line.starts_with([' ', '\t']) {
                prop_assert!(original.iter().any(|o| o.starts_with(line)), "indented continuation: {line}");
            }
        }
        prop_assert!(out.lines().count() >= text.lines().count());
    }
}

#[test]
fn rewrapping_breaks_at_the_last_space_that_fits() {
    let line =
        "      1) работник канцелярии услугодателя осуществляет прием и регистрацию документов";
    assert_eq!(
        rewrap(line, 40),
        "      1) работник канцелярии\nуслугодателя осуществляет прием и\nрегистрацию документов"
    );
    // A word longer than the width stands alone; a short line and a table row stay.
    assert_eq!(rewrap("ab cdefghij kl", 5), "ab\ncdefghij\nkl");
    let row = "5.\tОрындау мерзімдері\t10 минуттан аспайды.\t1 минуттан аспайды.";
    assert_eq!(rewrap(row, 20), row);
    // 003 line 1068: a letter-spaced word is not broken.
    assert_eq!(
        rewrap(
            "(бұдан әрі - уәкілетті о р г а н ) к ө р с е т і л е д і .",
            30
        ),
        "(бұдан әрі - уәкілетті\nо р г а н ) к ө р с е т і л е д і ."
    );
    let heading = "## **Регламент государственной услуги \"Регистрация граждан\"**";
    assert_eq!(rewrap(heading, 20), heading);
    assert_eq!(rewrap("a  b\n\nc", 60), "a  b\n\nc");
}

#[test]
fn markdown_is_stripped_to_its_text() {
    assert_eq!(
        strip_markdown("## **Регламент государственной услуги**"),
        "Регламент государственной услуги"
    );
    assert_eq!(strip_markdown("*Аким области*"), "Аким области");
    assert_eq!(
        strip_markdown("облыс әкімдігі **ҚАУЛЫ** **ЕТЕДІ:**"),
        "облыс әкімдігі ҚАУЛЫ ЕТЕДІ:"
    );
    // 003 line 398: an unpaired star stays; line 469: an escaped one is text.
    assert_eq!(
        strip_markdown("*Штрих-код «Электрондық»"),
        "*Штрих-код «Электрондық»"
    );
    assert_eq!(strip_markdown("\\*Штрих-код \\_\\_"), "*Штрих-код __");
    assert_eq!(strip_markdown("3 * 5 = 15"), "3 * 5 = 15");
    for s in SOURCES.iter() {
        let out = strip_markdown(&s.text);
        assert!(!out.contains("**"), "{}", s.stem);
        assert!(
            !out.lines()
                .any(|l| l.starts_with("# ") || l.starts_with("## "))
        );
        let bare = |s: &str| {
            s.replace(['*', '#', '\\'], "")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(bare(&out), bare(&s.text), "{}", s.stem);
        assert_eq!(out.lines().count(), s.text.lines().count());
    }
}

/// Only 001 holds a letter its code page lacks: «ақшамы» (line 22).
#[test]
fn legacy_bytes_decode_back_to_the_text() {
    let missing: Vec<usize> = SOURCES
        .iter()
        .map(|s| legacy::encode_crlf(&s.text, super::code_page(s.lang)).1)
        .collect();
    assert_eq!(missing, [0, 1, 0, 0]);
    for (i, s) in SOURCES.iter().enumerate() {
        let page = super::code_page(s.lang);
        let (bytes, _) = legacy::encode_crlf(&s.text, page);
        let lf = bytes.iter().filter(|&&b| b == b'\n').count();
        let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
        assert_eq!(
            (lf, crlf),
            (s.text.matches('\n').count(), lf),
            "{}",
            FILES[i]
        );
        let encoding = match page {
            CodePage::Windows1251 => Encoding::Windows1251,
            CodePage::Kz1048 => Encoding::Kz1048,
        };
        let back = decode(&bytes, Some(encoding))
            .unwrap()
            .text
            .replace("\r\n", "\n");
        let want = if i == 1 {
            s.text.replace('қ', "?")
        } else {
            s.text.clone()
        };
        assert_eq!(back, want, "{}", FILES[i]);
    }
}
