//! The cache between runs: the manifest of inputs and outputs, and the findings waiting for
//! the report.

use super::*;
use crate::model::Source;

/// 64-bit FNV-1a: enough to tell whether a file changed since the last run (not a defence
/// against someone forging collisions, which the manifest does not need).
pub(super) fn fnv1a(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

pub(super) fn content_hash(bytes: &[u8], forced: Option<Encoding>) -> String {
    let h = fnv1a(0xcbf2_9ce4_8422_2325, bytes);
    // A forced encoding changes the model of the same bytes.
    let h = fnv1a(h, format!("{forced:?}").as_bytes());
    format!("fnv1a64:{h:016x}")
}

/// What the manifest remembers of one input.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Entry {
    pub(super) file: String,
    pub(super) hash: String,
    pub(super) act: String,
    /// Output paths relative to the output directory, `/`-separated, sorted.
    pub(super) outputs: Vec<String>,
    pub(super) reglaments: Vec<site::Reglament>,
    /// Findings per rule: [error, warning, info]. The findings are in the store.
    pub(super) rules: BTreeMap<String, [usize; 3]>,
}

impl Entry {
    pub(super) fn findings(&self) -> usize {
        self.rules.values().flatten().sum()
    }

    pub(super) fn severities(&self) -> [usize; 3] {
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
pub(super) struct Manifest {
    /// The tool version that wrote the outputs; another version rebuilds everything.
    pub(super) version: String,
    pub(super) files: Vec<Entry>,
}

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
    pub(super) root: PathBuf,
    pub(super) dir: PathBuf,
    pub(super) _temporary: Option<tempfile::TempDir>,
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

    /// Where the places of an input's lines wait beside its findings (Word, web page, PDF).
    pub(super) fn source_rel(&self, act: &str) -> PathBuf {
        self.dir.join(format!("{act}.source.json"))
    }

    pub(super) fn save(
        &self,
        act: &str,
        findings: &[Finding],
        source: &Source,
    ) -> Result<(), Error> {
        let rel = self.rel(act);
        let bytes = serde_json::to_vec(findings).expect("findings always serialise");
        write_atomic(&self.root, &rel, &bytes)
            .map_err(|e| write_error(&self.root.join(&rel), e))?;
        let rel = self.source_rel(act);
        if source.is_text() {
            let _ = std::fs::remove_file(self.root.join(&rel));
            return Ok(());
        }
        let bytes = serde_json::to_vec(source).expect("places always serialise");
        write_atomic(&self.root, &rel, &bytes).map_err(|e| write_error(&self.root.join(&rel), e))
    }

    /// The places of an input's lines; a text file has none stored.
    pub(super) fn load_source(&self, act: &str) -> Result<Source, Error> {
        let path = self.root.join(self.source_rel(act));
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
                .strip_suffix(".source.json")
                .or_else(|| name.strip_suffix(".json"))
                .is_some_and(|act| acts.contains(act));
            if !keep && e.file_type().is_ok_and(|t| t.is_file()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

pub(super) fn read_manifest(out: &Path) -> Manifest {
    std::fs::read(out.join(MANIFEST))
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
        .filter(|m| m.version == env!("CARGO_PKG_VERSION"))
        .unwrap_or_default()
}

/// Every non-hidden file under `out`, as `/`-separated relative paths.
pub(super) fn existing_files(out: &Path) -> BTreeSet<String> {
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

/// Streams the manifest to a temporary file and renames it (it holds every finding, so it is
/// not built as one string first).
pub(super) fn write_manifest(out: &Path, manifest: &Manifest) -> std::io::Result<()> {
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
