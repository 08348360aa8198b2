//! Places a diagram: lanes stacked top to bottom, nodes in columns left to right, orthogonal
//! flows that never cross a shape, labels wrapped with the real font.
//!
//! A step takes the next column, unless it is handed to another lane where the column of the
//! step before it is free: then it stands straight under (or over) that step and the flow runs
//! straight down (or up), so the width follows the steps that must stand side by side
//! (`slots`). Each lane is as tall as its own content.
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

mod flows;
mod slots;

use crate::layout::diagram::{Diagram, NodeKind, POOL_HEADER_WIDTH, Rect};
use crate::layout::text::{self, EXTERNAL_SIZE, HEADER_BAND};
use slots::Route;

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
const LANE_PAD_TOP: f64 = 16.0;
const LANE_PAD_BOTTOM: f64 = 16.0;
pub(super) const TRACK_HEIGHT: f64 = 30.0;
const LEFT_MARGIN: f64 = 30.0;
const RIGHT_MARGIN: f64 = 30.0;
pub(super) const GAP: f64 = 50.0;
pub(super) const LABEL_GAP: f64 = 4.0;
const REFUSAL_ROW_GAP: f64 = 34.0;
const EVENT_LABEL_WIDTH: f64 = 140.0;
/// Widths tried for a gateway's condition, narrowest first: a long condition gets a wider block
/// rather than a tower of lines.
const GATEWAY_LABEL_WIDTHS: [(f64, usize); 3] = [(150.0, 4), (240.0, 6), (320.0, usize::MAX)];
const EDGE_LABEL_WIDTH: f64 = 150.0;

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

    // 2. Slots, and the route of every flow between them.
    let (slots, columns) = slots::assign(d);
    let routes = slots::routes(d, &slots);
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
            Route::Down | Route::Straight | Route::Skip | Route::Drop => {
                2.0 * (LABEL_GAP + edge_label[e].0)
            }
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
        if matches!(routes[e], Route::Skip | Route::Drop) {
            if routes[e] == Route::Skip {
                track[d.nodes[edge.from].lane] = true;
            }
            // The label hangs under its gateway; keep it clear of the lane's bottom.
            let src = &d.nodes[edge.from];
            let room = (main_h[src.lane] - src.bounds.h) / 2.0;
            let lane = src.lane;
            below_h[lane] = below_h[lane].max(LABEL_GAP + edge_label[e].1 + LABEL_GAP - room);
        }
    }
    // Lane heights: the lane's own content, and room for its name in two lines of the header band.
    let mut content = vec![0.0f64; lanes];
    let mut heights = vec![0.0f64; lanes];
    for l in 0..lanes {
        let bottom = if track[l] {
            TRACK_HEIGHT
        } else {
            LANE_PAD_BOTTOM
        };
        content[l] = LANE_PAD_TOP + above_h[l].max(0.0) + main_h[l] + below_h[l].max(0.0) + bottom;
        heights[l] = even(text::header_extent(&d.lanes[l].name, content[l]));
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
            // A hanging node follows the node it hangs under.
            let parent_bottom = d.nodes[i - 1].bounds.bottom();
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
    flows::route(d, &slots, &routes, &col_x, &edge_label);
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
mod tests;
