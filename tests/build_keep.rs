//! The main job never loses earlier work: a missing or failing input leaves its outputs, the
//! index and the reports listing every act whose outputs remain; outputs go only when their
//! input was read again or is gone from a directory read whole (or on `--prune`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reglament-keep-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A working folder with the corpus in `reglaments/`, as a user keeps it.
fn workspace(name: &str) -> PathBuf {
    let work = temp(name);
    std::fs::create_dir_all(work.join("reglaments")).unwrap();
    for e in std::fs::read_dir(root().join("reglaments")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, work.join("reglaments").join(p.file_name().unwrap())).unwrap();
    }
    work
}

/// Runs the binary in `dir` with its output piped; exit code and standard error.
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

fn diagrams(t: &BTreeMap<String, Vec<u8>>) -> usize {
    t.keys().filter(|k| k.ends_with(".svg")).count()
}

#[test]
fn a_mistyped_input_deletes_nothing() {
    let work = workspace("typo");
    let (code, err) = reglament(&["build", "-o", "pub"], &work);
    assert_eq!(code, 0, "{err}");
    let published = tree(&work.join("pub"));
    assert_eq!(diagrams(&published), 68);

    let (code, err) = reglament(&["build", "reglaments/typo.txt", "-o", "pub"], &work);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("reglaments/typo.txt: no such file"), "{err}");
    assert!(
        published == tree(&work.join("pub")),
        "a run that read nothing changed the published folder"
    );
}

fn totals(out: &Path) -> String {
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let at = index.find("Актов: ").expect("the index prints its totals");
    index[at..at + index[at..].find('.').unwrap()].to_string()
}

#[test]
fn one_file_built_into_a_published_folder_leaves_the_other_acts_listed() {
    let work = workspace("one");
    assert_eq!(reglament(&["build", "-o", "pub"], &work).0, 0);
    let published = tree(&work.join("pub"));
    let all = totals(&work.join("pub"));
    assert!(
        all.starts_with("Актов: 4, регламентов: 26, диаграмм: 68"),
        "{all}"
    );

    // An edition of one act: only its outputs (and the pages that list it) change.
    let kk = work.join("reglaments/002_2973bc44dfc7985a.txt");
    let text = std::fs::read_to_string(&kk).unwrap();
    let edited = text.replace(
        "Жергілікті өкілді органдардың шешімдері бойынша мұқтаж",
        "Аудандық өкілді органдардың шешімдері бойынша мұқтаж",
    );
    assert_ne!(edited, text);
    std::fs::write(&kk, edited).unwrap();
    let (code, err) = reglament(
        &["build", "reglaments/002_2973bc44dfc7985a.txt", "-o", "pub"],
        &work,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("3 acts built earlier from files not named here stay listed as before"),
        "{err}"
    );
    let now = tree(&work.join("pub"));
    assert_eq!(diagrams(&now), 68);
    assert_eq!(totals(&work.join("pub")), all);
    for (rel, bytes) in &published {
        let listing = rel.starts_with("report.") || rel == "index.html";
        if !rel.starts_with("002-") && !rel.starts_with('.') && !listing {
            assert_eq!(now.get(rel), Some(bytes), "{rel} changed");
        }
    }
    // --check of the same run finds it up to date, the kept acts included.
    let (code, err) = reglament(
        &[
            "build",
            "reglaments/002_2973bc44dfc7985a.txt",
            "-o",
            "pub",
            "--check",
        ],
        &work,
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("\npub is up to date ("), "{err}");
    assert!(!now.keys().any(|k| k.contains("zhergilikti-okildi")));
    assert!(now.keys().any(|k| k.contains("audandyk-okildi")));
    // Every act is still in the report, and the whole folder is what a full build makes.
    let report = std::fs::read_to_string(work.join("pub/report.json")).unwrap();
    assert!(report.contains("\"files\": 4"), "{report:.400}");
    assert_eq!(reglament(&["build", "-o", "full"], &work).0, 0);
    let full = tree(&work.join("full"));
    let strip = |t: &BTreeMap<String, Vec<u8>>| -> Vec<String> {
        t.keys().filter(|k| !k.starts_with('.')).cloned().collect()
    };
    assert_eq!(strip(&now), strip(&full));
    assert!(
        strip(&now).iter().all(|k| now[k] == full[k]),
        "a build of one file differs from a full build"
    );
}

