//! The reviewed findings: every finding the checker reports on reglaments/ has a row in
//! tests/review/findings.tsv, judged by reading the text at its lines (`true`: the text disagrees
//! as the finding says; `false`: it does not). A new or vanished finding fails here until it is
//! read and its row written or removed.

use reglament::check::{Finding, check};
use std::collections::BTreeSet;
use std::path::Path;

const FILES: [&str; 4] = [
    "000_6f385fbdd640c006.txt",
    "001_17a9bf27c86efb5e.txt",
    "002_2973bc44dfc7985a.txt",
    "003_1c2847d2c07c60cf.txt",
];

/// (file name, rule, lines joined by commas): what identifies a finding in the review.
type Key = (String, String, String);

struct Row {
    key: Key,
    verdict: bool,
    reason: String,
}

fn reviewed() -> Vec<Row> {
    let text = std::fs::read_to_string("tests/review/findings.tsv").expect("review table");
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("file\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "findings.tsv:{}: five columns", n + 1);
        let verdict = match cols[3] {
            "true" => true,
            "false" => false,
            v => panic!("findings.tsv:{}: verdict «{v}»", n + 1),
        };
        rows.push(Row {
            key: (cols[0].into(), cols[1].into(), cols[2].into()),
            verdict,
            reason: cols[4].into(),
        });
    }
    rows
}

fn findings() -> Vec<(String, Finding)> {
    FILES
        .iter()
        .flat_map(|file| {
            let doc = reglament::parse_file(Path::new(&format!("reglaments/{file}")), None)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            check(&doc).into_iter().map(|f| (file.to_string(), f))
        })
        .collect()
}

fn key(file: &str, f: &Finding) -> Key {
    let lines: Vec<String> = f.lines.iter().map(u32::to_string).collect();
    (file.to_string(), f.rule.to_string(), lines.join(","))
}

#[test]
fn every_finding_is_reviewed_and_most_are_true() {
    let rows = reviewed();
    let found = findings();
    let current: BTreeSet<Key> = found.iter().map(|(file, f)| key(file, f)).collect();
    assert_eq!(
        current.len(),
        found.len(),
        "two findings share file, rule and lines"
    );
    let listed: BTreeSet<Key> = rows.iter().map(|r| r.key.clone()).collect();
    assert_eq!(listed.len(), rows.len(), "a finding is reviewed twice");
    let unreviewed: Vec<_> = current.difference(&listed).collect();
    let vanished: Vec<_> = listed.difference(&current).collect();
    assert!(
        unreviewed.is_empty() && vanished.is_empty(),
        "not reviewed: {unreviewed:#?}\nreviewed but no longer found: {vanished:#?}"
    );
    assert!(rows.iter().all(|r| r.reason.chars().count() >= 10));
    let true_ones = rows.iter().filter(|r| r.verdict).count();
    println!(
        "{} findings reviewed, {true_ones} true ({:.1}%)",
        rows.len(),
        100.0 * true_ones as f64 / rows.len() as f64
    );
    assert!(
        true_ones * 100 >= rows.len() * 95,
        "{true_ones} of {} findings are true",
        rows.len()
    );
}

/// Formatting is never a finding's subject: no finding is about a placeholder «-» (an empty
/// column of an action table) as if it were a value.
#[test]
fn no_finding_is_about_a_placeholder() {
    for (file, f) in findings() {
        assert!(
            !f.message.text(reglament::i18n::Lang::En).contains("«-»"),
            "{file}: {} is about a placeholder: {}",
            f.rule,
            f.message.text(reglament::i18n::Lang::En)
        );
    }
}
