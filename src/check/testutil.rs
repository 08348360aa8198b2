//! Builders for crafted model values in unit tests.
use crate::model::*;

/// A regulation with no lists; tests push what they need.
pub fn reg() -> Reglament {
    Reglament {
        title: "Назначение государственной адресной социальной помощи".into(),
        heading: "Регламент государственной услуги".into(),
        language: Language::Ru,
        line: 68,
        electronic: false,
        channels: vec![],
        participants: vec![],
        appendices: vec![],
        lists: vec![],
        appendix_refs: vec![],
        end_line: 260,
        annex: None,
        service: None,
    }
}

/// A day or minute duration as the parser would give it.
pub fn dur(text: &str, value: u64, unit: TimeUnit) -> Duration {
    let minutes = match unit {
        TimeUnit::Minute => Some(value),
        TimeUnit::Hour => Some(value * 60),
        _ => None,
    };
    Duration {
        text: text.into(),
        value,
        unit,
        minutes,
        word_value: Some(value),
        conflict: false,
        at_most: false,
        line: 0,
        parts: Vec::new(),
        same_day: false,
        deadline: false,
    }
}

/// A numbered step item.
pub fn item(n: u32, line: u32, actor: Option<&str>, action: &str, d: Option<Duration>) -> Item {
    Item {
        label: format!("{n})"),
        number: Some(n),
        misprint: false,
        line,
        kind: ItemKind::Step,
        process_number: None,
        actor: actor.map(str::to_string),
        actor_text: actor.map(str::to_string),
        action: action.into(),
        duration: d,
        result: None,
        decision: None,
        next: vec![],
        actor_kind: None,
        actor_line: None,
        alternatives: Vec::new(),
        recipient: None,
        object: None,
    }
}

/// A list of the given kind and channel.
pub fn list(
    kind: ListKind,
    channel: Channel,
    paragraph: u32,
    line: u32,
    items: Vec<Item>,
) -> StepList {
    StepList {
        kind,
        channel,
        paragraph: Some(paragraph),
        line,
        heading: String::new(),
        scenario: None,
        items,
        twins: Vec::new(),
    }
}

/// The R1 provider steps of reglaments/000 (¶5), with the given duration for item 4.
pub fn r1_steps(kind: ListKind, para: u32, base: u32, d4: Duration) -> StepList {
    let ex = "ответственный исполнитель услугодателя";
    let items = vec![
        item(
            1,
            base,
            Some(ex),
            "ответственный исполнитель услугодателя принимает документы, выдает талон - не более 30 (тридцати) минут;",
            Some(dur("не более 30 (тридцати) минут", 30, TimeUnit::Minute)),
        ),
        item(
            2,
            base + 2,
            Some(ex),
            "ответственный исполнитель услугодателя направляет документы в участковую комиссию для обследования - в течении 2-х (двух) дней;",
            Some(dur("в течении 2-х (двух) дней", 2, TimeUnit::Day)),
        ),
        item(
            3,
            base + 4,
            Some("участковая комиссия"),
            "участковая комиссия обследует и направляет заключение ответственному исполнителю услугодателя - в течении 2-х (двух) дней;",
            Some(dur("в течении 2-х (двух) дней", 2, TimeUnit::Day)),
        ),
        item(
            4,
            base + 6,
            Some(ex),
            &format!(
                "ответственный исполнитель услугодателя готовит уведомление о назначении и направляет на подпись руководителю услугодателя {};",
                d4.text
            ),
            Some(d4),
        ),
        item(
            5,
            base + 8,
            Some("руководитель услугодателя"),
            "руководитель услугодателя подписывает уведомление о назначении и направляет ответственному исполнителю услугодателя в течение 1 (одного) рабочего дня;",
            Some(dur(
                "в течение 1 (одного) рабочего дня",
                1,
                TimeUnit::WorkingDay,
            )),
        ),
        item(
            6,
            base + 10,
            Some(ex),
            "ответственный исполнитель услугодателя выдает услугополучателю уведомление о назначении – не более 15 (пятнадцати) минут.",
            Some(dur("не более 15 (пятнадцати) минут", 15, TimeUnit::Minute)),
        ),
    ];
    list(kind, Channel::Provider, para, base - 2, items)
}

/// One working day, as printed in ¶5 item 4.
pub fn one_day() -> Duration {
    dur("в течение 1 (одного) рабочего дня", 1, TimeUnit::WorkingDay)
}

/// A document holding one regulation, its list twins linked as the parser links them.
pub fn doc(mut reg: Reglament) -> Document {
    crate::parse::twins::link(&mut reg);
    Document {
        file: "reglaments/000_6f385fbdd640c006.txt".into(),
        encoding: "utf-8".into(),
        reglaments: vec![reg],
        decree: Default::default(),
        unattributed: Vec::new(),
    }
}
