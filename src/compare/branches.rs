//! Where a decision's outcomes lead: each outcome of the text's drawing paired with one of the
//! edited gateway's flows (by id, then by its label, then by where it leads), and the targets
//! compared through merges, which an editor may add or remove without changing a thing.

use super::pairs::{Pairs, short};
use super::{Departure, Kind};
use crate::bpmn::matching::normalise;

pub(super) fn departures(p: &Pairs, w: &super::words::Words, out: &mut Vec<Departure>) {
    let (e, f) = (p.expected, p.edited);
    for (i, n) in e.nodes.iter().enumerate() {
        let expected: Vec<usize> = (0..e.edges.len())
            .filter(|&k| e.edges[k].from == i)
            .collect();
        let Some(j) = p.node[i].filter(|_| expected.len() > 1 && !p.is_merge(i)) else {
            continue;
        };
        let edited: Vec<usize> = (0..f.flows.len())
            .filter(|&k| f.flows[k].from == j)
            .collect();
        let paired = pair_branches(p, &expected, &edited);
        let gateway = &f.nodes[j];
        let line = n.line.unwrap_or(e.line);
        let label_e = |k: usize| {
            e.edges[k]
                .label
                .clone()
                .unwrap_or_else(|| w.unnamed().into())
        };
        let label_f = |k: usize| {
            f.flows[k]
                .name
                .clone()
                .unwrap_or_else(|| w.unnamed().into())
        };
        let target_e = |k: usize| p.through_expected(e.edges[k].to);
        let target_f = |k: usize| p.through_edited(f.flows[k].to);
        let name_e = |t: usize| short(&e.nodes[t].name);
        let name_f = |t: usize| {
            let n = &f.nodes[t];
            short(if n.name.trim().is_empty() {
                &n.id
            } else {
                &n.name
            })
        };
        let mut push = |message: String, text: Option<String>, diagram: Option<String>| {
            out.push(Departure {
                kind: Kind::BranchChanged,
                element: gateway.id.clone(),
                name: gateway.name.clone(),
                line,
                message,
                text,
                diagram,
            })
        };
        for (a, b) in expected.iter().zip(&paired) {
            let (t, label) = (target_e(*a), label_e(*a));
            match b {
                Some(b) => {
                    let x = target_f(*b);
                    if p.node[t] != Some(x) {
                        push(
                            w.branch_elsewhere(&label, &name_f(x), &name_e(t)),
                            Some(e.nodes[t].name.clone()),
                            Some(f.nodes[x].name.clone()),
                        );
                    }
                }
                None => push(
                    w.branch_missing(&label, &name_e(t)),
                    Some(e.nodes[t].name.clone()),
                    None,
                ),
            }
        }
        for b in edited.iter().filter(|b| !paired.contains(&Some(**b))) {
            let x = target_f(*b);
            push(
                w.branch_added(&label_f(*b), &name_f(x)),
                None,
                Some(f.nodes[x].name.clone()),
            );
        }
    }
}

/// For each expected outcome (edge index), its edited flow (flow index).
fn pair_branches(p: &Pairs, expected: &[usize], edited: &[usize]) -> Vec<Option<usize>> {
    let (e, f) = (p.expected, p.edited);
    let mut out = vec![None; expected.len()];
    let mut taken = vec![false; edited.len()];
    let label = |l: &Option<String>| l.as_deref().map(normalise).filter(|s| !s.is_empty());
    let stages: [&dyn Fn(usize, usize) -> bool; 3] = [
        &|a, b| e.edges[a].id == f.flows[b].id,
        &|a, b| {
            label(&e.edges[a].label).is_some()
                && label(&e.edges[a].label) == label(&f.flows[b].name)
        },
        &|a, b| p.node[p.through_expected(e.edges[a].to)] == Some(p.through_edited(f.flows[b].to)),
    ];
    for same in stages {
        for (x, &a) in expected.iter().enumerate() {
            if out[x].is_some() {
                continue;
            }
            if let Some(y) = (0..edited.len()).find(|&y| !taken[y] && same(a, edited[y])) {
                out[x] = Some(edited[y]);
                taken[y] = true;
            }
        }
    }
    out
}
