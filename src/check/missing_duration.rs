//! `missing-duration` (warning): a procedure without a duration in a list where most procedures
//! state one. The applicant's own acts are skipped: the regulation does not time them. A
//! placeholder (an action printed as «-», as the empty columns of a 2012 action table are) is no
//! procedure and is neither reported nor counted.

use super::{
    Ctx, Finding, Message, Severity, Value, first_words, is_applicant, item_key, list_key,
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
            .filter(|i| i.kind == ItemKind::Step && !is_placeholder(&i.action))
            .collect();
        let timed = steps.iter().filter(|i| i.duration.is_some()).count();
        if timed * 2 <= steps.len() {
            continue;
        }
        for it in steps.iter().filter(|i| i.duration.is_none()) {
            if it.actor.as_deref().is_some_and(is_applicant) {
                continue;
            }
            let message = Message::new("finding-missing-duration")
                .arg("list", list)
                .arg("item", *it)
                .arg("action", first_words(&it.action, 8))
                .arg("line", Value::Line(it.line))
                .arg("timed", timed)
                .arg("total", steps.len());
            let keys = [list_key(list), item_key(it), it.action.clone()];
            out.push(ctx.item_finding(RULE, Severity::Warning, it, message, &keys));
        }
    }
}

/// True for an action with no letter or digit («-», «–»): a column or line left empty.
fn is_placeholder(action: &str) -> bool {
    !action.chars().any(char::is_alphanumeric)
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

    /// A 2012 action table (Kazakh) whose last column is a placeholder: action and term «-».
    fn table_with_placeholder(placeholder: &str) -> crate::model::StepList {
        let mut r = r1_steps(ListKind::Table, 5, 96, one_day());
        r.paragraph = None;
        r.heading = "1 кесте. УО арқылы көрсететін әрекеттердің сипаттамасы".into();
        for it in &mut r.items {
            it.actor = Some("УО".into());
        }
        r.items[5].action = placeholder.into();
        r.items[5].duration = None;
        r
    }

    #[test]
    fn a_placeholder_column_of_a_table_is_no_procedure() {
        let mut r = reg();
        r.language = crate::model::Language::Kk;
        r.lists.push(table_with_placeholder("-"));
        assert!(check(&doc(r.clone())).iter().all(|f| f.rule != RULE));
        // The clean twin's column holds an action: its missing term is reported.
        r.lists[0] = table_with_placeholder("Сұранысты орындау. Шешімді қабылдау.");
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .text(crate::i18n::Lang::En)
                .contains("5 of the list's 6"),
            "{:?}",
            f[0].message
        );
    }

    #[test]
    fn a_dash_line_in_a_russian_list_is_no_procedure() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        r.lists[0].items[5].action = "–".into();
        r.lists[0].items[5].actor = None;
        r.lists[0].items[5].duration = None;
        assert!(check(&doc(r.clone())).iter().all(|f| f.rule != RULE));
        r.lists[0].items[5].action = "выдает услугополучателю уведомление о назначении.".into();
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lines, vec![106]);
    }
}
