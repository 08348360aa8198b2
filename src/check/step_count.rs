//! `step-count-mismatch` (error) and `order-mismatch` (warning): ¶5 and ¶8 of the same channel
//! and scenario list a different number of procedures, or the same procedures in another order.

use super::align::PairKind;
use super::{
    Ctx, Finding, Message, Severity, Value, first_words, list_key, normalise, pair_similarity,
};

/// Rule id for differing counts.
pub const COUNT: &str = "step-count-mismatch";
/// Rule id for swapped procedures.
pub const ORDER: &str = "order-mismatch";

/// Below this the two items under one number are different procedures.
const DIFFERENT: f32 = 0.4;
/// Above this an item of the other list is the same procedure.
const SAME: f32 = 0.8;

/// Reports count differences (naming the unmatched procedures) and swapped procedures.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for p in ctx
        .pairs
        .iter()
        .filter(|p| p.kind == PairKind::StepsSequence)
    {
        let (na, nb) = (p.a.items.len(), p.b.items.len());
        if na != nb {
            let mut lines = vec![p.a.line, p.b.line];
            let mut quotes = vec![p.a.heading.clone(), p.b.heading.clone()];
            let mut keys = vec![list_key(p.a), list_key(p.b), na.to_string(), nb.to_string()];
            let mut parts = Vec::new();
            // With few items aligned (e.g. nominal ¶5 «прием и регистрация …» against verbal ¶8)
            // naming every unaligned item would only repeat both lists; state the counts.
            let named = p.pairs.len() * 2 >= na.min(nb);
            for (list, other, matched) in [
                (p.a, p.b, p.pairs.iter().map(|t| t.0).collect::<Vec<_>>()),
                (p.b, p.a, p.pairs.iter().map(|t| t.1).collect::<Vec<_>>()),
            ] {
                for (k, it) in list.items.iter().enumerate() {
                    if !named || matched.contains(&k) {
                        continue;
                    }
                    lines.push(it.line);
                    quotes.push(it.action.clone());
                    keys.push(normalise(&first_words(&it.action, 6)));
                    parts.push(
                        Message::new("finding-step-count-unmatched")
                            .arg("list", list)
                            .arg("item", it)
                            .arg("action", first_words(&it.action, 6))
                            .arg("line", Value::Line(it.line))
                            .arg("other", super::list_in(other)),
                    );
                }
            }
            let id = if parts.is_empty() {
                "finding-step-count-mismatch"
            } else {
                "finding-step-count-mismatch-named"
            };
            let mut message = Message::new(id)
                .arg("a", p.a)
                .arg("na", na)
                .arg("line-a", Value::Line(p.a.line))
                .arg("b", p.b)
                .arg("nb", nb)
                .arg("line-b", Value::Line(p.b.line));
            if !parts.is_empty() {
                message = message.arg("unmatched", Value::Parts(parts));
            }
            out.push(ctx.finding(COUNT, Severity::Error, lines, quotes, message, &keys));
        } else if p.by_number {
            order(ctx, p, out);
        }
    }
}

fn order(ctx: &Ctx, p: &super::align::Pairing, out: &mut Vec<Finding>) {
    for &(i, j, s) in &p.pairs {
        if s >= DIFFERENT {
            continue;
        }
        let Some(k) = (0..p.b.items.len())
            .find(|&k| k != j && pair_similarity(&p.a.items[i], &p.b.items[k]) >= SAME)
        else {
            continue;
        };
        let (x, y) = (&p.a.items[i], &p.b.items[k]);
        let message = Message::new("finding-order-mismatch")
            .arg("a", p.a)
            .arg("x", x)
            .arg("action", first_words(&x.action, 6))
            .arg("line-a", Value::Line(x.line))
            .arg("b", super::list_in(p.b))
            .arg("y", y)
            .arg("line-b", Value::Line(y.line))
            .arg("expected", &p.b.items[j]);
        let keys = [list_key(p.a), list_key(p.b), i.to_string(), k.to_string()];
        out.push(ctx.pair_finding(ORDER, Severity::Warning, (x, y), message, &keys));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::ListKind;

    fn rules(r: crate::model::Reglament, rule: &str) -> Vec<Finding> {
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    #[test]
    fn count_names_the_missing_procedure() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
        seq.items.remove(4);
        r.lists.push(seq);
        let f = rules(r, COUNT);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![94, 132, 104]);
        let ru = f[0].message.text(crate::i18n::Lang::Ru);
        assert!(
            ru.contains("действие 5 «руководитель услугодателя подписывает"),
            "{ru}"
        );
        assert!(ru.contains("такой процедуры нет в ¶8"), "{ru}");
    }

    #[test]
    fn order_fires_on_swapped_items_and_not_on_twins() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        r.lists
            .push(r1_steps(ListKind::Sequence, 8, 134, one_day()));
        assert!(rules(r.clone(), COUNT).is_empty());
        assert!(rules(r.clone(), ORDER).is_empty());
        let seq = &mut r.lists[1];
        let (a, b) = (seq.items[1].clone(), seq.items[5].clone());
        seq.items[1].action = b.action;
        seq.items[1].duration = b.duration;
        seq.items[5].action = a.action;
        seq.items[5].duration = a.duration;
        assert!(!rules(r, ORDER).is_empty());
    }
}
