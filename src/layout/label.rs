//! What a task box says: the heading with the step's one number, the whole action, and the
//! duration in the справочник's short units (the footer sums in the same units).

use crate::layout::metrics::wrap;
use crate::layout::place::{FONT_SIZE, TASK_PADDING, TASK_WIDTH};
use crate::model::{Duration, Language, TimeUnit};

/// The composed label of a task: heading, the whole action wrapped to the task's inner width,
/// then the duration line. An action that opens with its own number («3 үдеріс – …», as the
/// 2012 tables number processes) takes that number as its heading instead of the step's, so a
/// box never shows two numbers.
pub fn task_label(
    step: Option<u32>,
    name: &str,
    duration: Option<&Duration>,
    language: Language,
) -> Vec<String> {
    let inner = TASK_WIDTH - 2.0 * TASK_PADDING;
    let mut lines: Vec<String> = task_heading(step, name, language).into_iter().collect();
    let action = action_text(step, name);
    let action = own_number(action).map_or(action, |(_, rest)| rest);
    lines.extend(wrap(action, inner, FONT_SIZE, false));
    if let Some(d) = duration {
        lines.extend(wrap(&duration_short(d, language), inner, FONT_SIZE, false));
    }
    lines
}

/// The heading of a task box: the action's own number («3 үдеріс»), else «Действие N» /
/// «N-әрекет»; none for a task without a step number.
pub fn task_heading(step: Option<u32>, name: &str, language: Language) -> Option<String> {
    if let Some((heading, _)) = own_number(action_text(step, name)) {
        return Some(heading.to_string());
    }
    step.map(|n| match language {
        Language::Ru => format!("Действие {n}"),
        Language::Kk => format!("{n}-әрекет"),
    })
}

/// The number an action opens with, as «digits word – rest»: the heading («3 үдеріс») and the rest.
pub fn own_number(action: &str) -> Option<(&str, &str)> {
    let digits = action.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || !action[digits..].starts_with(' ') {
        return None;
    }
    let after = &action[digits + 1..];
    let word = after.find(' ')?;
    if !after[..word].chars().all(char::is_alphabetic) || after[..word].is_empty() {
        return None;
    }
    let tail = after[word..].trim_start();
    let rest = tail.strip_prefix(['–', '—', '-'])?.trim_start();
    (!rest.is_empty()).then(|| (action[..digits + 1 + word].trim_end(), rest))
}

/// The action of a task name without its «N. » prefix, every other word kept: the duration
/// words stay where the regulation wrote them, and the short duration line repeats them.
pub fn action_text(step: Option<u32>, name: &str) -> &str {
    let text = name.trim();
    step.and_then(|n| text.strip_prefix(&format!("{n}. ")))
        .unwrap_or(text)
        .trim()
}

/// A duration as the справочник prints it: «30 мин.», «1 раб. день», «1 жұмыс күні», «2 сағ.».
pub fn duration_short(d: &Duration, language: Language) -> String {
    let v = d.value;
    match (d.unit, language) {
        (TimeUnit::Minute, _) => {
            let total = d.minutes.unwrap_or(v);
            let lower = d.text.to_lowercase();
            // A sum printed partly in hours («15 минут … 2 сағат») reads better split back into hours.
            if total >= 60 && (lower.contains("сағ") || lower.contains("час")) {
                clock(total, language)
            } else {
                format!("{total} {}", clock_units(language).1)
            }
        }
        (TimeUnit::Hour, _) => clock(d.minutes.unwrap_or(v * 60), language),
        (TimeUnit::WorkingDay, Language::Ru) => {
            format!("{v} раб. {}", ru_plural(v, "день", "дня", "дней"))
        }
        (TimeUnit::WorkingDay, Language::Kk) => format!("{v} жұмыс күні"),
        (TimeUnit::CalendarDay, Language::Ru) => {
            format!("{v} кал. {}", ru_plural(v, "день", "дня", "дней"))
        }
        (TimeUnit::CalendarDay, Language::Kk) => format!("{v} күнтізбелік күн"),
        (TimeUnit::Day, Language::Ru) => format!("{v} {}", ru_plural(v, "день", "дня", "дней")),
        (TimeUnit::Day, Language::Kk) => format!("{v} күн"),
    }
}

/// The short hour and minute units, the same in boxes and footers: «ч.», «мин.» / «сағ.», «мин.».
pub fn clock_units(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::Ru => ("ч.", "мин."),
        Language::Kk => ("сағ.", "мин."),
    }
}

/// Minutes as «1 ч. 30 мин.» / «1 сағ. 30 мин.»; under an hour as minutes only.
pub fn clock(minutes: u64, language: Language) -> String {
    let (hu, mu) = clock_units(language);
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} {mu}"),
        (h, 0) => format!("{h} {hu}"),
        (h, m) => format!("{h} {hu} {m} {mu}"),
    }
}

