//! Corpus test: reglaments/001_17a9bf27c86efb5e.txt (ru, Almaty city, 2018, act No. 2/154:
//! an amending act followed by 11 regulations, PDF-extracted with hard wraps at ~75 columns,
//! page breaks (three blank lines) mid-sentence and hyperlink words displaced within the line,
//! e.g. «предусмотренных  Стандарта.пунктом 9»).
//!
//! Every expected value below was read by hand from the text, not taken from the parser.
//!
//! Conventions of the expectation tables:
//! * actor / actor_text: `"*"` = not pinned (the canonical form or the extent of the words is a
//!   lexicon decision I cannot make from the text alone), `"+"` = must be present (a clear actor opens
//!   the item, but its canonical spelling is the lexicon's call), `""` = must be `None`.
//! * duration: `"20 minute"`, `"9 working_day"`, `"1 day"`, `"3 hour"`; `"-"` = no duration; `"*"` = not pinned.
//!
//! # Inconsistencies read in the text
//!
//! Regulations are numbered R1..R11 in file order (R1 «Возмещение затрат…» line 141, R2 «Выдача и
//! продление разрешения…» 382, R3 «Назначение ГАСП» 886, R4 «…протезно-ортопедической помощи» 1017,
//! R5 «…сурдо-тифлотехническими…» 1170, R6 «…индивидуального помощника…» 1328, R7 «…кресла-колясок» 1485,
//! R8 «…санаторно-курортным лечением» 1663, R9 «…ухода на дому» 1813, R10 «…медико-социальных
//! учреждениях…» 2132, R11 «Выдача справки…» 2462).
//!
//! 1. R4 duration: ¶5 item 3 (line 1063-1065) ответственный исполнитель «в течение 8 (восьми) рабочих дней»
//!    (also ¶8 item 3, line 1106-1108: 8) vs ¶9 item 4 (line 1142-1144) the same action «в течение 7 (семи)
//!    рабочих дней».
//! 2. R5 duration: ¶5 item 3 (line 1216-1218) 8 (восьми) рабочих дней vs ¶9 item 4 (line 1293-1295) 7 (семи).
//! 3. R6 duration: ¶5 item 3 (line 1379-1381) 8 (восьми) рабочих дней vs ¶9 item 4 (line 1455-1457) 7 (семи).
//! 4. R7 duration: ¶5 item 3 (line 1527-1529) 8 (восьми) рабочих дней vs ¶9 item 4 (line 1603-1605) 7 (семи).
//! 5. R8 duration: ¶5 item 3 (line 1706-1708) 8 (восьми) рабочих дней vs ¶9 item 4 (line 1783-1785) 7 (семи).
//! 6. R4 actor: ¶5 item 5 (line 1070) «ответственный исполнитель» registers and issues the result vs ¶9 item 6
//!    (line 1148) «ответственный специалист услугодателя» (a different role; «ответственный специалист» is
//!    not in the ¶7 participants list, lines 1088-1090). Same pattern in R5 (1223 vs 1299), R6 (1386 vs 1461),
//!    R7 (1534 vs 1609), R8 (1713 vs 1789).
//! 7. R4 actor: ¶5 items 2 and 4 (lines 1059, 1066) «руководитель услугодателя» vs ¶9 items 3 and 5
//!    (lines 1135, 1145) «руководитель районного отдела услугодателя»; ¶5 item 1 (line 1051) «специалист
//!    услугодателя» vs ¶9 item 2 (line 1131) «специалист районного отдела услугодателя».
//! 8. R4 actor: ¶9 item 1 (line 1127-1128) «специалист Государственной корпорации» vs ¶9 item 7 (line 1151)
//!    «сотрудник Государственной корпорации» for the same State Corporation desk. Same in R5-R11.
//! 9. R4 deadline for a duration: ¶9 item 6 (line 1148-1150) has only «не позднее чем за сутки до истечения
//!    срока», a deadline rather than a length (same in R5 1299-1301, R6 1461-1463, R7 1609-1611, R8 1789-1791).
//! 10. R9 duration: ¶5 item 12 (line 1906) заместитель руководителя «в течение 1 (одного) рабочего дня» vs
//!    ¶8 item 12 (line 2015) «в течение 2 (двух) рабочих дней» (¶9 item 13, line 2097: 1).
//! 11. R9 duration: ¶5 item 13 (line 1912-1913) «в течение 2 (двух) рабочих дней» vs ¶8 item 13 (line 2024-2025)
//!    «в течение 1 (одного) рабочего дня».
//! 12. R9 duration words: ¶5 item 8 (line 1884) and ¶8 item 8 (line 1996) «в течение 30 минут» without the
//!    number in words vs ¶9 item 9 (line 2077-2078) «30 (тридцати) минут».
//! 13. R9 duration unit: ¶5 item 3 (line 1862-1863) and ¶8 item 3 (line 1971-1972) «1 (одного) дня» (plain
//!    days) vs ¶9 item 4 (line 2054-2055) «1 (одного) рабочего дня» (working day).
//! 14. R9 same-day step: ¶5 item 6 (line 1876) and ¶8 item 6 (line 1988) специалист канцелярии acts
//!    «в день поступления» — no count, the same working day; ¶9 item 7 (line 2069) likewise.
//! 15. R9 actor: ¶8 item 2 (line 1966-1970) hands over to «ответственному исполнителю районного отдела
//!    услугодателя», a role absent from ¶7 participants (lines 1947-1957) and from ¶5 item 2 (line 1860,
//!    «ответственному исполнителю услугодателя»).
//! 16. R9 participants: ¶7 item 1 (line 1947) «специалист районного отдела услугодателя», while the steps
//!    are done by «ответственный специалист районного отдела услугодателя» (¶5 items 1, 3, 5: lines 1850,
//!    1862, 1871); ¶7 item 8 (line 1956) «комиссия услугодателя по направлению…» vs ¶5 item 10 (line 1891)
//!    «комиссия по направлению…».
//! 17. R10 actor: ¶5 item 1 (line 2171) «ответственный специалист районного отдела услугодателя» registers
//!    vs ¶9 item 2 (line 2364) «ответственный исполнитель районного отдела услугодателя»; ¶9 item 14
//!    (line 2419) «ответственный специалист услугодателя» (no «районного отдела»).
//! 18. R10 grammar of a duration: ¶5 item 13 (line 2228) «в течение 2 (двух) рабочего дня» vs ¶8 item 13
//!    (line 2337) «2 (двух) рабочих дней» (same value 2, singular/plural mismatch).
//! 19. R2 paragraph numbering: two paragraphs numbered 6 — results ¶6 (line 708) and participants ¶6
//!    (line 801); the following ¶7 (line 810), ¶8 (820), ¶9 (871) are shifted by one.
//! 20. R2 missing sequence list: ¶7 (line 810-813) only refers to «приложениям 1-6», and ¶8 (line 869) to
//!    «приложении 7»; none of these appendices is printed (only a header-less diagram title, line 875).
//! 21. R2 duration: «при переоформлении разрешения» item 7 (line 523-525) руководитель decides «в течение 3
//!    (трех) часов» vs «при переоформлении разрешения по внутрикорпоративному переводу» item 7 (line 653-656)
//!    the same decision «в течение 1 (одного) рабочего дня».
//! 22. R2 duration: «при выдаче разрешения» item 4 (line 448-450) «в течение 2 (двух) часов» vs «при
//!    получении разрешения по внутрикорпоративному переводу» item 4 (line 591-593) «3 (трех) часов»; item 10
//!    (line 474-476) комиссия «1 (одного) рабочего дня» vs item 9 (line 611-613) комиссия «3 (трех) часов».
//! 23. R2 missing durations: item 1 of every sub-list (lines 436, 495, 537, 578, 627, 668) and item 3 of
//!    «при продлении разрешения» (line 547) and of «…по внутрикорпоративному переводу» (line 681) have no
//!    duration, while item 3 of «при выдаче разрешения» (line 446) has «30 (тридцати) минут».
//! 24. R2 actor: «при выдаче разрешения» item 5 (line 451) «ответственный специалист районного отдела
//!    услугодателя» vs «при переоформлении» item 5 (line 515) «сотрудник районного отдела услугодателя» for the
//!    same forwarding; item 10 (line 475) the commission sends to «исполнителю услугодателя» but item 11
//!    (line 477) is done by «сотрудник отдела трудовой миграции».
//! 25. R2 participants (lines 803-809: работник канцелярии, руководитель, ответственный исполнитель, комиссия)
//!    omit roles that act in ¶5: «ответственный специалист услугодателя» (439), «сотрудник отдела трудовой
//!    миграции услугодателя» (455), «сотрудник районного отдела услугодателя» (508), «руководитель районного
//!    отдела услугодателя» (505).
//! 26. R2 several durations in one item: «при выдаче разрешения» item 13 (line 484-491) «в течение 1 (одного)
//!    рабочего дня», «в течение десяти рабочих дней», «не более тридцати минут» vs «при продлении» item 9
//!    (line 567-574) «в течение 10 (десяти) рабочих дней».
//! 27. R2 title: heading (line 382-391) «…или в рамках внутрикорпоративного перевода» vs ¶1 (line 393-397)
//!    «…либо в рамках…»; the amending act (line 41-44) calls it «Выдача и продление разрешения иностранному
//!    работнику на трудоустройство и работодателям…».
//! 28. R3 results vs steps: ¶6 item 2 (line 950-952) «определение ответственного специалиста Центра и
//!    направление документов … ответственному специалисту услугодателя» vs ¶5 item 2 (line 925-926)
//!    руководитель Центра отписывает «специалисту Центра».
//! 29. R1 title spelling: heading (line 141-142) «детей-инвалидов» vs amending act (line 35-36) and ¶1
//!    (line 156) «детей инвалидов».
//! 30. R7 title: heading (line 1485-1486) «кресла-колясок» vs appendix header (line 1633) «кресло-колясок»
//!    and ¶3 (line 1503) «кресло-коляски».
//! 31. R11 actor: ¶5 item 4 (line 2515-2517) руководитель передает «ответственному специалисту услугодателя»,
//!    dropping «или Центра» used by items 1-3 and 5; ¶7 participants (line 2543-2544) end with «;».
//! 32. R3, R4, R5, R6, R8, R9 refer to «справочнике … согласно приложению» (e.g. lines 1002, 1160, 1311,
//!    1473, 1801, 2032) but print no regulation appendix (the following «Приложение N к постановлению» are
//!    the act's own appendices; line 1163 even lost the word «Приложение»).

