//! `result-recipient-mismatch` (warning): a results item hands its result to another party than
//! the procedure it reports on («2) … направление их ответственному исполнителю услугодателя»
//! against the step's «… направляет их специалисту акима сельского округа»).
//!
//! A results list reports on the nearest procedure list before it of the same channel and
//! scenario, item for item; lists of different lengths are `result-mismatch`'s and not compared
//! here.

use super::handoff::onward;
use super::parties::{implied_place, same_party_in};
use super::{Ctx, Finding, Message, Severity, Value, item_key, list_key};
use crate::model::{ActorKind, ListKind};

/// Stable rule id.
pub const RULE: &str = "result-recipient-mismatch";

/// Compares the recipient of each result with the recipient of its procedure.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let lists = &ctx.reg.lists;
    let place = implied_place(ctx.reg);
    for (k, res) in lists.iter().enumerate() {
        if res.kind != ListKind::Results {
            continue;
        }
        let Some(steps) = super::result_mismatch::reported_on(lists, k) else {
            continue;
        };
        if steps.items.len() != res.items.len() {
            continue;
        }
        for (step, result) in steps.items.iter().zip(&res.items) {
            let Some(to) = step
                .recipient
                .as_ref()
                .filter(|r| r.kind == ActorKind::Unit)
            else {
                continue;
            };
            if onward(step) {
                continue;
            }
            let Some(said) = result
                .recipient
                .as_ref()
                .filter(|r| r.kind == ActorKind::Unit)
            else {
                continue;
            };
            if same_party_in(&to.actor, &said.actor, &place) {
                continue;
            }
            let message = Message::new("finding-result-recipient-mismatch")
                .arg("results", res)
                .arg("result", result)
                .arg("recipient-result", said.text.as_str())
                .arg("line-result", Value::Line(said.line))
                .arg("steps", steps)
                .arg("step", step)
                .arg("recipient-step", to.text.as_str())
                .arg("line-step", Value::Line(to.line));
            let keys = [
                list_key(res),
                item_key(result),
                said.actor.clone(),
                list_key(steps),
                to.actor.clone(),
            ];
            out.push(ctx.finding(
                RULE,
                Severity::Warning,
                vec![said.line, to.line],
                vec![result.action.clone(), step.action.clone()],
                message,
                &keys,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Channel, Language, Party};

    fn found(r: crate::model::Reglament) -> Vec<Finding> {
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect()
    }

    fn case(
        language: Language,
        step: &str,
        to: (&str, &str),
        result: &str,
    ) -> crate::model::Reglament {
        let mut r = reg();
        r.language = language;
        let mut s = item(2, 2005, Some("участковая комиссия"), step, None);
        s.recipient = Some(Party {
            actor: to.0.into(),
            text: to.1.into(),
            kind: ActorKind::Unit,
            line: 2005,
        });
        r.lists
            .push(list(ListKind::Process, Channel::Akim, 6, 2001, vec![s]));
        // The result as the parser reads it, recipient and all.
        let res = crate::parse::item::build(
            "2)",
            Some(2),
            false,
            crate::parse::lines::Located::single(result, 2039),
            ListKind::Results,
            language,
        );
        r.lists
            .push(list(ListKind::Results, Channel::Akim, 8, 2035, vec![res]));
        r
    }

    #[test]
    fn russian_result_names_another_recipient() {
        let step = "участковая комиссия готовит заключение и направляет их специалисту акима сельского округа в течение 2 (двух) рабочих дней;";
        let to = (
            "специалист акима сельского округа",
            "специалисту акима сельского округа",
        );
        let f = found(case(
            Language::Ru,
            step,
            to,
            "подготовка заключения о нуждаемости и направление их ответственному исполнителю услугодателя;",
        ));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![2039, 2005]);
        let clean = case(
            Language::Ru,
            step,
            to,
            "подготовка заключения о нуждаемости и направление их специалисту акима сельского округа;",
        );
        assert!(found(clean).is_empty());
    }

    #[test]
    fn kazakh_result_names_another_recipient() {
        let step = "көрсетілетін қызметті берушінің қызметкері құжаттарды көрсетілетін қызметті берушінің басшысына береді;";
        let to = (
            "көрсетілетін қызметті берушінің басшысы",
            "көрсетілетін қызметті берушінің басшысына",
        );
        let f = found(case(
            Language::Kk,
            step,
            to,
            "құжаттарды аудандық бөлімнің басшысына береді;",
        ));
        assert_eq!(f.len(), 1, "{f:?}");
        let clean = case(
            Language::Kk,
            step,
            to,
            "құжаттарды көрсетілетін қызметті берушінің басшысына береді;",
        );
        assert!(found(clean).is_empty());
    }
}
