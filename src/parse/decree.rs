//! The decree layer: the act's operative text before its first annex (which annexes it sets
//! out, for which services) and the annex header each regulation stands under.

use super::label;
use super::lines::Line;
use crate::lexicon::{self, decree as words};
use crate::model::{AnnexCite, AnnexHeader, Decree, ServiceName};

/// The fewest words an act's title has; shorter lines above the registration line are status
/// marks («Утративший силу», «Күшін жойған»).
const TITLE_WORDS: usize = 4;

/// The act's title among the lines above its registration line: the first that is a phrase
/// of its own, neither a numbered clause nor a status mark.
fn title(above: &[Line]) -> Option<String> {
    above
        .iter()
        .map(|l| l.text.trim())
        .find(|t| !label::starts_with_label(t) && t.split_whitespace().count() >= TITLE_WORDS)
        .map(str::to_string)
}

/// How many logical lines before a title an annex header block may take (headers, their
/// wrapped parts, stamps).
const HEADER_REACH: usize = 12;
/// A wrapped part of a header is short («№ 2/154», «акимата города Алматы», «2012 жылғы»).
const FRAGMENT_CHARS: usize = 72;
/// The most annexes a range may stand for; a longer one is a misreading, kept as printed.
const MAX_RANGE: u32 = 50;

const QUOTES: [char; 5] = ['"', '«', '»', '“', '”'];

/// Read the decree part of an act: everything before its first annex header, approval stamp or
/// regulation title.
pub fn read(lines: &[Line]) -> Decree {
    let end = lines.iter().position(starts_annexes).unwrap_or(lines.len());
    let part = &lines[..end];
    let registration = part
        .iter()
        .position(|l| words::act_number(&l.text).is_some());
    let mut decree = Decree {
        title: registration.and_then(|r| title(&part[..r])),
        act: registration.and_then(|r| words::act_number(&part[r].text)),
        date: part.iter().find_map(|l| words::act_date(&l.text)),
        ..Decree::default()
    };
    let mut approval_list = false;
    for (i, l) in part.iter().enumerate() {
        let text = l.text.as_str();
        if let Some(a) = words::amended_act(text)
            && !decree.amends.contains(&a)
        {
            decree.amends.push(a);
        }
        let cites = words::annex_cites(text);
        if !cites.is_empty() {
            let quoted = text.starts_with(QUOTES)
                && i > 0
                && words::introduces_new_wording(&part[i - 1].text);
            let at = l.located();
            for c in cites {
                let title = clause_title(text, c.span.start);
                let first = c.number;
                let last = c
                    .last
                    .filter(|&n| first.is_some_and(|f| n - f <= MAX_RANGE));
                let numbers: Vec<Option<u32>> = match (first, last) {
                    (Some(f), Some(t)) => (f..=t).map(Some).collect(),
                    _ => vec![first],
                };
                for number in numbers {
                    decree.annexes.push(AnnexCite {
                        number,
                        title: title.clone(),
                        line: at.line_at(c.span.start),
                        text: text[c.span.clone()].to_string(),
                        quoted,
                    });
                }
            }
            approval_list = false;
            continue;
        }
        if words::is_approval(text) {
            // «Утвердить прилагаемый регламент "…"» names its one annex; a heading ending in «:»
            // names them in the items that follow.
            approval_list = text.ends_with(':');
            if !approval_list && let Some(title) = clause_title(text, text.len()) {
                decree.annexes.push(unnumbered(title, l));
            }
            continue;
        }
        if approval_list {
            match label::label(text).filter(|lab| lab.number.is_some()) {
                Some(lab) => {
                    if let Some(title) = clause_title(lab.rest, lab.rest.len()) {
                        decree.annexes.push(unnumbered(title, l));
                    }
                }
                None => approval_list = false,
            }
        }
    }
    decree
}

fn unnumbered(title: String, l: &Line) -> AnnexCite {
    AnnexCite {
        number: None,
        title: Some(title),
        line: l.line,
        text: l.text.trim().to_string(),
        quoted: false,
    }
}

/// True for the line where the annexes begin: an annex header, an approval stamp, a regulation title.
fn starts_annexes(l: &Line) -> bool {
    let text = l.text.as_str();
    words::annex_header(text).is_some()
        || words::is_stamp(text)
        || (!label::starts_with_label(text) && lexicon::title(text).is_some())
}

