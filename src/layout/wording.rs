//! The words a diagram adds to the regulation's own: start and end names, outcome labels, the
//! default actor of a channel, conditions cut to their circumstance, composed titles.

use crate::layout::diagram::channel_name;
use crate::model::{Channel, Language};

/// The fixed words of a diagram in one language.
#[derive(Clone, Copy)]
pub(crate) struct Words {
    pub(crate) start: &'static str,
    pub(crate) result_end: &'static str,
    pub(crate) refusal_end: &'static str,
    pub(crate) yes: &'static str,
    pub(crate) no: &'static str,
    pub(crate) refusal_flow: &'static str,
    pub(crate) continue_flow: &'static str,
}

impl Words {
    pub(crate) fn of(language: Language) -> Words {
        match language {
            Language::Ru => Words {
                start: "обращение услугополучателя",
                result_end: "результат выдан",
                refusal_end: "отказ",
                yes: "да",
                no: "нет",
                refusal_flow: "отказ",
                continue_flow: "далее",
            },
            Language::Kk => Words {
                start: "көрсетілетін қызметті алушының өтініші",
                result_end: "нәтиже берілді",
                refusal_end: "бас тарту",
                yes: "иә",
                no: "жоқ",
                refusal_flow: "бас тарту",
                continue_flow: "әрі қарай",
            },
        }
    }
}

/// The canonical actor that acts when an item of a channel's list names none.
pub fn default_actor(channel: Channel, language: Language, electronic: bool) -> &'static str {
    match (language, channel, electronic) {
        (Language::Kk, Channel::Provider, true) => "УО",
        (Language::Kk, Channel::StateCorp, true) => "ХҚКО",
        (Language::Kk, Channel::Portal, true) => "ЭҮП",
        (Language::Ru, Channel::Portal, _) => "портал",
        (Language::Kk, Channel::Portal, false) => "портал",
        (Language::Ru, Channel::StateCorp, _) => "Государственная корпорация",
        (Language::Kk, Channel::StateCorp, false) => "Мемлекеттік корпорация",
        (Language::Ru, Channel::Akim, _) => "аким сельского округа",
        (Language::Kk, Channel::Akim, _) => "ауылдық округ әкімі",
        (Language::Ru, Channel::Provider | Channel::Other, _) => "услугодатель",
        (Language::Kk, Channel::Provider | Channel::Other, _) => "көрсетілетін қызметті беруші",
    }
}

/// True when a list item is a refusal message («… отказ …», «… бас тарту …»).
pub fn mentions_refusal(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("отказ") || lower.contains("бас тарт")
}

/// The outcome as the regulation words it when it is short enough to label a flow, else the fallback.
pub(crate) fn outcome_label(outcome: Option<&String>, fallback: &str) -> String {
    match outcome.map(|o| trim_punctuation(o)) {
        Some(o) if !o.is_empty() && o.chars().count() <= 24 => o.to_string(),
        _ => fallback.to_string(),
    }
}

/// A refusal condition cut to the circumstance: «в случае неполного пакета документов выдает расписку … –
/// не более 30 минут» becomes «в случае неполного пакета документов»; the task keeps the full text.
pub(crate) fn short_condition(condition: &str, duration: Option<&str>) -> String {
    let mut text = clean_action(condition);
    let words = duration.map_or("", str::trim);
    if let Some(pos) = text.rfind(words).filter(|_| !words.is_empty()) {
        text =
            trim_punctuation(text[..pos].trim_end().trim_end_matches(['–', '-', '—'])).to_string();
    }
    let lower = text.to_lowercase();
    if lower.starts_with("в случае") {
        const VERBS: [&str; 9] = [
            " выдает",
            " выдается",
            " выдача",
            " выдаёт",
            " оператором",
            " направляет",
            " возвращает",
            " отказывает",
            " готовит",
        ];
        let cut = VERBS.iter().filter_map(|v| lower.find(v)).min();
        if let Some(cut) = cut {
            text = trim_punctuation(&text[..cut]).to_string();
        }
    }
    text
}

/// The item text without the trailing list punctuation.
pub(crate) fn clean_action(text: &str) -> String {
    let collapsed: Vec<&str> = text.split_whitespace().collect();
    trim_punctuation(&collapsed.join(" ")).to_string()
}

pub(crate) fn trim_punctuation(text: &str) -> &str {
    text.trim()
        .trim_end_matches([';', ',', ':', '.'])
        .trim_end()
}

pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A справочник title in the regulation's language when no appendix gives one.
pub(crate) fn composed_title(service: &str, channel: Channel, language: Language) -> String {
    match language {
        Language::Ru => format!(
            "Справочник бизнес-процессов оказания государственной услуги «{service}» ({})",
            channel_name(channel, language)
        ),
        Language::Kk => format!(
            "«{service}» мемлекеттік көрсетілетін қызметтің бизнес-процестерінің анықтамалығы ({})",
            channel_name(channel, language)
        ),
    }
}
