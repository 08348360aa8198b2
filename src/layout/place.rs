//! Places a diagram: lanes stacked top to bottom, one column per main-path node left to right,
//! orthogonal flows that never cross a shape, labels wrapped with the real font.
//!
//! Geometry of a lane, top to bottom: padding, the zone for labels that sit above events and
//! gateways, the main row (every main-path node centred on one line), the refusal row (end events
//! hung under the gateway or refusal message that leads to them, labels below), and the bottom
//! track along which flows that skip columns run. Columns are separated by gaps that hold nothing
//! but vertical flow segments, so a flow that changes lanes turns only inside a gap.
//! Every coordinate is a whole number, so the same model always gives the same picture.

use crate::layout::diagram::{Diagram, NodeKind, POOL_HEADER_WIDTH, Point, Rect};
use crate::layout::metrics::{text_width, wrap, wrap_truncated};
use crate::model::{Duration, Language, TimeUnit};

/// Font size of every label, px.
pub const FONT_SIZE: f64 = 12.0;
/// Line height of every label, px.
pub const LINE_HEIGHT: f64 = 15.0;
/// Width of the band at a lane's left edge holding the lane name horizontally.
pub const LANE_HEADER_WIDTH: f64 = 150.0;
/// Task box width; text wraps to this less twice [`TASK_PADDING`].
pub const TASK_WIDTH: f64 = 200.0;
/// Minimum task height (standard BPMN 100×80).
pub const TASK_MIN_HEIGHT: f64 = 80.0;
/// Inner padding of a task box.
pub const TASK_PADDING: f64 = 10.0;
/// Diameter of start and end events.
pub const EVENT_SIZE: f64 = 36.0;
/// Side of a gateway diamond's bounding box.
pub const GATEWAY_SIZE: f64 = 50.0;
/// Most lines of action text in a task before it is cut with «…».
pub const MAX_ACTION_LINES: usize = 12;

const LANE_LABEL_PADDING: f64 = 8.0;
const LANE_MIN_HEIGHT: f64 = 120.0;
const LANE_PAD_TOP: f64 = 16.0;
const LANE_PAD_BOTTOM: f64 = 16.0;
const TRACK_HEIGHT: f64 = 30.0;
const LEFT_MARGIN: f64 = 30.0;
const RIGHT_MARGIN: f64 = 30.0;
const GAP: f64 = 50.0;
const LABEL_GAP: f64 = 4.0;
const REFUSAL_ROW_GAP: f64 = 34.0;
const EVENT_LABEL_WIDTH: f64 = 140.0;
const GATEWAY_LABEL_WIDTH: f64 = 150.0;
const GATEWAY_LABEL_LINES: usize = 4;

/// Where a node sits: its column and whether it hangs in the refusal row under its column's main node.
#[derive(Clone, Copy)]
struct Slot {
    column: usize,
    below: bool,
}

/// How a flow is routed.
#[derive(Clone, Copy, PartialEq)]
enum Route {
    /// Straight down from a main node to the end event under it.
    Down,
    /// From one column to the next, turning in the gap between them.
    Adjacent,
    /// Over several columns, along the bottom track of the source's lane.
    Skip,
}

