//! A diagram a methodologist edited (in bpmn.io or Camunda Modeler) compared with the text it
//! was drawn from: the text is parsed again, the diagram of the same regulation and channel
//! drawn from it, and every place where the edited file departs from that drawing is reported
//! with the file's element (id and name) and the text's line.
//!
//! Only what editors keep is relied on (ids, names, flows, the lanes' `flowNodeRef`s, the
//! geometry when a lane lost its references): the `rg:` extensions are used to find the text
//! when they are still there, never to tell what the diagram says. One module per job:
//! `source` (which text, regulation and channel), `pairs` (the elements of both paired),
//! `steps` (missing, added, reordered), `lanes` (actors), `texts` (actions, durations,
//! conditions), `branches` (where a decision's outcomes lead), `words` (the messages, in the
//! regulation's language), `format` (text, Markdown, JSON).

mod branches;
pub mod format;
mod lanes;
mod pairs;
pub mod source;
mod steps;
mod texts;
mod words;

use std::path::Path;

use serde::Serialize;

use crate::bpmn::Edited;
use crate::error::Error;
use crate::layout::diagram::Diagram;
use crate::model::{Channel, Language, Reglament, Source};
use crate::text::Encoding;

pub use format::{Format, json, markdown, text};

/// What kind of departure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A step (task, decision or event) of the text is not in the diagram.
    StepMissing,
    /// The diagram has a step the text does not.
    StepAdded,
    /// A step comes after another step than in the text.
    StepOrder,
    /// A step stands in another lane than its actor's.
    StepLane,
    /// A lane's name (its actor) differs from the text's.
    LaneRenamed,
    /// A lane of the text is not in the diagram.
    LaneMissing,
    /// The diagram has a lane the text has no actor for.
    LaneAdded,
    /// A task's name gives another duration than the text.
    DurationChanged,
    /// A task's name gives another action than the text.
    ActionChanged,
    /// A decision's name gives another condition than the text.
    ConditionChanged,
    /// A decision's outcome leads elsewhere, is missing or was added.
    BranchChanged,
}

impl Kind {
    /// The stable id printed in reports (`step-missing`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::StepMissing => "step-missing",
            Kind::StepAdded => "step-added",
            Kind::StepOrder => "step-order",
            Kind::StepLane => "step-lane",
            Kind::LaneRenamed => "lane-renamed",
            Kind::LaneMissing => "lane-missing",
            Kind::LaneAdded => "lane-added",
            Kind::DurationChanged => "duration-changed",
            Kind::ActionChanged => "action-changed",
            Kind::ConditionChanged => "condition-changed",
            Kind::BranchChanged => "branch-changed",
        }
    }
}

/// One place where the edited diagram departs from the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Departure {
    pub kind: Kind,
    /// The element of the edited file (for a missing one, the id the text's drawing gives it).
    pub element: String,
    /// Its name in the edited file (for a missing one, the text's).
    pub name: String,
    /// The line of the text the departure is about.
    pub line: u32,
    /// What departs, in the regulation's language.
    pub message: String,
    /// What the text says, where one passage says it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What the diagram says instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagram: Option<String>,
}

/// An edited diagram compared with its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The edited BPMN file, as named.
    pub bpmn: String,
    /// The text it was compared with, as named.
    pub file: String,
    /// Where the text's lines stand when it is not plain text.
    pub source: Source,
    pub reglament: String,
    pub reglament_line: u32,
    pub language: Language,
    pub channel: Channel,
    /// The id of the diagram the text draws (`R4_provider`).
    pub diagram: String,
    /// The line of the list the diagram is drawn from.
    pub list_line: u32,
    /// Sorted by line, kind, element.
    pub departures: Vec<Departure>,
}

impl Comparison {
    /// «line 741» in a text file, the place («paragraph 40») in another.
    pub fn cite(&self, line: u32) -> String {
        self.source.cite(line)
    }
}

/// Compares the BPMN file `bpmn` with the text it names, or with `text` when given. Errors (a
/// file that cannot be read, a text that draws no such diagram) name the file and line.
pub fn compare_files(
    bpmn: &Path,
    text: Option<&Path>,
    encoding: Option<Encoding>,
) -> Result<Comparison, Error> {
    let name = bpmn.display().to_string();
    let xml = std::fs::read(bpmn)
        .map_err(|e| Error::new(&name, None, format!("cannot read: {e}")))
        .and_then(|b| {
            String::from_utf8(b)
                .map_err(|_| Error::new(&name, None, "not UTF-8: not a BPMN file as tools save it"))
        })?;
    let edited = crate::bpmn::read_edited(&name, &xml)?;
    let text_path = source::text_path(&edited, bpmn, text)?;
    let drawn = source::locate(&edited, &name, &text_path, encoding)?;
    let reg = &drawn.sourced.document.reglaments[drawn.reglament];
    Ok(Comparison {
        bpmn: name,
        file: drawn.sourced.document.file.clone(),
        source: drawn.sourced.source.clone(),
        reglament: reg.title.clone(),
        reglament_line: reg.line,
        language: reg.language,
        channel: drawn.expected.channel,
        diagram: drawn.expected.id.clone(),
        list_line: drawn.expected.line,
        departures: departures(&drawn.expected, &edited, reg),
    })
}

/// Every departure of `edited` from `expected`, the diagram `reg`'s text draws, in line order.
pub fn departures(expected: &Diagram, edited: &Edited, reg: &Reglament) -> Vec<Departure> {
    let p = pairs::Pairs::new(expected, edited);
    let w = words::Words::of(reg.language);
    let mut out = Vec::new();
    steps::departures(&p, &w, &mut out);
    lanes::departures(&p, &w, reg, &mut out);
    texts::departures(&p, &w, reg.language, &mut out);
    branches::departures(&p, &w, &mut out);
    out.sort_by(|a, b| {
        (a.line, a.kind, &a.element, &a.message).cmp(&(b.line, b.kind, &b.element, &b.message))
    });
    out.dedup();
    out
}

#[cfg(test)]
mod tests;
