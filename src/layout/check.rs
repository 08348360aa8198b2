//! The geometric promises of the placement, checked: what a test or a caller asks of a placed diagram.

use crate::layout::diagram::{Diagram, NodeKind, Point, Rect};
use crate::layout::metrics::text_width;
use crate::layout::place::FONT_SIZE;

/// Every geometric rule the placement promises that `d` breaks, as readable messages (empty when sound):
/// shapes and labels do not overlap, flows are orthogonal, start and end on their nodes' borders,
/// leave and enter by the side facing the way they go and cross no shape or label, every node sits
/// inside its lane.
pub fn problems(d: &Diagram) -> Vec<String> {
    let mut out = Vec::new();
    let mut boxes: Vec<(String, Rect)> = Vec::new();
    for n in &d.nodes {
        boxes.push((n.id.clone(), n.bounds));
        if n.kind != NodeKind::Task && !n.label_lines.is_empty() {
            boxes.push((format!("label of {}", n.id), n.label_bounds));
        }
        let lane = d.lanes[n.lane].bounds;
        let inside = n.bounds.x >= lane.x
            && n.bounds.right() <= lane.right()
            && n.bounds.y >= lane.y
            && n.bounds.bottom() <= lane.bottom();
        if !inside {
            out.push(format!(
                "{} lies outside its lane {}",
                n.id, d.lanes[n.lane].id
            ));
        }
        if n.kind == NodeKind::Task {
            let lb = n.label_bounds;
            let inside = lb.x >= n.bounds.x
                && lb.right() <= n.bounds.right()
                && lb.y >= n.bounds.y
                && lb.bottom() <= n.bounds.bottom();
            if !inside {
                out.push(format!("label of {} spills out of the task", n.id));
            }
            for (k, line) in n.label_lines.iter().enumerate() {
                // The heading line is drawn bold.
                if text_width(line, FONT_SIZE, k == 0 && n.step.is_some()) > lb.w + 0.01 {
                    out.push(format!("line {line:?} of {} is wider than the task", n.id));
                }
            }
        }
    }
    for e in &d.edges {
        if let Some(lb) = e.label_bounds {
            boxes.push((format!("label of {}", e.id), lb));
        }
    }
    for l in &d.lanes {
        for (name, r) in &boxes {
            if l.label_bounds.overlaps(r) {
                out.push(format!("{name} covers the header of {}", l.id));
            }
        }
    }
    for (name, r) in &boxes {
        let inside = r.x >= d.pool.x
            && r.right() <= d.pool.right()
            && r.y >= d.pool.y
            && r.bottom() <= d.pool.bottom();
        if !inside {
            out.push(format!("{name} lies outside the pool"));
        }
    }
    for i in 0..boxes.len() {
        for j in i + 1..boxes.len() {
            if boxes[i].1.overlaps(&boxes[j].1) {
                out.push(format!("{} overlaps {}", boxes[i].0, boxes[j].0));
            }
        }
    }
    for e in &d.edges {
        let w = &e.waypoints;
        if w.len() < 2 {
            out.push(format!("{} has fewer than two waypoints", e.id));
            continue;
        }
        let (a, b) = (d.nodes[e.from].bounds, d.nodes[e.to].bounds);
        if !on_border(w[0], a) || !on_border(w[w.len() - 1], b) {
            out.push(format!(
                "{} does not start and end on its nodes' borders",
                e.id
            ));
        }
        let (leaves, enters) = docking(w, a, b);
        if !leaves {
            out.push(format!("{} leaves its source the wrong way", e.id));
        }
        if !enters {
            out.push(format!("{} enters its target the wrong way", e.id));
        }
        for s in w.windows(2) {
            if s[0].x != s[1].x && s[0].y != s[1].y {
                out.push(format!("{} has a diagonal segment", e.id));
            }
            for (name, r) in &boxes {
                if segment_crosses(s[0], s[1], r) {
                    out.push(format!("{} crosses {name}", e.id));
                }
            }
        }
    }
    out
}

/// Whether a route leaves `from` and enters `to` the right way: by the side its first segment
/// goes out of, and by the side its last segment comes in through (a flow going right leaves by
/// the right side and enters by the left; going down, by the bottom and the top). The side of a
/// docking point is the one it lies nearest in the shape's proportions, so a point on a circle
/// or a diamond counts as on its box's side; a corner counts for both.
pub fn docking(w: &[Point], from: Rect, to: Rect) -> (bool, bool) {
    let first = w.windows(2).find(|s| s[0] != s[1]);
    let last = w.windows(2).rev().find(|s| s[0] != s[1]);
    let (Some(first), Some(last)) = (first, last) else {
        return (false, false);
    };
    let out_of = direction(first[0], first[1]);
    let into = direction(last[0], last[1]);
    let leaves = sides(first[0], from).contains(&out_of);
    let enters = sides(last[1], to).contains(&(-into.0, -into.1));
    (leaves, enters)
}