/// Fills in every rectangle, waypoint and label line of `d`; the semantics are left untouched.
pub fn place(d: &mut Diagram) {
    let n = d.nodes.len();
    if n == 0 || d.lanes.is_empty() {
        return;
    }

    // 1. Sizes and labels.
    for i in 0..n {
        let language = d.language;
        let node = &mut d.nodes[i];
        match node.kind {
            NodeKind::Task => {
                let lines = task_label(node.step, &node.name, node.duration.as_ref(), language);
                let h = even(
                    (lines.len() as f64 * LINE_HEIGHT + 2.0 * TASK_PADDING).max(TASK_MIN_HEIGHT),
                );
                node.bounds = Rect {
                    x: 0.0,
                    y: 0.0,
                    w: TASK_WIDTH,
                    h,
                };
                node.label_lines = lines;
            }
            NodeKind::Start | NodeKind::End => {
                node.bounds = Rect {
                    x: 0.0,
                    y: 0.0,
                    w: EVENT_SIZE,
                    h: EVENT_SIZE,
                };
                node.label_lines = wrap(&node.name, EVENT_LABEL_WIDTH, FONT_SIZE, false);
            }
            NodeKind::Gateway => {
                node.bounds = Rect {
                    x: 0.0,
                    y: 0.0,
                    w: GATEWAY_SIZE,
                    h: GATEWAY_SIZE,
                };
                node.label_lines = wrap_truncated(
                    &node.name,
                    GATEWAY_LABEL_WIDTH,
                    FONT_SIZE,
                    false,
                    GATEWAY_LABEL_LINES,
                );
            }
        }
    }

    // 2. Slots: a non-final end event reached only from the node just before it hangs under that node.
    let mut incoming = vec![Vec::new(); n];
    for (e, edge) in d.edges.iter().enumerate() {
        incoming[edge.to].push(e);
    }
    let mut slots = Vec::with_capacity(n);
    let mut columns = 0usize;
    for (i, into) in incoming.iter().enumerate() {
        let hangs = i > 0
            && i + 1 < n
            && d.nodes[i].kind == NodeKind::End
            && into.len() == 1
            && d.edges[into[0]].from == i - 1
            && !slots.get(i - 1).is_some_and(|s: &Slot| s.below);
        if hangs {
            slots.push(Slot {
                column: columns - 1,
                below: true,
            });
        } else {
            slots.push(Slot {
                column: columns,
                below: false,
            });
            columns += 1;
        }
    }
    let routes: Vec<Route> = d
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (slots[e.from], slots[e.to]);
            if b.below && a.column == b.column {
                Route::Down
            } else if b.column == a.column + 1 {
                Route::Adjacent
            } else {
                Route::Skip
            }
        })
        .collect();
    let edge_label_w: Vec<f64> = d
        .edges
        .iter()
        .map(|e| {
            e.label
                .as_deref()
                .map_or(0.0, |l| text_width(l, FONT_SIZE, false).ceil())
        })
        .collect();

    // 3. Column widths: wide enough for the node, its labels and the labels of its outgoing flows.
    let mut col_w = vec![0.0f64; columns];
    for (i, node) in d.nodes.iter().enumerate() {
        let c = slots[i].column;
        // A task's label is wrapped to fit inside it; other labels sit outside and may be wider.
        let label = if node.kind == NodeKind::Task {
            0.0
        } else {
            label_width(&node.label_lines)
        };
        col_w[c] = col_w[c].max(node.bounds.w).max(label);
    }
    for (e, edge) in d.edges.iter().enumerate() {
        if edge.label.is_none() {
            continue;
        }
        let src = &d.nodes[edge.from];
        let c = slots[edge.from].column;
        let need = match routes[e] {
            // Label right of the vertical segment under the source.
            Route::Down | Route::Skip => 2.0 * (LABEL_GAP + edge_label_w[e]),
            // Label above the first horizontal segment; it must end before the gap's middle.
            Route::Adjacent => {
                2.0 * (src.bounds.w / 2.0 + LABEL_GAP * 2.0 + edge_label_w[e] - GAP / 2.0)
            }
        };
        col_w[c] = col_w[c].max(need);
    }
    for w in &mut col_w {
        *w = even(*w);
    }
    let mut col_x = Vec::with_capacity(columns);
    let mut x = POOL_HEADER_WIDTH + LANE_HEADER_WIDTH + LEFT_MARGIN;
    for w in &col_w {
        col_x.push(x);
        x += w + GAP;
    }
    let content_right = x - GAP;

    // 4. Lane heights.
    let lanes = d.lanes.len();
    let mut main_h = vec![0.0f64; lanes];
    for (i, node) in d.nodes.iter().enumerate() {
        if !slots[i].below {
            main_h[node.lane] = main_h[node.lane].max(node.bounds.h);
        }
    }
    for h in &mut main_h {
        if *h == 0.0 {
            *h = TASK_MIN_HEIGHT;
        }
    }
    let mut above_h = vec![0.0f64; lanes];
    let mut below_h = vec![0.0f64; lanes];
    let mut track = vec![false; lanes];
    for (i, node) in d.nodes.iter().enumerate() {
        let lane = node.lane;
        let label_h = node.label_lines.len() as f64 * LINE_HEIGHT;
        if slots[i].below {
            below_h[lane] =
                below_h[lane].max(REFUSAL_ROW_GAP + node.bounds.h + LABEL_GAP + label_h);
        } else if node.kind != NodeKind::Task && label_h > 0.0 {
            let offset = (main_h[lane] - node.bounds.h) / 2.0;
            above_h[lane] = above_h[lane].max(label_h + LABEL_GAP - offset);
        }
    }
    for (e, edge) in d.edges.iter().enumerate() {
        if routes[e] == Route::Skip {
            track[d.nodes[edge.from].lane] = true;
            // A skip label hangs under its gateway; keep it clear of the track.
            let src = &d.nodes[edge.from];
            let room = (main_h[src.lane] - src.bounds.h) / 2.0;
            let lane = src.lane;
            below_h[lane] = below_h[lane].max(LABEL_GAP + LINE_HEIGHT + LABEL_GAP - room);
        }
    }
    let mut lane_y = Vec::with_capacity(lanes);
    let mut main_cy = Vec::with_capacity(lanes);
    let mut y = 0.0;
    for l in 0..lanes {
        let label_width = LANE_HEADER_WIDTH - 2.0 * LANE_LABEL_PADDING;
        let lines = wrap(&d.lanes[l].name, label_width, FONT_SIZE, false);
        let label_h = lines.len() as f64 * LINE_HEIGHT + 2.0 * LANE_LABEL_PADDING;
        let bottom = if track[l] {
            TRACK_HEIGHT
        } else {
            LANE_PAD_BOTTOM
        };
        let content = LANE_PAD_TOP + above_h[l].max(0.0) + main_h[l] + below_h[l].max(0.0) + bottom;
        let h = even(content.max(label_h).max(LANE_MIN_HEIGHT));
        let slack = ((h - content) / 2.0).floor();
        lane_y.push(y);
        main_cy.push(y + slack + LANE_PAD_TOP + above_h[l].max(0.0) + main_h[l] / 2.0);
        let lane = &mut d.lanes[l];
        lane.bounds = Rect {
            x: POOL_HEADER_WIDTH,
            y,
            w: content_right + RIGHT_MARGIN - POOL_HEADER_WIDTH,
            h,
        };
        lane.label_bounds = Rect {
            x: POOL_HEADER_WIDTH,
            y,
            w: LANE_HEADER_WIDTH,
            h,
        };
        lane.label_lines = lines;
        y += h;
    }
    d.pool = Rect {
        x: 0.0,
        y: 0.0,
        w: content_right + RIGHT_MARGIN,
        h: y,
    };

    // 5. Node and label positions.
    for i in 0..n {
        let slot = slots[i];
        let lane = d.nodes[i].lane;
        let cx = col_x[slot.column] + col_w[slot.column] / 2.0;
        let (w, h) = (d.nodes[i].bounds.w, d.nodes[i].bounds.h);
        let cy = if slot.below {
            let parent = (0..i)
                .rev()
                .find(|&p| slots[p].column == slot.column && !slots[p].below);
            let parent_bottom = parent.map_or(main_cy[lane], |p| d.nodes[p].bounds.bottom());
            parent_bottom + REFUSAL_ROW_GAP + h / 2.0
        } else {
            main_cy[lane]
        };
        let node = &mut d.nodes[i];
        node.bounds = Rect {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        };
        let lw = if node.kind == NodeKind::Task {
            0.0
        } else {
            label_width(&node.label_lines)
        };
        let lh = node.label_lines.len() as f64 * LINE_HEIGHT;
        node.label_bounds = match node.kind {
            NodeKind::Task => Rect {
                x: node.bounds.x + TASK_PADDING,
                y: (cy - lh / 2.0).floor(),
                w: w - 2.0 * TASK_PADDING,
                h: lh,
            },
            _ if node.label_lines.is_empty() => Rect::default(),
            _ if slot.below => Rect {
                x: (cx - lw / 2.0).floor(),
                y: node.bounds.bottom() + LABEL_GAP,
                w: lw,
                h: lh,
            },
            _ => Rect {
                x: (cx - lw / 2.0).floor(),
                y: node.bounds.y - LABEL_GAP - lh,
                w: lw,
                h: lh,
            },
        };
    }

    // 6. Flows.
    for e in 0..d.edges.len() {
        let (from, to) = (d.edges[e].from, d.edges[e].to);
        let a = d.nodes[from].bounds;
        let b = d.nodes[to].bounds;
        let (ac, bc) = (a.centre(), b.centre());
        let gap_before = |column: usize| col_x[column] - GAP / 2.0;
        let points = match routes[e] {
            Route::Down => vec![
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
            let w = edge_label_w[e];
            match routes[e] {
                Route::Down | Route::Skip => Rect {
                    x: ac.x + LABEL_GAP,
                    y: a.bottom() + LABEL_GAP / 2.0,
                    w,
                    h: LINE_HEIGHT,
                },
                Route::Adjacent => Rect {
                    x: a.right() + LABEL_GAP,
                    y: ac.y - LABEL_GAP - LINE_HEIGHT,
                    w,
                    h: LINE_HEIGHT,
                },
            }
        });
        let edge = &mut d.edges[e];
        edge.waypoints = points;
        edge.label_bounds = label_bounds;
    }
}

