//! The HTML report in a real browser: headless Chromium loads the corpus report, its DOM holds the
//! findings tables and no script, and a screenshot shows the coloured severity badges.

use std::path::{Path, PathBuf};

use reglament::check::{Finding, Severity};
use reglament::report::{self, Report};

mod browser_support;
use browser_support::chromium;

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "reglament-report-browser-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The report of the whole corpus, built through the library as `build` does.
fn corpus_report() -> Report {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("reglaments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let checked: Vec<_> = files
        .iter()
        .map(|f| {
            let doc = reglament::parse_file(f, None).expect("corpus parses");
            let findings = reglament::check::check(&doc);
            (doc, findings)
        })
        .collect();
    Report::new(&checked, &[])
}

#[test]
fn corpus_report_renders_with_findings_tables_and_no_script() {
    let work = temp_dir("corpus");
    let page = work.join("report.html");
    let rep = corpus_report();
    let counts = rep.counts();
    assert!(counts.error > 0 && counts.findings > 100, "{counts:?}");
    std::fs::write(&page, report::html(&rep, None)).unwrap();

    let dom = chromium(&page, &["--dump-dom".to_string()], &work);
    assert!(
        dom.contains("<html lang=\"ru\">"),
        "{}",
        &dom[..dom.len().min(300)]
    );
    assert!(dom.contains("<table class=\"summary\">"));
    assert_eq!(
        dom.matches("<table class=\"findings\">").count(),
        26 - clean(&rep) + act_level(&rep)
    );
    assert_eq!(dom.matches("<tr class=\"error\">").count(), counts.error);
    assert_eq!(
        dom.matches("<tr class=\"warning\">").count(),
        counts.warning
    );
    assert_eq!(dom.matches("<tr class=\"info\">").count(), counts.info);
    assert!(dom.contains("в течение <del>1 (одного) рабочего дня;</del>"));
    assert!(dom.contains("в течение <ins>6 (шести) рабочих дней;</ins>"));
    assert!(!dom.contains("<script"));

    let png = work.join("report.png");
    chromium(
        &page,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1280,2000".to_string(),
        ],
        &work,
    );
    let bytes = std::fs::read(&png).expect("the screenshot is written");
    assert!(
        bytes.len() > 50_000,
        "screenshot is only {} bytes",
        bytes.len()
    );
    let pixmap = tiny_skia::Pixmap::decode_png(&bytes).expect("a PNG");
    assert_eq!((pixmap.width(), pixmap.height()), (1280, 2000));
    // The page is drawn: dark text on white, and the red error badges of the first act.
    let px = pixmap.pixels();
    let dark = px
        .iter()
        .filter(|p| p.red() < 80 && p.green() < 80 && p.blue() < 80)
        .count();
    let badge_red = px
        .iter()
        .filter(|p| p.red() > 150 && p.green() < 70 && p.blue() < 70)
        .count();
    assert!(dark > 20_000, "only {dark} dark pixels: text missing?");
    assert!(
        badge_red > 500,
        "only {badge_red} red pixels: no error badge drawn?"
    );
}

/// Regulations without any finding, which get no findings table.
/// Acts with findings about their own text outside any regulation (a cited annex never
/// printed): those findings get a table of their own.
fn act_level(rep: &Report) -> usize {
    rep.runs
        .iter()
        .filter(|r| r.findings.iter().any(|f| f.reglament_line == 0))
        .count()
}

fn clean(rep: &Report) -> usize {
    rep.runs
        .iter()
        .map(|r| {
            r.reglaments
                .iter()
                .filter(|g| !r.findings.iter().any(|f| f.reglament_line == g.line))
                .count()
        })
        .sum()
}

#[test]
fn hostile_text_stays_text_in_the_browser() {
    let work = temp_dir("hostile");
    let page = work.join("hostile.html");
    let evil = "<script>document.title='pwned'</script>\"/><img src=x onerror=alert(1)>";
    let finding = Finding {
        rule: "duration-mismatch",
        severity: Severity::Error,
        file: format!("{evil}.txt"),
        reglament: evil.to_string(),
        reglament_line: 1,
        lines: vec![2, 3],
        message: reglament::check::Message::new("finding-empty-list")
            .arg("list", reglament::check::ListRef::Paragraph(5))
            .arg("heading", evil)
            .arg("line", reglament::check::Value::Line(2)),
        quotes: vec![format!("{evil} 1 день"), format!("{evil} 6 дней")],
        fingerprint: "0123456789abcdef".to_string(),
        pair: None,
    };
    let doc = reglament::model::Document {
        file: format!("{evil}.txt"),
        encoding: "utf-8".to_string(),
        reglaments: vec![],
        decree: Default::default(),
        unattributed: Vec::new(),
    };
    std::fs::write(
        &page,
        report::html(&Report::new(&[(doc, vec![finding])], &[]), None),
    )
    .unwrap();
    let dom = chromium(&page, &["--dump-dom".to_string()], &work);
    assert!(!dom.contains("<script"), "a script element was created");
    assert!(!dom.contains("<img"), "an img element was created");
    assert!(!dom.contains("pwned</title>"));
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    assert!(dom.contains("<del>1 день</del>") && dom.contains("<ins>6 дней</ins>"));
}
