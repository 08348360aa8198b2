//! Consistency checker over reglaments/: real inconsistencies read in the texts (each one checked
//! against the lines cited, several also listed in tests/corpus_00N.rs), and passages read to be
//! consistent that must stay silent.

use reglament::check::{Finding, Severity, check};
use std::collections::BTreeMap;
use std::path::Path;

fn findings(file: &str) -> Vec<Finding> {
    let doc = reglament::parse_file(Path::new(&format!("reglaments/{file}")), None)
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    check(&doc)
}

const F000: &str = "000_6f385fbdd640c006.txt";
const F001: &str = "001_17a9bf27c86efb5e.txt";
const F002: &str = "002_2973bc44dfc7985a.txt";
const F003: &str = "003_1c2847d2c07c60cf.txt";

/// (rule, lines as the checker reports them: primary first, reason)
type Expect = (&'static str, &'static [u32], &'static str);

/// Exact lines, except that an appendix header spans two lines («… регламентіне» / «2-қосымша»)
/// and either may be reported as the appendix's line.
fn same_place(rule: &str, got: &[u32], want: &[u32]) -> bool {
    let appendix = ["legend-missing", "header-missing", "appendix-unreferenced"].contains(&rule);
    got == want || (appendix && got.len() == 1 && want.len() == 1 && got[0].abs_diff(want[0]) <= 1)
}

fn assert_all(file: &str, expected: &[Expect]) {
    let got = findings(file);
    let mut missing = Vec::new();
    for (rule, lines, why) in expected {
        if !got
            .iter()
            .any(|f| f.rule == *rule && same_place(rule, &f.lines, lines))
        {
            missing.push(format!("{rule} {lines:?} ({why})"));
        }
    }
    assert!(
        missing.is_empty(),
        "{file}: missing findings:\n{}",
        missing.join("\n")
    );
}

#[test]
fn file_000_inconsistencies() {
    assert_all(
        F000,
        &[
            (
                "duration-mismatch",
                &[102, 140],
                "R1 ¶5.4 1 day vs ¶8.4 6 days",
            ),
            (
                "duration-mismatch",
                &[102, 176],
                "R1 ¶5.4 1 day vs akim ¶10.5 2 days",
            ),
            (
                "duration-mismatch",
                &[104, 178],
                "R1 ¶5.5 1 day vs akim ¶10.6 2 days",
            ),
            ("missing-actor", &[102], "R1 ¶5.4 «услугодателя готовит»"),
            ("numbering", &[144], "R1 ¶8 «б)»"),
            ("numbering", &[160], "R1 ¶9 «б)»"),
            (
                "duration-mismatch",
                &[296, 327],
                "R2 ¶5.4 1 day vs ¶8.4 6 days",
            ),
            ("duration-mismatch", &[296, 363], "R2 ¶5.4 vs akim ¶10.5"),
            ("duration-mismatch", &[298, 365], "R2 ¶5.5 vs akim ¶10.6"),
            ("missing-actor", &[296], "R2 ¶5.4 no actor"),
            ("numbering", &[331], "R2 ¶8 «б)»"),
            ("numbering", &[347], "R2 ¶9 «б)»"),
            (
                "channel-missing",
                &[475],
                "R3 akim announced, never described",
            ),
            (
                "duration-mismatch",
                &[492, 536],
                "R3 ¶5.2 5 min vs ¶9.4 1 day",
            ),
            (
                "duration-mismatch",
                &[494, 538],
                "R3 ¶5.3 2 min vs ¶9.5 5 min",
            ),
            ("numbering", &[530, 532], "R3 ¶9 first two items unnumbered"),
            (
                "duration-mismatch",
                &[682, 751],
                "R4 ¶5.2 8 days vs akim 10 days",
            ),
            (
                "duration-mismatch",
                &[682, 773],
                "R4 ¶5.2 8 days vs ¶12.4 6 days",
            ),
            (
                "step-count-mismatch",
                &[1828, 1869, 1842],
                "R10 ¶5 has 7 procedures, ¶8 has 6: ¶5.7 «выдача … руководителем отдела» is folded into ¶8.6",
            ),
            (
                "total-mismatch",
                &[1897, 1828],
                "R10 ¶9.4 provider 2 days vs ¶5 1+2+1 days and 170 minutes",
            ),
            (
                "numbering",
                &[767, 769],
                "R4 ¶12 first two items unnumbered",
            ),
            (
                "duration-mismatch",
                &[889, 933],
                "R5 ¶5.2 8 days vs ¶9.4 7 days",
            ),
            ("numbering", &[927, 929], "R5 ¶9 first two items unnumbered"),
            ("numbering", &[939], "R5 ¶9 «б)»"),
            (
                "header-missing",
                &[1027, 970],
                "R5 fourth справочник without its «Приложение 4» header; line 970 refers to appendices 2, 3, 4",
            ),
            (
                "duration-mismatch",
                &[1228, 1276],
                "R7 ¶5.2 2 days vs ¶9.5 1 day",
            ),
            (
                "numbering",
                &[1268, 1270],
                "R7 ¶9 unnumbered lines before «3)»",
            ),
            (
                "header-missing",
                &[1758, 1730],
                "R9 справочник without «Приложение 2»; line 1730 refers to appendices 2, 3",
            ),
            (
                "duration-mismatch",
                &[1993, 2009],
                "R11 ¶5.4 1 day vs ¶6.4 2 days",
            ),
            ("numbering", &[1997], "R11 ¶5 «б)»"),
            ("numbering", &[2075], "R11 ¶10 «б)»"),
            ("numbering", &[2091], "R11 ¶11 «б)»"),
            (
                "unknown-participant",
                &[1997, 2075],
                "R11 «сотрудник услугодателя»",
            ),
        ],
    );
}

#[test]
fn file_001_inconsistencies() {
    assert_all(
        F001,
        &[
            ("duration-mismatch", &[1065, 1144], "R4 8 vs 7 working days"),
            ("duration-mismatch", &[1218, 1295], "R5 8 vs 7 working days"),
            ("duration-mismatch", &[1381, 1457], "R6 8 vs 7 working days"),
            ("duration-mismatch", &[1529, 1605], "R7 8 vs 7 working days"),
            ("duration-mismatch", &[1708, 1785], "R8 8 vs 7 working days"),
            (
                "actor-mismatch",
                &[1059, 1135],
                "R4 руководитель vs руководитель районного отдела",
            ),
            (
                "actor-mismatch",
                &[1066, 1145],
                "R4 руководитель vs руководитель районного отдела",
            ),
            (
                "duration-mismatch",
                &[1906, 2015],
                "R9 ¶5.12 1 vs ¶8.12 2 days",
            ),
            (
                "duration-mismatch",
                &[1912, 2024],
                "R9 ¶5.13 2 vs ¶8.13 1 day",
            ),
            (
                "duration-mismatch",
                &[1862, 2054],
                "R9 «дня» vs «рабочего дня»",
            ),
            ("missing-duration", &[547], "R2 «при продлении» item 3"),
            (
                "missing-duration",
                &[681],
                "R2 «…внутрикорпоративному переводу» item 3",
            ),
            (
                "unknown-participant",
                &[439, 448, 498, 540, 581, 591, 629, 671],
                "R2 «ответственный специалист услугодателя» not in ¶6 participants",
            ),
            (
                "unknown-participant",
                &[508, 515, 549, 555, 642, 645, 683, 687],
                "R2 «сотрудник районного отдела услугодателя»",
            ),
            (
                "unknown-participant",
                &[1850, 1862, 1871, 1961, 1971, 1983, 2048, 2054, 2103],
                "R9 «ответственный специалист районного отдела» vs ¶7 «специалист», in ¶5, ¶8 and the State Corporation's ¶9 (items 2, 4, 14)",
            ),
            (
                "appendix-missing",
                &[869],
                "R2 refers to appendix 7, not printed («приложении 7» stands on line 869)",
            ),
        ],
    );
}

#[test]
fn file_002_inconsistencies() {
    assert_all(
        F002,
        &[
            ("legend-missing", &[282], "2-қосымша has no Шартты белгілер"),
            (
                "action-mismatch",
                &[47, 69],
                "¶5 item 1 issues the talon, ¶8 item 1 only receives",
            ),
            ("legend-missing", &[395], "3-қосымша has no Шартты белгілер"),
        ],
    );
}

#[test]
fn file_003_inconsistencies() {
    assert_all(
        F003,
        &[
            (
                "duration-mismatch",
                &[230, 260],
                "K1 table 1.5 10 min (term row, line 230) vs table 2.6 3 days (term row, line 260)",
            ),
            (
                "duration-mismatch",
                &[260, 290],
                "K1 table 2.6 3 days (line 260) vs table 3.6 10 min (term row, line 290)",
            ),
            (
                "channel-missing",
                &[546],
                "K2 ¶1 names the akim, but no akim list or справочник",
            ),
            ("numbering", &[1222, 1214], "K3 table 1 has no action 4"),
            ("numbering", &[1229, 1222], "K3 table 1 action 7 twice"),
            (
                "header-missing",
                &[1323, 1194],
                "K3 questionnaire under the bare quoted name, its «… 3-қосымша» lost; line 1194 refers to 3-қосымша",
            ),
        ],
    );
}

/// Lists read to agree must not be flagged: R1 of 001 (¶5/¶8/¶9 agree item by item), the
/// provider lists of 002 (durations, actors and counts; item 1's wording differs), the «б)» misprints (a numbering matter only), and R1 of 000's items
/// 1–3 and 5–6 of ¶5/¶8.
#[test]
fn consistent_passages_stay_silent() {
    let compare = [
        "duration-mismatch",
        "actor-mismatch",
        "step-count-mismatch",
        "order-mismatch",
        "action-mismatch",
    ];
    let f001 = findings(F001);
    let r1: Vec<_> = f001
        .iter()
        .filter(|f| f.reglament_line == 141 && compare.contains(&f.rule))
        .collect();
    assert!(r1.is_empty(), "{r1:#?}");

    let f002 = findings(F002);
    let provider: Vec<_> = f002
        .iter()
        .filter(|f| {
            compare.contains(&f.rule)
                && f.rule != "action-mismatch"
                && f.lines.iter().all(|l| (46..=75).contains(l))
        })
        .collect();
    assert!(provider.is_empty(), "{provider:#?}");

    let f000 = findings(F000);
    for line in [96, 98, 100, 104, 106, 134, 136, 138, 142, 144] {
        let hit: Vec<_> = f000
            .iter()
            .filter(|f| {
                f.lines.contains(&line)
                    && ["duration-mismatch", "action-mismatch", "actor-mismatch"].contains(&f.rule)
                    && f.lines != [104, 178]
            })
            .collect();
        assert!(hit.is_empty(), "line {line}: {hit:#?}");
    }
    // 003: the placeholder columns of the action tables (action, result and term «-»: K1 table 2
    // action 10, lines 256-260; K2 table 1 actions 6 and 9, lines 697-711; K3 table 1 actions 7
    // and 9, lines 1222-1233) are no procedures, and K2's gateway printed one letter a cell
    // («Э	П	А	Ш	( Э П Ш )», line 662) is the «ЭПАШ (ЭПШ)» K1 lists at line 180, silent there.
    let f003 = findings(F003);
    let placeholder: Vec<_> = f003
        .iter()
        .filter(|f| f.rule == "missing-duration" || f.lines == [662])
        .collect();
    assert!(placeholder.is_empty(), "{placeholder:#?}");
    assert!(
        f003.iter()
            .any(|f| f.rule == "unused-participant" && f.lines == [663]),
        "K2 «Ұ К О А Ж» (line 663) never acts in the tables"
    );

    let misprint = f000
        .iter()
        .find(|f| f.lines == [144])
        .expect("«б)» finding");
    assert_eq!(
        (misprint.rule, misprint.severity),
        ("numbering", Severity::Info)
    );
}

#[test]
fn output_is_sorted_deterministic_and_serialisable() {
    for file in [F000, F001, F002, F003] {
        let a = findings(file);
        let b = findings(file);
        assert_eq!(a, b);
        let key = |f: &Finding| (f.reglament_line, f.lines.first().copied(), f.rule);
        assert!(
            a.windows(2).all(|w| key(&w[0]) <= key(&w[1])),
            "{file} not sorted"
        );
        for f in &a {
            assert_eq!(f.fingerprint.len(), 16);
            assert!(f.fingerprint.chars().all(|c| c.is_ascii_hexdigit()));
            let v = serde_json::to_value(f).unwrap();
            for k in [
                "rule",
                "severity",
                "file",
                "reglament_line",
                "lines",
                "message",
                "fingerprint",
            ] {
                assert!(v.get(k).is_some(), "missing {k}");
            }
        }
    }
}

/// Shifting every line (an unrelated edit above) must keep the fingerprints.
#[test]
fn fingerprints_survive_line_shifts() {
    let text = std::fs::read_to_string(format!("reglaments/{F000}")).unwrap();
    let shifted = format!("\n\n\n{text}");
    let a = check(&reglament::parse::parse_text(F000, &text, "utf-8").unwrap());
    let b = check(&reglament::parse::parse_text(F000, &shifted, "utf-8").unwrap());
    let fa: Vec<_> = a.iter().map(|f| (f.rule, f.fingerprint.clone())).collect();
    let fb: Vec<_> = b.iter().map(|f| (f.rule, f.fingerprint.clone())).collect();
    assert_eq!(fa, fb);
    assert!(a.iter().zip(&b).all(|(x, y)| x.lines[0] + 3 == y.lines[0]));
}

/// Per-rule counts over the corpus (printed with `--nocapture`); every core rule fires somewhere.
#[test]
fn corpus_counts() {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for file in [F000, F001, F002, F003] {
        for f in findings(file) {
            *counts.entry(f.rule).or_default() += 1;
        }
    }
    println!("{counts:#?}");
    for rule in [
        "duration-mismatch",
        "actor-mismatch",
        "numbering",
        "missing-actor",
        "missing-duration",
        "unknown-participant",
        "unused-participant",
        "channel-missing",
        "appendix-missing",
        "legend-missing",
        "header-missing",
        "handoff-mismatch",
        "result-recipient-mismatch",
    ] {
        assert!(
            counts.get(rule).copied().unwrap_or(0) > 0,
            "{rule} never fires"
        );
    }
}
