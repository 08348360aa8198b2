//! `missing-actor` (warning): a procedure that names nobody doing it
//! («4) услугодателя готовит уведомление …»). A step done by an information system («портал
//! направляет …», «ЭҮП …») or named by its agent («прием документов сотрудником канцелярии»)
//! has an actor: the parser gives it one, with its kind.

use super::{
    Ctx, Finding, Message, Severity, Value, first_words, is_procedure_list, item_key, list_key,
};
use crate::model::ItemKind;

/// Stable rule id.
pub const RULE: &str = "missing-actor";

/// Reports step items of steps/sequence/process lists without a recognised actor.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for list in ctx.reg.lists.iter().filter(|l| is_procedure_list(l.kind)) {
        for it in &list.items {
            if it.kind != ItemKind::Step || it.actor.is_some() || it.action.trim().is_empty() {
                continue;
            }
            // A participant named in an oblique case is there, only not as the subject; the
            // wording is odd but the actor is known, so it is info, not a warning.
            let base = |id: &str| {
                Message::new(id)
                    .arg("list", list)
                    .arg("item", it)
                    .arg("action", first_words(&it.action, 8))
                    .arg("line", Value::Line(it.line))
            };
            let (severity, message) = match ctx.oblique_participant(it) {
                Some(p) => (
                    Severity::Info,
                    base("finding-missing-actor-oblique")
                        .arg("participant", p.text.trim())
                        .arg("line-participant", Value::Line(p.line)),
                ),
                None => (Severity::Warning, base("finding-missing-actor")),
            };
            let keys = [list_key(list), item_key(it), it.action.clone()];
            out.push(ctx.item_finding(RULE, severity, it, message, &keys));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::ListKind;

    #[test]
    fn fires_without_actor_only() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let clean = check(&doc(r.clone()));
        assert!(clean.iter().all(|f| f.rule != RULE));
        let it = &mut r.lists[0].items[3];
        it.actor = None;
        it.actor_text = None;
        it.action =
            "услугодателя готовит уведомление о назначении (отказе в назначении) в бумажном виде"
                .into();
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lines, vec![102]);
        assert_eq!(f[0].severity, Severity::Warning);
    }

    #[test]
    fn a_system_is_an_actor() {
        let mut r = reg();
        let mut it = item(
            1,
            2617,
            None,
            "процесс 2 – формирование порталом сообщения об отказе в авторизации;",
            None,
        );
        it.actor = Some("портал".into());
        it.actor_text = Some("порталом".into());
        it.actor_kind = Some(crate::model::ActorKind::System);
        r.lists.push(list(
            ListKind::Process,
            crate::model::Channel::Portal,
            9,
            2608,
            vec![it.clone()],
        ));
        assert!(check(&doc(r.clone())).iter().all(|f| f.rule != RULE));
        // The same step with its agent lost is reported.
        it.actor = None;
        it.actor_kind = None;
        r.lists[0].items = vec![it];
        assert_eq!(check(&doc(r)).iter().filter(|f| f.rule == RULE).count(), 1);
    }

    #[test]
    fn oblique_actor_is_info() {
        let mut r = reg();
        r.participants = vec![crate::model::Participant {
            actor: "сотрудник канцелярии услугодателя".into(),
            text: "сотрудник канцелярии услугодателя;".into(),
            line: 1864,
        }];
        let mut it = item(
            1,
            1830,
            None,
            "прием и регистрация сотрудником канцелярии услугодателя в течение 20 минут;",
            None,
        );
        it.actor_text = None;
        r.lists.push(list(
            ListKind::Steps,
            crate::model::Channel::Provider,
            5,
            1828,
            vec![it],
        ));
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
    }
}
