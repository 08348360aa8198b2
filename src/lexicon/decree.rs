//! The wording of an act and its annexes: the decree's cites of its annexes («согласно приложению
//! N к настоящему постановлению», «осы қаулыға N-қосымшаға сәйкес»), the header an annex stands
//! under («Приложение N к постановлению акимата …», «… № 149 қаулысына 3-қосымша»), the approval
//! stamp after it, and a regulation's references to its own appendices («согласно приложениям
//! 1 - 6 к настоящему регламенту», «осы регламенттің 4, 5-қосымшаларында»).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::pattern;

mod acts;
pub use acts::{act_date, act_number, amended_act, header_act, header_date};

// No pattern here uses `\b`: a Unicode word boundary stops the lazy DFA on Cyrillic text and
// the search falls back to a far slower engine; a letter class stands in for it.

/// Letters without which a Russian line cannot mention an appendix or an annex.
const RU_HINT: &str = "риложени";
/// The word without which a Kazakh line cannot mention one.
const KK_HINT: &str = "қосымша";

/// The hints as SIMD substring searchers: every line is asked about references.
static RU_FINDER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(RU_HINT));
static KK_FINDER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(KK_HINT));

fn has(finder: &memchr::memmem::Finder<'_>, text: &str) -> bool {
    finder.find(text.as_bytes()).is_some()
}

/// A number list as printed: «1», «1, 2, 3», «1 и 2», «1 - 6», «4, 5».
const NUMBERS: &str = r"\d+(?:\s*(?:,|и|-|–)\s*\d+)*";
/// The same list where the dash before the Kazakh noun follows («1-6-қосымшаларға»).
const KK_NUMBERS: &str = r"\d+(?:\s*(?:,|–|-)\s*\d+)*";

/// «согласно приложению 1 к настоящему регламенту», «в приложении 7 …», «приложениям 1 - 6 …»,
/// «согласно приложению к настоящему регламенту» (no number: the regulation's only appendix).
static RU_REF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i)приложени(?:ю|ям|ях|и|я|ем|ями)(?:\s*№)?(?:\s+(?P<list>{NUMBERS}))?\s+к\s+настоящему\s+регламенту"
    ))
});

/// The export's displaced-link damage: the hyperlinked «приложениям 1 6» moved to the line end,
/// the dash between the two numbers left in the hole («согласно – к настоящему регламенту.приложениям 1 6»).
static RU_REF_DISPLACED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)согласно\s+(?P<dash>[-–]\s+)?к\s+настоящему\s+регламенту\s*[.;,]?\s*приложени(?:ю|ям|ях|и)\s+(?P<list>\d+(?:\s*(?:,|и)?\s*\d+)*)\s*$",
    )
});

/// «осы регламентке 1-қосымшада», «Осы Регламенттің 4, 5-қосымшаларында», «1-6-қосымшаларға»,
/// «осы регламенттің қосымшасына» (no number). The noun takes a case ending: the bare
/// «регламентіне 3-қосымша» heads an appendix.
static KK_REF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i)регламент\w*\s+(?:(?P<list>{KK_NUMBERS})\s*-\s*)?қосымша\p{{L}}+"
    ))
});

/// «согласно приложению 1 к настоящему постановлению», «приложениям 1-3 …», no number
/// «согласно приложению к настоящему постановлению». A number displaced by the export past the
/// clause's end («… к настоящему постановлению;10», the link word left in place) is `moved`.
static RU_CITE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i)приложени(?:ю|ям|ях|и|я|ем|ями)(?:\s*№)?(?:\s+(?P<list>{NUMBERS}))?\s+к\s+настоящему\s+постановлению(?:\s*[;.,]\s*(?P<moved>\d+)\s*$)?"
    ))
});

/// «осы қаулыға 1-қосымшаға сәйкес», «осы қаулының 2-қосымшасына сәйкес», «осы қаулыға 1 қосымшаға»,
/// «осы қаулыға қосымшаға сәйкес» (no number).
static KK_CITE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i)осы\s+қаулы(?:ға|ның|сына|сының)\s+(?:(?P<list>{KK_NUMBERS})\s*-?\s*)?қосымша\p{{L}}+"
    ))
});

/// «Приложение 1 к постановлению акимата …», «Приложение к постановлению», «Приложение-2 к постановлению».
static RU_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^Приложение\s*(?:№\s*)?(?:-\s*)?(?P<n>\d+)?\s+к\s+постановлению(?:[^\p{L}]|$)")
});

