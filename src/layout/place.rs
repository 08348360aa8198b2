//! Places a diagram: lanes stacked top to bottom, one column per main-path node left to right,
//! orthogonal flows that never cross a shape, labels wrapped with the real font.
//!
//! Geometry of a lane, top to bottom: padding, the zone for labels that sit above events and
//! gateways, the main row (every main-path node centred on one line), the refusal row (end events
//! hung under the gateway or refusal message that leads to them, labels below), and the bottom
//! track along which flows that skip columns run. Columns are separated by gaps that hold nothing
//! but vertical flow segments, so a flow that changes lanes turns only inside a gap.
//! Every coordinate is a whole number, so the same model always gives the same picture.
//!
//! Names are sized the way BPMN tools lay them out (`layout::text`): a task is tall enough for
//! both the справочник's composed label and the tools' breaking of its whole name; labels
//! outside shapes get the bounds the tools fill; pool and lane names are written upwards in the
//! 30 px header band both pictures draw, and pools and lanes are tall enough for them.

use crate::layout::diagram::{Diagram, NodeKind, POOL_HEADER_WIDTH, Point, Rect};
use crate::layout::text::{self, EXTERNAL_SIZE, HEADER_BAND};

pub use crate::layout::check::problems;
pub use crate::layout::label::{duration_short, task_label};

/// Font size of every label, px.
pub const FONT_SIZE: f64 = 12.0;
/// Line height of every label, px.
pub const LINE_HEIGHT: f64 = 15.0;
/// Width of the band at a lane's left edge holding the lane name, written upwards.
pub const LANE_HEADER_WIDTH: f64 = HEADER_BAND;
/// Task box width; text wraps to this less twice [`TASK_PADDING`].
pub const TASK_WIDTH: f64 = 200.0;
/// Minimum task height (standard BPMN 100×80).
pub const TASK_MIN_HEIGHT: f64 = 80.0;
/// Inner padding of a task box.
pub const TASK_PADDING: f64 = 10.0;
/// Diameter of start and end events.
pub const EVENT_SIZE: f64 = 36.0;
/// Side of a gateway diamond's bounding box.
pub const GATEWAY_SIZE: f64 = 50.0;
const LANE_MIN_HEIGHT: f64 = 120.0;
const LANE_PAD_TOP: f64 = 16.0;
const LANE_PAD_BOTTOM: f64 = 16.0;
const TRACK_HEIGHT: f64 = 30.0;
const LEFT_MARGIN: f64 = 30.0;
const RIGHT_MARGIN: f64 = 30.0;
const GAP: f64 = 50.0;
const LABEL_GAP: f64 = 4.0;
const REFUSAL_ROW_GAP: f64 = 34.0;
const EVENT_LABEL_WIDTH: f64 = 140.0;
/// Widths tried for a gateway's condition, narrowest first: a long condition gets a wider block
/// rather than a tower of lines.
const GATEWAY_LABEL_WIDTHS: [(f64, usize); 3] = [(150.0, 4), (240.0, 6), (320.0, usize::MAX)];
const EDGE_LABEL_WIDTH: f64 = 150.0;

/// Where a node sits: its column and whether it hangs in the refusal row under its column's main node.
#[derive(Clone, Copy)]
struct Slot {
    column: usize,
    below: bool,
}

/// How a flow is routed.
#[derive(Clone, Copy, PartialEq)]
enum Route {
    /// Straight down from a main node to the end event under it.
    Down,
    /// From one column to the next, turning in the gap between them.
    Adjacent,
    /// Over several columns, along the bottom track of the source's lane.
    Skip,
}

