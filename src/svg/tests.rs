//! The renderer's own tests: escaping, legends, footer sums, shapes, PNG.

use super::*;
use crate::layout::{Edge, Lane, Node, Point};

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
        disputes: Vec::new(),
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
        place: None,
        list: Default::default(),
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

/// A disputed task gets a numbered mark on its corner and a note under the diagram quoting both
/// versions with their lines, in the diagram's language; the list drawn is named under the title.
#[test]
fn disputed_steps_are_marked_and_noted_in_both_languages() {
    use crate::layout::dispute::{Dispute, Disputed, ListName, Version};
    let name = |p| ListName {
        paragraph: Some(p),
        heading: String::new(),
    };
    for (lang, drawn, note) in [
        (
            Language::Ru,
            "Диаграмма построена по ¶8, строка 132",
            "1. Действие 1 — исполнитель: ¶5: руководитель услугодателя, строка 104 · ¶8: руководитель отдела, строка 142",
        ),
        (
            Language::Kk,
            "Диаграмма ¶8 бойынша құрылған, 132-жол",
            "1. 1-әрекет — орындаушы: ¶5: руководитель услугодателя, 104-жол · ¶8: руководитель отдела, 142-жол",
        ),
    ] {
        let mut d = diagram(lang, "x");
        d.line = 132;
        d.list = name(8);
        d.nodes[1].disputes = vec![Dispute {
            what: Disputed::Actor,
            versions: vec![
                Version {
                    list: name(5),
                    text: "руководитель услугодателя".into(),
                    line: 104,
                    place: None,
                },
                Version {
                    list: name(8),
                    text: "руководитель отдела".into(),
                    line: 142,
                    place: None,
                },
            ],
        }];
        let svg = render(&d, &SvgOptions::default());
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let group = |id: &str| {
            doc.descendants()
                .find(|n| n.attribute("id") == Some(id))
                .unwrap_or_else(|| panic!("no {id}"))
        };
        let mark = group("R1_provider-disputes");
        let circle = mark
            .descendants()
            .find(|n| n.has_tag_name("circle"))
            .unwrap();
        // On the box's top-right corner.
        let rect = group("R1_provider-Task_1")
            .descendants()
            .find(|n| n.has_tag_name("rect"))
            .unwrap();
        let at = |n: roxmltree::Node, a: &str| -> f64 { n.attribute(a).unwrap().parse().unwrap() };
        assert_eq!(
            (at(circle, "cx"), at(circle, "cy")),
            (at(rect, "x") + at(rect, "width"), at(rect, "y"))
        );
        let number: Vec<&str> = mark
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(number.join(""), "1");
        let noted: Vec<&str> = group("R1_provider-notes")
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(noted[0], crate::captions::disputes_heading(lang));
        assert_eq!(noted[1..].join(" "), note);
        let title: Vec<&str> = group("R1_provider-title")
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(title.last(), Some(&drawn));
    }
    // Without a dispute or a known list there is neither mark, note nor line under the title.
    let svg = render(&diagram(Language::Ru, "x"), &SvgOptions::default());
    assert!(!svg.contains("-disputes") && !svg.contains("-notes") && !svg.contains("построена"));
}
