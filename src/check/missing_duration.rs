//! `missing-duration` (warning): a procedure without a duration in a list where most procedures
//! state one. The applicant's own acts are skipped: the regulation does not time them.

use super::{
    Ctx, Finding, Severity, first_words, is_applicant, item_key, item_name, list_key, list_name,
};
use crate::model::{ItemKind, ListKind};

/// Stable rule id.
pub const RULE: &str = "missing-duration";

/// Reports untimed steps of lists in which more than half of the steps are timed.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for list in ctx
        .reg
        .lists
        .iter()
        .filter(|l| super::is_procedure_list(l.kind) || l.kind == ListKind::Table)
    {
        let steps: Vec<_> = list
            .items
            .iter()
            .filter(|i| i.kind == ItemKind::Step)
            .collect();
        let timed = steps.iter().filter(|i| i.duration.is_some()).count();
        if timed * 2 <= steps.len() {
            continue;
        }
        for it in steps.iter().filter(|i| i.duration.is_none()) {
            if it.actor.as_deref().is_some_and(is_applicant) {
                continue;
            }
            let message = format!(
                "{} {} «{}» states no duration while {timed} of the list's {} procedures do.",
                list_name(list),
                item_name(it),
                first_words(&it.action, 8),
                steps.len()
            );
            let keys = [list_key(list), item_key(it), it.action.clone()];
            out.push(ctx.item_finding(RULE, Severity::Warning, it, message, &keys));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;

    #[test]
    fn fires_on_untimed_step_in_timed_list() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        assert!(check(&doc(r.clone())).iter().all(|f| f.rule != RULE));
        r.lists[0].items[5].duration = None;
        let f: Vec<_> = check(&doc(r.clone()))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lines, vec![106]);
        // The applicant's own submission is not timed by regulations.
        r.lists[0].items[5].actor = Some("услугополучатель".into());
        assert!(check(&doc(r)).iter().all(|f| f.rule != RULE));
    }
}
