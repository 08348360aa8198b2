//! Hand-built models in the regulations' own wording, for tests and benchmarks that must not
//! depend on the parser: a Russian 2016 regulation (provider, State Corporation and portal
//! lists, from reglaments/000) and a Kazakh 2012 e-service regulation (УО, ХҚКО and ЭҮП process
//! lists with «N үдеріс» / «N шарт» items, from reglaments/003).

use crate::model::{
    Channel, ChannelRef, Decision, Document, Duration, Item, ItemKind, Language, ListKind,
    Participant, Reglament, StepList, TimeUnit,
};

fn minutes(text: &str, m: u64) -> Duration {
    Duration {
        text: text.to_string(),
        value: m,
        unit: TimeUnit::Minute,
        minutes: Some(m),
        word_value: Some(m),
        conflict: false,
        at_most: text.contains("не более"),
        line: 0,
        parts: Vec::new(),
        same_day: false,
        deadline: false,
    }
}

fn days(text: &str, value: u64, unit: TimeUnit) -> Duration {
    Duration {
        text: text.to_string(),
        value,
        unit,
        minutes: None,
        word_value: Some(value),
        conflict: false,
        at_most: false,
        line: 0,
        parts: Vec::new(),
        same_day: false,
        deadline: false,
    }
}

fn step(
    n: u32,
    line: u32,
    actor: Option<(&str, &str)>,
    action: &str,
    duration: Option<Duration>,
) -> Item {
    Item {
        label: format!("{n})"),
        number: Some(n),
        misprint: false,
        line,
        kind: ItemKind::Step,
        process_number: None,
        actor: actor.map(|a| a.0.to_string()),
        actor_text: actor.map(|a| a.1.to_string()),
        action: action.to_string(),
        duration,
        result: None,
        decision: None,
        next: Vec::new(),
        actor_kind: None,
        actor_line: None,
        alternatives: Vec::new(),
        recipient: None,
        object: None,
    }
}

fn process(
    n: u32,
    line: u32,
    kind: ItemKind,
    pn: u32,
    actor: Option<(&str, &str)>,
    action: &str,
) -> Item {
    Item {
        kind,
        process_number: Some(pn),
        ..step(n, line, actor, action, None)
    }
}

fn list(
    kind: ListKind,
    channel: Channel,
    paragraph: u32,
    line: u32,
    heading: &str,
    items: Vec<Item>,
) -> StepList {
    StepList {
        kind,
        channel,
        paragraph: Some(paragraph),
        line,
        heading: heading.to_string(),
        scenario: None,
        items,
        twins: Vec::new(),
    }
}

const EXECUTOR: (&str, &str) = (
    "ответственный исполнитель услугодателя",
    "ответственный исполнитель услугодателя",
);
const HEAD: (&str, &str) = ("руководитель услугодателя", "руководитель услугодателя");
const COMMISSION: (&str, &str) = ("участковая комиссия", "Участковая комиссия");
const APPLICANT: (&str, &str) = ("услугополучатель", "услугополучатель");

