//! Builds the process graph of one regulation channel from the model, with zero geometry.
//!
//! The graph follows the regulation's own list: a start event, one task per procedure, an
//! exclusive gateway after a procedure that may end in a refusal, a gateway for every 2012/portal
//! condition («условие N», «N шарт») whose "no" branch runs through the refusal message process
//! to an end event, and a final end event. Flows never merge into a task: when two flows would
//! meet, an explicit merge gateway is inserted.

use std::collections::HashMap;

use crate::layout::diagram::{Diagram, Edge, Lane, Node, NodeKind, Rect, channel_name};
use crate::model::{Channel, Document, Item, ItemKind, Language, ListKind, Reglament, StepList};

/// Every diagram of a document: one per (regulation, channel) in channel order.
pub fn diagrams(doc: &Document) -> Vec<Diagram> {
    let mut out = Vec::new();
    for (i, reg) in doc.reglaments.iter().enumerate() {
        for list in diagram_lists(reg) {
            out.push(build_at(i + 1, &doc.file, reg, list));
        }
    }
    out
}

/// The lists that make diagrams for one regulation, at most one per channel, in channel order.
///
/// Provider: the ¶8 sequence, else the ¶5 steps; other channels: their own process list, else
/// their sequence. In 2012 e-service regulations only the process lists count: their action
/// tables are data, not diagrams.
pub fn diagram_lists(reg: &Reglament) -> Vec<&StepList> {
    const ORDER: [Channel; 5] = [
        Channel::Provider,
        Channel::StateCorp,
        Channel::Akim,
        Channel::Portal,
        Channel::Other,
    ];
    let mut out = Vec::new();
    for channel in ORDER {
        let prefs: &[ListKind] = if reg.electronic {
            &[ListKind::Process]
        } else if channel == Channel::Provider {
            &[ListKind::Sequence, ListKind::Steps, ListKind::Process]
        } else {
            &[ListKind::Process, ListKind::Sequence, ListKind::Steps]
        };
        let found = prefs.iter().find_map(|kind| {
            reg.lists
                .iter()
                .find(|l| l.channel == channel && l.kind == *kind && has_steps(l))
        });
        let Some(list) = found else { continue };
        if list.scenario.is_some() {
            // A heading split into scenarios («при выдаче разрешения», «при продлении …») holds one
            // process per scenario: each gets its own diagram.
            out.extend(reg.lists.iter().filter(|l| {
                l.channel == channel && l.kind == list.kind && l.scenario.is_some() && has_steps(l)
            }));
        } else {
            out.push(list);
        }
    }
    out
}

/// 1-based position of a scenario list among its channel's scenario lists of the same kind.
fn scenario_index(reg: &Reglament, list: &StepList) -> Option<usize> {
    list.scenario.as_ref()?;
    reg.lists
        .iter()
        .filter(|l| {
            l.channel == list.channel && l.kind == list.kind && l.scenario.is_some() && has_steps(l)
        })
        .position(|l| std::ptr::eq(l, list))
        .map(|p| p + 1)
}

fn has_steps(list: &StepList) -> bool {
    list.items
        .iter()
        .any(|i| matches!(i.kind, ItemKind::Step | ItemKind::Process))
}

/// The diagram of one list, numbering the regulation 1 (use [`build_at`] for a regulation's real position).
pub fn build(file: &str, reg: &Reglament, list: &StepList) -> Diagram {
    build_at(1, file, reg, list)
}

