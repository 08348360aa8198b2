//! Compiler-style text: `file:line: severity[rule]: message`, the passages indented below, so
//! editors and terminals can jump to the line.

use super::Report;
use crate::check::Severity;
use crate::i18n::{Arg, Lang, text as say};

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";

fn severity_colour(s: Severity) -> &'static str {
    match s {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
        Severity::Info => "\x1b[1;36m",
    }
}

/// The report as text lines; `color` adds ANSI colours (only for a terminal without NO_COLOR).
/// The report's own words (the summaries) are in `lang`, or in the language of most of its
/// regulations; each finding in `lang`, or in its regulation's language.
pub fn text(report: &Report, color: bool, lang: Option<Lang>) -> String {
    let asked = lang;
    let lang = lang.unwrap_or_else(|| report.language());
    let count = |n: usize, id: &str| say(lang, id, &[("n", n.into())]);
    let severities = |[e, w, i]: [usize; 3]| -> [(&'static str, Arg<'static>); 3] {
        [
            ("errors", count(e, "errors").into()),
            ("warnings", count(w, "warnings").into()),
            ("infos", count(i, "infos").into()),
        ]
    };
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    for run in &report.runs {
        // Editors jump to `file:line`; other formats name their own places.
        let at = |line: u32| {
            if run.source.is_text() {
                format!("{}:{line}", run.file)
            } else {
                format!("{}, {}", run.file, run.cite(line))
            }
        };
        for f in &run.findings {
            let line = f.lines.first().copied().unwrap_or(f.reglament_line);
            out.push_str(&format!(
                "{}: {}: {}\n",
                paint(BOLD, &at(line)),
                paint(
                    severity_colour(f.severity),
                    &format!("{}[{}]", f.severity.as_str(), f.rule)
                ),
                one_line(&run.message(f, run.finding_lang(f, asked, lang)))
            ));
            for (i, q) in f.quotes.iter().enumerate() {
                if q.trim().is_empty() {
                    continue;
                }
                let line_of = f.lines.get(i).copied().unwrap_or(line);
                out.push_str(&format!(
                    "  {}: «{}»\n",
                    paint(DIM, &at(line_of)),
                    one_line(q)
                ));
            }
        }
    }
    // Each regulation's findings by severity, when there are several to tell apart.
    let rows = report.by_reglament();
    if rows.len() > 1 && report.findings().next().is_some() {
        out.push_str(&say(lang, "report-by-regulation", &[]));
        out.push('\n');
        for r in rows.iter().filter(|r| r.error + r.warning + r.info > 0) {
            // Where the regulation starts, as the findings above cite places.
            let at = match report.runs.iter().find(|run| run.file == r.file) {
                Some(run) if !run.source.is_text() => format!("{}, {}", r.file, run.cite(r.line)),
                _ => format!("{}:{}", r.file, r.line),
            };
            let mut args = vec![("at", Arg::from(at)), ("title", one_line(&r.title).into())];
            args.extend(severities([r.error, r.warning, r.info]));
            out.push_str("  ");
            out.push_str(&say(lang, "report-regulation-line", &args));
            out.push('\n');
        }
    }
    let c = report.counts();
    let mut args = vec![
        ("findings", Arg::from(count(c.findings, "findings"))),
        ("files", count(c.files, "files").into()),
        ("regulations", count(c.reglaments, "regulations").into()),
    ];
    args.extend(severities([c.error, c.warning, c.info]));
    let mut summary = say(lang, "report-summary", &args);
    if report.baselined > 0 {
        summary.push_str("; ");
        summary.push_str(&say(
            lang,
            "report-baselined",
            &[("n", report.baselined.into())],
        ));
    }
    if report.baseline_applied {
        summary.push_str("; ");
        summary.push_str(&say(lang, "report-new", &[("n", c.findings.into())]));
    }
    if !report.failed.is_empty() {
        summary.push_str("; ");
        summary.push_str(&say(
            lang,
            "report-failed",
            &[("files", count(report.failed.len(), "files").into())],
        ));
    }
    out.push_str(&paint(BOLD, &summary));
    out.push('\n');
    out
}

