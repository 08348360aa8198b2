//! Corpus test: reglaments/003_1c2847d2c07c60cf.txt (kk, Aktobe region, 2012, act No. 133): three
//! 2012 e-service regulations («электрондық мемлекеттік қызмет регламенті») with «N үдеріс» / «N шарт»
//! process lists, tab-separated action tables (one column per action, «Келесі әрекеттің нөмірі» row
//! with next-action numbers), letter-spaced words and a BPMN 1.2 legend.
//!
//! Every expected value below was read by hand from the text, not taken from the parser.
//!
//! Conventions: actor / actor_text `"*"` = not pinned, `""` = must be `None`; duration `"10 minute"`,
//! `"3 working_day"`, `"10 calendar_day"`, `"-"` = none, `"*"` = not pinned; a duration written
//! «… аспайды» must have `at_most`.
//!
//! The regulations: K1 «Жұмыссыз азаматтарға анықтама беру» (line 36), K2 «Мемлекеттік атаулы әлеуметтік
//! көмек тағайындау» (line 542), K3 «Үйде оқитын және тәрбиеленетін мүгедек балаларды материалдық
//! қамтамасыз ету үшін құжаттарды рәсімдеу» (line 1066). The act's own list of approved regulations
//! (lines 16-19) is not a regulation.
//!
//! # Inconsistencies read in the text
//!
//! 1. K1 duration of the same action «Сұранысты орындау. Шешімді қабылдау.» by УО: table 1 action 5
//!    (line 226/230) «10 минуттан аспайды» and table 3 action 6 (line 286/290) «10 минуттан аспайды» vs
//!    table 2 action 6 (line 254/260) «3 жұмыс күні».
//! 2. K1 table 2 action 10 (ХҚКО, line 254-260): name, result and duration all «-», yet it has next
//!    action 11 (line 261) — a placeholder column.
//! 3. K1 table 2 action 15 (ХҚКО, line 265-269): empty name cell (line 267) but a result and «10 минуттан
//!    аспайды».
//! 4. K1 participant naming: ¶13 item 3 (line 180) «ЭПАШ (ЭПШ)» vs the tables' «ЭҰАШ (ЭҰШ)» (e.g. line 214,
//!    227, 248) and «ЭҮАШ (ЭҮШ)» (line 287, 297); ¶10/¶9 «ЭҮШ/ЭҮАШ» (lines 140, 166).
//! 5. K1 portal spelling: ¶10 (line 146) and table 3 block 2 (line 287) «ЭҮП» vs table 3 heading
//!    (line 272) and block 1 actor (line 276) «ЭҰП».
//! 6. K1 ¶9 (ХҚКО channel) item 6 «2 шарт» (line 136) checks «УО АЖ тіркеу куәлігінің тізімінде» — copied
//!    from ¶8 item 7 (line 112); the ХҚКО list should check ХҚКО АЖ.
//! 7. K1 ХҚКО actor naming: ¶9 items 1-8 (lines 124-140) «ХҚКО операторі / оператор» vs item 10 (line 144)
//!    «ХҚКО қызметкерімен».
//! 8. K1 list lengths: ¶8 (provider, line 98) has 11 items ending with «8 үдеріс» (line 120) and ¶9 (ХҚКО,
//!    line 122) has 10 items ending with «8 үдеріс» (line 144), but ¶10 (portal, line 146) has 10 items
//!    ending at «7 үдеріс» (line 168): no delivery step for the portal.
//! 9. K1 ¶18 requirements (line 196): item 6 is printed «б)» (line 204), a letter for the digit 6, and
//!    without the «- » bullet of items 1-5 (lines 198-202).
//! 10. K1 table 1 (УО channel, line 210) has no ХҚКО step yet its column 4/8/12 actor is «ХҚКО АЖ»
//!    (lines 214, 227, 236); ¶8 (line 98) never mentions ХҚКО.
//! 11. K2 ¶1 (line 546) names «ауылдық округтің әкімі» as an alternative channel, and table 1 action 4
//!    (line 702) gives «тұрғылықты жері бойынша ауылдық округ әкіміне - 30 күнтізбелік күннен аспайды»,
//!    but no akim list, table or participant exists (¶12 participants, lines 660-664).
//! 12. K2 table 1 action 4 (line 697/702) «10 күнтізбек күннің ішінде» (misspelt «күнтізбек») vs table 2
//!    action 5 (line 728/732) «10 күнтізбелік күннің ішінде»; action 4 also carries a second value (30
//!    calendar days) for the akim route.
//! 13. K2 table 1 placeholders: action 6 (ЭҰАШ, line 697-703) name/result/duration «-»; action 9 (line
//!    707-712) «-» with an empty next cell (line 712) where other tables print «-».
//! 14. K2 gateway naming: table 1 action 3 (line 691) «ЭУАШ (ЭУШ)» (plain У instead of Ұ/Ү) vs actions 6, 9
//!    (lines 699, 708) «ЭҰАШ (ЭҰШ)» vs table 2 block 2 (line 729) «ЭҮАШ (ЭҮШ)» vs ¶12 item 3 (line 662)
//!    «ЭПАШ (ЭПШ)».
//! 15. K2 table 1 action 3 (line 692) routes to «ОМО АЖ», which is neither a participant (lines 660-664)
//!    nor defined in ¶7.
//! 16. K2 ¶12 participants (lines 660-664) are letter-spaced and tab-separated («1 ) Э Ү П ;»), unlike
//!    K1 (lines 178-184) and K3 (lines 1182-1186).
//! 17. K3 table 1 numbering (line 1211): block 1 action 3 has next 4 (line 1220) but block 2 numbers its
//!    actions 5, 6, 7 (line 1222) — there is no action 4; block 2's next row is again 5, 6, 7 (line 1227),
//!    i.e. every action points to itself; block 3 numbers 7, 8, 9 (line 1229) — action 7 appears twice.
//! 18. K3 table 2 (line 1236) block 3 (lines 1260-1264) has no «6. Келесі әрекеттің нөмірі» row: actions
//!    9-12 have no next numbers (K1 line 303 and K2 line 745 print «10 11 12 -» / «13 14 15 -»).
//! 19. K3 table 1 action 7 (second one, line 1229/1233) «Электрондық поштамен жіберген жағдайда 1 минуттан
//!    аспайды» — a conditional duration; K2's matching action 7 (line 711) is unconditional.
//! 20. K3 ¶7 definitions: numbering jumps from 1) (line 1084) to 3) (line 1086) — item 2) missing.
//! 21. K3 appendix 3 (survey, line 1323-1325) prints the service name but no «регламентіне 3-қосымша»
//!    header, while ¶15 (line 1194) refers to the 3-қосымша.
//! 22. K3 appendix 5 (line 1393) titles the sample answer «(мемлекеттік атаулы әлеуметтік көмек тағайындау
//!    туралы ескерту)» — copied from K2 (line 1012); K3 is about disabled children's material support.
//! 23. K3 service name spelling: heading (line 1066) «рәсімдеу» vs ¶8 item 10 (line 1144) and table 1 (line
//!    1224-1225) «ресімдеу»; the act's list (line 19) also «ресімдеу».
//! 24. K3 ¶1 (line 1070) names only the уәкілетті орган, but ¶9 (line 1148) and table 2 (line 1236) describe
//!    a portal channel; the same for K1 ¶1 (line 40), which names УО and ХҚКО but not ЭҮП used by ¶10.
//! 25. K1/K2/K3 ¶8 item 1 (lines 100, 604, 1124) «тұтынушы … өтініш жасап» has no «N үдеріс» label while
//!    every other item does; K1 ¶9 (line 124) starts directly with «1 үдеріс».

