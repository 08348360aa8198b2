//! Text as the справочник writes it: blocks of lines inside a shape, labels outside shapes in
//! the BPMN tools' size and spacing, and header names written upwards.

use super::xml::{Xml, num};
use super::{ASCENT, Align, DESCENT, INK, LABEL_SIZE, LINE, Weight};
use crate::layout::Rect;
use crate::layout::text::{EXTERNAL_SIZE, NAME_SIZE, line_height};

/// Writes `lines` as one `<text>` each, centred vertically in `area`.
pub(crate) fn text_lines(
    x: &mut Xml,
    lines: &[String],
    area: Rect,
    size: f64,
    align: Align,
    weight: Weight,
) {
    if lines.is_empty() {
        return;
    }
    let lh = size * LINE;
    let top = area.y + (area.h - lines.len() as f64 * lh) / 2.0;
    // Centre the ascent+descent box of each line inside its line box.
    let base = (lh - (ASCENT + DESCENT) * size) / 2.0 + ASCENT * size;
    let (tx, anchor) = match align {
        Align::Start => (area.x, None),
        Align::Middle => (area.x + area.w / 2.0, Some("middle")),
    };
    let size_s = num(size);
    let mut group: Vec<(&str, &str)> = vec![("fill", INK), ("stroke", "none")];
    if size != LABEL_SIZE {
        group.push(("font-size", &size_s));
    }
    if let Some(a) = anchor {
        group.push(("text-anchor", a));
    }
    if weight == Weight::Bold {
        group.push(("font-weight", "bold"));
    }
    x.open("g", &group);
    let tx = num(tx);
    for (i, line) in lines.iter().enumerate() {
        let ty = num(top + i as f64 * lh + base);
        if weight == Weight::FirstBold && i == 0 {
            x.leaf(
                "text",
                &[("x", &tx), ("y", &ty), ("font-weight", "bold")],
                line,
            );
        } else {
            x.leaf("text", &[("x", &tx), ("y", &ty)], line);
        }
    }
    x.close("g");
}

/// Writes a header's lines upwards in its band (`band.w` deep, `band.h` long), placed the way
/// the BPMN tools place them: the block centred across the band, each line centred along it.
pub(crate) fn upward_lines(x: &mut Xml, lines: &[String], band: Rect) {
    if lines.is_empty() {
        return;
    }
    let lh = line_height(NAME_SIZE);
    let transform = format!(
        "translate({} {}) rotate(-90)",
        num(band.x),
        num(band.y + band.h)
    );
    x.open(
        "g",
        &[
            ("transform", &transform),
            ("fill", INK),
            ("text-anchor", "middle"),
        ],
    );
    let top = (band.w - lines.len() as f64 * lh) / 2.0 - lh / 4.0;
    let cx = num(band.h / 2.0);
    for (i, line) in lines.iter().enumerate() {
        let y = num(top + (i + 1) as f64 * lh);
        x.leaf("text", &[("x", &cx), ("y", &y)], line);
    }
    x.close("g");
}

/// Writes a label that sits outside its shape at the top of `area`, each line centred, in the
/// size and line height the BPMN tools use for such labels.
pub(crate) fn outside_lines(x: &mut Xml, lines: &[String], area: Rect, halo: bool) {
    if lines.is_empty() {
        return;
    }
    let lh = line_height(EXTERNAL_SIZE);
    let size = num(EXTERNAL_SIZE);
    let mut group: Vec<(&str, &str)> = vec![
        ("fill", INK),
        ("font-size", &size),
        ("text-anchor", "middle"),
    ];
    if halo {
        // paint-order puts the white stroke under the fill, so it only clears the lines behind.
        group.extend([
            ("stroke", "#fff"),
            ("stroke-width", "3"),
            ("paint-order", "stroke"),
        ]);
    }
    x.open("g", &group);
    let cx = num(area.x + area.w / 2.0);
    for (i, line) in lines.iter().enumerate() {
        let y = num(area.y + (i + 1) as f64 * lh - lh / 4.0);
        x.leaf("text", &[("x", &cx), ("y", &y)], line);
    }
    x.close("g");
}
