//! One run of the main job over a list of inputs: each input built in parallel, then the report
//! pages, the index, the clean-up of earlier outputs (`keep`) and the manifest.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::input::{Context, Outcome, process};
use super::keep::{self, Earlier};
use super::manifest::{Entry, Manifest, read_manifest, write_manifest};
use super::names::act_dirs_beside;
use super::pages::write_report;
use super::store::Store;
use super::write::{Dirs, Sink, existing_files, write_error};
use super::{Difference, MANIFEST, Options, Summary};
use crate::error::Error;
use crate::report::Levels;
use crate::site;

/// The top-level pages every build writes.
const PAGES: [&str; 4] = ["report.json", "report.md", "report.html", "index.html"];

pub(super) fn run(
    files: &[PathBuf],
    out: &Path,
    opts: &Options,
    tick: &(dyn Fn() + Sync),
) -> Summary {
    let mut summary = Summary {
        files: files.len(),
        ..Default::default()
    };
    let mut manifest = read_manifest(out);
    if !manifest.current() {
        // Another version's outputs still say what the build made, but a forgotten hash
        // rebuilds each input when next named.
        for e in &mut manifest.files {
            e.hash.clear();
        }
    }
    let keys: Vec<PathBuf> = files.iter().map(|f| keep::key(f)).collect();
    let Earlier {
        named,
        mut kept,
        gone,
    } = keep::sort(manifest.files, &keys, out, opts);
    let taken: Vec<&str> = kept.iter().map(|e| e.act.as_str()).collect();
    let old: Vec<Option<&Entry>> = keys.iter().map(|k| named.get(k)).collect();
    let previous: Vec<Option<&str>> = old.iter().map(|e| e.map(|e| e.act.as_str())).collect();
    let acts = act_dirs_beside(files, &taken, &previous);
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
            summary.errors.push(Error::new(
                out.display().to_string(),
                None,
                format!("cannot make a temporary directory for the findings: {e}"),
            ));
            return summary;
        }
    };
    let cx = Context {
        sink: &sink,
        store: &store,
        opts,
    };
    // The largest inputs first, each to whichever worker is free: in file-name order the
    // largest may come last and leave one core working alone at the end.
    let mut by_size: Vec<(u64, usize)> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (std::fs::metadata(f).map_or(0, |m| m.len()), i))
        .collect();
    by_size.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut done: Vec<(usize, Outcome)> = by_size
        .into_iter()
        .par_bridge()
        .map(|(_, i)| {
            let o = process(&files[i], &acts[i], old[i], &cx);
            tick();
            (i, o)
        })
        .collect();
    done.sort_by_key(|(i, _)| *i);
    let outcomes = done.into_iter().map(|(_, o)| o);
    let mut entries = Vec::with_capacity(outcomes.len() + kept.len());
    // The last good entries of inputs that failed now.
    let mut standing = Vec::new();
    let mut dropped = Vec::new();
    for o in outcomes {
        summary.read += usize::from(o.read);
        summary.failed += usize::from(o.failed);
        summary.rebuilt += usize::from(o.rebuilt);
        summary.errors.extend(o.errors);
        summary.stale.extend(o.stale);
        dropped.extend(o.dropped);
        match o.entry {
            Some(e) if o.failed => standing.push(e),
            Some(e) => entries.push(e),
            None => {}
        }
    }
    if summary.read == 0 {
        // Nothing could be read (a mistyped path, a missing folder): there is nothing to
        // update, so the output directory is left exactly as it was, or not created.
        summary.stale.clear();
        return summary;
    }
    for e in entries.iter().chain(&standing) {
        summary.reglaments += e.reglaments.len();
        summary.diagrams += e.reglaments.iter().map(|r| r.diagrams.len()).sum::<usize>();
        let severities = e.severities(&opts.levels);
        summary.findings += severities.iter().sum::<usize>();
        for (total, n) in summary.severities.iter_mut().zip(severities) {
            *total += n;
        }
    }
    // An earlier act whose directory an input built in this run now writes is replaced by it.
    let claimed: HashSet<String> = entries.iter().map(|e| e.act.clone()).collect();
    standing.retain(|e| !claimed.contains(&e.act));
    kept.retain(|e| !claimed.contains(&e.act));
    summary.kept = kept.len();
    summary.removed = gone.len();
    entries.append(&mut standing);
    entries.append(&mut kept);
    // The report, the index and the manifest list every act whose outputs are there, in
    // file-name order, whichever of them this run named.
    entries.sort_by(|a, b| a.file.cmp(&b.file));
    let order: Vec<usize> = (0..entries.len()).collect();
    let mut failed: Vec<Error> = summary
        .errors
        .iter()
        .filter(|e| files.iter().any(|f| f.display().to_string() == e.file))
        .cloned()
        .collect();
    failed.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
    // The report pages and the index read the same entries and write files of their own.
    let (report, index) = rayon::join(
        || {
            let (mut errors, mut stale) = (Vec::new(), Vec::new());
            write_report(
                &entries,
                &order,
                (&failed, &opts.filter, &opts.levels, opts.lang),
                (&sink, &store),
                &mut errors,
                &mut stale,
            );
            (errors, stale)
        },
        || {
            let (mut errors, mut stale) = (Vec::new(), Vec::new());
            write_index(
                &entries,
                &order,
                (&sink, &store, &opts.levels),
                &mut errors,
                &mut stale,
            );
            (errors, stale)
        },
    );
    for (errors, stale) in [report, index] {
        summary.errors.extend(errors);
        summary.stale.extend(stale);
    }

    let mut expected: HashSet<&str> = PAGES.into_iter().collect();
    for e in &entries {
        expected.extend(e.outputs.iter().map(String::as_str));
    }
    if opts.check {
        // What a build would add, change or remove; files it would leave alone are extra too,
        // since they are not what these inputs make.
        summary.stale.extend(
            existing
                .iter()
                .filter(|p| !expected.contains(p.as_str()))
                .map(|p| (p.clone(), Difference::Extra)),
        );
        summary.stale.sort();
        return summary;
    }

    // Decided for all before removing any.
    let doomed: Vec<&str> = dropped
        .iter()
        .chain(gone.iter().flat_map(|e| &e.outputs))
        .map(String::as_str)
        .chain(
            existing
                .iter()
                .map(String::as_str)
                .filter(|p| keep::temporary(p)),
        )
        .filter(|p| !expected.contains(p))
        .collect();
    keep::remove(out, &doomed, &mut summary.errors);
    store.prune(&entries.iter().map(|e| e.act.as_str()).collect());
    let manifest = Manifest {
        version: env!("REGLAMENT_PROGRAM").to_string(),
        files: entries,
    };
    if let Err(e) = write_manifest(out, &manifest) {
        summary.errors.push(write_error(&out.join(MANIFEST), e));
    }
    summary
}

