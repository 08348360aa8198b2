//! The steps whose repeated copies disagree, as a diagram marks them.
//!
//! The checker's `duration-mismatch`, `actor-mismatch` and `action-mismatch` findings name the
//! two items they compare ([`ItemPair`]); a diagram drawn from one of those lists marks its copy
//! and quotes both versions from the model, so nothing here reads the text again.

use crate::check::{Finding, ItemPair, action_mismatch, actor_mismatch, duration_mismatch};
use crate::layout::Diagram;
use crate::layout::label::duration_short;
use crate::layout::wording::clean_action;
use crate::model::{Item, Language, Place, Reglament, Source, StepList};

/// What two copies of a step disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Disputed {
    Duration,
    Actor,
    Action,
}

impl Disputed {
    /// The checker rule that reports this disagreement.
    pub fn rule(self) -> &'static str {
        match self {
            Disputed::Duration => duration_mismatch::RULE,
            Disputed::Actor => actor_mismatch::RULE,
            Disputed::Action => action_mismatch::RULE,
        }
    }

    /// The disagreement a rule reports, for the three rules that compare two copies of a step.
    pub fn of_rule(rule: &str) -> Option<Disputed> {
        [Disputed::Duration, Disputed::Actor, Disputed::Action]
            .into_iter()
            .find(|d| d.rule() == rule)
    }

    /// Stable ASCII name, as the BPMN extension writes it.
    pub fn slug(self) -> &'static str {
        match self {
            Disputed::Duration => "duration",
            Disputed::Actor => "actor",
            Disputed::Action => "action",
        }
    }

    /// The value of [`Disputed::slug`].
    pub fn from_slug(s: &str) -> Option<Disputed> {
        [Disputed::Duration, Disputed::Actor, Disputed::Action]
            .into_iter()
            .find(|d| d.slug() == s)
    }
}

/// A list as notes name it: its paragraph number («¶8»), else its heading as printed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListName {
    pub paragraph: Option<u32>,
    pub heading: String,
}

impl ListName {
    /// The name of a list of the model.
    pub fn of(list: &StepList) -> ListName {
        ListName {
            paragraph: list.paragraph,
            heading: list.heading.trim().to_string(),
        }
    }
}

/// One copy's version of a disputed step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub list: ListName,
    /// The value as this copy gives it: the duration in the справочник's short units, the actor
    /// as printed, or the whole action.
    pub text: String,
    /// The physical line holding the value (the line the finding cites).
    pub line: u32,
    /// Where that line stands in a file that is not plain text (see [`locate`]).
    pub place: Option<Place>,
}

/// One disagreement about a step, with every copy's version in the order of the regulation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dispute {
    pub what: Disputed,
    pub versions: Vec<Version>,
}

/// The disputes about each item of `list` (indexed like `list.items`), from the findings of the
/// regulation `reg` that compare one of its items with another copy.
pub fn disputes_of(reg: &Reglament, list: &StepList, findings: &[Finding]) -> Vec<Vec<Dispute>> {
    let mut out: Vec<Vec<Dispute>> = vec![Vec::new(); list.items.len()];
    let Some(here) = reg.lists.iter().position(|l| std::ptr::eq(l, list)) else {
        return out;
    };
    for f in findings.iter().filter(|f| f.reglament_line == reg.line) {
        let (Some(what), Some(pair)) = (Disputed::of_rule(f.rule), f.pair) else {
            continue;
        };
        let ItemPair { a, b } = pair;
        let item = if a.0 == here {
            a.1
        } else if b.0 == here {
            b.1
        } else {
            continue;
        };
        let Some(slot) = out.get_mut(item) else {
            continue;
        };
        let versions = [a, b]
            .into_iter()
            .enumerate()
            .filter_map(|(k, (l, i))| {
                let copy = reg.lists.get(l)?;
                let it = copy.items.get(i)?;
                Some(Version {
                    list: ListName::of(copy),
                    text: value(what, it, reg.language),
                    line: f.lines.get(k).copied().unwrap_or(it.line),
                    place: None,
                })
            })
            .collect();
        slot.push(Dispute { what, versions });
    }
    out
}

