//! Duration sums for the footer: per lane and for the whole channel.
//!
//! Day units and clock time are kept apart because a working day has no fixed length in
//! minutes; working, calendar and plain days are kept apart from each other for the same reason.

use crate::layout::Diagram;
use crate::model::{Duration, Language, TimeUnit};

/// A sum of durations, one counter per unit that cannot be converted into another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Total {
    /// Working days («рабочих дней», «жұмыс күні»).
    pub working_days: u64,
    /// Calendar days («календарных дней», «күнтізбелік күн»).
    pub calendar_days: u64,
    /// «дней» without «рабочих» / «календарных».
    pub days: u64,
    /// Clock time: minutes and hours, in minutes.
    pub minutes: u64,
}

impl Total {
    /// Adds one node's duration.
    pub fn add(&mut self, d: &Duration) {
        match d.unit {
            TimeUnit::WorkingDay => self.working_days += d.value,
            TimeUnit::CalendarDay => self.calendar_days += d.value,
            TimeUnit::Day => self.days += d.value,
            // Clock units: `minutes` is authoritative; fall back to the value when the
            // parser left it empty.
            TimeUnit::Minute => self.minutes += d.minutes.unwrap_or(d.value),
            TimeUnit::Hour => self.minutes += d.minutes.unwrap_or(d.value * 60),
        }
        // A combined duration («1 рабочий день и 30 минут») carries its minute part here.
        if matches!(
            d.unit,
            TimeUnit::WorkingDay | TimeUnit::CalendarDay | TimeUnit::Day
        ) {
            self.minutes += d.minutes.unwrap_or(0);
        }
    }

    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        *self == Total::default()
    }

    /// The sum in words, parts joined with « + » («3 раб. дн. + 45 мин.»); `None` when empty.
    pub fn format(&self, lang: Language) -> Option<String> {
        let mut parts = Vec::new();
        let (wd, cd, dd) = match lang {
            Language::Ru => ("раб. дн.", "кал. дн.", "дн."),
            Language::Kk => ("жұмыс күні", "күнтізбелік күн", "күн"),
        };
        for (n, unit) in [
            (self.working_days, wd),
            (self.calendar_days, cd),
            (self.days, dd),
        ] {
            if n > 0 {
                parts.push(format!("{n} {unit}"));
            }
        }
        if self.minutes > 0 {
            parts.push(clock(self.minutes, lang));
        }
        if parts.is_empty() {
            None
        } else {
            Some(parts.join(" + "))
        }
    }
}

/// Minutes in the boxes' units: «1 ч. 30 мин.» / «1 сағ. 30 мин.»; under an hour as minutes only.
fn clock(minutes: u64, lang: Language) -> String {
    crate::layout::label::clock(minutes, lang)
}

/// Sums per lane (indexed like `d.lanes`) and for the whole diagram.
pub fn totals(d: &Diagram) -> (Vec<Total>, Total) {
    let mut lanes = vec![Total::default(); d.lanes.len()];
    let mut all = Total::default();
    for n in &d.nodes {
        if let Some(dur) = &n.duration {
            if let Some(t) = lanes.get_mut(n.lane) {
                t.add(dur);
            }
            all.add(dur);
        }
    }
    (lanes, all)
}

/// The footer paragraphs: one per lane that has a duration, then the total line.
/// Each entry is (text, bold).
pub fn lines(d: &Diagram) -> Vec<(String, bool)> {
    let (per_lane, all) = totals(d);
    let mut out = Vec::new();
    for (lane, t) in d.lanes.iter().zip(&per_lane) {
        if let Some(s) = t.format(d.language) {
            out.push((format!("{} — {s}", lane.name.trim()), false));
        }
    }
    let total = match (d.language, all.format(d.language)) {
        (Language::Ru, Some(s)) => format!("Итого: {s}"),
        (Language::Kk, Some(s)) => format!("Барлығы: {s}"),
        (Language::Ru, None) => "Итого: сроки не указаны".to_owned(),
        (Language::Kk, None) => "Барлығы: мерзімдер көрсетілмеген".to_owned(),
    };
    out.push((total, true));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dur(value: u64, unit: TimeUnit, minutes: Option<u64>) -> Duration {
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

    #[test]
    fn days_and_minutes_are_kept_apart() {
        let mut t = Total::default();
        t.add(&dur(1, TimeUnit::WorkingDay, None));
        t.add(&dur(2, TimeUnit::WorkingDay, None));
        t.add(&dur(15, TimeUnit::Minute, Some(15)));
        t.add(&dur(30, TimeUnit::Minute, Some(30)));
        assert_eq!(t.format(Language::Ru).unwrap(), "3 раб. дн. + 45 мин.");
        assert_eq!(t.format(Language::Kk).unwrap(), "3 жұмыс күні + 45 мин.");
    }

    #[test]
    fn hours_become_minutes_and_carry() {
        let mut t = Total::default();
        t.add(&dur(1, TimeUnit::Hour, Some(60)));
        t.add(&dur(2, TimeUnit::Hour, None));
        t.add(&dur(40, TimeUnit::Minute, None));
        assert_eq!(t.minutes, 220);
        assert_eq!(t.format(Language::Ru).unwrap(), "3 ч. 40 мин.");
        assert_eq!(t.format(Language::Kk).unwrap(), "3 сағ. 40 мин.");
    }

    #[test]
    fn day_kinds_are_not_mixed() {
        let mut t = Total::default();
        t.add(&dur(5, TimeUnit::CalendarDay, None));
        t.add(&dur(2, TimeUnit::Day, None));
        t.add(&dur(1, TimeUnit::WorkingDay, Some(30)));
        assert_eq!(
            t.format(Language::Ru).unwrap(),
            "1 раб. дн. + 5 кал. дн. + 2 дн. + 30 мин."
        );
        assert!(Total::default().format(Language::Ru).is_none());
    }
}