/// The way a segment goes along its longer axis, as a unit step (`(1, 0)`: right, `(0, 1)`: down).
fn direction(p: Point, q: Point) -> (i8, i8) {
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    if dx.abs() >= dy.abs() {
        (dx.signum() as i8, 0)
    } else {
        (0, dy.signum() as i8)
    }
}

/// The outward directions of the sides of `r` that `p` lies on: one, or two at a corner; none at
/// the centre.
fn sides(p: Point, r: Rect) -> Vec<(i8, i8)> {
    let c = r.centre();
    let dx = if r.w > 0.0 { (p.x - c.x) / r.w } else { 0.0 };
    let dy = if r.h > 0.0 { (p.y - c.y) / r.h } else { 0.0 };
    let mut out = Vec::with_capacity(2);
    if dx != 0.0 && dx.abs() >= dy.abs() {
        out.push((dx.signum() as i8, 0));
    }
    if dy != 0.0 && dy.abs() >= dx.abs() {
        out.push((0, dy.signum() as i8));
    }
    out
}

pub(crate) fn on_border(p: Point, r: Rect) -> bool {
    let on_x = (p.x == r.x || p.x == r.right()) && p.y >= r.y && p.y <= r.bottom();
    let on_y = (p.y == r.y || p.y == r.bottom()) && p.x >= r.x && p.x <= r.right();
    on_x || on_y
}

/// True when an axis-parallel segment passes through the interior of `r`.
pub(crate) fn segment_crosses(p: Point, q: Point, r: &Rect) -> bool {
    let (x0, x1) = (p.x.min(q.x), p.x.max(q.x));
    let (y0, y1) = (p.y.min(q.y), p.y.max(q.y));
    x1 > r.x
        && x0 < r.right()
        && y1 > r.y
        && y0 < r.bottom()
        && (x0 != x1 || (x0 > r.x && x0 < r.right()))
        && (y0 != y1 || (y0 > r.y && y0 < r.bottom()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::samples::placed;

    #[test]
    fn the_checker_sees_overlaps_and_diagonals() {
        let mut d = placed().remove(0);
        let first = d.nodes[1].bounds;
        d.nodes[4].bounds = first;
        d.edges[0].waypoints[1].y += 7.0;
        let found = problems(&d);
        assert!(
            found
                .iter()
                .any(|p| p.contains("R1_provider_Task_1 overlaps R1_provider_Task_2")),
            "{found:?}"
        );
        assert!(found.iter().any(|p| p.contains("diagonal")), "{found:?}");
    }

    #[test]
    fn docking_follows_the_way_a_flow_goes() {
        let a = Rect {
            x: 0.0,
            y: 0.0,
            w: 100.0,
            h: 80.0,
        };
        let below = Rect { y: 200.0, ..a };
        let right = Rect { x: 200.0, ..a };
        let p = |x: f64, y: f64| Point { x, y };
        // Down: out of the bottom, into the top.
        assert_eq!(
            docking(&[p(50.0, 80.0), p(50.0, 200.0)], a, below),
            (true, true)
        );
        // Right: out of the right side, into the left one, with a turn between.
        assert_eq!(
            docking(
                &[
                    p(100.0, 40.0),
                    p(150.0, 40.0),
                    p(150.0, 40.0),
                    p(200.0, 40.0)
                ],
                a,
                right
            ),
            (true, true)
        );
        // Leaving by the bottom but going right first; entering the target's left side from above.
        assert_eq!(
            docking(
                &[
                    p(50.0, 80.0),
                    p(150.0, 80.0),
                    p(150.0, 240.0),
                    p(200.0, 240.0)
                ],
                a,
                Rect { y: 200.0, ..right }
            ),
            (false, true)
        );
        assert_eq!(
            docking(&[p(100.0, 40.0), p(150.0, 40.0), p(150.0, 200.0)], a, right),
            (true, false)
        );
        // A corner counts for both of its sides.
        assert_eq!(
            docking(
                &[p(100.0, 80.0), p(100.0, 200.0)],
                a,
                Rect { x: 40.0, ..below }
            ),
            (true, true)
        );
    }
}
