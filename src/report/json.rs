//! The JSON report: every finding as the checker emits it plus a summary (contract in docs/check.md).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{FileReport, Head, Page, Report};
use crate::check::Finding;
use crate::i18n::Lang;

#[derive(Serialize)]
struct Summary<'a> {
    files: usize,
    reglaments: usize,
    findings: usize,
    baselined: usize,
    by_severity: BTreeMap<&'static str, usize>,
    by_rule: BTreeMap<&'static str, usize>,
    failed_files: Vec<Failed<'a>>,
    /// The findings of each regulation by severity (not in the pages a build streams).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    by_reglament: &'a [super::ReglamentSummary],
    /// The findings new since the baseline, when one was applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    new_since_baseline: Option<usize>,
}

/// A finding as the report shows it: its message in the report's language, and for a file that
/// is not plain text the places its lines stand at.
#[derive(Serialize)]
struct Shown<'a> {
    rule: &'a str,
    severity: crate::check::Severity,
    file: &'a str,
    reglament: &'a str,
    reglament_line: u32,
    lines: &'a [u32],
    message: String,
    quotes: &'a [String],
    fingerprint: &'a str,
    /// «абзац 40», «page 3, line 14»: one per entry of `lines`.
    #[serde(skip_serializing_if = "Option::is_none")]
    places: Option<Vec<String>>,
}

impl<'a> Shown<'a> {
    fn new(run: &FileReport, f: &'a Finding, lang: Lang) -> Self {
        Shown {
            rule: f.rule,
            severity: f.severity,
            file: &f.file,
            reglament: &f.reglament,
            reglament_line: f.reglament_line,
            lines: &f.lines,
            message: run.message(f, lang),
            quotes: &f.quotes,
            fingerprint: &f.fingerprint,
            places: (!run.source.is_text()).then(|| {
                f.lines
                    .iter()
                    .map(|&l| crate::check::cite(lang, &run.source, l))
                    .collect()
            }),
        }
    }
}

#[derive(Serialize)]
struct Failed<'a> {
    file: &'a str,
    line: Option<u32>,
    message: &'a str,
}

/// The report as pretty-printed JSON with a trailing newline, the messages in `lang` or each in
/// its regulation's language.
pub fn json(report: &Report, lang: Option<Lang>) -> String {
    super::page(
        &mut Json::new(lang.unwrap_or_else(|| report.language()), lang),
        report,
    )
}

/// The JSON report, written file by file: `{"findings": [...], "summary": {...}}`, pretty-printed
/// exactly as `serde_json` prints the whole object.
#[derive(Debug)]
pub struct Json {
    written: usize,
    lang: Lang,
    /// The language asked for; without one each finding speaks its regulation's.
    asked: Option<Lang>,
}

/// The summary object of the JSON report.
fn summary<'a>(head: &'a Head) -> Summary<'a> {
    let c = &head.counts;
    Summary {
        files: c.files,
        reglaments: c.reglaments,
        findings: c.findings,
        baselined: head.baselined,
        by_severity: BTreeMap::from([("error", c.error), ("warning", c.warning), ("info", c.info)]),
        by_rule: c
            .by_rule
            .iter()
            .map(|(rule, n)| (*rule, n.iter().sum()))
            .collect(),
        failed_files: head
            .failed
            .iter()
            .map(|e| Failed {
                file: &e.file,
                line: e.line,
                message: &e.message,
            })
            .collect(),
        by_reglament: &head.by_reglament,
        new_since_baseline: head.new_since_baseline,
    }
}

/// `value` pretty-printed, every line after the first indented by `indent` spaces (its place in
/// the enclosing object).
fn nested<T: Serialize>(value: &T, indent: usize, out: &mut String) {
    let text = serde_json::to_string_pretty(value).expect("report values always serialise");
    let pad = format!("\n{}", " ".repeat(indent));
    out.push_str(&text.replace('\n', &pad));
}

impl Json {
    /// The page as it goes on after `findings` findings were written: lets the files of a
    /// report be rendered apart (in parallel) and written in order.
    pub fn after(findings: usize, lang: Lang, asked: Option<Lang>) -> Self {
        Json {
            written: findings,
            lang,
            asked,
        }
    }

    /// The page from its start: its messages in `asked`, else each in its regulation's
    /// language, `lang` for what belongs to no regulation.
    pub fn new(lang: Lang, asked: Option<Lang>) -> Self {
        Self::after(0, lang, asked)
    }
}

impl Page for Json {
    fn head(&mut self, _: &Head, out: &mut String) {
        self.written = 0;
        out.push_str("{\n  \"findings\": [");
    }

    fn act(&mut self, _: usize, run: &FileReport, out: &mut String) {
        for f in &run.findings {
            out.push_str(if self.written == 0 {
                "\n    "
            } else {
                ",\n    "
            });
            let said = run.finding_lang(f, self.asked, self.lang);
            nested(&Shown::new(run, f, said), 4, out);
            self.written += 1;
        }
    }

