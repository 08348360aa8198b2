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
//! unchanged input is not even parsed on the next run. Earlier outputs are removed only as
//! `keep` allows: never those of a missing or failing input, nor of an act this run did not
//! name, and nothing at all when no input could be read.

use std::path::{Path, PathBuf};

use crate::check::Severity;
use crate::error::Error;
use crate::report::FailOn;
use crate::text::Encoding;

mod input;
mod keep;
mod manifest;
mod names;
mod pages;
pub(super) mod render;
pub(super) mod run;
mod store;
mod write;

pub use names::act_dirs;
pub use render::{DiagramFormat, PDF_NAME, diagrams};
pub use write::write_atomic;

use run::run;

/// Name of the manifest in the output directory (hidden: it is a cache, not published content).
pub const MANIFEST: &str = ".manifest.json";

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
    /// Directories this run read whole (walked without an error): an input of the manifest
    /// below one of them that the walk did not find is gone, and its outputs are removed.
    pub trees: Vec<PathBuf>,
    /// Also remove the outputs of every input of the manifest whose file no longer exists.
    pub prune: bool,
    /// Hand-made layouts to keep (`--keep-layout`): every input is drawn again over them.
    pub keep_layout: Option<std::sync::Arc<crate::layout::keep::Kept>>,
    /// The findings the report pages keep (`--rule`, `--severity`, `--file`); the store and the
    /// manifest keep them all.
    pub filter: crate::report::Filter,
    /// The rule levels of `reglament.toml`: the summary, the report pages and the index show
    /// the findings as they set them; the store and the manifest keep what the checker found.
    pub levels: crate::report::Levels,
    /// The language of the report pages' own words; `None`: the language most regulations
    /// are written in.
    pub lang: Option<crate::i18n::Lang>,
    /// Also write a PNG beside each SVG (rendered in parallel); an unchanged input built
    /// without them is built again.
    pub png: bool,
    /// Also write each act's printed справочник (`spravochnik.pdf`); likewise built again.
    pub pdf: bool,
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
    /// Inputs whose bytes were read; when none was, nothing was written.
    pub read: usize,
    /// Inputs that could not be read or parsed (their earlier outputs stay).
    pub failed: usize,
    /// Acts of earlier runs, not built in this one, whose outputs stay listed.
    pub kept: usize,
    /// Acts of earlier runs whose outputs were removed because their inputs are gone.
    pub removed: usize,
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

#[cfg(test)]
mod tests {
    use super::*;

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
