//! Hyperlink words («пунктом», «приложению») that the legal-database export moved to the end
//! of the line, put back into the hole they left.

use std::borrow::Cow;

use crate::text::scan::{Block, find_position};

/// Stems of the words that the legal-database export turns into hyperlinks (and so can be
/// displaced to the line end).
pub const LINK_WORD_STEMS: &[&str] = &[
    "подпункт",
    "пункт",
    "приложени",
    "постановлени",
    "регламент",
    "приказ",
    "стандарт",
    "закон",
    "кодекс",
];

/// Russian noun endings accepted after a [`LINK_WORD_STEMS`] stem («пункт|ом», «приложени|ю»).
pub const LINK_WORD_ENDINGS: &[&str] = &[
    "", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "я", "ю", "ем", "и", "й", "ям", "ями",
    "ях",
];

/// Words that govern a following reference («согласно приложению 1», «указанных в пункте 9»):
/// a trailing link word right after one of them is where it belongs, not displaced.
pub const LINK_GOVERNORS: &[&str] = &[
    "в",
    "во",
    "к",
    "ко",
    "с",
    "со",
    "по",
    "на",
    "о",
    "об",
    "от",
    "согласно",
    "соответствии",
];

/// Stems of participles that govern a reference («утвержденного приказом»); «настоящ-» only
/// when the reference has no number («к настоящему регламенту»).
pub const LINK_GOVERNOR_STEMS: &[&str] = &[
    "указанн",
    "предусмотренн",
    "утвержденн",
    "утверждённ",
    "установленн",
    "определенн",
    "изложенн",
];

/// The longest link word is «постановлени» + «ями»; no need to look further back.
const MAX_LINK_WORD_CHARS: usize = 16;

fn is_link_word(w: &str) -> bool {
    let lower = crate::text::lower(w);
    LINK_WORD_STEMS.iter().any(|stem| {
        lower
            .strip_prefix(stem)
            .is_some_and(|ending| LINK_WORD_ENDINGS.contains(&ending))
    })
}

/// Byte offset where a link word ending `tok` starts (the longest such suffix), if any.
fn link_split(tok: &str) -> Option<usize> {
    // The suffixes of at most the longest link word's length, longest first.
    let from = tok
        .char_indices()
        .rev()
        .take(MAX_LINK_WORD_CHARS)
        .last()
        .map_or(tok.len(), |(i, _)| i);
    // Only a suffix opening with a stem's first letter can be a link word; lower-casing the
    // others to compare them whole would cost more than the whole line's repair.
    let opens_stem = |c: char| {
        c.to_lowercase()
            .next()
            .is_some_and(|l| LINK_WORD_STEMS.iter().any(|stem| stem.starts_with(l)))
    };
    tok[from..]
        .char_indices()
        .map(|(i, c)| (from + i, c))
        .find(|&(i, c)| opens_stem(c) && is_link_word(&tok[i..]))
        .map(|(i, _)| i)
}

/// «9», «10», «1)», «3-1», «4.2».
fn is_number_token(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ')'))
}

fn is_closing_punct(c: char) -> bool {
    matches!(c, ':' | ';' | ',' | '.' | ')')
}

/// «:в» → («:», «в»): a preposition that belongs to the displaced link, glued to the
/// punctuation that was left at its place.
fn split_glued_preposition(tok: &str) -> Option<(&str, &str)> {
    let word_start = tok.find(|c: char| !is_closing_punct(c))?;
    let (punct, word) = tok.split_at(word_start);
    let prepositions = ["в", "во", "к", "ко", "с", "со", "о", "об", "по", "на"];
    (!punct.is_empty() && prepositions.contains(&word)).then_some((punct, word))
}

fn governs_reference(word: &str, numbered: bool) -> bool {
    let lower = crate::text::lower(word);
    LINK_GOVERNORS.contains(&lower.as_str())
        || LINK_GOVERNOR_STEMS
            .iter()
            .any(|stem| lower.starts_with(stem))
        || (!numbered && lower.starts_with("настоящ"))
}

/// Puts hyperlink words that a PDF export moved to the end of the line back into the hole
/// (a double space) they left: «согласно  к настоящему постановлению;приложению 1» →
/// «согласно приложению 1 к настоящему постановлению;». Lines without clear evidence
/// (exactly one hole and a trailing link word) are returned unchanged.
pub fn repair_displaced_links(s: &str) -> Cow<'_, str> {
    try_repair(s).map_or(Cow::Borrowed(s), Cow::Owned)
}

