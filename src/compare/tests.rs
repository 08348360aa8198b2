//! The comparison on the hand-built sample regulations (Russian provider and portal lists,
//! Kazakh 2012 ЭҮП list): each edit a methodologist makes is reported once, with the element
//! and the sample's line; an untouched file and one stripped of extensions agree.

use super::*;
use crate::bpmn::{read_edited, write};
use crate::layout::diagram::{Edge, Node};
use crate::layout::samples::{document, placed};

/// The sample diagram `id`, placed, with its regulation.
fn sample(id: &str) -> (Diagram, Reglament) {
    let d = placed().into_iter().find(|d| d.id == id).unwrap();
    let doc = document();
    let reg = if id.starts_with("R1_") {
        doc.reglaments[0].clone()
    } else {
        doc.reglaments[1].clone()
    };
    (d, reg)
}

fn node(d: &Diagram, local: &str) -> usize {
    let id = format!("{}_{local}", d.id);
    d.nodes.iter().position(|n| n.id == id).unwrap()
}

fn lane(d: &Diagram, local: &str) -> usize {
    let id = format!("{}_{local}", d.id);
    d.lanes.iter().position(|l| l.id == id).unwrap()
}

fn flow(d: &mut Diagram, id: String, from: usize, to: usize) {
    d.edges.push(Edge {
        id,
        from,
        to,
        label: None,
        default: false,
        waypoints: Vec::new(),
        label_bounds: None,
    });
}

/// Removes node `k` and its flows, as an editor's delete does.
fn remove(d: &mut Diagram, k: usize) {
    d.nodes.remove(k);
    d.edges.retain(|e| e.from != k && e.to != k);
    for e in &mut d.edges {
        e.from -= usize::from(e.from > k);
        e.to -= usize::from(e.to > k);
    }
}

/// The departures of `edited` written and read back as an editor saves it.
fn compare(expected: &Diagram, edited: &Diagram, reg: &Reglament) -> Vec<Departure> {
    let read = read_edited("edited.bpmn", &write(edited)).unwrap();
    departures(expected, &read, reg)
}

fn summary(ds: &[Departure]) -> Vec<(Kind, &str, u32)> {
    ds.iter()
        .map(|d| (d.kind, d.element.as_str(), d.line))
        .collect()
}

#[test]
fn untouched_diagrams_agree_in_both_languages() {
    let doc = document();
    for d in placed() {
        let reg = &doc.reglaments[usize::from(!d.id.starts_with("R1_"))];
        assert_eq!(compare(&d, &d, reg), Vec::new(), "{}", d.id);
    }
}

#[test]
fn each_edit_is_reported_once_with_its_element_and_line_ru() {
    let (expected, reg) = sample("R1_provider");
    let mut d = expected.clone();
    // A duration retyped, a step moved into another lane, a lane renamed.
    let t2 = node(&d, "Task_2");
    d.nodes[t2].name = d.nodes[t2]
        .name
        .replace("в течении 2-х (двух) дней", "в течение 5 (пяти) дней");
    let t5 = node(&d, "Task_5");
    d.nodes[t5].lane = lane(&d, "Lane_1");
    let l2 = lane(&d, "Lane_2");
    d.lanes[l2].name = "Комиссия акимата".to_string();
    let got = compare(&expected, &d, &reg);
    assert_eq!(
        summary(&got),
        vec![
            (Kind::LaneRenamed, "R1_provider_Lane_2", 130),
            (Kind::DurationChanged, "R1_provider_Task_2", 136),
            (Kind::StepLane, "R1_provider_Task_5", 142),
        ],
        "{got:#?}"
    );
    assert_eq!(
        got[1].message,
        "срок шага 2 изменён: в тексте «в течении 2-х (двух) дней», в диаграмме «в течение 5 (пяти) дней»"
    );
    assert_eq!(
        got[2].message,
        "в диаграмме шаг 5 стоит в дорожке «Ответственный исполнитель услугодателя», в тексте его выполняет «Руководитель услугодателя»"
    );
    assert_eq!(
        got[0].message,
        "дорожка переименована: в тексте «Участковая комиссия», в диаграмме «Комиссия акимата»"
    );
}

