//! Bad inputs through the real binary, each next to one good act: the bad file must be named on
//! stderr (with its line where one applies), the exit code must be 2, the good file must still be
//! parsed and built, nothing may panic, and time and memory stay bounded.
//!
//! Small inputs are committed in tests/bad/; large ones (100 MB line, 100,000 items, 1,000-deep
//! numbering) are generated into temp dirs here and never committed.

mod hardening_support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use hardening_support::{
    GOOD, GOOD_DIR, GOOD_TITLE, Run, TITLE, TempDir, bad, regulation, run_paths, steps,
};

const TIME_LIMIT: Duration = Duration::from_secs(60);
/// "About 1 GB": peak RSS of one child, in kilobytes as rusage reports it on Linux.
const RSS_LIMIT_KB: i64 = 1024 * 1024;

/// `parse BAD GOOD`: the good act is still printed.
fn parse_with_good(bad: &Path) -> Run {
    let r = run_paths(&["parse"], &[bad, Path::new(GOOD)]);
    assert!(
        r.stdout.contains(GOOD_TITLE),
        "{}: the good file was not parsed next to the bad one; stderr:\n{}",
        bad.display(),
        r.stderr
    );
    r
}

/// `build -o OUT BAD GOOD`: the good act's model and diagrams are still written.
fn build_with_good(bad: &Path, out: &Path) -> Run {
    let r = run_paths(
        &["build", "-o", out.to_str().unwrap()],
        &[bad, Path::new(GOOD)],
    );
    let good = out.join(GOOD_DIR);
    assert!(
        good.join("model.json").is_file(),
        "{}: the good file's model.json is missing; stderr:\n{}",
        bad.display(),
        r.stderr
    );
    let diagrams = hardening_support::files_under(&good)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "bpmn"))
        .count();
    assert_eq!(
        diagrams,
        3,
        "{}: the good act has three channels",
        bad.display()
    );
    r
}

fn assert_bounded(r: &Run, what: &str) {
    assert!(
        r.elapsed < TIME_LIMIT,
        "{what}: took {:?} (limit {TIME_LIMIT:?})",
        r.elapsed
    );
    assert!(
        r.max_rss_kb < RSS_LIMIT_KB,
        "{what}: peak RSS {} MB (limit {} MB)",
        r.max_rss_kb / 1024,
        RSS_LIMIT_KB / 1024
    );
}

/// The whole contract for an input that is not a usable regulation: both commands reject it by
/// name (and `file:line:` when `line` is given), exit 2, still process the good file.
fn rejected(bad: &Path, line: Option<u32>) {
    let shown = bad.display().to_string();
    let needle = match line {
        Some(l) => format!("{shown}:{l}:"),
        None => format!("{shown}:"),
    };
    let r = parse_with_good(bad);
    r.assert_failed_cleanly(&format!("parse {shown}"));
    assert!(
        r.stderr.contains(&needle),
        "parse: stderr should contain {needle:?}:\n{}",
        r.stderr
    );
    assert_bounded(&r, &format!("parse {shown}"));

    let out = TempDir::new("bad-build");
    let r = build_with_good(bad, out.path());
    r.assert_failed_cleanly(&format!("build {shown}"));
    assert!(
        r.stderr.contains(&needle),
        "build: stderr should contain {needle:?}:\n{}",
        r.stderr
    );
    assert_bounded(&r, &format!("build {shown}"));
}

/// For inputs that are regulations with something wrong inside: the problem must reach the user
/// with its line, either as an error (exit 2, `file:line:` on stderr) or as a finding of
/// `build` on that line in report.json. Silence is the failure.
fn reported(bad: &Path, line: u32) {
    let shown = bad.display().to_string();
    let r = parse_with_good(bad);
    assert!(
        !r.stderr.contains("panicked"),
        "parse panicked:\n{}",
        r.stderr
    );
    assert_bounded(&r, &format!("parse {shown}"));

    let out = TempDir::new("bad-report");
    let r = build_with_good(bad, out.path());
    assert!(
        !r.stderr.contains("panicked"),
        "build panicked:\n{}",
        r.stderr
    );
    assert_bounded(&r, &format!("build {shown}"));
    let as_error = r.code == Some(2) && r.stderr.contains(&format!("{shown}:{line}:"));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    let as_finding = report["findings"].as_array().unwrap().iter().any(|f| {
        f["file"].as_str() == Some(shown.as_str())
            && f["lines"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l.as_u64() == Some(u64::from(line)))
    });
    assert!(
        as_error || as_finding,
        "{shown}:{line} is neither an error (exit {:?}) nor a finding; stderr:\n{}\nfindings: {}",
        r.code,
        r.stderr,
        report["findings"]
    );
}

