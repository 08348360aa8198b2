//! Build script: the version `reglament --version` prints, and the program's own fingerprint.
//!
//! From a git checkout the version carries the commit (`0.2.0 (a1b2c3d4e5f6)`); without git, or
//! outside a checkout, the crate version alone. Only `--version` shows it: outputs never depend
//! on it. The fingerprint (`REGLAMENT_PROGRAM`, the crate version and a hash of the sources, the
//! bundled assets, the message catalogue and the lock file) is what a build's manifest records:
//! a program whose code changed under the same version number rebuilds every input instead of
//! trusting outputs an older parser or checker made.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// Asks cargo to rerun this script when `path` changes; a path that does not exist is left out,
/// since cargo would rerun the script on every build for it.
fn watch(path: Option<String>) {
    if let Some(p) = path.filter(|p| std::path::Path::new(p).exists()) {
        println!("cargo:rerun-if-changed={p}");
    }
}

/// FNV-1a over `bytes`, continuing from `h`: stable across builds and machines.
fn fnv(h: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Every file under `dir`, sorted, so the hash does not depend on the order the disk lists them.
fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The crate version and a hash of what the program is made of.
fn program(version: &str) -> String {
    let mut paths = Vec::new();
    for dir in ["src", "assets", "locales"] {
        println!("cargo:rerun-if-changed={dir}");
        files(std::path::Path::new(dir), &mut paths);
    }
    println!("cargo:rerun-if-changed=Cargo.lock");
    paths.push("Cargo.lock".into());
    paths.sort();
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for p in &paths {
        h = fnv(h, p.to_string_lossy().as_bytes());
        h = fnv(h, &std::fs::read(p).unwrap_or_default());
    }
    format!("{version}+{h:016x}")
}

fn main() {
    let version = env!("CARGO_PKG_VERSION");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-env=REGLAMENT_PROGRAM={}", program(version));
    let full = match git(&["rev-parse", "--short=12", "HEAD"]) {
        Some(commit) => {
            // Rerun when HEAD moves: a new commit on the branch, or another branch checked out.
            watch(git(&["rev-parse", "--git-path", "HEAD"]));
            if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
                watch(git(&["rev-parse", "--git-path", &branch]));
            }
            watch(git(&["rev-parse", "--git-path", "packed-refs"]));
            format!("{version} ({commit})")
        }
        None => version.to_string(),
    };
    println!("cargo:rustc-env=REGLAMENT_VERSION={full}");
}
