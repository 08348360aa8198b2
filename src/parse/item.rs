//! One list item's text → its actor, kind, recipient, object, duration and decision.

use super::duration;
use super::lines::Located;
use super::transfer::{Transfer, transfer};
use crate::lexicon::{self, ActorMatch, ProcessWord};
use std::collections::HashMap;

use crate::model::{Decision, Item, ItemKind, Language, ListKind, Party};

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
    read(
        label,
        number,
        misprint,
        src,
        Reading::of(list_kind),
        language,
    )
}

/// What of its list's kind the reading of an item depends on: all an item's reading may ask
/// of the list, so that items read alike in lists of one reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Reading {
    /// A participant: no procedure, no duration.
    Participant,
    /// A result: no duration; whom it reaches is read anywhere in its text.
    Result,
    /// A channel's process list: the agent may stand anywhere in the sentence.
    Process,
    /// Any other procedure list.
    Step,
}

impl Reading {
    fn of(kind: ListKind) -> Self {
        match kind {
            ListKind::Participants => Reading::Participant,
            ListKind::Results => Reading::Result,
            ListKind::Process => Reading::Process,
            ListKind::Steps | ListKind::Sequence | ListKind::Table => Reading::Step,
        }
    }
}

fn read(
    label: &str,
    number: Option<u32>,
    misprint: bool,
    src: Located<'_>,
    reading: Reading,
    language: Language,
) -> Item {
    let line = src.line;
    let text = src.text.trim();
    let (kind, process_number, body) = match lexicon::process_item(text) {
        Some((ProcessWord::Process, n, end)) => (ItemKind::Process, Some(n), &text[end..]),
        Some((ProcessWord::Condition, n, end)) => (ItemKind::Condition, Some(n), &text[end..]),
        None => (ItemKind::Step, None, text),
    };
    let procedure = !matches!(reading, Reading::Participant | Reading::Result);
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
        let named = if kind != ItemKind::Step || reading == Reading::Process {
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
    let duration = match reading {
        Reading::Participant | Reading::Result => None,
        Reading::Process | Reading::Step => {
            duration::step_duration_with(src, body, Some(condition))
        }
    };
    // The hand-on is read in the main clause, after a subject that opens it.
    let Transfer { recipient, object } = match &actor {
        // A result names whom it reaches («… направление их ответственному исполнителю»),
        // anywhere in its text.
        _ if reading == Reading::Result => transfer(&src, text, 0, None, language),
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

/// The items of one document read so far. A step is printed again and again (¶5 and ¶8, the
/// channels' lists, the next regulation of the act) and reads the same wherever it stands: it
/// is read once, and each copy gets its own label and lines.
#[derive(Default)]
pub struct Memo {
    /// By the item's text, each way it was read: a lookup borrows the text, so a copy costs no
    /// key of its own.
    read: HashMap<String, Vec<Seen>, foldhash::fast::RandomState>,
}

/// One reading of a text, with all else it depends on: how the text wraps over its lines, the
/// reading of its list and its language.
struct Seen {
    /// Where each later line starts, with its distance from the first.
    wrap: Vec<(usize, u32)>,
    reading: Reading,
    language: Language,
    item: Item,
}

impl Seen {
    fn is_for(&self, src: &Located<'_>, reading: Reading, language: Language) -> bool {
        self.reading == reading
            && self.language == language
            && self.wrap.iter().copied().eq(wrap(src))
    }
}

/// How `src` wraps: where each later line starts, with its distance from the first.
fn wrap<'a>(src: &Located<'a>) -> impl Iterator<Item = (usize, u32)> + 'a {
    let first = src.line;
    src.breaks
        .iter()
        .map(move |&(at, line)| (at, line.saturating_sub(first)))
}

impl Memo {
    /// [`build`], with a text read before in the same reading and wrapped the same way taken
    /// from the memo.
    pub fn build(
        &mut self,
        label: &str,
        number: Option<u32>,
        misprint: bool,
        src: Located<'_>,
        list_kind: ListKind,
        language: Language,
    ) -> Item {
        let reading = Reading::of(list_kind);
        if let Some(seen) = self
            .read
            .get(src.text)
            .and_then(|all| all.iter().find(|s| s.is_for(&src, reading, language)))
        {
            return moved(&seen.item, label, number, misprint, src.line);
        }
        let item = read(label, number, misprint, src, reading, language);
        self.read
            .entry(src.text.to_string())
            .or_default()
            .push(Seen {
                wrap: wrap(&src).collect(),
                reading,
                language,
                item: item.clone(),
            });
        item
    }
}

/// A copy of `seen` with another label, moved to start on `line`: every line it cites moves
/// by as much. The fields are named one by one so that a new field must be placed here too.
fn moved(seen: &Item, label: &str, number: Option<u32>, misprint: bool, line: u32) -> Item {
    let shift = |l: u32| (i64::from(l) + i64::from(line) - i64::from(seen.line)) as u32;
    let Item {
        label: _,
        number: _,
        misprint: _,
        line: _,
        kind,
        process_number,
        actor,
        actor_text,
        actor_kind,
        actor_line,
        alternatives,
        recipient,
        object,
        action,
        duration,
        result,
        decision,
        next,
    } = seen;
    Item {
        label: label.to_string(),
        number,
        misprint,
        line,
        kind: *kind,
        process_number: *process_number,
        actor: actor.clone(),
        actor_text: actor_text.clone(),
        actor_kind: *actor_kind,
        actor_line: actor_line.map(shift),
        alternatives: alternatives.clone(),
        recipient: recipient.as_ref().map(|p| Party {
            line: shift(p.line),
            ..p.clone()
        }),
        object: object.clone(),
        action: action.clone(),
        duration: duration.as_ref().map(|d| {
            let mut d = d.clone();
            d.line = shift(d.line);
            d.parts.iter_mut().for_each(|p| p.line = shift(p.line));
            d
        }),
        result: result.clone(),
        decision: decision.as_ref().map(|d| Decision {
            line: shift(d.line),
            ..d.clone()
        }),
        next: next.clone(),
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

    /// The copy a memo gives is the item read at the copy's own place: its label, its lines.
    #[test]
    fn an_item_read_again_elsewhere_is_read_as_there() {
        let text = "ответственный исполнитель услугодателя передает документы руководителю услугодателя в течение 15 (пятнадцати) минут. Руководитель услугодателя рассматривает документы в течение 1 (одного) рабочего дня, в случае неполного пакета документов выдает расписку об отказе в приеме документов;";
        let (to, unless) = (
            text.find("руководителю").unwrap(),
            text.find("в случае").unwrap(),
        );
        let place = |line: u32, breaks: &'static [(usize, u32)]| Located { text, line, breaks };
        let wrap =
            |lines: [(usize, u32); 2]| -> &'static [(usize, u32)] { Box::leak(Box::new(lines)) };
        let first = wrap([(to, 11), (unless, 12)]);
        let mut memo = Memo::default();
        let a = memo.build(
            "1)",
            Some(1),
            false,
            place(10, first),
            ListKind::Steps,
            Language::Ru,
        );
        assert_eq!(
            a,
            build(
                "1)",
                Some(1),
                false,
                place(10, first),
                ListKind::Steps,
                Language::Ru
            )
        );
        let r = a.recipient.as_ref().unwrap();
        assert_eq!(
            (r.actor.as_str(), r.line),
            ("руководитель услугодателя", 11)
        );
        let d = a.duration.as_ref().unwrap();
        assert_eq!(d.parts.iter().map(|p| p.line).collect::<Vec<_>>(), [11, 11]);
        assert_eq!(
            (a.decision.as_ref().unwrap().line, a.actor_line),
            (12, Some(10))
        );

        // The same text further down, in another list of the same reading or of another, wrapped
        // alike or not.
        let again = wrap([(to, 501), (unless, 502)]);
        for (kind, line, breaks) in [
            (ListKind::Sequence, 500, again),
            (ListKind::Steps, 700, wrap([(to - 11, 701), (unless, 703)])),
            (ListKind::Results, 900, wrap([(to, 901), (unless, 902)])),
        ] {
            let b = memo.build("4)", Some(4), true, place(line, breaks), kind, Language::Ru);
            assert_eq!(
                b,
                build("4)", Some(4), true, place(line, breaks), kind, Language::Ru),
                "{kind:?} at {line}"
            );
        }
        let b = memo.build(
            "4)",
            Some(4),
            true,
            place(500, again),
            ListKind::Table,
            Language::Ru,
        );
        assert_eq!(
            (b.label.as_str(), b.number, b.misprint, b.line),
            ("4)", Some(4), true, 500)
        );
        assert_eq!(b.recipient.unwrap().line, 501);
        assert_eq!(b.duration.unwrap().parts[1].line, 501);
        assert_eq!((b.decision.unwrap().line, b.actor_line), (502, Some(500)));
    }
}
