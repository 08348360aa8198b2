//! Corpus test: `reglaments/002_2973bc44dfc7985a.txt` — North Kazakhstan region akimat act No. 149
//! of 28 May 2018, appendix 3 (kk, plain text): one regulation «Жергілікті өкілді органдардың
//! шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау»,
//! followed by an address table (1-қосымша) and three справочник diagrams reduced to box
//! fragments (2-, 3-, 4-қосымша).
//!
//! Every expected value below was read in the text by a human reader (line numbers are 1-based
//! lines of the file), never copied from the parser's output.
//!
//! # Inconsistencies read in the text
//!
//!  1. ¶5 item 3 (line 50) the executor takes «5 (бес) жұмыс күні, (құжаттар ауылдық округ әкімі
//!     арқылы түскен жағдайда - 4 (төрт) жұмыс күні)», but the akim list ¶10 item 4 (line 96)
//!     gives the provider's whole processing as «7 (жеті) жұмыс күні»; the provider's own ¶5 sums
//!     to 15 min + 2 h + 1 + 4 + 1 working days + 30 min ≈ 6 working days on that path.
//!  2. ¶5 item 1 (line 47) / ¶8 item 1 (line 69): reception 15 minutes and, on the continuation
//!     lines 48 / 70, hand-over to the head 2 hours — two durations in one item (135 minutes).
//!  3. ¶5 item 1 (line 47) the provider's worker «құжаттарды қабылдап, тіркеуді жүзеге асырады,
//!     … талонын береді, не … белгі қояды» vs ¶8 item 1 (line 69) only «қабылдауды және тіркеуді
//!     жүзеге асырады»: the receipt/talon step is missing from the sequence.
//!  4. ¶5 item 5 (line 52) sends the result «көрсетілетін қызметті беруші басшысының ЭЦҚ-сы
//!     қойылған электрондық құжат нысанында» vs ¶8 item 5 (line 74) «электрондық құжат
//!     нысанында» (no signature).
//!  5. ¶5 item 3 (line 50) «… басшысына береді» vs ¶8 item 3 (line 72) «… шешім қабылдау үшін …
//!     басшысына жібереді».
//!  6. ¶10 item 5 (line 97) prints the actor «ауылды округ әкімі» fused with the next word
//!     («әкімімемлекеттік») vs «ауылдық округ әкімі» in items 2 and 3 (lines 94, 95).
//!  7. ¶10 item 2 (line 94) the akim receives and registers the documents in 15 minutes, then
//!     ¶5 item 1 (line 47) the provider's worker receives and registers them again in 15 minutes
//!     (receipt registered twice on the akim path).
//!  8. ¶10 item 3 (line 95) the akim hands the documents over in «2 (екі) жұмыс күні»; the
//!     akim справочник repeats it (line 546–548) but the provider's lists ¶5/¶8 have no such step.
//!  9. The participants list ¶7 (lines 65–67) has no «ауылдық округ әкімі», who acts in ¶10
//!     items 2, 3, 5 (lines 94, 95, 97) and appears as a swim-lane in 4-қосымша (line 553).
//! 10. The portal list (line 82, items lines 83–89) gives no durations at all, while the portal
//!     справочник (3-қосымша) gives 15 min (line 436), 2 h (442), 1 day (449), 5 days (461),
//!     1 day (474), 30 min (487).
//! 11. The portal справочник (3-қосымша, lines 434–446) has the provider's worker receive paper
//!     documents (15 min + 2 h), a step that does not exist on the portal path of the text (83–89).
//! 12. ¶9 (line 81) says the service is NOT rendered through the State Corporation, yet the closing
//!     sentences after ¶8, the portal list and ¶10 (lines 76, 91, 98) describe «Мемлекеттік
//!     корпорациямен өзара іс-қимыл тәртібін» in the справочник.
//! 13. The provider справочник (2-қосымша) prints «4 (төрт) жұмыс күніі» (line 319): doubled «і».
//! 14. The header of 4-қосымша is printed twice (lines 493 and 494), its number on line 495.
//! 15. Paragraph ¶1 numbers the channels «1)», «2)» then «      3)» with leading blanks (line 18)
//!     and the schedule list «Жұмыс кестесі:» (lines 19–21) names only the akim and the portal,
//!     not the provider announced first (line 16).
//! 16. The trailing note «… мемлекеттік қызметті көрсету мерзімі - 20 (жиырма) жұмыс күні»
//!     (lines 53, 75, 90) extends the term to 20 working days, which no list item reflects.
//! 17. Words fused by extraction: «қызметрегламенті» (line 11), «нәтижесінкөрсетілетін» (line 59),
//!     «корпорациясыменжәне» (line 79), «мекенжайларыМинистрліктің» (line 99).
//! 18. The akim справочник (4-қосымша) gives the executor «4(төрт) жұмыс күні» (line 516) and the
//!     akim's hand-over «2 (екі) жұмыс күні» (line 548), consistent with ¶5 item 3 and ¶10 item 3,
//!     but the provider справочник (2-қосымша) lists the executor's box twice (lines 292–296).

