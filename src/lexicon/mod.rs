//! The wording of Russian and Kazakh regulations, as data.
//!
//! The parser asks this module what a line *means* (a regulation title, a list heading of
//! some kind, a channel, an actor, a duration); it never spells a phrase itself. Adding a
//! region's variant wording should mean editing the tables in `ru.rs` / `kk.rs` only.

pub mod actors;
pub mod decree;
pub mod durations;
mod kk;
pub mod numbers;
pub(crate) mod pattern;
pub mod roles;
mod ru;
pub mod structure;
mod table;

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Channel, ListKind};
use table::{Anchored, Table};

pub use actors::{
    ActorMatch, actor_anywhere, actor_at_start, agent_of, canonical_actor, kind_of, known_name,
    same_actor,
};

/// A phrase table entry: a case-insensitive pattern and what it means.
pub(crate) struct Phrase<T> {
    pub pattern: &'static str,
    pub meaning: T,
}

static LIST_HEADINGS: LazyLock<Table<ListKind>> =
    LazyLock::new(|| Table::new(&[ru::LIST_HEADINGS, kk::LIST_HEADINGS]));
static CHANNELS: LazyLock<Table<Channel>> =
    LazyLock::new(|| Table::new(&[ru::CHANNELS, kk::CHANNELS]));
static CHANNEL_INTRO: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(&[ru::CHANNEL_INTRO, kk::CHANNEL_INTRO]));
static SECTION_HEADINGS: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(&[ru::SECTION_HEADINGS, kk::SECTION_HEADINGS]));
static GENERAL_PROVISIONS: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(&[ru::GENERAL_PROVISIONS, kk::GENERAL_PROVISIONS]));
static AMENDMENT: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(&[ru::AMENDMENT, kk::AMENDMENT]));
static REFUSAL: LazyLock<Table<()>> = LazyLock::new(|| Table::new(&[ru::REFUSAL, kk::REFUSAL]));
static CONDITION_OPENERS: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(&[ru::CONDITION_OPENERS, kk::CONDITION_OPENERS]));
static DIAGRAM_TITLES: LazyLock<Table<()>> = LazyLock::new(|| {
    Table::new(&[
        ru::SPRAVOCHNIK_TITLES,
        kk::SPRAVOCHNIK_TITLES,
        ru::DIAGRAM_TITLES,
        kk::DIAGRAM_TITLES,
    ])
});
/// The справочник titles alone: asked of every line, and without the figure caption's opening
/// digit among its phrases the search starts from a literal prefilter.
static SPRAVOCHNIK_TITLES: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(&[ru::SPRAVOCHNIK_TITLES, kk::SPRAVOCHNIK_TITLES]));
static LEGEND_HEADINGS: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(&[ru::LEGEND_HEADINGS, kk::LEGEND_HEADINGS]));
static TABLE_ROWS: LazyLock<Table<TableRow>> =
    LazyLock::new(|| Table::new(&[kk::TABLE_ROWS, ru::TABLE_ROWS]));

static RU_TITLE: LazyLock<Anchored> = LazyLock::new(|| Anchored::new(ru::TITLE));
static KK_TITLE: LazyLock<Anchored> = LazyLock::new(|| Anchored::new(kk::TITLE));
/// Each header pattern with a word it cannot match without: asked of every line, and the word
/// is found far faster than the pattern is searched for.
static APPENDIX_HEADER: LazyLock<Vec<(memchr::memmem::Finder<'static>, Anchored)>> =
    LazyLock::new(|| {
        [
            (ru::APPENDIX_HEADER_HINT, ru::APPENDIX_HEADER),
            (kk::APPENDIX_HEADER_HINT, kk::APPENDIX_HEADER),
        ]
        .iter()
        .map(|(hint, p)| {
            (
                memchr::memmem::Finder::new(hint.as_bytes()),
                Anchored::new(p),
            )
        })
        .collect()
    });
static PROCESS_ITEM: LazyLock<Table<ProcessWord>> =
    LazyLock::new(|| Table::new(&[ru::PROCESS_ITEM, kk::PROCESS_ITEM]));
static TABLE_TITLE: LazyLock<Anchored> = LazyLock::new(|| Anchored::new(kk::TABLE_TITLE));

static SCENARIO: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [ru::SCENARIO, kk::SCENARIO]
        .iter()
        .map(|p| pattern::regex(&format!("(?i){p}")))
        .collect()
});

