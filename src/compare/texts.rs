//! What a task or a decision says: a duration changed, an action reworded, a condition changed.
//!
//! Durations are compared by what they mean (the library reads the edited name as it reads
//! the text), so «5 (пяти) рабочих дней» retyped as «5 рабочих дней» is no change, and the
//! words around them are compared without the durations, so a changed duration is reported
//! once, as a duration.

use super::pairs::Pairs;
use super::words::{Thing, Words};
use super::{Departure, Kind};
use crate::bpmn::matching::normalise;
use crate::bpmn::write::documentation_labels;
use crate::layout::diagram::{Node, NodeKind};
use crate::model::{Duration, Language};
use crate::parse::duration::step_duration;

pub(super) fn departures(p: &Pairs, w: &Words, language: Language, out: &mut Vec<Departure>) {
    for (i, n) in p.expected.nodes.iter().enumerate() {
        let Some(j) = p.node[i] else { continue };
        let edited = &p.edited.nodes[j];
        let line = n.line.unwrap_or(p.expected.line);
        let departure = |kind, message, text: &str, diagram: Option<&str>| Departure {
            kind,
            element: edited.id.clone(),
            name: edited.name.clone(),
            line,
            message,
            text: Some(text.to_string()),
            diagram: diagram.map(str::to_string),
        };
        match n.kind {
            NodeKind::Task => {
                let thing = Thing::of(Some(n.kind), n.step);
                let named = task(n, &edited.name);
                let documented = edited
                    .documentation
                    .as_deref()
                    .and_then(|d| documented_duration(d, language));
                if let Some(d) = named.duration {
                    let line = n.duration.as_ref().map_or(line, |x| x.line.max(line));
                    let text = n.duration.as_ref().map_or("—", |x| x.text.as_str());
                    out.push(Departure {
                        line,
                        ..departure(
                            Kind::DurationChanged,
                            w.duration(thing, text, d.as_deref()),
                            text,
                            d.as_deref(),
                        )
                    });
                } else if let Some(doc) = documented
                    && let Some(x) = &n.duration
                    && normalise(&doc) != normalise(&x.text)
                    && !same_duration(Some(x), step_duration(&doc).as_ref())
                {
                    out.push(Departure {
                        line: x.line.max(line),
                        ..departure(
                            Kind::DurationChanged,
                            w.duration(thing, &x.text, Some(&doc)),
                            &x.text,
                            Some(&doc),
                        )
                    });
                }
                if let Some((text, diagram)) = named.action {
                    out.push(departure(
                        Kind::ActionChanged,
                        w.action(thing, &text, &diagram),
                        &n.name,
                        Some(&edited.name),
                    ));
                }
            }
            NodeKind::Gateway
                if !p.is_merge(i) && normalise(&n.name) != normalise(&edited.name) =>
            {
                let (text, diagram) = changed_words(&n.name, &edited.name);
                out.push(departure(
                    Kind::ConditionChanged,
                    w.condition(&text, &diagram),
                    &n.name,
                    Some(&edited.name),
                ));
            }
            _ => {}
        }
    }
}

/// How a task's edited name departs from the text's.
#[derive(Debug, Default, PartialEq)]
struct TaskChange {
    /// The duration differs: the edited name's (`None` when it gives none).
    duration: Option<Option<String>>,
    /// The words around the durations differ: the differing passages of text and diagram.
    action: Option<(String, String)>,
}

fn task(n: &Node, edited: &str) -> TaskChange {
    if normalise(&n.name) == normalise(edited) {
        return TaskChange::default();
    }
    let expected = n.duration.as_ref();
    let without = |name: &str, d: Option<&str>| match d {
        Some(d) if !d.is_empty() => name.replacen(d, " ", 1),
        _ => name.to_string(),
    };
    // The text's own words of the duration, still in the name, are the same duration; the
    // name is read for one only when they are gone.
    let kept = expected.filter(|d| {
        let words = normalise(&d.text);
        !words.is_empty() && format!(" {} ", normalise(edited)).contains(&format!(" {words} "))
    });
    let (duration, b) = match kept {
        Some(d) => (None, without_words(edited, &d.text)),
        None => {
            let found = step_duration(edited);
            let changed = !same_duration(expected, found.as_ref());
            let b = without(edited, found.as_ref().map(|d| d.text.as_str()));
            (changed.then(|| found.map(|d| d.text)), b)
        }
    };
    let a = without(&n.name, expected.map(|d| d.text.as_str()));
    let action = (normalise(&a) != normalise(&b)).then(|| changed_words(&n.name, edited));
    TaskChange { duration, action }
}

/// `name` without the words of `phrase`, however the editor spaced or punctuated them.
fn without_words(name: &str, phrase: &str) -> String {
    let words = normalise(phrase);
    let all = normalise(name);
    match format!(" {all} ").find(&format!(" {words} ")) {
        Some(at) => format!(
            "{} {}",
            &all[..at.saturating_sub(1).min(all.len())],
            &all[(at + words.len()).min(all.len())..]
        ),
        None => all,
    }
}

