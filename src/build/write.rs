//! Files written atomically (a temporary name and a rename), never through a symbolic link below
//! the output directory; under `--check`, compared instead of written.

use std::collections::{BTreeSet, HashSet};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use walkdir::WalkDir;

use super::Difference;
use crate::error::Error;

pub(super) fn write_error(path: &Path, e: std::io::Error) -> Error {
    Error::new(
        path.display().to_string(),
        None,
        format!("cannot write: {e}"),
    )
}

/// Write `bytes` to `root/rel` through a temporary file in the same directory and a rename; a
/// file that already holds exactly these bytes is left alone (its time stamp too).
///
/// Nothing is written through a symbolic link found below `root`: a link planted in a published
/// output tree must not lead the build to write elsewhere.
pub fn write_atomic(root: &Path, rel: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_in(root, rel, bytes, &Dirs::default())
}

/// Directories below the output root already made and found free of symbolic links in this
/// run: a build writes several files into each, and checks and makes each directory once.
#[derive(Default)]
pub(super) struct Dirs(Mutex<HashSet<PathBuf>>);

/// [`write_atomic`], skipping the checks `dirs` has already made.
pub(super) fn write_atomic_in(
    root: &Path,
    rel: &Path,
    bytes: &[u8],
    dirs: &Dirs,
) -> std::io::Result<()> {
    let parent = rel.parent().unwrap_or(Path::new(""));
    let known = dirs
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .contains(parent);
    if !known {
        refuse_links(root, parent)?;
        std::fs::create_dir_all(root.join(parent))?;
        dirs.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(parent.to_path_buf());
    }
    let path = root.join(rel);
    let path = path.as_path();
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(std::io::Error::other(format!(
                "refusing to write through the symbolic link {}",
                path.display()
            )));
        }
        Ok(m)
            if m.len() == bytes.len() as u64
                && std::fs::read(path).is_ok_and(|old| old == bytes) =>
        {
            return Ok(());
        }
        _ => {}
    }
    let tmp = path.with_extension(format!(
        "{}.tmp-{}",
        path.extension().and_then(|e| e.to_str()).unwrap_or(""),
        pid()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// This process's id, asked of the kernel once (temporary file names carry it).
pub(super) fn pid() -> u32 {
    static PID: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *PID.get_or_init(std::process::id)
}

/// Fails when a symbolic link stands anywhere on `rel` below `root`.
pub(super) fn refuse_links(root: &Path, rel: &Path) -> std::io::Result<()> {
    let mut at = root.to_path_buf();
    for part in rel.components() {
        at.push(part);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(std::io::Error::other(format!(
                "refusing to write through the symbolic link {}",
                at.display()
            )));
        }
    }
    Ok(())
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

/// Writes (or, under `--check`, compares) the files of one run.
pub(super) struct Sink<'a> {
    pub(super) out: &'a Path,
    pub(super) check: bool,
    pub(super) existing: &'a BTreeSet<String>,
    pub(super) dirs: Dirs,
}

impl Sink<'_> {
    /// Writes `rel`, or records how it differs; errors and differences go to the vectors.
    pub(super) fn put(
        &self,
        rel: &str,
        bytes: &[u8],
        errors: &mut Vec<Error>,
        stale: &mut Vec<(String, Difference)>,
    ) {
        let path = self.out.join(rel);
        if self.check {
            if !self.existing.contains(rel) {
                stale.push((rel.to_string(), Difference::Missing));
            } else if !std::fs::read(&path).is_ok_and(|old| old == bytes) {
                stale.push((rel.to_string(), Difference::Changed));
            }
        } else if let Err(e) = write_atomic_in(self.out, Path::new(rel), bytes, &self.dirs) {
            errors.push(write_error(&path, e));
        }
    }
}

