//! A comparison as compiler-style text (`file:line: kind: element «name»: message`, so editors
//! jump to the text's line), as Markdown (a table per departure) or as JSON (`docs/compare.md`).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Comparison, Departure};
use crate::report::markdown::escape;
use crate::report::text::one_line;

/// Output format of `reglament compare`.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// `file:line: kind: element «name»: message` lines and a summary line.
    #[default]
    Text,
    /// One Markdown document: what was compared, then a table of the departures.
    Markdown,
    /// Machine-readable departures and summary.
    Json,
}

/// «1 departure», «3 departures».
fn departures_phrase(n: usize) -> String {
    format!("{n} {}", if n == 1 { "departure" } else { "departures" })
}

/// What was compared, in one line: the regulation, its line and the channel's diagram.
fn subject(c: &Comparison) -> String {
    format!(
        "«{}» ({}), channel {} ({})",
        one_line(&c.reglament),
        c.cite(c.reglament_line),
        c.channel.slug(),
        c.diagram
    )
}

/// The comparison as text lines.
pub fn text(c: &Comparison) -> String {
    let at = |line: u32| {
        if c.source.is_text() {
            format!("{}:{line}", c.file)
        } else {
            format!("{}, {}", c.file, c.cite(line))
        }
    };
    let mut out = String::new();
    for d in &c.departures {
        out.push_str(&format!(
            "{}: {}: {} «{}»: {}\n",
            at(d.line),
            d.kind.as_str(),
            one_line(&d.element),
            one_line(&d.name),
            one_line(&d.message)
        ));
    }
    if c.departures.is_empty() {
        out.push_str(&format!(
            "no departures: {} agrees with {}, {}\n",
            c.bpmn,
            c.file,
            subject(c)
        ));
    } else {
        out.push_str(&format!(
            "{} of {} from {}, {}\n",
            departures_phrase(c.departures.len()),
            c.bpmn,
            c.file,
            subject(c)
        ));
    }
    out
}

/// The comparison as one Markdown document.
pub fn markdown(c: &Comparison) -> String {
    let mut out = String::from("# Diagram against its text\n\n");
    out.push_str(&format!(
        "- Diagram: `{}`\n- Text: `{}`, regulation «{}» ({})\n- Channel: `{}`, diagram `{}`, list at {}\n\n",
        c.bpmn.replace('`', "'"),
        c.file.replace('`', "'"),
        escape(&c.reglament),
        c.cite(c.reglament_line),
        c.channel.slug(),
        c.diagram,
        c.cite(c.list_line)
    ));
    if c.departures.is_empty() {
        out.push_str("No departures: the diagram agrees with the text.\n");
        return out;
    }
    out.push_str(&format!("{}.\n\n", departures_phrase(c.departures.len())));
    out.push_str("| Place | Departure | Element | Message |\n|---|---|---|---|\n");
    for d in &c.departures {
        out.push_str(&format!(
            "| {} | `{}` | `{}` {} | {} |\n",
            c.cite(d.line),
            d.kind.as_str(),
            d.element.replace('`', "'"),
            if d.name.trim().is_empty() {
                String::new()
            } else {
                format!("«{}»", escape(&d.name))
            },
            escape(&d.message)
        ));
    }
    out
}

#[derive(Serialize)]
struct Json<'a> {
    bpmn: &'a str,
    file: &'a str,
    reglament: Reglament<'a>,
    language: &'a str,
    channel: &'a str,
    diagram: &'a str,
    list_line: u32,
    departures: Vec<Placed<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Reglament<'a> {
    title: &'a str,
    line: u32,
}

/// A departure, with its place in a file that is not plain text.
#[derive(Serialize)]
struct Placed<'a> {
    #[serde(flatten)]
    departure: &'a Departure,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<String>,
}

#[derive(Serialize)]
struct Summary {
    departures: usize,
    by_kind: BTreeMap<&'static str, usize>,
}

/// The comparison as pretty-printed JSON with a trailing newline.
pub fn json(c: &Comparison) -> String {
    let mut by_kind = BTreeMap::new();
    for d in &c.departures {
        *by_kind.entry(d.kind.as_str()).or_insert(0) += 1;
    }
    let value = Json {
        bpmn: &c.bpmn,
        file: &c.file,
        reglament: Reglament {
            title: &c.reglament,
            line: c.reglament_line,
        },
        language: c.language.tag(),
        channel: c.channel.slug(),
        diagram: &c.diagram,
        list_line: c.list_line,
        departures: c
            .departures
            .iter()
            .map(|d| Placed {
                departure: d,
                place: (!c.source.is_text()).then(|| c.cite(d.line)),
            })
            .collect(),
        summary: Summary {
            departures: c.departures.len(),
            by_kind,
        },
    };
    let mut s = serde_json::to_string_pretty(&value).expect("a comparison always serialises");
    s.push('\n');
    s
}
