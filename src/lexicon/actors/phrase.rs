//! The bounded noun phrase that names an actor, read word by word.
//!
//! A Russian actor's phrase is [adjectives] head noun [genitive words]: it stops at a
//! preposition, a conjunction, a finite verb or punctuation. Alternatives stay apart from the
//! actor: «руководитель (заместитель) услугодателя», «председатель и члены комиссии»,
//! «специалист услугодателя или Центра», «руководитель или его заместитель». The same reader
//! reads the phrase in the dative (a recipient), the instrumental (the agent of a nominalised
//! step) and the accusative after «в»/«на» (an institution), and gives the canonical form in
//! the nominative.

use std::sync::LazyLock;

use super::tokens::Tok;
use crate::lexicon::roles;
use crate::text::lower;

/// True when two lower-case words differ only by a case ending («руководитель» /
/// «руководителю», «басшысы» / «басшысына»); «отдел» / «отделение» differ by more.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let n = common_prefix(a, b);
    let p = a[..n].chars().count();
    // Most pairs part within their first letters: settled before the words are counted.
    if p < 3 {
        return false;
    }
    let (ra, rb) = (a[n..].chars().count(), b[n..].chars().count());
    let (la, lb) = (p + ra, p + rb);
    2 * p >= la.min(lb) && ra.max(rb) <= 3 && ra.min(rb) <= 2
}

/// The byte length of the longest common start of `a` and `b` that ends between characters.
fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // Equal bytes before `n` make it a character boundary of both words or of neither.
    while !a.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// The ending `word` has beyond its common stem with `nominative`, when they are one word.
fn ending<'w>(word: &'w str, nominative: &str) -> Option<&'w str> {
    if !same_word(word, nominative) {
        return None;
    }
    // «исполнитель» / «исполнителю»: the stem stops before the soft sign.
    Some(&word[common_prefix(word, nominative)..])
}

/// The grammatical case a phrase is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// The subject of a step.
    Nominative,
    /// A recipient («руководителю услугодателя»).
    Dative,
    /// The agent of a nominalised step («сотрудником канцелярии»).
    Instrumental,
    /// An institution after «в»/«на» («в участковую комиссию»).
    Accusative,
}

impl Case {
    fn noun_endings(self) -> &'static [&'static str] {
        match self {
            Case::Nominative => &[""],
            Case::Dative => roles::RU_DATIVE_NOUN,
            Case::Instrumental => roles::RU_INSTRUMENTAL_NOUN,
            Case::Accusative => roles::RU_ACCUSATIVE_NOUN,
        }
    }

    fn adjective_endings(self) -> &'static [&'static str] {
        match self {
            Case::Nominative => &["ый", "ий", "ой", "ая", "яя"],
            Case::Dative => roles::RU_DATIVE_ADJECTIVE,
            Case::Instrumental => roles::RU_INSTRUMENTAL_ADJECTIVE,
            Case::Accusative => roles::RU_ACCUSATIVE_ADJECTIVE,
        }
    }
}

/// Every head noun a Russian actor's phrase may have, sorted by its first four bytes.
static HEADS: LazyLock<Vec<(u32, &'static str)>> = LazyLock::new(|| {
    let mut heads: Vec<(u32, &'static str)> = crate::lexicon::ru::ACTOR_HEADS
        .iter()
        .chain(roles::RU_EXTRA_HEADS)
        .filter_map(|h| Some((opening(h.as_bytes())?, *h)))
        .collect();
    heads.sort_by_key(|&(key, _)| key);
    heads
});

/// A word's first four bytes as one number, ordered as the bytes are; `None` for a shorter word.
fn opening(w: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(w.get(..4)?.try_into().ok()?))
}

/// The head nouns that open with `key` (a form shares its first three letters with its head,
/// so the first two, four bytes of Cyrillic, pick the few to compare): every word of an item
/// is asked, and the whole list is long.
fn heads(key: u32) -> impl Iterator<Item = &'static str> {
    let from = HEADS.partition_point(|&(k, _)| k < key);
    HEADS[from..]
        .iter()
        .take_while(move |&&(k, _)| k == key)
        .map(|&(_, h)| h)
}

/// The nominative head noun `w` is a form of, in `case`.
pub fn head_in(w: &str, case: Case) -> Option<&'static str> {
    let mut best: Option<&'static str> = None;
    for h in heads(opening(w.as_bytes())?) {
        let fits = match case {
            Case::Nominative => w == h,
            _ => ending(w, h).is_some_and(|e| {
                // «исполнителю» against «исполнитель»: the soft sign is the nominative's own ending.
                let e = e.trim_start_matches('ь');
                case.noun_endings().contains(&e) || (case == Case::Accusative && w == h)
            }),
        };
        if fits && best.is_none_or(|b| h.len() > b.len()) {
            best = Some(h);
        }
    }
    best
}

