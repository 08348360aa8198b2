//! A fixed list of words asked about one word at a time, as the readers do for every word of
//! an item.

/// A word list that remembers which byte lengths its words have: most words asked about have
/// none of those lengths and are turned away without a comparison.
pub struct Words {
    lengths: u128,
    words: &'static [&'static str],
}

impl Words {
    /// The list `words` (lower case, as the readers' words are).
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = 0u128;
        let mut k = 0;
        while k < words.len() {
            let n = words[k].len();
            // Lengths past the mask share its last bit; such words are compared every time.
            lengths |= 1 << if n < 127 { n } else { 127 };
            k += 1;
        }
        Words { lengths, words }
    }

    /// True when `w` is one of the words.
    pub fn contains(&self, w: &str) -> bool {
        self.lengths >> w.len().min(127) & 1 == 1 && self.words.contains(&w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const LIST: &[&str] = &["береді", "передает", "в", ""];
    static WORDS: Words = Words::new(LIST);

    #[test]
    fn listed_words_only() {
        for w in LIST {
            assert!(WORDS.contains(w), "{w}");
        }
        for w in ["передаёт", "во", "беред", "ПЕРЕДАЕТ"] {
            assert!(!WORDS.contains(w), "{w}");
        }
        let long: &'static str = Box::leak("ы".repeat(100).into_boxed_str());
        let longer = "ы".repeat(101);
        let list: &'static [&'static str] = Box::leak(vec![long].into_boxed_slice());
        let words = Words::new(list);
        assert!(words.contains(long));
        assert!(!words.contains(&longer));
    }

    proptest! {
        #[test]
        fn agrees_with_the_list(
            pick in proptest::sample::select(LIST),
            cut in 0usize..20,
            tail in "[а-яё]{0,2}",
        ) {
            let w = format!("{}{tail}", &pick[..pick.floor_char_boundary(cut)]);
            prop_assert_eq!(WORDS.contains(&w), LIST.contains(&w.as_str()));
        }
    }
}
