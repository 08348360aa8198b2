//! One input of a build: its bytes read, compared with the manifest, parsed, checked, drawn and
//! written.

use std::collections::BTreeMap;
use std::path::Path;

use super::manifest::{Entry, content_hash};
use super::render::{Outputs, render, severity_index};
use super::store::Store;
use super::write::Sink;
use super::{Difference, Options};
use crate::check;
use crate::error::Error;

/// What one worker returns for one input.
pub(super) struct Outcome {
    /// The manifest entry after this run (rebuilt, reused, or the last good one of a failed file).
    pub(super) entry: Option<Entry>,
    /// The input's bytes were read (whatever came of them).
    pub(super) read: bool,
    /// The input could not be read or parsed; its earlier entry stands.
    pub(super) failed: bool,
    pub(super) rebuilt: bool,
    /// Outputs the last build of this input made and this one, which succeeded, no longer makes.
    pub(super) dropped: Vec<String>,
    pub(super) errors: Vec<Error>,
    pub(super) stale: Vec<(String, Difference)>,
}

impl Outcome {
    /// A run that leaves the input's earlier entry (and so its outputs) as it was.
    fn unchanged(old: Option<&Entry>, read: bool, rebuilt: bool, errors: Vec<Error>) -> Self {
        Outcome {
            entry: old.cloned(),
            read,
            failed: !errors.is_empty(),
            rebuilt,
            dropped: Vec::new(),
            errors,
            stale: Vec::new(),
        }
    }
}

/// What every input of a run shares.
pub(super) struct Context<'a> {
    pub(super) sink: &'a Sink<'a>,
    pub(super) store: &'a Store,
    pub(super) opts: &'a Options,
}

/// Reads one input's bytes. The build (and the `bpmn` and `svg` commands) read an input here
/// and nowhere else, so a reader of another kind of file takes its place in this one function.
pub(super) fn read_input(file: &Path) -> Result<Vec<u8>, Error> {
    crate::parse::read_input(file)
}

/// True when an entry lists PNG images.
fn has_pngs(e: &Entry) -> bool {
    e.outputs.iter().any(|o| o.ends_with(".png"))
}

/// True when an entry lists a printed справочник.
fn has_book(e: &Entry) -> bool {
    e.outputs
        .iter()
        .any(|o| o.ends_with(super::render::PDF_NAME))
}

/// True when an entry lists diagrams (an input without any has no images either way).
fn draws(e: &Entry) -> bool {
    e.outputs.iter().any(|o| o.ends_with(".svg"))
}

/// Builds one input into its act directory `act`; `old` is its entry in the last manifest.
pub(super) fn process(file: &Path, act: &str, old: Option<&Entry>, cx: &Context) -> Outcome {
    let (sink, store, opts) = (cx.sink, cx.store, cx.opts);
    let name = file.display().to_string();
    let bytes = match read_input(file) {
        Ok(b) => b,
        Err(e) => return Outcome::unchanged(old, false, false, vec![e]),
    };
    let hash = content_hash(&bytes, opts.encoding);
    if let Some(old) = old
        && !opts.force
        && opts.keep_layout.is_none()
        && !opts.check
        && old.file == name
        && old.hash == hash
        && old.act == act
        && old.outputs.iter().all(|o| sink.existing.contains(o))
        && has_pngs(old) == (opts.png && draws(old))
        && has_book(old) == (opts.pdf && draws(old))
        && store.has(act)
    {
        return Outcome::unchanged(Some(old), true, false, Vec::new());
    }
    // With more than one worker, the lexicon is compiled by every worker free to help (see
    // `lexicon::warm_up`); one worker compiles each engine when it is first asked.
    let threads = rayon::current_num_threads();
    if threads > 1 {
        use rayon::prelude::*;
        (0..threads)
            .into_par_iter()
            .for_each(|_| crate::lexicon::warm_up());
    }
    let crate::parse::Sourced {
        document: doc,
        source,
    } = match crate::parse::parse_bytes_sourced(&name, &bytes, opts.encoding) {
        Ok(s) => s,
        // The last good outputs stay, and so does their entry: the old hash no longer matches
        // the file, so the next run tries again.
        Err(e) => return Outcome::unchanged(old, true, true, vec![e]),
    };
    drop(bytes);
    let findings = check::check(&doc);
    let mut outputs = Vec::new();
    let mut errors = Vec::new();
    let mut stale = Vec::new();
    let drawn = render(
        &doc,
        &source,
        Outputs {
            bpmn: true,
            svg: true,
            full: true,
            png: opts.png,
            pdf: opts.pdf,
        },
        &findings,
        opts.keep_layout.as_deref(),
        &mut |rel, data| {
            let rel = format!("{act}/{rel}");
            sink.put(&rel, &data, &mut errors, &mut stale);
            outputs.push(rel);
        },
    );
    errors.extend(drawn.errors);
    let reglaments = drawn.reglaments;
    outputs.sort();
    let mut rules: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for f in &findings {
        rules.entry(f.rule.to_string()).or_default()[severity_index(f.severity)] += 1;
    }
    if let Err(e) = store.save(act, &findings, &source) {
        errors.push(e);
    }
    if let Err(e) = store.save_steps(act, &drawn.steps) {
        errors.push(e);
    }
    drop(findings);
    let mut entry = Entry {
        file: name,
        hash,
        act: act.to_string(),
        title: super::render::act_title(&doc),
        outputs,
        reglaments,
        rules,
        fresh: true,
    };
    let mut dropped = Vec::new();
    if let Some(old) = old {
        dropped.extend(
            old.outputs
                .iter()
                .filter(|o| entry.outputs.binary_search(o).is_err())
                .cloned(),
        );
    }
    if !errors.is_empty() {
        // Some writes failed: keep tracking the old outputs too (nothing may be orphaned or
        // removed), and forget the hash so the next run rebuilds.
        if let Some(old) = old {
            entry.outputs.extend(old.outputs.iter().cloned());
            entry.outputs.sort();
            entry.outputs.dedup();
        }
        entry.hash.clear();
        dropped.clear();
    }
    Outcome {
        entry: Some(entry),
        read: true,
        failed: false,
        rebuilt: true,
        dropped,
        errors,
        stale,
    }
}
