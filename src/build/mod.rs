//! The main job: every regulation of a tree → BPMN, SVG, model JSON, the findings report and an
//! index page, under one directory.
//!
//! Output paths are ASCII slugs made here (never taken from the text), so nothing a regulation
//! says can lead a write outside the output directory. Every file is written to a temporary
//! name and renamed, so an interrupted run leaves either the old or the new file, never half.
//!
//! Files are processed one per worker and written as soon as they are drawn; only a small
//! summary of each (regulations, diagram names, finding counts) is kept for the report and the
//! index. The findings themselves wait on disk (`.findings/<act>.json`) and the report pages are
//! written act by act from there, so memory does not grow with the corpus beyond those
//! summaries. A manifest (`.manifest.json`) records each input's content hash and outputs: an
//! unchanged input is not even parsed on the next run, and the outputs an input no longer
//! produces are removed.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use walkdir::WalkDir;

use crate::check::{self, Finding, Severity};
use crate::error::Error;
use crate::layout::{graph, place};
use crate::model::Document;
use crate::report::{self, Counts, FailOn, FileReport, Head, Page, ReglamentRef};
use crate::site;
use crate::slug::slug;
use crate::text::Encoding;
use crate::{bpmn, svg};

mod pages;
mod render;
mod store;
mod write;

use pages::*;
use render::*;
pub use render::{DiagramFormat, act_dirs, diagrams};
use store::*;
pub use write::write_atomic;
use write::*;

/// Name of the manifest in the output directory (hidden: it is a cache, not published content).
pub const MANIFEST: &str = ".manifest.json";

/// How many files' report sections are rendered at once (in parallel) before being written.
const REPORT_BATCH: usize = 64;

/// Directory of the findings of each input (`<act>.json`) in the output directory: hidden, a
/// cache the report is written from.
pub const FINDINGS: &str = ".findings";

/// How `build` runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force an encoding instead of detecting it.
    pub encoding: Option<Encoding>,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Rebuild every input even when the manifest says it is unchanged.
    pub force: bool,
    /// Write nothing: rebuild in memory and list the output files that differ.
    pub check: bool,
}

/// Why an output file differs from what the build would write (`--check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    Missing,
    Changed,
    Extra,
}

impl Difference {
    /// Lowercase name for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Difference::Missing => "missing",
            Difference::Changed => "changed",
            Difference::Extra => "extra",
        }
    }
}

/// What one build produced.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub reglaments: usize,
    pub diagrams: usize,
    pub findings: usize,
    /// Findings per severity: error, warning, info.
    pub severities: [usize; 3],
    /// Inputs parsed in this run; the others were unchanged since the manifest.
    pub rebuilt: usize,
    pub errors: Vec<Error>,
    /// `--check`: output paths (relative, `/`-separated) that differ, sorted.
    pub stale: Vec<(String, Difference)>,
}

impl Summary {
    /// True when a finding reaches the `fail_on` threshold.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        match fail_on.threshold() {
            Some(Severity::Info) => self.severities.iter().sum::<usize>() > 0,
            Some(Severity::Warning) => self.severities[0] + self.severities[1] > 0,
            Some(Severity::Error) => self.severities[0] > 0,
            None => false,
        }
    }
}

/// What one worker returns for one input.
struct Outcome {
    /// The manifest entry after this run (rebuilt, kept, or the last good one of a failed file).
    entry: Option<Entry>,
    rebuilt: bool,
    errors: Vec<Error>,
    stale: Vec<(String, Difference)>,
}