fn try_repair(s: &str) -> Option<String> {
    // Tables and other tab layouts are not running text; and without a double space or an
    // indent there is no hole to put a word back into.
    let b = s.as_bytes();
    let whole = (!s.starts_with(' ')).then(|| holes(b));
    if whole.is_some_and(|(first, _)| first.is_none()) || memchr::memchr(b'\t', b).is_some() {
        return None;
    }
    let line = s.trim_end_matches([' ', '\r', '\n']);
    let body = line.trim_start_matches(' ');
    let indent = &line[..line.len() - body.len()];
    let first = body.chars().next()?;

    // The holes of the line are the body's when nothing was trimmed.
    let (mid_hole, more_holes) = match whole {
        Some(h) if body.len() == s.len() => h,
        _ => holes(body.as_bytes()),
    };
    if more_holes {
        return None;
    }
    // Paragraphs are indented by an even number of spaces (6 in the PDF export, 0 on
    // continuation lines); a hole adds one more.
    let leading_hole = !indent.is_empty() && (is_closing_punct(first) || indent.len() % 2 == 1);
    let (before, after) = match (mid_hole, leading_hole) {
        (Some(i), false) => {
            let after = &body[i + 2..];
            if after.starts_with(' ') {
                return None;
            }
            (&body[..i], after)
        }
        (None, true) => ("", body),
        _ => return None,
    };

    let mut tokens: Vec<&str> = after.split(' ').collect();
    let (number, word_tok) = match tokens.as_slice() {
        [.., w, n] if is_number_token(n) => (Some(*n), *w),
        [.., w] => (None, *w),
        [] => return None,
    };
    tokens.truncate(tokens.len() - 1 - usize::from(number.is_some()));
    let split = link_split(word_tok)?;
    let link = &word_tok[split..];
    if !link.chars().next()?.is_lowercase() {
        return None;
    }
    let glue = &word_tok[..split];
    let mut fragment = String::new();
    if glue.is_empty() {
        if let Some(&prev) = tokens.last() {
            if let Some((punct, prep)) = split_glued_preposition(prev) {
                fragment.push_str(prep);
                fragment.push(' ');
                *tokens.last_mut()? = punct;
            } else if is_number_token(prev)
                || link_split(prev) == Some(0)
                || governs_reference(prev, number.is_some())
            {
                // «подпунктом 1) пункта 9», «согласно приложению 1»: already in place.
                return None;
            }
        }
    } else {
        tokens.push(glue);
    }
    fragment.push_str(link);
    if let Some(n) = number {
        fragment.push(' ');
        fragment.push_str(n);
    }
    let rest = tokens.join(" ");

    let mut out = String::with_capacity(s.len() + 2);
    out.push_str(&indent[..indent.len() - usize::from(leading_hole && indent.len() % 2 == 1)]);
    out.push_str(before);
    if !before.is_empty() {
        out.push(' ');
    }
    out.push_str(&fragment);
    if !rest.is_empty() {
        if !rest.starts_with(is_closing_punct) {
            out.push(' ');
        }
        out.push_str(&rest);
    }
    Some(out)
}