/// Gives the lines a diagram cites (its list's, its disputes' versions') their places in a file
/// that is not plain text, so its notes cite «абзац 40» or «3-бет, 14-жол» as the findings do.
pub fn locate(d: &mut Diagram, source: &Source) {
    d.place = source.place(d.line);
    for n in &mut d.nodes {
        for v in n.disputes.iter_mut().flat_map(|x| x.versions.iter_mut()) {
            v.place = source.place(v.line);
        }
    }
}

/// What a copy says about the disputed matter.
fn value(what: Disputed, it: &Item, language: Language) -> String {
    match what {
        Disputed::Duration => it
            .duration
            .as_ref()
            .map(|d| duration_short(d, language))
            .unwrap_or_default(),
        Disputed::Actor => it
            .actor_text
            .clone()
            .or_else(|| it.actor.clone())
            .unwrap_or_default(),
        Disputed::Action => clean_action(&it.action),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testutil::*;
    use crate::check::{Severity, check};
    use crate::model::{ListKind, TimeUnit};

    fn regulation(language: Language, six: &str) -> Reglament {
        let mut r = reg();
        r.language = language;
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let mut d = dur(six, 6, TimeUnit::WorkingDay);
        d.line = 140;
        r.lists.push(r1_steps(ListKind::Sequence, 8, 134, d));
        r.lists[0].items[3].duration.as_mut().unwrap().line = 102;
        r
    }

    #[test]
    fn a_duration_finding_marks_its_step_in_either_list() {
        for (language, six, one, other) in [
            (
                Language::Ru,
                "в течение 6 (шести) рабочих дней",
                "1 раб. день",
                "6 раб. дней",
            ),
            (
                Language::Kk,
                "6 (алты) жұмыс күні ішінде",
                "1 жұмыс күні",
                "6 жұмыс күні",
            ),
        ] {
            let r = regulation(language, six);
            let doc = doc(r);
            let r = &doc.reglaments[0];
            let findings = check(&doc);
            let f = findings
                .iter()
                .find(|f| f.rule == duration_mismatch::RULE)
                .unwrap();
            assert_eq!(f.severity, Severity::Error);
            for list in &r.lists {
                let all = disputes_of(r, list, &findings);
                let marked: Vec<usize> = (0..all.len()).filter(|&i| !all[i].is_empty()).collect();
                assert_eq!(marked, vec![3], "{language:?}");
                let d = &all[3][0];
                assert_eq!(d.what, Disputed::Duration);
                let seen: Vec<(Option<u32>, &str, u32)> = d
                    .versions
                    .iter()
                    .map(|v| (v.list.paragraph, v.text.as_str(), v.line))
                    .collect();
                assert_eq!(seen, vec![(Some(5), one, 102), (Some(8), other, 140)]);
            }
        }
    }

    #[test]
    fn findings_of_another_regulation_or_rule_mark_nothing() {
        let doc = doc(regulation(Language::Ru, "в течение 6 (шести) рабочих дней"));
        let r = &doc.reglaments[0];
        let mut findings = check(&doc);
        for f in &mut findings {
            f.reglament_line += 1;
        }
        assert!(
            disputes_of(r, &r.lists[1], &findings)
                .iter()
                .all(Vec::is_empty)
        );
        let mut findings = check(&doc);
        for f in &mut findings {
            f.rule = "total-mismatch";
        }
        assert!(
            disputes_of(r, &r.lists[1], &findings)
                .iter()
                .all(Vec::is_empty)
        );
    }

    #[test]
    fn rules_and_slugs_read_back() {
        for d in [Disputed::Duration, Disputed::Actor, Disputed::Action] {
            assert_eq!(Disputed::of_rule(d.rule()), Some(d));
            assert_eq!(Disputed::from_slug(d.slug()), Some(d));
        }
        assert_eq!(Disputed::of_rule("numbering"), None);
    }
}
