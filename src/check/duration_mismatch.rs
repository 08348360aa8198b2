//! `duration-mismatch` (error): the same procedure has different durations in two lists.
//!
//! Durations are compared by meaning ([`DurationKey`]), never by wording, so «в течение 1
//! (одного) рабочего дня» and «1 рабочий день» agree. Plain «дней» against «рабочих дней» with
//! the same number (or «күнтізбек» read as plain days) is reported as info: the unit is
//! ambiguous rather than contradictory.

use super::{Ctx, DurationKey, Finding, Message, Severity, Value, first_words, item_key, list_key};
use crate::model::TimeUnit;

/// Stable rule id.
pub const RULE: &str = "duration-mismatch";

/// Reports aligned items of every pairing whose durations differ.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for p in &ctx.pairs {
        for &(i, j, _) in &p.pairs {
            let (x, y) = (&p.a.items[i], &p.b.items[j]);
            let (Some(dx), Some(dy)) = (&x.duration, &y.duration) else {
                continue;
            };
            let (kx, ky) = (DurationKey::of(dx), DurationKey::of(dy));
            if kx == ky {
                continue;
            }
            let severity = match (kx, ky) {
                (DurationKey::Days(u, v), DurationKey::Days(w, z))
                    if v == z && is_day_pair(u, w) =>
                {
                    Severity::Info
                }
                _ => Severity::Error,
            };
            let message = Message::new("finding-duration-mismatch")
                .arg("a", p.a)
                .arg("x", x)
                .arg("duration-a", dx.text.as_str())
                .arg("line-a", Value::Line(super::duration_line(x)))
                .arg("b", p.b)
                .arg("y", y)
                .arg("duration-b", dy.text.as_str())
                .arg("line-b", Value::Line(super::duration_line(y)))
                .arg("action", first_words(&y.action, 8));
            let keys = [
                list_key(p.a),
                item_key(x),
                kx.key(),
                list_key(p.b),
                item_key(y),
                ky.key(),
            ];
            let mut f = ctx.pair_finding(RULE, severity, (x, y), message, &keys);
            f.lines = vec![super::duration_line(x), super::duration_line(y)];
            out.push(f);
        }
    }
}

/// Plain «дней» against working or calendar days: the unit is unstated on one side.
fn is_day_pair(u: TimeUnit, w: TimeUnit) -> bool {
    let day = |t| {
        matches!(
            t,
            TimeUnit::Day | TimeUnit::WorkingDay | TimeUnit::CalendarDay
        )
    };
    day(u) && day(w) && (u == TimeUnit::Day || w == TimeUnit::Day)
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Channel, ListKind};

    #[test]
    fn fires_on_one_versus_six_working_days() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let six = dur("в течение 6 (шести) рабочих дней", 6, TimeUnit::WorkingDay);
        r.lists.push(r1_steps(ListKind::Sequence, 8, 134, six));
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![102, 140]);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(
            f[0].message
                .text(crate::i18n::Lang::En)
                .contains("6 (шести)")
        );
        assert_eq!(f[0].fingerprint.len(), 16);
    }

    #[test]
    fn silent_when_only_wording_differs() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let same = dur("1 рабочий день", 1, TimeUnit::WorkingDay);
        r.lists.push(r1_steps(ListKind::Sequence, 8, 134, same));
        assert!(check(&doc(r)).iter().all(|f| f.rule != RULE));
    }

    #[test]
    fn process_list_aligned_despite_shift() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let two = dur("в течение 2 (двух) рабочих дней", 2, TimeUnit::WorkingDay);
        let mut akim = r1_steps(ListKind::Process, 10, 168, two);
        akim.channel = Channel::Akim;
        // The akim list inserts its own hand-over step, shifting the provider's steps by one.
        akim.items.insert(
            3,
            item(
                4,
                173,
                Some("специалист аппарата акима сельского округа"),
                "специалист аппарата акима сельского округа передает поступившие документы ответственному исполнителю услугодателя - в течение 10 (десяти) рабочих дней;",
                Some(dur("в течение 10 (десяти) рабочих дней", 10, TimeUnit::WorkingDay)),
            ),
        );
        r.lists.push(akim);
        let f: Vec<_> = check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![102, 174]);
    }
}
