//! Hand-offs, recipients, participants and numbering over reglaments/: every instance read in
//! the four texts, with the lines the checker must cite, and the passages read to be consistent
//! that must stay silent.

use reglament::check::{Finding, check};
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
const FILES: [&str; 4] = [F000, F001, F002, F003];

/// The lines of every finding of `rule`, in report order.
fn lines_of(found: &[Finding], rule: &str) -> Vec<Vec<u32>> {
    found
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.lines.clone())
        .collect()
}

/// Every hand-off whose recipient is not the next step's actor: (recipient's line, next actor's
/// line).
#[test]
fn handoffs_to_another_party_than_the_next_actor() {
    let want: [(&str, &[[u32; 2]]); 4] = [
        (
            F000,
            &[
                // R10 ¶9: the provider hands the result to the State Corporation's specialist,
                // its operator issues it (¶9 item 3 shows them as two people).
                [1897, 1899],
                // R11 ¶5 and its copy ¶10: the special commission sends the file to the
                // responsible executor, «сотрудник услугодателя» issues the notice.
                [1995, 1997],
                [2073, 2075],
            ],
        ),
        (
            F001,
            &[
                // R2 ¶5 «при выдаче»: the commission's recommendation goes to «исполнителю
                // услугодателя», a «сотрудник отдела трудовой миграции» acts on it.
                [475, 477],
                // R2, four scenarios: documents go to the provider's head, the district
                // department's head assigns them.
                [504, 505],
                [545, 547],
                [635, 639],
                [676, 681],
                // R4–R8 ¶9: the head hands the signed result to «ответственному исполнителю», an
                // «ответственный специалист» registers it.
                [1147, 1148],
                [1297, 1299],
                [1459, 1461],
                [1607, 1609],
                [1787, 1789],
                // R9 ¶5 and ¶8: to the provider's head / the district head acts; to the
                // responsible executor / the responsible specialist acts.
                [1853, 1855],
                [1860, 1862],
                [1964, 1966],
                [1969, 1971],
                // R10 ¶5 and ¶8: to the provider's head / the district head acts.
                [2174, 2176],
                [2283, 2285],
            ],
        ),
        (F002, &[]),
        (F003, &[]),
    ];
    for (file, expected) in want {
        let got = lines_of(&findings(file), "handoff-mismatch");
        let expected: Vec<Vec<u32>> = expected.iter().map(|l| l.to_vec()).collect();
        assert_eq!(got, expected, "{file}");
    }
}

/// Results items that name another recipient than the procedure they report on.
#[test]
fn results_naming_another_recipient() {
    let f000 = findings(F000);
    // R11 akim ¶8 item 2: «… направление их ответственному исполнителю услугодателя» against
    // ¶6 item 2: «… направляет их специалисту акима сельского округа».
    assert_eq!(
        lines_of(&f000, "result-recipient-mismatch"),
        vec![vec![2039, 2005]]
    );
    let f001 = findings(F001);
    assert_eq!(
        lines_of(&f001, "result-recipient-mismatch"),
        vec![
            // R2 «при переоформлении»: ¶6 item 3 to «ответственному специалисту услугодателя»,
            // ¶5 item 3 to «сотруднику районного отдела услугодателя».
            vec![736, 506],
            vec![777, 640],
            // R3: ¶6 item 2 (line 950, its recipient wrapped onto line 951) to «ответственному
            // специалисту услугодателя», ¶5 item 2 to «специалисту Центра» (the Centre is not
            // the provider, lines 890–900).
            vec![951, 926],
        ]
    );
    for file in [F002, F003] {
        assert!(lines_of(&findings(file), "result-recipient-mismatch").is_empty());
    }
}

