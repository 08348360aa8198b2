//! `list-too-long` (error): a list with more procedures than a diagram can show. Such a list is
//! not drawn (see `layout::MAX_DIAGRAM_STEPS`); usually it is a run of text misread as items.

use super::{Ctx, Finding, Message, Severity, Value, list_key};
use crate::layout::MAX_DIAGRAM_STEPS;

/// Stable rule id.
pub const RULE: &str = "list-too-long";

/// Reports procedure lists longer than a diagram can hold.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for list in ctx
        .reg
        .lists
        .iter()
        .filter(|l| super::is_procedure_list(l.kind) && l.items.len() > MAX_DIAGRAM_STEPS)
    {
        let message = Message::new("finding-list-too-long")
            .arg("list", list)
            .arg("n", list.items.len())
            .arg("max", MAX_DIAGRAM_STEPS)
            .arg("line", Value::Line(list.line));
        out.push(ctx.finding(
            RULE,
            Severity::Error,
            vec![list.line],
            vec![list.heading.clone()],
            message,
            &[list_key(list), list.items.len().to_string()],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Channel, Document, ListKind};

    fn findings(n: u32) -> Vec<Finding> {
        let mut r = reg();
        let items = (1..=n)
            .map(|i| item(i, 95 + i, None, "принимает документы", None))
            .collect();
        r.lists
            .push(list(ListKind::Steps, Channel::Provider, 5, 94, items));
        let doc = Document {
            file: "x.txt".into(),
            encoding: "utf-8".into(),
            reglaments: vec![r],
            decree: Default::default(),
            unattributed: Vec::new(),
        };
        check(&doc).into_iter().filter(|f| f.rule == RULE).collect()
    }

    #[test]
    fn fires_beyond_the_limit_only() {
        assert_eq!(findings(MAX_DIAGRAM_STEPS as u32 + 1).len(), 1);
        assert!(findings(16).is_empty());
    }
}
