//! Kazakh wording of regulations.

use super::{Phrase, ProcessWord, TableRow};
use crate::model::{Channel, ListKind};

/// «"…" мемлекеттік көрсетілетін қызмет регламенті» / «"…" электрондық мемлекеттік қызмет регламенті»;
/// the nominative «регламенті» only: «регламентіне» heads an appendix.
pub const TITLE: &str = r#"^(?P<name>["«].+["»])\s*(?P<el>электрондық\s+)?мемлекеттік\s+(?:көрсетілетін\s+)?қызмет(?:тің|тер)?\s+регламенті(?:$|[^\p{L}])"#;

/// The word [`TITLE`]'s `el` group holds: an electronic service.
pub const TITLE_ELECTRONIC: &str = "электрондық";

pub const APPENDIX_HEADER: &str =
    r"(?:^|регламент(?:ке|іне|іне\s+осы)\s+)(?P<n>\d+)\s*-\s*қосымша\s*$";

/// A word every [`APPENDIX_HEADER`] holds (a cheap test before the regex).
pub const APPENDIX_HEADER_HINT: &str = "қосымша";

pub const TABLE_TITLE: &str = r"^(?:(?P<n>\d+)\s*кесте\b|Таблица\s*(?P<n2>\d+))";

pub const LIST_HEADINGS: &[Phrase<ListKind>] = &[
    Phrase {
        pattern: r"рәсімнің\s*\(іс-қимылдың\)\s+нәтижесі",
        meaning: ListKind::Results,
    },
    Phrase {
        pattern: r"құрамына\s+(?:мына|кіретін)\s+.*рәсім",
        meaning: ListKind::Steps,
    },
    Phrase {
        pattern: r"әрбір\s+рәсімнің\s*\(іс-қимылдың\)\s+мазмұны",
        meaning: ListKind::Steps,
    },
    Phrase {
        pattern: r"қатысатын.*(?:тізбесі|құрылымдық\s+бөлімшелері)",
        meaning: ListKind::Participants,
    },
    Phrase {
        pattern: r"арасындағы\s+рәсімдердің",
        meaning: ListKind::Sequence,
    },
    Phrase {
        pattern: r"жүгіну\s+тәртіб",
        meaning: ListKind::Process,
    },
    Phrase {
        pattern: r"адымдық\s+әрекеттері",
        meaning: ListKind::Process,
    },
];

pub const CHANNELS: &[Phrase<Channel>] = &[
    Phrase {
        pattern: r"портал|\bЭ[ҮҰ]П\b",
        meaning: Channel::Portal,
    },
    Phrase {
        pattern: r"мемлекеттік\s+корпорация|Азаматтарға\s+арналған\s+үкімет|\bХҚКО\b|халыққа\s+қызмет\s+көрсету\s+орталы",
        meaning: Channel::StateCorp,
    },
    Phrase {
        pattern: r"ауыл\w*\s+округ|(?:кент|ауыл|село)\w*\s+әкім",
        meaning: Channel::Akim,
    },
    Phrase {
        pattern: r"қызмет(?:ті)?\s+беруш|\bУО\b|уәкілетті\s+орган",
        meaning: Channel::Provider,
    },
];

pub const CHANNEL_INTRO: &[Phrase<()>] = &[Phrase {
    pattern: r"^Өтінішті\s+қабылдау\s+және.*нәтижесін\s+беру",
    meaning: (),
}];

pub const SECTION_HEADINGS: &[Phrase<()>] = &[
    Phrase {
        pattern: r"^\d+\s*\.\s*Жалпы\s+ережелер$",
        meaning: (),
    },
    Phrase {
        pattern: r"^\d+\s*\.\s*[^:]*(?:тәртібін\s+сипаттау|әрекетінің\s+тәртібі|іс-қимыл\s+тәртібін\s+сипаттау)$",
        meaning: (),
    },
];

pub const GENERAL_PROVISIONS: &[Phrase<()>] = &[Phrase {
    pattern: r"Жалпы\s+ережелер",
    meaning: (),
}];

