//! The report pages (`report.json`, `.md`, `.html`), written act by act from the findings store.

use rayon::prelude::*;

use super::Difference;
use super::manifest::Entry;
use super::store::{Store, stored_findings};
use super::write::{Sink, Stream};
use crate::error::Error;
use crate::i18n::Lang;
use crate::model::Language;
use crate::report::{self, Counts, FileReport, Filter, Head, Levels, Page, ReglamentRef};

/// How many files' report sections are rendered at once (in parallel) before being written.
const REPORT_BATCH: usize = 64;

/// The language most regulations of the run are written in (Russian on a tie, English when
/// there are none), as `Report::language` chooses it.
fn language(entries: &[Entry]) -> Lang {
    let kk = entries
        .iter()
        .flat_map(|e| &e.reglaments)
        .filter(|r| r.language == Language::Kk)
        .count();
    let all: usize = entries.iter().map(|e| e.reglaments.len()).sum();
    match all {
        0 => Lang::En,
        _ if kk * 2 > all => Lang::Kk,
        _ => Lang::Ru,
    }
}

/// What the pages show of the findings: the filter's findings at the levels' severities.
#[derive(Clone, Copy)]
struct Shown<'a> {
    filter: &'a Filter,
    levels: &'a Levels,
}

impl Shown<'_> {
    /// The findings of an entry shown: `[error, warning, info]` per rule (a rule left with none
    /// is dropped).
    fn kept(self, e: &Entry) -> Vec<(&'static str, [usize; 3])> {
        e.rules
            .iter()
            .map(|(rule, n)| {
                (
                    stored_findings::intern(rule),
                    self.filter
                        .counts(&e.file, rule, self.levels.counts(rule, *n)),
                )
            })
            .filter(|(_, n)| n.iter().sum::<usize>() > 0)
            .collect()
    }

    /// The number of an entry's findings shown, by severity.
    fn severities(self, e: &Entry) -> [usize; 3] {
        if self.filter.is_empty() {
            return e.severities(self.levels);
        }
        let mut n = [0; 3];
        for (_, c) in self.kept(e) {
            for (t, c) in n.iter_mut().zip(c) {
                *t += c;
            }
        }
        n
    }

    fn findings(self, e: &Entry) -> usize {
        self.severities(e).iter().sum()
    }

    /// An act's stored findings as shown.
    fn apply(self, findings: &mut Vec<crate::check::Finding>) {
        self.levels.apply(findings);
        findings.retain(|f| self.filter.keeps(f));
    }
}

/// Writes the three report pages act by act: each input's findings are read from the store,
/// added to every page and dropped before the next input's. The pages hold the findings
/// `filter` keeps, at the severities `levels` set.
pub(super) fn write_report(
    entries: &[Entry],
    order: &[usize],
    (failed, filter, levels, lang): (&[Error], &Filter, &Levels, Option<Lang>),
    (sink, store): (&Sink, &Store),
    errors: &mut Vec<Error>,
    stale: &mut Vec<(String, Difference)>,
) {
    let mut counts = Counts {
        files: entries.len(),
        reglaments: entries.iter().map(|e| e.reglaments.len()).sum(),
        ..Default::default()
    };
    let shown = Shown { filter, levels };
    for e in entries {
        for (rule, n) in shown.kept(e) {
            let total = counts.by_rule.entry(rule).or_default();
            for (t, c) in total.iter_mut().zip(n) {
                *t += c;
            }
        }
    }
    for n in counts.by_rule.values() {
        counts.error += n[0];
        counts.warning += n[1];
        counts.info += n[2];
    }
    counts.findings = counts.error + counts.warning + counts.info;
    let head = Head {
        counts,
        failed,
        baselined: 0,
        acts: order
            .iter()
            .enumerate()
            .filter(|&(_, &i)| shown.findings(&entries[i]) > 0)
            .map(|(pos, &i)| {
                let e = &entries[i];
                (pos, e.file.as_str(), shown.severities(e))
            })
            .collect(),
        by_reglament: Vec::new(),
        new_since_baseline: None,
    };
    let asked = lang;
    let lang = lang.unwrap_or_else(|| language(entries));
    let mut json = sink.stream("report.json");
    let mut markdown = sink.stream("report.md");
    let mut html = sink.stream("report.html");
    let mut buf = String::new();
    report::Json::new(lang, asked).head(&head, &mut buf);
    json.push(&buf);
    buf.clear();
    report::Markdown(lang, asked).head(&head, &mut buf);
    markdown.push(&buf);
    buf.clear();
    report::Html(lang, asked).head(&head, &mut buf);
    html.push(&buf);
    buf.clear();

    // Files with findings, each with its place in the report and the findings before it.
    let mut before = 0;
    let acts: Vec<(usize, &Entry, usize)> = order
        .iter()
        .enumerate()
        .filter(|&(_, &i)| shown.findings(&entries[i]) > 0)
        .map(|(pos, &i)| {
            let e = &entries[i];
            let item = (pos, e, before);
            before += shown.findings(e);
            item
        })
        .collect();
    // A batch of files is rendered in parallel and written in order, so the pages cost the
    // serial tail of the run little and memory holds one batch of findings.
    let mut written = 0;
    for batch in acts.chunks(REPORT_BATCH) {
        let rendered: Vec<Result<(usize, [String; 3]), Error>> = batch
            .par_iter()
            .map(|&(pos, e, before)| {
                let run = FileReport {
                    file: e.file.clone(),
                    reglaments: e
                        .reglaments
                        .iter()
                        .map(|r| ReglamentRef {
                            title: r.title.clone(),
                            line: r.line,
                            language: r.language,
                        })
                        .collect(),
                    findings: {
                        let mut findings = store.load(&e.act, e.fresh)?;
                        shown.apply(&mut findings);
                        findings
                    },
                    source: store.load_source(&e.act, e.fresh)?,
                };
                let mut parts: [String; 3] = Default::default();
                report::Json::after(before, lang, asked).act(pos, &run, &mut parts[0]);
                report::Markdown(lang, asked).act(pos, &run, &mut parts[1]);
                report::Html(lang, asked).act(pos, &run, &mut parts[2]);
                Ok((run.findings.len(), parts))
            })
            .collect();
        for r in rendered {
            match r {
                Ok((n, [j, m, h])) => {
                    // The JSON part opens with a comma unless it is the first written, which
                    // a file whose findings could not be read may have changed.
                    let rendered_first = j.starts_with("\n");
                    match (written == 0, rendered_first) {
                        (true, false) => json.push(&j[1..]),
                        (false, true) => json.push(&format!(",{j}")),
                        _ => json.push(&j),
                    }
                    written += n;
                    markdown.push(&m);
                    html.push(&h);
                }
                Err(err) => errors.push(err),
            }
        }
    }
    let tail = |page: &mut dyn Page, stream: &mut Stream, buf: &mut String| {
        page.tail(&head, buf);
        stream.push(buf);
        buf.clear();
    };
    tail(
        &mut report::Json::after(written, lang, asked),
        &mut json,
        &mut buf,
    );
    tail(&mut report::Markdown(lang, asked), &mut markdown, &mut buf);
    tail(&mut report::Html(lang, asked), &mut html, &mut buf);
    for stream in [json, markdown, html] {
        stream.finish(errors, stale);
    }
}
