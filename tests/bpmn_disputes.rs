//! A step whose repeated copies disagree carries the справочник's note in its BPMN task: the
//! `documentation` quotes every copy's version with its line, numbered as the SVG's mark, and
//! `rg:dispute` keeps them for the reader.

use std::path::Path;

use reglament::bpmn::{read, write};
use reglament::layout::dispute::Disputed;
use reglament::layout::{diagrams, place};

fn corpus(name: &str) -> Vec<reglament::layout::Diagram> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("reglaments")
        .join(name);
    let doc = reglament::parse_file(&file, None).expect("the corpus parses");
    diagrams(&doc)
        .into_iter()
        .map(|mut d| {
            place(&mut d);
            d
        })
        .collect()
}

/// The documentation text of the task `id` in `xml`.
fn documentation(xml: &str, id: &str) -> String {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .and_then(|t| {
            t.children()
                .find(|c| c.tag_name().name() == "documentation")
        })
        .and_then(|d| d.text())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_russian_duration_dispute_is_documented_with_both_lines() {
    // 000 ¶5 item 4 (line 102): «в течение 1 (одного) рабочего дня»; ¶8 item 4 (line 140):
    // «в течение 6 (шести) рабочих дней». The provider diagram draws ¶8 (line 132).
    let d = corpus("000_6f385fbdd640c006.txt").remove(0);
    assert_eq!(d.id, "R1_provider");
    assert_eq!(d.list.paragraph, Some(8));
    assert_eq!(d.line, 132);
    let marked: Vec<(usize, Option<u32>)> = d.disputed().map(|(k, n)| (k, n.step)).collect();
    assert_eq!(marked, [(1, Some(4))]);
    let xml = write(&d);
    let doc = documentation(&xml, "R1_provider_Task_4");
    assert!(
        doc.ends_with(
            "\n1. Действие 4 — срок: ¶5: 1 раб. день, строка 102 · ¶8: 6 раб. дней, строка 140"
        ),
        "{doc}"
    );
    assert_eq!(read(&xml).unwrap(), d);
}

#[test]
fn a_kazakh_action_dispute_is_documented_in_kazakh() {
    // 002 ¶5 item 1 (line 47) and ¶8 item 1 (line 69) print different actions.
    let d = corpus("002_2973bc44dfc7985a.txt").remove(0);
    let (k, task) = d.disputed().next().expect("a disputed step");
    assert_eq!((k, task.step), (1, Some(1)));
    assert_eq!(task.disputes[0].what, Disputed::Action);
    let lines: Vec<u32> = task.disputes[0].versions.iter().map(|v| v.line).collect();
    assert_eq!(lines, [47, 69]);
    let doc = documentation(&write(&d), "R1_provider_Task_1");
    assert!(doc.contains("\n1. 1-әрекет — әрекет мәтіні: ¶5: "), "{doc}");
    assert!(doc.contains(", 47-жол · ¶8: "), "{doc}");
    assert!(doc.ends_with(", 69-жол"), "{doc}");
}
