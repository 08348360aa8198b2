//! `reglament check --format sarif` over the corpus: the log passes the OASIS SARIF 2.1.0 JSON
//! schema (ajv, with the schema @microsoft/jest-sarif ships, both installed by
//! `bash bpmn/setup.sh`) and carries every finding the library reports, at its line. When the
//! validator is missing this test fails and says so; it never passes without having run it.

use std::path::{Path, PathBuf};
use std::process::Command;

const SETUP: &str = "the SARIF validator is not installed: run `bash bpmn/setup.sh`";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reglament-sarif-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn sarif(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(root())
        .args(["check", "--format", "sarif", "--fail-on", "never"])
        .args(args)
        .output()
        .expect("the binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn validate(files: &[&Path]) -> (bool, String) {
    let dir = root().join("bpmn");
    for module in ["ajv", "@microsoft/jest-sarif"] {
        assert!(
            dir.join("node_modules")
                .join(module)
                .join("package.json")
                .is_file(),
            "{SETUP} (bpmn/node_modules/{module} is missing)"
        );
    }
    let out = Command::new("node")
        .arg(dir.join("sarif-validate.mjs"))
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("{SETUP} (node does not run: {e})"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn the_corpus_log_passes_the_sarif_schema_in_every_language() {
    let dir = scratch("corpus");
    let mut files = Vec::new();
    for lang in ["ru", "kk", "en"] {
        let path = dir.join(format!("corpus-{lang}.sarif"));
        std::fs::write(&path, sarif(&["--lang", lang])).unwrap();
        files.push(path);
    }
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (ok, text) = validate(&paths);
    assert!(ok, "{text}");
    assert!(text.contains("3 SARIF logs, 0 schema errors"), "{text}");
}

#[test]
fn the_validator_rejects_a_log_the_schema_forbids() {
    // The test above can only fail if the validator can: a level SARIF does not know.
    let dir = scratch("broken");
    let log = sarif(&["reglaments/000_6f385fbdd640c006.txt"]).replacen(
        "\"level\": \"error\"",
        "\"level\": \"fatal\"",
        1,
    );
    let path = dir.join("broken.sarif");
    std::fs::write(&path, log).unwrap();
    let (ok, text) = validate(&[&path]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("level should be equal to one of the allowed values"),
        "{text}"
    );
}

#[test]
fn every_finding_of_the_library_is_a_result_at_its_line() {
    let file = "reglaments/000_6f385fbdd640c006.txt";
    let doc = reglament::parse_file(&root().join(file), None).unwrap();
    let findings = reglament::check::check(&doc);
    let v: serde_json::Value = serde_json::from_str(&sarif(&[file])).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    for (r, f) in results.iter().zip(&findings) {
        assert_eq!(r["ruleId"], f.rule);
        let at = &r["locations"][0]["physicalLocation"];
        assert_eq!(at["artifactLocation"]["uri"], file);
        assert_eq!(at["region"]["startLine"], f.lines[0]);
        assert_eq!(
            r["partialFingerprints"]["reglament/v1"],
            f.fingerprint.as_str()
        );
    }
}
