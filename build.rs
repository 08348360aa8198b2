//! Build script: the version `reglament --version` prints. From a git checkout it carries the
//! commit (`0.2.0 (a1b2c3d4e5f6)`); without git, or outside a checkout, the crate version alone.
//! Only `--version` shows it: outputs never depend on it.

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

fn main() {
    let version = env!("CARGO_PKG_VERSION");
    println!("cargo:rerun-if-changed=build.rs");
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