/// Two durations mean the same time: value and unit (the parts of a sum too), or both absent.
fn same_duration(a: Option<&Duration>, b: Option<&Duration>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            a.value == b.value
                && a.unit == b.unit
                && a.minutes == b.minutes
                && a.parts.len() == b.parts.len()
                && a.parts
                    .iter()
                    .zip(&b.parts)
                    .all(|(x, y)| x.value == y.value && x.unit == y.unit)
        }
        _ => false,
    }
}

/// The duration line of a task's documentation («Срок: …», «Мерзімі: …»).
fn documented_duration(doc: &str, language: Language) -> Option<String> {
    let [_, label, _] = documentation_labels(language);
    doc.lines().find_map(|l| {
        l.trim()
            .strip_prefix(label)
            .and_then(|r| r.trim_start().strip_prefix(':'))
            .map(|r| r.trim().to_string())
    })
}

/// The passages where two wordings part, each with a word of context and «…» where cut.
fn changed_words(text: &str, diagram: &str) -> (String, String) {
    const CONTEXT: usize = 1;
    // Words alone: a step's number and a dash say nothing of what changed.
    let words = |s: &'_ str| -> Vec<String> {
        let s = s.trim_start();
        let s = match crate::bpmn::matching::leading_number(s) {
            Some(_) => s.split_once(' ').map_or("", |(_, rest)| rest),
            None => s,
        };
        s.split_whitespace()
            .filter(|w| !normalise(w).is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(text), words(diagram));
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.iter().map(String::as_str).collect(),
        b.iter().map(String::as_str).collect(),
    );
    let same = |x: &str, y: &str| normalise(x) == normalise(y);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| same(x, y)).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    let cut = |words: &[&str]| {
        let from = prefix.saturating_sub(CONTEXT);
        let to = (words.len() - suffix + CONTEXT).min(words.len());
        let mut s = words[from..to].join(" ");
        if from > 0 {
            s = format!("…{s}");
        }
        if to < words.len() {
            s.push('…');
        }
        s
    };
    (cut(&a), cut(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::diagram::Rect;

    fn node(name: &str, duration: &str) -> Node {
        Node {
            id: "T".into(),
            kind: NodeKind::Task,
            lane: 0,
            name: name.into(),
            step: Some(2),
            actor_text: None,
            duration: step_duration(duration),
            result: None,
            line: Some(10),
            bounds: Rect::default(),
            label_lines: Vec::new(),
            label_bounds: Rect::default(),
            disputes: Vec::new(),
        }
    }

    #[test]
    fn a_changed_duration_is_a_duration_not_an_action() {
        let n = node(
            "2. руководитель подписывает уведомление в течение 1 (одного) рабочего дня",
            "в течение 1 (одного) рабочего дня",
        );
        let c = task(
            &n,
            "2. руководитель подписывает уведомление в течение 3 (трех) рабочих дней",
        );
        assert_eq!(c.action, None);
        assert_eq!(
            c.duration,
            Some(Some("в течение 3 (трех) рабочих дней".to_string()))
        );
        // Retyped words of the same duration are no change.
        let c = task(
            &n,
            "2. руководитель подписывает уведомление в течение 1 рабочего дня",
        );
        assert_eq!(c, TaskChange::default());
    }

    #[test]
    fn a_changed_action_quotes_where_the_words_part_kk() {
        let n = node(
            "3. басшы құжаттарды қарайды және қол қояды – 1 (бір) жұмыс күні",
            "1 (бір) жұмыс күні",
        );
        let c = task(
            &n,
            "3. басшы құжаттарды тексереді және қол қояды – 1 (бір) жұмыс күні",
        );
        assert_eq!(c.duration, None);
        assert_eq!(
            c.action,
            Some((
                "…құжаттарды қарайды және…".to_string(),
                "…құжаттарды тексереді және…".to_string()
            ))
        );
        let c = task(&n, "3. басшы құжаттарды қарайды және қол қояды");
        assert_eq!(c.duration, Some(None));
        assert_eq!(c.action, None);
    }

    #[test]
    fn documentation_gives_its_duration_line() {
        let doc = "Исполнитель: руководитель\nСрок: в течение 2 (двух) рабочих дней";
        assert_eq!(
            documented_duration(doc, Language::Ru).as_deref(),
            Some("в течение 2 (двух) рабочих дней")
        );
        let doc = "Орындаушы: басшы\nМерзімі: 30 (отыз) минут";
        assert_eq!(
            documented_duration(doc, Language::Kk).as_deref(),
            Some("30 (отыз) минут")
        );
        assert_eq!(documented_duration(doc, Language::Ru), None);
    }
}
