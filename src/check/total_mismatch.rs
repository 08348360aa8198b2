//! `total-mismatch` (warning): a channel list sums the provider's work into one item
//! («услугодатель принимает и готовит результат … в течение 2 (двух) рабочих дней») that does not
//! match the provider's own steps added up.
//!
//! Day units are added as they are; minutes and hours can add at most a few extra days (an
//! eight-hour working day), so the total is accepted anywhere in that range.

use super::align::{PairKind, reference};
use super::{Ctx, DurationKey, Finding, Message, Severity, Value, item_key, list_key, normalise};
use crate::model::{Channel, ItemKind, ListKind, TimeUnit};

/// Stable rule id.
pub const RULE: &str = "total-mismatch";

const WORKING_DAY_MINUTES: u64 = 8 * 60;

/// True for the provider named as a whole (not one of its units).
fn bare_provider(actor: &str) -> bool {
    let a = normalise(actor);
    a == "услугодатель" || a == "көрсетілетін қызметті беруші"
}

/// Compares aggregate provider items of channel lists with the provider's steps.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for list in ctx
        .reg
        .lists
        .iter()
        .filter(|l| l.kind == ListKind::Process && l.channel != Channel::Provider)
    {
        let Some(steps) = reference(ctx.reg, list) else {
            continue;
        };
        let aligned: Vec<usize> = ctx
            .pairs
            .iter()
            .filter(|p| p.kind == PairKind::ProcessSteps && std::ptr::eq(p.b, list))
            .flat_map(|p| p.pairs.iter().map(|t| t.1))
            .collect();
        let (mut days, mut minutes) = (0u64, 0u64);
        for it in steps.items.iter().filter(|i| i.kind == ItemKind::Step) {
            match it.duration.as_ref().map(DurationKey::of) {
                Some(DurationKey::Minutes(m)) => minutes += m,
                Some(DurationKey::Days(_, v)) => days += v,
                None => {}
            }
        }
        if days == 0 {
            continue;
        }
        let slack = minutes.div_ceil(WORKING_DAY_MINUTES);
        for (k, it) in list.items.iter().enumerate() {
            let (Some(actor), Some(d)) = (&it.actor, &it.duration) else {
                continue;
            };
            if aligned.contains(&k) || !bare_provider(actor) {
                continue;
            }
            if !matches!(d.unit, TimeUnit::WorkingDay | TimeUnit::Day)
                || (days..=days + slack).contains(&d.value)
            {
                continue;
            }
            let message = Message::new("finding-total-mismatch")
                .arg("list", list)
                .arg("item", it)
                .arg("duration", d.text.as_str())
                .arg("line", Value::Line(super::duration_line(it)))
                .arg("steps", super::list_in(steps))
                .arg("line-steps", Value::Line(steps.line))
                .arg("days", days)
                .arg("minutes", minutes);
            let keys = [
                list_key(list),
                item_key(it),
                d.value.to_string(),
                list_key(steps),
                days.to_string(),
                minutes.to_string(),
            ];
            out.push(ctx.finding(
                RULE,
                Severity::Warning,
                vec![super::duration_line(it), steps.line],
                vec![it.action.clone(), steps.heading.clone()],
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

    fn with_total(value: u64) -> Vec<Finding> {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let total = item(
            4,
            1897,
            Some("услугодатель"),
            "услугодатель принимает и готовит результат оказания государственной услуги в бумажном виде и передает в Государственную корпорацию",
            Some(dur("в течение N рабочих дней", value, TimeUnit::WorkingDay)),
        );
        let mut corp = list(ListKind::Process, Channel::StateCorp, 9, 1885, vec![total]);
        corp.items[0].actor_text = Some("услугодатель".into());
        r.lists.push(corp);
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect()
    }

    #[test]
    fn fires_when_total_is_short() {
        // ¶5 adds 2 + 2 + 1 + 1 days and 45 minutes.
        let f = with_total(2);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![1897, 94]);
        assert!(with_total(6).is_empty());
        assert!(with_total(7).is_empty());
    }
}
