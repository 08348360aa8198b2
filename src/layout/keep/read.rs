//! The edited BPMN files `--keep-layout` names, read once for the whole build.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Mutex;

use crate::bpmn::Edited;
use crate::error::Error;
use crate::layout::diagram::Diagram;

/// The layouts of edited BPMN files, by the process they draw.
#[derive(Debug, Default)]
pub struct Kept {
    layouts: BTreeMap<String, Edited>,
    /// The file each layout was read from.
    files: BTreeMap<String, String>,
    /// The processes a diagram of the build asked for (from any worker).
    used: Mutex<BTreeSet<String>>,
}

impl Kept {
    /// Reads the BPMN files at `paths` (files, or folders searched for `.bpmn`); a file that
    /// cannot be read is an error naming it and its line, and the others are still read.
    pub fn read(paths: &[PathBuf]) -> (Kept, Vec<Error>) {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for p in paths {
            if p.is_dir() {
                for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
                    match entry {
                        Ok(e) if e.file_type().is_file() && is_bpmn(e.path()) => {
                            files.push(e.into_path())
                        }
                        Ok(_) => {}
                        Err(e) => {
                            errors.push(Error::new(p.display().to_string(), None, e.to_string()))
                        }
                    }
                }
            } else {
                files.push(p.clone());
            }
        }
        let mut kept = Kept::default();
        for f in files {
            let name = f.display().to_string();
            let read = std::fs::read_to_string(&f)
                .map_err(|e| Error::new(&name, None, format!("cannot read: {e}")))
                .and_then(|xml| crate::bpmn::read_edited(&name, &xml));
            match read {
                // The first file of a process wins, in the order the paths name them.
                Ok(e) => {
                    kept.files.entry(e.scope.clone()).or_insert(name);
                    kept.layouts.entry(e.scope.clone()).or_insert(e);
                }
                Err(e) => errors.push(e),
            }
        }
        (kept, errors)
    }

    /// The layout kept for `d`'s process.
    pub fn get(&self, d: &Diagram) -> Option<&Edited> {
        let scope = d.scoped_id();
        let found = self.layouts.get(&scope);
        if found.is_some() {
            // A poisoned lock only loses the note that a layout was used.
            if let Ok(mut used) = self.used.lock() {
                used.insert(scope);
            }
        }
        found
    }

    /// The files whose process no diagram asked for, with that process: a layout drawn from
    /// another text, or from a text this build did not read.
    pub fn unused(&self) -> Vec<(&str, &str)> {
        let used = self.used.lock().map(|u| u.clone()).unwrap_or_default();
        self.files
            .iter()
            .filter(|(scope, _)| !used.contains(*scope))
            .map(|(scope, file)| (file.as_str(), scope.as_str()))
            .collect()
    }

    /// How many processes have a kept layout.
    pub fn len(&self) -> usize {
        self.layouts.len()
    }

    /// True when no layout was read.
    pub fn is_empty(&self) -> bool {
        self.layouts.is_empty()
    }
}

fn is_bpmn(p: &std::path::Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("bpmn"))
}
