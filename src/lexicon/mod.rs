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
pub(crate) mod words;

use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// Compiles every engine of the lexicon, shared among the threads that call it: each takes the
/// next engine no thread has taken, and returns when none is left.
///
/// Workers that read alike texts at once ask for the same engine at the same moment, and left
/// to first use all but one would wait while it compiles; calling this before reading has them
/// compile different engines side by side instead.
pub fn warm_up() {
    static ALL: LazyLock<Vec<fn()>> = LazyLock::new(engines);
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    while let Some(compile) = ALL.get(NEXT.fetch_add(1, Ordering::Relaxed)) {
        compile();
    }
}

/// Every search engine of the lexicon, each compiled by its call (on first use otherwise). The
/// actor tables, much the costliest, come first, so that threads sharing the list finish close
/// together.
fn engines() -> Vec<fn()> {
    let own: [fn(); 18] = [
        || LIST_HEADINGS.warm(),
        || CHANNELS.warm(),
        || PROCESS_ITEM.warm(),
        || SECTION_HEADINGS.warm(),
        || DIAGRAM_TITLES.warm(),
        || SPRAVOCHNIK_TITLES.warm(),
        || CONDITION_OPENERS.warm(),
        || AMENDMENT.warm(),
        || CHANNEL_INTRO.warm(),
        || GENERAL_PROVISIONS.warm(),
        || REFUSAL.warm(),
        || LEGEND_HEADINGS.warm(),
        || TABLE_ROWS.warm(),
        || CHANNELS.warm_set(),
        // The single patterns, none of them costly alone.
        || {
            LazyLock::force(&RU_TITLE);
            LazyLock::force(&KK_TITLE);
            LazyLock::force(&APPENDIX_HEADER);
            LazyLock::force(&TABLE_TITLE);
            LazyLock::force(&SCENARIO);
            LazyLock::force(&LEGEND_STOPS);
            LazyLock::force(&ONWARD);
            LazyLock::force(&SPRAVOCHNIK_TITLE_END);
        },
        decree::warm,
        durations::warm,
        structure::warm,
    ];
    actors::ENGINES.iter().copied().chain(own).collect()
}

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
        // A header anchored at the line's start is turned away by its first bytes, before the
        // word is looked for.
        if !re.may_match(line) {
            return None;
        }
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
mod tests;
