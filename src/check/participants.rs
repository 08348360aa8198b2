//! `unknown-participant` (warning): an actor of ¶5/¶8 missing from the participants list, or a
//! unit of the provider acting in a channel's own list (State Corporation, akim, portal) when
//! the participants list is the provider's («Перечень структурных подразделений (работников)
//! услугодателя …»): the units of the State Corporation or the akim are not meant to be there,
//! the provider's own are; `unused-participant` (info): a listed participant that never acts in
//! any list.
//!
//! Actors are compared by canonical form with spaces squeezed out, so letter-spaced
//! participants («э ү п») still match «ЭҮП». An actor whose phrase the reader cut at a
//! preposition («комиссия по направлению граждан …») is the participant whose words the item
//! opens with («комиссия услугодателя по направлению граждан …»).

use super::align::is_provider_actor;
use super::parties::{implied_place, is_organisation, is_organisation_word};
use super::{Ctx, Finding, Message, Severity, Value, is_applicant, is_procedure_list, stem5};
use crate::model::{ActorKind, Item, ItemKind, ListKind, Participant, Reglament, StepList};
use std::collections::BTreeMap;

/// Rule id for actors absent from the participants list.
pub const UNKNOWN: &str = "unknown-participant";
/// Rule id for participants that never act.
pub const UNUSED: &str = "unused-participant";

/// An actor of the procedure lists, looked up once.
struct Acting {
    unit: Unit,
    /// Named in the participants list.
    known: bool,
    applicant: bool,
    /// A unit of the provider's own, not the provider as a whole.
    providers_unit: bool,
}

/// A unit's name normalised once, in the two forms [`same_unit`] compares.
struct Unit {
    words: String,
    squashed: String,
}

impl Unit {
    fn new(name: &str) -> Self {
        let words = super::normalise(name);
        Unit {
            squashed: words.replace(' ', ""),
            words,
        }
    }
}

/// True when two canonical actors name the same unit: equal once spaces are squeezed out, or
/// one is the other's opening words («социальный работник» for «социальный работник по оценке
/// …»). A single bare word («руководитель», «комиссия») is too vague to match by prefix.
fn same_unit(a: &Unit, b: &Unit) -> bool {
    if a.squashed == b.squashed {
        return true;
    }
    let (short, long) = if a.words.len() <= b.words.len() {
        (&a.words, &b.words)
    } else {
        (&b.words, &a.words)
    };
    short.split(' ').count() >= 2
        && long.len() > short.len()
        && long.starts_with(short.as_str())
        && long.as_bytes()[short.len()] == b' '
}

