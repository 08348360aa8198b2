//! A duration as a reader writes it, in the regulation's language: «30 мин», «2 ч 15 мин»,
//! «3 раб. дня», «в день обращения», «не позднее чем за 1 сутки»; «2 сағ», «1 жұмыс күні».

use crate::model::{Duration, Language, TimeUnit};

/// The short words of one language. Russian nouns take three forms after a number (1, 2–4,
/// 5–20: «день», «дня», «дней»); Kazakh nouns do not change after a number.
struct Wording {
    minute: &'static str,
    hour: &'static str,
    working_day: [&'static str; 3],
    calendar_day: [&'static str; 3],
    day: [&'static str; 3],
    /// A deadline's calendar days are days and nights before the event («за 1 сутки»).
    day_and_night: [&'static str; 3],
    same_day: &'static str,
    /// What stands before and after the offset of a deadline.
    deadline: (&'static str, &'static str),
}

const RU: Wording = Wording {
    minute: "мин",
    hour: "ч",
    working_day: ["раб. день", "раб. дня", "раб. дней"],
    calendar_day: ["календ. день", "календ. дня", "календ. дней"],
    day: ["день", "дня", "дней"],
    day_and_night: ["сутки", "суток", "суток"],
    same_day: "в день обращения",
    deadline: ("не позднее чем за ", ""),
};

const KK: Wording = Wording {
    minute: "мин",
    hour: "сағ",
    working_day: ["жұмыс күні"; 3],
    calendar_day: ["күнтізбелік күн"; 3],
    day: ["күн"; 3],
    day_and_night: ["тәулік"; 3],
    same_day: "жүгінген күні",
    deadline: ("", " бұрын"),
};

/// Which of the three Russian noun forms follows `n` (1 → 0, 2–4 → 1, 5–20 → 2; 21 → 0 …).
fn form(n: u64) -> usize {
    match (n % 10, n % 100) {
        (_, 11..=14) => 2,
        (1, _) => 0,
        (2..=4, _) => 1,
        _ => 2,
    }
}

/// Minutes as hours and minutes: «2 ч 15 мин», «3 ч», «30 мин».
fn clock(minutes: u64, w: &Wording) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("{m} {}", w.minute),
        (h, 0) => format!("{h} {}", w.hour),
        (h, m) => format!("{h} {} {m} {}", w.hour, w.minute),
    }
}

/// One amount: a value in its unit, with the minutes of a sum beside its days.
fn amount(value: u64, unit: TimeUnit, minutes: Option<u64>, deadline: bool, w: &Wording) -> String {
    let days = |forms: &[&str; 3]| format!("{value} {}", forms[form(value)]);
    let mut out = match unit {
        TimeUnit::Minute | TimeUnit::Hour => {
            return clock(minutes.unwrap_or(value), w);
        }
        TimeUnit::WorkingDay => days(&w.working_day),
        TimeUnit::CalendarDay if deadline => days(&w.day_and_night),
        TimeUnit::CalendarDay => days(&w.calendar_day),
        TimeUnit::Day => days(&w.day),
    };
    if let Some(m) = minutes.filter(|m| *m > 0) {
        out.push_str(" + ");
        out.push_str(&clock(m, w));
    }
    out
}

/// The duration as a reader of `language` writes it; a sum is followed by its parts.
pub fn spoken(d: &Duration, language: Language) -> String {
    let w = match language {
        Language::Ru => &RU,
        Language::Kk => &KK,
    };
    if d.same_day {
        return w.same_day.to_string();
    }
    let main = amount(d.value, d.unit, d.minutes, d.deadline, w);
    let mut out = if d.deadline {
        format!("{}{main}{}", w.deadline.0, w.deadline.1)
    } else {
        main
    };
    if !d.parts.is_empty() {
        let parts: Vec<String> = d
            .parts
            .iter()
            .map(|p| amount(p.value, p.unit, p.minutes, false, w))
            .collect();
        out.push_str(&format!(" ({})", parts.join(" + ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DurationPart;

    fn dur(value: u64, unit: TimeUnit) -> Duration {
        let minutes = match unit {
            TimeUnit::Minute => Some(value),
            TimeUnit::Hour => Some(value * 60),
            _ => None,
        };
        Duration {
            text: String::new(),
            value,
            unit,
            minutes,
            word_value: None,
            conflict: false,
            at_most: false,
            line: 0,
            parts: Vec::new(),
            same_day: false,
            deadline: false,
        }
    }

    fn ru(d: &Duration) -> String {
        spoken(d, Language::Ru)
    }

    fn kk(d: &Duration) -> String {
        spoken(d, Language::Kk)
    }

    #[test]
    fn russian() {
        assert_eq!(ru(&dur(30, TimeUnit::Minute)), "30 мин");
        assert_eq!(ru(&dur(135, TimeUnit::Minute)), "2 ч 15 мин");
        assert_eq!(ru(&dur(3, TimeUnit::Hour)), "3 ч");
        assert_eq!(ru(&dur(1, TimeUnit::WorkingDay)), "1 раб. день");
        assert_eq!(ru(&dur(3, TimeUnit::WorkingDay)), "3 раб. дня");
        assert_eq!(ru(&dur(5, TimeUnit::WorkingDay)), "5 раб. дней");
        assert_eq!(ru(&dur(11, TimeUnit::WorkingDay)), "11 раб. дней");
        assert_eq!(ru(&dur(21, TimeUnit::WorkingDay)), "21 раб. день");
        assert_eq!(ru(&dur(10, TimeUnit::CalendarDay)), "10 календ. дней");
        assert_eq!(ru(&dur(1, TimeUnit::Day)), "1 день");
        assert_eq!(ru(&dur(2, TimeUnit::Day)), "2 дня");
        let mut same = dur(1, TimeUnit::WorkingDay);
        same.same_day = true;
        assert_eq!(ru(&same), "в день обращения");
        let mut deadline = dur(1, TimeUnit::CalendarDay);
        deadline.deadline = true;
        assert_eq!(ru(&deadline), "не позднее чем за 1 сутки");
        let mut deadline = dur(3, TimeUnit::WorkingDay);
        deadline.deadline = true;
        assert_eq!(ru(&deadline), "не позднее чем за 3 раб. дня");
    }

    #[test]
    fn kazakh() {
        assert_eq!(kk(&dur(30, TimeUnit::Minute)), "30 мин");
        assert_eq!(kk(&dur(2, TimeUnit::Hour)), "2 сағ");
        assert_eq!(kk(&dur(135, TimeUnit::Minute)), "2 сағ 15 мин");
        assert_eq!(kk(&dur(1, TimeUnit::WorkingDay)), "1 жұмыс күні");
        assert_eq!(kk(&dur(5, TimeUnit::WorkingDay)), "5 жұмыс күні");
        assert_eq!(kk(&dur(10, TimeUnit::CalendarDay)), "10 күнтізбелік күн");
        assert_eq!(kk(&dur(3, TimeUnit::Day)), "3 күн");
        let mut same = dur(1, TimeUnit::WorkingDay);
        same.same_day = true;
        assert_eq!(kk(&same), "жүгінген күні");
        let mut deadline = dur(1, TimeUnit::CalendarDay);
        deadline.deadline = true;
        assert_eq!(kk(&deadline), "1 тәулік бұрын");
    }

    #[test]
    fn sums_show_their_parts() {
        let part = |value, unit, minutes| DurationPart {
            text: String::new(),
            value,
            unit,
            minutes,
            line: 0,
        };
        let mut d = dur(135, TimeUnit::Minute);
        d.parts = vec![
            part(15, TimeUnit::Minute, Some(15)),
            part(2, TimeUnit::Hour, Some(120)),
        ];
        assert_eq!(kk(&d), "2 сағ 15 мин (15 мин + 2 сағ)");
        let mut d = dur(2, TimeUnit::WorkingDay);
        d.minutes = Some(45);
        d.parts = vec![
            part(45, TimeUnit::Minute, Some(45)),
            part(2, TimeUnit::WorkingDay, None),
        ];
        assert_eq!(ru(&d), "2 раб. дня + 45 мин (45 мин + 2 раб. дня)");
    }
}
