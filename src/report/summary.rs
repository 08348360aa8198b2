//! What a report adds up beyond its findings: the findings of each regulation by severity, the
//! findings a person asked for (`--rule`, `--severity`, `--file`), and the language its own
//! words take when none is asked for.

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Serialize;

use super::{Report, severity_index};
use crate::check::{Finding, Severity};
use crate::i18n::Lang;
use crate::model::Language;

/// The findings of one regulation by severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReglamentSummary {
    pub file: String,
    /// The regulation's title (`""` for the act outside any regulation).
    #[serde(rename = "reglament")]
    pub title: String,
    #[serde(rename = "reglament_line")]
    pub line: u32,
    pub language: &'static str,
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl Report {
    /// Every regulation of the report with its findings by severity, in report order; a
    /// regulation without findings counts zeros, so the summary names every regulation read.
    pub fn by_reglament(&self) -> Vec<ReglamentSummary> {
        let mut out = Vec::new();
        for run in &self.runs {
            let mut rows: Vec<ReglamentSummary> = run
                .reglaments
                .iter()
                .map(|r| ReglamentSummary {
                    file: run.file.clone(),
                    title: r.title.clone(),
                    line: r.line,
                    language: r.language.tag(),
                    error: 0,
                    warning: 0,
                    info: 0,
                })
                .collect();
            for f in &run.findings {
                let at = match rows.iter().position(|r| r.line == f.reglament_line) {
                    Some(i) => i,
                    None => {
                        // A finding about the act outside every regulation.
                        rows.push(ReglamentSummary {
                            file: run.file.clone(),
                            title: f.reglament.clone(),
                            line: f.reglament_line,
                            language: Language::Ru.tag(),
                            error: 0,
                            warning: 0,
                            info: 0,
                        });
                        rows.len() - 1
                    }
                };
                let row = &mut rows[at];
                match severity_index(f.severity) {
                    0 => row.error += 1,
                    1 => row.warning += 1,
                    _ => row.info += 1,
                }
            }
            rows.sort_by_key(|r| r.line);
            out.extend(rows);
        }
        out
    }

    /// The language the report's own words take when none is asked for: the one most of its
    /// regulations are written in (Russian on a tie, the language of most acts), English when
    /// it has none.
    pub fn language(&self) -> Lang {
        let (mut ru, mut kk) = (0, 0);
        for r in self.runs.iter().flat_map(|r| &r.reglaments) {
            match r.language {
                Language::Ru => ru += 1,
                Language::Kk => kk += 1,
            }
        }
        match (ru, kk) {
            (0, 0) => Lang::En,
            _ if kk > ru => Lang::Kk,
            _ => Lang::Ru,
        }
    }

    /// Keeps only the findings `filter` lets through.
    pub fn filter(&mut self, filter: &Filter) {
        for run in &mut self.runs {
            run.findings.retain(|f| filter.keeps(f));
        }
    }
}

/// Which findings a report keeps: by rule, lowest severity and file glob; an empty part keeps
/// everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    rules: Vec<String>,
    severity: Option<Severity>,
    files: Option<GlobSet>,
}

impl Filter {
    /// A filter of rule ids, a lowest severity and file globs; an invalid glob is an error.
    pub fn new(
        rules: &[String],
        severity: Option<Severity>,
        files: &[String],
    ) -> Result<Filter, String> {
        let files = if files.is_empty() {
            None
        } else {
            let mut set = GlobSetBuilder::new();
            for g in files {
                set.add(Glob::new(g).map_err(|e| e.to_string())?);
            }
            Some(set.build().map_err(|e| e.to_string())?)
        };
        Ok(Filter {
            rules: rules.to_vec(),
            severity,
            files,
        })
    }

