//! Hand-built, hand-placed diagrams in Russian and Kazakh for the SVG tests, independent of
//! the parser and the layout so the renderer can be checked on its own.

use reglament::layout::{Diagram, Edge, Lane, Node, NodeKind, Point, Rect};
use reglament::model::{Channel, Duration, Language, TimeUnit};

const LANE_H: f64 = 130.0;
const HEADER_W: f64 = 120.0;

fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
    Rect { x, y, w, h }
}

fn p(x: f64, y: f64) -> Point {
    Point { x, y }
}

/// A duration as the parser produces it.
pub fn dur(value: u64, unit: TimeUnit) -> Duration {
    Duration {
        text: String::new(),
        value,
        unit,
        minutes: match unit {
            TimeUnit::Minute => Some(value),
            TimeUnit::Hour => Some(value * 60),
            _ => None,
        },
        word_value: None,
        conflict: false,
        at_most: false,
        line: 0,
        parts: Vec::new(),
        same_day: false,
        deadline: false,
    }
}

fn lane(i: usize, name: &[&str]) -> Lane {
    let y = 30.0 + i as f64 * LANE_H;
    Lane {
        id: format!("Lane_{}", i + 1),
        actor: name.join(" ").to_lowercase(),
        name: name.join(" "),
        bounds: r(30.0, y, 1100.0, LANE_H),
        label_lines: name.iter().map(|s| s.to_string()).collect(),
        label_bounds: r(30.0, y, HEADER_W, LANE_H),
    }
}

fn node(id: &str, kind: NodeKind, lane: usize, x: f64, label: &[&str]) -> Node {
    let cy = 30.0 + lane as f64 * LANE_H + LANE_H / 2.0;
    let (w, h) = match kind {
        NodeKind::Start | NodeKind::End => (36.0, 36.0),
        NodeKind::Gateway => (50.0, 50.0),
        NodeKind::Task => (200.0, 15.0 * label.len() as f64 + 20.0),
    };
    let bounds = r(x, cy - h / 2.0, w, h);
    let lines: Vec<String> = label.iter().map(|s| s.to_string()).collect();
    let lh = 15.0 * lines.len() as f64;
    let label_bounds = match kind {
        NodeKind::Task => r(x + 10.0, cy - lh / 2.0, 180.0, lh),
        // Events and gateways carry their label above the shape.
        _ => r(x + w / 2.0 - 60.0, bounds.y - 4.0 - lh, 120.0, lh),
    };
    Node {
        id: id.to_string(),
        kind,
        lane,
        name: label.join(" "),
        step: (kind == NodeKind::Task).then_some(1),
        actor_text: None,
        duration: None,
        result: None,
        line: None,
        bounds,
        label_lines: lines,
        label_bounds,
        disputes: Vec::new(),
    }
}

fn mid_right(n: &Node) -> Point {
    p(n.bounds.x + n.bounds.w, n.bounds.y + n.bounds.h / 2.0)
}

fn mid_left(n: &Node) -> Point {
    p(n.bounds.x, n.bounds.y + n.bounds.h / 2.0)
}

/// Connects nodes with an orthogonal route: right side out, left side in, one vertical jog.
fn edge(nodes: &[Node], from: usize, to: usize, label: Option<&str>) -> Edge {
    let a = mid_right(&nodes[from]);
    let b = mid_left(&nodes[to]);
    let mut waypoints = vec![a];
    if (a.y - b.y).abs() > 0.5 {
        let mx = (a.x + b.x) / 2.0;
        waypoints.push(p(mx, a.y));
        waypoints.push(p(mx, b.y));
    }
    waypoints.push(b);
    let label_bounds = label.map(|l| {
        let w = reglament::layout::metrics::text_width(l, 12.0, false).ceil();
        r(a.x + 6.0, a.y - 19.0, w, 15.0)
    });
    Edge {
        id: format!("Flow_{}_{}", nodes[from].id, nodes[to].id),
        from,
        to,
        label: label.map(str::to_string),
        default: false,
        waypoints,
        label_bounds,
    }
}

fn finish(mut d: Diagram) -> Diagram {
    let n = d.lanes.len() as f64;
    d.pool = r(0.0, 30.0, 1130.0, n * LANE_H);
    d
}

