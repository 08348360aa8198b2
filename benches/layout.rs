//! Times our graph building, layout and BPMN writing per process and for the whole corpus, then
//! times bpmn-auto-layout's `layoutProcess` on the same processes written without DI (through
//! bpmn/auto-layout-bench.mjs) and prints the ratio. Then measures the drawings themselves from
//! their BPMN DI with `bpmn::quality` (the same code for both layouts): defects, crossings, bends,
//! area and width per corpus file. `REGLAMENT_LAYOUT_BEFORE` may name the output tree of an
//! earlier build (`reglament build` of the same corpus), whose BPMN files are measured beside
//! them as «before». Run with `cargo bench --bench layout`; `REGLAMENT_BENCH_ITERATIONS` sets the
//! repetitions (default 30 here, 10 in Node).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use reglament::bpmn::quality::{Quality, measure};
use reglament::bpmn::{write, write_semantic_only};
use reglament::layout::graph::{build_at, diagram_lists};
use reglament::layout::place;
use reglament::model::Document;

// The allocator the `reglament` binary runs with, so the figures are the binary's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Builds, places and writes every diagram of the documents; returns the bytes written so the work is kept.
fn run_all(docs: &[Document]) -> usize {
    let mut bytes = 0;
    for doc in docs {
        for (i, reg) in doc.reglaments.iter().enumerate() {
            for list in diagram_lists(reg) {
                let mut d = build_at(i + 1, &doc.file, reg, list);
                place(&mut d);
                bytes += write(&d).len();
            }
        }
    }
    bytes
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let iterations: usize = std::env::var("REGLAMENT_BENCH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(root.join("reglaments"))
        .expect("reglaments/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    let docs: Vec<Document> = inputs
        .iter()
        .map(|p| reglament::parse_file(p, None).expect("the corpus parses"))
        .collect();

    // Warm the font tables once, as a long-running process would have them.
    let warm = run_all(&docs);

    // Per process: build + place + write, median of `iterations` runs each.
    let out_dir = root.join("target/bench-layout");
    let _ = std::fs::remove_dir_all(&out_dir);
    std::fs::create_dir_all(&out_dir).unwrap();
    let mut per_process = Vec::new();
    let mut semantic_files = Vec::new();
    let mut ours = vec![Quality::default(); docs.len()];
    for (f, doc) in docs.iter().enumerate() {
        for (i, reg) in doc.reglaments.iter().enumerate() {
            for list in diagram_lists(reg) {
                let mut times = Vec::with_capacity(iterations);
                let mut size = 0;
                for _ in 0..iterations {
                    let start = Instant::now();
                    let mut d = build_at(i + 1, &doc.file, reg, list);
                    place(&mut d);
                    size = std::hint::black_box(write(&d)).len();
                    times.push(start.elapsed());
                }
                let d = {
                    let mut d = build_at(i + 1, &doc.file, reg, list);
                    place(&mut d);
                    d
                };
                let q = measure("ours.bpmn", &write(&d)).expect("our BPMN reads back");
                ours[f].add(&q);
                let path = out_dir.join(format!("{f:03}_{}.bpmn", d.id));
                std::fs::write(&path, write_semantic_only(&d)).unwrap();
                semantic_files.push(path);
                let t = median(times);
                println!(
                    "ours {:>3}/{:<16} {:>4} nodes {:>6} bytes {:>9.1} µs",
                    f,
                    d.id,
                    d.nodes.len(),
                    size,
                    t.as_secs_f64() * 1e6
                );
                per_process.push(t);
            }
        }
    }
    let ours_mean =
        per_process.iter().map(Duration::as_secs_f64).sum::<f64>() / per_process.len() as f64;

    // Whole corpus in one go.
    let corpus_times: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            assert_eq!(std::hint::black_box(run_all(&docs)), warm);
            start.elapsed()
        })
        .collect();
    let corpus = median(corpus_times);
    println!(
        "ours: processes={} per_process_us={:.1} corpus_ms={:.3}",
        per_process.len(),
        ours_mean * 1e6,
        corpus.as_secs_f64() * 1e3
    );

    // bpmn-auto-layout on the same processes, without DI.
    let node_iterations = (iterations / 3).max(3).to_string();
    let script = root.join("bpmn/auto-layout-bench.mjs");
    if !root.join("bpmn/node_modules/bpmn-auto-layout").is_dir() {
        eprintln!("bpmn-auto-layout is not installed: run `bash bpmn/setup.sh` to compare");
        std::process::exit(1);
    }
    let out = Command::new("node")
        .arg(script)
        .arg(&node_iterations)
        .args(&semantic_files)
        .output()
        .expect("node runs");
    let report = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        eprintln!("{report}{}", String::from_utf8_lossy(&out.stderr));
        std::process::exit(1);
    }
    let summary = report
        .lines()
        .find(|l| l.starts_with("auto-layout:"))
        .expect("auto-layout-bench prints a summary");
    println!("{summary}");
    let theirs_ms: f64 = summary
        .split_whitespace()
        .find_map(|w| w.strip_prefix("per_process_ms="))
        .and_then(|v| v.parse().ok())
        .expect("per_process_ms in the summary");
    let ratio = theirs_ms / (ours_mean * 1e3);
    println!(
        "ratio: bpmn-auto-layout {theirs_ms:.3} ms / ours {:.3} ms per process = {ratio:.0}x (target >= 50x)",
        ours_mean * 1e3
    );

    // The drawings, measured from their DI.
    let corpus: Vec<String> = inputs.iter().map(|p| corpus_key(p)).collect();
    let mut theirs = vec![Quality::default(); docs.len()];
    for path in &semantic_files {
        let f: usize = path.file_name().unwrap().to_string_lossy()[..3]
            .parse()
            .unwrap();
        let laid_out = path.with_extension("auto.bpmn");
        let xml = std::fs::read_to_string(&laid_out).expect("bpmn-auto-layout wrote its layout");
        let q = measure(&laid_out.to_string_lossy(), &xml).expect("bpmn-auto-layout's BPMN reads");
        theirs[f].add(&q);
    }
    println!(
        "\n{:<18} {:<5} {:>8} {:>8} {:>10} {:>10} {:>9} {:>9} {:>6} {:>10} {:>7}",
        "layout",
        "file",
        "diagrams",
        "overlaps",
        "edge-shape",
        "edge-label",
        "wrong-way",
        "crossings",
        "bends",
        "area Mpx²",
        "widest"
    );
    let mut rows = vec![("ours", ours), ("bpmn-auto-layout", theirs)];
    if let Some(dir) = std::env::var_os("REGLAMENT_LAYOUT_BEFORE") {
        rows.insert(1, ("ours before", measure_tree(Path::new(&dir), &corpus)));
    }
    for (name, per_file) in &rows {
        let mut all = Quality::default();
        for (key, q) in corpus.iter().zip(per_file) {
            print_row(name, key, q);
            all.add(q);
        }
        print_row(name, "all", &all);
    }
}

