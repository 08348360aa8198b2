//! `result-mismatch` (warning): a results list (¶6) has a different number of items than the
//! procedure list it reports on (the nearest preceding list of the same channel and scenario).

use super::{Ctx, Finding, Message, Severity, Value, is_procedure_list, list_key};
use crate::model::{ListKind, StepList};

/// Stable rule id.
pub const RULE: &str = "result-mismatch";

/// The procedure list the results list `lists[k]` reports on: the nearest one before it of the
/// same channel and scenario.
pub(super) fn reported_on(lists: &[StepList], k: usize) -> Option<&StepList> {
    let res = &lists[k];
    lists[..k].iter().rev().find(|l| {
        is_procedure_list(l.kind) && l.channel == res.channel && l.scenario == res.scenario
    })
}

/// Compares the item count of each results list with its procedure list.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let lists = &ctx.reg.lists;
    for (k, res) in lists.iter().enumerate() {
        if res.kind != ListKind::Results {
            continue;
        }
        let Some(steps) = reported_on(lists, k) else {
            continue;
        };
        let (ns, nr) = (steps.items.len(), res.items.len());
        if ns == nr {
            continue;
        }
        let message = Message::new("finding-result-mismatch")
            .arg("results", res)
            .arg("nr", nr)
            .arg("line-results", Value::Line(res.line))
            .arg("steps", steps)
            .arg("ns", ns)
            .arg("line-steps", Value::Line(steps.line));
        let keys = [
            list_key(res),
            nr.to_string(),
            list_key(steps),
            ns.to_string(),
        ];
        out.push(ctx.finding(
            RULE,
            Severity::Warning,
            vec![res.line, steps.line],
            vec![res.heading.clone(), steps.heading.clone()],
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

    #[test]
    fn fires_on_count_difference() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        r.lists.push(r1_steps(ListKind::Results, 6, 110, one_day()));
        assert!(check(&doc(r.clone())).iter().all(|f| f.rule != RULE));
        r.lists[1].items.pop();
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lines, vec![108, 94]);
    }
}
