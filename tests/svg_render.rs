//! Renders hand-built diagrams and every diagram of the corpus, then checks the picture with
//! usvg (same bundled fonts): text sits inside its shape, every task shows its whole action and
//! nothing is cut with «…», node shapes do not overlap, the drawing fits the viewBox, and the
//! document carries nothing active.

mod svg_fixtures;

use std::path::Path;

use reglament::layout::{self, Diagram, NodeKind};
use reglament::svg::{self, SvgOptions};
use usvg::tiny_skia_path::Rect;
use usvg::{Group, Node};

/// Slack for rounding of coordinates to two decimals and for anti-aliasing-free float noise.
const EPS: f32 = 0.6;

fn find<'a>(g: &'a Group, id: &str) -> Option<&'a Group> {
    if g.id() == id {
        return Some(g);
    }
    g.children().iter().find_map(|n| match n {
        Node::Group(c) => find(c, id),
        _ => None,
    })
}

/// Shapes and texts of a group, not descending into nested groups that have their own id
/// (a lane inside the pool, for instance).
#[derive(Default)]
struct Parts {
    paths: Vec<Rect>,
    texts: Vec<(String, Rect)>,
}

fn parts(g: &Group) -> Parts {
    let mut p = Parts::default();
    collect(g, &mut p);
    p
}

fn collect(g: &Group, p: &mut Parts) {
    for n in g.children() {
        match n {
            Node::Group(c) if c.id().is_empty() => collect(c, p),
            Node::Path(path) => p.paths.push(path.abs_bounding_box()),
            Node::Text(t) => {
                let s: String = t.chunks().iter().map(|c| c.text()).collect();
                p.texts.push((s, t.abs_bounding_box()));
            }
            _ => {}
        }
    }
}

fn inside(inner: &Rect, outer: &Rect) -> bool {
    inner.left() >= outer.left() - EPS
        && inner.top() >= outer.top() - EPS
        && inner.right() <= outer.right() + EPS
        && inner.bottom() <= outer.bottom() + EPS
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.left() < b.right() - EPS
        && b.left() < a.right() - EPS
        && a.top() < b.bottom() - EPS
        && b.top() < a.bottom() - EPS
}

/// Every geometric problem of one rendered diagram, as readable messages.
fn problems(d: &Diagram, svg_text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let tree = svg::parse_tree(svg_text).expect("usvg parses the SVG");
    let root = tree.root();
    let size = tree.size();
    let canvas = Rect::from_xywh(0.0, 0.0, size.width(), size.height()).unwrap();
    let whole = root.abs_stroke_bounding_box();
    if !inside(&whole, &canvas) {
        out.push(format!("drawing {whole:?} exceeds the viewBox {canvas:?}"));
    }
    let group = |local: &str| find(root, &svg::element_id(d, local));
    let mut check_texts = |what: &str, texts: &[(String, Rect)], area: &Rect| {
        for (t, b) in texts {
            if !inside(b, area) {
                out.push(format!("{what}: text {t:?} at {b:?} outside {area:?}"));
            }
        }
    };

    for local in ["title", "footer"] {
        if let Some(g) = group(local) {
            check_texts(local, &parts(g).texts, &canvas);
        }
    }
    // A title with no line would fail here rather than pass silently.
    let title = parts(group("title").expect("title group"));
    check_texts("title", &title.texts[..1], &canvas);
    let legend = parts(group("legend").expect("legend group"));
    check_texts("legend", &legend.texts, &legend.paths[0]);

    let pool = parts(group("pool").expect("pool group"));
    // Pool outline, then its header band holding the rotated name.
    if let Some(band) = pool.paths.get(1) {
        check_texts("pool header", &pool.texts, band);
    }
    for lane in &d.lanes {
        let g = group(&lane.id).unwrap_or_else(|| panic!("lane group {}", lane.id));
        let p = parts(g);
        // Lane outline, then its header band.
        check_texts(&lane.id, &p.texts, &p.paths[1]);
    }

    let mut shapes: Vec<(&str, Rect)> = Vec::new();
    for n in &d.nodes {
        let g = group(&n.id).unwrap_or_else(|| panic!("node group {}", n.id));
        let p = parts(g);
        let shape = p.paths[0];
        match n.kind {
            NodeKind::Task => check_texts(&n.id, &p.texts, &shape),
            // Event and gateway labels sit beside the shape; they must stay on the canvas.
            _ => {
                let (marks, labels): (Vec<_>, Vec<_>) =
                    p.texts.iter().cloned().partition(|(t, _)| t == "?");
                check_texts(&n.id, &marks, &shape);
                check_texts(&n.id, &labels, &canvas);
            }
        }
        shapes.push((&n.id, shape));
    }
    for (i, (a, ra)) in shapes.iter().enumerate() {
        for (b, rb) in &shapes[i + 1..] {
            if overlap(ra, rb) {
                out.push(format!("shapes {a} {ra:?} and {b} {rb:?} overlap"));
            }
        }
    }
    out
}