use std::path::Path;
use std::sync::OnceLock;

use reglament::model::{Channel, Document, Language, Reglament, StepList, TimeUnit};

const FILE: &str = "reglaments/002_2973bc44dfc7985a.txt";
const TITLE: &str = "Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау";

fn doc() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| reglament::parse_file(Path::new(FILE), None).unwrap())
}

fn reg() -> &'static Reglament {
    let d = doc();
    assert_eq!(
        d.reglaments.len(),
        1,
        "{FILE}: exactly one regulation; parsed titles: {:?}",
        d.reglaments
            .iter()
            .map(|r| (r.line, &r.title))
            .collect::<Vec<_>>()
    );
    &d.reglaments[0]
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

fn list_at(line: u32) -> &'static StepList {
    let r = reg();
    r.lists.iter().find(|l| l.line == line).unwrap_or_else(|| {
        let found: Vec<_> = r.lists.iter().map(|l| (l.kind.slug(), l.line)).collect();
        panic!("{FILE}: no list with heading at line {line}; lists: {found:?}")
    })
}

type Dur = Option<(u64, TimeUnit, Option<u64>)>;
/// (label, number, misprint, line, actor, actor_text (`Some("*")` = not checked), duration)
type ItemRow = (
    &'static str,
    Option<u32>,
    bool,
    u32,
    Option<&'static str>,
    Option<&'static str>,
    Dur,
);

