//! Step semantics read in the real texts: who does a step (bounded, with alternatives, its kind
//! and line), to whom it hands its work (recipient) and what it hands on (object). Every value
//! below was read in `reglaments/` with `grep -n`; the item is found by its first line.

use std::path::Path;
use std::sync::OnceLock;

use reglament::model::{ActorKind, Document, Item, ListKind};

const FILES: [&str; 4] = [
    "reglaments/000_6f385fbdd640c006.txt",
    "reglaments/001_17a9bf27c86efb5e.txt",
    "reglaments/002_2973bc44dfc7985a.txt",
    "reglaments/003_1c2847d2c07c60cf.txt",
];

fn doc(file: usize) -> &'static Document {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    &DOCS.get_or_init(|| {
        FILES
            .iter()
            .map(|f| reglament::parse_file(Path::new(f), None).unwrap())
            .collect()
    })[file]
}

/// The procedure item that starts on `line` of file `file`.
fn item(file: usize, line: u32) -> &'static Item {
    doc(file)
        .reglaments
        .iter()
        .flat_map(|r| &r.lists)
        .filter(|l| !matches!(l.kind, ListKind::Results | ListKind::Participants))
        .flat_map(|l| &l.items)
        .find(|i| i.line == line)
        .unwrap_or_else(|| panic!("{}: no item on line {line}", FILES[file]))
}

/// (canonical actor, as printed, kind, line) of an item's recipient.
fn recipient(file: usize, line: u32) -> Option<(&'static str, &'static str, ActorKind, u32)> {
    item(file, line)
        .recipient
        .as_ref()
        .map(|p| (p.actor.as_str(), p.text.as_str(), p.kind, p.line))
}

/// (canonical actor, as printed, kind, line, alternatives) of an item's actor.
type Actor = (
    Option<&'static str>,
    Option<&'static str>,
    Option<ActorKind>,
    Option<u32>,
    Vec<&'static str>,
);

/// The actor of the item on `line` of file `file`.
fn actor(file: usize, line: u32) -> Actor {
    let it = item(file, line);
    (
        it.actor.as_deref(),
        it.actor_text.as_deref(),
        it.actor_kind,
        it.actor_line,
        it.alternatives.iter().map(String::as_str).collect(),
    )
}

#[test]
fn russian_recipients_and_objects() {
    // 000:98 «… направляет документы в участковую комиссию для обследования …»
    assert_eq!(
        recipient(0, 98),
        Some((
            "участковая комиссия",
            "участковую комиссию",
            ActorKind::Unit,
            98
        ))
    );
    assert_eq!(item(0, 98).object.as_deref(), Some("документы"));
    // 000:102 «услугодателя готовит … и направляет на подпись руководителю услугодателя …»:
    // no actor, but a recipient.
    assert_eq!(item(0, 102).actor, None);
    assert_eq!(
        recipient(0, 102),
        Some((
            "руководитель услугодателя",
            "руководителю услугодателя",
            ActorKind::Unit,
            102
        ))
    );
    // 000:106 «… выдает услугополучателю (либо его представителю …) уведомление о назначении …»
    assert_eq!(
        recipient(0, 106),
        Some((
            "услугополучатель",
            "услугополучателю",
            ActorKind::Applicant,
            106
        ))
    );
    assert_eq!(
        item(0, 106).object.as_deref(),
        Some("уведомление о назначении (отказе в назначении)")
    );
    // 000:162 «… передает подписанное уведомление … в бумажном виде специалисту Государственной корпорации …»
    assert_eq!(
        recipient(0, 162),
        Some((
            "специалист государственной корпорации",
            "специалисту Государственной корпорации",
            ActorKind::Unit,
            162
        ))
    );
    assert_eq!(
        item(0, 162).object.as_deref(),
        Some("подписанное уведомление о назначении (отказе в назначении)")
    );
    // 000:1995 «специальная комиссия … направляет полный пакет документов на исполнение
    // ответственному исполнителю услугодателя …»
    assert_eq!(
        recipient(0, 1995).map(|r| r.0),
        Some("ответственный исполнитель услугодателя")
    );
    assert_eq!(
        item(0, 1995).object.as_deref(),
        Some("полный пакет документов")
    );
    // 001:2510-2514: the item starts on line 2510; its recipient starts on line 2513 «… передает
    // на подписание руководителю услугодателя или» and ends on 2514 «директору/заместителю
    // директора Центра;».
    assert_eq!(
        recipient(1, 2510),
        Some((
            "руководитель услугодателя",
            "руководителю услугодателя или директору/заместителю директора Центра",
            ActorKind::Unit,
            2513
        ))
    );
    // 001:1880-1881: «… передает принятые документы руководителю отдела услугодателя,
    // курирующего …» names the participant of line 1953.
    assert_eq!(
        recipient(1, 1880).map(|r| (r.0, r.3)),
        Some((
            "руководитель отдела услугодателя, курирующего вопросы оказания специальных социальных услуг",
            1881
        ))
    );
    assert_eq!(item(1, 1880).object.as_deref(), Some("принятые документы"));
}

