//! Print the logical lines the parser sees in a file: `cargo run --example lines -- FILE`.
//!
//! For looking into why a text segments as it does: each line shows its first physical line,
//! its markdown heading level and where later physical lines were joined in.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: lines FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let decoded = reglament::text::decode(&bytes, None).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    for l in reglament::parse::lines::logical_lines(&decoded.text) {
        let joined: Vec<u32> = l.breaks.iter().map(|b| b.1).collect();
        println!("{:>5} h{} {:?}\t{}", l.line, l.heading, joined, l.text);
    }
}
