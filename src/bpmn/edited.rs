//! A BPMN file as a modelling tool saved it (bpmn.io, Camunda Modeler): what such tools keep
//! (ids, names, documentation, flows, the lanes' `flowNodeRef`s, DI bounds and waypoints) read
//! without the `rg:` extensions [`read()`](super::read::read) requires, since an editor may drop
//! them or add elements that never had them.

use std::collections::HashMap;

use roxmltree::{Document, Node as XNode};

use super::read::{child, children, is};
use super::write::{NS_BPMN, NS_BPMNDI, NS_DC, NS_DI, NS_RG};
use crate::error::Error;
use crate::layout::diagram::{NodeKind, Point, Rect};

/// What the file says it was drawn from (`rg:diagram`), when the editor kept it.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    /// The diagram id (`R4_provider`).
    pub id: String,
    /// The text file, as the build named it.
    pub file: String,
    /// The line of the list the diagram was drawn from.
    pub line: u32,
}

/// A lane of the edited file (a leaf lane when the editor divided one).
#[derive(Debug, Clone, PartialEq)]
pub struct EditedLane {
    pub id: String,
    pub name: String,
    pub bounds: Option<Rect>,
}

/// A flow node of the edited file.
#[derive(Debug, Clone, PartialEq)]
pub struct EditedNode {
    pub id: String,
    /// What the node is in the project's terms; `None` for elements the generator never writes
    /// (intermediate events, sub-processes).
    pub kind: Option<NodeKind>,
    /// The element's own tag (`task`, `userTask`, `intermediateThrowEvent`).
    pub tag: String,
    pub name: String,
    pub documentation: Option<String>,
    /// Index into [`Edited::lanes`].
    pub lane: Option<usize>,
    pub bounds: Option<Rect>,
    pub label: Option<Rect>,
    /// The line of the element in the BPMN file.
    pub xml_line: u32,
}

/// A sequence flow of the edited file.
#[derive(Debug, Clone, PartialEq)]
pub struct EditedFlow {
    pub id: String,
    /// Indices into [`Edited::nodes`].
    pub from: usize,
    pub to: usize,
    pub name: Option<String>,
    /// The flow is its gateway's `default`.
    pub default: bool,
    pub waypoints: Vec<Point>,
    pub label: Option<Rect>,
}

/// One process of an edited BPMN file, with its geometry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Edited {
    /// The process id without `_Process` (the generator's act, regulation and channel).
    pub scope: String,
    pub origin: Option<Origin>,
    /// The pool drawing the process.
    pub pool: Option<Rect>,
    pub lanes: Vec<EditedLane>,
    pub nodes: Vec<EditedNode>,
    pub flows: Vec<EditedFlow>,
}

impl Edited {
    /// The index of the node with `id`.
    pub fn node(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }
}

/// Reads the process of `xml` (the one the generator wrote, else the first with flow nodes);
/// errors name `file` and, where the XML parser gives one, the line.
pub fn read_edited(file: &str, xml: &str) -> Result<Edited, Error> {
    let doc = Document::parse(xml)
        .map_err(|e| Error::new(file, Some(e.pos().row), format!("not well-formed XML: {e}")))?;
    let line_of = |n: XNode| doc.text_pos_at(n.range().start).row;
    let fail = |n: XNode, message: String| Error::new(file, Some(line_of(n)), message);
    let root = doc.root_element();
    if !is(root, NS_BPMN, "definitions") {
        return Err(fail(
            root,
            "the root element is not bpmn:definitions: not a BPMN 2.0 file".to_string(),
        ));
    }
    let processes: Vec<XNode> = children(root, NS_BPMN, "process").collect();
    let process = processes
        .iter()
        .find(|p| origin_of(**p).is_some())
        .or_else(|| processes.iter().find(|p| flow_nodes(**p).next().is_some()))
        .copied()
        .ok_or_else(|| {
            fail(
                root,
                "the file holds no process with flow nodes".to_string(),
            )
        })?;
    let process_id = process.attribute("id").unwrap_or_default();
    let scope = process_id
        .strip_suffix("_Process")
        .unwrap_or(process_id)
        .to_string();

    let mut lanes = Vec::new();
    let mut lane_of: HashMap<String, usize> = HashMap::new();
    for set in children(process, NS_BPMN, "laneSet") {
        leaf_lanes(set, &mut lanes, &mut lane_of);
    }

    let mut nodes = Vec::new();
    let mut defaults: HashMap<String, usize> = HashMap::new();
    for el in flow_nodes(process) {
        let Some(id) = el.attribute("id") else {
            return Err(fail(el, format!("<{}> has no id", el.tag_name().name())));
        };
        if let Some(d) = el.attribute("default") {
            defaults.insert(d.to_string(), nodes.len());
        }
        nodes.push(EditedNode {
            id: id.to_string(),
            kind: kind_of(el.tag_name().name()),
            tag: el.tag_name().name().to_string(),
            name: el.attribute("name").unwrap_or_default().to_string(),
            documentation: child(el, NS_BPMN, "documentation")
                .map(|d| d.text().unwrap_or_default().to_string()),
            lane: lane_of.get(id).copied(),
            bounds: None,
            label: None,
            xml_line: line_of(el),
        });
    }
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();

    let mut flows = Vec::new();
    for el in children(process, NS_BPMN, "sequenceFlow") {
        let id = el.attribute("id").unwrap_or_default();
        let end = |name: &str| -> Result<usize, Error> {
            let r = el
                .attribute(name)
                .ok_or_else(|| fail(el, format!("sequence flow {id} has no {name}")))?;
            index
                .get(r)
                .copied()
                .ok_or_else(|| fail(el, format!("sequence flow {id} refers to unknown {r}")))
        };
        let (from, to) = (end("sourceRef")?, end("targetRef")?);
        flows.push(EditedFlow {
            id: id.to_string(),
            from,
            to,
            name: el.attribute("name").map(str::to_string),
            default: defaults.get(id) == Some(&from),
            waypoints: Vec::new(),
            label: None,
        });
    }

    let mut edited = Edited {
        scope,
        origin: origin_of(process),
        pool: None,
        lanes,
        nodes,
        flows,
    };
    read_geometry(root, process_id, &mut edited).map_err(|(n, m)| fail(n, m))?;
    // A node the editor left out of every lane's references lies in the lane drawn around it.
    for node in &mut edited.nodes {
        if node.lane.is_none()
            && let Some(c) = node.bounds.map(|b| b.centre())
        {
            node.lane = edited.lanes.iter().position(|l| {
                l.bounds.is_some_and(|b| {
                    c.x >= b.x && c.x <= b.right() && c.y >= b.y && c.y <= b.bottom()
                })
            });
        }
    }
    Ok(edited)
}

