//! Every BPMN file of the corpus opened in bpmn-js (the modeller of bpmn.io and Camunda Modeler)
//! in headless Chromium: the import gives no warning, every task's name stays inside its box,
//! no label outside a shape lies over a shape, a header band or another label, and pool and lane
//! names stay inside their 30 px header bands. The sizes are those of the rendered `<text>`
//! elements (`getBBox`), so they are what a methodologist sees.
//!
//! bpmn-js comes from `bpmn/package.json` (pinned, with its lock file): `bash bpmn/setup.sh`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reglament::build::{DiagramFormat, diagrams};

mod browser_support;
use browser_support::chromium;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "reglament-bpmn-browser-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("reglaments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

fn bpmn_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            bpmn_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "bpmn") {
            out.push(p);
        }
    }
}

/// The corpus written as BPMN into a fresh directory, as the `bpmn` command writes it.
fn generated(work: &Path) -> Vec<(String, String)> {
    let out = work.join("out");
    let summary = diagrams(&corpus(), &out, None, DiagramFormat::Bpmn);
    assert!(summary.errors.is_empty(), "{:?}", summary.errors);
    let mut paths = Vec::new();
    bpmn_files(&out, &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&out).unwrap().display().to_string();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The page: the bpmn-js viewer, the files as JSON, and the measuring script, which writes its
/// findings as JSON into `#result` for `--dump-dom`.
fn page(files: &[(String, String)]) -> String {
    let viewer = root().join("bpmn/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js");
    assert!(
        viewer.is_file(),
        "bpmn-js is not installed: run `bash bpmn/setup.sh` ({} is missing)",
        viewer.display()
    );
    let data: Vec<serde_json::Value> = files
        .iter()
        .map(|(path, xml)| serde_json::json!({ "path": path, "xml": xml }))
        .collect();
    // `</` cannot end the script element inside a JSON string when written as `<\/`.
    let json = serde_json::to_string(&data).unwrap().replace("</", "<\\/");
    format!(
        r#"<!doctype html>
<html><head><meta charset="utf-8"><script src="file://{viewer}"></script></head>
<body>
<pre id="result">pending</pre>
<script id="files" type="application/json">{json}</script>
<script>{MEASURE}</script>
</body></html>
"#,
        viewer = viewer.display()
    )
}

const MEASURE: &str = r#"
const TOL = 0.5;
function overlap(a, b) {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > TOL &&
         Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > TOL;
}
function inside(t, box) {
  return t.x >= box.x - TOL && t.y >= box.y - TOL &&
         t.x + t.w <= box.x + box.w + TOL && t.y + t.h <= box.y + box.h + TOL;
}
function textBox(gfx) {
  const text = gfx.querySelector('text');
  if (!text || !text.textContent.trim()) return null;
  const b = text.getBBox();
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}
const files = JSON.parse(document.getElementById('files').textContent);
const out = { files: 0, tasks: 0, labels: 0, headers: 0, warnings: [], errors: [],
              spills: [], overlaps: [], header_spills: [] };
(async () => {
  for (const f of files) {
    const container = document.createElement('div');
    container.style.width = '1600px';
    container.style.height = '1200px';
    document.body.appendChild(container);
    const viewer = new BpmnJS({ container });
    try {
      const r = await viewer.importXML(f.xml);
      for (const w of r.warnings) out.warnings.push(f.path + ': ' + w.message);
    } catch (e) {
      out.errors.push(f.path + ': ' + e.message);
      viewer.destroy();
      container.remove();
      continue;
    }
    const registry = viewer.get('elementRegistry');
    const obstacles = [];
    const labels = [];
    registry.forEach((el, gfx) => {
      if (el.waypoints || !el.parent) return;
      const type = el.type;
      if (type === 'label') {
        const t = textBox(gfx);
        if (!t) return;
        out.labels++;
        labels.push({ id: el.id, box: { x: el.x + t.x, y: el.y + t.y, w: t.w, h: t.h } });
        return;
      }
      if (type === 'bpmn:Participant' || type === 'bpmn:Lane') {
        out.headers++;
        obstacles.push({ id: el.id + ' header', box: { x: el.x, y: el.y, w: 30, h: el.height } });
        // The name is laid out along the header (width = the shape's height, depth 30) and
        // turned upwards, so its own box is measured in that frame.
        const t = textBox(gfx);
        if (t && !inside(t, { x: 0, y: 0, w: el.height, h: 30 })) {
          out.header_spills.push(f.path + ': ' + el.id + ' ' + JSON.stringify(t) +
                                 ' in ' + el.height + 'x30');
        }
        return;
      }
      obstacles.push({ id: el.id, box: { x: el.x, y: el.y, w: el.width, h: el.height } });
      if (type === 'bpmn:Task') {
        out.tasks++;
        const t = textBox(gfx);
        if (t && !inside(t, { x: 0, y: 0, w: el.width, h: el.height })) {
          out.spills.push(f.path + ': ' + el.id + ' ' + JSON.stringify(t) +
                          ' in ' + el.width + 'x' + el.height);
        }
      }
    });
    labels.forEach((l, i) => {
      for (const o of obstacles) {
        if (overlap(l.box, o.box)) out.overlaps.push(f.path + ': label ' + l.id + ' over ' + o.id);
      }
      for (const m of labels.slice(i + 1)) {
        if (overlap(l.box, m.box)) out.overlaps.push(f.path + ': label ' + l.id + ' over ' + m.id);
      }
    });
    viewer.destroy();
    container.remove();
    out.files++;
  }
  document.getElementById('result').textContent = JSON.stringify(out);
})().catch(e => { document.getElementById('result').textContent = 'failed: ' + e; });
"#;

#[test]
fn corpus_bpmn_opens_cleanly_in_bpmn_js() {
    let work = temp_dir("corpus");
    let files = generated(&work);
    assert!(files.len() >= 60, "{}", files.len());

    // Process and collaboration ids are unique across the whole output tree.
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for (path, xml) in &files {
        let doc = roxmltree::Document::parse(xml).unwrap();
        for el in doc.descendants().filter(|n| {
            matches!(
                n.tag_name().name(),
                "process" | "collaboration" | "participant"
            )
        }) {
            let id = el.attribute("id").unwrap().to_string();
            if let Some(other) = ids.insert(id.clone(), path.clone()) {
                panic!("{id} is in both {other} and {path}");
            }
        }
    }

    let html = work.join("bpmn.html");
    std::fs::write(&html, page(&files)).unwrap();
    let dom = chromium(
        &html,
        &[
            "--dump-dom".to_string(),
            "--virtual-time-budget=600000".to_string(),
        ],
        &work,
    );
    let start = dom.find("<pre id=\"result\">").expect("result element") + 17;
    let end = start + dom[start..].find("</pre>").unwrap();
    let raw = dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let result: serde_json::Value = serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{e}: {}", &raw[..raw.len().min(500)]));
    let list = |k: &str| -> Vec<String> {
        result[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(result["files"].as_u64(), Some(files.len() as u64), "{raw}");
    assert_eq!(list("errors"), Vec::<String>::new());
    assert_eq!(list("warnings"), Vec::<String>::new());
    assert_eq!(list("spills"), Vec::<String>::new());
    assert_eq!(list("header_spills"), Vec::<String>::new());
    assert_eq!(list("overlaps"), Vec::<String>::new());
    // The checks ran on the real elements, not on an empty canvas.
    assert!(
        result["tasks"].as_u64().unwrap() > 500,
        "{}",
        result["tasks"]
    );
    assert!(
        result["labels"].as_u64().unwrap() > 100,
        "{}",
        result["labels"]
    );
    assert!(
        result["headers"].as_u64().unwrap() > 150,
        "{}",
        result["headers"]
    );
}
