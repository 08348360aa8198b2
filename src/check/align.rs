//! Aligns the repeated lists of a regulation item by item.
//!
//! ¶5 and ¶8 of the same channel align by item number when they have the same numbers (a
//! misprinted «б)» already reads as 6); otherwise, and for channel process lists and 2012 tables,
//! an order-preserving alignment maximises the action-text similarity, because channel lists
//! insert their own desk steps and shift the provider's steps by one or two positions.

use std::collections::HashMap;
use std::rc::Rc;

use super::similarity::{Prepared, Scratch, StemKey, actor_stems};
use crate::model::{Channel, ItemKind, ListKind, Reglament, StepList};

/// Lowest similarity for two steps of different lists to count as the same procedure. Tuned on
/// the corpus: repeated provider steps score ≥ 0.7, neighbouring different steps ≤ 0.5.
pub const SAME_STEP: f32 = 0.6;

/// Similarity above which two provider roles doing the same action still align.
pub const HIGH: f32 = 0.85;

/// Similarity at which two actions of two action tables are one action whatever units do them,
/// a channel's own desk included: the tables print the very same words.
pub const SAME_TEXT: f32 = 0.95;

/// Similarity demanded when an item names no actor.
pub const UNNAMED: f32 = 0.8;

/// True for a unit of the service provider (not the State Corporation, akim or applicant).
pub fn is_provider_actor(actor: &str) -> bool {
    let a = super::lowered(actor);
    a.contains("услугодател") || a.contains("қызметті беруш") || a.starts_with("уо")
}

/// Why two lists were paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairKind {
    /// ¶5 steps vs ¶8 sequence of the same channel and scenario.
    StepsSequence,
    /// A channel process list vs the provider's own steps it repeats.
    ProcessSteps,
    /// Two 2012 action tables.
    Tables,
}

/// Two lists with their aligned items.
#[derive(Debug, Clone)]
pub struct Pairing<'a> {
    pub kind: PairKind,
    pub a: &'a StepList,
    pub b: &'a StepList,
    /// Aligned item indexes (into `a.items`, `b.items`) with their action similarity.
    pub pairs: Vec<(usize, usize, f32)>,
    /// True when aligned by item number rather than by similarity.
    pub by_number: bool,
}

/// The items of one document prepared for comparison so far, by all a preparation reads: the
/// action and the words of its duration and of its actor. A step printed in several regulations
/// of an act is prepared once.
#[derive(Default)]
pub struct PreparedItems<'a> {
    seen: HashMap<ItemWords<'a>, Rc<Prepared>, foldhash::fast::RandomState>,
}

/// An item's action, its duration's words and its actor's words.
type ItemWords<'a> = (&'a str, Option<&'a str>, Option<&'a str>);

/// All list pairs of a regulation worth comparing.
pub fn pairings(reg: &Reglament) -> Vec<Pairing<'_>> {
    pairings_with(reg, &mut PreparedItems::default())
}

/// [`pairings`], with the items prepared for another regulation of the same document at hand.
pub fn pairings_with<'a>(reg: &'a Reglament, items: &mut PreparedItems<'a>) -> Vec<Pairing<'a>> {
    let mut out = Vec::new();
    let mut prep = Preparer::new(reg, items);
    // Copies of one channel's steps, however their headings are worded: the parser found them
    // by content. Each copy pairs with the first copy of the channel, so none is compared twice.
    for (i, a) in reg.lists.iter().enumerate() {
        for &j in a.twins.iter().filter(|&&j| j > i) {
            let b = &reg.lists[j];
            let first_of_b = b.twins.iter().all(|&k| k >= i);
            if first_of_b && is_copy(a.kind) && is_copy(b.kind) {
                out.push(steps_sequence(a, b, &mut prep));
            }
        }
    }
    for p in reg
        .lists
        .iter()
        .filter(|l| l.kind == ListKind::Process && l.channel != Channel::Provider)
    {
        if let Some(r) = reference(reg, p) {
            out.push(Pairing {
                kind: PairKind::ProcessSteps,
                a: r,
                b: p,
                pairs: by_similarity(&mut prep, r, p, SAME_STEP, false),
                by_number: false,
            });
        }
    }
    let tables: Vec<&StepList> = reg
        .lists
        .iter()
        .filter(|l| l.kind == ListKind::Table)
        .collect();
    for (i, a) in tables.iter().enumerate() {
        for b in &tables[i + 1..] {
            out.push(Pairing {
                kind: PairKind::Tables,
                a,
                b,
                pairs: by_similarity(&mut prep, a, b, 0.7, true),
                by_number: false,
            });
        }
    }
    out
}

