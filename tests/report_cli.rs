//! `reglament check` as auditors run it: exit codes, formats, baselines and colour, on the corpus
//! and on crafted trees.

use std::path::PathBuf;
use std::process::{Command, Output};

const ACT_000: &str = "reglaments/000_6f385fbdd640c006.txt";
const ACT_002: &str = "reglaments/002_2973bc44dfc7985a.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `reglament check ARGS` from the repository root with NO_COLOR unset unless `env` sets it;
/// the report's own words in English, which the assertions quote.
fn check(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reglament"));
    cmd.current_dir(root())
        .args(["check", "--lang", "en"])
        .args(args);
    cmd.env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// A fresh empty directory under the system temp dir, unique to this test.
fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "reglament-report-cli-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The corpus report computed through the library, the reference the binary must agree with
/// (totals move as the parser learns wording, so tests never hard-code them).
fn corpus() -> reglament::report::Report {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("reglaments"))
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
    reglament::report::Report::new(&checked, &[])
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).expect("stdout is the JSON report")
}

#[test]
fn corpus_has_errors_so_the_default_run_exits_1() {
    let o = check(&[], &[]);
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    assert!(out.contains(&format!(
        "{ACT_000}:102: error[duration-mismatch]: ¶5 item 4 gives «в течение 1 (одного) рабочего дня» (line 102) but ¶8 item 4 gives «в течение 6 (шести) рабочих дней» (line 140)"
    )));
    assert!(out.contains(&format!(
        "  {ACT_000}:140: «ответственный исполнитель услугодателя готовит"
    )));
    let c = corpus().counts();
    assert!(c.error > 0);
    let last = out.lines().last().unwrap();
    assert_eq!(
        last,
        format!(
            "{} findings ({} errors, {} warnings, {} info) in 4 files, 26 regulations",
            c.findings, c.error, c.warning, c.info
        )
    );
    // One line per finding, the «by regulation:» heading over the indented per-regulation
    // sums, and the totals.
    assert_eq!(
        out.lines().filter(|l| !l.starts_with("  ")).count(),
        c.findings + 2
    );
}

#[test]
fn fail_on_moves_the_threshold() {
    assert_eq!(code(&check(&["--fail-on", "never"], &[])), 0);
    // Act 002 has warnings and info but no error.
    assert_eq!(code(&check(&[ACT_002], &[])), 0);
    assert_eq!(code(&check(&[ACT_002, "--fail-on", "error"], &[])), 0);
    assert_eq!(code(&check(&[ACT_002, "--fail-on", "warning"], &[])), 1);
    assert_eq!(code(&check(&[ACT_002, "--fail-on", "info"], &[])), 1);
}

#[test]
fn json_lists_the_real_findings() {
    let o = check(&["--format", "json"], &[]);
    assert_eq!(code(&o), 1);
    let v = json(&o);
    let c = corpus().counts();
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), c.findings);
    let f = findings
        .iter()
        .find(|f| {
            f["file"] == ACT_000
                && f["rule"] == "duration-mismatch"
                && f["lines"] == serde_json::json!([102, 140])
        })
        .expect("the ¶5/¶8 duration mismatch of act 000");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["reglament_line"], 68);
    assert_eq!(
        f["reglament"],
        "Назначение государственной адресной социальной помощи"
    );
    let quotes = f["quotes"].as_array().unwrap();
    assert!(
        quotes[0]
            .as_str()
            .unwrap()
            .ends_with("в течение 1 (одного) рабочего дня;")
    );
    assert!(
        quotes[1]
            .as_str()
            .unwrap()
            .ends_with("в течение 6 (шести) рабочих дней;")
    );
    assert_eq!(f["fingerprint"].as_str().unwrap().len(), 16);
    let s = &v["summary"];
    assert_eq!(s["files"], 4);
    assert_eq!(s["reglaments"], 26);
    assert_eq!(s["findings"], c.findings);
    assert_eq!(
        s["by_severity"],
        serde_json::json!({"error": c.error, "warning": c.warning, "info": c.info})
    );
    let by_rule: usize = s["by_rule"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap() as usize)
        .sum();
    assert_eq!(by_rule, c.findings);
    assert!(s["by_rule"]["duration-mismatch"].as_u64().unwrap() >= 1);
    assert_eq!(s["failed_files"], serde_json::json!([]));
}

#[test]
fn unreadable_file_gives_2_and_the_others_are_still_reported() {
    let dir = temp_dir("unreadable");
    std::fs::copy(root().join(ACT_000), dir.join("a.txt")).unwrap();
    let mut binary = b"\x89PNG\r\n\x1a\n".to_vec();
    binary.extend_from_slice(&[0u8; 64]);
    std::fs::write(dir.join("b.txt"), binary).unwrap();
    let dir_s = dir.to_str().unwrap();
    for fail_on in ["error", "never"] {
        let o = check(&[dir_s, "--fail-on", fail_on], &[]);
        assert_eq!(code(&o), 2);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("b.txt") && err.contains("binary data"),
            "{err}"
        );
        let out = stdout(&o);
        assert!(out.contains("a.txt:102: error[duration-mismatch]"), "{out}");
        assert!(
            out.trim_end().ends_with("; 1 file could not be read"),
            "{out}"
        );
    }
    let v = json(&check(&[dir_s, "--format", "json"], &[]));
    assert_eq!(v["summary"]["files"], 1);
    let failed = v["summary"]["failed_files"].as_array().unwrap();
    assert_eq!(failed.len(), 1);
    assert!(failed[0]["file"].as_str().unwrap().ends_with("b.txt"));
    let doc = reglament::parse_file(&root().join(ACT_000), None).unwrap();
    assert_eq!(
        v["findings"].as_array().unwrap().len(),
        reglament::check::check(&doc).len()
    );
    // A path that does not exist is a failed run too.
    assert_eq!(code(&check(&["no/such/file.txt"], &[])), 2);
}

