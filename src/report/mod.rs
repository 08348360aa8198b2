//! Reports of the consistency check for auditors: one [`Report`] per run, rendered as compiler-style
//! text, markdown, a self-contained HTML page or JSON.
//!
//! A report is built from the parsed documents with their findings plus the files that could not
//! be read, so every format can name both. Everything is sorted (file, regulation line, first
//! line, rule) and carries no timestamp, so two runs over the same tree give identical bytes.

pub mod baseline;
pub mod diff;
pub mod html;
pub mod json;
pub mod levels;
pub mod markdown;
pub mod sarif;
pub mod summary;
pub mod text;
pub mod words;

use std::collections::BTreeMap;

use crate::check::{Finding, Severity};
use crate::error::Error;
use crate::i18n::Lang;
use crate::model::{Document, Language, Source};

pub use baseline::Baseline;
pub use html::{Html, html};
pub use json::{Json, json};
pub use levels::{Level, Levels};
pub use markdown::{Markdown, markdown};
pub use sarif::sarif;
pub use summary::{Filter, ReglamentSummary};
pub use text::text;

/// Output format of `reglament check`.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Compiler-style `file:line: severity[rule]: message` lines with the quotes below.
    #[default]
    Text,
    /// One markdown document grouped by act and regulation, with word-level diffs.
    Markdown,
    /// One self-contained HTML page (inline CSS, no scripts).
    Html,
    /// Machine-readable findings and summary (docs/check.md).
    Json,
    /// SARIF 2.1.0, the format code-scanning tools and editors read.
    Sarif,
}

/// The lowest severity that makes `reglament check` exit 1.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Info,
    /// Findings never fail the run; only unreadable inputs do (exit 2).
    Never,
}

impl FailOn {
    /// The severity threshold, or `None` for `never`.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// A regulation of a checked file, kept so the report can name it and tag its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReglamentRef {
    pub title: String,
    pub line: u32,
    pub language: Language,
}

/// The findings of one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub file: String,
    /// Every regulation of the file, by line, including those without findings.
    pub reglaments: Vec<ReglamentRef>,
    /// Sorted by regulation line, first line, rule.
    pub findings: Vec<Finding>,
    /// Where the lines stand in the file when it is not plain text (a Word paragraph, a PDF
    /// page and line); the reports cite those places.
    pub source: Source,
}

impl FileReport {
    /// [error, warning, info] counts of the file's findings.
    pub fn severity_counts(&self) -> [usize; 3] {
        let mut n = [0; 3];
        for f in &self.findings {
            n[severity_index(f.severity)] += 1;
        }
        n
    }

    /// «line 102», or the place of the line in the file's own terms («paragraph 40»).
    pub fn cite(&self, line: u32) -> String {
        self.source.cite(line)
    }

    /// [`FileReport::cite`] in `lang`: «строка 102», «102-жол», «абзац 40».
    pub fn cite_in(&self, line: u32, lang: Lang) -> String {
        crate::check::cite(lang, &self.source, line)
    }

    /// The places of a finding in `lang`: «строки 102, 140», «102, 140-жолдар» in a text file,
    /// «абзац 40; абзац 52» in a Word file.
    pub fn cite_lines(&self, f: &Finding, lang: Lang) -> String {
        match &f.lines[..] {
            [line] => self.cite_in(*line, lang),
            lines if self.source.is_text() => {
                let list: Vec<String> = lines.iter().map(u32::to_string).collect();
                crate::i18n::text(lang, "report-lines", &[("list", list.join(", ").into())])
            }
            lines => {
                let places: Vec<String> = lines.iter().map(|&l| self.cite_in(l, lang)).collect();
                places.join("; ")
            }
        }
    }

    /// The language a finding is worded in: the one asked for, else its regulation's own (for
    /// a finding outside any regulation, the file's first regulation's; `page` when the file has
    /// none), so a Kazakh regulation's findings read in Kazakh on a page of a mostly Russian run.
    pub fn finding_lang(&self, f: &Finding, asked: Option<Lang>, page: Lang) -> Lang {
        asked.unwrap_or_else(|| {
            self.reglaments
                .iter()
                .find(|r| r.line == f.reglament_line)
                .or(self.reglaments.first())
                .map_or(page, |r| Lang::of(r.language))
        })
    }

