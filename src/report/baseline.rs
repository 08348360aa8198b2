//! Baselines: the fingerprints of findings an auditor has accepted, so a re-run reports only new ones.
//!
//! Two spellings are read: a plain list (one fingerprint a line, `#` starts a comment) as
//! [`write`] produces, and the JSON report itself (`reglament check --format json`), whose
//! `findings[].fingerprint` are taken. Fingerprints do not contain lines, so a baseline survives
//! edits that only move text.

use std::collections::BTreeSet;

use crate::check::Finding;
use crate::i18n::Lang;

/// A set of accepted fingerprints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    fingerprints: BTreeSet<String>,
}

impl Baseline {
    /// Reads a baseline from its text (plain list or JSON report); the error says what is wrong.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim_start_matches('\u{feff}');
        if text.trim_start().starts_with('{') {
            return Self::from_json(text);
        }
        let mut fingerprints = BTreeSet::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            // The first word is the fingerprint; anything after it is a note for the reader.
            let fp = line.split_whitespace().next().unwrap_or("");
            if !is_fingerprint(fp) {
                return Err(format!(
                    "line {}: {fp:?} is not a fingerprint (16 hex digits)",
                    i + 1
                ));
            }
            fingerprints.insert(fp.to_ascii_lowercase());
        }
        Ok(Baseline { fingerprints })
    }

    fn from_json(text: &str) -> Result<Self, String> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
        let findings = value
            .get("findings")
            .and_then(|f| f.as_array())
            .ok_or("a JSON baseline needs a \"findings\" array (the --format json report)")?;
        let mut fingerprints = BTreeSet::new();
        for (i, f) in findings.iter().enumerate() {
            let fp = f
                .get("fingerprint")
                .and_then(|v| v.as_str())
                .filter(|s| is_fingerprint(s))
                .ok_or_else(|| format!("findings[{i}] has no valid \"fingerprint\""))?;
            fingerprints.insert(fp.to_ascii_lowercase());
        }
        Ok(Baseline { fingerprints })
    }

    /// True when `fingerprint` is accepted.
    pub fn accepts(&self, fingerprint: &str) -> bool {
        self.fingerprints
            .contains(&fingerprint.to_ascii_lowercase())
    }

    /// Number of accepted fingerprints.
    pub fn len(&self) -> usize {
        self.fingerprints.len()
    }

    /// True when nothing is accepted.
    pub fn is_empty(&self) -> bool {
        self.fingerprints.is_empty()
    }
}

fn is_fingerprint(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The plain baseline of `findings`: one fingerprint a line, each followed by a comment naming
/// the rule, place and message (in `lang`), so a reviewer can see what was accepted.
pub fn write<'a>(findings: impl IntoIterator<Item = &'a Finding>, lang: Lang) -> String {
    let mut out = String::from(
        "# reglament check baseline: accepted findings, one fingerprint a line.\n\
         # Delete a line to report that finding again.\n",
    );
    for f in findings {
        let line = f.lines.first().copied().unwrap_or(f.reglament_line);
        // A comment must stay on one line whatever the message holds.
        let message: String = f
            .message
            .text(lang)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        out.push_str(&format!(
            "{} # {}[{}] {}:{} {}\n",
            f.fingerprint,
            f.severity.as_str(),
            f.rule,
            f.file,
            line,
            message
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testutil::sample;

    #[test]
    fn plain_list_skips_comments_and_blank_lines() {
        let b =
            Baseline::parse("# header\n\n5f5bfcc5a22162d0\n  A9817E7B60F1C3D3  # upper case too\n")
                .unwrap();
        assert_eq!(b.len(), 2);
        assert!(b.accepts("5f5bfcc5a22162d0"));
        assert!(b.accepts("a9817e7b60f1c3d3"));
        assert!(!b.accepts("84879caec00976d6"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = Baseline::parse("5f5bfcc5a22162d0\nnot-a-fingerprint\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
    }

    #[test]
    fn json_report_is_accepted_as_a_baseline() {
        let report = sample();
        let b = Baseline::parse(&crate::report::json(&report, Some(Lang::En))).unwrap();
        assert_eq!(b.len(), 2);
        for f in report.findings() {
            assert!(b.accepts(&f.fingerprint));
        }
        assert!(Baseline::parse("{\"summary\": {}}").is_err());
    }

    #[test]
    fn written_baseline_reads_back() {
        let report = sample();
        let text = write(report.findings(), Lang::En);
        assert!(
            text.contains("# error[duration-mismatch] reglaments/000_6f385fbdd640c006.txt:102")
        );
        let b = Baseline::parse(&text).unwrap();
        assert_eq!(b.len(), 2);
    }
}
