//! A diagram drawn again over the layout a person made of its earlier drawing (`build
//! --keep-layout`): applied after [`place`](crate::layout::place::place), it gives every element
//! that still exists (paired by id, then by its words: `bpmn::matching`) its hand-made position
//! and size, places new elements beside their neighbours, grows lanes and pool to hold them and
//! routes again the flows whose ends moved. Semantics stay the text's: a step the person drew in
//! another actor's lane goes back into its own lane, at the place it had along the row.
//!
//! A task is never made narrower or lower than its label needs (a changed procedure may need
//! more room); where the text gives a new step, the step takes the free place right of (or, for a
//! refusal's end, under) the step before it, and nothing else moves.

mod read;
mod route;

pub use read::Kept;

use crate::bpmn::Edited;
use crate::bpmn::matching::{Key, normalise, pair};
use crate::layout::check::{on_border, segment_crosses};
use crate::layout::diagram::{Diagram, NodeKind, POOL_HEADER_WIDTH, Point, Rect};
use crate::layout::place::{LANE_HEADER_WIDTH, LINE_HEIGHT, TASK_MIN_HEIGHT, TASK_PADDING};
use crate::layout::text;

/// Space between a new element and the one before it.
const GAP: f64 = 50.0;
/// How far a new element moves at a time while looking for free room.
const STEP: f64 = 10.0;
/// Space kept around an element when looking for room for another.
const ROOM: f64 = 10.0;
/// Space between a lane's content and its border.
const PAD: f64 = 16.0;
/// Space right of the rightmost content.
const MARGIN: f64 = 30.0;
/// Space between a node and the end event hung under it.
const BELOW: f64 = 34.0;

/// Gives the placed diagram `d` the geometry `old` holds for the elements they share.
pub fn keep(d: &mut Diagram, old: &Edited) {
    if d.nodes.is_empty() || d.lanes.is_empty() {
        return;
    }
    let fresh = d.clone();
    let nodes = pair(
        &d.nodes
            .iter()
            .map(|n| Key {
                id: &n.id,
                kind: Some(n.kind),
                name: &n.name,
            })
            .collect::<Vec<_>>(),
        &old.nodes
            .iter()
            .map(|n| Key {
                id: &n.id,
                kind: n.kind,
                name: &n.name,
            })
            .collect::<Vec<_>>(),
    );
    let lanes = pair(
        &d.lanes
            .iter()
            .map(|l| Key {
                id: &l.id,
                kind: None,
                name: &l.name,
            })
            .collect::<Vec<_>>(),
        &old.lanes
            .iter()
            .map(|l| Key {
                id: &l.id,
                kind: None,
                name: &l.name,
            })
            .collect::<Vec<_>>(),
    );
    let bands = bands(d, old, &lanes);
    let pool_x = old.pool.map_or(bands[0].x - POOL_HEADER_WIDTH, |p| p.x);
    let n = d.nodes.len();
    let mut placed = vec![false; n];
    // Nodes kept where they were, unmoved (their flows may keep their routes).
    let mut unmoved = vec![false; n];
    for i in 0..n {
        let Some(ob) = nodes[i].and_then(|j| old.nodes[j].bounds) else {
            continue;
        };
        let band = bands[d.nodes[i].lane];
        let c = ob.centre();
        if c.y < band.y || c.y > band.bottom() {
            continue;
        }
        let (w, h) = size(&fresh.nodes[i], ob);
        d.nodes[i].bounds = Rect {
            x: ob.x,
            y: ob.y,
            w,
            h,
        };
        unmoved[i] = (w, h) == (ob.w, ob.h);
        placed[i] = true;
        node_label(d, &fresh, old, nodes[i], i);
    }
    for i in 0..n {
        if !placed[i] {
            place_new(d, &fresh, &bands, &placed, i);
            placed[i] = true;
            node_label(d, &fresh, old, nodes[i], i);
        }
    }
    let shift = stack_lanes(d, &bands, pool_x);
    flows(d, &fresh, old, &nodes, &unmoved, &shift);
    finish_pool(d, pool_x);
}