/// Words compared without the punctuation that ends or opens them.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Every task whose drawn text misses a word of its action, and any text cut with «…». The
/// words come from the task's name (the regulation's item) less the step number: the duration
/// words too, which the box also repeats in short form.
fn cut_text(d: &Diagram, svg_text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let tree = svg::parse_tree(svg_text).expect("usvg parses the SVG");
    let root = tree.root();
    let mut all = Parts::default();
    everything(root, &mut all);
    for (t, _) in &all.texts {
        if t.contains('…') {
            out.push(format!("text {t:?} is cut"));
        }
    }
    for n in d.nodes.iter().filter(|n| n.kind == NodeKind::Task) {
        let g = find(root, &svg::element_id(d, &n.id)).expect("task group");
        // A word broken after its hyphen at a line's end is one word again.
        let mut drawn = std::collections::HashSet::new();
        let mut carry = String::new();
        for (t, _) in parts(g).texts {
            for (k, w) in t.split_whitespace().enumerate() {
                if k == 0 && !carry.is_empty() {
                    drawn.insert(bare(&format!("{carry}{w}")).to_string());
                }
                drawn.insert(bare(w).to_string());
            }
            carry = t
                .split_whitespace()
                .last()
                .filter(|w| w.ends_with('-'))
                .unwrap_or_default()
                .to_string();
        }
        let mut words = n.name.split_whitespace();
        let first = words.next().unwrap_or_default();
        let numbered = n.step.is_some_and(|k| first == format!("{k}."));
        let words = (!numbered).then_some(first).into_iter().chain(words);
        for w in words.map(bare).filter(|w| !w.is_empty()) {
            if !drawn.contains(w) {
                out.push(format!(
                    "{}: the word {w:?} of its action is not drawn",
                    n.id
                ));
            }
        }
    }
    out
}

fn everything(g: &Group, p: &mut Parts) {
    for n in g.children() {
        match n {
            Node::Group(c) => everything(c, p),
            Node::Text(t) => {
                let s: String = t.chunks().iter().map(|c| c.text()).collect();
                p.texts.push((s, t.abs_bounding_box()));
            }
            _ => {}
        }
    }
}

/// Nothing active or external survives in the document.
fn inert(svg_text: &str) -> Result<(), String> {
    let doc = roxmltree::Document::parse(svg_text).map_err(|e| e.to_string())?;
    for n in doc.descendants().filter(|n| n.is_element()) {
        let tag = n.tag_name().name();
        if matches!(tag, "script" | "foreignObject" | "image" | "a" | "iframe") {
            return Err(format!("<{tag}>"));
        }
        for a in n.attributes() {
            if a.name().starts_with("on") || a.name() == "href" {
                return Err(format!("attribute {}", a.name()));
            }
            if a.value().contains("url(") && !a.value().starts_with("url(#") {
                return Err(format!("external url {}", a.value()));
            }
        }
    }
    Ok(())
}

