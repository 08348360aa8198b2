//! The legend under the diagram: the справочник's four symbols, or the 2012 BPMN 1.2 table
//! limited to the symbols a diagram actually uses.

use super::xml::{Xml, num};
use super::{Shape, draw_shape, text_lines};
use crate::layout::metrics;
use crate::layout::{Diagram, NodeKind, Rect};
use crate::model::Language;

/// Legend text size.
pub(crate) const SIZE: f64 = 12.0;
/// Width of the symbol column.
const SYMBOL_W: f64 = 64.0;
/// Minimum height of a legend row (fits the symbols).
const ROW_H: f64 = 30.0;
/// Inner padding of the legend frame.
const PAD: f64 = 10.0;
/// The legend never grows wider than this, so a wide diagram does not stretch a four-row box.
pub(crate) const MAX_W: f64 = 760.0;

/// One legend row: the symbol and its wording.
pub(crate) struct Entry {
    pub(crate) symbol: Symbol,
    pub(crate) text: &'static str,
}

/// What a legend row draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Symbol {
    /// A thin and a thick circle side by side: start or end of the service.
    StartOrEnd,
    Start,
    End,
    Task,
    Gateway,
    Flow,
}

/// The heading and rows for a diagram.
pub(crate) fn entries(d: &Diagram, electronic: bool) -> (&'static str, Vec<Entry>) {
    let e = |symbol, text| Entry { symbol, text };
    if !electronic {
        return match d.language {
            Language::Ru => (
                "Условные обозначения:",
                vec![
                    e(
                        Symbol::StartOrEnd,
                        "начало или завершение оказания государственной услуги",
                    ),
                    e(
                        Symbol::Task,
                        "наименование процедуры (действия) услугополучателя и (или) СФЕ",
                    ),
                    e(Symbol::Gateway, "вариант выбора"),
                    e(Symbol::Flow, "переход к следующей процедуре (действию)"),
                ],
            ),
            Language::Kk => (
                "Шартты белгілер:",
                vec![
                    e(
                        Symbol::StartOrEnd,
                        "мемлекеттік қызмет көрсетудің басталуы немесе аяқталуы",
                    ),
                    e(
                        Symbol::Task,
                        "көрсетілетін қызметті алушының және (немесе) ҚФБ рәсімінің (іс-қимылының) атауы",
                    ),
                    e(Symbol::Gateway, "таңдау нұсқасы"),
                    e(Symbol::Flow, "келесі рәсімге (іс-қимылға) өту"),
                ],
            ),
        };
    }
    let uses = |k: NodeKind| d.nodes.iter().any(|n| n.kind == k);
    let (heading, names) = match d.language {
        Language::Kk => (
            "Белгіленген таңбалар кестесі",
            [
                "Басты хабарландыру",
                "Аяқталған хабарландыру",
                "Процесс",
                "Шарт",
                "Басқару тасқыны",
            ],
        ),
        Language::Ru => (
            "Таблица условных обозначений",
            [
                "Начальное событие",
                "Конечное событие",
                "Процесс",
                "Условие",
                "Поток управления",
            ],
        ),
    };
    let rows = [
        (uses(NodeKind::Start), Symbol::Start),
        (uses(NodeKind::End), Symbol::End),
        (uses(NodeKind::Task), Symbol::Task),
        (uses(NodeKind::Gateway), Symbol::Gateway),
        (!d.edges.is_empty(), Symbol::Flow),
    ];
    let list = rows
        .iter()
        .zip(names)
        .filter(|((used, _), _)| *used)
        .map(|((_, s), name)| e(*s, name))
        .collect();
    (heading, list)
}

/// Wrapped rows: each entry's lines and the row height.
fn rows(list: &[Entry], width: f64) -> Vec<(Vec<String>, f64)> {
    let text_w = (width - 2.0 * PAD - SYMBOL_W - 8.0).max(80.0) + 0.5;
    list.iter()
        .map(|en| {
            let lines = metrics::wrap(en.text, text_w, SIZE, false);
            let h = (lines.len() as f64 * SIZE * super::LINE).max(ROW_H);
            (lines, h)
        })
        .collect()
}

