//! The cues by which a regulation's structure is recognised whatever its title says: the first
//! section heading («1. Общие положения» / «1. Жалпы ережелер»), a line that is only a quoted
//! service name, the e-service wording, and the matter that only a regulation holds.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::pattern;

use crate::model::Language;

/// The first section's heading, standing alone or closing a line that holds the title before it
/// («… детей-инвалидов" 1. Общие положения»). Numbered in Arabic or Roman figures, or as a chapter.
const GENERAL_PROVISIONS_HEADING: &[(&str, Language)] = &[
    (
        r"(?i)(?:^|\s)(?:(?:глава|раздел)\s+)?(?:(?:1|I)\s*\.?\s*)?общие\s+положения\.?$",
        Language::Ru,
    ),
    (
        r"(?i)(?:^|\s)(?:(?:1|I)\s*(?:-\s*тарау\s*)?\.?\s*)?жалпы\s+ережелер\.?$",
        Language::Kk,
    ),
];

/// A line inside a list that opens the steps of one channel («При обращении услугополучателя к
/// акиму сельского округа:», «При обращении через Государственную корпорацию:», «Через портал:»,
/// «ХҚКО арқылы жүгінген кезде:»); which channel is read from the line by the channel table.
const CHANNEL_SUBHEADINGS: &[&str] = &[
    r"(?i)^(?:(?:при|в\s+случае)\s+(?:обращени|подач|получени|направлени|оказани)\w*|через\s)",
    r"(?i)(?:арқылы|жүгін|өтініш\s+бер).*(?:кезде|кезінде|жағдайда):$",
];

/// The sentence ¶1 of every regulation opens with, naming the service: where a regulation starts
/// when neither its title nor its first section is printed.
const SERVICE_SENTENCES: &[(&str, Language)] = &[
    (
        r"^(?:Электронная\s+)?[Гг]осударственная\s+услуга\s+[\x22«“„]",
        Language::Ru,
    ),
    (
        r"^[\x22«“„][^\x22«“„»”]{4,}[\x22»”]\s+(?:электрондық\s+)?мемлекеттік\s+(?:көрсетілетін\s+)?қызмет",
        Language::Kk,
    ),
];

/// Wording that marks an e-service regulation when no title says so.
const ELECTRONIC: &str =
    r"(?i)электрондық\s+мемлекеттік\s+қызмет|электронн\w+\s+государственн\w+\s+услуг";

static GP_HEADINGS: LazyLock<Vec<(Regex, Language)>> = LazyLock::new(|| {
    GENERAL_PROVISIONS_HEADING
        .iter()
        .map(|(p, l)| (pattern::regex(p), *l))
        .collect()
});
static SERVICE_SENTENCE: LazyLock<Vec<(Regex, Language)>> = LazyLock::new(|| {
    SERVICE_SENTENCES
        .iter()
        .map(|(p, l)| (pattern::regex(p), *l))
        .collect()
});
static CHANNEL_SUBHEADING: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(CHANNEL_SUBHEADINGS.iter().map(|p| pattern::narrow(p)))
        .expect("channel sub-headings")
});
static ELECTRONIC_RE: LazyLock<Regex> = LazyLock::new(|| pattern::regex(ELECTRONIC));

/// Compiles this module's searches (see [`super::engines`]).
pub(super) fn warm() {
    LazyLock::force(&GP_HEADINGS);
    LazyLock::force(&SERVICE_SENTENCE);
    LazyLock::force(&CHANNEL_SUBHEADING);
    LazyLock::force(&ELECTRONIC_RE);
}

/// The words every first-section heading ends with, less their first letter: a cheap test
/// before the regexes, asked of every line.
const GP_TAILS: &[&str] = &["оложения", "режелер"];

/// True when `text` ends with `tail` in lower case or in capitals («ОБЩИЕ ПОЛОЖЕНИЯ»).
fn ends_with_either_case(text: &str, tail: &str) -> bool {
    let n = tail.len();
    // Asked of every line: compared letter by letter, with no lower-cased copy.
    text.len() >= n
        && text.is_char_boundary(text.len() - n)
        && text[text.len() - n..]
            .chars()
            .flat_map(char::to_lowercase)
            .eq(tail.chars())
}

/// The first section's heading in a line: its language and the byte offset where the heading
/// (its number, if any) starts, so that what stands before it can be read as the title.
pub fn general_provisions_heading(text: &str) -> Option<(Language, usize)> {
    let tail = text.trim_end_matches(['.', ' ', '*']);
    if !GP_TAILS.iter().any(|t| ends_with_either_case(tail, t)) {
        return None;
    }
    GP_HEADINGS.iter().find_map(|(re, lang)| {
        let m = re.find(text.trim_end_matches(['*', ' ']))?;
        let start = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
        // Closing a longer line, the heading carries its number: a sentence may end in the words.
        let numbered = !text[start..].starts_with(char::is_alphabetic)
            || text[start..].starts_with(['I', 'Г', 'г', 'Р', 'р']);
        (start == 0 || numbered).then_some((*lang, start))
    })
}

