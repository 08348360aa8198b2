//! The node shapes, drawn alike in diagrams and legends.

use super::text::text_lines;
use super::xml::{Xml, num};
use super::{Align, LINE, STROKE, Shape, TASK_FILL, Weight};
use crate::layout::Rect;

/// Draws one node shape filling `r` (circles and diamonds are inscribed).
pub(crate) fn draw_shape(x: &mut Xml, shape: Shape, r: Rect, marker: &str) {
    let cx = r.x + r.w / 2.0;
    let cy = r.y + r.h / 2.0;
    match shape {
        Shape::Start | Shape::End => {
            let thick = shape == Shape::End;
            // Keep the thick border inside the bounds: the radius shrinks by half the stroke.
            let sw: f64 = if thick { 3.5 } else { 1.5 };
            x.empty(
                "circle",
                &[
                    ("cx", &num(cx)),
                    ("cy", &num(cy)),
                    ("r", &num(r.w.min(r.h) / 2.0 - sw / 2.0)),
                    ("fill", "#fff"),
                    ("stroke", STROKE),
                    ("stroke-width", &num(sw)),
                ],
            );
        }
        Shape::Task => {
            x.empty(
                "rect",
                &[
                    ("x", &num(r.x)),
                    ("y", &num(r.y)),
                    ("width", &num(r.w)),
                    ("height", &num(r.h)),
                    ("rx", "6"),
                    ("fill", TASK_FILL),
                    ("stroke", STROKE),
                    ("stroke-width", "1.2"),
                ],
            );
        }
        Shape::Gateway | Shape::Merge => {
            let pts = format!(
                "{},{} {},{} {},{} {},{}",
                num(cx),
                num(r.y),
                num(r.x + r.w),
                num(cy),
                num(cx),
                num(r.y + r.h),
                num(r.x),
                num(cy)
            );
            x.empty(
                "polygon",
                &[
                    ("points", &pts),
                    ("fill", "#fff"),
                    ("stroke", STROKE),
                    ("stroke-width", "1.2"),
                ],
            );
            if shape == Shape::Merge {
                let k = r.w.min(r.h) * 0.17;
                let d = format!(
                    "M{},{}L{},{}M{},{}L{},{}",
                    num(cx - k),
                    num(cy - k),
                    num(cx + k),
                    num(cy + k),
                    num(cx + k),
                    num(cy - k),
                    num(cx - k),
                    num(cy + k)
                );
                x.empty(
                    "path",
                    &[("d", &d), ("stroke", STROKE), ("stroke-width", "2.5")],
                );
            } else {
                let size = (r.h * 0.45).clamp(10.0, 18.0);
                text_lines(
                    x,
                    &["?".to_owned()],
                    Rect {
                        x: r.x,
                        y: cy - size * LINE / 2.0,
                        w: r.w,
                        h: size * LINE,
                    },
                    size,
                    Align::Middle,
                    Weight::Bold,
                );
            }
        }
        Shape::Flow => {
            x.empty(
                "path",
                &[
                    (
                        "d",
                        &format!("M{},{}H{}", num(r.x), num(cy), num(r.x + r.w)),
                    ),
                    ("fill", "none"),
                    ("stroke", STROKE),
                    ("stroke-width", "1.2"),
                    ("marker-end", &format!("url(#{marker})")),
                ],
            );
        }
    }
}