/// Hand-offs read to be consistent: the same unit named shorter or longer, a body and its
/// staff, the organisation as a whole, a transfer sent on, a side delivery, a place the
/// participants heading implies.
#[test]
fn consistent_handoffs_stay_silent() {
    let quiet = |file: &str, pairs: &[([u32; 2], &str)]| {
        let f = findings(file);
        for (lines, why) in pairs {
            let hit: Vec<_> = f
                .iter()
                .filter(|f| {
                    f.rule == "handoff-mismatch" && lines.iter().any(|l| f.lines.contains(l))
                })
                .collect();
            assert!(hit.is_empty(), "{file} {lines:?} ({why}): {hit:#?}");
        }
    };
    quiet(
        F000,
        &[
            (
                [1879, 1881],
                "«в канцелярию услугодателя» → «сотрудник канцелярии»",
            ),
            (
                [2005, 2007],
                "«специалисту акима» → «специалист аппарата акима»",
            ),
            ([2083, 2085], "the same in ¶11"),
            (
                [180, 182],
                "«в аппарат акима» → «специалист аппарата акима»",
            ),
            ([698, 700], "the same in R4 ¶6"),
            (
                [1091, 1093],
                "«… в Государственную корпорацию»: the executor carries on",
            ),
            ([1123, 1125], "the same in ¶8"),
            ([1272, 1274], "«специалисту ГК … для передачи услугодателю»"),
            (
                [152, 154],
                "«услугодателю» → «ответственный исполнитель услугодателя»",
            ),
        ],
    );
    quiet(
        F001,
        &[
            (
                [453, 455],
                "«в отдел трудовой миграции» → «сотрудник отдела …»",
            ),
            (
                [531, 533],
                "«исполнителю услугодателя» → «… отдела трудовой миграции»",
            ),
            (
                [525, 526],
                "«сотруднику отдела трудовой миграции» → «… услугодателя»",
            ),
            (
                [1129, 1131],
                "«в накопительный отдел … для передачи услугодателю»",
            ),
            (
                [1057, 1059],
                "R4: the participants heading (line 1086) places every unit in the district department",
            ),
            ([1100, 1102], "the same in ¶8"),
            (
                [1870, 1871],
                "«специалисту районного отдела» → «ответственный специалист …»",
            ),
            ([1874, 1876], "«услугодателю» → «специалист канцелярии»"),
        ],
    );
    // 002: every hand-off of ¶5/¶8 goes to the next step's actor («… басшысына» → «басшысы»).
    assert!(lines_of(&findings(F002), "handoff-mismatch").is_empty());
}

/// Actors of a channel's own list that are the provider's units and missing from a
/// participants list of the provider's units; an actor cut short is the participant it opens.
#[test]
fn participants_against_every_list() {
    let f000 = findings(F000);
    let unknown = lines_of(&f000, "unknown-participant");
    // R11 akim ¶6 item 6 and ¶11 item 6: «руководитель услугодателя» signs, ¶9 (line 2055)
    // lists no head.
    assert!(unknown.contains(&vec![2013, 2091]), "{unknown:?}");
    let f001 = findings(F001);
    let unknown = lines_of(&f001, "unknown-participant");
    // R4–R8 ¶9 item 6 (State Corporation list): «ответственный специалист услугодателя», ¶7
    // lists «ответственный исполнитель услугодателя»; R10 ¶9 items 2 and 14.
    for l in [1148, 1299, 1461, 1609, 1789, 2364, 2419] {
        assert!(unknown.contains(&vec![l]), "line {l}: {unknown:?}");
    }
    // The State Corporation's and akim's own staff are not the provider's units: not asked for.
    for f in f000.iter().chain(&f001) {
        if f.rule == "unknown-participant" {
            assert!(
                !f.message
                    .text(reglament::i18n::Lang::En)
                    .contains("корпорации») acts")
                    && !f
                        .message
                        .text(reglament::i18n::Lang::En)
                        .contains("оператор")
                    && !f
                        .message
                        .text(reglament::i18n::Lang::En)
                        .contains("аппарата акима"),
                "{}",
                f.message.text(reglament::i18n::Lang::En)
            );
            assert!(
                f.message
                    .text(reglament::i18n::Lang::En)
                    .contains("the participants list (¶"),
                "{}",
                f.message.text(reglament::i18n::Lang::En)
            );
        }
    }
    // R9/R10: «10) комиссия по направлению граждан …» is the participant «комиссия услугодателя
    // по направлению граждан …» (lines 1956, 2276), not an unknown «комиссия» and an unused
    // participant.
    for l in [1891, 2210, 1956, 2276] {
        assert!(
            !f001
                .iter()
                .any(|f| f.rule.ends_with("-participant") && f.lines.contains(&l)),
            "line {l}"
        );
    }
    // R4–R8: «руководитель районного отдела услугодателя» and «специалист районного отдела
    // услугодателя» are the listed units of a district department (heading, line 1086).
    assert!(
        !unknown
            .iter()
            .any(|l| l.contains(&1131) || l.contains(&1135))
    );
}

