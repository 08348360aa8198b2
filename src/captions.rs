//! The words the справочник adds around a diagram, in the regulation's language: the line
//! under the title naming the list drawn, the notes on disputed steps, and the index page's
//! captions and image descriptions. Kept together so they can move into a message catalogue.

use crate::check::cite_at;
use crate::i18n::Lang;
use crate::layout::dispute::{Dispute, Disputed, ListName, Version};
use crate::model::{Channel, Language, Place};

/// Where a line stands: «строка 102» / «102-жол» in a text file, else its place in the file's
/// own terms («абзац 40», «3-бет, 14-жол»), as the findings cite it.
pub fn at(n: u32, place: Option<Place>, language: Language) -> String {
    cite_at(Lang::of(language), n, place)
}

/// A list by its paragraph («¶8»), else by its heading («список «…»» / ««…» тізімі»).
pub fn list(name: &ListName, language: Language) -> String {
    match (name.paragraph, language) {
        (Some(p), _) => format!("¶{p}"),
        (None, Language::Ru) => format!("список «{}»", name.heading),
        (None, Language::Kk) => format!("«{}» тізімі", name.heading),
    }
}

/// The line under a diagram's title: which list it draws, and where that list starts (its
/// line, or its place in a file that is not plain text).
pub fn drawn_from(name: &ListName, line: u32, place: Option<Place>, language: Language) -> String {
    let list = list(name, language);
    let at = at(line, place, language);
    match language {
        Language::Ru => format!("Диаграмма построена по {list}, {at}"),
        Language::Kk => format!("Диаграмма {list} бойынша құрылған, {at}"),
    }
}

/// The heading above the notes on disputed steps.
pub fn disputes_heading(language: Language) -> &'static str {
    match language {
        Language::Ru => "Расхождения между повторяющимися списками:",
        Language::Kk => "Қайталанатын тізімдер арасындағы алшақтықтар:",
    }
}

/// What is disputed, as a note names it.
pub fn disputed(what: Disputed, language: Language) -> &'static str {
    match (what, language) {
        (Disputed::Duration, Language::Ru) => "срок",
        (Disputed::Actor, Language::Ru) => "исполнитель",
        (Disputed::Action, Language::Ru) => "текст действия",
        (Disputed::Duration, Language::Kk) => "мерзімі",
        (Disputed::Actor, Language::Kk) => "орындаушы",
        (Disputed::Action, Language::Kk) => "әрекет мәтіні",
    }
}

/// One copy's version: «¶5: 1 раб. день, строка 102».
pub fn version(v: &Version, language: Language) -> String {
    format!(
        "{}: {}, {}",
        list(&v.list, language),
        v.text,
        at(v.line, v.place, language)
    )
}

/// One disagreement: «срок: ¶5: 1 раб. день, строка 102 · ¶8: 6 раб. дней, строка 140».
pub fn dispute(d: &Dispute, language: Language) -> String {
    let versions: Vec<String> = d.versions.iter().map(|v| version(v, language)).collect();
    format!("{}: {}", disputed(d.what, language), versions.join(" · "))
}

/// The note on one marked step: its marker's number, the step's heading («Действие 4» /
/// «4-әрекет») and each disagreement.
pub fn note(number: usize, heading: &str, disputes: &[Dispute], language: Language) -> String {
    let parts: Vec<String> = disputes.iter().map(|d| dispute(d, language)).collect();
    format!("{number}. {heading} — {}", parts.join("; "))
}

/// A channel as the index page names it.
pub fn channel(c: Channel, language: Language) -> &'static str {
    match (language, c) {
        (Language::Ru, Channel::Provider) => "Услугодатель",
        (Language::Ru, Channel::StateCorp) => "Государственная корпорация",
        (Language::Ru, Channel::Akim) => "Аким села, поселка, сельского округа",
        (Language::Ru, Channel::Portal) => "Портал электронного правительства",
        (Language::Ru, Channel::Other) => "Иной канал",
        (Language::Kk, Channel::Provider) => "Көрсетілетін қызметті беруші",
        (Language::Kk, Channel::StateCorp) => "Мемлекеттік корпорация",
        (Language::Kk, Channel::Akim) => "Ауыл, кент, ауылдық округ әкімі",
        (Language::Kk, Channel::Portal) => "«Электрондық үкімет» порталы",
        (Language::Kk, Channel::Other) => "Өзге арна",
    }
}

/// The image description of a diagram on the index page: regulation and channel.
pub fn diagram_alt(regulation: &str, channel: &str, language: Language) -> String {
    match language {
        Language::Ru => format!("Диаграмма регламента «{regulation}», канал: {channel}"),
        Language::Kk => format!("«{regulation}» регламентінің диаграммасы, арна: {channel}"),
    }
}

