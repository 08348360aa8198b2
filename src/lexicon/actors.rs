//! Actors (structural-functional units, the applicant, information systems) and their printed forms.
//!
//! `start` patterns match the nominative subject that opens a step («ответственный исполнитель
//! услугодателя принимает …»); `agent` patterns match the agentive forms used inside process
//! items («выбор услугополучателем услуги», «УО қызметкерімен»). Aliases that a check must tell
//! apart («ответственный исполнитель» / «ответственный специалист») are separate entries.

use std::sync::LazyLock;

use super::table::Table;

struct ActorDef {
    canonical: &'static str,
    start: &'static str,
    agent: Option<&'static str>,
}

const fn a(canonical: &'static str, start: &'static str, agent: Option<&'static str>) -> ActorDef {
    ActorDef {
        canonical,
        start,
        agent,
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
    a(
        "услугополучатель",
        r"услугополучатель\b",
        Some(r"услугополучателем"),
    ),
    a("услугодатель", r"услугодатель\b", Some(r"услугодателем")),
    a("портал", r"портал\b", Some(r"порталом|на\s+портале")),
    a("ИС", r"(?:информационная\s+система|ИС)\b", None),
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
    a(
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
    a("тұтынушы", r"тұтынушы\b", Some(r"тұтынушы(?:мен|ның)")),
    a("УО АЖ", r"УО\s*АЖ\b", None),
    a("ХҚКО АЖ", r"ХҚКО\s*АЖ\b", None),
    a("ҰКО АЖ", r"ҰКО\s*АЖ\b", None),
    a("ЭҮАШ (ЭҮШ)", r"Э[ҮҰП]АШ\s*(?:\(\s*Э[ҮҰП]Ш\s*\))?", None),
    a("ЭҮП", r"Э[ҮҰ]П\b", Some(r"Э[ҮҰ]П(?:-да|-ке|\b)")),
    a("ХҚКО", r"ХҚКО\b", None),
    a("УО", r"УО\b", None),
];

/// Subjects at the start of a step, in table order; the meaning is the canonical name.
static START: LazyLock<Table<&'static str>> = LazyLock::new(|| {
    Table::from_patterns(
        ACTORS.iter().map(|d| format!("(?i)^(?:{})", d.start)),
        ACTORS.iter().map(|d| d.canonical).collect(),
    )
});

/// Agentive forms anywhere in a process item.
static AGENT: LazyLock<Table<&'static str>> = LazyLock::new(|| {
    let with_agent: Vec<&ActorDef> = ACTORS.iter().filter(|d| d.agent.is_some()).collect();
    Table::from_patterns(
        with_agent
            .iter()
            .map(|d| format!("(?i){}", d.agent.unwrap_or_default())),
        with_agent.iter().map(|d| d.canonical).collect(),
    )
});

/// Compiles both actor tables now (tests use it to prove each phrase valid).
#[cfg(test)]
pub(crate) fn compile_all() {
    START.compile_all();
    AGENT.compile_all();
}

/// A table match may carry the delimiters around its words; the printed words stop short of them.
/// Returns the words and the byte offset where they start within `s`.
fn trim_delimiter(s: &str) -> (usize, &str) {
    let delim = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | ':' | '-' | '–' | '(');
    let body = s.trim_start_matches(delim);
    let lead = s.len() - body.len();
    let body = body.trim_end_matches(|c: char| delim(c) && c != '(');
    (lead, body)
}

/// Subjects stand at the start; looking further is wasted work on long items.
const SUBJECT_WINDOW: usize = 128;

/// An actor found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMatch {
    pub canonical: String,
    /// The words as printed.
    pub text: String,
    /// Byte offset just after the printed words.
    pub end: usize,
}

/// The actor that opens `text` as its subject, in the nominative.
pub fn actor_at_start(text: &str) -> Option<ActorMatch> {
    let window = &text[..text.floor_char_boundary(SUBJECT_WINDOW)];
    // Every START phrase is anchored at the start, so the leftmost match is the first phrase
    // in table order that matches.
    let known = START.leftmost(window).map(|(r, i)| {
        let (lead, printed) = trim_delimiter(&window[r.clone()]);
        ActorMatch {
            canonical: START.meaning(i).to_string(),
            text: printed.to_string(),
            end: r.start + lead + printed.len(),
        }
    });
    match (known, generic_subject(text)) {
        // A longer subject («ответственный специалист районного отдела услугодателя») is another unit.
        (Some(k), Some(g)) if g.end > k.end => Some(g),
        (k, g) => k.or(g),
    }
}

/// Endings of genitive words that may extend a subject («отдела трудовой миграции услугодателя»).
const GENITIVE_ENDINGS: &[&str] = &[
    "ого", "его", "ой", "ей", "ых", "их", "ов", "ев", "а", "я", "ы", "и",
];

