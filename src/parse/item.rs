//! One list item's text → its actor, kind, recipient, object, duration and decision.

use super::duration;
use super::lines::Located;
use super::transfer::{Transfer, transfer};
use crate::lexicon::{self, ActorMatch, ProcessWord};
use crate::model::{Decision, Item, ItemKind, Language, ListKind};

pub use super::label::{Label, label};

/// The digit an OCR misprint stands for, where the letter looks like the expected digit.
pub fn misprint_digit(letter: char, expected: u32) -> Option<u32> {
    let digit = match letter {
        'б' => 6,
        'з' => 3,
        'о' => 0,
        'ч' => 4,
        _ => return None,
    };
    (digit == expected % 10 && expected < 10).then_some(digit)
}

/// Build an item from its label and its text (with the physical lines the text came from).
pub fn build(
    label: &str,
    number: Option<u32>,
    misprint: bool,
    src: Located<'_>,
    list_kind: ListKind,
    language: Language,
) -> Item {
    let line = src.line;
    let text = src.text.trim();
    let (kind, process_number, body) = match lexicon::process_item(text) {
        Some((ProcessWord::Process, n, end)) => (ItemKind::Process, Some(n), &text[end..]),
        Some((ProcessWord::Condition, n, end)) => (ItemKind::Condition, Some(n), &text[end..]),
        None => (ItemKind::Step, None, text),
    };
    let procedure = !matches!(list_kind, ListKind::Participants | ListKind::Results);
    // The actor found, with the text it was found in (for its line).
    let mut actor: Option<(ActorMatch, &str)> = procedure
        .then(|| lexicon::actor_at_start(body))
        .flatten()
        .map(|m| (m, body));
    // «УО қызметкерімен …»: an agentive form that opens the item is longer than the subject
    // the start table sees in it («УО»).
    if kind != ItemKind::Step
        && let Some((m, _)) = &actor
        && let Some(a) = lexicon::actor_anywhere(&body[..body.floor_char_boundary(m.end + 48)])
            .filter(|a| a.start == m.start && a.end > m.end)
    {
        actor = Some((a, body));
    }
    // Where a conditional clause starts: asked once, for the actor, the refusal and the duration.
    let condition = lexicon::condition_start(body);
    // In «в случае …, оператором … выдается …» the agent is in the main clause, not the condition.
    let main = match condition {
        Some(0) => body.find(", ").map_or(body, |i| &body[i + 2..]),
        Some(i) => &body[..i],
        None => body,
    };
    if actor.is_none() && procedure {
        // Process items and channel lists name their agent inside the sentence («выбор
        // услугополучателем …»); any nominalised step names it in the instrumental.
        let named = if kind != ItemKind::Step || list_kind == ListKind::Process {
            lexicon::actor_anywhere(main)
                .map(|m| (m, main))
                .or_else(|| lexicon::actor_anywhere(body).map(|m| (m, body)))
        } else {
            None
        };
        actor = named.or_else(|| lexicon::agent_of(main).map(|m| (m, main)));
    }
    let decision = match kind {
        ItemKind::Condition => Some(Decision {
            condition: body.trim_end_matches([';', '.']).to_string(),
            outcomes: match language {
                Language::Ru => vec!["да".into(), "нет".into()],
                Language::Kk => vec!["иә".into(), "жоқ".into()],
            },
            line: src.line_of(body),
        }),
        _ => refusal(&src, body, condition),
    };
    let duration = match list_kind {
        ListKind::Participants | ListKind::Results => None,
        _ => duration::step_duration_with(src, body, Some(condition)),
    };
    // The hand-on is read in the main clause, after a subject that opens it.
    let Transfer { recipient, object } = match &actor {
        // A result names whom it reaches («… направление их ответственному исполнителю»),
        // anywhere in its text.
        _ if list_kind == ListKind::Results => transfer(&src, text, 0, None, language),
        _ if !procedure => Transfer::default(),
        Some((m, hay))
            if std::ptr::eq(*hay, body) && m.start == 0 && main.as_ptr() == body.as_ptr() =>
        {
            transfer(&src, main, m.end.min(main.len()), None, language)
        }
        // A nominalised step's agent stands inside the sentence.
        Some((m, hay)) if hay.as_ptr() == main.as_ptr() => {
            transfer(&src, main, 0, Some(m.start..m.end), language)
        }
        _ => transfer(&src, main, 0, None, language),
    };
    let actor_line = actor
        .as_ref()
        .map(|(m, hay)| src.line_of(&hay[m.start..m.end]));
    let (actor, actor_text, actor_kind, alternatives) = match actor {
        Some((m, _)) => (
            Some(m.canonical),
            Some(m.text),
            Some(m.kind),
            m.alternatives,
        ),
        None => (None, None, None, Vec::new()),
    };
    Item {
        label: label.to_string(),
        number,
        misprint,
        line,
        kind,
        process_number,
        actor,
        actor_text,
        action: text.to_string(),
        duration,
        result: None,
        decision,
        next: Vec::new(),
        actor_kind,
        actor_line,
        alternatives,
        recipient,
        object,
    }
}

