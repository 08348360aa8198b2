//! The main job's output tree: identical bytes whatever the worker count and on re-runs,
//! incremental rebuilds through the manifest, outputs an input no longer makes removed, failed
//! files keeping their last good output, numbered slugs for repeated names, and `--check`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reglament::build::{self, Difference, Options};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reglament-build-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("reglaments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

const KK: &str = "reglaments/002_2973bc44dfc7985a.txt";
const KK_DIR: &str = "zhergilikti-okildi-organdardyn-sheshimderi-boiyn";

/// Every file under `dir` (hidden ones included) with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn opts(jobs: usize) -> Options {
    Options {
        jobs: Some(jobs),
        ..Default::default()
    }
}

#[test]
fn one_and_eight_workers_and_a_rerun_write_the_same_bytes() {
    let work = temp("determinism");
    let (a, b) = (work.join("a"), work.join("b"));
    let files = corpus();
    let s1 = build::build(&files, &a, &opts(1));
    let s8 = build::build(&files, &b, &opts(8));
    assert!(s1.errors.is_empty(), "{:?}", s1.errors);
    assert_eq!((s1.files, s1.reglaments, s1.diagrams), (4, 26, 68));
    assert_eq!(
        (s8.reglaments, s8.diagrams, s8.findings),
        (26, 68, s1.findings)
    );
    let ta = tree(&a);
    // 4 models, 68 BPMN + 68 SVG, the three reports, the index, the manifest, the 4 stored
    // findings files the report is written from and the 4 stored step lists the index is
    // written from (PDF and PNG only when asked for).
    assert_eq!(ta.len(), 4 + 68 * 2 + 3 + 1 + 1 + 4 + 4);
    assert!(ta.contains_key(".findings/000-6f385fbdd640c006.steps.json"));
    assert!(ta.contains_key(".findings/000-6f385fbdd640c006.json"));
    assert_eq!(
        ta.keys().collect::<Vec<_>>(),
        tree(&b).keys().collect::<Vec<_>>()
    );
    assert!(ta == tree(&b), "the trees differ in content");
    let again = build::build(
        &files,
        &a,
        &Options {
            force: true,
            jobs: Some(2),
            ..Default::default()
        },
    );
    assert_eq!(again.rebuilt, 4);
    assert!(ta == tree(&a), "a forced re-run changed bytes");
    assert!(ta.contains_key(&format!("002-2973bc44dfc7985a/{KK_DIR}/provider.svg")));
    assert!(ta.contains_key("000-6f385fbdd640c006/prisvoenie-statusa-oralmana/state-corp.bpmn"));
}

