//! Input discovery: files as given, directories walked for regulations in every format the
//! reading stage knows (and the ones it refuses with advice, so they are not silently skipped).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// True for the extensions regulations come in (`.txt`, `.md`, `.docx`, `.html`, `.htm`,
/// `.pdf`, and `.doc`, `.rtf`, which are refused with advice).
pub fn is_input(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .is_some_and(|e| crate::read::EXTENSIONS.contains(&e.as_str()))
}

fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || name == "output" || name == "target" || name == "node_modules"
}

/// Expand `paths` into a sorted list of files; the flag is true when some path could not be read
/// (already reported on stderr).
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, bool) {
    let found = find(paths);
    (found.files, found.failed)
}

/// The inputs named by some paths.
#[derive(Debug, Default)]
pub struct Found {
    /// Every input file, directories expanded in file-name order.
    pub files: Vec<PathBuf>,
    /// The directories walked without an error: every input below them is in `files`.
    pub trees: Vec<PathBuf>,
    /// Some path could not be read (already reported on stderr).
    pub failed: bool,
}

/// [`collect`], also saying which directories were read whole.
pub fn find(paths: &[PathBuf]) -> Found {
    let mut files = Vec::new();
    let mut trees = Vec::new();
    let mut failed = false;
    for p in paths {
        if p.is_dir() {
            let before = files.len();
            let mut whole = true;
            let walker = WalkDir::new(p)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0
                        || !(e.file_type().is_dir()
                            && skipped_dir(&e.file_name().to_string_lossy()))
                });
            for entry in walker {
                match entry {
                    Ok(e) if e.file_type().is_file() && is_input(e.path()) => {
                        files.push(e.into_path())
                    }
                    Ok(_) => {}
                    Err(err) => {
                        eprintln!(
                            "error: {}: {err}",
                            err.path().map_or_else(
                                || p.display().to_string(),
                                |x| x.display().to_string()
                            )
                        );
                        failed = true;
                        whole = false;
                    }
                }
            }
            if whole && files.len() > before {
                trees.push(p.clone());
            }
            if files.len() == before {
                // A directory named on purpose that yields nothing is a mistake worth a failure.
                eprintln!(
                    "error: {}: no regulation files (.txt, .md, .docx, .html, .pdf) in this directory",
                    p.display()
                );
                failed = true;
            }
        } else {
            // A named file is read whatever its extension; errors surface when it is parsed.
            files.push(p.clone());
        }
    }
    Found {
        files,
        trees,
        failed,
    }
}