/// Rounds up to the next even whole number, so halves of sizes stay whole.
fn even(v: f64) -> f64 {
    (v / 2.0).ceil() * 2.0
}

fn label_width(lines: &[String]) -> f64 {
    lines
        .iter()
        .map(|l| text_width(l, FONT_SIZE, false).ceil())
        .fold(0.0, f64::max)
}

/// The composed label of a task: heading, the action wrapped to the task's inner width (cut with
/// «…» past [`MAX_ACTION_LINES`]), then the duration line.
pub fn task_label(
    step: Option<u32>,
    name: &str,
    duration: Option<&Duration>,
    language: Language,
) -> Vec<String> {
    let inner = TASK_WIDTH - 2.0 * TASK_PADDING;
    let mut lines = Vec::new();
    if let Some(n) = step {
        lines.push(match language {
            Language::Ru => format!("Действие {n}"),
            Language::Kk => format!("{n}-әрекет"),
        });
    }
    let action = action_text(step, name, duration);
    lines.extend(wrap_truncated(
        &action,
        inner,
        FONT_SIZE,
        false,
        MAX_ACTION_LINES,
    ));
    if let Some(d) = duration {
        lines.extend(wrap(&duration_short(d, language), inner, FONT_SIZE, false));
    }
    lines
}

/// The action of a task name without its «N. » prefix and without the duration words, which get their own line.
fn action_text(step: Option<u32>, name: &str, duration: Option<&Duration>) -> String {
    let mut text = name.trim();
    if let Some(n) = step {
        let prefix = format!("{n}. ");
        text = text.strip_prefix(prefix.as_str()).unwrap_or(text);
    }
    let mut text = text.to_string();
    let words = duration.map_or("", |d| d.text.trim());
    if let Some(pos) = text.rfind(words).filter(|_| !words.is_empty()) {
        let mut rest = text[pos + words.len()..].to_string();
        let head = text[..pos]
            .trim_end()
            .trim_end_matches(['–', '-', '—', ','])
            .trim_end();
        if rest
            .trim()
            .chars()
            .all(|c| c.is_ascii_punctuation() || c.is_whitespace())
        {
            rest.clear();
        }
        text = format!("{head}{rest}");
    }
    let mut text = text
        .trim()
        .trim_end_matches([';', '.', ','])
        .trim_end()
        .to_string();
    if duration.is_some() {
        // The duration words may leave their preposition behind («– в течении 2-х (двух) дней»).
        const CONNECTIVES: [&str; 8] = [
            "в течение",
            "в течении",
            "не более",
            "не позднее",
            "в пределах",
            "в срок",
            "до",
            "ішінде",
        ];
        loop {
            let trimmed = text
                .trim_end()
                .trim_end_matches(['–', '-', '—', ',', ';'])
                .trim_end();
            let cut = CONNECTIVES.iter().find_map(|c| {
                trimmed
                    .strip_suffix(c)
                    .filter(|rest| rest.is_empty() || rest.ends_with([' ', '-', '–', '—']))
            });
            let next = cut.unwrap_or(trimmed).to_string();
            if next == text {
                break;
            }
            text = next;
        }
    }
    text
}

