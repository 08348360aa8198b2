//! End-to-end throughput of the main job on a synthetic corpus: `cargo bench --bench build`.
//!
//! The corpus is generated into a temporary directory from the real texts of `reglaments/`:
//! each synthetic file is a copy of one real act (so files hold 1–11 regulations, as the real
//! ones do) with the service names numbered inside their quotes, the digits of durations
//! changed, and one numbered item dropped or duplicated. Sizes are counted in regulations;
//! `REGLAMENT_BENCH_SIZES=1000,5000` picks them (default 1000, 5000, 10000).
//!
//! For each size: wall time of `build::build` with every core and every output written, MB/s of
//! input, regulations per second, the CPU seconds spent in the program and in the kernel (file
//! creation dominates the latter), peak resident memory (VmHWM from /proc/self/status, reset
//! between sizes through /proc/self/clear_refs), and the time `cat` takes to read the same
//! bytes, as the floor. Each size's files are removed and flushed to disk before the next is
//! timed, so no size pays for the previous one's write-back.
//!
//! The real corpus comes first: the `reglament build` command against copying its output tree
//! (each with `sync`); `REGLAMENT_BENCH_SIZES=` (empty) times only that.
//!
//! `REGLAMENT_BENCH_DIR` picks where the corpus and outputs go (default: the system temporary
//! directory); `/dev/shm` measures the program without the disk.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