/// Numbering of every numbered structure, each defect once.
#[test]
fn numbering_of_paragraphs_labels_and_tables() {
    let f001 = findings(F001);
    // R2: «6. Результат процедуры …» (line 708) and «6. Перечень структурных подразделений …»
    // (line 801).
    assert!(
        lines_of(&f001, "numbering").contains(&vec![801, 708]),
        "{:?}",
        lines_of(&f001, "numbering")
    );
    let f000 = findings(F000);
    // The portal lists label their items «процесс N» / «условие N»: numbered, not unnumbered.
    for l in [945, 1288, 1496, 1707, 2103] {
        assert!(
            !f000
                .iter()
                .any(|f| f.rule == "numbering" && f.lines.first() == Some(&l)),
            "line {l}"
        );
    }
    // The «б)» misprints stay, once each, under numbering alone.
    for l in [144, 160, 331, 347, 939, 1997, 2075, 2091] {
        let at: Vec<_> = f000.iter().filter(|f| f.lines == [l]).collect();
        assert_eq!(at.len(), 1, "line {l}: {at:#?}");
        assert_eq!(at[0].rule, "numbering");
    }
    // K3 table 1: block 2 is numbered 5–7 (line 1222) where block 1 points to 4 and its own
    // next row reads 5 6 7: one misnumbering, reported by numbering only.
    let f003 = findings(F003);
    let numbering = lines_of(&f003, "numbering");
    assert!(numbering.contains(&vec![1222, 1214]) && numbering.contains(&vec![1229, 1222]));
    assert!(lines_of(&f003, "next-step-invalid").is_empty());
}

/// Messages quote both sides with their lines and name lists as printed.
#[test]
fn messages_name_both_sides_and_no_internal_names() {
    for file in FILES {
        for f in findings(file) {
            for slug in ["state_corp", "_list", "table list", "process list"] {
                assert!(
                    !f.message.text(reglament::i18n::Lang::En).contains(slug),
                    "{file}: {}",
                    f.message.text(reglament::i18n::Lang::En)
                );
            }
            if ["handoff-mismatch", "result-recipient-mismatch"].contains(&f.rule) {
                for l in &f.lines {
                    assert!(
                        f.message
                            .text(reglament::i18n::Lang::En)
                            .contains(&format!("(line {l})")),
                        "{file}: {}",
                        f.message.text(reglament::i18n::Lang::En)
                    );
                }
            }
        }
    }
    let f001 = findings(F001);
    let h = f001
        .iter()
        .find(|f| f.rule == "handoff-mismatch" && f.lines == [504, 505])
        .expect("R2 hand-off");
    assert_eq!(
        h.message.text(reglament::i18n::Lang::En),
        "¶5 item 2 hands on to «руководителю услугодателя» (line 504) but ¶5 item 3 is done by «руководитель районного отдела услугодателя» (line 505)."
    );
    let f000 = findings(F000);
    let count = f000
        .iter()
        .find(|f| f.rule == "step-count-mismatch")
        .expect("R10 step count");
    assert!(
        count
            .message.text(reglament::i18n::Lang::En)
            .contains("¶5 item 7 «выдача результата оказания государственной услуги руководителем …» (line 1842) has no counterpart in ¶8"),
        "{}",
        count.message.text(reglament::i18n::Lang::En)
    );
}

/// Nominalised steps take their agent as actor and are compared with their copy: R10 of 000
/// prints ¶5 with agents («прием и регистрация сотрудником канцелярии …», «подготовка
/// ответственным исполнителем отдела …») and ¶8 with subjects; they agree item by item.
#[test]
fn nominalised_steps_agree_with_their_copy() {
    let f000 = findings(F000);
    for l in [1830, 1832, 1834, 1836, 1838, 1840] {
        let hit: Vec<_> = f000
            .iter()
            .filter(|f| {
                ["actor-mismatch", "missing-actor"].contains(&f.rule) && f.lines.contains(&l)
            })
            .collect();
        assert!(hit.is_empty(), "line {l}: {hit:#?}");
    }
}