/// The service named, in quotes, in the clause that ends at `end` (the clause starts after the
/// last «;» or «:» before it).
fn clause_title(text: &str, end: usize) -> Option<String> {
    // The clause's own closing mark is not the end of the clause before it.
    let head = text[..end].trim_end_matches([';', ':', '.', ',', ' ']);
    let start = head.rfind([';', ':']).map_or(0, |i| i + 1);
    let clause = &head[start..];
    // Kazakh names the approving act first: the name follows «… бекітілген».
    let clause = &clause[words::approved_before_end(clause).unwrap_or(0)..];
    let open = clause.find(QUOTES)?;
    let named = &clause[open..];
    // Russian follows the name with «, утвержденный …»: the name ends before it.
    let cut = words::approved_after(named).unwrap_or(named.len());
    let close = named[..cut].rfind(QUOTES)?;
    if close == 0 {
        return None;
    }
    let name = lexicon::trim_quotes(&named[..close]);
    // The quoted new wording of a list item keeps its label («"4) Выдача …"»).
    let name = match label::label(&name) {
        Some(lab) if lab.number.is_some() => lab.rest.to_string(),
        _ => name,
    };
    (!name.is_empty()).then_some(name)
}

/// The annex header printed before the regulation whose title is `lines[title]`: the first
/// «Приложение N к постановлению …» / «… қаулысына N-қосымша» of the block of headers, wrapped
/// parts and stamps right above the title, joined over its lines and without the stamp; the
/// block's further headers go in its `also`.
pub fn annex_header_before(lines: &[Line], title: usize) -> Option<AnnexHeader> {
    let title = title.min(lines.len());
    let reach = title.saturating_sub(HEADER_REACH);
    let mut from = title;
    while from > reach && in_header_block(&lines[from - 1]) {
        from -= 1;
    }
    let mut headers: Vec<AnnexHeader> = Vec::new();
    // Whether the next wrapped part still belongs to the last header (no stamp in between).
    let mut open = false;
    for l in &lines[from..title] {
        let text = l.text.as_str();
        if let Some(h) = words::annex_header(text) {
            headers.push(AnnexHeader {
                number: h.number,
                text: text[..h.end].trim_end().to_string(),
                line: l.line,
                act: None,
                date: None,
                also: Vec::new(),
            });
            open = h.end >= text.trim_end().len();
        } else if words::is_stamp(text) {
            open = false;
        } else if open && let Some(last) = headers.last_mut() {
            last.text.push(' ');
            last.text.push_str(text);
        }
    }
    for h in &mut headers {
        h.act = words::header_act(&h.text);
        h.date = words::header_date(&h.text);
    }
    let mut headers = headers.into_iter();
    let mut first = headers.next()?;
    first.also = headers.collect();
    Some(first)
}

/// Whether a line opens an appendix printed without its «Приложение N к …» header, and whether
/// that appendix is a справочник: a справочник title among the appendices or set as a heading
/// (a regulation's body names its справочник in sentences, never in a heading), or, among the
/// appendices, the regulation's quoted name alone — what is left of a header «"…" регламентіне
/// N-қосымша» / «Приложение N к Регламенту "…"» whose other words are lost.
pub fn headerless_appendix(l: &Line, in_appendices: bool, reg_title: &str) -> Option<bool> {
    let text = l.text.as_str();
    if l.is_row() {
        return None;
    }
    // The title test first: it settles most lines on their opening bytes, where telling a
    // sentence costs a look at every word.
    if lexicon::is_spravochnik_title(text)
        && (in_appendices || l.heading > 0 || !reads_as_sentence(text))
    {
        return Some(true);
    }
    if in_appendices
        && l.heading == 0
        && text.trim_start().starts_with(QUOTES)
        && lexicon::structure::quoted_name(text)
            .is_some_and(|name| crate::text::lower(&name) == crate::text::lower(reg_title))
    {
        return Some(false);
    }
    None
}

/// True when a line reads as a sentence of the body (a finite verb, a closing full stop), not
/// as a title: where no heading markup survives (a PDF, a plain copy), the body's «Справочник …
/// размещается на интернет-ресурсе …» is told from the справочник's own title so.
fn reads_as_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['.', ';'])
        || t.split(' ')
            .any(|w| lexicon::is_finite_verb(w.trim_matches(|c: char| !crate::text::is_letter(c))))
}

/// The service a regulation's ¶1 names («Государственная услуга "…" оказывается …», «"…"
/// мемлекеттік көрсетілетін қызметі …»), read from the ¶1 line whose body starts at `body`.
pub fn service_named(l: &Line, body: usize) -> Option<ServiceName> {
    let rest = &l.text[body..];
    lexicon::structure::service_sentence(rest)?;
    let name = lexicon::structure::first_quoted(rest)?;
    let open = rest.find(QUOTES).unwrap_or(0);
    Some(ServiceName {
        name,
        line: l.located().line_at(body + open),
    })
}

