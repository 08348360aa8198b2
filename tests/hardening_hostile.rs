//! Hostile text inside otherwise ordinary regulations (tests/bad/hostile-*.txt, built like the
//! short acts of reglaments/000): markup in step actions and titles, path-like and reserved-device
//! titles, a markup file name. Everything `build` writes is parsed as what it is — BPMN and SVG
//! with roxmltree, HTML with a real HTML5 parser (scraper/html5ever) — and must carry no active
//! content, link only inside the output tree, and stay inside the output directory.

mod hardening_support;

use std::path::{Component, Path, PathBuf};

use hardening_support::{TempDir, bad, files_under, run_paths};

const HOSTILE: [&str; 4] = [
    "<script>alert(1)</script>",
    "]]>",
    "\"/><image href=x onerror=alert(1)>",
    "&#x3C;",
];

/// A link target is acceptable when it is a #fragment, or a relative path without a scheme that,
/// resolved against the file that holds it, names an existing file inside `root`.
fn check_link(root: &Path, holder: &Path, target: &str, what: &str) {
    if target.starts_with('#') {
        return;
    }
    let lower = target.trim().to_ascii_lowercase();
    assert!(
        !lower.contains(':') && !lower.starts_with("//") && !lower.starts_with('/'),
        "{what}: link {target:?} leaves the output tree"
    );
    let path = target.split(['#', '?']).next().unwrap();
    let mut resolved = holder.parent().unwrap().to_path_buf();
    for c in Path::new(path).components() {
        match c {
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(n) => resolved.push(n),
            _ => {}
        }
    }
    assert!(
        resolved.starts_with(root),
        "{what}: link {target:?} resolves outside the output dir"
    );
    assert!(resolved.is_file(), "{what}: link {target:?} is dangling");
}

/// BPMN and SVG: well-formed, no script/foreignObject, no on* attribute, links inside the tree.
fn check_xml(root: &Path, file: &Path) -> String {
    let body = std::fs::read_to_string(file).unwrap();
    let what = file.display().to_string();
    let doc = roxmltree::Document::parse(&body).unwrap_or_else(|e| panic!("{what}: {e}"));
    let mut text = String::new();
    for n in doc.descendants() {
        if let Some(t) = n.text()
            && n.is_text()
        {
            text.push_str(t);
        }
        if !n.is_element() {
            continue;
        }
        let name = n.tag_name().name();
        assert!(
            !name.eq_ignore_ascii_case("script") && !name.eq_ignore_ascii_case("foreignObject"),
            "{what}: <{name}> element"
        );
        for a in n.attributes() {
            assert!(
                !a.name().to_ascii_lowercase().starts_with("on"),
                "{what}: event attribute {}={:?}",
                a.name(),
                a.value()
            );
            if a.name() == "href" || a.name() == "src" {
                check_link(root, file, a.value(), &what);
            }
            text.push(' ');
            text.push_str(a.value());
        }
    }
    text
}

/// HTML: parsed by html5ever the way a browser would; same rules as XML.
fn check_html(root: &Path, file: &Path) -> String {
    let body = std::fs::read_to_string(file).unwrap();
    let what = file.display().to_string();
    let html = scraper::Html::parse_document(&body);
    let all = scraper::Selector::parse("*").unwrap();
    let mut elements = 0;
    for el in html.select(&all) {
        elements += 1;
        let name = el.value().name();
        assert!(
            !matches!(
                name,
                "script" | "iframe" | "object" | "embed" | "base" | "form" | "foreignobject"
            ),
            "{what}: <{name}> element"
        );
        for (attr, value) in el.value().attrs() {
            assert!(
                !attr.to_ascii_lowercase().starts_with("on"),
                "{what}: <{name}> has event attribute {attr}={value:?}"
            );
            if matches!(
                attr,
                "href" | "src" | "xlink:href" | "action" | "formaction"
            ) {
                check_link(root, file, value, &what);
            }
        }
    }
    assert!(elements > 3, "{what}: parsed to almost nothing");
    html.root_element().text().collect()
}

struct Built {
    _tmp: TempDir,
    root: PathBuf,
    files: Vec<PathBuf>,
}

fn build(inputs: &[&Path]) -> Built {
    let tmp = TempDir::new("hostile");
    let out = tmp.join("out");
    let r = run_paths(&["build", "-o", out.to_str().unwrap()], inputs);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    // Nothing may appear beside the output dir: a path escaping `out/` would land here first.
    let beside: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(beside, vec![std::ffi::OsString::from("out")]);
    let root = out.canonicalize().unwrap();
    let files = files_under(&root);
    for rel in &files {
        let p = root.join(rel).canonicalize().unwrap();
        assert!(
            p.starts_with(&root),
            "{} escapes {}",
            p.display(),
            root.display()
        );
        assert!(
            !std::fs::symlink_metadata(root.join(rel))
                .unwrap()
                .file_type()
                .is_symlink(),
            "{} is a symlink",
            rel.display()
        );
    }
    Built {
        _tmp: tmp,
        root,
        files,
    }
}

