//! The route and label of every flow, from the slots of its ends.

use super::slots::{Route, Slot};
use super::{GAP, LABEL_GAP, TRACK_HEIGHT};
use crate::layout::diagram::{Diagram, Point, Rect};

/// Fills in the waypoints and label bounds of every flow of `d`, whose nodes and lanes are placed;
/// `col_x` is where each column starts, `edge_label` each flow label's width and height.
pub(super) fn route(
    d: &mut Diagram,
    slots: &[Slot],
    routes: &[Route],
    col_x: &[f64],
    edge_label: &[(f64, f64)],
) {
    for e in 0..d.edges.len() {
        let (from, to) = (d.edges[e].from, d.edges[e].to);
        let a = d.nodes[from].bounds;
        let b = d.nodes[to].bounds;
        let (ac, bc) = (a.centre(), b.centre());
        let gap_before = |column: usize| col_x[column] - GAP / 2.0;
        let points = match routes[e] {
            // Straight down or up in one column, out of the side that faces the other node.
            Route::Straight if bc.y < ac.y => vec![
                Point { x: ac.x, y: a.y },
                Point {
                    x: bc.x,
                    y: b.bottom(),
                },
            ],
            Route::Drop => vec![
                Point {
                    x: ac.x,
                    y: a.bottom(),
                },
                Point { x: ac.x, y: bc.y },
                Point { x: b.x, y: bc.y },
            ],
            Route::Down | Route::Straight => vec![
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
                Route::Down | Route::Straight | Route::Skip | Route::Drop => Rect {
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
