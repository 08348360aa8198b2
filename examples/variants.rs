//! Writes every shape variant of every file of `reglaments/` into a folder, to look at them
//! or hand them to the CLI (`reglament parse <folder>/<file>/<variant>.txt`).
//!
//! `cargo run --example variants -- <folder> [width …]` (widths default to 60, 80 and 120).
//! `docs/variants.md` says what each variant is.

#[path = "../tests/variants_support/mod.rs"]
mod variants_support;

use std::path::PathBuf;
use std::process::ExitCode;

use variants_support::{FILES, Source, Variant};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next().map(PathBuf::from) else {
        eprintln!("usage: cargo run --example variants -- <folder> [width …]");
        return ExitCode::from(2);
    };
    let mut widths = Vec::new();
    for a in args {
        match a.parse::<usize>() {
            Ok(w) if w > 0 => widths.push(w),
            _ => {
                eprintln!("not a width: {a}");
                return ExitCode::from(2);
            }
        }
    }
    if widths.is_empty() {
        widths = vec![60, 80, 120];
    }
    let mut written = 0;
    for stem in FILES {
        let source = Source::load(stem);
        let dir = folder.join(stem);
        if let Err(e) = std::fs::create_dir_all(&dir) {
            eprintln!("{}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
        let mut variants: Vec<Variant> = Vec::new();
        for &w in &widths {
            for v in Variant::all(w) {
                if !variants.contains(&v) {
                    variants.push(v);
                }
            }
        }
        for v in variants {
            let path = dir.join(format!("{}.txt", v.slug()));
            if let Err(e) = std::fs::write(&path, v.apply(&source)) {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
            written += 1;
        }
    }
    println!("{written} variants written under {}", folder.display());
    ExitCode::SUCCESS
}