/// The provider ¶8 sequence of «Назначение государственной адресной социальной помощи» (reglaments/000, lines 132-144).
pub fn ru_provider_sequence() -> StepList {
    let mut first = step(
        1,
        134,
        Some(EXECUTOR),
        "ответственный исполнитель услугодателя принимает документы, выдает талон с указанием даты регистрации и даты получения государственной услуги, в случае неполного пакета документов выдает расписку об отказе в приеме документов – не более 30 (тридцати) минут;",
        Some(minutes("не более 30 (тридцати) минут", 30)),
    );
    first.decision = Some(Decision {
        condition: "в случае неполного пакета документов".to_string(),
        outcomes: vec![
            "выдает талон".to_string(),
            "выдает расписку об отказе в приеме документов".to_string(),
        ],
        line: 0,
    });
    first.result = Some("прием документов, выдача талона".to_string());
    let two_days = || days("в течении 2-х (двух) дней", 2, TimeUnit::Day);
    list(
        ListKind::Sequence,
        Channel::Provider,
        8,
        132,
        "Описание последовательности процедур (действий) между структурными подразделениями (работниками) с указанием длительности каждой процедуры ( действия) через услугодателя:",
        vec![
            first,
            step(
                2,
                136,
                Some(EXECUTOR),
                "ответственный исполнитель услугодателя направляет документы в участковую комиссию для обследования и подготовки заключения - в течении 2-х (двух) дней;",
                Some(two_days()),
            ),
            step(
                3,
                138,
                Some(COMMISSION),
                "Участковая комиссия обследует и направляет заключение о материально-бытовом положении заявителя ответственному исполнителю услугодателя - в течении 2-х (двух) дней;",
                Some(two_days()),
            ),
            step(
                4,
                140,
                Some(EXECUTOR),
                "ответственный исполнитель услугодателя готовит уведомление о назначении (отказе в назначении) в бумажном виде и направляет на подпись руководителю услугодателя в течение 6 (шести) рабочих дней;",
                Some(days(
                    "в течение 6 (шести) рабочих дней",
                    6,
                    TimeUnit::WorkingDay,
                )),
            ),
            step(
                5,
                142,
                Some(HEAD),
                "руководитель услугодателя подписывает уведомление о назначении (отказе в назначении) в бумажном виде и направляет ответственному исполнителю услугодателя в течение 1 (одного) рабочего дня;",
                Some(days(
                    "в течение 1 (одного) рабочего дня",
                    1,
                    TimeUnit::WorkingDay,
                )),
            ),
            Item {
                label: "б)".to_string(),
                misprint: true,
                ..step(
                    6,
                    144,
                    Some(EXECUTOR),
                    "ответственный исполнитель услугодателя выдает услугополучателю (либо его представителю по нотариально заверенной доверенности) уведомление о назначении (отказе в назначении) – не более 15 (пятнадцати) минут.",
                    Some(minutes("не более 15 (пятнадцати) минут", 15)),
                )
            },
        ],
    )
}

/// The portal ¶10 list of «Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям
/// адресной социальной помощи» (reglaments/000, lines 544-566): a registration step, 7 processes, 2 conditions.
pub fn ru_portal_process() -> StepList {
    use ItemKind::{Condition as C, Process as P};
    let mut registration = step(
        1,
        546,
        Some(APPLICANT),
        "услугополучатель осуществляет регистрацию на портале с помощью индивидуального идентификационного номера и пароля (осуществляется для незарегистрированных потребителей на портале);",
        None,
    );
    registration.actor_text = Some("услугополучатель".to_string());
    let portal = Some(("портал", "на портале"));
    list(
        ListKind::Process,
        Channel::Portal,
        10,
        544,
        "Описание порядка обращения и последовательности процедур (действий) услугодателя и услугополучателя при оказании государственной услуги через веб-портал \"электронного правительства\":",
        vec![
            registration,
            process(
                2,
                548,
                P,
                1,
                Some(APPLICANT),
                "процесс 1 – процесс ввода услугополучателем индивидуального идентификационного номера и пароля (процесс авторизации) на портале для получения государственной услуги;",
            ),
            process(
                3,
                550,
                C,
                1,
                portal,
                "условие 1 – проверка на портале подлинности данных о зарегистрированном услугополучателе через индивидуальный идентификационный номер и пароль;",
            ),
            process(
                4,
                552,
                P,
                2,
                portal,
                "процесс 2 – формирование порталом сообщения об отказе в авторизации в связи с имеющимися нарушениями в данных услугополучателя;",
            ),
            process(
                5,
                554,
                P,
                3,
                Some(APPLICANT),
                "процесс 3 – выбор услугополучателем услуги, указанной в настоящем регламенте, вывод на экран формы запроса для оказания услуги и заполнение услугополучателем формы (ввод данных) с учетом ее структуры и форматных требований;",
            ),
            process(
                6,
                556,
                P,
                4,
                Some(APPLICANT),
                "процесс 4 – подписание посредством электронно-цифровой подписи услугополучателем заполненной формы (введенных данных) запроса на оказание государственной услуги;",
            ),
            process(
                7,
                558,
                C,
                2,
                portal,
                "условие 2 – проверка соответствия идентификационных данных (между индивидуальным идентификационным номером, указанным в запросе и индивидуальным идентификационным номером, указанным в регистрационном свидетельстве электронно-цифровой подписи), срока действия регистрационного свидетельства электронно-цифровой подписи и отсутствия в списке отозванных (аннулированных) регистрационных свидетельств, а также соответствия идентификационных данных;",
            ),
            process(
                8,
                560,
                P,
                5,
                portal,
                "процесс 5 – формирование сообщения об отказе в запрашиваемой государственной услуге в связи с неподтверждением подлинности электронно-цифровой подписи услугополучателя;",
            ),
            process(
                9,
                562,
                P,
                6,
                Some(EXECUTOR),
                "процесс 6 – направление электронного документа (запроса услугополучателя), удостоверенного (подписанного) электронно-цифровой подписью услугополучателя через шлюз \"электронного правительства\" в автоматизированном рабочем месте региональный шлюз \"электронного правительства\" информационной системе услугодателя и обработка государственной услуги ответственным исполнителем услугодателя;",
            ),
            process(
                10,
                564,
                P,
                7,
                Some(EXECUTOR),
                "процесс 7 – результат оказания государственной услуги направляется услугодателем услугополучателю в \"личный кабинет\" в форме электронного документа, удостоверенного электронно-цифровой подписью ответственного исполнителя услугодателя.",
            ),
        ],
    )
}

