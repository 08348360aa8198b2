//! The manifest (`.manifest.json`): each input's content hash, act directory, outputs and the
//! summary the index and the report are written from.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::MANIFEST;
use crate::report::Levels;
use crate::site;
use crate::text::Encoding;

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
    /// The act's title (its decree's, else its file's name), for the index page.
    #[serde(default)]
    pub(super) title: String,
    /// Output paths relative to the output directory, `/`-separated, sorted.
    pub(super) outputs: Vec<String>,
    pub(super) reglaments: Vec<site::Reglament>,
    /// Findings per rule: [error, warning, info]. The findings are in the store.
    pub(super) rules: BTreeMap<String, [usize; 3]>,
    /// Built in this run (its findings were saved by it), as opposed to kept or reused.
    #[serde(skip)]
    pub(super) fresh: bool,
}

impl Entry {
    /// The act's findings by severity, as `levels` show them.
    pub(super) fn severities(&self, levels: &Levels) -> [usize; 3] {
        let mut n = [0; 3];
        for (rule, counts) in &self.rules {
            for (total, c) in n.iter_mut().zip(levels.counts(rule, *counts)) {
                *total += c;
            }
        }
        n
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Manifest {
    /// The program that wrote the outputs: its version and a hash of its sources (set by the
    /// build script). Another program rebuilds everything, even under the same version number
    /// (its manifest still says which outputs belong to which input).
    pub(super) version: String,
    pub(super) files: Vec<Entry>,
}

impl Manifest {
    /// True when this version of the tool wrote it, so its hashes can spare a rebuild.
    pub(super) fn current(&self) -> bool {
        self.version == env!("REGLAMENT_PROGRAM")
    }
}

/// The manifest in `out`, whichever version wrote it; empty when there is none or it cannot be
/// read (then the build owns nothing it finds there, and removes nothing).
pub(super) fn read_manifest(out: &Path) -> Manifest {
    std::fs::read(out.join(MANIFEST))
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
        .unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(
            fnv1a(0xcbf2_9ce4_8422_2325, b"foobar"),
            0x8594_4171_f739_67e8
        );
    }

    #[test]
    fn the_program_is_its_version_and_a_hash_of_its_sources() {
        let program = env!("REGLAMENT_PROGRAM");
        let hash = program
            .strip_prefix(concat!(env!("CARGO_PKG_VERSION"), "+"))
            .expect("the version first");
        assert_eq!(hash.len(), 16, "{program}");
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()), "{program}");
        // A manifest another build of the same version wrote is not this program's.
        let other = Manifest {
            version: env!("CARGO_PKG_VERSION").to_string(),
            files: Vec::new(),
        };
        assert!(!other.current());
    }
}