/// 1-based line of the first byte sequence that is not UTF-8.
fn first_invalid_utf8_line(bytes: &[u8]) -> u32 {
    let valid = std::str::from_utf8(bytes).unwrap_err().valid_up_to();
    1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count() as u32
}

#[test]
fn empty_file() {
    assert_eq!(std::fs::metadata(bad("empty.txt")).unwrap().len(), 0);
    rejected(&bad("empty.txt"), None);
}

#[test]
fn only_whitespace() {
    rejected(&bad("whitespace.txt"), None);
}

#[test]
fn png_image() {
    let bytes = std::fs::read(bad("image.png.txt")).unwrap();
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "a real PNG signature"
    );
    rejected(&bad("image.png.txt"), None);
}

#[test]
fn zip_archive() {
    let bytes = std::fs::read(bad("archive.zip.txt")).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "a real zip local header");
    rejected(&bad("archive.zip.txt"), None);
}

#[test]
fn nul_inside_a_word() {
    let bytes = std::fs::read(bad("nul-in-word.txt")).unwrap();
    let line = 1 + bytes
        .iter()
        .take_while(|&&b| b != 0)
        .filter(|&&b| b == b'\n')
        .count() as u32;
    assert_eq!(line, 15, "the NUL sits in step 2 of ¶5");
    rejected(&bad("nul-in-word.txt"), Some(line));
}

#[test]
fn truncated_utf8_mid_character() {
    let bytes = std::fs::read(bad("truncated-utf8.txt")).unwrap();
    // The file ends with the first byte of «й» (D0 B9).
    assert_eq!(bytes.last(), Some(&0xD0));
    let line = first_invalid_utf8_line(&bytes);
    rejected(&bad("truncated-utf8.txt"), Some(line));
}

#[test]
fn mixed_utf8_and_windows_1251() {
    let bytes = std::fs::read(bad("mixed-encodings.txt")).unwrap();
    let line = first_invalid_utf8_line(&bytes);
    assert!(line > 1, "the first half is valid UTF-8");
    rejected(&bad("mixed-encodings.txt"), Some(line));
}

#[test]
fn utf16_without_bom() {
    for name in ["utf16le-nobom.txt", "utf16be-nobom.txt"] {
        rejected(&bad(name), None);
        // The message must tell how to read it.
        let r = run_paths(&["parse"], &[&bad(name)]);
        let hint = if name.starts_with("utf16le") {
            "utf-16le"
        } else {
            "utf-16be"
        };
        assert!(r.stderr.contains(hint), "{name}: {}", r.stderr);
        // …and the hint must work.
        let r = run_paths(&["parse", "--encoding", hint], &[&bad(name)]);
        assert_eq!(r.code, Some(0), "{name} with --encoding: {}", r.stderr);
        assert!(r.stdout.contains(TITLE), "{name}: {}", r.stdout);
    }
}

#[test]
fn title_without_anything() {
    rejected(&bad("title-only.txt"), None);
}

#[test]
fn title_with_no_body() {
    rejected(&bad("title-no-body.txt"), Some(1));
}

#[test]
fn step_list_with_no_steps() {
    let text = std::fs::read_to_string(bad("no-steps.txt")).unwrap();
    let line = 1 + text
        .lines()
        .position(|l| l.starts_with("5. Содержание каждой процедуры"))
        .unwrap() as u32;
    reported(&bad("no-steps.txt"), line);
}

#[test]
fn absurd_durations() {
    // The value is shown as given on step 2 of ¶5 (line 15) and must be flagged there.
    reported(&bad("absurd-duration.txt"), 15);
    reported(&bad("absurd-duration-u64.txt"), 15);
}