/// The lanes of a lane set that hold nodes themselves: a divided lane gives way to its parts.
fn leaf_lanes(set: XNode, lanes: &mut Vec<EditedLane>, lane_of: &mut HashMap<String, usize>) {
    for lane in children(set, NS_BPMN, "lane") {
        let parts: Vec<XNode> = children(lane, NS_BPMN, "childLaneSet")
            .filter(|s| children(*s, NS_BPMN, "lane").next().is_some())
            .collect();
        if !parts.is_empty() {
            for s in parts {
                leaf_lanes(s, lanes, lane_of);
            }
            continue;
        }
        for r in children(lane, NS_BPMN, "flowNodeRef") {
            lane_of.insert(r.text().unwrap_or_default().trim().to_string(), lanes.len());
        }
        lanes.push(EditedLane {
            id: lane.attribute("id").unwrap_or_default().to_string(),
            name: lane.attribute("name").unwrap_or_default().to_string(),
            bounds: None,
        });
    }
}

fn origin_of(process: XNode) -> Option<Origin> {
    let info =
        child(process, NS_BPMN, "extensionElements").and_then(|e| child(e, NS_RG, "diagram"))?;
    Some(Origin {
        id: info.attribute("id")?.to_string(),
        file: info.attribute("file")?.to_string(),
        line: info.attribute("line")?.trim().parse().ok()?,
    })
}

/// The flow nodes of a process, in file order.
fn flow_nodes<'a, 'i>(process: XNode<'a, 'i>) -> impl Iterator<Item = XNode<'a, 'i>> {
    process.children().filter(|n| {
        n.is_element()
            && n.tag_name().namespace() == Some(NS_BPMN)
            && is_flow_node(n.tag_name().name())
    })
}

fn is_flow_node(tag: &str) -> bool {
    tag.ends_with("Event")
        || tag.ends_with("Gateway")
        || tag.ends_with("Task")
        || matches!(tag, "task" | "subProcess" | "callActivity" | "transaction")
}

/// The project's kind of a BPMN element: any task type is a task (an editor may change a task
/// into a user task), any gateway a gateway.
fn kind_of(tag: &str) -> Option<NodeKind> {
    match tag {
        "startEvent" => Some(NodeKind::Start),
        "endEvent" => Some(NodeKind::End),
        t if t == "task" || t.ends_with("Task") => Some(NodeKind::Task),
        t if t.ends_with("Gateway") => Some(NodeKind::Gateway),
        _ => None,
    }
}

type Failure<'a, 'i> = (XNode<'a, 'i>, String);

