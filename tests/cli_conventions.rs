//! The command line as a person and their tools meet it: languages, filters, the rule list,
//! `reglament.toml`, standard input, quiet and verbose, completions and the manual page; colour
//! and progress on a real pseudo-terminal (util-linux `script`), plain text through pipes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ACT_000: &str = "reglaments/000_6f385fbdd640c006.txt";
const ACT_002: &str = "reglaments/002_2973bc44dfc7985a.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `reglament ARGS` in `dir`, in a neutral locale without NO_COLOR unless `env` sets them.
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reglament"));
    cmd.current_dir(dir).args(args);
    for k in ["NO_COLOR", "LC_ALL", "LC_MESSAGES", "LANG", "TERM"] {
        cmd.env_remove(k);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    run_in(&root(), args, env)
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

/// A fresh directory unique to this test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reglament-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The findings of one corpus file as the library reports them.
fn findings(file: &str) -> Vec<reglament::check::Finding> {
    let doc = reglament::parse_file(&root().join(file), None).expect("corpus parses");
    reglament::check::check(&doc)
}

/// The finding lines (`file:line: severity[rule]: …`) of a text report.
fn finding_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.starts_with(' ') && l.contains("]: "))
        .collect()
}

#[test]
fn rules_lists_every_rule_with_its_severity_in_each_language() {
    let o = run(&["rules", "--lang", "en"], &[]);
    assert_eq!(code(&o), 0);
    let text = out(&o);
    let rules: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    let ids: Vec<&str> = reglament::check::rules::RULES
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(rules, ids);
    assert!(
        text.contains("  step-count-mismatch        error     the number of procedures"),
        "{text}"
    );
    let ru = out(&run(&["rules"], &[("LANG", "ru_RU.UTF-8")]));
    assert!(ru.starts_with("правил: 30 "), "{ru}");
    assert!(ru.contains("legend-missing  "), "{ru}");
    assert!(ru.contains("справочник без условных обозначений"), "{ru}");
    let kk = out(&run(
        &["rules"],
        &[("LC_ALL", "kk_KZ.UTF-8"), ("LANG", "ru_RU.UTF-8")],
    ));
    assert!(kk.starts_with("ережелер саны: 30 "), "{kk}");
}