/// A Russian provider diagram: three lanes, four procedures, a refusal decision.
pub fn russian() -> Diagram {
    let lanes = vec![
        lane(0, &["Канцелярия", "услугодателя"]),
        lane(1, &["Руководитель", "услугодателя"]),
        lane(2, &["Ответственный", "исполнитель", "услугодателя"]),
    ];
    let mut nodes = vec![
        node("Start", NodeKind::Start, 0, 170.0, &["обращение"]),
        node(
            "Task_1",
            NodeKind::Task,
            0,
            240.0,
            &["Действие 1", "прием и регистрация", "документов", "15 мин."],
        ),
        node(
            "Task_2",
            NodeKind::Task,
            1,
            470.0,
            &[
                "Действие 2",
                "определение",
                "ответственного",
                "исполнителя",
                "3 ч.",
            ],
        ),
        node(
            "Task_3",
            NodeKind::Task,
            2,
            700.0,
            &["Действие 3", "проверка полноты", "документов", "2 раб. дн."],
        ),
        node(
            "Gateway_3",
            NodeKind::Gateway,
            2,
            930.0,
            &["документы", "полные?"],
        ),
        node("End", NodeKind::End, 2, 1050.0, &["результат"]),
        node("End_refusal", NodeKind::End, 0, 1050.0, &["отказ"]),
    ];
    nodes[1].step = Some(1);
    nodes[2].step = Some(2);
    nodes[3].step = Some(3);
    nodes[1].duration = Some(dur(15, TimeUnit::Minute));
    nodes[2].duration = Some(dur(3, TimeUnit::Hour));
    nodes[3].duration = Some(dur(2, TimeUnit::WorkingDay));
    // The gateway's label sits below it, leaving the top free for the refusal route.
    let g = nodes[4].bounds;
    nodes[4].label_bounds = r(g.x - 35.0, g.y + g.h + 4.0, 120.0, 30.0);
    let mut edges = vec![
        edge(&nodes, 0, 1, None),
        edge(&nodes, 1, 2, None),
        edge(&nodes, 2, 3, None),
        edge(&nodes, 3, 4, None),
        edge(&nodes, 4, 5, Some("да")),
        edge(&nodes, 4, 6, Some("отказ")),
    ];
    edges[4].default = true;
    // Refusal: up from the gateway's top corner, then right into the end event.
    let top = p(g.x + g.w / 2.0, g.y);
    let end = mid_left(&nodes[6]);
    edges[5].waypoints = vec![top, p(top.x, end.y), end];
    edges[5].label_bounds = Some(r(top.x + 6.0, top.y - 40.0, 40.0, 15.0));
    finish(Diagram {
        id: "R1_provider".into(),
        service: "Назначение государственной адресной социальной помощи".into(),
        title: "Справочник бизнес-процессов оказания государственной услуги \"Назначение государственной адресной социальной помощи\" через услугодателя".into(),
        channel: Channel::Provider,
        language: Language::Ru,
        lanes,
        nodes,
        edges,
        pool: Rect::default(),
        file: "fixtures".into(),
        line: 1,
        place: None,
        list: Default::default(),
    })
}

/// A Kazakh State Corporation diagram: two lanes, three procedures, no decision.
pub fn kazakh() -> Diagram {
    let lanes = vec![
        lane(0, &["Мемлекеттік", "корпорация"]),
        lane(1, &["Көрсетілетін", "қызметті", "беруші"]),
    ];
    let mut nodes = vec![
        node("Start", NodeKind::Start, 0, 170.0, &["өтініш"]),
        node(
            "Task_1",
            NodeKind::Task,
            0,
            240.0,
            &["1-әрекет", "құжаттарды қабылдау", "және тіркеу", "15 минут"],
        ),
        node(
            "Task_2",
            NodeKind::Task,
            1,
            470.0,
            &[
                "2-әрекет",
                "анықтаманы дайындау",
                "және қол қою",
                "3 жұмыс күні",
            ],
        ),
        node(
            "Task_3",
            NodeKind::Task,
            0,
            700.0,
            &["3-әрекет", "нәтижені беру", "15 минут"],
        ),
        node("End", NodeKind::End, 0, 1040.0, &["нәтиже берілді"]),
    ];
    for (i, n) in nodes.iter_mut().enumerate().skip(1).take(3) {
        n.step = Some(i as u32);
    }
    nodes[1].duration = Some(dur(15, TimeUnit::Minute));
    nodes[2].duration = Some(dur(3, TimeUnit::WorkingDay));
    nodes[3].duration = Some(dur(30, TimeUnit::Minute));
    let edges = vec![
        edge(&nodes, 0, 1, None),
        edge(&nodes, 1, 2, None),
        edge(&nodes, 2, 3, None),
        edge(&nodes, 3, 4, None),
    ];
    finish(Diagram {
        id: "R1_state_corp".into(),
        service: "Жұмыссыз азаматтарға анықтама беру".into(),
        title: "«Жұмыссыз азаматтарға анықтама беру» мемлекеттік көрсетілетін қызметтің бизнес-процестерінің анықтамалығы (Мемлекеттік корпорация)".into(),
        channel: Channel::StateCorp,
        language: Language::Kk,
        lanes,
        nodes,
        edges,
        pool: Rect::default(),
        file: "fixtures".into(),
        line: 1,
        place: None,
        list: Default::default(),
    })
}
