//! `handoff-mismatch` (warning): a procedure hands its work to one party but the next procedure
//! of the list is done by another («… предоставляет документы руководителю услугодателя; 3)
//! руководитель районного отдела услугодателя отписывает …»).
//!
//! Only hand-offs to a unit or an official are compared: a hand-off to the applicant ends the
//! procedure, one to an information system is the system's. A step whose next step is done by
//! its own actor delivers something aside and carries on (the work never left it), and a
//! transfer sent on to a further recipient («… для передачи услугодателю») names who comes next
//! only loosely; both are left alone.

use super::parties::Parties;
use super::{
    Ctx, Finding, Message, Severity, Value, actor_line, is_procedure_list, item_key, list_key,
};
use crate::model::{ActorKind, Item, ItemKind, StepList};

/// Stable rule id.
pub const RULE: &str = "handoff-mismatch";

/// Compares each hand-off with the actor of the next procedure of the same list.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut parties = Parties::new(ctx.reg);
    for list in ctx.reg.lists.iter().filter(|l| is_procedure_list(l.kind)) {
        let steps: Vec<&Item> = list
            .items
            .iter()
            .filter(|i| i.kind != ItemKind::Condition)
            .collect();
        for w in steps.windows(2) {
            if let Some(f) = mismatch(ctx, list, w[0], w[1], &mut parties) {
                out.push(f);
            }
        }
    }
}

/// True when the step sends its transfer on beyond the recipient it names.
pub(crate) fn onward(it: &Item) -> bool {
    crate::lexicon::sends_onward(&it.action)
}

/// True when the step's actor (or one of the alternatives it offers) is the party `to` names,
/// among the regulation's `parties`.
fn done_by<'a>(to: &'a str, it: &'a Item, parties: &mut Parties<'a>) -> bool {
    it.actor.as_deref().is_some_and(|a| parties.same(to, a))
        || it.alternatives.iter().any(|a| parties.same(to, a))
}

fn mismatch<'a>(
    ctx: &Ctx,
    list: &StepList,
    from: &'a Item,
    next: &'a Item,
    parties: &mut Parties<'a>,
) -> Option<Finding> {
    let to = from
        .recipient
        .as_ref()
        .filter(|r| r.kind == ActorKind::Unit)?;
    let actor = next.actor.as_deref()?;
    if next.actor_kind != Some(ActorKind::Unit)
        || done_by(&to.actor, next, parties)
        || from
            .actor
            .as_deref()
            .is_some_and(|a| parties.same(a, actor))
        || onward(from)
    {
        return None;
    }
    let printed = next.actor_text.as_deref().unwrap_or(actor);
    let message = Message::new("finding-handoff-mismatch")
        .arg("list", list)
        .arg("from", from)
        .arg("recipient", to.text.as_str())
        .arg("line-recipient", Value::Line(to.line))
        .arg("next", next)
        .arg("actor", printed)
        .arg("line-actor", Value::Line(actor_line(next)));
    let keys = [
        list_key(list),
        item_key(from),
        to.actor.clone(),
        item_key(next),
        actor.to_string(),
    ];
    Some(ctx.finding(
        RULE,
        Severity::Warning,
        vec![to.line, actor_line(next)],
        vec![from.action.clone(), next.action.clone()],
        message,
        &keys,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Channel, Language, ListKind, Party};

    fn party(actor: &str, text: &str, line: u32) -> Party {
        Party {
            actor: actor.into(),
            text: text.into(),
            kind: ActorKind::Unit,
            line,
        }
    }

    fn unit(mut it: Item) -> Item {
        it.actor_kind = Some(ActorKind::Unit);
        it
    }

    fn found(r: crate::model::Reglament) -> Vec<Finding> {
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect()
    }

    /// ¶5 of 001's second regulation: the specialist hands the documents to the provider's
    /// head, the next step is the district department's head.
    fn russian(next: &str) -> crate::model::Reglament {
        let mut r = reg();
        let mut a = unit(item(
            2,
            498,
            Some("ответственный специалист услугодателя"),
            "ответственный специалист услугодателя принимает заявление и предоставляет документы руководителю услугодателя;",
            None,
        ));
        a.recipient = Some(party(
            "руководитель услугодателя",
            "руководителю услугодателя",
            504,
        ));
        let b = unit(item(
            3,
            505,
            Some(next),
            &format!("{next} отписывает заявление услугополучателя;"),
            None,
        ));
        r.lists
            .push(list(ListKind::Steps, Channel::Provider, 5, 494, vec![a, b]));
        r
    }

    #[test]
    fn russian_head_of_another_unit() {
        let f = found(russian("руководитель районного отдела услугодателя"));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![504, 505]);
        let ru = f[0].message.text(crate::i18n::Lang::Ru);
        assert!(
            ru.contains("передаёт работу «руководителю услугодателя» (строка 504)"),
            "{ru}"
        );
        assert!(
            ru.contains("но действие 3 выполняет «руководитель районного отдела"),
            "{ru}"
        );
        assert!(found(russian("руководитель услугодателя")).is_empty());
        assert!(found(russian("заместитель руководителя услугодателя")).is_empty());
    }

    #[test]
    fn onward_transfer_system_and_same_actor_are_silent() {
        let mut r = russian("оператор государственной корпорации");
        assert_eq!(found(r.clone()).len(), 1);
        r.lists[0].items[0]
            .action
            .push_str(" для передачи услугодателю");
        assert!(found(r.clone()).is_empty());
        let mut r = russian("портал");
        r.lists[0].items[1].actor_kind = Some(ActorKind::System);
        assert!(found(r).is_empty());
        let r = russian("ответственный специалист услугодателя");
        assert!(found(r).is_empty());
    }

    #[test]
    fn kazakh_handoff() {
        let mut r = reg();
        r.language = Language::Kk;
        let head = "көрсетілетін қызметті берушінің басшысы";
        let mut a = unit(item(
            1,
            47,
            Some("көрсетілетін қызметті берушінің қызметкері"),
            "көрсетілетін қызметті берушінің қызметкері құжаттарды басшысына береді;",
            None,
        ));
        a.recipient = Some(party(head, "көрсетілетін қызметті берушінің басшысына", 48));
        let b = unit(item(
            2,
            49,
            Some(head),
            "көрсетілетін қызметті берушінің басшысы бұрыштама қояды;",
            None,
        ));
        r.lists
            .push(list(ListKind::Steps, Channel::Provider, 5, 46, vec![a, b]));
        assert!(found(r.clone()).is_empty());
        let other = "аудандық бөлімнің басшысы";
        r.lists[0].items[1].actor = Some(other.into());
        r.lists[0].items[1].actor_text = Some(other.into());
        let f = found(r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![48, 49]);
    }
}