pub use structure::is_channel_subheading;

/// True for a line that opens a scenario inside a list («при выдаче разрешения:»).
pub fn is_scenario(text: &str) -> bool {
    SCENARIO.iter().any(|re| re.is_match(text))
}

/// True for a Russian finite verb in the third person («выдает», «выдается», «направляют»).
pub fn is_finite_verb(word: &str) -> bool {
    is_finite_verb_lower(&crate::text::lower(word))
}

/// [`is_finite_verb`] of a word already in lower case.
pub fn is_finite_verb_lower(w: &str) -> bool {
    w.chars().count() > 3 && ru::VERB_ENDINGS.iter().any(|e| w.ends_with(e))
}

static LEGEND_STOPS: LazyLock<Vec<Anchored>> = LazyLock::new(|| {
    [ru::LEGEND_STOPS, kk::LEGEND_STOPS]
        .iter()
        .map(|p| Anchored::new(p))
        .collect()
});

/// True for a line that cannot belong to a legend (a cover header, a note).
pub fn ends_legend(text: &str) -> bool {
    LEGEND_STOPS.iter().any(|re| re.is_match(text))
}

/// What kind of list a heading opens, if any.
pub fn list_kind(heading: &str) -> Option<ListKind> {
    LIST_HEADINGS.first(heading)
}

/// The channel a phrase names (portal before State Corporation before akim before provider,
/// because headings such as «… в Государственную корпорацию и (или) к иным услугодателям» name several).
pub fn channel_in(text: &str) -> Option<Channel> {
    CHANNELS.first(text)
}

/// True for a line that always starts a new block (an appendix header, a справочник's title or
/// legend), even where the line before it seems unfinished.
pub fn starts_block(text: &str) -> bool {
    let t = text.trim_start_matches(['*', ' ']);
    ru::BLOCK_OPENERS
        .iter()
        .chain(kk::BLOCK_OPENERS)
        .any(|o| t.starts_with(o))
}

/// True for a line that is whole as it stands, so nothing after it is its continuation: a Kazakh
/// appendix header, which closes on «N-қосымша».
pub fn ends_block(text: &str) -> bool {
    text.trim_end().ends_with("қосымша") && appendix_header(text).is_some()
}

