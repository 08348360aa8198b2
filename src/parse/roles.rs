//! The actors of a regulation, once it is built: each step's actor, alternatives and recipient
//! mapped to the participant they name (¶7 «Перечень структурных подразделений …»), so the same
//! unit printed in another case form is one actor, and every actor given its kind.

use std::collections::HashMap;

use crate::lexicon;
use crate::model::{Item, ListKind, Participant, Reglament};

/// The participant a participants-list item names. A name printed letter by letter in the cells
/// of a table row («Э | П | А | Ш (ЭПШ)») reaches the item as single letters, since the line's
/// letter spacing is joined cell by cell: it is joined here and then read as an actor.
pub fn listed(it: &Item) -> Participant {
    let text = it.actor_text.clone().unwrap_or_default();
    let actor = match crate::text::normalise::collapse_letter_spacing(&text) {
        std::borrow::Cow::Owned(joined) if joined != text => lexicon::canonical_actor(&joined),
        _ => it.actor.clone().unwrap_or_default(),
    };
    Participant {
        actor,
        text,
        line: it.line,
    }
}

/// Maps the actors of `reg`'s lists to its participants and gives each actor its kind.
pub fn assign(reg: &mut Reglament) {
    let participants = &reg.participants;
    let names: Vec<Vec<String>> = participants.iter().map(|p| words(&p.actor)).collect();
    // Steps repeat the same few actors: each distinct name is looked up once.
    let mut seen: HashMap<String, Option<usize>> = HashMap::new();
    let mut lookup = |name: &mut String| {
        let found = match seen.get(name.as_str()) {
            Some(&p) => p,
            None => {
                let p = participant(participants, &names, name);
                seen.insert(name.clone(), p);
                p
            }
        };
        if let Some(p) = found {
            name.clone_from(&participants[p].actor);
        }
    };
    for list in &mut reg.lists {
        if matches!(list.kind, ListKind::Participants | ListKind::Results) {
            continue;
        }
        for it in &mut list.items {
            if let Some(a) = &mut it.actor {
                lookup(a);
                if it.actor_kind.is_none() {
                    it.actor_kind = Some(lexicon::kind_of(a));
                }
            }
            it.alternatives.iter_mut().for_each(&mut lookup);
            if let Some(r) = &mut it.recipient {
                lookup(&mut r.actor);
            }
        }
    }
}

/// A name's words in lower case.
fn words(name: &str) -> Vec<String> {
    crate::text::lower(name)
        .split(' ')
        .map(str::to_string)
        .collect()
}