#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
use reglament::model::*;
use std::path::Path;
use std::sync::OnceLock;

const FILE: &str = "reglaments/001_17a9bf27c86efb5e.txt";

fn doc() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| reglament::parse_file(Path::new(FILE), None).unwrap())
}

fn unit_slug(u: TimeUnit) -> &'static str {
    match u {
        TimeUnit::Minute => "minute",
        TimeUnit::Hour => "hour",
        TimeUnit::WorkingDay => "working_day",
        TimeUnit::CalendarDay => "calendar_day",
        TimeUnit::Day => "day",
    }
}

/// The regulation whose heading starts on `line`.
fn reg(line: u32) -> &'static Reglament {
    doc()
        .reglaments
        .iter()
        .find(|r| r.line == line)
        .unwrap_or_else(|| {
            panic!(
                "{FILE}: no regulation with heading at line {line}; got lines {:?}",
                doc().reglaments.iter().map(|r| r.line).collect::<Vec<_>>()
            )
        })
}

type ListRow = (&'static str, &'static str, Option<u32>, u32, usize);

fn list_rows(r: &Reglament) -> Vec<ListRow> {
    r.lists
        .iter()
        .map(|l| {
            (
                l.kind.slug(),
                l.channel.slug(),
                l.paragraph,
                l.line,
                l.items.len(),
            )
        })
        .collect()
}

