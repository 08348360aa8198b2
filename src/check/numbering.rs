//! `numbering` (warning; info for misprints): gaps, duplicates and restarts inside a list, in the
//! «процесс N» / «условие N» labels of a portal list, and among the paragraph numbers of the
//! regulation's list headings («6.» printed twice); misprinted labels («б)» for 6) and lists whose
//! first items lost their labels. A list labelled by «процесс N» / «условие N» is numbered by
//! them, not unnumbered.

use super::{Ctx, Finding, Message, Severity, Value, first_words, list_key};
use crate::model::{ItemKind, StepList};

/// Stable rule id.
pub const RULE: &str = "numbering";

/// Checks the labels of every list of the regulation.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for list in &ctx.reg.lists {
        misprints(ctx, list, out);
        unnumbered(ctx, list, out);
        sequence(ctx, list, out);
        processes(ctx, list, out);
    }
    paragraphs(ctx, out);
}

/// True when a list's numbers run 1, 2, 3 … without a gap, repeat or restart: other rules may
/// then trust them as references (a 2012 table's next-action numbers).
pub fn numbered_in_order(list: &StepList) -> bool {
    list.items
        .iter()
        .filter_map(|i| i.number)
        .zip(1..)
        .all(|(n, k)| n == k)
}

/// True when a list's items are labelled «процесс N» / «условие N» rather than numbered.
fn labelled_by_process(list: &StepList) -> bool {
    let labelled = list
        .items
        .iter()
        .filter(|i| i.process_number.is_some())
        .count();
    labelled * 2 > list.items.len()
}

/// The paragraph number of each list heading against the headings before it: a number printed
/// for two different paragraphs, or going back.
fn paragraphs(ctx: &Ctx, out: &mut Vec<Finding>) {
    // One entry per heading: lists split into scenarios or channel parts share theirs.
    let mut seen: Vec<(&StepList, u32)> = Vec::new();
    for list in &ctx.reg.lists {
        let Some(p) = list.paragraph else { continue };
        if seen
            .iter()
            .any(|(l, q)| *q == p && l.heading == list.heading)
        {
            continue;
        }
        if let Some(&(before, q)) = seen.iter().rev().find(|(_, q)| *q >= p) {
            let message = Message::new("finding-numbering-paragraph")
                .arg("how", if q == p { "repeat" } else { "back" })
                .arg("p", p)
                .arg("q", q)
                .arg("heading", first_words(&list.heading, 8))
                .arg("line", Value::Line(list.line))
                .arg("before", first_words(&before.heading, 8))
                .arg("line-before", Value::Line(before.line));
            let keys = [
                "paragraph".to_string(),
                p.to_string(),
                first_words(&list.heading, 8),
                first_words(&before.heading, 8),
            ];
            out.push(ctx.finding(
                RULE,
                Severity::Warning,
                vec![list.line, before.line],
                vec![list.heading.clone(), before.heading.clone()],
                message,
                &keys,
            ));
        }
        seen.push((list, p));
    }
}

/// Gaps and repeats in the «процесс N» and «условие N» labels of a list.
fn processes(ctx: &Ctx, list: &StepList, out: &mut Vec<Finding>) {
    for (kind, word) in [
        (ItemKind::Process, "process"),
        (ItemKind::Condition, "condition"),
    ] {
        let labelled: Vec<_> = list
            .items
            .iter()
            .filter(|i| i.kind == kind && i.process_number.is_some())
            .collect();
        for w in labelled.windows(2) {
            let (p, c) = (w[0], w[1]);
            let (pn, cn) = (p.process_number.unwrap_or(0), c.process_number.unwrap_or(0));
            if cn == pn + 1 {
                continue;
            }
            let message = Message::new("finding-numbering-process")
                .arg("list", list)
                .arg("label", word)
                .arg("pn", pn)
                .arg("cn", cn)
                .arg("action", first_words(&c.action, 6))
                .arg("line", Value::Line(c.line))
                .arg("previous", first_words(&p.action, 6))
                .arg("line-previous", Value::Line(p.line));
            let keys = [
                list_key(list),
                word.to_string(),
                pn.to_string(),
                cn.to_string(),
            ];
            out.push(ctx.finding(
                RULE,
                Severity::Warning,
                vec![c.line, p.line],
                vec![c.action.clone(), p.action.clone()],
                message,
                &keys,
            ));
        }
    }
}