#[test]
fn kazakh_recipients_and_objects() {
    // 002:52 «… жауапты орындаушысы мемлекеттік қызметті көрсету нәтижесін көрсетілетін
    // қызметті алушыға береді …»
    assert_eq!(
        recipient(2, 52),
        Some((
            "көрсетілетін қызметті алушы",
            "көрсетілетін қызметті алушыға",
            ActorKind::Applicant,
            52
        ))
    );
    assert_eq!(
        item(2, 52).object.as_deref(),
        Some("мемлекеттік қызметті көрсету нәтижесін")
    );
    // 002:47-48: the hand-on is the item's second line «Құжаттарды көрсетілетін қызметті
    // берушінің басшысына … үшін береді».
    assert_eq!(
        recipient(2, 47),
        Some((
            "көрсетілетін қызметті берушінің басшысы",
            "көрсетілетін қызметті берушінің басшысына",
            ActorKind::Unit,
            48
        ))
    );
    assert_eq!(item(2, 47).object.as_deref(), Some("Құжаттарды"));
    // 002:95 «ауылдық округ әкімі көрсетілетін қызметті берушінің қызметкеріне құжаттарды береді»
    assert_eq!(
        recipient(2, 95).map(|r| r.0),
        Some("көрсетілетін қызметті берушінің қызметкері")
    );
    assert_eq!(item(2, 95).object.as_deref(), Some("құжаттарды"));
    // 003:140 «… ХҚКО оператормен … ЭҮШ/ЭҮАШ арқылы УО АЖ-не жолдау …»: a system receives.
    assert_eq!(
        recipient(3, 140),
        Some(("УО АЖ", "УО АЖ-не", ActorKind::System, 140))
    );
    // 003:120 «8 үдеріс - УО қызметкерімен тұтынушыға … беру …»
    assert_eq!(
        recipient(3, 120),
        Some(("тұтынушы", "тұтынушыға", ActorKind::Applicant, 120))
    );
}

#[test]
fn bounded_actors_keep_their_alternatives_apart() {
    // 001:2515 «руководитель услугодателя или директор/заместитель директора Центра в …»
    assert_eq!(
        actor(1, 2515),
        (
            Some("руководитель услугодателя"),
            Some("руководитель услугодателя или директор/заместитель директора Центра"),
            Some(ActorKind::Unit),
            Some(2515),
            vec!["директор центра", "заместитель директора центра"]
        )
    );
    // 001:2503 «ответственный специалист услугодателя или Центра в течение …»
    assert_eq!(
        actor(1, 2503),
        (
            Some("ответственный специалист услугодателя"),
            Some("ответственный специалист услугодателя или Центра"),
            Some(ActorKind::Unit),
            Some(2503),
            vec!["ответственный специалист центра"]
        )
    );
    // 000:1873 «руководитель (заместитель) услугодателя рассматривает …»
    assert_eq!(
        actor(0, 1873),
        (
            Some("руководитель услугодателя"),
            Some("руководитель (заместитель) услугодателя"),
            Some(ActorKind::Unit),
            Some(1873),
            vec!["заместитель услугодателя"]
        )
    );
    // 000:1089 «председатель и члены комиссий рассматривают …», the participant of line 1113
    // «председатель и члены комиссии».
    let (a, printed, _, _, alternatives) = actor(0, 1089);
    assert_eq!(a, Some("председатель комиссии"));
    assert_eq!(printed, Some("председатель и члены комиссий"));
    assert_eq!(alternatives, ["члены комиссий"]);
}

