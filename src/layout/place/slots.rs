//! Where each node goes: its column, and whether it hangs under its column's node, then how each
//! flow is routed between those places.
//!
//! Columns are taken in node order. A step handed to another lane goes straight down (or up) in
//! the column of the step before it when nothing else needs that column there, so a diagram is as
//! wide as the number of steps that must stand side by side, not the number of steps.

use crate::layout::diagram::{Diagram, NodeKind};

/// Where a node sits: its column and whether it hangs in the refusal row under its column's main node.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Slot {
    pub column: usize,
    pub below: bool,
}

/// How a flow is routed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Route {
    /// Straight down from a main node to the end event under it.
    Down,
    /// Straight down or up to the next step in the same column, another lane.
    Straight,
    /// From one column to the next, turning in the gap between them.
    Adjacent,
    /// Over several columns, along the bottom track of the source's lane.
    Skip,
    /// Down out of a decision to the row of a refusal branch in a lower lane, then right into it;
    /// the decision's other outcome then leaves by its right side along its own row.
    Drop,
}

/// The slot of every node, and the number of columns.
pub(super) fn assign(d: &Diagram) -> (Vec<Slot>, usize) {
    let n = d.nodes.len();
    let mut incoming = vec![Vec::new(); n];
    let mut outgoing = vec![0usize; n];
    for (e, edge) in d.edges.iter().enumerate() {
        incoming[edge.to].push(e);
        outgoing[edge.from] += 1;
    }
    // A non-final end event reached only from the node just before it hangs under that node.
    let mut hangs = vec![false; n];
    for i in 1..n.saturating_sub(1) {
        hangs[i] = d.nodes[i].kind == NodeKind::End
            && incoming[i].len() == 1
            && d.edges[incoming[i][0]].from == i - 1
            && !hangs[i - 1];
    }
    // Per column, then per lane: whether a shape stands or a flow passes there.
    let lanes = d.lanes.len();
    let mut taken: Vec<bool> = Vec::new();
    let mut slots: Vec<Slot> = Vec::with_capacity(n);
    for i in 0..n {
        if hangs[i] {
            slots.push(Slot {
                column: slots[i - 1].column,
                below: true,
            });
            continue;
        }
        let lane = d.nodes[i].lane;
        let last = (taken.len() / lanes.max(1)).checked_sub(1);
        let straight = last.and_then(|column| {
            let p = straight_from(d, i, &incoming, &outgoing, &hangs)?;
            let from = d.nodes[p].lane;
            let (lo, hi) = (from.min(lane), from.max(lane));
            let cells = &mut taken[column * lanes + lo..=column * lanes + hi];
            let free = (lo..=hi).all(|l| l == from || !cells[l - lo]);
            free.then(|| {
                cells.fill(true);
                column
            })
        });
        let column = straight.unwrap_or_else(|| {
            taken.resize(taken.len() + lanes, false);
            taken.len() / lanes - 1
        });
        taken[column * lanes + lane] = true;
        slots.push(Slot {
            column,
            below: false,
        });
    }
    (slots, taken.len() / lanes.max(1))
}

/// The step a task may continue straight under (or over) in the same column: the node just
/// before it, in another lane, with one plain flow between them and nothing else on the sides
/// the flow leaves and enters by (a label above the source when going up, an end event hanging
/// under the task when coming from below).
fn straight_from(
    d: &Diagram,
    i: usize,
    incoming: &[Vec<usize>],
    outgoing: &[usize],
    hangs: &[bool],
) -> Option<usize> {
    let &[e] = incoming[i].as_slice() else {
        return None;
    };
    let edge = &d.edges[e];
    let p = edge.from;
    let (source, target) = (&d.nodes[p], &d.nodes[i]);
    if p + 1 != i
        || edge.label.is_some()
        || outgoing[p] != 1
        || target.kind != NodeKind::Task
        || source.lane == target.lane
    {
        return None;
    }
    let down = target.lane > source.lane;
    let fits = if down {
        matches!(source.kind, NodeKind::Task | NodeKind::Start)
    } else {
        source.kind == NodeKind::Task && !hangs.get(i + 1).copied().unwrap_or(false)
    };
    fits.then_some(p)
}

/// How each flow runs between the slots of its ends.
pub(super) fn routes(d: &Diagram, slots: &[Slot]) -> Vec<Route> {
    let mut routes: Vec<Route> = d
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (slots[e.from], slots[e.to]);
            if a.column == b.column {
                if b.below {
                    Route::Down
                } else {
                    Route::Straight
                }
            } else if b.column == a.column + 1 {
                Route::Adjacent
            } else {
                Route::Skip
            }
        })
        .collect();
    // A decision whose refusal branch lies in a lower lane in the next column and whose other
    // outcome skips over it: turning right then down into the branch would cross the skip's track
    // under the decision. The branch is reached down and right instead, and the skip runs along
    // the decision's own row, which holds nothing in the branch's column (the branch stands in
    // another lane, and a decision's column holds the decision alone).
    // The first two flows out of each node, and how many leave it.
    let mut out = vec![(0usize, 0usize, 0u8); d.nodes.len()];
    for (e, edge) in d.edges.iter().enumerate() {
        let o = &mut out[edge.from];
        match o.2 {
            0 => o.0 = e,
            1 => o.1 = e,
            _ => {}
        }
        o.2 = o.2.saturating_add(1);
    }
    for (node, &(first, second, count)) in d.nodes.iter().zip(&out) {
        if node.kind != NodeKind::Gateway || count != 2 {
            continue;
        }
        for (branch, skip) in [(first, second), (second, first)] {
            if routes[branch] == Route::Adjacent
                && routes[skip] == Route::Skip
                && d.nodes[d.edges[branch].to].lane > node.lane
            {
                routes[branch] = Route::Drop;
                routes[skip] = Route::Adjacent;
                break;
            }
        }
    }
    routes
}
