//! Writes a placed diagram as BPMN 2.0 XML: a collaboration with one pool, a process with a
//! lane set, and BPMN DI for every element. What BPMN has no attribute for (source line,
//! parsed duration, canonical actor, wrapped label lines) goes into `rg:` extension elements so
//! that [`read()`](super::read::read) gets the whole diagram back.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::layout::diagram::{Diagram, Edge, Node, NodeKind, Rect};
use crate::layout::dispute::Dispute;
use crate::model::{Duration, Language, Source, TimeUnit};

/// BPMN 2.0 model namespace.
pub const NS_BPMN: &str = "http://www.omg.org/spec/BPMN/20100524/MODEL";
/// BPMN DI namespace.
pub const NS_BPMNDI: &str = "http://www.omg.org/spec/BPMN/20100524/DI";
/// OMG DC namespace (bounds, points).
pub const NS_DC: &str = "http://www.omg.org/spec/DD/20100524/DC";
/// OMG DI namespace (waypoints).
pub const NS_DI: &str = "http://www.omg.org/spec/DD/20100524/DI";
/// XML Schema instance namespace (for `xsi:type` on condition expressions).
pub const NS_XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
/// The project's own extension namespace; stable, never dereferenced.
pub const NS_RG: &str = "https://reglament.invalid/schema/1";

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Write the BPMNDiagram (shapes, edges, labels); without it only the semantic model is written.
    pub diagram_interchange: bool,
}

/// The full BPMN file: semantics and DI.
pub fn write(d: &Diagram) -> String {
    write_with(
        d,
        Options {
            diagram_interchange: true,
        },
    )
}

/// The semantic model only, without BPMN DI (input for external auto-layout tools).
pub fn write_semantic_only(d: &Diagram) -> String {
    write_with(
        d,
        Options {
            diagram_interchange: false,
        },
    )
}

/// The full BPMN file of a diagram drawn from a Word, web-page or PDF input: every source line
/// also names its place in that file (`at="paragraph 40"`, `at="page 3, line 14"`).
pub fn write_placed(d: &Diagram, source: &Source) -> String {
    let options = Options {
        diagram_interchange: true,
    };
    write_inner(d, options, Some(source))
}

/// Writes `d` as BPMN 2.0 XML with the given options.
pub fn write_with(d: &Diagram, options: Options) -> String {
    write_inner(d, options, None)
}

fn write_inner(d: &Diagram, options: Options, source: Option<&Source>) -> String {
    let at = |line: u32| source.and_then(|s| s.place(line)).map(|p| p.to_string());
    let mut x = Xml::new();
    x.decl();
    // Process-level ids carry act, regulation and channel; ids inside the process only need to
    // be unique in their file.
    let scope = d.scoped_id();
    let definitions_id = format!("Definitions_{scope}");
    x.start(
        "bpmn:definitions",
        &[
            ("xmlns:bpmn", NS_BPMN),
            ("xmlns:bpmndi", NS_BPMNDI),
            ("xmlns:dc", NS_DC),
            ("xmlns:di", NS_DI),
            ("xmlns:xsi", NS_XSI),
            ("xmlns:rg", NS_RG),
            ("id", &definitions_id),
            ("targetNamespace", "https://reglament.invalid/bpmn"),
            ("exporter", "reglament"),
        ],
    );
    let collaboration = format!("{scope}_Collaboration");
    let pool = format!("{scope}_Pool");
    let process = format!("{scope}_Process");
    x.start("bpmn:collaboration", &[("id", &collaboration)]);
    x.empty(
        "bpmn:participant",
        &[
            ("id", &pool),
            ("name", &d.pool_name()),
            ("processRef", &process),
        ],
    );
    x.end("bpmn:collaboration");

    x.start(
        "bpmn:process",
        &[
            ("id", &process),
            ("name", &d.title),
            ("isExecutable", "false"),
        ],
    );
    x.start("bpmn:extensionElements", &[]);
    let line = d.line.to_string();
    let mut attrs = vec![
        ("id", d.id.as_str()),
        ("channel", d.channel.slug()),
        ("language", d.language.tag()),
        ("file", d.file.as_str()),
        ("line", line.as_str()),
    ];
    let place = at(d.line);
    if let Some(p) = &place {
        attrs.push(("at", p));
    }
    let paragraph = d.list.paragraph.map(|p| p.to_string());
    if let Some(p) = &paragraph {
        attrs.push(("paragraph", p));
    }
    x.start("rg:diagram", &attrs);
    x.text_element("rg:service", &[], &d.service);
    x.text_element("rg:title", &[], &d.title);
    if !d.list.heading.is_empty() {
        x.text_element("rg:list", &[], &d.list.heading);
    }
    x.end("rg:diagram");
    x.end("bpmn:extensionElements");

    x.start("bpmn:laneSet", &[("id", &format!("{scope}_LaneSet"))]);
    for (l, lane) in d.lanes.iter().enumerate() {
        x.start("bpmn:lane", &[("id", &lane.id), ("name", &lane.name)]);
        x.start("bpmn:extensionElements", &[]);
        x.text_element("rg:actor", &[], &lane.actor);
        label_lines(&mut x, &lane.label_lines);
        x.end("bpmn:extensionElements");
        for node in d.nodes.iter().filter(|n| n.lane == l) {
            x.text_element("bpmn:flowNodeRef", &[], &node.id);
        }
        x.end("bpmn:lane");
    }
    x.end("bpmn:laneSet");

    for (i, node) in d.nodes.iter().enumerate() {
        flow_node(&mut x, d, i, node, node.line.and_then(at).as_deref());
    }
    for edge in &d.edges {
        sequence_flow(&mut x, d, edge);
    }
    x.end("bpmn:process");

    if options.diagram_interchange {
        diagram_interchange(&mut x, d, &scope, (&collaboration, &pool));
    }
    x.end("bpmn:definitions");
    x.finish()
}