pub const AMENDMENT: &[Phrase<()>] = &[
    Phrase {
        pattern: r"жаңа\s+редакцияда\s+жазылсын",
        meaning: (),
    },
    Phrase {
        pattern: r"алып\s+тасталсын",
        meaning: (),
    },
    Phrase {
        pattern: r"өзгеріс(?:тер)?\s+енгізілсін",
        meaning: (),
    },
];

pub const REFUSAL: &[Phrase<()>] = &[Phrase {
    pattern: r"бас\s+тарт",
    meaning: (),
}];

/// Item texts, one space between words (see the Russian table).
pub const CONDITION_OPENERS: &[Phrase<()>] = &[
    Phrase {
        pattern: r"жағдайда\b",
        meaning: (),
    },
    Phrase {
        pattern: r"болған кезде\b",
        meaning: (),
    },
];

pub const SPRAVOCHNIK_TITLES: &[Phrase<()>] = &[Phrase {
    pattern: r"бизнес-процест\w*\s+анықтамалығы",
    meaning: (),
}];

/// The word that closes a Kazakh справочник title; what follows it on the same line is diagram
/// text that lost its box (lane names, labels).
pub const SPRAVOCHNIK_TITLE_END: &str = r"бизнес-процест\w*\s+анықтамалығы";

pub const DIAGRAM_TITLES: &[Phrase<()>] = &[
    Phrase {
        pattern: r"іс-қимылының\s+диаграммасы",
        meaning: (),
    },
    Phrase {
        pattern: r"^\d+\s*-\s*сурет\b",
        meaning: (),
    },
];

pub const LEGEND_HEADINGS: &[Phrase<()>] = &[
    Phrase {
        pattern: r"^Шартты\s+белгілер",
        meaning: (),
    },
    Phrase {
        pattern: r"^Белгіленген\s+таңбалар\s+кестесі",
        meaning: (),
    },
];

pub const PROCESS_ITEM: &[Phrase<ProcessWord>] = &[
    Phrase {
        pattern: r"^(?P<n>\d+)\s*үд[еі]ріс\s*[-–—:]?\s*",
        meaning: ProcessWord::Process,
    },
    Phrase {
        pattern: r"^(?P<n>\d+)\s*шарт\s*[-–—:]?\s*",
        meaning: ProcessWord::Condition,
    },
];

/// Row headings of the 2012 action tables («1 кесте. … әрекеттердің сипаттамасы»).
pub const TABLE_ROWS: &[Phrase<TableRow>] = &[
    Phrase {
        pattern: r"атауы\s+және\s+олардың\s+сипаттамасы",
        meaning: TableRow::Action,
    },
    Phrase {
        pattern: r"^Әрекет.*№",
        meaning: TableRow::Number,
    },
    Phrase {
        pattern: r"ҚФБ",
        meaning: TableRow::Actor,
    },
    Phrase {
        pattern: r"Аяқтау\s+нысаны",
        meaning: TableRow::Result,
    },
    Phrase {
        pattern: r"Орындау\s+мерзім",
        meaning: TableRow::Duration,
    },
    Phrase {
        pattern: r"Келесі\s+әрекет",
        meaning: TableRow::Next,
    },
];

/// The fixed order of rows in the 2012 action tables («1. Әрекет №», «2. ҚФБ, АЖ атауы», …).
pub const TABLE_ROW_ORDER: &[TableRow] = &[
    TableRow::Number,
    TableRow::Actor,
    TableRow::Action,
    TableRow::Result,
    TableRow::Duration,
    TableRow::Next,
];

/// A scenario inside a list («рұқсат беру кезінде:»).
pub const SCENARIO: &str = r"\s(?:кезінде|кезде|жағдайда):$";

/// Lines that end a legend: a cover header, a note («Ескертпе»).
pub const LEGEND_STOPS: &str = r"(?:^\d+\s*-\s*қосымша|қосымша\s*$|^Ескертпе|бекітілген$)";

/// Words that open a block whatever stands before them: a legend's heading.
pub const BLOCK_OPENERS: &[&str] = &["Шартты белгілер", "Белгіленген таңбалар"];