/// Every channel a prose sentence names, in the order of first mention.
pub fn channels_mentioned(text: &str) -> Vec<Channel> {
    let mut found: Vec<(usize, Channel)> = CHANNELS
        .all_matches(text)
        .into_iter()
        .map(|(m, i)| (m.start(), CHANNELS.meaning(i)))
        .collect();
    found.sort();
    let mut out: Vec<Channel> = Vec::new();
    for (_, c) in found {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// True for the ¶1 sentence that announces the channels («… осуществляются через:»).
pub fn is_channel_intro(text: &str) -> bool {
    CHANNEL_INTRO.first(text).is_some()
}

/// True for a section heading («2. Описание порядка действий …», «Жалпы ережелер»).
pub fn is_section_heading(text: &str) -> bool {
    SECTION_HEADINGS.first(text).is_some()
}

/// True for the first section of a regulation («Общие положения» / «Жалпы ережелер»).
pub fn is_general_provisions(text: &str) -> bool {
    GENERAL_PROVISIONS.first(text).is_some()
}

/// True for an amending act's own instruction («… изложить в новой редакции», «исключить»).
pub fn is_amendment(text: &str) -> bool {
    AMENDMENT.first(text).is_some()
}

/// True when an item describes a refusal branch («выдает расписку об отказе», «бас тарту»).
pub fn mentions_refusal(text: &str) -> bool {
    REFUSAL.first(text).is_some()
}

/// Where a conditional clause starts in a sentence («в случае …», «… жағдайда»), as a byte offset.
pub fn condition_start(text: &str) -> Option<usize> {
    CONDITION_OPENERS.leftmost(text).map(|(r, _)| r.start)
}

/// The phrases of [`roles::ONWARD`] in either case, as one search.
static ONWARD: LazyLock<Regex> = LazyLock::new(|| {
    let alternation: Vec<String> = roles::ONWARD.iter().map(|p| regex::escape(p)).collect();
    pattern::regex(&format!("(?i){}", alternation.join("|")))
});

/// True when a step sends what it hands over on beyond its recipient («… для передачи
/// услугодателю», «… жіберу үшін»): the recipient it names is not who comes next.
pub fn sends_onward(text: &str) -> bool {
    ONWARD.is_match(text)
}

/// True for the title of a справочник or diagram appendix.
pub fn is_diagram_title(text: &str) -> bool {
    DIAGRAM_TITLES.first(text).is_some()
}

/// True for the title of a справочник бизнес-процессов proper (not a figure caption).
pub fn is_spravochnik_title(text: &str) -> bool {
    SPRAVOCHNIK_TITLES.first_index(text).is_some()
}

static SPRAVOCHNIK_TITLE_END: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(kk::SPRAVOCHNIK_TITLE_END));

/// Where a справочник title ends when its language puts the closing word last («… анықтамалығы»).
pub fn spravochnik_title_end(text: &str) -> Option<usize> {
    SPRAVOCHNIK_TITLE_END.find(text).map(|m| m.end())
}

/// True for a legend heading («Условные обозначения», «Шартты белгілер», «Белгіленген таңбалар кестесі»).
pub fn is_legend_heading(text: &str) -> bool {
    LEGEND_HEADINGS.first(text).is_some()
}

/// A regulation title found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleMatch {
    pub language: crate::model::Language,
    /// True for the 2012 e-service regulations.
    pub electronic: bool,
    /// The service name when the line holds it (it may follow on the next lines in Russian).
    pub name: Option<String>,
}

/// Captures of `re` in `text`, asked of the capturing engine only after the lazy DFA has seen a
/// match: these regexes are tried on every line and match on few, and a capturing search costs
/// far more per call than a yes/no one.
pub(crate) fn captures_if_match<'t>(re: &Regex, text: &'t str) -> Option<regex::Captures<'t>> {
    if re.is_match(text) {
        re.captures(text)
    } else {
        None
    }
}

/// Recognise a regulation heading («Регламент государственной услуги "…"», «"…" мемлекеттік көрсетілетін қызмет регламенті»).
pub fn title(line: &str) -> Option<TitleMatch> {
    if let Some(m) = RU_TITLE.find(line) {
        let name = ru_title_name(m.as_str())
            .map(trim_quotes)
            .filter(|s| !s.is_empty());
        return Some(TitleMatch {
            language: crate::model::Language::Ru,
            electronic: false,
            name,
        });
    }
    if let Some(m) = KK_TITLE.find(line) {
        let (name, rest) = kk_title_parts(m.as_str());
        return Some(TitleMatch {
            language: crate::model::Language::Kk,
            electronic: rest.contains(kk::TITLE_ELECTRONIC),
            name: Some(trim_quotes(name)),
        });
    }
    None
}

/// The `name` group of a Russian title's match, read off the match itself: a capture search
/// runs a slower engine over the whole quoted name, on a line the parser asks about several times.
/// The words before the name hold no quote, so the first quote of the match opens the name,
/// unless it is the one character after «услуги» that the pattern's other branch takes.
fn ru_title_name(matched: &str) -> Option<&str> {
    let open = matched.find(['"', '«'])?;
    let name = &matched[open..];
    (name.chars().nth(1).is_some()).then_some(name)
}