/// The width the legend needs to set every row on one line, capped at `max`.
pub(crate) fn width(heading: &str, list: &[Entry], max: f64) -> f64 {
    let rows = list
        .iter()
        .map(|en| metrics::text_width(en.text, SIZE, false) + SYMBOL_W + 8.0)
        .fold(metrics::text_width(heading, SIZE, true), f64::max);
    // An extra pad on the right so the longest row does not touch the frame; rounded up so
    // wrapping at this width keeps each row whole.
    (rows + 3.0 * PAD).ceil().min(max)
}

/// Height the legend takes at `width`.
pub(crate) fn height(heading: &str, list: &[Entry], width: f64) -> f64 {
    let heading_h = heading_lines(heading, width).len() as f64 * SIZE * super::LINE;
    let body: f64 = rows(list, width).iter().map(|(_, h)| h + 4.0).sum();
    2.0 * PAD + heading_h + 6.0 + body
}

fn heading_lines(heading: &str, width: f64) -> Vec<String> {
    metrics::wrap(heading, width - 2.0 * PAD, SIZE, true)
}

/// Draws the legend frame with its heading and rows inside `area` (height from [`height`]).
pub(crate) fn draw(x: &mut Xml, ids: (&str, &str), area: Rect, heading: &str, list: &[Entry]) {
    let (id, marker) = ids;
    x.open("g", &[("id", id)]);
    x.empty(
        "rect",
        &[
            ("x", &num(area.x)),
            ("y", &num(area.y)),
            ("width", &num(area.w)),
            ("height", &num(area.h)),
            ("fill", "#fff"),
            ("stroke", "#8a96a3"),
        ],
    );
    let hl = heading_lines(heading, area.w);
    let mut y = area.y + PAD;
    text_lines(
        x,
        &hl,
        Rect {
            x: area.x + PAD,
            y,
            w: area.w - 2.0 * PAD,
            h: hl.len() as f64 * SIZE * super::LINE,
        },
        SIZE,
        super::Align::Start,
        super::Weight::Bold,
    );
    y += hl.len() as f64 * SIZE * super::LINE + 6.0;
    for (en, (lines, h)) in list.iter().zip(rows(list, area.w)) {
        let cx = area.x + PAD + SYMBOL_W / 2.0;
        let cy = y + h / 2.0;
        let sym = |w: f64, hh: f64, dx: f64| Rect {
            x: cx + dx - w / 2.0,
            y: cy - hh / 2.0,
            w,
            h: hh,
        };
        match en.symbol {
            Symbol::StartOrEnd => {
                draw_shape(x, Shape::Start, sym(22.0, 22.0, -14.0), marker);
                draw_shape(x, Shape::End, sym(22.0, 22.0, 14.0), marker);
            }
            Symbol::Start => draw_shape(x, Shape::Start, sym(22.0, 22.0, 0.0), marker),
            Symbol::End => draw_shape(x, Shape::End, sym(22.0, 22.0, 0.0), marker),
            Symbol::Task => draw_shape(x, Shape::Task, sym(50.0, 26.0, 0.0), marker),
            Symbol::Gateway => draw_shape(x, Shape::Gateway, sym(28.0, 28.0, 0.0), marker),
            Symbol::Flow => draw_shape(x, Shape::Flow, sym(50.0, 10.0, 0.0), marker),
        }
        let tx = area.x + PAD + SYMBOL_W + 8.0;
        text_lines(
            x,
            &lines,
            Rect {
                x: tx,
                y,
                w: area.x + area.w - PAD - tx,
                h,
            },
            SIZE,
            super::Align::Start,
            super::Weight::Normal,
        );
        y += h + 4.0;
    }
    x.close("g");
}