fn misprints(ctx: &Ctx, list: &StepList, out: &mut Vec<Finding>) {
    for it in list.items.iter().filter(|i| i.misprint) {
        let n = it.number.map(|n| n.to_string()).unwrap_or_default();
        let message = Message::new("finding-numbering-misprint")
            .arg("list", list)
            .arg("label", it.label.as_str())
            .arg("item", it)
            .arg("line", Value::Line(it.line));
        let keys = [list_key(list), it.label.clone(), n];
        out.push(ctx.item_finding(RULE, Severity::Info, it, message, &keys));
    }
}

fn unnumbered(ctx: &Ctx, list: &StepList, out: &mut Vec<Finding>) {
    let lead = list.items.iter().take_while(|i| i.number.is_none()).count();
    if lead == 0 || labelled_by_process(list) {
        return;
    }
    let lines: Vec<u32> = list.items[..lead].iter().map(|i| i.line).collect();
    let quotes: Vec<String> = list.items[..lead]
        .iter()
        .map(|i| i.action.clone())
        .collect();
    let mut keys = vec![list_key(list), lead.to_string()];
    keys.extend(quotes.iter().map(|q| first_words(q, 6)));
    if let Some(first) = list.items.get(lead) {
        let message = Message::new("finding-numbering-unnumbered-lead")
            .arg("list", list)
            .arg("lead", lead)
            .arg("action", first_words(&list.items[0].action, 6))
            .arg("line", Value::Line(list.items[0].line))
            .arg("label", first.label.as_str())
            .arg("line-label", Value::Line(first.line));
        out.push(ctx.finding(RULE, Severity::Warning, lines, quotes, message, &keys));
    } else if lead >= 2 {
        // A list printed entirely without labels: a style rather than a lost label.
        let message = Message::new("finding-numbering-unnumbered-all")
            .arg("list", list)
            .arg("lead", lead)
            .arg("action", first_words(&list.items[0].action, 6))
            .arg("line", Value::Line(list.items[0].line));
        out.push(ctx.finding(RULE, Severity::Info, lines, quotes, message, &keys));
    }
}

