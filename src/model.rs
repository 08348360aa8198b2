//! The structured model of a regulation: plain data, no I/O.
//!
//! Serialised as the JSON contract documented in `docs/model.md`; field names
//! and enum spellings are part of that contract, so change them only with it.

use serde::{Deserialize, Serialize};

/// One input file: an act of an akimat holding one or more regulations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The path as given on the command line (or found by walking a directory).
    pub file: String,
    /// The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1251`, `kz-1048`, ...).
    pub encoding: String,
    /// The act's own text before its annexes: the annexes it sets out.
    #[serde(default)]
    pub decree: Decree,
    pub reglaments: Vec<Reglament>,
    /// Stretches of the file that hold regulation matter (lists, appendices) but could not be
    /// given to any regulation; reported, never merged into a neighbour or dropped.
    #[serde(default)]
    pub unattributed: Vec<Unattributed>,
}

/// The decree layer of an act: what its operative text says about its annexes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Decree {
    /// The act's own title, printed above its registration line («О внесении изменений в
    /// постановление …», «… регламенттерін бекіту туралы»), when it is.
    #[serde(default)]
    pub title: Option<String>,
    /// The annexes the act sets out («… согласно приложению N к настоящему постановлению»,
    /// «… қаулысына N-қосымшаға сәйкес»), in the order it cites them.
    pub annexes: Vec<AnnexCite>,
    /// The act's own number, from its registration line («Постановление акимата … № 107.»,
    /// «… № 133 қаулысы.»), so annex headers naming another act can be told apart.
    #[serde(default)]
    pub act: Option<String>,
    /// The act's own date as «YYYY-MM-DD», from its registration line.
    #[serde(default)]
    pub date: Option<String>,
    /// The acts it amends, by number («О внесении изменений в постановление … № 158»): their
    /// annex headers may stand beside the act's own above a regulation it restates.
    #[serde(default)]
    pub amends: Vec<String>,
}

/// One annex cited by the decree's operative text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnnexCite {
    /// The annex number; `None` for «согласно приложению к настоящему постановлению».
    pub number: Option<u32>,
    /// The service named in the same clause, without quotes, when there is one.
    pub title: Option<String>,
    pub line: u32,
    /// The cite as printed («приложению 4 к настоящему постановлению»; for an attached
    /// regulation approved without a number, its line).
    #[serde(default)]
    pub text: String,
    /// True when the cite stands in the quoted new wording the act gives another act
    /// («подпункт 4) изложить в следующей редакции: "4) … согласно приложению 4 к настоящему
    /// постановлению;"»): it numbers that act's annexes, not this one's.
    #[serde(default)]
    pub quoted: bool,
}

/// The «Приложение N к постановлению …» header a regulation stands under.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnnexHeader {
    /// The number printed in the header; `None` when the header carries none.
    pub number: Option<u32>,
    /// The header as printed (normalised, joined over its lines).
    pub text: String,
    pub line: u32,
    /// The act number the header names («… от 9 сентября 2015 года № 3/539» → «3/539»).
    #[serde(default)]
    pub act: Option<String>,
    /// The date the header names for that act, as «YYYY-MM-DD» («от "31" марта 2016 года»).
    #[serde(default)]
    pub date: Option<String>,
    /// Further headers printed in the same block under this one, in order: an amending act's
    /// annex often repeats the annex number the regulation had in the act it amends
    /// («Приложение 2 к постановлению … 2015 года № 3/539»).
    #[serde(default)]
    pub also: Vec<AnnexHeader>,
}

/// The service a regulation's ¶1 names, without quotes, and the physical line of its words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceName {
    pub name: String,
    pub line: u32,
}

/// A stretch of the file that could not be given to a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unattributed {
    pub line: u32,
    pub end_line: u32,
    /// The regulation matter that opens the stretch.
    pub kind: Matter,
    /// Its opening words as printed («5. Содержание каждой процедуры …»).
    pub quote: String,
    /// How many numbered items follow it in the stretch.
    pub items: u32,
}

/// Regulation matter the parser recognises on its own, without a regulation around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Matter {
    /// A procedure list's heading.
    List,
    /// An appendix header («Приложение 1 к Регламенту …»).
    Appendix,
    /// A справочник's title or its legend.
    Spravochnik,
}