    /// True when the filter lets everything through.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty() && self.severity.is_none() && self.files.is_none()
    }

    /// True when `f` is kept.
    pub fn keeps(&self, f: &Finding) -> bool {
        self.keeps_rule(f.rule) && self.keeps_severity(f.severity) && self.keeps_file(&f.file)
    }

    /// True when the findings of `rule` may be kept.
    pub fn keeps_rule(&self, rule: &str) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|r| r == rule)
    }

    /// True when the findings of severity `s` may be kept.
    pub fn keeps_severity(&self, s: Severity) -> bool {
        self.severity.is_none_or(|t| s >= t)
    }

    /// True when the findings of `file` may be kept.
    pub fn keeps_file(&self, file: &str) -> bool {
        self.files.as_ref().is_none_or(|g| g.is_match(file))
    }

    /// `[error, warning, info]` counts of one rule in one file, less what the filter drops.
    pub fn counts(&self, file: &str, rule: &str, counts: [usize; 3]) -> [usize; 3] {
        if !self.keeps_file(file) || !self.keeps_rule(rule) {
            return [0; 3];
        }
        let mut kept = counts;
        for (n, s) in kept
            .iter_mut()
            .zip([Severity::Error, Severity::Warning, Severity::Info])
        {
            if !self.keeps_severity(s) {
                *n = 0;
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testutil::{doc, finding, quoting, sample};

    #[test]
    fn every_regulation_is_summed_by_severity() {
        let rows = sample().by_reglament();
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!((r.line, r.error, r.warning, r.info), (68, 1, 0, 1));
        assert_eq!(r.language, "ru");
        assert_eq!(
            r.title,
            "Назначение государственной адресной социальной помощи"
        );
    }

    #[test]
    fn a_filter_keeps_rules_severities_and_files() {
        let by_rule = Filter::new(&["numbering".into()], None, &[]).unwrap();
        let mut r = sample();
        r.filter(&by_rule);
        assert_eq!(
            r.findings().map(|f| f.rule).collect::<Vec<_>>(),
            ["numbering"]
        );

        let mut r = sample();
        r.filter(&Filter::new(&[], Some(Severity::Warning), &[]).unwrap());
        assert_eq!(
            r.findings().map(|f| f.rule).collect::<Vec<_>>(),
            ["duration-mismatch"]
        );

        let other = "reglaments/001_x.txt";
        let mut r = Report::new(
            &[
                (
                    doc("reglaments/000_y.txt"),
                    vec![finding(
                        "reglaments/000_y.txt",
                        "numbering",
                        Severity::Info,
                        &[1],
                        &[],
                        quoting("m"),
                    )],
                ),
                (
                    doc(other),
                    vec![finding(
                        other,
                        "numbering",
                        Severity::Info,
                        &[2],
                        &[],
                        quoting("m"),
                    )],
                ),
            ],
            &[],
        );
        r.filter(&Filter::new(&[], None, &["reglaments/001*".into()]).unwrap());
        assert_eq!(
            r.findings().map(|f| f.file.as_str()).collect::<Vec<_>>(),
            [other]
        );
        assert!(Filter::new(&[], None, &["a[".into()]).is_err());
        let f = Filter::new(
            &["numbering".into()],
            Some(Severity::Warning),
            &["a/*".into()],
        )
        .unwrap();
        assert_eq!(f.counts("a/x.txt", "numbering", [1, 2, 3]), [1, 2, 0]);
        assert_eq!(f.counts("b/x.txt", "numbering", [1, 2, 3]), [0, 0, 0]);
        assert_eq!(
            f.counts("a/x.txt", "handoff-mismatch", [1, 2, 3]),
            [0, 0, 0]
        );
        assert!(Filter::default().is_empty());
    }

    #[test]
    fn the_report_speaks_the_language_of_most_regulations() {
        assert_eq!(sample().language(), Lang::Ru);
        let mut kk = sample();
        kk.runs[0].reglaments[0].language = Language::Kk;
        assert_eq!(kk.language(), Lang::Kk);
        assert_eq!(Report::default().language(), Lang::En);
    }
}