/// Compares the actors of the regulation's lists with its participants list.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let reg = ctx.reg;
    if reg.participants.is_empty() {
        return;
    }

    // actor → (lines, quotes) over the provider's ¶5/¶8 lists, in document order.
    // actor → (actor, where it first acts, lines, quotes).
    // The actor as printed, the list and item it first acts in, every line and passage.
    type Acts<'a> = (String, (&'a StepList, &'a Item), Vec<u32>, Vec<String>);
    let mut unknown: BTreeMap<String, Acts> = BTreeMap::new();
    // Distinct actors only: each is normalised and compared with every participant once, not
    // once per step.
    let mut actors: BTreeMap<&str, Acting> = BTreeMap::new();
    let mut oblique: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    let units: Vec<Unit> = reg
        .participants
        .iter()
        .map(|p| Unit::new(&p.actor))
        .collect();
    let providers_list = lists_providers_units(reg);
    // Where the listed units work, when the heading says so: a unit named with that place
    // is the listed one.
    let place = implied_place(reg);
    // Each name normalised once: the comparisons below pair every actor with every participant.
    let listed_names: Vec<String> = reg
        .participants
        .iter()
        .map(|p| super::normalise(&p.actor))
        .collect();
    let placed = |a: &str| {
        let a = super::normalise(a);
        !place.is_empty()
            && listed_names
                .iter()
                .any(|p| super::parties::same_unit_normalised(p, &a, &place))
    };
    let own_stems = participant_stems(reg);
    // Participants an actor cut short stands for, by the words its item opens with.
    let mut opened: BTreeMap<&str, &Participant> = BTreeMap::new();
    for list in &reg.lists {
        let core = matches!(list.kind, ListKind::Steps | ListKind::Sequence);
        if !(is_procedure_list(list.kind) || list.kind == ListKind::Table) {
            continue;
        }
        for it in list.items.iter().filter(|i| i.kind != ItemKind::Condition) {
            let Some(actor) = &it.actor else {
                // An actor-less step may still name a participant in an oblique case.
                if let Some(p) = ctx.oblique_participant(it) {
                    oblique.insert(&p.actor);
                }
                continue;
            };
            let a = actors.entry(actor).or_insert_with(|| {
                let unit = Unit::new(actor);
                Acting {
                    known: units.iter().any(|p| same_unit(p, &unit)) || placed(actor),
                    applicant: is_applicant(actor),
                    providers_unit: is_provider_actor(actor) && !is_organisation(actor),
                    unit,
                }
            });
            if !a.known
                && let Some(p) = opening_participant(reg, &own_stems, it)
            {
                opened.insert(&p.actor, p);
                continue;
            }
            let expected = core
                || (providers_list
                    && list.kind == ListKind::Process
                    && it.actor_kind == Some(ActorKind::Unit)
                    && a.providers_unit);
            if expected && !a.applicant && !a.known {
                let e = unknown
                    .entry(a.unit.squashed.clone())
                    .or_insert_with(|| (actor.clone(), (list, it), vec![], vec![]));
                e.2.push(it.line);
                e.3.push(it.action.clone());
            }
        }
    }
    let listed = reg
        .lists
        .iter()
        .find(|l| l.kind == ListKind::Participants)
        .map(|l| {
            Value::Parts(vec![
                Message::new("finding-list-at")
                    .arg("list", l)
                    .arg("line", Value::Line(l.line)),
            ])
        })
        .unwrap_or(Value::Line(reg.participants[0].line));
    for (key, (actor, (list, it), lines, quotes)) in unknown {
        let message = Message::new("finding-unknown-participant")
            .arg("actor", actor.as_str())
            .arg("list", list)
            .arg("item", it)
            .arg("line", Value::Line(lines[0]))
            .arg("listed", listed.clone());
        out.push(ctx.finding(UNKNOWN, Severity::Warning, lines, quotes, message, &[key]));
    }
    oblique.extend(opened.keys().copied());
    let oblique: Vec<Unit> = oblique
        .into_iter()
        .filter(|a| !actors.contains_key(a))
        .map(Unit::new)
        .collect();
    let acting: Vec<&Unit> = actors.values().map(|a| &a.unit).chain(&oblique).collect();
    let acting_names: Vec<String> = if place.is_empty() {
        Vec::new()
    } else {
        actors.keys().map(|a| super::normalise(a)).collect()
    };
    for ((p, unit), name) in reg.participants.iter().zip(&units).zip(&listed_names) {
        let placed = acting_names
            .iter()
            .any(|a| super::parties::same_unit_normalised(name, a, &place));
        if placed || acting.iter().any(|a| same_unit(a, unit)) || is_applicant(&p.actor) {
            continue;
        }
        let key = unit.squashed.clone();
        let message = Message::new("finding-unused-participant")
            .arg("participant", p.text.trim())
            .arg("line", Value::Line(p.line));
        out.push(ctx.finding(
            UNUSED,
            Severity::Info,
            vec![p.line],
            vec![p.text.clone()],
            message,
            &[key],
        ));
    }
}

/// True when the participants list names the provider's units («Перечень структурных
/// подразделений (работников) услугодателя …», «… көрсетілетін қызметті берушінің құрылымдық
/// бөлімшелерінің … тізбесі»), not every body taking part.
fn lists_providers_units(reg: &Reglament) -> bool {
    reg.lists
        .iter()
        .find(|l| l.kind == ListKind::Participants)
        .is_some_and(|l| is_provider_actor(&l.heading))
}

/// Each participant's own words (its organisation's set aside) by their first five letters,
/// read once per regulation for [`opening_participant`].
fn participant_stems(reg: &Reglament) -> Vec<Vec<String>> {
    reg.participants
        .iter()
        .map(|p| {
            super::normalise(&p.actor)
                .split(' ')
                .filter(|w| !is_organisation_word(w))
                .map(|w| stem5(w).to_string())
                .collect()
        })
        .collect()
}

