//! The JSON report: every finding as the checker emits it plus a summary (contract in docs/check.md).

use std::collections::BTreeMap;

use serde::Serialize;

use super::Report;
use crate::check::Finding;

#[derive(Serialize)]
struct Json<'a> {
    findings: Vec<&'a Finding>,
    summary: Summary<'a>,
}

#[derive(Serialize)]
struct Summary<'a> {
    files: usize,
    reglaments: usize,
    findings: usize,
    baselined: usize,
    by_severity: BTreeMap<&'static str, usize>,
    by_rule: BTreeMap<&'static str, usize>,
    failed_files: Vec<Failed<'a>>,
}

#[derive(Serialize)]
struct Failed<'a> {
    file: &'a str,
    line: Option<u32>,
    message: &'a str,
}

/// The report as pretty-printed JSON with a trailing newline.
pub fn json(report: &Report) -> String {
    let c = report.counts();
    let doc = Json {
        findings: report.findings().collect(),
        summary: Summary {
            files: c.files,
            reglaments: c.reglaments,
            findings: c.findings,
            baselined: report.baselined,
            by_severity: BTreeMap::from([
                ("error", c.error),
                ("warning", c.warning),
                ("info", c.info),
            ]),
            by_rule: c
                .by_rule
                .iter()
                .map(|(rule, n)| (*rule, n.iter().sum()))
                .collect(),
            failed_files: report
                .failed
                .iter()
                .map(|e| Failed {
                    file: &e.file,
                    line: e.line,
                    message: &e.message,
                })
                .collect(),
        },
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("the report always serialises");
    s.push('\n');
    s
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
        let v: serde_json::Value = serde_json::from_str(&json(&r)).unwrap();
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
    fn output_is_deterministic() {
        assert_eq!(json(&sample()), json(&sample()));
    }
}