#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
use reglament::model::*;
use std::path::Path;
use std::sync::OnceLock;

const FILE: &str = "reglaments/003_1c2847d2c07c60cf.txt";

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

fn check_duration(ctx: &str, it: &Item, dur: &str) {
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
            if d.text.contains("аспайды") {
                assert!(d.at_most, "{ctx}: «{}» is an upper bound (at_most)", d.text);
            }
        }
    }
}

/// A 2012 «N үдеріс / N шарт» list: (number, line, kind, process_number).
type ProcRow = (u32, u32, ItemKind, Option<u32>);

fn check_process(reg_line: u32, list_line: u32, expected: &[ProcRow]) {
    let l = list(reg_line, "process", list_line);
    let title = &reg(reg_line).title;
    let got: Vec<ProcRow> = l
        .items
        .iter()
        .map(|i| (i.number.unwrap_or(0), i.line, i.kind, i.process_number))
        .collect();
    assert_eq!(
        got,
        expected.to_vec(),
        "{FILE}: «{title}» process list at line {list_line}: (number, line, kind, process_number)"
    );
    for i in &l.items {
        let ctx = format!(
            "{FILE}: «{title}» process list at line {list_line}, item {:?} (line {})",
            i.number, i.line
        );
        assert!(!i.misprint, "{ctx}: misprint");
        assert!(
            i.duration.is_none(),
            "{ctx}: the 2012 process lists print no durations"
        );
        if i.kind == ItemKind::Condition {
            assert!(
                i.decision.is_some(),
                "{ctx}: a «N шарт» item carries a decision"
            );
        }
    }
}