/// A Kazakh title's match split into its `name` group and what follows it, as
/// [`ru_title_name`] does for Russian: the words after the name hold no quote, so the name ends
/// at the last quote before the character that may close the match.
fn kk_title_parts(matched: &str) -> (&str, &str) {
    let body = matched.trim_end_matches(|c: char| !crate::text::is_letter(c));
    let end = body.rfind(['"', '»']).map_or(0, |q| {
        q + body[q..].chars().next().map_or(1, char::len_utf8)
    });
    matched.split_at(end)
}

/// Strip the quotes around a service name and collapse spaces.
pub fn trim_quotes(s: &str) -> String {
    let t = s.trim().trim_matches(|c: char| {
        matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '*' | ' ' | '.' | ',')
    });
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An appendix header («Приложение 2 к Регламенту …», «… регламентіне 3-қосымша»): `Some(number)`,
/// with `Some(None)` for an unnumbered «Приложение к Регламенту».
pub fn appendix_header(line: &str) -> Option<Option<u32>> {
    APPENDIX_HEADER.iter().find_map(|(hint, re)| {
        hint.find(line.as_bytes())?;
        re.captures(line)
            .map(|c| c.name("n").and_then(|m| m.as_str().parse().ok()))
    })
}

/// A regulation's references to its own appendices in a line («согласно приложению 1»,
/// «приложениям 1 - 6», «согласно приложению к настоящему регламенту», «1-қосымшаға»).
pub fn appendix_refs(line: &str) -> Vec<decree::NumberRef> {
    decree::appendix_refs(line)
}

/// «процесс N» / «условие N» / «N үдеріс» / «N шарт» at the start of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessWord {
    Process,
    Condition,
}

/// Recognise «процесс 3 – …» / «2 шарт - …»: the word, its number and the byte offset where the text after the dash starts.
pub fn process_item(text: &str) -> Option<(ProcessWord, u32, usize)> {
    // The words stand at the start; a bounded haystack keeps the capture search cheap.
    let head = &text[..text.floor_char_boundary(64)];
    let (c, w) = PROCESS_ITEM.first_captures(head)?;
    let n = c.name("n")?.as_str().parse().ok()?;
    Some((w, n, c.get(0)?.end()))
}

/// The row of a 2012 action table, recognised by its heading cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableRow {
    Number,
    Actor,
    Action,
    Result,
    Duration,
    Next,
}

/// What a table row's heading cell names.
pub fn table_row(cell: &str) -> Option<TableRow> {
    TABLE_ROWS.first(cell)
}

/// The row a 2012 action table has at a printed row number, when its heading cell is unreadable.
pub fn table_row_by_position(n: usize) -> Option<TableRow> {
    kk::TABLE_ROW_ORDER.get(n.checked_sub(1)?).copied()
}

