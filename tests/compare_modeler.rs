//! Diagrams edited the way a methodologist edits them: opened in bpmn-js's Modeler (the editor
//! of bpmn.io and Camunda Modeler) in headless Chromium, changed through the Modeler's own API
//! (`modeling.updateLabel`, `moveShape`, `removeShape` + `connect`, `updateProperties`,
//! `reconnectEnd`) and saved with `saveXML`. `reglament compare` must name each change with the
//! element's id and the text's line, and exit 0 on a file only opened and saved. Then a text
//! copy with one procedure reworded is built again with `--keep-layout` over a moved diagram:
//! the moved shapes keep their places, the reworded procedure shows its new words, and the file
//! still opens cleanly in bpmn-js and keeps the placement's promises.
//!
//! The values are the texts' own: reglaments/000_6f385fbdd640c006.txt, «Назначение
//! государственной адресной социальной помощи», ¶7 participants at lines 126 (ответственный
//! исполнитель), 128 (руководитель), 130 (участковая комиссия), ¶8 steps at lines 134-144 (step 2
//! at 136 «… - в течении 2-х (двух) дней», step 5 at 142 by the руководитель); and
//! reglaments/003_1c2847d2c07c60cf.txt, the ЭҮП ¶10 list of «Жұмыссыз азаматтарға анықтама
//! беру», lines 148-168 (3 үдеріс at 156, 2 шарт at 160).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

