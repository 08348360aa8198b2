//! Print the logical lines the parser sees in a file: `cargo run --example lines -- FILE`.
//!
//! For looking into why a text segments as it does: each line shows its first physical line,
//! its markdown heading level and where later physical lines were joined in. Word, web-page
//! and PDF files go through the reading stage first; `--raw` prints the lines it gave instead.

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let raw = args.iter().any(|a| a == "--raw");
    args.retain(|a| a != "--raw");
    let Some(path) = args.first().cloned() else {
        eprintln!("usage: lines [--raw] FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let read = reglament::read::read(&path, &bytes, None).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2);
    });
    if raw {
        for (i, l) in read.text.lines().enumerate() {
            println!("{:>5} {:<18} {l:?}", i + 1, read.source.cite(i as u32 + 1));
        }
        return;
    }
    for l in reglament::parse::lines::logical_lines(&read.text) {
        let joined: Vec<u32> = l.breaks.iter().map(|b| b.1).collect();
        println!("{:>5} h{} {:?}\t{}", l.line, l.heading, joined, l.text);
    }
}
