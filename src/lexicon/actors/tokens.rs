//! An item's words as the actor readers see them: split at spaces, the brackets, quotes and
//! punctuation around each word noted and set aside, the word in lower case.

use std::borrow::Cow;

use super::word::Word;
use crate::text::lower;
use crate::text::scan::{Block, find_position};

/// One word of a text with where it stands.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// Byte range of the word without the punctuation around it.
    pub start: usize,
    pub end: usize,
    /// The word in lower case, without the punctuation around it.
    pub w: Word<'a>,
    /// An opening bracket stands before the word.
    pub open: bool,
    /// A closing bracket stands after the word.
    pub close: bool,
    /// A comma, semicolon, colon or full stop follows the word.
    pub pause: bool,
    /// A full stop or a semicolon follows the word: a sentence ends.
    pub stop: bool,
    /// A slash follows the word: an alternative comes next («физических лиц/ юридических лиц»).
    pub slash: bool,
    /// Byte offset just after the punctuation that follows the word.
    pub after: usize,
}

impl Tok<'_> {
    /// Where the word ends with its closing bracket, when one follows it.
    pub fn end_with_bracket(&self, text: &str) -> usize {
        match text[self.end..self.after].find(')') {
            Some(i) if self.close => self.end + i + 1,
            _ => self.end,
        }
    }
}

/// The words of `text`, split at spaces.
pub fn tokens(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    // One slot per space and one more: the vector never grows while the words are read.
    let mut out = Vec::with_capacity(memchr::memchr_iter(b' ', b).count() + 1);
    // One look at whole blocks finds the spaces and the bytes that may open a capital (see
    // `lower_word`), so that a word without one is taken as it stands.
    let hits = |_, blk: &Block| {
        let cyrillic = blk.eq(0xD0);
        blk.eq(b' ')
            | blk.in_range(b'A', b'Z')
            // «А»–«Я», «Ё», «І»: D0 80–AF, the second byte sometimes in the next block.
            | (cyrillic & ((blk.in_range(0x80, 0xAF) >> 1) | 1 << 31))
            | blk.eq(0xD2)
            | blk.eq(0xD3)
    };
    let mut at = 0;
    let mut capital = false;
    find_position(b, hits, |i| {
        if b[i] == b' ' {
            push_token(text, at, i, capital, &mut out);
            at = i + 1;
            capital = false;
        } else {
            capital = true;
        }
        false
    });
    push_token(text, at, b.len(), capital, &mut out);
    out
}

/// The word of `text[at..after]` with the marks around it, unless it is empty; `capital`
/// when it may hold a capital letter.
fn push_token<'a>(text: &'a str, at: usize, after: usize, capital: bool, out: &mut Vec<Tok<'a>>) {
    let raw = &text.as_bytes()[at..after];
    if raw.is_empty() {
        return;
    }
    // Every item is split into words, some several times: the marks around a word are read
    // as bytes, which spares decoding each word's characters twice.
    let mut lead = 0;
    let mut open = false;
    while let Some(n) = mark_at_start(&raw[lead..]) {
        open |= raw[lead] == b'(';
        lead += n;
    }
    let mut end = raw.len();
    let (mut close, mut pause, mut stop, mut slash) = (false, false, false, false);
    while end > lead
        && let Some(n) = mark_at_end(&raw[lead..end])
    {
        match raw[end - 1] {
            b')' => close = true,
            b'/' => slash = true,
            b'.' | b';' => (pause, stop) = (true, true),
            b',' | b':' => pause = true,
            _ => {}
        }
        end -= n;
    }
    let start = at + lead;
    // A word of marks only («—», «»») is kept whole.
    let word = if end > lead {
        &text[start..at + end]
    } else {
        &text[at..after]
    };
    out.push(Tok {
        start,
        end: at + end.max(lead),
        w: if capital {
            lower_word(word)
        } else {
            Word(Cow::Borrowed(word))
        },
        open,
        close,
        pause,
        stop,
        slash,
        after,
    });
}

/// Byte length of the opening bracket or quote that starts `b`: «(», «"», ««», «“», «„».
fn mark_at_start(b: &[u8]) -> Option<usize> {
    match b {
        [b'(' | b'"', ..] => Some(1),
        [0xC2, 0xAB, ..] => Some(2),
        [0xE2, 0x80, 0x9C | 0x9E, ..] => Some(3),
        _ => None,
    }
}

/// Byte length of the punctuation, closing bracket or quote that ends `b`: «,;.:)/"», «»», «”».
fn mark_at_end(b: &[u8]) -> Option<usize> {
    match b {
        [.., b',' | b';' | b'.' | b':' | b')' | b'"' | b'/'] => Some(1),
        [.., 0xC2, 0xBB] => Some(2),
        [.., 0xE2, 0x80, 0x9D] => Some(3),
        _ => None,
    }
}

/// A word in lower case; most words of an item are lower case already and are only copied.
fn lower_word(word: &str) -> Word<'_> {
    let b = word.as_bytes();
    // Capitals: ASCII, Russian «А»–«Я», «Ё» and «І» (D0 80–AF), and the capitals among the
    // Kazakh letters led by D2 and D3, which are decoded: most Kazakh words hold a lower-case
    // one («қ», «ә», «ң»), and lowering them all cost a copy a word.
    let capital = b.iter().enumerate().any(|(i, &x)| {
        x.is_ascii_uppercase()
            || (x == 0xD0 && b.get(i + 1).is_some_and(|&y| (0x80..=0xAF).contains(&y)))
            || (matches!(x, 0xD2 | 0xD3)
                && word
                    .get(i..)
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase))
    });
    Word(if capital {
        Cow::Owned(lower(word))
    } else {
        Cow::Borrowed(word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_capitalised_words_are_copied_to_lower_case() {
        let toks = tokens("Қызметті берушінің ҚФБ-ға, Ответственный исполнитель әкімі");
        let words: Vec<&str> = toks.iter().map(|t| t.w.as_str()).collect();
        assert_eq!(
            words,
            [
                "қызметті",
                "берушінің",
                "қфб-ға",
                "ответственный",
                "исполнитель",
                "әкімі"
            ]
        );
        let copied: Vec<bool> = toks
            .iter()
            .map(|t| matches!(t.w.0, Cow::Owned(_)))
            .collect();
        assert_eq!(copied, [true, false, true, true, false, false]);
    }

    #[test]
    fn words_are_lower_cased_as_the_standard_library_does() {
        for w in [
            "Центра",
            "ХҚКО-ға",
            "ЁЛКА",
            "Іс",
            "әкіміне",
            "услугодателя",
            "ЭҮП",
            "Abc",
        ] {
            assert_eq!(lower_word(w).as_str(), w.to_lowercase(), "{w}");
        }
    }

    proptest::proptest! {
        /// Words the block look finds without a capital are lower case as they stand.
        #[test]
        fn every_word_is_in_lower_case(
            words in proptest::collection::vec("[аЯёЁіІқҚәӘөӨaZ(),.«»]{0,6}", 0..40),
            gaps in proptest::collection::vec(1usize..3, 40),
        ) {
            let text: String = words.iter().zip(&gaps).map(|(w, g)| format!("{w}{}", " ".repeat(*g))).collect();
            for t in tokens(&text) {
                if t.end > t.start {
                    let expected = lower(&text[t.start..t.end]);
                    proptest::prop_assert_eq!(t.w.as_str(), expected.as_str());
                }
            }
        }

    }
}
