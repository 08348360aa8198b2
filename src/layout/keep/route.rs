//! Orthogonal routes between shapes a person placed anywhere: a few shapes of route (straight,
//! one bend, two bends through the middle, around below or above) are tried and the one that
//! crosses the fewest shapes and labels wins, then the fewest bends, then the shortest.

use crate::layout::check::segment_crosses;
use crate::layout::diagram::{Point, Rect};

/// Space between a shape and a route running around it.
const CLEARANCE: f64 = 15.0;

/// An orthogonal route from the border of `a` to the border of `b` avoiding `obstacles`.
pub(super) fn route(a: Rect, b: Rect, obstacles: &[Rect]) -> Vec<Point> {
    let mut best: Option<(usize, usize, f64, Vec<Point>)> = None;
    for c in candidates(a, b, obstacles) {
        let crossings = c
            .windows(2)
            .map(|s| {
                obstacles
                    .iter()
                    .filter(|r| segment_crosses(s[0], s[1], r))
                    .count()
            })
            .sum::<usize>();
        let length: f64 = c
            .windows(2)
            .map(|s| (s[0].x - s[1].x).abs() + (s[0].y - s[1].y).abs())
            .sum();
        let score = (crossings, c.len(), length);
        if best.as_ref().is_none_or(|b| {
            (score.0, score.1) < (b.0, b.1) || ((score.0, score.1) == (b.0, b.1) && score.2 < b.2)
        }) {
            best = Some((score.0, score.1, score.2, c));
        }
    }
    best.map(|b| b.3).unwrap_or_else(|| {
        // Shapes laid over each other leave no route between borders: a line between centres.
        let (ac, bc) = (a.centre(), b.centre());
        vec![ac, p(bc.x, ac.y), bc]
    })
}

fn p(x: f64, y: f64) -> Point {
    Point { x, y }
}

fn mid(a: f64, b: f64) -> f64 {
    ((a + b) / 2.0).round()
}

/// Every route shape that fits how `b` lies from `a`.
fn candidates(a: Rect, b: Rect, obstacles: &[Rect]) -> Vec<Vec<Point>> {
    let (ac, bc) = (a.centre(), b.centre());
    let mut out = Vec::new();
    let right = a.right() <= b.x;
    let left = b.right() <= a.x;
    let below = a.bottom() <= b.y;
    let above = b.bottom() <= a.y;
    // Straight across, at a height both shapes share.
    let (top, bottom) = (a.y.max(b.y), a.bottom().min(b.bottom()));
    if top < bottom {
        let y = if ac.y > top && ac.y < bottom {
            ac.y
        } else if bc.y > top && bc.y < bottom {
            bc.y
        } else {
            mid(top, bottom)
        };
        if right {
            out.push(vec![p(a.right(), y), p(b.x, y)]);
        } else if left {
            out.push(vec![p(a.x, y), p(b.right(), y)]);
        }
    }
    let (l, r) = (a.x.max(b.x), a.right().min(b.right()));
    if l < r {
        let x = if ac.x > l && ac.x < r {
            ac.x
        } else if bc.x > l && bc.x < r {
            bc.x
        } else {
            mid(l, r)
        };
        if below {
            out.push(vec![p(x, a.bottom()), p(x, b.y)]);
        } else if above {
            out.push(vec![p(x, a.y), p(x, b.bottom())]);
        }
    }
    let side_out = |to_right: bool| if to_right { a.right() } else { a.x };
    let side_in = |from_left: bool| if from_left { b.x } else { b.right() };
    // One bend: out of a side, into the top or bottom of b; out of the top or bottom, into a side.
    if (right || left) && (below || above) {
        let enter = if below { b.y } else { b.bottom() };
        out.push(vec![
            p(side_out(right), ac.y),
            p(bc.x, ac.y),
            p(bc.x, enter),
        ]);
        let leave = if below { a.bottom() } else { a.y };
        out.push(vec![p(ac.x, leave), p(ac.x, bc.y), p(side_in(right), bc.y)]);
    }
    // Two bends through the gap between them.
    if right || left {
        let (from, to) = (side_out(right), side_in(right));
        for x in [mid(from, to), to + if right { -25.0 } else { 25.0 }] {
            out.push(vec![p(from, ac.y), p(x, ac.y), p(x, bc.y), p(to, bc.y)]);
        }
    }
    if below || above {
        let (from, to) = if below {
            (a.bottom(), b.y)
        } else {
            (a.y, b.bottom())
        };
        let y = mid(from, to);
        out.push(vec![p(ac.x, from), p(ac.x, y), p(bc.x, y), p(bc.x, to)]);
    }
    // Around everything between them, below or above, into the side of b that faces a.
    let (x0, x1) = (a.x.min(b.x), a.right().max(b.right()));
    let between = obstacles
        .iter()
        .filter(|o| o.right() > x0 && o.x < x1)
        .chain([&a, &b]);
    let low = between.clone().map(|o| o.bottom()).fold(f64::MIN, f64::max) + CLEARANCE;
    let high = between.map(|o| o.y).fold(f64::MAX, f64::min) - CLEARANCE;
    for (y, leave) in [(low, a.bottom()), (high, a.y)] {
        let into = if bc.x >= ac.x { b.x } else { b.right() };
        let gx = into + if bc.x >= ac.x { -25.0 } else { 25.0 };
        out.push(vec![
            p(ac.x, leave),
            p(ac.x, y),
            p(gx, y),
            p(gx, bc.y),
            p(into, bc.y),
        ]);
        let enter = if y > bc.y { b.bottom() } else { b.y };
        out.push(vec![p(ac.x, leave), p(ac.x, y), p(bc.x, y), p(bc.x, enter)]);
    }
    out.retain(|c| c.windows(2).all(|s| s[0] != s[1]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    #[test]
    fn neighbours_on_a_row_join_straight() {
        let got = route(r(0.0, 0.0, 100.0, 80.0), r(200.0, 20.0, 36.0, 36.0), &[]);
        // At the height of the first shape's centre, which the second spans.
        assert_eq!(got, vec![p(100.0, 40.0), p(200.0, 40.0)]);
    }

    #[test]
    fn a_shape_in_the_way_is_gone_around() {
        let a = r(0.0, 0.0, 100.0, 80.0);
        let b = r(400.0, 0.0, 100.0, 80.0);
        let wall = r(200.0, -20.0, 100.0, 120.0);
        let got = route(a, b, &[wall]);
        assert!(
            got.windows(2).all(|s| !segment_crosses(s[0], s[1], &wall)),
            "{got:?}"
        );
        assert!(got.windows(2).all(|s| s[0].x == s[1].x || s[0].y == s[1].y));
        assert!(crate::layout::check::on_border(got[0], a));
        assert!(crate::layout::check::on_border(*got.last().unwrap(), b));
    }
}