    fn tail(&mut self, head: &Head, out: &mut String) {
        if self.written > 0 {
            out.push_str("\n  ");
        }
        out.push_str("],\n  \"summary\": ");
        nested(&summary(head), 2, out);
        out.push_str("\n}\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::report::testutil::sample;

    #[test]
    fn findings_and_summary_carry_the_values() {
        let mut r = sample();
        r.failed.push(Error::new("bad.txt", Some(1), "binary data"));
        let v: serde_json::Value = serde_json::from_str(&json(&r, Some(Lang::En))).unwrap();
        let f = &v["findings"][0];
        assert_eq!(f["rule"], "duration-mismatch");
        assert_eq!(f["severity"], "error");
        assert_eq!(f["file"], "reglaments/000_6f385fbdd640c006.txt");
        assert_eq!(f["reglament_line"], 68);
        assert_eq!(f["lines"], serde_json::json!([102, 140]));
        assert_eq!(f["fingerprint"], "0000000000000066");
        assert_eq!(v["findings"][1]["rule"], "numbering");
        let s = &v["summary"];
        assert_eq!(s["files"], 1);
        assert_eq!(s["reglaments"], 1);
        assert_eq!(s["findings"], 2);
        assert_eq!(
            s["by_severity"],
            serde_json::json!({"error": 1, "warning": 0, "info": 1})
        );
        assert_eq!(
            s["by_rule"],
            serde_json::json!({"duration-mismatch": 1, "numbering": 1})
        );
        assert_eq!(
            s["failed_files"],
            serde_json::json!([{"file": "bad.txt", "line": 1, "message": "binary data"}])
        );
    }

    #[test]
    fn the_summary_sums_each_regulation_and_the_new_findings() {
        let mut r = sample();
        let v: serde_json::Value = serde_json::from_str(&json(&r, Some(Lang::En))).unwrap();
        assert_eq!(
            v["summary"]["by_reglament"],
            serde_json::json!([{
                "file": "reglaments/000_6f385fbdd640c006.txt",
                "reglament": "Назначение государственной адресной социальной помощи",
                "reglament_line": 68,
                "language": "ru",
                "error": 1,
                "warning": 0,
                "info": 1
            }])
        );
        assert!(v["summary"].get("new_since_baseline").is_none());
        let fp = r.runs[0].findings[0].fingerprint.clone();
        r.apply_baseline(&crate::report::Baseline::parse(&fp).unwrap());
        let v: serde_json::Value = serde_json::from_str(&json(&r, Some(Lang::En))).unwrap();
        assert_eq!(v["summary"]["new_since_baseline"], 1);
        assert_eq!(v["summary"]["baselined"], 1);
    }

    #[test]
    fn written_file_by_file_it_equals_the_whole_object_pretty_printed() {
        let mut r = sample();
        r.failed.push(Error::new("bad.txt", Some(1), "binary data"));
        #[derive(Serialize)]
        struct Whole<'a> {
            findings: Vec<Shown<'a>>,
            summary: Summary<'a>,
        }
        let whole = |r: &Report| {
            let head = r.head();
            let text = serde_json::to_string_pretty(&Whole {
                findings: r
                    .runs
                    .iter()
                    .flat_map(|run| {
                        run.findings
                            .iter()
                            .map(move |f| Shown::new(run, f, Lang::En))
                    })
                    .collect(),
                summary: summary(&head),
            })
            .unwrap();
            text + "\n"
        };
        assert_eq!(json(&r, Some(Lang::En)), whole(&r));
        r.runs.iter_mut().for_each(|run| run.findings.clear());
        assert_eq!(json(&r, Some(Lang::En)), whole(&r));
        assert!(json(&r, Some(Lang::En)).contains("\"findings\": [],"));
    }

    #[test]
    fn findings_of_other_formats_carry_their_places() {
        let mut r = sample();
        let file = r.runs[0].file.clone();
        let mut places = vec![crate::model::Place::Paragraph { paragraph: 1 }; 200];
        places[101] = crate::model::Place::Paragraph { paragraph: 40 };
        places[139] = crate::model::Place::Paragraph { paragraph: 52 };
        r.locate(
            &file,
            crate::model::Source {
                format: "docx".into(),
                places,
            },
        );
        let v: serde_json::Value = serde_json::from_str(&json(&r, Some(Lang::En))).unwrap();
        let f = &v["findings"][0];
        assert_eq!(f["lines"], serde_json::json!([102, 140]));
        assert_eq!(
            f["places"],
            serde_json::json!(["paragraph 40", "paragraph 52"])
        );
        assert_eq!(f["rule"], "duration-mismatch");
    }

    #[test]
    fn output_is_deterministic() {
        assert_eq!(
            json(&sample(), Some(Lang::En)),
            json(&sample(), Some(Lang::En))
        );
    }
}
