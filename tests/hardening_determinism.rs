//! The build is deterministic: the same inputs give the same bytes, whatever the run and
//! whatever the number of worker threads (ARCHITECTURE.md: no random ids, no hash-map order).

mod hardening_support;

use std::collections::BTreeMap;
use std::path::Path;

use hardening_support::{TempDir, files_under, run_paths};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/reglaments");

fn build(out: &Path, extra: &[&str]) {
    let mut cmd = vec!["build", "--quiet", "-o", out.to_str().unwrap()];
    cmd.extend_from_slice(extra);
    let r = run_paths(&cmd, &[Path::new(CORPUS)]);
    assert_eq!(r.code, Some(0), "build {extra:?}: {}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files_under(dir)
        .into_iter()
        .map(|rel| {
            let bytes = std::fs::read(dir.join(&rel)).unwrap();
            (rel.to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

/// Byte-for-byte equality with a readable failure: the first paths that differ or are missing.
fn assert_same(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str) {
    let only_a: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    let differ: Vec<_> = a
        .iter()
        .filter(|(k, v)| b.get(*k).is_some_and(|w| w != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        only_a.is_empty() && only_b.is_empty() && differ.is_empty(),
        "{what}: only in first {only_a:?}, only in second {only_b:?}, different {differ:?}"
    );
}

#[test]
fn two_builds_and_any_job_count_give_the_same_bytes() {
    let tmp = TempDir::new("determinism");
    let (a, b, j1, j8) = (tmp.join("a"), tmp.join("b"), tmp.join("j1"), tmp.join("j8"));
    build(&a, &[]);
    build(&b, &[]);
    build(&j1, &["--jobs", "1"]);
    build(&j8, &["--jobs", "8"]);
    let ta = tree(&a);
    // The corpus has four acts, each with a model and diagrams, plus the top-level report.
    assert!(ta.contains_key("report.json"), "{:?}", ta.keys());
    assert_eq!(ta.keys().filter(|k| k.ends_with("/model.json")).count(), 4);
    assert!(ta.keys().filter(|k| k.ends_with(".bpmn")).count() >= 26);
    assert_same(&ta, &tree(&b), "two default builds");
    assert_same(&tree(&j1), &tree(&j8), "--jobs 1 vs --jobs 8");
    assert_same(&ta, &tree(&j1), "default vs --jobs 1");
}

#[test]
fn rebuilding_in_place_changes_nothing() {
    let tmp = TempDir::new("determinism-inplace");
    let out = tmp.join("out");
    build(&out, &["--jobs", "2"]);
    let first = tree(&out);
    // A second run over an up-to-date tree (incremental path) and a forced one (full path)
    // must both leave exactly the same bytes.
    build(&out, &["--jobs", "2"]);
    assert_same(&first, &tree(&out), "incremental rebuild");
    build(&out, &["--jobs", "2", "--force"]);
    assert_same(&first, &tree(&out), "forced rebuild");
}