/// A Russian regulation with the provider sequence and the portal list.
pub fn ru_reglament() -> Reglament {
    Reglament {
        title: "Назначение государственной адресной социальной помощи".to_string(),
        heading: "Регламент государственной услуги \"Назначение государственной адресной социальной помощи\"".to_string(),
        language: Language::Ru,
        line: 68,
        electronic: false,
        channels: vec![
            ChannelRef { channel: Channel::Provider, text: "услугодателя".to_string(), line: 80 },
            ChannelRef { channel: Channel::Portal, text: "веб-портал \"электронного правительства\"".to_string(), line: 81 },
        ],
        participants: vec![
            Participant { actor: EXECUTOR.0.to_string(), text: "ответственный исполнитель услугодателя;".to_string(), line: 126 },
            Participant { actor: HEAD.0.to_string(), text: "руководитель услугодателя;".to_string(), line: 128 },
            Participant { actor: COMMISSION.0.to_string(), text: "участковая комиссия.".to_string(), line: 130 },
        ],
        appendices: Vec::new(),
        lists: vec![ru_provider_sequence(), ru_portal_process()],
        appendix_refs: Vec::new(),
        end_line: 600, annex: None, service: None,
    }
}

const UO: (&str, &str) = ("УО қызметкері", "УО қызметкерімен");
const CONSUMER: (&str, &str) = ("тұтынушы", "тұтынушы");
const EGP: (&str, &str) = ("ЭҮП", "ЭҮП");