#[test]
fn unchanged_inputs_are_skipped_and_a_changed_one_replaces_its_outputs() {
    let work = temp("incremental");
    let input = work.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let text = std::fs::read_to_string(root().join(KK)).unwrap();
    std::fs::write(input.join("kk.txt"), &text).unwrap();
    std::fs::copy(
        root().join("reglaments/003_1c2847d2c07c60cf.txt"),
        input.join("ru.txt"),
    )
    .unwrap();
    let files = vec![input.join("kk.txt"), input.join("ru.txt")];
    let out = work.join("out");

    let first = build::build(&files, &out, &opts(2));
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    assert_eq!(
        (first.rebuilt, first.reglaments, first.diagrams),
        (2, 4, 10)
    );
    let before = tree(&out);

    let second = build::build(&files, &out, &opts(2));
    assert_eq!(second.rebuilt, 0);
    assert_eq!((second.reglaments, second.diagrams), (4, 10));
    assert_eq!(second.findings, first.findings);
    assert!(before == tree(&out), "a no-op run changed the tree");

    // A deleted output makes its input rebuild, and only that one; so do its lost findings,
    // which the report is written from.
    std::fs::remove_file(out.join(format!("kk/{KK_DIR}/akim.svg"))).unwrap();
    assert_eq!(build::build(&files, &out, &opts(2)).rebuilt, 1);
    assert!(before == tree(&out));
    std::fs::remove_file(out.join(".findings/kk.json")).unwrap();
    assert_eq!(build::build(&files, &out, &opts(2)).rebuilt, 1);
    assert!(before == tree(&out));

    // A renamed service: new directory, the old one removed, the other input untouched.
    let renamed = text.replace(
        "Жергілікті өкілді органдардың шешімдері бойынша мұқтаж",
        "Аудандық өкілді органдардың шешімдері бойынша мұқтаж",
    );
    assert_ne!(renamed, text);
    std::fs::write(input.join("kk.txt"), renamed).unwrap();
    let third = build::build(&files, &out, &opts(2));
    assert!(third.errors.is_empty(), "{:?}", third.errors);
    assert_eq!(
        (third.rebuilt, third.reglaments, third.diagrams),
        (1, 4, 10)
    );
    assert!(!out.join(format!("kk/{KK_DIR}")).exists());
    let new_dir = out.join("kk/audandyk-okildi-organdardyn-sheshimderi-boiynsha");
    assert!(
        new_dir.join("provider.bpmn").is_file(),
        "{:?}",
        tree(&out).keys()
    );
    let report = std::fs::read_to_string(out.join("report.json")).unwrap();
    assert!(
        report.contains("ru.txt"),
        "the report lost the unchanged file"
    );
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("kk/audandyk-okildi-organdardyn-sheshimderi-boiynsha/akim.svg"));
    assert!(!index.contains(KK_DIR));

    // A build of the other input alone leaves this act as it is, and listed.
    let kept = tree(&out);
    let fourth = build::build(&files[1..], &out, &opts(2));
    assert_eq!((fourth.rebuilt, fourth.reglaments, fourth.kept), (0, 3, 1));
    assert!(
        kept == tree(&out),
        "a build of one input changed the other's outputs"
    );

    // The input leaves the folder the build reads whole: its outputs go.
    std::fs::remove_file(input.join("kk.txt")).unwrap();
    let fifth = build::build(
        &files[1..],
        &out,
        &Options {
            trees: vec![input.clone()],
            ..opts(2)
        },
    );
    assert_eq!((fifth.rebuilt, fifth.reglaments, fifth.removed), (0, 3, 1));
    assert!(!out.join("kk").exists());
    assert!(out.join("ru/model.json").is_file());
    assert!(!out.join(".findings/kk.json").exists());
    assert!(out.join(".findings/ru.json").is_file());
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        !index.contains("kk/"),
        "the index still lists the removed act"
    );
}

#[test]
fn a_file_that_stops_parsing_keeps_its_last_good_output() {
    let work = temp("failed");
    let input = work.join("act.txt");
    std::fs::copy(root().join(KK), &input).unwrap();
    let out = work.join("out");
    let files = vec![input.clone()];
    assert!(build::build(&files, &out, &opts(1)).errors.is_empty());
    let good = tree(&out);

    std::fs::write(&input, "Это не регламент.\n").unwrap();
    let broken = build::build(&files, &out, &opts(1));
    assert_eq!(broken.errors.len(), 1, "{:?}", broken.errors);
    assert_eq!(broken.errors[0].file, input.display().to_string());
    assert_eq!(broken.reglaments, 1, "the last good summary is kept");
    let after = tree(&out);
    for (k, v) in &good {
        if !k.starts_with("report.") && !k.starts_with('.') {
            assert_eq!(after.get(k), Some(v), "{k} changed");
        }
    }
    // The failure is reported in the report, and the next good run rebuilds.
    let report = std::fs::read_to_string(out.join("report.json")).unwrap();
    assert!(
        report.contains("\"failed_files\": [\n      {"),
        "{report:.300}"
    );

    std::fs::copy(root().join(KK), &input).unwrap();
    let fixed = build::build(&files, &out, &opts(1));
    assert!(fixed.errors.is_empty());
    // The restored bytes are those of the last good build, whose outputs are still there.
    assert_eq!(fixed.rebuilt, 0);
    assert!(
        good == tree(&out),
        "the repaired build differs from the first"
    );
}

#[test]
fn acts_with_the_same_slug_are_numbered() {
    let work = temp("collide");
    for d in ["a", "b"] {
        std::fs::create_dir_all(work.join(d)).unwrap();
        std::fs::copy(root().join(KK), work.join(d).join("Акт.txt")).unwrap();
    }
    let files = vec![work.join("a/Акт.txt"), work.join("b/Акт.txt")];
    let out = work.join("out");
    let s = build::build(&files, &out, &opts(2));
    assert!(s.errors.is_empty());
    assert!(out.join(format!("akt/{KK_DIR}/provider.svg")).is_file());
    assert!(out.join(format!("akt-2/{KK_DIR}/provider.svg")).is_file());
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains(&format!("src=\"akt-2/{KK_DIR}/portal.svg\"")));
}