/// «… әкімдігінің 2018 жылғы 28 мамырдағы № 149 қаулысына 3-қосымша», «… қаулысына қосымша»:
/// the bare noun closes the header (a cite puts a case ending on it).
static KK_HEADER: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"қаулы(?:сына|ға)\s+(?:(?P<n>\d+)\s*-?\s*)?қосымша(?:\s|$)"));

/// The approval stamp under an annex header: «Утвержден постановлением …», «… қаулысымен бекітілген».
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:(?:^|[^\p{L}])Утвержд[её]н\p{L}*\s+(?:постановлением|решением)|қаулысымен\s+бекітілген\s*$|^Бекітіл(?:ген|ді)(?:[^\p{L}]|$))",
    )
});

/// The line before a quoted new wording («… изложить в следующей редакции:», «… мынадай редакцияда жазылсын:»).
static NEW_WORDING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:в\s+(?:следующей|новой)\s+редакции|редакцияда\s+жазылсын)\s*:$")
});

/// Russian puts the approval after the quoted name («"…", утвержденный указанным постановлением»).
static APPROVED_AFTER: LazyLock<Regex> = LazyLock::new(|| pattern::regex(r"(?i)утвержд[её]нн\w*"));

/// Kazakh puts it before («… № 158 қаулысымен бекітілген «…» регламенті»).
static APPROVED_BEFORE: LazyLock<Regex> = LazyLock::new(|| pattern::regex(r"(?i)бекітілген"));

/// The sentence approving attached regulations without annex numbers («Утвердить прилагаемые
/// регламенты …:», «Қоса беріліп отырған … регламенттері бекітілсін:»).
static APPROVAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:утвердить\s+прилагаем|қоса\s+беріл\w*\s+(?:отырған\s+)?.*бекітілсін)")
});

/// Compiles this module's searches, none of them costly alone (see [`super::engines`]).
pub(super) fn warm() {
    acts::warm();
    for re in [
        &RU_REF,
        &RU_REF_DISPLACED,
        &KK_REF,
        &RU_CITE,
        &KK_CITE,
        &RU_HEADER,
        &KK_HEADER,
        &STAMP,
        &NEW_WORDING,
        &APPROVED_AFTER,
        &APPROVED_BEFORE,
        &APPROVAL,
    ] {
        LazyLock::force(re);
    }
}

/// One appendix or annex number, or a range of them, found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberRef {
    /// The number, or the first of a range; `None` when none is printed («согласно приложению к …»).
    pub number: Option<u32>,
    /// The last number of a range («1 - 6» → 6).
    pub last: Option<u32>,
    /// Where the words stand in the line (bytes).
    pub span: Range<usize>,
}

/// The numbers a printed list names: single numbers, and ranges where a dash joins two.
fn numbers(list: &str) -> Vec<(u32, Option<u32>)> {
    let mut out: Vec<(u32, Option<u32>)> = Vec::new();
    let mut dash = false;
    let mut rest = list;
    while let Some(c) = rest.chars().next() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            if matches!(c, '-' | '–') {
                dash = true;
            } else if c == ',' || c.is_alphabetic() {
                dash = false;
            }
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let n: u32 = rest[..digits].parse().unwrap_or(0);
        rest = &rest[digits..];
        if !(1..100).contains(&n) {
            continue;
        }
        match out.last_mut() {
            Some((first, last @ None)) if dash && n > *first => *last = Some(n),
            _ => out.push((n, None)),
        }
        dash = false;
    }
    out
}

/// Push the numbers of a printed list found at `span`; `joined_by_dash` reads two numbers as a
/// range (the dash stayed behind when the export moved them).
fn refs_from(
    out: &mut Vec<NumberRef>,
    span: Range<usize>,
    list: Option<&str>,
    joined_by_dash: bool,
) {
    let Some(list) = list else {
        out.push(NumberRef {
            number: None,
            last: None,
            span,
        });
        return;
    };
    let mut found = numbers(list);
    if joined_by_dash && found.len() == 2 && found.iter().all(|(_, l)| l.is_none()) {
        let (a, _) = found[0];
        let (b, _) = found[1];
        if b > a {
            found = vec![(a, Some(b))];
        }
    }
    out.extend(found.into_iter().map(|(n, last)| NumberRef {
        number: Some(n),
        last,
        span: span.clone(),
    }));
}