impl Matter {
    /// The word the message catalogue selects on.
    pub fn slug(self) -> &'static str {
        match self {
            Matter::List => "list",
            Matter::Appendix => "appendix",
            Matter::Spravochnik => "spravochnik",
        }
    }
}

/// Language of a regulation's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ru,
    Kk,
}

impl Language {
    /// The BCP 47 tag (`ru`, `kk`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::Ru => "ru",
            Language::Kk => "kk",
        }
    }
}

/// One regulation (регламент) of one public service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reglament {
    /// The service name, without the surrounding quotes.
    pub title: String,
    /// The whole heading as printed (normalised), e.g. «Регламент государственной услуги "…"».
    pub heading: String,
    pub language: Language,
    /// 1-based line of the heading in the input file.
    pub line: u32,
    /// The annex header the regulation stands under, when one is printed before it.
    #[serde(default)]
    pub annex: Option<AnnexHeader>,
    /// The service its ¶1 names («1. Государственная услуга "…" оказывается …»), when it names one.
    #[serde(default)]
    pub service: Option<ServiceName>,
    /// True for the 2012 e-service regulations («электрондық мемлекеттік қызмет регламенті»).
    pub electronic: bool,
    /// Channels announced in ¶1 («… осуществляются через: 1) …; 2) …»).
    pub channels: Vec<ChannelRef>,
    /// The participants list (structural-functional units), in printed order.
    pub participants: Vec<Participant>,
    pub appendices: Vec<Appendix>,
    /// Every recognised list, in document order.
    pub lists: Vec<StepList>,
    /// Appendix numbers referenced from the body («согласно приложению 1», «1-қосымшаға сәйкес»), with the line.
    pub appendix_refs: Vec<AppendixRef>,
    /// Last line of the regulation (inclusive), so spans can be bounded.
    pub end_line: u32,
}

/// The channel through which an application is received and the result issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The service provider itself (услугодатель / көрсетілетін қызметті беруші, УО).
    Provider,
    /// State Corporation «Правительство для граждан» / ХҚКО / ЦОН.
    StateCorp,
    /// Akim of a settlement, village or rural district.
    Akim,
    /// The e-government portal (www.egov.kz, ЭҮП).
    Portal,
    Other,
}

impl Channel {
    /// Stable ASCII name, used in file names and ids.
    pub fn slug(self) -> &'static str {
        match self {
            Channel::Provider => "provider",
            Channel::StateCorp => "state_corp",
            Channel::Akim => "akim",
            Channel::Portal => "portal",
            Channel::Other => "other",
        }
    }
}

/// A channel named in ¶1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChannelRef {
    pub channel: Channel,
    pub text: String,
    pub line: u32,
}

/// A structural-functional unit (СФЕ / ҚФБ) from the participants list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// Canonical form from the lexicon, or the printed words lower-cased when unknown.
    pub actor: String,
    pub text: String,
    pub line: u32,
}

/// An appendix (приложение / қосымша) of a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Appendix {
    /// The appendix number; `None` for «Приложение к Регламенту» without a number.
    pub number: Option<u32>,
    /// False when the appendix starts with its title: its «Приложение N к …» header is missing.
    pub header: bool,
    /// The title line under the header (e.g. «Справочник бизнес-процессов …»), if any.
    pub title: String,
    /// The channel a справочник is for («через Государственную корпорацию»), if it is one.
    pub channel: Option<Channel>,
    /// True when the appendix is a справочник бизнес-процессов / диаграмма.
    pub is_diagram: bool,
    /// Line of the «Приложение N к …» header.
    pub line: u32,
    /// The legend lines (Условные обозначения / Шартты белгілер / Белгіленген таңбалар кестесі), as printed.
    pub legend: Vec<String>,
}

/// A reference from the regulation's body to one of its appendices, a range of them, or «the»
/// appendix when no number is printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppendixRef {
    /// The number, or the first of a range; `None` for «согласно приложению к настоящему регламенту».
    pub number: Option<u32>,
    /// The last number of a range («приложениям 1 - 6» → 6); `None` for a single number.
    #[serde(default)]
    pub last: Option<u32>,
    /// The reference as printed («согласно приложениям 1, 2, 3 к настоящему регламенту»).
    #[serde(default)]
    pub text: String,
    /// Physical line of the reference's words.
    pub line: u32,
}

