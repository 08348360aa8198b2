//! The rule levels of `reglament.toml` in `build`: a rule turned off is gone from the summary,
//! the report pages and the index, a rule given another level shows at it, and the pages are
//! the same bytes whether the input was rebuilt or read from the store.

use std::path::{Path, PathBuf};
use std::process::Command;

/// 002 has three findings (`check_corpus`): «action-mismatch» and «legend-missing» at lines 282
/// and 395 (2-қосымша, 3-қосымша without Шартты белгілер), all warnings.
const KK: &str = "reglaments/002_2973bc44dfc7985a.txt";

fn work(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reglament-levels-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("in")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(KK),
        d.join("in/kk.txt"),
    )
    .unwrap();
    d
}

/// `reglament build in -o OUT --lang en ARGS` in `dir`: the exit code and the summary.
fn build(dir: &Path, out: &str, args: &[&str]) -> (i32, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(["build", "in", "-o", out, "--lang", "en"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn report(dir: &Path, out: &str) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dir.join(out).join("report.json")).unwrap()).unwrap()
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap()
}

#[test]
fn levels_of_reglament_toml_apply_to_the_summary_pages_and_index() {
    let dir = work("apply");
    let (code, err) = build(&dir, "out", &["--fail-on", "error"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("3 findings: 0 errors, 3 warnings, 0 info"),
        "{err}"
    );
    let before = report(&dir, "out");
    assert_eq!(before["summary"]["by_rule"]["legend-missing"], 2);
    assert!(read(&dir, "out/index.html").contains("class=\"badge warning\">ескертулер: 3<"));

    std::fs::write(
        dir.join("reglament.toml"),
        "[rules]\nlegend-missing = \"off\"\naction-mismatch = \"error\"\n",
    )
    .unwrap();
    // The input is unchanged: its findings come from the store, at the new levels.
    let (code, err) = build(&dir, "out", &["--fail-on", "error"]);
    assert_eq!(code, 1, "an error now fails the run: {err}");
    assert!(err.contains("(1 unchanged)"), "{err}");
    assert!(
        err.contains("1 finding: 1 error, 0 warnings, 0 info"),
        "{err}"
    );
    let after = report(&dir, "out");
    assert_eq!(after["summary"]["findings"], 1);
    assert_eq!(after["summary"]["by_severity"]["error"], 1);
    assert_eq!(after["summary"]["by_severity"]["warning"], 0);
    let findings = after["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["rule"], "action-mismatch");
    assert_eq!(findings[0]["severity"], "error");
    for page in ["out/report.json", "out/report.md", "out/report.html"] {
        assert!(!read(&dir, page).contains("legend-missing"), "{page}");
    }
    let index = read(&dir, "out/index.html");
    assert!(
        index.contains("class=\"badge error\">қателер: 1<"),
        "{index}"
    );
    assert!(!index.contains("badge warning"), "{index}");

    // A build from scratch with the same input and levels writes the same bytes.
    let (code, err) = build(&dir, "fresh", &["--force"]);
    assert_eq!(code, 0, "{err}");
    for page in ["report.json", "report.md", "report.html", "index.html"] {
        assert_eq!(
            read(&dir, &format!("out/{page}")),
            read(&dir, &format!("fresh/{page}")),
            "{page}"
        );
    }

    // Without the levels the pages are as the checker found them again.
    std::fs::remove_file(dir.join("reglament.toml")).unwrap();
    let (code, err) = build(&dir, "out", &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(report(&dir, "out"), before);
    std::fs::remove_dir_all(&dir).unwrap();
}
