//! The graph of real regulation lists: lanes, branches, merges, scenarios, ids.

use super::*;
use crate::layout::samples;

fn kinds(d: &Diagram) -> Vec<(NodeKind, &str)> {
    d.nodes.iter().map(|n| (n.kind, n.id.as_str())).collect()
}

fn flows(d: &Diagram) -> Vec<(String, String, Option<String>, bool)> {
    let local = |i: usize| {
        d.nodes[i]
            .id
            .trim_start_matches(&format!("{}_", d.id))
            .to_string()
    };
    d.edges
        .iter()
        .map(|e| (local(e.from), local(e.to), e.label.clone(), e.default))
        .collect()
}

#[test]
fn provider_sequence_has_lanes_in_order_of_appearance_and_a_refusal_branch() {
    let reg = samples::ru_reglament();
    let d = build("000.txt", &reg, &reg.lists[0]);
    assert_eq!(d.id, "R1_provider");
    let lanes: Vec<&str> = d.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        lanes,
        [
            "Ответственный исполнитель услугодателя",
            "Участковая комиссия",
            "Руководитель услугодателя"
        ]
    );
    assert_eq!(
        kinds(&d),
        [
            (NodeKind::Start, "R1_provider_Start"),
            (NodeKind::Task, "R1_provider_Task_1"),
            (NodeKind::Gateway, "R1_provider_Gateway_1_refusal"),
            (NodeKind::End, "R1_provider_End_1_refusal"),
            (NodeKind::Task, "R1_provider_Task_2"),
            (NodeKind::Task, "R1_provider_Task_3"),
            (NodeKind::Task, "R1_provider_Task_4"),
            (NodeKind::Task, "R1_provider_Task_5"),
            (NodeKind::Task, "R1_provider_Task_6"),
            (NodeKind::End, "R1_provider_End"),
        ]
    );
    let gateway = &d.nodes[2];
    assert_eq!(gateway.name, "в случае неполного пакета документов");
    assert_eq!(d.nodes[3].name, "отказ");
    assert_eq!(d.nodes[9].name, "результат выдан");
    // The misprinted «б)» still reads as step 6, in the executor's lane.
    assert_eq!(d.nodes[8].step, Some(6));
    assert_eq!(d.nodes[8].lane, 0);
    assert_eq!(d.nodes[5].lane, 1);
    assert_eq!(d.nodes[7].lane, 2);
    assert!(
        d.nodes[1]
            .name
            .starts_with("1. ответственный исполнитель услугодателя принимает документы")
    );
    assert_eq!(d.nodes[1].duration.as_ref().map(|x| x.value), Some(30));
    let f = flows(&d);
    assert_eq!(f[0], ("Start".into(), "Task_1".into(), None, false));
    assert_eq!(
        f[2],
        (
            "Gateway_1_refusal".into(),
            "End_1_refusal".into(),
            Some("отказ".into()),
            false
        )
    );
    assert_eq!(
        f[3],
        (
            "Gateway_1_refusal".into(),
            "Task_2".into(),
            Some("выдает талон".into()),
            true
        )
    );
    assert_eq!(
        f.last().unwrap(),
        &("Task_6".into(), "End".into(), None, false)
    );
    assert_eq!(d.edges.len(), 9);
}

#[test]
fn portal_conditions_branch_through_the_refusal_message() {
    let reg = samples::ru_reglament();
    let d = build_at(3, "000.txt", &reg, &reg.lists[1]);
    assert_eq!(d.id, "R3_portal");
    let f = flows(&d);
    let expect = |from: &str, to: &str, label: Option<&str>, default: bool| {
        let flow = (
            from.to_string(),
            to.to_string(),
            label.map(str::to_string),
            default,
        );
        assert!(f.contains(&flow), "missing {flow:?} in {f:?}");
    };
    expect("Task_2", "Gateway_3", None, false);
    expect("Gateway_3", "Task_4", Some("нет"), false);
    expect("Task_4", "End_4_refusal", None, false);
    expect("Gateway_3", "Task_5", Some("да"), true);
    expect("Gateway_7", "Task_8", Some("нет"), false);
    expect("Task_8", "End_8_refusal", None, false);
    expect("Gateway_7", "Task_9", Some("да"), true);
    expect("Task_10", "End", None, false);
    assert_eq!(f.len(), 13);
    // The applicant acts first, so its lane comes first; the portal's checks sit in the portal lane.
    assert_eq!(d.lanes[0].actor, "услугополучатель");
    let gw = d
        .nodes
        .iter()
        .find(|n| n.id == "R3_portal_Gateway_3")
        .unwrap();
    assert_eq!(d.lanes[gw.lane].actor, "портал");
    assert!(gw.name.starts_with("условие 1 – проверка на портале"));
}

#[test]
fn kazakh_2012_list_uses_kazakh_words() {
    let reg = samples::kk_reglament();
    let d = build_at(1, "003.txt", &reg, &reg.lists[0]);
    assert_eq!(d.language, Language::Kk);
    let names: Vec<&str> = d
        .nodes
        .iter()
        .filter(|n| n.kind != NodeKind::Task && n.kind != NodeKind::Gateway)
        .map(|n| n.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "тұтынушының өтініші",
            "бас тарту",
            "бас тарту",
            "нәтиже берілді"
        ]
    );
    let labels: Vec<Option<&str>> = d
        .edges
        .iter()
        .filter_map(|e| e.label.as_deref())
        .map(Some)
        .collect();
    assert_eq!(labels, [Some("жоқ"), Some("иә"), Some("жоқ"), Some("иә")]);
    assert!(d.title.contains("Жұмыссыз азаматтарға анықтама беру"));
}

