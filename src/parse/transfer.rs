//! Who a step hands its work to and what it hands on: the dative phrase (or «в»/«на» with an
//! institution) that depends on a verb of transfer, and the document the verb takes.
//!
//! «ответственный исполнитель услугодателя передает подписанное уведомление … специалисту
//! Государственной корпорации» → recipient «специалист государственной корпорации», object
//! «подписанное уведомление …»; «… жауапты орындаушысы мемлекеттік қызметті көрсету нәтижесін
//! көрсетілетін қызметті алушыға береді» → recipient the applicant, object «… нәтижесін».
//! A step may transfer several times; the last transfer that names a recipient is the one that
//! hands the work on.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::pattern;

use super::lines::Located;
use crate::lexicon::actors::phrase::{Case, read_ru};
use crate::lexicon::actors::tokens::{Tok, tokens};
use crate::lexicon::actors::{kk, matched};
use crate::lexicon::words::Words;
use crate::lexicon::{self, roles};
use crate::model::{Language, Party};

/// A transfer as read: its recipient and the first and last word of its object.
type Found = (Option<Party>, Option<(usize, usize)>);

/// The verbs of transfer of each language as one search (Teddy over literals): the first
/// letter in either case, the rest as listed.
static RU_VERBS: LazyLock<Regex> = LazyLock::new(|| verbs_regex(roles::RU_TRANSFER));
static KK_VERBS: LazyLock<Regex> = LazyLock::new(|| verbs_regex(roles::KK_TRANSFER));

/// The same verbs, asked of every word of an item that mentions one.
static RU_VERB_WORDS: Words = Words::new(roles::RU_TRANSFER);
static KK_VERB_WORDS: Words = Words::new(roles::KK_TRANSFER);

fn verbs_regex(words: &[&str]) -> Regex {
    let alternation: Vec<String> = words
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            let first = chars.next().unwrap_or(' ');
            let upper: String = first.to_uppercase().collect();
            format!("[{first}{upper}]{}", regex::escape(chars.as_str()))
        })
        .collect();
    pattern::regex(&alternation.join("|"))
}

/// Where the word holding the first verb of transfer in `text` starts.
fn first_mention(text: &str, language: Language) -> Option<usize> {
    let re = match language {
        Language::Ru => &*RU_VERBS,
        Language::Kk => &*KK_VERBS,
    };
    // Every verb is one word: the earliest end of any match lies in the word of the leftmost
    // match, and is found without searching back for its start.
    let end = re.shortest_match(text)?;
    Some(text[..end].rfind(' ').map_or(0, |i| i + 1))
}

/// The recipient and the object of a step.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Transfer {
    pub recipient: Option<Party>,
    pub object: Option<String>,
}

/// Reads the transfer in `text` (a slice of `src.text`) from byte `from` on; `agent` is the byte
/// range of the step's own actor inside `text` when it stands there (a nominalised step), which
/// is neither the recipient nor part of the object.
pub fn transfer(
    src: &Located<'_>,
    text: &str,
    from: usize,
    agent: Option<std::ops::Range<usize>>,
    language: Language,
) -> Transfer {
    let hay = &text[text.floor_char_boundary(from)..];
    let words = match language {
        Language::Ru => &RU_VERB_WORDS,
        Language::Kk => &KK_VERB_WORDS,
    };
    // Many items hand nothing on: a look at each word's opening bytes settles that before the
    // item is split into words.
    let Some(first) = first_mention(hay, language) else {
        return Transfer::default();
    };
    // A Russian verb governs what follows it; a Kazakh verb what stands before it in its clause.
    let hay = match language {
        Language::Ru => &hay[first..],
        Language::Kk => hay,
    };
    let mut toks = tokens(hay);
    // The agent's words are left out: an object or a recipient cannot run across them.
    let base = hay.as_ptr() as usize - text.as_ptr() as usize;
    if let Some(r) = agent {
        toks.retain(|t| t.end + base <= r.start || t.start + base >= r.end);
    }
    let mut best: Option<Found> = None;
    let mut prev: Option<usize> = None;
    for v in (0..toks.len()).filter(|&i| words.contains(&toks[i].w)) {
        if toks.get(v + 1).is_some_and(|n| n.w == roles::KK_PURPOSE) {
            continue;
        }
        // A Kazakh verbal noun hands on only where it ends its clause («… АЖ-не жолдау және …»),
        // not inside a longer phrase («… жіберу процесінде»).
        let finite = toks[v].w.ends_with("ды") || toks[v].w.ends_with("ді");
        if language == Language::Kk
            && !finite
            && !toks[v].pause
            && toks
                .get(v + 1)
                .is_some_and(|n| !roles::KK_OBJECT_STOPS.contains(&n.w.as_str()))
        {
            continue;
        }
        // «… береді не … жібереді»: the second transfer is the alternative, not the hand-on.
        let alternative = prev.is_some_and(|p| {
            toks.get(p + 1)
                .is_some_and(|n| roles::TRANSFER_ALTERNATIVES.contains(&n.w.as_str()))
                && !toks[p + 1..v].iter().any(|t| t.stop)
        });
        let floor = prev.map_or(0, |p| p + 1);
        prev = Some(v);
        if alternative {
            continue;
        }
        let (recipient, object) = match language {
            Language::Ru => ru(src, hay, &toks, v),
            Language::Kk => kk_transfer(src, hay, &toks, v, floor),
        };
        if recipient.is_some() || best.as_ref().is_none_or(|b| b.0.is_none()) {
            best = Some((recipient, object));
        }
    }
    let Some((recipient, object)) = best else {
        return Transfer::default();
    };
    let object = object
        .map(|(a, b)| hay[toks[a].start..toks[b].end_with_bracket(hay)].to_string())
        .filter(|o| !roles::PRONOUNS.contains(&crate::text::lower(o).as_str()));
    Transfer { recipient, object }
}

