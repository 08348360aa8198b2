//! The Word, web-page and PDF copies of each text of `reglaments/` (made by
//! `scripts/setup-formats.sh` into `target/formats/`) parse to the same model as the text and
//! give the same findings; only the places differ, and they are the copies' own.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use reglament::check::Finding;
use reglament::model::Place;
use reglament::parse::Sourced;
use serde_json::Value;

const STEMS: [&str; 4] = [
    "000_6f385fbdd640c006",
    "001_17a9bf27c86efb5e",
    "002_2973bc44dfc7985a",
    "003_1c2847d2c07c60cf",
];

/// The generated copies' directory, made once per test run when it is missing.
fn formats() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = root.join("target/formats");
        if !dir.join(".done").exists() {
            let status = std::process::Command::new("bash")
                .arg(root.join("scripts/setup-formats.sh"))
                .status()
                .expect("bash runs");
            assert!(
                status.success(),
                "scripts/setup-formats.sh failed: the copies in target/formats are missing"
            );
        }
        dir
    })
}

fn parse(path: &Path) -> Sourced {
    reglament::parse::parse_file_sourced(path, None)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn txt(stem: &str) -> Sourced {
    parse(&Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("reglaments/{stem}.txt")))
}

/// The model as JSON without its line numbers (the copies' lines are other lines) or file name.
fn without_lines(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|k, _| {
                !(k == "line" || k.ends_with("_line") || k == "lines" || k == "file")
            });
            map.values_mut().for_each(without_lines);
        }
        Value::Array(items) => items.iter_mut().for_each(without_lines),
        _ => {}
    }
}

fn model(s: &Sourced) -> Value {
    let mut v = serde_json::to_value(&s.document).unwrap();
    v.as_object_mut().unwrap().remove("encoding");
    without_lines(&mut v);
    v
}

/// The first place where two JSON values differ, for a readable failure.
fn first_difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .find_map(|(k, v)| match y.get(k) {
                Some(w) => first_difference(v, w, &format!("{at}.{k}")),
                None => Some(format!("{at}.{k} missing")),
            })
            .or_else(|| (x.len() != y.len()).then(|| format!("{at}: keys differ"))),
        (Value::Array(x), Value::Array(y)) => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_difference(v, w, &format!("{at}[{i}]")))
            .or_else(|| {
                (x.len() != y.len()).then(|| format!("{at}: {} vs {} entries", x.len(), y.len()))
            }),
        _ => (a != b).then(|| format!("{at}: {a} vs {b}")),
    }
}

fn same_model(copy: &str, stem: &str) {
    let want = model(&txt(stem));
    let got = model(&parse(&formats().join(copy)));
    if let Some(d) = first_difference(&want, &got, "") {
        panic!("{copy}: the model differs from {stem}.txt at {d}");
    }
}

/// Findings as (rule, severity, message, quotes): the same in every copy.
fn findings(s: &Sourced) -> Vec<(String, String, String, Vec<String>)> {
    let mut out: Vec<_> = reglament::check::check(&s.document)
        .into_iter()
        .map(|f: Finding| {
            (
                f.rule.to_string(),
                f.severity.as_str().to_string(),
                without_line_numbers(&f.message.text(reglament::i18n::Lang::En)),
                f.quotes,
            )
        })
        .collect();
    out.sort();
    out
}

/// A message with the line numbers it names blanked: the copies' lines are other lines.
fn without_line_numbers(message: &str) -> String {
    let mut out = String::new();
    for (i, part) in message.split("line ").enumerate() {
        if i > 0 {
            out.push_str("line ");
        }
        out.push_str(part.trim_start_matches(|c: char| c.is_ascii_digit()));
    }
    out
}

fn same_findings(copy: &str, stem: &str) {
    let want = findings(&txt(stem));
    let got = findings(&parse(&formats().join(copy)));
    assert_eq!(got.len(), want.len(), "{copy}: number of findings");
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w, "{copy}");
    }
}

#[test]
fn word_copies_with_typed_numbers_read_as_their_texts() {
    for stem in STEMS {
        same_model(&format!("{stem}.docx"), stem);
        same_findings(&format!("{stem}.docx"), stem);
    }
}

#[test]
fn word_copies_with_automatic_numbering_read_as_their_texts() {
    for stem in STEMS {
        same_model(&format!("{stem}.auto.docx"), stem);
        same_findings(&format!("{stem}.auto.docx"), stem);
    }
}

#[test]
fn saved_portal_pages_read_as_their_texts() {
    for stem in STEMS {
        same_model(&format!("{stem}.html"), stem);
        same_findings(&format!("{stem}.html"), stem);
    }
}

#[test]
fn pdf_copies_read_as_their_texts() {
    for stem in STEMS {
        same_model(&format!("{stem}.pdf"), stem);
        same_findings(&format!("{stem}.pdf"), stem);
    }
}

