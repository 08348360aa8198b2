//! Item and paragraph labels at the start of a line: «3)», «- 1)», «1 )», «б)», «5.».
//!
//! The grammar is a few characters long and asked of every line, so it is read by hand: a
//! regex search costs more in setting up than these labels take to read.

/// A label at the start of a line: the label as printed, its number (or letter) and the text after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Label<'a> {
    pub printed: String,
    pub number: Option<u32>,
    pub letter: Option<char>,
    pub rest: &'a str,
}

/// The most digits an item number has («100000)» is a number, a longer run is not a label).
const ITEM_DIGITS: usize = 6;
/// The most digits a paragraph number has («125.»).
const PARAGRAPH_DIGITS: usize = 3;

fn skip_spaces(s: &str) -> &str {
    s.trim_start_matches(char::is_whitespace)
}

fn leading_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// The head of an item label in `s`: its number or letter, and the text after its «)».
fn item_head(s: &str) -> Option<(Option<u32>, Option<char>, &str, &str)> {
    let digits = leading_digits(s);
    let (number, letter, head_len) = match digits {
        0 => {
            let c = s.chars().next().filter(|c| c.is_lowercase())?;
            (None, Some(c), c.len_utf8())
        }
        1..=ITEM_DIGITS => (s[..digits].parse().ok(), None, digits),
        _ => return None,
    };
    let after = skip_spaces(&s[head_len..]).strip_prefix(')')?;
    Some((number, letter, &s[..head_len], after))
}

/// Recognise «3)», «- 1)», «• 2)», «1 )», «б)» at the start of `text`.
pub fn label(text: &str) -> Option<Label<'_>> {
    let s = text.strip_prefix(['-', '•']).map_or(text, skip_spaces);
    let (number, letter, head, after) = item_head(s)?;
    Some(Label {
        printed: format!("{head})"),
        number,
        letter,
        rest: skip_spaces(after),
    })
}

/// A numbered paragraph «5. Text»: its number and the byte offset where its text starts.
pub fn paragraph(text: &str) -> Option<(Option<u32>, usize)> {
    let digits = leading_digits(text);
    if !(1..=PARAGRAPH_DIGITS).contains(&digits) {
        return None;
    }
    let body = skip_spaces(skip_spaces(&text[digits..]).strip_prefix('.')?);
    if body.is_empty() {
        return None;
    }
    Some((text[..digits].parse().ok(), text.len() - body.len()))
}

/// True when the text opens with an item label («- 1)», «б)») or a paragraph number («5.»,
/// «5.Text», «5.**»), which always starts a new logical line.
pub fn starts_with_label(text: &str) -> bool {
    let s = text.strip_prefix('-').map_or(text, skip_spaces);
    if item_head(s).is_some() {
        return true;
    }
    let digits = leading_digits(s);
    (1..=PARAGRAPH_DIGITS).contains(&digits)
        && skip_spaces(&s[digits..])
            .strip_prefix('.')
            .is_some_and(|after| {
                after
                    .chars()
                    .next()
                    .is_none_or(|c| c.is_whitespace() || c.is_alphabetic() || c == '*')
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_labels() {
        let l = label("- 1) ответственный").unwrap();
        assert_eq!(
            (l.printed.as_str(), l.number, l.rest),
            ("1)", Some(1), "ответственный")
        );
        let l = label("1 ) ЭҮП ;").unwrap();
        assert_eq!(
            (l.printed.as_str(), l.number, l.rest),
            ("1)", Some(1), "ЭҮП ;")
        );
        let l = label("• 12)прием").unwrap();
        assert_eq!(
            (l.printed.as_str(), l.number, l.rest),
            ("12)", Some(12), "прием")
        );
        let l = label("б) ответственный").unwrap();
        assert_eq!(
            (l.printed.as_str(), l.number, l.letter),
            ("б)", None, Some('б'))
        );
        assert_eq!(label("999999) x").unwrap().number, Some(999_999));
        for not_label in [
            "1. Общие положения",
            "1234567) x",
            "Б) x",
            ") x",
            "- x",
            "1 x)",
        ] {
            assert!(label(not_label).is_none(), "{not_label}");
        }
    }

    #[test]
    fn paragraphs() {
        assert_eq!(paragraph("5. Описание"), Some((Some(5), 3)));
        assert_eq!(paragraph("12 .Текст"), Some((Some(12), 4)));
        assert_eq!(paragraph("5.«Текст»"), Some((Some(5), 2)));
        for not_paragraph in ["1234. x", "5.", "5. ", "5) x", "x. y"] {
            assert!(paragraph(not_paragraph).is_none(), "{not_paragraph}");
        }
    }

    #[test]
    fn line_openers() {
        for opener in [
            "1) x",
            "- 2) x",
            "б) x",
            "5. x",
            "5.Текст",
            "5.**",
            "5.",
            "12 . x",
        ] {
            assert!(starts_with_label(opener), "{opener}");
        }
        assert!(starts_with_label("-5.x"));
        for not_opener in ["• 1) x", "1234. x", "5.1 x", "5.) x", "Текст 1)"] {
            assert!(!starts_with_label(not_opener), "{not_opener}");
        }
    }

    proptest::proptest! {
        /// The hand-read grammar says what these regexes say, on text made of the characters
        /// that matter to them.
        #[test]
        fn agrees_with_the_regex_grammar(text in "[-• \t\u{A0}0-9бБa).*x]{0,14}") {
            use regex::Regex;
            let item = Regex::new(r"^(?:[-•]\s*)?(?P<label>(?P<n>\d{1,6})\s*\)|(?P<letter>\p{Ll})\s*\))\s*").unwrap();
            let para = Regex::new(r"^(?P<n>\d{1,3})\s*\.\s*\S").unwrap();
            let opener = Regex::new(r"^(?:-\s*)?(?:\d{1,6}\s*\)|\d{1,3}\s*\.(?:\s|\p{L}|\*|$)|\p{Ll}\s*\))").unwrap();
            let expected = item.captures(&text).map(|c| {
                let printed: String = c["label"].chars().filter(|c| !c.is_whitespace()).collect();
                let rest = &text[c.get(0).unwrap().end()..];
                (printed, c.name("n").and_then(|m| m.as_str().parse::<u32>().ok()), rest.to_string())
            });
            let got = label(&text).map(|l| (l.printed, l.number, l.rest.to_string()));
            proptest::prop_assert_eq!(got, expected);
            let expected = para.captures(&text).map(|c| {
                let end = c.get(0).unwrap().end();
                (c["n"].parse::<u32>().ok(), text.floor_char_boundary(end - 1))
            });
            proptest::prop_assert_eq!(paragraph(&text), expected);
            proptest::prop_assert_eq!(starts_with_label(&text), opener.is_match(&text));
        }
    }
}