// The allocator the `reglament` binary runs with, so the figures are the binary's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One synthetic variant (`k`) of a real act's text.
fn variant(text: &str, k: usize) -> String {
    let mut out = String::with_capacity(text.len() + 1024);
    let lines: Vec<&str> = text.lines().collect();
    // Numbered items («1) …», «12. …»): one of them is dropped or duplicated.
    let numbered: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start();
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && matches!(t.as_bytes().get(digits), Some(b')'))
        })
        .map(|(i, _)| i)
        .collect();
    let touched = (!numbered.is_empty()).then(|| numbered[(k * 7919) % numbered.len()]);
    for (i, line) in lines.iter().enumerate() {
        if Some(i) == touched && k.is_multiple_of(2) {
            continue;
        }
        let line = line.replace('»', &format!(" {k}»"));
        let is_duration = ["минут", "рабоч", "дн", "час", "күн", "сағат"]
            .iter()
            .any(|w| line.contains(w));
        if is_duration {
            // Digits of durations change; the rest (item numbers, dates) stays.
            out.extend(line.chars().map(|c| match c.to_digit(10) {
                Some(d) => char::from_digit((d + k as u32) % 9 + 1, 10).unwrap(),
                None => c,
            }));
        } else {
            out.push_str(&line);
        }
        out.push('\n');
        if Some(i) == touched && k % 2 == 1 {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// Writes synthetic files into `dir` until they hold `target` regulations; returns (files, bytes).
fn generate(dir: &Path, sources: &[(String, usize)], target: usize) -> (Vec<PathBuf>, u64) {
    std::fs::create_dir_all(dir).unwrap();
    let (mut regs, mut bytes, mut files) = (0, 0u64, Vec::new());
    let mut k = 0;
    while regs < target {
        let (text, n) = &sources[k % sources.len()];
        let body = variant(text, k);
        let path = dir.join(format!("act-{k:05}.txt"));
        std::fs::write(&path, &body).unwrap();
        bytes += body.len() as u64;
        regs += n;
        files.push(path);
        k += 1;
    }
    (files, bytes)
}

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// CPU seconds of this process so far: (user, system), from /proc/self/stat.
fn cpu_seconds() -> (f64, f64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name and state;
    // the kernel counts them in USER_HZ, 100 on Linux.
    (ticks(11) / 100.0, ticks(12) / 100.0)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut real: Vec<PathBuf> = std::fs::read_dir(root.join("reglaments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    real.sort();
    let sources: Vec<(String, usize)> = real
        .iter()
        .map(|p| {
            let doc = reglament::parse_file(p, None).expect("the corpus parses");
            (std::fs::read_to_string(p).unwrap(), doc.reglaments.len())
        })
        .collect();
    let sizes: Vec<usize> = std::env::var("REGLAMENT_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1000, 5000, 10000]);
    let base = std::env::var_os("REGLAMENT_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let work = base.join(format!("reglament-bench-build-{}", std::process::id()));
    println!("working directory: {}", work.display());
    let _ = std::fs::remove_dir_all(&work);

    // The real corpus first: the README's main command, warm.
    let out = work.join("real-out");
    reglament::build::build(&real, &out, &Default::default());
    let _ = std::fs::remove_dir_all(&out);
    let start = Instant::now();
    let s = reglament::build::build(&real, &out, &Default::default());
    println!(
        "real corpus: {} files, {} regulations, {} diagrams: {:.3} s",
        s.files,
        s.reglaments,
        s.diagrams,
        start.elapsed().as_secs_f64()
    );

    // Against copying the same output tree and syncing it: what any tool that writes these files
    // must at least spend. The build is timed twice: as a user runs it (the `reglament` command
    // in a process of its own, which builds its pattern automata, fonts and catalogue anew), and
    // warm inside this process, as a long-running caller would see it. Each side is timed with
    // its `sync`, the median of five runs.
    let exe = env!("CARGO_BIN_EXE_reglament");
    let mut cli_runs = Vec::new();
    let mut build_runs = Vec::new();
    let mut copy_runs = Vec::new();
    let synced = || {
        let _ = Command::new("sync").status();
    };
    for k in 0..5 {
        let fresh = work.join(format!("real-out-{k}"));
        let warm = work.join(format!("real-warm-{k}"));
        let copy = work.join(format!("real-copy-{k}"));
        synced();
        let start = Instant::now();
        let status = Command::new(exe)
            .arg("build")
            .args(&real)
            .arg("-o")
            .arg(&fresh)
            .arg("-q")
            .status()
            .expect("the reglament command runs");
        assert!(status.success(), "the corpus builds");
        synced();
        cli_runs.push(start.elapsed().as_secs_f64());
        let start = Instant::now();
        reglament::build::build(&real, &warm, &Default::default());
        synced();
        build_runs.push(start.elapsed().as_secs_f64());
        let start = Instant::now();
        let status = Command::new("cp")
            .arg("-r")
            .arg(&fresh)
            .arg(&copy)
            .status()
            .expect("cp runs");
        assert!(status.success());
        synced();
        copy_runs.push(start.elapsed().as_secs_f64());
        for dir in [&fresh, &warm, &copy] {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (cli, b, c) = (
        median(&mut cli_runs),
        median(&mut build_runs),
        median(&mut copy_runs),
    );
    println!(
        "real corpus, `reglament build` into a fresh folder + sync: {cli:.3} s; cp -r of its output + sync: {c:.3} s; ratio {:.2}",
        cli / c
    );
    println!(
        "real corpus, warm in-process build + sync: {b:.3} s; ratio {:.2}",
        b / c
    );

    println!(
        "| regulations | files | MB | wall s | MB/s | regulations/s | user s | system s | peak MiB | cat s |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for size in sizes {
        let input = work.join(format!("in-{size}"));
        let (files, bytes) = generate(&input, &sources, size);
        let cat_start = Instant::now();
        let status = Command::new("cat")
            .args(&files)
            .stdout(Stdio::null())
            .status()
            .expect("cat runs");
        assert!(status.success());
        let cat = cat_start.elapsed().as_secs_f64();

        // Reset the high-water mark so each size reports its own peak.
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let out = work.join(format!("out-{size}"));
        let _ = Command::new("sync").status();
        let (user0, sys0) = cpu_seconds();
        let start = Instant::now();
        let s = reglament::build::build(&files, &out, &Default::default());
        let wall = start.elapsed().as_secs_f64();
        let (user1, sys1) = cpu_seconds();
        assert!(
            s.errors.is_empty(),
            "{:?}",
            &s.errors[..s.errors.len().min(3)]
        );
        let mb = bytes as f64 / 1e6;
        println!(
            "| {} | {} | {:.1} | {:.2} | {:.1} | {:.0} | {:.1} | {:.1} | {:.0} | {:.3} |",
            s.reglaments,
            s.files,
            mb,
            wall,
            mb / wall,
            s.reglaments as f64 / wall,
            user1 - user0,
            sys1 - sys0,
            peak_kib() as f64 / 1024.0,
            cat
        );
        let _ = std::fs::remove_dir_all(&input);
        let _ = std::fs::remove_dir_all(&out);
        let _ = Command::new("sync").status();
    }
    let _ = std::fs::remove_dir_all(&work);
}