#[test]
fn no_task_has_two_incoming_flows_and_ids_are_ncnames() {
    for d in diagrams(&samples::document()) {
        for (i, n) in d.nodes.iter().enumerate() {
            let incoming = d.edges.iter().filter(|e| e.to == i).count();
            if n.kind != NodeKind::Gateway {
                assert!(incoming <= 1, "{} has {incoming} incoming flows", n.id);
            }
            let first = n.id.chars().next().unwrap();
            assert!(first.is_ascii_alphabetic());
            assert!(
                n.id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c)),
                "{}",
                n.id
            );
        }
    }
}

#[test]
fn a_condition_without_refusal_message_ends_at_once() {
    let mut reg = samples::ru_reglament();
    let mut list = reg.lists[1].clone();
    list.items.remove(3); // drop «процесс 2», the refusal message after «условие 1»
    reg.lists = vec![list];
    let d = build("x", &reg, &reg.lists[0]);
    let f = flows(&d);
    assert!(f.contains(&(
        "Gateway_3".into(),
        "End_3_refusal".into(),
        Some("нет".into()),
        false
    )));
    assert!(f.contains(&("Gateway_3".into(), "Task_5".into(), Some("да".into()), true)));
}

#[test]
fn two_pending_flows_meet_in_a_merge_gateway() {
    let reg = samples::ru_reglament();
    let mut b = Builder {
        prefix: "R1_provider".to_string(),
        reg: &reg,
        channel: Channel::Provider,
        lanes: Vec::new(),
        lane_of_actor: HashMap::new(),
        nodes: Vec::new(),
        edges: Vec::new(),
        pending: Vec::new(),
        used_ids: HashMap::new(),
        list: &reg.lists[0],
        disputes: Vec::new(),
    };
    let items = &reg.lists[0].items;
    let a = b.add_task(1, &items[0]);
    let c = b.add_task(2, &items[1]);
    b.pending = vec![Pending::plain(a), Pending::plain(c)];
    let t = b.add_task(3, &items[2]);
    let merge = t - 1;
    assert_eq!(b.nodes[merge].kind, NodeKind::Gateway);
    assert_eq!(b.nodes[merge].id, "R1_provider_Merge_Task_3");
    let into_task: Vec<usize> = b
        .edges
        .iter()
        .filter(|e| e.to == t)
        .map(|e| e.from)
        .collect();
    assert_eq!(into_task, [merge]);
    let into_merge: Vec<usize> = b
        .edges
        .iter()
        .filter(|e| e.to == merge)
        .map(|e| e.from)
        .collect();
    assert_eq!(into_merge, [a, c]);
}

#[test]
fn lists_are_chosen_per_channel() {
    let mut reg = samples::ru_reglament();
    let mut steps = reg.lists[0].clone();
    steps.kind = ListKind::Steps;
    steps.line = 94;
    reg.lists.insert(0, steps);
    let chosen: Vec<(Channel, ListKind, u32)> = diagram_lists(&reg)
        .iter()
        .map(|l| (l.channel, l.kind, l.line))
        .collect();
    assert_eq!(
        chosen,
        [
            (Channel::Provider, ListKind::Sequence, 132),
            (Channel::Portal, ListKind::Process, 544)
        ]
    );
}

#[test]
fn each_scenario_of_a_split_heading_gets_its_own_diagram() {
    let mut reg = samples::ru_reglament();
    let mut issue = reg.lists[0].clone();
    issue.kind = ListKind::Steps;
    issue.scenario = Some("при выдаче разрешения".to_string());
    let mut renew = issue.clone();
    renew.scenario = Some("при продлении разрешения".to_string());
    renew.items.truncate(3);
    reg.lists = vec![issue, renew, reg.lists[1].clone()];
    let doc = crate::model::Document {
        file: "x".to_string(),
        encoding: "utf-8".to_string(),
        reglaments: vec![reg],
        decree: Default::default(),
        unattributed: Vec::new(),
    };
    let all = diagrams(&doc);
    let ids: Vec<&str> = all.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["R1_provider_s1", "R1_provider_s2", "R1_portal"]);
    assert!(
        all[1].title.ends_with("(при продлении разрешения)"),
        "{}",
        all[1].title
    );
    assert_eq!(all[1].nodes[1].id, "R1_provider_s2_Task_1");
    assert_eq!(
        all[1]
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Task)
            .count(),
        3
    );
}

#[test]
fn refusal_conditions_are_cut_to_the_circumstance() {
    assert_eq!(
        short_condition(
            "в случае неполного пакета документов выдает расписку об отказе в приеме документов – не более 30 (тридцати) минут",
            Some("не более 30 (тридцати) минут")
        ),
        "в случае неполного пакета документов"
    );
    assert_eq!(
        short_condition("проверка на портале подлинности данных;", None),
        "проверка на портале подлинности данных"
    );
}