#[test]
fn explain_tells_a_rule_and_refuses_an_unknown_one() {
    let o = run(
        &["check", "--explain", "duration-mismatch", "--lang", "en"],
        &[],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let text = out(&o);
    assert!(
        text.starts_with("duration-mismatch: the duration of one procedure"),
        "{text}"
    );
    assert!(
        text.contains("severity: error (info when only «дней» vs «рабочих дней»)"),
        "{text}"
    );
    assert!(
        text.contains("example: Срок одной и той же процедуры «ответственный исполнитель услугодателя готовит уведомление о …» расходится: ¶5, действие 4 (строка 102) — «в течение 1 (одного) рабочего дня»"),
        "{text}"
    );
    let o = run(
        &["check", "--explain", "duration-missmatch", "--lang", "ru"],
        &[],
    );
    assert_eq!(code(&o), 2);
    assert!(out(&o).is_empty());
    assert_eq!(
        err(&o),
        "ошибка: правила «duration-missmatch» нет; их список даёт `reglament rules`\n"
    );
}

#[test]
fn filters_keep_rules_severities_and_files() {
    let all = findings(ACT_000);
    let numbering: Vec<_> = all.iter().filter(|f| f.rule == "numbering").collect();
    assert!(!numbering.is_empty());
    let o = run(
        &[
            "check",
            "--rule",
            "numbering",
            "--fail-on",
            "never",
            ACT_000,
        ],
        &[],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let text = out(&o);
    let lines = finding_lines(&text);
    assert_eq!(lines.len(), numbering.len(), "{text}");
    assert!(lines.iter().all(|l| l.contains("[numbering]: ")), "{text}");
    for (l, f) in lines.iter().zip(&numbering) {
        assert!(l.starts_with(&format!("{ACT_000}:{}: ", f.lines[0])), "{l}");
    }

    let errors = all
        .iter()
        .filter(|f| f.severity == reglament::check::Severity::Error)
        .count();
    let o = run(
        &[
            "check",
            "--severity",
            "error",
            "--fail-on",
            "never",
            ACT_000,
        ],
        &[],
    );
    let text = out(&o);
    assert_eq!(finding_lines(&text).len(), errors, "{text}");
    assert!(
        finding_lines(&text).iter().all(|l| l.contains(": error[")),
        "{text}"
    );

    let o = run(
        &[
            "check",
            "--file",
            "reglaments/002*",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        &[],
    );
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let files: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), findings(ACT_002).len());
    assert!(files.iter().all(|f| *f == ACT_002), "{files:?}");

    let o = run(&["check", "--rule", "no-such-rule", ACT_000], &[]);
    assert_eq!(code(&o), 2);
    assert!(err(&o).contains("no rule «no-such-rule»"), "{}", err(&o));
}

#[test]
fn standard_input_is_read_where_a_dash_stands() {
    let bytes = std::fs::read(root().join(ACT_002)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(root())
        .args(["check", "--fail-on", "never", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let from_file = findings(ACT_002);
    let got = v["findings"].as_array().unwrap();
    assert_eq!(got.len(), from_file.len());
    for (g, f) in got.iter().zip(&from_file) {
        assert_eq!(g["file"], "<stdin>");
        assert_eq!(g["lines"], serde_json::json!(f.lines));
        assert_eq!(g["rule"], f.rule);
    }

    let mut child = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(["parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0);
    let text = out(&o);
    assert!(text.starts_with("<stdin> (utf-8)\n"), "{text:.200}");
    assert!(text.contains("[kk]"), "{text:.400}");
}

#[test]
fn the_reports_own_words_follow_the_regulations_or_the_asked_language() {
    // 002 is a Kazakh act: its summary is in Kazakh unless a language is asked for.
    let o = run(
        &["check", "--fail-on", "never", ACT_002],
        &[("LANG", "ru_RU.UTF-8")],
    );
    let text = out(&o);
    let last = text.lines().last().unwrap();
    assert!(last.contains("; тексерілді: 1 файл, "), "{last}");
    let o = run(
        &["check", "--fail-on", "never", "--lang", "en", ACT_002],
        &[],
    );
    let last = out(&o).lines().last().unwrap().to_string();
    assert!(last.contains(" in 1 file, "), "{last}");
    // 000 holds several regulations: each is summed before the totals.
    let o = run(
        &["check", "--fail-on", "never", "--lang", "en", ACT_000],
        &[],
    );
    let text = out(&o);
    assert!(text.contains("by regulation:\n"), "{text}");
    let all = findings(ACT_000);
    let first: Vec<_> = all.iter().filter(|f| f.reglament_line == 68).collect();
    let count = |s| first.iter().filter(|f| f.severity == s).count();
    use reglament::check::Severity::{Error, Info, Warning};
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let line = format!(
        "  {ACT_000}:68 «Назначение государственной адресной социальной помощи»: {}, {}, {} info\n",
        plural(count(Error), "error", "errors"),
        plural(count(Warning), "warning", "warnings"),
        count(Info)
    );
    assert!(text.contains(&line), "{line}\n{text}");
}

#[test]
fn a_baseline_run_counts_the_new_findings() {
    let dir = scratch("baseline");
    let base = dir.join("base.txt");
    let o = run(
        &[
            "check",
            "--rule",
            "numbering",
            "--write-baseline",
            base.to_str().unwrap(),
            ACT_000,
        ],
        &[],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let accepted = findings(ACT_000)
        .iter()
        .filter(|f| f.rule == "numbering")
        .count();
    assert_eq!(
        err(&o),
        format!("wrote {accepted} fingerprints to {}\n", base.display())
    );
    let o = run(
        &[
            "check",
            "--lang",
            "en",
            "--fail-on",
            "never",
            "--baseline",
            base.to_str().unwrap(),
            ACT_000,
        ],
        &[],
    );
    let total = findings(ACT_000).len();
    let last = out(&o).lines().last().unwrap().to_string();
    assert!(
        last.ends_with(&format!(
            "; {accepted} accepted by the baseline; {} new since the baseline",
            total - accepted
        )),
        "{last}"
    );
}

#[test]
fn a_configuration_found_above_sets_levels_language_ignores_and_output() {
    let dir = scratch("config");
    let texts = dir.join("texts");
    std::fs::create_dir_all(texts.join("drafts")).unwrap();
    std::fs::copy(root().join(ACT_002), texts.join("002.txt")).unwrap();
    std::fs::copy(root().join(ACT_000), texts.join("drafts/000.txt")).unwrap();
    std::fs::write(
        dir.join("reglament.toml"),
        "lang = \"kk\"\noutput = \"site\"\nignore = [\"texts/drafts/**\"]\n\n[rules]\nmissing-duration = \"off\"\nnumbering = \"error\"\n",
    )
    .unwrap();
    let sub = dir.join("texts");
    // Run from a folder below the file: it is found upward, its paths stay relative to it.
    let o = run_in(
        &sub,
        &["check", "--format", "json", "--fail-on", "never", "-v", "."],
        &[],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let e = err(&o);
    let config = dir.join("reglament.toml");
    assert!(
        e.starts_with(&format!("баптаулар: {}\n", config.display())),
        "{e}"
    );
    assert!(e.contains("оқылуда: 1 файл\n"), "{e}");
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let got = v["findings"].as_array().unwrap();
    let lib = findings(ACT_002);
    let kept: Vec<_> = lib
        .iter()
        .filter(|f| f.rule != "missing-duration")
        .collect();
    assert_eq!(got.len(), kept.len());
    for (g, f) in got.iter().zip(&kept) {
        assert_eq!(g["rule"], f.rule);
        let want = if f.rule == "numbering" {
            "error"
        } else {
            f.severity.as_str()
        };
        assert_eq!(g["severity"], want, "{g}");
    }
    // `build` writes where the file says, and leaves the ignored draft out.
    let o = run_in(&dir, &["build", "-q", "texts"], &[]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(err(&o).is_empty(), "{}", err(&o));
    let report = std::fs::read_to_string(dir.join("site/report.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(v["summary"]["files"], 1);
    // A mistake in the file names it and its line, and nothing runs.
    std::fs::write(
        dir.join("reglament.toml"),
        "[rules]\nnumbering = \"loud\"\n",
    )
    .unwrap();
    let o = run_in(&sub, &["check", "--lang", "en", "."], &[]);
    assert_eq!(code(&o), 2);
    assert!(
        err(&o).starts_with(&format!("error: {}: line 2: ", config.display())),
        "{}",
        err(&o)
    );
    assert!(out(&o).is_empty());
}

#[test]
fn the_command_line_speaks_the_locales_language() {
    let dir = scratch("locale");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::copy(root().join(ACT_002), dir.join("in/002.txt")).unwrap();
    let o = run_in(
        &dir,
        &["build", "in", "-o", "out"],
        &[("LANG", "ru_RU.UTF-8")],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let e = err(&o);
    assert!(e.starts_with("собрано: 1 файл (разобрано: 1): "), "{e}");
    let o = run_in(
        &dir,
        &["build", "in", "-o", "out"],
        &[("LANG", "kk_KZ.UTF-8")],
    );
    let e = err(&o);
    assert!(e.starts_with("жиналды: 1 файл (өзгермегені: 1): "), "{e}");
    let o = run_in(
        &dir,
        &["build", "in", "-o", "out", "--lang", "en"],
        &[("LANG", "kk_KZ.UTF-8")],
    );
    assert!(
        err(&o).starts_with("built 1 file (1 unchanged): "),
        "{}",
        err(&o)
    );
    // Errors too.
    let o = run_in(
        &dir,
        &["build", "missing.txt", "-o", "out"],
        &[("LANG", "ru_RU.UTF-8")],
    );
    assert_eq!(code(&o), 2);
    assert!(err(&o).contains("ничего не собрано"), "{}", err(&o));
}

#[test]
fn quiet_says_nothing_and_verbose_tells_each_file() {
    let dir = scratch("quiet");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::copy(root().join(ACT_002), dir.join("in/002.txt")).unwrap();
    let o = run_in(&dir, &["-q", "build", "in", "-o", "out"], &[]);
    assert_eq!(code(&o), 0);
    assert!(err(&o).is_empty(), "{}", err(&o));
    let o = run(
        &["check", "-v", "--lang", "en", "--fail-on", "never", ACT_002],
        &[],
    );
    let n = findings(ACT_002).len();
    let e = err(&o);
    assert!(
        e.contains(&format!("{ACT_002}: 1 regulation, {n} findings\n")),
        "{e}"
    );
    let o = run(&["check", "-q", "-v", ACT_002], &[]);
    assert_eq!(code(&o), 2, "-q and -v together are refused");
}

#[test]
fn pipes_get_plain_text_unless_colour_is_forced() {
    let plain = out(&run(&["check", "--fail-on", "never", ACT_002], &[]));
    assert!(!plain.contains('\x1b'));
    let forced = out(&run(
        &["check", "--color", "always", "--fail-on", "never", ACT_002],
        &[],
    ));
    assert!(forced.contains("\x1b[1m"), "{forced:.300}");
    let never = out(&run(
        &["check", "--color", "never", "--fail-on", "never", ACT_002],
        &[("NO_COLOR", "")],
    ));
    assert_eq!(never, plain);
}

/// `reglament ARGS` on a pseudo-terminal (util-linux `script`), with what it printed there.
fn on_terminal(dir: &Path, args: &str, env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new("script");
    cmd.current_dir(dir)
        .args(["-q", "-e", "-c"])
        .arg(format!("{} {args}", env!("CARGO_BIN_EXE_reglament")))
        .arg("/dev/null");
    for k in ["NO_COLOR", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(k);
    }
    cmd.env("TERM", "xterm-256color");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().expect("util-linux script runs");
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_terminal_gets_colour_and_progress_unless_told_otherwise() {
    let root = root();
    let shown = on_terminal(&root, &format!("check --fail-on never {ACT_002}"), &[]);
    assert!(shown.contains("\x1b[1m"), "{shown:.300}");
    assert!(shown.contains("\x1b[1;33mwarning["), "{shown:.600}");
    let no_color = on_terminal(
        &root,
        &format!("check --fail-on never {ACT_002}"),
        &[("NO_COLOR", "1")],
    );
    assert!(!no_color.contains('\x1b'), "{no_color:.300}");
    assert!(no_color.contains("warning["), "{no_color:.300}");
    let never = on_terminal(
        &root,
        &format!("check --color never --fail-on never {ACT_002}"),
        &[],
    );
    assert!(!never.contains('\x1b'), "{never:.300}");

    // The build's progress bar is drawn on a terminal (then cleared), never under -q.
    let dir = scratch("terminal");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::copy(root.join(ACT_002), dir.join("in/002.txt")).unwrap();
    let shown = on_terminal(&dir, "build in -o out --force --lang en", &[]);
    assert!(shown.contains("1/1 files"), "{shown}");
    assert!(shown.contains("built 1 file (1 parsed)"), "{shown}");
    let quiet = on_terminal(&dir, "build in -o out --force -q", &[]);
    assert!(!quiet.contains("files"), "{quiet}");
}

#[test]
fn completions_and_the_manual_come_from_the_same_definition() {
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef reglament"),
        ("fish", "complete -c reglament"),
    ] {
        let o = run(&["completions", shell], &[]);
        assert_eq!(code(&o), 0, "{shell}");
        let text = out(&o);
        assert!(text.contains(mark), "{shell}: {text:.200}");
        // fish spells a long option `-l explain`.
        for word in ["check", "rules", "explain", "severity", "sarif"] {
            assert!(text.contains(word), "{shell} lacks {word}");
        }
    }
    let o = run(&["completions", "tcsh"], &[]);
    assert_eq!(code(&o), 2);
    let page = out(&run(&["man"], &[]));
    assert!(page.contains(".TH reglament 1"), "{page:.300}");
    let check = out(&run(&["man", "check"], &[]));
    assert!(check.contains(".TH reglament-check 1"), "{check:.300}");
    assert!(check.contains("\\-\\-explain"), "{check:.300}");
    let o = run(&["man", "nonsense"], &[]);
    assert_eq!(code(&o), 2);
}

#[test]
fn build_report_pages_keep_only_the_filtered_findings() {
    let dir = scratch("build-filter");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::copy(root().join(ACT_000), dir.join("in/000.txt")).unwrap();
    std::fs::copy(root().join(ACT_002), dir.join("in/002.txt")).unwrap();
    let o = run_in(
        &dir,
        &[
            "build",
            "-q",
            "in",
            "-o",
            "out",
            "--rule",
            "numbering",
            "--file",
            "in/000*",
        ],
        &[],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out/report.json")).unwrap())
            .unwrap();
    let numbering: Vec<u32> = findings(ACT_000)
        .iter()
        .filter(|f| f.rule == "numbering")
        .map(|f| f.lines[0])
        .collect();
    let got = v["findings"].as_array().unwrap();
    assert_eq!(got.len(), numbering.len());
    for (g, line) in got.iter().zip(&numbering) {
        assert_eq!(g["rule"], "numbering");
        assert_eq!(g["file"], "in/000.txt");
        assert_eq!(g["lines"][0], *line);
    }
    assert_eq!(v["summary"]["findings"], numbering.len());
    assert_eq!(v["summary"]["files"], 2);
    assert_eq!(
        v["summary"]["by_rule"],
        serde_json::json!({"numbering": numbering.len()})
    );
    // The store keeps every finding: a build without filters lists them all again.
    let o = run_in(&dir, &["build", "-q", "in", "-o", "out"], &[]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out/report.json")).unwrap())
            .unwrap();
    let all = findings(ACT_000).len() + findings(ACT_002).len();
    assert_eq!(v["findings"].as_array().unwrap().len(), all);
}
