//! `reglament build` from the command line: exit codes, `--check`, `--fail-on`, `--quiet`, the
//! summary a person reads, a first run with nothing to read, options only where they act,
//! `--version`, and which files a directory walk picks up.

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

/// `n` and the noun the way the summary writes them.
fn count(n: usize, noun: &str) -> String {
    match (n, noun) {
        (_, "info") => format!("{n} info"),
        (1, _) => format!("{n} {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

#[test]
fn exit_codes_follow_failures_findings_and_check() {
    let work = temp("codes");
    std::fs::create_dir_all(work.join("in")).unwrap();
    std::fs::copy(root().join(KK), work.join("in/kk.txt")).unwrap();

    let (code, err) = reglament(&["build", "in", "-o", "out"], &work);
    assert_eq!(code, 0, "{err}");
    // The summary as a person reads it on a pipe: plain text, the findings by severity as the
    // report counts them, where to look, the time.
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(work.join("out/report.json")).unwrap()).unwrap();
    let n = |k: &str| report["summary"]["by_severity"][k].as_u64().unwrap() as usize;
    let total = report["summary"]["findings"].as_u64().unwrap() as usize;
    assert!(total > 0);
    let expected = format!(
        "built 1 file (1 parsed): 1 regulation, 3 diagrams\n\
         {}: {}, {}, {}\n\
         open out/index.html (the diagrams) and out/report.html (the findings); done in ",
        count(total, "finding"),
        count(n("error"), "error"),
        count(n("warning"), "warning"),
        count(n("info"), "info"),
    );
    assert!(err.starts_with(&expected), "{err}");
    let seconds = err[expected.len()..].strip_suffix(" s\n").unwrap();
    assert!(seconds.parse::<f64>().is_ok(), "{err}");
    assert!(!err.contains('\x1b'), "escape codes on a pipe: {err:?}");
    // A second run parses nothing and says so.
    let (_, err) = reglament(&["build", "in", "-o", "out"], &work);
    assert!(
        err.starts_with("built 1 file (1 unchanged): 1 regulation, 3 diagrams\n"),
        "{err}"
    );
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
    // The folder walked without an error is read whole; one without inputs is not (a build
    // may remove the outputs of inputs gone from the first kind only).
    std::fs::create_dir_all(work.join("empty")).unwrap();
    let found =
        reglament::inputs::find(&[work.join("a"), work.join("empty"), work.join("a/e.txt")]);
    assert!(found.failed);
    assert_eq!(found.trees, [work.join("a")]);
    // The four inputs of `a` and the text named again on its own.
    assert_eq!(found.files.len(), 5);
}

#[test]
fn a_first_run_without_regulations_creates_nothing_and_says_what_to_do() {
    let work = temp("first");
    let (code, err) = reglament(&[], &work);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        "error: reglaments/: no such folder here, and no input was named\n\
         nothing built: with no path, reglament reads the regulations (.txt, .md, .docx, .html, .pdf) in \
         reglaments/; output was not created\n  \
         run it in the folder that holds reglaments/, or name the texts: reglament build \
         PATH... -o DIR\n"
    );
    assert_eq!(
        std::fs::read_dir(&work).unwrap().count(),
        0,
        "something was written"
    );

    // A mistyped file: the error names it, and no output folder appears.
    let (code, err) = reglament(&["build", "typo.txt", "-o", "pub"], &work);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        "error: typo.txt: no such file\n\
         nothing built: no input could be read, so pub was not created\n  \
         name existing files or folders (folders are searched for .txt, .md, .docx, .html, .pdf): reglament \
         build PATH... -o DIR\n"
    );
    assert!(!work.join("pub").exists());
    for cmd in ["bpmn", "svg"] {
        let (code, err) = reglament(&[cmd, "typo.txt", "-o", "pub"], &work);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("pub was not created"), "{err}");
        assert!(!work.join("pub").exists());
    }
}

/// The commands that draw images offer `--png` (`svg`, and `build`, which renders them in
/// parallel); those that only write BPMN or print do not.
#[test]
fn png_is_an_option_of_the_commands_that_draw_images() {
    let work = temp("png");
    let help = |cmd: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
            .args([cmd, "--help"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(help("svg").contains("--png"));
    assert!(help("build").contains("--png"));
    for cmd in ["bpmn", "check", "parse"] {
        assert!(!help(cmd).contains("--png"), "{cmd} --help offers --png");
    }
    std::fs::copy(root().join(KK), work.join("kk.txt")).unwrap();
    let (code, err) = reglament(&["bpmn", "kk.txt", "-o", "out", "--png"], &work);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unexpected argument '--png'"), "{err}");
    assert!(!work.join("out").exists());
    let (code, err) = reglament(&["svg", "kk.txt", "-o", "out", "--png"], &work);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "wrote 3 diagrams of 1 regulation into out\n");
    // Files with extension `ext` under `dir` of the work folder.
    let count = |dir: &str, ext: &str| {
        walkdir::WalkDir::new(work.join(dir))
            .into_iter()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == ext)
            })
            .count()
    };
    assert_eq!(count("out", "png"), 3);
    // `build --png --pdf`: a PNG beside each of the three SVGs and the act's PDF, and no
    // progress bar in a pipe.
    let (code, err) = reglament(&["build", "kk.txt", "-o", "built", "--png", "--pdf"], &work);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains('\r') && !err.contains("files drawn"), "{err}");
    assert_eq!(
        (
            count("built", "svg"),
            count("built", "png"),
            count("built", "pdf")
        ),
        (3, 3, 1)
    );
}

#[test]
fn version_names_the_commit_of_a_checkout() {
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).unwrap();
    let version = env!("CARGO_PKG_VERSION");
    let commit = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(root())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8(o.stdout).unwrap().trim().to_string());
    match commit {
        Some(c) => assert_eq!(printed, format!("reglament {version} ({c})\n")),
        None => assert_eq!(printed, format!("reglament {version}\n")),
    }
}
