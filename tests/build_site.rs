//! `output/index.html` in a real browser: headless Chromium opens the built corpus over file://,
//! its DOM holds one image and one BPMN link per diagram (every target exists on disk), a link to
//! the report and no script; a screenshot shows the page and a drawn diagram. Acts are titled by
//! their decree (not their file's name), every image is described by its regulation and channel,
//! each diagram's steps stand as text beside it in a collapsed `<details>`, Kazakh acts are
//! captioned in Kazakh, and each act links its printed справочник when the build wrote it
//! (`--pdf`).

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

/// The four texts of `reglaments/`, in order.
fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    files.sort();
    files
}

#[test]
fn index_lists_every_diagram_and_renders_from_disk() {
    let work = temp("corpus");
    let out = work.join("out");
    let files = corpus();
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

#[test]
fn acts_images_and_steps_read_as_text_in_their_language() {
    let work = temp("titled");
    let out = work.join("out");
    let files = corpus();
    let opts = reglament::build::Options {
        pdf: true,
        ..Default::default()
    };
    let s = reglament::build::build(&files, &out, &opts);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    let dom = chromium(&out.join("index.html"), &["--dump-dom".to_string()], &work);

    // The acts' own titles: 000 line 3, 001 lines 2–4 (one title wrapped over three lines),
    // 003 line 3; 002 prints no decree, only the annex header of lines 1–3.
    let titles: Vec<&str> = dom
        .split("<section class=\"act\"")
        .skip(1)
        .filter_map(|s| Some(&s[s.find("<h2>")? + 4..s.find("</h2>")?]))
        .collect();
    assert_eq!(
        titles,
        [
            "О внесении изменений в постановление акимата Жамбылской области от 27 июля 2015 года № 158 \"Об утверждении регламентов государственных услуг в социально-трудовой сфере\"",
            "О внесении изменений в постановление акимата города Алматы от 9 сентября 2015 года № 3/539 \"Об утверждении регламентов государственных услуг в сфере социальной защиты, предоставляемых в городе Алматы\"",
            "Солтүстік Қазақстан облысы әкімдігінің 2018 жылғы 28 мамырдағы № 149 қаулысына 3-қосымша",
            "Әлеуметтік қорғау саласындағы электрондық мемлекеттік қызметтердің регламенттерін бекіту туралы",
        ]
    );
    // The Kazakh acts are marked and captioned in Kazakh.
    assert_eq!(
        dom.matches("<section class=\"act\" id=\"a3\" lang=\"kk\">")
            .count(),
        1
    );
    assert_eq!(
        dom.matches("<section class=\"act\" id=\"a4\" lang=\"kk\">")
            .count(),
        1
    );
    assert!(dom.contains("Регламенттер: 3."));
    assert!(dom.contains("<figcaption>«Электрондық үкімет» порталы<a"));

    // Every image is described by its regulation and its channel.
    let alts = attrs(&dom, "<img ", "alt");
    assert_eq!(alts.len(), 68);
    for alt in &alts {
        assert!(
            (alt.starts_with("Диаграмма регламента «") && alt.contains("», канал: "))
                || alt.contains("» регламентінің диаграммасы, арна: "),
            "{alt}"
        );
    }
    assert!(alts.contains(
        &"«Жұмыссыз азаматтарға анықтама беру» регламентінің диаграммасы, арна: Көрсетілетін қызметті беруші"
    ));

    // Each diagram's steps beside it, collapsed; the text is the step's whole action.
    assert_eq!(dom.matches("<details>").count(), 68);
    assert!(!dom.contains("<details open"));
    // 000 ¶8 item 4 (line 140): done by the responsible executor in 6 working days.
    assert!(dom.contains(
        "<li>Действие 4 — Ответственный исполнитель услугодателя: ответственный исполнитель услугодателя готовит уведомление о назначении (отказе в назначении) в бумажном виде и направляет на подпись руководителю услугодателя в течение 6 (шести) рабочих дней (6 раб. дней)</li>"
    ));
    assert!(dom.contains("<summary>Диаграмма рәсімдері мәтінмен ("));
    assert!(dom.contains("<summary>Процедуры диаграммы текстом ("));

    // Each act links its printed справочник, which is there.
    let books: Vec<&str> = attrs(&dom, "<a ", "href")
        .into_iter()
        .filter(|h| h.ends_with(".pdf"))
        .collect();
    assert_eq!(books.len(), 4);
    for b in books {
        assert!(out.join(b).is_file(), "{b}");
    }
}
