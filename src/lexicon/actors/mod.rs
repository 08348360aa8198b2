//! Actors (structural-functional units, the applicant, information systems) and their printed
//! forms: the subject that opens a step, the agent of a nominalised step, the canonical name.
//!
//! `names` holds the actors the lexicon knows by name, `tokens` splits an item into the words
//! the readers take, `phrase` reads the bounded phrase of one it does not know (and the
//! alternatives beside it), `kk` the Kazakh case forms.

pub mod kk;
mod names;
pub mod phrase;
pub mod tokens;
mod word;

#[cfg(test)]
pub(crate) use names::compile_all;

use crate::lexicon::roles;
use crate::model::ActorKind;
use phrase::{Case, read_ru};
use tokens::{Tok, tokens};

pub(super) use names::ENGINES;

/// An actor found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMatch {
    pub canonical: String,
    /// The words as printed.
    pub text: String,
    /// Byte offset of the printed words.
    pub start: usize,
    /// Byte offset just after the printed words.
    pub end: usize,
    pub kind: ActorKind,
    /// Further actors the phrase offers beside the actor, canonical.
    pub alternatives: Vec<String>,
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
const SUBJECT_WINDOW: usize = 160;

/// Answers a thread remembers, by name.
type Memory<V> =
    std::cell::RefCell<std::collections::HashMap<String, V, foldhash::fast::RandomState>>;

/// `work(name)`, remembered by this thread. A regulation names its few units again and again,
/// and a question about a name (a search of the table of known names, the word lists) costs
/// hundreds to thousands of instructions; looking the answer up costs a hash of the name.
fn remembered<V: Copy>(
    memory: &'static std::thread::LocalKey<Memory<V>>,
    name: &str,
    work: impl FnOnce(&str) -> V,
) -> V {
    /// Names held before the memory starts again (a run over many acts meets many names).
    const NAMES: usize = 4096;
    if let Some(v) = memory.with_borrow(|m| m.get(name).copied()) {
        return v;
    }
    let v = work(name);
    memory.with_borrow_mut(|m| {
        if m.len() >= NAMES {
            m.clear();
        }
        m.insert(name.to_string(), v);
    });
    v
}

