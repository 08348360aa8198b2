//! Disputed steps: a numbered mark on the corner of each task whose repeated copies disagree,
//! and under the diagram the numbered notes quoting every copy's version with its line.

use super::xml::{Xml, num};
use super::{ASCENT, DESCENT, FOOTER_SIZE};
use crate::captions;
use crate::layout::label::task_heading;
use crate::layout::{Diagram, Node, Rect, metrics};

/// Radius of a mark; its centre sits on the box's top-right corner, so the quarter inside the
/// box stays within the label's padding and never covers a word.
pub(crate) const MARK_R: f64 = 9.0;
/// Size of the number in a mark.
const MARK_SIZE: f64 = 11.0;
const MARK_FILL: &str = "#b42318";

/// The heading a note names its step by: the box's own heading («Действие 4» / «4-әрекет»).
fn heading(d: &Diagram, n: &Node) -> String {
    task_heading(n.step, &n.name, d.language).unwrap_or_default()
}

/// The notes as lines broken to `width`, each with whether it is bold (the heading is); empty
/// when no step is disputed.
pub(crate) fn lines(d: &Diagram, width: f64) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (k, n) in d.disputed() {
        if out.is_empty() {
            let h = captions::disputes_heading(d.language);
            out.extend(
                metrics::wrap(h, width, FOOTER_SIZE, true)
                    .into_iter()
                    .map(|l| (l, true)),
            );
        }
        let note = captions::note(k, &heading(d, n), &n.disputes, d.language);
        out.extend(
            metrics::wrap(&note, width, FOOTER_SIZE, false)
                .into_iter()
                .map(|l| (l, false)),
        );
    }
    out
}

/// Draws the marks, numbered as the notes are, over the boxes (`off` moves layout coordinates
/// onto the canvas).
pub(crate) fn draw_marks(x: &mut Xml, d: &Diagram, prefix: &str, off: &dyn Fn(Rect) -> Rect) {
    let mut open = false;
    for (k, n) in d.disputed() {
        if !open {
            x.open(
                "g",
                &[
                    ("id", &format!("{prefix}disputes")),
                    ("font-size", &num(MARK_SIZE)),
                    ("font-weight", "bold"),
                    ("text-anchor", "middle"),
                ],
            );
            open = true;
        }
        let b = off(n.bounds);
        let (cx, cy) = (num(b.right()), num(b.y));
        x.empty(
            "circle",
            &[
                ("cx", &cx),
                ("cy", &cy),
                ("r", &num(MARK_R)),
                ("fill", MARK_FILL),
                ("stroke", "#fff"),
                ("stroke-width", "1.5"),
            ],
        );
        // The number's ascent-to-descent box centred on the corner.
        let y = num(b.y + (ASCENT - DESCENT) / 2.0 * MARK_SIZE);
        x.leaf(
            "text",
            &[("x", &cx), ("y", &y), ("fill", "#fff")],
            &k.to_string(),
        );
    }
    if open {
        x.close("g");
    }
}
