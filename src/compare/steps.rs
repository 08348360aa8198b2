//! Steps missing from the diagram, steps the text does not have, and steps in another order.
//!
//! The order is read along the flows, not from positions (an editor may draw a step anywhere):
//! the edited nodes are sorted so that every flow runs forwards, and the steps kept in their
//! text order form the longest run possible; each step outside that run is one moved step, so
//! a step dragged to another place is reported once, not with every neighbour it passed.

use super::pairs::{Pairs, short};
use super::words::{Thing, Words};
use super::{Departure, Kind};
use crate::bpmn::matching::leading_number;
use crate::layout::diagram::NodeKind;

pub(super) fn departures(p: &Pairs, w: &Words, out: &mut Vec<Departure>) {
    let (e, f) = (p.expected, p.edited);
    for (i, n) in e.nodes.iter().enumerate() {
        if p.node[i].is_none() && !p.is_merge(i) {
            out.push(Departure {
                kind: Kind::StepMissing,
                element: n.id.clone(),
                name: n.name.clone(),
                line: expected_line(p, i),
                message: w.missing(Thing::of(Some(n.kind), n.step)),
                text: Some(n.name.clone()).filter(|s| !s.is_empty()),
                diagram: None,
            });
        }
    }
    for (j, n) in f.nodes.iter().enumerate() {
        if p.back[j].is_some() {
            continue;
        }
        let outgoing = f.flows.iter().filter(|x| x.from == j).count();
        if n.kind == Some(NodeKind::Gateway) && n.name.trim().is_empty() && outgoing <= 1 {
            // A merge drawn by the editor joins flows; it says nothing the text says.
            continue;
        }
        out.push(Departure {
            kind: Kind::StepAdded,
            element: n.id.clone(),
            name: n.name.clone(),
            line: p.line_near(j),
            message: w.added(Thing::of(n.kind, leading_number(&n.name))),
            text: None,
            diagram: Some(n.name.clone()).filter(|s| !s.is_empty()),
        });
    }
    order(p, w, out);
}

/// The line of expected node `i`, or of the closest node before it that has one (events and
/// merges have none of their own), or the list's.
fn expected_line(p: &Pairs, i: usize) -> u32 {
    let e = p.expected;
    let mut at = i;
    for _ in 0..e.nodes.len() {
        if let Some(l) = e.nodes[at].line {
            return l;
        }
        match e.edges.iter().find(|x| x.to == at) {
            Some(x) => at = x.from,
            None => break,
        }
    }
    e.line
}

/// True for an expected node whose place in the order the text gives: a task or a decision.
fn ordered(p: &Pairs, i: usize) -> bool {
    let n = &p.expected.nodes[i];
    n.kind == NodeKind::Task || (n.kind == NodeKind::Gateway && !p.is_merge(i))
}

fn thing(p: &Pairs, i: Option<usize>) -> Thing {
    match i {
        Some(i) => {
            let n = &p.expected.nodes[i];
            Thing::of(Some(n.kind), n.step)
        }
        None => Thing::Start,
    }
}

fn order(p: &Pairs, w: &Words, out: &mut Vec<Departure>) {
    let f = p.edited;
    let sequence: Vec<(usize, usize)> = flow_order(p)
        .into_iter()
        .filter_map(|j| p.back[j].filter(|&i| ordered(p, i)).map(|i| (j, i)))
        .collect();
    let keep = longest_increasing(&sequence.iter().map(|s| s.1).collect::<Vec<_>>());
    for (k, &(j, i)) in sequence.iter().enumerate() {
        if keep[k] {
            continue;
        }
        let before_in_diagram = edited_before(p, j);
        let before_in_text = expected_before(p, i);
        let n = &p.expected.nodes[i];
        out.push(Departure {
            kind: Kind::StepOrder,
            element: f.nodes[j].id.clone(),
            name: f.nodes[j].name.clone(),
            line: n.line.unwrap_or(p.expected.line),
            message: w.order(
                thing(p, Some(i)),
                thing(p, before_in_diagram),
                thing(p, before_in_text),
            ),
            text: before_in_text.map(|b| short(&p.expected.nodes[b].name)),
            diagram: before_in_diagram.map(|b| short(&p.expected.nodes[b].name)),
        });
    }
}