/// What a reader of the model compares first: each regulation's title and language, and each
/// list's kind, channel and items with their labels, actors and durations.
fn outline(s: &Sourced, with_tables: bool) -> Vec<String> {
    let mut out = Vec::new();
    for r in &s.document.reglaments {
        out.push(format!("{} [{}]", r.title, r.language.tag()));
        for l in &r.lists {
            if !with_tables && l.kind == reglament::model::ListKind::Table {
                continue;
            }
            out.push(format!(
                "  {} / {} ({} items)",
                l.kind.slug(),
                l.channel.slug(),
                l.items.len()
            ));
            for it in &l.items {
                let d = it
                    .duration
                    .as_ref()
                    .map(|d| (d.text.clone(), d.value, d.minutes));
                out.push(format!("    {} {:?} {:?}", it.label, it.actor, d));
            }
        }
    }
    out
}

/// The 2012 action tables of 003 have six and seven narrow columns whose cells wrap over many
/// lines of the PDF, with words longer than their column running over the next one; the reader
/// rebuilds their rows from the columns, so every table reads as in the text, cell for cell.
#[test]
fn pdf_copy_with_wrapped_table_cells_reads_its_tables_as_its_text() {
    let stem = STEMS[3];
    let pdf = parse(&formats().join(format!("{stem}.pdf")));
    let text = txt(stem);
    let tables = |s: &Sourced| -> Vec<Value> {
        let v = model(s);
        v["reglaments"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["lists"].as_array().unwrap().clone())
            .filter(|l| l["kind"] == "table")
            .collect()
    };
    let (want, got) = (tables(&text), tables(&pdf));
    // «1 кесте» to «3 кесте» of the first regulation (lines 210, 244, 272 of the text), «1
    // кесте» and «2 кесте» of the second (687, 714) and of the third (1211, 1236).
    assert_eq!(want.len(), 7);
    for (w, g) in want.iter().zip(&got) {
        if let Some(d) = first_difference(w, g, "table") {
            panic!("{stem}.pdf: a table differs from the text at {d}");
        }
    }
    assert_eq!(got.len(), want.len());
    assert_eq!(outline(&pdf, true), outline(&text, true));
}

/// ¶19 of 003 (line 206 of the text: «19. … техникалық шарттары: электрондық мемлекеттік
/// қызметке …») wraps in the PDF right after its colon, at the line's full width, before a word
/// in lower case: the PDF reads it as the one sentence of the text, cited by its first line
/// (page 7, line 17).
#[test]
fn a_sentence_wrapped_after_its_colon_reads_whole() {
    let stem = STEMS[3];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(format!("reglaments/{stem}.txt"))).unwrap();
    let want = reglament::parse::lines::logical_lines(&text)
        .into_iter()
        .find(|l| l.line == 206)
        .unwrap();
    assert!(want.text.contains("шарттары: электрондық"), "{}", want.text);
    let file = formats().join(format!("{stem}.pdf"));
    let bytes = std::fs::read(&file).unwrap();
    let pdf = reglament::read::read(&file.display().to_string(), &bytes, None).unwrap();
    let got = reglament::parse::lines::logical_lines(&pdf.text)
        .into_iter()
        .find(|l| l.text == want.text)
        .expect("the sentence is one logical line of the PDF");
    assert_eq!(
        pdf.source.place(got.line),
        Some(Place::Page { page: 7, line: 17 })
    );
}

/// Item 10) of the second regulation of 003 (line 624 of the text: «… қалыптастыру.
/// Электрондық құжат УО қызметкерінің ЭЦҚ пайдаланумен қалыптастырылады;») wraps in the PDF
/// after its full stop, at a full line, before a capital; the items of that text stand apart
/// by blank lines, so the block reads as the one item it is, cited by its first line (page 23,
/// line 3). The letter-spaced «к ө р с е т і л е / д і .» of line 1070, wrapped inside the word,
/// reads as the text's one word.
#[test]
fn a_sentence_wrapped_after_its_full_stop_reads_as_one_item() {
    let stem = STEMS[3];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(format!("reglaments/{stem}.txt"))).unwrap();
    let lines = reglament::parse::lines::logical_lines(&text);
    let file = formats().join(format!("{stem}.pdf"));
    let bytes = std::fs::read(&file).unwrap();
    let pdf = reglament::read::read(&file.display().to_string(), &bytes, None).unwrap();
    let pdf_lines = reglament::parse::lines::logical_lines(&pdf.text);
    let item = lines.iter().find(|l| l.line == 624).unwrap();
    assert!(
        item.text.contains("қалыптастыру. Электрондық құжат"),
        "{}",
        item.text
    );
    let got = pdf_lines
        .iter()
        .find(|l| l.text == item.text)
        .expect("the item is one logical line of the PDF");
    assert_eq!(
        pdf.source.place(got.line),
        Some(Place::Page { page: 23, line: 3 })
    );
    let spaced = lines.iter().find(|l| l.line == 1070).unwrap();
    assert!(
        spaced.text.contains("орган) көрсетіледі."),
        "{}",
        spaced.text
    );
    assert!(pdf_lines.iter().any(|l| l.text == spaced.text));
}

#[test]
fn every_copy_has_the_outline_of_its_text() {
    for stem in STEMS {
        let want = outline(&txt(stem), true);
        for copy in ["docx", "auto.docx", "html", "pdf"] {
            let got = outline(&parse(&formats().join(format!("{stem}.{copy}"))), true);
            assert_eq!(got, want, "{stem}.{copy}");
        }
    }
}

