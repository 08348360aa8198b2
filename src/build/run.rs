//! One run of the main job over a list of inputs.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::input::{Outcome, process};
use super::manifest::{Entry, Manifest, read_manifest, write_manifest};
use super::names::act_dirs;
use super::pages::write_report;
use super::store::Store;
use super::write::{Dirs, Sink, existing_files, write_error};
use super::{Difference, MANIFEST, Options, Summary};
use crate::error::Error;
use crate::site;

/// True for an untracked file the build may delete: one of its own kinds of output inside an
/// act directory (one holding `model.json`), or a temporary file left by an interrupted write.
/// Anything else under the output directory is left alone (`--check` still lists it).
pub(super) fn owned(out: &Path, rel: &str) -> bool {
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

pub(super) fn run(
    files: &[PathBuf],
    out: &Path,
    opts: &Options,
    tick: &(dyn Fn() + Sync),
) -> Summary {
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