impl AppendixRef {
    /// True when the reference names appendix `n` (by its number or within its range).
    pub fn names(&self, n: u32) -> bool {
        match (self.number, self.last) {
            (Some(first), Some(last)) => (first..=last).contains(&n),
            (Some(first), None) => first == n,
            (None, _) => false,
        }
    }

    /// The numbers the reference names, a range spelled out (empty for a reference without a number).
    pub fn numbers(&self) -> impl Iterator<Item = u32> + use<> {
        let first = self.number.unwrap_or(1);
        let last = match self.number {
            Some(n) => self.last.unwrap_or(n),
            None => 0,
        };
        first..=last
    }
}

/// What a list is, recognised by its heading wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    /// The per-procedure list with durations («Содержание каждой процедуры …», ¶5).
    Steps,
    /// The result of each procedure (¶6).
    Results,
    /// The participating structural units (¶7).
    Participants,
    /// The inter-unit sequence repeating the steps (¶8).
    Sequence,
    /// A channel's own list (State Corporation, akim, portal, 2012 «N үдеріс / N шарт»).
    Process,
    /// A 2012 action table («1 кесте. … әрекеттердің сипаттамасы»).
    Table,
}

impl ListKind {
    /// Stable ASCII name.
    pub fn slug(self) -> &'static str {
        match self {
            ListKind::Steps => "steps",
            ListKind::Results => "results",
            ListKind::Participants => "participants",
            ListKind::Sequence => "sequence",
            ListKind::Process => "process",
            ListKind::Table => "table",
        }
    }
}

/// A recognised list of one regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepList {
    pub kind: ListKind,
    pub channel: Channel,
    /// The paragraph number as printed (¶5 → 5); `None` for lists introduced by a plain sentence or a table.
    pub paragraph: Option<u32>,
    /// Line of the heading that introduces the list.
    pub line: u32,
    /// The heading text (normalised).
    pub heading: String,
    /// The scenario a list is split into («при выдаче разрешения»), when the heading's list has several.
    pub scenario: Option<String>,
    pub items: Vec<Item>,
    /// Indices (in the regulation's `lists`) of the lists that repeat this one's steps, found by
    /// aligning their content; the heading kind is only a hint.
    #[serde(default)]
    pub twins: Vec<usize>,
}

/// How an item of a list reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A procedure (action) done by an actor.
    #[default]
    Step,
    /// «процесс N – …» / «N үдеріс – …».
    Process,
    /// «условие N – …» / «N шарт – …»: a decision.
    Condition,
}

/// One item of a list: a procedure, a result, a participant or a table action.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The label as printed («1)», «б)», «-»), empty when unnumbered.
    pub label: String,
    /// The number the label stands for (an OCR «б)» reads as 6); `None` when unnumbered.
    pub number: Option<u32>,
    /// True when the label is a misprint (a letter standing for a digit).
    pub misprint: bool,
    pub line: u32,
    pub kind: ItemKind,
    /// «процесс 3» / «2 шарт» number, for process and condition items.
    pub process_number: Option<u32>,
    /// Canonical actor from the lexicon (`None` when the item names no clear actor).
    pub actor: Option<String>,
    /// The actor's words as printed.
    pub actor_text: Option<String>,
    /// What kind of agent the actor is (a unit or official, an information system, the applicant).
    #[serde(default)]
    pub actor_kind: Option<ActorKind>,
    /// Line of the actor's words (an item may wrap over several lines).
    #[serde(default)]
    pub actor_line: Option<u32>,
    /// Further actors the text offers as alternatives («руководитель или его заместитель»), canonical.
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// Who the step hands its work to («направляет на подпись руководителю услугодателя»).
    #[serde(default)]
    pub recipient: Option<Party>,
    /// The document passed on («документы», «проект постановления»), as printed.
    #[serde(default)]
    pub object: Option<String>,
    /// The whole item text after the label (normalised, one line).
    pub action: String,
    pub duration: Option<Duration>,
    /// The result, inline («Результат процедуры: …») or from the results list.
    pub result: Option<String>,
    /// Decision carried by the item (refusal branch or a 2012 condition).
    pub decision: Option<Decision>,
    /// Next-action numbers, from 2012 action tables.
    pub next: Vec<u32>,
}