#[test]
fn absurd_duration_keeps_its_value_or_says_so() {
    // 10^26 does not fit in u64: the model must not show a different number silently.
    let r = run_paths(
        &["parse", "--format", "json"],
        &[&bad("absurd-duration-u64.txt")],
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    if r.code == Some(0) {
        let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let d = &doc["reglaments"][0]["lists"][0]["items"][1]["duration"];
        assert!(
            d.is_null()
                || d["text"]
                    .as_str()
                    .unwrap_or("")
                    .contains("99999999999999999999999999"),
            "duration shown as {d}"
        );
    }
}

#[test]
fn control_characters_and_bidi_inside_words() {
    let text = std::fs::read_to_string(bad("control-chars.txt")).unwrap();
    assert!(text.contains('\u{202E}') && text.contains('\u{FEFF}') && text.contains('\u{7}'));
    let out = TempDir::new("cc");
    let r = build_with_good(&bad("control-chars.txt"), out.path());
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert!(matches!(r.code, Some(0) | Some(2)), "{:?}", r.code);
    // Whatever was accepted must come out as well-formed XML free of the invisible characters
    // that would reorder or hide text on a published page.
    for rel in hardening_support::files_under(out.path()) {
        let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext != "bpmn" && ext != "svg" {
            continue;
        }
        let body = std::fs::read_to_string(out.path().join(&rel)).unwrap();
        roxmltree::Document::parse(&body)
            .unwrap_or_else(|e| panic!("{}: not well-formed: {e}", rel.display()));
        if rel.starts_with("control-chars") {
            for bad_char in ['\u{202E}', '\u{7}', '\u{1}', '\u{1b}', '\u{8}'] {
                assert!(
                    !body.contains(bad_char),
                    "{} keeps U+{:04X}",
                    rel.display(),
                    bad_char as u32
                );
            }
        }
    }
}

#[test]
fn directory_named_like_a_regulation_inside_a_tree() {
    // `fake.txt/` is a directory inside a walked tree: skipped, not read as a file.
    let tree = TempDir::new("dir-tree");
    std::fs::create_dir_all(tree.join("fake.txt")).unwrap();
    std::fs::copy(GOOD, tree.join("002_2973bc44dfc7985a.txt")).unwrap();
    let r = run_paths(&["parse"], &[tree.path()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.contains(GOOD_TITLE));
    assert!(!r.stderr.contains("panicked"));
}

#[test]
fn directory_given_as_input() {
    let dir = TempDir::new("dir-arg");
    let d = dir.join("act.txt");
    std::fs::create_dir_all(&d).unwrap();
    rejected(&d, None);
}

/// True when this process can read a file whose mode is 000 (root, CAP_DAC_OVERRIDE).
fn mode_000_is_readable(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join("probe.txt");
    std::fs::write(&p, "x").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::read(&p).is_ok()
}

#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("unreadable");
    if mode_000_is_readable(dir.path()) {
        // As root chmod 000 stops nothing; the honest unreadable cases left are a dangling
        // symlink (open fails with ENOENT) — the FIFO case is its own test below.
        eprintln!(
            "running with CAP_DAC_OVERRIDE: chmod 000 is readable, testing a dangling symlink"
        );
    } else {
        let p = dir.join("locked.txt");
        std::fs::write(
            &p,
            regulation(
                TITLE,
                &steps(
                    "руководитель услугодателя",
                    "подписывает справку",
                    "не более 1 (одного) рабочего дня",
                ),
            ),
        )
        .unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
        rejected(&p, None);
    }
    let link = dir.join("dangling.txt");
    std::os::unix::fs::symlink(dir.join("gone/away.txt"), &link).unwrap();
    rejected(&link, None);
}

#[test]
fn fifo_does_not_hang() {
    let dir = TempDir::new("fifo");
    let fifo = dir.join("pipe.txt");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    // No writer ever opens the FIFO: a reader that blocks on it hangs until the deadline.
    rejected(&fifo, None);
}

/// The large-input tests run one at a time: each needs hundreds of MB and most of a core, and
/// their time limits are about the tool, not about sharing two cores with each other.
static HEAVY: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn heavy() -> std::sync::MutexGuard<'static, ()> {
    HEAVY.lock().unwrap_or_else(|e| e.into_inner())
}