/// Any form of a head noun (for alternatives printed in brackets in any case).
fn head_any(w: &str) -> Option<&'static str> {
    heads(opening(w.as_bytes())?)
        .filter(|h| same_word(w, h))
        .max_by_key(|h| h.len())
}

/// The stem of an adjective in `case` («ответственному» → «ответственн»).
fn adjective_stem(w: &str, case: Case) -> Option<&str> {
    if !w.chars().all(|c| crate::text::is_letter(c) || c == '-') {
        return None;
    }
    case.adjective_endings()
        .iter()
        .filter(|e| w.len() > e.len() + 4 && w.ends_with(*e))
        .map(|e| &w[..w.len() - e.len()])
        .next()
}

/// A word that may continue a phrase as a genitive («услугодателя», «сельского», «Центра»).
fn genitive(w: &str) -> bool {
    if roles::RU_BARE_GENITIVES.contains(&w) {
        return true;
    }
    // The ending first: it turns most words away at once.
    roles::RU_GENITIVE_ENDINGS.iter().any(|e| w.ends_with(e))
        && w.chars().count() > 1
        && w.chars().all(|c| crate::text::is_letter(c) || c == '-')
        && !roles::RU_PREPOSITIONS.contains(&w)
        && !roles::RU_CONJUNCTIONS.contains(&w)
        && !roles::PRONOUNS.contains(&w)
        && !roles::RU_DOCUMENT_STEMS.iter().any(|d| w.starts_with(d))
        && !crate::lexicon::is_finite_verb_lower(w)
}

/// False when the words after a phrase cannot go on with it: the next word is a finite verb, a
/// preposition or a conjunction that offers no alternative, or punctuation ends the phrase.
pub fn may_continue(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    if rest.starts_with('(') {
        return true;
    }
    let word = rest.split(' ').next().unwrap_or_default();
    if word.is_empty()
        || word.ends_with([',', ';', '.', ':'])
        || !word.starts_with(crate::text::is_letter)
    {
        return false;
    }
    let w = lower(word);
    roles::ALTERNATIVE_WORDS.contains(&w.as_str()) || w == "и" || w.ends_with('/') || genitive(&w)
}

/// The genitive of a nominative head noun («руководитель» → «руководителя»).
fn genitive_of(head: &str) -> String {
    for (nom, ending) in roles::RU_GENITIVE_OF_HEAD {
        if let Some(stem) = head.strip_suffix(nom) {
            return format!("{stem}{ending}");
        }
    }
    head.to_string()
}

/// A phrase read from the words of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    /// Index of the first and the last word of the phrase.
    pub first: usize,
    pub last: usize,
    /// The phrase in the nominative, lower case («руководитель услугодателя»).
    pub canonical: String,
    /// The further actors it offers, in the nominative.
    pub alternatives: Vec<String>,
}

