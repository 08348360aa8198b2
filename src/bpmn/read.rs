//! Reads a BPMN file written by [`write()`](super::write::write) back into a [`Diagram`], semantics from the
//! process and its `rg:` extensions, geometry from BPMN DI.

use std::collections::HashMap;

use roxmltree::{Document, Node as XNode};

use super::write::{NS_BPMN, NS_BPMNDI, NS_DC, NS_DI, NS_RG};
use crate::layout::diagram::{Diagram, Edge, Lane, Node, NodeKind, Point, Rect};
use crate::layout::dispute::{Dispute, Disputed, ListName, Version};
use crate::model::{Channel, Duration, DurationPart, Language, TimeUnit};

/// Parses BPMN XML written by this crate; errors name what is missing or malformed.
pub fn read(xml: &str) -> Result<Diagram, String> {
    let doc = Document::parse(xml).map_err(|e| format!("not well-formed XML: {e}"))?;
    let root = doc.root_element();
    if !is(root, NS_BPMN, "definitions") {
        return Err("the root element is not bpmn:definitions".to_string());
    }
    let process = child(root, NS_BPMN, "process").ok_or("no bpmn:process")?;
    let process_id = attr(process, "id")?;
    let scope = process_id
        .strip_suffix("_Process")
        .ok_or_else(|| format!("process id {process_id:?} does not end in _Process"))?;
    let ext = child(process, NS_BPMN, "extensionElements")
        .ok_or("the process has no extensionElements")?;
    let info = child(ext, NS_RG, "diagram").ok_or("no rg:diagram")?;
    // The diagram's own id; files written before it was recorded used it as the process scope.
    let id = info.attribute("id").unwrap_or(scope).to_string();
    let channel = channel_from(attr(info, "channel")?)?;
    let language = match attr(info, "language")? {
        "ru" => Language::Ru,
        "kk" => Language::Kk,
        other => return Err(format!("unknown language {other:?}")),
    };
    let file = attr(info, "file")?.to_string();
    let line = parse_num::<u32>(attr(info, "line")?)?;
    let service = child_text(info, NS_RG, "service").ok_or("no rg:service")?;
    let title = child_text(info, NS_RG, "title").ok_or("no rg:title")?;
    let list = ListName {
        paragraph: match info.attribute("paragraph") {
            Some(p) => Some(parse_num::<u32>(p)?),
            None => None,
        },
        heading: child_text(info, NS_RG, "list").unwrap_or_default(),
    };

    // Lanes and the lane of every flow node.
    let mut lanes = Vec::new();
    let mut lane_of: HashMap<String, usize> = HashMap::new();
    if let Some(set) = child(process, NS_BPMN, "laneSet") {
        for lane in children(set, NS_BPMN, "lane") {
            let index = lanes.len();
            let ext = child(lane, NS_BPMN, "extensionElements");
            let actor = ext
                .and_then(|e| child_text(e, NS_RG, "actor"))
                .unwrap_or_default();
            for r in children(lane, NS_BPMN, "flowNodeRef") {
                lane_of.insert(r.text().unwrap_or_default().trim().to_string(), index);
            }
            lanes.push(Lane {
                id: attr(lane, "id")?.to_string(),
                actor,
                name: lane.attribute("name").unwrap_or_default().to_string(),
                bounds: Rect::default(),
                label_lines: ext.map(lines_of).unwrap_or_default(),
                label_bounds: Rect::default(),
            });
        }
    }

    let mut nodes = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    let mut defaults: HashMap<String, String> = HashMap::new();
    for el in process.children().filter(|n| n.is_element()) {
        let kind = match (el.tag_name().namespace(), el.tag_name().name()) {
            (Some(NS_BPMN), "startEvent") => NodeKind::Start,
            (Some(NS_BPMN), "endEvent") => NodeKind::End,
            (Some(NS_BPMN), "task") => NodeKind::Task,
            (Some(NS_BPMN), "exclusiveGateway") => NodeKind::Gateway,
            _ => continue,
        };
        let node_id = attr(el, "id")?.to_string();
        if let Some(d) = el.attribute("default") {
            defaults.insert(d.to_string(), node_id.clone());
        }
        let lane = *lane_of
            .get(&node_id)
            .ok_or_else(|| format!("{node_id} is in no lane"))?;
        let ext = child(el, NS_BPMN, "extensionElements");
        let rg = |name: &str| ext.and_then(|e| child(e, NS_RG, name));
        let line = match rg("source") {
            Some(s) => Some(parse_num::<u32>(attr(s, "line")?)?),
            None => None,
        };
        let step = match rg("step") {
            Some(s) => Some(parse_num::<u32>(attr(s, "number")?)?),
            None => None,
        };
        let duration = match rg("duration") {
            Some(s) => Some(duration_from(s)?),
            None => None,
        };
        index_of.insert(node_id.clone(), nodes.len());
        nodes.push(Node {
            id: node_id,
            kind,
            lane,
            name: el.attribute("name").unwrap_or_default().to_string(),
            step,
            actor_text: rg("actor")
                .and_then(|a| a.attribute("text"))
                .map(str::to_string),
            duration,
            result: ext.and_then(|e| child_text(e, NS_RG, "result")),
            line,
            bounds: Rect::default(),
            label_lines: ext.map(lines_of).unwrap_or_default(),
            label_bounds: Rect::default(),
            disputes: match ext {
                Some(e) => children(e, NS_RG, "dispute")
                    .map(dispute_from)
                    .collect::<Result<_, _>>()?,
                None => Vec::new(),
            },
        });
    }

    let mut edges = Vec::new();
    for el in children(process, NS_BPMN, "sequenceFlow") {
        let edge_id = attr(el, "id")?.to_string();
        let end = |name: &str| -> Result<usize, String> {
            let r = attr(el, name)?;
            index_of
                .get(r)
                .copied()
                .ok_or_else(|| format!("{edge_id} refers to unknown {r}"))
        };
        let from = end("sourceRef")?;
        let to = end("targetRef")?;
        edges.push(Edge {
            default: defaults.get(&edge_id).is_some_and(|g| *g == nodes[from].id),
            id: edge_id,
            from,
            to,
            label: el.attribute("name").map(str::to_string),
            waypoints: Vec::new(),
            label_bounds: None,
        });
    }

    let mut d = Diagram {
        id,
        service,
        title,
        channel,
        language,
        lanes,
        nodes,
        edges,
        pool: Rect::default(),
        file,
        line,
        place: None,
        list,
    };
    read_geometry(root, &mut d, scope)?;
    Ok(d)
}