    /// The finding's message in `lang`, the lines it names cited as places of the file («строка
    /// 1752» in a text file, «абзац 40» in a Word file).
    pub fn message(&self, f: &Finding, lang: Lang) -> String {
        f.message.render(lang, &self.source)
    }

    /// The findings grouped by regulation (in line order), each with its regulation.
    pub fn by_reglament(&self) -> Vec<(ReglamentRef, Vec<&Finding>)> {
        let mut groups: Vec<(ReglamentRef, Vec<&Finding>)> = Vec::new();
        for f in &self.findings {
            match groups.last_mut() {
                Some((r, list)) if r.line == f.reglament_line && r.title == f.reglament => {
                    list.push(f)
                }
                _ => {
                    let r = self
                        .reglaments
                        .iter()
                        .find(|r| r.line == f.reglament_line)
                        .cloned()
                        .unwrap_or_else(|| ReglamentRef {
                            title: f.reglament.clone(),
                            line: f.reglament_line,
                            language: Language::Ru,
                        });
                    groups.push((r, vec![f]));
                }
            }
        }
        groups
    }
}

/// One run of the checker over a set of files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The files that were read, sorted by name.
    pub runs: Vec<FileReport>,
    /// The files that could not be read or hold no regulation, sorted by name.
    pub failed: Vec<Error>,
    /// How many findings a baseline accepted (left out of `runs`).
    pub baselined: usize,
    /// Whether a baseline was applied: the findings left are the new ones.
    pub baseline_applied: bool,
}

/// What a report page states before its first finding.
#[derive(Debug, Clone)]
pub struct Head<'a> {
    pub counts: Counts,
    /// The files that could not be read or hold no regulation, sorted by name.
    pub failed: &'a [Error],
    /// How many findings a baseline accepted.
    pub baselined: usize,
    /// The files with findings, in report order: position among all files of the run, name,
    /// and [error, warning, info] counts.
    pub acts: Vec<(usize, &'a str, [usize; 3])>,
    /// The findings of each regulation by severity, when the whole report is at hand (a
    /// streamed build page leaves it empty).
    pub by_reglament: Vec<ReglamentSummary>,
    /// How many findings are new since the baseline, when one was applied.
    pub new_since_baseline: Option<usize>,
}

/// A report format written file by file, so that a run over a large tree is written as it goes
/// and never held as one page: `head`, then `act` for each file with findings (in report
/// order), then `tail`.
pub trait Page {
    /// Everything before the first file's findings.
    fn head(&mut self, head: &Head, out: &mut String);
    /// One file's findings; `index` is its position among all files of the run.
    fn act(&mut self, index: usize, run: &FileReport, out: &mut String);
    /// Everything after the last file's findings.
    fn tail(&mut self, head: &Head, out: &mut String);
}

/// A whole report page in one string.
pub fn page(format: &mut dyn Page, report: &Report) -> String {
    let head = report.head();
    let mut out = String::new();
    format.head(&head, &mut out);
    for (i, run) in report.runs.iter().enumerate() {
        if !run.findings.is_empty() {
            format.act(i, run, &mut out);
        }
    }
    format.tail(&head, &mut out);
    out
}

/// Counts per severity and per rule of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub files: usize,
    pub reglaments: usize,
    pub findings: usize,
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    /// rule id → [error, warning, info] counts.
    pub by_rule: BTreeMap<&'static str, [usize; 3]>,
}

impl Counts {
    /// A «24 errors, 77 warnings, 30 info» phrase.
    pub fn severities(&self) -> String {
        format!(
            "{} {}, {} {}, {} info",
            self.error,
            plural(self.error, "error", "errors"),
            self.warning,
            plural(self.warning, "warning", "warnings"),
            self.info
        )
    }
}

