//! `output/index.html`: one static page listing every act, regulation and channel with its
//! diagram, for publishing the справочник on a website or opening it straight from disk.
//!
//! Diagrams are linked with relative `<img src>` (never inlined: a large corpus has tens of
//! thousands of them), so the page works over `file://` and on any static host. No scripts, CSS
//! inline, every text from a regulation escaped.

use serde::{Deserialize, Serialize};

use crate::model::{Channel, Language};
use crate::report::html::escape;

/// One input file (act) of the справочник.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Act {
    /// The input path as given.
    pub file: String,
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
@media (max-width: 40rem) { body { padding: .5rem; font-size: 15px; } nav ol { columns: 1; } }
"#;

/// Human name of a channel in the page's language (Russian).
fn channel_name(c: Channel) -> &'static str {
    match c {
        Channel::Provider => "Услугодатель",
        Channel::StateCorp => "Государственная корпорация",
        Channel::Akim => "Аким села, поселка, сельского округа",
        Channel::Portal => "Портал электронного правительства",
        Channel::Other => "Иной канал",
    }
}

/// The findings badges of one regulation, linked to its section of the report when it has one.
fn badges(r: &Reglament, anchor: Option<&str>) -> String {
    let [e, w, i] = r.findings;
    if e + w + i == 0 {
        return "<span class=\"counts\"><span class=\"badge clean\">замечаний нет</span></span>"
            .to_string();
    }
    let mut s = String::from("<span class=\"counts\">");
    if let Some(a) = anchor {
        s.push_str(&format!("<a href=\"{}\">", escape(a)));
    }
    let mut first = true;
    for (n, class, label) in [
        (e, "error", "ошибки"),
        (w, "warning", "предупреждения"),
        (i, "info", "сведения"),
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
/// (`act-<n>-l<line>`) number the acts that have findings in that order. `report` is the
/// report page to link (relative), if one is written.
pub fn index(acts: &[Act], report: Option<&str>) -> String {
    let mut page = String::new();
    write_index(acts, report, &mut |chunk| page.push_str(chunk));
    page
}

/// [`index`], handed to `write` act by act, so a page for a large tree is never held whole.
pub fn write_index(acts: &[Act], report: Option<&str>, write: &mut dyn FnMut(&str)) {
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
        out.push_str(&format!(
            "<section class=\"act\" id=\"a{}\">\n<h2>Акт {}: <span class=\"file\">{}</span></h2>\n<p class=\"muted\">Регламентов: {}. <a href=\"{}/model.json\">Модель (JSON)</a></p>\n",
            ai + 1,
            ai + 1,
            escape(&a.file),
            a.reglaments.len(),
            escape(&a.dir)
        ));
        for (ri, r) in a.reglaments.iter().enumerate() {
            let anchor = match (report, anchors[ai]) {
                (Some(page), Some(n)) if r.findings.iter().sum::<usize>() > 0 => {
                    Some(format!("{page}#act-{n}-l{}", r.line))
                }
                _ => None,
            };
            out.push_str(&format!(
                "<section class=\"reglament\" id=\"a{}-r{}\" lang=\"{}\">\n<h3>«{}»{}</h3>\n<p class=\"muted\">строка {}</p>\n",
                ai + 1,
                ri + 1,
                r.language.tag(),
                escape(&r.title),
                badges(r, anchor.as_deref()),
                r.line
            ));
            if r.diagrams.is_empty() {
                out.push_str(
                    "<p class=\"muted\" lang=\"ru\">Нет списка процедур для диаграммы.</p>\n",
                );
            }
            for d in &r.diagrams {
                let base = format!("{}/{}/{}", a.dir, r.dir, d.name);
                let caption = match &d.scenario {
                    Some(s) => format!("{} — {}", channel_name(d.channel), escape(s)),
                    None => channel_name(d.channel).to_string(),
                };
                out.push_str(&format!(
                    "<figure lang=\"ru\">\n<figcaption>{caption}<a href=\"{b}.bpmn\">BPMN 2.0</a><a href=\"{b}.svg\">SVG</a></figcaption>\n<img src=\"{b}.svg\" alt=\"Диаграмма: {alt}\" loading=\"lazy\">\n</figure>\n",
                    b = escape(&base),
                    alt = caption,
                ));
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

    fn act(title: &str, findings: [usize; 3]) -> Act {
        Act {
            file: "reglaments/a.txt".into(),
            dir: "a".into(),
            reglaments: vec![Reglament {
                title: title.into(),
                line: 12,
                language: Language::Kk,
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
            &[act("<script>alert(1)</script>", [1, 0, 2])],
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
        let mut second = act("Екінші", [0, 1, 0]);
        second.file = "reglaments/b.txt".into();
        let page = index(&[act("Бірінші", [0, 0, 0]), second], Some("report.html"));
        assert!(page.contains("href=\"report.html#act-1-l12\""));
        assert!(!page.contains("#act-2-"));
        assert!(page.contains("замечаний нет"));
    }
}