/// A refusal branch inside a step: «…, в случае неполного пакета документов выдает расписку об отказе …».
fn refusal(src: &Located<'_>, text: &str, condition: Option<usize>) -> Option<Decision> {
    let start = condition?;
    let tail = &text[start..];
    if !lexicon::mentions_refusal(tail) {
        return None;
    }
    let clause_end = tail.find([';']).unwrap_or(tail.len());
    let clause = tail[..clause_end].trim().trim_end_matches(['.', ',']);
    // The condition runs to the clause's verb («в случае неполного пакета документов | выдает расписку …»).
    let split = clause.match_indices(' ').map(|(i, _)| i).find(|&i| {
        let word = clause[i + 1..].split([' ', ',']).next().unwrap_or("");
        lexicon::is_finite_verb(word)
    });
    let (condition, outcome) = match split {
        Some(i) => (clause[..i].trim_end_matches(','), clause[i + 1..].trim()),
        None => (clause, clause),
    };
    let main = text[..start]
        .trim()
        .trim_end_matches([',', ';', ' '])
        .to_string();
    Some(Decision {
        line: src.line_of(condition),
        condition: condition.to_string(),
        outcomes: vec![main, outcome.to_string()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misprinted_digits() {
        assert_eq!(misprint_digit('б', 6), Some(6));
        assert_eq!(misprint_digit('б', 2), None);
        assert_eq!(misprint_digit('з', 3), Some(3));
    }

    #[test]
    fn step_with_refusal() {
        let it = build(
            "1)",
            Some(1),
            false,
            Located::single(
                "ответственный исполнитель услугодателя принимает документы, выдает талон, в случае неполного пакета документов выдает расписку об отказе в приеме документов – не более 15 (пятнадцати) минут;",
                10,
            ),
            ListKind::Steps,
            Language::Ru,
        );
        assert_eq!(
            it.actor.as_deref(),
            Some("ответственный исполнитель услугодателя")
        );
        let d = it.decision.unwrap();
        assert_eq!(d.condition, "в случае неполного пакета документов");
        assert_eq!(
            d.outcomes[1],
            "выдает расписку об отказе в приеме документов – не более 15 (пятнадцати) минут"
        );
        assert_eq!(it.duration.unwrap().value, 15);
    }

    #[test]
    fn notice_of_refusal_is_not_a_branch() {
        let it = build(
            "5)",
            Some(5),
            false,
            Located::single(
                "руководитель услугодателя подписывает уведомление о назначении (отказе в назначении) в течение 1 (одного) рабочего дня;",
                10,
            ),
            ListKind::Steps,
            Language::Ru,
        );
        assert_eq!(it.decision, None);
    }

    #[test]
    fn condition_items() {
        let it = build(
            "3)",
            Some(3),
            false,
            Located::single(
                "1 шарт - ЖСН және пароль арқылы тұтынушының тіркелуі жөнінде ЭҮП деректердің түпнұсқалығын тексеру;",
                10,
            ),
            ListKind::Process,
            Language::Kk,
        );
        assert_eq!((it.kind, it.process_number), (ItemKind::Condition, Some(1)));
        assert_eq!(it.decision.unwrap().outcomes, vec!["иә", "жоқ"]);
    }
}
