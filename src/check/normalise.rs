//! The comparable form of a text: lower case, letters and digits, single spaces.

/// Lower-cases and keeps only letters and digits separated by single spaces, so dash variants,
/// quotes, bullets and wrapped lines compare equal.
pub fn normalise(s: &str) -> String {
    normalised_head(s, usize::MAX)
}

/// The first `words` words of [`normalise`]`(s)`, without normalising the rest of `s`.
pub fn normalised_head(s: &str, words: usize) -> String {
    let mut out = Normalised::new(s.len().min(words.saturating_mul(24)), words);
    out.push(s);
    out.finish()
}

/// [`normalised_head`] of a text given in pieces: pushing pieces one after another (and
/// [`Normalised::gap`] for a space between them) gives the normalisation of their concatenation
/// without building it.
pub(crate) struct Normalised {
    out: String,
    /// True after a separator (or at the start): the next letter starts a word.
    space: bool,
    count: usize,
    words: usize,
    /// Set when the word limit is reached: the rest is ignored.
    full: bool,
    /// Byte offsets of the words in `out`, when asked for.
    starts: Option<Vec<u32>>,
}

impl Normalised {
    /// An empty text keeping at most `words` words.
    pub(crate) fn new(capacity: usize, words: usize) -> Self {
        Normalised {
            out: String::with_capacity(capacity),
            space: true,
            count: 0,
            words,
            full: false,
            starts: None,
        }
    }

    /// An empty text of any length that notes where each word starts.
    pub(crate) fn with_starts(capacity: usize) -> Self {
        let mut out = Normalised::new(capacity, usize::MAX);
        out.starts = Some(Vec::with_capacity(capacity / 8 + 1));
        out
    }

    /// Counts a new word starting at byte `at` of the output; false when the limit is reached
    /// and the rest is to be ignored.
    fn start_word(&mut self, at: usize) -> bool {
        if self.count == self.words {
            self.full = true;
            return false;
        }
        self.count += 1;
        if let Some(starts) = &mut self.starts {
            starts.push(at as u32);
        }
        true
    }

    /// What pushing a non-alphanumeric character such as " " does.
    pub(crate) fn gap(&mut self) {
        if !self.space && !self.full {
            self.out.push(' ');
            self.space = true;
        }
    }

    /// Appends the normalisation of `s`.
    pub(crate) fn push(&mut self, s: &str) {
        if self.full {
            return;
        }
        let b = s.as_bytes();
        // Lower-case letters, digits and the single spaces between words are their own
        // normalisation: `s[copy..i]` is such a stretch, appended in one go when something
        // else comes.
        let mut copy = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == b' ' && !self.space {
                self.space = true;
                i += 1;
                continue;
            }
            if same_letter(b, i) > 0 {
                if self.space {
                    if !self.start_word(self.out.len() + i - copy) {
                        break;
                    }
                    self.space = false;
                }
                i = letters_end(b, i);
                continue;
            }
            self.out.push_str(&s[copy..i]);
            // Russian and Kazakh text is almost all ASCII and Cyrillic (U+0400..U+04FF, two
            // bytes led by D0..D3): lower-case those by arithmetic and leave the Unicode tables
            // to the rest.
            let (c, len) = match b[i] {
                x if x < 0x80 => (char::from(x.to_ascii_lowercase()), 1),
                x @ (0xD0 | 0xD1) if i + 1 < b.len() && (x == 0xD0 || b[i + 1] < 0xA0) => {
                    let cp = ((u32::from(x) & 0x1F) << 6) | (u32::from(b[i + 1]) & 0x3F);
                    let lower = match cp {
                        0x401 | 0x451 => 0x435, // Ё, ё → е
                        0x400..=0x40F => cp + 0x50,
                        0x410..=0x42F => cp + 0x20,
                        _ => cp,
                    };
                    (char::from_u32(lower).unwrap_or(' '), 2)
                }
                // U+048A..U+04BF and U+04D0..U+04FF (Ғ, Қ, Ң, Ү, Ұ, Һ, Ә, Ө …): capital at the
                // even code point, small at the odd one.
                x @ (0xD2 | 0xD3)
                    if b.get(i + 1)
                        .is_some_and(|&c| c >= if x == 0xD2 { 0x8A } else { 0x90 }) =>
                {
                    let cp = ((u32::from(x) & 0x1F) << 6) | (u32::from(b[i + 1]) & 0x3F);
                    (char::from_u32(cp | 1).unwrap_or(' '), 2)
                }
                _ => {
                    let c = s[i..].chars().next().unwrap_or(' ');
                    (c.to_lowercase().next().unwrap_or(c), c.len_utf8())
                }
            };
            i += len;
            copy = i;
            let alnum = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                matches!(c, '\u{0400}'..='\u{045F}' | '\u{048A}'..='\u{04BF}' | '\u{04D0}'..='\u{04FF}')
                    || c.is_alphanumeric()
            };
            if alnum {
                if self.space {
                    if !self.start_word(self.out.len()) {
                        return;
                    }
                    self.space = false;
                }
                self.out.push(c);
            } else {
                self.gap();
            }
        }
        self.out.push_str(&s[copy..i]);
    }

    /// The normalised text, without a trailing space.
    pub(crate) fn finish(self) -> String {
        self.finish_with_starts().0
    }

    /// The normalised text and the byte offsets of its words (empty unless asked for).
    pub(crate) fn finish_with_starts(mut self) -> (String, Vec<u32>) {
        if self.out.ends_with(' ') {
            self.out.pop();
        }
        (self.out, self.starts.unwrap_or_default())
    }
}