#[test]
fn nominalised_steps_name_their_agent() {
    // 000:1830 «прием и регистрация сотрудником канцелярии услугодателя …»
    let (a, printed, kind, line, _) = actor(0, 1830);
    assert_eq!(
        (a, printed, kind, line),
        (
            Some("сотрудник канцелярии"),
            Some("сотрудником канцелярии услугодателя"),
            Some(ActorKind::Unit),
            Some(1830)
        )
    );
    assert_eq!(
        recipient(0, 1830).map(|r| (r.0, r.1)),
        Some((
            "руководитель услугодателя",
            "руководителю (заместителю) услугодателя"
        ))
    );
    // 000:1832 «рассмотрение руководителем (заместителем) услугодателя …»
    assert_eq!(
        actor(0, 1832),
        (
            Some("руководитель услугодателя"),
            Some("руководителем (заместителем) услугодателя"),
            Some(ActorKind::Unit),
            Some(1832),
            vec!["заместитель услугодателя"]
        )
    );
    // 000:1842 «выдача результата … руководителем отдела в течение 10 (десяти) минут
    // услугополучателю»: agent, object and the recipient after the duration.
    assert_eq!(item(0, 1842).actor.as_deref(), Some("руководитель отдела"));
    assert_eq!(
        recipient(0, 1842).map(|r| (r.0, r.2)),
        Some(("услугополучатель", ActorKind::Applicant))
    );
    assert_eq!(
        item(0, 1842).object.as_deref(),
        Some("результата оказания государственной услуги")
    );
    // 000:961-963: the agent «ответственным исполнителем» stands on the item's third line.
    assert_eq!(item(0, 961).actor_line, Some(963));
    // 001:2598-2600: «… подписью (далее – ЭЦП) оператора Государственной корпорации …» on line 2600.
    assert_eq!(
        item(1, 2598).actor.as_deref(),
        Some("оператор государственной корпорации")
    );
    assert_eq!(item(1, 2598).actor_line, Some(2600));
    // 002:86 «көрсетілетін қызметті берушінің электрондық сұрау салуды өңдеуі …»
    let (a, printed, kind, _, _) = actor(2, 86);
    assert_eq!(
        (a, printed, kind),
        (
            Some("көрсетілетін қызметті беруші"),
            Some("көрсетілетін қызметті берушінің"),
            Some(ActorKind::Unit)
        )
    );
    // 003:120 «8 үдеріс - УО қызметкерімен …»: the agent, not the «УО» it opens with.
    let (a, printed, kind, line, _) = actor(3, 120);
    assert_eq!(
        (a, printed, kind, line),
        (
            Some("УО қызметкері"),
            Some("УО қызметкерімен"),
            Some(ActorKind::Unit),
            Some(120)
        )
    );
}

#[test]
fn systems_act_as_systems() {
    // 000:552 «процесс 2 – формирование порталом сообщения об отказе в авторизации …»
    assert_eq!(
        (item(0, 552).actor.as_deref(), item(0, 552).actor_kind),
        (Some("портал"), Some(ActorKind::System))
    );
    // 003:104 «1 шарт – УО АЖ түпнұсқалығының деректерінде …»
    assert_eq!(
        (item(3, 104).actor.as_deref(), item(3, 104).actor_kind),
        (Some("УО АЖ"), Some(ActorKind::System))
    );
    // 003:124 «1 үдеріс – ХҚКО АЖ электрондық мемлекеттік қызметті көрсету үшін …»
    assert_eq!(
        (item(3, 124).actor.as_deref(), item(3, 124).actor_kind),
        (Some("ХҚКО АЖ"), Some(ActorKind::System))
    );
    // 001:2590-2591 «процесс 3 – направление запроса через шлюз электронного правительства
    // (далее – ШЭП) в государственную базу данных физических лиц (далее - ГБД ФЛ) …»
    assert_eq!(
        recipient(1, 2590),
        Some((
            "ИС ГБД ФЛ",
            "государственную базу данных физических лиц",
            ActorKind::System,
            2591
        ))
    );
    // The applicant acts as the applicant: 001:2575 «услугополучатель … подает заявление …».
    assert_eq!(item(1, 2575).actor_kind, Some(ActorKind::Applicant));
}

#[test]
fn decisions_cite_their_condition_line() {
    // 000:1889-1891: the refusal «в случае предоставления услугополучателем неполного пакета
    // документов …» is the item's second paragraph, on line 1891.
    let d = item(0, 1889).decision.as_ref().unwrap();
    assert!(
        d.condition
            .starts_with("в случае предоставления услугополучателем")
    );
    assert_eq!(d.line, 1891);
    // 000:96 «…, в случае неполного пакета документов выдает расписку …» on the item's line.
    assert_eq!(item(0, 96).decision.as_ref().unwrap().line, 96);
    // 003:104 a condition item «1 шарт – …»
    assert_eq!(item(3, 104).decision.as_ref().unwrap().line, 104);
}

#[test]
fn participants_name_one_unit_each() {
    // 001:2543-2544 «1) ответственный специалист услугодателя или Центра;» / «2) руководитель
    // услугодателя или директор/заместитель директора Центра;»: one actor each, as the steps.
    let r = doc(1).reglaments.iter().find(|r| r.line == 2462).unwrap();
    let p: Vec<&str> = r.participants.iter().map(|p| p.actor.as_str()).collect();
    assert_eq!(
        p,
        [
            "ответственный специалист услугодателя",
            "руководитель услугодателя"
        ]
    );
    // Every step of that regulation's provider lists is done by one of them.
    for l in r
        .lists
        .iter()
        .filter(|l| matches!(l.kind, ListKind::Steps | ListKind::Sequence))
    {
        for it in &l.items {
            assert!(
                p.contains(&it.actor.as_deref().unwrap_or_default()),
                "line {}: {:?}",
                it.line,
                it.actor
            );
        }
    }
}
