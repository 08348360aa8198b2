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

/// Which outputs to compute: a `bpmn` or `svg` run needs neither the other format nor the findings.
#[derive(Debug, Clone, Copy)]
struct Outputs {
    bpmn: bool,
    svg: bool,
    full: bool,
}

/// Names already taken in one directory, and for each base the next suffix to try, so that
/// thousands of regulations with one title are named in linear time.
#[derive(Default)]
struct Names {
    taken: HashSet<String>,
    next: HashMap<String, u32>,
}

impl Names {
    fn claim(&mut self, base: String) -> String {
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// A diagram's file stem: its id without the `R<n>_` regulation prefix, which the regulation's
/// directory already says (and which would rename every file when a regulation is inserted).
fn diagram_name(id: &str) -> String {
    let s = slug(id, 60);
    match s.split_once('-') {
        Some((head, rest))
            if head.len() > 1
                && head.starts_with('r')
                && head[1..].bytes().all(|b| b.is_ascii_digit())
                && !rest.is_empty() =>
        {
            rest.to_string()
        }
        _ => s,
    }
}

/// Draws one document and hands every output to `emit` (path relative to the act's directory,
/// bytes) in a fixed order; returns what the index needs to know of each regulation.
fn render(
    doc: &Document,
    what: Outputs,
    findings: &[Finding],
    emit: &mut dyn FnMut(String, Vec<u8>),
) -> Vec<site::Reglament> {
    if what.full {
        emit(
            "model.json".to_string(),
            serde_json::to_vec_pretty(doc).expect("the model always serialises"),
        );
    }
    let mut dirs = Names::default();
    let mut out = Vec::with_capacity(doc.reglaments.len());
    for (ri, reg) in doc.reglaments.iter().enumerate() {
        let dir = dirs.claim(slug(&reg.title, 48));
        let mut names = Names::default();
        let mut diagrams = Vec::new();
        // Longer lists are not drawn; the `list-too-long` finding says so.
        for list in graph::diagram_lists(reg)
            .into_iter()
            .filter(|l| l.items.len() <= crate::layout::MAX_DIAGRAM_STEPS)
        {
            let mut d = graph::build_at(ri + 1, &doc.file, reg, list);
            place::place(&mut d);
            let name = names.claim(diagram_name(&d.id));
            if what.bpmn {
                emit(
                    format!("{dir}/{name}.bpmn"),
                    bpmn::write::write(&d).into_bytes(),
                );
            }
            if what.svg {
                let opts = svg::SvgOptions {
                    electronic: reg.electronic,
                    ..Default::default()
                };
                emit(
                    format!("{dir}/{name}.svg"),
                    svg::render(&d, &opts).into_bytes(),
                );
            }
            diagrams.push(site::Diagram {
                channel: list.channel,
                scenario: list.scenario.clone(),
                name,
            });
        }
        let mut counts = [0; 3];
        for f in findings.iter().filter(|f| f.reglament_line == reg.line) {
            counts[severity_index(f.severity)] += 1;
        }
        out.push(site::Reglament {
            title: reg.title.clone(),
            line: reg.line,
            language: reg.language,
            dir,
            diagrams,
            findings: counts,
        });
    }
    out
}

fn severity_index(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// Which diagram files `diagrams` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagramFormat {
    Bpmn,
    Svg { png: bool },
}

/// Write one diagram file per regulation channel (`<act>/<regulation>/<channel>.bpmn|.svg|.png`) into `out`.
pub fn diagrams(
    files: &[PathBuf],
    out: &Path,
    forced: Option<Encoding>,
    format: DiagramFormat,
) -> Summary {
    let mut summary = Summary {
        files: files.len(),
        ..Default::default()
    };
    let acts = act_dirs(files);
    for (f, act) in files.iter().zip(&acts) {
        let doc = match crate::parse_file(f, forced) {
            Ok(doc) => doc,
            Err(e) => {
                summary.errors.push(e);
                continue;
            }
        };
        let what = Outputs {
            bpmn: format == DiagramFormat::Bpmn,
            svg: format != DiagramFormat::Bpmn,
            full: false,
        };
        let mut errors = Vec::new();
        let regs = render(&doc, what, &[], &mut |rel, bytes| {
            let rel = Path::new(act).join(&rel);
            let path = out.join(&rel);
            if format == (DiagramFormat::Svg { png: true }) {
                match svg::render_png(&String::from_utf8_lossy(&bytes), 1.0) {
                    Ok(png) => {
                        if let Err(e) = write_atomic(out, &rel.with_extension("png"), &png) {
                            errors.push(write_error(&path.with_extension("png"), e));
                        }
                    }
                    Err(e) => errors.push(Error::new(
                        path.display().to_string(),
                        None,
                        format!("cannot render PNG: {e}"),
                    )),
                }
            }
            if let Err(e) = write_atomic(out, &rel, &bytes) {
                errors.push(write_error(&path, e));
            }
        });
        summary.reglaments += regs.len();
        summary.diagrams += regs.iter().map(|r| r.diagrams.len()).sum::<usize>();
        summary.errors.extend(errors);
    }
    summary
}

fn write_error(path: &Path, e: std::io::Error) -> Error {
    Error::new(
        path.display().to_string(),
        None,
        format!("cannot write: {e}"),
    )
}

/// Write `bytes` to `root/rel` through a temporary file in the same directory and a rename; a
/// file that already holds exactly these bytes is left alone (its time stamp too).
///
/// Nothing is written through a symbolic link found below `root`: a link planted in a published
/// output tree must not lead the build to write elsewhere.
pub fn write_atomic(root: &Path, rel: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_in(root, rel, bytes, &Dirs::default())
}

/// Directories below the output root already made and found free of symbolic links in this
/// run: a build writes several files into each, and checks and makes each directory once.
#[derive(Default)]
struct Dirs(Mutex<HashSet<PathBuf>>);

/// [`write_atomic`], skipping the checks `dirs` has already made.
fn write_atomic_in(root: &Path, rel: &Path, bytes: &[u8], dirs: &Dirs) -> std::io::Result<()> {
    let parent = rel.parent().unwrap_or(Path::new(""));
    let known = dirs
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .contains(parent);
    if !known {
        refuse_links(root, parent)?;
        std::fs::create_dir_all(root.join(parent))?;
        dirs.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(parent.to_path_buf());
    }
    let path = root.join(rel);
    let path = path.as_path();
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(std::io::Error::other(format!(
                "refusing to write through the symbolic link {}",
                path.display()
            )));
        }
        Ok(m)
            if m.len() == bytes.len() as u64
                && std::fs::read(path).is_ok_and(|old| old == bytes) =>
        {
            return Ok(());
        }
        _ => {}
    }
    let tmp = path.with_extension(format!(
        "{}.tmp-{}",
        path.extension().and_then(|e| e.to_str()).unwrap_or(""),
        pid()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// This process's id, asked of the kernel once (temporary file names carry it).
fn pid() -> u32 {
    static PID: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *PID.get_or_init(std::process::id)
}

/// Fails when a symbolic link stands anywhere on `rel` below `root`.
fn refuse_links(root: &Path, rel: &Path) -> std::io::Result<()> {
    let mut at = root.to_path_buf();
    for part in rel.components() {
        at.push(part);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(std::io::Error::other(format!(
                "refusing to write through the symbolic link {}",
                at.display()
            )));
        }
    }
    Ok(())
}

/// The act directory of each input: the slug of its file name, `-2`, `-3`, … for repeats in
/// input order. It depends on the paths only, so it is known before any file is read.
pub fn act_dirs(files: &[PathBuf]) -> Vec<String> {
    let mut names = Names::default();
    // Top-level names the build writes itself can never be act directories (slugs have no dot,
    // so they cannot clash with `report.json` or `index.html` anyway).
    files
        .iter()
        .map(|f| {
            let stem = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            names.claim(slug(&stem, 60))
        })
        .collect()
}

/// 64-bit FNV-1a: enough to tell whether a file changed since the last run (not a defence
/// against someone forging collisions, which the manifest does not need).
fn fnv1a(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn content_hash(bytes: &[u8], forced: Option<Encoding>) -> String {
    let h = fnv1a(0xcbf2_9ce4_8422_2325, bytes);
    // A forced encoding changes the model of the same bytes.
    let h = fnv1a(h, format!("{forced:?}").as_bytes());
    format!("fnv1a64:{h:016x}")
}

/// What the manifest remembers of one input.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    file: String,
    hash: String,
    act: String,
    /// Output paths relative to the output directory, `/`-separated, sorted.
    outputs: Vec<String>,
    reglaments: Vec<site::Reglament>,
    /// Findings per rule: [error, warning, info]. The findings are in the store.
    rules: BTreeMap<String, [usize; 3]>,
}

impl Entry {
    fn findings(&self) -> usize {
        self.rules.values().flatten().sum()
    }

    fn severities(&self) -> [usize; 3] {
        let mut n = [0; 3];
        for counts in self.rules.values() {
            for (total, c) in n.iter_mut().zip(counts) {
                *total += c;
            }
        }
        n
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    /// The tool version that wrote the outputs; another version rebuilds everything.
    version: String,
    files: Vec<Entry>,
}

/// Findings round-trip through the store; `Finding` only serialises (its rule is a static id).
mod stored_findings {
    use super::*;
    use serde::Deserializer;

    #[derive(Deserialize)]
    struct Stored {
        rule: String,
        severity: String,
        file: String,
        reglament: String,
        reglament_line: u32,
        lines: Vec<u32>,
        message: String,
        quotes: Vec<String>,
        fingerprint: String,
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Finding>, D::Error> {
        let stored = Vec::<Stored>::deserialize(d)?;
        stored
            .into_iter()
            .map(|s| {
                let severity = match s.severity.as_str() {
                    "error" => Severity::Error,
                    "warning" => Severity::Warning,
                    "info" => Severity::Info,
                    other => {
                        return Err(serde::de::Error::custom(format!("severity {other:?}")));
                    }
                };
                Ok(Finding {
                    rule: intern(&s.rule),
                    severity,
                    file: s.file,
                    reglament: s.reglament,
                    reglament_line: s.reglament_line,
                    lines: s.lines,
                    message: s.message,
                    quotes: s.quotes,
                    fingerprint: s.fingerprint,
                })
            })
            .collect()
    }

    /// The `&'static str` for a rule id read back from disk. Rule ids are a small fixed set, so
    /// each distinct one is leaked once and reused; an edited store can add at most a few.
    pub fn intern(rule: &str) -> &'static str {
        static RULES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
        let mut set = RULES.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(r) = set.get(rule) {
            return r;
        }
        let leaked: &'static str = Box::leak(rule.to_owned().into_boxed_str());
        set.insert(leaked);
        leaked
    }
}

/// Where each input's findings wait for the report: `.findings/<act>.json` in the output
/// directory, kept for the next incremental run; under `--check`, which writes nothing there, a
/// temporary directory removed at the end.
struct Store {
    root: PathBuf,
    dir: PathBuf,
    _temporary: Option<tempfile::TempDir>,
}

impl Store {
    fn new(out: &Path, check: bool) -> std::io::Result<Self> {
        if check {
            let t = tempfile::Builder::new()
                .prefix("reglament-check-")
                .tempdir()?;
            Ok(Store {
                root: t.path().to_path_buf(),
                dir: PathBuf::new(),
                _temporary: Some(t),
            })
        } else {
            Ok(Store {
                root: out.to_path_buf(),
                dir: PathBuf::from(FINDINGS),
                _temporary: None,
            })
        }
    }

    fn rel(&self, act: &str) -> PathBuf {
        self.dir.join(format!("{act}.json"))
    }

    fn has(&self, act: &str) -> bool {
        self.root.join(self.rel(act)).is_file()
    }

    fn save(&self, act: &str, findings: &[Finding]) -> Result<(), Error> {
        let rel = self.rel(act);
        let bytes = serde_json::to_vec(findings).expect("findings always serialise");
        write_atomic(&self.root, &rel, &bytes).map_err(|e| write_error(&self.root.join(&rel), e))
    }

    fn load(&self, act: &str) -> Result<Vec<Finding>, Error> {
        let path = self.root.join(self.rel(act));
        let fail = |m: String| Error::new(path.display().to_string(), None, m);
        let file = std::fs::File::open(&path).map_err(|e| fail(format!("cannot read: {e}")))?;
        let mut de = serde_json::Deserializer::from_reader(BufReader::new(file));
        stored_findings::deserialize(&mut de).map_err(|e| fail(format!("unreadable findings: {e}")))
    }

    /// Removes the stored findings of acts no longer built.
    fn prune(&self, acts: &HashSet<&str>) {
        let Ok(dir) = std::fs::read_dir(self.root.join(&self.dir)) else {
            return;
        };
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let keep = name
                .strip_suffix(".json")
                .is_some_and(|act| acts.contains(act));
            if !keep && e.file_type().is_ok_and(|t| t.is_file()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

fn read_manifest(out: &Path) -> Manifest {
    std::fs::read(out.join(MANIFEST))
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
        .filter(|m| m.version == env!("CARGO_PKG_VERSION"))
        .unwrap_or_default()
}

/// Every non-hidden file under `out`, as `/`-separated relative paths.
fn existing_files(out: &Path) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    if !out.is_dir() {
        return set;
    }
    let walker = WalkDir::new(out)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for e in walker.flatten() {
        if e.file_type().is_file()
            && let Ok(rel) = e.path().strip_prefix(out)
        {
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            set.insert(parts.join("/"));
        }
    }
    set
}

/// Writes (or, under `--check`, compares) the files of one run.
struct Sink<'a> {
    out: &'a Path,
    check: bool,
    existing: &'a BTreeSet<String>,
    dirs: Dirs,
}

impl Sink<'_> {
    /// Writes `rel`, or records how it differs; errors and differences go to the vectors.
    fn put(
        &self,
        rel: &str,
        bytes: &[u8],
        errors: &mut Vec<Error>,
        stale: &mut Vec<(String, Difference)>,
    ) {
        let path = self.out.join(rel);
        if self.check {
            if !self.existing.contains(rel) {
                stale.push((rel.to_string(), Difference::Missing));
            } else if !std::fs::read(&path).is_ok_and(|old| old == bytes) {
                stale.push((rel.to_string(), Difference::Changed));
            }
        } else if let Err(e) = write_atomic_in(self.out, Path::new(rel), bytes, &self.dirs) {
            errors.push(write_error(&path, e));
        }
    }
}

impl Sink<'_> {
    /// A file written piece by piece (the report pages), or compared as it goes under `--check`.
    fn stream(&self, rel: &str) -> Stream {
        let path = self.out.join(rel);
        let target = if self.check {
            let old = self
                .existing
                .contains(rel)
                .then(|| std::fs::File::open(&path).ok().map(BufReader::new))
                .flatten();
            Target::Compare {
                missing: old.is_none(),
                same: true,
                old,
            }
        } else {
            let tmp = path.with_extension(format!(
                "{}.tmp-{}",
                path.extension().and_then(|e| e.to_str()).unwrap_or(""),
                pid()
            ));
            let opened = refuse_links(self.out, Path::new(rel))
                .and_then(|()| match path.parent() {
                    Some(p) => std::fs::create_dir_all(p),
                    None => Ok(()),
                })
                .and_then(|()| std::fs::File::create(&tmp));
            match opened {
                Ok(f) => Target::Write {
                    file: BufWriter::new(f),
                    tmp,
                },
                Err(e) => Target::Failed(e),
            }
        };
        Stream {
            rel: rel.to_string(),
            path,
            target,
        }
    }
}

/// A report page on its way to disk.
struct Stream {
    rel: String,
    path: PathBuf,
    target: Target,
}

enum Target {
    Write {
        file: BufWriter<std::fs::File>,
        tmp: PathBuf,
    },
    Compare {
        old: Option<BufReader<std::fs::File>>,
        missing: bool,
        same: bool,
    },
    Failed(std::io::Error),
}

impl Stream {
    fn push(&mut self, text: &str) {
        match &mut self.target {
            Target::Write { file, tmp } => {
                if let Err(e) = file.write_all(text.as_bytes()) {
                    let _ = std::fs::remove_file(&*tmp);
                    self.target = Target::Failed(e);
                }
            }
            Target::Compare {
                old: Some(old),
                same,
                ..
            } if *same => {
                let mut buf = vec![0; text.len()];
                *same = old.read_exact(&mut buf).is_ok() && buf == text.as_bytes();
            }
            _ => {}
        }
    }

    /// Renames the page into place (unless the file already holds the same bytes), or records
    /// how it differs.
    fn finish(self, errors: &mut Vec<Error>, stale: &mut Vec<(String, Difference)>) {
        match self.target {
            Target::Write { file, tmp } => {
                let done = file
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|f| f.sync_all().map(|()| f))
                    .and_then(|_| {
                        if same_contents(&tmp, &self.path) {
                            std::fs::remove_file(&tmp)
                        } else {
                            std::fs::rename(&tmp, &self.path)
                        }
                    });
                if let Err(e) = done {
                    let _ = std::fs::remove_file(&tmp);
                    errors.push(write_error(&self.path, e));
                }
            }
            Target::Compare { missing: true, .. } => {
                stale.push((self.rel, Difference::Missing));
            }
            Target::Compare { old, same, .. } => {
                let at_end = old.is_some_and(|mut r| r.read(&mut [0u8; 1]).is_ok_and(|n| n == 0));
                if !(same && at_end) {
                    stale.push((self.rel, Difference::Changed));
                }
            }
            Target::Failed(e) => errors.push(write_error(&self.path, e)),
        }
    }
}

/// True when both files exist and hold the same bytes.
fn same_contents(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    if ma.len() != mb.len() || !mb.is_file() {
        return false;
    }
    let (Ok(fa), Ok(fb)) = (std::fs::File::open(a), std::fs::File::open(b)) else {
        return false;
    };
    let (mut ra, mut rb) = (BufReader::new(fa), BufReader::new(fb));
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let n = match ra.read(&mut ba) {
            Ok(n) => n,
            Err(_) => return false,
        };
        if n == 0 {
            return true;
        }
        if rb.read_exact(&mut bb[..n]).is_err() || ba[..n] != bb[..n] {
            return false;
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
    let doc = match crate::parse_bytes(&name, &bytes, opts.encoding) {
        Ok(doc) => doc,
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
    if let Err(e) = store.save(act, &findings) {
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

/// Writes the three report pages act by act: each input's findings are read from the store,
/// added to every page and dropped before the next input's.
fn write_report(
    entries: &[Entry],
    order: &[usize],
    failed: &[Error],
    (sink, store): (&Sink, &Store),
    errors: &mut Vec<Error>,
    stale: &mut Vec<(String, Difference)>,
) {
    let mut counts = Counts {
        files: entries.len(),
        reglaments: entries.iter().map(|e| e.reglaments.len()).sum(),
        ..Default::default()
    };
    for e in entries {
        for (rule, n) in &e.rules {
            let total = counts
                .by_rule
                .entry(stored_findings::intern(rule))
                .or_default();
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
            .filter(|&(_, &i)| entries[i].findings() > 0)
            .map(|(pos, &i)| (pos, entries[i].file.as_str(), entries[i].severities()))
            .collect(),
    };
    let mut json = sink.stream("report.json");
    let mut markdown = sink.stream("report.md");
    let mut html = sink.stream("report.html");
    let mut buf = String::new();
    report::Json::default().head(&head, &mut buf);
    json.push(&buf);
    buf.clear();
    report::Markdown.head(&head, &mut buf);
    markdown.push(&buf);
    buf.clear();
    report::Html.head(&head, &mut buf);
    html.push(&buf);
    buf.clear();

    // Files with findings, each with its place in the report and the findings before it.
    let mut before = 0;
    let acts: Vec<(usize, &Entry, usize)> = order
        .iter()
        .enumerate()
        .filter(|&(_, &i)| entries[i].findings() > 0)
        .map(|(pos, &i)| {
            let e = &entries[i];
            let item = (pos, e, before);
            before += e.findings();
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
                    findings: store.load(&e.act)?,
                };
                let mut parts: [String; 3] = Default::default();
                report::Json::after(before).act(pos, &run, &mut parts[0]);
                report::Markdown.act(pos, &run, &mut parts[1]);
                report::Html.act(pos, &run, &mut parts[2]);
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
    tail(&mut report::Json::after(written), &mut json, &mut buf);
    tail(&mut report::Markdown, &mut markdown, &mut buf);
    tail(&mut report::Html, &mut html, &mut buf);
    for stream in [json, markdown, html] {
        stream.finish(errors, stale);
    }
}

/// Streams the manifest to a temporary file and renames it (it holds every finding, so it is
/// not built as one string first).
fn write_manifest(out: &Path, manifest: &Manifest) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(out)?;
    let path = out.join(MANIFEST);
    let tmp = out.join(format!("{MANIFEST}.tmp-{}", std::process::id()));
    let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
    serde_json::to_writer(&mut w, manifest).map_err(std::io::Error::other)?;
    w.flush()?;
    drop(w);
    std::fs::rename(&tmp, &path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
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