/// Fills in every rectangle, waypoint and label line of `d`; the semantics are left untouched.
pub fn place(d: &mut Diagram) {
    let n = d.nodes.len();
    if n == 0 || d.lanes.is_empty() {
        return;
    }

    // 1. Sizes and labels; outside labels remember the width they were broken at.
    let mut wrapped_at = vec![EVENT_LABEL_WIDTH; n];
    let language = d.language;
    for (node, wrapped) in d.nodes.iter_mut().zip(wrapped_at.iter_mut()) {
        match node.kind {
            NodeKind::Task => {
                let lines = task_label(node.step, &node.name, node.duration.as_ref(), language);
                let h = even(
                    (lines.len() as f64 * LINE_HEIGHT + 2.0 * TASK_PADDING)
                        .max(text::task_name_height(&node.name, TASK_WIDTH))
                        .max(TASK_MIN_HEIGHT),
                );
                node.bounds = Rect {
                    x: 0.0,
                    y: 0.0,
                    w: TASK_WIDTH,
                    h,
                };
                node.label_lines = lines;
            }
            NodeKind::Start | NodeKind::End => {
                node.bounds = Rect {
                    x: 0.0,
                    y: 0.0,
                    w: EVENT_SIZE,
                    h: EVENT_SIZE,
                };
                node.label_lines = external_lines(&node.name, EVENT_LABEL_WIDTH);
            }
            NodeKind::Gateway => {
                node.bounds = Rect {
                    x: 0.0,
                    y: 0.0,
                    w: GATEWAY_SIZE,
                    h: GATEWAY_SIZE,
                };
                *wrapped = gateway_label_width(&node.name);
                node.label_lines = external_lines(&node.name, *wrapped);
            }
        }
    }

    // 2. Slots: a non-final end event reached only from the node just before it hangs under that node.
    let mut incoming = vec![Vec::new(); n];
    for (e, edge) in d.edges.iter().enumerate() {
        incoming[edge.to].push(e);
    }
    let mut slots = Vec::with_capacity(n);
    let mut columns = 0usize;
    for (i, into) in incoming.iter().enumerate() {
        let hangs = i > 0
            && i + 1 < n
            && d.nodes[i].kind == NodeKind::End
            && into.len() == 1
            && d.edges[into[0]].from == i - 1
            && !slots.get(i - 1).is_some_and(|s: &Slot| s.below);
        if hangs {
            slots.push(Slot {
                column: columns - 1,
                below: true,
            });
        } else {
            slots.push(Slot {
                column: columns,
                below: false,
            });
            columns += 1;
        }
    }
    let routes: Vec<Route> = d
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (slots[e.from], slots[e.to]);
            if b.below && a.column == b.column {
                Route::Down
            } else if b.column == a.column + 1 {
                Route::Adjacent
            } else {
                Route::Skip
            }
        })
        .collect();
    let edge_label: Vec<(f64, f64)> = d
        .edges
        .iter()
        .map(|e| {
            e.label.as_deref().map_or((0.0, 0.0), |l| {
                let lines = text::lines(l, EDGE_LABEL_WIDTH, EXTERNAL_SIZE);
                (
                    external_width(&lines, EDGE_LABEL_WIDTH),
                    text::block_height(lines.len(), EXTERNAL_SIZE),
                )
            })
        })
        .collect();

    // 3. Column widths: wide enough for the node, its labels and the labels of its outgoing flows.
    let mut col_w = vec![0.0f64; columns];
    for (i, node) in d.nodes.iter().enumerate() {
        let c = slots[i].column;
        // A task's label is wrapped to fit inside it; other labels sit outside and may be wider.
        let label = if node.kind == NodeKind::Task {
            0.0
        } else {
            external_width(&node.label_lines, wrapped_at[i])
        };
        col_w[c] = col_w[c].max(node.bounds.w).max(label);
    }
    for (e, edge) in d.edges.iter().enumerate() {
        if edge.label.is_none() {
            continue;
        }
        let src = &d.nodes[edge.from];
        let c = slots[edge.from].column;
        let need = match routes[e] {
            // Label right of the vertical segment under the source.
            Route::Down | Route::Skip => 2.0 * (LABEL_GAP + edge_label[e].0),
            // Label above the first horizontal segment; it must end before the gap's middle.
            Route::Adjacent => {
                2.0 * (src.bounds.w / 2.0 + LABEL_GAP * 2.0 + edge_label[e].0 - GAP / 2.0)
            }
        };
        col_w[c] = col_w[c].max(need);
    }
    for w in &mut col_w {
        *w = even(*w);
    }
    let mut col_x = Vec::with_capacity(columns);
    let mut x = POOL_HEADER_WIDTH + LANE_HEADER_WIDTH + LEFT_MARGIN;
    for w in &col_w {
        col_x.push(x);
        x += w + GAP;
    }
    let content_right = x - GAP;

    // 4. Lane heights.
    let lanes = d.lanes.len();
    let mut main_h = vec![0.0f64; lanes];
    for (i, node) in d.nodes.iter().enumerate() {
        if !slots[i].below {
            main_h[node.lane] = main_h[node.lane].max(node.bounds.h);
        }
    }
    for h in &mut main_h {
        if *h == 0.0 {
            *h = TASK_MIN_HEIGHT;
        }
    }
    let mut above_h = vec![0.0f64; lanes];
    let mut below_h = vec![0.0f64; lanes];
    let mut track = vec![false; lanes];
    for (i, node) in d.nodes.iter().enumerate() {
        let lane = node.lane;
        let label_h = if node.kind == NodeKind::Task {
            0.0
        } else {
            text::block_height(node.label_lines.len(), EXTERNAL_SIZE)
        };
        if slots[i].below {
            below_h[lane] =
                below_h[lane].max(REFUSAL_ROW_GAP + node.bounds.h + LABEL_GAP + label_h);
        } else if node.kind != NodeKind::Task && label_h > 0.0 {
            let offset = (main_h[lane] - node.bounds.h) / 2.0;
            above_h[lane] = above_h[lane].max(label_h + LABEL_GAP - offset);
        }
    }
    for (e, edge) in d.edges.iter().enumerate() {
        if routes[e] == Route::Skip {
            track[d.nodes[edge.from].lane] = true;
            // A skip label hangs under its gateway; keep it clear of the track.
            let src = &d.nodes[edge.from];
            let room = (main_h[src.lane] - src.bounds.h) / 2.0;
            let lane = src.lane;
            below_h[lane] = below_h[lane].max(LABEL_GAP + edge_label[e].1 + LABEL_GAP - room);
        }
    }
    // Lane heights: the content, and room for the lane name in two lines of the header band.
    let mut content = vec![0.0f64; lanes];
    let mut heights = vec![0.0f64; lanes];
    for l in 0..lanes {
        let bottom = if track[l] {
            TRACK_HEIGHT
        } else {
            LANE_PAD_BOTTOM
        };
        content[l] = LANE_PAD_TOP + above_h[l].max(0.0) + main_h[l] + below_h[l].max(0.0) + bottom;
        let least = content[l].max(LANE_MIN_HEIGHT);
        heights[l] = even(text::header_extent(&d.lanes[l].name, least));
    }
    // The pool's name needs its own length of header: what is missing is shared by the lanes,
    // whose names are then broken anew (a longer line can break differently).
    let pool_name = d.pool_name();
    for _ in 0..8 {
        let total: f64 = heights.iter().sum();
        let needed = even(text::header_extent(&pool_name, total));
        if needed <= total {
            break;
        }
        let share = even((needed - total) / lanes as f64);
        for (l, h) in heights.iter_mut().enumerate() {
            *h = even(text::header_extent(&d.lanes[l].name, *h + share));
        }
    }
    let mut main_cy = Vec::with_capacity(lanes);
    let mut y = 0.0;
    for l in 0..lanes {
        let h = heights[l];
        let slack = ((h - content[l]) / 2.0).floor();
        main_cy.push(y + slack + LANE_PAD_TOP + above_h[l].max(0.0) + main_h[l] / 2.0);
        let lane = &mut d.lanes[l];
        lane.bounds = Rect {
            x: POOL_HEADER_WIDTH,
            y,
            w: content_right + RIGHT_MARGIN - POOL_HEADER_WIDTH,
            h,
        };
        lane.label_bounds = Rect {
            x: POOL_HEADER_WIDTH,
            y,
            w: LANE_HEADER_WIDTH,
            h,
        };
        lane.label_lines = text::lines(&lane.name, h, text::NAME_SIZE);
        y += h;
    }
    d.pool = Rect {
        x: 0.0,
        y: 0.0,
        w: content_right + RIGHT_MARGIN,
        h: y,
    };

    // 5. Node and label positions.
    for i in 0..n {
        let slot = slots[i];
        let lane = d.nodes[i].lane;
        let cx = col_x[slot.column] + col_w[slot.column] / 2.0;
        let (w, h) = (d.nodes[i].bounds.w, d.nodes[i].bounds.h);
        let cy = if slot.below {
            let parent = (0..i)
                .rev()
                .find(|&p| slots[p].column == slot.column && !slots[p].below);
            let parent_bottom = parent.map_or(main_cy[lane], |p| d.nodes[p].bounds.bottom());
            parent_bottom + REFUSAL_ROW_GAP + h / 2.0
        } else {
            main_cy[lane]
        };
        let node = &mut d.nodes[i];
        node.bounds = Rect {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        };
        let (lw, lh) = if node.kind == NodeKind::Task {
            (0.0, node.label_lines.len() as f64 * LINE_HEIGHT)
        } else {
            (
                external_width(&node.label_lines, wrapped_at[i]),
                text::block_height(node.label_lines.len(), EXTERNAL_SIZE),
            )
        };
        node.label_bounds = match node.kind {
            NodeKind::Task => Rect {
                x: node.bounds.x + TASK_PADDING,
                y: (cy - lh / 2.0).floor(),
                w: w - 2.0 * TASK_PADDING,
                h: lh,
            },
            _ if node.label_lines.is_empty() => Rect::default(),
            _ if slot.below => Rect {
                x: (cx - lw / 2.0).floor(),
                y: node.bounds.bottom() + LABEL_GAP,
                w: lw,
                h: lh,
            },
            _ => Rect {
                x: (cx - lw / 2.0).floor(),
                y: node.bounds.y - LABEL_GAP - lh,
                w: lw,
                h: lh,
            },
        };
    }

    // 6. Flows.
    for e in 0..d.edges.len() {
        let (from, to) = (d.edges[e].from, d.edges[e].to);
        let a = d.nodes[from].bounds;
        let b = d.nodes[to].bounds;
        let (ac, bc) = (a.centre(), b.centre());
        let gap_before = |column: usize| col_x[column] - GAP / 2.0;
        let points = match routes[e] {
            Route::Down => vec![
                Point {
                    x: ac.x,
                    y: a.bottom(),
                },
                Point { x: bc.x, y: b.y },
            ],
            Route::Adjacent if ac.y == bc.y => {
                vec![
                    Point {
                        x: a.right(),
                        y: ac.y,
                    },
                    Point { x: b.x, y: bc.y },
                ]
            }
            Route::Adjacent => {
                let gx = gap_before(slots[to].column);
                vec![
                    Point {
                        x: a.right(),
                        y: ac.y,
                    },
                    Point { x: gx, y: ac.y },
                    Point { x: gx, y: bc.y },
                    Point { x: b.x, y: bc.y },
                ]
            }
            Route::Skip => {
                let lane = d.lanes[d.nodes[from].lane].bounds;
                let ty = lane.bottom() - TRACK_HEIGHT / 2.0;
                let gx = gap_before(slots[to].column);
                vec![
                    Point {
                        x: ac.x,
                        y: a.bottom(),
                    },
                    Point { x: ac.x, y: ty },
                    Point { x: gx, y: ty },
                    Point { x: gx, y: bc.y },
                    Point { x: b.x, y: bc.y },
                ]
            }
        };
        let label_bounds = d.edges[e].label.as_ref().map(|_| {
            let (w, h) = edge_label[e];
            match routes[e] {
                Route::Down | Route::Skip => Rect {
                    x: ac.x + LABEL_GAP,
                    y: a.bottom() + LABEL_GAP / 2.0,
                    w,
                    h,
                },
                Route::Adjacent => Rect {
                    x: a.right() + LABEL_GAP,
                    y: ac.y - LABEL_GAP - h,
                    w,
                    h,
                },
            }
        });
        let edge = &mut d.edges[e];
        edge.waypoints = points;
        edge.label_bounds = label_bounds;
    }
}

