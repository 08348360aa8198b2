//! `reglament compare` from the command line: its three formats on an edited diagram of
//! reglaments/000_6f385fbdd640c006.txt («Назначение государственной адресной социальной
//! помощи»: ¶7 lists «2) руководитель услугодателя;» at line 128), and the exit code 2 with the
//! file and line for what cannot be compared.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "reglament-compare-cli-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The provider diagram of the first regulation of reglaments/000, as `reglament bpmn` writes it.
fn generated(work: &Path) -> String {
    let out = work.join("out");
    let (code, _, err) = run(&[
        "bpmn",
        "reglaments/000_6f385fbdd640c006.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(
        out.join(
            "000-6f385fbdd640c006/naznachenie-gosudarstvennoi-adresnoi-sotsialnoi/provider.bpmn",
        ),
    )
    .unwrap()
}

#[test]
fn a_renamed_lane_in_every_format() {
    let work = temp_dir("formats");
    let xml = generated(&work).replace(
        "name=\"Руководитель услугодателя\"",
        "name=\"Заместитель руководителя\"",
    );
    let file = work.join("edited.bpmn");
    std::fs::write(&file, xml).unwrap();
    let file = file.to_str().unwrap();
    let (code, text, _) = run(&["compare", file]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "reglaments/000_6f385fbdd640c006.txt:128: lane-renamed: R1_provider_Lane_3 «Заместитель руководителя»: \
         дорожка переименована: в тексте «Руководитель услугодателя», в диаграмме «Заместитель руководителя»"
    );
    // The summary speaks the regulation's language unless --lang names another; the
    // regulation's title is line 68 of the text.
    assert_eq!(
        lines[1],
        format!(
            "1 расхождение между {file} и reglaments/000_6f385fbdd640c006.txt, «Назначение государственной адресной социальной помощи» (строка 68), канал provider (R1_provider)"
        )
    );
    let summary = |lang: &str| {
        let (code, text, _) = run(&["compare", file, "--lang", lang]);
        assert_eq!(code, 1);
        text.lines().nth(1).unwrap().to_string()
    };
    assert_eq!(
        summary("en"),
        format!(
            "1 departure of {file} from reglaments/000_6f385fbdd640c006.txt, «Назначение государственной адресной социальной помощи» (line 68), channel provider (R1_provider)"
        )
    );
    assert_eq!(
        summary("kk"),
        format!(
            "{file} файлы мен reglaments/000_6f385fbdd640c006.txt мәтіні арасында 1 айырмашылық, «Назначение государственной адресной социальной помощи» (68-жол), provider арнасы (R1_provider)"
        )
    );
    let (code, md, _) = run(&["compare", file, "--format", "markdown"]);
    assert_eq!(code, 1);
    assert!(md.starts_with("# Диаграмма и её текст\n"), "{md}");
    assert!(
        md.contains(
            "| строка 128 | `lane-renamed` | `R1_provider_Lane_3` «Заместитель руководителя» |"
        ),
        "{md}"
    );
    let (_, md, _) = run(&["compare", file, "--format", "markdown", "--lang", "en"]);
    assert!(
        md.contains(
            "| line 128 | `lane-renamed` | `R1_provider_Lane_3` «Заместитель руководителя» |"
        ),
        "{md}"
    );
    let (code, json, _) = run(&[
        "compare",
        file,
        "reglaments/000_6f385fbdd640c006.txt",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["diagram"], "R1_provider");
    assert_eq!(v["channel"], "provider");
    assert_eq!(v["departures"][0]["text"], "Руководитель услугодателя");
    assert_eq!(v["summary"]["by_kind"]["lane-renamed"], 1);
}

#[test]
fn what_cannot_be_compared_exits_2_naming_the_file() {
    let work = temp_dir("errors");
    let broken = work.join("broken.bpmn");
    std::fs::write(
        &broken,
        "<?xml version=\"1.0\"?>\n<bpmn:definitions>\n<a>\n</b>\n",
    )
    .unwrap();
    let (code, out, err) = run(&["compare", broken.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with(&format!(
            "error: {}:2: not well-formed XML",
            broken.display()
        )),
        "{err}"
    );

    // A diagram compared with a text that draws nothing like it.
    let file = work.join("provider.bpmn");
    std::fs::write(&file, generated(&work)).unwrap();
    let (code, _, err) = run(&[
        "compare",
        file.to_str().unwrap(),
        "reglaments/003_1c2847d2c07c60cf.txt",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "no regulation channel of reglaments/003_1c2847d2c07c60cf.txt draws this diagram"
        ),
        "{err}"
    );

    // The text the diagram names is gone.
    let moved = generated(&work).replace("file=\"reglaments/000_", "file=\"gone/000_");
    std::fs::write(&file, moved).unwrap();
    let (code, _, err) = run(&["compare", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "the diagram was drawn from gone/000_6f385fbdd640c006.txt, which is not there"
        ),
        "{err}"
    );
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

#[test]
fn keeping_an_untouched_layout_writes_the_same_bytes_and_a_broken_file_is_named() {
    let work = temp_dir("keep");
    let (a, b) = (work.join("a"), work.join("b"));
    let text = "reglaments/003_1c2847d2c07c60cf.txt";
    let (code, _, err) = run(&["build", text, "-o", a.to_str().unwrap(), "--quiet"]);
    assert_eq!(code, 0, "{err}");
    let broken = work.join("broken.bpmn");
    std::fs::write(&broken, "<bpmn:definitions xmlns:bpmn=\"x\">\n<a>\n</b>\n").unwrap();
    let (code, _, err) = run(&[
        "build",
        text,
        "-o",
        b.to_str().unwrap(),
        "--quiet",
        "--keep-layout",
        a.to_str().unwrap(),
        "--keep-layout",
        broken.to_str().unwrap(),
    ]);
    // The broken file is named with its line; the build still ran over the rest.
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!(
            "error: {}:3: not well-formed XML",
            broken.display()
        )),
        "{err}"
    );
    // Every kept layout was drawn over: none is reported unused.
    assert!(!err.contains("was not used"), "{err}");
    // A layout of a text this build does not read is named as unused.
    let other = work.join("unused.bpmn");
    std::fs::write(&other, generated(&work)).unwrap();
    let (code, _, err) = run(&[
        "build",
        text,
        "-o",
        work.join("c").to_str().unwrap(),
        "--quiet",
        "--keep-layout",
        other.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "warning: {}: no diagram of this build draws its process A000_6f385fbdd640c006_R1_provider, so its layout was not used",
            other.display()
        )),
        "{err}"
    );
    let mut drawn = Vec::new();
    files(&a, "bpmn", &mut drawn);
    files(&a, "svg", &mut drawn);
    assert!(drawn.len() >= 12, "{}", drawn.len());
    for f in drawn {
        let kept = b.join(f.strip_prefix(&a).unwrap());
        assert_eq!(
            std::fs::read(&f).unwrap(),
            std::fs::read(&kept).unwrap(),
            "{}",
            kept.display()
        );
    }
}