/// What kind of agent an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A structural-functional unit or an official (СФЕ / ҚФБ).
    Unit,
    /// An information system acting by itself: the portal, ИС, ГБД, ЕНИС, a gateway.
    System,
    /// The applicant (услугополучатель / көрсетілетін қызметті алушы).
    Applicant,
}

/// An actor named in a step other than its doer (a recipient), with where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    /// Canonical form from the lexicon, or the printed words lower-cased when unknown.
    pub actor: String,
    /// The words as printed.
    pub text: String,
    pub kind: ActorKind,
    pub line: u32,
}

/// A unit of time as regulations state it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Minute,
    Hour,
    WorkingDay,
    CalendarDay,
    /// «дней» without «рабочих» / «календарных».
    Day,
}

/// A normalised duration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Duration {
    /// The words as printed («в течение 1 (одного) рабочего дня»).
    pub text: String,
    /// The value in `unit` (digits win; see `word_value`).
    pub value: u64,
    pub unit: TimeUnit,
    /// Minutes for minute/hour durations (and the minute part of combined ones); `None` for day units,
    /// which are kept apart because a working day has no fixed length in minutes.
    pub minutes: Option<u64>,
    /// The value spelled in words in brackets, when present («2 (двух)» → 2).
    pub word_value: Option<u64>,
    /// True when the digits and the words disagree («2 (трех)»).
    pub conflict: bool,
    /// Upper bound wording («не более», «аспайды»).
    pub at_most: bool,
    /// Line of the duration's words (an item may wrap over several lines).
    #[serde(default)]
    pub line: u32,
    /// The separate durations an item states, in order, when it states more than one;
    /// `value`/`minutes` then hold their sum. Empty for a single duration.
    #[serde(default)]
    pub parts: Vec<DurationPart>,
    /// True for «в день поступления / обращения»: within the same working day.
    #[serde(default)]
    pub same_day: bool,
    /// True for a deadline rather than a length of time («не позднее чем за сутки до истечения срока»).
    #[serde(default)]
    pub deadline: bool,
}

/// One of several durations an item states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DurationPart {
    pub text: String,
    pub value: u64,
    pub unit: TimeUnit,
    pub minutes: Option<u64>,
    pub line: u32,
}

/// A decision carried by an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// The condition as printed («в случае неполного пакета документов»).
    pub condition: String,
    /// Outcomes in order: the normal path first, then the alternative (refusal).
    pub outcomes: Vec<String>,
    /// Line of the condition's words.
    #[serde(default)]
    pub line: u32,
}

/// A source location.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub file: String,
    pub line: u32,
}

/// Where the lines of the text read from a file sit in that file, for the formats whose own
/// places are not lines: a Word or web page's paragraphs and table rows, a PDF's pages.
///
/// The model's `line` values are lines of the text the reading stage extracted; this map turns
/// each of them back into a place the reader of the original file can find.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// `text`, `docx`, `html` or `pdf`.
    pub format: String,
    /// The place of each line of the extracted text, line 1 first; empty for a text file,
    /// whose lines are its own places.
    #[serde(default)]
    pub places: Vec<Place>,
}

impl Source {
    /// True for a plain-text file (nothing to map).
    pub fn is_text(&self) -> bool {
        self.places.is_empty()
    }

    /// The place of 1-based `line`, when the file is not plain text.
    pub fn place(&self, line: u32) -> Option<Place> {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        self.places.get(i).copied()
    }

    /// «line 12» for a text file, else the place in the file's own terms («paragraph 40»,
    /// «table 2, row 5», «page 3, line 14»).
    pub fn cite(&self, line: u32) -> String {
        match self.place(line) {
            Some(p) => p.to_string(),
            None => format!("line {line}"),
        }
    }
}

/// One place in a file that is not plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Place {
    /// A row of a table: the table's number in the document, the row's number in the table.
    Row { table: u32, row: u32 },
    /// A page of a PDF and the line on it, counted without the running header.
    Page { page: u32, line: u32 },
    /// A paragraph, counted from the document's first one with text.
    Paragraph { paragraph: u32 },
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Paragraph { paragraph } => write!(f, "paragraph {paragraph}"),
            Place::Row { table, row } => write!(f, "table {table}, row {row}"),
            Place::Page { page, line } => write!(f, "page {page}, line {line}"),
        }
    }
}
