//! Parse throughput over the bundled corpus, single thread: `cargo bench --bench parse`.
//!
//! Reads every file of `reglaments/` once, then runs each stage over the whole corpus for a
//! fixed number of rounds (`ROUNDS`, default 50) and reports MB/s of input bytes per second of
//! wall time for the median round (robust to a busy neighbour on a shared machine), the best
//! round and the mean: decode, lines (normalise + join), segment (regulations, lists, items), the whole
//! parse, the consistency check alone, and parse plus the check. `STAGES=parse,check` runs only
//! the named stages (handy under a profiler).

use std::path::Path;
use std::time::Instant;

// The allocator the `reglament` binary runs with, so the figures are the binary's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(50)
        .max(1);
    let mb = (bytes * rounds) as f64 / 1e6;
    let stages: Option<Vec<String>> = std::env::var("STAGES")
        .ok()
        .map(|s| s.split(',').map(|x| x.trim().to_string()).collect());
    let rate = |label: &str, f: &mut dyn FnMut()| {
        if stages
            .as_ref()
            .is_some_and(|s| !s.iter().any(|x| x == label))
        {
            return;
        }
        f(); // warm-up: compiles the lexicon's regexes once, as a long run would
        let mut times: Vec<f64> = (0..rounds)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_secs_f64()
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let total: f64 = times.iter().sum();
        let corpus_mb = bytes as f64 / 1e6;
        println!(
            "{label:<16} {:>7.1} MB/s median round, {:>7.1} best, {:>7.1} mean  ({total:.3} s)",
            corpus_mb / times[rounds / 2],
            corpus_mb / times[0],
            mb / total
        );
    };

    println!(
        "corpus: {} files, {:.1} KB, {rounds} rounds, single thread",
        files.len(),
        bytes as f64 / 1e3
    );
    let texts: Vec<String> = files
        .iter()
        .map(|(_, b)| reglament::text::decode(b, None).expect("decodes").text)
        .collect();
    let lines: Vec<_> = texts
        .iter()
        .map(|t| reglament::parse::lines::logical_lines(t))
        .collect();
    rate("decode", &mut || {
        for (_, b) in &files {
            std::hint::black_box(reglament::text::decode(b, None).expect("decodes"));
        }
    });
    rate("lines", &mut || {
        for t in &texts {
            std::hint::black_box(reglament::parse::lines::logical_lines(t));
        }
    });
    rate("segment", &mut || {
        for l in &lines {
            std::hint::black_box(reglament::parse::segment::regulations(l));
        }
    });
    rate("parse", &mut || {
        for (name, b) in &files {
            std::hint::black_box(reglament::parse_bytes(name, b, None).expect("parses"));
        }
    });
    let docs: Vec<_> = files
        .iter()
        .map(|(name, b)| reglament::parse_bytes(name, b, None).expect("parses"))
        .collect();
    rate("check", &mut || {
        for doc in &docs {
            std::hint::black_box(reglament::check::check(doc));
        }
    });
    rate("parse + check", &mut || {
        for (name, b) in &files {
            let doc = reglament::parse_bytes(name, b, None).expect("parses");
            std::hint::black_box(reglament::check::check(&doc));
        }
    });
}