/// Lists that copy a channel's steps one for one (a channel's own process list of another
/// channel inserts its desk steps and is aligned against the provider's list instead).
fn is_copy(kind: ListKind) -> bool {
    matches!(
        kind,
        ListKind::Steps | ListKind::Sequence | ListKind::Process
    )
}

/// The provider list a channel list repeats: the steps list, else the sequence list.
pub fn reference<'a>(reg: &'a Reglament, p: &StepList) -> Option<&'a StepList> {
    let pick = |kind| {
        reg.lists.iter().find(|l| {
            l.kind == kind
                && l.channel == Channel::Provider
                && (l.scenario.is_none() || l.scenario == p.scenario)
        })
    };
    pick(ListKind::Steps).or_else(|| pick(ListKind::Sequence))
}

/// For each item of `list`, whether its actor is the desk of the list's own channel (not the
/// provider's): the unit a channel's table adds to the provider's steps.
fn channel_desks(list: &StepList) -> Vec<bool> {
    list.items
        .iter()
        .map(|it| {
            list.channel != Channel::Provider
                && it
                    .actor_text
                    .as_deref()
                    .and_then(crate::lexicon::channel_in)
                    == Some(list.channel)
        })
        .collect()
}

/// Prepares each list of a regulation once, however many pairings use it.
struct Preparer<'a, 'm> {
    reg: &'a Reglament,
    items: &'m mut PreparedItems<'a>,
    lists: Vec<Option<PreparedList>>,
    /// Actor texts met so far with their stems.
    actors: Vec<(&'a str, Vec<StemKey>)>,
    /// Canonical actors met so far, and whether each is a provider unit.
    providers: Vec<(&'a str, bool)>,
    scratch: Scratch,
}

/// A list's prepared items, and which of them a provider unit does.
struct PreparedList {
    items: Vec<Rc<Prepared>>,
    provider: Vec<bool>,
}

impl<'a, 'm> Preparer<'a, 'm> {
    fn new(reg: &'a Reglament, items: &'m mut PreparedItems<'a>) -> Self {
        Preparer {
            reg,
            items,
            lists: (0..reg.lists.len()).map(|_| None).collect(),
            actors: Vec::new(),
            providers: Vec::new(),
            scratch: Scratch::default(),
        }
    }

    /// Prepares `list`, which must be one of the regulation's lists, and returns its index.
    fn prepare(&mut self, list: &StepList) -> usize {
        let k = self
            .reg
            .lists
            .iter()
            .position(|l| std::ptr::eq(l, list))
            .expect("a list of this regulation");
        if self.lists[k].is_none() {
            let list = &self.reg.lists[k];
            let mut items = Vec::with_capacity(list.items.len());
            for it in &list.items {
                let words = (
                    it.action.as_str(),
                    it.duration.as_ref().map(|d| d.text.as_str()),
                    it.actor_text.as_deref(),
                );
                if let Some(seen) = self.items.seen.get(&words) {
                    items.push(Rc::clone(seen));
                    continue;
                }
                let stems = words.2.map(|a| self.actor_stems(a)).unwrap_or_default();
                let prepared = Rc::new(Prepared::with_stems(it, stems));
                self.items.seen.insert(words, Rc::clone(&prepared));
                items.push(prepared);
            }
            self.lists[k] = Some(PreparedList {
                items,
                provider: list
                    .items
                    .iter()
                    .map(|i| i.actor.as_deref().is_some_and(|a| self.is_provider(a)))
                    .collect(),
            });
        }
        k
    }

    /// [`is_provider_actor`], worked out once per distinct actor.
    fn is_provider(&mut self, actor: &'a str) -> bool {
        if let Some(&(_, provider)) = self.providers.iter().find(|(a, _)| *a == actor) {
            return provider;
        }
        let provider = is_provider_actor(actor);
        self.providers.push((actor, provider));
        provider
    }

    /// The stems of an actor's printed words, worked out once per distinct text.
    fn actor_stems(&mut self, actor: &'a str) -> Vec<StemKey> {
        if let Some((_, stems)) = self.actors.iter().find(|(a, _)| *a == actor) {
            return stems.clone();
        }
        let stems = actor_stems(actor);
        self.actors.push((actor, stems.clone()));
        stems
    }

    /// Two prepared lists and the shared buffers.
    fn pair(&mut self, a: usize, b: usize) -> (&PreparedList, &PreparedList, &mut Scratch) {
        let [a, b] = [a, b].map(|k| self.lists[k].as_ref().expect("a prepared list"));
        (a, b, &mut self.scratch)
    }
}

fn steps_sequence<'a>(a: &'a StepList, b: &'a StepList, prep: &mut Preparer) -> Pairing<'a> {
    let na: Option<Vec<u32>> = a.items.iter().map(|i| i.number).collect();
    let nb: Option<Vec<u32>> = b.items.iter().map(|i| i.number).collect();
    let same_numbers = matches!((&na, &nb), (Some(x), Some(y)) if x == y);
    if same_numbers {
        let (ka, kb) = (prep.prepare(a), prep.prepare(b));
        let (pa, pb, scratch) = prep.pair(ka, kb);
        let pairs = (0..a.items.len())
            .map(|i| {
                let s = scratch.similarity_at_least(&pa.items[i], &pb.items[i], f32::NEG_INFINITY);
                (i, i, s.unwrap_or(0.0))
            })
            .collect();
        Pairing {
            kind: PairKind::StepsSequence,
            a,
            b,
            pairs,
            by_number: true,
        }
    } else {
        Pairing {
            kind: PairKind::StepsSequence,
            a,
            b,
            pairs: by_similarity(prep, a, b, 0.5, false),
            by_number: false,
        }
    }
}

/// Order-preserving alignment maximising summed similarity; pairs below `min` or with
/// incompatible actors never align. `same_actor` demands equal actors (tables name the unit
/// in every column, so a different unit is a different action).
fn by_similarity(
    prep: &mut Preparer,
    a: &StepList,
    b: &StepList,
    min: f32,
    same_actor: bool,
) -> Vec<(usize, usize, f32)> {
    let (ka, kb) = (prep.prepare(a), prep.prepare(b));
    let (la, lb, scratch) = prep.pair(ka, kb);
    let (pa, pb) = (&la.items, &lb.items);
    let ca: Vec<&str> = pa.iter().map(|p| p.core.as_str()).collect();
    let cb: Vec<&str> = pb.iter().map(|p| p.core.as_str()).collect();
    let (n, m) = (a.items.len(), b.items.len());
    let (prov_a, prov_b) = (&la.provider, &lb.provider);
    // In two action tables, a unit of the table's own channel (the State Corporation's desk in
    // its table, the portal in the portal's) legitimately does what another table's provider
    // does, unless the two print the very same words; any other unit doing a near-identical
    // action is the same action under a renamed unit.
    let (desk_a, desk_b) = if same_actor {
        (channel_desks(a), channel_desks(b))
    } else {
        (Vec::new(), Vec::new())
    };
    let mut sim = vec![vec![f32::NEG_INFINITY; m]; n];
    for i in 0..n {
        for j in 0..m {
            let (x, y) = (&a.items[i], &b.items[j]);
            if x.kind == ItemKind::Condition || y.kind == ItemKind::Condition {
                continue;
            }
            if ca[i].len() < 3 || cb[j].len() < 3 {
                continue;
            }
            let (compatible, min) = match (&x.actor, &y.actor) {
                (Some(p), Some(q)) if p == q => (true, min),
                // Two provider roles doing a near-identical action are the same procedure with
                // a renamed actor (an `actor-mismatch`); a channel desk doing it is not.
                (Some(_), Some(_)) if same_actor => (
                    true,
                    if desk_a[i] || desk_b[j] {
                        SAME_TEXT
                    } else {
                        HIGH
                    },
                ),
                (Some(_), Some(_)) => (prov_a[i] && prov_b[j], HIGH),
                // Only one side names its actor: a channel desk (State Corporation, akim) is not
                // the provider's unnamed actor, and without actor evidence the text must agree
                // more closely.
                (Some(_), None) | (None, Some(_)) => {
                    (!same_actor && (prov_a[i] || prov_b[j]), min.max(UNNAMED))
                }
                (None, None) => (!same_actor, min.max(UNNAMED)),
            };
            if !compatible {
                continue;
            }
            if let Some(s) = scratch.similarity_at_least(&pa[i], &pb[j], min)
                && s >= min
                && !pa[i].shares_no_predicate(&pb[j])
            {
                sim[i][j] = s;
            }
        }
    }
    let mut score = vec![vec![0f32; m + 1]; n + 1];
    for i in 1..=n {
        for j in 1..=m {
            let mut best = score[i - 1][j].max(score[i][j - 1]);
            if sim[i - 1][j - 1].is_finite() {
                best = best.max(score[i - 1][j - 1] + sim[i - 1][j - 1]);
            }
            score[i][j] = best;
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        let s = sim[i - 1][j - 1];
        if s.is_finite() && (score[i][j] - (score[i - 1][j - 1] + s)).abs() < 1e-6 {
            out.push((i - 1, j - 1, s));
            i -= 1;
            j -= 1;
        } else if (score[i][j] - score[i - 1][j]).abs() < 1e-6 {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out.reverse();
    // Steps left over between two aligned steps (or an aligned step and the list's end) face
    // each other at the same place. When one side has a single such step, the most similar
    // step opposite it is that step under a renamed actor if the two still say much the same
    // thing: the renaming cost it the closer agreement asked of two actors above, not its
    // place. A desk of another channel is no renamed provider unit, except where a single step
    // stands between the same two aligned steps on each side.
    let mut bounds = Vec::with_capacity(out.len() + 2);
    bounds.push((usize::MAX, usize::MAX));
    bounds.extend(out.iter().map(|&(i, j, _)| (i, j)));
    bounds.push((n, m));
    let mut gaps = Vec::new();
    for w in bounds.windows(2) {
        let (from_i, from_j) = (w[0].0.wrapping_add(1), w[0].1.wrapping_add(1));
        let (rows, cols) = (from_i..w[1].0, from_j..w[1].1);
        if rows.is_empty() || cols.is_empty() || (rows.len() > 1 && cols.len() > 1) {
            continue;
        }
        let interior = w[0].0 != usize::MAX && w[1].0 != n && rows.len() == 1 && cols.len() == 1;
        let mut best: Option<(usize, usize, f32)> = None;
        for i in rows.clone() {
            for j in cols.clone() {
                let (x, y) = (&a.items[i], &b.items[j]);
                let renamed = match (&x.actor, &y.actor) {
                    (Some(p), Some(q)) if p != q => {
                        interior
                            || if same_actor {
                                !desk_a[i] && !desk_b[j]
                            } else {
                                prov_a[i] && prov_b[j]
                            }
                    }
                    _ => false,
                };
                if renamed
                    && x.kind != ItemKind::Condition
                    && y.kind != ItemKind::Condition
                    && ca[i].len() >= 3
                    && cb[j].len() >= 3
                    && !pa[i].shares_no_predicate(&pb[j])
                    && let Some(s) = scratch.similarity_at_least(&pa[i], &pb[j], min)
                    && s >= min
                    && best.is_none_or(|(_, _, t)| s > t)
                {
                    best = Some((i, j, s));
                }
            }
        }
        gaps.extend(best);
    }
    if !gaps.is_empty() {
        out.extend(gaps);
        out.sort_by_key(|&(i, j, _)| (i, j));
    }
    out
}

/// Russian present-tense predicates of a normalised text («принимает», «выдает», «готовит»).
/// Kazakh predicates are not recognised, so Kazakh texts yield none and are never vetoed.
#[cfg(test)]
fn verbs(text: &str) -> Vec<&str> {
    text.split(' ').filter(|w| is_predicate(w)).collect()
}

/// True for a word [`verbs`] keeps.
pub(super) fn is_predicate(w: &str) -> bool {
    const NOUNS: [&str; 6] = ["пакет", "бюджет", "ответ", "совет", "предмет", "лиц"];
    // Every ending ends in «т»: most words are refused by their last two bytes.
    w.ends_with('т')
        && ["ает", "яет", "ует", "ит", "ют", "ят"]
            .iter()
            .any(|e| w.ends_with(e))
        && !NOUNS.contains(&w)
        && w.chars().count() >= 5
}

/// True when both texts state predicates and share none: «выдает услугополучателю уведомление»
/// and «передает подписанное уведомление» are different procedures however similar the rest.
#[cfg(test)]
fn disjoint_verbs(a: &str, b: &str) -> bool {
    let (va, vb) = (verbs(a), verbs(b));
    !va.is_empty() && !vb.is_empty() && va.iter().all(|v| !vb.contains(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn prepared_predicates_agree_with_the_texts(
            a in proptest::collection::vec("принимает|выдает|выдает|пакет|ответ|лиц|готовит|документы|и|ют", 0..6),
            b in proptest::collection::vec("принимает|выдает|передает|пакет|совет|готовят|документы|и", 0..6),
        ) {
            let (a, b) = (a.join(" "), b.join(" "));
            let item = |t: &str| crate::check::testutil::item(1, 1, None, t, None);
            let (x, y) = (Prepared::new(&item(&a)), Prepared::new(&item(&b)));
            proptest::prop_assert_eq!(x.shares_no_predicate(&y), disjoint_verbs(&x.core, &y.core));
        }
    }

    #[test]
    fn different_predicates_veto_alignment() {
        assert!(disjoint_verbs(
            "выдает услугополучателю уведомление о назначении пособия",
            "передает подписанное уведомление о назначении пособия специалисту"
        ));
        assert!(!disjoint_verbs(
            "принимает документы осуществляет их регистрацию и выдает талон",
            "принимает документы осуществляет их регистрацию и передает руководителю"
        ));
        assert!(!disjoint_verbs(
            "құжаттарды қабылдайды",
            "құжаттарды тіркейді"
        ));
    }

    /// What an alignment decided, for comparing two runs of it.
    fn summary(pairs: &[Pairing]) -> Vec<String> {
        pairs
            .iter()
            .map(|p| format!("{:?} {} {:?} {}", p.kind, p.a.line, p.pairs, p.by_number))
            .collect()
    }

    /// Items prepared for one regulation serve another of the same act: each regulation pairs
    /// its lists as it would alone.
    #[test]
    fn items_prepared_once_pair_as_when_prepared_apart() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/reglaments/000_6f385fbdd640c006.txt"
        );
        let doc = crate::parse_file(std::path::Path::new(path), None).expect("the act parses");
        assert_eq!(doc.reglaments.len(), 11);
        let mut shared = PreparedItems::default();
        let mut aligned = 0;
        for reg in &doc.reglaments {
            let alone = summary(&pairings(reg));
            assert_eq!(summary(&pairings_with(reg, &mut shared)), alone);
            aligned += alone.len();
        }
        let items: usize = doc
            .reglaments
            .iter()
            .flat_map(|r| &r.lists)
            .map(|l| l.items.len())
            .sum();
        assert!(aligned >= 11, "{aligned}");
        // Steps printed in several regulations were prepared once.
        assert!(
            shared.seen.len() < items * 2 / 3,
            "{} of {items}",
            shared.seen.len()
        );
    }

    /// The same action read with another actor or another duration is prepared anew.
    #[test]
    fn an_item_is_prepared_anew_when_its_actor_or_duration_words_differ() {
        use crate::check::testutil::{dur, item, list, reg};
        use crate::model::{Item, TimeUnit};
        let action =
            "руководитель услугодателя рассматривает документы в течение 1 (одного) рабочего дня;";
        let named = item(
            1,
            101,
            Some("руководитель услугодателя"),
            action,
            Some(dur(
                "в течение 1 (одного) рабочего дня",
                1,
                TimeUnit::WorkingDay,
            )),
        );
        let bare = Item {
            actor: None,
            actor_text: None,
            ..named.clone()
        };
        let undated = Item {
            duration: None,
            ..named.clone()
        };
        let twice = |first: &Item, second: &Item| {
            let mut r = reg();
            let mut a = list(
                ListKind::Steps,
                Channel::Provider,
                5,
                100,
                vec![first.clone()],
            );
            let mut b = list(
                ListKind::Sequence,
                Channel::Provider,
                8,
                200,
                vec![second.clone()],
            );
            (a.twins, b.twins) = (vec![1], vec![0]);
            r.lists = vec![a, b];
            r
        };
        let cases = [(&named, &named), (&bare, &named), (&named, &undated)];
        let regs: Vec<_> = cases.iter().map(|(a, b)| twice(a, b)).collect();
        let mut shared = PreparedItems::default();
        let mut found = Vec::new();
        for ((a, b), r) in cases.iter().zip(&regs) {
            // Each item prepared on its own, with no memo.
            let apart = Scratch::default()
                .similarity_at_least(&Prepared::new(a), &Prepared::new(b), f32::NEG_INFINITY)
                .unwrap_or(0.0);
            let pairs = pairings_with(r, &mut shared);
            assert_eq!(pairs[0].pairs, [(0, 0, apart)]);
            found.push(apart);
        }
        // The duration's words are cut from what is compared: the undated copy differs.
        assert!(found[0] == 1.0 && found[2] < 0.5, "{found:?}");
        assert_eq!(shared.seen.len(), 3);
    }
}
