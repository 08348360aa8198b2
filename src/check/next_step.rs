//! `next-step-invalid` (warning): a 2012 action table's «Келесі әрекеттің нөмірі» pointing to the
//! action itself or to an action number the table does not have.

use super::{Ctx, Finding, Severity, list_key, list_name};
use crate::model::ListKind;

/// Stable rule id.
pub const RULE: &str = "next-step-invalid";

/// Checks the next-action numbers of every table.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for t in ctx.reg.lists.iter().filter(|l| l.kind == ListKind::Table) {
        let numbers: Vec<u32> = t.items.iter().filter_map(|i| i.number).collect();
        for it in &t.items {
            let Some(n) = it.number else { continue };
            for &next in &it.next {
                let what = if next == n {
                    "points to itself".to_string()
                } else if !numbers.contains(&next) {
                    format!("points to action {next}, which the table does not have")
                } else {
                    continue;
                };
                let message = format!("In {} action {n} {what}.", list_name(t));
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
        let mut a = item(5, 1222, Some("УО"), "Сұранысты орындау", d());
        let mut b = item(6, 1222, Some("УО АЖ"), "Шешімді тіркеу", d());
        a.next = vec![6];
        b.next = vec![7];
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
        r.lists[0].items[0].next = vec![5];
        assert_eq!(check(&doc(r)).iter().filter(|f| f.rule == RULE).count(), 1);
    }
}