/// Reads the Russian actor's phrase that starts at word `i`, in `case`.
pub fn read_ru(toks: &[Tok], i: usize, case: Case) -> Option<Read> {
    // An oblique phrase opens with a word in its case: most words are settled by their ending.
    if matches!(case, Case::Dative | Case::Instrumental) {
        let w = &toks.get(i)?.w;
        let ends = |e: &&str| w.ends_with(*e);
        if !case.noun_endings().iter().any(ends) && !case.adjective_endings().iter().any(ends) {
            return None;
        }
    }
    let mut j = i;
    let mut stems: Vec<&str> = Vec::new();
    // Adjectives until the head noun.
    loop {
        let t = toks.get(j)?;
        if slash_heads(&t.w, case).is_some() || stems.len() == 2 || t.pause || t.close {
            break;
        }
        let stem = adjective_stem(&t.w, case)?;
        if case == Case::Nominative
            && !crate::lexicon::ru::ACTOR_ADJECTIVES.contains(&t.w.as_str())
            && toks
                .get(j + 1)
                .is_none_or(|n| head_in(&n.w, case).is_none())
        {
            return None;
        }
        stems.push(stem);
        j += 1;
    }
    let head_tok = &toks[j];
    let (head, mut bare) = slash_heads(&head_tok.w, case)?;
    let feminine = head.ends_with(['а', 'я']);
    let adjectives: Vec<String> = toks[i..j]
        .iter()
        .zip(&stems)
        .map(|(t, stem)| {
            match crate::lexicon::ru::ACTOR_ADJECTIVES
                .iter()
                .find(|a| same_word(&t.w, a))
            {
                Some(a) => a.to_string(),
                None if feminine => format!("{stem}ая"),
                None => format!("{stem}ый"),
            }
        })
        .collect();
    let mut last = j;
    let mut k = j + 1;
    // Whether the phrase may go on with genitive words.
    let mut open_tail = !head_tok.pause && !head_tok.close;
    if open_tail {
        // «руководитель (заместитель) услугодателя», «председатель и члены комиссии».
        if let Some(t) = toks.get(k) {
            if t.open {
                let close = (k..toks.len().min(k + 4)).find(|&m| toks[m].close);
                if let Some(m) = close
                    && toks[k..=m].iter().all(|x| head_any(&x.w).is_some())
                {
                    bare.extend(toks[k..=m].iter().filter_map(|x| head_any(&x.w)));
                    open_tail = !toks[m].pause;
                    last = m;
                    k = m + 1;
                }
            } else if t.w == "и"
                && let Some(h) = toks.get(k + 1).and_then(|n| head_any(&n.w))
                && !toks[k + 1].open
            {
                bare.push(h);
                open_tail = !toks[k + 1].pause && !toks[k + 1].close;
                last = k + 1;
                k += 2;
            }
        }
    }
    let mut tail: Vec<&str> = Vec::new();
    if open_tail {
        while let Some(t) = toks.get(k) {
            if t.open || !genitive(&t.w) {
                break;
            }
            tail.push(&t.w);
            last = k;
            k += 1;
            if t.pause || t.close {
                break;
            }
        }
    }
    let own = |h: &str, tail: &[&str]| {
        let mut words: Vec<&str> = Vec::new();
        words.extend(adjectives.iter().map(String::as_str));
        words.push(h);
        // Heads share the tail, less a genitive of themselves («директор/заместитель директора
        // Центра»: «директор центра»).
        let skip = usize::from(tail.first().is_some_and(|w| same_word(w, h)));
        words.extend(&tail[skip.min(tail.len())..]);
        words.join(" ")
    };
    let canonical = own(head, &tail);
    let mut alternatives: Vec<String> = bare.iter().map(|h| own(h, &tail)).collect();
    // «… или его заместитель», «… или Центра», «… или директор/заместитель директора Центра»,
    // «… физических лиц/ юридических лиц».
    let next = if toks[last].slash {
        Some(last + 1)
    } else {
        toks.get(last + 1)
            .filter(|or| {
                !toks[last].pause
                    && !toks[last].close
                    && !or.open
                    && roles::ALTERNATIVE_WORDS.contains(&or.w.as_str())
            })
            .map(|_| last + 2)
    };
    if let Some(n) = next {
        let deputy = toks
            .get(n)
            .is_some_and(|t| roles::DEPUTY_PRONOUNS.contains(&t.w.as_str()))
            && toks
                .get(n + 1)
                .is_some_and(|t| same_word(&t.w, roles::RU_DEPUTY));
        if deputy {
            let mut words = vec![roles::RU_DEPUTY.to_string()];
            words.extend(adjectives.iter().map(|a| genitive_adjective(a)));
            words.push(genitive_of(head));
            words.extend(tail.iter().map(|w| w.to_string()));
            alternatives.push(words.join(" "));
            last = n + 1;
        } else if let Some(r) = read_ru(toks, n, case) {
            alternatives.push(r.canonical);
            alternatives.extend(r.alternatives);
            last = r.last;
        } else {
            let mut m = n;
            let mut other: Vec<&str> = Vec::new();
            while let Some(t) = toks.get(m).filter(|t| !t.open && genitive(&t.w)) {
                other.push(&t.w);
                m += 1;
                if t.pause || t.close {
                    break;
                }
            }
            if !other.is_empty() {
                alternatives.push(own(head, &other));
                last = m - 1;
            }
        }
    }
    Some(Read {
        first: i,
        last,
        canonical,
        alternatives,
    })
}

/// The genitive of a nominative adjective («ответственный» → «ответственного»).
fn genitive_adjective(a: &str) -> String {
    for (nom, ending) in [
        ("ый", "ого"),
        ("ий", "его"),
        ("ой", "ого"),
        ("ая", "ой"),
        ("яя", "ей"),
    ] {
        if let Some(stem) = a.strip_suffix(nom) {
            return format!("{stem}{ending}");
        }
    }
    a.to_string()
}