/// True for a line that may stand in the header block above a title.
fn in_header_block(l: &Line) -> bool {
    let text = l.text.as_str();
    if l.is_row() || l.heading > 0 {
        return false;
    }
    words::annex_header(text).is_some()
        || words::is_stamp(text)
        || (text.chars().count() <= FRAGMENT_CHARS
            && !text.ends_with(['.', ';', ':', '!', '?'])
            && !label::starts_with_label(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::logical_lines;

    fn title_index(lines: &[Line]) -> usize {
        lines
            .iter()
            .position(|l| lexicon::title(&l.text).is_some())
            .expect("a title")
    }

    /// The act's title stands above its registration line, past a status mark; an act without
    /// a registration line (an annex printed alone) has none.
    #[test]
    fn the_title_above_the_registration_line() {
        for (text, title) in [
            (
                "**О внесении изменений в постановление акимата области от 27 июля 2015 года № 158**\n\n*Утративший силу*\n\nПостановление акимата области от 31 марта 2016 года № 107. Зарегистрировано Департаментом юстиции.\n\nПОСТАНОВЛЯЕТ:\n",
                Some(
                    "О внесении изменений в постановление акимата области от 27 июля 2015 года № 158",
                ),
            ),
            (
                "## Әлеуметтік қорғау саласындағы регламенттерді бекіту туралы\n\n### *Күшін жойған*\n\nАқтөбе облыстық әкімдігінің 2012 жылғы 18 сәуірдегі № 133 қаулысы. Әділет департаментінде тіркелді.\n\nҚАУЛЫ ЕТЕДІ:\n",
                Some("Әлеуметтік қорғау саласындағы регламенттерді бекіту туралы"),
            ),
            (
                "Облыс әкімдігінің\n2018 жылғы 28 мамырдағы\n№ 149 қаулысына 3-қосымша\n",
                None,
            ),
        ] {
            let d = read(&logical_lines(text));
            assert_eq!(d.title.as_deref(), title, "{text}");
        }
    }

    #[test]
    fn ru_decree_cites_with_titles_and_without_numbers() {
        let text = "ПОСТАНОВЛЯЕТ:\n\n1. Внести в постановление акимата от 27 июля 2015 года № 158 \"Об утверждении регламентов\" следующие изменения:\n\n1) регламент государственной услуги \"Назначение помощи\", утвержденный указанным постановлением, изложить в новой редакции согласно приложению 1 к настоящему постановлению;\n\n2) утвердить регламент согласно приложению к настоящему постановлению.\n\nПриложение 1 к постановлению\nакимата области\n\n## Регламент государственной услуги \"Назначение помощи\"\n";
        let lines = logical_lines(text);
        let d = read(&lines);
        assert_eq!(d.amends, vec!["158".to_string()]);
        let got: Vec<_> = d
            .annexes
            .iter()
            .map(|a| (a.number, a.title.as_deref(), a.line, a.quoted))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(1), Some("Назначение помощи"), 5, false),
                (None, None, 7, false)
            ]
        );
    }

    #[test]
    fn quoted_new_wording_is_marked() {
        let text = "подпункт 4) изложить в следующей редакции:\n\"4) Выдача направлений\" согласно приложению 4 к настоящему постановлению;\";\n";
        let d = read(&logical_lines(text));
        assert_eq!(d.annexes.len(), 1);
        assert!(d.annexes[0].quoted);
        assert_eq!(d.annexes[0].title.as_deref(), Some("Выдача направлений"));
    }

    #[test]
    fn kk_decree_cites_after_the_approving_act() {
        let text = "1. Облыс әкімдігінің 2015 жылғы № 158 қаулысымен бекітілген «Әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызмет регламенті осы қаулыға 1-қосымшаға сәйкес жаңа редакцияда жазылсын;\n2. «Анықтама беру» мемлекеттік көрсетілетін қызмет регламенті осы қаулыға қосымшаға сәйкес бекітілсін.\n";
        let d = read(&logical_lines(text));
        let got: Vec<_> = d
            .annexes
            .iter()
            .map(|a| (a.number, a.title.as_deref(), a.line))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(1), Some("Әлеуметтік көмек тағайындау"), 1),
                (None, Some("Анықтама беру"), 2)
            ]
        );
    }

    #[test]
    fn approval_lists_name_unnumbered_annexes() {
        let kk = "1. Қоса беріліп отырған электрондық мемлекеттік қызметтердің мына регламенттері бекітілсін:\n\n1) \"Жұмыссыз азаматтарға анықтама беру\" мемлекеттік қызмет регламенті;\n\n2) \"Атаулы көмек тағайындау\" мемлекеттік қызмет регламенті.\n\n2. Осы қаулы қолданысқа енгізіледі.\n";
        let d = read(&logical_lines(kk));
        let got: Vec<_> = d
            .annexes
            .iter()
            .map(|a| (a.number, a.title.as_deref(), a.line))
            .collect();
        assert_eq!(
            got,
            vec![
                (None, Some("Жұмыссыз азаматтарға анықтама беру"), 3),
                (None, Some("Атаулы көмек тағайындау"), 5)
            ]
        );
        let ru = "1. Утвердить прилагаемый регламент государственной услуги \"Выдача справок\".\n";
        let d = read(&logical_lines(ru));
        assert_eq!(d.annexes[0].title.as_deref(), Some("Выдача справок"));
        assert_eq!(d.annexes[0].number, None);
    }

    #[test]
    fn ru_header_without_its_stamp_and_stacked_headers() {
        let text = "вариант выбора;\n\nПриложение 1 к постановлению  \nакимата Жамбылской области  \nот \"31\" марта 2016 года № 107  \nУтвержден постановлением  \nакимата Жамбылской области  \n\n## Регламент государственной услуги \"X\"\n";
        let lines = logical_lines(text);
        let h = annex_header_before(&lines, title_index(&lines)).unwrap();
        assert_eq!(h.number, Some(1));
        assert_eq!(h.line, 3);
        assert_eq!(
            h.text,
            "Приложение 1 к постановлению акимата Жамбылской области от \"31\" марта 2016 года № 107"
        );
        assert_eq!(h.act.as_deref(), Some("107"));

        let text = "Аким города Б. Байбек\n\nПриложение 1\nк постановлению акимата\n\nот 18 апреля 2018 года\n\n№ 2/154\nПриложение 2\n\nк постановлению\nот 9 сентября 2015 года\n\n№ 3/539\n\nРегламент государственной услуги \"X\"\n";
        let lines = logical_lines(text);
        let h = annex_header_before(&lines, title_index(&lines)).unwrap();
        assert_eq!(
            (h.number, h.line, h.act.as_deref()),
            (Some(1), 3, Some("2/154"))
        );
        assert_eq!(h.also.len(), 1);
        assert_eq!(
            (h.also[0].number, h.also[0].line, h.also[0].act.as_deref()),
            (Some(2), 9, Some("3/539"))
        );

        let text = "Приложение к постановлению\nакимата области\n\n## Регламент государственной услуги \"X\"\n";
        let lines = logical_lines(text);
        let h = annex_header_before(&lines, title_index(&lines)).unwrap();
        assert_eq!((h.number, h.line), (None, 1));
    }

    #[test]
    fn kk_header_and_a_stamp_alone() {
        let text = "Солтүстік Қазақстан облысы әкімдігінің\n2018 жылғы 28 мамырдағы\n№ 149 қаулысына 3-қосымша\n\n\n«Көмек тағайындау» мемлекеттік көрсетілетін қызмет регламенті\n";
        let lines = logical_lines(text);
        let h = annex_header_before(&lines, title_index(&lines)).unwrap();
        assert_eq!(
            (h.number, h.line, h.act.as_deref()),
            (Some(3), 1, Some("149"))
        );

        // Only the approval stamp: no annex header.
        let text = "А. Мұхамбетов\n\nАқтөбе облыстық әкімдігінің 2012 жылғы 18 сәуірдегі № 133 қаулысымен бекітілген\n\n## «Анықтама беру» электрондық мемлекеттік қызмет регламенті\n";
        let lines = logical_lines(text);
        assert_eq!(annex_header_before(&lines, title_index(&lines)), None);
    }

    #[test]
    fn body_text_above_a_title_is_no_header() {
        let text = "Приложение 2 к постановлению\nакимата области\n\n- переход к следующей процедуре (действию).\n\n## Регламент государственной услуги \"X\"\n";
        let lines = logical_lines(text);
        assert_eq!(annex_header_before(&lines, title_index(&lines)), None);
    }
}

