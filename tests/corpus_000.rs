//! Corpus test: `reglaments/000_6f385fbdd640c006.txt` — Zhambyl region akimat act No. 107 of
//! 31 March 2016 (ru, markdown-like export): an amending act followed by 11 regulation bodies.
//!
//! Every expected value below was read in the text by a human reader (line numbers are 1-based
//! lines of the file), never copied from the parser's output.
//!
//! # Inconsistencies read in the text
//!
//! Repeated lists of the same regulation that disagree (R<n> = n-th regulation of the file,
//! ¶ = paragraph number as printed, «item» = the printed label):
//!
//!  1. R1 «Назначение государственной адресной социальной помощи», ¶5 item 4 (line 102) names no
//!     actor («услугодателя готовит уведомление …»), while ¶8 item 4 (line 140) has
//!     «ответственный исполнитель услугодателя готовит …»: missing actor.
//!  2. R1 ¶5 item 4 (line 102) «в течение 1 (одного) рабочего дня» vs ¶8 item 4 (line 140)
//!     «в течение 6 (шести) рабочих дней» for the same procedure: 1 vs 6 working days.
//!  3. R1 ¶8 item 6 is printed «б)» (line 144) while ¶5 prints «6)» (line 106): misprinted label.
//!  4. R1 ¶9 (State Corporation) item 6 is printed «б)» (line 160) while items 5 and 7 are
//!     «5)» (158) and «7)» (162): misprinted label.
//!  5. R1 ¶10 (akim) item 5 (line 176) prepares the notification «в течение 2 (двух) рабочих дней»
//!     vs ¶5 item 4 (line 102) 1 working day and ¶9 item 5 (line 158) 1 working day.
//!  6. R1 ¶10 item 6 (line 178) the head signs «в течение 2 (двух) рабочих дней» vs ¶5 item 5
//!     (line 104) and ¶8 item 5 (line 142) «1 (одного) рабочего дня».
//!  7. R2 «Назначение государственного пособия на детей до восемнадцати лет» repeats R1's defects:
//!     ¶5 item 4 (line 296) has no actor and 1 working day vs ¶8 item 4 (line 327)
//!     «ответственный исполнитель услугодателя» and 6 (шести) working days.
//!  8. R2 ¶8 item 6 printed «б)» (line 331) vs ¶5 «6)» (line 300); ¶9 item 6 printed «б)»
//!     (line 347).
//!  9. R2 ¶10 item 5 (line 363) 2 working days and item 6 (line 365) 2 working days vs ¶5 items 4/5
//!     (lines 296/298) 1 working day each.
//! 10. R3 «Выдача справки, подтверждающей принадлежность …», ¶5 item 3 (line 494) the head signs
//!     in «не более 2 (двух) минут» vs ¶9 item 5 (line 538) «не более 5 (пяти) минут».
//! 11. R3 ¶5 item 2 (line 492) the executor prepares the certificate in «не более 5 (пяти) минут»
//!     vs ¶9 item 4 (line 536) «в течение 1 (одного) рабочих дней» (also a number/case mismatch).
//! 12. R3 ¶9 (State Corporation) has two unnumbered items (lines 530, 532) and its numbering
//!     starts at «3)» (line 534): items 1 and 2 lost their labels.
//! 13. R3 ¶1 announces the akim channel (line 475) but the regulation has no akim list and no
//!     akim справочник (appendices 1–4, lines 575, 603, 619, 630 are provider, State Corporation,
//!     portal diagram, portal).
//! 14. R3 appendix 4 names the service «Выдача справки, подтверждающую …» (lines 630, 634) vs the
//!     title «подтверждающей» (line 465).
//! 15. R4 «Назначение социальной помощи специалистам социальной сферы …», the notification is
//!     prepared in 8 working days through the provider (¶5 item 2, line 682; ¶10 item 2, line 739),
//!     10 through the akim (¶6 item 3, line 694) and 6 through the State Corporation (¶12 item 4,
//!     line 773).
//! 16. R4 ¶5 item 4 (line 686) and ¶10 items 1 and 4 (lines 737, 743) print the actor as
//!     «ответственной исполнителю услугодателя» (dative, wrong gender) vs «ответственный
//!     исполнитель услугодателя» in ¶5 item 1 (line 680) and ¶10 item 2 (line 739).
//! 17. R4 ¶12 (State Corporation) has two unnumbered items (lines 767, 769), numbering starts at
//!     «3)» (line 771).
//! 18. R4's cover header reads «Приложение к постановлению» without a number (line 645; it is
//!     appendix 4 of the act), and the header «Приложение 1 к Регламенту» of its first справочник
//!     is missing: line 786 starts mid-header («оказания государственной услуги "…"»).
//! 19. R5 «Возмещение затрат на обучение на дому детей-инвалидов» has no «Приложение 5 к
//!     постановлению» cover at all (heading at line 859 follows R4's legend directly).
//! 20. R5 ¶5 item 2 (line 889) prepares the notification in 8 working days vs ¶9 item 4 (line 933)
//!     7 (семи) working days.
//! 21. R5 ¶9 item 6 printed «б)» (line 939); ¶9 has two unnumbered items (lines 927, 929) and starts
//!     numbering at «3)» (line 931).
//! 22. R5 ¶10 (portal, line 943) lists its processes with no numbers at all (lines 945–965), while
//!     the same list in R3 ¶10 is numbered «1)»–«10)» (lines 546–564).
//! 23. R5 body refers to «приложениям 2, 3, 4» (line 970) but the fourth справочник has no
//!     «Приложение 4» header (line 1027 starts with the справочник title).
//! 24. R5 title prints «детей-инвалидов» (lines 861, 865) but the standard's name and all appendix
//!     headers print «детей инвалидов» (lines 865, 978, 989, 1009).
//! 25. R6 «Регистрация граждан, пострадавших вследствие ядерных испытаний …», ¶5 item 5 (line 1093)
//!     and ¶9 item 5 (line 1139) need «подписи руководителя», but the participants list ¶7
//!     (lines 1111–1113) has no head (руководитель).
//! 26. R6 ¶5 item 2 (line 1085) «председателю и членам комиссий» (plural) vs participants ¶7 item 2
//!     (line 1113) «председатель и члены комиссии».
//! 27. R6 ¶5 item 4 (line 1091) the provider issues the decision «в течение 1 (одного) рабочего дня»
//!     vs ¶9 item 6 (line 1141) the State Corporation issues it «не более 20 (двадцати) минут»; and
//!     ¶9 item 2 (line 1133) gives the transfer to the «оператор» where R1/R3 use the «специалист».
//! 28. R7 «Регистрация и постановка на учет безработных граждан», ¶5 item 2 (line 1228) the draft is
//!     prepared in 2 working days vs ¶9 item 5 (line 1276) 1 working day.
//! 29. R7 ¶9 opens with three unnumbered lines (1266 «Максимально допустимое время ожидания …»,
//!     1268, 1270) and numbering starts at «3)» (line 1272).
//! 30. R7 appendix 2 legend (lines 1365–1367) lacks «вариант выбора», present in appendices 3 and 4
//!     (lines 1384, 1397).
//! 31. R8 «Выдача справок безработным гражданам», ¶9 numbers its items «1)»–«10)» (lines 1472–1490)
//!     independently of the «процесс N» / «условие N» numbers (e.g. «4) условие 1», line 1478).
//! 32. R9 «Выдача направлений лицам …»: the body refers to «приложениям 2, 3» (line 1730) but the
//!     header «Приложение 2 к Регламенту» is missing (line 1758 starts with the справочник title).
//! 33. R10 «Присвоение статуса оралмана», ¶5 has 7 procedures (lines 1830–1842) vs 6 in ¶8
//!     (lines 1871–1881): ¶5 items 6 and 7 (lines 1840, 1842) are merged into ¶8 item 6 (line 1881).
//! 34. R10 the result is issued by «руководителем отдела» in ¶5 item 7 (line 1842) vs by «сотрудник
//!     канцелярии услугодателя» in ¶8 item 6 (line 1881).
//! 35. R10 ¶5 item 6 (line 1840) registration «в течение 10 (десяти) минут» and item 7 (line 1842)
//!     issue 10 minutes vs ¶8 item 6 (line 1881) both in 10 minutes in total.
//! 36. R10 ¶9 item 4 (line 1897) the provider takes «2 (двух) рабочих дней» in total vs the provider's
//!     own ¶5 (lines 1830–1842): 1 working day + 2 hours + 2 working days + 1 working day + 20 min.
//! 37. R10 ¶9 item 1 (line 1889) the operator takes «20 (двадцать) минут» but the maximum waiting
//!     time of the same list is «не более 15 (пятнадцати) минут» (line 1887).
//! 38. R11 «Назначение социальной помощи отдельным категориям нуждающихся граждан …» has no
//!     «Содержание каждой процедуры» paragraph: ¶5 (line 1985) is already «Описание
//!     последовательности процедур …», and ¶10 (line 2063) repeats it word for word.
//! 39. R11 ¶5 item 6 (line 1997), ¶10 item 6 (line 2075) and ¶11 item 6 (line 2091) are printed
//!     «б)», vs ¶6 item 6 «6)» (line 2013).
//! 40. R11 ¶5 item 6 (line 1997) the notification is issued by «сотрудник услугодателя», an actor
//!     absent from the participants list ¶9 (lines 2057–2061).
//! 41. R11 ¶6 item 6 (line 2013) and ¶11 item 6 (line 2091) «руководитель услугодателя» signs the
//!     notification, but the head is neither in the participants list ¶9 (lines 2057–2061) nor in
//!     the provider's own list ¶5 (lines 1987–1997), which has no signing step at all.
//! 42. R11 ¶5 item 4 (line 1993) computes the average income «в течение 1 (одного) рабочего дня»
//!     vs ¶6 item 4 (line 2009) «в течение 2 (двух) рабочих дней».
//! 43. R11 ¶5 item 2 (line 1989) documents go to the участковая комиссия in 1 working day vs
//!     ¶6 item 1 (line 2003) «не более 10 (десяти) минут» (receipt and sending together).
//! 44. R11 results ¶8 item 7 (line 2049) «направление уведомления акиму сельского округа» vs
//!     ¶6 item 7 (line 2015) «специалисту акима сельского округа»; ¶6 item 2 (line 2005)
//!     «специалисту акима сельского округа» vs «специалист аппарата акима» (line 2003).
//! 45. R11 ¶1 channel list is followed by a stray bullet «- инвалиды и лица, имеющие социально
//!     значимые заболевания.» (line 1973).
//! 46. R11 appendix headers are printed «Приложение-1» … «Приложение-4» (lines 2130, 2143, 2169,
//!     2189) with a hyphen.

