//! `actor-mismatch` (warning): two aligned copies of a procedure name different actors.

use super::align::PairKind;
use super::{Ctx, Finding, Severity, item_key, item_name, list_key, list_name};

/// Stable rule id.
pub const RULE: &str = "actor-mismatch";

/// Reports aligned items whose canonical actors are both known and differ.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for p in ctx.pairs.iter().filter(|p| p.kind != PairKind::Tables) {
        for &(i, j, _) in &p.pairs {
            let (x, y) = (&p.a.items[i], &p.b.items[j]);
            let (Some(ax), Some(ay)) = (&x.actor, &y.actor) else {
                continue;
            };
            if ax == ay {
                continue;
            }
            let printed = |it: &crate::model::Item, canon: &String| {
                it.actor_text.clone().unwrap_or_else(|| canon.clone())
            };
            let message = format!(
                "{} {} is done by «{}» but {} {} by «{}».",
                list_name(p.a),
                item_name(x),
                printed(x, ax),
                list_name(p.b),
                item_name(y),
                printed(y, ay)
            );
            let keys = [
                list_key(p.a),
                item_key(x),
                ax.clone(),
                list_key(p.b),
                item_key(y),
                ay.clone(),
            ];
            let mut f = ctx.pair_finding(RULE, Severity::Warning, (x, y), message, &keys);
            f.lines = vec![super::actor_line(x), super::actor_line(y)];
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::ListKind;

    fn run_with(actor: &str) -> Vec<Finding> {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
        seq.items[4].actor = Some(actor.into());
        seq.items[4].actor_text = Some(actor.into());
        r.lists.push(seq);
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect()
    }

    #[test]
    fn fires_on_renamed_head() {
        let f = run_with("руководитель районного отдела услугодателя");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![104, 142]);
    }

    #[test]
    fn silent_on_same_actor() {
        assert!(run_with("руководитель услугодателя").is_empty());
    }

    /// A nominalised step takes its agent as actor: «подготовка ответственным исполнителем …»
    /// against a copy done by another unit is a mismatch, against the same unit none.
    #[test]
    fn nominalised_step_against_its_copy() {
        for (language, nominal, agent, same, other) in [
            (
                crate::model::Language::Ru,
                "подготовка ответственным исполнителем отдела результата оказания государственной услуги в срок не более 2 (двух) рабочих дней;",
                "ответственным исполнителем отдела",
                "ответственный исполнитель отдела",
                "руководитель отдела",
            ),
            (
                crate::model::Language::Kk,
                "көрсетілетін қызметті берушінің жауапты орындаушысымен мемлекеттік қызмет көрсету нәтижесін дайындау - 2 (екі) жұмыс күні;",
                "көрсетілетін қызметті берушінің жауапты орындаушысымен",
                "көрсетілетін қызметті берушінің жауапты орындаушысы",
                "көрсетілетін қызметті берушінің басшысы",
            ),
        ] {
            let mut r = reg();
            r.language = language;
            r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
            let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
            let it = &mut r.lists[0].items[3];
            it.action = nominal.into();
            it.actor = Some(same.into());
            it.actor_text = Some(agent.into());
            seq.items[3].actor = Some(same.into());
            seq.items[3].actor_text = Some(same.into());
            r.lists.push(seq);
            let found = |r: &crate::model::Reglament| -> Vec<Finding> {
                check(&doc(r.clone()))
                    .into_iter()
                    .filter(|f| f.rule == RULE)
                    .collect()
            };
            assert!(found(&r).is_empty(), "{language:?}");
            r.lists[1].items[3].actor = Some(other.into());
            r.lists[1].items[3].actor_text = Some(other.into());
            let f = found(&r);
            assert_eq!(f.len(), 1, "{language:?}: {f:?}");
            assert!(f[0].message.contains(agent), "{}", f[0].message);
        }
    }
}