/// Joins wrapped text into one line and drops control characters, so a regulation cannot move
/// the cursor or recolour the terminal.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c.is_control()) {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testutil::sample;

    #[test]
    fn plain_text_is_compiler_style_with_quotes_below() {
        let t = text(&sample(), false, Some(Lang::En));
        let lines: Vec<&str> = t.lines().collect();
        let f = "reglaments/000_6f385fbdd640c006.txt";
        assert_eq!(
            lines[0],
            format!(
                "{f}:102: error[duration-mismatch]: ¶5 item 4 gives «в течение 1 (одного) рабочего дня» (line 102) but ¶8 item 4 gives «в течение 6 (шести) рабочих дней» (line 140) for the same procedure «направляет на подпись руководителю услугодателя»."
            )
        );
        assert_eq!(
            lines[1],
            format!(
                "  {f}:102: «направляет на подпись руководителю услугодателя в течение 1 (одного) рабочего дня;»"
            )
        );
        assert!(lines[2].starts_with(&format!("  {f}:140: «")));
        assert!(lines[3].starts_with(&format!("{f}:144: info[numbering]: ")));
        assert_eq!(
            *lines.last().unwrap(),
            "2 findings (1 error, 0 warnings, 1 info) in 1 file, 1 regulation"
        );
        assert!(!t.contains('\x1b'));
    }

    #[test]
    fn other_formats_cite_their_places() {
        let mut r = sample();
        let file = r.runs[0].file.clone();
        let mut places = vec![crate::model::Place::Page { page: 1, line: 1 }; 200];
        places[101] = crate::model::Place::Page { page: 3, line: 14 };
        places[139] = crate::model::Place::Page { page: 4, line: 2 };
        r.locate(
            &file,
            crate::model::Source {
                format: "pdf".into(),
                places,
            },
        );
        let t = text(&r, false, Some(Lang::En));
        let lines: Vec<&str> = t.lines().collect();
        assert!(
            lines[0].starts_with(&format!(
                "{file}, page 3, line 14: error[duration-mismatch]: "
            )),
            "{}",
            lines[0]
        );
        assert!(lines[2].starts_with(&format!("  {file}, page 4, line 2: «")));
    }

    #[test]
    fn colour_only_when_asked() {
        let t = text(&sample(), true, Some(Lang::En));
        assert!(t.contains("\x1b[1;31merror[duration-mismatch]\x1b[0m"));
        assert!(t.contains("\x1b[1;36minfo[numbering]\x1b[0m"));
    }

    #[test]
    fn the_summary_speaks_the_regulations_language_unless_asked() {
        let ru = text(&sample(), false, None);
        assert_eq!(
            ru.lines().last().unwrap(),
            "2 замечания (1 ошибка, 0 предупреждений, 1 к сведению); проверено: 1 файл, 1 регламент"
        );
        let mut r = sample();
        r.runs[0].reglaments[0].language = crate::model::Language::Kk;
        let kk = text(&r, false, None);
        assert_eq!(
            kk.lines().last().unwrap(),
            "2 ескертпе (1 қате, 0 ескерту, 1 мәлімет үшін); тексерілді: 1 файл, 1 регламент"
        );
    }

    #[test]
    fn the_baseline_tells_accepted_and_new_findings() {
        let mut r = sample();
        let fp = r.runs[0].findings[0].fingerprint.clone();
        r.apply_baseline(&crate::report::Baseline::parse(&fp).unwrap());
        let t = text(&r, false, Some(Lang::En));
        assert!(
            t.ends_with("; 1 accepted by the baseline; 1 new since the baseline\n"),
            "{t}"
        );
        let ru = text(&r, false, Some(Lang::Ru));
        assert!(
            ru.contains("принято базовым списком: 1; новых по сравнению с базовым списком: 1"),
            "{ru}"
        );
    }

    #[test]
    fn several_regulations_are_summed_one_by_one() {
        use crate::report::ReglamentRef;
        let mut r = sample();
        r.runs[0].reglaments.push(ReglamentRef {
            title: "Выдача справки".into(),
            line: 900,
            language: crate::model::Language::Ru,
        });
        r.runs[0].findings[0].reglament_line = 900;
        let t = text(&r, false, Some(Lang::En));
        let f = "reglaments/000_6f385fbdd640c006.txt";
        assert!(t.contains(&format!("by regulation:\n  {f}:68 «Назначение государственной адресной социальной помощи»: 0 errors, 0 warnings, 1 info\n  {f}:900 «Выдача справки»: 1 error, 0 warnings, 0 info\n")), "{t}");
    }

    #[test]
    fn control_characters_from_a_regulation_are_dropped() {
        let mut r = sample();
        r.runs[0].findings[0].message = crate::report::testutil::quoting("evil\x1b[2J\nnext");
        let t = text(&r, false, Some(Lang::En));
        assert!(!t.contains('\x1b'));
        assert!(t.contains("evil [2J next"));
    }
}