fn flow_node(x: &mut Xml, d: &Diagram, i: usize, node: &Node, at: Option<&str>) {
    let tag = match node.kind {
        NodeKind::Start => "bpmn:startEvent",
        NodeKind::End => "bpmn:endEvent",
        NodeKind::Task => "bpmn:task",
        NodeKind::Gateway => "bpmn:exclusiveGateway",
    };
    let outgoing: Vec<&Edge> = d.edges.iter().filter(|e| e.from == i).collect();
    let incoming: Vec<&Edge> = d.edges.iter().filter(|e| e.to == i).collect();
    let default = if node.kind == NodeKind::Gateway {
        outgoing.iter().find(|e| e.default).map(|e| e.id.clone())
    } else {
        None
    };
    let mut attrs: Vec<(&str, &str)> = vec![("id", &node.id)];
    if !node.name.is_empty() {
        attrs.push(("name", &node.name));
    }
    if let Some(default) = &default {
        attrs.push(("default", default));
    }
    x.start(tag, &attrs);
    let note = d
        .disputed()
        .find(|(_, n)| std::ptr::eq(*n, node))
        .map(|(k, _)| k);
    if let Some(doc) = documentation(node, note, d.language) {
        x.text_element("bpmn:documentation", &[], &doc);
    }
    x.start("bpmn:extensionElements", &[]);
    if let Some(line) = node.line {
        let line = line.to_string();
        let mut attrs = vec![("file", d.file.as_str()), ("line", line.as_str())];
        if let Some(at) = at {
            attrs.push(("at", at));
        }
        x.empty("rg:source", &attrs);
    }
    if let Some(step) = node.step {
        x.empty("rg:step", &[("number", &step.to_string())]);
    }
    if let Some(actor) = &node.actor_text {
        x.empty("rg:actor", &[("text", actor)]);
    }
    if let Some(duration) = &node.duration {
        duration_element(x, duration);
    }
    if let Some(result) = &node.result {
        x.text_element("rg:result", &[], result);
    }
    for dispute in &node.disputes {
        dispute_element(x, dispute);
    }
    label_lines(x, &node.label_lines);
    x.end("bpmn:extensionElements");
    for e in incoming {
        x.text_element("bpmn:incoming", &[], &e.id);
    }
    for e in outgoing {
        x.text_element("bpmn:outgoing", &[], &e.id);
    }
    x.end(tag);
}