#[test]
fn outputs_go_only_when_their_input_is_gone_from_a_folder_read_whole_or_pruned() {
    let work = workspace("gone");
    assert_eq!(reglament(&["build", "-o", "pub"], &work).0, 0);
    std::fs::remove_file(work.join("reglaments/003_1c2847d2c07c60cf.txt")).unwrap();

    // Files named one by one: the missing act stays.
    let (code, err) = reglament(
        &["build", "reglaments/000_6f385fbdd640c006.txt", "-o", "pub"],
        &work,
    );
    assert_eq!(code, 0, "{err}");
    assert!(work.join("pub/003-1c2847d2c07c60cf/model.json").is_file());
    assert!(totals(&work.join("pub")).starts_with("Актов: 4"));

    // --prune removes what a vanished input made.
    let pruned = temp("gone-pruned");
    copy_tree(&work.join("pub"), &pruned);
    let (code, err) = reglament(
        &[
            "build",
            "reglaments/000_6f385fbdd640c006.txt",
            "-o",
            pruned.to_str().unwrap(),
            "--prune",
        ],
        &work,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("removed the outputs of 1 act whose file is gone"),
        "{err}"
    );
    assert!(!pruned.join("003-1c2847d2c07c60cf").exists());
    assert!(!pruned.join(".findings/003-1c2847d2c07c60cf.json").exists());
    assert!(totals(&pruned).starts_with("Актов: 3"));

    // The folder read whole no longer holds it: its outputs go, the others stay.
    let (code, err) = reglament(&["build", "-o", "pub"], &work);
    assert_eq!(code, 0, "{err}");
    assert!(!work.join("pub/003-1c2847d2c07c60cf").exists());
    assert!(totals(&work.join("pub")).starts_with("Актов: 3"));
    assert_eq!(
        tree(&work.join("pub"))
            .keys()
            .filter(|k| !k.starts_with('.'))
            .collect::<Vec<_>>(),
        tree(&pruned)
            .keys()
            .filter(|k| !k.starts_with('.'))
            .collect::<Vec<_>>()
    );
}

fn copy_tree(from: &Path, to: &Path) {
    for (rel, bytes) in tree(from) {
        let dst = to.join(rel);
        std::fs::create_dir_all(dst.parent().unwrap()).unwrap();
        std::fs::write(dst, bytes).unwrap();
    }
}

#[test]
fn files_no_build_made_are_never_removed() {
    let work = workspace("foreign");
    assert_eq!(reglament(&["build", "-o", "pub"], &work).0, 0);
    let act = work.join("pub/002-2973bc44dfc7985a");
    std::fs::write(act.join("notes.svg"), "<svg/>").unwrap();
    std::fs::write(work.join("pub/README.md"), "our справочник").unwrap();
    let (code, err) = reglament(&["build", "-o", "pub", "--force"], &work);
    assert_eq!(code, 0, "{err}");
    assert!(act.join("notes.svg").is_file());
    assert!(work.join("pub/README.md").is_file());
    // --check still tells they are not what the inputs make.
    let (code, err) = reglament(&["build", "-o", "pub", "--check"], &work);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("stale: pub/002-2973bc44dfc7985a/notes.svg (extra)")
            && err.contains("stale: pub/README.md (extra)"),
        "{err}"
    );
}

#[test]
fn a_manifest_of_another_version_still_says_what_the_build_made() {
    let work = workspace("version");
    assert_eq!(reglament(&["build", "-o", "pub"], &work).0, 0);
    // An output an earlier version made under a name this one no longer uses.
    let old = "002-2973bc44dfc7985a/zhergilikti-okildi-organdardyn-sheshimderi-boiyn/old.svg";
    std::fs::write(work.join("pub").join(old), "<svg/>").unwrap();
    let manifest = work.join("pub/.manifest.json");
    let mut m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&manifest).unwrap()).unwrap();
    m["version"] = "0.0.1".into();
    let entry = m["files"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["act"] == "002-2973bc44dfc7985a")
        .unwrap();
    entry["outputs"].as_array_mut().unwrap().push(old.into());
    std::fs::write(&manifest, serde_json::to_vec(&m).unwrap()).unwrap();

    let (code, err) = reglament(&["build", "-o", "pub"], &work);
    assert_eq!(code, 0, "{err}");
    // Another version's hashes spare nothing: every input is parsed again.
    assert!(err.starts_with("built 4 files (4 parsed)"), "{err}");
    assert!(!work.join("pub").join(old).exists());
    assert_eq!(diagrams(&tree(&work.join("pub"))), 68);
    let (code, err) = reglament(&["build", "-o", "pub", "--check"], &work);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_published_act_keeps_its_address_when_a_namesake_comes_first() {
    use reglament::build::{self, Options};
    let work = temp("address");
    let kk = root().join("reglaments/002_2973bc44dfc7985a.txt");
    for d in ["a", "b"] {
        std::fs::create_dir_all(work.join(d)).unwrap();
        std::fs::copy(&kk, work.join(d).join("Акт.txt")).unwrap();
    }
    let out = work.join("out");
    let (a, b) = (work.join("a/Акт.txt"), work.join("b/Акт.txt"));
    let s = build::build(std::slice::from_ref(&b), &out, &Options::default());
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    let published = tree(&out.join("akt"));

    let s = build::build(&[a.clone(), b.clone()], &out, &Options::default());
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    assert!(published == tree(&out.join("akt")), "b's act moved");
    assert!(out.join("akt-2/model.json").is_file());
    let model = std::fs::read_to_string(out.join("akt-2/model.json")).unwrap();
    assert!(model.contains(&format!("\"file\": \"{}\"", a.display())));
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(totals(&out).starts_with("Актов: 2"), "{}", totals(&out));
    assert!(index.contains("akt-2/"));
}