use std::path::Path;
use std::sync::OnceLock;

use reglament::model::{Channel, Document, ItemKind, Language, Reglament, StepList, TimeUnit};

const FILE: &str = "reglaments/000_6f385fbdd640c006.txt";

fn doc() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| reglament::parse_file(Path::new(FILE), None).unwrap())
}

/// Accumulates mismatches so that one run shows every disagreement, not only the first.
struct Check {
    errors: Vec<String>,
    count: usize,
}

impl Check {
    fn new() -> Self {
        Check {
            errors: Vec::new(),
            count: 0,
        }
    }
    fn eq<T: PartialEq + std::fmt::Debug>(&mut self, ctx: &str, got: T, want: T) {
        self.count += 1;
        if got != want {
            self.errors
                .push(format!("{ctx}:\n      want {want:?}\n      got  {got:?}"));
        }
    }
    fn ok(&mut self, ctx: &str, cond: bool, detail: String) {
        self.count += 1;
        if !cond {
            self.errors.push(format!("{ctx}: {detail}"));
        }
    }
    fn finish(self) {
        eprintln!(
            "{FILE}: {} checks, {} failed",
            self.count,
            self.errors.len()
        );
        if !self.errors.is_empty() {
            panic!(
                "{} of {} checks failed in {FILE}:\n  {}",
                self.errors.len(),
                self.count,
                self.errors.join("\n  ")
            );
        }
    }
}

/// The regulation whose heading starts at `line`.
fn reg_at(line: u32) -> &'static Reglament {
    let d = doc();
    d.reglaments
        .iter()
        .find(|r| r.line == line)
        .unwrap_or_else(|| {
            let found: Vec<_> = d
                .reglaments
                .iter()
                .map(|r| (r.line, r.title.as_str()))
                .collect();
            panic!("{FILE}: no regulation with heading at line {line}; parsed: {found:#?}")
        })
}

