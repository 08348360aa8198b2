//! `duration-implausible` (error): a step whose duration is beyond any legal term of a public
//! service («не более 99999999999 рабочих дней»): a typo or a corrupted number that would
//! otherwise be drawn and summed as if it were real.

use super::{Ctx, Finding, Message, Severity, Value, item_key, list_key};
use crate::model::{Duration, TimeUnit};

/// Stable rule id.
pub const RULE: &str = "duration-implausible";

/// Terms above these bounds (a year) cannot be a procedure of a public service.
const MAX_DAYS: u64 = 366;
const MAX_MINUTES: u64 = 366 * 24 * 60;

fn implausible(d: &Duration) -> bool {
    match d.unit {
        TimeUnit::Minute | TimeUnit::Hour => d.minutes.is_none_or(|m| m > MAX_MINUTES),
        TimeUnit::WorkingDay | TimeUnit::CalendarDay | TimeUnit::Day => d.value > MAX_DAYS,
    }
}

/// Reports every item whose duration exceeds a year.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for list in &ctx.reg.lists {
        for it in &list.items {
            let Some(d) = it.duration.as_ref().filter(|d| implausible(d)) else {
                continue;
            };
            let message = Message::new("finding-duration-implausible")
                .arg("list", list)
                .arg("item", it)
                .arg("duration", d.text.as_str())
                .arg("line", Value::Line(super::duration_line(it)));
            let keys = [list_key(list), item_key(it), d.text.clone()];
            let mut f = ctx.item_finding(RULE, Severity::Error, it, message, &keys);
            f.lines = vec![super::duration_line(it)];
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Channel, Document, ListKind};

    fn findings(d: Duration) -> Vec<Finding> {
        let mut r = reg();
        r.lists.push(list(
            ListKind::Steps,
            Channel::Provider,
            5,
            94,
            vec![item(
                1,
                96,
                Some("руководитель услугодателя"),
                "руководитель услугодателя подписывает уведомление",
                Some(d),
            )],
        ));
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
    fn fires_beyond_a_year() {
        let f = findings(dur(
            "не более 99999999999 рабочих дней",
            99_999_999_999,
            TimeUnit::WorkingDay,
        ));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lines, vec![96]);
    }

    #[test]
    fn silent_on_real_terms() {
        assert!(
            findings(dur(
                "в течение 18 (восемнадцати) рабочих дней",
                18,
                TimeUnit::WorkingDay
            ))
            .is_empty()
        );
        assert!(findings(dur("не более 30 минут", 30, TimeUnit::Minute)).is_empty());
    }
}
