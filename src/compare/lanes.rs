//! Actors: lanes renamed, missing or added, and steps drawn in another actor's lane.

use super::pairs::{Pairs, short};
use super::words::{Thing, Words};
use super::{Departure, Kind};
use crate::bpmn::matching::normalise;
use crate::layout::diagram::NodeKind;
use crate::model::Reglament;

pub(super) fn departures(p: &Pairs, w: &Words, reg: &Reglament, out: &mut Vec<Departure>) {
    let (e, f) = (p.expected, p.edited);
    for (l, lane) in e.lanes.iter().enumerate() {
        let line = lane_line(p, reg, l);
        match p.lane[l] {
            Some(m) if normalise(&lane.name) != normalise(&f.lanes[m].name) => {
                out.push(Departure {
                    kind: Kind::LaneRenamed,
                    element: f.lanes[m].id.clone(),
                    name: f.lanes[m].name.clone(),
                    line,
                    message: w.lane_renamed(&lane.name, &f.lanes[m].name),
                    text: Some(lane.name.clone()),
                    diagram: Some(f.lanes[m].name.clone()),
                })
            }
            Some(_) => {}
            None => out.push(Departure {
                kind: Kind::LaneMissing,
                element: lane.id.clone(),
                name: lane.name.clone(),
                line,
                message: w.lane_missing(&lane.name),
                text: Some(lane.name.clone()),
                diagram: None,
            }),
        }
    }
    for (m, lane) in f.lanes.iter().enumerate() {
        if p.lane_back[m].is_some() {
            continue;
        }
        let line = f
            .nodes
            .iter()
            .position(|n| n.lane == Some(m))
            .map_or(e.line, |j| p.line_near(j));
        out.push(Departure {
            kind: Kind::LaneAdded,
            element: lane.id.clone(),
            name: lane.name.clone(),
            line,
            message: w.lane_added(&lane.name),
            text: None,
            diagram: Some(lane.name.clone()),
        });
    }
    for (i, n) in e.nodes.iter().enumerate() {
        let acts = n.kind == NodeKind::Task || (n.kind == NodeKind::Gateway && !p.is_merge(i));
        let Some(j) = p.node[i].filter(|_| acts) else {
            continue;
        };
        let Some(m) = f.nodes[j].lane else { continue };
        if p.lane_back[m] == Some(n.lane) {
            continue;
        }
        let actor = &e.lanes[n.lane].name;
        out.push(Departure {
            kind: Kind::StepLane,
            element: f.nodes[j].id.clone(),
            name: f.nodes[j].name.clone(),
            line: n.line.unwrap_or(e.line),
            message: w.lane(
                Thing::of(Some(n.kind), n.step),
                &short(&f.lanes[m].name),
                &short(actor),
            ),
            text: Some(actor.clone()),
            diagram: Some(f.lanes[m].name.clone()),
        });
    }
}

/// The line that names lane `l`'s actor: its entry in the participants list, else the first
/// step it does, else the list's.
fn lane_line(p: &Pairs, reg: &Reglament, l: usize) -> u32 {
    let lane = &p.expected.lanes[l];
    reg.participants
        .iter()
        .find(|x| x.actor == lane.actor)
        .map(|x| x.line)
        .or_else(|| {
            p.expected
                .nodes
                .iter()
                .filter(|n| n.lane == l)
                .find_map(|n| n.line)
        })
        .unwrap_or(p.expected.line)
}
