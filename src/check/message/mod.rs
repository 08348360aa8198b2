//! What a finding says, kept as a catalogue id and typed arguments, so a report chooses the
//! language when it is written and the findings store can render it later in any language.
//!
//! Numbers stay numbers (the catalogue chooses plural forms), passages stay as printed, and the
//! places a message names (a list, an item, a line, a channel) are structured values each
//! language words in its own way (`locales/*/findings.ftl`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Lang, text};
use crate::model::{Channel, Item, Place, Source, StepList};

/// A finding's message: the catalogue id (`finding-…` in `findings.ftl`) and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub args: BTreeMap<String, Value>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// A count or a number as read (plural forms are chosen from it).
    Num(i64),
    /// A passage or a label as the regulation prints it.
    Text(String),
    /// A line of the input, cited as the file's own place when it is not plain text.
    Line(u32),
    /// A list of a regulation.
    List(ListRef),
    /// A list of a regulation as the place something is in («in ¶8», «в ¶8», «8-тармақта»).
    ListIn(ListRef),
    /// An item of a list, by its number (none for an unnumbered item).
    Item(Option<u32>),
    /// A channel of service delivery.
    Channel(Channel),
    /// Passages with their lines («…» (line N); «…» (line M)).
    Passages(Vec<(String, u32)>),
    /// Smaller messages said one after another («…; …»), such as each unmatched procedure.
    Parts(Vec<Message>),
}

/// How a message names a list: by its paragraph, else by its heading's opening words, else by
/// its line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListRef {
    Paragraph(u32),
    Heading(String),
    Line(u32),
}

impl ListRef {
    /// The reference of `list`: «¶8» when numbered, else the first six words of its heading.
    pub fn of(list: &StepList) -> Self {
        match list.paragraph {
            Some(p) => ListRef::Paragraph(p),
            None if !list.heading.trim().is_empty() => {
                ListRef::Heading(crate::text::first_words(&list.heading, 6))
            }
            None => ListRef::Line(list.line),
        }
    }
}

impl From<ListRef> for Value {
    fn from(r: ListRef) -> Self {
        Value::List(r)
    }
}

/// A list as the place something is in.
pub fn list_in(l: &StepList) -> Value {
    Value::ListIn(ListRef::of(l))
}

impl From<&StepList> for Value {
    fn from(l: &StepList) -> Self {
        Value::List(ListRef::of(l))
    }
}

impl From<&Item> for Value {
    fn from(it: &Item) -> Self {
        Value::Item(it.number)
    }
}

impl From<Channel> for Value {
    fn from(c: Channel) -> Self {
        Value::Channel(c)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

macro_rules! number_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_value!(usize, u32, u64, i64);

/// A line of the input as a message argument (a bare number is a count).
pub fn line(l: u32) -> Value {
    Value::Line(l)
}

impl Message {
    /// A message without arguments yet.
    pub fn new(id: &str) -> Self {
        Message {
            id: id.to_string(),
            args: BTreeMap::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message in `lang`, lines cited as lines of a plain-text file.
    pub fn text(&self, lang: Lang) -> String {
        self.render(lang, &Source::default())
    }

    /// The message in `lang`, its lines cited as the places of `source`.
    pub fn render(&self, lang: Lang, source: &Source) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, v)| (name.as_str(), value(lang, source, v)))
            .collect();
        text(lang, &self.id, &args)
    }
}

/// One argument worded in `lang`: numbers stay numbers for the plural rules.
fn value<'a>(lang: Lang, source: &Source, v: &'a Value) -> Arg<'a> {
    match v {
        Value::Num(n) => Arg::Num(*n),
        Value::Text(s) => Arg::from(s.as_str()),
        Value::Line(l) => cite(lang, source, *l).into(),
        Value::List(r) => list(lang, "finding-list", r).into(),
        Value::ListIn(r) => list(lang, "finding-list-in", r).into(),
        Value::Item(n) => {
            let kind = if n.is_some() { "number" } else { "none" };
            text(
                lang,
                "finding-item",
                &[("kind", kind.into()), ("n", n.unwrap_or(0).into())],
            )
            .into()
        }
        Value::Channel(c) => text(lang, "finding-channel", &[("channel", c.slug().into())]).into(),
        Value::Passages(ps) => ps
            .iter()
            .map(|(t, l)| {
                text(
                    lang,
                    "finding-passage",
                    &[
                        ("text", t.as_str().into()),
                        ("line", cite(lang, source, *l).into()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
            .into(),
        Value::Parts(parts) => parts
            .iter()
            .map(|m| m.render(lang, source))
            .collect::<Vec<_>>()
            .join("; ")
            .into(),
    }
}

/// A list worded by the catalogue's `id` (one form of the list reference).
fn list(lang: Lang, id: &str, r: &ListRef) -> String {
    let (kind, n, heading) = match r {
        ListRef::Paragraph(p) => ("paragraph", *p, ""),
        ListRef::Heading(h) => ("heading", 0, h.as_str()),
        ListRef::Line(l) => ("line", *l, ""),
    };
    text(
        lang,
        id,
        &[
            ("kind", kind.into()),
            ("n", n.into()),
            ("heading", heading.into()),
        ],
    )
}

/// «строка 12» / «12-жол» / «line 12», or the place of the line in a file that is not plain text.
pub fn cite(lang: Lang, source: &Source, line: u32) -> String {
    cite_at(lang, line, source.place(line))
}

/// «строка 12» / «12-жол» / «line 12», or `place` in the file's own terms when the line has one.
pub fn cite_at(lang: Lang, line: u32, place: Option<Place>) -> String {
    match place {
        None => text(lang, "finding-line", &[("n", line.into())]),
        Some(place) => cite_place(lang, place),
    }
}

/// A place in a file that is not plain text, in its own terms: «абзац 40», «2-кесте, 5-жол»,
/// «page 3, line 14».
pub fn cite_place(lang: Lang, place: Place) -> String {
    match place {
        Place::Paragraph { paragraph } => {
            text(lang, "finding-place-paragraph", &[("n", paragraph.into())])
        }
        Place::Row { table, row } => text(
            lang,
            "finding-place-row",
            &[("table", table.into()), ("row", row.into())],
        ),
        Place::Page { page, line } => text(
            lang,
            "finding-place-page",
            &[("page", page.into()), ("line", line.into())],
        ),
    }
}

#[cfg(test)]
mod tests;