/// `one` for 1, else `many`.
pub(crate) fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// Index of a severity in the `[error, warning, info]` arrays of [`Counts`].
pub(crate) fn severity_index(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// The order every format lists findings in: file, regulation line, first line, rule, lines.
/// A finding's non-empty quotes, each with the line it was printed on.
fn numbered_quotes(f: &Finding) -> Vec<(u32, &str)> {
    f.quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.trim().is_empty())
        .map(|(i, q)| {
            (
                f.lines.get(i).copied().unwrap_or(f.reglament_line),
                q.as_str(),
            )
        })
        .collect()
}

fn finding_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    a.file
        .cmp(&b.file)
        .then(a.reglament_line.cmp(&b.reglament_line))
        .then(a.lines.first().cmp(&b.lines.first()))
        .then(a.rule.cmp(b.rule))
        .then(a.lines.cmp(&b.lines))
        .then(a.message.cmp(&b.message))
}

impl Report {
    /// Builds the report of a run from the checked documents and the files that failed.
    pub fn new(checked: &[(Document, Vec<Finding>)], failed: &[Error]) -> Self {
        let mut runs: Vec<FileReport> = checked
            .iter()
            .map(|(doc, findings)| {
                let mut reglaments: Vec<ReglamentRef> = doc
                    .reglaments
                    .iter()
                    .map(|r| ReglamentRef {
                        title: r.title.clone(),
                        line: r.line,
                        language: r.language,
                    })
                    .collect();
                reglaments.sort_by_key(|r| r.line);
                let mut findings = findings.clone();
                findings.sort_by(finding_order);
                FileReport {
                    file: doc.file.clone(),
                    reglaments,
                    findings,
                    source: Source::default(),
                }
            })
            .collect();
        runs.sort_by(|a, b| a.file.cmp(&b.file));
        let mut failed = failed.to_vec();
        failed.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
        Report {
            runs,
            failed,
            baselined: 0,
            baseline_applied: false,
        }
    }

    /// Sets where the lines of `file` stand in it (a Word, web-page or PDF file), so the
    /// findings cite those places.
    pub fn locate(&mut self, file: &str, source: Source) {
        if let Some(run) = self.runs.iter_mut().find(|r| r.file == file) {
            run.source = source;
        }
    }

    /// Leaves out the findings whose fingerprint `baseline` accepts; returns how many.
    pub fn apply_baseline(&mut self, baseline: &Baseline) -> usize {
        let mut dropped = 0;
        for run in &mut self.runs {
            let before = run.findings.len();
            run.findings.retain(|f| !baseline.accepts(&f.fingerprint));
            dropped += before - run.findings.len();
        }
        self.baselined += dropped;
        self.baseline_applied = true;
        dropped
    }

    /// Every finding, in report order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.runs.iter().flat_map(|r| r.findings.iter())
    }

    /// Counts of files, regulations and findings per severity and rule.
    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            files: self.runs.len(),
            reglaments: self.runs.iter().map(|r| r.reglaments.len()).sum(),
            ..Default::default()
        };
        for f in self.findings() {
            c.findings += 1;
            match f.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Info => c.info += 1,
            }
            c.by_rule.entry(f.rule).or_default()[severity_index(f.severity)] += 1;
        }
        c
    }

    /// The head of this report's pages.
    pub fn head(&self) -> Head<'_> {
        Head {
            counts: self.counts(),
            failed: &self.failed,
            baselined: self.baselined,
            acts: self
                .runs
                .iter()
                .enumerate()
                .filter(|(_, r)| !r.findings.is_empty())
                .map(|(i, r)| (i, r.file.as_str(), r.severity_counts()))
                .collect(),
            by_reglament: self.by_reglament(),
            new_since_baseline: self.baseline_applied.then(|| self.findings().count()),
        }
    }

    /// True when some finding is at or above the `fail_on` threshold.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        match fail_on.threshold() {
            Some(t) => self.findings().any(|f| f.severity >= t),
            None => false,
        }
    }

    /// The exit code of `reglament check`: 2 when an input failed (it outranks findings, because
    /// the run is incomplete), else 1 when a finding reaches `fail_on`, else 0.
    pub fn exit_code(&self, fail_on: FailOn) -> u8 {
        if !self.failed.is_empty() {
            2
        } else if self.fails(fail_on) {
            1
        } else {
            0
        }
    }
}

