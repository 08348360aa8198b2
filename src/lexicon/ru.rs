//! Russian wording of regulations.

use super::{Phrase, ProcessWord, TableRow};
use crate::model::{Channel, ListKind};

/// «Регламент государственной услуги "…"» (capital R: lower-case mentions are cross-references).
pub const TITLE: &str = r#"^Регламент\s+(?:оказания\s+)?государственной\s+услуги(?:\s*(?P<name>["«].*["»])|[^\p{L}\p{N}_]|$)"#;

pub const APPENDIX_HEADER: &str =
    r"^Приложение\s*(?:№\s*)?(?:-\s*)?(?P<n>\d+)?\s+к\s+[Рр]егламенту\b";

/// A word every [`APPENDIX_HEADER`] holds (a cheap test before the regex).
pub const APPENDIX_HEADER_HINT: &str = "егламенту";

pub const LIST_HEADINGS: &[Phrase<ListKind>] = &[
    Phrase {
        pattern: r"^Содержание\s+каждой\s+процедуры",
        meaning: ListKind::Steps,
    },
    Phrase {
        pattern: r"^Результат\w*\s+процедур",
        meaning: ListKind::Results,
    },
    Phrase {
        pattern: r"^Перечень\s+структурных\s+подразделений",
        meaning: ListKind::Participants,
    },
    // A sequence written for one channel other than the provider is that channel's own list.
    Phrase {
        pattern: r"^Описание\s+(?:порядка\s+обращения\s+и\s+)?последовательности\s+процедур.*через\s+(?:акима|аппарат\s+акима|Государственн|веб-портал|портал|ЦОН)",
        meaning: ListKind::Process,
    },
    Phrase {
        pattern: r"^Описание\s+.*последовательности\s+процедур\s*\(действий\)\s+услугодателя\s+и\s+услугополучателя",
        meaning: ListKind::Process,
    },
    Phrase {
        pattern: r"^Описание\s+последовательности\s+процедур",
        meaning: ListKind::Sequence,
    },
    Phrase {
        pattern: r"^Описание\s+порядка\s+взаимодействия\s+структурных\s+подразделений.*длительност",
        meaning: ListKind::Sequence,
    },
    Phrase {
        pattern: r"^Описание\s+порядка\s+обращения",
        meaning: ListKind::Process,
    },
    Phrase {
        pattern: r"^При\s+обращении\s+(?:к|в|через)\s+",
        meaning: ListKind::Process,
    },
];

pub const CHANNELS: &[Phrase<Channel>] = &[
    Phrase {
        pattern: r"портал|egov\.kz",
        meaning: Channel::Portal,
    },
    Phrase {
        pattern: r"государственн\w*\s+корпораци|\bЦОН\b|центр\w*\s+обслуживания\s+населения",
        meaning: Channel::StateCorp,
    },
    Phrase {
        pattern: r"аким\w*\s+(?:поселка|села|сельского|аульного)|сельского\s+округа|(?:через|к)\s+аким(?:а|у)\b",
        meaning: Channel::Akim,
    },
    Phrase {
        pattern: r"услугодател",
        meaning: Channel::Provider,
    },
];

pub const CHANNEL_INTRO: &[Phrase<()>] = &[Phrase {
    pattern: r"выдача\s+результат\w*.*осуществля\w+\s+через",
    meaning: (),
}];

pub const SECTION_HEADINGS: &[Phrase<()>] = &[
    Phrase {
        pattern: r"^\d+\s*\.\s*(?:Общие\s+положения|Описание\s+порядка\s+(?:действий|взаимодействия))[^:]*$",
        meaning: (),
    },
    Phrase {
        pattern: r"^Общие\s+положения$",
        meaning: (),
    },
];

pub const GENERAL_PROVISIONS: &[Phrase<()>] = &[Phrase {
    pattern: r"Общие\s+положения",
    meaning: (),
}];

pub const AMENDMENT: &[Phrase<()>] = &[
    Phrase {
        pattern: r"изложить\s+в\s+(?:новой|следующей)\s+редакции",
        meaning: (),
    },
    Phrase {
        pattern: r"\bисключить\b",
        meaning: (),
    },
    Phrase {
        pattern: r"внести\s+(?:в\s+\S+\s+)?(?:следующие\s+)?изменени",
        meaning: (),
    },
];

