//! Keeping a hand-made layout on the sample diagrams: an untouched file keeps every position, a
//! moved step stays where it was put, a step the old file lacks is placed beside its neighbour,
//! and the geometric promises of the placement (`problems`) hold throughout.

use super::*;
use crate::bpmn::{read_edited, write};
use crate::layout::check::problems;
use crate::layout::samples::placed;

fn sample(id: &str) -> Diagram {
    placed().into_iter().find(|d| d.id == id).unwrap()
}

fn index(d: &Diagram, local: &str) -> usize {
    let id = format!("{}_{local}", d.id);
    d.nodes.iter().position(|n| n.id == id).unwrap()
}

/// `d` kept over the layout of `edited`, as written and read back.
fn kept(d: &Diagram, edited: &Diagram) -> Diagram {
    let old = read_edited("edited.bpmn", &write(edited)).unwrap();
    let mut out = d.clone();
    keep(&mut out, &old);
    out
}

#[test]
fn an_untouched_layout_keeps_every_shape() {
    for d in placed() {
        let got = kept(&d, &d);
        for (a, b) in d.nodes.iter().zip(&got.nodes) {
            assert_eq!(a.bounds, b.bounds, "{}", a.id);
            assert_eq!(a.label_bounds, b.label_bounds, "{}", a.id);
        }
        for (a, b) in d.edges.iter().zip(&got.edges) {
            assert_eq!(a.waypoints, b.waypoints, "{}", a.id);
        }
        assert_eq!(problems(&got), Vec::<String>::new(), "{}", d.id);
    }
}

#[test]
fn a_moved_step_stays_where_it_was_put() {
    let d = sample("R1_provider");
    let mut edited = d.clone();
    let t4 = index(&d, "Task_4");
    edited.nodes[t4].bounds.y += 20.0;
    edited.nodes[t4].bounds.h += 40.0;
    let got = kept(&d, &edited);
    assert_eq!(got.nodes[t4].bounds, edited.nodes[t4].bounds);
    assert_eq!(problems(&got), Vec::<String>::new());
    // Its flows end on its new border.
    for e in got.edges.iter().filter(|e| e.to == t4 || e.from == t4) {
        let end = if e.to == t4 {
            *e.waypoints.last().unwrap()
        } else {
            e.waypoints[0]
        };
        assert!(
            on_border(end, got.nodes[t4].bounds),
            "{}: {:?}",
            e.id,
            e.waypoints
        );
    }
}

#[test]
fn a_step_the_old_layout_lacks_goes_beside_its_neighbour_kk() {
    let d = sample("R2_portal");
    let t9 = index(&d, "Task_9");
    // The old file was drawn before step 9 existed: its shape is gone.
    let mut edited = d.clone();
    edited.nodes[t9].id = "Activity_gone".to_string();
    edited.nodes[t9].name = "мүлде басқа әрекет".to_string();
    let got = kept(&d, &edited);
    let before = got
        .edges
        .iter()
        .find(|e| e.to == t9)
        .map(|e| got.nodes[e.from].bounds)
        .unwrap();
    assert!(
        got.nodes[t9].bounds.x >= before.right(),
        "{:?}",
        got.nodes[t9].bounds
    );
    assert_eq!(problems(&got), Vec::<String>::new());
    let lane = got.lanes[got.nodes[t9].lane].bounds;
    assert!(got.nodes[t9].bounds.y >= lane.y && got.nodes[t9].bounds.bottom() <= lane.bottom());
}

#[test]
fn a_step_drawn_in_another_lane_returns_to_its_own() {
    let d = sample("R1_provider");
    let t5 = index(&d, "Task_5");
    let mut edited = d.clone();
    edited.nodes[t5].lane = 0;
    edited.nodes[t5].bounds.y = d.lanes[0].bounds.y + 20.0;
    let got = kept(&d, &edited);
    let lane = got.lanes[got.nodes[t5].lane].bounds;
    let b = got.nodes[t5].bounds;
    assert!(
        b.y >= lane.y && b.bottom() <= lane.bottom(),
        "{b:?} in {lane:?}"
    );
    assert_eq!(problems(&got), Vec::<String>::new());
}

#[test]
fn a_kept_route_a_moved_step_now_stands_on_is_routed_anew() {
    // Step 4 moved right over the gap where the flow from step 5 (under it) turns up to step 6:
    // that flow's ends stayed, but its old route would cross step 4.
    let d = sample("R1_provider");
    let (t4, t5, t6) = (
        index(&d, "Task_4"),
        index(&d, "Task_5"),
        index(&d, "Task_6"),
    );
    let mut edited = d.clone();
    edited.nodes[t4].bounds.x += 40.0;
    let flow = d
        .edges
        .iter()
        .position(|e| e.from == t5 && e.to == t6)
        .unwrap();
    let moved = edited.nodes[t4].bounds;
    assert!(
        d.edges[flow]
            .waypoints
            .windows(2)
            .any(|s| segment_crosses(s[0], s[1], &moved))
    );
    let got = kept(&d, &edited);
    assert_eq!(got.nodes[t4].bounds, moved);
    assert_ne!(got.edges[flow].waypoints, d.edges[flow].waypoints);
    assert_eq!(problems(&got), Vec::<String>::new());
}
