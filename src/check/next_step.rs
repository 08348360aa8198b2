//! `next-step-invalid` (warning): a 2012 action table's «Келесі әрекеттің нөмірі» pointing to the
//! action itself or to an action number the table does not have. A table whose own action
//! numbers skip or repeat is `numbering`'s: its next-action numbers cannot be judged against
//! them, and the one misnumbered block would be reported twice.

use super::{Ctx, Finding, Message, Severity, Value, list_key};
use crate::model::ListKind;

/// Stable rule id.
pub const RULE: &str = "next-step-invalid";

/// Checks the next-action numbers of every table.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for t in ctx
        .reg
        .lists
        .iter()
        .filter(|l| l.kind == ListKind::Table && super::numbering::numbered_in_order(l))
    {
        let numbers: Vec<u32> = t.items.iter().filter_map(|i| i.number).collect();
        for it in &t.items {
            let Some(n) = it.number else { continue };
            for &next in &it.next {
                let id = if next == n {
                    "finding-next-step-self"
                } else if !numbers.contains(&next) {
                    "finding-next-step-missing"
                } else {
                    continue;
                };
                let message = Message::new(id)
                    .arg("list", t)
                    .arg("n", n)
                    .arg("next", next)
                    .arg("line", Value::Line(it.line));
                let keys = [list_key(t), n.to_string(), next.to_string()];
                out.push(ctx.item_finding(RULE, Severity::Warning, it, message, &keys));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Channel, TimeUnit};

    #[test]
    fn self_and_dangling_next() {
        let d = || Some(dur("10 минуттан аспайды", 10, TimeUnit::Minute));
        let mut a = item(1, 1214, Some("УО"), "Сұранысты орындау", d());
        let mut b = item(2, 1214, Some("УО АЖ"), "Шешімді тіркеу", d());
        a.next = vec![2];
        b.next = vec![3];
        let mut r = reg();
        r.lists.push(list(
            ListKind::Table,
            Channel::Provider,
            0,
            1211,
            vec![a, b],
        ));
        r.lists[0].paragraph = None;
        let f: Vec<_> = check(&doc(r.clone()))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        r.lists[0].items[1].next = vec![];
        assert!(check(&doc(r.clone())).iter().all(|f| f.rule != RULE));
        r.lists[0].items[0].next = vec![1];
        assert_eq!(
            check(&doc(r.clone()))
                .iter()
                .filter(|f| f.rule == RULE)
                .count(),
            1
        );
        // Misnumbered actions are the numbering rule's alone.
        r.lists[0].items[1].number = Some(3);
        r.lists[0].items[1].label = "3".into();
        let f = check(&doc(r));
        assert!(f.iter().all(|f| f.rule != RULE), "{f:?}");
        assert_eq!(f.iter().filter(|f| f.rule == "numbering").count(), 1);
    }
}