/// Fills the diagram's geometry from the BPMNDiagram, when there is one.
fn read_geometry(root: XNode, d: &mut Diagram, scope: &str) -> Result<(), String> {
    let Some(plane) =
        child(root, NS_BPMNDI, "BPMNDiagram").and_then(|g| child(g, NS_BPMNDI, "BPMNPlane"))
    else {
        return Ok(());
    };
    let mut shapes: HashMap<&str, (Rect, Option<Rect>)> = HashMap::new();
    let mut routes: HashMap<&str, (Vec<Point>, Option<Rect>)> = HashMap::new();
    for el in plane.children().filter(|n| n.is_element()) {
        let element = attr(el, "bpmnElement")?;
        let label = match child(el, NS_BPMNDI, "BPMNLabel").and_then(|l| child(l, NS_DC, "Bounds"))
        {
            Some(b) => Some(rect_of(b)?),
            None => None,
        };
        if is(el, NS_BPMNDI, "BPMNShape") {
            let bounds = child(el, NS_DC, "Bounds")
                .ok_or_else(|| format!("shape of {element} has no bounds"))?;
            shapes.insert(element, (rect_of(bounds)?, label));
        } else if is(el, NS_BPMNDI, "BPMNEdge") {
            let points = children(el, NS_DI, "waypoint")
                .map(|p| {
                    Ok(Point {
                        x: num(p, "x")?,
                        y: num(p, "y")?,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            routes.insert(element, (points, label));
        }
    }
    let pool = format!("{scope}_Pool");
    d.pool = shapes.get(pool.as_str()).map(|s| s.0).unwrap_or_default();
    for lane in &mut d.lanes {
        if let Some((b, l)) = shapes.get(lane.id.as_str()) {
            lane.bounds = *b;
            lane.label_bounds = l.unwrap_or_default();
        }
    }
    for node in &mut d.nodes {
        if let Some((b, l)) = shapes.get(node.id.as_str()) {
            node.bounds = *b;
            node.label_bounds = l.unwrap_or_default();
        }
    }
    for edge in &mut d.edges {
        if let Some((points, label)) = routes.get(edge.id.as_str()) {
            edge.waypoints = points.clone();
            edge.label_bounds = *label;
        }
    }
    Ok(())
}

fn unit_from(el: XNode) -> Result<TimeUnit, String> {
    Ok(match attr(el, "unit")? {
        "minute" => TimeUnit::Minute,
        "hour" => TimeUnit::Hour,
        "working_day" => TimeUnit::WorkingDay,
        "calendar_day" => TimeUnit::CalendarDay,
        "day" => TimeUnit::Day,
        other => return Err(format!("unknown duration unit {other:?}")),
    })
}

fn duration_from(el: XNode) -> Result<Duration, String> {
    let optional = |name: &str| el.attribute(name).map(parse_num::<u64>).transpose();
    let parts = children(el, NS_RG, "part")
        .map(|p| {
            Ok(DurationPart {
                text: attr(p, "text")?.to_string(),
                value: parse_num(attr(p, "value")?)?,
                unit: unit_from(p)?,
                minutes: p.attribute("minutes").map(parse_num::<u64>).transpose()?,
                line: parse_num(attr(p, "line")?)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Duration {
        text: attr(el, "text")?.to_string(),
        value: parse_num(attr(el, "value")?)?,
        unit: unit_from(el)?,
        minutes: optional("minutes")?,
        word_value: optional("wordValue")?,
        conflict: el.attribute("conflict") == Some("true"),
        at_most: el.attribute("atMost") == Some("true"),
        line: el
            .attribute("line")
            .map(parse_num::<u32>)
            .transpose()?
            .unwrap_or(0),
        parts,
        same_day: el.attribute("sameDay") == Some("true"),
        deadline: el.attribute("deadline") == Some("true"),
    })
}

fn dispute_from(el: XNode) -> Result<Dispute, String> {
    let what = attr(el, "what")?;
    let what = Disputed::from_slug(what).ok_or_else(|| format!("unknown dispute {what:?}"))?;
    let versions = children(el, NS_RG, "version")
        .map(|v| {
            Ok(Version {
                list: ListName {
                    paragraph: match v.attribute("paragraph") {
                        Some(p) => Some(parse_num::<u32>(p)?),
                        None => None,
                    },
                    heading: v.attribute("list").unwrap_or_default().to_string(),
                },
                text: v.text().unwrap_or_default().to_string(),
                line: parse_num::<u32>(attr(v, "line")?)?,
                place: None,
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(Dispute { what, versions })
}

fn channel_from(slug: &str) -> Result<Channel, String> {
    [
        Channel::Provider,
        Channel::StateCorp,
        Channel::Akim,
        Channel::Portal,
        Channel::Other,
    ]
    .into_iter()
    .find(|c| c.slug() == slug)
    .ok_or_else(|| format!("unknown channel {slug:?}"))
}

fn lines_of(ext: XNode) -> Vec<String> {
    child(ext, NS_RG, "label")
        .map(|l| {
            children(l, NS_RG, "line")
                .map(|t| t.text().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn rect_of(el: XNode) -> Result<Rect, String> {
    Ok(Rect {
        x: num(el, "x")?,
        y: num(el, "y")?,
        w: num(el, "width")?,
        h: num(el, "height")?,
    })
}

fn num(el: XNode, name: &str) -> Result<f64, String> {
    parse_num(attr(el, name)?)
}

fn parse_num<T: std::str::FromStr>(s: &str) -> Result<T, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number"))
}

fn attr<'a>(el: XNode<'a, '_>, name: &str) -> Result<&'a str, String> {
    el.attribute(name)
        .ok_or_else(|| format!("<{}> has no {name}", el.tag_name().name()))
}

/// True for an element named `name` in namespace `ns`.
pub(super) fn is(el: XNode, ns: &str, name: &str) -> bool {
    el.is_element() && el.tag_name().namespace() == Some(ns) && el.tag_name().name() == name
}

/// The first child element `ns:name` of `el`.
pub(super) fn child<'a, 'i>(el: XNode<'a, 'i>, ns: &str, name: &str) -> Option<XNode<'a, 'i>> {
    el.children().find(|c| is(*c, ns, name))
}

/// Every child element `ns:name` of `el`.
pub(super) fn children<'a, 'i: 'a>(
    el: XNode<'a, 'i>,
    ns: &'a str,
    name: &'a str,
) -> impl Iterator<Item = XNode<'a, 'i>> + 'a {
    el.children().filter(move |c| is(*c, ns, name))
}

fn child_text(el: XNode, ns: &str, name: &str) -> Option<String> {
    child(el, ns, name).map(|c| c.text().unwrap_or_default().to_string())
}