/// Bounds and waypoints from the diagram that draws the process (or its collaboration).
fn read_geometry<'a, 'i>(
    root: XNode<'a, 'i>,
    process_id: &str,
    e: &mut Edited,
) -> Result<(), Failure<'a, 'i>> {
    let pool_id = root
        .descendants()
        .find(|n| is(*n, NS_BPMN, "participant") && n.attribute("processRef") == Some(process_id))
        .and_then(|p| p.attribute("id"));
    let mut shapes: HashMap<&str, (Rect, Option<Rect>)> = HashMap::new();
    let mut routes: HashMap<&str, (Vec<Point>, Option<Rect>)> = HashMap::new();
    for plane in
        children(root, NS_BPMNDI, "BPMNDiagram").flat_map(|g| children(g, NS_BPMNDI, "BPMNPlane"))
    {
        for el in plane.children().filter(|n| n.is_element()) {
            let Some(element) = el.attribute("bpmnElement") else {
                continue;
            };
            let label = child(el, NS_BPMNDI, "BPMNLabel")
                .and_then(|l| child(l, NS_DC, "Bounds"))
                .map(rect_of)
                .transpose()?;
            if is(el, NS_BPMNDI, "BPMNShape") {
                if let Some(b) = child(el, NS_DC, "Bounds") {
                    shapes.insert(element, (rect_of(b)?, label));
                }
            } else if is(el, NS_BPMNDI, "BPMNEdge") {
                let points = children(el, NS_DI, "waypoint")
                    .map(|p| {
                        Ok(Point {
                            x: num(p, "x")?,
                            y: num(p, "y")?,
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                routes.insert(element, (points, label));
            }
        }
    }
    e.pool = pool_id.and_then(|p| shapes.get(p)).map(|s| s.0);
    for lane in &mut e.lanes {
        lane.bounds = shapes.get(lane.id.as_str()).map(|s| s.0);
    }
    for node in &mut e.nodes {
        if let Some((b, l)) = shapes.get(node.id.as_str()) {
            node.bounds = Some(*b);
            node.label = *l;
        }
    }
    for flow in &mut e.flows {
        if let Some((points, label)) = routes.get(flow.id.as_str()) {
            flow.waypoints = points.clone();
            flow.label = *label;
        }
    }
    Ok(())
}

fn rect_of<'a, 'i>(el: XNode<'a, 'i>) -> Result<Rect, Failure<'a, 'i>> {
    Ok(Rect {
        x: num(el, "x")?,
        y: num(el, "y")?,
        w: num(el, "width")?,
        h: num(el, "height")?,
    })
}

fn num<'a, 'i>(el: XNode<'a, 'i>, name: &str) -> Result<f64, Failure<'a, 'i>> {
    let raw = el.attribute(name).unwrap_or_default();
    raw.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| {
            (
                el,
                format!("<{}> {name}={raw:?} is not a number", el.tag_name().name()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpmn::write;
    use crate::layout::samples::placed;

    #[test]
    fn a_generated_file_reads_whole() {
        let d = &placed()[0];
        let e = read_edited("a.bpmn", &write(d)).unwrap();
        assert_eq!(e.scope, d.scoped_id());
        assert_eq!(e.origin.as_ref().unwrap().id, d.id);
        assert_eq!(e.nodes.len(), d.nodes.len());
        assert_eq!(e.flows.len(), d.edges.len());
        for (n, m) in d.nodes.iter().zip(&e.nodes) {
            assert_eq!((&n.id, &n.name, Some(n.kind)), (&m.id, &m.name, m.kind));
            assert_eq!(m.lane, Some(n.lane));
            assert_eq!(m.bounds, Some(n.bounds));
        }
        for (a, b) in d.edges.iter().zip(&e.flows) {
            assert_eq!((a.from, a.to, a.default), (b.from, b.to, b.default));
            assert_eq!(a.waypoints, b.waypoints);
        }
        assert_eq!(e.pool, Some(d.pool));
    }

    #[test]
    fn extensions_stripped_and_lanes_unreferenced_still_read() {
        let d = &placed()[0];
        let xml = write(d);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        // Every extension and every flowNodeRef removed, as a careless editor might.
        let mut stripped = String::new();
        let mut last = 0;
        for n in doc
            .descendants()
            .filter(|n| is(*n, NS_BPMN, "extensionElements") || is(*n, NS_BPMN, "flowNodeRef"))
        {
            if n.range().start < last {
                continue;
            }
            stripped.push_str(&xml[last..n.range().start]);
            last = n.range().end;
        }
        stripped.push_str(&xml[last..]);
        assert!(!stripped.contains("rg:source") && !stripped.contains("flowNodeRef"));
        let e = read_edited("a.bpmn", &stripped).unwrap();
        assert_eq!(e.origin, None);
        for (n, m) in d.nodes.iter().zip(&e.nodes) {
            assert_eq!(m.lane, Some(n.lane), "{}: found by its place", n.id);
        }
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = read_edited("x.bpmn", "<a>\n<b>\n</a>").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("x.bpmn", Some(3)));
        assert!(e.message.contains("not well-formed"), "{}", e.message);
        let e = read_edited("x.bpmn", "<?xml version=\"1.0\"?>\n<svg/>").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("bpmn:definitions"));
        let bad = format!(
            "<bpmn:definitions xmlns:bpmn=\"{NS_BPMN}\">\n<bpmn:process id=\"P\">\n<bpmn:task id=\"T\"/>\n\
             <bpmn:sequenceFlow id=\"F\" sourceRef=\"T\" targetRef=\"U\"/>\n</bpmn:process>\n</bpmn:definitions>"
        );
        let e = read_edited("x.bpmn", &bad).unwrap_err();
        assert_eq!(e.line, Some(4));
        assert!(e.message.contains("unknown U"), "{}", e.message);
    }
}
