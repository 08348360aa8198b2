//! How readable a drawing is, measured from a BPMN file's DI alone, so that our layout and any
//! other tool's (bpmn-auto-layout's in `benches/layout.rs`) are measured by the same code.
//!
//! The defects (overlaps, flows through shapes or labels, wrong-way dockings) must be zero in a
//! sound drawing; crossings, bends, area and width say how easy it is to read.

use crate::bpmn::edited::{Edited, read_edited};
use crate::error::Error;
use crate::layout::check::{docking, segment_crosses};
use crate::layout::diagram::{Point, Rect};

/// The figures of one drawing, or the sums of several (`widest` is then the widest of them).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Quality {
    /// How many drawings were measured.
    pub diagrams: usize,
    /// Pairs of shapes or outside labels that share area (a label inside its own shape aside).
    pub overlaps: usize,
    /// (flow, shape) pairs where the flow passes through the shape's inside.
    pub edge_shape: usize,
    /// (flow, label) pairs where the flow passes through an outside label.
    pub edge_label: usize,
    /// Flow ends docked on the wrong side: a flow leaves its source and enters its target by the
    /// side facing the way it goes.
    pub wrong_way: usize,
    /// Points where segments of two different flows cross.
    pub crossings: usize,
    /// Turns along the flows.
    pub bends: usize,
    /// The sum of the drawings' bounding boxes, px².
    pub area: f64,
    /// The widest drawing's width, px.
    pub widest: f64,
}

impl Quality {
    /// Measures one process read from a BPMN file; elements without DI are left out.
    pub fn of(e: &Edited) -> Quality {
        let shapes: Vec<Rect> = e.nodes.iter().filter_map(|n| n.bounds).collect();
        // Outside labels only: a label that lies within its own shape (a task's) is the shape's text.
        let mut labels: Vec<Rect> = e
            .nodes
            .iter()
            .filter_map(|n| match (n.bounds, n.label) {
                (Some(b), Some(l)) if contains(&b, &l) => None,
                (_, l) => l.filter(|l| l.w > 0.0 && l.h > 0.0),
            })
            .collect();
        labels.extend(
            e.flows
                .iter()
                .filter_map(|f| f.label.filter(|l| l.w > 0.0 && l.h > 0.0)),
        );
        let boxes: Vec<&Rect> = shapes.iter().chain(&labels).collect();
        let mut q = Quality {
            diagrams: 1,
            ..Quality::default()
        };
        for (i, a) in boxes.iter().enumerate() {
            q.overlaps += boxes[i + 1..].iter().filter(|b| a.overlaps(b)).count();
        }
        let mut extent = e
            .pool
            .into_iter()
            .chain(e.lanes.iter().filter_map(|l| l.bounds));
        let mut extent = extent.next().map(|first| extent.fold(first, union));
        for r in &boxes {
            extent = Some(extent.map_or(**r, |x| union(x, **r)));
        }
        for (k, f) in e.flows.iter().enumerate() {
            let w = &f.waypoints;
            for p in w {
                let dot = Rect {
                    x: p.x,
                    y: p.y,
                    w: 0.0,
                    h: 0.0,
                };
                extent = Some(extent.map_or(dot, |x| union(x, dot)));
            }
            let crosses = |r: &Rect| w.windows(2).any(|s| segment_crosses(s[0], s[1], r));
            q.edge_shape += shapes.iter().filter(|r| crosses(r)).count();
            q.edge_label += labels.iter().filter(|r| crosses(r)).count();
            q.bends += w.windows(3).filter(|t| turns(t[0], t[1], t[2])).count();
            let (from, to) = (e.nodes[f.from].bounds, e.nodes[f.to].bounds);
            if let (Some(a), Some(b)) = (from, to)
                && w.len() >= 2
            {
                let (leaves, enters) = docking(w, a, b);
                q.wrong_way += usize::from(!leaves) + usize::from(!enters);
            }
            for g in &e.flows[k + 1..] {
                for s in w.windows(2) {
                    for t in g.waypoints.windows(2) {
                        q.crossings += usize::from(cross(s[0], s[1], t[0], t[1]));
                    }
                }
            }
        }
        if let Some(x) = extent {
            q.area = x.w * x.h;
            q.widest = x.w;
        }
        q
    }

