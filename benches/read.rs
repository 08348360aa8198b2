//! Reading throughput of the Word, web-page and PDF copies of the bundled corpus (made by
//! `scripts/setup-formats.sh` into `target/formats/`), single thread: `cargo bench --bench read`.
//!
//! For each format, reads every copy a fixed number of rounds (`ROUNDS`, default 20) and
//! reports MB/s of extracted text (the text the parser then reads) and of file bytes, per
//! second of wall time for the median round, and the best round.

use std::path::Path;
use std::time::Instant;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/formats");
    if !dir.join(".done").exists() {
        let ok = std::process::Command::new("bash")
            .arg(root.join("scripts/setup-formats.sh"))
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "scripts/setup-formats.sh failed: no copies to read");
    }
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20)
        .max(1);
    println!(
        "| format | files | file MB | text MB | median text MB/s | best text MB/s | median file MB/s |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (label, suffix) in [
        ("docx (typed numbers)", ".docx"),
        ("docx (automatic numbering)", ".auto.docx"),
        ("html", ".html"),
        ("pdf", ".pdf"),
    ] {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .expect("target/formats exists")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().unwrap_or_default().to_string_lossy();
                name.ends_with(suffix) && (suffix == ".auto.docx" || !name.contains(".auto."))
            })
            .map(|p| {
                (
                    p.display().to_string(),
                    std::fs::read(&p).expect("readable"),
                )
            })
            .collect();
        files.sort();
        let read_all = || -> usize {
            files
                .iter()
                .map(|(name, bytes)| {
                    reglament::read::read(name, bytes, None)
                        .expect("the copies read")
                        .text
                        .len()
                })
                .sum()
        };
        let text = read_all();
        let mut times: Vec<f64> = (0..rounds)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(read_all());
                start.elapsed().as_secs_f64()
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let file_bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
        let median = times[times.len() / 2];
        println!(
            "| {label} | {} | {:.2} | {:.2} | {:.1} | {:.1} | {:.1} |",
            files.len(),
            file_bytes as f64 / 1e6,
            text as f64 / 1e6,
            text as f64 / 1e6 / median,
            text as f64 / 1e6 / times[0],
            file_bytes as f64 / 1e6 / median,
        );
    }
}