fn process(
    file: &Path,
    act: &str,
    old: Option<&Entry>,
    (sink, store): (&Sink, &Store),
    opts: &Options,
) -> Outcome {
    let name = file.display().to_string();
    let bytes = match crate::parse::read_input(file) {
        Ok(b) => b,
        Err(e) => {
            return Outcome {
                entry: old.cloned(),
                rebuilt: false,
                errors: vec![e],
                stale: Vec::new(),
            };
        }
    };
    let hash = content_hash(&bytes, opts.encoding);
    if let Some(old) = old
        && !opts.force
        && !opts.check
        && old.hash == hash
        && old.act == act
        && old.outputs.iter().all(|o| sink.existing.contains(o))
        && store.has(act)
    {
        return Outcome {
            entry: Some(old.clone()),
            rebuilt: false,
            errors: Vec::new(),
            stale: Vec::new(),
        };
    }
    let crate::parse::Sourced {
        document: doc,
        source,
    } = match crate::parse::parse_bytes_sourced(&name, &bytes, opts.encoding) {
        Ok(s) => s,
        // The last good outputs stay, and so does their entry: the old hash no longer matches
        // the file, so the next run tries again.
        Err(e) => {
            return Outcome {
                entry: old.cloned(),
                rebuilt: true,
                errors: vec![e],
                stale: Vec::new(),
            };
        }
    };
    drop(bytes);
    let findings = check::check(&doc);
    let mut outputs = Vec::new();
    let mut errors = Vec::new();
    let mut stale = Vec::new();
    let reglaments = render(
        &doc,
        &source,
        Outputs {
            bpmn: true,
            svg: true,
            full: true,
        },
        &findings,
        &mut |rel, data| {
            let rel = format!("{act}/{rel}");
            sink.put(&rel, &data, &mut errors, &mut stale);
            outputs.push(rel);
        },
    );
    outputs.sort();
    let mut rules: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for f in &findings {
        rules.entry(f.rule.to_string()).or_default()[severity_index(f.severity)] += 1;
    }
    if let Err(e) = store.save(act, &findings, &source) {
        errors.push(e);
    }
    drop(findings);
    let mut entry = Entry {
        file: name,
        hash,
        act: act.to_string(),
        outputs,
        reglaments,
        rules,
    };
    if !errors.is_empty() {
        // Some writes failed: keep tracking the old outputs too (nothing may be orphaned or
        // removed), and forget the hash so the next run rebuilds.
        if let Some(old) = old {
            entry.outputs.extend(old.outputs.iter().cloned());
            entry.outputs.sort();
            entry.outputs.dedup();
        }
        entry.hash.clear();
    }
    Outcome {
        entry: Some(entry),
        rebuilt: true,
        errors,
        stale,
    }
}

/// True for an untracked file the build may delete: one of its own kinds of output inside an
/// act directory (one holding `model.json`), or a temporary file left by an interrupted write.
/// Anything else under the output directory is left alone (`--check` still lists it).
fn owned(out: &Path, rel: &str) -> bool {
    if rel.contains(".tmp-") {
        return true;
    }
    let Some((act, _)) = rel.split_once('/') else {
        return false;
    };
    let ours = [".bpmn", ".svg", ".json", ".png"]
        .iter()
        .any(|ext| rel.ends_with(ext));
    ours && out.join(act).join("model.json").is_file()
}

/// Build every input file into `out`; files that fail are reported and the rest still build.
pub fn build(files: &[PathBuf], out: &Path, opts: &Options) -> Summary {
    build_with_progress(files, out, opts, &|| {})
}

/// [`build`], calling `tick` once per input file as it is finished (from any worker thread).
pub fn build_with_progress(
    files: &[PathBuf],
    out: &Path,
    opts: &Options,
    tick: &(dyn Fn() + Sync),
) -> Summary {
    match opts.jobs {
        Some(n) => match rayon::ThreadPoolBuilder::new().num_threads(n).build() {
            Ok(pool) => pool.install(|| run(files, out, opts, tick)),
            Err(e) => Summary {
                files: files.len(),
                errors: vec![Error::new(
                    out.display().to_string(),
                    None,
                    format!("cannot start {n} workers: {e}"),
                )],
                ..Default::default()
            },
        },
        None => run(files, out, opts, tick),
    }
}

