//! Generated lists of every shape the regulations use (steps, processes, conditions in any
//! order, refusal decisions, missing actors, over-long words, Russian and Kazakh) must lay out
//! without overlaps or crossings and survive the BPMN round trip.

use proptest::prelude::*;

use reglament::bpmn::{read, write};
use reglament::layout::{NodeKind, build, place, place::problems};
use reglament::model::{
    Channel, Decision, Duration, Item, ItemKind, Language, ListKind, Reglament, StepList, TimeUnit,
};

const ACTORS: [&str; 5] = [
    "ответственный исполнитель услугодателя",
    "руководитель услугодателя",
    "участковая комиссия",
    "услугополучатель",
    "көрсетілетін қызметті берушінің жауапты орындаушысы",
];

const WORDS: [&str; 12] = [
    "принимает",
    "документы",
    "«справку»",
    "и",
    "направляет",
    "электрондық",
    "мемлекеттік",
    "қызметті",
    "&",
    "<данные>",
    "көрсетілетінқызметтіберушініңжауаптыорындаушысы",
    "ЭЦҚ",
];

fn duration_strategy() -> impl Strategy<Value = Option<Duration>> {
    prop::option::of((1u64..120, 0usize..5).prop_map(|(v, u)| {
        let unit = [
            TimeUnit::Minute,
            TimeUnit::Hour,
            TimeUnit::WorkingDay,
            TimeUnit::CalendarDay,
            TimeUnit::Day,
        ][u];
        Duration {
            text: format!("в течение {v} единиц"),
            value: v,
            unit,
            minutes: match unit {
                TimeUnit::Minute => Some(v),
                TimeUnit::Hour => Some(v * 60),
                _ => None,
            },
            word_value: None,
            conflict: false,
            at_most: v % 2 == 0,
            line: 0,
            parts: Vec::new(),
            same_day: false,
            deadline: false,
        }
    }))
}

fn item_strategy() -> impl Strategy<Value = Item> {
    (
        0usize..3,
        prop::option::of(0usize..ACTORS.len()),
        prop::collection::vec(0usize..WORDS.len(), 1..60),
        duration_strategy(),
        any::<bool>(),
    )
        .prop_map(|(kind, actor, words, duration, decides)| {
            let kind = [ItemKind::Step, ItemKind::Process, ItemKind::Condition][kind];
            let mut action: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
            if kind == ItemKind::Process && decides {
                // A refusal message, as follows a condition.
                action.push("отказ");
            }
            Item {
                label: String::new(),
                number: None,
                misprint: false,
                line: 1,
                kind,
                process_number: None,
                actor: actor.map(|a| ACTORS[a].to_string()),
                actor_text: actor.map(|a| ACTORS[a].to_string()),
                action: action.join(" "),
                duration,
                result: decides.then(|| "результат".to_string()),
                decision: (kind == ItemKind::Step && decides).then(|| Decision {
                    condition: "в случае неполного пакета документов".to_string(),
                    outcomes: vec![String::new(), "отказ".to_string()],
                    line: 0,
                }),
                next: Vec::new(),
                actor_kind: None,
                actor_line: None,
                alternatives: Vec::new(),
                recipient: None,
                object: None,
            }
        })
}

fn reglament(language: Language, items: Vec<Item>) -> Reglament {
    Reglament {
        title: "Назначение «помощи» & <прочее>".to_string(),
        heading: String::new(),
        language,
        line: 1,
        electronic: language == Language::Kk,
        channels: Vec::new(),
        participants: Vec::new(),
        appendices: Vec::new(),
        lists: vec![StepList {
            kind: ListKind::Process,
            channel: Channel::Portal,
            paragraph: Some(10),
            line: 1,
            heading: String::new(),
            scenario: None,
            items,
            twins: Vec::new(),
        }],
        appendix_refs: Vec::new(),
        end_line: 2,
        annex: None,
        service: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_list_places_cleanly_and_round_trips(
        items in prop::collection::vec(item_strategy(), 1..18),
        kazakh in any::<bool>(),
    ) {
        let language = if kazakh { Language::Kk } else { Language::Ru };
        let reg = reglament(language, items);
        let mut d = build("generated.txt", &reg, &reg.lists[0]);
        place(&mut d);
        let found = problems(&d);
        prop_assert!(found.is_empty(), "{found:#?}");
        // Exactly one start event, every node reachable, no task joined by two flows.
        prop_assert_eq!(d.nodes.iter().filter(|n| n.kind == NodeKind::Start).count(), 1);
        for (i, n) in d.nodes.iter().enumerate() {
            let incoming = d.edges.iter().filter(|e| e.to == i).count();
            let outgoing = d.edges.iter().filter(|e| e.from == i).count();
            match n.kind {
                NodeKind::Start => prop_assert_eq!((incoming, outgoing), (0, 1)),
                NodeKind::End => prop_assert_eq!((incoming, outgoing), (1, 0)),
                NodeKind::Task => prop_assert_eq!((incoming, outgoing), (1, 1)),
                NodeKind::Gateway => prop_assert!(incoming >= 1 && outgoing >= 1 && incoming + outgoing >= 3),
            }
        }
        let mut ids: Vec<&str> = d.nodes.iter().map(|n| n.id.as_str()).chain(d.edges.iter().map(|e| e.id.as_str())).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        prop_assert_eq!(before, ids.len(), "ids are unique");
        let xml = write(&d);
        prop_assert_eq!(read(&xml).unwrap(), d);
    }
}
