//! Parse throughput over the bundled corpus, single thread: `cargo bench --bench parse`.
//!
//! Reads every file of `reglaments/` once, then parses the whole corpus repeatedly for a fixed
//! number of rounds and reports MB/s (decoded bytes per second of wall time).

use std::path::Path;
use std::time::Instant;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("reglaments/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read(&p).expect("readable"),
            )
        })
        .collect();
    files.sort();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let rounds = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(50);

    // Warm-up: compiles the lexicon's regexes once, as a long run would.
    for (name, b) in &files {
        reglament::parse_bytes(name, b, None).expect("corpus parses");
    }
    let start = Instant::now();
    let mut items = 0usize;
    for _ in 0..rounds {
        for (name, b) in &files {
            let doc = reglament::parse_bytes(name, b, None).expect("corpus parses");
            items += doc
                .reglaments
                .iter()
                .flat_map(|r| &r.lists)
                .map(|l| l.items.len())
                .sum::<usize>();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "parse: {} files, {:.1} KB, {} rounds, {:.3} s, {:.1} MB/s single thread ({} items per round)",
        files.len(),
        bytes as f64 / 1e3,
        rounds,
        secs,
        mb / secs,
        items / rounds
    );
}
