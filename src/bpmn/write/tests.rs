//! The writer's own tests: round trips, escaping, the elements of a file.

use super::*;
use crate::bpmn::read;
use crate::layout::samples::placed;

#[test]
fn samples_round_trip_exactly() {
    for d in placed() {
        let xml = write(&d);
        assert_eq!(read(&xml).unwrap(), d, "{}", d.id);
        assert_eq!(write(&d), xml, "output is deterministic");
    }
}

#[test]
fn awkward_text_is_escaped_by_the_writer() {
    let mut d = placed().remove(0);
    let nasty = "1. выдает «справку» \"о\" <составе> семьи & 'иное' — көрсетілетін қызмет";
    d.nodes[1].name = nasty.to_string();
    d.edges[3].label = Some("a<b & «c»".to_string());
    d.service = "Service & <Co>".to_string();
    let xml = write(&d);
    assert!(xml.contains("&lt;составе&gt;"));
    assert!(xml.contains("&amp; 'иное'") || xml.contains("&amp; &apos;иное&apos;"));
    let back = read(&xml).unwrap();
    assert_eq!(back.nodes[1].name, nasty);
    assert_eq!(back.edges[3].label.as_deref(), Some("a<b & «c»"));
    assert_eq!(back, d);
}

#[test]
fn the_file_has_a_pool_lanes_flows_and_di() {
    let d = &placed()[0];
    let xml = write(d);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let count = |ns: &str, name: &str| {
        doc.descendants()
            .filter(|n| n.tag_name().namespace() == Some(ns) && n.tag_name().name() == name)
            .count()
    };
    assert_eq!(count(NS_BPMN, "participant"), 1);
    assert_eq!(count(NS_BPMN, "lane"), 3);
    assert_eq!(count(NS_BPMN, "task"), 6);
    assert_eq!(count(NS_BPMN, "exclusiveGateway"), 1);
    assert_eq!(count(NS_BPMN, "endEvent"), 2);
    assert_eq!(count(NS_BPMN, "sequenceFlow"), 9);
    assert_eq!(count(NS_BPMN, "conditionExpression"), 1);
    // Pool, 3 lanes and 10 nodes have shapes; every flow has an edge.
    assert_eq!(count(NS_BPMNDI, "BPMNShape"), 14);
    assert_eq!(count(NS_BPMNDI, "BPMNEdge"), 9);
    let participant = doc
        .descendants()
        .find(|n| n.has_tag_name((NS_BPMN, "participant")))
        .unwrap();
    assert_eq!(
        participant.attribute("name"),
        Some("Назначение государственной адресной социальной помощи — услугодатель")
    );
    let gateway = doc
        .descendants()
        .find(|n| n.has_tag_name((NS_BPMN, "exclusiveGateway")))
        .unwrap();
    assert_eq!(
        gateway.attribute("default"),
        Some("R1_provider_Flow_Gateway_1_refusal_Task_2")
    );
    let duration = doc
        .descendants()
        .find(|n| n.has_tag_name((NS_RG, "duration")))
        .unwrap();
    assert_eq!(duration.attribute("minutes"), Some("30"));
    assert_eq!(duration.attribute("unit"), Some("minute"));
    assert_eq!(
        duration.attribute("text"),
        Some("не более 30 (тридцати) минут")
    );
    let doc_text = doc
        .descendants()
        .find(|n| n.has_tag_name((NS_BPMN, "documentation")))
        .and_then(|n| n.text())
        .unwrap();
    assert!(
        doc_text
            .starts_with("Исполнитель: ответственный исполнитель услугодателя\nСрок: не более 30")
    );
}

#[test]
fn semantic_only_leaves_out_the_diagram() {
    let d = &placed()[1];
    let xml = write_semantic_only(d);
    assert!(!xml.contains("BPMNDiagram"));
    let back = read(&xml).unwrap();
    assert_eq!(back.nodes.len(), d.nodes.len());
    assert_eq!(back.edges.len(), d.edges.len());
    assert_eq!(back.nodes[3].name, d.nodes[3].name);
    assert_eq!(back.nodes[3].bounds, Rect::default());
}

#[test]
fn reading_rejects_foreign_files() {
    assert!(read("<a/>").unwrap_err().contains("bpmn:definitions"));
    assert!(read("<x").unwrap_err().contains("well-formed"));
}

proptest::proptest! {
    /// Whole numbers take the short way and print as the float's own formatting would; others
    /// keep it.
    #[test]
    fn numbers_print_as_the_float_formats_them(v in -1e16f64..1e16, whole in proptest::bool::ANY) {
        let v = if whole { v.trunc() } else { v };
        let expected = if v == 0.0 { "0".to_string() } else { format!("{v}") };
        proptest::prop_assert_eq!(num(v), expected);
    }
}
