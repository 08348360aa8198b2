//! The decree and its annexes, the appendices and their headers, over reglaments/: every
//! instance read in the decree parts and the annex and appendix headers of the four texts, with
//! rule, severity and exact lines, and the passages read to agree, which must stay silent.

use reglament::check::{Finding, Severity, check};
use std::path::Path;

const F000: &str = "000_6f385fbdd640c006.txt";
const F001: &str = "001_17a9bf27c86efb5e.txt";
const F002: &str = "002_2973bc44dfc7985a.txt";
const F003: &str = "003_1c2847d2c07c60cf.txt";

/// The rules of this layer: the decree against its annexes, and the appendices.
const RULES: &[&str] = &[
    "annex-missing",
    "annex-header-mismatch",
    "annex-act-mismatch",
    "annex-title-mismatch",
    "service-name-mismatch",
    "appendix-missing",
    "appendix-ambiguous",
    "header-missing",
];

fn findings(file: &str) -> Vec<Finding> {
    let doc = reglament::parse_file(Path::new(&format!("reglaments/{file}")), None)
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    check(&doc)
}

/// (rule, severity, lines: the primary place first, what the text shows)
type Expect = (&'static str, Severity, &'static [u32], &'static str);

/// The file's findings of this layer's rules are exactly `expected`, in the checker's order.
fn assert_exactly(file: &str, expected: &[Expect]) {
    let got: Vec<(&str, Severity, Vec<u32>)> = findings(file)
        .into_iter()
        .filter(|f| RULES.contains(&f.rule))
        .map(|f| (f.rule, f.severity, f.lines))
        .collect();
    let want: Vec<(&str, Severity, Vec<u32>)> = expected
        .iter()
        .map(|(r, s, l, _)| (*r, *s, l.to_vec()))
        .collect();
    assert_eq!(got, want, "{file}");
}

const W: Severity = Severity::Warning;

/// 000, act № 107 restating eleven regulations of act № 158 as annexes 1–11 (lines 19–41).
/// Annexes 1, 2, 3, 6, 11 stand under «Приложение N к постановлению … № 107» (lines 61, 258, 460,
/// 1040, 1955) and agree. The title cited at line 29 «детей инвалидов» and the regulation's
/// «детей-инвалидов» (line 861) differ by a hyphen only and agree.
#[test]
fn file_000() {
    assert_exactly(
        F000,
        &[
            (
                "annex-header-mismatch",
                W,
                &[645, 27],
                "annex 4 under «Приложение к постановлению …» without a number",
            ),
            (
                "header-missing",
                W,
                &[788, 782],
                "annex 4's справочник heading with its legend; of its header only «оказания государственной услуги \"…\"» (line 786) is left, where line 782 refers to appendices 1, 2, 3",
            ),
            (
                "annex-header-mismatch",
                W,
                &[859, 29],
                "annex 5's title follows the previous legend, no header",
            ),
            (
                "header-missing",
                W,
                &[1027, 970],
                "annex 5's fourth справочник without «Приложение 4»; line 970 refers to 2, 3, 4",
            ),
            (
                "annex-header-mismatch",
                W,
                &[1196, 33],
                "annex 7, no header",
            ),
            (
                "annex-header-mismatch",
                W,
                &[1400, 35],
                "annex 8, no header",
            ),
            (
                "annex-header-mismatch",
                W,
                &[1636, 37],
                "annex 9, no header",
            ),
            (
                "header-missing",
                W,
                &[1758, 1730],
                "annex 9's справочник without «Приложение 2»; line 1730 refers to 2, 3",
            ),
            (
                "annex-header-mismatch",
                W,
                &[1806, 39],
                "annex 10, no header",
            ),
        ],
    );
}

/// 001, act № 2/154 amending act № 3/539 and restating twelve annexes (lines 37–106). Annexes
/// 1, 2 and 9 print the act's own header and the amended act's under it (lines 122/129,
/// 363/373, 1641/1654): the normal form, silent. The others stand only under the amended act's
/// header, or none (annex 6: line 1163 reads «к постановлению акимата» without «Приложение N»).
/// Annex 4 (line 68) is the new wording of the appendix to a regulation this act does not print.
/// The decree names annex 2 by its former title (line 47) and gives the new one in the quoted
/// new wording of the amended act's list (lines 29–33): it agrees with the title at line 382.
/// The regulations at 1485 and 2132 print one appendix each, headed «Приложение к Регламенту»
/// (lines 1627, 2436), and refer to it without a number: correct.
#[test]
fn file_001() {
    assert_exactly(
        F001,
        &[
            ("annex-missing", W, &[68], "annex 4 cited, never printed"),
            (
                "service-name-mismatch",
                W,
                &[382, 393],
                "title «или в рамках» (line 390) vs ¶1 «либо в рамках» (line 396)",
            ),
            (
                "appendix-missing",
                W,
                &[813],
                "«приложениям 1 6» (the range 1–6), none printed: one finding",
            ),
            ("appendix-missing", W, &[869], "«приложении 7», not printed"),
            (
                "annex-header-mismatch",
                W,
                &[877, 50],
                "annex 3 only under «Приложение 6 … № 3/539»",
            ),
            (
                "appendix-missing",
                W,
                &[1002],
                "«согласно приложению к настоящему регламенту», nothing printed before line 1006",
            ),
            (
                "annex-header-mismatch",
                W,
                &[1006, 71],
                "annex 5 only under «Приложение 9 … № 3/539»",
            ),
            ("appendix-missing", W, &[1160], "«the» appendix, none"),
            (
                "annex-header-mismatch",
                W,
                &[1170, 77],
                "annex 6: «к постановлению акимата … № 3/539» (1163) without «Приложение»",
            ),
            ("appendix-missing", W, &[1311], "«the» appendix, none"),
            (
                "annex-header-mismatch",
                W,
                &[1314, 85],
                "annex 7 only under «Приложение 11 … № 3/539»",
            ),
            ("appendix-missing", W, &[1473], "«the» appendix, none"),
            (
                "annex-header-mismatch",
                W,
                &[1476, 89],
                "annex 8 only under «Приложение 12 … № 3/539»",
            ),
            ("appendix-missing", W, &[1801], "«the» appendix, none"),
            (
                "annex-header-mismatch",
                W,
                &[1804, 96],
                "annex 10 only under «Приложение 14 … № 3/539»",
            ),
            (
                "appendix-missing",
                W,
                &[2032, 2120],
                "«the» appendix twice, none",
            ),
            (
                "annex-header-mismatch",
                W,
                &[2123, 102],
                "annex 11 only under «Приложение 15 … № 3/539»",
            ),
            (
                "annex-header-mismatch",
                W,
                &[2453, 106],
                "annex 12 only under «Приложение 16 … № 3/539»",
            ),
        ],
    );
}

/// 002: an annex printed alone (no decree text), under «… № 149 қаулысына 3-қосымша»; its four
/// appendices are numbered and referenced.
#[test]
fn file_002() {
    assert_exactly(F002, &[]);
}

/// 003, act № 133 approving three attached regulations without numbers (lines 16, 17, 19).
/// The first two agree with their titles (lines 36, 542).
#[test]
fn file_003() {
    assert_exactly(
        F003,
        &[
            (
                "annex-title-mismatch",
                Severity::Info,
                &[19, 1066],
                "«ресімдеу» in the decree, «рәсімдеу» in the title",
            ),
            (
                "header-missing",
                W,
                &[1323, 1194],
                "appendix 3's questionnaire (1325) under the bare service name, «… 3-қосымша» lost",
            ),
        ],
    );
}

/// What the decree layer reads, so the silence above is the checker's judgement and not a
/// misreading: each act's own number and date (000 line 7, 001 line 7, 003 line 7), the act it
/// amends (000 line 3, 001 lines 2–3), and the dates its own annex headers name (000 «от "31"
/// марта 2016 года № 107», lines 63, 260, 460, 647, 1042, 1955; 001 «от 18 апреля 2018 года
/// № 2/154», lines 126, 367, 1649), which agree with the act's.
#[test]
fn the_acts_their_dates_and_what_they_amend() {
    let read = |file: &str| {
        let doc = reglament::parse_file(Path::new(&format!("reglaments/{file}")), None).unwrap();
        let own_dates: Vec<Option<String>> = doc
            .reglaments
            .iter()
            .filter_map(|r| r.annex.as_ref())
            .filter(|h| h.act == doc.decree.act)
            .map(|h| h.date.clone())
            .collect();
        (
            doc.decree.act,
            doc.decree.date,
            doc.decree.amends,
            own_dates,
        )
    };
    let d = |s: &str| Some(s.to_string());
    assert_eq!(
        read(F000),
        (
            d("107"),
            d("2016-03-31"),
            vec!["158".to_string()],
            vec![d("2016-03-31"); 6]
        )
    );
    assert_eq!(
        read(F001),
        (
            d("2/154"),
            d("2018-04-18"),
            vec!["3/539".to_string()],
            vec![d("2018-04-18"); 3]
        )
    );
    assert_eq!(read(F003), (d("133"), d("2012-04-18"), vec![], vec![]));
}

/// Every message quotes both sides with their lines and names no internal value.
#[test]
fn messages_quote_both_sides() {
    for file in [F000, F001, F002, F003] {
        for f in findings(file).iter().filter(|f| RULES.contains(&f.rule)) {
            for line in &f.lines {
                assert!(
                    f.message
                        .text(reglament::i18n::Lang::En)
                        .contains(&format!("line {line}")),
                    "{file}: {} lacks line {line}",
                    f.message.text(reglament::i18n::Lang::En)
                );
            }
            assert_eq!(
                f.quotes.len(),
                f.lines.len(),
                "{file}: {}",
                f.message.text(reglament::i18n::Lang::En)
            );
            for internal in ["state_corp", "provider", "Some(", "None"] {
                assert!(
                    !f.message.text(reglament::i18n::Lang::En).contains(internal),
                    "{file}: {}",
                    f.message.text(reglament::i18n::Lang::En)
                );
            }
        }
    }
}