fn check_items(c: &mut Check, list_line: u32, want: &[ItemRow]) {
    let l = list_at(list_line);
    let ctx0 = format!("list {} @{list_line}", l.kind.slug());
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

const WORKER: Option<&str> = Some("көрсетілетін қызметті берушінің қызметкері");
const HEAD: Option<&str> = Some("көрсетілетін қызметті берушінің басшысы");
const EXEC: Option<&str> = Some("көрсетілетін қызметті берушінің жауапты орындаушысы");
const AKIM: Option<&str> = Some("ауылдық округ әкімі");
const RECIPIENT: Option<&str> = Some("көрсетілетін қызметті алушы");

fn min(n: u64) -> Dur {
    Some((n, TimeUnit::Minute, Some(n)))
}
fn wd(n: u64) -> Dur {
    Some((n, TimeUnit::WorkingDay, None))
}

#[test]
fn the_regulation() {
    let r = reg();
    assert_eq!(r.title, TITLE, "{FILE}: title (line 6, «» quotes removed)");
    assert_eq!(r.line, 6, "{FILE}: heading line of «{TITLE}»");
    assert_eq!(r.language, Language::Kk, "{FILE}: language");
    assert!(
        !r.electronic,
        "{FILE}: a 2018 regulation, not a 2012 e-service one"
    );
}

#[test]
fn channels_of_paragraph_1() {
    let got: Vec<_> = reg().channels.iter().map(|c| (c.channel, c.line)).collect();
    assert_eq!(
        got,
        vec![
            (Channel::Provider, 16),
            (Channel::Akim, 17),
            (Channel::Portal, 18)
        ],
        "{FILE}: ¶1 «Өтінішті қабылдау және … беру:» channels (line 15); the «Жұмыс кестесі:» list (lines 19–21) is not a channel list"
    );
}

#[test]
fn lists() {
    let got: Vec<_> = reg()
        .lists
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
        .collect();
    assert_eq!(
        got,
        vec![
            // ¶5 «Мемлекеттік қызметті көрсету процесінің құрамына мына рәсімдер (іс-қимыл) кіреді:»
            ("steps", "provider", Some(5), 46, 5),
            // ¶6 «… рәсімнің (іс-қимылдың) нәтижесі:»
            ("results", "provider", Some(6), 54, 5),
            // ¶7 «… тізбесі:»
            ("participants", "provider", Some(7), 64, 3),
            // ¶8 «… рәсімдердің (іс-қимылдардың) реттілігін сипаттау:»
            ("sequence", "provider", Some(8), 68, 5),
            // plain sentence inside ¶9: «Портал арқылы … реттілігін сипаттау:»
            ("process", "portal", None, 82, 7),
            // ¶10 «Ауылдық округ әкіміне жүгіну тәртібін сипаттау …»
            ("process", "akim", Some(10), 92, 5),
        ],
        "{FILE}: lists (kind, channel, ¶, heading line, items); the documents list (lines 33–37) and the schedule (20–21) are not lists"
    );
}

#[test]
fn steps_sequence_and_akim_items() {
    let mut c = Check::new();
    // ¶5, line 46. Item 1: «-15 (он бес) минут» (line 47) + continuation line 48 «- 2 (екі) сағат» → 135 minutes.
    check_items(
        &mut c,
        46,
        &[
            ("1)", Some(1), false, 47, WORKER, WORKER, min(135)),
            ("2)", Some(2), false, 49, HEAD, HEAD, wd(1)),
            // «5 (бес) жұмыс күні, (… ауылдық округ әкімі арқылы … - 4 (төрт) жұмыс күні)»: the first is the rule.
            ("3)", Some(3), false, 50, EXEC, EXEC, wd(5)),
            ("4)", Some(4), false, 51, HEAD, HEAD, wd(1)),
            ("5)", Some(5), false, 52, EXEC, EXEC, min(30)),
        ],
    );
    // ¶8, line 68. Item 1: 15 min (line 69) + 2 h on line 70 → 135 minutes.
    check_items(
        &mut c,
        68,
        &[
            ("1)", Some(1), false, 69, WORKER, WORKER, min(135)),
            ("2)", Some(2), false, 71, HEAD, HEAD, wd(1)),
            ("3)", Some(3), false, 72, EXEC, EXEC, wd(5)),
            ("4)", Some(4), false, 73, HEAD, HEAD, wd(1)),
            ("5)", Some(5), false, 74, EXEC, EXEC, min(30)),
        ],
    );
    // ¶10 (akim), line 92.
    check_items(
        &mut c,
        92,
        &[
            ("1)", Some(1), false, 93, RECIPIENT, RECIPIENT, None),
            // «15(он бес) минут» without a space.
            ("2)", Some(2), false, 94, AKIM, AKIM, min(15)),
            ("3)", Some(3), false, 95, AKIM, AKIM, wd(2)),
            (
                "4)",
                Some(4),
                false,
                96,
                Some("көрсетілетін қызметті беруші"),
                Some("көрсетілетін қызметті беруші"),
                wd(7),
            ),
            // «ауылды округ әкімімемлекеттік …»: misspelt and fused with the next word.
            ("5)", Some(5), false, 97, AKIM, Some("*"), min(30)),
        ],
    );

    // Duration details.
    let steps = list_at(46);
    if let Some(d) = steps.items.first().and_then(|i| i.duration.as_ref()) {
        c.eq(
            "¶5 item 1 (lines 47–48): combined unit",
            d.unit,
            TimeUnit::Minute,
        );
        c.eq(
            "¶5 item 1 (lines 47–48): combined minutes 15 + 2×60",
            d.minutes,
            Some(135),
        );
        c.eq("¶5 item 1: at_most", d.at_most, false);
    }
    if let Some(d) = steps.items.get(1).and_then(|i| i.duration.as_ref()) {
        c.eq(
            "¶5 item 2 (line 49): word_value «1 (бір)»",
            d.word_value,
            Some(1),
        );
        c.eq("¶5 item 2 (line 49): conflict", d.conflict, false);
    }
    if let Some(d) = steps.items.get(4).and_then(|i| i.duration.as_ref()) {
        c.eq(
            "¶5 item 5 (line 52): word_value «30 (отыз)»",
            d.word_value,
            Some(30),
        );
    }
    // Results of ¶6 attached to the steps of ¶5.
    let want_results = [
        (47, "құжаттарды тіркеу"),
        (49, "көрсетілетін қызметті беруші басшысының бұрыштамасы"),
        (50, "мемлекеттік қызметті көрсету нәтижесінің жобасы"),
        (51, "мемлекеттік қызметті көрсету нәтижесіне қол қою"),
    ];
    for (line, want) in want_results {
        let got = steps
            .items
            .iter()
            .find(|i| i.line == line)
            .and_then(|i| i.result.as_deref());
        c.ok(
            &format!("¶5 item at line {line}: result from ¶6"),
            got.is_some_and(|s| s.starts_with(want)),
            format!("want starting with {want:?}, got {got:?}"),
        );
    }
    // Nothing in these lists is a refusal branch.
    for l in [46, 68, 92] {
        for it in &list_at(l).items {
            c.ok(
                &format!("list @{l} item at line {}: no decision", it.line),
                it.decision.is_none(),
                format!("got {:?}", it.decision),
            );
        }
    }
    c.finish();
}

#[test]
fn portal_list_items() {
    let mut c = Check::new();
    let l = list_at(82);
    let got: Vec<_> = l
        .items
        .iter()
        .map(|i| (i.label.as_str(), i.number, i.line))
        .collect();
    c.eq(
        "portal list (line 82): (label, number, line)",
        got,
        vec![
            ("1)", Some(1), 83),
            ("2)", Some(2), 84),
            ("3)", Some(3), 85),
            ("4)", Some(4), 86),
            ("5)", Some(5), 87),
            ("6)", Some(6), 88),
            ("7)", Some(7), 89),
        ],
    );
    if let Some(it) = l.items.first() {
        c.eq(
            "portal list item 1 (line 83): actor",
            it.actor.as_deref(),
            RECIPIENT,
        );
    }
    for it in &l.items {
        c.ok(
            &format!(
                "portal list item at line {}: no duration in the text",
                it.line
            ),
            it.duration.is_none(),
            format!("got {:?}", it.duration),
        );
    }
    c.finish();
}

#[test]
fn participants() {
    let got: Vec<_> = reg()
        .participants
        .iter()
        .map(|p| (p.actor.as_str(), p.line))
        .collect();
    assert_eq!(
        got,
        vec![
            ("көрсетілетін қызметті берушінің қызметкері", 65),
            ("көрсетілетін қызметті берушінің басшысы", 66),
            ("көрсетілетін қызметті берушінің жауапты орындаушысы", 67),
        ],
        "{FILE}: participants of ¶7 (line 64)"
    );
}

#[test]
fn appendices() {
    let mut c = Check::new();
    let r = reg();
    // Kazakh headers put the number last: «"…" … регламентіне N-қосымша». 2-қосымша's number is on
    // the next line (281–282); 4-қосымша's header is printed twice (493, 494) with the number on 495.
    // The header line is the line where the header starts.
    let got: Vec<_> = r
        .appendices
        .iter()
        .map(|a| (a.number, a.channel, a.is_diagram, a.line, a.legend.len()))
        .collect();
    c.eq(
        "appendices (number, channel, is_diagram, line, legend lines)",
        got,
        vec![
            (Some(1), None, false, 148, 0),
            (Some(2), Some(Channel::Provider), true, 281, 0),
            (Some(3), Some(Channel::Portal), true, 395, 0),
            (Some(4), Some(Channel::Akim), true, 493, 4),
        ],
    );
    let titles = [
        (
            148,
            "Көрсетілетін қызметті берушілердің мекенжайы",
            "Көрсетілетін қызметті берушілердің мекенжайы",
        ),
        (
            281,
            "Көрсетілетін қызмет беруші арқылы мемлекеттік қызмет көрсету кезінде",
            "бизнес-процестерінің анықтамалығы",
        ),
        (
            395,
            "Портал арқылы мемлекеттік қызмет көрсету кезінде",
            "бизнес-процестерінің анықтамалығы",
        ),
        (
            493,
            "Ауылдық округ әкімі арқылы мемлекеттік қызмет көрсету кезінде",
            "бизнес-процестерінің анықтамалығы",
        ),
    ];
    for (line, prefix, suffix) in titles {
        if let Some(a) = r.appendices.iter().find(|a| a.line == line) {
            c.ok(
                &format!("appendix at line {line}: title"),
                a.title.starts_with(prefix) && a.title.ends_with(suffix),
                format!("want {prefix:?} … {suffix:?}, got {:?}", a.title),
            );
        }
    }
    if let Some(a) = r.appendices.iter().find(|a| a.number == Some(4)) {
        c.ok(
            "4-қосымша legend (lines 576–587 under «Шартты белгілер:», line 572)",
            a.legend.first().is_some_and(|s| {
                s.contains("мемлекеттік қызмет көрсетудің басталуы немесе аяқталуы")
            }) && a
                .legend
                .last()
                .is_some_and(|s| s.contains("келесі рәсімге (іс-қимылға) өту")),
            format!("got {:?}", a.legend),
        );
    }
    // Body references to the regulation's own appendices; «стандартқа 1-/2-қосымшаға» (lines 30, 35, 43) are the standard's.
    let refs: Vec<_> = r.appendix_refs.iter().map(|a| (a.number, a.line)).collect();
    c.eq(
        "appendix refs (number, line)",
        refs,
        vec![(Some(1), 16), (Some(2), 76), (Some(3), 91), (Some(4), 98)],
    );
    c.finish();
}