fn check_lists(line: u32, expected: &[ListRow]) {
    let r = reg(line);
    assert_eq!(
        list_rows(r),
        expected.to_vec(),
        "{FILE}: lists (kind, channel, paragraph, line, items) of regulation «{}» (line {line})",
        r.title
    );
}

/// The list of a regulation with the given kind and heading line.
fn list(reg_line: u32, kind: &str, list_line: u32) -> &'static StepList {
    let r = reg(reg_line);
    r.lists
        .iter()
        .find(|l| l.kind.slug() == kind && l.line == list_line)
        .unwrap_or_else(|| {
            panic!(
                "{FILE}: regulation «{}» (line {reg_line}) has no {kind} list at line {list_line}; lists: {:?}",
                r.title,
                list_rows(r)
            )
        })
}

/// (number, line, actor canonical, actor_text, duration, misprint)
type ItemRow = (u32, u32, &'static str, &'static str, &'static str, bool);

fn check_items(reg_line: u32, kind: &str, list_line: u32, expected: &[ItemRow]) {
    let l = list(reg_line, kind, list_line);
    let title = &reg(reg_line).title;
    assert_eq!(
        l.items.len(),
        expected.len(),
        "{FILE}: «{title}» {kind} list at line {list_line}: item count"
    );
    for (it, &(n, line, actor, actor_text, dur, misprint)) in l.items.iter().zip(expected) {
        let ctx =
            format!("{FILE}: «{title}» {kind} list at line {list_line}, item {n}) at line {line}");
        assert_eq!(it.number, Some(n), "{ctx}: number");
        assert_eq!(it.line, line, "{ctx}: line");
        assert_eq!(it.misprint, misprint, "{ctx}: misprint");
        match actor {
            "*" => {}
            "+" => assert!(
                it.actor.is_some(),
                "{ctx}: the item names its actor at its start; got no actor"
            ),
            "" => assert_eq!(it.actor, None, "{ctx}: actor"),
            a => assert_eq!(it.actor.as_deref(), Some(a), "{ctx}: actor (canonical)"),
        }
        match actor_text {
            "*" => {}
            "+" => assert!(
                it.actor_text.is_some(),
                "{ctx}: the item names its actor at its start; got no actor_text"
            ),
            "" => assert_eq!(it.actor_text, None, "{ctx}: actor_text"),
            a => assert_eq!(it.actor_text.as_deref(), Some(a), "{ctx}: actor_text"),
        }
        match dur {
            "*" => {}
            "-" => assert!(
                it.duration.is_none(),
                "{ctx}: expected no duration, got {:?}",
                it.duration
            ),
            spec => {
                let (v, u) = spec.split_once(' ').unwrap();
                let v: u64 = v.parse().unwrap();
                let d = it
                    .duration
                    .as_ref()
                    .unwrap_or_else(|| panic!("{ctx}: expected duration {spec}, got none"));
                assert_eq!(
                    (d.value, unit_slug(d.unit)),
                    (v, u),
                    "{ctx}: duration value/unit ({:?})",
                    d.text
                );
                let minutes = match u {
                    "minute" => Some(v),
                    "hour" => Some(v * 60),
                    _ => None,
                };
                assert_eq!(d.minutes, minutes, "{ctx}: duration minutes ({:?})", d.text);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Regulations: count, titles, heading lines, language
// ---------------------------------------------------------------------------------------------

const REGS: &[(&str, u32)] = &[
    ("Возмещение затрат на обучение на дому детей-инвалидов", 141),
    (
        "Выдача и продление разрешения на привлечение иностранной рабочей силы работодателям для \
         осуществления трудовой деятельности на территории соответствующей административно-территориальной \
         единицы, или в рамках внутрикорпоративного перевода",
        382,
    ),
    ("Назначение государственной адресной социальной помощи", 886),
    (
        "Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи",
        1017,
    ),
    (
        "Обеспечение инвалидов сурдо-тифлотехническими и обязательными гигиеническими средствами",
        1170,
    ),
    (
        "Оформление документов на инвалидов для предоставления им услуги индивидуального помощника для \
         инвалидов первой группы, имеющих затруднение в передвижении, и специалиста жестового языка для \
         инвалидов по слуху",
        1328,
    ),
    ("Предоставление инвалидам кресла-колясок", 1485),
    ("Обеспечение инвалидов санаторно-курортным лечением", 1663),
    (
        "Оформление документов на оказание специальных социальных услуг в условиях ухода на дому",
        1813,
    ),
    (
        "Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях \
         (организациях)",
        2132,
    ),
    (
        "Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной \
         помощи",
        2462,
    ),
];

#[test]
fn regulations_count_titles_lines_language() {
    let d = doc();
    let got: Vec<(String, u32)> = d
        .reglaments
        .iter()
        .map(|r| (r.title.clone(), r.line))
        .collect();
    let want: Vec<(String, u32)> = REGS.iter().map(|&(t, l)| (t.to_string(), l)).collect();
    assert_eq!(
        got.len(),
        11,
        "{FILE}: the amending act holds 11 regulation bodies (its own «изложить в новой редакции» \
         instructions are not regulations); got {got:#?}"
    );
    assert_eq!(
        got, want,
        "{FILE}: (title, heading line) of every regulation, in order"
    );
    for r in &d.reglaments {
        assert_eq!(
            r.language,
            Language::Ru,
            "{FILE}: language of «{}» (line {})",
            r.title,
            r.line
        );
        assert!(
            !r.electronic,
            "{FILE}: «{}» (line {}) is not a 2012 e-service regulation",
            r.title, r.line
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Lists of every regulation: (kind, channel, paragraph, line, items)
// ---------------------------------------------------------------------------------------------

#[test]
fn lists_r01_vozmeshchenie_zatrat() {
    check_lists(
        141,
        &[
            ("steps", "provider", Some(5), 174, 6),
            ("results", "provider", Some(6), 196, 6),
            ("participants", "provider", Some(7), 215, 3),
            ("sequence", "provider", Some(8), 223, 6),
            ("process", "state_corp", Some(9), 249, 7),
            ("process", "portal", Some(10), 276, 11),
        ],
    );
}

/// R2 splits ¶5 and ¶6 into six variants, each introduced by a plain sub-heading («при выдаче разрешения:»
/// line 435/711, «при переоформлении разрешения:» 494/733, «при продлении разрешения:» 536/744, «при получении
/// разрешения по внутрикорпоративному переводу:» 577/755, «при переоформлении … по внутрикорпоративному
/// переводу:» 626/774, «при продлении … по внутрикорпоративному переводу:» 667/785), each restarting at 1).
/// Read as six procedures, not as one 68-item list with repeated numbers: one list per variant, the first at
/// the ¶ heading line, the others at their sub-heading line; the sub-heading itself is not an item.
/// ¶7 (line 810) has the sequence wording but delegates the content to appendices 1-6: a recognised
/// sequence heading with no items.
#[test]
fn lists_r02_razreshenie_irs() {
    check_lists(
        382,
        &[
            ("steps", "provider", Some(5), 433, 14),
            ("steps", "provider", Some(5), 494, 10),
            ("steps", "provider", Some(5), 536, 10),
            ("steps", "provider", Some(5), 577, 12),
            ("steps", "provider", Some(5), 626, 10),
            ("steps", "provider", Some(5), 667, 11),
            ("results", "provider", Some(6), 708, 14),
            ("results", "provider", Some(6), 733, 10),
            ("results", "provider", Some(6), 744, 10),
            ("results", "provider", Some(6), 755, 12),
            ("results", "provider", Some(6), 774, 10),
            ("results", "provider", Some(6), 785, 11),
            ("participants", "provider", Some(6), 801, 4),
            ("sequence", "provider", Some(7), 810, 0),
            ("process", "portal", Some(8), 820, 11),
        ],
    );
}

#[test]
fn lists_r03_gasp() {
    check_lists(
        886,
        &[
            ("steps", "provider", Some(5), 918, 6),
            ("results", "provider", Some(6), 946, 6),
            ("participants", "provider", Some(7), 963, 4),
            ("sequence", "provider", Some(8), 969, 6),
        ],
    );
}

#[test]
fn lists_r04_protezno_ortopedicheskaya() {
    check_lists(
        1017,
        &[
            ("steps", "provider", Some(5), 1049, 5),
            ("results", "provider", Some(6), 1073, 5),
            ("participants", "provider", Some(7), 1086, 3),
            ("sequence", "provider", Some(8), 1091, 5),
            ("process", "state_corp", Some(9), 1122, 7),
        ],
    );
}

#[test]
fn lists_r05_surdo_tiflo() {
    check_lists(
        1170,
        &[
            ("steps", "provider", Some(5), 1202, 5),
            ("results", "provider", Some(6), 1226, 5),
            ("participants", "provider", Some(7), 1239, 3),
            ("sequence", "provider", Some(8), 1244, 5),
            ("process", "state_corp", Some(9), 1274, 7),
        ],
    );
}

#[test]
fn lists_r06_individualny_pomoshchnik() {
    check_lists(
        1328,
        &[
            ("steps", "provider", Some(5), 1368, 5),
            ("results", "provider", Some(6), 1389, 5),
            ("participants", "provider", Some(7), 1404, 3),
            ("sequence", "provider", Some(8), 1409, 5),
            ("process", "state_corp", Some(9), 1436, 7),
        ],
    );
}

#[test]
fn lists_r07_kresla_kolyaski() {
    check_lists(
        1485,
        &[
            ("steps", "provider", Some(5), 1516, 5),
            ("results", "provider", Some(6), 1537, 5),
            ("participants", "provider", Some(7), 1552, 3),
            ("sequence", "provider", Some(8), 1557, 5),
            ("process", "state_corp", Some(9), 1584, 7),
        ],
    );
}

#[test]
fn lists_r08_sanatorno_kurortnoe() {
    check_lists(
        1663,
        &[
            ("steps", "provider", Some(5), 1692, 5),
            ("results", "provider", Some(6), 1716, 5),
            ("participants", "provider", Some(7), 1729, 3),
            ("sequence", "provider", Some(8), 1734, 5),
            ("process", "state_corp", Some(9), 1764, 7),
        ],
    );
}

#[test]
fn lists_r09_ukhod_na_domu() {
    check_lists(
        1813,
        &[
            ("steps", "provider", Some(5), 1848, 13),
            ("results", "provider", Some(6), 1917, 13),
            ("participants", "provider", Some(7), 1945, 8),
            ("sequence", "provider", Some(8), 1958, 13),
            ("process", "state_corp", Some(9), 2039, 15),
        ],
    );
}

#[test]
fn lists_r10_mediko_socialnye() {
    check_lists(
        2132,
        &[
            ("steps", "provider", Some(5), 2169, 13),
            ("results", "provider", Some(6), 2237, 13),
            ("participants", "provider", Some(7), 2262, 8),
            ("sequence", "provider", Some(8), 2278, 13),
            ("process", "state_corp", Some(9), 2355, 15),
        ],
    );
}

#[test]
fn lists_r11_spravka_asp() {
    check_lists(
        2462,
        &[
            ("steps", "provider", Some(5), 2501, 5),
            ("results", "provider", Some(6), 2522, 5),
            ("participants", "provider", Some(7), 2541, 2),
            ("sequence", "provider", Some(8), 2545, 5),
            ("process", "state_corp", Some(9), 2573, 8),
            ("process", "portal", Some(10), 2607, 11),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Items of three regulations (R1, R4, R9) in detail
// ---------------------------------------------------------------------------------------------

#[test]
fn items_r01_steps() {
    check_items(
        141,
        "steps",
        174,
        &[
            (
                1,
                179,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "20 minute",
                false,
            ),
            (
                2,
                182,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "10 minute",
                false,
            ),
            (
                3,
                185,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "9 working_day",
                false,
            ),
            (
                4,
                188,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "10 minute",
                false,
            ),
            (
                5,
                190,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "1 working_day",
                false,
            ),
            (
                6,
                193,
                "специалист государственной корпорации",
                "специалист Государственной корпорации",
                "15 minute",
                false,
            ),
        ],
    );
}

#[test]
fn items_r01_sequence() {
    check_items(
        141,
        "sequence",
        223,
        &[
            (
                1,
                226,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "20 minute",
                false,
            ),
            (
                2,
                229,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "10 minute",
                false,
            ),
            (
                3,
                232,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "9 working_day",
                false,
            ),
            (
                4,
                235,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "10 minute",
                false,
            ),
            (
                5,
                237,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "1 working_day",
                false,
            ),
            (
                6,
                240,
                "специалист государственной корпорации",
                "специалист Государственной корпорации",
                "15 minute",
                false,
            ),
        ],
    );
}

#[test]
fn items_r01_state_corp() {
    check_items(
        141,
        "process",
        249,
        &[
            // «услугополучатель подает … специалист Государственной корпорации в течение 15 (пятнадцати) минут принимает»
            (
                1,
                251,
                "услугополучатель",
                "услугополучатель",
                "15 minute",
                false,
            ),
            (
                2,
                256,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "20 minute",
                false,
            ),
            (
                3,
                262,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "10 minute",
                false,
            ),
            (
                4,
                265,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "9 working_day",
                false,
            ),
            (
                5,
                268,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "10 minute",
                false,
            ),
            (
                6,
                270,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "1 working_day",
                false,
            ),
            (
                7,
                273,
                "специалист государственной корпорации",
                "специалист Государственной корпорации",
                "15 minute",
                false,
            ),
        ],
    );
}

/// R1 ¶10 (portal): «процесс N – …» / «условие N – …» items; no durations are printed.
#[test]
fn items_r01_portal_kinds() {
    let l = list(141, "process", 276);
    let want: &[(u32, u32, ItemKind, Option<u32>)] = &[
        (1, 279, ItemKind::Step, None),
        (2, 282, ItemKind::Process, Some(1)),
        (3, 284, ItemKind::Condition, Some(1)),
        (4, 286, ItemKind::Process, Some(2)),
        (5, 288, ItemKind::Process, Some(3)),
        (6, 295, ItemKind::Condition, Some(2)),
        (7, 303, ItemKind::Process, Some(4)),
        (8, 305, ItemKind::Process, Some(5)),
        (9, 309, ItemKind::Condition, Some(3)),
        (10, 312, ItemKind::Process, Some(6)),
        (11, 314, ItemKind::Process, Some(7)),
    ];
    let got: Vec<(u32, u32, ItemKind, Option<u32>)> = l
        .items
        .iter()
        .map(|i| (i.number.unwrap_or(0), i.line, i.kind, i.process_number))
        .collect();
    assert_eq!(
        got,
        want.to_vec(),
        "{FILE}: R1 ¶10 portal list (line 276): (number, line, kind, process_number)"
    );
    for i in &l.items {
        assert!(
            i.duration.is_none(),
            "{FILE}: R1 ¶10 item {:?} (line {}) prints no duration",
            i.number,
            i.line
        );
        if i.kind == ItemKind::Condition {
            assert!(
                i.decision.is_some(),
                "{FILE}: R1 ¶10 condition item at line {} must carry a decision",
                i.line
            );
        }
    }
    let first = &l.items[0];
    assert_eq!(
        first.actor.as_deref(),
        Some("услугополучатель"),
        "{FILE}: R1 ¶10 item 1 (line 279) actor"
    );
}

#[test]
fn items_r01_results_attached_to_steps() {
    let l = list(141, "steps", 174);
    let want = [
        (1, "регистрация заявления"),
        (
            3,
            "проверка представленных документов, подготовка решения и уведомления",
        ),
        (
            4,
            "подписание решения и уведомления о назначении (отказе в назначении) пособия",
        ),
        (
            6,
            "выдача уведомления о назначении (отказе в назначении) пособия услугополучателю",
        ),
    ];
    for (n, res) in want {
        let it = l.items.iter().find(|i| i.number == Some(n)).unwrap();
        let got = it
            .result
            .as_deref()
            .unwrap_or_else(|| panic!("{FILE}: R1 step {n}: no result from ¶6"));
        assert!(
            got.trim_end_matches(['.', ';']) == res,
            "{FILE}: R1 step {n} result (¶6 item {n}): expected «{res}», got «{got}»"
        );
    }
}

#[test]
fn items_r04_steps() {
    check_items(
        1017,
        "steps",
        1049,
        &[
            (
                1,
                1051,
                "специалист услугодателя",
                "специалист услугодателя",
                "30 minute",
                false,
            ),
            (
                2,
                1059,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "1 working_day",
                false,
            ),
            (
                3,
                1063,
                "ответственный исполнитель услугодателя",
                "ответственный исполнитель услугодателя",
                "8 working_day",
                false,
            ),
            (
                4,
                1066,
                "руководитель услугодателя",
                "руководитель услугодателя",
                "1 working_day",
                false,
            ),
            // printed without «услугодателя»
            (
                5,
                1070,
                "ответственный исполнитель услугодателя",
                "ответственный исполнитель",
                "30 minute",
                false,
            ),
        ],
    );
}

#[test]
fn items_r04_state_corp() {
    check_items(
        1017,
        "process",
        1122,
        &[
            (
                1,
                1125,
                "услугополучатель",
                "услугополучатель",
                "15 minute",
                false,
            ),
            (
                2,
                1131,
                "+",
                "специалист районного отдела услугодателя",
                "30 minute",
                false,
            ),
            (
                3,
                1135,
                "+",
                "руководитель районного отдела услугодателя",
                "1 working_day",
                false,
            ),
            (
                4,
                1142,
                "ответственный исполнитель услугодателя",
                "ответственный исполнитель услугодателя",
                "7 working_day",
                false,
            ),
            (
                5,
                1145,
                "+",
                "руководитель районного отдела услугодателя",
                "1 working_day",
                false,
            ),
            // «не позднее чем за сутки до истечения срока» (line 1150) is a deadline, not a length:
            // one calendar day ahead of the term, flagged `deadline` (tests/durations_words.rs)
            (
                6,
                1148,
                "ответственный специалист услугодателя",
                "ответственный специалист услугодателя",
                "1 calendar_day",
                false,
            ),
            (
                7,
                1151,
                "+",
                "сотрудник Государственной корпорации",
                "15 minute",
                false,
            ),
        ],
    );
}

#[test]
fn items_r09_steps() {
    check_items(
        1813,
        "steps",
        1848,
        &[
            (
                1,
                1850,
                "+",
                "ответственный специалист районного отдела услугодателя",
                "30 minute",
                false,
            ),
            (
                2,
                1855,
                "+",
                "руководитель районного отдела услугодателя",
                "20 minute",
                false,
            ),
            // «в течение 1 (одного) дня» — plain days
            (
                3,
                1862,
                "+",
                "ответственный специалист районного отдела услугодателя",
                "1 day",
                false,
            ),
            (4, 1865, "+", "+", "5 working_day", false),
            (
                5,
                1871,
                "+",
                "ответственный специалист районного отдела услугодателя",
                "1 working_day",
                false,
            ),
            // «в день поступления» — the same working day, flagged `same_day`
            // the canonical form of «специалист канцелярии услугодателя» is the lexicon's call
            (
                6,
                1876,
                "+",
                "специалист канцелярии услугодателя",
                "1 working_day",
                false,
            ),
            (
                7,
                1880,
                "заместитель руководителя услугодателя",
                "заместитель руководителя услугодателя",
                "1 working_day",
                false,
            ),
            // «в течение 30 минут» (no words)
            (8, 1883, "+", "+", "30 minute", false),
            (
                9,
                1886,
                "ответственный исполнитель услугодателя",
                "ответственный исполнитель услугодателя",
                "1 working_day",
                false,
            ),
            (10, 1891, "+", "+", "1 working_day", false),
            (
                11,
                1896,
                "ответственный исполнитель услугодателя",
                "ответственный исполнитель услугодателя",
                "1 working_day",
                false,
            ),
            (
                12,
                1906,
                "заместитель руководителя услугодателя",
                "заместитель руководителя услугодателя",
                "1 working_day",
                false,
            ),
            (
                13,
                1912,
                "+",
                "специалист районного отдела услугодателя",
                "2 working_day",
                false,
            ),
        ],
    );
}

#[test]
fn items_r09_sequence() {
    check_items(
        1813,
        "sequence",
        1958,
        &[
            (
                1,
                1961,
                "+",
                "ответственный специалист районного отдела услугодателя",
                "30 minute",
                false,
            ),
            (
                2,
                1966,
                "+",
                "руководитель районного отдела услугодателя",
                "20 minute",
                false,
            ),
            (
                3,
                1971,
                "+",
                "ответственный специалист районного отдела услугодателя",
                "1 day",
                false,
            ),
            (4, 1974, "+", "+", "5 working_day", false),
            (
                5,
                1983,
                "+",
                "ответственный специалист районного отдела услугодателя",
                "1 working_day",
                false,
            ),
            // «в день поступления»: the same working day
            (
                6,
                1988,
                "+",
                "специалист канцелярии услугодателя",
                "1 working_day",
                false,
            ),
            (
                7,
                1992,
                "заместитель руководителя услугодателя",
                "заместитель руководителя услугодателя",
                "1 working_day",
                false,
            ),
            (8, 1995, "+", "+", "30 minute", false),
            (
                9,
                1998,
                "ответственный исполнитель услугодателя",
                "ответственный исполнитель услугодателя",
                "1 working_day",
                false,
            ),
            (10, 2003, "+", "+", "1 working_day", false),
            (
                11,
                2008,
                "ответственный исполнитель услугодателя",
                "ответственный исполнитель услугодателя",
                "1 working_day",
                false,
            ),
            // differs from ¶5 item 12 (1 working day)
            (
                12,
                2015,
                "заместитель руководителя услугодателя",
                "заместитель руководителя услугодателя",
                "2 working_day",
                false,
            ),
            // differs from ¶5 item 13 (2 working days)
            (
                13,
                2024,
                "+",
                "специалист районного отдела услугодателя",
                "1 working_day",
                false,
            ),
        ],
    );
}

#[test]
fn durations_words_and_flags() {
    // R1 ¶5 item 1: «в течение 20 (двадцати) минут»
    let it = &list(141, "steps", 174).items[0];
    let d = it.duration.as_ref().expect("R1 step 1 duration");
    assert_eq!(
        (d.word_value, d.conflict, d.at_most),
        (Some(20), false, false),
        "{FILE}: R1 step 1 (line 179) «20 (двадцати) минут»"
    );
    // R9 ¶5 item 8: «в течение 30 минут» — no words
    let it = &list(1813, "steps", 1848).items[7];
    let d = it.duration.as_ref().expect("R9 step 8 duration");
    assert_eq!(
        (d.value, d.word_value, d.conflict),
        (30, None, false),
        "{FILE}: R9 step 8 (line 1884) «в течение 30 минут»"
    );
    // R11 ¶5 item 4: «в течение 1 (одной) минуты»
    let it = &list(2462, "steps", 2501).items[3];
    let d = it.duration.as_ref().expect("R11 step 4 duration");
    assert_eq!(
        (d.value, unit_slug(d.unit), d.minutes, d.word_value),
        (1, "minute", Some(1), Some(1)),
        "{FILE}: R11 step 4 (line 2515-2516) «в течение 1 (одной) минуты»"
    );
    // R4 ¶5 item 3: «в течение 8 (восьми) рабочих дней»
    let it = &list(1017, "steps", 1049).items[2];
    let d = it.duration.as_ref().expect("R4 step 3 duration");
    assert_eq!(
        (d.word_value, d.minutes),
        (Some(8), None),
        "{FILE}: R4 step 3 (line 1065) «8 (восьми) рабочих дней»"
    );
}

#[test]
fn participants_r01_r04_r09() {
    let cases: &[(u32, &[(&str, u32)])] = &[
        (
            141,
            &[
                ("специалист государственной корпорации", 217),
                ("ответственный специалист услугодателя", 221),
                ("руководитель услугодателя", 222),
            ],
        ),
        (
            1017,
            &[
                ("специалист услугодателя", 1088),
                ("руководитель услугодателя", 1089),
                ("ответственный исполнитель услугодателя", 1090),
            ],
        ),
    ];
    for (reg_line, want) in cases {
        let r = reg(*reg_line);
        let got: Vec<(&str, u32)> = r
            .participants
            .iter()
            .map(|p| (p.actor.as_str(), p.line))
            .collect();
        assert_eq!(
            got,
            want.to_vec(),
            "{FILE}: participants (actor, line) of «{}»",
            r.title
        );
    }
    let r = reg(1813);
    let lines: Vec<u32> = r.participants.iter().map(|p| p.line).collect();
    assert_eq!(
        lines,
        vec![1947, 1948, 1949, 1951, 1952, 1953, 1955, 1956],
        "{FILE}: participant lines of «{}» (¶7, line 1945)",
        r.title
    );
    assert_eq!(
        r.participants[4].actor, "заместитель руководителя услугодателя",
        "{FILE}: R9 participant 5 (line 1952)"
    );
    assert_eq!(
        r.participants[6].actor, "ответственный исполнитель услугодателя",
        "{FILE}: R9 participant 7 (line 1955)"
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Channels of ¶1 and appendices
// ---------------------------------------------------------------------------------------------

#[test]
fn channels_of_paragraph_1() {
    let cases: &[(u32, &[(Channel, u32)])] = &[
        (141, &[(Channel::StateCorp, 153), (Channel::Portal, 155)]),
        (382, &[(Channel::Provider, 408), (Channel::Portal, 409)]),
        (
            1017,
            &[(Channel::StateCorp, 1032), (Channel::Provider, 1034)],
        ),
        (
            1170,
            &[(Channel::StateCorp, 1185), (Channel::Provider, 1187)],
        ),
        (
            1328,
            &[(Channel::StateCorp, 1348), (Channel::Provider, 1350)],
        ),
        (
            1485,
            &[(Channel::StateCorp, 1497), (Channel::Provider, 1499)],
        ),
        (
            1663,
            &[(Channel::StateCorp, 1675), (Channel::Provider, 1677)],
        ),
        (
            1813,
            &[(Channel::StateCorp, 1829), (Channel::Provider, 1831)],
        ),
        (
            2132,
            &[(Channel::StateCorp, 2150), (Channel::Provider, 2152)],
        ),
        // 4) «коммунальное государственное учреждение "Центр занятости населения"» is none of the four
        (
            2462,
            &[
                (Channel::StateCorp, 2477),
                (Channel::Provider, 2479),
                (Channel::Portal, 2480),
                (Channel::Other, 2481),
            ],
        ),
    ];
    for (reg_line, want) in cases {
        let r = reg(*reg_line);
        let got: Vec<(Channel, u32)> = r.channels.iter().map(|c| (c.channel, c.line)).collect();
        assert_eq!(
            got,
            want.to_vec(),
            "{FILE}: ¶1 channels (channel, line) of «{}» (line {reg_line})",
            r.title
        );
    }
}

/// (number, channel, line, legend lines, is_diagram)
type AppRow = (Option<u32>, Option<Channel>, u32, usize, bool);

#[test]
fn appendices() {
    let cases: &[(u32, &[AppRow])] = &[
        (
            141,
            &[
                (Some(1), None, 332, 0, true),
                (Some(2), Some(Channel::Portal), 347, 0, true),
            ],
        ),
        // appendices 1-7 are referenced (lines 813, 869) but not printed; line 875 is a header-less title
        (382, &[]),
        (886, &[]),
        (1017, &[]),
        (1170, &[]),
        (1328, &[]),
        (1485, &[(None, None, 1627, 0, true)]),
        (1663, &[]),
        (1813, &[]),
        (2132, &[(None, None, 2436, 0, true)]),
        (
            2462,
            &[
                (Some(1), Some(Channel::Portal), 2668, 0, true),
                (Some(2), Some(Channel::StateCorp), 2688, 0, true),
                (Some(3), None, 2710, 0, true),
            ],
        ),
    ];
    for (reg_line, want) in cases {
        let r = reg(*reg_line);
        let got: Vec<AppRow> = r
            .appendices
            .iter()
            .map(|a| (a.number, a.channel, a.line, a.legend.len(), a.is_diagram))
            .collect();
        assert_eq!(
            got,
            want.to_vec(),
            "{FILE}: appendices (number, channel, line, legend lines, is_diagram) of «{}» (line {reg_line}); \
             the act's own «Приложение N к постановлению» headers are not regulation appendices",
            r.title
        );
    }
}

#[test]
fn appendix_titles() {
    let r = reg(141);
    assert_eq!(
        r.appendices[0].title, "Справочник бизнес-процессов оказания государственной услуги",
        "{FILE}: R1 appendix 1 title (line 341)"
    );
    assert_eq!(
        r.appendices[1].title,
        "Диаграмма функционального взаимодействия информационных систем, задействованных в оказании государственной услуги через портал",
        "{FILE}: R1 appendix 2 title (lines 356-357)"
    );
    let r = reg(2462);
    assert_eq!(
        r.appendices[1].title,
        "Диаграмма функционального взаимодействия информационных систем, задействованных в оказании государственной услуги через Государственную корпорацию",
        "{FILE}: R11 appendix 2 title (lines 2702-2704)"
    );
    assert_eq!(
        r.appendices[2].title, "Справочник бизнес-процессов оказания государственной услуги",
        "{FILE}: R11 appendix 3 title (line 2724)"
    );
    let r = reg(2132);
    assert_eq!(
        r.appendices.first().map(|a| a.title.as_str()),
        Some("Справочник бизнес-процессов оказания государственной услуги"),
        "{FILE}: R10 appendix title (line 2452, under a header wrapped over lines 2436-2450)"
    );
    let r = reg(1485);
    assert_eq!(
        r.appendices.first().map(|a| a.title.as_str()),
        Some("Справочник бизнес-процессов оказания государственной услуги"),
        "{FILE}: R7 appendix title (line 1635)"
    );
}

/// R11 ¶9 (State Corporation, line 2573): process/condition items that do carry minute durations.
#[test]
fn items_r11_state_corp_kinds_and_minutes() {
    let l = list(2462, "process", 2573);
    let want: &[(u32, u32, ItemKind, Option<u32>, u64)] = &[
        (1, 2575, ItemKind::Step, None, 2),
        (2, 2582, ItemKind::Process, Some(1), 1),
        (3, 2586, ItemKind::Process, Some(2), 2),
        (4, 2590, ItemKind::Process, Some(3), 2),
        (5, 2593, ItemKind::Condition, Some(1), 1),
        (6, 2595, ItemKind::Process, Some(4), 2),
        (7, 2598, ItemKind::Process, Some(5), 2),
        (8, 2603, ItemKind::Step, None, 3),
    ];
    let got: Vec<(u32, u32, ItemKind, Option<u32>, u64)> = l
        .items
        .iter()
        .map(|i| {
            let m = i.duration.as_ref().and_then(|d| d.minutes).unwrap_or(0);
            (i.number.unwrap_or(0), i.line, i.kind, i.process_number, m)
        })
        .collect();
    assert_eq!(
        got,
        want.to_vec(),
        "{FILE}: R11 ¶9 (line 2573): (number, line, kind, process_number, minutes)"
    );
    assert!(
        l.items[4].decision.is_some(),
        "{FILE}: R11 ¶9 item 5 «условие 1» (line 2593) carries a decision"
    );
    assert_eq!(
        l.items[0].actor.as_deref(),
        Some("услугополучатель"),
        "{FILE}: R11 ¶9 item 1 (line 2575) actor"
    );
}