/// A duration as the справочник prints it: «30 мин.», «1 раб. день», «1 жұмыс күні», «2 сағ.».
pub fn duration_short(d: &Duration, language: Language) -> String {
    let v = d.value;
    match (d.unit, language) {
        (TimeUnit::Minute, _) => {
            let total = d.minutes.unwrap_or(v);
            let lower = d.text.to_lowercase();
            // A sum printed partly in hours («15 минут … 2 сағат») reads better split back into hours.
            if total >= 60 && (lower.contains("сағ") || lower.contains("час")) {
                let hours = if language == Language::Ru {
                    "ч."
                } else {
                    "сағ."
                };
                match total % 60 {
                    0 => format!("{} {hours}", total / 60),
                    m => format!("{} {hours} {m} мин.", total / 60),
                }
            } else {
                format!("{total} мин.")
            }
        }
        (TimeUnit::Hour, _) => {
            let total = d.minutes.unwrap_or(v * 60);
            let (h, m) = (total / 60, total % 60);
            let hours = if language == Language::Ru {
                "ч."
            } else {
                "сағ."
            };
            match (h, m) {
                (0, m) => format!("{m} мин."),
                (h, 0) => format!("{h} {hours}"),
                (h, m) => format!("{h} {hours} {m} мин."),
            }
        }
        (TimeUnit::WorkingDay, Language::Ru) => {
            format!("{v} раб. {}", ru_plural(v, "день", "дня", "дней"))
        }
        (TimeUnit::WorkingDay, Language::Kk) => format!("{v} жұмыс күні"),
        (TimeUnit::CalendarDay, Language::Ru) => {
            format!("{v} кал. {}", ru_plural(v, "день", "дня", "дней"))
        }
        (TimeUnit::CalendarDay, Language::Kk) => format!("{v} күнтізбелік күн"),
        (TimeUnit::Day, Language::Ru) => format!("{v} {}", ru_plural(v, "день", "дня", "дней")),
        (TimeUnit::Day, Language::Kk) => format!("{v} күн"),
    }
}

