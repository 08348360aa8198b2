//! The actors the lexicon knows by name: canonical form, how the nominative subject and the
//! agentive forms are printed, and what kind of agent each is.
//!
//! `start` patterns match the nominative subject that opens a step («ответственный исполнитель
//! услугодателя принимает …»); `agent` patterns match the agentive forms used inside process
//! items («выбор услугополучателем услуги», «УО қызметкерімен»). Aliases that a check must tell
//! apart («ответственный исполнитель» / «ответственный специалист») are separate entries.

use std::sync::LazyLock;

use super::super::table::Table;
use crate::model::ActorKind;

struct ActorDef {
    canonical: &'static str,
    start: &'static str,
    agent: Option<&'static str>,
    kind: ActorKind,
}

/// A unit or an official.
const fn a(canonical: &'static str, start: &'static str, agent: Option<&'static str>) -> ActorDef {
    ActorDef {
        canonical,
        start,
        agent,
        kind: ActorKind::Unit,
    }
}

/// An information system.
const fn s(canonical: &'static str, start: &'static str, agent: Option<&'static str>) -> ActorDef {
    ActorDef {
        kind: ActorKind::System,
        ..a(canonical, start, agent)
    }
}

/// The applicant.
const fn p(canonical: &'static str, start: &'static str, agent: Option<&'static str>) -> ActorDef {
    ActorDef {
        kind: ActorKind::Applicant,
        ..a(canonical, start, agent)
    }
}

/// Most specific first: the first matching entry wins.
const ACTORS: &[ActorDef] = &[
    // Russian
    a(
        "ответственный исполнитель услугодателя",
        r"ответственн(?:ый|ой)\s+исполнител[ьюя](?:\s+услугодателя)?",
        Some(r"ответственн\w+\s+исполнител\w+"),
    ),
    a(
        "ответственный специалист услугодателя",
        r"ответственный\s+специалист(?:\s+услугодателя)?",
        Some(r"ответственн\w+\s+специалист\w*"),
    ),
    a(
        "руководитель услугодателя",
        r"руководитель\s+услугодателя",
        Some(r"руководител\w+\s+услугодател\w+"),
    ),
    a(
        "руководитель отдела",
        r"руководитель\s+отдела(?:\s+услугодателя)?",
        None,
    ),
    a(
        "руководитель управления",
        r"руководитель\s+управления",
        None,
    ),
    a(
        "сотрудник канцелярии",
        r"сотрудник\s+канцелярии(?:\s+услугодателя)?",
        None,
    ),
    a(
        "специалист канцелярии",
        r"специалист\s+канцелярии(?:\s+услугодателя)?",
        None,
    ),
    a(
        "участковая комиссия",
        r"участковая\s+комиссия",
        Some(r"участков\w+\s+комисси\w+"),
    ),
    a(
        "оператор государственной корпорации",
        r"оператор\s+(?:Государственной\s+корпорации|ЦОН)",
        Some(r"оператор\w*\s+Государственной\s+корпорации"),
    ),
    a(
        "специалист накопительного отдела государственной корпорации",
        r"специалист\s+накопительного\s+отдела(?:\s+Государственной\s+корпорации)?",
        None,
    ),
    a(
        "специалист государственной корпорации",
        r"специалист\s+Государственной\s+корпорации",
        Some(r"специалист\w*\s+Государственной\s+корпорации"),
    ),
    a(
        "работник государственной корпорации",
        r"работник\s+Государственной\s+корпорации",
        Some(r"работник\w*\s+Государственной\s+корпорации"),
    ),
    a(
        "сотрудник государственной корпорации",
        r"сотрудник\s+Государственной\s+корпорации",
        None,
    ),
    a(
        "специалист аппарата акима сельского округа",
        r"специалист\s+аппарата\s+акима(?:\s+поселка,?\s+села,?)?\s+сельского\s+округа",
        Some(r"специалист\w*\s+аппарата\s+акима"),
    ),
    a(
        "аким сельского округа",
        r"аким(?:\s+поселка,?\s+села,?)?\s+сельского\s+округа",
        None,
    ),
    a(
        "специалист услугодателя",
        r"специалист\s+услугодателя",
        None,
    ),
    a("руководитель", r"руководитель\b", None),
    p(
        "услугополучатель",
        r"услугополучатель\b",
        Some(r"услугополучателем"),
    ),
    a("услугодатель", r"услугодатель\b", Some(r"услугодателем")),
    s(
        "портал",
        r"(?:веб-)?портал\b",
        Some(r"порталом|на\s+портале"),
    ),
    s("ИС ГБД ФЛ", r"(?:ИС\s+)?ГБД\s+ФЛ\b", None),
    s("ИС ГБД ЮЛ", r"(?:ИС\s+)?ГБД\s+ЮЛ\b", None),
    s("ЕНИС", r"ЕНИС\b", None),
    s(
        "ИИС ЦОН",
        r"ИИС\s+(?:ЦОН|Государственной\s+корпорации)\b",
        None,
    ),
    s(
        "ШЭП",
        r"(?:шлюз\s+(?:«|\x22)?электронного\s+правительства(?:»|\x22)?|ШЭП)(?:\s*\(\s*далее\s*[–-]\s*ШЭП\s*\))?",
        Some(r"шлюзом\s+(?:«|\x22)?электронного\s+правительства"),
    ),
    s("ПЭП", r"ПЭП\b", None),
    s("ИС", r"(?:информационная\s+система|ИС)\b", None),
    // Kazakh
    a(
        "көрсетілетін қызметті берушінің жауапты орындаушысы",
        r"көрсетілетін\s+қызметті\s+берушінің\s+жауапты\s+орындаушысы",
        None,
    ),
    a(
        "көрсетілетін қызметті берушінің басшысы",
        r"көрсетілетін\s+қызметті\s+берушінің\s+басшысы",
        None,
    ),
    a(
        "көрсетілетін қызметті берушінің кеңсе қызметкері",
        r"көрсетілетін\s+қызметті\s+берушінің\s+кеңсе\s+қызметкері",
        None,
    ),
    a(
        "көрсетілетін қызметті берушінің қызметкері",
        r"көрсетілетін\s+қызметті\s+берушінің\s+қызметкері",
        None,
    ),
    a(
        "мемлекеттік корпорация қызметкері",
        r"мемлекеттік\s+корпорация(?:ның)?\s+(?:қызметкері|операторы)",
        None,
    ),
    a(
        "ауылдық округ әкімі",
        r"(?:ауыл,\s+)?ауыл\p{L}*\s+округ\p{L}*\s+әкімі",
        None,
    ),
    p(
        "көрсетілетін қызметті алушы",
        r"көрсетілетін\s+қызмет(?:ті)?\s+алушы\b",
        Some(r"көрсетілетін\s+қызмет(?:ті)?\s+алушы(?:мен|ның)"),
    ),
    a(
        "көрсетілетін қызметті беруші",
        r"көрсетілетін\s+қызметті\s+беруші\b",
        Some(r"көрсетілетін\s+қызметті\s+берушімен"),
    ),
    a(
        "УО қызметкері",
        r"УО\s+қызметкері\b",
        Some(r"УО\s+қызметкер(?:імен|інің|і)"),
    ),
    a(
        "ХҚКО операторы",
        r"ХҚКО\s+операторы\b",
        Some(r"ХҚКО\s+оператор\p{L}*|оператормен"),
    ),
    a(
        "ХҚКО қызметкері",
        r"ХҚКО\s+қызметкері\b",
        Some(r"ХҚКО\s+қызметкер\p{L}*"),
    ),
    p("тұтынушы", r"тұтынушы\b", Some(r"тұтынушы(?:мен|ның)")),
    s("УО АЖ", r"УО\s*АЖ\b", None),
    s("ХҚКО АЖ", r"ХҚКО\s*АЖ\b", None),
    s("ҰКО АЖ", r"ҰКО\s*АЖ\b", None),
    s("ЭҮАШ (ЭҮШ)", r"Э[ҮҰП]АШ\s*(?:\(\s*Э[ҮҰП]Ш\s*\))?", None),
    s("ЭҮП", r"Э[ҮҰ]П\b", Some(r"Э[ҮҰ]П(?:-да|-ке|\b)")),
    s("ЭҮШ", r"Э[ҮҰ]Ш\b", None),
    s("МДҚ", r"МДҚ\b", None),
    s("АЖ", r"АЖ\b", None),
    a("ХҚКО", r"ХҚКО\b", None),
    a("УО", r"УО\b", None),
];