/// A head noun, or several joined by slashes («директор/заместитель»): the first and the others.
fn slash_heads(w: &str, case: Case) -> Option<(&'static str, Vec<&'static str>)> {
    if !w.contains('/') {
        return head_in(w, case).map(|h| (h, Vec::new()));
    }
    let mut parts = w.split('/');
    let first = head_in(parts.next()?, case)?;
    let rest: Option<Vec<&'static str>> = parts.map(|p| head_in(p, case)).collect();
    Some((first, rest?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::actors::tokens::tokens;

    fn read(text: &str, case: Case) -> Option<(String, Vec<String>, String)> {
        let toks = tokens(text);
        read_ru(&toks, 0, case).map(|r| {
            let printed = text[toks[r.first].start..toks[r.last].end].to_string();
            (r.canonical, r.alternatives, printed)
        })
    }

    #[test]
    fn words_that_differ_by_an_ending() {
        assert!(same_word("руководителю", "руководитель"));
        assert!(same_word("ответственным", "ответственный"));
        assert!(same_word("басшысына", "басшысы"));
        assert!(same_word("алушыға", "алушы"));
        assert!(!same_word("отделение", "отдел"));
        assert!(!same_word("услугодатель", "услугополучатель"));
    }

    #[test]
    fn bounded_at_conjunctions_prepositions_and_verbs() {
        let (c, alt, printed) = read(
            "руководитель услугодателя или директор/заместитель директора Центра в течение 1 минуты",
            Case::Nominative,
        )
        .unwrap();
        assert_eq!(c, "руководитель услугодателя");
        assert_eq!(alt, ["директор центра", "заместитель директора центра"]);
        assert_eq!(
            printed,
            "руководитель услугодателя или директор/заместитель директора Центра"
        );
        let (c, alt, _) = read(
            "ответственный специалист услугодателя или Центра в течение 3 (трех) минут",
            Case::Nominative,
        )
        .unwrap();
        assert_eq!(c, "ответственный специалист услугодателя");
        assert_eq!(alt, ["ответственный специалист центра"]);
        let (c, alt, _) = read(
            "руководитель (заместитель) услугодателя рассматривает",
            Case::Nominative,
        )
        .unwrap();
        assert_eq!(
            (c.as_str(), alt),
            (
                "руководитель услугодателя",
                vec!["заместитель услугодателя".to_string()]
            )
        );
        let (c, alt, _) = read(
            "председатель и члены комиссий рассматривают",
            Case::Nominative,
        )
        .unwrap();
        assert_eq!(
            (c.as_str(), alt),
            ("председатель комиссий", vec!["члены комиссий".to_string()])
        );
        let (c, alt, _) = read(
            "руководитель услугодателя либо его заместитель подписывает",
            Case::Nominative,
        )
        .unwrap();
        assert_eq!(c, "руководитель услугодателя");
        assert_eq!(alt, ["заместитель руководителя услугодателя"]);
        let (c, _, printed) = read(
            "социальный работник по оценке и определению",
            Case::Nominative,
        )
        .unwrap();
        assert_eq!(
            (c.as_str(), printed.as_str()),
            ("социальный работник", "социальный работник")
        );
    }

    #[test]
    fn oblique_cases_in_the_nominative() {
        let (c, alt, printed) = read(
            "руководителю (заместителю) услугодателя для подписания",
            Case::Dative,
        )
        .unwrap();
        assert_eq!(c, "руководитель услугодателя");
        assert_eq!(alt, ["заместитель услугодателя"]);
        assert_eq!(printed, "руководителю (заместителю) услугодателя");
        assert_eq!(
            read("ответственному исполнителю отдела;", Case::Dative)
                .unwrap()
                .0,
            "ответственный исполнитель отдела"
        );
        assert_eq!(
            read("Государственную корпорацию для", Case::Accusative)
                .unwrap()
                .0,
            "государственная корпорация"
        );
        assert_eq!(
            read("участковую комиссию для обследования", Case::Accusative)
                .unwrap()
                .0,
            "участковая комиссия"
        );
        assert_eq!(
            read(
                "сотрудником канцелярии услугодателя в течение",
                Case::Instrumental
            )
            .unwrap()
            .0,
            "сотрудник канцелярии услугодателя"
        );
        // An object is no recipient.
        assert_eq!(read("документы услугодателю", Case::Dative), None);
        assert_eq!(read("бумажном виде", Case::Accusative), None);
    }

    proptest::proptest! {
        /// Words compared by their bytes part where their characters part.
        #[test]
        fn same_word_counts_characters(a in "[аеёяюьқәA-Za]{0,12}", b in "[аеёяюьқәA-Za]{0,12}") {
            let p = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            let (la, lb) = (a.chars().count(), b.chars().count());
            let expected = a == b
                || (p >= 3 && 2 * p >= la.min(lb) && (la - p).max(lb - p) <= 3 && (la - p).min(lb - p) <= 2);
            proptest::prop_assert_eq!(same_word(&a, &b), expected);
            let stem: String = a.chars().take(p).collect();
            proptest::prop_assert_eq!(common_prefix(&a, &b), stem.len());
        }
    }
}
