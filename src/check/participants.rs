//! `unknown-participant` (warning): an actor of ¶5/¶8 missing from the participants list;
//! `unused-participant` (info): a listed participant that never acts in any list.
//!
//! Actors are compared by canonical form with spaces squeezed out, so letter-spaced
//! participants («э ү п») still match «ЭҮП».

use super::{Ctx, Finding, Severity, is_applicant, is_procedure_list};
use crate::model::{ItemKind, ListKind};
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
    let mut unknown: BTreeMap<String, (String, Vec<u32>, Vec<String>)> = BTreeMap::new();
    // Distinct actors only: each is normalised and compared with every participant once, not
    // once per step.
    let mut actors: BTreeMap<&str, Acting> = BTreeMap::new();
    let mut oblique: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    let units: Vec<Unit> = reg
        .participants
        .iter()
        .map(|p| Unit::new(&p.actor))
        .collect();
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
                    known: units.iter().any(|p| same_unit(p, &unit)),
                    applicant: is_applicant(actor),
                    unit,
                }
            });
            if core && !a.applicant && !a.known {
                let e = unknown
                    .entry(a.unit.squashed.clone())
                    .or_insert_with(|| (actor.clone(), vec![], vec![]));
                e.1.push(it.line);
                e.2.push(it.action.clone());
            }
        }
    }
    for (key, (actor, lines, quotes)) in unknown {
        let message = format!(
            "«{actor}» acts in the procedure lists (line {}) but is not in the participants list.",
            lines[0]
        );
        out.push(ctx.finding(UNKNOWN, Severity::Warning, lines, quotes, message, &[key]));
    }
    let oblique: Vec<Unit> = oblique
        .into_iter()
        .filter(|a| !actors.contains_key(a))
        .map(Unit::new)
        .collect();
    let acting: Vec<&Unit> = actors.values().map(|a| &a.unit).chain(&oblique).collect();
    for (p, unit) in reg.participants.iter().zip(&units) {
        if acting.iter().any(|a| same_unit(a, unit)) || is_applicant(&p.actor) {
            continue;
        }
        let key = unit.squashed.clone();
        let message = format!(
            "Participant «{}» is listed but never acts in any procedure list.",
            p.text.trim()
        );
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
}