fn run(files: &[PathBuf], out: &Path, opts: &Options, tick: &(dyn Fn() + Sync)) -> Summary {
    let acts = act_dirs(files);
    let manifest = if opts.force || opts.check {
        Manifest::default()
    } else {
        read_manifest(out)
    };
    let old: std::collections::HashMap<&str, &Entry> = manifest
        .files
        .iter()
        .map(|e| (e.file.as_str(), e))
        .collect();
    let existing = existing_files(out);
    let sink = Sink {
        out,
        check: opts.check,
        existing: &existing,
        dirs: Dirs::default(),
    };
    let store = match Store::new(out, opts.check) {
        Ok(s) => s,
        Err(e) => {
            return Summary {
                files: files.len(),
                errors: vec![Error::new(
                    out.display().to_string(),
                    None,
                    format!("cannot make a temporary directory for the findings: {e}"),
                )],
                ..Default::default()
            };
        }
    };

    let outcomes: Vec<Outcome> = files
        .par_iter()
        .zip(acts.par_iter())
        .map(|(f, act)| {
            let o = process(
                f,
                act,
                old.get(f.display().to_string().as_str()).copied(),
                (&sink, &store),
                opts,
            );
            tick();
            o
        })
        .collect();

    let mut summary = Summary {
        files: files.len(),
        ..Default::default()
    };
    let mut entries = Vec::with_capacity(outcomes.len());
    for o in outcomes {
        summary.rebuilt += usize::from(o.rebuilt);
        summary.errors.extend(o.errors);
        summary.stale.extend(o.stale);
        if let Some(e) = o.entry {
            entries.push(e);
        }
    }
    for e in &entries {
        summary.reglaments += e.reglaments.len();
        summary.diagrams += e.reglaments.iter().map(|r| r.diagrams.len()).sum::<usize>();
        summary.findings += e.findings();
        for (total, n) in summary.severities.iter_mut().zip(e.severities()) {
            *total += n;
        }
    }

    // The report and the index cover every input, rebuilt or not, in file-name order.
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| entries[a].file.cmp(&entries[b].file));
    let mut failed: Vec<Error> = summary
        .errors
        .iter()
        .filter(|e| files.iter().any(|f| f.display().to_string() == e.file))
        .cloned()
        .collect();
    failed.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
    let mut top_errors = Vec::new();
    let mut top_stale = Vec::new();
    write_report(
        &entries,
        &order,
        &failed,
        (&sink, &store),
        &mut top_errors,
        &mut top_stale,
    );
    // The index borrows each entry's regulations (moved out and back, not copied) and is
    // written act by act.
    let site_acts: Vec<site::Act> = order
        .iter()
        .map(|&i| site::Act {
            file: entries[i].file.clone(),
            dir: entries[i].act.clone(),
            reglaments: std::mem::take(&mut entries[i].reglaments),
        })
        .collect();
    let mut index = sink.stream("index.html");
    site::write_index(&site_acts, Some("report.html"), &mut |chunk| {
        index.push(chunk)
    });
    index.finish(&mut top_errors, &mut top_stale);
    for (act, &i) in site_acts.into_iter().zip(&order) {
        entries[i].reglaments = act.reglaments;
    }
    summary.errors.extend(top_errors);
    summary.stale.extend(top_stale);

    if !opts.check {
        store.prune(&entries.iter().map(|e| e.act.as_str()).collect());
    }
    let mut expected: HashSet<&str> = ["report.json", "report.md", "report.html", "index.html"]
        .into_iter()
        .collect();
    for e in &entries {
        expected.extend(e.outputs.iter().map(String::as_str));
    }
    let untracked: Vec<&String> = existing
        .iter()
        .filter(|p| !expected.contains(p.as_str()))
        .collect();
    if opts.check {
        summary
            .stale
            .extend(untracked.iter().map(|p| ((*p).clone(), Difference::Extra)));
        summary.stale.sort();
        return summary;
    }

    // Stale outputs: files this build made before and no longer makes.
    // Decided for all before deleting any, since deleting `model.json` changes what `owned` says.
    let doomed: Vec<&String> = untracked.into_iter().filter(|p| owned(out, p)).collect();
    let mut dirs = BTreeSet::new();
    for rel in doomed {
        let path = out.join(rel);
        if let Err(e) = std::fs::remove_file(&path) {
            summary.errors.push(Error::new(
                path.display().to_string(),
                None,
                format!("cannot remove stale output: {e}"),
            ));
        }
        let mut d = Path::new(rel.as_str()).parent();
        while let Some(p) = d.filter(|p| !p.as_os_str().is_empty()) {
            dirs.insert(p.to_path_buf());
            d = p.parent();
        }
    }
    // Deepest first; a directory that still holds something is kept (remove_dir refuses).
    for d in dirs.iter().rev() {
        let _ = std::fs::remove_dir(out.join(d));
    }

    let manifest = Manifest {
        version: env!("CARGO_PKG_VERSION").to_string(),
        files: entries,
    };
    if let Err(e) = write_manifest(out, &manifest) {
        summary.errors.push(write_error(&out.join(MANIFEST), e));
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_act_names_get_numbered_in_input_order() {
        let files: Vec<PathBuf> = ["a/Акт.txt", "b/акт.md", "c/akt-2.txt", "d/x.txt"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(act_dirs(&files), ["akt", "akt-2", "akt-2-2", "x"]);
    }

    #[test]
    fn diagram_names_drop_the_regulation_prefix() {
        assert_eq!(diagram_name("R12_state_corp"), "state-corp");
        assert_eq!(diagram_name("R1_provider_s2"), "provider-s2");
        assert_eq!(diagram_name("Rx_provider"), "rx-provider");
    }

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(
            fnv1a(0xcbf2_9ce4_8422_2325, b"foobar"),
            0x8594_4171_f739_67e8
        );
    }

    #[test]
    fn fail_on_thresholds() {
        let s = Summary {
            severities: [0, 2, 5],
            ..Default::default()
        };
        assert!(!s.fails(FailOn::Error));
        assert!(s.fails(FailOn::Warning));
        assert!(s.fails(FailOn::Info));
        assert!(!s.fails(FailOn::Never));
    }
}