/// The diagram of one list of the `index`-th (1-based) regulation of a file; ids start with
/// `R{index}_{channel}`, followed by `_s{k}` for the k-th scenario of a heading split into scenarios.
pub fn build_at(index: usize, file: &str, reg: &Reglament, list: &StepList) -> Diagram {
    let mut words = Words::of(reg.language);
    if reg.electronic && reg.language == Language::Kk {
        // The 2012 e-service regulations call the applicant «тұтынушы».
        words.start = "тұтынушының өтініші";
    }
    let prefix = match scenario_index(reg, list) {
        Some(k) => format!("R{index}_{}_s{k}", list.channel.slug()),
        None => format!("R{index}_{}", list.channel.slug()),
    };
    let mut b = Builder {
        prefix: prefix.clone(),
        reg,
        channel: list.channel,
        lanes: Vec::new(),
        lane_of_actor: HashMap::new(),
        nodes: Vec::new(),
        edges: Vec::new(),
        pending: Vec::new(),
        used_ids: HashMap::new(),
    };

    let items: Vec<(u32, &Item)> = list
        .items
        .iter()
        .enumerate()
        .map(|(pos, item)| (item.number.unwrap_or(pos as u32 + 1), item))
        .collect();

    if let Some((_, first)) = items.first() {
        let lane = b.lane_for(first);
        let start = b.add_node(
            NodeKind::Start,
            lane,
            "Start",
            words.start.to_string(),
            None,
        );
        b.pending.push(Pending::plain(start));
    }

    let mut i = 0;
    while i < items.len() {
        let (n, item) = items[i];
        if item.kind == ItemKind::Condition {
            let lane = b.lane_for(item);
            let gw = b.add_flow_target(
                NodeKind::Gateway,
                lane,
                &format!("Gateway_{n}"),
                clean_action(&item.action),
                Some(item),
            );
            let next = items.get(i + 1).filter(|(_, next)| {
                next.kind != ItemKind::Condition && mentions_refusal(&next.action)
            });
            if let Some(&(rn, refusal)) = next {
                // The refusal message process is the "no" branch; it ends the process.
                b.pending.push(Pending::labelled(gw, words.no, false));
                let task = b.add_task(rn, refusal);
                b.pending.push(Pending::plain(task));
                let lane = b.nodes[task].lane;
                b.add_flow_target(
                    NodeKind::End,
                    lane,
                    &format!("End_{rn}_refusal"),
                    words.refusal_end.to_string(),
                    None,
                );
                i += 1;
            } else {
                b.pending.push(Pending::labelled(gw, words.no, false));
                b.add_flow_target(
                    NodeKind::End,
                    lane,
                    &format!("End_{n}_refusal"),
                    words.refusal_end.to_string(),
                    None,
                );
            }
            b.pending.push(Pending::labelled(gw, words.yes, true));
        } else {
            let task = b.add_task(n, item);
            b.pending.push(Pending::plain(task));
            if let Some(decision) = &item.decision {
                let lane = b.nodes[task].lane;
                let gw = b.add_flow_target(
                    NodeKind::Gateway,
                    lane,
                    &format!("Gateway_{n}_refusal"),
                    short_condition(
                        &decision.condition,
                        item.duration.as_ref().map(|d| d.text.as_str()),
                    ),
                    Some(item),
                );
                let refusal = outcome_label(decision.outcomes.get(1), words.refusal_flow);
                let go_on = outcome_label(decision.outcomes.first(), words.continue_flow);
                b.pending.push(Pending::labelled_owned(gw, refusal, false));
                b.add_flow_target(
                    NodeKind::End,
                    lane,
                    &format!("End_{n}_refusal"),
                    words.refusal_end.to_string(),
                    None,
                );
                b.pending.push(Pending::labelled_owned(gw, go_on, true));
            }
        }
        i += 1;
    }

    if let Some(p) = b.pending.first() {
        let lane = b.nodes[p.from].lane;
        b.add_flow_target(
            NodeKind::End,
            lane,
            "End",
            words.result_end.to_string(),
            None,
        );
    }

    let title = reg
        .appendices
        .iter()
        .find(|a| a.is_diagram && a.channel == Some(list.channel) && !a.title.trim().is_empty())
        .map(|a| a.title.trim().to_string())
        .unwrap_or_else(|| composed_title(&reg.title, list.channel, reg.language));
    let title = match &list.scenario {
        Some(scenario) if !title.contains(scenario.as_str()) => format!("{title} ({scenario})"),
        _ => title,
    };

    Diagram {
        id: prefix,
        service: reg.title.clone(),
        title,
        channel: list.channel,
        language: reg.language,
        lanes: b.lanes,
        nodes: b.nodes,
        edges: b.edges,
        pool: Rect::default(),
        file: file.to_string(),
        line: list.line,
    }
}

/// The fixed words of a diagram in one language.
#[derive(Clone, Copy)]
struct Words {
    start: &'static str,
    result_end: &'static str,
    refusal_end: &'static str,
    yes: &'static str,
    no: &'static str,
    refusal_flow: &'static str,
    continue_flow: &'static str,
}

impl Words {
    fn of(language: Language) -> Words {
        match language {
            Language::Ru => Words {
                start: "обращение услугополучателя",
                result_end: "результат выдан",
                refusal_end: "отказ",
                yes: "да",
                no: "нет",
                refusal_flow: "отказ",
                continue_flow: "далее",
            },
            Language::Kk => Words {
                start: "көрсетілетін қызметті алушының өтініші",
                result_end: "нәтиже берілді",
                refusal_end: "бас тарту",
                yes: "иә",
                no: "жоқ",
                refusal_flow: "бас тарту",
                continue_flow: "әрі қарай",
            },
        }
    }
}