/// The length of the letter or digit at `b[i]` if it is its own normalisation (a-z, 0-9, small
/// Cyrillic letters but ё), else 0.
#[inline(always)]
pub(super) fn same_letter(b: &[u8], i: usize) -> usize {
    let x = b[i];
    if x < 0x80 {
        return usize::from(x.is_ascii_lowercase() || x.is_ascii_digit());
    }
    let Some(&y) = b.get(i + 1) else { return 0 };
    let same = match x {
        // а..п; р..я; ѐ, ђ..џ (ё becomes е).
        0xD0 => y >= 0xB0,
        0xD1 => y != 0x91 && y <= 0x9F,
        // The small letters of U+048A..U+04BF and U+04D0..U+04FF, at odd code points.
        0xD2 => y >= 0x8B && y & 1 == 1,
        0xD3 => y >= 0x91 && y & 1 == 1,
        _ => false,
    };
    2 * usize::from(same)
}

/// The end of the run of [`same_letter`]s starting at `b[i]`.
fn letters_end(b: &[u8], mut i: usize) -> usize {
    loop {
        if let Some(chunk) = b.get(i..i + 8) {
            let bad = not_lower_cyrillic(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
            if bad == 0 {
                i += 8;
                continue;
            }
            i += 2 * (bad.trailing_zeros() / 16) as usize;
        }
        match b.get(i) {
            None | Some(b' ') => return i,
            Some(_) => match same_letter(b, i) {
                0 => return i,
                n => i += n,
            },
        }
    }
}

/// Eight bytes read as four two-byte letters: non-zero in (at least) the 16-bit lanes that are
/// not а..п (D0 B0..BF) or р..я (D1 80..8F), so a run of such letters is checked four at a time.
fn not_lower_cyrillic(w: u64) -> u64 {
    // Masked lanes are B0D0 for а..п and 80D1 for р..я; xor-ed with B0D0 they are 0 or 3001,
    // and 3001 exactly when the lead byte is D1.
    let x = (w & 0xF0FF_F0FF_F0FF_F0FF) ^ 0xB0D0_B0D0_B0D0_B0D0;
    x ^ (x & 0x0001_0001_0001_0001).wrapping_mul(0x3001)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_ignores_dashes_wraps_and_case() {
        assert_eq!(
            normalise("Выдает  услугополучателю –\nуведомление"),
            normalise("выдает услугополучателю - уведомление")
        );
    }

    /// The character-by-character definition `normalise` must keep to.
    fn reference_normalise(s: &str) -> String {
        let mut out = String::new();
        let mut space = true;
        for c in s.chars() {
            let c = match c {
                'Ё' | 'ё' => 'е',
                c => c.to_lowercase().next().unwrap_or(c),
            };
            if c.is_alphanumeric() {
                out.push(c);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        out.trim_end().to_string()
    }

    #[test]
    fn cyrillic_arithmetic_agrees_with_the_unicode_tables() {
        for cp in 0x400..=0x4FF {
            let c = char::from_u32(cp).unwrap();
            let s = c.to_string();
            assert_eq!(normalise(&s), reference_normalise(&s), "U+{cp:04X}");
            let b = s.as_bytes();
            if same_letter(b, 0) > 0 {
                assert!(
                    c.is_alphanumeric() && c.to_lowercase().eq([c]),
                    "U+{cp:04X}"
                );
            }
            if matches!(cp, 0x48A..=0x4BF | 0x4D0..=0x4FF) {
                assert!(c.is_alphanumeric(), "U+{cp:04X}");
                assert!(
                    c.to_lowercase().eq([char::from_u32(cp | 1).unwrap()]),
                    "U+{cp:04X}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_head_is_the_first_words_of_the_whole(s in "[а-яА-ЯёЁa-zA-Z0-9 ,.«»-]{0,60}", n in 0usize..8) {
            let whole = normalise(&s);
            let first: Vec<&str> = whole.split(' ').filter(|w| !w.is_empty()).take(n).collect();
            proptest::prop_assert_eq!(normalised_head(&s, n), first.join(" "));
        }

        #[test]
        fn normalise_agrees_with_its_definition(s in "[\\u{0400}-\\u{04FF}A-Za-z0-9 .,«»–-]{0,60}|\\PC{0,30}|([а-я]{0,12}[ ,a-zA-ZЁё0-9\\u{0460}-\\u{04FF}]?){0,8}") {
            proptest::prop_assert_eq!(normalise(&s), reference_normalise(&s));
        }
    }
}
