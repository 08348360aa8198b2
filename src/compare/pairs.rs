//! The elements of the text's drawing paired with those of the edited file, and the walks along
//! flows the comparisons share.

use std::collections::VecDeque;

use crate::bpmn::Edited;
use crate::bpmn::matching::{Key, pair};
use crate::layout::diagram::{Diagram, NodeKind};

/// Both diagrams and how their nodes and lanes pair.
pub(super) struct Pairs<'a> {
    /// The diagram the text draws.
    pub(super) expected: &'a Diagram,
    /// The edited file.
    pub(super) edited: &'a Edited,
    /// Expected node → edited node.
    pub(super) node: Vec<Option<usize>>,
    /// Edited node → expected node.
    pub(super) back: Vec<Option<usize>>,
    /// Expected lane → edited lane.
    pub(super) lane: Vec<Option<usize>>,
    /// Edited lane → expected lane.
    pub(super) lane_back: Vec<Option<usize>>,
    /// For each edited node, the nodes its incoming flows come from.
    pub(super) edited_in: Vec<Vec<usize>>,
    /// For each edited node, the nodes its outgoing flows go to.
    pub(super) edited_out: Vec<Vec<usize>>,
    /// For each expected node, the nodes its incoming flows come from.
    pub(super) expected_in: Vec<Vec<usize>>,
}

impl<'a> Pairs<'a> {
    pub(super) fn new(expected: &'a Diagram, edited: &'a Edited) -> Self {
        let keys_e: Vec<Key> = expected
            .nodes
            .iter()
            .map(|n| Key {
                id: &n.id,
                kind: Some(n.kind),
                name: &n.name,
            })
            .collect();
        let keys_f: Vec<Key> = edited
            .nodes
            .iter()
            .map(|n| Key {
                id: &n.id,
                kind: n.kind,
                name: &n.name,
            })
            .collect();
        let node = pair(&keys_e, &keys_f);
        let lanes_e: Vec<Key> = expected
            .lanes
            .iter()
            .map(|l| Key {
                id: &l.id,
                kind: None,
                name: &l.name,
            })
            .collect();
        let lanes_f: Vec<Key> = edited
            .lanes
            .iter()
            .map(|l| Key {
                id: &l.id,
                kind: None,
                name: &l.name,
            })
            .collect();
        let lane = pair(&lanes_e, &lanes_f);
        let mut edited_in = vec![Vec::new(); edited.nodes.len()];
        let mut edited_out = vec![Vec::new(); edited.nodes.len()];
        for f in &edited.flows {
            edited_in[f.to].push(f.from);
            edited_out[f.from].push(f.to);
        }
        let mut expected_in = vec![Vec::new(); expected.nodes.len()];
        for e in &expected.edges {
            expected_in[e.to].push(e.from);
        }
        Pairs {
            edited_in,
            edited_out,
            expected_in,
            back: inverse(&node, edited.nodes.len()),
            lane_back: inverse(&lane, edited.lanes.len()),
            expected,
            edited,
            node,
            lane,
        }
    }

    /// True for an unnamed gateway of the text's drawing: a merge, which says nothing the
    /// text says.
    pub(super) fn is_merge(&self, i: usize) -> bool {
        let n = &self.expected.nodes[i];
        n.kind == NodeKind::Gateway && n.name.trim().is_empty()
    }

    /// The first node at or after expected node `i` that is not a merge.
    pub(super) fn through_expected(&self, mut i: usize) -> usize {
        for _ in 0..self.expected.nodes.len() {
            if !self.is_merge(i) {
                break;
            }
            match self.expected.edges.iter().find(|e| e.from == i) {
                Some(e) => i = e.to,
                None => break,
            }
        }
        i
    }

    /// The first node at or after edited node `j` that is not an unnamed gateway with one
    /// outgoing flow (a merge the editor drew or kept).
    pub(super) fn through_edited(&self, mut j: usize) -> usize {
        for _ in 0..self.edited.nodes.len() {
            let n = &self.edited.nodes[j];
            let mut out = self.edited.flows.iter().filter(|f| f.from == j);
            let passes = n.kind == Some(NodeKind::Gateway) && n.name.trim().is_empty();
            match (passes, out.next(), out.next()) {
                (true, Some(f), None) => j = f.to,
                _ => break,
            }
        }
        j
    }

    /// The line of the text nearest to edited node `j`: its own when paired, else that of the
    /// closest paired node before it along the flows, else after it, else the list's.
    pub(super) fn line_near(&self, j: usize) -> u32 {
        let line_of = |k: usize| self.back[k].and_then(|i| self.expected.nodes[i].line);
        if let Some(l) = line_of(j) {
            return l;
        }
        for backwards in [true, false] {
            let mut seen = vec![false; self.edited.nodes.len()];
            let mut queue = VecDeque::from([j]);
            seen[j] = true;
            while let Some(k) = queue.pop_front() {
                if let Some(l) = line_of(k) {
                    return l;
                }
                let next = if backwards {
                    &self.edited_in[k]
                } else {
                    &self.edited_out[k]
                };
                for &m in next {
                    if !seen[m] {
                        seen[m] = true;
                        queue.push_back(m);
                    }
                }
            }
        }
        self.expected.line
    }
}

fn inverse(pairs: &[Option<usize>], len: usize) -> Vec<Option<usize>> {
    let mut back = vec![None; len];
    for (i, j) in pairs.iter().enumerate() {
        if let Some(j) = j {
            back[*j] = Some(i);
        }
    }
    back
}

/// A name short enough to quote in a message.
pub(super) fn short(name: &str) -> String {
    const MOST: usize = 60;
    let one_line = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= MOST {
        return one_line;
    }
    let cut: String = one_line.chars().take(MOST).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}
