//! The printed справочник `build --pdf` writes beside each act's diagrams (`<act>/spravochnik.pdf`),
//! read back with poppler-utils (`bash scripts/setup-pdf.sh`): one page per diagram, the bundled
//! DejaVu fonts embedded, the text kept as text (notes on disputed steps included), the same
//! bytes on every build; `--png` writes a PNG beside every SVG.

use std::path::{Path, PathBuf};
use std::process::Command;

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reglament-pdf-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// What a poppler tool prints for `args`.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} cannot run ({e}): run `bash scripts/setup-pdf.sh` (poppler-utils)")
        });
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn corpus(names: &[&str]) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments");
    names.iter().map(|n| dir.join(n)).collect()
}

/// Files under `dir` whose names end in `ext`.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    out.sort();
    out
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn every_act_gets_a_book_of_its_diagrams_with_the_fonts_inside() {
    let work = temp("book");
    let out = work.join("out");
    let inputs = corpus(&["000_6f385fbdd640c006.txt", "002_2973bc44dfc7985a.txt"]);
    let opts = reglament::build::Options {
        pdf: true,
        ..Default::default()
    };
    let s = reglament::build::build(&inputs, &out, &opts);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    for (act, pages) in [("000-6f385fbdd640c006", 30), ("002-2973bc44dfc7985a", 3)] {
        let dir = out.join(act);
        let pdf = dir.join(reglament::build::PDF_NAME);
        assert_eq!(files(&dir, "svg").len(), pages, "{act}");
        let info = poppler("pdfinfo", &[], &pdf);
        assert!(
            info.lines()
                .any(|l| l.starts_with("Pages:") && l.ends_with(&format!(" {pages}"))),
            "{act}: {info}"
        );
        // Every font is DejaVu Sans, embedded as a subset, with a Unicode map (searchable text).
        let fonts = poppler("pdffonts", &[], &pdf);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{act}: {fonts}");
        for row in &rows {
            assert!(row.contains("+DejaVuSans"), "{act}: {row}");
            assert!(row.contains("yes yes yes"), "{act}: {row}");
        }
        assert!(rows.iter().any(|r| r.contains("DejaVuSans-Bold")), "{act}");
    }
    // 000 ¶5 item 4 (line 102) gives «в течение 1 (одного) рабочего дня», ¶8 item 4 (line 140)
    // «в течение 6 (шести) рабочих дней»: the first page draws ¶8 (line 132) and notes both.
    let pdf = out
        .join("000-6f385fbdd640c006")
        .join(reglament::build::PDF_NAME);
    let first = poppler("pdftotext", &["-f", "1", "-l", "1"], &pdf);
    assert!(
        first.contains("Диаграмма построена по ¶8, строка 132"),
        "{first}"
    );
    assert!(first.contains("Расхождения между повторяющимися списками:"));
    assert!(
        first.contains(
            "1. Действие 4 — срок: ¶5: 1 раб. день, строка 102 · ¶8: 6 раб. дней, строка 140"
        ),
        "{first}"
    );
    // 002 is Kazakh: its first page says so in Kazakh (¶8 starts at line 68).
    let pdf = out
        .join("002-2973bc44dfc7985a")
        .join(reglament::build::PDF_NAME);
    let first = poppler("pdftotext", &["-f", "1", "-l", "1"], &pdf);
    assert!(
        first.contains("Диаграмма ¶8 бойынша құрылған, 68-жол"),
        "{first}"
    );
    assert!(first.contains("Қайталанатын тізімдер арасындағы алшақтықтар:"));

    // The same inputs built again give the same bytes.
    let again = work.join("again");
    let s = reglament::build::build(&inputs, &again, &opts);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    for act in ["000-6f385fbdd640c006", "002-2973bc44dfc7985a"] {
        let name = reglament::build::PDF_NAME;
        assert!(
            std::fs::read(out.join(act).join(name)).unwrap()
                == std::fs::read(again.join(act).join(name)).unwrap(),
            "{act}: the PDF differs between two builds"
        );
    }
}

#[test]
fn png_beside_every_svg_when_asked_and_an_unchanged_input_is_drawn_again_for_them() {
    let work = temp("png");
    let out = work.join("out");
    let inputs = corpus(&["003_1c2847d2c07c60cf.txt"]);
    let s = reglament::build::build(&inputs, &out, &Default::default());
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    assert!(files(&out, "png").is_empty());
    let opts = reglament::build::Options {
        png: true,
        ..Default::default()
    };
    let s = reglament::build::build(&inputs, &out, &opts);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    assert_eq!(s.rebuilt, 1, "built again for its images");
    let svgs = files(&out, "svg");
    let pngs = files(&out, "png");
    assert_eq!(svgs.len(), 7);
    assert_eq!(
        pngs,
        svgs.iter()
            .map(|p| p.with_extension("png"))
            .collect::<Vec<_>>()
    );
    for p in &pngs {
        assert!(
            std::fs::read(p).unwrap().starts_with(b"\x89PNG"),
            "{}",
            p.display()
        );
    }
    // Unchanged, with the images there: nothing to do.
    let s = reglament::build::build(&inputs, &out, &opts);
    assert_eq!(s.rebuilt, 0);
}