/// The Russian noun form for a count: 1 день, 2 дня, 5 дней, 11 дней, 21 день.
fn ru_plural(n: u64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    if (11..=14).contains(&(n % 100)) {
        return many;
    }
    match n % 10 {
        1 => one,
        2..=4 => few,
        _ => many,
    }
}

/// Every geometric rule the placement promises that `d` breaks, as readable messages (empty when sound):
/// shapes and labels do not overlap, flows are orthogonal, start and end on their nodes' borders and
/// cross no shape or label, every node sits inside its lane.
pub fn problems(d: &Diagram) -> Vec<String> {
    let mut out = Vec::new();
    let mut boxes: Vec<(String, Rect)> = Vec::new();
    for n in &d.nodes {
        boxes.push((n.id.clone(), n.bounds));
        if n.kind != NodeKind::Task && !n.label_lines.is_empty() {
            boxes.push((format!("label of {}", n.id), n.label_bounds));
        }
        let lane = d.lanes[n.lane].bounds;
        let inside = n.bounds.x >= lane.x
            && n.bounds.right() <= lane.right()
            && n.bounds.y >= lane.y
            && n.bounds.bottom() <= lane.bottom();
        if !inside {
            out.push(format!(
                "{} lies outside its lane {}",
                n.id, d.lanes[n.lane].id
            ));
        }
        if n.kind == NodeKind::Task {
            let lb = n.label_bounds;
            let inside = lb.x >= n.bounds.x
                && lb.right() <= n.bounds.right()
                && lb.y >= n.bounds.y
                && lb.bottom() <= n.bounds.bottom();
            if !inside {
                out.push(format!("label of {} spills out of the task", n.id));
            }
            for (k, line) in n.label_lines.iter().enumerate() {
                // The heading line is drawn bold.
                if text_width(line, FONT_SIZE, k == 0 && n.step.is_some()) > lb.w + 0.01 {
                    out.push(format!("line {line:?} of {} is wider than the task", n.id));
                }
            }
        }
    }
    for e in &d.edges {
        if let Some(lb) = e.label_bounds {
            boxes.push((format!("label of {}", e.id), lb));
        }
    }
    for l in &d.lanes {
        for (name, r) in &boxes {
            if l.label_bounds.overlaps(r) {
                out.push(format!("{name} covers the header of {}", l.id));
            }
        }
    }
    for (name, r) in &boxes {
        let inside = r.x >= d.pool.x
            && r.right() <= d.pool.right()
            && r.y >= d.pool.y
            && r.bottom() <= d.pool.bottom();
        if !inside {
            out.push(format!("{name} lies outside the pool"));
        }
    }
    for i in 0..boxes.len() {
        for j in i + 1..boxes.len() {
            if boxes[i].1.overlaps(&boxes[j].1) {
                out.push(format!("{} overlaps {}", boxes[i].0, boxes[j].0));
            }
        }
    }
    for e in &d.edges {
        let w = &e.waypoints;
        if w.len() < 2 {
            out.push(format!("{} has fewer than two waypoints", e.id));
            continue;
        }
        let (a, b) = (d.nodes[e.from].bounds, d.nodes[e.to].bounds);
        if !on_border(w[0], a) || !on_border(w[w.len() - 1], b) {
            out.push(format!(
                "{} does not start and end on its nodes' borders",
                e.id
            ));
        }
        for s in w.windows(2) {
            if s[0].x != s[1].x && s[0].y != s[1].y {
                out.push(format!("{} has a diagonal segment", e.id));
            }
            for (name, r) in &boxes {
                if segment_crosses(s[0], s[1], r) {
                    out.push(format!("{} crosses {name}", e.id));
                }
            }
        }
    }
    out
}