/// The participant whose name, its organisation's words aside, the item opens with: the
/// actor's phrase was cut at a preposition («комиссия по направлению граждан на социальное
/// обслуживание на дому …» for «комиссия услугодателя по направлению граждан …»). Names of
/// three words or more only, compared by their first five letters (`stems`, from
/// [`participant_stems`]).
fn opening_participant<'r>(
    reg: &'r Reglament,
    stems: &[Vec<String>],
    it: &Item,
) -> Option<&'r Participant> {
    let actor = it.actor.as_deref()?;
    let first = stem5(actor.split(' ').next()?);
    if !stems.iter().any(|own| own.len() >= 3 && own[0] == first) {
        return None;
    }
    let head: Vec<String> = super::normalised_head(&it.action, 16)
        .split(' ')
        .map(|w| stem5(w).to_string())
        .collect();
    reg.participants.iter().zip(stems).find_map(|(p, own)| {
        (own.len() >= 3
            && own[0] == first
            && head.len() >= own.len()
            && own.iter().zip(&head).all(|(a, b)| a == b))
        .then_some(p)
    })
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::Participant;

    fn part(actor: &str, line: u32) -> Participant {
        Participant {
            actor: actor.into(),
            text: actor.into(),
            line,
        }
    }

    #[test]
    fn unknown_and_unused() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        r.participants = vec![
            part("ответственный исполнитель услугодателя", 126),
            part("руководитель услугодателя", 128),
            part("участковая комиссия", 130),
        ];
        assert!(
            check(&doc(r.clone()))
                .iter()
                .all(|f| f.rule != UNKNOWN && f.rule != UNUSED)
        );
        r.participants.remove(1);
        r.participants.push(part("сотрудник канцелярии", 131));
        let f = check(&doc(r));
        let unknown: Vec<_> = f.iter().filter(|f| f.rule == UNKNOWN).collect();
        let unused: Vec<_> = f.iter().filter(|f| f.rule == UNUSED).collect();
        assert_eq!(unknown.len(), 1);
        assert_eq!(unknown[0].lines, vec![104]);
        assert_eq!(unused.len(), 1);
        assert_eq!(unused[0].lines, vec![131]);
    }

    /// A regulation whose participants list is the provider's, with a State Corporation list
    /// whose second step is done by `actor`.
    fn channel_case(heading: &str, listed: &[&str], actor: &str) -> Vec<Finding> {
        let mut r = reg();
        let mut plist = list(
            ListKind::Participants,
            crate::model::Channel::Provider,
            7,
            1086,
            vec![],
        );
        plist.heading = heading.into();
        r.lists.push(plist);
        r.participants = listed.iter().zip(1088..).map(|(a, l)| part(a, l)).collect();
        let mut a = item(
            1,
            1131,
            Some("оператор государственной корпорации"),
            "оператор Государственной корпорации принимает документы;",
            None,
        );
        a.actor_kind = Some(ActorKind::Unit);
        let mut b = item(
            2,
            1148,
            Some(actor),
            &format!("{actor} регистрирует документы;"),
            None,
        );
        b.actor_kind = Some(ActorKind::Unit);
        r.lists.push(list(
            ListKind::Process,
            crate::model::Channel::StateCorp,
            9,
            1122,
            vec![a, b],
        ));
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == UNKNOWN)
            .collect()
    }

    #[test]
    fn the_providers_units_in_a_channel_list() {
        let ru = "7. Перечень структурных подразделений (работников) услугодателя, участвующих в процессе оказания государственной услуги:";
        let f = channel_case(
            ru,
            &["ответственный исполнитель услугодателя"],
            "ответственный специалист услугодателя",
        );
        // The State Corporation's operator is not the provider's: only the specialist.
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![1148]);
        let said = f[0].message.text(crate::i18n::Lang::Ru);
        assert!(said.starts_with("¶9, действие 2 (строка 1148)"), "{said}");
        assert!(
            said.contains("не назван в перечне участников (¶7, строка 1086)"),
            "{said}"
        );
        assert!(
            channel_case(
                ru,
                &["ответственный специалист услугодателя"],
                "ответственный специалист услугодателя"
            )
            .is_empty()
        );
        let kk = "7. Мемлекеттік қызмет көрсету процесіне қатысатын көрсетілетін қызметті берушінің құрылымдық бөлімшелерінің (қызметкерлерінің) тізбесі:";
        let basshy = "көрсетілетін қызметті берушінің басшысы";
        let f = channel_case(
            kk,
            &[basshy],
            "көрсетілетін қызметті берушінің жауапты орындаушысы",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(channel_case(kk, &[basshy], basshy).is_empty());
        // A participants list of every body taking part does not ask for the provider's units.
        let bodies = "13. Электрондық мемлекеттік қызмет көрсету үдерісінде қатысатын мемлекеттік органдардың құрылымдық бөлімшелері және АЖ:";
        assert!(
            channel_case(
                bodies,
                &["ЭҮП"],
                "көрсетілетін қызметті берушінің жауапты орындаушысы"
            )
            .is_empty()
        );
        // A unit named with the place the heading gives every listed unit is listed.
        let district = "7. Перечень структурных подразделений (работников) районного отдела услугодателя, участвующих в процессе оказания государственной услуги:";
        assert!(
            channel_case(
                district,
                &["руководитель услугодателя"],
                "руководитель районного отдела услугодателя"
            )
            .is_empty()
        );
    }

    #[test]
    fn an_actor_cut_at_a_preposition_is_the_participant_it_opens() {
        let mut r = reg();
        r.participants = vec![part(
            "комиссия услугодателя по направлению граждан на социальное обслуживание на дому",
            1956,
        )];
        r.lists.push(list(
            ListKind::Steps,
            crate::model::Channel::Provider,
            5,
            1848,
            vec![item(
                10,
                1891,
                Some("комиссия"),
                "комиссия по направлению граждан на социальное обслуживание на дому рассматривает поступивший пакет документов;",
                None,
            )],
        ));
        let rules: Vec<_> = check(&doc(r.clone())).into_iter().map(|f| f.rule).collect();
        assert!(
            !rules.contains(&UNKNOWN) && !rules.contains(&UNUSED),
            "{rules:?}"
        );
        // Another commission is not that participant.
        r.lists[0].items[0].action =
            "комиссия по делам несовершеннолетних рассматривает пакет документов;".into();
        let rules: Vec<_> = check(&doc(r)).into_iter().map(|f| f.rule).collect();
        assert!(
            rules.contains(&UNKNOWN) && rules.contains(&UNUSED),
            "{rules:?}"
        );
    }
}