/// The Russian noun form for a count: 1 день, 2 дня, 5 дней, 11 дней, 21 день.
fn ru_plural(n: u64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    if (11..=14).contains(&(n % 100)) {
        return many;
    }
    match n % 10 {
        1 => one,
        2..=4 => few,
        _ => many,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::metrics::text_width;
    use crate::layout::place::LINE_HEIGHT;
    use crate::layout::samples::placed;

    #[test]
    fn task_labels_carry_heading_action_and_duration() {
        let d = &placed()[0];
        let task = &d.nodes[1];
        assert_eq!(task.label_lines[0], "Действие 1");
        assert_eq!(task.label_lines.last().unwrap(), "30 мин.");
        assert_eq!(task.label_lines[1], "ответственный");
        assert_eq!(task.label_lines[2], "исполнитель услугодателя");
        // The whole action, its duration words too; the short line repeats them.
        assert!(task.label_lines.iter().any(|l| l.contains("тридцати")));
        let inner = TASK_WIDTH - 2.0 * TASK_PADDING;
        assert!(
            task.label_lines
                .iter()
                .all(|l| text_width(l, FONT_SIZE, false) <= inner)
        );
        let needed = task.label_lines.len() as f64 * LINE_HEIGHT + 2.0 * TASK_PADDING;
        assert!(task.bounds.h >= needed);
        let last_task = &d.nodes[8];
        assert_eq!(last_task.label_lines[0], "Действие 6");
        assert_eq!(last_task.label_lines.last().unwrap(), "15 мин.");
        let kk = &placed()[2];
        assert_eq!(kk.nodes[1].label_lines[0], "1-әрекет");
    }

    #[test]
    fn long_actions_stay_whole() {
        let action = "электрондық мемлекеттік қызмет көрсету ".repeat(20);
        let lines = task_label(Some(1), &format!("1. {action}"), None, Language::Kk);
        assert_eq!(lines[0], "1-әрекет");
        assert!(lines.len() > 13, "{}", lines.len());
        assert!(!lines.iter().any(|l| l.contains('…')));
        assert_eq!(lines[1..].join(" "), action.trim());
    }

    #[test]
    fn an_action_numbered_by_its_text_keeps_that_one_number() {
        let kk = task_label(
            Some(5),
            "3 үдеріс – тұтынушымен қызметті таңдауы",
            None,
            Language::Kk,
        );
        assert_eq!(kk[0], "3 үдеріс");
        assert_eq!(kk[1..].join(" "), "тұтынушымен қызметті таңдауы");
        assert!(!kk.iter().any(|l| l.contains("5-әрекет")));
        let ru = task_label(
            Some(4),
            "2 процесс – проверка данных потребителя",
            None,
            Language::Ru,
        );
        assert_eq!(ru[0], "2 процесс");
        assert!(!ru.iter().any(|l| l.contains("Действие")));
        // A count in the sentence is not a number of the box.
        let plain = task_label(Some(2), "2. 3 рабочих дня на проверку", None, Language::Ru);
        assert_eq!(plain[0], "Действие 2");
    }

    #[test]
    fn hours_and_minutes_read_alike_in_boxes_and_footers() {
        assert_eq!(clock(220, Language::Kk), "3 сағ. 40 мин.");
        assert_eq!(clock(220, Language::Ru), "3 ч. 40 мин.");
        assert_eq!(clock(45, Language::Kk), "45 мин.");
    }

    #[test]
    fn durations_print_the_short_way() {
        let d = |value, unit, minutes| Duration {
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
        };
        assert_eq!(
            duration_short(&d(30, TimeUnit::Minute, Some(30)), Language::Ru),
            "30 мин."
        );
        assert_eq!(
            duration_short(&d(1, TimeUnit::WorkingDay, None), Language::Ru),
            "1 раб. день"
        );
        assert_eq!(
            duration_short(&d(3, TimeUnit::WorkingDay, None), Language::Ru),
            "3 раб. дня"
        );
        assert_eq!(
            duration_short(&d(11, TimeUnit::WorkingDay, None), Language::Ru),
            "11 раб. дней"
        );
        assert_eq!(
            duration_short(&d(21, TimeUnit::CalendarDay, None), Language::Ru),
            "21 кал. день"
        );
        assert_eq!(
            duration_short(&d(1, TimeUnit::WorkingDay, None), Language::Kk),
            "1 жұмыс күні"
        );
        assert_eq!(
            duration_short(&d(2, TimeUnit::Hour, Some(120)), Language::Kk),
            "2 сағ."
        );
        assert_eq!(
            duration_short(&d(1, TimeUnit::Hour, Some(90)), Language::Ru),
            "1 ч. 30 мин."
        );
        assert_eq!(
            duration_short(&d(2, TimeUnit::Day, None), Language::Ru),
            "2 дня"
        );
        let mut sum = d(135, TimeUnit::Minute, Some(135));
        sum.text = "15 (он бес) минут; 2 (екі) сағат".to_string();
        assert_eq!(duration_short(&sum, Language::Kk), "2 сағ. 15 мин.");
        assert_eq!(
            duration_short(&d(90, TimeUnit::Minute, Some(90)), Language::Ru),
            "90 мин."
        );
    }

    #[test]
    fn the_action_keeps_its_duration_words() {
        let ru = "3. ответственный исполнитель услугодателя направляет документы в участковую комиссию для обследования и подготовки заключения- в течении 2-х (двух) дней";
        assert_eq!(action_text(Some(3), ru), &ru[3..]);
        let kk = "2. көрсетілетін қызметті берушінің басшысы құжаттармен танысады – 1 (бір) сағат ішінде";
        assert_eq!(action_text(Some(2), kk), &kk[3..]);
        // A name whose number differs from the step keeps it: it is part of the text.
        assert_eq!(
            action_text(Some(4), "3 үдеріс – таңдау"),
            "3 үдеріс – таңдау"
        );
    }
}