/// A party from a phrase found in `hay` (a slice of `src.text`).
fn party(src: &Located<'_>, hay: &str, start: usize, end: usize, actor: String) -> Party {
    let printed = &hay[start..end];
    Party {
        kind: lexicon::kind_of(&actor),
        actor,
        text: printed.to_string(),
        line: src.line_of(printed),
    }
}

/// True for a word that ends the reach of a Russian verb: a duration, a dash before one.
fn ends_reach(t: &Tok) -> bool {
    matches!(t.w.as_str(), "–" | "-" | "течение" | "течении" | "более")
}

/// True at «и» before another verb («… и подписывает»): the verb's reach ends there.
fn next_verb(toks: &[Tok], k: usize) -> bool {
    toks[k].w == "и"
        && toks
            .get(k + 1)
            .is_some_and(|n| lexicon::is_finite_verb_lower(&n.w))
}

/// Russian: the recipient after the verb at word `v`, and the object's first and last word.
fn ru(src: &Located<'_>, hay: &str, toks: &[Tok], v: usize) -> Found {
    // The verb reaches to the end of its clause, past a duration («… в течение 10 минут
    // услугополучателю»), and stops before another verb.
    let mut end = v + 1;
    while end < toks.len() && !next_verb(toks, end) {
        end += 1;
        if toks[end - 1].pause {
            break;
        }
    }
    let mut found = None;
    for k in v + 1..end {
        let prev = &toks[k - 1].w;
        if roles::RU_DESTINATION_PREPOSITIONS.contains(&prev.as_str()) {
            // An information system by its name («в ГБД ФЛ»), the longest first.
            let system = (1..=3.min(end - k)).rev().find_map(|n| {
                lexicon::known_name(first_words(hay, &toks[k..end], n))
                    .filter(|(_, kind)| *kind == crate::model::ActorKind::System)
                    .map(|(c, _)| (k, k + n - 1, c.to_string()))
            });
            if system.is_some() {
                found = system;
                break;
            }
            if let Some(r) = read_ru(toks, k, Case::Accusative) {
                let m = matched(hay, toks, r.clone());
                let canonical = hereafter(hay, toks, r.last).unwrap_or(m.canonical);
                found = Some((k, r.last, canonical));
                break;
            }
        } else if !roles::RU_PREPOSITIONS.contains(&prev.as_str())
            && let Some(r) = read_ru(toks, k, Case::Dative)
        {
            let m = matched(hay, toks, r.clone());
            found = Some((k, r.last, m.canonical));
            break;
        }
    }
    let recipient = found
        .as_ref()
        .map(|(a, b, c)| party(src, hay, toks[*a].start, toks[*b].end, c.clone()));
    // The object stands between the verb and the recipient, or after the recipient.
    let mut gap = v + 1;
    let gap_end = match &found {
        Some((a, _, _)) => a.saturating_sub(usize::from(
            roles::RU_DESTINATION_PREPOSITIONS.contains(&toks[a - 1].w.as_str()),
        )),
        None => end,
    };
    // Purposes («на подпись») and durations («в течение 3 (трех) минут») come before the object.
    while let Some(t) = toks.get(gap).filter(|_| gap < gap_end) {
        if roles::RU_PREPOSITIONS.contains(&t.w.as_str())
            && !toks
                .get(gap + 1)
                .is_some_and(|n| roles::RU_TIME_WORDS.iter().any(|w| n.w.starts_with(w)))
        {
            gap += 2;
        } else if roles::RU_PREPOSITIONS.contains(&t.w.as_str())
            || t.w.starts_with(|c: char| c.is_ascii_digit())
            || (t.open && t.close)
            || roles::RU_TIME_WORDS.iter().any(|w| t.w.starts_with(w))
        {
            gap += 1;
        } else {
            break;
        }
    }
    let object = if gap < gap_end {
        object_run(toks, gap, gap_end)
    } else if let Some((_, b, _)) = found {
        let mut after = b + 1;
        if toks.get(after).is_some_and(|t| t.open) {
            while after < toks.len() && !toks[after].close {
                after += 1;
            }
            after += 1;
        }
        object_run(toks, after, toks.len())
    } else {
        None
    };
    (recipient, object)
}

