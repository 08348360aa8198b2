//! Builds the process graph of one regulation channel from the model, with zero geometry.
//!
//! The graph follows the regulation's own list: a start event, one task per procedure, an
//! exclusive gateway after a procedure that may end in a refusal, a gateway for every 2012/portal
//! condition («условие N», «N шарт») whose "no" branch runs through the refusal message process
//! to an end event, and a final end event. Flows never merge into a task: when two flows would
//! meet, an explicit merge gateway is inserted.

use std::collections::HashMap;

use crate::check::Finding;
use crate::layout::diagram::{Diagram, Edge, Lane, Node, NodeKind, Rect};
use crate::layout::dispute::{Dispute, ListName, disputes_of};
use crate::layout::wording::{
    Words, capitalise, clean_action, composed_title, outcome_label, short_condition,
    trim_punctuation,
};
pub use crate::layout::wording::{default_actor, mentions_refusal};
use crate::model::{Channel, Document, Item, ItemKind, Language, ListKind, Reglament, StepList};

/// Every diagram of a document: one per (regulation, channel) in channel order, with the steps
/// the checker finds disputed between repeated lists marked.
pub fn diagrams(doc: &Document) -> Vec<Diagram> {
    let findings = crate::check::check(doc);
    let mut out = Vec::new();
    for (i, reg) in doc.reglaments.iter().enumerate() {
        for list in diagram_lists(reg) {
            out.push(build_disputed(i + 1, &doc.file, reg, list, &findings));
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
    build_disputed(index, file, reg, list, &[])
}

/// [`build_at`], marking the steps that `findings` (the checker's, for the whole document) find
/// disputed between this list and another copy.
pub fn build_disputed(
    index: usize,
    file: &str,
    reg: &Reglament,
    list: &StepList,
    findings: &[Finding],
) -> Diagram {
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
        list,
        disputes: disputes_of(reg, list, findings),
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
        place: None,
        list: ListName::of(list),
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
    list: &'a StepList,
    /// The disputes about each item of `list`, taken by the item's task.
    disputes: Vec<Vec<Dispute>>,
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
            disputes: Vec::new(),
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
        if let Some(k) = self.list.items.iter().position(|i| std::ptr::eq(i, item))
            && let Some(disputes) = self.disputes.get_mut(k)
        {
            node.disputes = std::mem::take(disputes);
        }
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

#[cfg(test)]
mod tests;
