//! Replays every committed bad input (tests/bad/*, including the fuzzer's minimised finds
//! `fuzz-*.txt`) through the same library path as the fuzz target (fuzz/fuzz_targets/pipeline.rs):
//! parse_bytes → check → layout graph/place → BPMN writer → SVG renderer. Each input must not
//! panic, and whatever is drawn must be well-formed XML without active content.

use std::path::Path;

use reglament::layout::{graph, place};
use reglament::{bpmn, check, svg};

fn assert_inert_xml(what: &str, text: &str) {
    let doc = roxmltree::Document::parse(text)
        .unwrap_or_else(|e| panic!("{what}: not well-formed XML: {e}"));
    for n in doc.descendants().filter(|n| n.is_element()) {
        let name = n.tag_name().name();
        assert!(
            !name.eq_ignore_ascii_case("script") && !name.eq_ignore_ascii_case("foreignObject"),
            "{what}: <{name}>"
        );
        for a in n.attributes() {
            assert!(
                !a.name().to_ascii_lowercase().starts_with("on"),
                "{what}: attribute {}",
                a.name()
            );
        }
    }
}

/// The pipeline on one input; returns the number of diagrams drawn.
fn pipeline(name: &str, bytes: &[u8]) -> usize {
    let Ok(doc) = reglament::parse_bytes(name, bytes, None) else {
        return 0;
    };
    let _ = check::check(&doc);
    serde_json::to_vec_pretty(&doc).expect("the model serialises");
    let mut drawn = 0;
    for (ri, reg) in doc.reglaments.iter().enumerate() {
        for list in graph::diagram_lists(reg) {
            let mut d = graph::build_at(ri, &doc.file, reg, list);
            place::place(&mut d);
            assert_inert_xml(&format!("{name} bpmn"), &bpmn::write::write(&d));
            let opts = svg::SvgOptions {
                electronic: reg.electronic,
                ..Default::default()
            };
            assert_inert_xml(&format!("{name} svg"), &svg::render(&d, &opts));
            drawn += 1;
        }
    }
    drawn
}

#[test]
fn every_committed_bad_input_goes_through_the_pipeline() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.len() >= 15, "{names:?}");
    let mut drawn = std::collections::BTreeMap::new();
    for name in &names {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        drawn.insert(name.as_str(), pipeline(name, &bytes));
    }
    // Known values: the hostile and odd-but-valid regulations are drawn, one diagram per
    // regulation channel; the rejected inputs draw nothing.
    assert_eq!(drawn["hostile-actions.txt"], 1);
    assert_eq!(drawn["hostile-title-con.txt"], 4);
    assert_eq!(drawn["control-chars.txt"], 1);
    assert_eq!(drawn["empty.txt"], 0);
    assert_eq!(drawn["archive.zip.txt"], 0);
}
