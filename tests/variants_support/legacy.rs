//! Windows-1251 and KZ-1048 bytes with CRLF line ends: what an older Word or a regional
//! document system saves a regulation as.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Stands for a character the code page has no byte for, as Windows' «save as» does.
pub const SUBSTITUTE: u8 = b'?';

/// KZ-1048 (RK 1048-2002), bytes 0x80..=0xFF, from the standard's table. `None` marks 0x98,
/// the one position the standard leaves undefined.
#[rustfmt::skip]
pub const KZ1048_HIGH: [Option<char>; 128] = {
    const U: Option<char> = None;
    const fn c(ch: char) -> Option<char> {
        Some(ch)
    }
    [
        // 0x80
        c('Ђ'), c('Ѓ'), c('‚'), c('ѓ'), c('„'), c('…'), c('†'), c('‡'),
        c('€'), c('‰'), c('Љ'), c('‹'), c('Њ'), c('Қ'), c('Һ'), c('Џ'),
        // 0x90
        c('ђ'), c('‘'), c('’'), c('“'), c('”'), c('•'), c('–'), c('—'),
        U, c('™'), c('љ'), c('›'), c('њ'), c('қ'), c('һ'), c('џ'),
        // 0xA0
        c('\u{A0}'), c('Ұ'), c('ұ'), c('Ә'), c('¤'), c('Ө'), c('¦'), c('§'),
        c('Ё'), c('©'), c('Ғ'), c('«'), c('¬'), c('\u{AD}'), c('®'), c('Ү'),
        // 0xB0
        c('°'), c('±'), c('І'), c('і'), c('ө'), c('µ'), c('¶'), c('·'),
        c('ё'), c('№'), c('ғ'), c('»'), c('ә'), c('Ң'), c('ң'), c('ү'),
        // 0xC0
        c('А'), c('Б'), c('В'), c('Г'), c('Д'), c('Е'), c('Ж'), c('З'),
        c('И'), c('Й'), c('К'), c('Л'), c('М'), c('Н'), c('О'), c('П'),
        // 0xD0
        c('Р'), c('С'), c('Т'), c('У'), c('Ф'), c('Х'), c('Ц'), c('Ч'),
        c('Ш'), c('Щ'), c('Ъ'), c('Ы'), c('Ь'), c('Э'), c('Ю'), c('Я'),
        // 0xE0
        c('а'), c('б'), c('в'), c('г'), c('д'), c('е'), c('ж'), c('з'),
        c('и'), c('й'), c('к'), c('л'), c('м'), c('н'), c('о'), c('п'),
        // 0xF0
        c('р'), c('с'), c('т'), c('у'), c('ф'), c('х'), c('ц'), c('ч'),
        c('ш'), c('щ'), c('ъ'), c('ы'), c('ь'), c('э'), c('ю'), c('я'),
    ]
};

/// A single-byte Cyrillic code page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePage {
    Windows1251,
    Kz1048,
}

/// Character → byte for the upper half of a code page.
type Map = HashMap<char, u8>;

static KZ1048: LazyLock<Map> = LazyLock::new(|| {
    (0x80u8..=0xFF)
        .zip(KZ1048_HIGH)
        .filter_map(|(b, c)| Some((c?, b)))
        .collect()
});

/// Windows-1251 taken from `encoding_rs`'s decoder, byte by byte (0x98 decodes to U+0098 there,
/// a C1 control no text holds, so it is left out).
static WINDOWS1251: LazyLock<Map> = LazyLock::new(|| {
    (0x80u8..=0xFF)
        .filter(|&b| b != 0x98)
        .map(|b| {
            let byte = [b];
            let (s, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&byte);
            let c = s.chars().next().unwrap();
            (c, b)
        })
        .collect()
});

/// The upper-half table of `page`.
pub fn table(page: CodePage) -> &'static HashMap<char, u8> {
    match page {
        CodePage::Windows1251 => &WINDOWS1251,
        CodePage::Kz1048 => &KZ1048,
    }
}

/// `text` in `page` with every line ended by CRLF; also how many characters had no byte and
/// were written as [`SUBSTITUTE`].
pub fn encode_crlf(text: &str, page: CodePage) -> (Vec<u8>, usize) {
    let map = table(page);
    let mut out = Vec::with_capacity(text.len() + text.len() / 40);
    let mut missing = 0;
    let mut prev = '\0';
    for c in text.chars() {
        if c == '\n' && prev != '\r' {
            out.push(b'\r');
        }
        if c.is_ascii() {
            out.push(c as u8);
        } else if let Some(&b) = map.get(&c) {
            out.push(b);
        } else {
            out.push(SUBSTITUTE);
            missing += 1;
        }
        prev = c;
    }
    (out, missing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reglament::text::{Encoding, decode};

    /// The standard reassigns sixteen Windows-1251 positions to Kazakh letters and leaves the
    /// rest, 0x98 apart, as Windows-1251 has them.
    #[test]
    fn kz1048_is_windows1251_with_sixteen_kazakh_letters() {
        let kazakh = "ҚҺқһҰұӘӨҒҮөғәҢңү";
        let mut reassigned = 0;
        for (i, c) in KZ1048_HIGH.iter().enumerate() {
            let b = 0x80 + i as u8;
            let Some(c) = c else {
                assert_eq!(b, 0x98);
                continue;
            };
            if kazakh.contains(*c) {
                reassigned += 1;
                assert!(!WINDOWS1251.contains_key(c), "{c} has no Windows-1251 byte");
            } else {
                assert_eq!(WINDOWS1251.get(c), Some(&b), "{c} at {b:#x}");
            }
        }
        assert_eq!(reassigned, 16);
    }

    #[test]
    fn both_pages_round_trip_through_the_decoder() {
        let kk = "«Жұмыссыз азаматтарға анықтама беру» – ӘҒҚҢӨҰҮҺІ әғқңөұүһі №\nекі";
        let (bytes, missing) = encode_crlf(kk, CodePage::Kz1048);
        assert_eq!(missing, 0);
        let back = decode(&bytes, Some(Encoding::Kz1048)).unwrap().text;
        assert_eq!(back.replace("\r\n", "\n"), kk);

        let ru = "Регламент государственной услуги «Выдача справок» — 30 (тридцати) минут\n";
        let (bytes, missing) = encode_crlf(ru, CodePage::Windows1251);
        assert_eq!(missing, 0);
        assert!(bytes.ends_with(b"\r\n"));
        let back = decode(&bytes, Some(Encoding::Windows1251)).unwrap().text;
        assert_eq!(back.replace("\r\n", "\n"), ru);
    }

    #[test]
    fn a_letter_the_page_lacks_becomes_a_question_mark() {
        let (bytes, missing) = encode_crlf("газета \"Алматы ақшамы\"", CodePage::Windows1251);
        assert_eq!(missing, 1);
        assert!(
            bytes.windows(3).any(|w| w == [0xE0, b'?', 0xF8]),
            "{bytes:?}"
        );
    }
}