/// Builds the report of a single document (no failed files), for tests and callers with one file.
pub fn of_document(doc: &Document) -> Report {
    Report::new(&[(doc.clone(), crate::check::check(doc))], &[])
}

#[cfg(test)]
pub(crate) mod testutil;

#[cfg(test)]
mod tests {
    use super::testutil::*;
    use super::*;

    #[test]
    fn findings_are_sorted_by_file_then_line_then_rule() {
        let a = "b.txt";
        let b = "a.txt";
        let report = Report::new(
            &[
                (
                    doc(a),
                    vec![
                        finding(a, "numbering", Severity::Info, &[90], &["x"], quoting("m")),
                        finding(
                            a,
                            "duration-mismatch",
                            Severity::Error,
                            &[90],
                            &["x"],
                            quoting("m"),
                        ),
                        finding(
                            a,
                            "missing-actor",
                            Severity::Warning,
                            &[70],
                            &["x"],
                            quoting("m"),
                        ),
                    ],
                ),
                (
                    doc(b),
                    vec![finding(
                        b,
                        "numbering",
                        Severity::Info,
                        &[300],
                        &["x"],
                        quoting("m"),
                    )],
                ),
            ],
            &[],
        );
        let order: Vec<(&str, u32, &str)> = report
            .findings()
            .map(|f| (f.file.as_str(), f.lines[0], f.rule))
            .collect();
        assert_eq!(
            order,
            vec![
                ("a.txt", 300, "numbering"),
                ("b.txt", 70, "missing-actor"),
                ("b.txt", 90, "duration-mismatch"),
                ("b.txt", 90, "numbering"),
            ]
        );
    }

    #[test]
    fn counts_split_by_rule_and_severity() {
        let c = sample().counts();
        assert_eq!((c.files, c.reglaments, c.findings), (1, 1, 2));
        assert_eq!((c.error, c.warning, c.info), (1, 0, 1));
        assert_eq!(c.by_rule["duration-mismatch"], [1, 0, 0]);
        assert_eq!(c.by_rule["numbering"], [0, 0, 1]);
        assert_eq!(c.severities(), "1 error, 0 warnings, 1 info");
    }

    #[test]
    fn exit_code_follows_the_threshold_and_failed_files_win() {
        let r = sample();
        assert_eq!(r.exit_code(FailOn::Error), 1);
        assert_eq!(r.exit_code(FailOn::Warning), 1);
        assert_eq!(r.exit_code(FailOn::Never), 0);
        let mut only_info = sample();
        only_info.runs[0]
            .findings
            .retain(|f| f.severity == Severity::Info);
        assert_eq!(only_info.exit_code(FailOn::Error), 0);
        assert_eq!(only_info.exit_code(FailOn::Warning), 0);
        assert_eq!(only_info.exit_code(FailOn::Info), 1);
        let mut failed = only_info.clone();
        failed
            .failed
            .push(Error::new("x.txt", Some(1), "binary data"));
        assert_eq!(failed.exit_code(FailOn::Never), 2);
        assert_eq!(Report::default().exit_code(FailOn::Info), 0);
    }

    #[test]
    fn baseline_leaves_out_accepted_fingerprints_and_counts_them() {
        let mut r = sample();
        let fp = r.runs[0].findings[0].fingerprint.clone();
        let b = Baseline::parse(&format!("# accepted\n{fp}  # the duration\n")).unwrap();
        assert_eq!(r.apply_baseline(&b), 1);
        assert_eq!(r.baselined, 1);
        assert_eq!(r.findings().count(), 1);
        assert_ne!(r.runs[0].findings[0].fingerprint, fp);
    }

