//! Shape variants of the regulations in `reglaments/`: the same text as users meet it in other
//! shapes (no «Регламент» in the headings, no blank lines, durations in words, re-wrapped, plain
//! text, legacy code pages with CRLF). Each variant is a pure function of (text, parameters);
//! `docs/variants.md` says what each one is and where it comes from.
#![allow(dead_code)]

#[cfg(test)]
mod checks;
pub mod legacy;
pub mod shape;
pub mod summary;
pub mod words;

use std::fmt;
use std::path::Path;

use legacy::CodePage;

/// The language a file is written in, which decides its number words and its code page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ru,
    Kk,
}

impl Lang {
    /// Kazakh when the letters only Kazakh uses make up a noticeable share of the Cyrillic ones:
    /// a Russian act may quote a Kazakh name («Алматы ақшамы»), a Kazakh one Russian stamps.
    pub fn of(text: &str) -> Lang {
        let (mut cyrillic, mut kazakh) = (0usize, 0usize);
        for c in text.chars() {
            if ('\u{400}'..='\u{4FF}').contains(&c) {
                cyrillic += 1;
                if "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c) {
                    kazakh += 1;
                }
            }
        }
        if kazakh * 50 > cyrillic {
            Lang::Kk
        } else {
            Lang::Ru
        }
    }
}

/// The regulations of the corpus, by file stem.
pub const FILES: [&str; 4] = [
    "000_6f385fbdd640c006",
    "001_17a9bf27c86efb5e",
    "002_2973bc44dfc7985a",
    "003_1c2847d2c07c60cf",
];

/// One file of `reglaments/` as text.
#[derive(Debug, Clone)]
pub struct Source {
    pub stem: &'static str,
    pub text: String,
    pub lang: Lang,
}

impl Source {
    /// Reads `reglaments/<stem>.txt`.
    pub fn load(stem: &'static str) -> Source {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("reglaments")
            .join(format!("{stem}.txt"));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let lang = Lang::of(&text);
        Source { stem, text, lang }
    }

    /// The name the variant is parsed under (it only appears in messages).
    pub fn name(&self, variant: Variant) -> String {
        format!("reglaments/{}.txt [{variant}]", self.stem)
    }
}

/// One shape a regulation can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Headings keep only the quoted service name.
    TitlesWithoutReglament,
    /// Every blank line removed.
    NoBlankLines,
    /// Durations with their numbers in words only.
    DurationsInWords,
    /// Lines longer than `width` word-wrapped; markdown kept or stripped.
    Rewrapped { width: usize, markdown: bool },
    /// Windows-1251 (Russian) or KZ-1048 (Kazakh) bytes with CRLF line ends.
    LegacyCrlf,
    /// No blank lines, re-wrapped at `width`, no markdown: a PDF's text layer.
    PlainWrappedNoBlanks { width: usize },
    /// Headings without «Регламент…» and no blank lines.
    TitlesNoBlanks,
}

impl Variant {
    /// Every variant, with `width` for those that wrap.
    pub fn all(width: usize) -> [Variant; 8] {
        [
            Variant::TitlesWithoutReglament,
            Variant::NoBlankLines,
            Variant::DurationsInWords,
            Variant::Rewrapped {
                width,
                markdown: true,
            },
            Variant::Rewrapped {
                width,
                markdown: false,
            },
            Variant::LegacyCrlf,
            Variant::PlainWrappedNoBlanks { width },
            Variant::TitlesNoBlanks,
        ]
    }

    /// A short ASCII name, used for file names and messages.
    pub fn slug(self) -> String {
        match self {
            Variant::TitlesWithoutReglament => "titles-without-reglament".into(),
            Variant::NoBlankLines => "no-blank-lines".into(),
            Variant::DurationsInWords => "durations-in-words".into(),
            Variant::Rewrapped {
                width,
                markdown: true,
            } => format!("rewrapped-{width}-markdown"),
            Variant::Rewrapped {
                width,
                markdown: false,
            } => format!("rewrapped-{width}-plain"),
            Variant::LegacyCrlf => "legacy-code-page-crlf".into(),
            Variant::PlainWrappedNoBlanks { width } => format!("plain-rewrapped-{width}-no-blanks"),
            Variant::TitlesNoBlanks => "titles-without-reglament-no-blanks".into(),
        }
    }

    /// The variant of `source` as the bytes a user would hand to the parser.
    pub fn apply(self, source: &Source) -> Vec<u8> {
        let text = &source.text;
        match self {
            Variant::TitlesWithoutReglament => shape::strip_titles(text).0.into_bytes(),
            Variant::NoBlankLines => shape::drop_blank_lines(text).into_bytes(),
            Variant::DurationsInWords => {
                words::durations_in_words(text, source.lang).0.into_bytes()
            }
            Variant::Rewrapped { width, markdown } => {
                let text = if markdown {
                    text.clone()
                } else {
                    shape::strip_markdown(text)
                };
                shape::rewrap(&text, width).into_bytes()
            }
            Variant::LegacyCrlf => legacy::encode_crlf(text, code_page(source.lang)).0,
            Variant::PlainWrappedNoBlanks { width } => {
                shape::drop_blank_lines(&shape::rewrap(&shape::strip_markdown(text), width))
                    .into_bytes()
            }
            Variant::TitlesNoBlanks => {
                shape::drop_blank_lines(&shape::strip_titles(text).0).into_bytes()
            }
        }
    }
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.slug())
    }
}

/// The code page a file of `lang` is saved in by the systems that still use one.
pub fn code_page(lang: Lang) -> CodePage {
    match lang {
        Lang::Ru => CodePage::Windows1251,
        Lang::Kk => CodePage::Kz1048,
    }
}
