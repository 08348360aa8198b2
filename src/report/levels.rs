//! The rule levels of `reglament.toml` (`[rules]`): a rule turned off, or its findings reported
//! at another severity, wherever findings are shown: `check`'s reports, `build`'s summary and
//! report pages. The findings store keeps what the checker found, so a changed level applies on
//! the next run without rebuilding an input.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::severity_index;
use crate::check::{Finding, Severity};

/// What a rule's findings become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Left out.
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    /// The severity the findings take; `None` when they are left out.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// A level per rule id; rules not named keep their own severities.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Levels(pub BTreeMap<String, Level>);

impl Levels {
    /// True when no rule's level is changed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Drops the findings of rules turned off and gives the others their rule's severity.
    pub fn apply(&self, findings: &mut Vec<Finding>) {
        if self.is_empty() {
            return;
        }
        findings.retain_mut(|f| match self.0.get(f.rule) {
            None => true,
            Some(level) => match level.severity() {
                None => false,
                Some(s) => {
                    f.severity = s;
                    true
                }
            },
        });
    }

    /// `[error, warning, info]` counts of one rule's findings as the levels show them.
    pub fn counts(&self, rule: &str, counts: [usize; 3]) -> [usize; 3] {
        match self.0.get(rule).map(|l| l.severity()) {
            None => counts,
            Some(None) => [0; 3],
            Some(Some(s)) => {
                let mut out = [0; 3];
                out[severity_index(s)] = counts.iter().sum();
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &'static str) -> Finding {
        Finding {
            rule,
            severity: Severity::Warning,
            file: "a.txt".into(),
            reglament: String::new(),
            reglament_line: 1,
            lines: vec![1],
            message: crate::check::Message::new("finding-unused-participant"),
            quotes: vec![],
            fingerprint: String::new(),
            pair: None,
        }
    }

    fn levels() -> Levels {
        Levels(BTreeMap::from([
            ("numbering".to_string(), Level::Error),
            ("missing-duration".to_string(), Level::Off),
        ]))
    }

    #[test]
    fn levels_drop_or_reclassify_findings() {
        let mut findings = vec![
            finding("numbering"),
            finding("missing-duration"),
            finding("handoff-mismatch"),
        ];
        levels().apply(&mut findings);
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[0].severity, Severity::Error);
        assert_eq!(findings[1].severity, Severity::Warning);
    }

    #[test]
    fn counts_move_to_the_level_or_vanish() {
        let l = levels();
        assert_eq!(l.counts("numbering", [0, 3, 2]), [5, 0, 0]);
        assert_eq!(l.counts("missing-duration", [1, 4, 0]), [0, 0, 0]);
        assert_eq!(l.counts("handoff-mismatch", [1, 4, 0]), [1, 4, 0]);
        assert_eq!(Levels::default().counts("numbering", [0, 3, 2]), [0, 3, 2]);
    }
}
