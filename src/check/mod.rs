//! Consistency checker: compares the lists a regulation repeats (¶5 steps, ¶8 sequence, channel
//! process lists, results, participants, appendices) and reports where the copies disagree.
//!
//! Each rule lives in its own module and pushes [`Finding`]s; [`check`] runs the registered rules
//! and sorts the result deterministically. `finding` holds the finding type and its fingerprint,
//! `names` how findings name and key lists and items, `normalise` the normal form texts are
//! compared in. Alignment of repeated lists is shared ([`align`]) so every rule
//! that compares two copies sees the same item pairs.

pub mod action_mismatch;
pub mod actor_mismatch;
pub mod align;
pub mod annex_act;
pub mod annex_header;
pub mod annex_match;
pub mod annex_missing;
pub mod annex_title;
pub mod appendices;
pub mod channel_missing;
pub mod duration_implausible;
pub mod duration_mismatch;
pub mod empty_list;
mod finding;
pub mod handoff;
pub mod list_too_long;
mod message;
pub mod missing_actor;
pub mod missing_duration;
mod names;
pub mod next_step;
mod normalise;
pub mod numbering;
pub mod participants;
pub mod parties;
pub mod result_mismatch;
pub mod result_recipient;
pub mod rules;
pub mod service_name;
pub mod similarity;
pub mod step_count;
pub mod total_mismatch;
pub mod unattributed;

#[cfg(test)]
pub(crate) mod testutil;

use crate::model::{Document, Item, Participant, Reglament};
pub use finding::{Finding, ItemPair, Place, Severity};
pub use message::{ListRef, Message, Value, cite, cite_at, line, list_in};
pub use names::{
    DurationKey, actor_line, duration_line, is_applicant, is_procedure_list, item_key, list_key,
};
pub(crate) use normalise::{Normalised, lowered, occurrences};
pub use normalise::{normalise, normalised_head};
pub use similarity::{Prepared, action_core, pair_similarity, stem5};

pub use crate::text::first_words;

/// A rule run once per regulation.
type RegulationRule = fn(&Ctx, &mut Vec<Finding>);

/// The rules run on each regulation, in this order (the output is sorted afterwards, so the
/// order only decides which of two identical findings is kept).
const REGULATION_RULES: &[RegulationRule] = &[
    duration_mismatch::run,
    actor_mismatch::run,
    step_count::run,
    action_mismatch::run,
    numbering::run,
    missing_actor::run,
    missing_duration::run,
    participants::run,
    result_mismatch::run,
    channel_missing::run,
    appendices::run,
    next_step::run,
    total_mismatch::run,
    empty_list::run,
    duration_implausible::run,
    list_too_long::run,
    service_name::run,
    handoff::run,
    result_recipient::run,
];

/// The rules run once per document: they look at the act as a whole.
const DOCUMENT_RULES: &[fn(&Document, &mut Vec<Finding>)] = &[unattributed::run, annex_match::run];

/// Runs every rule over every regulation of `doc`; sorted by regulation line, first line, rule.
pub fn check(doc: &Document) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut items = align::PreparedItems::default();
    for reg in &doc.reglaments {
        let ctx = Ctx::with_items(&doc.file, reg, &mut items);
        for rule in REGULATION_RULES {
            rule(&ctx, &mut out);
        }
    }
    for rule in DOCUMENT_RULES {
        rule(doc, &mut out);
    }
    out.sort_by(|a, b| {
        a.reglament_line
            .cmp(&b.reglament_line)
            .then(a.lines.first().cmp(&b.lines.first()))
            .then(a.rule.cmp(b.rule))
            .then(a.lines.cmp(&b.lines))
            .then(a.message.cmp(&b.message))
    });
    out.dedup_by(|a, b| a.rule == b.rule && a.lines == b.lines && a.message == b.message);
    out
}

/// Per-regulation context shared by the rules: the regulation and its pre-computed list pairs.
pub struct Ctx<'a> {
    pub file: &'a str,
    pub reg: &'a Reglament,
    /// Repeated lists aligned item by item.
    pub pairs: Vec<align::Pairing<'a>>,
    /// Five-letter stems of each participant's words of three letters or more.
    participant_stems: Vec<Vec<String>>,
}

impl<'a> Ctx<'a> {
    /// Builds the context and aligns the repeated lists of `reg`.
    pub fn new(file: &'a str, reg: &'a Reglament) -> Self {
        Ctx::with_items(file, reg, &mut align::PreparedItems::default())
    }

    /// [`Ctx::new`], with the items prepared for the document's other regulations at hand.
    pub fn with_items(
        file: &'a str,
        reg: &'a Reglament,
        items: &mut align::PreparedItems<'a>,
    ) -> Self {
        let participant_stems = reg
            .participants
            .iter()
            .map(|p| {
                normalise(&p.actor)
                    .split(' ')
                    .filter(|w| w.chars().count() >= 3)
                    .map(|w| stem5(w).to_string())
                    .collect()
            })
            .collect();
        Ctx {
            file,
            reg,
            pairs: align::pairings_with(reg, items),
            participant_stems,
        }
    }

    /// The participant named in oblique form among the first six words of an item without actor
    /// («прием и регистрация сотрудником канцелярии услугодателя», «ответственной исполнителю
    /// услугодателя выдает»): every word of the participant matches a word there by its first
    /// five letters. The longest such participant wins.
    pub fn oblique_participant(&self, item: &Item) -> Option<&'a Participant> {
        let text = normalised_head(&item.action, 6);
        let head: Vec<&str> = text.split(' ').map(stem5).collect();
        self.reg
            .participants
            .iter()
            .zip(&self.participant_stems)
            .filter(|(_, words)| {
                !words.is_empty() && words.iter().all(|w| head.contains(&w.as_str()))
            })
            .map(|(p, _)| p)
            .max_by_key(|p| p.actor.len())
    }

    /// A finding about one item: its line and its passage.
    pub fn item_finding(
        &self,
        rule: &'static str,
        severity: Severity,
        it: &Item,
        message: Message,
        keys: &[String],
    ) -> Finding {
        self.finding(
            rule,
            severity,
            vec![it.line],
            vec![it.action.clone()],
            message,
            keys,
        )
    }

    /// A finding about two items that should agree: both lines and both passages, `x` first.
    pub fn pair_finding(
        &self,
        rule: &'static str,
        severity: Severity,
        (x, y): (&Item, &Item),
        message: Message,
        keys: &[String],
    ) -> Finding {
        let mut f = self.finding(
            rule,
            severity,
            vec![x.line, y.line],
            vec![x.action.clone(), y.action.clone()],
            message,
            keys,
        );
        f.pair = ItemPair::locate(self.reg, x, y);
        f
    }

    /// Builds a finding; the fingerprint hashes `keys` (values and item numbers, never lines).
    pub fn finding(
        &self,
        rule: &'static str,
        severity: Severity,
        lines: Vec<u32>,
        quotes: Vec<String>,
        message: Message,
        keys: &[String],
    ) -> Finding {
        let place = Place {
            file: self.file,
            reglament: &self.reg.title,
            reglament_line: self.reg.line,
        };
        place.finding(rule, severity, lines, quotes, message, keys)
    }
}