fn on_border(p: Point, r: Rect) -> bool {
    let on_x = (p.x == r.x || p.x == r.right()) && p.y >= r.y && p.y <= r.bottom();
    let on_y = (p.y == r.y || p.y == r.bottom()) && p.x >= r.x && p.x <= r.right();
    on_x || on_y
}

/// True when an axis-parallel segment passes through the interior of `r`.
fn segment_crosses(p: Point, q: Point, r: &Rect) -> bool {
    let (x0, x1) = (p.x.min(q.x), p.x.max(q.x));
    let (y0, y1) = (p.y.min(q.y), p.y.max(q.y));
    x1 > r.x
        && x0 < r.right()
        && y1 > r.y
        && y0 < r.bottom()
        && (x0 != x1 || (x0 > r.x && x0 < r.right()))
        && (y0 != y1 || (y0 > r.y && y0 < r.bottom()))
}

#[cfg(test)]
mod tests {
    use super::*;
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
            // Main-path nodes run left to right in node order.
            let xs: Vec<f64> = d
                .nodes
                .iter()
                .filter(|n| !(n.kind == NodeKind::End && n.name != d.nodes.last().unwrap().name))
                .map(|n| n.bounds.x)
                .collect();
            assert!(xs.windows(2).all(|w| w[0] < w[1]), "{}: {xs:?}", d.id);
        }
    }

    #[test]
    fn task_labels_carry_heading_action_and_duration() {
        let d = &placed()[0];
        let task = &d.nodes[1];
        assert_eq!(task.label_lines[0], "Действие 1");
        assert_eq!(task.label_lines.last().unwrap(), "30 мин.");
        assert_eq!(task.label_lines[1], "ответственный");
        assert_eq!(task.label_lines[2], "исполнитель услугодателя");
        assert!(!task.label_lines.iter().any(|l| l.contains("тридцати")));
        let inner = TASK_WIDTH - 2.0 * TASK_PADDING;
        assert!(
            task.label_lines
                .iter()
                .all(|l| text_width(l, FONT_SIZE, false) <= inner)
        );
        let needed = task.label_lines.len() as f64 * LINE_HEIGHT + 2.0 * TASK_PADDING;
        assert!(task.bounds.h >= needed);
        let last_task = &d.nodes[8];
        assert_eq!(last_task.label_lines[0], "Действие 6");
        assert_eq!(last_task.label_lines.last().unwrap(), "15 мин.");
        let kk = &placed()[2];
        assert_eq!(kk.nodes[1].label_lines[0], "1-әрекет");
    }

    #[test]
    fn long_actions_are_cut_with_an_ellipsis() {
        let name = format!(
            "1. {}",
            "электрондық мемлекеттік қызмет көрсету ".repeat(20)
        );
        let lines = task_label(Some(1), &name, None, Language::Kk);
        assert_eq!(lines.len(), 1 + MAX_ACTION_LINES);
        assert!(lines.last().unwrap().ends_with('…'));
    }

    #[test]
    fn durations_print_the_short_way() {
        let d = |value, unit, minutes| Duration {
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
        assert_eq!(
            duration_short(&d(30, TimeUnit::Minute, Some(30)), Language::Ru),
            "30 мин."
        );
        assert_eq!(
            duration_short(&d(1, TimeUnit::WorkingDay, None), Language::Ru),
            "1 раб. день"
        );
        assert_eq!(
            duration_short(&d(3, TimeUnit::WorkingDay, None), Language::Ru),
            "3 раб. дня"
        );
        assert_eq!(
            duration_short(&d(11, TimeUnit::WorkingDay, None), Language::Ru),
            "11 раб. дней"
        );
        assert_eq!(
            duration_short(&d(21, TimeUnit::CalendarDay, None), Language::Ru),
            "21 кал. день"
        );
        assert_eq!(
            duration_short(&d(1, TimeUnit::WorkingDay, None), Language::Kk),
            "1 жұмыс күні"
        );
        assert_eq!(
            duration_short(&d(2, TimeUnit::Hour, Some(120)), Language::Kk),
            "2 сағ."
        );
        assert_eq!(
            duration_short(&d(1, TimeUnit::Hour, Some(90)), Language::Ru),
            "1 ч. 30 мин."
        );
        assert_eq!(
            duration_short(&d(2, TimeUnit::Day, None), Language::Ru),
            "2 дня"
        );
        let mut sum = d(135, TimeUnit::Minute, Some(135));
        sum.text = "15 (он бес) минут; 2 (екі) сағат".to_string();
        assert_eq!(duration_short(&sum, Language::Kk), "2 сағ. 15 мин.");
        assert_eq!(
            duration_short(&d(90, TimeUnit::Minute, Some(90)), Language::Ru),
            "90 мин."
        );
    }

    #[test]
    fn duration_words_and_their_preposition_leave_the_action() {
        let dur = Duration {
            text: "2-х (двух) дней".to_string(),
            value: 2,
            unit: TimeUnit::Day,
            minutes: None,
            word_value: Some(2),
            conflict: false,
            at_most: false,
            line: 0,
            parts: Vec::new(),
            same_day: false,
            deadline: false,
        };
        let text = action_text(
            Some(3),
            "3. ответственный исполнитель услугодателя направляет документы в участковую комиссию для обследования и подготовки заключения- в течении 2-х (двух) дней",
            Some(&dur),
        );
        assert_eq!(
            text,
            "ответственный исполнитель услугодателя направляет документы в участковую комиссию для обследования и подготовки заключения"
        );
    }

    #[test]
    fn the_checker_sees_overlaps_and_diagonals() {
        let mut d = placed().remove(0);
        let first = d.nodes[1].bounds;
        d.nodes[4].bounds = first;
        d.edges[0].waypoints[1].y += 7.0;
        let found = problems(&d);
        assert!(
            found
                .iter()
                .any(|p| p.contains("R1_provider_Task_1 overlaps R1_provider_Task_2")),
            "{found:?}"
        );
        assert!(found.iter().any(|p| p.contains("diagonal")), "{found:?}");
    }
}