/// A known name: its canonical form and kind.
pub(super) type Known = (&'static str, ActorKind);

/// Subjects at the start of a step, in table order.
static START: LazyLock<Table<Known>> = LazyLock::new(|| {
    Table::from_patterns(
        ACTORS.iter().map(|d| format!("(?i)^(?:{})", d.start)),
        ACTORS.iter().map(|d| (d.canonical, d.kind)).collect(),
    )
});

/// Agentive forms anywhere in a process item.
static AGENT: LazyLock<Table<Known>> = LazyLock::new(|| {
    let with_agent: Vec<&ActorDef> = ACTORS.iter().filter(|d| d.agent.is_some()).collect();
    Table::from_patterns(
        with_agent
            .iter()
            .map(|d| format!("(?i){}", d.agent.unwrap_or_default())),
        with_agent.iter().map(|d| (d.canonical, d.kind)).collect(),
    )
});

/// The searches of both tables, costliest first (see [`crate::lexicon::engines`]).
pub(crate) const ENGINES: &[fn()] = &[|| AGENT.warm(), || START.warm()];

/// Compiles both actor tables now (tests use it to prove each phrase valid).
#[cfg(test)]
pub(crate) fn compile_all() {
    START.compile_all();
    AGENT.compile_all();
}

/// The known name at the start of `text`: its byte range and its entry.
pub(super) fn known_at_start(text: &str) -> Option<(std::ops::Range<usize>, Known)> {
    // Every START phrase is anchored at the start, so the leftmost match is the first phrase
    // in table order that matches.
    START.leftmost(text).map(|(r, i)| (r, START.meaning(i)))
}

/// The first known name in an agentive form anywhere in `text`.
pub(super) fn known_agent(text: &str) -> Option<(std::ops::Range<usize>, Known)> {
    AGENT.leftmost(text).map(|(r, i)| (r, AGENT.meaning(i)))
}

/// The kind of a canonical name the table knows.
pub(super) fn kind_of_known(canonical: &str) -> Option<ActorKind> {
    ACTORS
        .iter()
        .find(|d| d.canonical == canonical)
        .map(|d| d.kind)
}
