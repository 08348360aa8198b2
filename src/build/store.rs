//! The findings store: each input's findings wait on disk for the report pages.

use std::collections::{BTreeSet, HashSet};
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Deserialize;

use super::FINDINGS;
use super::write::{write_atomic, write_error};
use crate::check::{Finding, Severity};
use crate::error::Error;

/// Findings round-trip through the store; `Finding` only serialises (its rule is a static id).
pub(super) mod stored_findings {
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
pub(super) struct Store {
    root: PathBuf,
    dir: PathBuf,
    _temporary: Option<tempfile::TempDir>,
}

impl Store {
    pub(super) fn new(out: &Path, check: bool) -> std::io::Result<Self> {
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

    pub(super) fn rel(&self, act: &str) -> PathBuf {
        self.dir.join(format!("{act}.json"))
    }

    pub(super) fn has(&self, act: &str) -> bool {
        self.root.join(self.rel(act)).is_file()
    }

    pub(super) fn save(&self, act: &str, findings: &[Finding]) -> Result<(), Error> {
        let rel = self.rel(act);
        let bytes = serde_json::to_vec(findings).expect("findings always serialise");
        write_atomic(&self.root, &rel, &bytes).map_err(|e| write_error(&self.root.join(&rel), e))
    }

    pub(super) fn load(&self, act: &str) -> Result<Vec<Finding>, Error> {
        let path = self.root.join(self.rel(act));
        let fail = |m: String| Error::new(path.display().to_string(), None, m);
        let file = std::fs::File::open(&path).map_err(|e| fail(format!("cannot read: {e}")))?;
        let mut de = serde_json::Deserializer::from_reader(BufReader::new(file));
        stored_findings::deserialize(&mut de).map_err(|e| fail(format!("unreadable findings: {e}")))
    }

    /// Removes the stored findings of acts no longer built.
    pub(super) fn prune(&self, acts: &HashSet<&str>) {
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
