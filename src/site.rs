//! `output/index.html`: one static page listing every act, regulation and channel with its
//! diagram, for publishing the справочник on a website or opening it straight from disk.
//!
//! Diagrams are linked with relative `<img src>` (never inlined: a large corpus has tens of
//! thousands of them), so the page works over `file://` and on any static host. No scripts, CSS
//! inline, every text from a regulation escaped.

use serde::{Deserialize, Serialize};

use crate::captions;
use crate::model::{Channel, Language, Place};
use crate::report::html::escape;

/// The steps of an act's diagrams as text: per regulation, per diagram, one line per step.
pub type ActSteps = Vec<Vec<Vec<String>>>;

/// The steps of a diagram as the index page lists them beside it: the box's heading, the lane
/// and the whole action, with the duration in the справочник's short units.
pub fn steps(d: &crate::layout::Diagram) -> Vec<String> {
    use crate::layout::label::{action_text, duration_short, task_heading};
    d.nodes
        .iter()
        .filter(|n| n.kind == crate::layout::NodeKind::Task)
        .map(|n| {
            let mut line = String::new();
            if let Some(h) = task_heading(n.step, &n.name, d.language) {
                line.push_str(&h);
                line.push_str(" — ");
            }
            if let Some(lane) = d.lanes.get(n.lane) {
                line.push_str(&lane.name);
                line.push_str(": ");
            }
            let action = action_text(n.step, &n.name);
            let action = crate::layout::label::own_number(action).map_or(action, |(_, r)| r);
            line.push_str(action);
            if let Some(dur) = &n.duration {
                line.push_str(" (");
                line.push_str(&duration_short(dur, d.language));
                line.push(')');
            }
            line
        })
        .collect()
}

/// One input file (act) of the справочник.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Act {
    /// The input path as given.
    pub file: String,
    /// The act's title as its decree prints it (the file's name when it prints none).
    pub title: String,
    /// True when the act's printed справочник was written (`build --pdf`).
    pub book: bool,
    /// The act's directory under the output directory.
    pub dir: String,
    pub reglaments: Vec<Reglament>,
}

/// One regulation of an act and what was drawn for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reglament {
    pub title: String,
    /// Line of the heading in the input file.
    pub line: u32,
    /// Where that line stands in a file that is not plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    pub language: Language,
    /// The regulation's directory under the act's directory.
    pub dir: String,
    pub diagrams: Vec<Diagram>,
    /// Findings of the checker: errors, warnings, info.
    pub findings: [usize; 3],
}

/// One channel's process diagram (`<name>.svg` and `<name>.bpmn` in the regulation's directory).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagram {
    pub channel: Channel,
    /// The scenario of a list split into several («при выдаче разрешения»).
    pub scenario: Option<String>,
    /// File stem of the diagram files.
    pub name: String,
}