/// The closest step or decision before expected node `i` along the text's flows.
fn expected_before(p: &Pairs, i: usize) -> Option<usize> {
    nearest_before(i, &p.expected_in, |k| ordered(p, k).then_some(k))
}

/// The closest step or decision of the text before edited node `j` along the diagram's flows,
/// as the expected node it pairs with.
fn edited_before(p: &Pairs, j: usize) -> Option<usize> {
    nearest_before(j, &p.edited_in, |k| p.back[k].filter(|&i| ordered(p, i)))
}

/// Walks back from `start` breadth first and returns the first answer `found` gives.
fn nearest_before(
    start: usize,
    incoming: &[Vec<usize>],
    found: impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let mut seen = vec![false; incoming.len()];
    seen[start] = true;
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(k) = queue.pop_front() {
        if k != start
            && let Some(answer) = found(k)
        {
            return Some(answer);
        }
        for &from in &incoming[k] {
            if !seen[from] {
                seen[from] = true;
                queue.push_back(from);
            }
        }
    }
    None
}

/// The edited nodes sorted so that every flow runs forwards (where a cycle forbids it, the
/// node the text puts first goes first); among nodes free to go, the text's order decides.
fn flow_order(p: &Pairs) -> Vec<usize> {
    use std::cmp::Reverse;
    use std::collections::{BTreeSet, BinaryHeap};
    let f = p.edited;
    let n = f.nodes.len();
    let rank = |j: usize| p.back[j].unwrap_or(usize::MAX / 2 + j);
    let mut out_of = vec![Vec::new(); n];
    let mut indegree = vec![0usize; n];
    for x in f.flows.iter().filter(|x| x.from != x.to) {
        indegree[x.to] += 1;
        out_of[x.from].push(x.to);
    }
    let mut ready: BinaryHeap<Reverse<(usize, usize)>> = (0..n)
        .filter(|&j| indegree[j] == 0)
        .map(|j| Reverse((rank(j), j)))
        .collect();
    let mut left: BTreeSet<(usize, usize)> = (0..n).map(|j| (rank(j), j)).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(&first) = left.first() {
        let next = loop {
            match ready.pop() {
                Some(Reverse(k)) if left.contains(&k) => break k,
                Some(_) => continue,
                // Only cycles are left: the text's first node among them goes.
                None => break first,
            }
        };
        left.remove(&next);
        order.push(next.1);
        for &to in &out_of[next.1] {
            indegree[to] = indegree[to].saturating_sub(1);
            if indegree[to] == 0 && left.contains(&(rank(to), to)) {
                ready.push(Reverse((rank(to), to)));
            }
        }
    }
    order
}

/// Which entries of `s` form its longest strictly increasing subsequence (the earliest such).
fn longest_increasing(s: &[usize]) -> Vec<bool> {
    // tails[k]: index in `s` of the smallest last value of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before = vec![None; s.len()];
    for (k, &v) in s.iter().enumerate() {
        let at = tails.partition_point(|&t| s[t] < v);
        if at > 0 {
            before[k] = Some(tails[at - 1]);
        }
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut keep = vec![false; s.len()];
    let mut at = tails.last().copied();
    while let Some(k) = at {
        keep[k] = true;
        at = before[k];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::longest_increasing;

    #[test]
    fn one_moved_step_is_the_one_left_out() {
        // Step 3 (index 2) drawn after step 5.
        let keep = longest_increasing(&[0, 1, 3, 4, 2, 5]);
        assert_eq!(keep, vec![true, true, true, true, false, true]);
        assert_eq!(longest_increasing(&[]), Vec::<bool>::new());
        assert_eq!(
            longest_increasing(&[2, 1, 0])
                .iter()
                .filter(|k| **k)
                .count(),
            1
        );
    }
}