/// Each lane's band: the kept lane's own, or one of the fresh height under the lowest.
fn bands(d: &Diagram, old: &Edited, lanes: &[Option<usize>]) -> Vec<Rect> {
    let kept: Vec<Option<Rect>> = lanes
        .iter()
        .map(|m| m.and_then(|m| old.lanes[m].bounds))
        .collect();
    let x = kept
        .iter()
        .flatten()
        .map(|b| b.x)
        .reduce(f64::min)
        .or(old.pool.map(|p| p.x + POOL_HEADER_WIDTH))
        .unwrap_or(POOL_HEADER_WIDTH);
    let mut bottom = kept
        .iter()
        .flatten()
        .map(|b| b.bottom())
        .reduce(f64::max)
        .or(old.pool.map(|p| p.y))
        .unwrap_or(0.0);
    kept.iter()
        .zip(&d.lanes)
        .map(|(k, lane)| {
            k.unwrap_or_else(|| {
                let r = Rect {
                    x,
                    y: bottom,
                    ..lane.bounds
                };
                bottom += r.h;
                r
            })
        })
        .collect()
}

/// A kept node's size: its own, but a task at least as large as its label needs.
fn size(fresh: &crate::layout::diagram::Node, old: Rect) -> (f64, f64) {
    if fresh.kind != NodeKind::Task {
        return (old.w, old.h);
    }
    let w = old.w.max(fresh.bounds.w);
    let needed = (fresh.label_lines.len() as f64 * LINE_HEIGHT + 2.0 * TASK_PADDING)
        .max(text::task_name_height(&fresh.name, w))
        .max(TASK_MIN_HEIGHT)
        .ceil();
    (w, old.h.max(needed))
}

/// Every shape and outside label placed so far.
fn obstacles(d: &Diagram, placed: &[bool]) -> Vec<Rect> {
    let mut out = Vec::new();
    for (i, n) in d.nodes.iter().enumerate().filter(|(i, _)| placed[*i]) {
        out.push(n.bounds);
        if n.kind != NodeKind::Task && !d.nodes[i].label_lines.is_empty() {
            out.push(n.label_bounds);
        }
    }
    out
}

/// Places a node the earlier layout does not have (or had in another actor's lane).
fn place_new(d: &mut Diagram, fresh: &Diagram, bands: &[Rect], placed: &[bool], i: usize) {
    let (w, h) = (fresh.nodes[i].bounds.w, fresh.nodes[i].bounds.h);
    let lane = d.nodes[i].lane;
    let band = bands[lane];
    // The nearest node placed before it along the flows.
    let mut anchor = None;
    let mut seen = vec![false; d.nodes.len()];
    let mut queue = std::collections::VecDeque::from([i]);
    seen[i] = true;
    while let Some(k) = queue.pop_front() {
        if k != i && placed[k] {
            anchor = Some(k);
            break;
        }
        for e in d.edges.iter().filter(|e| e.to == k) {
            if !seen[e.from] {
                seen[e.from] = true;
                queue.push_back(e.from);
            }
        }
    }
    let row: Vec<f64> = (0..d.nodes.len())
        .filter(|&k| placed[k] && d.nodes[k].lane == lane)
        .map(|k| d.nodes[k].bounds.centre().y)
        .collect();
    let row_y = row
        .get(row.len() / 2)
        .copied()
        .unwrap_or(band.y + band.h / 2.0);
    let hangs = d.nodes[i].kind == NodeKind::End
        && anchor.is_some_and(|a| d.edges.iter().filter(|e| e.from == a).count() > 1);
    let (mut x, mut y, down) = match anchor.map(|a| d.nodes[a].bounds) {
        Some(a) if hangs => (a.centre().x - w / 2.0, a.bottom() + BELOW, true),
        Some(a) => {
            let cy = if d.nodes[anchor.unwrap_or(i)].lane == lane {
                a.centre().y
            } else {
                row_y
            };
            (a.right() + GAP, cy - h / 2.0, false)
        }
        None => (fresh.nodes[i].bounds.x, row_y - h / 2.0, false),
    };
    x = x.max(band.x + LANE_HEADER_WIDTH + ROOM).round();
    y = y.round();
    let blocked = obstacles(d, placed);
    // Room for the outside label above the node too.
    let label_h = if d.nodes[i].kind == NodeKind::Task {
        0.0
    } else {
        fresh.nodes[i].bounds.y - fresh.nodes[i].label_bounds.y
    };
    for _ in 0..10_000 {
        let r = Rect {
            x: x - ROOM,
            y: y - ROOM - label_h.max(0.0),
            w: w + 2.0 * ROOM,
            h: h + 2.0 * ROOM + label_h.max(0.0),
        };
        if !blocked.iter().any(|b| b.overlaps(&r)) {
            break;
        }
        if down {
            y += STEP;
        } else {
            x += STEP;
        }
    }
    d.nodes[i].bounds = Rect { x, y, w, h };
}