/// A 2012 action table column: (number, line of its «Әрекет №» row, actor_text, duration, next).
type TableRow = (u32, u32, &'static str, &'static str, &'static [u32]);

fn check_table(reg_line: u32, list_line: u32, expected: &[TableRow]) {
    let l = list(reg_line, "table", list_line);
    let title = &reg(reg_line).title;
    assert_eq!(
        l.items.len(),
        expected.len(),
        "{FILE}: «{title}» table at line {list_line}: number of actions"
    );
    for (it, &(n, line, actor_text, dur, next)) in l.items.iter().zip(expected) {
        let ctx =
            format!("{FILE}: «{title}» table at line {list_line}, action {n} (row line {line})");
        assert_eq!(it.number, Some(n), "{ctx}: action number («Әрекет №»)");
        assert_eq!(it.line, line, "{ctx}: line");
        assert!(!it.misprint, "{ctx}: misprint");
        match actor_text {
            "*" => {}
            "" => assert_eq!(it.actor_text, None, "{ctx}: actor_text"),
            a => assert_eq!(
                it.actor_text.as_deref(),
                Some(a),
                "{ctx}: actor_text («ҚФБ, АЖ атауы»)"
            ),
        }
        check_duration(&ctx, it, dur);
        assert_eq!(
            it.next,
            next.to_vec(),
            "{ctx}: next («Келесі әрекеттің нөмірі»)"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Regulations
// ---------------------------------------------------------------------------------------------

const REGS: &[(&str, u32)] = &[
    ("Жұмыссыз азаматтарға анықтама беру", 36),
    ("Мемлекеттік атаулы әлеуметтік көмек тағайындау", 542),
    (
        "Үйде оқитын және тәрбиеленетін мүгедек балаларды материалдық қамтамасыз ету үшін құжаттарды рәсімдеу",
        1066,
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
        got, want,
        "{FILE}: (title, heading line) of the 3 regulations; the act's list of approved regulations \
         (lines 16-19) is not a regulation"
    );
    for r in &d.reglaments {
        assert_eq!(
            r.language,
            Language::Kk,
            "{FILE}: language of «{}» (line {})",
            r.title,
            r.line
        );
        assert!(
            r.electronic,
            "{FILE}: «{}» (line {}) is a 2012 «электрондық мемлекеттік қызмет регламенті»",
            r.title, r.line
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Lists of every regulation
// ---------------------------------------------------------------------------------------------
// Not lists: ¶7 definitions, ¶17/¶18 requirements («қойылатын талаптар»), the survey answers of
// appendix 3, the document lists of appendix 4.

#[test]
fn lists_k1() {
    check_lists(
        36,
        &[
            ("process", "provider", Some(8), 98, 11),
            ("process", "state_corp", Some(9), 122, 10),
            ("process", "portal", Some(10), 146, 10),
            ("participants", "provider", Some(13), 176, 7),
            ("table", "provider", None, 210, 12),
            ("table", "state_corp", None, 244, 15),
            ("table", "portal", None, 272, 15),
        ],
    );
}

#[test]
fn lists_k2() {
    check_lists(
        542,
        &[
            ("process", "provider", Some(8), 602, 11),
            ("process", "portal", Some(9), 628, 10),
            ("participants", "provider", Some(12), 658, 5),
            ("table", "provider", None, 687, 9),
            ("table", "portal", None, 714, 12),
        ],
    );
}

#[test]
fn lists_k3() {
    check_lists(
        1066,
        &[
            ("process", "provider", Some(8), 1122, 11),
            ("process", "portal", Some(9), 1148, 10),
            ("participants", "provider", Some(12), 1180, 5),
            ("table", "provider", None, 1211, 9),
            ("table", "portal", None, 1236, 12),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Items of all three regulations
// ---------------------------------------------------------------------------------------------

use ItemKind::{Condition as C, Process as P, Step as S};

/// ¶8 of K1, K2 and K3 reads the same: 1) unlabelled step, then 1 үдеріс, 1 шарт, 2 үдеріс, 3 үдеріс,
/// 4 үдеріс, 2 шарт, 5 үдеріс, 6 үдеріс, 7 үдеріс, 8 үдеріс.
fn provider_process_rows(lines: [u32; 11]) -> Vec<ProcRow> {
    let shape: [(ItemKind, Option<u32>); 11] = [
        (S, None),
        (P, Some(1)),
        (C, Some(1)),
        (P, Some(2)),
        (P, Some(3)),
        (P, Some(4)),
        (C, Some(2)),
        (P, Some(5)),
        (P, Some(6)),
        (P, Some(7)),
        (P, Some(8)),
    ];
    shape
        .iter()
        .zip(lines)
        .enumerate()
        .map(|(i, (&(k, p), line))| (i as u32 + 1, line, k, p))
        .collect()
}

/// The portal lists (K1 ¶10, K2 ¶9, K3 ¶9): 1) unlabelled step, then up to 7 үдеріс.
fn portal_process_rows(lines: [u32; 10]) -> Vec<ProcRow> {
    let shape: [(ItemKind, Option<u32>); 10] = [
        (S, None),
        (P, Some(1)),
        (C, Some(1)),
        (P, Some(2)),
        (P, Some(3)),
        (P, Some(4)),
        (C, Some(2)),
        (P, Some(5)),
        (P, Some(6)),
        (P, Some(7)),
    ];
    shape
        .iter()
        .zip(lines)
        .enumerate()
        .map(|(i, (&(k, p), line))| (i as u32 + 1, line, k, p))
        .collect()
}

#[test]
fn items_k1_process_lists() {
    check_process(
        36,
        98,
        &provider_process_rows([100, 102, 104, 106, 108, 110, 112, 114, 116, 118, 120]),
    );
    check_process(
        36,
        122,
        &[
            (1, 124, P, Some(1)),
            (2, 126, C, Some(1)),
            (3, 128, P, Some(2)),
            (4, 130, P, Some(3)),
            (5, 134, P, Some(4)),
            (6, 136, C, Some(2)),
            (7, 138, P, Some(5)),
            (8, 140, P, Some(6)),
            (9, 142, P, Some(7)),
            (10, 144, P, Some(8)),
        ],
    );
    check_process(
        36,
        146,
        &portal_process_rows([148, 150, 152, 154, 156, 158, 160, 164, 166, 168]),
    );
    let first = &list(36, "process", 98).items[0];
    assert_eq!(
        first.actor_text.as_deref(),
        Some("тұтынушы"),
        "{FILE}: K1 ¶8 item 1 (line 100) actor_text"
    );
}

#[test]
fn items_k2_process_lists() {
    check_process(
        542,
        602,
        &provider_process_rows([604, 606, 608, 610, 612, 614, 616, 618, 622, 624, 626]),
    );
    check_process(
        542,
        628,
        &portal_process_rows([630, 632, 634, 636, 638, 640, 642, 644, 646, 650]),
    );
    let first = &list(542, "process", 628).items[0];
    assert_eq!(
        first.actor_text.as_deref(),
        Some("тұтынушы"),
        "{FILE}: K2 ¶9 item 1 (line 630) actor_text"
    );
}

#[test]
fn items_k3_process_lists() {
    check_process(
        1066,
        1122,
        &provider_process_rows([
            1124, 1126, 1128, 1130, 1132, 1134, 1136, 1140, 1142, 1144, 1146,
        ]),
    );
    check_process(
        1066,
        1148,
        &portal_process_rows([1150, 1152, 1154, 1156, 1158, 1160, 1162, 1164, 1170, 1172]),
    );
}

const UO: &str = "УО";
const UO_AZH: &str = "УО АЖ";
const EUASH: &str = "ЭҰАШ (ЭҰШ)";
const EUASH_Y: &str = "ЭҮАШ (ЭҮШ)";
const HKKO_AZH: &str = "ХҚКО АЖ";
const HKKO: &str = "ХҚКО";

#[test]
fn table_k1_uo() {
    check_table(
        36,
        210,
        &[
            (1, 213, UO, "10 minute", &[2]),
            (2, 213, UO_AZH, "1 minute", &[3]),
            (3, 213, EUASH, "1 minute", &[4]),
            (4, 213, HKKO_AZH, "1 minute", &[5]),
            (5, 226, UO, "10 minute", &[6]),
            (6, 226, UO_AZH, "1 minute", &[7]),
            (7, 226, EUASH, "1 minute", &[8]),
            (8, 226, HKKO_AZH, "1 minute", &[9]),
            (9, 235, UO, "1 minute", &[10]),
            (10, 235, UO_AZH, "1 minute", &[11]),
            (11, 235, EUASH, "1 minute", &[12]),
            (12, 235, HKKO_AZH, "1 minute", &[]),
        ],
    );
}

#[test]
fn table_k1_hkko() {
    check_table(
        36,
        244,
        &[
            (1, 247, HKKO, "10 minute", &[2]),
            (2, 247, HKKO_AZH, "1 minute", &[3]),
            (3, 247, EUASH, "1 minute", &[4]),
            (4, 247, UO_AZH, "1 minute", &[5]),
            (5, 247, UO, "10 minute", &[6]),
            // «3 жұмыс күні ( қабылдау күні … кірмейды)»
            (6, 254, UO, "3 working_day", &[7]),
            (7, 254, UO_AZH, "1 minute", &[8]),
            (8, 254, EUASH, "1 minute", &[9]),
            (9, 254, HKKO_AZH, "1 minute", &[10]),
            // placeholder column: «-» everywhere but next 11
            (10, 254, HKKO, "-", &[11]),
            (11, 265, UO, "1 minute", &[12]),
            (12, 265, UO_AZH, "1 minute", &[13]),
            (13, 265, EUASH, "1 minute", &[14]),
            (14, 265, HKKO_AZH, "1 minute", &[15]),
            (15, 265, HKKO, "10 minute", &[]),
        ],
    );
}

#[test]
fn table_k1_portal() {
    check_table(
        36,
        272,
        &[
            (1, 275, "ЭҰП", "1 minute", &[2]),
            (2, 275, EUASH, "1 minute", &[3]),
            (3, 275, UO_AZH, "1 minute", &[4]),
            (4, 275, HKKO_AZH, "1 minute", &[5]),
            (5, 275, UO, "10 minute", &[6]),
            (6, 286, UO, "10 minute", &[7]),
            (7, 286, UO_AZH, "1 minute", &[8]),
            (8, 286, EUASH_Y, "1 minute", &[9]),
            (9, 286, "ЭҮП", "1 minute", &[10]),
            (10, 286, HKKO_AZH, "1 minute", &[11]),
            (11, 296, UO, "1 minute", &[12]),
            (12, 296, UO_AZH, "1 minute", &[13]),
            (13, 296, EUASH_Y, "1 minute", &[14]),
            (14, 296, "ЭҮП", "1 minute", &[15]),
            (15, 296, HKKO_AZH, "1 minute", &[]),
        ],
    );
}

#[test]
fn table_k2_uo() {
    check_table(
        542,
        687,
        &[
            (1, 690, UO, "15 minute", &[2]),
            (2, 690, UO_AZH, "1 minute", &[3]),
            (3, 690, "ЭУАШ (ЭУШ)", "1 minute", &[4]),
            // «10 күнтізбек күннің ішінде; … ауылдық округ әкіміне - 30 күнтізбелік күннен аспайды»
            (4, 697, UO, "*", &[5]),
            (5, 697, UO_AZH, "1 minute", &[6]),
            (6, 697, EUASH, "-", &[7]),
            (7, 707, UO, "1 minute", &[8]),
            (8, 707, UO_AZH, "1 minute", &[9]),
            // empty next cell (line 712)
            (9, 707, EUASH, "-", &[]),
        ],
    );
    let it = &list(542, "table", 687).items[3];
    let d = it
        .duration
        .as_ref()
        .expect("K2 table 1 action 4 has a duration (line 702)");
    assert_eq!(
        unit_slug(d.unit),
        "calendar_day",
        "{FILE}: K2 table 1 action 4 (line 702) unit of «10 күнтізбек күннің ішінде»"
    );
}

#[test]
fn table_k2_portal() {
    check_table(
        542,
        714,
        &[
            (1, 717, "ЭҰП", "1 minute", &[2]),
            (2, 717, EUASH, "1 minute", &[3]),
            (3, 717, UO_AZH, "1 minute", &[4]),
            (4, 717, UO, "15 minute", &[5]),
            (5, 728, UO, "10 calendar_day", &[6]),
            (6, 728, UO_AZH, "1 minute", &[7]),
            (7, 728, EUASH_Y, "1 minute", &[8]),
            (8, 728, "ЭҮП", "1 minute", &[9]),
            (9, 738, UO, "1 minute", &[10]),
            (10, 738, UO_AZH, "1 minute", &[11]),
            (11, 738, EUASH_Y, "1 minute", &[12]),
            (12, 738, "ЭҮП", "1 minute", &[]),
        ],
    );
}

#[test]
fn table_k3_uo() {
    check_table(
        1066,
        1211,
        &[
            (1, 1214, UO, "15 minute", &[2]),
            (2, 1214, UO_AZH, "1 minute", &[3]),
            (3, 1214, "ЭУАШ (ЭУШ)", "1 minute", &[4]),
            // no action 4; the next row repeats the action numbers 5, 6, 7 (line 1227)
            (5, 1222, UO, "10 working_day", &[5]),
            (6, 1222, UO_AZH, "1 minute", &[6]),
            (7, 1222, EUASH, "-", &[7]),
            // action number 7 printed a second time (line 1229)
            (7, 1229, UO, "1 minute", &[8]),
            (8, 1229, UO_AZH, "1 minute", &[9]),
            (9, 1229, EUASH, "-", &[]),
        ],
    );
}

#[test]
fn table_k3_portal() {
    check_table(
        1066,
        1236,
        &[
            (1, 1239, "ЭҰП", "1 minute", &[2]),
            (2, 1239, EUASH, "1 minute", &[3]),
            (3, 1239, UO_AZH, "1 minute", &[4]),
            (4, 1239, UO, "15 minute", &[5]),
            (5, 1250, UO, "10 working_day", &[6]),
            (6, 1250, UO_AZH, "1 minute", &[7]),
            (7, 1250, EUASH_Y, "1 minute", &[8]),
            (8, 1250, "ЭҮП", "1 minute", &[9]),
            // block 3 has no «Келесі әрекеттің нөмірі» row
            (9, 1260, UO, "1 minute", &[]),
            (10, 1260, UO_AZH, "1 minute", &[]),
            (11, 1260, EUASH_Y, "1 minute", &[]),
            (12, 1260, "ЭҮП", "1 minute", &[]),
        ],
    );
}

#[test]
fn participants_all() {
    let cases: &[(u32, &[(&str, u32)])] = &[
        (
            36,
            &[
                ("ЭҮП", 178),
                ("УОАЖ", 179),
                ("ЭПАШ(ЭПШ)", 180),
                ("ХҚКОАЖ", 181),
                ("ҰКОАЖ", 182),
                ("УО", 183),
                ("ХҚКО", 184),
            ],
        ),
        // letter-spaced, tab-separated in the text
        (
            542,
            &[
                ("ЭҮП", 660),
                ("УОАЖ", 661),
                ("ЭПАШ(ЭПШ)", 662),
                ("ҰКОАЖ", 663),
                ("УО", 664),
            ],
        ),
        (
            1066,
            &[
                ("ЭҮП", 1182),
                ("УОАЖ", 1183),
                ("ЭҮАШ(ЭҮШ)", 1184),
                ("ҰКОАЖ", 1185),
                ("УО", 1186),
            ],
        ),
    ];
    for (reg_line, want) in cases {
        let r = reg(*reg_line);
        // compare without whitespace and the trailing «;» / «.»
        let got: Vec<(String, u32)> = r
            .participants
            .iter()
            .map(|p| {
                let t: String = p.text.chars().filter(|c| !c.is_whitespace()).collect();
                (t.trim_end_matches([';', '.']).to_string(), p.line)
            })
            .collect();
        let want: Vec<(String, u32)> = want.iter().map(|&(t, l)| (t.to_string(), l)).collect();
        assert_eq!(
            got, want,
            "{FILE}: participants (text without spaces, line) of «{}»",
            r.title
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Channels of ¶1 and appendices
// ---------------------------------------------------------------------------------------------

#[test]
fn channels_of_paragraph_1() {
    let cases: &[(u32, &[(Channel, u32)])] = &[
        // «уәкілетті орган … көрсетеді, баламалы негізде … ХҚКО арқылы көрсетіледі»
        (36, &[(Channel::Provider, 40), (Channel::StateCorp, 40)]),
        // «уәкілетті орган … көрсетіледі, … ауылдық (селолық) округтің әкіміне … жүгінеді»
        (542, &[(Channel::Provider, 546), (Channel::Akim, 546)]),
        (1066, &[(Channel::Provider, 1070)]),
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

/// (number, channel, first accepted line, last accepted line, legend lines, is_diagram).
/// A multi-line header («"…" электрондық мемлекеттік қызмет регламентіне» / «3-қосымша») may be located on
/// its first line or on the «N-қосымша» line.
type AppRow = (Option<u32>, Option<Channel>, u32, u32, usize, bool);

#[test]
fn appendices() {
    let cases: &[(u32, &[AppRow])] = &[
        (
            36,
            &[
                (Some(1), None, 208, 208, 0, false),
                (Some(2), None, 311, 311, 12, true),
                (Some(3), None, 351, 353, 0, false),
                (Some(4), None, 377, 379, 0, false),
                (Some(5), None, 401, 403, 0, false),
            ],
        ),
        // «4-қосымшаның жалғасы» (lines 880-882, 918-920, 964-966) continues appendix 4
        (
            542,
            &[
                (Some(1), None, 685, 685, 0, false),
                (Some(2), None, 752, 752, 12, true),
                (Some(3), None, 795, 797, 0, false),
                (Some(4), None, 819, 821, 0, false),
                (Some(5), None, 1008, 1010, 0, false),
            ],
        ),
        // no «3-қосымша» header is printed: line 1323 holds only the service name, what is left
        // of it, and appendix 3's questionnaire (line 1325) follows, numberless
        (
            1066,
            &[
                (Some(1), None, 1209, 1209, 0, false),
                (Some(2), None, 1271, 1273, 12, true),
                (None, None, 1323, 1323, 0, false),
                (Some(4), None, 1339, 1340, 0, false),
                (Some(5), None, 1391, 1391, 0, false),
            ],
        ),
    ];
    for (reg_line, want) in cases {
        let r = reg(*reg_line);
        assert_eq!(
            r.appendices.len(),
            want.len(),
            "{FILE}: number of appendices of «{}»; got {:?}",
            r.title,
            r.appendices
                .iter()
                .map(|a| (a.number, a.line))
                .collect::<Vec<_>>()
        );
        for (a, &(n, ch, lo, hi, legend, diagram)) in r.appendices.iter().zip(want.iter()) {
            let ctx = format!(
                "{FILE}: «{}» appendix {n:?} (header lines {lo}-{hi})",
                r.title
            );
            assert_eq!(a.number, n, "{ctx}: number");
            assert_eq!(a.channel, ch, "{ctx}: channel");
            assert!(
                (lo..=hi).contains(&a.line),
                "{ctx}: line {} not in {lo}..={hi}",
                a.line
            );
            assert_eq!(
                a.legend.len(),
                legend,
                "{ctx}: legend lines under «Белгіленген таңбалар кестесі»: {:?}",
                a.legend
            );
            assert_eq!(a.is_diagram, diagram, "{ctx}: is_diagram");
        }
    }
    let legend = &reg(36).appendices[1].legend;
    assert_eq!(
        legend.first().map(|s| s.trim()),
        Some("Басты хабарландыру"),
        "{FILE}: K1 legend line 327"
    );
    assert_eq!(
        legend.last().map(|s| s.trim()),
        Some("Ең соңғы тұтынушыға берілетін электрондық құжат."),
        "{FILE}: K1 legend line 338"
    );
}