#[test]
fn hand_built_diagrams_are_well_drawn() {
    for d in [svg_fixtures::russian(), svg_fixtures::kazakh()] {
        for opts in [
            SvgOptions::default(),
            SvgOptions {
                electronic: true,
                ..SvgOptions::default()
            },
        ] {
            let s = svg::render(&d, &opts);
            inert(&s).unwrap();
            let p = problems(&d, &s);
            assert!(p.is_empty(), "{}: {p:#?}", d.id);
        }
    }
}

/// The regulation a diagram was built from: ids start with `R{index}_`.
fn electronic(doc: &reglament::model::Document, d: &Diagram) -> bool {
    d.id.strip_prefix('R')
        .and_then(|s| s.split('_').next())
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|i| doc.reglaments.get(i.checked_sub(1)?))
        .is_some_and(|r| r.electronic)
}

#[test]
fn every_corpus_diagram_is_well_drawn() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let (mut count, mut bytes, mut tasks, mut failures) = (0, 0, 0, Vec::new());
    for f in &files {
        let doc = reglament::parse_file(f, None).unwrap();
        for mut d in layout::graph::diagrams(&doc) {
            layout::place::place(&mut d);
            let opts = SvgOptions {
                electronic: electronic(&doc, &d),
                ..SvgOptions::default()
            };
            let s = svg::render(&d, &opts);
            assert_eq!(s, svg::render(&d, &opts), "{} is not deterministic", d.id);
            if let Err(e) = inert(&s) {
                failures.push(format!("{} {}: {e}", f.display(), d.id));
            }
            for p in problems(&d, &s).into_iter().chain(cut_text(&d, &s)) {
                failures.push(format!("{} {}: {p}", f.display(), d.id));
            }
            tasks += d.nodes.iter().filter(|n| n.kind == NodeKind::Task).count();
            count += 1;
            bytes += s.len();
        }
    }
    assert!(count >= 50, "only {count} diagrams in the corpus");
    assert!(tasks >= 500, "only {tasks} tasks in the corpus");
    eprintln!("{count} diagrams, {bytes} SVG bytes");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_checks_catch_broken_drawings() {
    // A label line wider than its task, and a task moved onto another.
    let mut d = svg_fixtures::russian();
    d.nodes[1].label_lines[1] = "прием и регистрация документов услугополучателя".to_owned();
    let p = problems(&d, &svg::render(&d, &SvgOptions::default()));
    assert!(p.iter().any(|m| m.contains("Task_1: text")), "{p:#?}");

    let mut d = svg_fixtures::kazakh();
    d.nodes[2].bounds = d.nodes[1].bounds;
    d.nodes[2].label_bounds = d.nodes[1].label_bounds;
    let p = problems(&d, &svg::render(&d, &SvgOptions::default()));
    assert!(p.iter().any(|m| m.contains("overlap")), "{p:#?}");

    // A task whose action lost its last line, and a label cut with «…».
    let mut d = svg_fixtures::russian();
    d.nodes[1].label_lines.pop();
    let last = d.nodes[2].label_lines.len() - 1;
    d.nodes[2].label_lines[last].push('…');
    let p = cut_text(&d, &svg::render(&d, &SvgOptions::default()));
    assert!(p.iter().any(|m| m.contains("Task_1: the word")), "{p:#?}");
    assert!(p.iter().any(|m| m.contains("is cut")), "{p:#?}");

    let mut d = svg_fixtures::kazakh();
    d.lanes[0].label_lines = vec!["Көрсетілетін қызметті берушінің кеңсесі".to_owned()];
    let p = problems(&d, &svg::render(&d, &SvgOptions::default()));
    assert!(p.iter().any(|m| m.contains("Lane_1: text")), "{p:#?}");
}