/// The ЭҮП ¶10 list of «Жұмыссыз азаматтарға анықтама беру» (reglaments/003, lines 146-170).
pub fn kk_portal_process() -> StepList {
    use ItemKind::{Condition as C, Process as P};
    list(
        ListKind::Process,
        Channel::Portal,
        10,
        146,
        "Осы Регламенттің 2-қосымшасында (3-сурет) ЭҮП арқылы көрсетілген қызмет берушінің адымдық әрекеттері мен шешімдері:",
        vec![
            step(
                1,
                148,
                Some(CONSUMER),
                "тұтынушы ЭҮП тіркелуді ЖСН және парольдің көмегімен жүзеге асырады (ЭҮП-да тіркелмеген тұтынушылар үшін жүзеге асырылады);",
                None,
            ),
            process(
                2,
                150,
                P,
                1,
                Some(CONSUMER),
                "1 үдеріс - электрондық мемлекеттік қызмет алу үшін тұтынушының ЖСН және паролін ЭҮП қосу үдерісі;",
            ),
            process(
                3,
                152,
                C,
                1,
                Some(EGP),
                "1 шарт - ЖСН және пароль арқылы тұтынушының тіркелуі жөнінде ЭҮП деректердің түпнұсқалығын тексеру;",
            ),
            process(
                4,
                154,
                P,
                2,
                Some(EGP),
                "2 үдеріс - тұтынушының деректерінде бұзушылықтар болуына байланысты, авторизациялықтан бас тарту туралы ЭҮП хабарламаны қалыптастыруы;",
            ),
            process(
                5,
                156,
                P,
                3,
                Some(CONSUMER),
                "3 үдеріс - тұтынушымен осы Регламентте көрсетілген қызметті таңдауы, қызметті көрсету және нысанды тұтынушымен толтыру үшін, оның құрылымы және форматтық талаптарды ескере отырып, сұрау салу нысанын экранға шығару (деректерді енгізу, сканерлік құжаттарды тіркеу);",
            ),
            process(
                6,
                158,
                P,
                4,
                Some(CONSUMER),
                "4 үдеріс - электрондық мемлекеттік қызметті көрсетуге сұрау салудың толтырылған нысанына (енгізілген деректерді, тіркелген сканерлік құжаттарды) тұтынушы ЭЦҚ арқылы қол қою;",
            ),
            process(
                7,
                160,
                C,
                2,
                Some(EGP),
                "2 шарт - сәйкестендіру деректерді (ЖСН сұрау салуында, ЭЦҚ тіркеу куәлігінде көрсетілген және ЖСН аралығында) ЭЦҚ тіркеу куәлігінің мерзім әрекеті және қайтарып алған (күшін жойған) ЭҮП тіркеу куәлігінің тізімінде жоқ болуына сәйкестігін тексеру;",
            ),
            process(
                8,
                164,
                P,
                5,
                Some(EGP),
                "5 үдеріс - тұтынушының ЭЦҚ түпнұсқалығының расталмауына байланысты сұрау салынатын электрондық мемлекеттік қызметтен бас тарту туралы хабарламаны қалыптастыру;",
            ),
            process(
                9,
                166,
                P,
                6,
                Some(UO),
                "6 үдеріс - тұтынушының қол қойған ЭЦҚ электрондық құжаттарын (тұтынушының сұранысы) ЭҮШ/ЭҮАШ арқылы УО АЖ-не жолдау және УО қызметкерімен электрондық мемлекеттік қызметін өңдеу;",
            ),
            process(
                10,
                168,
                P,
                7,
                Some(UO),
                "7 үдеріс - УО қызметкерімен электрондық мемлекеттік қызмет көрсетудің нәтижесін (жұмыссыздар ретінде тіркеу туралы анықтама, немесе қызмет көрсетуден бас тарту туралы дәлелделген жауап) қалыптастыру. Электрондық құжат УО қызметкерінің ЭЦҚ пайдаланумен қалыптастырылады және ЭҮП-ның жеке кабинетіне тапсырылады.",
            ),
        ],
    )
}

/// A Kazakh 2012 e-service regulation with its ЭҮП process list.
pub fn kk_reglament() -> Reglament {
    Reglament {
        title: "Жұмыссыз азаматтарға анықтама беру".to_string(),
        heading: "«Жұмыссыз азаматтарға анықтама беру» электрондық мемлекеттік қызмет регламенті"
            .to_string(),
        language: Language::Kk,
        line: 36,
        electronic: true,
        channels: Vec::new(),
        participants: Vec::new(),
        appendices: Vec::new(),
        lists: vec![kk_portal_process()],
        appendix_refs: Vec::new(),
        end_line: 540,
        annex: None,
        service: None,
    }
}

/// A document holding both sample regulations.
pub fn document() -> Document {
    Document {
        file: "samples.txt".to_string(),
        encoding: "utf-8".to_string(),
        reglaments: vec![ru_reglament(), kk_reglament()],
        decree: Default::default(),
        unattributed: Vec::new(),
    }
}

/// Every sample diagram, built and laid out.
pub fn placed() -> Vec<crate::layout::Diagram> {
    let mut all = crate::layout::graph::diagrams(&document());
    for d in &mut all {
        crate::layout::place::place(d);
    }
    all
}