const OPENING_QUOTES: [char; 4] = ['"', '«', '“', '„'];
const CLOSING_QUOTES: [char; 3] = ['"', '»', '”'];

/// A line that is a quoted service name and nothing else (a title printed without «Регламент…»):
/// the name without quotes. Quotes nested inside the name («… "Правительство для граждан"»)
/// stay part of it: the name runs to the last closing quote.
pub fn quoted_name(text: &str) -> Option<String> {
    let t = text.trim().trim_matches('*').trim();
    let rest = t.strip_prefix(OPENING_QUOTES)?;
    let end = rest.rfind(CLOSING_QUOTES)?;
    let after = rest[end..]
        .trim_start_matches(CLOSING_QUOTES)
        .trim_matches(['*', ' ', '.']);
    if !after.is_empty() {
        return None;
    }
    let name = super::trim_quotes(&rest[..end]);
    // A name is several words; a lone quoted word is a term being defined.
    (name.split_whitespace().count() >= 2).then_some(name)
}

/// A title closing a longer line: what a text without blank lines gives when a stamp or a table
/// remnant runs straight into the title («… г.Ақсу «Үйде оқитын …» электрондық мемлекеттік қызмет
/// регламенті»). The byte offset where the title starts, with the title.
pub fn title_at_end(text: &str) -> Option<(usize, super::TitleMatch)> {
    let text = text.trim_end();
    let starts = text
        .char_indices()
        .filter(|&(i, c)| {
            OPENING_QUOTES.contains(&c) || (c == 'Р' && text[i..].starts_with("Регламент "))
        })
        .map(|(i, _)| i)
        .filter(|&i| i > 0);
    // From the right: the nearest start that reads as a title with its quotes balanced, so that
    // a quote nested inside the name does not cut it.
    let mut found = None;
    for i in starts.collect::<Vec<_>>().into_iter().rev() {
        let tail = &text[i..];
        let Some(t) = super::title(tail) else {
            continue;
        };
        if !ends_title(tail) {
            continue;
        }
        let balanced = tail.matches('«').count() == tail.matches('»').count();
        found = Some((i, t));
        if balanced {
            break;
        }
    }
    found
}

/// True when a title's words close the text (nothing but its service name before them).
fn ends_title(tail: &str) -> bool {
    let t = tail.trim_end_matches(['*', ' ', '.']);
    t.ends_with("регламенті") || (t.starts_with("Регламент ") && t.ends_with(CLOSING_QUOTES))
}