/// A regulation's references to its own appendices in a line, in order: each number, each range
/// («1 - 6»), and the reference without a number («согласно приложению к настоящему регламенту»).
/// The standard's appendices («приложению 2 стандарта», «стандартқа 1-қосымшаға») are not its own.
pub fn appendix_refs(line: &str) -> Vec<NumberRef> {
    let mut out = Vec::new();
    if has(&RU_FINDER, line) {
        // The displaced numbers end the line: most lines end with a stop and skip the search.
        if line.trim_end().ends_with(|c: char| c.is_ascii_digit())
            && let Some(c) = super::captures_if_match(&RU_REF_DISPLACED, line)
        {
            let m = c.get(0).expect("whole match");
            refs_from(
                &mut out,
                m.range(),
                c.name("list").map(|l| l.as_str()),
                c.name("dash").is_some(),
            );
        }
        if RU_REF.is_match(line) {
            for c in RU_REF.captures_iter(line) {
                let m = c.get(0).expect("whole match");
                refs_from(
                    &mut out,
                    m.range(),
                    c.name("list").map(|l| l.as_str()),
                    false,
                );
            }
        }
    }
    if has(&KK_FINDER, line) && KK_REF.is_match(line) {
        for c in KK_REF.captures_iter(line) {
            let m = c.get(0).expect("whole match");
            refs_from(
                &mut out,
                m.range(),
                c.name("list").map(|l| l.as_str()),
                false,
            );
        }
    }
    out
}

/// The annexes a line of the decree cites («согласно приложению 2 к настоящему постановлению»,
/// «осы қаулыға 1-қосымшаға сәйкес»); ranges are given whole, a cite without a number as `None`.
pub fn annex_cites(line: &str) -> Vec<NumberRef> {
    let mut out = Vec::new();
    if has(&RU_FINDER, line) && RU_CITE.is_match(line) {
        for c in RU_CITE.captures_iter(line) {
            let m = c.get(0).expect("whole match");
            let list = c.name("list").or_else(|| c.name("moved"));
            refs_from(&mut out, m.range(), list.map(|l| l.as_str()), false);
        }
    }
    if has(&KK_FINDER, line) && KK_CITE.is_match(line) {
        for c in KK_CITE.captures_iter(line) {
            let m = c.get(0).expect("whole match");
            refs_from(
                &mut out,
                m.range(),
                c.name("list").map(|l| l.as_str()),
                false,
            );
        }
    }
    out
}

/// An annex header found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMatch {
    /// The annex number; `None` for «Приложение к постановлению».
    pub number: Option<u32>,
    /// Where the header's own words end in the line: an approval stamp may follow on it.
    pub end: usize,
}

/// An act's annex header («Приложение 1 к постановлению акимата …», «… № 149 қаулысына 3-қосымша»).
pub fn annex_header(line: &str) -> Option<HeaderMatch> {
    if !line.starts_with("Приложение") && !has(&KK_FINDER, line) {
        return None;
    }
    let end = stamp_start(line).unwrap_or(line.len());
    let head = line[..end].trim_end();
    if head.starts_with("Приложение") {
        let c = RU_HEADER.captures(head)?;
        return Some(HeaderMatch {
            number: c.name("n").and_then(|m| m.as_str().parse().ok()),
            end: head.len(),
        });
    }
    if !has(&KK_FINDER, head) || head.contains("осы ") {
        return None;
    }
    let c = KK_HEADER.captures(head)?;
    let m = c.get(0).expect("whole match");
    // The noun closes the header: what follows it is another sentence.
    if !head[m.end()..].trim().is_empty() {
        return None;
    }
    Some(HeaderMatch {
        number: c.name("n").and_then(|m| m.as_str().parse().ok()),
        end: head.len(),
    })
}

/// Where an approval stamp starts in a line («Утвержден постановлением …», «… қаулысымен
/// бекітілген»); for the Kazakh stamp, which names its act first, the line's start.
pub fn stamp_start(line: &str) -> Option<usize> {
    if !may_hold_stamp(line) {
        return None;
    }
    let m = STAMP.find(line)?;
    Some(m.as_str().find("Утвержд").map_or(0, |i| m.start() + i))
}

/// True for an approval stamp line (or a line holding one).
pub fn is_stamp(line: &str) -> bool {
    may_hold_stamp(line) && STAMP.is_match(line)
}