/// A Russian subject the table does not know: [adjective] head noun + genitive words.
fn generic_subject(text: &str) -> Option<ActorMatch> {
    // One buffer for every word's lower case: this runs for nearly every step.
    let mut lw = String::new();
    let mut words = text.split(' ');
    let mut first = words.next()?;
    let mut end = first.len();
    crate::text::lower_into(first, &mut lw);
    let adjective = super::ru::ACTOR_ADJECTIVES.contains(&lw.as_str());
    if adjective {
        first = words.next()?;
        end += 1 + first.len();
        crate::text::lower_into(first, &mut lw);
    }
    if !super::ru::ACTOR_HEADS.contains(&lw.as_str()) {
        return None;
    }
    for w in words {
        crate::text::lower_into(w, &mut lw);
        let clean = lw.trim_end_matches([',', ';', '.']);
        if clean.len() != lw.len()
            || clean.is_empty()
            || super::is_finite_verb_lower(clean)
            || !GENITIVE_ENDINGS.iter().any(|e| clean.ends_with(e))
            || !clean.chars().all(|c| crate::text::is_letter(c) || c == '-')
        {
            break;
        }
        end += 1 + w.len();
    }
    let printed = &text[..end];
    Some(ActorMatch {
        canonical: crate::text::lower(printed),
        text: printed.to_string(),
        end,
    })
}

/// The first actor named in an agentive form anywhere in `text` («выбор услугополучателем …»).
pub fn actor_anywhere(text: &str) -> Option<ActorMatch> {
    AGENT.leftmost(text).map(|(r, i)| {
        let (lead, printed) = trim_delimiter(&text[r.clone()]);
        ActorMatch {
            canonical: AGENT.meaning(i).to_string(),
            text: printed.to_string(),
            end: r.start + lead + printed.len(),
        }
    })
}

/// Canonical form of a participant as listed («1) ответственный исполнитель услугодателя;»):
/// the lexicon's name when it knows the unit, else the printed words lower-cased.
pub fn canonical_actor(text: &str) -> String {
    let t = text.trim().trim_end_matches([';', '.', ',', ':']).trim();
    match actor_at_start(t) {
        Some(m) if m.end == t.len() => m.canonical,
        _ => crate::text::lower(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_in_the_nominative() {
        let m =
            actor_at_start("ответственный исполнитель услугодателя принимает документы").unwrap();
        assert_eq!(m.canonical, "ответственный исполнитель услугодателя");
        assert_eq!(m.text, "ответственный исполнитель услугодателя");
        let m = actor_at_start("Участковая комиссия обследует").unwrap();
        assert_eq!(m.canonical, "участковая комиссия");
        // Aliases stay distinct.
        assert_eq!(
            actor_at_start("ответственный специалист услугодателя в течение")
                .unwrap()
                .canonical,
            "ответственный специалист услугодателя"
        );
        // A genitive with no subject is no actor.
        assert_eq!(actor_at_start("услугодателя готовит уведомление"), None);
        let m =
            actor_at_start("көрсетілетін қызметті берушінің басшысы құжаттармен танысады").unwrap();
        assert_eq!(m.canonical, "көрсетілетін қызметті берушінің басшысы");
        assert_eq!(
            actor_at_start("көрсетілетін қызметті алушының электрондық"),
            None
        );
        assert_eq!(
            actor_at_start("ауылды округ әкімімемлекеттік қызметті")
                .unwrap()
                .canonical,
            "ауылдық округ әкімі"
        );
    }

    #[test]
    fn unknown_units_by_their_head_noun() {
        let m =
            actor_at_start("сотрудник отдела трудовой миграции услугодателя проверяет документы")
                .unwrap();
        assert_eq!(
            m.canonical,
            "сотрудник отдела трудовой миграции услугодателя"
        );
        let m = actor_at_start(
            "ответственный специалист районного отдела услугодателя в течение 2 дней",
        )
        .unwrap();
        assert_eq!(
            m.canonical,
            "ответственный специалист районного отдела услугодателя"
        );
        let m = actor_at_start("комиссия рассматривает и направляет").unwrap();
        assert_eq!(m.canonical, "комиссия");
        // A known unit stays canonical.
        let m = actor_at_start("ответственный специалист услугодателя в течение 20 минут").unwrap();
        assert_eq!(m.canonical, "ответственный специалист услугодателя");
    }

    #[test]
    fn agents_inside_process_items() {
        assert_eq!(
            actor_anywhere("выбор услугополучателем услуги, указанной")
                .unwrap()
                .canonical,
            "услугополучатель"
        );
        assert_eq!(
            actor_anywhere(
                "электрондық мемлекеттік қызмет көрсету үшін УО қызметкерімен тұтынушының ЖСН"
            )
            .unwrap()
            .canonical,
            "УО қызметкері"
        );
    }

    #[test]
    fn participants_canonical() {
        assert_eq!(
            canonical_actor("руководитель услугодателя;"),
            "руководитель услугодателя"
        );
        assert_eq!(canonical_actor("ЭҰАШ (ЭҰШ)"), "ЭҮАШ (ЭҮШ)");
        assert_eq!(
            canonical_actor("Накопительный сектор"),
            "накопительный сектор"
        );
    }
}
