//! What a build does with the outputs of earlier runs. The user's published folder is never
//! lost to a typo or a failing input: the build removes only files its manifest says it made,
//! and of those only
//!
//! - the outputs an input read and built in this run no longer makes, and
//! - every output of an input gone from a directory tree this run read whole (with no walk
//!   error), or, under `--prune`, of any input whose file no longer exists.
//!
//! The entries of the other inputs of the manifest — not named in this run, or named and failing
//! — are kept: their outputs stay, and the index and the report keep listing them. So a build of
//! one file into a published folder updates that act and leaves the others listed as they were.
//! Files the manifest does not list are never removed (`--check` lists them as extra), except
//! the temporary files of an interrupted write.

use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use super::Options;
use super::manifest::Entry;
use crate::error::Error;

/// The last manifest's entries, sorted by what this run does with them.
#[derive(Default)]
pub(super) struct Earlier {
    /// Entries of this run's inputs, by [`key`].
    pub(super) named: HashMap<PathBuf, Entry>,
    /// Entries of inputs this run leaves alone: their outputs stay listed.
    pub(super) kept: Vec<Entry>,
    /// Entries of inputs that are gone: their outputs are removed.
    pub(super) gone: Vec<Entry>,
}

/// A path as the manifest compares it: absolute, without `.` parts, so `reglaments/a.txt`,
/// `./reglaments/a.txt` and the absolute path name one input.
pub(super) fn key(p: &Path) -> PathBuf {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}

/// Sorts the last manifest's entries for a run over the inputs `named` (their [`key`]s) writing
/// into `out`.
pub(super) fn sort(entries: Vec<Entry>, named: &[PathBuf], out: &Path, opts: &Options) -> Earlier {
    let named: std::collections::HashSet<&PathBuf> = named.iter().collect();
    let trees: Vec<PathBuf> = opts.trees.iter().map(|t| key(t)).collect();
    let mut earlier = Earlier::default();
    for e in entries {
        let k = key(Path::new(&e.file));
        if named.contains(&k) {
            earlier.named.insert(k, e);
        } else if trees.iter().any(|t| k.starts_with(t))
            || (opts.prune && !Path::new(&e.file).exists())
        {
            earlier.gone.push(e);
        } else if e.outputs.iter().any(|o| out.join(o).is_file()) {
            earlier.kept.push(e);
        }
        // An entry none of whose outputs remain lists nothing: it is forgotten.
    }
    earlier
}

/// True for a temporary file an interrupted write left (`<name>.tmp-<process id>`).
pub(super) fn temporary(rel: &str) -> bool {
    rel.rsplit_once(".tmp-")
        .is_some_and(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Removes the files `doomed` (relative to `out`) and the directories they leave empty.
pub(super) fn remove(out: &Path, doomed: &[&str], errors: &mut Vec<Error>) {
    let mut dirs = BTreeSet::new();
    for rel in doomed {
        let path = out.join(rel);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => errors.push(Error::new(
                path.display().to_string(),
                None,
                format!("cannot remove stale output: {e}"),
            )),
        }
        let mut d = Path::new(rel).parent();
        while let Some(p) = d.filter(|p| !p.as_os_str().is_empty()) {
            dirs.insert(p.to_path_buf());
            d = p.parent();
        }
    }
    // Deepest first; a directory that still holds something is kept (remove_dir refuses).
    for d in dirs.iter().rev() {
        let _ = std::fs::remove_dir(out.join(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_input_has_one_key_however_it_is_named() {
        assert_eq!(
            key(Path::new("reglaments/a.txt")),
            key(Path::new("./reglaments/./a.txt"))
        );
        assert!(key(Path::new("./reglaments/a.txt")).starts_with(key(Path::new("reglaments"))));
        assert!(!key(Path::new("reglaments2/a.txt")).starts_with(key(Path::new("reglaments"))));
    }

    #[test]
    fn only_names_of_interrupted_writes_are_temporary() {
        assert!(temporary("act/reg/akim.svg.tmp-4242"));
        assert!(temporary("report.html.tmp-7"));
        assert!(!temporary("act/reg/akim.svg"));
        assert!(!temporary("notes.tmp-draft.txt"));
        assert!(!temporary("x.tmp-"));
    }
}