    #[test]
    fn places_are_cited_in_the_files_own_terms() {
        use crate::model::Place;
        let mut r = sample();
        let run = &r.runs[0];
        let f = &run.findings[0];
        assert_eq!(run.cite_lines(f, Lang::En), "lines 102, 140");
        assert_eq!(run.cite(102), "line 102");
        // The pages cite in their own language.
        assert_eq!(run.cite_lines(f, Lang::Ru), "строки 102, 140");
        assert_eq!(run.cite_lines(f, Lang::Kk), "102, 140-жолдар");
        assert_eq!(run.cite_in(102, Lang::Ru), "строка 102");
        assert_eq!(run.cite_in(102, Lang::Kk), "102-жол");
        let mut places = vec![Place::Paragraph { paragraph: 1 }; 200];
        places[101] = Place::Paragraph { paragraph: 40 };
        places[139] = Place::Row { table: 2, row: 5 };
        let file = run.file.clone();
        r.locate(
            &file,
            Source {
                format: "docx".into(),
                places,
            },
        );
        let run = &r.runs[0];
        let f = &run.findings[0];
        assert_eq!(run.cite_lines(f, Lang::En), "paragraph 40; table 2, row 5");
        let mut g = f.clone();
        g.message = crate::check::Message::new("finding-unused-participant")
            .arg("participant", "сотрудник услугодателя")
            .arg("line", crate::check::Value::Line(140));
        assert_eq!(
            run.message(&g, Lang::En),
            "Participant «сотрудник услугодателя» is listed (table 2, row 5) but never acts in any procedure list."
        );
        assert_eq!(
            run.message(&g, Lang::Ru),
            "Участник «сотрудник услугодателя» указан в перечне (таблица 2, строка 5), но не выполняет ни одной процедуры."
        );
        assert_eq!(
            run.message(&g, Lang::Kk),
            "«сотрудник услугодателя» қатысушысы тізбеде көрсетілген (2-кесте, 5-жол), бірақ бірде-бір рәсімді орындамайды."
        );
    }

    #[test]
    fn each_finding_speaks_its_regulations_language_unless_one_is_asked() {
        let mut r = sample();
        let run = &mut r.runs[0];
        run.reglaments.push(ReglamentRef {
            title: "Әлеуметтік көмек тағайындау".into(),
            line: 300,
            language: Language::Kk,
        });
        let ru = run.findings[0].clone();
        let mut kk = ru.clone();
        kk.reglament_line = 300;
        let mut outside = ru.clone();
        outside.reglament_line = 0;
        // The sample's first regulation (line 68) is Russian.
        assert_eq!(run.finding_lang(&ru, None, Lang::Kk), Lang::Ru);
        assert_eq!(run.finding_lang(&kk, None, Lang::Ru), Lang::Kk);
        assert_eq!(run.finding_lang(&outside, None, Lang::Kk), Lang::Ru);
        assert_eq!(run.finding_lang(&kk, Some(Lang::En), Lang::Ru), Lang::En);
        run.reglaments.clear();
        assert_eq!(run.finding_lang(&outside, None, Lang::Kk), Lang::Kk);
        // On a Russian page of the run, the Kazakh regulation's finding reads in Kazakh.
        let run = r.runs[0].clone();
        let mut page = String::new();
        let mut html = html::Html(Lang::Ru, None);
        let mut one = run.clone();
        one.reglaments.push(ReglamentRef {
            title: "Әлеуметтік көмек тағайындау".into(),
            line: 300,
            language: Language::Kk,
        });
        one.findings = vec![kk.clone()];
        html.act(0, &one, &mut page);
        assert!(page.contains("<p lang=\"kk\">"), "{page}");
        let mut asked = String::new();
        html::Html(Lang::Ru, Some(Lang::Ru)).act(0, &one, &mut asked);
        assert!(asked.contains("<p lang=\"ru\">"), "{asked}");
    }

    #[test]
    fn findings_group_by_regulation() {
        let r = sample();
        let groups = r.runs[0].by_reglament();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].0.line, 68);
        assert_eq!(groups[0].1.len(), 2);
    }
}
