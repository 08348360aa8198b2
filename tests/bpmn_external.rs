//! Every corpus diagram must pass three independent tools: OMG's BPMN 2.0 XSD (python
//! xmlschema, in the virtual environment `bpmn/.venv`), bpmn-moddle's importer (no warnings) and
//! bpmnlint's recommended rules (no errors, no warnings). The tools are installed by
//! `bash bpmn/setup.sh`; when they are missing this test fails and says so, it never passes
//! without having run them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reglament::bpmn::write;
use reglament::layout::{diagrams, place};

const SETUP: &str = "the BPMN validators are not installed: run `bash bpmn/setup.sh`";

fn bpmn_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("bpmn")
}

/// The Python of the validators' virtual environment, which holds xmlschema.
fn python() -> PathBuf {
    bpmn_dir().join(".venv/bin/python")
}

fn require_tools() {
    let dir = bpmn_dir();
    for module in ["bpmn-moddle", "bpmnlint", "bpmn-auto-layout"] {
        assert!(
            dir.join("node_modules")
                .join(module)
                .join("package.json")
                .is_file(),
            "{SETUP} (bpmn/node_modules/{module} is missing)"
        );
    }
    let python = Command::new(python())
        .args(["-c", "import xmlschema"])
        .output();
    assert!(
        python.as_ref().is_ok_and(|o| o.status.success()),
        "{SETUP} (bpmn/.venv/bin/python cannot import xmlschema: {python:?})"
    );
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.as_ref().is_ok_and(|o| o.status.success()),
        "{SETUP} (node does not run: {node:?})"
    );
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn xsd(files: &[PathBuf]) -> Output {
    Command::new(python())
        .arg(bpmn_dir().join("validate_xsd.py"))
        .args(files)
        .output()
        .expect("the virtual environment's python runs")
}

fn moddle(files: &[PathBuf]) -> Output {
    Command::new("node")
        .arg(bpmn_dir().join("moddle-import.mjs"))
        .args(files)
        .output()
        .expect("node runs")
}

fn bpmnlint(files: &[PathBuf]) -> Output {
    // bpmnlint reads .bpmnlintrc from its working directory.
    Command::new("node")
        .arg(bpmn_dir().join("node_modules/bpmnlint/bin/bpmnlint.js"))
        .args(files)
        .current_dir(bpmn_dir())
        .output()
        .expect("node runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("reglament-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write_corpus(dir: &Path) -> Vec<PathBuf> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    let mut files = Vec::new();
    for input in inputs {
        let doc = reglament::parse_file(&input, None).unwrap();
        let stem = input.file_stem().unwrap().to_string_lossy().to_string();
        for mut d in diagrams(&doc) {
            place(&mut d);
            let path = dir.join(format!("{stem}_{}.bpmn", d.id));
            std::fs::write(&path, write(&d)).unwrap();
            files.push(path);
        }
    }
    files
}

#[test]
fn corpus_passes_xsd_moddle_and_bpmnlint() {
    require_tools();
    let dir = scratch("bpmn-external");
    let files = write_corpus(&dir);
    assert!(files.len() >= 60, "only {} diagrams", files.len());

    let out = xsd(&files);
    let report = text(&out);
    assert!(out.status.success(), "XSD validation failed:\n{report}");
    assert!(
        report.contains(&format!("xsd: {} files, 0 errors", files.len())),
        "{report}"
    );

    let out = moddle(&files);
    let report = text(&out);
    assert!(out.status.success(), "bpmn-moddle import failed:\n{report}");
    assert!(
        report.contains(&format!(
            "moddle: {} files, 0 errors, 0 warnings",
            files.len()
        )),
        "{report}"
    );

    let out = bpmnlint(&files);
    let report = text(&out);
    assert!(out.status.success(), "bpmnlint failed:\n{report}");
    // bpmnlint prints nothing for clean files; any line naming a rule is a warning or an error.
    assert!(!report.contains("problem"), "bpmnlint reported:\n{report}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_validators_catch_broken_files() {
    require_tools();
    let dir = scratch("bpmn-broken");
    let files = write_corpus(&dir);
    let good = std::fs::read_to_string(&files[0]).unwrap();

    // An element BPMN does not define: the XSD rejects it and bpmn-moddle warns.
    let bogus = dir.join("bogus.bpmn");
    std::fs::write(
        &bogus,
        good.replacen("<bpmn:laneSet", "<bpmn:bogus/>\n    <bpmn:laneSet", 1),
    )
    .unwrap();
    let out = xsd(std::slice::from_ref(&bogus));
    assert!(
        !out.status.success(),
        "XSD accepted an unknown element:\n{}",
        text(&out)
    );
    let out = moddle(std::slice::from_ref(&bogus));
    assert!(
        !out.status.success(),
        "bpmn-moddle accepted an unknown element:\n{}",
        text(&out)
    );

    // A start event without a name breaks bpmnlint's label-required rule.
    let unnamed = dir.join("unnamed.bpmn");
    let start = good.find("<bpmn:startEvent").unwrap();
    let name_at = start + good[start..].find(" name=\"").unwrap();
    let name_end = name_at + 7 + good[name_at + 7..].find('"').unwrap() + 1;
    std::fs::write(
        &unnamed,
        format!("{}{}", &good[..name_at], &good[name_end..]),
    )
    .unwrap();
    let out = bpmnlint(std::slice::from_ref(&unnamed));
    assert!(
        !out.status.success(),
        "bpmnlint accepted an unnamed start event"
    );
    assert!(text(&out).contains("label-required"), "{}", text(&out));
    std::fs::remove_dir_all(&dir).ok();
}
