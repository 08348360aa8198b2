//! The SVG справочник renderer: draws a laid-out [`Diagram`] in the published style
//! (title, pool and lanes, tasks, events, gateways, routed flows, durations footer, legend).
//!
//! The output is meant for websites: self-contained, every string escaped by quick-xml,
//! real `<text>` elements, no scripts or external references, deterministic byte for byte.
//! All text is measured with the bundled DejaVu Sans through `layout::metrics`, and
//! [`render_png`] rasterises with the same fonts, so pictures agree on every machine.

mod draw;
mod footer;
mod legend;
mod notes;
mod png;
mod shapes;
mod text;
mod xml;

pub use footer::{Total, totals};
pub use png::{FONT_BOLD, FONT_REGULAR, parse_tree, render_png, usvg_options};

use crate::layout::{Diagram, NodeKind, Rect};
use crate::layout::{metrics, place};
use crate::model::{Channel, Language};
use draw::{draw_edge_labels, draw_edges, draw_nodes, draw_pool, id_part};
pub(crate) use shapes::draw_shape;
pub(crate) use text::text_lines;
use xml::{Xml, num};

/// Font stack written on the root element; DejaVu Sans first because every width was measured with it.
pub const FONT_FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";
/// Line height as a multiple of the font size (the layout's 15 px lines at 12 px).
pub(crate) const LINE: f64 = place::LINE_HEIGHT / place::FONT_SIZE;
/// Size of node, lane and edge labels: what the layout wrapped and measured them with.
pub const LABEL_SIZE: f64 = place::FONT_SIZE;
/// Size of the title.
pub const TITLE_SIZE: f64 = 15.0;
/// Size of the footer lines.
pub const FOOTER_SIZE: f64 = 12.0;
/// Empty border around everything.
const MARGIN: f64 = 20.0;
/// Vertical gap between title, diagram, footer and legend.
const GAP: f64 = 16.0;
/// Narrow diagrams still get this canvas width, so the title and legend are not squeezed.
const MIN_WIDTH: f64 = 640.0;
/// The title is wrapped to at most this width even on a very wide canvas, to stay readable.
const TITLE_MAX_W: f64 = 1000.0;
/// DejaVu Sans ascent and descent (hhea, per unit of font size), to place baselines.
const ASCENT: f64 = 0.928;
const DESCENT: f64 = 0.236;

const INK: &str = "#1d2733";
const STROKE: &str = "#2b4a6f";
const TASK_FILL: &str = "#f3f7fb";
const HEADER_FILL: &str = "#e6edf5";

/// Rendering options.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SvgOptions {
    /// Draw the 2012 e-service BPMN 1.2 legend («Белгіленген таңбалар кестесі»), limited to the
    /// symbols the diagram uses, instead of the справочник legend. Set from `Reglament::electronic`.
    pub electronic: bool,
    /// Leave out the legend.
    pub no_legend: bool,
    /// Leave out the durations footer.
    pub no_footer: bool,
}

/// Horizontal anchoring of a block of lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Start,
    Middle,
}

/// Which lines of a block are bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Normal,
    Bold,
    /// Only the first line («Действие 3» / «3-әрекет»).
    FirstBold,
}

/// The node shapes, shared by the diagram and its legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Start,
    End,
    Task,
    /// A decision diamond with «?».
    Gateway,
    /// A merge diamond with an X.
    Merge,
    /// A horizontal arrow across the rectangle.
    Flow,
}

