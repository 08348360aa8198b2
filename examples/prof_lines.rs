//! Profiling aid: the line-joining and normalising stage alone, many rounds.
fn main() {
    let texts: Vec<String> = std::fs::read_dir("reglaments")
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(&p).unwrap())
        .collect();
    for _ in 0..std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(100)
    {
        for s in &texts {
            std::hint::black_box(reglament::parse::lines::logical_lines(s));
        }
    }
}