mod browser_support;
use browser_support::chromium;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "reglament-compare-modeler-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn reglament(args: &[&OsStr], cwd: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("reglament runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The BPMN file of one regulation channel, as `reglament bpmn` writes it from the corpus.
fn generated(work: &Path, text: &str, regulation_dir: &str, channel: &str) -> String {
    let out = work.join("generated");
    let (code, _, err) = reglament(
        &[
            OsStr::new("bpmn"),
            OsStr::new(text),
            OsStr::new("-o"),
            out.as_os_str(),
        ],
        root(),
    );
    assert_eq!(code, 0, "{err}");
    let act = Path::new(text)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .replace('_', "-");
    let path = out
        .join(act)
        .join(regulation_dir)
        .join(format!("{channel}.bpmn"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each edit: a name, which input it opens, and the Modeler calls it makes (`m` is the
/// modeler, `el(id)` an element of its registry).
const EDITS: &[(&str, &str, &str)] = &[
    ("untouched", "ru", ""),
    (
        "duration",
        "ru",
        "const t = el('R1_provider_Task_2'); \
         modeling.updateLabel(t, t.businessObject.name.replace('в течении 2-х (двух) дней', 'в течение 5 (пяти) дней'));",
    ),
    (
        "lane",
        "ru",
        "const t = el('R1_provider_Task_5'), lane = el('R1_provider_Lane_1'); \
         modeling.moveShape(t, { x: 0, y: (lane.y + lane.height / 2) - (t.y + t.height / 2) });",
    ),
    (
        "removed",
        "ru",
        "modeling.removeShape(el('R1_provider_Task_3')); \
         modeling.connect(el('R1_provider_Task_2'), el('R1_provider_Task_4'));",
    ),
    (
        "renamed",
        "ru",
        "modeling.updateProperties(el('R1_provider_Lane_3'), { name: 'Заместитель руководителя' });",
    ),
    (
        "branch",
        "ru",
        "const f = el('R1_provider_Flow_Gateway_1_refusal_End_1_refusal'), t = el('R1_provider_Task_6'); \
         modeling.reconnectEnd(f, t, { x: t.x + t.width / 2, y: t.y + t.height });",
    ),
    (
        "moved",
        "ru",
        "modeling.moveShape(el('R1_provider_Task_4'), { x: 40, y: 10 });",
    ),
    (
        "action",
        "kk",
        "const t = el('R1_portal_Task_5'); \
         modeling.updateLabel(t, t.businessObject.name.replace('таңдауы', 'тексеруі'));",
    ),
    (
        "branch",
        "kk",
        "const f = el('R1_portal_Flow_Gateway_7_Task_8'), t = el('R1_portal_End'); \
         modeling.reconnectEnd(f, t, { x: t.x + t.width / 2, y: t.y });",
    ),
];

/// Runs `script` (which fills `out`) on a page with `bundle` loaded; returns `out` as JSON.
fn in_browser(
    work: &Path,
    bundle: &str,
    inputs: &serde_json::Value,
    script: &str,
) -> serde_json::Value {
    let bundle = root().join("bpmn/node_modules/bpmn-js/dist").join(bundle);
    assert!(
        bundle.is_file(),
        "bpmn-js is not installed: run `bash bpmn/setup.sh` ({} is missing)",
        bundle.display()
    );
    // `<`, `>` and `&` never reach the page or the dumped DOM: JSON escapes them.
    let safe = |s: String| {
        s.replace('&', "\\u0026")
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
    };
    let html = format!(
        r#"<!doctype html>
<html><head><meta charset="utf-8"><script src="file://{bundle}"></script></head>
<body><pre id="result">pending</pre>
<script id="inputs" type="application/json">{inputs}</script>
<script>
const inputs = JSON.parse(document.getElementById('inputs').textContent);
const out = {{}};
const safe = s => s.replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
(async () => {{ {script} }})()
  .then(() => {{ document.getElementById('result').textContent = safe(JSON.stringify(out)); }})
  .catch(e => {{ document.getElementById('result').textContent = 'failed: ' + e; }});
</script></body></html>
"#,
        bundle = bundle.display(),
        inputs = safe(inputs.to_string()),
    );
    std::fs::create_dir_all(work).unwrap();
    let page = work.join("page.html");
    std::fs::write(&page, html).unwrap();
    let dom = chromium(
        &page,
        &[
            "--dump-dom".to_string(),
            "--virtual-time-budget=120000".to_string(),
        ],
        work,
    );
    let start = dom.find("<pre id=\"result\">").expect("result element") + 17;
    let end = start + dom[start..].find("</pre>").unwrap();
    serde_json::from_str(&dom[start..end])
        .unwrap_or_else(|e| panic!("{e}: {}", &dom[start..end.min(start + 500)]))
}

/// Every edit made in the Modeler and saved: name → XML.
fn edited(work: &Path) -> serde_json::Map<String, serde_json::Value> {
    let inputs = serde_json::json!({
        "ru": generated(work, "reglaments/000_6f385fbdd640c006.txt", "naznachenie-gosudarstvennoi-adresnoi-sotsialnoi", "provider"),
        "kk": generated(work, "reglaments/003_1c2847d2c07c60cf.txt", "zhumyssyz-azamattarga-anyktama-beru", "portal"),
    });
    let mut script = String::new();
    for (name, input, edit) in EDITS {
        script.push_str(&format!(
            "{{ const container = document.createElement('div'); container.style.width = '1600px'; \
             container.style.height = '1200px'; document.body.appendChild(container); \
             const m = new BpmnJS({{ container }}); await m.importXML(inputs['{input}']); \
             const modeling = m.get('modeling'), registry = m.get('elementRegistry'); \
             const el = id => {{ const e = registry.get(id); if (!e) throw new Error('no ' + id); return e; }}; \
             {edit} \
             out['{input}-{name}'] = (await m.saveXML({{ format: true }})).xml; m.destroy(); container.remove(); }}\n"
        ));
    }
    match in_browser(work, "bpmn-modeler.development.js", &inputs, &script) {
        serde_json::Value::Object(map) => map,
        other => panic!("{other}"),
    }
}

/// `compare --format json` of a saved file: exit code and the departures' kind, element, line.
fn departures(
    work: &Path,
    name: &str,
    xml: &str,
    text: Option<&str>,
) -> (i32, Vec<(String, String, u64)>) {
    let path = work.join(format!("{name}.bpmn"));
    std::fs::write(&path, xml).unwrap();
    let mut args: Vec<&OsStr> = vec![OsStr::new("compare"), path.as_os_str()];
    if let Some(t) = text {
        args.push(OsStr::new(t));
    }
    args.extend([OsStr::new("--format"), OsStr::new("json")]);
    let (code, out, err) = reglament(&args, root());
    assert!(code == 0 || code == 1, "{name}: exit {code}: {err}");
    let json: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let list = json["departures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["kind"].as_str().unwrap().to_string(),
                d["element"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    (code, list)
}

fn expect(kind: &str, element: &str, line: u64) -> Vec<(String, String, u64)> {
    vec![(kind.to_string(), element.to_string(), line)]
}

fn strip_extensions(xml: &str) -> String {
    let re =
        regex::Regex::new(r"(?s)<bpmn:extensionElements>.*?</bpmn:extensionElements>").unwrap();
    re.replace_all(xml, "").into_owned()
}

#[test]
fn modeler_edits_are_reported_and_kept() {
    let work = temp_dir("edits");
    let saved = edited(&work);
    let xml = |k: &str| {
        saved[k]
            .as_str()
            .unwrap_or_else(|| panic!("{k}: {}", saved[k]))
            .to_string()
    };
    let ru = Some("reglaments/000_6f385fbdd640c006.txt");

    let (code, list) = departures(&work, "untouched", &xml("ru-untouched"), None);
    assert_eq!((code, list), (0, Vec::new()));
    let (code, list) = departures(&work, "duration", &xml("ru-duration"), None);
    assert_eq!(
        (code, list.clone()),
        (1, expect("duration-changed", "R1_provider_Task_2", 136))
    );
    // The same file stripped of the project's extensions, compared with the text named.
    let (_, stripped) = departures(
        &work,
        "stripped",
        &strip_extensions(&xml("ru-duration")),
        ru,
    );
    assert_eq!(stripped, list);
    assert_eq!(
        departures(&work, "lane", &xml("ru-lane"), None).1,
        expect("step-lane", "R1_provider_Task_5", 142)
    );
    assert_eq!(
        departures(&work, "removed", &xml("ru-removed"), None).1,
        expect("step-missing", "R1_provider_Task_3", 138)
    );
    assert_eq!(
        departures(&work, "renamed", &xml("ru-renamed"), None).1,
        expect("lane-renamed", "R1_provider_Lane_3", 128)
    );
    assert_eq!(
        departures(&work, "branch", &xml("ru-branch"), None).1,
        expect("branch-changed", "R1_provider_Gateway_1_refusal", 134)
    );
    assert_eq!(
        departures(&work, "moved", &xml("ru-moved"), None),
        (0, Vec::new())
    );
    assert_eq!(
        departures(&work, "kk-action", &xml("kk-action"), None).1,
        expect("action-changed", "R1_portal_Task_5", 156)
    );
    assert_eq!(
        departures(&work, "kk-branch", &xml("kk-branch"), None).1,
        expect("branch-changed", "R1_portal_Gateway_7", 160)
    );
    // The message speaks the regulation's language.
    let (_, text, _) = reglament(
        &[
            OsStr::new("compare"),
            work.join("kk-branch.bpmn").as_os_str(),
        ],
        root(),
    );
    assert!(
        text.contains("«жоқ» тармағы диаграммада «нәтиже берілді» элементіне апарады"),
        "{text}"
    );

    kept_layout(&work, &xml("ru-moved"));
}

/// A text copy with step 6 reworded, built again over the moved diagram.
fn kept_layout(work: &Path, moved: &str) {
    let texts = work.join("texts");
    std::fs::create_dir_all(&texts).unwrap();
    let original =
        std::fs::read_to_string(root().join("reglaments/000_6f385fbdd640c006.txt")).unwrap();
    let lines: Vec<&str> = original.split('\n').collect();
    assert!(
        lines[143].starts_with("б) ответственный исполнитель услугодателя выдает услугополучателю"),
        "{}",
        lines[143]
    );
    let changed = original.replacen(
        "б) ответственный исполнитель услугодателя выдает услугополучателю",
        "б) ответственный исполнитель услугодателя вручает услугополучателю",
        1,
    );
    let text = texts.join("000_6f385fbdd640c006.txt");
    std::fs::write(&text, changed).unwrap();
    let edited = work.join("moved.bpmn");
    std::fs::write(&edited, moved).unwrap();
    let out = work.join("out");
    let (code, _, err) = reglament(
        &[
            OsStr::new("build"),
            text.as_os_str(),
            OsStr::new("-o"),
            out.as_os_str(),
            OsStr::new("--quiet"),
            OsStr::new("--keep-layout"),
            edited.as_os_str(),
        ],
        root(),
    );
    assert_eq!(code, 0, "{err}");
    let built = out
        .join("000-6f385fbdd640c006/naznachenie-gosudarstvennoi-adresnoi-sotsialnoi/provider.bpmn");
    let xml = std::fs::read_to_string(&built).unwrap();
    let d = reglament::bpmn::read(&xml).unwrap();
    let before = reglament::bpmn::read_edited("moved.bpmn", moved).unwrap();
    for n in &d.nodes {
        let was = before
            .nodes
            .iter()
            .find(|m| m.id == n.id)
            .and_then(|m| m.bounds)
            .unwrap();
        assert_eq!(n.bounds, was, "{} keeps its place", n.id);
    }
    let step6 = d
        .nodes
        .iter()
        .find(|n| n.id == "R1_provider_Task_6")
        .unwrap();
    assert!(
        step6.name.contains("вручает услугополучателю"),
        "{}",
        step6.name
    );
    assert_eq!(reglament::layout::check::problems(&d), Vec::<String>::new());
    validators(&built);
    // The SVG draws the same kept geometry: the moved step's box is where the BPMN puts it,
    // offset as the SVG offsets the pool.
    let svg = std::fs::read_to_string(built.with_extension("svg")).unwrap();
    let boxes = regex::Regex::new(
        r#"<g id="R1_provider-(R1_provider_Task_\d+)">\s*<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)""#,
    )
    .unwrap();
    let mut offsets = Vec::new();
    for c in boxes.captures_iter(&svg) {
        let n = d.nodes.iter().find(|n| n.id == c[1]).unwrap();
        let num = |k: usize| c[k].parse::<f64>().unwrap();
        assert_eq!((num(4), num(5)), (n.bounds.w, n.bounds.h), "{}", n.id);
        offsets.push((num(2) - n.bounds.x, num(3) - n.bounds.y));
    }
    assert_eq!(offsets.len(), 6, "{svg}");
    assert!(offsets.windows(2).all(|w| w[0] == w[1]), "{offsets:?}");
    // The file still opens in bpmn-js without a warning, every task name inside its box.
    let check = "for (const [k, xml] of Object.entries(inputs)) { \
        const container = document.createElement('div'); container.style.width = '1600px'; \
        container.style.height = '1200px'; document.body.appendChild(container); \
        const v = new BpmnJS({ container }); const r = await v.importXML(xml); \
        out.warnings = r.warnings.map(w => w.message); out.spills = []; \
        v.get('elementRegistry').forEach((el, gfx) => { \
          if (el.type !== 'bpmn:Task') return; const t = gfx.querySelector('text'); \
          const b = t.getBBox(); \
          if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > el.width + 0.5 || b.y + b.height > el.height + 0.5) out.spills.push(el.id); }); \
        out.tasks = v.get('elementRegistry').filter(e => e.type === 'bpmn:Task').length; }";
    let result = in_browser(
        &work.join("viewer"),
        "bpmn-viewer.production.min.js",
        &serde_json::json!({ "kept": xml }),
        check,
    );
    assert_eq!(result["warnings"], serde_json::json!([]), "{result}");
    assert_eq!(result["spills"], serde_json::json!([]), "{result}");
    assert_eq!(result["tasks"], serde_json::json!(6), "{result}");
}

/// OMG's XSD, bpmn-moddle and bpmnlint (as `tests/bpmn_external.rs` runs them) accept `file`.
fn validators(file: &Path) {
    let bpmn = root().join("bpmn");
    let run = |cmd: &mut Command| {
        let o = cmd.output().expect("the validator runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(o.status.success(), "{cmd:?}:\n{text}");
        text
    };
    let xsd = run(Command::new(bpmn.join(".venv/bin/python"))
        .arg(bpmn.join("validate_xsd.py"))
        .arg(file));
    assert!(xsd.contains("xsd: 1 files, 0 errors"), "{xsd}");
    let moddle = run(Command::new("node")
        .arg(bpmn.join("moddle-import.mjs"))
        .arg(file));
    assert!(
        moddle.contains("moddle: 1 files, 0 errors, 0 warnings"),
        "{moddle}"
    );
    let lint = run(Command::new("node")
        .arg(bpmn.join("node_modules/bpmnlint/bin/bpmnlint.js"))
        .arg(file)
        .current_dir(&bpmn));
    assert!(!lint.contains("problem"), "{lint}");
}
