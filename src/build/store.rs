//! The findings store: each input's findings wait on disk for the report pages.

use crate::model::Source;
use std::collections::{BTreeSet, HashSet};
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
        message: crate::check::Message,
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
                    pair: None,
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
/// directory, kept for the next incremental run. Under `--check`, which writes nothing there, the
/// findings of this run go to a temporary directory removed at the end, while those of acts kept
/// from earlier runs are still read from the output directory.
pub(super) struct Store {
    out: PathBuf,
    temporary: Option<tempfile::TempDir>,
}

impl Store {
    pub(super) fn new(out: &Path, check: bool) -> std::io::Result<Self> {
        let temporary = if check {
            Some(
                tempfile::Builder::new()
                    .prefix("reglament-check-")
                    .tempdir()?,
            )
        } else {
            None
        };
        Ok(Store {
            out: out.to_path_buf(),
            temporary,
        })
    }

    /// The root and relative path of an act's findings: written in this run (`fresh`) or not.
    fn place(&self, act: &str, fresh: bool) -> (&Path, PathBuf) {
        self.place_named(&format!("{act}.json"), fresh)
    }

    /// Where the steps of an act's diagrams wait, as text for the index page.
    fn place_steps(&self, act: &str, fresh: bool) -> (&Path, PathBuf) {
        self.place_named(&format!("{act}.steps.json"), fresh)
    }

    /// Saves the steps of an act's diagrams as text.
    pub(super) fn save_steps(&self, act: &str, steps: &crate::site::ActSteps) -> Result<(), Error> {
        let (root, rel) = self.place_steps(act, true);
        let bytes = serde_json::to_vec(steps).expect("steps always serialise");
        write_atomic(root, &rel, &bytes).map_err(|e| write_error(&root.join(&rel), e))
    }

    /// The steps of an act's diagrams, saved in this run (`fresh`) or kept; none when an earlier
    /// build did not save them.
    pub(super) fn load_steps(&self, act: &str, fresh: bool) -> crate::site::ActSteps {
        let (root, rel) = self.place_steps(act, fresh);
        std::fs::read(root.join(rel))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Where the places of an input's lines wait beside its findings (Word, web page, PDF).
    fn place_source(&self, act: &str, fresh: bool) -> (&Path, PathBuf) {
        self.place_named(&format!("{act}.source.json"), fresh)
    }

    fn place_named(&self, name: &str, fresh: bool) -> (&Path, PathBuf) {
        match &self.temporary {
            Some(t) if fresh => (t.path(), PathBuf::from(name)),
            _ => (&self.out, Path::new(FINDINGS).join(name)),
        }
    }

    /// True when the output directory holds the act's findings from an earlier run.
    pub(super) fn has(&self, act: &str) -> bool {
        self.out
            .join(FINDINGS)
            .join(format!("{act}.json"))
            .is_file()
    }

    /// Saves an act's findings, and the places of its lines when the input is not plain text.
    pub(super) fn save(
        &self,
        act: &str,
        findings: &[Finding],
        source: &Source,
    ) -> Result<(), Error> {
        let (root, rel) = self.place(act, true);
        let bytes = serde_json::to_vec(findings).expect("findings always serialise");
        write_atomic(root, &rel, &bytes).map_err(|e| write_error(&root.join(&rel), e))?;
        let (root, rel) = self.place_source(act, true);
        if source.is_text() {
            let _ = std::fs::remove_file(root.join(&rel));
            return Ok(());
        }
        let bytes = serde_json::to_vec(source).expect("places always serialise");
        write_atomic(root, &rel, &bytes).map_err(|e| write_error(&root.join(&rel), e))
    }

    /// The places of an act's lines, saved in this run (`fresh`) or kept; a text file has none.
    pub(super) fn load_source(&self, act: &str, fresh: bool) -> Result<Source, Error> {
        let (root, rel) = self.place_source(act, fresh);
        let path = root.join(rel);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Error::new(
                    path.display().to_string(),
                    None,
                    format!("unreadable places: {e}"),
                )
            }),
            Err(_) => Ok(Source::default()),
        }
    }

    /// The findings of an act, saved in this run (`fresh`) or kept from an earlier one.
    pub(super) fn load(&self, act: &str, fresh: bool) -> Result<Vec<Finding>, Error> {
        let (root, rel) = self.place(act, fresh);
        let path = root.join(rel);
        let fail = |m: String| Error::new(path.display().to_string(), None, m);
        // Read whole: parsing from memory is several times faster than through a reader, and
        // one act's findings are small beside the act's own outputs.
        let bytes = std::fs::read(&path).map_err(|e| fail(format!("cannot read: {e}")))?;
        let mut de = serde_json::Deserializer::from_slice(&bytes);
        stored_findings::deserialize(&mut de).map_err(|e| fail(format!("unreadable findings: {e}")))
    }

    /// Removes the stored findings of acts the output no longer lists.
    pub(super) fn prune(&self, acts: &HashSet<&str>) {
        let Ok(dir) = std::fs::read_dir(self.out.join(FINDINGS)) else {
            return;
        };
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let keep = name
                .strip_suffix(".json")
                .map(|act| {
                    act.strip_suffix(".source")
                        .or_else(|| act.strip_suffix(".steps"))
                        .unwrap_or(act)
                })
                .is_some_and(|act| acts.contains(act));
            if !keep && e.file_type().is_ok_and(|t| t.is_file()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}