/// The label of node `i` at its node: a task's inside, centred; an outside label where the
/// person left it when the name is unchanged, else where the fresh layout puts it.
fn node_label(d: &mut Diagram, fresh: &Diagram, old: &Edited, paired: Option<usize>, i: usize) {
    let b = d.nodes[i].bounds;
    let (fb, fl) = (fresh.nodes[i].bounds, fresh.nodes[i].label_bounds);
    let node = &mut d.nodes[i];
    node.label_bounds = match node.kind {
        NodeKind::Task => {
            let lh = node.label_lines.len() as f64 * LINE_HEIGHT;
            Rect {
                x: b.x + TASK_PADDING,
                y: (b.centre().y - lh / 2.0).floor(),
                w: b.w - 2.0 * TASK_PADDING,
                h: lh,
            }
        }
        _ if node.label_lines.is_empty() => Rect::default(),
        _ => {
            let same = paired
                .map(|j| &old.nodes[j])
                .filter(|o| normalise(&o.name) == normalise(&node.name))
                .and_then(|o| o.label.zip(o.bounds));
            match same {
                // Where the person put it, as far from the node as it was.
                Some((l, ob)) => Rect {
                    x: b.x + (l.x - ob.x),
                    y: b.y + (l.y - ob.y),
                    ..fl
                },
                None => Rect {
                    x: b.x + (fl.x - fb.x),
                    y: b.y + (fl.y - fb.y),
                    ..fl
                },
            }
        }
    };
}

/// Stacks the lanes in the order of their bands, each tall enough for what it holds; a lane
/// pushed down by a taller one above moves its nodes with it. Returns each node's shift.
fn stack_lanes(d: &mut Diagram, bands: &[Rect], pool_x: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..d.lanes.len()).collect();
    order.sort_by(|a, b| bands[*a].y.total_cmp(&bands[*b].y).then(a.cmp(b)));
    let mut shift = vec![0.0; d.nodes.len()];
    let mut y = bands[order[0]].y;
    for &l in &order {
        let members: Vec<usize> = (0..d.nodes.len())
            .filter(|&i| d.nodes[i].lane == l)
            .collect();
        let extent = |i: usize| {
            let n = &d.nodes[i];
            let mut r = (n.bounds.y, n.bounds.bottom());
            if n.kind != NodeKind::Task && !n.label_lines.is_empty() {
                r = (r.0.min(n.label_bounds.y), r.1.max(n.label_bounds.bottom()));
            }
            r
        };
        let top = members
            .iter()
            .map(|&i| extent(i).0)
            .fold(f64::MAX, f64::min);
        let bottom = members
            .iter()
            .map(|&i| extent(i).1)
            .fold(f64::MIN, f64::max);
        let band = bands[l];
        let mut dy = (y - band.y).max(0.0);
        if !members.is_empty() && top + dy - PAD < y {
            dy = y - (top - PAD);
        }
        for &i in &members {
            let n = &mut d.nodes[i];
            n.bounds.y += dy;
            n.label_bounds.y += dy;
            shift[i] = dy;
        }
        let mut h = (band.bottom() + dy).max(if members.is_empty() {
            y
        } else {
            bottom + dy + PAD
        }) - y;
        h = text::header_extent(&d.lanes[l].name, h.max(LANE_HEADER_WIDTH));
        d.lanes[l].bounds = Rect {
            x: pool_x + POOL_HEADER_WIDTH,
            y,
            w: 0.0,
            h,
        };
        y += h;
    }
    // The pool's name needs its own length of header.
    let first = bands[order[0]].y;
    let needed = text::header_extent(&d.pool_name(), y - first);
    if needed > y - first {
        d.lanes[*order.last().expect("a lane")].bounds.h += needed - (y - first);
    }
    shift
}