/// The task's documentation: the actor, the duration and the result as the regulation prints them,
/// then the note on where its copies disagree, numbered as the справочник's marker.
fn documentation(node: &Node, note: Option<usize>, language: Language) -> Option<String> {
    let [actor, time, result] = documentation_labels(language);
    let mut parts = Vec::new();
    if let Some(a) = &node.actor_text {
        parts.push(format!("{actor}: {a}"));
    }
    if let Some(d) = &node.duration {
        parts.push(format!("{time}: {}", d.text));
    }
    if let Some(r) = &node.result {
        parts.push(format!("{result}: {r}"));
    }
    if let Some(k) = note {
        let heading =
            crate::layout::label::task_heading(node.step, &node.name, language).unwrap_or_default();
        parts.push(crate::captions::note(k, &heading, &node.disputes, language));
    }
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// The words that open the lines of a task's documentation: actor, duration, result.
pub fn documentation_labels(language: Language) -> [&'static str; 3] {
    match language {
        Language::Ru => ["Исполнитель", "Срок", "Результат"],
        Language::Kk => ["Орындаушы", "Мерзімі", "Нәтижесі"],
    }
}

/// `<rg:dispute what="duration">` with one `<rg:version>` per copy, so the reader gets the
/// disputes back.
fn dispute_element(x: &mut Xml, d: &Dispute) {
    x.start("rg:dispute", &[("what", d.what.slug())]);
    for v in &d.versions {
        let line = v.line.to_string();
        let paragraph = v.list.paragraph.map(|p| p.to_string());
        let mut attrs: Vec<(&str, &str)> = vec![("line", &line)];
        if let Some(p) = &paragraph {
            attrs.push(("paragraph", p));
        }
        if !v.list.heading.is_empty() {
            attrs.push(("list", &v.list.heading));
        }
        x.text_element("rg:version", &attrs, &v.text);
    }
    x.end("rg:dispute");
}

/// The stable spelling of a time unit in `rg:duration`.
pub fn unit_name(unit: TimeUnit) -> &'static str {
    match unit {
        TimeUnit::Minute => "minute",
        TimeUnit::Hour => "hour",
        TimeUnit::WorkingDay => "working_day",
        TimeUnit::CalendarDay => "calendar_day",
        TimeUnit::Day => "day",
    }
}

fn duration_element(x: &mut Xml, d: &Duration) {
    let value = d.value.to_string();
    let minutes = d.minutes.map(|m| m.to_string());
    let word_value = d.word_value.map(|m| m.to_string());
    let mut attrs: Vec<(&str, &str)> = vec![
        ("text", &d.text),
        ("value", &value),
        ("unit", unit_name(d.unit)),
    ];
    if let Some(m) = &minutes {
        attrs.push(("minutes", m));
    }
    if let Some(w) = &word_value {
        attrs.push(("wordValue", w));
    }
    attrs.push(("conflict", if d.conflict { "true" } else { "false" }));
    attrs.push(("atMost", if d.at_most { "true" } else { "false" }));
    // The later fields are written only when set, so files of plain durations stay as they were.
    let line = d.line.to_string();
    if d.line > 0 {
        attrs.push(("line", &line));
    }
    if d.same_day {
        attrs.push(("sameDay", "true"));
    }
    if d.deadline {
        attrs.push(("deadline", "true"));
    }
    if d.parts.is_empty() {
        x.empty("rg:duration", &attrs);
        return;
    }
    x.start("rg:duration", &attrs);
    for p in &d.parts {
        let value = p.value.to_string();
        let minutes = p.minutes.map(|m| m.to_string());
        let line = p.line.to_string();
        let mut attrs: Vec<(&str, &str)> = vec![
            ("text", &p.text),
            ("value", &value),
            ("unit", unit_name(p.unit)),
        ];
        if let Some(m) = &minutes {
            attrs.push(("minutes", m));
        }
        attrs.push(("line", &line));
        x.empty("rg:part", &attrs);
    }
    x.end("rg:duration");
}

fn label_lines(x: &mut Xml, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    x.start("rg:label", &[]);
    for line in lines {
        x.text_element("rg:line", &[], line);
    }
    x.end("rg:label");
}

fn sequence_flow(x: &mut Xml, d: &Diagram, edge: &Edge) {
    let source = &d.nodes[edge.from];
    let mut attrs: Vec<(&str, &str)> = vec![
        ("id", &edge.id),
        ("sourceRef", &source.id),
        ("targetRef", &d.nodes[edge.to].id),
    ];
    if let Some(label) = &edge.label {
        attrs.push(("name", label));
    }
    let splits = source.kind == NodeKind::Gateway
        && d.edges.iter().filter(|e| e.from == edge.from).count() > 1;
    if splits && !edge.default {
        // A non-default outcome of a decision carries its condition, as BPMN requires of a split.
        x.start("bpmn:sequenceFlow", &attrs);
        let condition = edge.label.clone().unwrap_or_else(|| source.name.clone());
        x.text_element(
            "bpmn:conditionExpression",
            &[("xsi:type", "bpmn:tFormalExpression")],
            &condition,
        );
        x.end("bpmn:sequenceFlow");
    } else {
        x.empty("bpmn:sequenceFlow", &attrs);
    }
}

