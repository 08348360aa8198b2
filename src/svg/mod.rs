//! The SVG справочник renderer: draws a laid-out [`Diagram`] in the published style
//! (title, pool and lanes, tasks, events, gateways, routed flows, durations footer, legend).
//!
//! The output is meant for websites: self-contained, every string escaped by quick-xml,
//! real `<text>` elements, no scripts or external references, deterministic byte for byte.
//! All text is measured with the bundled DejaVu Sans through `layout::metrics`, and
//! [`render_png`] rasterises with the same fonts, so pictures agree on every machine.

mod footer;
mod legend;
mod png;
mod xml;

pub use footer::{Total, totals};
pub use png::{parse_tree, render_png, usvg_options};

use crate::layout::text::{EXTERNAL_SIZE, NAME_SIZE, line_height};
use crate::layout::{Diagram, Lane, NodeKind, Rect};
use crate::layout::{metrics, place, text};
use crate::model::{Channel, Language};
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

    let top = MARGIN + title_h + GAP;
    let dx = MARGIN + (inner_w - content.w) / 2.0 - content.x;
    let dy = top - content.y;
    let mut y = top + content.h;

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

    if !footer.is_empty() {
        x.open("g", &[("id", &format!("{prefix}footer"))]);
        for (i, (line, bold)) in footer.iter().enumerate() {
            text_lines(
                &mut x,
                std::slice::from_ref(line),
                Rect {
                    x: MARGIN,
                    y: footer_y + i as f64 * FOOTER_SIZE * LINE,
                    w: inner_w,
                    h: FOOTER_SIZE * LINE,
                },
                FOOTER_SIZE,
                Align::Start,
                if *bold { Weight::Bold } else { Weight::Normal },
            );
        }
        x.close("g");
    }
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

/// Writes `lines` as one `<text>` each, centred vertically in `area`.
pub(crate) fn text_lines(
    x: &mut Xml,
    lines: &[String],
    area: Rect,
    size: f64,
    align: Align,
    weight: Weight,
) {
    text_block(x, lines, area, (size, align, weight), false);
}