/// The list of `r` whose heading starts at `line`.
fn list_at(r: &'static Reglament, line: u32) -> &'static StepList {
    r.lists.iter().find(|l| l.line == line).unwrap_or_else(|| {
        let found: Vec<_> = r.lists.iter().map(|l| (l.kind.slug(), l.line)).collect();
        panic!(
            "{FILE}: regulation at line {} «{}»: no list at line {line}; lists: {found:?}",
            r.line, r.title
        )
    })
}

type ListRow = (&'static str, &'static str, Option<u32>, u32, usize);

fn check_lists(c: &mut Check, reg_line: u32, want: &[ListRow]) {
    let r = reg_at(reg_line);
    let got: Vec<(String, String, Option<u32>, u32, usize)> = r
        .lists
        .iter()
        .map(|l| {
            (
                l.kind.slug().to_string(),
                l.channel.slug().to_string(),
                l.paragraph,
                l.line,
                l.items.len(),
            )
        })
        .collect();
    let want: Vec<(String, String, Option<u32>, u32, usize)> = want
        .iter()
        .map(|&(k, ch, p, line, n)| (k.to_string(), ch.to_string(), p, line, n))
        .collect();
    c.eq(
        &format!(
            "R@{reg_line} «{}»: lists (kind, channel, ¶, line, items)",
            r.title
        ),
        got,
        want,
    );
}

/// Expected duration: (value, unit, minutes).
type Dur = Option<(u64, TimeUnit, Option<u64>)>;

/// Expected item: (label, number, misprint, line, actor, actor_text, duration).
/// An `actor_text` of `Some("*")` means "not checked".
type ItemRow = (
    &'static str,
    Option<u32>,
    bool,
    u32,
    Option<&'static str>,
    Option<&'static str>,
    Dur,
);

fn check_items(c: &mut Check, reg_line: u32, list_line: u32, want: &[ItemRow]) {
    let r = reg_at(reg_line);
    let l = list_at(r, list_line);
    let ctx0 = format!(
        "R@{reg_line} «{}» list {} @{list_line}",
        r.title,
        l.kind.slug()
    );
    c.eq(&format!("{ctx0}: item count"), l.items.len(), want.len());
    for (i, (w, it)) in want.iter().zip(l.items.iter()).enumerate() {
        let &(label, number, misprint, line, actor, actor_text, dur) = w;
        let ctx = format!("{ctx0} item #{} «{label}» (line {line})", i + 1);
        c.eq(&format!("{ctx}: label"), it.label.as_str(), label);
        c.eq(&format!("{ctx}: number"), it.number, number);
        c.eq(&format!("{ctx}: misprint"), it.misprint, misprint);
        c.eq(&format!("{ctx}: line"), it.line, line);
        c.eq(&format!("{ctx}: actor"), it.actor.as_deref(), actor);
        if actor_text != Some("*") {
            c.eq(
                &format!("{ctx}: actor_text"),
                it.actor_text.as_deref(),
                actor_text,
            );
        }
        let got_dur = it.duration.as_ref().map(|d| (d.value, d.unit, d.minutes));
        c.eq(
            &format!("{ctx}: duration (value, unit, minutes)"),
            got_dur,
            dur,
        );
    }
}

/// Expected process kinds: (line, kind, process_number).
fn check_kinds(
    c: &mut Check,
    reg_line: u32,
    list_line: u32,
    want: &[(u32, ItemKind, Option<u32>)],
) {
    let r = reg_at(reg_line);
    let l = list_at(r, list_line);
    let got: Vec<_> = l
        .items
        .iter()
        .map(|i| (i.line, i.kind, i.process_number))
        .collect();
    c.eq(
        &format!(
            "R@{reg_line} «{}» list @{list_line}: (line, kind, process_number)",
            r.title
        ),
        got,
        want.to_vec(),
    );
    for it in &l.items {
        if it.kind == ItemKind::Condition {
            c.ok(
                &format!(
                    "R@{reg_line} list @{list_line} condition at line {}",
                    it.line
                ),
                it.decision.is_some(),
                "a condition item must carry a decision".into(),
            );
        }
    }
}

fn check_channels(c: &mut Check, reg_line: u32, want: &[(Channel, u32)]) {
    let r = reg_at(reg_line);
    let got: Vec<_> = r.channels.iter().map(|ch| (ch.channel, ch.line)).collect();
    c.eq(
        &format!("R@{reg_line} «{}»: ¶1 channels (channel, line)", r.title),
        got,
        want.to_vec(),
    );
}

/// Expected appendix: (number, channel (None = not checked), is_diagram, line, legend lines, title prefix, title suffix).
type AppRow = (
    Option<u32>,
    Option<Option<Channel>>,
    bool,
    u32,
    usize,
    &'static str,
    &'static str,
);

fn check_appendices(c: &mut Check, reg_line: u32, want: &[AppRow]) {
    let r = reg_at(reg_line);
    let got: Vec<_> = r.appendices.iter().map(|a| (a.number, a.line)).collect();
    let want_nl: Vec<_> = want.iter().map(|a| (a.0, a.3)).collect();
    c.eq(
        &format!("R@{reg_line} «{}»: appendices (number, line)", r.title),
        got,
        want_nl,
    );
    for w in want {
        let &(number, channel, is_diagram, line, legend, prefix, suffix) = w;
        let Some(a) = r.appendices.iter().find(|a| a.line == line) else {
            continue;
        };
        let ctx = format!("R@{reg_line} appendix {number:?} (line {line})");
        if let Some(ch) = channel {
            c.eq(&format!("{ctx}: channel"), a.channel, ch);
        }
        c.eq(&format!("{ctx}: is_diagram"), a.is_diagram, is_diagram);
        c.eq(&format!("{ctx}: legend line count"), a.legend.len(), legend);
        c.ok(
            &format!("{ctx}: title prefix"),
            a.title.starts_with(prefix),
            format!("title {:?} should start with {prefix:?}", a.title),
        );
        c.ok(
            &format!("{ctx}: title suffix"),
            a.title.ends_with(suffix),
            format!("title {:?} should end with {suffix:?}", a.title),
        );
    }
}

const SPRAV: &str = "Справочник бизнес-процессов оказания государственной услуги";
const DIAG: &str = "Диаграмма функционального взаимодействия информационных систем";

const OI: Option<&str> = Some("ответственный исполнитель услугодателя");
const RU: Option<&str> = Some("руководитель услугодателя");
const UK: Option<&str> = Some("участковая комиссия");
const OGK: Option<&str> = Some("оператор государственной корпорации");
const SGK: Option<&str> = Some("специалист государственной корпорации");
const SAA: Option<&str> = Some("специалист аппарата акима сельского округа");

fn min(n: u64) -> Dur {
    Some((n, TimeUnit::Minute, Some(n)))
}
fn wd(n: u64) -> Dur {
    Some((n, TimeUnit::WorkingDay, None))
}
fn day(n: u64) -> Dur {
    Some((n, TimeUnit::Day, None))
}

#[test]
fn regulations_titles_lines_language() {
    let d = doc();
    let want: &[(u32, &str)] = &[
        (68, "Назначение государственной адресной социальной помощи"),
        (
            265,
            "Назначение государственного пособия на детей до восемнадцати лет",
        ),
        (
            463,
            "Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи",
        ),
        (
            652,
            "Назначение социальной помощи специалистам социальной сферы, проживающим и работающим в сельских населенных пунктах, по приобретению топлива",
        ),
        (859, "Возмещение затрат на обучение на дому детей-инвалидов"),
        (
            1047,
            "Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском испытательном ядерном полигоне, выплата единовременной государственной денежной компенсации, выдача удостоверений",
        ),
        (1196, "Регистрация и постановка на учет безработных граждан"),
        (1400, "Выдача справок безработным гражданам"),
        (
            1636,
            "Выдача направлений лицам на участие в активных формах содействия занятости",
        ),
        (1806, "Присвоение статуса оралмана"),
        (
            1958,
            "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов",
        ),
    ];
    let got: Vec<(u32, &str)> = d
        .reglaments
        .iter()
        .map(|r| (r.line, r.title.as_str()))
        .collect();
    assert_eq!(
        got,
        want.to_vec(),
        "{FILE}: regulations (heading line, title) in order; the amending act's own list (lines 19–41) holds no regulation"
    );
    for r in &d.reglaments {
        assert_eq!(
            r.language,
            Language::Ru,
            "{FILE}: regulation at line {} «{}»: language",
            r.line,
            r.title
        );
        assert!(
            !r.electronic,
            "{FILE}: regulation at line {} «{}»: not a 2012 e-service regulation",
            r.line, r.title
        );
    }
}

#[test]
fn lists_of_every_regulation() {
    let mut c = Check::new();
    // R1 «Назначение государственной адресной социальной помощи»
    check_lists(
        &mut c,
        68,
        &[
            ("steps", "provider", Some(5), 94, 6),
            ("results", "provider", Some(6), 108, 6),
            ("participants", "provider", Some(7), 124, 3),
            ("sequence", "provider", Some(8), 132, 6),
            ("process", "state_corp", Some(9), 148, 8),
            ("process", "akim", Some(10), 166, 8),
            ("results", "akim", Some(11), 184, 8),
        ],
    );
    // R2 «Назначение государственного пособия на детей до восемнадцати лет»
    check_lists(
        &mut c,
        265,
        &[
            ("steps", "provider", Some(5), 288, 6),
            ("results", "provider", Some(6), 302, 6),
            ("participants", "provider", Some(7), 313, 3),
            ("sequence", "provider", Some(8), 319, 6),
            ("process", "state_corp", Some(9), 335, 8),
            ("process", "akim", Some(10), 353, 8),
            ("results", "akim", Some(11), 371, 8),
        ],
    );
    // R3 «Выдача справки, подтверждающей принадлежность …»: ¶9 has 2 unnumbered items then «3)»…«7)».
    check_lists(
        &mut c,
        463,
        &[
            ("steps", "provider", Some(5), 488, 4),
            ("results", "provider", Some(6), 498, 4),
            ("participants", "provider", Some(7), 510, 2),
            ("sequence", "provider", Some(8), 516, 4),
            ("process", "state_corp", Some(9), 528, 7),
            ("process", "portal", Some(10), 544, 10),
        ],
    );
    // R4 «Назначение социальной помощи специалистам социальной сферы …»: separate akim lists ¶6, ¶8, ¶11.
    check_lists(
        &mut c,
        652,
        &[
            ("steps", "provider", Some(5), 678, 4),
            ("steps", "akim", Some(6), 688, 6),
            ("results", "provider", Some(7), 702, 4),
            ("results", "akim", Some(8), 712, 6),
            ("participants", "provider", Some(9), 728, 3),
            ("sequence", "provider", Some(10), 735, 4),
            ("process", "akim", Some(11), 745, 6),
            ("process", "state_corp", Some(12), 765, 7),
        ],
    );
    // R5 «Возмещение затрат на обучение на дому детей-инвалидов»: ¶10 portal list is wholly unnumbered
    // (10 entries, line 963 is a hard-wrap continuation of line 961).
    check_lists(
        &mut c,
        859,
        &[
            ("steps", "provider", Some(5), 885, 4),
            ("results", "provider", Some(6), 895, 4),
            ("participants", "provider", Some(7), 907, 2),
            ("sequence", "provider", Some(8), 913, 4),
            ("process", "state_corp", Some(9), 925, 7),
            ("process", "portal", Some(10), 943, 10),
        ],
    );
    // R6 «Регистрация граждан, пострадавших вследствие ядерных испытаний …»: ¶3's result lists are not lists.
    check_lists(
        &mut c,
        1047,
        &[
            ("steps", "provider", Some(5), 1081, 5),
            ("results", "provider", Some(6), 1095, 5),
            ("participants", "provider", Some(7), 1109, 2),
            ("sequence", "provider", Some(8), 1115, 5),
            ("process", "state_corp", Some(9), 1129, 7),
        ],
    );
    // R7 «Регистрация и постановка на учет безработных граждан»: ¶9 = 2 unnumbered procedures (1268, 1270)
    // + «3)»…«8)». Line 1266 «Максимально допустимое время ожидания … не более 15 минут» is a constraint of
    // the whole channel, not a procedure: read as a note of the heading, not an item.
    check_lists(
        &mut c,
        1196,
        &[
            ("steps", "provider", Some(5), 1224, 4),
            ("results", "provider", Some(6), 1234, 4),
            ("participants", "provider", Some(7), 1246, 2),
            ("sequence", "provider", Some(8), 1252, 4),
            ("process", "state_corp", Some(9), 1264, 8),
            ("process", "portal", Some(10), 1286, 10),
        ],
    );
    // R8 «Выдача справок безработным гражданам»: ¶9 = «1)»…«10)» (line 1470, the maximum waiting time, is a
    // note, not a procedure).
    check_lists(
        &mut c,
        1400,
        &[
            ("steps", "provider", Some(5), 1426, 4),
            ("results", "provider", Some(6), 1438, 4),
            ("participants", "provider", Some(7), 1450, 2),
            ("sequence", "provider", Some(8), 1456, 4),
            ("process", "state_corp", Some(9), 1468, 10),
            ("process", "portal", Some(10), 1494, 10),
        ],
    );
    // R9 «Выдача направлений лицам на участие в активных формах содействия занятости»
    check_lists(
        &mut c,
        1636,
        &[
            ("steps", "provider", Some(5), 1665, 4),
            ("results", "provider", Some(6), 1675, 4),
            ("participants", "provider", Some(7), 1687, 2),
            ("sequence", "provider", Some(8), 1693, 4),
            ("process", "portal", Some(9), 1705, 10),
        ],
    );
    // R10 «Присвоение статуса оралмана»: ¶8 «Описание порядка взаимодействия структурных подразделений
    // (работников), длительность каждой процедуры» is the sequence; ¶9 = «1)»…«5)» (line 1887, the maximum
    // waiting time, is a note; line 1891 continues item 1). ¶10 (line 1901, «Подробное описание …») is not a list.
    check_lists(
        &mut c,
        1806,
        &[
            ("steps", "provider", Some(5), 1828, 7),
            ("results", "provider", Some(6), 1844, 7),
            ("participants", "provider", Some(7), 1862, 4),
            ("sequence", "provider", Some(8), 1869, 6),
            ("process", "state_corp", Some(9), 1885, 5),
        ],
    );
    // R11 «Назначение социальной помощи отдельным категориям нуждающихся граждан …»: ¶5 is worded as a
    // sequence («Описание последовательности …»), there is no «Содержание каждой процедуры».
    check_lists(
        &mut c,
        1958,
        &[
            ("sequence", "provider", Some(5), 1985, 6),
            ("process", "akim", Some(6), 2001, 8),
            ("results", "provider", Some(7), 2021, 6),
            ("results", "akim", Some(8), 2035, 8),
            ("participants", "provider", Some(9), 2055, 3),
            ("sequence", "provider", Some(10), 2063, 6),
            ("process", "akim", Some(11), 2079, 8),
            ("process", "portal", Some(12), 2101, 10),
        ],
    );
    c.finish();
}

#[test]
fn channels_of_paragraph_1() {
    use Channel::*;
    let mut c = Check::new();
    check_channels(&mut c, 68, &[(StateCorp, 78), (Provider, 80), (Akim, 82)]);
    check_channels(
        &mut c,
        265,
        &[(StateCorp, 275), (Provider, 276), (Akim, 277)],
    );
    check_channels(
        &mut c,
        463,
        &[
            (StateCorp, 473),
            (Provider, 474),
            (Akim, 475),
            (Portal, 476),
        ],
    );
    check_channels(
        &mut c,
        652,
        &[(StateCorp, 662), (Provider, 664), (Akim, 666)],
    );
    check_channels(
        &mut c,
        859,
        &[(StateCorp, 869), (Provider, 871), (Portal, 873)],
    );
    check_channels(&mut c, 1047, &[(StateCorp, 1055), (Provider, 1057)]);
    check_channels(
        &mut c,
        1196,
        &[(StateCorp, 1206), (Provider, 1207), (Portal, 1208)],
    );
    check_channels(
        &mut c,
        1400,
        &[(StateCorp, 1410), (Provider, 1412), (Portal, 1414)],
    );
    check_channels(&mut c, 1636, &[(Provider, 1646), (Portal, 1647)]);
    check_channels(&mut c, 1806, &[(StateCorp, 1816), (Provider, 1818)]);
    check_channels(
        &mut c,
        1958,
        &[(Provider, 1970), (Akim, 1971), (Portal, 1972)],
    );
    c.finish();
}

#[test]
fn r1_steps_and_sequence() {
    let mut c = Check::new();
    // ¶5, line 94
    check_items(
        &mut c,
        68,
        94,
        &[
            ("1)", Some(1), false, 96, OI, OI, min(30)),
            ("2)", Some(2), false, 98, OI, OI, day(2)),
            (
                "3)",
                Some(3),
                false,
                100,
                UK,
                Some("Участковая комиссия"),
                day(2),
            ),
            // «4) услугодателя готовит …»: genitive, no subject.
            ("4)", Some(4), false, 102, None, None, wd(1)),
            ("5)", Some(5), false, 104, RU, RU, wd(1)),
            ("6)", Some(6), false, 106, OI, OI, min(15)),
        ],
    );
    // ¶8, line 132
    check_items(
        &mut c,
        68,
        132,
        &[
            ("1)", Some(1), false, 134, OI, OI, min(30)),
            ("2)", Some(2), false, 136, OI, OI, day(2)),
            (
                "3)",
                Some(3),
                false,
                138,
                UK,
                Some("Участковая комиссия"),
                day(2),
            ),
            ("4)", Some(4), false, 140, OI, OI, wd(6)),
            ("5)", Some(5), false, 142, RU, RU, wd(1)),
            ("б)", Some(6), true, 144, OI, OI, min(15)),
        ],
    );
    // ¶9 (State Corporation), line 148
    check_items(
        &mut c,
        68,
        148,
        &[
            (
                "1)",
                Some(1),
                false,
                150,
                OGK,
                Some("оператор Государственной корпорации"),
                min(20),
            ),
            (
                "2)",
                Some(2),
                false,
                152,
                SGK,
                Some("специалист Государственной корпорации"),
                wd(1),
            ),
            ("3)", Some(3), false, 154, OI, OI, day(2)),
            (
                "4)",
                Some(4),
                false,
                156,
                UK,
                Some("Участковая комиссия"),
                day(2),
            ),
            ("5)", Some(5), false, 158, OI, OI, wd(1)),
            ("б)", Some(6), true, 160, RU, RU, wd(1)),
            ("7)", Some(7), false, 162, OI, OI, wd(1)),
            (
                "8)",
                Some(8),
                false,
                164,
                SGK,
                Some("специалист Государственной корпорации"),
                min(20),
            ),
        ],
    );
    // ¶10 (akim), line 166
    check_items(
        &mut c,
        68,
        166,
        &[
            ("1)", Some(1), false, 168, SAA, SAA, min(30)),
            ("2)", Some(2), false, 170, SAA, SAA, day(2)),
            (
                "3)",
                Some(3),
                false,
                172,
                UK,
                Some("Участковая комиссия"),
                day(2),
            ),
            ("4)", Some(4), false, 174, SAA, SAA, wd(10)),
            ("5)", Some(5), false, 176, OI, OI, wd(2)),
            ("6)", Some(6), false, 178, RU, RU, wd(2)),
            ("7)", Some(7), false, 180, OI, OI, wd(1)),
            ("8)", Some(8), false, 182, SAA, SAA, min(15)),
        ],
    );

    // Duration details, decisions, results.
    let r = reg_at(68);
    let steps = list_at(r, 94);
    if let Some(first) = steps.items.first() {
        if let Some(d) = &first.duration {
            c.eq(
                "R1 ¶5 item 1 (line 96): duration at_most («не более»)",
                d.at_most,
                true,
            );
            c.eq(
                "R1 ¶5 item 1 (line 96): duration word_value («30 (тридцати)»)",
                d.word_value,
                Some(30),
            );
            c.eq(
                "R1 ¶5 item 1 (line 96): duration conflict",
                d.conflict,
                false,
            );
        }
        c.ok(
            "R1 ¶5 item 1 (line 96): decision",
            first.decision.is_some(),
            "«в случае неполного пакета документов выдает расписку об отказе …» is a refusal branch".into(),
        );
        c.ok(
            "R1 ¶5 item 1 (line 96): result from ¶6 item 1 (line 110)",
            first
                .result
                .as_deref()
                .is_some_and(|s| s.starts_with("прием документов, выдача талона")),
            format!("got {:?}", first.result),
        );
    }
    if let Some(second) = steps.items.get(1) {
        c.eq(
            "R1 ¶5 item 2 (line 98): no decision",
            second.decision.is_some(),
            false,
        );
        if let Some(d) = &second.duration {
            c.eq(
                "R1 ¶5 item 2 (line 98): word_value «2-х (двух)»",
                d.word_value,
                Some(2),
            );
            c.eq("R1 ¶5 item 2 (line 98): at_most", d.at_most, false);
        }
        c.ok(
            "R1 ¶5 item 2 (line 98): result from ¶6 item 2 (line 112)",
            second
                .result
                .as_deref()
                .is_some_and(|s| s.starts_with("направление документов в участковую комиссию")),
            format!("got {:?}", second.result),
        );
    }
    c.finish();
}

#[test]
fn r1_participants_appendices_refs() {
    use Channel::*;
    let mut c = Check::new();
    let r = reg_at(68);
    let got: Vec<_> = r
        .participants
        .iter()
        .map(|p| (p.actor.as_str(), p.line))
        .collect();
    c.eq(
        "R1 participants (actor, line)",
        got,
        vec![
            ("ответственный исполнитель услугодателя", 126),
            ("руководитель услугодателя", 128),
            ("участковая комиссия", 130),
        ],
    );
    check_appendices(
        &mut c,
        68,
        &[
            (
                Some(1),
                Some(Some(Provider)),
                true,
                211,
                4,
                SPRAV,
                "через услугодателя",
            ),
            (
                Some(2),
                Some(Some(Akim)),
                true,
                227,
                4,
                SPRAV,
                "через акима сельского округа",
            ),
            (
                Some(3),
                Some(Some(StateCorp)),
                true,
                245,
                4,
                SPRAV,
                "через Государственную корпорацию",
            ),
        ],
    );
    let refs: Vec<_> = r.appendix_refs.iter().map(|a| (a.number, a.line)).collect();
    c.eq(
        "R1 appendix refs «согласно приложениям 1, 2, 3» (line 203)",
        refs,
        vec![(Some(1), 203), (Some(2), 203), (Some(3), 203)],
    );
    c.finish();
}

#[test]
fn r3_steps_and_state_corp_process() {
    let mut c = Check::new();
    // ¶5, line 488
    check_items(
        &mut c,
        463,
        488,
        &[
            ("1)", Some(1), false, 490, OI, OI, min(2)),
            ("2)", Some(2), false, 492, OI, OI, min(5)),
            ("3)", Some(3), false, 494, RU, RU, min(2)),
            ("4)", Some(4), false, 496, OI, OI, min(2)),
        ],
    );
    // ¶8, line 516: identical to ¶5.
    check_items(
        &mut c,
        463,
        516,
        &[
            ("1)", Some(1), false, 518, OI, OI, min(2)),
            ("2)", Some(2), false, 520, OI, OI, min(5)),
            ("3)", Some(3), false, 522, RU, RU, min(2)),
            ("4)", Some(4), false, 524, OI, OI, min(2)),
        ],
    );
    // ¶9, line 528: two unnumbered items, then «3)» … «7)».
    check_items(
        &mut c,
        463,
        528,
        &[
            (
                "",
                None,
                false,
                530,
                OGK,
                Some("оператор Государственной корпорации"),
                min(5),
            ),
            // «в случае предоставления …, оператором Государственной корпорации выдается расписка …»:
            // passive with the agent in the instrumental: the operator is clearly named.
            (
                "",
                None,
                false,
                532,
                OGK,
                Some("оператором Государственной корпорации"),
                min(5),
            ),
            (
                "3)",
                Some(3),
                false,
                534,
                SGK,
                Some("специалист Государственной корпорации"),
                min(2),
            ),
            ("4)", Some(4), false, 536, OI, OI, wd(1)),
            ("5)", Some(5), false, 538, RU, RU, min(5)),
            ("6)", Some(6), false, 540, OI, OI, wd(1)),
            (
                "7)",
                Some(7),
                false,
                542,
                SGK,
                Some("специалист Государственной корпорации"),
                min(2),
            ),
        ],
    );
    let r = reg_at(463);
    let sc = list_at(r, 528);
    if let Some(it) = sc.items.get(1) {
        c.ok(
            "R3 ¶9 unnumbered item (line 532): decision",
            it.decision.is_some(),
            "refusal branch «в случае … неполного пакета документов»".into(),
        );
    }
    if let Some(d) = sc.items.first().and_then(|it| it.duration.as_ref()) {
        c.eq(
            "R3 ¶9 item at line 530: at_most («в течение 5 (пяти) минут»)",
            d.at_most,
            false,
        );
    }
    // ¶10 portal, line 544: «1) услугополучатель …», then processes and conditions.
    check_kinds(
        &mut c,
        463,
        544,
        &[
            (546, ItemKind::Step, None),
            (548, ItemKind::Process, Some(1)),
            (550, ItemKind::Condition, Some(1)),
            (552, ItemKind::Process, Some(2)),
            (554, ItemKind::Process, Some(3)),
            (556, ItemKind::Process, Some(4)),
            (558, ItemKind::Condition, Some(2)),
            (560, ItemKind::Process, Some(5)),
            (562, ItemKind::Process, Some(6)),
            (564, ItemKind::Process, Some(7)),
        ],
    );
    if let Some(it) = list_at(r, 544).items.first() {
        c.eq(
            "R3 ¶10 item 1 (line 546): actor",
            it.actor.as_deref(),
            Some("услугополучатель"),
        );
    }
    c.finish();
}

#[test]
fn r3_participants_appendices_refs() {
    use Channel::*;
    let mut c = Check::new();
    let r = reg_at(463);
    let got: Vec<_> = r
        .participants
        .iter()
        .map(|p| (p.actor.as_str(), p.line))
        .collect();
    c.eq(
        "R3 participants (actor, line)",
        got,
        vec![
            ("ответственный исполнитель услугодателя", 512),
            ("руководитель услугодателя", 514),
        ],
    );
    check_appendices(
        &mut c,
        463,
        &[
            (
                Some(1),
                Some(Some(Provider)),
                true,
                575,
                4,
                SPRAV,
                "через услугодателя",
            ),
            (
                Some(2),
                Some(Some(StateCorp)),
                true,
                603,
                4,
                SPRAV,
                "через Государственную корпорацию",
            ),
            // The portal diagram: no legend in the text.
            (
                Some(3),
                None,
                true,
                619,
                0,
                DIAG,
                "\"электронного правительства\"",
            ),
            (
                Some(4),
                Some(Some(Portal)),
                true,
                630,
                4,
                SPRAV,
                "через портал",
            ),
        ],
    );
    // «приложению 3» (line 568), «приложениям 1, 2, 4» (line 570); «приложению 2 стандарта» (line 532)
    // is the standard's appendix, not the regulation's.
    let refs: Vec<_> = r.appendix_refs.iter().map(|a| (a.number, a.line)).collect();
    c.eq(
        "R3 appendix refs",
        refs,
        vec![
            (Some(3), 568),
            (Some(1), 570),
            (Some(2), 570),
            (Some(4), 570),
        ],
    );
    c.finish();
}

#[test]
fn r8_steps_sequence_and_processes() {
    let mut c = Check::new();
    // ¶5, line 1426
    check_items(
        &mut c,
        1400,
        1426,
        &[
            ("1)", Some(1), false, 1430, OI, OI, min(2)),
            ("2)", Some(2), false, 1432, OI, OI, min(2)),
            ("3)", Some(3), false, 1434, RU, RU, min(2)),
            ("4)", Some(4), false, 1436, OI, OI, min(2)),
        ],
    );
    // ¶8, line 1456
    check_items(
        &mut c,
        1400,
        1456,
        &[
            ("1)", Some(1), false, 1458, OI, OI, min(2)),
            ("2)", Some(2), false, 1460, OI, OI, min(2)),
            ("3)", Some(3), false, 1462, RU, RU, min(2)),
            ("4)", Some(4), false, 1464, OI, OI, min(2)),
        ],
    );
    // ¶9 (State Corporation), line 1468: «1) процесс 1» … «10) процесс 8»; the unnumbered line 1470
    // («Максимально допустимое время ожидания …») is a note, not an item.
    check_kinds(
        &mut c,
        1400,
        1468,
        &[
            (1472, ItemKind::Process, Some(1)),
            (1474, ItemKind::Process, Some(2)),
            (1476, ItemKind::Process, Some(3)),
            (1478, ItemKind::Condition, Some(1)),
            (1480, ItemKind::Process, Some(4)),
            (1482, ItemKind::Process, Some(5)),
            (1484, ItemKind::Process, Some(6)),
            (1486, ItemKind::Condition, Some(2)),
            (1488, ItemKind::Process, Some(7)),
            (1490, ItemKind::Process, Some(8)),
        ],
    );
    let r = reg_at(1400);
    let sc = list_at(r, 1468);
    let labels: Vec<_> = sc
        .items
        .iter()
        .map(|i| (i.label.as_str(), i.number))
        .collect();
    c.eq(
        "R8 ¶9 labels",
        labels,
        vec![
            ("1)", Some(1)),
            ("2)", Some(2)),
            ("3)", Some(3)),
            ("4)", Some(4)),
            ("5)", Some(5)),
            ("6)", Some(6)),
            ("7)", Some(7)),
            ("8)", Some(8)),
            ("9)", Some(9)),
            ("10)", Some(10)),
        ],
    );
    c.ok(
        "R8 ¶9: the waiting-time note (line 1470) is not an item",
        sc.items.iter().all(|i| i.line != 1470),
        "line 1470 parsed as an item".into(),
    );
    if let Some(it) = sc.items.last() {
        let d = it.duration.as_ref().map(|d| (d.value, d.unit, d.minutes));
        c.eq(
            "R8 ¶9 «10) процесс 8» (line 1490): duration «не более 15 (пятнадцати) минут»",
            d,
            Some((15, TimeUnit::Minute, Some(15))),
        );
    }
    // ¶10 portal, line 1494: wholly unnumbered; line 1510 continues line 1508.
    check_kinds(
        &mut c,
        1400,
        1494,
        &[
            (1496, ItemKind::Step, None),
            (1498, ItemKind::Process, Some(1)),
            (1500, ItemKind::Condition, Some(1)),
            (1502, ItemKind::Process, Some(2)),
            (1504, ItemKind::Process, Some(3)),
            (1506, ItemKind::Process, Some(4)),
            (1508, ItemKind::Condition, Some(2)),
            (1512, ItemKind::Process, Some(5)),
            (1514, ItemKind::Process, Some(6)),
            (1516, ItemKind::Process, Some(7)),
        ],
    );
    c.finish();
}

#[test]
fn r8_participants_appendices() {
    use Channel::*;
    let mut c = Check::new();
    let r = reg_at(1400);
    let got: Vec<_> = r
        .participants
        .iter()
        .map(|p| (p.actor.as_str(), p.line))
        .collect();
    c.eq(
        "R8 participants (actor, line)",
        got,
        vec![
            ("ответственный исполнитель услугодателя", 1452),
            ("руководитель услугодателя", 1454),
        ],
    );
    check_appendices(
        &mut c,
        1400,
        &[
            (
                Some(1),
                None,
                true,
                1525,
                10,
                DIAG,
                "через Государственную корпорацию",
            ),
            (
                Some(2),
                None,
                true,
                1548,
                10,
                DIAG,
                "\"электронного правительства\"",
            ),
            (
                Some(3),
                Some(Some(Provider)),
                true,
                1568,
                3,
                SPRAV,
                "через услугодателя",
            ),
            (
                Some(4),
                Some(Some(StateCorp)),
                true,
                1596,
                4,
                SPRAV,
                "через Государственную корпорацию",
            ),
            (
                Some(5),
                Some(Some(Portal)),
                true,
                1612,
                4,
                SPRAV,
                "через веб-портал \"электронного правительства\"",
            ),
        ],
    );
    c.finish();
}

#[test]
fn r11_sequence_and_akim_process() {
    let mut c = Check::new();
    let sk: Option<&str> = Some("специальная комиссия");
    // ¶5 (worded as a sequence), line 1985; «- 1)» bullet.
    check_items(
        &mut c,
        1958,
        1985,
        &[
            ("1)", Some(1), false, 1987, OI, OI, min(30)),
            ("2)", Some(2), false, 1989, OI, OI, wd(1)),
            ("3)", Some(3), false, 1991, UK, UK, wd(2)),
            ("4)", Some(4), false, 1993, OI, OI, wd(1)),
            ("5)", Some(5), false, 1995, sk, sk, wd(2)),
            (
                "б)",
                Some(6),
                true,
                1997,
                Some("сотрудник услугодателя"),
                Some("сотрудник услугодателя"),
                wd(1),
            ),
        ],
    );
    // ¶6 (akim), line 2001
    check_items(
        &mut c,
        1958,
        2001,
        &[
            ("1)", Some(1), false, 2003, SAA, SAA, min(10)),
            ("2)", Some(2), false, 2005, UK, UK, wd(2)),
            ("3)", Some(3), false, 2007, SAA, SAA, min(10)),
            ("4)", Some(4), false, 2009, OI, OI, wd(2)),
            ("5)", Some(5), false, 2011, sk, sk, wd(2)),
            ("6)", Some(6), false, 2013, RU, RU, wd(1)),
            ("7)", Some(7), false, 2015, OI, OI, wd(1)),
            ("8)", Some(8), false, 2017, SAA, SAA, min(10)),
        ],
    );
    // ¶11 (akim, repeated), line 2079: «б)» at line 2091.
    let r = reg_at(1958);
    let l = list_at(r, 2079);
    let labels: Vec<_> = l
        .items
        .iter()
        .map(|i| (i.label.as_str(), i.number, i.misprint, i.line))
        .collect();
    c.eq(
        "R11 ¶11 labels (label, number, misprint, line)",
        labels,
        vec![
            ("1)", Some(1), false, 2081),
            ("2)", Some(2), false, 2083),
            ("3)", Some(3), false, 2085),
            ("4)", Some(4), false, 2087),
            ("5)", Some(5), false, 2089),
            ("б)", Some(6), true, 2091),
            ("7)", Some(7), false, 2093),
            ("8)", Some(8), false, 2095),
        ],
    );
    let got: Vec<_> = r
        .participants
        .iter()
        .map(|p| (p.actor.as_str(), p.line))
        .collect();
    c.eq(
        "R11 participants (actor, line)",
        got,
        vec![
            ("ответственный исполнитель услугодателя", 2057),
            ("участковая комиссия", 2059),
            ("специальная комиссия", 2061),
        ],
    );
    use Channel::*;
    check_appendices(
        &mut c,
        1958,
        &[
            (
                Some(1),
                None,
                true,
                2130,
                0,
                DIAG,
                "\"электронного правительства\"",
            ),
            (
                Some(2),
                Some(Some(Provider)),
                true,
                2143,
                4,
                SPRAV,
                "через услугодателя",
            ),
            (
                Some(3),
                Some(Some(Akim)),
                true,
                2169,
                4,
                SPRAV,
                "через акима сельского округа",
            ),
            (
                Some(4),
                Some(Some(Portal)),
                true,
                2189,
                4,
                SPRAV,
                "через портал",
            ),
        ],
    );
    c.finish();
}

#[test]
fn misprinted_labels_across_the_file() {
    // Every «б)» standing for 6 in the file, as (regulation heading line, item line).
    let want: Vec<(u32, u32)> = vec![
        (68, 144),
        (68, 160),
        (265, 331),
        (265, 347),
        (859, 939),
        (1958, 1997),
        (1958, 2075),
        (1958, 2091),
    ];
    let mut got = Vec::new();
    for r in &doc().reglaments {
        for l in &r.lists {
            for it in &l.items {
                if it.misprint {
                    assert_eq!(
                        it.number,
                        Some(6),
                        "{FILE}: misprint at line {} («{}»): number",
                        it.line,
                        it.label
                    );
                    got.push((r.line, it.line));
                }
            }
        }
    }
    assert_eq!(
        got, want,
        "{FILE}: misprinted labels (regulation line, item line)"
    );
}

#[test]
fn appendices_with_missing_or_odd_headers() {
    use Channel::*;
    let mut c = Check::new();
    // R2: multi-line headers (394–398) and a title split over two lines (404–407).
    check_appendices(
        &mut c,
        265,
        &[
            (
                Some(1),
                Some(Some(Provider)),
                true,
                394,
                4,
                SPRAV,
                "через услугодателя",
            ),
            (
                Some(2),
                Some(Some(Akim)),
                true,
                425,
                4,
                SPRAV,
                "через акима сельского округа",
            ),
            (
                Some(3),
                Some(Some(StateCorp)),
                true,
                445,
                4,
                SPRAV,
                "через Государственную корпорацию",
            ),
        ],
    );
    // R4: the «Приложение 1» header is missing (line 786 starts mid-header), so only 2 and 3 have one.
    let r4: Vec<_> = reg_at(652).appendices.iter().map(|a| a.number).collect();
    c.ok(
        "R4 appendices",
        r4.contains(&Some(2)) && r4.contains(&Some(3)),
        format!("appendices 2 (line 817) and 3 (line 844) expected, got {r4:?}"),
    );
    // R6
    check_appendices(
        &mut c,
        1047,
        &[
            (
                Some(1),
                Some(Some(Provider)),
                true,
                1149,
                4,
                SPRAV,
                "через услугодателя",
            ),
            (
                Some(2),
                Some(Some(StateCorp)),
                true,
                1171,
                4,
                SPRAV,
                "через Государственную корпорацию",
            ),
        ],
    );
    // R7: diagram legend of 10 tab-indented lines (1341–1350).
    check_appendices(
        &mut c,
        1196,
        &[
            (
                Some(1),
                None,
                true,
                1325,
                10,
                DIAG,
                "\"электронного правительства\"",
            ),
            (
                Some(2),
                Some(Some(Provider)),
                true,
                1352,
                3,
                SPRAV,
                "через услугодателя",
            ),
            (
                Some(3),
                Some(Some(StateCorp)),
                true,
                1369,
                4,
                SPRAV,
                "через Государственную корпорацию",
            ),
            (
                Some(4),
                Some(Some(Portal)),
                true,
                1387,
                4,
                SPRAV,
                "через веб-портал \"электронного правительства\"",
            ),
        ],
    );
    c.finish();
}

#[test]
fn r4_provider_and_akim_steps() {
    let mut c = Check::new();
    // «ответственной исполнителю услугодателя» (lines 686, 737, 743) is a misprint of the nominative
    // «ответственный исполнитель услугодателя»: the subject of «выдает» / «принимает».
    let oi_bad: Option<&str> = Some("ответственной исполнителю услугодателя");
    // ¶5 (provider), line 678
    check_items(
        &mut c,
        652,
        678,
        &[
            ("1)", Some(1), false, 680, OI, OI, min(30)),
            ("2)", Some(2), false, 682, OI, OI, wd(8)),
            ("3)", Some(3), false, 684, RU, RU, wd(1)),
            ("4)", Some(4), false, 686, OI, oi_bad, min(30)),
        ],
    );
    // ¶6 (akim), line 688
    check_items(
        &mut c,
        652,
        688,
        &[
            ("1)", Some(1), false, 690, SAA, SAA, min(30)),
            ("2)", Some(2), false, 692, SAA, SAA, wd(1)),
            ("3)", Some(3), false, 694, OI, OI, wd(10)),
            ("4)", Some(4), false, 696, RU, RU, wd(1)),
            ("5)", Some(5), false, 698, OI, OI, wd(1)),
            ("6)", Some(6), false, 700, SAA, SAA, min(30)),
        ],
    );
    // ¶10 (sequence), line 735
    check_items(
        &mut c,
        652,
        735,
        &[
            ("1)", Some(1), false, 737, OI, oi_bad, min(30)),
            ("2)", Some(2), false, 739, OI, OI, wd(8)),
            ("3)", Some(3), false, 741, RU, RU, wd(1)),
            ("4)", Some(4), false, 743, OI, oi_bad, min(30)),
        ],
    );
    // ¶12 (State Corporation), line 765: two unnumbered items then «3)»…«7)».
    check_items(
        &mut c,
        652,
        765,
        &[
            (
                "",
                None,
                false,
                767,
                OGK,
                Some("оператор Государственной корпорации"),
                min(15),
            ),
            (
                "",
                None,
                false,
                769,
                OGK,
                Some("оператором Государственной корпорации"),
                min(15),
            ),
            (
                "3)",
                Some(3),
                false,
                771,
                SGK,
                Some("специалист Государственной корпорации"),
                wd(1),
            ),
            ("4)", Some(4), false, 773, OI, OI, wd(6)),
            ("5)", Some(5), false, 775, RU, RU, wd(1)),
            ("6)", Some(6), false, 777, OI, OI, wd(1)),
            (
                "7)",
                Some(7),
                false,
                779,
                SGK,
                Some("специалист Государственной корпорации"),
                min(15),
            ),
        ],
    );
    let r = reg_at(652);
    let got: Vec<_> = r
        .participants
        .iter()
        .map(|p| (p.actor.as_str(), p.line))
        .collect();
    c.eq(
        "R4 participants (actor, line): «1)» then «- 2)», «- 3)»",
        got,
        vec![
            ("ответственный исполнитель услугодателя", 730),
            ("руководитель услугодателя", 732),
            ("специалист аппарата акима сельского округа", 733),
        ],
    );
    c.finish();
}

/// R11 (line 1958) words its ¶5 like a ¶8 and titles both akim lists alike: the copies are still
/// found by their content and compared (¶5 at 1985 ↔ ¶10 at 2063 for the provider, ¶6 at 2001 ↔
/// ¶11 at 2079 for the akim).
#[test]
fn copies_worded_alike_are_twins_by_content() {
    let r = reg_at(1958);
    let twins_of = |line: u32| -> Vec<u32> {
        let l = list_at(r, line);
        l.twins.iter().map(|&k| r.lists[k].line).collect()
    };
    assert_eq!(twins_of(1985), vec![2063]);
    assert_eq!(twins_of(2063), vec![1985]);
    assert_eq!(twins_of(2001), vec![2079]);
    assert_eq!(twins_of(2079), vec![2001]);
    assert!(twins_of(2101).is_empty(), "the portal list repeats none");
}