/// Where the first double space («hole») in `b` starts, and whether another one follows it
/// (non-overlapping, as `match_indices` counts them).
fn holes(b: &[u8]) -> (Option<usize>, bool) {
    let mut first: Option<usize> = None;
    // A block's double spaces are its spaces followed by a space, the next block's first byte
    // standing after its last.
    let doubles = |at: usize, block: &Block| {
        let spaces = block.eq(b' ');
        let next = u32::from(b.get(at + 32) == Some(&b' '));
        spaces & ((spaces >> 1) | (next << 31))
    };
    let more = find_position(b, doubles, |i| match first {
        None => {
            first = Some(i);
            false
        }
        Some(f) => i >= f + 2,
    });
    (first, more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalise::normalise_line;
    use crate::text::normalise::shared::norm;
    use proptest::prelude::*;

    // --- displaced links: the real lines of reglaments/001 -----------------------------------

    #[test]
    fn link_moved_to_line_end_after_a_word() {
        assert_eq!(
            norm("в  Стандарта в Государственную корпорацию, специалист пункте 9"),
            "в пункте 9 Стандарта в Государственную корпорацию, специалист"
        );
        assert_eq!(
            norm("электронном виде указанные в  Стандарта, а также выбор пункте 9"),
            "электронном виде указанные в пункте 9 Стандарта, а также выбор"
        );
        assert_eq!(
            norm("      в  государственной услуги \"Регистрация граждан, пострадавших регламенте"),
            "в регламенте государственной услуги \"Регистрация граждан, пострадавших"
        );
        assert_eq!(
            norm("изложить в новой редакции согласно  к настоящему приложению 7"),
            "изложить в новой редакции согласно приложению 7 к настоящему"
        );
        assert_eq!(
            norm("перевода, утвержденным  исполняющего обязанности Министра приказом"),
            "перевода, утвержденным приказом исполняющего обязанности Министра"
        );
    }

    #[test]
    fn link_glued_to_punctuation_or_digits() {
        assert_eq!(
            norm("услугополучателя, предусмотренных  Стандарта.пунктом 9"),
            "услугополучателя, предусмотренных пунктом 9 Стандарта."
        );
        assert_eq!(
            norm("редакции согласно  к настоящему постановлению;приложению 1"),
            "редакции согласно приложению 1 к настоящему постановлению;"
        );
        assert_eq!(
            norm("      1. Внести в  акимата города Алматы от 9 сентября 2015 года №постановление"),
            "1. Внести в постановление акимата города Алматы от 9 сентября 2015 года №"
        );
        assert_eq!(
            norm("      Сноска. Утратило силу  акимата города Алматы от 20.10.2020постановлением"),
            "Сноска. Утратило силу постановлением акимата города Алматы от 20.10.2020"
        );
        assert_eq!(
            norm("основаниям, предусмотренным  Стандарта (далее – отказ).пунктом 10"),
            "основаниям, предусмотренным пунктом 10 Стандарта (далее – отказ)."
        );
        assert_eq!(
            norm("внутрикорпоративного перевода по форме согласно  к Cтандарту (приложению 1"),
            "внутрикорпоративного перевода по форме согласно приложению 1 к Стандарту ("
        );
        assert_eq!(
            norm("государственной услуги согласно  к настоящему регламенту.приложению"),
            "государственной услуги согласно приложению к настоящему регламенту."
        );
    }

    #[test]
    fn link_glued_to_a_word() {
        assert_eq!(
            norm("расписку по форме согласно  к Стандарту (далее – отрывной талонприложению 7"),
            "расписку по форме согласно приложению 7 к Стандарту (далее – отрывной талон"
        );
        assert_eq!(
            norm("при оказании государственной услуги через портал, приведены в  кприложении 7"),
            "при оказании государственной услуги через портал, приведены в приложении 7 к"
        );
        assert_eq!(
            norm("слуху\" (далее - Стандарт), утвержденного  Министра здравоохранения иприказом"),
            "слуху\" (далее – Стандарт), утвержденного приказом Министра здравоохранения и"
        );
    }

    #[test]
    fn hole_at_line_start() {
        assert_eq!(
            norm("       государственной услуги \"Возмещение затрат на обучение на дому регламент"),
            "регламент государственной услуги \"Возмещение затрат на обучение на дому"
        );
        assert_eq!(norm("      :в пункте 1"), "в пункте 1:");
        assert_eq!(
            norm("       исключить;подпункт 1)"),
            "подпункт 1) исключить;"
        );
        assert_eq!(
            norm("       изложить в следующей редакции:подпункт 4)"),
            "подпункт 4) изложить в следующей редакции:"
        );
        assert_eq!(
            norm(" к настоящему постановлению;приложению 2"),
            "приложению 2 к настоящему постановлению;"
        );
        assert_eq!(norm(" Стандарта.пунктом 9"), "пунктом 9 Стандарта.");
        assert_eq!(
            norm(" Стандарта в Государственную корпорацию, специалист пункте 9"),
            "пункте 9 Стандарта в Государственную корпорацию, специалист"
        );
        assert_eq!(
            norm(" Стандарта в Государственную корпорацию, специалистпункте 9"),
            "пункте 9 Стандарта в Государственную корпорацию, специалист"
        );
        // Raw function: the hole's extra space goes, the indentation stays.
        assert_eq!(
            repair_displaced_links("       исключить;подпункт 1)"),
            "      подпункт 1) исключить;"
        );
    }

    #[test]
    fn hole_with_the_link_right_after_it() {
        assert_eq!(
            norm("затрат на обучение на дому детей-инвалидов\", утвержденного  приказом"),
            "затрат на обучение на дому детей-инвалидов\", утвержденного приказом"
        );
        assert_eq!(
            norm("указанным постановлением, изложить в новой редакции согласно  приложению 5"),
            "указанным постановлением, изложить в новой редакции согласно приложению 5"
        );
    }

    #[test]
    fn unclear_lines_stay_as_they_are() {
        // Two fragments for two holes.
        let two =
            "\" и от 6 апреля 2016 года \" \", акимат государственных услугах О правовых актах";
        assert_eq!(repair_displaced_links(two), two);
        // The numbers were split («приложениям 1 - 6»).
        let split = "услуг, согласно -  к настоящему регламенту.приложениям 1 6";
        assert_eq!(repair_displaced_links(split), split);
        // The link word is on the previous line; only its number is here.
        let number_only = " к настоящему постановлению;10";
        assert_eq!(repair_displaced_links(number_only), number_only);
        // A chain of references with a stray double space.
        let chain = "в соответствии с  подпунктом 1) пункта 9";
        assert_eq!(repair_displaced_links(chain), chain);
        // A capitalised trailing word is a name, not a displaced link.
        let name = "по форме согласно  к Стандарту";
        assert_eq!(repair_displaced_links(name), name);
        // The link word is where it belongs after a governing word.
        for placed in [
            "услугополучателя  указанных согласно приложению 1",
            " Услугодатель выдает справку по форме согласно приложению 1",
            " документы, указанные в пункте 9",
            "утвержденного  Министром труда, утвержденным приказом",
            "по форме  согласно к настоящему регламенту",
        ] {
            assert_eq!(repair_displaced_links(placed), placed);
        }
        // Headings of appendices keep their (odd) leading space.
        assert_eq!(repair_displaced_links(" Приложение 6"), " Приложение 6");
        // Ordinary indentation (even) before a lowercase line is not a hole.
        let indented = "      абзац второй подпункта 4) пункта 5 изложить в пункте 9";
        assert_eq!(repair_displaced_links(indented), indented);
    }

    #[test]
    fn clean_twins_are_untouched() {
        for clean in [
            "      \"4) Выдача направлений лицам на участие в активных мерах содействия",
            "занятости\" согласно приложению 4 к настоящему постановлению;\";",
            "услугополучателя, предусмотренных пунктом 9 Стандарта.",
            "      приложение к указанному регламенту государственной услуги изложить в",
            // Kazakh lines of 002 with a stray double space and no link at the end.
            "\tҚазақстан Республикасының Еңбек кодексіне сәйкес демалыс  және мереке күндерiнен басқа",
            "(құжаттар әкім арқылы  түскен жағдайда – 4 ",
            " қызметкері  құжаттарды қабылдауды жүзеге асырады, ",
            "айқындау  және тиісті бұрыштама қою үшін көрсетілетін қызметті берушінің басшысына құжаттарды беру",
            "-  - начало или завершение оказания государственной услуги;",
        ] {
            assert_eq!(repair_displaced_links(clean), clean);
        }
    }

    #[test]
    fn link_word_forms() {
        for w in [
            "пункте",
            "подпунктом",
            "приложению",
            "Приложения",
            "постановлением",
            "регламент",
            "приказом",
            "стандарта",
            "законом",
            "кодекса",
            "приложениям",
        ] {
            assert!(is_link_word(w), "{w}");
        }
        for w in ["пунктуация", "приказчик", "законный", "талон", "тармағы"]
        {
            assert!(!is_link_word(w), "{w}");
        }
        assert_eq!(link_split("иподпункта"), Some("и".len()));
        assert_eq!(link_split("подпункта"), Some(0));
    }

    proptest! {
        #[test]
        fn normalise_is_idempotent_on_link_like_lines(
            words in proptest::collection::vec(
                "(в|к|согласно|Стандарта|настоящему|постановлению;|приложению|пункте|пунктом|подпункт|9|1\\)|:в|талон|регламент|қызмет|с|у)",
                1..10,
            ),
            holes in proptest::collection::vec(0usize..3, 1..10),
            indent in 0usize..8,
        ) {
            let mut s = " ".repeat(indent);
            for (w, h) in words.iter().zip(holes.iter().cycle()) {
                s.push_str(w);
                s.push_str(&" ".repeat(*h));
            }
            let once = normalise_line(&s);
            prop_assert_eq!(normalise_line(&once), once.clone());
        }
    }
}
