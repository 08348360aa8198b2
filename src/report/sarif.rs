//! SARIF 2.1.0 (OASIS): the findings as code-scanning services and editors read them. Each
//! finding is a result of its rule, located at its first line, with the other conflicting
//! places as related locations; the fingerprint is kept as a partial fingerprint so a service
//! recognises a finding that only moved.

use serde_json::{Value, json};

use super::{FileReport, Report};
use crate::check::rules::RULES;
use crate::check::{Finding, Severity};
use crate::i18n::{Lang, text};

/// The schema the log names (the OASIS 2.1.0 schema as published by SchemaStore).
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The SARIF level of a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a URI reference: relative paths stay relative (to the working directory, named
/// `%SRCROOT%`), every byte outside the unreserved set is percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let path = path.replace('\\', "/");
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Where a file is: a relative path against the directory the run started in.
fn artifact(path: &str) -> Value {
    let u = uri(path);
    if u.starts_with("file:") {
        json!({"uri": u})
    } else {
        json!({"uri": u, "uriBaseId": "%SRCROOT%"})
    }
}

/// One place of a finding: the file and, in a plain-text file, the line and the passage; in a
/// Word, web-page or PDF file the place in its own terms as the location's message.
fn location(run: &FileReport, line: u32, quote: Option<&str>) -> Value {
    let mut physical = json!({
        "artifactLocation": artifact(&run.file),
    });
    if run.source.is_text() {
        let mut region = json!({"startLine": line});
        if let Some(q) = quote.filter(|q| !q.trim().is_empty()) {
            region["snippet"] = json!({"text": q});
        }
        physical["region"] = region;
        json!({"physicalLocation": physical})
    } else {
        json!({"physicalLocation": physical, "message": {"text": run.cite(line)}})
    }
}

fn result(run: &FileReport, f: &Finding, rule_index: usize, lang: Lang) -> Value {
    let first = f.lines.first().copied().unwrap_or(f.reglament_line);
    let mut r = json!({
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": level(f.severity),
        "message": {"text": run.message(f, lang)},
        "locations": [location(run, first, f.quotes.first().map(String::as_str))],
        "partialFingerprints": {"reglament/v1": f.fingerprint},
    });
    if f.lines.len() > 1 {
        let related: Vec<Value> = f
            .lines
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, &l)| {
                let mut loc = location(run, l, f.quotes.get(i).map(String::as_str));
                loc["id"] = json!(i);
                loc
            })
            .collect();
        r["relatedLocations"] = json!(related);
    }
    if !f.reglament.is_empty() {
        r["properties"] = json!({"reglament": f.reglament, "reglamentLine": f.reglament_line});
    }
    r
}

/// The report as a SARIF 2.1.0 log, rule descriptions in `lang`.
pub fn sarif(report: &Report, lang: Lang) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": {"text": text(lang, &format!("rule-{}", r.id), &[])},
                "defaultConfiguration": {"level": level(r.severity)},
            })
        })
        .collect();
    let results: Vec<Value> = report
        .runs
        .iter()
        .flat_map(|run| {
            run.findings.iter().map(move |f| {
                let index = RULES.iter().position(|r| r.id == f.rule).unwrap_or(0);
                result(run, f, index, lang)
            })
        })
        .collect();
    // A file that could not be read makes the run incomplete; tools show it as a notification.
    let notifications: Vec<Value> = report
        .failed
        .iter()
        .map(|e| {
            let mut physical = json!({ "artifactLocation": artifact(&e.file) });
            if let Some(l) = e.line {
                physical["region"] = json!({"startLine": l});
            }
            json!({
                "level": "error",
                "message": {"text": e.message},
                "locations": [{"physicalLocation": physical}],
            })
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "reglament",
                "version": env!("CARGO_PKG_VERSION"),
                "language": lang.tag(),
                "rules": rules,
            }},
            "language": lang.tag(),
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{
                "executionSuccessful": report.failed.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).expect("a SARIF log always serialises");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::report::testutil::sample;

    #[test]
    fn a_finding_is_a_result_at_its_first_line_with_the_other_as_related() {
        let v: Value = serde_json::from_str(&sarif(&sample(), Lang::En)).unwrap();
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        let r = &run["results"][0];
        assert_eq!(r["ruleId"], "duration-mismatch");
        assert_eq!(r["level"], "error");
        let at = &r["locations"][0]["physicalLocation"];
        assert_eq!(
            at["artifactLocation"]["uri"],
            "reglaments/000_6f385fbdd640c006.txt"
        );
        assert_eq!(at["region"]["startLine"], 102);
        assert_eq!(
            at["region"]["snippet"]["text"],
            "направляет на подпись руководителю услугодателя в течение 1 (одного) рабочего дня;"
        );
        assert_eq!(
            r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
            140
        );
        assert_eq!(r["partialFingerprints"]["reglament/v1"], "0000000000000066");
        assert_eq!(run["results"][1]["level"], "note");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), RULES.len());
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], "duration-mismatch");
        assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    }

    #[test]
    fn rule_descriptions_take_the_asked_language() {
        let v: Value = serde_json::from_str(&sarif(&sample(), Lang::Kk)).unwrap();
        let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
        let numbering = rules.iter().find(|r| r["id"] == "numbering").unwrap();
        assert_eq!(
            numbering["shortDescription"]["text"],
            "тармақтар мен тармақшалардың нөмірлері: өткізіп алу, қайталау, қайта бастау"
        );
    }

    #[test]
    fn unread_files_make_the_run_incomplete_and_paths_are_uris() {
        let mut r = sample();
        r.failed.push(Error::new(
            "регламенты/bad file.txt",
            Some(3),
            "binary data",
        ));
        let v: Value = serde_json::from_str(&sarif(&r, Lang::En)).unwrap();
        let inv = &v["runs"][0]["invocations"][0];
        assert_eq!(inv["executionSuccessful"], false);
        let n = &inv["toolExecutionNotifications"][0];
        assert_eq!(n["message"]["text"], "binary data");
        assert_eq!(
            n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "%D1%80%D0%B5%D0%B3%D0%BB%D0%B0%D0%BC%D0%B5%D0%BD%D1%82%D1%8B/bad%20file.txt"
        );
        assert_eq!(uri("/srv/a b.txt"), "file:///srv/a%20b.txt");
    }
}