#[test]
fn a_removed_step_and_a_rerouted_branch_ru() {
    let (expected, reg) = sample("R1_provider");
    let mut d = expected.clone();
    // Step 4 deleted and its neighbours joined; the refusal branch sent to step 6.
    let t4 = node(&d, "Task_4");
    remove(&mut d, t4);
    let (t3, t5) = (node(&d, "Task_3"), node(&d, "Task_5"));
    flow(&mut d, "Flow_0join".to_string(), t3, t5);
    let (gw, end, t6) = (
        node(&d, "Gateway_1_refusal"),
        node(&d, "End_1_refusal"),
        node(&d, "Task_6"),
    );
    let refusal = d
        .edges
        .iter()
        .position(|e| e.from == gw && e.to == end)
        .unwrap();
    d.edges[refusal].to = t6;
    let got = compare(&expected, &d, &reg);
    assert_eq!(
        summary(&got),
        vec![
            (Kind::BranchChanged, "R1_provider_Gateway_1_refusal", 134),
            (Kind::StepMissing, "R1_provider_Task_4", 140),
        ],
        "{got:#?}"
    );
    assert_eq!(
        got[0].message,
        "ветвь «отказ» ведёт в диаграмме к «6. ответственный исполнитель услугодателя выдает…», в тексте — к «отказ»"
    );
    assert_eq!(got[1].message, "в диаграмме нет шага 4");
}

#[test]
fn a_step_drawn_elsewhere_and_a_step_added_kk() {
    let (expected, reg) = sample("R2_portal");
    let mut d = expected.clone();
    // Step 6 drawn before step 5 (the flows reconnected, so condition 1's «иә» leads to it), a
    // step added after step 9.
    let (gw, t5, t6, gw7) = (
        node(&d, "Gateway_3"),
        node(&d, "Task_5"),
        node(&d, "Task_6"),
        node(&d, "Gateway_7"),
    );
    for e in &mut d.edges {
        match (e.from, e.to) {
            (a, b) if a == gw && b == t5 => e.to = t6,
            (a, b) if a == t5 && b == t6 => (e.from, e.to) = (t6, t5),
            (a, b) if a == t6 && b == gw7 => e.from = t5,
            _ => {}
        }
    }
    let (t9, t10) = (node(&d, "Task_9"), node(&d, "Task_10"));
    let mut added: Node = d.nodes[t9].clone();
    added.id = "Activity_1kx".to_string();
    added.name = "УО басшысы анықтамаға қол қояды".to_string();
    d.nodes.push(added);
    let a = d.nodes.len() - 1;
    let into = d
        .edges
        .iter()
        .position(|e| e.from == t9 && e.to == t10)
        .unwrap();
    d.edges[into].to = a;
    flow(&mut d, "Flow_1kx".to_string(), a, t10);
    let got = compare(&expected, &d, &reg);
    assert_eq!(
        summary(&got),
        vec![
            (Kind::BranchChanged, "R2_portal_Gateway_3", 152),
            (Kind::StepOrder, "R2_portal_Task_6", 158),
            (Kind::StepAdded, "Activity_1kx", 166),
        ],
        "{got:#?}"
    );
    assert!(
        got[0]
            .message
            .starts_with("«иә» тармағы диаграммада «4 үдеріс"),
        "{}",
        got[0].message
    );
    assert_eq!(
        got[1].message,
        "диаграммада 6-қадам шешімнен кейін тұр, мәтінде — 5-қадамнан кейін"
    );
    assert_eq!(got[2].message, "мәтінде мұндай қадам жоқ");
}

#[test]
fn a_changed_condition_and_lane_kk_with_extensions_stripped() {
    let (expected, reg) = sample("R2_portal");
    let mut d = expected.clone();
    let gw = node(&d, "Gateway_7");
    d.nodes[gw].name = "2 шарт - тұтынушының ЭЦҚ тексеру".to_string();
    let l3 = lane(&d, "Lane_3");
    d.lanes[l3].name = "УО басшысы".to_string();
    let xml = write(&d);
    let stripped = regex::Regex::new(r"(?s)<bpmn:extensionElements>.*?</bpmn:extensionElements>")
        .unwrap()
        .replace_all(&xml, "");
    assert!(!stripped.contains("rg:"));
    let read = read_edited("edited.bpmn", &stripped).unwrap();
    let got = departures(&expected, &read, &reg);
    assert_eq!(
        summary(&got),
        vec![
            (Kind::ConditionChanged, "R2_portal_Gateway_7", 160),
            (Kind::LaneRenamed, "R2_portal_Lane_3", 166),
        ],
        "{got:#?}"
    );
    assert!(
        got[0]
            .message
            .starts_with("шешімнің шарты өзгертілген: мәтінде «…шарт сәйкестендіру деректерді"),
        "{}",
        got[0].message
    );
    assert!(
        got[0]
            .message
            .ends_with("диаграммада «…шарт тұтынушының ЭЦҚ тексеру»"),
        "{}",
        got[0].message
    );
    assert_eq!(
        got[1].message,
        "жолақтың атауы өзгертілген: мәтінде «УО қызметкері», диаграммада «УО басшысы»"
    );
}