fn sequence(ctx: &Ctx, list: &StepList, out: &mut Vec<Finding>) {
    let numbered: Vec<_> = list.items.iter().filter(|i| i.number.is_some()).collect();
    let lead_unnumbered = list.items.first().is_some_and(|i| i.number.is_none());
    if let Some(first) = numbered.first() {
        let n = first.number.unwrap_or(1);
        if n > 1 && !lead_unnumbered {
            let message = Message::new("finding-numbering-late-start")
                .arg("list", list)
                .arg("label", first.label.as_str())
                .arg("line", Value::Line(first.line))
                .arg("last", n - 1);
            let keys = [list_key(list), "start".into(), n.to_string()];
            out.push(ctx.item_finding(RULE, Severity::Warning, first, message, &keys));
        }
    }
    for w in numbered.windows(2) {
        let (p, c) = (w[0], w[1]);
        let (pn, cn) = (p.number.unwrap_or(0), c.number.unwrap_or(0));
        let how = if cn == pn {
            "repeat"
        } else if cn == 1 {
            "restart"
        } else if cn < pn {
            "back"
        } else if cn == pn + 2 {
            "skip"
        } else if cn > pn + 2 {
            "skips"
        } else {
            continue;
        };
        let message = Message::new("finding-numbering-sequence")
            .arg("list", list)
            .arg("how", how)
            .arg("pn", pn)
            .arg("cn", cn)
            .arg("from", pn + 1)
            .arg("to", cn.saturating_sub(1))
            .arg("label", c.label.as_str())
            .arg("line", Value::Line(c.line))
            .arg("previous", p.label.as_str())
            .arg("line-previous", Value::Line(p.line));
        let keys = [list_key(list), pn.to_string(), cn.to_string()];
        out.push(ctx.finding(
            RULE,
            Severity::Warning,
            vec![c.line, p.line],
            vec![c.action.clone(), p.action.clone()],
            message,
            &keys,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::ListKind;

    fn numbering(r: crate::model::Reglament) -> Vec<Finding> {
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect()
    }

    #[test]
    fn clean_list_is_silent() {
        let mut r = reg();
        r.lists
            .push(r1_steps(ListKind::Sequence, 8, 134, one_day()));
        assert!(numbering(r).is_empty());
    }

    #[test]
    fn misprint_is_info() {
        let mut r = reg();
        let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
        seq.items[5].label = "б)".into();
        seq.items[5].misprint = true;
        r.lists.push(seq);
        let f = numbering(r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            (f[0].severity, f[0].lines.clone()),
            (Severity::Info, vec![144])
        );
    }

    #[test]
    fn lost_labels_gaps_and_duplicates() {
        let mut r = reg();
        let mut seq = r1_steps(ListKind::Process, 9, 150, one_day());
        for it in &mut seq.items[..2] {
            it.number = None;
            it.label.clear();
        }
        seq.items[4].number = Some(4);
        seq.items[5].number = Some(7);
        r.lists.push(seq);
        let f = numbering(r);
        let lines: Vec<_> = f.iter().map(|f| f.lines[0]).collect();
        assert_eq!(lines, vec![150, 158, 160], "{f:?}");
    }

    fn headed(kind: ListKind, p: u32, line: u32, heading: &str) -> StepList {
        let mut l = list(kind, crate::model::Channel::Provider, p, line, vec![]);
        l.heading = heading.into();
        l
    }

    #[test]
    fn a_paragraph_number_printed_twice() {
        for (results, participants) in [
            (
                "6. Результат процедуры (действия) по оказанию государственной услуги:",
                "6. Перечень структурных подразделений (работников) услугодателя:",
            ),
            (
                "6. Мемлекеттік қызмет көрсету бойынша рәсімдердің (іс-қимылдың) нәтижесі:",
                "6. Мемлекеттік қызмет көрсету процесіне қатысатын құрылымдық бөлімшелерінің тізбесі:",
            ),
        ] {
            let mut r = reg();
            r.lists.push(headed(ListKind::Results, 6, 708, results));
            // The same heading's second scenario part is no second paragraph.
            r.lists.push(headed(ListKind::Results, 6, 733, results));
            r.lists
                .push(headed(ListKind::Participants, 6, 801, participants));
            r.lists
                .push(headed(ListKind::Sequence, 8, 820, "8. Описание"));
            let f = numbering(r.clone());
            assert_eq!(f.len(), 1, "{f:?}");
            assert_eq!(f[0].lines, vec![801, 708]);
            r.lists[2].paragraph = Some(7);
            r.lists[2].heading = participants.replacen('6', "7", 1);
            assert!(numbering(r).is_empty());
        }
    }

    #[test]
    fn process_labels_number_a_portal_list() {
        let mut r = reg();
        let mut items = Vec::new();
        for (k, (kind, n)) in [
            (ItemKind::Step, None),
            (ItemKind::Process, Some(1)),
            (ItemKind::Condition, Some(1)),
            (ItemKind::Process, Some(2)),
            (ItemKind::Process, Some(3)),
        ]
        .into_iter()
        .enumerate()
        {
            let mut it = item(1, 945 + 2 * k as u32, None, "процесс – формирование", None);
            it.number = None;
            it.label.clear();
            it.kind = kind;
            it.process_number = n;
            items.push(it);
        }
        r.lists.push(list(
            ListKind::Process,
            crate::model::Channel::Portal,
            10,
            943,
            items,
        ));
        assert!(numbering(r.clone()).is_empty());
        // «2 үдеріс» skipped: «3 үдеріс» follows «1 үдеріс».
        r.lists[0].items[3].process_number = Some(3);
        r.lists[0].items[4].process_number = Some(4);
        let f = numbering(r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![951, 947]);
    }
}