/// The known short name a phrase is given right after it («… физических лиц (далее – ГБД ФЛ)»).
fn hereafter(hay: &str, toks: &[Tok], last: usize) -> Option<String> {
    toks.get(last + 1)
        .filter(|t| t.open && t.w == roles::RU_HEREAFTER)?;
    let close = (last + 1..toks.len().min(last + 7)).find(|&m| toks[m].close)?;
    let name = toks[last + 2..=close]
        .iter()
        .skip_while(|t| matches!(t.w.as_str(), "–" | "-"))
        .collect::<Vec<_>>();
    let (first, end) = (name.first()?, name.last()?);
    lexicon::known_name(&hay[first.start..end.end]).map(|(c, _)| c.to_string())
}

/// The first `n` words of `toks` as printed in `hay`.
fn first_words<'h>(hay: &'h str, toks: &[Tok], n: usize) -> &'h str {
    match toks.get(..n.min(toks.len())) {
        Some([first, .., last]) => &hay[first.start..last.end],
        Some([only]) => &hay[only.start..only.end],
        _ => "",
    }
}

/// The words of a Russian object from word `a`, up to a preposition outside brackets, a
/// duration or a pause; brackets opened inside are kept whole.
fn object_run(toks: &[Tok], a: usize, limit: usize) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut last_closed: Option<usize> = None;
    let mut k = a;
    while k < limit.min(toks.len()) {
        let t = &toks[k];
        if depth == 0
            && (roles::RU_OBJECT_STOPS.contains(&t.w.as_str())
                || ends_reach(t)
                || (k == a && t.open))
        {
            break;
        }
        if t.open {
            depth += 1;
        }
        if t.close {
            depth = depth.saturating_sub(1);
        }
        if depth == 0 {
            last_closed = Some(k);
        }
        k += 1;
        if t.pause && depth == 0 {
            break;
        }
    }
    last_closed.map(|b| (a, b))
}