pub const REFUSAL: &[Phrase<()>] = &[
    Phrase {
        pattern: r"расписк\w*\s+об\s+отказе",
        meaning: (),
    },
    Phrase {
        pattern: r"отказ\w*\s+в\s+при[её]ме",
        meaning: (),
    },
    Phrase {
        pattern: r"мотивированн\w*\s+(?:ответ|отказ)",
        meaning: (),
    },
    Phrase {
        pattern: r"сообщени\w*\s+об\s+отказе",
        meaning: (),
    },
];

/// Asked of item texts, whose words are one space apart once normalised: a literal space (not
/// `\s+`) lets the search look for the whole opening words, where «в» alone is everywhere.
pub const CONDITION_OPENERS: &[Phrase<()>] = &[
    Phrase {
        pattern: r"в случа(?:е|ях)\b",
        meaning: (),
    },
    Phrase {
        pattern: r"при (?:предоставлении|непредоставлении|выявлении|наличии|отсутствии)\b",
        meaning: (),
    },
];

pub const SPRAVOCHNIK_TITLES: &[Phrase<()>] = &[Phrase {
    pattern: r"Справочник\s+бизнес-процессов",
    meaning: (),
}];

pub const DIAGRAM_TITLES: &[Phrase<()>] = &[Phrase {
    pattern: r"Диаграмма\s+функционального\s+взаимодействия",
    meaning: (),
}];

pub const LEGEND_HEADINGS: &[Phrase<()>] = &[Phrase {
    pattern: r"^Условные\s+обозначения",
    meaning: (),
}];

pub const PROCESS_ITEM: &[Phrase<ProcessWord>] = &[
    Phrase {
        pattern: r"^процесс\s*(?P<n>\d+)\s*[-–—:]\s*",
        meaning: ProcessWord::Process,
    },
    Phrase {
        pattern: r"^условие\s*(?P<n>\d+)\s*[-–—:]\s*",
        meaning: ProcessWord::Condition,
    },
];

/// Row headings of the 2012-format action tables in Russian editions.
pub const TABLE_ROWS: &[Phrase<TableRow>] = &[
    Phrase {
        pattern: r"Наименование\s+действия",
        meaning: TableRow::Action,
    },
    Phrase {
        pattern: r"^Действие.*№",
        meaning: TableRow::Number,
    },
    Phrase {
        pattern: r"Наименование\s+СФЕ",
        meaning: TableRow::Actor,
    },
    Phrase {
        pattern: r"Форма\s+завершения",
        meaning: TableRow::Result,
    },
    Phrase {
        pattern: r"Сроки\s+исполнения",
        meaning: TableRow::Duration,
    },
    Phrase {
        pattern: r"Номер\s+следующего\s+действия",
        meaning: TableRow::Next,
    },
];

/// Nouns that head a unit named as a step's subject; the genitive words after them complete it.
pub const ACTOR_HEADS: &[&str] = &[
    "специалист",
    "сотрудник",
    "работник",
    "руководитель",
    "оператор",
    "исполнитель",
    "комиссия",
    "инспектор",
    "секретарь",
    "заведующий",
    "начальник",
    "председатель",
    "канцелярия",
    "отдел",
    "сектор",
    "управление",
    "заместитель",
];

/// A scenario inside a list («при выдаче разрешения:»).
pub const SCENARIO: &str = r"^(?:при|в\s+случае)\s+\S.*:$";

/// Endings of third-person verbs: where a subject or a condition ends.
pub const VERB_ENDINGS: &[&str] = &[
    "ает", "яет", "ует", "ит", "ет", "ют", "ят", "ут", "ется", "ится", "ются", "ятся",
];

/// Adjectives that may open a subject before its head noun.
pub const ACTOR_ADJECTIVES: &[&str] = &[
    "ответственный",
    "главный",
    "ведущий",
    "старший",
    "специальная",
    "социальный",
    "участковая",
];

/// Lines that end a legend: the next act's cover header, a note.
pub const LEGEND_STOPS: &str = r"^(?:Приложение\b|Утвержден|Примечание)";

/// Words that open a block whatever stands before them: an appendix header, a справочник's
/// title, a diagram's caption, a legend.
pub const BLOCK_OPENERS: &[&str] = &[
    "Приложение ",
    "Приложение-",
    "Справочник бизнес-процесс",
    "Диаграмма функционального взаимодействия",
    "Условные обозначения",
];