/// The large inputs are written into a temp dir by the test, never committed.
fn write_big(dir: &TempDir, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn line_of_100_mb() {
    let _one_at_a_time = heavy();
    let dir = TempDir::new("bigline");
    // 100 MiB of Cyrillic words on one line, no newline: the decoder, the line joiner and the
    // segmenter all see a single 100 MB unit.
    let word = "слово ";
    let line = word.repeat(100 * 1024 * 1024 / word.len());
    let p = write_big(&dir, "bigline.txt", &line);
    drop(line);
    assert!(std::fs::metadata(&p).unwrap().len() >= 100 * 1024 * 1024 - 16);
    let r = parse_with_good(&p);
    eprintln!(
        "100 MB line, parse: exit {:?}, {:.1} s, peak RSS {} MB",
        r.code,
        r.elapsed.as_secs_f64(),
        r.max_rss_kb / 1024
    );
    r.assert_failed_cleanly("parse 100 MB line");
    assert!(
        r.stderr.contains(&format!("{}:", p.display())),
        "{}",
        r.stderr
    );
    assert_bounded(&r, "parse 100 MB line");
}

#[test]
fn hundred_thousand_numbered_items() {
    let _one_at_a_time = heavy();
    let dir = TempDir::new("items");
    let mut body = String::with_capacity(21 << 20);
    for i in 1..=100_000 {
        body.push_str(&format!(
            "{i}) ответственный исполнитель услугодателя принимает документы услугополучателя – не более 15 (пятнадцати) минут;\n"
        ));
    }
    let p = write_big(&dir, "items.txt", &regulation(TITLE, &body));
    let r = parse_with_good(&p);
    eprintln!(
        "100,000 items, parse: exit {:?}, {:.1} s, peak RSS {} MB",
        r.code,
        r.elapsed.as_secs_f64(),
        r.max_rss_kb / 1024
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_bounded(&r, "parse 100,000 items");
    // Either every item is read or the tool says where it stopped; the ¶5 list starts on line
    // 11, its items on lines 13.., so item 10,000 is on line 10,012.
    let all_read = r.stdout.contains("¶5 — 100000 items");
    let said_so = r.code == Some(2) && r.stderr.contains(&format!("{}:", p.display()));
    assert!(
        all_read || said_so,
        "100,000 items neither read nor reported; outline: {}",
        r.stdout
            .lines()
            .find(|l| l.contains("¶5"))
            .unwrap_or("(no ¶5 list)")
    );
}

#[test]
fn hundred_thousand_items_build_is_bounded() {
    let _one_at_a_time = heavy();
    let dir = TempDir::new("items-build");
    let mut body = String::with_capacity(21 << 20);
    for i in 1..=100_000 {
        body.push_str(&format!(
            "{i}) ответственный исполнитель услугодателя принимает документы услугополучателя – не более 15 (пятнадцати) минут;\n"
        ));
    }
    let p = write_big(&dir, "items.txt", &regulation(TITLE, &body));
    let out = TempDir::new("items-out");
    let r = build_with_good(&p, out.path());
    eprintln!(
        "100,000 items, build: exit {:?}, {:.1} s, peak RSS {} MB",
        r.code,
        r.elapsed.as_secs_f64(),
        r.max_rss_kb / 1024
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert!(
        !r.timed_out,
        "build of 100,000 items still running after the deadline"
    );
    assert_bounded(&r, "build 100,000 items");
}

#[test]
fn numbering_nested_1000_deep() {
    let dir = TempDir::new("nest");
    let mut body = String::new();
    for depth in 1..=1000 {
        body.push_str(&vec!["1"; depth].join("."));
        body.push_str(". ответственный исполнитель услугодателя принимает документы – не более 15 (пятнадцати) минут;\n");
    }
    let p = write_big(&dir, "nest.txt", &regulation(TITLE, &body));
    // Items «1.1.…» are not the «1)» of a step list: the ¶5 heading (line 11) ends up with no
    // steps and must be reported like any empty list.
    reported(&p, 11);
}

/// `parse --format json` of `text` written to `dir/name`, with the file name blanked so that
/// documents from different files compare.
fn model_json(dir: &TempDir, name: &str, bytes: &[u8]) -> serde_json::Value {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    let r = run_paths(&["parse", "--format", "json"], &[&p]);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(r.code, Some(0), "{name}: {}", r.stderr);
    let mut v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    v["file"] = serde_json::Value::Null;
    v
}

fn small_regulation() -> String {
    regulation(
        TITLE,
        &steps(
            "руководитель услугодателя",
            "подписывает справку и направляет ответственному исполнителю услугодателя",
            "не более 1 (одного) рабочего дня",
        ),
    )
}

#[test]
fn crlf_line_ends_parse_like_lf() {
    let dir = TempDir::new("crlf");
    let lf = small_regulation();
    let a = model_json(&dir, "lf.txt", lf.as_bytes());
    assert_eq!(
        a["reglaments"][0]["lists"][0]["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let b = model_json(&dir, "crlf.txt", lf.replace('\n', "\r\n").as_bytes());
    assert_eq!(a, b);
}

#[test]
fn cr_only_line_ends_parse_like_lf_or_are_rejected() {
    let dir = TempDir::new("cr");
    let lf = small_regulation();
    let a = model_json(&dir, "lf.txt", lf.as_bytes());
    let p = dir.join("cr.txt");
    std::fs::write(&p, lf.replace('\n', "\r")).unwrap();
    let r = run_paths(&["parse", "--format", "json"], &[&p]);
    if r.code == Some(2) {
        assert!(
            r.stderr.contains(&format!("{}:", p.display())),
            "{}",
            r.stderr
        );
    } else {
        let mut b: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        b["file"] = serde_json::Value::Null;
        assert_eq!(a, b);
    }
}

#[test]
fn output_directory_is_a_file() {
    let dir = TempDir::new("out-file");
    let out = dir.join("not-a-dir");
    std::fs::write(&out, "occupied").unwrap();
    let r = run_paths(&["build", "-o", out.to_str().unwrap()], &[Path::new(GOOD)]);
    r.assert_failed_cleanly("build -o FILE");
    assert!(r.stderr.contains(out.to_str().unwrap()), "{}", r.stderr);
    // The file in the way is left alone.
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "occupied");
}

#[test]
fn odd_length_and_unpaired_surrogate_utf16() {
    let dir = TempDir::new("utf16");
    let mut odd = vec![0xFF, 0xFE];
    for u in small_regulation().encode_utf16() {
        odd.extend_from_slice(&u.to_le_bytes());
    }
    let mut lone = odd.clone();
    odd.push(b'A');
    // An unpaired high surrogate in the second line (after the first LF of the title line).
    let lf = lone.iter().position(|&b| b == b'\n').unwrap();
    lone.splice(lf + 2..lf + 2, [0x00, 0xD8]);
    for (name, bytes, line) in [
        ("odd.txt", odd, None),
        ("lone-surrogate.txt", lone, Some(2)),
    ] {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        rejected(&p, line);
    }
}

/// `n` minimal regulations (title, «Общие положения», one step), all titled `x` or `x 0`, `x 1`, ….
fn many_regulations(n: usize, same_title: bool) -> String {
    (0..n)
        .map(|i| {
            let title = if same_title {
                "x".to_string()
            } else {
                format!("x {i}")
            };
            format!(
                "Регламент государственной услуги \"{title}\"\n\n1. Общие положения\n\n\
                 5. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги через услугодателя, длительность его выполнения:\n\n\
                 1) ответственный исполнитель услугодателя принимает документы – не более 15 (пятнадцати) минут.\n\n"
            )
        })
        .collect()
}

/// Regression for a quadratic build: output directories of regulations sharing a title were
/// named by probing `x-2`, `x-3`, … from 2 each time (8,000 bare copies took 28 s, 20,000 over
/// 120 s, against 1.2 s with distinct titles). Same-title and distinct-title builds must now cost
/// about the same.
#[test]
fn many_regulations_with_one_title_build_like_distinct_ones() {
    let _one_at_a_time = heavy();
    let dir = TempDir::new("same-title");
    let n = 5_000;
    let mut times = Vec::new();
    for same in [false, true] {
        let p = write_big(
            &dir,
            &format!("same-{same}.txt"),
            &many_regulations(n, same),
        );
        let out = TempDir::new("same-title-out");
        let r = run_paths(
            &["build", "--quiet", "-o", out.path().to_str().unwrap()],
            &[&p],
        );
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        assert_bounded(&r, &format!("build {n} regulations, same title: {same}"));
        // One directory per regulation, plus model.json.
        let act = out.join(&format!("same-{same}"));
        assert_eq!(std::fs::read_dir(&act).unwrap().count(), n + 1);
        times.push(r.elapsed.as_secs_f64());
    }
    eprintln!(
        "{n} regulations: distinct titles {:.1} s, one title {:.1} s",
        times[0], times[1]
    );
    assert!(
        times[1] < times[0] * 2.0 + 5.0,
        "same-title build {:.1} s vs distinct {:.1} s",
        times[1],
        times[0]
    );
}