/// The first quoted phrase of a sentence: the service ¶1 names («Государственная услуга "…"
/// оказывается …», «"…" мемлекеттік көрсетілетін қызметі …»).
pub fn first_quoted(text: &str) -> Option<String> {
    let open = text.find(OPENING_QUOTES)?;
    let q = text[open..].chars().next()?;
    let rest = &text[open + q.len_utf8()..];
    // «…» pairs nest; a straight quote closes at the next straight quote.
    let close = if q == '«' {
        let mut depth = 1;
        rest.char_indices().find_map(|(i, c)| {
            match c {
                '«' => depth += 1,
                '»' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(i)
        })?
    } else {
        rest.find(CLOSING_QUOTES)?
    };
    let name = super::trim_quotes(&rest[..close]);
    (name.split_whitespace().count() >= 2).then_some(name)
}

/// The language of a ¶1 body that opens by naming its service («Государственная услуга "…"
/// оказывается …», «"…" мемлекеттік көрсетілетін қызметі …»).
pub fn service_sentence(body: &str) -> Option<Language> {
    let head = body.get(..body.len().min(8)).unwrap_or(body);
    if !(head.starts_with(['"', '«', '“', '„'])
        || head.starts_with("Г")
        || head.starts_with("г")
        || head.starts_with("Э"))
    {
        return None;
    }
    SERVICE_SENTENCE
        .iter()
        .find_map(|(re, l)| re.is_match(body).then_some(*l))
}

/// True for a line that opens one channel's steps inside a list.
pub fn is_channel_subheading(text: &str) -> bool {
    CHANNEL_SUBHEADING.is_match(text)
}

/// True for wording that marks an e-service regulation.
pub fn is_electronic(text: &str) -> bool {
    ELECTRONIC_RE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_section_headings_in_both_languages() {
        assert_eq!(
            general_provisions_heading("1. Общие положения"),
            Some((Language::Ru, 0))
        );
        assert_eq!(
            general_provisions_heading("Общие положения"),
            Some((Language::Ru, 0))
        );
        assert_eq!(
            general_provisions_heading("Глава 1. Общие положения"),
            Some((Language::Ru, 0))
        );
        let t = "Регламент государственной услуги \"Возмещение затрат\" 1. Общие положения";
        let (_, at) = general_provisions_heading(t).unwrap();
        assert_eq!(&t[at..], "1. Общие положения");
        assert_eq!(
            general_provisions_heading("1. Жалпы ережелер"),
            Some((Language::Kk, 0))
        );
        assert_eq!(
            general_provisions_heading("1-тарау. Жалпы ережелер"),
            Some((Language::Kk, 0))
        );
        // A mention inside a sentence is no heading.
        assert_eq!(
            general_provisions_heading("в соответствии с разделом общие положения стандарта"),
            None
        );
        assert_eq!(
            general_provisions_heading("Общие положения стандарта применяются"),
            None
        );
        assert_eq!(
            general_provisions_heading("изменения вносятся в общие положения"),
            None
        );
    }

    #[test]
    fn quoted_names() {
        assert_eq!(
            quoted_name("\"Назначение государственной адресной социальной помощи\"").as_deref(),
            Some("Назначение государственной адресной социальной помощи")
        );
        assert_eq!(
            quoted_name("«Жұмыссыз азаматтарға анықтама беру»").as_deref(),
            Some("Жұмыссыз азаматтарға анықтама беру")
        );
        assert_eq!(quoted_name("\"Назначение\" помощи оказывается"), None);
        assert_eq!(quoted_name("\"Стандарт\""), None);
    }

    #[test]
    fn the_service_named_in_a_sentence() {
        assert_eq!(
            first_quoted("1. Государственная услуга \"Назначение пособия матерям\" (далее - государственная услуга) оказывается").as_deref(),
            Some("Назначение пособия матерям")
        );
        assert_eq!(
            first_quoted("1. «Мұқтаж азаматтарға «әлеуметтік» көмек тағайындау» мемлекеттік көрсетілетін қызметі").as_deref(),
            Some("Мұқтаж азаматтарға «әлеуметтік» көмек тағайындау")
        );
    }

    #[test]
    fn channel_sub_headings_in_free_word_order() {
        for t in [
            "При обращении услугополучателя к акиму сельского округа:",
            "При обращении через Государственную корпорацию:",
            "в случае подачи заявления через портал:",
            "Через Государственную корпорацию:",
            "ХҚКО арқылы жүгінген кезде:",
            "Көрсетілетін қызметті алушы кент әкіміне жүгінген кезде:",
        ] {
            assert!(is_channel_subheading(t), "{t}");
        }
        assert!(!is_channel_subheading("при выдаче разрешения:"));
    }

    #[test]
    fn first_paragraph_names_its_service() {
        assert_eq!(
            service_sentence("Государственная услуга \"Выдача справки\" оказывается"),
            Some(Language::Ru)
        );
        assert_eq!(
            service_sentence(
                "«Жұмыссыз азаматтарға анықтама беру» мемлекеттік көрсетілетін қызметі"
            ),
            Some(Language::Kk)
        );
        assert_eq!(
            service_sentence("Государственная услуга оказывается бесплатно."),
            None
        );
        assert_eq!(
            service_sentence("Форма оказания государственной услуги: бумажная."),
            None
        );
    }

    #[test]
    fn a_title_closing_a_longer_line() {
        let t = "подписанные электронно-цифровой пописью г.Ақсу «Үйде оқитын балаларды материалдық қамтамасыз ету» электрондық мемлекеттік қызмет регламенті";
        let (at, m) = title_at_end(t).unwrap();
        assert!(t[at..].starts_with("«Үйде"));
        assert_eq!(
            m.name.as_deref(),
            Some("Үйде оқитын балаларды материалдық қамтамасыз ету")
        );
        assert!(m.electronic);
        let t = "№ 3/539 Регламент государственной услуги \"Выдача справки\"";
        let (at, m) = title_at_end(t).unwrap();
        assert!(t[at..].starts_with("Регламент"));
        assert_eq!(m.name.as_deref(), Some("Выдача справки"));
        assert_eq!(title_at_end("Данный документ равнозначен документу"), None);
    }

    #[test]
    fn e_service_wording() {
        assert!(is_electronic(
            "Электрондық мемлекеттік қызмет ішінара автоматтандырылған"
        ));
        assert!(!is_electronic("Государственная услуга оказывается"));
    }
}