/// Renders one laid-out diagram as a standalone SVG document.
pub fn render(d: &Diagram, opts: &SvgOptions) -> String {
    let prefix = id_prefix(&d.id);
    let marker = format!("{prefix}arrow");
    let content = content_bounds(d);

    let inner_w = content.w.max(MIN_WIDTH - 2.0 * MARGIN);
    let width = inner_w + 2.0 * MARGIN;
    let title_w = inner_w.min(TITLE_MAX_W);
    // A regulation whose appendix title was lost still gets a heading: the pool name.
    let title_text = if d.title.trim().is_empty() {
        d.pool_name()
    } else {
        d.title.clone()
    };
    let title = metrics::wrap(&title_text, title_w, TITLE_SIZE, true);
    let title_h = title.len() as f64 * TITLE_SIZE * LINE;
    // The list drawn, named under the title when the diagram knows it.
    let subtitle = if d.list.paragraph.is_some() || !d.list.heading.is_empty() {
        let s = crate::captions::drawn_from(&d.list, d.line, d.place, d.language);
        metrics::wrap(&s, title_w, FOOTER_SIZE, false)
    } else {
        Vec::new()
    };
    let subtitle_h = subtitle.len() as f64 * FOOTER_SIZE * LINE;

    let top = MARGIN + title_h + subtitle_h + GAP;
    let dx = MARGIN + (inner_w - content.w) / 2.0 - content.x;
    let dy = top - content.y;
    let mut y = top + content.h;

    let notes = notes::lines(d, inner_w);
    let notes_y = y + GAP;
    if !notes.is_empty() {
        y = notes_y + notes.len() as f64 * FOOTER_SIZE * LINE;
    }

    let footer = if opts.no_footer {
        Vec::new()
    } else {
        footer::lines(d)
            .into_iter()
            .flat_map(|(text, bold)| {
                metrics::wrap(&text, inner_w, FOOTER_SIZE, bold)
                    .into_iter()
                    .map(move |l| (l, bold))
            })
            .collect()
    };
    let footer_y = y + GAP;
    if !footer.is_empty() {
        y = footer_y + footer.len() as f64 * FOOTER_SIZE * LINE;
    }

    let (heading, entries) = legend::entries(d, opts.electronic);
    let legend_w = legend::width(heading, &entries, inner_w.min(legend::MAX_W));
    let legend_area = Rect {
        x: MARGIN,
        y: y + GAP,
        w: legend_w,
        h: legend::height(heading, &entries, legend_w),
    };
    if !opts.no_legend {
        y = legend_area.y + legend_area.h;
    }
    let height = y + MARGIN;

    let mut x = Xml::new();
    let (w, h) = (num(width), num(height));
    x.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("lang", d.language.tag()),
            ("width", &w),
            ("height", &h),
            ("viewBox", &format!("0 0 {w} {h}")),
            ("font-family", FONT_FAMILY),
            ("font-size", &num(LABEL_SIZE)),
        ],
    );
    x.leaf("title", &[], &title_text);
    x.leaf("desc", &[], &description(d));
    x.open("defs", &[]);
    // One arrowhead for every flow; userSpaceOnUse keeps its size independent of stroke width.
    x.open(
        "marker",
        &[
            ("id", &marker),
            ("viewBox", "0 0 10 10"),
            ("refX", "10"),
            ("refY", "5"),
            ("markerWidth", "10"),
            ("markerHeight", "8"),
            ("markerUnits", "userSpaceOnUse"),
            ("orient", "auto"),
        ],
    );
    x.empty("path", &[("d", "M0,0L10,5L0,10z"), ("fill", STROKE)]);
    x.close("marker");
    x.close("defs");
    x.empty("rect", &[("width", &w), ("height", &h), ("fill", "#fff")]);

    // Title, centred on the canvas.
    x.open("g", &[("id", &format!("{prefix}title"))]);
    text_lines(
        &mut x,
        &title,
        Rect {
            x: MARGIN,
            y: MARGIN,
            w: inner_w,
            h: title_h,
        },
        TITLE_SIZE,
        Align::Middle,
        Weight::Bold,
    );
    if !subtitle.is_empty() {
        text_lines(
            &mut x,
            &subtitle,
            Rect {
                x: MARGIN,
                y: MARGIN + title_h,
                w: inner_w,
                h: subtitle_h,
            },
            FOOTER_SIZE,
            Align::Middle,
            Weight::Normal,
        );
    }
    x.close("g");

    let off = |r: Rect| Rect {
        x: r.x + dx,
        y: r.y + dy,
        ..r
    };
    draw_pool(&mut x, d, &prefix, off(d.pool), &off);
    draw_edges(&mut x, d, &marker, dx, dy);
    draw_nodes(&mut x, d, &prefix, &marker, &off);
    draw_edge_labels(&mut x, d, &off);
    notes::draw_marks(&mut x, d, &prefix, &off);

    paragraph(&mut x, &format!("{prefix}notes"), &notes, notes_y, inner_w);
    paragraph(
        &mut x,
        &format!("{prefix}footer"),
        &footer,
        footer_y,
        inner_w,
    );
    if !opts.no_legend {
        legend::draw(
            &mut x,
            (&format!("{prefix}legend"), &marker),
            legend_area,
            heading,
            &entries,
        );
    }
    x.close("svg");
    x.finish()
}

