//! `action-mismatch` (warning): ¶5 and ¶8 print materially different actions under one number.
//!
//! Texts are compared after [`normalise`](super::normalise) and without actor and duration, so
//! wrapped lines, dash variants and label misprints never lower the ratio.

use super::align::PairKind;
use super::{Ctx, Finding, Message, Severity, Value, first_words, item_key, list_key};

/// Stable rule id.
pub const RULE: &str = "action-mismatch";

/// Word-level similarity below which two copies say materially different things; tuned so the
/// corpus' repeated lists (which differ only in a word or two) stay silent.
pub const THRESHOLD: f32 = 0.55;

/// Reports number-aligned items whose actions differ materially (swaps are `order-mismatch`).
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for p in ctx
        .pairs
        .iter()
        .filter(|p| p.kind == PairKind::StepsSequence && p.by_number)
    {
        for &(i, j, s) in &p.pairs {
            if s >= THRESHOLD {
                continue;
            }
            let (x, y) = (&p.a.items[i], &p.b.items[j]);
            let message = Message::new("finding-action-mismatch")
                .arg("a", p.a)
                .arg("x", x)
                .arg("action-a", first_words(&x.action, 8))
                .arg("line-a", Value::Line(x.line))
                .arg("b", p.b)
                .arg("y", y)
                .arg("action-b", first_words(&y.action, 8))
                .arg("line-b", Value::Line(y.line))
                .arg("similarity", (f64::from(s) * 100.0).round() as i64);
            let keys = [
                list_key(p.a),
                item_key(x),
                x.action.clone(),
                list_key(p.b),
                item_key(y),
                y.action.clone(),
            ];
            out.push(ctx.pair_finding(RULE, Severity::Warning, (x, y), message, &keys));
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
    fn fires_on_different_action_and_not_on_noise() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
        // Formatting noise only: misprinted label, dash variant, wrapped-line double space.
        seq.items[5].label = "б)".into();
        seq.items[5].misprint = true;
        seq.items[5].action = seq.items[5].action.replace('–', "-").replace(' ', "  ");
        r.lists.push(seq);
        let quiet = check(&doc(r.clone()));
        assert!(quiet.iter().all(|f| f.rule != RULE), "{quiet:?}");
        r.lists[1].items[2].action =
            "участковая комиссия формирует электронный запрос в ГБД ФЛ о семье заявителя".into();
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![100, 138]);
    }
}
