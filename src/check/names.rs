//! How findings key what they cite (messages name it through `message::Value`): lists, items, durations, the lines of an item's
//! actor and duration, and which actors and lists the rules treat alike.

use super::{first_words, lowered};
use crate::model::{Duration, Item, ListKind, StepList, TimeUnit};

/// A duration reduced to what it means: minutes for clock units, (unit, value) for day units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationKey {
    Minutes(u64),
    Days(TimeUnit, u64),
}

impl DurationKey {
    /// The comparable key of a parsed duration.
    pub fn of(d: &Duration) -> Self {
        match d.minutes {
            Some(m) => DurationKey::Minutes(m),
            None => DurationKey::Days(d.unit, d.value),
        }
    }

    /// Short stable spelling used in fingerprints («6 working_day», «30 min»).
    pub fn key(self) -> String {
        match self {
            DurationKey::Minutes(m) => format!("{m} min"),
            DurationKey::Days(u, v) => format!("{v} {u:?}"),
        }
    }
}

/// Stable identity of a list for fingerprints (kind, channel, paragraph, scenario; no line).
pub fn list_key(list: &StepList) -> String {
    format!(
        "{}/{}/{}/{}",
        list.kind.slug(),
        list.channel.slug(),
        list.paragraph.map(|p| p.to_string()).unwrap_or_default(),
        list.scenario.as_deref().unwrap_or("")
    )
}

/// Stable identity of an item for fingerprints (its number, or its normalised first words).
pub fn item_key(item: &Item) -> String {
    match item.number {
        Some(n) => n.to_string(),
        None => first_words(&item.action, 6),
    }
}

/// The line a finding about an item's actor cites: the physical line holding the actor's words.
pub fn actor_line(it: &Item) -> u32 {
    it.actor_line.filter(|&l| l > 0).unwrap_or(it.line)
}

/// The line a finding about an item's duration cites: the physical line holding the duration's
/// words, which in a wrapped item is not the item's first line.
pub fn duration_line(it: &Item) -> u32 {
    it.duration
        .as_ref()
        .map(|d| d.line)
        .filter(|&l| l > 0)
        .unwrap_or(it.line)
}

/// True for lists whose items are procedures (not results, participants or tables).
pub fn is_procedure_list(kind: ListKind) -> bool {
    matches!(
        kind,
        ListKind::Steps | ListKind::Sequence | ListKind::Process
    )
}

/// True for the applicant (услугополучатель / көрсетілетін қызметті алушы / тұтынушы): the
/// applicant's own acts have no regulated duration and are no structural unit.
pub fn is_applicant(actor: &str) -> bool {
    let a = lowered(actor);
    a.contains("услугополучател")
        || a.contains("қызметті алушы")
        || a.contains("тұтынушы")
        || a.contains("заявител")
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn applicants_and_providers_are_found_as_in_lower_cased_text(
            words in proptest::collection::vec(
                "Услугополучатель|услугополучателя|ҚЫЗМЕТТІ АЛУШЫ|қызметті алушы|тұтынушы|Заявитель|заявител|УСЛУГОДАТЕЛЬ|услугодател|қызметті беруші|Қызметті беруш|УО|уо|ответственный|исполнитель|-",
                0..4,
            )
        ) {
            let s = words.join(" ");
            let a = crate::text::lower(&s);
            let applicant = a.contains("услугополучател")
                || a.contains("қызметті алушы")
                || a.contains("тұтынушы")
                || a.contains("заявител");
            proptest::prop_assert_eq!(is_applicant(&s), applicant);
            let provider = a.contains("услугодател") || a.contains("қызметті беруш") || a.starts_with("уо");
            proptest::prop_assert_eq!(crate::check::align::is_provider_actor(&s), provider);
        }

    }
}