/// A flow waiting for the next node of the main path.
struct Pending {
    from: usize,
    label: Option<String>,
    /// True for a gateway's default (normal path) outcome.
    default: bool,
}

impl Pending {
    fn plain(from: usize) -> Pending {
        Pending {
            from,
            label: None,
            default: false,
        }
    }

    fn labelled(from: usize, label: &str, default: bool) -> Pending {
        Pending::labelled_owned(from, label.to_string(), default)
    }

    fn labelled_owned(from: usize, label: String, default: bool) -> Pending {
        Pending {
            from,
            label: Some(label),
            default,
        }
    }
}

struct Builder<'a> {
    prefix: String,
    reg: &'a Reglament,
    channel: Channel,
    lanes: Vec<Lane>,
    lane_of_actor: HashMap<String, usize>,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    pending: Vec<Pending>,
    used_ids: HashMap<String, u32>,
}

impl Builder<'_> {
    /// The lane of an item's actor, created on first appearance; actorless items go to the channel's default actor.
    fn lane_for(&mut self, item: &Item) -> usize {
        let actor = match &item.actor {
            Some(a) if !a.trim().is_empty() => a.trim().to_string(),
            _ => default_actor(self.channel, self.reg.language, self.reg.electronic).to_string(),
        };
        if let Some(&lane) = self.lane_of_actor.get(&actor) {
            return lane;
        }
        // The participants list prints actors in the nominative; the step text may inflect them.
        let name = self
            .reg
            .participants
            .iter()
            .find(|p| p.actor == actor)
            .map(|p| trim_punctuation(&p.text).to_string())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| actor.clone());
        let lane = self.lanes.len();
        self.lanes.push(Lane {
            id: format!("{}_Lane_{}", self.prefix, lane + 1),
            actor: actor.clone(),
            name: capitalise(&name),
            bounds: Rect::default(),
            label_lines: Vec::new(),
            label_bounds: Rect::default(),
        });
        self.lane_of_actor.insert(actor, lane);
        lane
    }

    fn unique_id(&mut self, local: &str) -> String {
        let count = self.used_ids.entry(local.to_string()).or_insert(0);
        *count += 1;
        if *count == 1 {
            format!("{}_{local}", self.prefix)
        } else {
            format!("{}_{local}_{}", self.prefix, count)
        }
    }

    fn add_node(
        &mut self,
        kind: NodeKind,
        lane: usize,
        local: &str,
        name: String,
        item: Option<&Item>,
    ) -> usize {
        let id = self.unique_id(local);
        self.nodes.push(Node {
            id,
            kind,
            lane,
            name,
            step: None,
            actor_text: None,
            duration: None,
            result: None,
            line: item.map(|i| i.line),
            bounds: Rect::default(),
            label_lines: Vec::new(),
            label_bounds: Rect::default(),
        });
        self.nodes.len() - 1
    }

    /// Adds a node that continues the main path: every pending flow goes into it, through a merge
    /// gateway when there is more than one.
    fn add_flow_target(
        &mut self,
        kind: NodeKind,
        lane: usize,
        local: &str,
        name: String,
        item: Option<&Item>,
    ) -> usize {
        let pending = std::mem::take(&mut self.pending);
        let sources = if pending.len() > 1 {
            let merge = self.add_node(
                NodeKind::Gateway,
                lane,
                &format!("Merge_{local}"),
                String::new(),
                None,
            );
            for p in pending {
                self.connect(p, merge);
            }
            vec![Pending::plain(merge)]
        } else {
            pending
        };
        let node = self.add_node(kind, lane, local, name, item);
        for p in sources {
            self.connect(p, node);
        }
        node
    }

    fn add_task(&mut self, n: u32, item: &Item) -> usize {
        let lane = self.lane_for(item);
        let action = clean_action(&item.action);
        // An action numbered by its own text («3 үдеріс – …») keeps that one number.
        let name = if crate::layout::label::own_number(&action).is_some() {
            action
        } else {
            format!("{n}. {action}")
        };
        let task =
            self.add_flow_target(NodeKind::Task, lane, &format!("Task_{n}"), name, Some(item));
        let node = &mut self.nodes[task];
        node.step = Some(n);
        node.actor_text = item.actor_text.clone();
        node.duration = item.duration.clone();
        node.result = item.result.clone();
        task
    }

    fn connect(&mut self, p: Pending, to: usize) {
        let local = |id: &str, prefix: &str| {
            id.strip_prefix(prefix)
                .map(|s| s.trim_start_matches('_').to_string())
                .unwrap_or_else(|| id.to_string())
        };
        let from_id = local(&self.nodes[p.from].id, &self.prefix);
        let to_id = local(&self.nodes[to].id, &self.prefix);
        self.edges.push(Edge {
            id: format!("{}_Flow_{from_id}_{to_id}", self.prefix),
            from: p.from,
            to,
            label: p.label,
            default: p.default,
            waypoints: Vec::new(),
            label_bounds: None,
        });
    }
}

