fn main() {
    let files: Vec<(String, Vec<u8>)> = std::fs::read_dir("reglaments")
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    let bytes: usize = files.iter().map(|f| f.1.len()).sum();
    let rounds = 30;
    let texts: Vec<String> = files
        .iter()
        .map(|(_, b)| reglament::text::decode(b, None).unwrap().text)
        .collect();
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        for (_, b) in &files {
            std::hint::black_box(reglament::text::decode(b, None).unwrap());
        }
    }
    let d = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        for s in &texts {
            for l in s.split('\n') {
                std::hint::black_box(reglament::text::normalise::normalise_line(l));
            }
        }
    }
    let n = t.elapsed().as_secs_f64();
    let lines: Vec<_> = texts
        .iter()
        .map(|s| reglament::parse::lines::logical_lines(s))
        .collect();
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        for s in &texts {
            std::hint::black_box(reglament::parse::lines::logical_lines(s));
        }
    }
    let l = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        for ls in &lines {
            std::hint::black_box(reglament::parse::segment::regulations(ls));
        }
    }
    let s = t.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "decode {:.0} MB/s, normalise {:.1} MB/s, lines(incl normalise) {:.1} MB/s, segment {:.1} MB/s",
        mb / d,
        mb / n,
        mb / l,
        mb / s
    );
}