/// [`text_lines`] with an optional white halo behind the glyphs.
fn text_block(x: &mut Xml, lines: &[String], area: Rect, style: (f64, Align, Weight), halo: bool) {
    let (size, align, weight) = style;
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
    let mut group: Vec<(&str, &str)> = if halo {
        // paint-order puts the white stroke under the fill, so it only clears the lines behind.
        vec![
            ("fill", INK),
            ("stroke", "#fff"),
            ("stroke-width", "3"),
            ("paint-order", "stroke"),
        ]
    } else {
        vec![("fill", INK), ("stroke", "none")]
    };
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

/// The header band of a lane, where its name is written: the layout's `label_bounds`, or the
/// lane's left strip of the layout's header width when a hand-made diagram left it empty.
fn header_band(lane: &Lane) -> Rect {
    if is_set(lane.label_bounds) {
        lane.label_bounds
    } else {
        Rect {
            w: place::LANE_HEADER_WIDTH.min(lane.bounds.w),
            ..lane.bounds
        }
    }
}

fn draw_pool(x: &mut Xml, d: &Diagram, prefix: &str, pool: Rect, off: &dyn Fn(Rect) -> Rect) {
    x.open("g", &[("id", &format!("{prefix}pool"))]);
    if is_set(pool) {
        rect(x, pool, "none", STROKE, "1.5");
        draw_pool_header(x, d, off(d.pool_header()));
    }
    for lane in &d.lanes {
        x.open("g", &[("id", &format!("{prefix}{}", id_part(&lane.id)))]);
        let band = off(header_band(lane));
        rect(x, off(lane.bounds), "none", STROKE, "1");
        rect(x, band, HEADER_FILL, STROKE, "1");
        let lines = if lane.label_lines.is_empty() {
            text::lines(&lane.name, band.h, NAME_SIZE)
        } else {
            lane.label_lines.clone()
        };
        upward_lines(x, &lines, band);
        x.close("g");
    }
    x.close("g");
}

/// The pool's own narrow band with its whole name («service — channel») written upwards, broken
/// as the BPMN tools break it along the pool's height.
fn draw_pool_header(x: &mut Xml, d: &Diagram, band: Rect) {
    rect(x, band, HEADER_FILL, STROKE, "1");
    let lines = text::lines(&d.pool_name(), band.h, NAME_SIZE);
    upward_lines(x, &lines, band);
}

/// Writes a header's lines upwards in its band (`band.w` deep, `band.h` long), placed the way
/// the BPMN tools place them: the block centred across the band, each line centred along it.
fn upward_lines(x: &mut Xml, lines: &[String], band: Rect) {
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
fn outside_lines(x: &mut Xml, lines: &[String], area: Rect, halo: bool) {
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

fn rect(x: &mut Xml, r: Rect, fill: &str, stroke: &str, sw: &str) {
    x.empty(
        "rect",
        &[
            ("x", &num(r.x)),
            ("y", &num(r.y)),
            ("width", &num(r.w)),
            ("height", &num(r.h)),
            ("fill", fill),
            ("stroke", stroke),
            ("stroke-width", sw),
        ],
    );
}

/// An id fragment safe inside an XML id.
fn id_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn draw_edges(x: &mut Xml, d: &Diagram, marker: &str, dx: f64, dy: f64) {
    x.open(
        "g",
        &[
            ("fill", "none"),
            ("stroke", STROKE),
            ("stroke-width", "1.2"),
        ],
    );
    let url = format!("url(#{marker})");
    for e in d.edges.iter().filter(|e| e.waypoints.len() >= 2) {
        let pts: Vec<String> = e
            .waypoints
            .iter()
            .map(|p| format!("{},{}", num(p.x + dx), num(p.y + dy)))
            .collect();
        x.empty(
            "polyline",
            &[("points", &pts.join(" ")), ("marker-end", &url)],
        );
        if e.default {
            default_slash(x, e, dx, dy);
        }
    }
    x.close("g");
}

/// The BPMN default-flow mark: a short slash across the first segment, near its source.
fn default_slash(x: &mut Xml, e: &crate::layout::Edge, dx: f64, dy: f64) {
    let (a, b) = (e.waypoints[0], e.waypoints[1]);
    let len = ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt();
    if len < 1.0 {
        return;
    }
    let (ux, uy) = ((b.x - a.x) / len, (b.y - a.y) / len);
    // Past the outcome label the layout puts beside the start of the flow, so they never touch.
    let t = 26.0_f64.min(len / 2.0);
    let (mx, my) = (a.x + dx + ux * t, a.y + dy + uy * t);
    // A 45° stroke: along the segment plus across it, 4 px each way.
    let (sx, sy) = ((ux - uy) * 4.0, (uy + ux) * 4.0);
    x.empty(
        "path",
        &[(
            "d",
            &format!(
                "M{},{}L{},{}",
                num(mx - sx),
                num(my - sy),
                num(mx + sx),
                num(my + sy)
            ),
        )],
    );
}

fn draw_nodes(x: &mut Xml, d: &Diagram, prefix: &str, marker: &str, off: &dyn Fn(Rect) -> Rect) {
    for (i, n) in d.nodes.iter().enumerate() {
        x.open("g", &[("id", &format!("{prefix}{}", id_part(&n.id)))]);
        let b = off(n.bounds);
        let shape = match n.kind {
            NodeKind::Start => Shape::Start,
            NodeKind::End => Shape::End,
            NodeKind::Task => Shape::Task,
            // A gateway that only joins paths is a merge (X); one that splits asks «?».
            NodeKind::Gateway if d.edges.iter().filter(|e| e.from == i).count() < 2 => Shape::Merge,
            NodeKind::Gateway => Shape::Gateway,
        };
        draw_shape(x, shape, b, marker);
        let (area, align, weight) = match n.kind {
            NodeKind::Task => {
                let a = if is_set(n.label_bounds) {
                    off(n.label_bounds)
                } else {
                    b
                };
                let w = if n.step.is_some() {
                    Weight::FirstBold
                } else {
                    Weight::Normal
                };
                (a, Align::Middle, w)
            }
            _ => (off(n.label_bounds), Align::Middle, Weight::Normal),
        };
        if n.kind == NodeKind::Task {
            text_lines(x, &n.label_lines, area, LABEL_SIZE, align, weight);
        } else if is_set(n.label_bounds) {
            outside_lines(x, &n.label_lines, area, false);
        }
        x.close("g");
    }
}

fn draw_edge_labels(x: &mut Xml, d: &Diagram, off: &dyn Fn(Rect) -> Rect) {
    let labelled: Vec<_> = d
        .edges
        .iter()
        .filter_map(|e| Some((e.label.as_deref()?, e.label_bounds?)))
        .filter(|(l, _)| !l.trim().is_empty())
        .collect();
    if labelled.is_empty() {
        return;
    }
    for (label, lb) in labelled {
        let lines = text::lines(label, lb.w, EXTERNAL_SIZE);
        // A white halo keeps outcome labels readable where they sit on a line.
        outside_lines(x, &lines, off(lb), true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Edge, Node, Point};

    const HOSTILE: [&str; 4] = [
        "<script>alert(1)</script>",
        "\"/><image href=x onerror=alert(1)>",
        "]]>",
        "&#x3C;",
    ];

    fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    /// A two-lane diagram whose every string is `text`.
    fn diagram(lang: Language, text: &str) -> Diagram {
        let lane = |i: usize| Lane {
            id: format!("Lane_{i}"),
            actor: text.to_owned(),
            name: text.to_owned(),
            bounds: r(30.0, i as f64 * 120.0, 600.0, 120.0),
            label_lines: vec![text.to_owned()],
            label_bounds: r(30.0, i as f64 * 120.0, 120.0, 120.0),
        };
        let node = |id: &str, kind, lane: usize, b: Rect, lines: Vec<String>, lb: Rect| Node {
            id: id.to_owned(),
            kind,
            lane,
            name: text.to_owned(),
            step: (kind == NodeKind::Task).then_some(1),
            actor_text: None,
            duration: None,
            result: None,
            line: None,
            bounds: b,
            label_lines: lines,
            label_bounds: lb,
        };
        let head = match lang {
            Language::Ru => "Действие 1",
            Language::Kk => "1-әрекет",
        };
        Diagram {
            id: "R1_provider".to_owned(),
            service: text.to_owned(),
            title: format!("Справочник {text}"),
            channel: Channel::Provider,
            language: lang,
            lanes: vec![lane(0), lane(1)],
            nodes: vec![
                node(
                    "Start",
                    NodeKind::Start,
                    0,
                    r(170.0, 42.0, 36.0, 36.0),
                    vec![text.to_owned()],
                    r(130.0, 20.0, 116.0, 15.0),
                ),
                node(
                    "Task_1",
                    NodeKind::Task,
                    1,
                    r(250.0, 140.0, 200.0, 80.0),
                    vec![head.to_owned(), text.to_owned()],
                    r(260.0, 165.0, 180.0, 30.0),
                ),
            ],
            edges: vec![Edge {
                id: "Flow_1".to_owned(),
                from: 0,
                to: 1,
                label: Some(text.to_owned()),
                default: true,
                waypoints: vec![
                    Point { x: 206.0, y: 60.0 },
                    Point { x: 228.0, y: 60.0 },
                    Point { x: 228.0, y: 180.0 },
                    Point { x: 250.0, y: 180.0 },
                ],
                label_bounds: Some(r(210.0, 80.0, 200.0, 15.0)),
            }],
            pool: r(0.0, 0.0, 630.0, 240.0),
            file: "test".to_owned(),
            line: 1,
        }
    }

    fn texts(doc: &roxmltree::Document) -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.text().unwrap_or_default().to_owned())
            .collect()
    }

    #[test]
    fn hostile_text_stays_inert() {
        for text in HOSTILE {
            let d = diagram(Language::Ru, text);
            let svg = render(&d, &SvgOptions::default());
            let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
            for n in doc.descendants().filter(|n| n.is_element()) {
                let tag = n.tag_name().name();
                assert!(
                    !matches!(tag, "script" | "image" | "foreignObject" | "iframe" | "a"),
                    "{tag} element from {text:?}"
                );
                for a in n.attributes() {
                    assert!(!a.name().starts_with("on"), "{} from {text:?}", a.name());
                    assert!(a.name() != "href", "href from {text:?}");
                    if a.value().contains("url(") {
                        assert!(a.value().starts_with("url(#"), "{}", a.value());
                    }
                }
            }
            // The hostile string comes back as plain text: in a task label, a lane label,
            // an edge label, the title and the <title> element.
            let all = texts(&doc);
            let hits = all.iter().filter(|t| t.as_str() == text).count();
            assert!(hits >= 3, "{text:?} shown {hits} times in {all:?}");
            let title = doc
                .descendants()
                .find(|n| n.has_tag_name("title"))
                .and_then(|n| n.text())
                .unwrap();
            assert_eq!(title, format!("Справочник {text}"));
            assert!(!svg.contains("<script"), "{svg}");
            assert!(!svg.contains("<image"), "{svg}");
        }
    }

    #[test]
    fn document_is_self_contained_and_labelled() {
        let d = diagram(Language::Kk, "құжаттарды қабылдау");
        let svg = render(&d, &SvgOptions::default());
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let root = doc.root_element();
        assert_eq!(root.attribute("lang"), Some("kk"));
        assert_eq!(root.attribute("font-family"), Some(FONT_FAMILY));
        assert!(root.attribute("viewBox").unwrap().starts_with("0 0 "));
        let desc = doc.descendants().find(|n| n.has_tag_name("desc")).unwrap();
        let desc = desc.text().unwrap();
        assert!(desc.contains("құжаттарды қабылдау"), "{desc}");
        assert!(desc.contains("Рәсімдер (іс-қимылдар) саны: 1"), "{desc}");
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("marker"))
                .count(),
            1
        );
        assert!(!svg.contains("xlink"));
        assert!(!svg.contains("http://") || svg.matches("http://").count() == 1);
        // Deterministic: the same input gives the same bytes.
        assert_eq!(svg, render(&d, &SvgOptions::default()));
    }

    fn legend_texts(d: &Diagram, opts: &SvgOptions) -> Vec<String> {
        let svg = render(d, opts);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let id = element_id(d, "legend");
        let g = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(id.as_str()))
            .expect("legend group");
        // The gateway symbol's «?» is part of the drawing, not of the wording.
        g.descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.text().unwrap().to_owned())
            .filter(|t| t != "?")
            .collect()
    }

    /// Legend rows may wrap on a narrow canvas: compare the wording as one string.
    fn joined(lines: &[&str]) -> String {
        lines.join(" ")
    }

    #[test]
    fn russian_legend_has_the_four_documented_symbols() {
        let d = diagram(Language::Ru, "прием документов");
        assert_eq!(
            legend_texts(&d, &SvgOptions::default()).join(" "),
            joined(&[
                "Условные обозначения:",
                "начало или завершение оказания государственной услуги",
                "наименование процедуры (действия) услугополучателя и (или) СФЕ",
                "вариант выбора",
                "переход к следующей процедуре (действию)",
            ])
        );
    }

    #[test]
    fn kazakh_legend_has_the_four_documented_symbols() {
        let d = diagram(Language::Kk, "құжаттарды қабылдау");
        assert_eq!(
            legend_texts(&d, &SvgOptions::default()).join(" "),
            joined(&[
                "Шартты белгілер:",
                "мемлекеттік қызмет көрсетудің басталуы немесе аяқталуы",
                "көрсетілетін қызметті алушының және (немесе) ҚФБ рәсімінің (іс-қимылының) атауы",
                "таңдау нұсқасы",
                "келесі рәсімге (іс-қимылға) өту",
            ])
        );
    }

    #[test]
    fn electronic_legend_lists_only_used_symbols() {
        // Start, a task and one flow; no end event and no gateway.
        let d = diagram(Language::Kk, "сұрау салу");
        let opts = SvgOptions {
            electronic: true,
            ..SvgOptions::default()
        };
        assert_eq!(
            legend_texts(&d, &opts),
            [
                "Белгіленген таңбалар кестесі",
                "Басты хабарландыру",
                "Процесс",
                "Басқару тасқыны",
            ]
        );
    }

    #[test]
    fn footer_sums_per_lane_and_in_total() {
        let mut d = diagram(Language::Ru, "прием документов");
        let mk = |value, unit, minutes| crate::model::Duration {
            text: String::new(),
            value,
            unit,
            minutes,
            word_value: None,
            conflict: false,
            at_most: false,
            line: 0,
            parts: Vec::new(),
            same_day: false,
            deadline: false,
        };
        use crate::model::TimeUnit;
        d.nodes[0].duration = Some(mk(30, TimeUnit::Minute, Some(30)));
        d.nodes[1].duration = Some(mk(3, TimeUnit::WorkingDay, None));
        let mut extra = d.nodes[1].clone();
        extra.id = "Task_2".to_owned();
        extra.bounds.x += 220.0;
        extra.label_bounds.x += 220.0;
        extra.duration = Some(mk(15, TimeUnit::Minute, Some(15)));
        d.nodes.push(extra);
        let lines = footer::lines(&d);
        assert_eq!(
            lines,
            [
                ("прием документов — 30 мин.".to_owned(), false),
                ("прием документов — 3 раб. дн. + 15 мин.".to_owned(), false),
                ("Итого: 3 раб. дн. + 45 мин.".to_owned(), true),
            ]
        );
        let svg = render(&d, &SvgOptions::default());
        assert!(svg.contains(">Итого: 3 раб. дн. + 45 мин.</text>"), "{svg}");
        d.language = Language::Kk;
        assert_eq!(
            footer::lines(&d).last().unwrap().0,
            "Барлығы: 3 жұмыс күні + 45 мин."
        );
    }

    #[test]
    fn merge_gateways_get_an_x_and_decisions_a_question_mark() {
        let mut d = diagram(Language::Ru, "проверка");
        d.nodes[1].kind = NodeKind::Gateway;
        d.nodes[1].bounds = r(250.0, 155.0, 50.0, 50.0);
        let gateway_marks = |d: &Diagram| {
            let svg = render(d, &SvgOptions::default());
            let doc = roxmltree::Document::parse(&svg).unwrap();
            let id = element_id(d, "Task_1");
            let g = doc
                .descendants()
                .find(|n| n.attribute("id") == Some(id.as_str()))
                .unwrap();
            let q = g.descendants().any(|n| n.text() == Some("?"));
            let x = g.descendants().any(|n| n.has_tag_name("path"));
            (q, x)
        };
        assert_eq!(gateway_marks(&d), (false, true));
        d.edges.push(Edge {
            id: "Flow_2".to_owned(),
            from: 1,
            to: 0,
            ..d.edges[0].clone()
        });
        d.edges.push(Edge {
            id: "Flow_3".to_owned(),
            from: 1,
            to: 0,
            ..d.edges[0].clone()
        });
        assert_eq!(gateway_marks(&d), (true, false));
    }

    #[test]
    fn png_renders_with_bundled_fonts() {
        let d = diagram(Language::Kk, "құжаттарды қабылдау");
        let png = render_png(&render(&d, &SvgOptions::default()), 0.5).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        assert!(render_png("<svg", 1.0).is_err());
        assert!(render_png(&render(&d, &SvgOptions::default()), 0.0).is_err());
    }
}