/// Writes `index.html`, act by act, from a copy of each entry's regulation summaries (their
/// finding counts are set to the levels' severities there, not in the manifest's entries).
fn write_index(
    entries: &[Entry],
    order: &[usize],
    (sink, store, levels): (&Sink, &Store, &Levels),
    errors: &mut Vec<Error>,
    stale: &mut Vec<(String, Difference)>,
) {
    let mut site_acts: Vec<site::Act> = order
        .iter()
        .map(|&i| site::Act {
            file: entries[i].file.clone(),
            // A manifest of an earlier version has no title: the file's name stands in.
            title: if entries[i].title.is_empty() {
                entries[i].file.clone()
            } else {
                entries[i].title.clone()
            },
            dir: entries[i].act.clone(),
            book: entries[i]
                .outputs
                .iter()
                .any(|o| o.ends_with(super::render::PDF_NAME)),
            reglaments: entries[i].reglaments.clone(),
        })
        .collect();
    let fresh: Vec<bool> = order.iter().map(|&i| entries[i].fresh).collect();
    // The manifest keeps each regulation's findings as the checker found them; the index shows
    // them at the levels' severities, counted again from the store.
    if !levels.is_empty() {
        for (act, &fresh) in site_acts.iter_mut().zip(&fresh) {
            if act.reglaments.iter().all(|r| r.findings == [0; 3]) {
                continue;
            }
            match store.load(&act.dir, fresh) {
                Ok(mut findings) => {
                    levels.apply(&mut findings);
                    for r in &mut act.reglaments {
                        r.findings = [0; 3];
                        for f in findings.iter().filter(|f| f.reglament_line == r.line) {
                            r.findings[crate::report::severity_index(f.severity)] += 1;
                        }
                    }
                }
                Err(e) => errors.push(e),
            }
        }
    }
    // Each act's steps are read from the store as its section is written.
    let mut steps = |k: usize| store.load_steps(&site_acts[k].dir, fresh[k]);
    let mut index = sink.stream("index.html");
    site::write_index(&site_acts, Some("report.html"), &mut steps, &mut |chunk| {
        index.push(chunk)
    });
    index.finish(errors, stale);
}