#[test]
fn baseline_from_a_first_run_silences_the_second() {
    let dir = temp_dir("baseline");
    let n = corpus().counts().findings;
    let first = check(&["--format", "json"], &[]);
    let baseline = dir.join("baseline.json");
    std::fs::write(&baseline, &first.stdout).unwrap();
    let b = baseline.to_str().unwrap();

    let second = check(&["--format", "json", "--baseline", b], &[]);
    assert_eq!(code(&second), 0);
    let v = json(&second);
    assert_eq!(v["findings"], serde_json::json!([]));
    assert_eq!(v["summary"]["findings"], 0);
    assert_eq!(v["summary"]["baselined"], n);
    let text = check(&["--baseline", b, "--fail-on", "info"], &[]);
    assert_eq!(code(&text), 0);
    assert_eq!(
        stdout(&text),
        format!(
            "0 findings (0 errors, 0 warnings, 0 info) in 4 files, 26 regulations; {n} accepted by the baseline; 0 new since the baseline\n"
        )
    );
}

#[test]
fn written_plain_baseline_works_and_can_be_edited() {
    let dir = temp_dir("write-baseline");
    let path = dir.join("accepted.txt");
    let p = path.to_str().unwrap();
    let n = corpus().counts().findings;
    let o = check(&["--write-baseline", p], &[]);
    assert_eq!(code(&o), 0);
    assert!(String::from_utf8_lossy(&o.stderr).contains(&format!("wrote {n} fingerprints")));
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written.lines().filter(|l| !l.starts_with('#')).count(), n);
    assert_eq!(code(&check(&["--baseline", p], &[])), 0);

    // Dropping the accepted duration mismatch brings exactly it back.
    let kept: String = written
        .lines()
        .filter(|l| !l.contains(&format!("error[duration-mismatch] {ACT_000}:102 ¶5 item 4 gives «в течение 1 (одного) рабочего дня» (line 102) but ¶8")))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(kept.lines().count(), written.lines().count() - 1);
    std::fs::write(&path, kept).unwrap();
    let o = check(&["--baseline", p, "--format", "json"], &[]);
    assert_eq!(code(&o), 1);
    let v = json(&o);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["lines"], serde_json::json!([102, 140]));

    // A broken baseline stops the run rather than reporting accepted findings again.
    std::fs::write(&path, "not a fingerprint\n").unwrap();
    let o = check(&["--baseline", p], &[]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 1"));
    assert_eq!(
        code(&check(
            &["--baseline", dir.join("missing").to_str().unwrap()],
            &[]
        )),
        2
    );
}

#[test]
fn piped_output_has_no_colour_with_or_without_no_color() {
    for env in [&[][..], &[("NO_COLOR", "1")][..]] {
        let o = check(&[ACT_000], env);
        let out = stdout(&o);
        assert!(!out.contains('\x1b'), "ANSI escape in piped output");
        assert!(out.contains("error[duration-mismatch]"));
    }
}

#[test]
fn markdown_and_html_mark_the_differing_words() {
    let md = stdout(&check(&[ACT_000, "--format", "markdown"], &[]));
    assert!(md.starts_with("# Consistency report\n"));
    assert!(md.contains("| line 102 | line 140 |"));
    assert!(md.contains("в течение ~~1 (одного) рабочего дня;~~ |"));
    assert!(md.contains("в течение **6 (шести) рабочих дней;** |"));
    let html = stdout(&check(&[ACT_000, "--format", "html"], &[]));
    // The page's own words are English here; each regulation keeps its language.
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("id=\"act-1-l68\" lang=\"ru\""));
    assert!(html.contains("в течение <del>1 (одного) рабочего дня;</del>"));
    assert!(html.contains("в течение <ins>6 (шести) рабочих дней;</ins>"));
}

#[test]
fn output_is_deterministic() {
    // The debug binary parses the corpus in seconds, so two formats stand for all four (they share
    // the ordering in `Report::new`).
    for format in ["html", "json"] {
        let a = check(&["--format", format], &[]);
        let b = check(&["--format", format], &[]);
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
}

#[test]
fn hostile_regulation_text_is_inert_in_html() {
    let dir = temp_dir("hostile");
    let text = std::fs::read_to_string(root().join(ACT_000)).unwrap();
    // Put markup into the passage of ¶8 item 4, which the duration mismatch quotes.
    let evil = "<script>alert(1)</script>\"/><img src=x onerror=alert(2)> ответственный исполнитель услугодателя готовит уведомление";
    let hostile = text.replacen(
        "ответственный исполнитель услугодателя готовит уведомление о назначении (отказе в назначении) в бумажном виде и направляет на подпись руководителю услугодателя в течение 6",
        &format!("{evil} о назначении (отказе в назначении) в бумажном виде и направляет на подпись руководителю услугодателя в течение 6"),
        1,
    );
    assert_ne!(hostile, text, "the passage to poison exists");
    let file = dir.join("hostile.txt");
    std::fs::write(&file, hostile).unwrap();
    let o = check(&[file.to_str().unwrap(), "--format", "html"], &[]);
    let html = stdout(&o);
    assert!(
        html.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;/&gt;&lt;img src=x onerror=alert(2)&gt;"
        ),
        "the passage is shown"
    );
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
    let md = stdout(&check(
        &[file.to_str().unwrap(), "--format", "markdown"],
        &[],
    ));
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!md.contains("<script") && !md.contains("<img"));
}