/// The first regulation of 000 starts at line 68 of the text («## **Регламент государственной
/// услуги**»), its 36th line with text: paragraph 36 of the Word copies (one paragraph per line
/// of text) and of the page (the heading block), page 3 of the PDF, line 3 below the running header.
#[test]
fn the_copies_cite_their_own_places() {
    let stem = STEMS[0];
    assert_eq!(txt(stem).document.reglaments[0].line, 68);
    for (copy, want) in [
        ("docx", Place::Paragraph { paragraph: 36 }),
        ("auto.docx", Place::Paragraph { paragraph: 36 }),
        ("pdf", Place::Page { page: 3, line: 3 }),
    ] {
        let s = parse(&formats().join(format!("{stem}.{copy}")));
        let line = s.document.reglaments[0].line;
        assert_eq!(s.source.place(line), Some(want), "{copy}");
    }
    // The text report of `check` names the places.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(["check", "--fail-on", "never"])
        .arg(formats().join(format!("{stem}.docx")))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    let first = report.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!(
            "{}, paragraph ",
            formats().join(format!("{stem}.docx")).display()
        )),
        "{first}"
    );
    assert!(!report.contains(".docx:"), "{report}");
}

/// The diagrams of a PDF copy name the page and line of every step beside its line.
#[test]
fn diagrams_of_a_pdf_name_pages() {
    let out = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(["bpmn", "-o"])
        .arg(out.path())
        .arg(formats().join(format!("{}.pdf", STEMS[2])))
        .status()
        .unwrap();
    assert!(status.success());
    let bpmn: Vec<String> = walk(out.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "bpmn"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(!bpmn.is_empty());
    for xml in &bpmn {
        assert!(
            xml.contains("<rg:diagram ") && xml.contains(" at=\"page "),
            "{xml}"
        );
        let sources: Vec<&str> = xml
            .split("<rg:source ")
            .skip(1)
            .map(|rest| &rest[..rest.find("/>").unwrap()])
            .collect();
        assert!(!sources.is_empty());
        for s in sources {
            assert!(s.contains(" at=\"page "), "{s}");
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A text file's model JSON is the document alone, byte for byte: the places are written only
/// for the other formats.
#[test]
fn a_text_files_json_has_no_places() {
    for stem in STEMS {
        let s = txt(stem);
        assert!(s.source.is_text());
        assert_eq!(
            serde_json::to_string_pretty(&s).unwrap(),
            serde_json::to_string_pretty(&s.document).unwrap()
        );
    }
    let pdf = parse(&formats().join(format!("{}.pdf", STEMS[1])));
    let v = serde_json::to_value(&pdf).unwrap();
    assert_eq!(v["source"]["format"], "pdf");
    assert_eq!(
        v["source"]["places"][0],
        serde_json::json!({"page": 1, "line": 1})
    );
}

/// The words a built diagram shows: every text node of its SVG, joined by single spaces (a
/// place may be wrapped over two lines of a note).
fn svg_words(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    texts
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds one copy of 000 and returns the words of its diagrams that mark disputed steps, and
/// its index page.
fn disputed_diagrams(copy: &str) -> (Vec<String>, String) {
    let out = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(["build", "-q", "--lang", "ru", "-o"])
        .arg(out.path())
        .arg(formats().join(format!("{}.{copy}", STEMS[0])))
        .status()
        .unwrap();
    assert!(status.success());
    let words: Vec<String> = walk(out.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "svg"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|svg| svg.contains("disputes"))
        .map(|svg| svg_words(&svg))
        .collect();
    let index = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    (words, index)
}

/// The line under a diagram's title and the notes on its disputed steps cite places as the
/// findings do: a Word copy's paragraphs, a PDF copy's pages and lines; so does the index page.
#[test]
fn dispute_notes_of_word_and_pdf_copies_cite_their_places() {
    // 000 ¶5 gives step 4 «1 рабочий день», ¶8 «6 рабочих дней» (text lines 102 and 140).
    let (pdf, index) = disputed_diagrams("pdf");
    assert!(!pdf.is_empty());
    for words in &pdf {
        assert!(words.contains("Диаграмма построена по ¶"), "{words}");
        assert!(words.contains("Расхождения между повторяющимися списками"));
        // Every «строка» the diagram prints is the line of a page.
        let lines = words.matches("строка ").count();
        let pages = words.matches(", строка ").count();
        assert!(lines > 0 && lines == pages, "{words}");
        assert!(words.contains("страница "), "{words}");
    }
    // The regulations' lines on the index page: «страница 3, строка 3» for the first.
    assert!(
        index.contains("class=\"muted\">страница 3, строка 3<"),
        "{index}"
    );
    let (docx, index) = disputed_diagrams("docx");
    assert!(!docx.is_empty());
    for words in &docx {
        assert!(words.contains("абзац "), "{words}");
        assert!(!words.contains("строка "), "{words}");
    }
    assert!(index.contains("class=\"muted\">абзац "), "{index}");
    assert!(!index.contains("строка "), "{index}");
}
