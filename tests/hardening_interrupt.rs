//! A build killed at any moment leaves every output file either as the previous complete build
//! wrote it or as the next complete build writes it — never half of one — and the next build
//! finishes the job. Leftover temporary files must be recognisable as such.

mod hardening_support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use hardening_support::{BIN, TempDir, files_under, run_paths};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/reglaments");

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files_under(dir)
        .into_iter()
        .map(|rel| {
            let bytes = std::fs::read(dir.join(&rel)).unwrap();
            (rel.to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

fn build(input: &Path, out: &Path) -> Duration {
    let start = Instant::now();
    let r = run_paths(&["build", "--quiet", "-o", out.to_str().unwrap()], &[input]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    start.elapsed()
}

/// Copy the corpus into `dir`; with `edit`, change every act the way a new edition would:
/// durations, an actor's wording and a title, so diagrams, models and reports all change.
fn write_inputs(dir: &Path, edit: bool) {
    std::fs::create_dir_all(dir).unwrap();
    for e in std::fs::read_dir(CORPUS).unwrap() {
        let p = e.unwrap().path();
        let mut text = std::fs::read_to_string(&p).unwrap();
        if edit {
            text = text
                .replace("15 (пятнадцати) минут", "25 (двадцати пяти) минут")
                .replace("1 (одного) рабочего дня", "3 (трех) рабочих дней")
                .replace(
                    "руководитель услугодателя",
                    "руководитель отдела услугодателя",
                )
                .replace(
                    "адресной социальной помощи",
                    "адресной социальной поддержки",
                );
        }
        std::fs::write(dir.join(p.file_name().unwrap()), text).unwrap();
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for rel in files_under(from) {
        let dst = to.join(&rel);
        std::fs::create_dir_all(dst.parent().unwrap()).unwrap();
        std::fs::copy(from.join(&rel), dst).unwrap();
    }
}

#[derive(Debug, Clone, Copy)]
enum Kill {
    /// Milliseconds after spawning.
    FromStart(u64),
    /// Milliseconds after the first change in the output tree.
    AfterFirstWrite(u64),
}

impl Kill {
    /// Sleep until the kill point; returns the milliseconds since the spawn.
    fn wait(self, out: &Path) -> u64 {
        let start = Instant::now();
        match self {
            Kill::FromStart(ms) => std::thread::sleep(Duration::from_millis(ms)),
            Kill::AfterFirstWrite(ms) => {
                let before = dir_mtimes(out);
                // Bounded: a build that writes nothing within a minute is killed anyway.
                while dir_mtimes(out) == before && start.elapsed() < Duration::from_secs(60) {
                    std::thread::sleep(Duration::from_micros(200));
                }
                std::thread::sleep(Duration::from_millis(ms));
            }
        }
        start.elapsed().as_millis() as u64
    }
}

/// Modification times of every directory of the tree: they move when an entry is created,
/// renamed or removed inside.
fn dir_mtimes(root: &Path) -> Vec<std::time::SystemTime> {
    let mut out = vec![std::fs::metadata(root).unwrap().modified().unwrap()];
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                if let Ok(m) = e.metadata() {
                    out.push(m.modified().unwrap());
                }
                stack.push(e.path());
            }
        }
    }
    out
}

fn is_temporary(rel: &str) -> bool {
    rel.contains(".tmp-")
}

#[test]
fn killed_build_leaves_old_or_new_files_only() {
    let tmp = TempDir::new("interrupt");
    let input = tmp.join("in");
    // Both complete versions, built from the same input path (output names depend on it).
    write_inputs(&input, false);
    let old_dir = tmp.join("old");
    build(&input, &old_dir);
    let old = tree(&old_dir);
    write_inputs(&input, true);
    let new_dir = tmp.join("new");
    let full = build(&input, &new_dir);
    let new = tree(&new_dir);
    let changed = new.iter().filter(|(k, v)| old.get(*k) != Some(*v)).count();
    assert!(
        changed > 10,
        "the edit must change many outputs, changed {changed}"
    );

    // The build computes in memory and writes at the end, so kill points measured from the start
    // mostly land before any write. Two kinds: a few fixed delays from the start, and delays
    // counted from the moment the first write shows up in the output tree (a directory's mtime
    // changes when a temporary file is created or renamed in it) — that is where a half-written
    // tree could appear.
    let full_ms = full.as_millis() as u64;
    let plans: Vec<Kill> = [2, 30, full_ms / 2]
        .into_iter()
        .map(Kill::FromStart)
        .chain([0, 1, 2, 5, 10, 25].into_iter().map(Kill::AfterFirstWrite))
        .collect();
    let unchanged = new.iter().filter(|(k, v)| old.get(*k) == Some(*v)).count();
    let mut seen = Vec::new();
    for (i, plan) in plans.iter().enumerate() {
        let out = tmp.join(&format!("x{i}"));
        copy_tree(&old_dir, &out);
        let mut child = Command::new(BIN)
            .args(["build", "--quiet", "-o"])
            .arg(&out)
            .arg(&input)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = plan.wait(&out);
        // SIGKILL: no handler, no cleanup — the worst case a power cut or OOM kill gives.
        let _ = child.kill();
        let status = child.wait().unwrap();

        let now = tree(&out);
        let (mut as_old, mut as_new, mut temps) = (0, 0, Vec::new());
        for (rel, bytes) in &now {
            let (is_old, is_new) = (old.get(rel) == Some(bytes), new.get(rel) == Some(bytes));
            if is_temporary(rel) {
                temps.push(rel.clone());
            } else if is_new && !is_old {
                as_new += 1;
            } else if is_old && !is_new {
                as_old += 1;
            } else if !is_new && !is_old {
                panic!("after a kill at {delay} ms, {rel} is neither the old nor the new version");
            }
        }
        seen.push(format!(
            "{plan:?} → killed at {delay} ms ({status}): {as_new} new, {as_old} old, {unchanged} same in both, {} temporary {temps:?}",
            temps.len()
        ));

        // The next build completes the tree exactly and clears temporaries.
        build(&input, &out);
        let done = tree(&out);
        let left: Vec<_> = done.keys().filter(|k| is_temporary(k)).collect();
        assert!(
            left.is_empty(),
            "temporary files survive the next build: {left:?}"
        );
        assert!(
            done == new,
            "after a kill at {delay} ms, the next build does not reproduce the new version: {:?}",
            done.keys()
                .filter(|k| new.get(*k) != done.get(*k))
                .chain(new.keys().filter(|k| !done.contains_key(*k)))
                .collect::<Vec<_>>()
        );
    }
    eprintln!("full build {full_ms} ms\n{}", seen.join("\n"));
}
