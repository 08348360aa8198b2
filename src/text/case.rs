//! Lower-casing with fast paths for the letters these texts are made of.
//!
//! `str::to_lowercase` looks every non-ASCII character up in Unicode's tables; Russian and
//! Kazakh words are asked about per item and per word, so basic Cyrillic is mapped by
//! arithmetic here and only the rest goes to the tables. Results equal `to_lowercase`.

/// `c` lower-cased, when that is a single character (always, but for a few letters outside
/// Cyrillic and Latin such as «İ»).
fn lower_one(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\0'..='\u{7f}' | 'а'..='я' => Some(c),
        // U+0410..U+042F map 32 code points up.
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        _ => {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }
    }
}

/// `s.to_lowercase()`, faster on Russian and Kazakh text.
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lower_into(s, &mut out);
    out
}

/// [`lower`] into `out` (cleared first), so a loop over words can reuse one buffer.
pub fn lower_into(s: &str, out: &mut String) {
    out.clear();
    // A capital sigma lower-cases by context; leave such text to the standard library.
    if s.contains('Σ') {
        out.push_str(&s.to_lowercase());
        return;
    }
    for c in s.chars() {
        match lower_one(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// `c.is_alphabetic()`, answered without Unicode's tables for ASCII and Cyrillic letters.
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => true,
        '\0'..='\u{7f}' => false,
        // The rest of the Cyrillic block (Kazakh «әғқңөұүһі» among them) is letters, but for
        // the numeric sign, the combining marks and the thousands sign.
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}' => true,
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_letter_agrees_with_unicode_on_cyrillic_and_ascii() {
        for c in ('\0'..='\u{7f}').chain('\u{400}'..='\u{4ff}') {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn russian_kazakh_and_latin() {
        assert_eq!(
            lower("Ответственный ИСПОЛНИТЕЛЬ"),
            "ответственный исполнитель"
        );
        assert_eq!(
            lower("ҚЫЗМЕТТІ БЕРУШІНІҢ Ә Ғ Ү Ұ Һ Ө"),
            "қызметті берушінің ә ғ ү ұ һ ө"
        );
        assert_eq!(lower("ЁЛКА Egov.KZ"), "ёлка egov.kz");
        assert_eq!(lower("İ ΟΔΟΣ"), "İ ΟΔΟΣ".to_lowercase());
    }

    proptest! {
        #[test]
        fn equals_the_standard_library(s in "\\PC{0,40}") {
            prop_assert_eq!(lower(&s), s.to_lowercase());
        }

        #[test]
        fn letters_are_the_alphabetic_characters(c in proptest::char::any()) {
            prop_assert_eq!(is_letter(c), c.is_alphabetic());
        }

        #[test]
        fn equals_the_standard_library_on_cyrillic(s in "[\\u{0400}-\\u{04FF} A-Za-z]{0,40}") {
            prop_assert_eq!(lower(&s), s.to_lowercase());
        }
    }
}
