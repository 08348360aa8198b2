//! `reglament build` from the command line: exit codes, `--check`, `--fail-on`, `--quiet`, the
//! summary line, and which files a directory walk picks up.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reglament-build-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn reglament(args: &[&str], dir: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const KK: &str = "reglaments/002_2973bc44dfc7985a.txt";

#[test]
fn exit_codes_follow_failures_findings_and_check() {
    let work = temp("codes");
    std::fs::create_dir_all(work.join("in")).unwrap();
    std::fs::copy(root().join(KK), work.join("in/kk.txt")).unwrap();

    let (code, err) = reglament(&["build", "in", "-o", "out"], &work);
    assert_eq!(code, 0, "{err}");
    let summary = err.lines().last().unwrap();
    assert!(
        summary.starts_with("built 1 files (1 parsed), 1 regulations, 3 diagrams, "),
        "{summary}"
    );
    assert!(summary.contains(" findings into out in "), "{summary}");
    // The findings of this act include warnings: --fail-on decides.
    assert_eq!(
        reglament(&["build", "in", "-o", "out", "--fail-on", "warning"], &work).0,
        1
    );
    assert_eq!(
        reglament(&["build", "in", "-o", "out", "--fail-on", "never"], &work).0,
        0
    );

    let (code, err) = reglament(&["build", "in", "-o", "out", "--check", "--quiet"], &work);
    assert_eq!((code, err.as_str()), (0, ""));
    std::fs::write(work.join("out/index.html"), "old").unwrap();
    let (code, err) = reglament(
        &["build", "in", "-o", "out", "--check", "--jobs", "1"],
        &work,
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("stale: out/index.html (changed)"), "{err}");
    assert_eq!(
        std::fs::read_to_string(work.join("out/index.html")).unwrap(),
        "old"
    );

    // One unreadable input: exit 2, the others are still built.
    std::fs::write(work.join("in/empty.txt"), "").unwrap();
    let (code, err) = reglament(&["build", "in", "-o", "out", "--quiet"], &work);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("error: in/empty.txt"), "{err}");
    assert!(
        !err.contains("built "),
        "--quiet printed the summary: {err}"
    );
    assert!(work.join("out/kk/model.json").is_file());
    let index = std::fs::read_to_string(work.join("out/index.html")).unwrap();
    assert!(index.starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_directory_walk_skips_hidden_and_output_directories() {
    let work = temp("walk");
    for d in ["a/.git", "a/output", "a/sub", "a/.hidden", "a/target"] {
        std::fs::create_dir_all(work.join(d)).unwrap();
    }
    for f in [
        "a/.git/x.txt",
        "a/output/y.md",
        "a/.hidden/z.txt",
        "a/target/t.txt",
        "a/sub/b.md",
        "a/c.TXT",
        "a/d.pdf",
        "a/e.txt",
        "a/f.png",
    ] {
        std::fs::write(work.join(f), "x").unwrap();
    }
    let (files, failed) = reglament::inputs::collect(&[work.join("a")]);
    assert!(!failed);
    let names: Vec<String> = files
        .iter()
        .map(|f| f.strip_prefix(&work).unwrap().display().to_string())
        .collect();
    // PDF (like Word and web pages) is a format regulations come in; an image is not.
    assert_eq!(names, ["a/c.TXT", "a/d.pdf", "a/e.txt", "a/sub/b.md"]);
    // A file named on the command line is read whatever its extension.
    let (files, _) = reglament::inputs::collect(&[work.join("a/f.png")]);
    assert_eq!(files, [work.join("a/f.png")]);
}
