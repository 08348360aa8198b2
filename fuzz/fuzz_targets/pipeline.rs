//! The whole pipeline on arbitrary bytes: decode → parse → check → layout → BPMN → SVG.
//!
//! Besides "no panic", the outputs must be well-formed XML without active content: that is
//! what gets published, so a text that breaks the escaping is a finding even if nothing crashes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reglament::layout::{graph, place};
use reglament::{bpmn, check, svg};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = reglament::parse_bytes("fuzz.txt", data, None) else {
        return;
    };
    let _ = check::check(&doc);
    // `build` writes the model as JSON with an `expect`: serialisation must not fail either.
    serde_json::to_vec_pretty(&doc).expect("the model serialises");
    for (ri, reg) in doc.reglaments.iter().enumerate() {
        for list in graph::diagram_lists(reg) {
            let mut d = graph::build_at(ri, &doc.file, reg, list);
            place::place(&mut d);
            let xml = bpmn::write::write(&d);
            assert_safe_xml("bpmn", &xml);
            let opts = svg::SvgOptions {
                electronic: reg.electronic,
                ..Default::default()
            };
            let s = svg::render(&d, &opts);
            assert_safe_xml("svg", &s);
        }
    }
});

fn assert_safe_xml(kind: &str, text: &str) {
    let parsed = roxmltree::Document::parse(text)
        .unwrap_or_else(|e| panic!("{kind} output is not well-formed XML: {e}"));
    for n in parsed.descendants().filter(|n| n.is_element()) {
        let name = n.tag_name().name();
        assert!(
            !name.eq_ignore_ascii_case("script") && !name.eq_ignore_ascii_case("foreignObject"),
            "{kind} output has a <{name}> element"
        );
        for a in n.attributes() {
            assert!(
                !a.name().to_ascii_lowercase().starts_with("on"),
                "{kind} output has an event attribute {}",
                a.name()
            );
        }
    }
}
