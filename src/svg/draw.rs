//! The diagram itself: pool and lanes with their header bands, flows, nodes and their labels.

use super::shapes::draw_shape;
use super::text::{outside_lines, text_lines, upward_lines};
use super::xml::{Xml, num};
use super::{Align, HEADER_FILL, LABEL_SIZE, STROKE, Shape, Weight, is_set};
use crate::layout::text::{EXTERNAL_SIZE, NAME_SIZE};
use crate::layout::{Diagram, Lane, NodeKind, Rect, place, text};

/// The header band of a lane, where its name is written: the layout's `label_bounds`, or the
/// lane's left strip of the layout's header width when a hand-made diagram left it empty.
pub(crate) fn header_band(lane: &Lane) -> Rect {
    if is_set(lane.label_bounds) {
        lane.label_bounds
    } else {
        Rect {
            w: place::LANE_HEADER_WIDTH.min(lane.bounds.w),
            ..lane.bounds
        }
    }
}

pub(crate) fn draw_pool(
    x: &mut Xml,
    d: &Diagram,
    prefix: &str,
    pool: Rect,
    off: &dyn Fn(Rect) -> Rect,
) {
    x.open("g", &[("id", &format!("{prefix}pool"))]);
    if is_set(pool) {
        rect(x, pool, "none", STROKE, "1.5");
        draw_pool_header(x, d, off(d.pool_header()));
    }
    for lane in &d.lanes {
        x.open("g", &[("id", &format!("{prefix}{}", id_part(&lane.id)))]);
        let band = off(header_band(lane));
        rect(x, off(lane.bounds), "none", STROKE, "1");
        rect(x, band, HEADER_FILL, STROKE, "1");
        let lines = if lane.label_lines.is_empty() {
            text::lines(&lane.name, band.h, NAME_SIZE)
        } else {
            lane.label_lines.clone()
        };
        upward_lines(x, &lines, band);
        x.close("g");
    }
    x.close("g");
}

/// The pool's own narrow band with its whole name («service — channel») written upwards, broken
/// as the BPMN tools break it along the pool's height.
pub(crate) fn draw_pool_header(x: &mut Xml, d: &Diagram, band: Rect) {
    rect(x, band, HEADER_FILL, STROKE, "1");
    let lines = text::lines(&d.pool_name(), band.h, NAME_SIZE);
    upward_lines(x, &lines, band);
}

pub(crate) fn rect(x: &mut Xml, r: Rect, fill: &str, stroke: &str, sw: &str) {
    x.empty(
        "rect",
        &[
            ("x", &num(r.x)),
            ("y", &num(r.y)),
            ("width", &num(r.w)),
            ("height", &num(r.h)),
            ("fill", fill),
            ("stroke", stroke),
            ("stroke-width", sw),
        ],
    );
}

/// An id fragment safe inside an XML id.
pub(crate) fn id_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

pub(crate) fn draw_edges(x: &mut Xml, d: &Diagram, marker: &str, dx: f64, dy: f64) {
    x.open(
        "g",
        &[
            ("fill", "none"),
            ("stroke", STROKE),
            ("stroke-width", "1.2"),
        ],
    );
    let url = format!("url(#{marker})");
    for e in d.edges.iter().filter(|e| e.waypoints.len() >= 2) {
        let pts: Vec<String> = e
            .waypoints
            .iter()
            .map(|p| format!("{},{}", num(p.x + dx), num(p.y + dy)))
            .collect();
        x.empty(
            "polyline",
            &[("points", &pts.join(" ")), ("marker-end", &url)],
        );
        if e.default {
            default_slash(x, e, dx, dy);
        }
    }
    x.close("g");
}

/// The BPMN default-flow mark: a short slash across the first segment, near its source.
pub(crate) fn default_slash(x: &mut Xml, e: &crate::layout::Edge, dx: f64, dy: f64) {
    let (a, b) = (e.waypoints[0], e.waypoints[1]);
    let len = ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt();
    if len < 1.0 {
        return;
    }
    let (ux, uy) = ((b.x - a.x) / len, (b.y - a.y) / len);
    // Past the outcome label the layout puts beside the start of the flow, so they never touch.
    let t = 26.0_f64.min(len / 2.0);
    let (mx, my) = (a.x + dx + ux * t, a.y + dy + uy * t);
    // A 45° stroke: along the segment plus across it, 4 px each way.
    let (sx, sy) = ((ux - uy) * 4.0, (uy + ux) * 4.0);
    x.empty(
        "path",
        &[(
            "d",
            &format!(
                "M{},{}L{},{}",
                num(mx - sx),
                num(my - sy),
                num(mx + sx),
                num(my + sy)
            ),
        )],
    );
}

pub(crate) fn draw_nodes(
    x: &mut Xml,
    d: &Diagram,
    prefix: &str,
    marker: &str,
    off: &dyn Fn(Rect) -> Rect,
) {
    for (i, n) in d.nodes.iter().enumerate() {
        x.open("g", &[("id", &format!("{prefix}{}", id_part(&n.id)))]);
        let b = off(n.bounds);
        let shape = match n.kind {
            NodeKind::Start => Shape::Start,
            NodeKind::End => Shape::End,
            NodeKind::Task => Shape::Task,
            // A gateway that only joins paths is a merge (X); one that splits asks «?».
            NodeKind::Gateway if d.edges.iter().filter(|e| e.from == i).count() < 2 => Shape::Merge,
            NodeKind::Gateway => Shape::Gateway,
        };
        draw_shape(x, shape, b, marker);
        let (area, align, weight) = match n.kind {
            NodeKind::Task => {
                let a = if is_set(n.label_bounds) {
                    off(n.label_bounds)
                } else {
                    b
                };
                let w = if n.step.is_some() {
                    Weight::FirstBold
                } else {
                    Weight::Normal
                };
                (a, Align::Middle, w)
            }
            _ => (off(n.label_bounds), Align::Middle, Weight::Normal),
        };
        if n.kind == NodeKind::Task {
            text_lines(x, &n.label_lines, area, LABEL_SIZE, align, weight);
        } else if is_set(n.label_bounds) {
            outside_lines(x, &n.label_lines, area, false);
        }
        x.close("g");
    }
}

pub(crate) fn draw_edge_labels(x: &mut Xml, d: &Diagram, off: &dyn Fn(Rect) -> Rect) {
    let labelled: Vec<_> = d
        .edges
        .iter()
        .filter_map(|e| Some((e.label.as_deref()?, e.label_bounds?)))
        .filter(|(l, _)| !l.trim().is_empty())
        .collect();
    if labelled.is_empty() {
        return;
    }
    for (label, lb) in labelled {
        let lines = text::lines(label, lb.w, EXTERNAL_SIZE);
        // A white halo keeps outcome labels readable where they sit on a line.
        outside_lines(x, &lines, off(lb), true);
    }
}