/// The summary of the collapsed list of a diagram's steps.
pub fn steps_summary(n: usize, language: Language) -> String {
    match language {
        Language::Ru => format!("Процедуры диаграммы текстом ({n})"),
        Language::Kk => format!("Диаграмма рәсімдері мәтінмен ({n})"),
    }
}

/// «Регламентов: 3.» / «Регламенттер: 3.», under an act's heading.
pub fn regulations_count(n: usize, language: Language) -> String {
    match language {
        Language::Ru => format!("Регламентов: {n}."),
        Language::Kk => format!("Регламенттер: {n}."),
    }
}

/// The link to an act's model.
pub fn model_link(language: Language) -> &'static str {
    match language {
        Language::Ru => "Модель (JSON)",
        Language::Kk => "Модель (JSON)",
    }
}

/// Said where a regulation has no list to draw.
pub fn no_diagram(language: Language) -> &'static str {
    match language {
        Language::Ru => "Нет списка процедур для диаграммы.",
        Language::Kk => "Диаграмма үшін рәсімдер тізімі жоқ.",
    }
}

/// The words of a regulation's findings badges: none found, errors, warnings, information.
pub fn findings_badges(language: Language) -> [&'static str; 4] {
    match language {
        Language::Ru => ["замечаний нет", "ошибки", "предупреждения", "сведения"],
        Language::Kk => ["ескертпелер жоқ", "қателер", "ескертулер", "мәліметтер"],
    }
}

/// The printed справочник of an act.
pub fn pdf_link(language: Language) -> &'static str {
    match language {
        Language::Ru => "Справочник (PDF)",
        Language::Kk => "Анықтамалық (PDF)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn versions() -> Dispute {
        let name = |p| ListName {
            paragraph: Some(p),
            heading: String::new(),
        };
        Dispute {
            what: Disputed::Duration,
            versions: vec![
                Version {
                    list: name(5),
                    text: "1 раб. день".into(),
                    line: 102,
                    place: None,
                },
                Version {
                    list: name(8),
                    text: "6 раб. дней".into(),
                    line: 140,
                    place: None,
                },
            ],
        }
    }

    #[test]
    fn a_note_quotes_both_versions_with_their_lines() {
        let d = versions();
        assert_eq!(
            note(1, "Действие 4", std::slice::from_ref(&d), Language::Ru),
            "1. Действие 4 — срок: ¶5: 1 раб. день, строка 102 · ¶8: 6 раб. дней, строка 140"
        );
        assert_eq!(
            note(2, "4-әрекет", &[d], Language::Kk),
            "2. 4-әрекет — мерзімі: ¶5: 1 раб. день, 102-жол · ¶8: 6 раб. дней, 140-жол"
        );
    }

    #[test]
    fn lists_without_a_paragraph_are_named_by_heading() {
        let name = ListName {
            paragraph: None,
            heading: "1 кесте. ҚФБ әрекеттерінің сипаттамасы".into(),
        };
        assert_eq!(
            drawn_from(&name, 40, None, Language::Kk),
            "Диаграмма «1 кесте. ҚФБ әрекеттерінің сипаттамасы» тізімі бойынша құрылған, 40-жол"
        );
        let name = ListName {
            paragraph: Some(8),
            heading: String::new(),
        };
        assert_eq!(
            drawn_from(&name, 134, None, Language::Ru),
            "Диаграмма построена по ¶8, строка 134"
        );
    }

    #[test]
    fn places_of_word_web_and_pdf_files_are_cited_in_their_own_terms() {
        let mut d = versions();
        d.versions[0].place = Some(Place::Paragraph { paragraph: 40 });
        d.versions[1].place = Some(Place::Page { page: 3, line: 14 });
        assert_eq!(
            dispute(&d, Language::Ru),
            "срок: ¶5: 1 раб. день, абзац 40 · ¶8: 6 раб. дней, страница 3, строка 14"
        );
        assert_eq!(
            dispute(&d, Language::Kk),
            "мерзімі: ¶5: 1 раб. день, 40-абзац · ¶8: 6 раб. дней, 3-бет, 14-жол"
        );
        let name = ListName {
            paragraph: Some(8),
            heading: String::new(),
        };
        assert_eq!(
            drawn_from(
                &name,
                134,
                Some(Place::Row { table: 2, row: 5 }),
                Language::Ru
            ),
            "Диаграмма построена по ¶8, таблица 2, строка 5"
        );
    }
}
