//! Kazakh actors in their case forms. The head stands last in a Kazakh phrase and carries the
//! case ending («көрсетілетін қызметті берушінің басшысына»), so a phrase is found by its last
//! word and read backwards against the names the lexicon knows.

use super::tokens::Tok;
use super::{ActorMatch, known_name};
use crate::lexicon::roles;
use crate::model::ActorKind;

/// Words a Kazakh phrase may have before its head.
const MAX_PHRASE_WORDS: usize = 6;

/// The phrase that ends at word `idx` once one of `endings` is taken off its last word
/// («басшысына» − «на»): the index of its first word, its canonical form and kind. The longest
/// known name wins; a head the lexicon knows only by its stem gives the printed words.
pub fn name_ending_at(
    text: &str,
    toks: &[Tok],
    idx: usize,
    endings: &[&str],
) -> Option<(usize, String, ActorKind)> {
    let t = toks.get(idx)?;
    let last = &text[t.start..t.end];
    for e in endings {
        let Some(stem) = strip_ending(last, &t.w, e) else {
            continue;
        };
        // Every name ends in a head the lexicon knows by its stem: other words are no actor,
        // and are settled before any name is looked up.
        let lower_stem = crate::text::lower(stem);
        if !roles::KK_HEADS.iter().any(|h| lower_stem.starts_with(h)) {
            continue;
        }
        for s in idx.saturating_sub(MAX_PHRASE_WORDS)..=idx {
            let mut candidate = text[toks[s].start..t.start].to_string();
            candidate.push_str(stem);
            if let Some((c, k)) = known_name(&candidate) {
                return Some((s, c.to_string(), k));
            }
        }
        // No known name: the head with the genitive words before it («бөлімінің маманына»).
        let mut s = idx;
        while s > 0
            && roles::KK_GENITIVE
                .iter()
                .any(|g| toks[s - 1].w.ends_with(g))
        {
            s -= 1;
        }
        let mut canonical = crate::text::lower(&text[toks[s].start..t.start]);
        canonical.push_str(&lower_stem);
        let kind = super::kind_of(&canonical);
        return Some((s, canonical, kind));
    }
    None
}

/// `word` without the case ending `e` (and the hyphen an abbreviation takes before it).
fn strip_ending<'w>(word: &'w str, lower: &str, e: &str) -> Option<&'w str> {
    if e.is_empty() {
        return Some(word);
    }
    if lower.len() != word.len() || !lower.ends_with(e) || lower.len() <= e.len() + 1 {
        return None;
    }
    let stem = &word[..word.len() - e.len()];
    stem.is_char_boundary(stem.len())
        .then(|| stem.trim_end_matches(['-', '–']))
}

/// The Kazakh genitive of a word by vowel harmony and its last sound («басшысы» → «басшысының»).
fn genitive(word: &str) -> String {
    let front = word
        .chars()
        .rev()
        .find(|c| "аәеиоөұүыіэюяу".contains(*c))
        .is_some_and(|c| "әеиөүіэ".contains(c));
    let last = word.chars().last().unwrap_or(' ');
    let consonant = if "аәеиоөұүыіэюяумнң".contains(last) {
        "н"
    } else if "жзлрй".contains(last) {
        "д"
    } else {
        "т"
    };
    format!("{word}{consonant}{}ң", if front { "і" } else { "ы" })
}

/// A known Kazakh subject with the alternative printed after it («… басшысы немесе оның
/// орынбасары», «ХҚКО операторы немесе УО қызметкері»).
pub fn with_alternatives(text: &str, mut m: ActorMatch) -> ActorMatch {
    let rest = &text[m.end..];
    let Some(after) = rest
        .strip_prefix(' ')
        .and_then(|r| r.strip_prefix("немесе "))
    else {
        return m;
    };
    let at = m.end + rest.len() - after.len();
    if let Some(deputy) = after.strip_prefix("оның ")
        && deputy.starts_with(roles::KK_DEPUTY)
    {
        let head = m.canonical.rsplit(' ').next().unwrap_or_default();
        let stem = &m.canonical[..m.canonical.len() - head.len()];
        m.alternatives
            .push(format!("{stem}{} {}", genitive(head), roles::KK_DEPUTY));
        m.end = at + "оның ".len() + roles::KK_DEPUTY.len();
    } else if let Some((r, (canonical, _))) = super::names::known_at_start(after) {
        let (_, printed) = super::trim_delimiter(&after[r.clone()]);
        m.alternatives.push(canonical.to_string());
        m.end = at + r.start + printed.len();
    } else {
        return m;
    }
    m.text = text[m.start..m.end].to_string();
    m
}

/// The agent of a nominalised Kazakh step: «X тарапынан», «X-мен», or X in the genitive at the
/// start of a verbal noun («көрсетілетін қызметті берушінің … өңдеуі»).
pub fn agent(text: &str, toks: &[Tok]) -> Option<ActorMatch> {
    let found = |first: usize, last: usize, canonical: String, kind: ActorKind| {
        let (start, end) = (toks[first].start, toks[last].end);
        ActorMatch {
            canonical,
            text: text[start..end].to_string(),
            start,
            end,
            kind,
            alternatives: Vec::new(),
        }
    };
    for (i, t) in toks.iter().enumerate() {
        if t.w == roles::KK_BY && i > 0 {
            if let Some((s, c, k)) = name_ending_at(text, toks, i - 1, &[""]) {
                return Some(found(s, i - 1, c, k));
            }
        } else if roles::KK_INSTRUMENTAL.iter().any(|e| t.w.ends_with(e))
            && let Some((s, c, k)) = name_ending_at(text, toks, i, roles::KK_INSTRUMENTAL)
        {
            return Some(found(s, i, c, k));
        }
    }
    // A genitive agent opens the item and a verbal noun ends its first clause.
    let clause_end = toks.iter().position(|t| t.pause).unwrap_or(toks.len());
    let verbal = toks[..clause_end.min(toks.len())]
        .iter()
        .any(|t| roles::KK_VERBAL_NOUN.iter().any(|e| t.w.ends_with(e)));
    if !verbal {
        return None;
    }
    (0..clause_end.min(MAX_PHRASE_WORDS)).find_map(|i| {
        let (s, c, k) = name_ending_at(text, toks, i, roles::KK_GENITIVE)?;
        (s == 0 && known_name(&c).is_some()).then(|| found(0, i, c, k))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    #[test]
    fn names_in_their_case_forms() {
        let text = "құжаттарды көрсетілетін қызметті берушінің жауапты орындаушысына береді";
        let toks = tokens(text);
        let (s, c, k) = name_ending_at(text, &toks, 5, roles::KK_DATIVE).unwrap();
        assert_eq!(s, 1);
        assert_eq!(c, "көрсетілетін қызметті берушінің жауапты орындаушысы");
        assert_eq!(k, ActorKind::Unit);
        let text = "ХҚКО-ға жібереді";
        let toks = tokens(text);
        assert_eq!(
            name_ending_at(text, &toks, 0, roles::KK_DATIVE).map(|r| r.1),
            Some("ХҚКО".to_string())
        );
        let text = "ҚФБ-ға жолдайды";
        let toks = tokens(text);
        assert_eq!(
            name_ending_at(text, &toks, 0, roles::KK_DATIVE).map(|r| r.1),
            Some("қфб".to_string())
        );
    }

    #[test]
    fn genitive_by_vowel_harmony() {
        assert_eq!(genitive("басшысы"), "басшысының");
        assert_eq!(genitive("қызметкері"), "қызметкерінің");
        assert_eq!(genitive("оператор"), "оператордың");
    }
}
