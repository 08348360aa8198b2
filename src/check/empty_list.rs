//! `empty-list` (error): a list heading («Содержание каждой процедуры …:») with no procedure
//! after it. The diagram of that channel cannot be drawn, and the text is plainly incomplete.

use super::{Ctx, Finding, Message, Severity, Value, list_key};
use crate::model::ListKind;

/// Stable rule id.
pub const RULE: &str = "empty-list";

/// Reports recognised procedure and result lists that hold no item.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for list in ctx.reg.lists.iter().filter(|l| {
        // A heading that ends in a colon promises items; «… приведено в справочнике» does not.
        l.items.is_empty()
            && l.heading.trim_end().ends_with(':')
            && (super::is_procedure_list(l.kind) || l.kind == ListKind::Results)
    }) {
        let message = Message::new("finding-empty-list")
            .arg("list", list)
            .arg("heading", super::first_words(&list.heading, 8))
            .arg("line", Value::Line(list.line));
        out.push(ctx.finding(
            RULE,
            Severity::Error,
            vec![list.line],
            vec![list.heading.clone()],
            message,
            &[list_key(list)],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Channel, Document, TimeUnit};

    fn doc(items: Vec<crate::model::Item>) -> Document {
        let mut r = reg();
        let mut l = list(ListKind::Steps, Channel::Provider, 5, 94, items);
        l.heading =
            "5. Содержание каждой процедуры (действия), длительность его выполнения:".into();
        r.lists.push(l);
        Document {
            file: "x.txt".into(),
            encoding: "utf-8".into(),
            reglaments: vec![r],
            decree: Default::default(),
            unattributed: Vec::new(),
        }
    }

    #[test]
    fn fires_on_a_heading_without_items() {
        let f: Vec<_> = check(&doc(vec![]))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lines, vec![94]);
    }

    #[test]
    fn silent_when_the_heading_points_elsewhere() {
        let mut d = doc(vec![]);
        d.reglaments[0].lists[0].heading =
            "7. Описание последовательности процедур приведено в справочнике бизнес-процессов"
                .into();
        assert!(check(&d).iter().all(|f| f.rule != RULE));
    }

    #[test]
    fn silent_when_the_list_has_steps() {
        let it = item(
            1,
            96,
            Some("ответственный исполнитель услугодателя"),
            "ответственный исполнитель услугодателя принимает документы – 15 минут",
            Some(dur("15 минут", 15, TimeUnit::Minute)),
        );
        assert!(check(&doc(vec![it])).iter().all(|f| f.rule != RULE));
    }
}
