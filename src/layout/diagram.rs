//! The process graph of one regulation channel, with the geometry that layout fills in.
//!
//! `graph::build` creates it from the model with zero geometry; `layout::place` fills in
//! every `Rect`, waypoint and label line and never changes the semantics. BPMN DI and the
//! SVG справочник both draw from these numbers, so the two pictures are the same.

use crate::layout::dispute::{Dispute, ListName};
use crate::model::{Channel, Duration, Language};

/// An axis-aligned rectangle in diagram units (1 unit = 1 px in SVG and BPMN DI).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// A point in diagram units.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    Start,
    End,
    Task,
    /// An exclusive gateway: a decision or an explicit merge.
    Gateway,
}

/// One horizontal lane: a structural-functional unit (СФЕ / ҚФБ), the applicant or an information system.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Stable, readable id (`Lane_2`), unique within the diagram.
    pub id: String,
    /// Canonical actor.
    pub actor: String,
    /// The name shown on the lane: the participants list's wording of the actor (nominative), else
    /// the canonical actor; first letter capitalised.
    pub name: String,
    pub bounds: Rect,
    /// The lane name broken along the lane's height as BPMN tools break it (at most two lines).
    pub label_lines: Vec<String>,
    /// The 30 px header band at the lane's left edge that holds `label_lines`, written upwards
    /// (12 px, 14.4 px line height, block centred across the band; `docs/diagrams.md`).
    pub label_bounds: Rect,
}

/// One flow node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Stable, readable id derived from regulation, channel and step number (`Task_3`, `Gateway_3_refusal`).
    pub id: String,
    pub kind: NodeKind,
    /// Index into `Diagram::lanes`.
    pub lane: usize,
    /// Full name: «3. action» for tasks, the condition for gateways, the outcome for end events.
    pub name: String,
    /// Step number in its list, for tasks.
    pub step: Option<u32>,
    /// The actor as printed, for tasks.
    pub actor_text: Option<String>,
    pub duration: Option<Duration>,
    pub result: Option<String>,
    /// Source line of the item that produced the node.
    pub line: Option<u32>,
    pub bounds: Rect,
    /// The label wrapped with real font metrics to fit inside `bounds` (tasks) or beside it (events, gateways).
    /// For tasks the first line is the heading «Действие N» / «N-әрекет» (bold), the last the duration
    /// line when the step has one; every line is 12 px DejaVu Sans with a 15 px line height. Outside
    /// labels are broken as BPMN tools break them: 11 px, 13.2 px line height.
    pub label_lines: Vec<String>,
    /// Where the label block sits.
    pub label_bounds: Rect,
    /// Where the step's repeated copies disagree (tasks only): the справочник marks the box and
    /// quotes every version under the diagram; the BPMN writes them into the documentation.
    pub disputes: Vec<Dispute>,
}

/// One sequence flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Stable id (`Flow_Task_2_Task_3`).
    pub id: String,
    /// Indices into `Diagram::nodes`.
    pub from: usize,
    pub to: usize,
    /// Outcome name on flows out of a gateway («да» / «нет», «отказ»).
    pub label: Option<String>,
    /// True for the default flow of a decision gateway (the normal path, drawn with a slash mark).
    pub default: bool,
    /// Orthogonal route, first point on the source border, last on the target border.
    pub waypoints: Vec<Point>,
    pub label_bounds: Option<Rect>,
}

/// The process of one regulation channel, ready to be written as BPMN or drawn as SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    /// Stable id prefix for the regulation and channel (ASCII).
    pub id: String,
    /// The service name.
    pub service: String,
    /// The справочник title as the regulation's appendix gives it, or one composed in the regulation's language.
    pub title: String,
    pub channel: Channel,
    pub language: Language,
    pub lanes: Vec<Lane>,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// The pool: the bounding box of all lanes, including the lane header band.
    pub pool: Rect,
    /// Source file and the line of the list the diagram was made from.
    pub file: String,
    pub line: u32,
    /// Where `line` stands in a file that is not plain text (`layout::dispute::locate`).
    pub place: Option<crate::model::Place>,
    /// The list the diagram draws, as the line under the title names it.
    pub list: ListName,
}

impl Rect {
    /// The right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// The bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// The centre point.
    pub fn centre(&self) -> Point {
        Point {
            x: self.x + self.w / 2.0,
            y: self.y + self.h / 2.0,
        }
    }

    /// True when the two rectangles share interior area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// The channel as a short noun in the regulation's language, used in pool names.
pub fn channel_name(channel: Channel, language: Language) -> &'static str {
    match (language, channel) {
        (Language::Ru, Channel::Provider) => "услугодатель",
        (Language::Ru, Channel::StateCorp) => "Государственная корпорация",
        (Language::Ru, Channel::Akim) => "аким сельского округа",
        (Language::Ru, Channel::Portal) => "портал «электронного правительства»",
        (Language::Ru, Channel::Other) => "иной канал",
        (Language::Kk, Channel::Provider) => "көрсетілетін қызметті беруші",
        (Language::Kk, Channel::StateCorp) => "Мемлекеттік корпорация",
        (Language::Kk, Channel::Akim) => "ауылдық округ әкімі",
        (Language::Kk, Channel::Portal) => "«электрондық үкімет» порталы",
        (Language::Kk, Channel::Other) => "өзге арна",
    }
}

impl Diagram {
    /// The pool (BPMN participant) name: «service — channel».
    pub fn pool_name(&self) -> String {
        format!(
            "{} — {}",
            self.service,
            channel_name(self.channel, self.language)
        )
    }

    /// The diagram id made unique across a whole output tree: the act (its file's name, as the
    /// act's output directory spells it) before the regulation and channel of [`Diagram::id`],
    /// so BPMN tools that load many files never see one process id twice.
    pub fn scoped_id(&self) -> String {
        let act = act_scope(&self.file);
        if act.is_empty() {
            self.id.clone()
        } else {
            format!("{act}_{}", self.id)
        }
    }

    /// The tasks whose copies disagree, in drawing order, each with its marker's number (1, 2, …).
    pub fn disputed(&self) -> impl Iterator<Item = (usize, &Node)> {
        self.nodes
            .iter()
            .filter(|n| !n.disputes.is_empty())
            .enumerate()
            .map(|(i, n)| (i + 1, n))
    }

    /// The header band at the pool's left edge (holds the pool name, rotated).
    pub fn pool_header(&self) -> Rect {
        Rect {
            w: crate::layout::diagram::POOL_HEADER_WIDTH.min(self.pool.w),
            ..self.pool
        }
    }
}

/// The act part of the process ids of a text file's diagrams (`A000_6f385fbdd640c006`): its
/// file's name as the act's output directory spells it; empty when the name has no letters.
pub fn act_scope(file: &str) -> String {
    let stem = std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let act: String = crate::slug::slug(&stem, 60)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if act.is_empty() {
        String::new()
    } else {
        format!("A{act}")
    }
}

/// Width of the pool's own header band (BPMN convention: 30 px, name drawn rotated).
pub const POOL_HEADER_WIDTH: f64 = 30.0;