    /// Adds another drawing's figures to these.
    pub fn add(&mut self, other: &Quality) {
        self.diagrams += other.diagrams;
        self.overlaps += other.overlaps;
        self.edge_shape += other.edge_shape;
        self.edge_label += other.edge_label;
        self.wrong_way += other.wrong_way;
        self.crossings += other.crossings;
        self.bends += other.bends;
        self.area += other.area;
        self.widest = self.widest.max(other.widest);
    }

    /// True when the drawing has none of the defects a sound layout never has.
    pub fn is_sound(&self) -> bool {
        self.overlaps == 0 && self.edge_shape == 0 && self.edge_label == 0 && self.wrong_way == 0
    }
}

/// Measures the process of a BPMN file (the one [`read_edited`] reads).
pub fn measure(file: &str, xml: &str) -> Result<Quality, Error> {
    read_edited(file, xml).map(|e| Quality::of(&e))
}

fn contains(outer: &Rect, inner: &Rect) -> bool {
    inner.x >= outer.x
        && inner.y >= outer.y
        && inner.right() <= outer.right()
        && inner.bottom() <= outer.bottom()
}

fn union(a: Rect, b: Rect) -> Rect {
    let (x, y) = (a.x.min(b.x), a.y.min(b.y));
    Rect {
        x,
        y,
        w: a.right().max(b.right()) - x,
        h: a.bottom().max(b.bottom()) - y,
    }
}

/// True when the route changes direction at `b` (a point repeated or passed straight through is no bend).
fn turns(a: Point, b: Point, c: Point) -> bool {
    let (ux, uy, vx, vy) = (b.x - a.x, b.y - a.y, c.x - b.x, c.y - b.y);
    (ux != 0.0 || uy != 0.0) && (vx != 0.0 || vy != 0.0) && ux * vy - uy * vx != 0.0
}

/// True when segments `pq` and `rs` cross at a point inside both (touching ends and shared
/// stretches of one line are not crossings).
fn cross(p: Point, q: Point, r: Point, s: Point) -> bool {
    let side = |a: Point, b: Point, c: Point| (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    let (d1, d2) = (side(r, s, p), side(r, s, q));
    let (d3, d4) = (side(p, q, r), side(p, q, s));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpmn::write;
    use crate::layout::samples::placed;

    #[test]
    fn the_samples_measure_sound() {
        for d in placed() {
            let q = measure("sample.bpmn", &write(&d)).unwrap();
            assert!(q.is_sound(), "{}: {q:?}", d.id);
            assert_eq!(q.widest, d.pool.w, "{}", d.id);
            assert_eq!(q.area, d.pool.w * d.pool.h, "{}", d.id);
            let bends: usize = d.edges.iter().map(|e| e.waypoints.len() - 2).sum();
            assert_eq!(q.bends, bends, "{}", d.id);
        }
    }

    #[test]
    fn defects_are_counted() {
        let mut d = placed().remove(0);
        // The second task put on the first, and the first flow sent backwards into its target.
        d.nodes[2].bounds = d.nodes[1].bounds;
        let q = measure("sample.bpmn", &write(&d)).unwrap();
        assert!(q.overlaps >= 1, "{q:?}");
        let mut d = placed().remove(0);
        let e = &mut d.edges[0];
        e.waypoints.reverse();
        let q = measure("sample.bpmn", &write(&d)).unwrap();
        assert_eq!(q.wrong_way, 2, "{q:?}");
    }

    #[test]
    fn crossings_and_bends_are_geometric() {
        let p = |x: f64, y: f64| Point { x, y };
        assert!(cross(p(0.0, 5.0), p(10.0, 5.0), p(5.0, 0.0), p(5.0, 10.0)));
        // A touch at a segment's end, or one line shared, is no crossing.
        assert!(!cross(p(0.0, 5.0), p(10.0, 5.0), p(5.0, 5.0), p(5.0, 10.0)));
        assert!(!cross(p(0.0, 5.0), p(10.0, 5.0), p(2.0, 5.0), p(8.0, 5.0)));
        assert!(turns(p(0.0, 0.0), p(10.0, 0.0), p(10.0, 10.0)));
        assert!(!turns(p(0.0, 0.0), p(10.0, 0.0), p(20.0, 0.0)));
        assert!(!turns(p(0.0, 0.0), p(10.0, 0.0), p(10.0, 0.0)));
    }
}