#[cfg(test)]
mod appendix_body_tests {
    use crate::parse::parse_text;

    /// (number, header printed, line, is_diagram) of the first regulation's appendices.
    fn appendices(text: &str) -> Vec<(Option<u32>, bool, u32, bool)> {
        let d = parse_text("t.txt", text, "utf-8").unwrap();
        d.reglaments[0]
            .appendices
            .iter()
            .map(|a| (a.number, a.header, a.line, a.is_diagram))
            .collect()
    }

    #[test]
    fn a_spravochnik_title_without_heading_markup_ru() {
        // A plain copy: the title is no heading, the body's sentence about the справочник is.
        let text = "Справочник бизнес-процессов оказания государственной услуги размещается на интернет-ресурсе услугодателя.\n\nСправочник бизнес-процессов оказания государственной услуги \"Назначение социальной помощи\" через услугодателя\n";
        let lines = crate::parse::lines::logical_lines(text);
        let found: Vec<Option<bool>> = lines
            .iter()
            .map(|l| super::headerless_appendix(l, false, "Назначение социальной помощи"))
            .collect();
        assert_eq!(found, vec![None, Some(true)]);
    }

    #[test]
    fn a_spravochnik_without_its_header_ru() {
        let text = "Регламент государственной услуги \"Выдача справок\"\n\n1. Общие положения\n\n1. Государственная услуга оказывается услугодателем.\n\nПриложение 1 к Регламенту государственной услуги \"Выдача справок\"\n\nСправочник бизнес-процессов оказания государственной услуги \"Выдача справок\" через услугодателя\n\nУсловные обозначения:\n\n- вариант выбора;\n\nСправочник бизнес-процессов оказания государственной услуги \"Выдача справок\" через портал\n\nУсловные обозначения:\n\n- вариант выбора;\n";
        assert_eq!(
            appendices(text),
            vec![(Some(1), true, 7, true), (None, false, 15, true)]
        );
    }