/// Checks every output by kind and returns the visible text of all XML and HTML outputs.
fn check_all(b: &Built) -> String {
    let mut seen = String::new();
    let mut kinds = std::collections::BTreeSet::new();
    for rel in &b.files {
        let p = b.root.join(rel);
        let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
        kinds.insert(ext.to_string());
        match ext {
            "bpmn" | "svg" => seen.push_str(&check_xml(&b.root, &p)),
            "html" | "htm" => seen.push_str(&check_html(&b.root, &p)),
            "json" => {
                serde_json::from_slice::<serde_json::Value>(&std::fs::read(&p).unwrap())
                    .unwrap_or_else(|e| panic!("{}: {e}", rel.display()));
            }
            "md" => {
                // Markdown passes raw HTML through on most renderers: no live tag may appear.
                let md = std::fs::read_to_string(&p).unwrap().to_ascii_lowercase();
                for tag in ["<script", "<image", "<img", "<iframe", "<svg"] {
                    assert!(!md.contains(tag), "{}: raw {tag}", rel.display());
                }
            }
            _ => {}
        }
        seen.push('\n');
    }
    assert!(kinds.contains("bpmn") && kinds.contains("svg"), "{kinds:?}");
    seen
}

#[test]
fn markup_in_actions_and_title_stays_text() {
    let input = bad("hostile-actions.txt");
    let src = std::fs::read_to_string(&input).unwrap();
    for h in HOSTILE {
        assert!(src.contains(h), "the fixture carries {h:?}");
    }
    let b = build(&[&input]);
    let seen = check_all(&b);
    // The hostile strings are kept as text, not dropped: the BPMN task name carries the whole
    // action and the escaping round-trips through the XML parser.
    let bpmn: String = b
        .files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "bpmn"))
        .map(|p| std::fs::read_to_string(b.root.join(p)).unwrap())
        .collect();
    let doc = roxmltree::Document::parse(&bpmn).unwrap();
    let names: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("name"))
        .collect();
    for h in HOSTILE {
        assert!(
            names.iter().any(|n| n.contains(h)),
            "BPMN names lost {h:?}: {names:?}"
        );
    }
    assert!(seen.contains("alert(1)"));
}

#[test]
fn path_like_and_device_titles_stay_inside_output() {
    let b = build(&[
        &bad("hostile-title-path.txt"),
        &bad("hostile-title-con.txt"),
    ]);
    check_all(&b);
    for rel in &b.files {
        for c in rel.components() {
            let Component::Normal(n) = c else {
                panic!("{}: non-normal component", rel.display())
            };
            let n = n.to_str().unwrap();
            let stem = n.split('.').next().unwrap().to_ascii_uppercase();
            // Windows device names are reserved whatever the extension.
            assert!(
                !matches!(
                    stem.as_str(),
                    "CON" | "NUL" | "PRN" | "AUX" | "COM1" | "LPT1"
                ),
                "{}: reserved device name",
                rel.display()
            );
            assert!(
                n.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"-_.".contains(&c)),
                "{}: not an ASCII slug",
                rel.display()
            );
        }
    }
    // Four regulations in hostile-title-con.txt, one in hostile-title-path.txt: five diagrams each kind.
    let n = |ext: &str| {
        b.files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .count()
    };
    assert_eq!((n("bpmn"), n("svg")), (5, 5), "{:?}", b.files);
}

#[test]
fn markup_in_the_file_name() {
    let tmp = TempDir::new("hostile-name");
    let name = "\"><svg onload=alert(1)> &amp; ..txt";
    let input = tmp.join(name);
    std::fs::copy(bad("hostile-actions.txt"), &input).unwrap();
    let b = build(&[&input]);
    check_all(&b);
    for rel in &b.files {
        let s = rel.to_str().unwrap();
        assert!(!s.contains('<') && !s.contains('"'), "{s}");
    }
}

#[test]
fn check_reports_keep_markup_inert() {
    let inputs = [
        bad("hostile-actions.txt"),
        bad("hostile-title-path.txt"),
        bad("hostile-title-con.txt"),
    ];
    let paths: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    let tmp = TempDir::new("hostile-check");
    for format in ["html", "markdown", "json", "text"] {
        let r = run_paths(&["check", "--fail-on", "never", "--format", format], &paths);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert_eq!(r.code, Some(0), "check --format {format}: {}", r.stderr);
        match format {
            "html" => {
                // Saved beside nothing else, so any relative link would dangle: only fragments pass.
                let page = tmp.join("report.html");
                std::fs::write(&page, &r.stdout).unwrap();
                let text = check_html(tmp.path(), &page);
                assert!(
                    text.contains("<script>alert(1)</script>"),
                    "title kept as text"
                );
            }
            "markdown" => {
                let md = r.stdout.to_ascii_lowercase();
                for tag in ["<script", "<image", "<img", "<iframe", "<svg"] {
                    assert!(!md.contains(tag), "check --format markdown: raw {tag}");
                }
            }
            "json" => {
                let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
                assert!(v["findings"].is_array());
            }
            _ => {}
        }
    }
}

#[test]
fn planted_symlink_in_output_is_not_followed() {
    let tmp = TempDir::new("symlink-out");
    let out = tmp.join("out");
    let outside = tmp.join("outside");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    // The act directory of reglaments/002 is `002-2973bc44dfc7985a` (slug of the file stem).
    std::os::unix::fs::symlink(&outside, out.join(hardening_support::GOOD_DIR)).unwrap();
    let r = run_paths(
        &["build", "--quiet", "-o", out.to_str().unwrap()],
        &[Path::new(hardening_support::GOOD)],
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let written = files_under(&outside);
    assert!(
        written.is_empty(),
        "written outside the output dir through the symlink: {written:?} (exit {:?})",
        r.code
    );
}