const STYLE: &str = r#"
:root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0b5d8a; --err: #b42318; --warn: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; font: 16px/1.45 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .5rem; padding-top: .75rem; border-top: 2px solid var(--line); overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .35rem; }
a { color: var(--accent); }
.muted, .file { color: var(--muted); font-size: .9rem; }
.file { font-family: "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
nav ol { padding-left: 1.5rem; columns: 2 24rem; }
nav li { margin: .15rem 0; break-inside: avoid; }
.counts { display: inline-block; margin-left: .5rem; font-size: .85rem; white-space: nowrap; vertical-align: middle; }
.counts a { text-decoration: none; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .8rem; font-weight: bold; color: #fff; }
.badge.error { background: var(--err); } .badge.warning { background: var(--warn); } .badge.info { background: var(--muted); }
.badge.clean { background: #1a7f37; }
figure { margin: .75rem 0 1.25rem; padding: .5rem; border: 1px solid var(--line); border-radius: 6px; }
figure img { display: block; max-width: 100%; height: auto; background: #fff; }
figcaption { margin-bottom: .4rem; font-weight: bold; }
figcaption a { font-weight: normal; font-size: .9rem; margin-left: .75rem; }
details { margin-top: .5rem; } summary { cursor: pointer; color: var(--accent); }
ol.steps { margin: .35rem 0 0; padding-left: 1.5rem; font-size: .9rem; } ol.steps li { margin: .2rem 0; }
@media (max-width: 40rem) { body { padding: .5rem; font-size: 15px; } nav ol { columns: 1; } }
"#;

/// The findings badges of one regulation, linked to its section of the report when it has one.
fn badges(r: &Reglament, anchor: Option<&str>) -> String {
    let [e, w, i] = r.findings;
    let [clean, errors, warnings, infos] = captions::findings_badges(r.language);
    if e + w + i == 0 {
        return format!("<span class=\"counts\"><span class=\"badge clean\">{clean}</span></span>");
    }
    let mut s = String::from("<span class=\"counts\">");
    if let Some(a) = anchor {
        s.push_str(&format!("<a href=\"{}\">", escape(a)));
    }
    let mut first = true;
    for (n, class, label) in [
        (e, "error", errors),
        (w, "warning", warnings),
        (i, "info", infos),
    ] {
        if n > 0 {
            // A thin space, not a blank: whitespace inside the link would be underlined.
            if !first {
                s.push('\u{2009}');
            }
            first = false;
            s.push_str(&format!(
                "<span class=\"badge {class}\">{label}: {n}</span>"
            ));
        }
    }
    if anchor.is_some() {
        s.push_str("</a>");
    }
    s.push_str("</span>");
    s
}

/// The index page. `acts` must be sorted by file name, as the report is: the report's anchors
/// (`act-<n>-l<line>`) number the acts that have findings in that order. `steps` holds each
/// act's [`ActSteps`] (missing ones list no steps). `report` is the report page to link
/// (relative), if one is written.
pub fn index(acts: &[Act], steps: &[ActSteps], report: Option<&str>) -> String {
    let mut page = String::new();
    let mut steps_of = |i: usize| steps.get(i).cloned().unwrap_or_default();
    write_index(acts, report, &mut steps_of, &mut |chunk| {
        page.push_str(chunk)
    });
    page
}

/// The language an act's own headings are written in: Kazakh when all its regulations are.
fn act_language(a: &Act) -> Language {
    if !a.reglaments.is_empty() && a.reglaments.iter().all(|r| r.language == Language::Kk) {
        Language::Kk
    } else {
        Language::Ru
    }
}

/// [`index`], handed to `write` act by act, so a page for a large tree is never held whole;
/// `steps` gives the steps of the act at a position in `acts` when it is written.
pub fn write_index(
    acts: &[Act],
    report: Option<&str>,
    steps: &mut dyn FnMut(usize) -> ActSteps,
    write: &mut dyn FnMut(&str),
) {
    let regs: usize = acts.iter().map(|a| a.reglaments.len()).sum();
    let diagrams: usize = acts
        .iter()
        .flat_map(|a| &a.reglaments)
        .map(|r| r.diagrams.len())
        .sum();
    let findings: usize = acts
        .iter()
        .flat_map(|a| &a.reglaments)
        .map(|r| r.findings.iter().sum::<usize>())
        .sum();
    let mut out = String::with_capacity(1 << 16);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self'; style-src 'unsafe-inline'\">\n\
         <title>Справочник бизнес-процессов государственных услуг</title>\n",
    );
    out.push_str(&format!(
        "<style>{STYLE}</style>\n</head>\n<body>\n<header>\n"
    ));
    out.push_str("<h1>Справочник бизнес-процессов государственных услуг</h1>\n");
    out.push_str(&format!(
        "<p id=\"totals\" class=\"muted\">Актов: {}, регламентов: {regs}, диаграмм: {diagrams}, замечаний проверки: {findings}.",
        acts.len()
    ));
    if let Some(r) = report {
        out.push_str(&format!(
            " <a id=\"report\" href=\"{}\">Отчёт о проверке</a>",
            escape(r)
        ));
    }
    out.push_str("</p>\n</header>\n");

    // The report numbers only the acts that have findings; follow the same count.
    let mut anchors = Vec::with_capacity(acts.len());
    let mut with_findings = 0;
    for a in acts {
        if a.reglaments
            .iter()
            .any(|r| r.findings.iter().sum::<usize>() > 0)
        {
            with_findings += 1;
            anchors.push(Some(with_findings));
        } else {
            anchors.push(None);
        }
    }

    out.push_str("<nav>\n<h2>Содержание</h2>\n<ol>\n");
    for (ai, a) in acts.iter().enumerate() {
        for (ri, r) in a.reglaments.iter().enumerate() {
            out.push_str(&format!(
                "<li lang=\"{}\"><a href=\"#a{}-r{}\">{}</a></li>\n",
                r.language.tag(),
                ai + 1,
                ri + 1,
                escape(&r.title)
            ));
        }
    }
    out.push_str("</ol>\n</nav>\n<main>\n");
    write(&out);
    out.clear();

    for (ai, a) in acts.iter().enumerate() {
        let lang = act_language(a);
        let act_steps = steps(ai);
        out.push_str(&format!(
            "<section class=\"act\" id=\"a{n}\" lang=\"{tag}\">\n<h2>{title}</h2>\n<p class=\"muted\"><span class=\"file\">{file}</span> · {count} <a href=\"{dir}/model.json\">{model}</a>",
            n = ai + 1,
            tag = lang.tag(),
            title = escape(&a.title),
            file = escape(&a.file),
            count = captions::regulations_count(a.reglaments.len(), lang),
            dir = escape(&a.dir),
            model = captions::model_link(lang),
        ));
        if a.book {
            out.push_str(&format!(
                " <a href=\"{}/{}\">{}</a>",
                escape(&a.dir),
                crate::build::PDF_NAME,
                captions::pdf_link(lang)
            ));
        }
        out.push_str("</p>\n");
        for (ri, r) in a.reglaments.iter().enumerate() {
            let anchor = match (report, anchors[ai]) {
                (Some(page), Some(n)) if r.findings.iter().sum::<usize>() > 0 => {
                    Some(format!("{page}#act-{n}-l{}", r.line))
                }
                _ => None,
            };
            let lang = r.language;
            out.push_str(&format!(
                "<section class=\"reglament\" id=\"a{}-r{}\" lang=\"{}\">\n<h3>«{}»{}</h3>\n<p class=\"muted\">{}</p>\n",
                ai + 1,
                ri + 1,
                lang.tag(),
                escape(&r.title),
                badges(r, anchor.as_deref()),
                captions::at(r.line, r.place, lang)
            ));
            if r.diagrams.is_empty() {
                out.push_str(&format!(
                    "<p class=\"muted\">{}</p>\n",
                    captions::no_diagram(lang)
                ));
            }
            for (di, d) in r.diagrams.iter().enumerate() {
                let base = format!("{}/{}/{}", a.dir, r.dir, d.name);
                let channel = captions::channel(d.channel, lang);
                let caption = match &d.scenario {
                    Some(s) => format!("{channel} — {s}"),
                    None => channel.to_string(),
                };
                out.push_str(&format!(
                    "<figure>\n<figcaption>{caption}<a href=\"{b}.bpmn\">BPMN 2.0</a><a href=\"{b}.svg\">SVG</a></figcaption>\n<img src=\"{b}.svg\" alt=\"{alt}\" loading=\"lazy\">\n",
                    caption = escape(&caption),
                    b = escape(&base),
                    alt = escape(&captions::diagram_alt(&r.title, &caption, lang)),
                ));
                let listed = act_steps.get(ri).and_then(|r| r.get(di));
                if let Some(listed) = listed.filter(|l| !l.is_empty()) {
                    out.push_str(&format!(
                        "<details>\n<summary>{}</summary>\n<ol class=\"steps\">\n",
                        captions::steps_summary(listed.len(), lang)
                    ));
                    for step in listed {
                        out.push_str(&format!("<li>{}</li>\n", escape(step)));
                    }
                    out.push_str("</ol>\n</details>\n");
                }
                out.push_str("</figure>\n");
            }
            out.push_str("</section>\n");
        }
        out.push_str("</section>\n");
        write(&out);
        out.clear();
    }
    out.push_str("</main>\n</body>\n</html>\n");
    write(&out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn act(title: &str, findings: [usize; 3], language: Language) -> Act {
        Act {
            file: "reglaments/a.txt".into(),
            title: "Әлеуметтік қорғау саласындағы регламенттерді бекіту туралы".into(),
            book: false,
            dir: "a".into(),
            reglaments: vec![Reglament {
                title: title.into(),
                line: 12,
                place: None,
                language,
                dir: "zhumys".into(),
                diagrams: vec![Diagram {
                    channel: Channel::Provider,
                    scenario: None,
                    name: "provider".into(),
                }],
                findings,
            }],
        }
    }

    #[test]
    fn links_diagrams_relatively_and_escapes_titles() {
        let page = index(
            &[act("<script>alert(1)</script>", [1, 0, 2], Language::Kk)],
            &[],
            Some("report.html"),
        );
        assert!(page.contains("<img src=\"a/zhumys/provider.svg\""));
        assert!(page.contains("<a href=\"a/zhumys/provider.bpmn\">BPMN 2.0</a>"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!page.contains("<script"));
        assert!(page.contains("href=\"report.html#act-1-l12\""));
        assert!(page.contains("id=\"a1-r1\" lang=\"kk\""));
    }

    #[test]
    fn acts_without_findings_are_not_counted_in_report_anchors() {
        let mut second = act("Екінші", [0, 1, 0], Language::Kk);
        second.file = "reglaments/b.txt".into();
        let page = index(
            &[act("Бірінші", [0, 0, 0], Language::Kk), second],
            &[],
            Some("report.html"),
        );
        assert!(page.contains("href=\"report.html#act-1-l12\""));
        assert!(!page.contains("#act-2-"));
        assert!(page.contains("ескертпелер жоқ"));
        assert!(page.contains(">ескертулер: 1</span>"));
        let ru = index(&[act("Первый", [2, 0, 0], Language::Ru)], &[], None);
        assert!(ru.contains(">ошибки: 2</span>"));
    }

    /// An act is headed by its decree's title; a Kazakh act's captions, image description and
    /// steps are in Kazakh, a Russian act's in Russian.
    #[test]
    fn acts_are_titled_and_captioned_in_their_language() {
        let steps = vec![vec![vec![
            "1-әрекет — Жауапты орындаушы: құжаттарды қабылдайды (30 мин.)".to_string(),
        ]]];
        let page = index(
            &[act(
                "Жұмыссыз азаматтарға анықтама беру",
                [0, 0, 0],
                Language::Kk,
            )],
            &[steps],
            None,
        );
        assert!(page.contains(
            "<section class=\"act\" id=\"a1\" lang=\"kk\">\n<h2>Әлеуметтік қорғау саласындағы регламенттерді бекіту туралы</h2>"
        ));
        assert!(page.contains(
            "alt=\"«Жұмыссыз азаматтарға анықтама беру» регламентінің диаграммасы, арна: Көрсетілетін қызметті беруші\""
        ));
        assert!(page.contains("<figcaption>Көрсетілетін қызметті беруші<a"));
        assert!(page.contains("<details>\n<summary>Диаграмма рәсімдері мәтінмен (1)</summary>"));
        assert!(
            page.contains("<li>1-әрекет — Жауапты орындаушы: құжаттарды қабылдайды (30 мин.)</li>")
        );
        assert!(page.contains("Регламенттер: 1."));
        assert!(page.contains("12-жол"));

        let mut ru = act("Выдача справки безработным", [0, 0, 0], Language::Ru);
        ru.title = "Об утверждении регламентов".into();
        let page = index(&[ru], &[], None);
        assert!(page.contains("lang=\"ru\">\n<h2>Об утверждении регламентов</h2>"));
        assert!(page.contains(
            "alt=\"Диаграмма регламента «Выдача справки безработным», канал: Услугодатель\""
        ));
        assert!(page.contains("строка 12"));
        assert!(!page.contains("<details>"), "no steps given, none listed");
        assert!(!page.contains(".pdf"), "no book written, none linked");
    }
}