/// The stems every stamp holds («Утвержден», «бекітілген» / «Бекітілді»), a cheap test first.
fn may_hold_stamp(line: &str) -> bool {
    line.contains("твержд") || line.contains("екітіл")
}

/// True for the line that introduces a quoted new wording («… изложить в следующей редакции:»).
pub fn introduces_new_wording(line: &str) -> bool {
    line.ends_with(':') && NEW_WORDING.is_match(line)
}

/// Where the words approving a regulation start after its quoted name («, утвержденный …»).
pub fn approved_after(text: &str) -> Option<usize> {
    if !text.contains("твержд") {
        return None;
    }
    APPROVED_AFTER.find(text).map(|m| m.start())
}

/// Where the name may start after the words approving it («… қаулысымен бекітілген «…»»).
pub fn approved_before_end(text: &str) -> Option<usize> {
    if !text.contains("екітілген") {
        return None;
    }
    APPROVED_BEFORE.find_iter(text).last().map(|m| m.end())
}

/// True for the sentence approving attached regulations («Утвердить прилагаемые регламенты:»).
pub fn is_approval(text: &str) -> bool {
    (text.contains("рилагаем") || text.contains("бекітілсін")) && APPROVAL.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(v: Vec<NumberRef>) -> Vec<(Option<u32>, Option<u32>)> {
        v.into_iter().map(|r| (r.number, r.last)).collect()
    }

    #[test]
    fn ru_refs_numbers_lists_ranges_and_none() {
        assert_eq!(
            nums(appendix_refs(
                "отражается в справочнике согласно приложениям 1, 2, 3 к настоящему регламенту."
            )),
            vec![(Some(1), None), (Some(2), None), (Some(3), None)]
        );
        assert_eq!(
            nums(appendix_refs(
                "приведено в справочнике, согласно приложениям 1 - 6 к настоящему регламенту."
            )),
            vec![(Some(1), Some(6))]
        );
        assert_eq!(
            nums(appendix_refs(
                "согласно приложению к настоящему Регламенту."
            )),
            vec![(None, None)]
        );
        assert_eq!(
            nums(appendix_refs(
                "приведены в приложении 7 к настоящему Регламенту."
            )),
            vec![(Some(7), None)]
        );
        // The standard's appendix is not the regulation's.
        assert!(appendix_refs("по форме согласно приложению 2 стандарта").is_empty());
        assert!(appendix_refs("по форме согласно приложению 1 к Стандарту").is_empty());
    }

    #[test]
    fn ru_ref_displaced_by_the_export() {
        let line = "приведено в справочнике бизнес-процессов оказания государственных услуг, согласно – к настоящему регламенту.приложениям 1 6";
        let r = appendix_refs(line);
        assert_eq!(nums(r.clone()), vec![(Some(1), Some(6))]);
        assert!(line[r[0].span.clone()].starts_with("согласно"));
        // Without the dash left in the hole the two numbers are two appendices.
        assert_eq!(
            nums(appendix_refs(
                "согласно к настоящему регламенту.приложениям 1 2"
            )),
            vec![(Some(1), None), (Some(2), None)]
        );
    }

    #[test]
    fn kk_refs_numbers_lists_ranges_and_none() {
        assert_eq!(
            nums(appendix_refs("осы регламентке 1-қосымшада көрсетілген")),
            vec![(Some(1), None)]
        );
        assert_eq!(
            nums(appendix_refs("Осы Регламенттің 4, 5-қосымшаларында")),
            vec![(Some(4), None), (Some(5), None)]
        );
        assert_eq!(
            nums(appendix_refs("осы регламенттің 1-6-қосымшаларына сәйкес")),
            vec![(Some(1), Some(6))]
        );
        assert_eq!(
            nums(appendix_refs(
                "осы регламенттің қосымшасына сәйкес анықтамалықта"
            )),
            vec![(None, None)]
        );
        // The bare noun heads an appendix; the standard's appendix is not the regulation's.
        assert!(
            appendix_refs("«X» мемлекеттік көрсетілетін қызмет регламентіне 1-қосымша").is_empty()
        );
        assert!(appendix_refs("стандартқа 2-қосымшаға сәйкес өтініш").is_empty());
    }

    #[test]
    fn ru_annex_cites() {
        assert_eq!(
            nums(annex_cites(
                "изложить в новой редакции согласно приложению 11 к настоящему постановлению."
            )),
            vec![(Some(11), None)]
        );
        assert_eq!(
            nums(annex_cites(
                "утвердить регламенты согласно приложениям 1-3 к настоящему постановлению;"
            )),
            vec![(Some(1), Some(3))]
        );
        assert_eq!(
            nums(annex_cites(
                "утвердить регламент согласно приложению к настоящему постановлению."
            )),
            vec![(None, None)]
        );
        // The number the export moved past the clause's end.
        assert_eq!(
            nums(annex_cites(
                "изложить в новой редакции согласно приложению к настоящему постановлению;10"
            )),
            vec![(Some(10), None)]
        );
        assert!(annex_cites("согласно приложению 1 к настоящему регламенту").is_empty());
    }

    #[test]
    fn kk_annex_cites() {
        assert_eq!(
            nums(annex_cites(
                "«X» мемлекеттік көрсетілетін қызмет регламенті осы қаулыға 1-қосымшаға сәйкес жаңа редакцияда жазылсын;"
            )),
            vec![(Some(1), None)]
        );
        assert_eq!(
            nums(annex_cites("осы қаулының 2-қосымшасына сәйкес бекітілсін")),
            vec![(Some(2), None)]
        );
        assert_eq!(
            nums(annex_cites("осы қаулыға 3 қосымшаға сәйкес")),
            vec![(Some(3), None)]
        );
        assert_eq!(
            nums(annex_cites("осы қаулыға қосымшаға сәйкес бекітілсін")),
            vec![(None, None)]
        );
        // A header is not a cite.
        assert!(annex_cites("2018 жылғы 28 мамырдағы № 149 қаулысына 3-қосымша").is_empty());
    }

    #[test]
    fn headers_and_stamps() {
        let line = "Приложение 1 к постановлению акимата Жамбылской области от \"31\" марта 2016 года № 107 Утвержден постановлением акимата Жамбылской области от \"27\" июля 2015 года № 158";
        let h = annex_header(line).unwrap();
        assert_eq!(h.number, Some(1));
        assert!(line[..h.end].ends_with("№ 107"));
        assert_eq!(header_act(&line[..h.end]).as_deref(), Some("107"));
        assert_eq!(
            annex_header("Приложение к постановлению акимата").map(|h| h.number),
            Some(None)
        );
        assert_eq!(
            annex_header("Приложение-2 к постановлению").map(|h| h.number),
            Some(Some(2))
        );
        assert_eq!(annex_header("Приложение 2 к Регламенту оказания"), None);
        assert_eq!(
            annex_header("Солтүстік Қазақстан облысы әкімдігінің 2018 жылғы 28 мамырдағы № 149 қаулысына 3-қосымша")
                .map(|h| h.number),
            Some(Some(3))
        );
        assert_eq!(
            annex_header("облысы әкімдігінің 2018 жылғы № 5 қаулысына қосымша").map(|h| h.number),
            Some(None)
        );
        assert_eq!(annex_header("осы қаулыға 1-қосымшаға сәйкес"), None);
        assert!(is_stamp("Утвержден постановлением акимата"));
        assert!(is_stamp(
            "Ақтөбе облыстық әкімдігінің 2012 жылғы 18 сәуірдегі № 133 қаулысымен бекітілген"
        ));
        // The approval that opens a Kazakh amendment is not a stamp.
        assert!(!is_stamp(
            "№ 158 қаулысымен бекітілген «X» регламенті осы қаулыға 1-қосымшаға сәйкес"
        ));
        assert!(!is_stamp("утвержденный указанным постановлением"));
    }

    #[test]
    fn new_wording_and_approval() {
        assert!(introduces_new_wording(
            "подпункт 4) изложить в следующей редакции:"
        ));
        assert!(introduces_new_wording(
            "1-тармақ мынадай редакцияда жазылсын:"
        ));
        assert!(!introduces_new_wording("следующие изменения:"));
        assert_eq!(
            approved_after("\"X\", утвержденный указанным постановлением"),
            Some(5)
        );
        let kk = "№ 158 қаулысымен бекітілген «X» регламенті";
        assert_eq!(&kk[approved_before_end(kk).unwrap()..], " «X» регламенті");
        assert!(is_approval(
            "1. Утвердить прилагаемые регламенты государственных услуг:"
        ));
        assert!(is_approval(
            "1. Қоса беріліп отырған әлеуметтік қорғау саласындағы электрондық мемлекеттік қызметтердің мына регламенттері бекітілсін:"
        ));
        assert!(!is_approval(
            "регламент утвержденный указанным постановлением"
        ));
    }
}