impl Sink<'_> {
    /// A file written piece by piece (the report pages), or compared as it goes under `--check`.
    pub(super) fn stream(&self, rel: &str) -> Stream {
        let path = self.out.join(rel);
        let target = if self.check {
            let old = self
                .existing
                .contains(rel)
                .then(|| std::fs::File::open(&path).ok().map(BufReader::new))
                .flatten();
            Target::Compare {
                missing: old.is_none(),
                same: true,
                old,
            }
        } else {
            let tmp = path.with_extension(format!(
                "{}.tmp-{}",
                path.extension().and_then(|e| e.to_str()).unwrap_or(""),
                pid()
            ));
            let opened = refuse_links(self.out, Path::new(rel))
                .and_then(|()| match path.parent() {
                    Some(p) => std::fs::create_dir_all(p),
                    None => Ok(()),
                })
                .and_then(|()| std::fs::File::create(&tmp));
            match opened {
                Ok(f) => Target::Write {
                    file: BufWriter::new(f),
                    tmp,
                },
                Err(e) => Target::Failed(e),
            }
        };
        Stream {
            rel: rel.to_string(),
            path,
            target,
        }
    }
}

/// A report page on its way to disk.
pub(super) struct Stream {
    rel: String,
    path: PathBuf,
    target: Target,
}

pub(super) enum Target {
    Write {
        file: BufWriter<std::fs::File>,
        tmp: PathBuf,
    },
    Compare {
        old: Option<BufReader<std::fs::File>>,
        missing: bool,
        same: bool,
    },
    Failed(std::io::Error),
}

impl Stream {
    pub(super) fn push(&mut self, text: &str) {
        match &mut self.target {
            Target::Write { file, tmp } => {
                if let Err(e) = file.write_all(text.as_bytes()) {
                    let _ = std::fs::remove_file(&*tmp);
                    self.target = Target::Failed(e);
                }
            }
            Target::Compare {
                old: Some(old),
                same,
                ..
            } if *same => {
                let mut buf = vec![0; text.len()];
                *same = old.read_exact(&mut buf).is_ok() && buf == text.as_bytes();
            }
            _ => {}
        }
    }

    /// Renames the page into place (unless the file already holds the same bytes), or records
    /// how it differs.
    pub(super) fn finish(self, errors: &mut Vec<Error>, stale: &mut Vec<(String, Difference)>) {
        match self.target {
            Target::Write { file, tmp } => {
                let done = file
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|f| f.sync_all().map(|()| f))
                    .and_then(|_| {
                        if same_contents(&tmp, &self.path) {
                            std::fs::remove_file(&tmp)
                        } else {
                            std::fs::rename(&tmp, &self.path)
                        }
                    });
                if let Err(e) = done {
                    let _ = std::fs::remove_file(&tmp);
                    errors.push(write_error(&self.path, e));
                }
            }
            Target::Compare { missing: true, .. } => {
                stale.push((self.rel, Difference::Missing));
            }
            Target::Compare { old, same, .. } => {
                let at_end = old.is_some_and(|mut r| r.read(&mut [0u8; 1]).is_ok_and(|n| n == 0));
                if !(same && at_end) {
                    stale.push((self.rel, Difference::Changed));
                }
            }
            Target::Failed(e) => errors.push(write_error(&self.path, e)),
        }
    }
}

/// True when both files exist and hold the same bytes.
pub(super) fn same_contents(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    if ma.len() != mb.len() || !mb.is_file() {
        return false;
    }
    let (Ok(fa), Ok(fb)) = (std::fs::File::open(a), std::fs::File::open(b)) else {
        return false;
    };
    let (mut ra, mut rb) = (BufReader::new(fa), BufReader::new(fb));
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let n = match ra.read(&mut ba) {
            Ok(n) => n,
            Err(_) => return false,
        };
        if n == 0 {
            return true;
        }
        if rb.read_exact(&mut bb[..n]).is_err() || ba[..n] != bb[..n] {
            return false;
        }
    }
}
