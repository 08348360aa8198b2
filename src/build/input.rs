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
    /// The manifest entry after this run (rebuilt, kept, or the last good one of a failed file).
    pub(super) entry: Option<Entry>,
    pub(super) rebuilt: bool,
    pub(super) errors: Vec<Error>,
    pub(super) stale: Vec<(String, Difference)>,
}

pub(super) fn process(
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
