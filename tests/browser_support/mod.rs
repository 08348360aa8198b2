//! Headless Chromium for the page tests (`tests/build_site.rs`, `tests/report_browser.rs`).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian's chromium package puts the browser.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs headless Chromium on `page` with `extra` flags and a fresh profile under `work`;
/// returns what it printed (the DOM for `--dump-dom`).
pub fn chromium(page: &Path, extra: &[String], work: &Path) -> String {
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: run `bash scripts/setup-browser.sh` (installs Debian's chromium) and test again"
    );
    std::fs::create_dir_all(work).expect("work directory");
    let profile = work.join(format!("profile-{}", extra.len()));
    // Stdout goes to a file: the dumped DOM is larger than a pipe buffer, and nobody reads the
    // pipe while we wait.
    let dump = work.join(format!("stdout-{}.html", extra.len()));
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--allow-file-access-from-files",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(std::fs::File::create(&dump).expect("dump file"))
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    // A hung browser must fail the test, not hang the suite.
    let start = Instant::now();
    while child.try_wait().expect("chromium status").is_none() {
        if start.elapsed() > Duration::from_secs(120) {
            child.kill().expect("chromium killed");
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let status = child.wait().expect("chromium status");
    assert!(status.success(), "chromium failed: {status:?}");
    String::from_utf8_lossy(&std::fs::read(&dump).expect("dump read")).into_owned()
}
