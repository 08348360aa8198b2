//! Compiler-style text: `file:line: severity[rule]: message`, the passages indented below, so
//! editors and terminals can jump to the line.

use super::{Report, plural};
use crate::check::Severity;

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
pub fn text(report: &Report, color: bool) -> String {
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
                one_line(&run.message(f))
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
    let c = report.counts();
    let mut summary = format!(
        "{} {} ({}) in {} {}, {} {}",
        c.findings,
        plural(c.findings, "finding", "findings"),
        c.severities(),
        c.files,
        plural(c.files, "file", "files"),
        c.reglaments,
        plural(c.reglaments, "regulation", "regulations"),
    );
    if report.baselined > 0 {
        summary.push_str(&format!("; {} accepted by the baseline", report.baselined));
    }
    if !report.failed.is_empty() {
        summary.push_str(&format!(
            "; {} {} could not be read",
            report.failed.len(),
            plural(report.failed.len(), "file", "files")
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
        let t = text(&sample(), false);
        let lines: Vec<&str> = t.lines().collect();
        let f = "reglaments/000_6f385fbdd640c006.txt";
        assert_eq!(
            lines[0],
            format!(
                "{f}:102: error[duration-mismatch]: ¶5 item 4 gives «в течение 1 (одного) рабочего дня» but ¶8 item 4 gives «в течение 6 (шести) рабочих дней»."
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
        let t = text(&r, false);
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
        let t = text(&sample(), true);
        assert!(t.contains("\x1b[1;31merror[duration-mismatch]\x1b[0m"));
        assert!(t.contains("\x1b[1;36minfo[numbering]\x1b[0m"));
    }

    #[test]
    fn control_characters_from_a_regulation_are_dropped() {
        let mut r = sample();
        r.runs[0].findings[0].message = "evil\x1b[2J\nnext".into();
        let t = text(&r, false);
        assert!(!t.contains('\x1b'));
        assert!(t.contains("evil [2J next"));
    }
}