/// The participant an actor names (its index): the same words in another case form, else the
/// one participant whose name opens with the actor's words or opens the actor's (two words at
/// least: «социальный работник» for «социальный работник по оценке …»).
fn participant(participants: &[Participant], names: &[Vec<String>], actor: &str) -> Option<usize> {
    if let Some(p) = participants.iter().position(|p| p.actor == actor) {
        return Some(p);
    }
    let own = words(actor);
    let same = |a: &[String], b: &[String]| {
        a.iter()
            .zip(b)
            .all(|(x, y)| lexicon::actors::phrase::same_word(x, y))
    };
    if let Some(p) = names
        .iter()
        .position(|n| n.len() == own.len() && same(n, &own))
    {
        return Some(p);
    }
    // The shorter name (two words at least) is the opening words of the longer.
    let mut opening = names.iter().enumerate().filter(|(_, n)| {
        let (short, long) = if n.len() <= own.len() {
            (n.as_slice(), own.as_slice())
        } else {
            (own.as_slice(), n.as_slice())
        };
        short.len() >= 2 && long.len() > short.len() && same(short, long)
    });
    match (opening.next(), opening.next()) {
        (Some((p, _)), None) => Some(p),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorKind, Channel, Party, StepList};

    fn listed_item(text: &str) -> Item {
        Item {
            label: "3)".into(),
            number: Some(3),
            misprint: false,
            line: 662,
            kind: crate::model::ItemKind::Step,
            process_number: None,
            actor: Some(lexicon::canonical_actor(text)),
            actor_text: Some(text.into()),
            action: text.into(),
            duration: None,
            result: None,
            decision: None,
            next: vec![],
            actor_kind: None,
            actor_line: None,
            alternatives: Vec::new(),
            recipient: None,
            object: None,
        }
    }

    #[test]
    fn a_participant_printed_letter_by_letter_is_read_as_its_name() {
        // Kazakh: the system of 003's third regulation, one letter a cell.
        let clean = listed(&listed_item("ЭПАШ (ЭПШ)"));
        let spaced = listed(&listed_item("Э П А Ш (ЭПШ)"));
        assert_eq!(spaced.actor, clean.actor);
        assert_eq!(spaced.text, "Э П А Ш (ЭПШ)");
        assert_eq!(spaced.line, 662);
        // Russian: a double space parts the words.
        let clean = listed(&listed_item("руководитель услугодателя"));
        let spaced = listed(&listed_item(
            "р у к о в о д и т е л ь  у с л у г о д а т е л я",
        ));
        assert_eq!(spaced.actor, clean.actor);
        assert_eq!(
            clean.actor,
            lexicon::canonical_actor("руководитель услугодателя")
        );
        // A short abbreviation stays as the item read it.
        assert_eq!(
            listed(&listed_item("У О")).actor,
            lexicon::canonical_actor("У О")
        );
    }

    fn reg(participants: &[&str], items: Vec<Item>) -> Reglament {
        Reglament {
            title: String::new(),
            heading: String::new(),
            language: crate::model::Language::Ru,
            line: 1,
            annex: None,
            service: None,
            electronic: false,
            channels: Vec::new(),
            participants: participants
                .iter()
                .map(|p| Participant {
                    actor: p.to_string(),
                    text: p.to_string(),
                    line: 1,
                })
                .collect(),
            appendices: Vec::new(),
            lists: vec![StepList {
                kind: ListKind::Steps,
                channel: Channel::Provider,
                paragraph: Some(5),
                line: 1,
                heading: String::new(),
                scenario: None,
                items,
                twins: Vec::new(),
            }],
            appendix_refs: Vec::new(),
            end_line: 9,
        }
    }

    fn item(actor: &str, recipient: Option<&str>) -> Item {
        Item {
            actor: Some(actor.into()),
            recipient: recipient.map(|r| Party {
                actor: r.into(),
                text: r.into(),
                kind: ActorKind::Unit,
                line: 1,
            }),
            ..Item::default()
        }
    }

    #[test]
    fn actors_take_the_participants_names() {
        let mut r = reg(
            &[
                "председатель комиссии",
                "социальный работник по оценке и определению потребности",
                "руководитель услугодателя",
            ],
            vec![
                item("председатель комиссий", Some("руководителя услугодателя")),
                item("социальный работник", None),
                item("портал", None),
                item("руководитель отдела", None),
            ],
        );
        assign(&mut r);
        let items = &r.lists[0].items;
        assert_eq!(items[0].actor.as_deref(), Some("председатель комиссии"));
        assert_eq!(
            items[0].recipient.as_ref().unwrap().actor,
            "руководитель услугодателя"
        );
        assert_eq!(
            items[1].actor.as_deref(),
            Some("социальный работник по оценке и определению потребности")
        );
        assert_eq!(items[2].actor_kind, Some(ActorKind::System));
        // Another unit keeps its own name.
        assert_eq!(items[3].actor.as_deref(), Some("руководитель отдела"));
        assert_eq!(items[3].actor_kind, Some(ActorKind::Unit));
    }

    #[test]
    fn kazakh_case_forms() {
        let mut r = reg(
            &["ЭҮП", "көрсетілетін қызметті берушінің басшысы"],
            vec![
                item("э ү п", None),
                item("көрсетілетін қызметті берушінің басшысына", None),
            ],
        );
        assign(&mut r);
        let items = &r.lists[0].items;
        // Letters printed apart are another spelling, not a case form: left as they are.
        assert_eq!(items[0].actor.as_deref(), Some("э ү п"));
        assert_eq!(
            items[1].actor.as_deref(),
            Some("көрсетілетін қызметті берушінің басшысы")
        );
    }
}
