//! The index page as a reader meets it, in headless Chromium: acts titled by their decree (not
//! their file's name), every image described by its regulation and channel, each diagram's
//! steps as text beside it in a collapsed `<details>`, Kazakh acts captioned in Kazakh, and a
//! link to each act's printed справочник when the build wrote it (`--pdf`).

use std::path::{Path, PathBuf};

mod browser_support;
use browser_support::chromium;

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "reglament-index-page-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Every value of `attr="…"` in `dom` on tags starting with `tag`.
fn attrs<'a>(dom: &'a str, tag: &str, attr: &str) -> Vec<&'a str> {
    dom.split(tag)
        .skip(1)
        .filter_map(|rest| {
            let rest = &rest[..rest.find('>').unwrap_or(rest.len())];
            let at = rest.find(&format!("{attr}=\""))? + attr.len() + 2;
            Some(&rest[at..at + rest[at..].find('"')?])
        })
        .collect()
}

#[test]
fn acts_images_and_steps_read_as_text_in_their_language() {
    let work = temp("corpus");
    let out = work.join("out");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    files.sort();
    let opts = reglament::build::Options {
        pdf: true,
        ..Default::default()
    };
    let s = reglament::build::build(&files, &out, &opts);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    let dom = chromium(&out.join("index.html"), &["--dump-dom".to_string()], &work);

    // The acts' own titles: 000 line 3, 001 lines 2–4 (one title wrapped over three lines),
    // 003 line 3; 002 prints no decree, only the annex header of lines 1–3.
    let titles: Vec<&str> = dom
        .split("<section class=\"act\"")
        .skip(1)
        .filter_map(|s| Some(&s[s.find("<h2>")? + 4..s.find("</h2>")?]))
        .collect();
    assert_eq!(
        titles,
        [
            "О внесении изменений в постановление акимата Жамбылской области от 27 июля 2015 года № 158 \"Об утверждении регламентов государственных услуг в социально-трудовой сфере\"",
            "О внесении изменений в постановление акимата города Алматы от 9 сентября 2015 года № 3/539 \"Об утверждении регламентов государственных услуг в сфере социальной защиты, предоставляемых в городе Алматы\"",
            "Солтүстік Қазақстан облысы әкімдігінің 2018 жылғы 28 мамырдағы № 149 қаулысына 3-қосымша",
            "Әлеуметтік қорғау саласындағы электрондық мемлекеттік қызметтердің регламенттерін бекіту туралы",
        ]
    );
    // The Kazakh acts are marked and captioned in Kazakh.
    assert_eq!(
        dom.matches("<section class=\"act\" id=\"a3\" lang=\"kk\">")
            .count(),
        1
    );
    assert_eq!(
        dom.matches("<section class=\"act\" id=\"a4\" lang=\"kk\">")
            .count(),
        1
    );
    assert!(dom.contains("Регламенттер: 3."));
    assert!(dom.contains("<figcaption>«Электрондық үкімет» порталы<a"));

    // Every image is described by its regulation and its channel.
    let alts = attrs(&dom, "<img ", "alt");
    assert_eq!(alts.len(), 68);
    for alt in &alts {
        assert!(
            (alt.starts_with("Диаграмма регламента «") && alt.contains("», канал: "))
                || alt.contains("» регламентінің диаграммасы, арна: "),
            "{alt}"
        );
    }
    assert!(alts.contains(
        &"«Жұмыссыз азаматтарға анықтама беру» регламентінің диаграммасы, арна: Көрсетілетін қызметті беруші"
    ));

    // Each diagram's steps beside it, collapsed; the text is the step's whole action.
    assert_eq!(dom.matches("<details>").count(), 68);
    assert!(!dom.contains("<details open"));
    // 000 ¶8 item 4 (line 140): done by the responsible executor in 6 working days.
    assert!(dom.contains(
        "<li>Действие 4 — Ответственный исполнитель услугодателя: ответственный исполнитель услугодателя готовит уведомление о назначении (отказе в назначении) в бумажном виде и направляет на подпись руководителю услугодателя в течение 6 (шести) рабочих дней (6 раб. дней)</li>"
    ));
    assert!(dom.contains("<summary>Диаграмма рәсімдері мәтінмен ("));
    assert!(dom.contains("<summary>Процедуры диаграммы текстом ("));

    // Each act links its printed справочник, which is there.
    let books: Vec<&str> = attrs(&dom, "<a ", "href")
        .into_iter()
        .filter(|h| h.ends_with(".pdf"))
        .collect();
    assert_eq!(books.len(), 4);
    for b in books {
        assert!(out.join(b).is_file(), "{b}");
    }
}