/// Kazakh: the recipient before the verb at word `v` (the last dative phrase of its clause),
/// and the object's first and last word.
fn kk_transfer(src: &Located<'_>, hay: &str, toks: &[Tok], v: usize, floor: usize) -> Found {
    let clause = (floor..v)
        .rev()
        .find(|&i| toks[i].pause)
        .map_or(floor, |i| i + 1);
    let found = (clause..v).rev().find_map(|k| {
        let (s, c, _) = kk::name_ending_at(hay, toks, k, roles::KK_DATIVE)?;
        (s >= clause).then_some((s, k, c))
    });
    let recipient = found
        .as_ref()
        .map(|(a, b, c)| party(src, hay, toks[*a].start, toks[*b].end, c.clone()));
    // An object is a short run of words that ends in the accusative.
    let valid = |a: usize, b: usize| {
        let span = toks.get(a..=b)?;
        let (last, before) = span.split_last()?;
        let fits = span.len() <= 6
            && !span
                .iter()
                .any(|t| roles::KK_OBJECT_STOPS.contains(&t.w.as_str()))
            && !before.iter().any(|t| t.pause || t.close)
            && roles::KK_ACCUSATIVE.iter().any(|e| last.w.ends_with(e));
        fits.then_some((a, b))
    };
    let object = match &found {
        Some((a, b, _)) => (b + 1 < v)
            .then(|| valid(b + 1, v - 1))
            .flatten()
            .or_else(|| (*a > clause).then(|| valid(clause, a - 1)).flatten()),
        None => (v > clause).then(|| valid(clause, v - 1)).flatten(),
    };
    (recipient, object)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActorKind;

    #[test]
    fn verbs_of_transfer_are_single_words() {
        // `first_mention` takes the word of the earliest match end for the word of the
        // leftmost match, which holds only while no verb spans a space.
        for w in roles::RU_TRANSFER.iter().chain(roles::KK_TRANSFER) {
            assert!(w.chars().all(char::is_alphabetic), "{w:?}");
        }
        let text = "специалист передает и направляет документы";
        assert_eq!(first_mention(text, Language::Ru), text.find("передает"));
        assert_eq!(first_mention("передает", Language::Ru), Some(0));
        let kk = "құжаттарды береді";
        assert_eq!(first_mention(kk, Language::Kk), kk.find("береді"));
    }

    fn read(
        text: &str,
        language: Language,
    ) -> (Option<(String, String, ActorKind)>, Option<String>) {
        let src = Located::single(text, 1);
        let from = lexicon::actor_at_start(text).map_or(0, |m| m.end);
        let t = transfer(&src, text, from, None, language);
        (t.recipient.map(|p| (p.actor, p.text, p.kind)), t.object)
    }

    #[test]
    fn russian_dative_recipients() {
        let (r, o) = read(
            "ответственный исполнитель услугодателя готовит уведомление о назначении (отказе в назначении) в бумажном виде и направляет на подпись руководителю услугодателя в течение 1 (одного) рабочего дня;",
            Language::Ru,
        );
        let r = r.unwrap();
        assert_eq!(
            (r.0.as_str(), r.1.as_str()),
            ("руководитель услугодателя", "руководителю услугодателя")
        );
        assert_eq!(o, None);
        let (r, o) = read(
            "ответственный исполнитель услугодателя передает подписанное уведомление о назначении (отказе в назначении) в бумажном виде специалисту Государственной корпорации в течение 1 (одного) рабочего дня;",
            Language::Ru,
        );
        assert_eq!(r.unwrap().0, "специалист государственной корпорации");
        assert_eq!(
            o.as_deref(),
            Some("подписанное уведомление о назначении (отказе в назначении)")
        );
        let (r, o) = read(
            "ответственный исполнитель услугодателя выдает услугополучателю (либо его представителю по нотариально заверенной доверенности) уведомление о назначении (отказе в назначении) – не более 15 (пятнадцати) минут.",
            Language::Ru,
        );
        let r = r.unwrap();
        assert_eq!(
            (r.0.as_str(), r.2),
            ("услугополучатель", ActorKind::Applicant)
        );
        assert_eq!(
            o.as_deref(),
            Some("уведомление о назначении (отказе в назначении)")
        );
    }

    #[test]
    fn russian_institutions_after_a_preposition() {
        let (r, o) = read(
            "ответственный исполнитель услугодателя направляет документы в участковую комиссию для обследования и подготовки заключения",
            Language::Ru,
        );
        assert_eq!(r.unwrap().0, "участковая комиссия");
        assert_eq!(o.as_deref(), Some("документы"));
        let (r, _) = read(
            "оператор передает документы в Государственную корпорацию",
            Language::Ru,
        );
        assert_eq!(r.unwrap().0, "государственная корпорация");
        let (r, _) = read(
            "процесс 3 – направление запроса в ГБД ФЛ о данных",
            Language::Ru,
        );
        let r = r.unwrap();
        assert_eq!((r.0.as_str(), r.2), ("ИС ГБД ФЛ", ActorKind::System));
        // «в бумажном виде» is no destination.
        let (r, o) = read("руководитель выдает справку в бумажном виде", Language::Ru);
        assert_eq!((r, o.as_deref()), (None, Some("справку")));
    }

    #[test]
    fn kazakh_dative_recipients() {
        let (r, o) = read(
            "көрсетілетін қызметті берушінің жауапты орындаушысы мемлекеттік қызметті көрсету нәтижесін көрсетілетін қызметті алушыға береді - 30 (отыз) минут.",
            Language::Kk,
        );
        let r = r.unwrap();
        assert_eq!(
            (r.0.as_str(), r.2),
            ("көрсетілетін қызметті алушы", ActorKind::Applicant)
        );
        assert_eq!(o.as_deref(), Some("мемлекеттік қызметті көрсету нәтижесін"));
        let (r, o) = read(
            "ауылдық округ әкімі көрсетілетін қызметті берушінің қызметкеріне құжаттарды береді - 2 (екі) жұмыс күні;",
            Language::Kk,
        );
        assert_eq!(r.unwrap().0, "көрсетілетін қызметті берушінің қызметкері");
        assert_eq!(o.as_deref(), Some("құжаттарды"));
        let (r, o) = read(
            "Құжаттарды көрсетілетін қызметті берушінің басшысына көрсетілетін қызметті берушінің жауапты орындаушысын айқындау және тиісті бұрыштама қою үшін береді - 2 (екі) сағат;",
            Language::Kk,
        );
        assert_eq!(r.unwrap().0, "көрсетілетін қызметті берушінің басшысы");
        assert_eq!(o.as_deref(), Some("Құжаттарды"));
        let (r, _) = read("ХҚКО оператормен құжаттарды УО АЖ-не жолдау", Language::Kk);
        let r = r.unwrap();
        assert_eq!((r.0.as_str(), r.2), ("УО АЖ", ActorKind::System));
    }
}