/// Lines under the diagram, one `<text>` each from `top`, in a group with the given id
/// (nothing when there are none).
fn paragraph(x: &mut Xml, id: &str, lines: &[(String, bool)], top: f64, width: f64) {
    if lines.is_empty() {
        return;
    }
    x.open("g", &[("id", id)]);
    for (i, (line, bold)) in lines.iter().enumerate() {
        text_lines(
            x,
            std::slice::from_ref(line),
            Rect {
                x: MARGIN,
                y: top + i as f64 * FOOTER_SIZE * LINE,
                w: width,
                h: FOOTER_SIZE * LINE,
            },
            FOOTER_SIZE,
            Align::Start,
            if *bold { Weight::Bold } else { Weight::Normal },
        );
    }
    x.close("g");
}

/// The `id` attribute the SVG gives to the group of a node or lane (`local` = `Node::id` /
/// `Lane::id`), or to the `title`, `pool`, `footer` and `legend` groups; prefixed with the
/// diagram id so several diagrams can share one HTML page.
pub fn element_id(d: &Diagram, local: &str) -> String {
    format!("{}{}", id_prefix(&d.id), id_part(local))
}

/// An XML-id-safe prefix from the diagram id.
fn id_prefix(id: &str) -> String {
    let mut p: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !p.starts_with(|c: char| c.is_ascii_alphabetic()) {
        p.insert(0, 'd');
    }
    p.push('-');
    p
}

/// The `<desc>`: service, channel and number of procedures, in the regulation's language.
fn description(d: &Diagram) -> String {
    let tasks = d.nodes.iter().filter(|n| n.kind == NodeKind::Task).count();
    match d.language {
        Language::Ru => {
            let ch = match d.channel {
                Channel::Provider => "услугодатель",
                Channel::StateCorp => "Государственная корпорация",
                Channel::Akim => "аким",
                Channel::Portal => "портал электронного правительства",
                Channel::Other => "иной",
            };
            format!(
                "Государственная услуга «{}». Канал: {ch}. Процедур (действий): {tasks}.",
                d.service
            )
        }
        Language::Kk => {
            let ch = match d.channel {
                Channel::Provider => "көрсетілетін қызметті беруші",
                Channel::StateCorp => "Мемлекеттік корпорация",
                Channel::Akim => "әкім",
                Channel::Portal => "электрондық үкімет порталы",
                Channel::Other => "басқа",
            };
            format!(
                "Мемлекеттік көрсетілетін қызмет «{}». Арна: {ch}. Рәсімдер (іс-қимылдар) саны: {tasks}.",
                d.service
            )
        }
    }
}

fn union(a: Option<Rect>, b: Rect) -> Option<Rect> {
    let Some(a) = a else { return Some(b) };
    let x0 = a.x.min(b.x);
    let y0 = a.y.min(b.y);
    let x1 = (a.x + a.w).max(b.x + b.w);
    let y1 = (a.y + a.h).max(b.y + b.h);
    Some(Rect {
        x: x0,
        y: y0,
        w: x1 - x0,
        h: y1 - y0,
    })
}

fn is_set(r: Rect) -> bool {
    r.w > 0.0 || r.h > 0.0
}

/// Everything the layout placed: pool, lanes, nodes, their labels, routes and edge labels.
fn content_bounds(d: &Diagram) -> Rect {
    let mut b = None;
    let rects = std::iter::once(d.pool)
        .chain(d.lanes.iter().map(|l| l.bounds))
        .chain(d.nodes.iter().flat_map(|n| [n.bounds, n.label_bounds]))
        .chain(d.edges.iter().filter_map(|e| e.label_bounds));
    for r in rects.filter(|r| is_set(*r)) {
        b = union(b, r);
    }
    for p in d.edges.iter().flat_map(|e| &e.waypoints) {
        b = union(
            b,
            Rect {
                x: p.x,
                y: p.y,
                w: 0.0,
                h: 0.0,
            },
        );
    }
    b.unwrap_or_default()
}

#[cfg(test)]
mod tests;