thread_local! {
    static KINDS: Memory<ActorKind> = Memory::default();
    static KNOWN: Memory<Option<(&'static str, ActorKind)>> = Memory::default();
}

/// The kind of agent a canonical name stands for.
pub fn kind_of(canonical: &str) -> ActorKind {
    remembered(&KINDS, canonical, work_out_kind)
}

/// [`kind_of`], worked out.
fn work_out_kind(canonical: &str) -> ActorKind {
    if let Some(k) = names::kind_of_known(canonical) {
        return k;
    }
    let l = crate::text::lower(canonical);
    if roles::APPLICANT_WORDS.iter().any(|w| l.contains(w)) {
        ActorKind::Applicant
    } else if roles::SYSTEM_WORDS.iter().any(|w| l.contains(w)) || l.ends_with(" аж") {
        ActorKind::System
    } else {
        ActorKind::Unit
    }
}

/// The known name that `text` is, whole: its canonical form and kind.
pub fn known_name(text: &str) -> Option<(&'static str, ActorKind)> {
    let (r, known) = names::known_at_start(text)?;
    let (lead, printed) = trim_delimiter(&text[r.clone()]);
    (r.start + lead + printed.len() == text.trim_end().len()).then_some(known)
}

/// The actor that opens `text` as its subject, in the nominative, with the alternatives printed
/// beside it («руководитель услугодателя или его заместитель»).
pub fn actor_at_start(text: &str) -> Option<ActorMatch> {
    let window = &text[..text.floor_char_boundary(SUBJECT_WINDOW)];
    let known = names::known_at_start(window)
        .map(|(r, (canonical, kind))| known_match(window, r, canonical, kind));
    // Only a Russian head noun or adjective can open a phrase the reader knows, and it can only
    // be longer than a known name that a verb or a preposition follows if it offers alternatives.
    let reads_on = match &known {
        Some(k) => phrase::may_continue(&window[k.end..]),
        None => true,
    };
    let toks = match window.as_bytes().first() {
        Some(0xD0 | 0xD1) if reads_on => tokens(window),
        _ => Vec::new(),
    };
    let generic = read_ru(&toks, 0, Case::Nominative).map(|r| matched(window, &toks, r));
    match (known, generic) {
        // A longer subject («ответственный специалист районного отдела услугодателя») is another
        // unit; a longer phrase may also name alternatives.
        (Some(k), Some(g)) if g.end > k.end => Some(g),
        (Some(k), _) => Some(kk::with_alternatives(window, k)),
        (None, g) => g,
    }
}

/// An [`ActorMatch`] from a phrase the reader read in `text`.
pub(crate) fn matched(text: &str, toks: &[Tok], r: phrase::Read) -> ActorMatch {
    let (start, end) = (toks[r.first].start, toks[r.last].end);
    // The canonical forms a regulation's phrases read to repeat: whether one is a known name
    // is remembered.
    let (canonical, kind) = match remembered(&KNOWN, &r.canonical, known_name) {
        Some((c, k)) => (c.to_string(), k),
        None => {
            let kind = kind_of(&r.canonical);
            (r.canonical, kind)
        }
    };
    ActorMatch {
        canonical,
        text: text[start..end].to_string(),
        start,
        end,
        kind,
        alternatives: r.alternatives,
    }
}

/// The first actor named in an agentive form the lexicon knows anywhere in `text`
/// («выбор услугополучателем …», «УО қызметкерімен»).
pub fn actor_anywhere(text: &str) -> Option<ActorMatch> {
    names::known_agent(text).map(|(r, (canonical, kind))| known_match(text, r, canonical, kind))
}

/// The match of a name the lexicon knows, found at `r` in `text`, its delimiters trimmed.
fn known_match(
    text: &str,
    r: std::ops::Range<usize>,
    canonical: &str,
    kind: ActorKind,
) -> ActorMatch {
    let (lead, printed) = trim_delimiter(&text[r.clone()]);
    ActorMatch {
        canonical: canonical.to_string(),
        text: printed.to_string(),
        start: r.start + lead,
        end: r.start + lead + printed.len(),
        kind,
        alternatives: Vec::new(),
    }
}

/// The agent of a nominalised step: a Russian instrumental phrase («прием документов
/// сотрудником канцелярии»), a Kazakh «… тарапынан», «…-мен» or a genitive before a verbal
/// noun («көрсетілетін қызметті берушінің … өңдеуі»).
pub fn agent_of(text: &str) -> Option<ActorMatch> {
    let toks = tokens(text);
    for (i, t) in toks.iter().enumerate() {
        let after_comitative = i > 0 && roles::RU_COMITATIVE.contains(&toks[i - 1].w.as_str());
        if after_comitative || !t.w.starts_with(|c: char| ('а'..='я').contains(&c)) {
            continue;
        }
        if let Some(r) = read_ru(&toks, i, Case::Instrumental) {
            return Some(matched(text, &toks, r));
        }
    }
    kk::agent(text, &toks)
}

/// Canonical form of a participant as listed («1) ответственный исполнитель услугодателя;»):
/// the lexicon's name when it knows the unit, the actor of a phrase that offers alternatives
/// («руководитель (заместитель) услугодателя»), else the printed words lower-cased.
pub fn canonical_actor(text: &str) -> String {
    let t = text.trim().trim_end_matches([';', '.', ',', ':']).trim();
    match actor_at_start(t) {
        Some(m) if m.end == t.len() => m.canonical,
        _ => crate::text::lower(t),
    }
}

/// True when two canonical names name the same unit in different case forms («руководитель
/// услугодателя» / «руководителя услугодателя», «председатель комиссий» / «председатель комиссии»).
pub fn same_actor(a: &str, b: &str) -> bool {
    let (a, b) = (crate::text::lower(a), crate::text::lower(b));
    if a == b {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    wa.len() == wb.len() && wa.iter().zip(&wb).all(|(x, y)| phrase::same_word(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_kinds_are_the_worked_out_ones() {
        let names = [
            "услугополучатель",
            "ИС ГБД ФЛ",
            "руководитель услугодателя",
            "ХҚКО операторы",
            "көрсетілетін қызметті алушы",
            "портал",
        ];
        let want: Vec<ActorKind> = names.iter().map(|n| work_out_kind(n)).collect();
        assert_eq!(want[0], ActorKind::Applicant);
        assert_eq!(want[1], ActorKind::System);
        assert_eq!(want[2], ActorKind::Unit);
        // Asked twice, and again after the memory has been filled and cleared.
        for _ in 0..2 {
            assert_eq!(names.map(kind_of).to_vec(), want);
        }
        for i in 0..5000 {
            kind_of(&format!("отдел {i}"));
        }
        assert_eq!(names.map(kind_of).to_vec(), want);
        // Known names the same way.
        let asked = ["услугополучатель", "отдел образования", "ИС ГБД ФЛ"];
        let known: Vec<_> = asked.iter().map(|n| known_name(n)).collect();
        assert!(known[0].is_some() && known[1].is_none() && known[2].is_some());
        for _ in 0..2 {
            let again: Vec<_> = asked
                .iter()
                .map(|n| remembered(&KNOWN, n, known_name))
                .collect();
            assert_eq!(again, known);
        }
    }

    #[test]
    fn subject_in_the_nominative() {
        let m =
            actor_at_start("ответственный исполнитель услугодателя принимает документы").unwrap();
        assert_eq!(m.canonical, "ответственный исполнитель услугодателя");
        assert_eq!(m.text, "ответственный исполнитель услугодателя");
        assert_eq!(m.kind, ActorKind::Unit);
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
    fn bounded_subjects_keep_their_alternatives_apart() {
        let m = actor_at_start(
            "руководитель услугодателя или директор/заместитель директора Центра в течение 1 (одной) минуты подписывает справку",
        )
        .unwrap();
        assert_eq!(m.canonical, "руководитель услугодателя");
        assert_eq!(
            m.alternatives,
            ["директор центра", "заместитель директора центра"]
        );
        let m = actor_at_start("руководитель (заместитель) услугодателя рассматривает").unwrap();
        assert_eq!(m.canonical, "руководитель услугодателя");
        assert_eq!(m.text, "руководитель (заместитель) услугодателя");
        let m = actor_at_start(
            "көрсетілетін қызметті берушінің басшысы немесе оның орынбасары қол қояды",
        )
        .unwrap();
        assert_eq!(m.canonical, "көрсетілетін қызметті берушінің басшысы");
        assert_eq!(
            m.alternatives,
            ["көрсетілетін қызметті берушінің басшысының орынбасары"]
        );
        let m = actor_at_start("ХҚКО операторы немесе УО қызметкері тексереді").unwrap();
        assert_eq!(m.canonical, "ХҚКО операторы");
        assert_eq!(m.alternatives, ["УО қызметкері"]);
    }

    #[test]
    fn systems_and_the_applicant_by_kind() {
        let m = actor_at_start("ИС ГБД ФЛ проверяет данные услугополучателя").unwrap();
        assert_eq!(
            (m.canonical.as_str(), m.kind),
            ("ИС ГБД ФЛ", ActorKind::System)
        );
        let m = actor_at_start("портал направляет запрос").unwrap();
        assert_eq!(m.kind, ActorKind::System);
        let m = actor_at_start("ЭҮП сұрау салуды өңдейді").unwrap();
        assert_eq!(m.kind, ActorKind::System);
        let m = actor_at_start("МДҚ деректерді тексереді").unwrap();
        assert_eq!(m.kind, ActorKind::System);
        let m = actor_at_start("услугополучатель подает заявление").unwrap();
        assert_eq!(m.kind, ActorKind::Applicant);
        let m = actor_at_start("тұтынушы ЭҮП тіркелуді жүзеге асырады").unwrap();
        assert_eq!(m.kind, ActorKind::Applicant);
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
        let m = actor_at_start("ответственный специалист услугодателя в течение 20 минут").unwrap();
        assert_eq!(m.canonical, "ответственный специалист услугодателя");
    }

    #[test]
    fn agents_of_nominalised_steps() {
        assert_eq!(
            actor_anywhere("выбор услугополучателем услуги, указанной")
                .unwrap()
                .canonical,
            "услугополучатель"
        );
        let m = agent_of(
            "рассмотрение руководителем (заместителем) услугодателя в течение 1 (одного) рабочего дня",
        )
        .unwrap();
        assert_eq!(m.canonical, "руководитель услугодателя");
        assert_eq!(m.text, "руководителем (заместителем) услугодателя");
        assert_eq!(
            agent_of("подготовка ответственным исполнителем отдела результата оказания")
                .unwrap()
                .canonical,
            "ответственный исполнитель отдела"
        );
        // «с документами» is no agent.
        assert_eq!(
            agent_of("ознакомление с документами услугополучателя"),
            None
        );
        assert_eq!(
            agent_of(
                "электрондық мемлекеттік қызмет көрсету үшін УО қызметкерімен тұтынушының ЖСН"
            )
            .unwrap()
            .canonical,
            "УО қызметкері"
        );
        let m = agent_of("құжаттарды көрсетілетін қызметті беруші тарапынан қабылдау").unwrap();
        assert_eq!(m.canonical, "көрсетілетін қызметті беруші");
        let m = agent_of(
            "көрсетілетін қызметті берушінің электрондық сұрау салуды өңдеуі (тексеруі, тіркеуі);",
        )
        .unwrap();
        assert_eq!(m.canonical, "көрсетілетін қызметті беруші");
        assert_eq!(m.text, "көрсетілетін қызметті берушінің");
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
        assert_eq!(
            canonical_actor("руководитель (заместитель) услугодателя;"),
            "руководитель услугодателя"
        );
        // A unit's full name stays whole.
        assert_eq!(
            canonical_actor("социальный работник по оценке и определению потребности"),
            "социальный работник по оценке и определению потребности"
        );
    }

    #[test]
    fn same_unit_in_other_forms() {
        assert!(same_actor(
            "руководитель услугодателя",
            "руководителя услугодателя"
        ));
        assert!(same_actor("председатель комиссий", "председатель комиссии"));
        assert!(same_actor(
            "көрсетілетін қызметті берушінің басшысы",
            "көрсетілетін қызметті берушінің басшысына"
        ));
        assert!(!same_actor(
            "руководитель отдела",
            "руководитель услугодателя"
        ));
    }
}
