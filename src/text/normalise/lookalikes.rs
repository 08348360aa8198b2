//! Latin letters typed for their Cyrillic twins inside Russian and Kazakh words.

use std::borrow::Cow;

use crate::text::scan::any_block;

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{052F}').contains(&c)
}

/// The Cyrillic letter a Latin one is mistaken for, in text typed with a mixed keyboard.
fn cyrillic_twin(c: char) -> Option<char> {
    Some(match c {
        'A' => 'А',
        'a' => 'а',
        'B' => 'В',
        'C' => 'С',
        'c' => 'с',
        'E' => 'Е',
        'e' => 'е',
        'H' => 'Н',
        'K' => 'К',
        'k' => 'к',
        'M' => 'М',
        'O' => 'О',
        'o' => 'о',
        'P' => 'Р',
        'p' => 'р',
        'T' => 'Т',
        'X' => 'Х',
        'x' => 'х',
        'y' => 'у',
        // Kazakh і is routinely typed as Latin i («күндерiнен»).
        'i' => 'і',
        'I' => 'І',
        _ => return None,
    })
}

/// In a word that has Cyrillic letters, Latin look-alikes become Cyrillic («Cтандарту» →
/// «Стандарту»); Latin-only words (www.egov.kz, BPMN) and words with other Latin letters stay.
pub fn fix_lookalikes(s: &str) -> Cow<'_, str> {
    // Latin letters are rare in these texts: look only at the words that hold one.
    let b = s.as_bytes();
    if !any_block(b, |_, blk, _| {
        blk.in_range(b'A', b'Z') | blk.in_range(b'a', b'z') != 0
    }) {
        return Cow::Borrowed(s);
    }
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(u8::is_ascii_alphabetic) {
        let at = i + k;
        let start = s[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| crate::text::is_letter(*c))
            .last()
            .map_or(at, |(j, _)| j);
        let end = s[at..]
            .char_indices()
            .find(|(_, c)| !crate::text::is_letter(*c))
            .map_or(s.len(), |(j, _)| at + j);
        let word = &s[start..end];
        if let Some(fixed) = fixed_word(word) {
            let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
            o.push_str(&s[copied..start]);
            o.push_str(&fixed);
            copied = end;
        }
        i = end;
    }
    match out {
        Some(mut o) => {
            o.push_str(&s[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(s),
    }
}

/// The word with its Latin look-alikes made Cyrillic, when it needs that.
fn fixed_word(word: &str) -> Option<String> {
    let has_cyrillic = word.chars().any(is_cyrillic);
    let latin_ok = word
        .chars()
        .all(|c| !c.is_ascii_alphabetic() || cyrillic_twin(c).is_some());
    (has_cyrillic && latin_ok).then(|| {
        word.chars()
            .map(|c| cyrillic_twin(c).unwrap_or(c))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookalikes() {
        assert_eq!(
            fix_lookalikes("к Cтандарту (приложению"),
            "к Стандарту (приложению"
        );
        assert_eq!(fix_lookalikes("демалыс күндерiнен"), "демалыс күндерінен");
        assert_eq!(fix_lookalikes("ЭЦҚ УO қызметкері"), "ЭЦҚ УО қызметкері");
        for latin in [
            "www.egov.kz",
            "[www.egov.kz](http://www.egov.kz)",
            "BPMN",
            "e.gov",
            "IT-компания",
            "Windowsта",
        ] {
            assert_eq!(fix_lookalikes(latin), latin);
        }
    }
}