/// Rounds up to the next even whole number, so halves of sizes stay whole.
fn even(v: f64) -> f64 {
    (v / 2.0).ceil() * 2.0
}

/// An outside label as the tools break it at `width`.
fn external_lines(name: &str, width: f64) -> Vec<String> {
    if name.trim().is_empty() {
        return Vec::new();
    }
    text::lines(name, width, EXTERNAL_SIZE)
}

/// The narrowest width at which a gateway's whole condition stays short enough.
fn gateway_label_width(name: &str) -> f64 {
    GATEWAY_LABEL_WIDTHS
        .iter()
        .find(|(w, most)| external_lines(name, *w).len() <= *most)
        .map_or(
            GATEWAY_LABEL_WIDTHS[GATEWAY_LABEL_WIDTHS.len() - 1].0,
            |(w, _)| *w,
        )
}

/// The width of an outside label's bounds: a single line gets its own width (with a margin that
/// keeps it on one line when the tools measure it again); several lines keep the width they were
/// broken at, so the tools break them the same way.
fn external_width(lines: &[String], wrapped_at: f64) -> f64 {
    match lines.len() {
        0 => 0.0,
        1 => text::block_width(lines, EXTERNAL_SIZE) + 2.0,
        _ => wrapped_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::samples::placed;

    #[test]
    fn samples_place_without_overlaps_or_crossings() {
        for d in placed() {
            assert_eq!(problems(&d), Vec::<String>::new(), "{}", d.id);
        }
    }
    #[test]
    fn placement_is_deterministic_and_whole() {
        let (a, b) = (placed(), placed());
        assert_eq!(a, b);
        for d in &a {
            let mut numbers = vec![d.pool.x, d.pool.y, d.pool.w, d.pool.h];
            for n in &d.nodes {
                numbers.extend([n.bounds.x, n.bounds.y, n.bounds.w, n.bounds.h]);
                numbers.extend([
                    n.label_bounds.x,
                    n.label_bounds.y,
                    n.label_bounds.w,
                    n.label_bounds.h,
                ]);
            }
            for e in &d.edges {
                numbers.extend(e.waypoints.iter().flat_map(|p| [p.x, p.y]));
            }
            assert!(numbers.iter().all(|v| v.fract() == 0.0), "{}", d.id);
        }
    }
    #[test]
    fn shapes_have_bpmn_sizes_and_lanes_stack() {
        for d in placed() {
            for n in &d.nodes {
                match n.kind {
                    NodeKind::Task => assert!(n.bounds.w >= 100.0 && n.bounds.h >= 80.0),
                    NodeKind::Start | NodeKind::End => {
                        assert_eq!((n.bounds.w, n.bounds.h), (36.0, 36.0))
                    }
                    NodeKind::Gateway => assert_eq!((n.bounds.w, n.bounds.h), (50.0, 50.0)),
                }
            }
            assert_eq!(d.lanes[0].bounds.y, d.pool.y);
            for w in d.lanes.windows(2) {
                assert_eq!(w[0].bounds.bottom(), w[1].bounds.y);
            }
            let last = d.lanes.last().unwrap().bounds;
            assert_eq!(last.bottom(), d.pool.bottom());
            assert_eq!(last.right(), d.pool.right());
            assert_eq!(d.lanes[0].bounds.x, POOL_HEADER_WIDTH);
            assert_eq!(d.lanes[0].label_bounds.w, LANE_HEADER_WIDTH);
            // Main-path nodes run left to right in node order.
            let xs: Vec<f64> = d
                .nodes
                .iter()
                .filter(|n| !(n.kind == NodeKind::End && n.name != d.nodes.last().unwrap().name))
                .map(|n| n.bounds.x)
                .collect();
            assert!(xs.windows(2).all(|w| w[0] < w[1]), "{}: {xs:?}", d.id);
        }
    }
}
