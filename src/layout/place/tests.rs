//! The placement's promises on the samples.

use super::*;
use crate::layout::diagram::Node;
use crate::layout::graph;
use crate::layout::samples::document;
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
        // Main-path nodes never step back to the left; one stands in the column of the node
        // before it only in another lane, joined by a straight flow.
        let main: Vec<&Node> = d
            .nodes
            .iter()
            .filter(|n| !(n.kind == NodeKind::End && n.name != d.nodes.last().unwrap().name))
            .collect();
        for w in main.windows(2) {
            let (a, b) = (w[0].bounds.centre(), w[1].bounds.centre());
            assert!(a.x <= b.x, "{}: {} after {}", d.id, w[1].id, w[0].id);
            if a.x == b.x {
                assert_ne!(w[0].lane, w[1].lane, "{}", w[1].id);
                let e = d
                    .edges
                    .iter()
                    .find(|e| e.to == d.nodes.iter().position(|n| n.id == w[1].id).unwrap())
                    .unwrap();
                assert_eq!(e.waypoints.len(), 2, "{}", e.id);
            }
        }
    }
}

/// The node and the flow of the R1_provider sample with these ids.
fn node<'a>(d: &'a Diagram, id: &str) -> &'a Node {
    d.nodes.iter().find(|n| n.id == id).unwrap()
}

fn waypoints(d: &Diagram, id: &str) -> Vec<(f64, f64)> {
    let e = d.edges.iter().find(|e| e.id == id).unwrap();
    e.waypoints.iter().map(|p| (p.x, p.y)).collect()
}

#[test]
fn a_hand_off_goes_straight_down_when_the_column_is_free() {
    let d = placed().remove(0);
    // Step 2 (the responsible officer) hands the file to the district commission (step 3): the
    // commission's lane is empty under step 2, so step 3 stands under it.
    let (two, three) = (
        node(&d, "R1_provider_Task_2"),
        node(&d, "R1_provider_Task_3"),
    );
    assert_eq!((two.lane, three.lane), (0, 1));
    assert_eq!((two.bounds.x, three.bounds.x), (762.0, 762.0));
    assert_eq!(
        waypoints(&d, "R1_provider_Flow_Task_2_Task_3"),
        [(862.0, 209.0), (862.0, 366.0)]
    );
    // Step 4 hands over to the head (step 5) two lanes down, straight through the commission's
    // lane, which holds nothing in that column.
    assert_eq!(node(&d, "R1_provider_Task_5").bounds.x, 1012.0);
    assert_eq!(
        waypoints(&d, "R1_provider_Flow_Task_4_Task_5"),
        [(1112.0, 224.0), (1112.0, 568.0)]
    );
}

#[test]
fn a_hand_off_takes_the_next_column_when_its_own_is_occupied() {
    let d = placed().remove(0);
    // Step 3 gives the file back to the officer, whose lane already holds step 2 in that column.
    assert_eq!(node(&d, "R1_provider_Task_4").bounds.x, 1012.0);
    assert_eq!(
        waypoints(&d, "R1_provider_Flow_Task_3_Task_4"),
        [
            (962.0, 451.0),
            (987.0, 451.0),
            (987.0, 131.0),
            (1012.0, 131.0)
        ]
    );
    // A step after a decision's labelled outcome never stands in the decision's column.
    let portal = placed().remove(1);
    let (gateway, refusal) = (
        node(&portal, "R1_portal_Gateway_3"),
        node(&portal, "R1_portal_Task_4"),
    );
    assert!(refusal.bounds.x > gateway.bounds.right());
}

#[test]
fn a_hand_off_goes_straight_up_when_the_column_is_free() {
    // The same process with steps 2 and 3 in each other's lanes: step 3 goes up into the officer's
    // lane, which is empty over step 2.
    let mut d = graph::diagrams(&document()).remove(0);
    let (two, three) = (
        d.nodes
            .iter()
            .position(|n| n.id == "R1_provider_Task_2")
            .unwrap(),
        d.nodes
            .iter()
            .position(|n| n.id == "R1_provider_Task_3")
            .unwrap(),
    );
    (d.nodes[two].lane, d.nodes[three].lane) = (1, 0);
    place(&mut d);
    assert_eq!(problems(&d), Vec::<String>::new());
    let (a, b) = (d.nodes[two].bounds, d.nodes[three].bounds);
    assert_eq!(a.x, b.x);
    assert_eq!(
        waypoints(&d, "R1_provider_Flow_Task_2_Task_3"),
        [(a.centre().x, a.y), (b.centre().x, b.bottom())]
    );
}

#[test]
fn each_lane_is_as_tall_as_its_own_content() {
    let d = placed().remove(0);
    // The commission's lane holds step 3 alone (170 px) and the head's step 5 alone (186 px),
    // with 16 px above and below; the officer's lane also holds a decision's refusal row.
    let heights: Vec<f64> = d.lanes.iter().map(|l| l.bounds.h).collect();
    assert_eq!(node(&d, "R1_provider_Task_3").bounds.h, 170.0);
    assert_eq!(node(&d, "R1_provider_Task_5").bounds.h, 186.0);
    assert_eq!(heights, [350.0, 202.0, 218.0]);
}

#[test]
fn a_refusal_branch_in_a_lower_lane_is_reached_down_and_right() {
    // Condition 3's refusal message (step 4) moved to the lane under the portal's: the "no" flow
    // drops out of the diamond and turns right into step 4; "yes" runs right along the
    // diamond's row to step 5, so the two flows do not cross.
    let mut d = graph::diagrams(&document()).remove(1);
    assert_eq!(d.id, "R1_portal");
    for id in ["R1_portal_Task_4", "R1_portal_End_4_refusal"] {
        let i = d.nodes.iter().position(|n| n.id == id).unwrap();
        d.nodes[i].lane = 2;
    }
    place(&mut d);
    assert_eq!(problems(&d), Vec::<String>::new());
    let (gateway, refusal) = (
        node(&d, "R1_portal_Gateway_3").bounds,
        node(&d, "R1_portal_Task_4").bounds,
    );
    let (g, r) = (gateway.centre(), refusal.centre());
    assert_eq!(
        waypoints(&d, "R1_portal_Flow_Gateway_3_Task_4"),
        [(g.x, gateway.bottom()), (g.x, r.y), (refusal.x, r.y)]
    );
    let yes = waypoints(&d, "R1_portal_Flow_Gateway_3_Task_5");
    assert_eq!(yes[0], (gateway.right(), g.y));
    assert_eq!(yes.len(), 4);
    let q = crate::bpmn::quality::measure("R1_portal.bpmn", &crate::bpmn::write(&d)).unwrap();
    assert_eq!(q.crossings, 0);
}