/// The canonical actor that acts when an item of a channel's list names none.
pub fn default_actor(channel: Channel, language: Language, electronic: bool) -> &'static str {
    match (language, channel, electronic) {
        (Language::Kk, Channel::Provider, true) => "УО",
        (Language::Kk, Channel::StateCorp, true) => "ХҚКО",
        (Language::Kk, Channel::Portal, true) => "ЭҮП",
        (Language::Ru, Channel::Portal, _) => "портал",
        (Language::Kk, Channel::Portal, false) => "портал",
        (Language::Ru, Channel::StateCorp, _) => "Государственная корпорация",
        (Language::Kk, Channel::StateCorp, false) => "Мемлекеттік корпорация",
        (Language::Ru, Channel::Akim, _) => "аким сельского округа",
        (Language::Kk, Channel::Akim, _) => "ауылдық округ әкімі",
        (Language::Ru, Channel::Provider | Channel::Other, _) => "услугодатель",
        (Language::Kk, Channel::Provider | Channel::Other, _) => "көрсетілетін қызметті беруші",
    }
}

/// True when a list item is a refusal message («… отказ …», «… бас тарту …»).
pub fn mentions_refusal(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("отказ") || lower.contains("бас тарт")
}

/// The outcome as the regulation words it when it is short enough to label a flow, else the fallback.
fn outcome_label(outcome: Option<&String>, fallback: &str) -> String {
    match outcome.map(|o| trim_punctuation(o)) {
        Some(o) if !o.is_empty() && o.chars().count() <= 24 => o.to_string(),
        _ => fallback.to_string(),
    }
}

/// A refusal condition cut to the circumstance: «в случае неполного пакета документов выдает расписку … –
/// не более 30 минут» becomes «в случае неполного пакета документов»; the task keeps the full text.
fn short_condition(condition: &str, duration: Option<&str>) -> String {
    let mut text = clean_action(condition);
    let words = duration.map_or("", str::trim);
    if let Some(pos) = text.rfind(words).filter(|_| !words.is_empty()) {
        text =
            trim_punctuation(text[..pos].trim_end().trim_end_matches(['–', '-', '—'])).to_string();
    }
    let lower = text.to_lowercase();
    if lower.starts_with("в случае") {
        const VERBS: [&str; 9] = [
            " выдает",
            " выдается",
            " выдача",
            " выдаёт",
            " оператором",
            " направляет",
            " возвращает",
            " отказывает",
            " готовит",
        ];
        let cut = VERBS.iter().filter_map(|v| lower.find(v)).min();
        if let Some(cut) = cut {
            text = trim_punctuation(&text[..cut]).to_string();
        }
    }
    text
}

/// The item text without the trailing list punctuation.
fn clean_action(text: &str) -> String {
    let collapsed: Vec<&str> = text.split_whitespace().collect();
    trim_punctuation(&collapsed.join(" ")).to_string()
}

fn trim_punctuation(text: &str) -> &str {
    text.trim()
        .trim_end_matches([';', ',', ':', '.'])
        .trim_end()
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A справочник title in the regulation's language when no appendix gives one.
fn composed_title(service: &str, channel: Channel, language: Language) -> String {
    match language {
        Language::Ru => format!(
            "Справочник бизнес-процессов оказания государственной услуги «{service}» ({})",
            channel_name(channel, language)
        ),
        Language::Kk => format!(
            "«{service}» мемлекеттік көрсетілетін қызметтің бизнес-процестерінің анықтамалығы ({})",
            channel_name(channel, language)
        ),
    }
}

#[cfg(test)]
mod tests {
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
}