#[test]
fn check_lists_missing_changed_and_extra_files_and_writes_nothing() {
    let work = temp("check");
    let out = work.join("out");
    let files = vec![root().join(KK)];
    assert!(build::build(&files, &out, &opts(2)).errors.is_empty());
    let check = Options {
        check: true,
        ..opts(2)
    };
    let clean = build::build(&files, &out, &check);
    assert!(clean.stale.is_empty(), "{:?}", clean.stale);
    assert_eq!(clean.rebuilt, 1, "--check rebuilds in memory");

    let act = "002-2973bc44dfc7985a";
    std::fs::write(out.join(format!("{act}/{KK_DIR}/akim.svg")), "<svg/>").unwrap();
    std::fs::remove_file(out.join(format!("{act}/{KK_DIR}/portal.bpmn"))).unwrap();
    std::fs::write(out.join(format!("{act}/old.svg")), "<svg/>").unwrap();
    std::fs::write(out.join("index.html"), "stale").unwrap();
    // Report pages are compared as they are written: one byte more is a change, as is a page
    // cut short, and a removed page is missing.
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    std::fs::write(out.join("report.md"), format!("{md}\n")).unwrap();
    let json = std::fs::read_to_string(out.join("report.json")).unwrap();
    // Cut on a character boundary: where half falls depends on the path length of the checkout.
    std::fs::write(
        out.join("report.json"),
        &json[..json.floor_char_boundary(json.len() / 2)],
    )
    .unwrap();
    std::fs::remove_file(out.join("report.html")).unwrap();
    let before = tree(&out);
    let dirty = build::build(&files, &out, &check);
    assert_eq!(
        dirty.stale,
        vec![
            (format!("{act}/old.svg"), Difference::Extra),
            (format!("{act}/{KK_DIR}/akim.svg"), Difference::Changed),
            (format!("{act}/{KK_DIR}/portal.bpmn"), Difference::Missing),
            ("index.html".to_string(), Difference::Changed),
            ("report.html".to_string(), Difference::Missing),
            ("report.json".to_string(), Difference::Changed),
            ("report.md".to_string(), Difference::Changed),
        ]
    );
    assert!(before == tree(&out), "--check wrote something");

    // A build repairs all of it but the extra file, which no build made: it is left alone and
    // still listed, until removed by hand.
    build::build(&files, &out, &opts(2));
    assert!(out.join(format!("{act}/old.svg")).is_file());
    assert_eq!(
        build::build(&files, &out, &check).stale,
        vec![(format!("{act}/old.svg"), Difference::Extra)]
    );
    std::fs::remove_file(out.join(format!("{act}/old.svg"))).unwrap();
    assert!(build::build(&files, &out, &check).stale.is_empty());
}

#[test]
fn unreadable_stored_findings_are_an_error_and_the_report_stays_valid() {
    let work = temp("store");
    let out = work.join("out");
    let files = corpus();
    assert!(build::build(&files, &out, &opts(2)).errors.is_empty());
    let whole: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    let all = whole["findings"].as_array().unwrap().len();
    // The first act's stored findings are damaged after the build: the next run (which has
    // nothing to rebuild) names the file and writes the report without them.
    let first = out.join(".findings/000-6f385fbdd640c006.json");
    let lost = serde_json::from_slice::<serde_json::Value>(&std::fs::read(&first).unwrap())
        .unwrap()
        .as_array()
        .unwrap()
        .len();
    assert!(lost > 0);
    std::fs::write(&first, "[{\"rule\": ").unwrap();
    let s = build::build(&files, &out, &opts(2));
    assert_eq!(s.rebuilt, 0);
    assert_eq!(s.errors.len(), 1, "{:?}", s.errors);
    assert!(s.errors[0].file.ends_with("000-6f385fbdd640c006.json"));
    let partial: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    assert_eq!(partial["findings"].as_array().unwrap().len(), all - lost);
    // --force rebuilds the store and the full report.
    let forced = build::build(
        &files,
        &out,
        &Options {
            force: true,
            ..opts(2)
        },
    );
    assert!(forced.errors.is_empty());
    let again: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    assert_eq!(again, whole);
}
