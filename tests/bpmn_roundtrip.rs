//! Every diagram of the real corpus places without overlaps or crossings and survives
//! `read(write(d)) == d`: ids, kinds, names, lanes, flows, durations, lines and geometry.

use std::path::{Path, PathBuf};

use reglament::bpmn::{read, write};
use reglament::layout::{diagrams, place, place::problems};

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("reglaments/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn corpus_diagrams_place_cleanly_and_round_trip() {
    let files = corpus();
    assert!(files.len() >= 4, "the corpus has {} files", files.len());
    let mut total = 0;
    for file in &files {
        let doc = reglament::parse_file(file, None).expect("the corpus parses");
        let all = diagrams(&doc);
        assert!(!all.is_empty(), "{} gives no diagram", file.display());
        for mut d in all {
            place(&mut d);
            let found = problems(&d);
            assert!(found.is_empty(), "{} {}: {found:#?}", file.display(), d.id);
            let xml = write(&d);
            let back = read(&xml).unwrap_or_else(|e| panic!("{} {}: {e}", file.display(), d.id));
            assert_eq!(back, d, "{} {}", file.display(), d.id);
            assert_eq!(write(&back), xml);
            total += 1;
        }
    }
    // 000: 11 regulations, 001: 11, 002: 1, 003: 3 (2012) — each with one to three channels.
    assert!(total >= 60, "only {total} diagrams");
}

#[test]
fn every_regulation_channel_gets_one_diagram_in_channel_order() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("reglaments/003_1c2847d2c07c60cf.txt");
    let doc = reglament::parse_file(&file, None).unwrap();
    let ids: Vec<String> = diagrams(&doc).into_iter().map(|d| d.id).collect();
    assert_eq!(
        ids,
        [
            "R1_provider",
            "R1_state_corp",
            "R1_portal",
            "R2_provider",
            "R2_portal",
            "R3_provider",
            "R3_portal"
        ]
    );
}