/// The corpus file's short name: its stem up to the first `_` or `-` (`000`).
fn corpus_key(path: &Path) -> String {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    stem.split(['_', '-'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The BPMN files of an output tree, measured per act (an act's folder starts with its input's key).
fn measure_tree(dir: &Path, corpus: &[String]) -> Vec<Quality> {
    let mut out = vec![Quality::default(); corpus.len()];
    let mut files: Vec<PathBuf> = walk(dir);
    files.sort();
    for file in files {
        let Ok(rel) = file.strip_prefix(dir) else {
            continue;
        };
        let act = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        let Some(f) = act.and_then(|a| corpus.iter().position(|k| corpus_key(Path::new(&a)) == *k))
        else {
            continue;
        };
        let xml = std::fs::read_to_string(&file).unwrap();
        out[f].add(&measure(&file.to_string_lossy(), &xml).expect("an earlier BPMN file reads"));
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|x| x == "bpmn") {
            out.push(path);
        }
    }
    out
}

fn print_row(name: &str, key: &str, q: &Quality) {
    println!(
        "{:<18} {:<5} {:>8} {:>8} {:>10} {:>10} {:>9} {:>9} {:>6} {:>10.2} {:>7}",
        name,
        key,
        q.diagrams,
        q.overlaps,
        q.edge_shape,
        q.edge_label,
        q.wrong_way,
        q.crossings,
        q.bends,
        q.area / 1e6,
        q.widest
    );
}