    #[test]
    fn a_spravochnik_heading_before_any_header_ru() {
        // The header's first words are lost; the справочник heading and its legend remain.
        let text = "Регламент государственной услуги \"Выдача справок\"\n\n1. Общие положения\n\n1. Государственная услуга оказывается услугодателем.\n\nСправочник бизнес-процессов оказания государственной услуги размещается на интернет-ресурсе.\n\n## Справочник бизнес-процессов оказания государственной услуги \"Выдача справок\" через услугодателя\n\nУсловные обозначения:\n\n- вариант выбора;\n\nПриложение 2 к Регламенту государственной услуги \"Выдача справок\"\n\nСправочник бизнес-процессов оказания государственной услуги \"Выдача справок\" через портал\n";
        assert_eq!(
            appendices(text),
            vec![(None, false, 9, true), (Some(2), true, 15, true)]
        );
    }

    #[test]
    fn the_quoted_name_alone_left_of_a_header_kk() {
        let text = "«Анықтама беру» мемлекеттік көрсетілетін қызмет регламенті\n\n1. Жалпы ережелер\n\n1. Мемлекеттік қызметті көрсетілетін қызметті беруші көрсетеді.\n\n«Анықтама беру» мемлекеттік көрсетілетін қызмет регламентіне 2-қосымша\n\nКөрсетілетін қызметті беруші арқылы мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығы\n\nШартты белгілер:\n\n- келесі рәсімге өту;\n\n«Анықтама беру»\n\n## Сауалнаманың нысаны\n\n«Анықтама беру» мемлекеттік көрсетілетін қызмет регламентіне 4-қосымша\n\n## Өтініш үлгісі\n";
        let got = appendices(text);
        assert_eq!(got[1], (None, false, 15, false));
        assert_eq!(got[2].0, Some(4));
        // Another service's quoted name is no header remnant.
        let other = text.replace("«Анықтама беру»\n", "«Басқа қызмет атауы»\n");
        assert_eq!(appendices(&other).len(), 2);
    }

    #[test]
    fn a_spravochnik_without_its_header_kk() {
        let text = "«Анықтама беру» мемлекеттік көрсетілетін қызмет регламенті\n\n1. Жалпы ережелер\n\n1. Мемлекеттік қызметті көрсетілетін қызметті беруші көрсетеді.\n\n«Анықтама беру» мемлекеттік көрсетілетін қызмет регламентіне 1-қосымша\n\nКөрсетілетін қызметті беруші арқылы мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығы\n\nШартты белгілер:\n\n- келесі рәсімге өту;\n\nПортал арқылы мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығы\n\nШартты белгілер:\n\n- келесі рәсімге өту;\n";
        assert_eq!(
            appendices(text),
            vec![(Some(1), true, 7, true), (None, false, 15, true)]
        );
    }
}