/// Routes every flow: the person's route where both ends stayed where they were and it is still
/// clear, else a new one.
fn flows(
    d: &mut Diagram,
    fresh: &Diagram,
    old: &Edited,
    nodes: &[Option<usize>],
    unmoved: &[bool],
    shift: &[f64],
) {
    let mut blocked: Vec<Rect> = d
        .lanes
        .iter()
        .map(|l| Rect {
            w: LANE_HEADER_WIDTH,
            ..l.bounds
        })
        .collect();
    let shapes: Vec<Rect> = obstacles(d, &vec![true; d.nodes.len()]);
    blocked.extend(shapes);
    let mut labels: Vec<Rect> = Vec::new();
    for e in 0..d.edges.len() {
        let (from, to) = (d.edges[e].from, d.edges[e].to);
        let (a, b) = (d.nodes[from].bounds, d.nodes[to].bounds);
        let earlier = match (nodes[from], nodes[to]) {
            (Some(jf), Some(jt)) if unmoved[from] && unmoved[to] && shift[from] == shift[to] => old
                .flows
                .iter()
                .find(|f| f.from == jf && f.to == jt && f.waypoints.len() >= 2),
            _ => None,
        };
        let kept_route = earlier.map(|f| {
            f.waypoints
                .iter()
                .map(|p| Point {
                    x: p.x,
                    y: p.y + shift[from],
                })
                .collect::<Vec<_>>()
        });
        let others: Vec<Rect> = blocked
            .iter()
            .copied()
            .filter(|r| *r != a && *r != b)
            .collect();
        // A kept route must still be clear: a shape moved elsewhere may now stand on it.
        let clear = |r: &[Point]| {
            r.windows(2)
                .all(|s| others.iter().all(|o| !segment_crosses(s[0], s[1], o)))
        };
        let route = match kept_route {
            Some(r) if on_border(r[0], a) && on_border(r[r.len() - 1], b) && clear(&r) => r,
            _ => route::route(a, b, &others),
        };
        let label = fresh.edges[e].label_bounds.map(|fl| {
            let same = earlier
                .filter(|f| {
                    f.name.as_deref().map(normalise) == d.edges[e].label.as_deref().map(normalise)
                })
                .and_then(|f| f.label);
            match same {
                Some(l) => Rect {
                    x: l.x,
                    y: l.y + shift[from],
                    ..fl
                },
                None => edge_label(&route, fl, &blocked, &labels),
            }
        });
        if let Some(l) = label {
            labels.push(l);
        }
        let edge = &mut d.edges[e];
        edge.waypoints = route;
        edge.label_bounds = label;
    }
}

/// Where a flow's label goes: beside its first segment, on the first side that is free.
fn edge_label(route: &[Point], size: Rect, blocked: &[Rect], labels: &[Rect]) -> Rect {
    let Some(&p) = route.first() else {
        return size;
    };
    let q = route.get(1).copied().unwrap_or(p);
    let gap = 4.0;
    let candidates = if p.y == q.y {
        let x = if q.x >= p.x {
            p.x + gap
        } else {
            p.x - gap - size.w
        };
        vec![(x, p.y - gap - size.h), (x, p.y + gap)]
    } else {
        let y = if q.y >= p.y {
            p.y + gap
        } else {
            p.y - gap - size.h
        };
        vec![(p.x + gap, y), (p.x - gap - size.w, y)]
    };
    let rects: Vec<Rect> = candidates
        .into_iter()
        .map(|(x, y)| Rect {
            x: x.round(),
            y: y.round(),
            ..size
        })
        .collect();
    rects
        .iter()
        .find(|r| !blocked.iter().chain(labels).any(|b| b.overlaps(r)))
        .copied()
        .unwrap_or(rects[0])
}

/// Lanes as wide as the content, the pool around them, the lane names broken for their height.
fn finish_pool(d: &mut Diagram, pool_x: f64) {
    let mut right = d
        .pool
        .right()
        .max(pool_x + POOL_HEADER_WIDTH + LANE_HEADER_WIDTH);
    for n in &d.nodes {
        right = right.max(n.bounds.right() + MARGIN);
        if n.kind != NodeKind::Task && !n.label_lines.is_empty() {
            right = right.max(n.label_bounds.right() + MARGIN);
        }
    }
    for e in &d.edges {
        right = e
            .waypoints
            .iter()
            .map(|p| p.x + MARGIN)
            .fold(right, f64::max);
        if let Some(l) = e.label_bounds {
            right = right.max(l.right() + MARGIN);
        }
    }
    let top = d.lanes.iter().map(|l| l.bounds.y).fold(f64::MAX, f64::min);
    let bottom = d
        .lanes
        .iter()
        .map(|l| l.bounds.bottom())
        .fold(f64::MIN, f64::max);
    for lane in &mut d.lanes {
        lane.bounds.x = pool_x + POOL_HEADER_WIDTH;
        lane.bounds.w = right - lane.bounds.x;
        lane.label_bounds = Rect {
            w: LANE_HEADER_WIDTH,
            ..lane.bounds
        };
        lane.label_lines = text::lines(&lane.name, lane.bounds.h, text::NAME_SIZE);
    }
    d.pool = Rect {
        x: pool_x,
        y: top,
        w: right - pool_x,
        h: bottom - top,
    };
}

#[cfg(test)]
mod tests;
