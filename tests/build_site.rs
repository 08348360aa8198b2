//! `output/index.html` in a real browser: headless Chromium opens the built corpus over file://,
//! its DOM holds one image and one BPMN link per diagram (every target exists on disk), a link to
//! the report and no script; a screenshot shows the page and a drawn diagram.

use std::path::{Path, PathBuf};

mod browser_support;
use browser_support::chromium;

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "reglament-build-site-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Every value of `attr="…"` in `dom` on tags starting with `tag`.
fn attrs<'a>(dom: &'a str, tag: &str, attr: &str) -> Vec<&'a str> {
    dom.split(tag)
        .skip(1)
        .filter_map(|rest| {
            let rest = &rest[..rest.find('>').unwrap_or(rest.len())];
            let at = rest.find(&format!("{attr}=\""))? + attr.len() + 2;
            Some(&rest[at..at + rest[at..].find('"')?])
        })
        .collect()
}

#[test]
fn index_lists_every_diagram_and_renders_from_disk() {
    let work = temp("corpus");
    let out = work.join("out");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    files.sort();
    let s = reglament::build::build(&files, &out, &Default::default());
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    let page = out.join("index.html");

    let dom = chromium(
        &page,
        &["--dump-dom".to_string()],
        &work.join("profile-dom"),
    );
    assert!(
        dom.contains("<html lang=\"ru\">"),
        "{}",
        &dom[..dom.len().min(300)]
    );
    assert!(!dom.contains("<script"));
    let images = attrs(&dom, "<img ", "src");
    assert_eq!(images.len(), 68);
    let bpmn: Vec<&str> = attrs(&dom, "<a ", "href")
        .into_iter()
        .filter(|h| h.ends_with(".bpmn"))
        .collect();
    assert_eq!(bpmn.len(), 68);
    for target in images.iter().chain(&bpmn) {
        assert!(
            !target.contains("://") && !target.starts_with('/'),
            "{target} is not relative"
        );
        assert!(out.join(target).is_file(), "{target} does not exist");
    }
    assert!(dom.contains("<a id=\"report\" href=\"report.html\">"));
    assert!(out.join("report.html").is_file());
    // 26 regulations, the Kazakh ones tagged as such.
    assert_eq!(dom.matches("<section class=\"reglament\"").count(), 26);
    assert!(dom.contains("lang=\"kk\">\n<h3>«Жұмыссыз азаматтарға анықтама беру»"));
    // Each regulation with findings links to its section of the report, which exists there.
    let report = std::fs::read_to_string(out.join("report.html")).unwrap();
    let anchors: Vec<&str> = attrs(&dom, "<a ", "href")
        .into_iter()
        .filter_map(|h| h.strip_prefix("report.html#"))
        .collect();
    assert!(anchors.len() > 20, "{anchors:?}");
    for a in anchors {
        assert!(
            report.contains(&format!("id=\"{a}\"")),
            "report.html has no #{a}"
        );
    }

    let png = work.join("index.png");
    chromium(
        &page,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1280,1600".to_string(),
        ],
        &work.join("profile-shot"),
    );
    let pixmap = tiny_skia::Pixmap::load_png(&png).expect("the screenshot is a PNG");
    assert_eq!((pixmap.width(), pixmap.height()), (1280, 1600));
    let px = pixmap.pixels();
    let count = |f: &dyn Fn(u8, u8, u8) -> bool| {
        px.iter()
            .filter(|p| f(p.red(), p.green(), p.blue()))
            .count()
    };
    // Dark text, the red error badge, and the first diagram drawn from its SVG: its lane
    // headers are filled #e6edf5, a colour nothing else on the page uses.
    assert!(count(&|r, g, b| r < 80 && g < 80 && b < 80) > 5_000);
    assert!(count(&|r, g, b| r > 150 && g < 60 && b < 60) > 100);
    let lanes = count(&|r, g, b| (r, g, b) == (0xe6, 0xed, 0xf5));
    assert!(
        lanes > 2_000,
        "no diagram drawn ({lanes} lane pixels); see {}",
        png.display()
    );
}