fn diagram_interchange(x: &mut Xml, d: &Diagram, scope: &str, (collaboration, pool): (&str, &str)) {
    x.start(
        "bpmndi:BPMNDiagram",
        &[("id", &format!("{scope}_Diagram")), ("name", &d.title)],
    );
    x.start(
        "bpmndi:BPMNPlane",
        &[
            ("id", &format!("{scope}_Plane")),
            ("bpmnElement", collaboration),
        ],
    );
    shape(x, pool, &[("isHorizontal", "true")], d.pool, None);
    for lane in &d.lanes {
        shape(
            x,
            &lane.id,
            &[("isHorizontal", "true")],
            lane.bounds,
            Some(lane.label_bounds),
        );
    }
    for node in &d.nodes {
        let extra: &[(&str, &str)] = if node.kind == NodeKind::Gateway {
            &[("isMarkerVisible", "true")]
        } else {
            &[]
        };
        let label = (!node.label_lines.is_empty()).then_some(node.label_bounds);
        shape(x, &node.id, extra, node.bounds, label);
    }
    for edge in &d.edges {
        x.start(
            "bpmndi:BPMNEdge",
            &[
                ("id", &format!("{}_di", edge.id)),
                ("bpmnElement", &edge.id),
            ],
        );
        for p in &edge.waypoints {
            x.empty("di:waypoint", &[("x", &num(p.x)), ("y", &num(p.y))]);
        }
        if let Some(lb) = edge.label_bounds {
            label_shape(x, lb);
        }
        x.end("bpmndi:BPMNEdge");
    }
    x.end("bpmndi:BPMNPlane");
    x.end("bpmndi:BPMNDiagram");
}

fn shape(x: &mut Xml, element: &str, extra: &[(&str, &str)], bounds: Rect, label: Option<Rect>) {
    let id = format!("{element}_di");
    let mut attrs: Vec<(&str, &str)> = vec![("id", &id), ("bpmnElement", element)];
    attrs.extend_from_slice(extra);
    x.start("bpmndi:BPMNShape", &attrs);
    bounds_element(x, bounds);
    if let Some(lb) = label {
        label_shape(x, lb);
    }
    x.end("bpmndi:BPMNShape");
}

fn label_shape(x: &mut Xml, bounds: Rect) {
    x.start("bpmndi:BPMNLabel", &[]);
    bounds_element(x, bounds);
    x.end("bpmndi:BPMNLabel");
}

fn bounds_element(x: &mut Xml, r: Rect) {
    x.empty(
        "dc:Bounds",
        &[
            ("x", &num(r.x)),
            ("y", &num(r.y)),
            ("width", &num(r.w)),
            ("height", &num(r.h)),
        ],
    );
}

/// The shortest decimal that reads back as the same number (whole numbers without a fraction).
fn num(v: f64) -> String {
    if v == 0.0 {
        "0".to_string()
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        // Placement works in whole units: most coordinates are whole, and a diagram has
        // thousands of them.
        itoa::Buffer::new().format(v as i64).to_owned()
    } else {
        format!("{v}")
    }
}

/// A thin layer over quick-xml's writer; every text and attribute value is escaped by quick-xml.
struct Xml {
    w: Writer<Vec<u8>>,
}

impl Xml {
    fn new() -> Xml {
        // A process with its diagram is 10-60 KB: starting at that size spares copies as it grows.
        Xml {
            w: Writer::new_with_indent(Vec::with_capacity(64 * 1024), b' ', 2),
        }
    }

    fn emit(&mut self, event: Event) {
        // Writing into a Vec<u8> cannot fail.
        self.w.write_event(event).expect("writing XML to memory");
    }

    fn decl(&mut self) {
        self.emit(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    }

    fn element<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
        let mut e = BytesStart::from_content(crate::xml::tag_buffer(name, attrs), name.len());
        for &(k, v) in attrs {
            e.push_attribute((k, v));
        }
        e
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let e = Xml::element(name, attrs);
        self.emit(Event::Start(e));
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let e = Xml::element(name, attrs);
        self.emit(Event::Empty(e));
    }

    fn end(&mut self, name: &str) {
        self.emit(Event::End(BytesEnd::new(name)));
    }

    fn text_element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start(name, attrs);
        self.emit(Event::Text(BytesText::new(text)));
        self.end(name);
    }

    fn finish(self) -> String {
        let mut s = crate::text::utf8_string(self.w.into_inner()).expect("quick-xml writes UTF-8");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests;