/// A 2012 action table title («1 кесте. УО арқылы көрсететін әрекеттердің сипаттамасы»): the table number.
pub fn table_title(line: &str) -> Option<u32> {
    let c = TABLE_TITLE.captures(line)?;
    c.name("n")
        .or_else(|| c.name("n2"))
        .and_then(|m| m.as_str().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn onward_transfers_in_either_case() {
        assert!(sends_onward(
            "специалист направляет документы в Государственную корпорацию для передачи услугодателю"
        ));
        assert!(sends_onward("Для дальнейшей передачи услугодателю"));
        assert!(sends_onward(
            "құжаттарды көрсетілетін қызметті берушіге жіберу үшін береді"
        ));
        assert!(sends_onward("ЖОЛДАУ ҮШІН"));
        assert!(!sends_onward(
            "специалист передает документы руководителю услугодателя"
        ));
        assert!(!sends_onward("құжаттарды басшыға береді"));
    }

    /// The name read off a Russian title's match is the pattern's own `name` group.
    #[test]
    fn russian_title_name_is_the_capture() {
        let re = regex::Regex::new(ru::TITLE).unwrap();
        let texts = [
            include_str!("../../reglaments/000_6f385fbdd640c006.txt"),
            include_str!("../../reglaments/001_17a9bf27c86efb5e.txt"),
            include_str!("../../reglaments/002_2973bc44dfc7985a.txt"),
        ];
        let crafted = [
            "Регламент государственной услуги «Выдача справки»",
            "Регламент государственной услуги \"Выдача справки\" (с изменениями)",
            "Регламент государственной услуги»",
            "Регламент государственной услуги «",
            "Регламент государственной услуги «»",
            "Регламент государственной услуги, оказываемой «Х»",
            "Регламент оказания государственной услуги   «Х» и «Y»",
            "Регламент государственной услуги",
        ];
        let lines: Vec<String> = texts
            .iter()
            .flat_map(|t| t.lines())
            .map(|l| crate::text::normalise::normalise_line(l).into_owned())
            .chain(crafted.iter().map(|s| s.to_string()))
            .collect();
        let mut titles = 0;
        for line in &lines {
            let Some(c) = re.captures(line) else { continue };
            titles += 1;
            let m = c.get(0).unwrap().as_str();
            assert_eq!(
                ru_title_name(m),
                c.name("name").map(|n| n.as_str()),
                "{line}"
            );
        }
        assert!(titles > 20, "{titles}");
    }

    /// The name and the electronic mark read off a Kazakh title's match are the pattern's groups.
    #[test]
    fn kazakh_title_parts_are_the_captures() {
        let re = regex::Regex::new(kk::TITLE).unwrap();
        let text = include_str!("../../reglaments/003_1c2847d2c07c60cf.txt");
        let crafted = [
            "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет регламенті",
            "\"Мұрағаттық анықтамалар беру\" электрондық мемлекеттік көрсетілетін қызмет регламенті.",
            "«А» және «Б» мемлекеттік қызмет регламенті»",
            "«А»мемлекеттік қызметтің регламенті",
        ];
        let lines: Vec<String> = text
            .lines()
            .map(|l| crate::text::normalise::normalise_line(l).into_owned())
            .chain(crafted.iter().map(|s| s.to_string()))
            .collect();
        let mut titles = 0;
        for line in &lines {
            let Some(c) = re.captures(line) else { continue };
            titles += 1;
            let (name, rest) = kk_title_parts(c.get(0).unwrap().as_str());
            assert_eq!(Some(name), c.name("name").map(|n| n.as_str()), "{line}");
            assert_eq!(
                rest.contains(kk::TITLE_ELECTRONIC),
                c.name("el").is_some(),
                "{line}"
            );
        }
        assert!(titles >= 7, "{titles}");
    }

    #[test]
    fn every_phrase_of_every_table_compiles() {
        for t in [
            &*CHANNEL_INTRO,
            &*SECTION_HEADINGS,
            &*GENERAL_PROVISIONS,
            &*AMENDMENT,
            &*REFUSAL,
            &*CONDITION_OPENERS,
            &*DIAGRAM_TITLES,
            &*SPRAVOCHNIK_TITLES,
            &*LEGEND_HEADINGS,
        ] {
            t.compile_all();
        }
        LIST_HEADINGS.compile_all();
        CHANNELS.compile_all();
        TABLE_ROWS.compile_all();
        PROCESS_ITEM.compile_all();
        actors::compile_all();
        durations::compile_all();
    }
    use crate::model::Language;

    #[test]
    fn list_headings_both_languages() {
        assert_eq!(
            list_kind(
                "Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги через услугодателя, длительность его выполнения:"
            ),
            Some(ListKind::Steps)
        );
        assert_eq!(
            list_kind(
                "Мемлекеттік қызметті көрсету процесінің құрамына мына рәсімдер (іс-қимыл) кіреді:"
            ),
            Some(ListKind::Steps)
        );
        assert_eq!(
            list_kind(
                "Перечень структурных подразделений (работников) услугодателя, которые участвуют в процессе оказания государственной услуги:"
            ),
            Some(ListKind::Participants)
        );
        assert_eq!(
            list_kind(
                "Әрбір рәсімнің (іс-қимылдың) ұзақтығын көрсете отырып, құрылымдық бөлімшелер (қызметкерлер) арасындағы рәсімдердің (іс-қимылдардың) реттілігін сипаттау:"
            ),
            Some(ListKind::Sequence)
        );
        assert_eq!(
            list_kind("При обращении к акиму сельского округа:"),
            Some(ListKind::Process)
        );
        assert_eq!(list_kind("Порталға:"), None);
        assert_eq!(
            list_kind(
                "Прием заявления и выдача результата оказания государственной услуги осуществляются через:"
            ),
            None
        );
    }

    #[test]
    fn channels_prefer_the_specific_one() {
        assert_eq!(
            channel_in(
                "Описание порядка обращения в Государственную корпорацию и (или) к иным услугодателям"
            ),
            Some(Channel::StateCorp)
        );
        assert_eq!(
            channel_in(
                "услугодателя и услугополучателя при оказании государственной услуги через веб-портал"
            ),
            Some(Channel::Portal)
        );
        assert_eq!(
            channel_in("ауыл, ауылдық округ әкімі (бұдан әрі – ауылдық округ әкімі);"),
            Some(Channel::Akim)
        );
        assert_eq!(channel_in("2) услугодателя;"), Some(Channel::Provider));
    }

    #[test]
    fn titles() {
        let t =
            title("Регламент государственной услуги \"Возмещение затрат на обучение\"").unwrap();
        assert_eq!(t.language, Language::Ru);
        assert_eq!(t.name.as_deref(), Some("Возмещение затрат на обучение"));
        let t =
            title("«Жұмыссыз азаматтарға анықтама беру» электрондық мемлекеттік қызмет регламенті")
                .unwrap();
        assert!(t.electronic);
        assert_eq!(
            t.name.as_deref(),
            Some("Жұмыссыз азаматтарға анықтама беру")
        );
        // The dative form heads an appendix, not a regulation.
        assert!(title("«Жұмыссыз азаматтарға анықтама беру» электрондық мемлекеттік қызмет регламентіне 1-қосымша").is_none());
        assert!(title("Приложение 1 к Регламенту оказания государственной услуги \"X\"").is_none());
    }

    #[test]
    fn appendix_headers_and_refs() {
        assert_eq!(
            appendix_header("Приложение 2 к Регламенту оказания государственной услуги \"X\""),
            Some(Some(2))
        );
        assert_eq!(appendix_header("Приложение к Регламенту"), Some(None));
        assert_eq!(
            appendix_header("«X» электрондық мемлекеттік қызмет регламентіне 3-қосымша"),
            Some(Some(3))
        );
        assert_eq!(
            appendix_header("Приложение 1 к постановлению акимата"),
            None
        );
        let numbers = |line: &str| -> Vec<Option<u32>> {
            appendix_refs(line).into_iter().map(|r| r.number).collect()
        };
        assert_eq!(
            numbers(
                "отражается в справочнике согласно приложениям 1, 2, 3 к настоящему регламенту"
            ),
            vec![Some(1), Some(2), Some(3)]
        );
        assert_eq!(
            numbers("осы регламентке 1-қосымшада көрсетілген"),
            vec![Some(1)]
        );
        assert_eq!(
            numbers("Осы Регламенттің 4, 5-қосымшаларында"),
            vec![Some(4), Some(5)]
        );
    }

    #[test]
    fn process_items() {
        assert_eq!(
            process_item("процесс 3 – выбор услугополучателем услуги").map(|p| (p.0, p.1)),
            Some((ProcessWord::Process, 3))
        );
        assert_eq!(
            process_item("2 шарт - сәйкестендіру деректерді").map(|p| (p.0, p.1)),
            Some((ProcessWord::Condition, 2))
        );
        assert_eq!(process_item("ответственный исполнитель"), None);
    }
}
