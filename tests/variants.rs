//! Shape variants of the corpus must parse to what their originals parse to: the same
//! regulations (titles), channels, lists (kind and channel), items (count and numbers) and
//! durations (value and unit). Lines are not compared: every variant moves them.
//!
//! Each file × variant is a test of its own (`ru_000::no_blank_lines`, …); the re-wrapped
//! variants are also proptests over the width (60–120 columns). The generator itself is held
//! to what it promises in `variants_support/checks.rs`. `docs/variants.md` describes the variants;
//! `cargo test --test variants -- --ignored --nocapture` prints what each variant keeps and
//! which wrap widths fail.

mod variants_support;

use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use variants_support::summary::{Summary, Tally, first_difference, summarise, tally};
use variants_support::{FILES, Source, Variant};

/// The width the named re-wrapped tests use (the proptests try 60–120).
const WIDTH: usize = 80;

/// Every file of the corpus with the summary of its own parse.
static ORIGINALS: LazyLock<Vec<(Source, Summary)>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|stem| {
            let source = Source::load(stem);
            let doc = reglament::parse_bytes(stem, source.text.as_bytes(), None)
                .unwrap_or_else(|e| panic!("the original does not parse: {e}"));
            let summary = summarise(&doc);
            (source, summary)
        })
        .collect()
});

/// The variant's parse summarised; when the parser refuses the variant, what it said.
fn parse_variant(file: usize, variant: Variant) -> (Summary, Option<String>) {
    let (source, _) = &ORIGINALS[file];
    let name = source.name(variant);
    match reglament::parse_bytes(&name, &variant.apply(source), None) {
        Ok(doc) => (summarise(&doc), None),
        Err(e) => (Summary::default(), Some(e.message)),
    }
}

/// What the variant kept, and the first difference (or the parser's refusal) when it departs
/// from the original.
fn outcome(file: usize, variant: Variant) -> (Tally, Option<String>) {
    let (_, want) = &ORIGINALS[file];
    let (got, refused) = parse_variant(file, variant);
    let diff = match refused {
        Some(e) => Some(format!("the parser refused the variant: {e}")),
        None => first_difference(want, &got),
    };
    (tally(want, &got), diff)
}

/// `Err` naming the variant, the tally and the first difference when its parse departs from the original's.
fn compare(file: usize, variant: Variant) -> Result<(), String> {
    match outcome(file, variant) {
        (_, None) => Ok(()),
        (kept, Some(diff)) => Err(format!(
            "{}: kept {kept}\nfirst difference: {diff}",
            ORIGINALS[file].0.name(variant)
        )),
    }
}

fn check(file: usize, variant: Variant) {
    if let Err(e) = compare(file, variant) {
        panic!("{e}");
    }
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 12,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

macro_rules! file_tests {
    ($($module:ident => $file:expr),* $(,)?) => {$(
        mod $module {
            use super::*;

            #[test]
            fn titles_without_reglament() {
                check($file, Variant::TitlesWithoutReglament);
            }

            #[test]
            fn no_blank_lines() {
                check($file, Variant::NoBlankLines);
            }

            #[test]
            fn durations_in_words() {
                check($file, Variant::DurationsInWords);
            }

            #[test]
            fn rewrapped_markdown() {
                check($file, Variant::Rewrapped { width: WIDTH, markdown: true });
            }

            #[test]
            fn rewrapped_plain() {
                check($file, Variant::Rewrapped { width: WIDTH, markdown: false });
            }

            #[test]
            fn legacy_code_page_crlf() {
                check($file, Variant::LegacyCrlf);
            }

            #[test]
            fn plain_rewrapped_no_blank_lines() {
                check($file, Variant::PlainWrappedNoBlanks { width: WIDTH });
            }

            #[test]
            fn titles_without_reglament_no_blank_lines() {
                check($file, Variant::TitlesNoBlanks);
            }

            proptest! {
                #![proptest_config(config())]

                #[test]
                fn rewrapped_markdown_any_width(width in 60usize..=120) {
                    compare($file, Variant::Rewrapped { width, markdown: true })
                        .map_err(TestCaseError::fail)?;
                }

                #[test]
                fn rewrapped_plain_any_width(width in 60usize..=120) {
                    compare($file, Variant::Rewrapped { width, markdown: false })
                        .map_err(TestCaseError::fail)?;
                }

                #[test]
                fn plain_rewrapped_no_blank_lines_any_width(width in 60usize..=120) {
                    compare($file, Variant::PlainWrappedNoBlanks { width })
                        .map_err(TestCaseError::fail)?;
                }
            }
        }
    )*};
}

file_tests!(ru_000 => 0, ru_001 => 1, kk_002 => 2, kk_003 => 3);

/// Prints, for every file × variant, what the variant's parse kept of the original's.
#[test]
#[ignore = "prints a table; run with --ignored --nocapture"]
fn print_what_each_variant_keeps() {
    println!(
        "| file | variant | regulations | channels | lists | items | durations | first difference |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let mut variants: Vec<Variant> = Variant::all(WIDTH).to_vec();
    for width in [60, 120] {
        variants.extend([
            Variant::Rewrapped {
                width,
                markdown: true,
            },
            Variant::Rewrapped {
                width,
                markdown: false,
            },
            Variant::PlainWrappedNoBlanks { width },
        ]);
    }
    for (file, (source, _)) in ORIGINALS.iter().enumerate() {
        for &variant in &variants {
            let cell = |(a, b): (usize, usize)| format!("{a}/{b}");
            let (t, diff) = outcome(file, variant);
            let diff = diff.map_or("—".to_string(), |d| {
                d.lines().next().unwrap_or("").to_string()
            });
            println!(
                "| {} | {variant} | {} | {} | {} | {} | {} | {} |",
                &source.stem[..3],
                cell(t.regulations),
                cell(t.channels),
                cell(t.lists),
                cell(t.items),
                cell(t.durations),
                diff.replace('|', "\\|")
            );
        }
    }
}

/// Prints, for every file and wrapped variant, the widths from 60 to 120 whose parse departs
/// from the original's, with the first difference at the narrowest of them.
#[test]
#[ignore = "parses every width; run with --ignored --nocapture"]
fn print_widths_that_fail() {
    type Make = fn(usize) -> Variant;
    let shapes: [(&str, Make); 3] = [
        ("rewrapped markdown", |width| Variant::Rewrapped {
            width,
            markdown: true,
        }),
        ("rewrapped plain", |width| Variant::Rewrapped {
            width,
            markdown: false,
        }),
        ("plain rewrapped, no blank lines", |width| {
            Variant::PlainWrappedNoBlanks { width }
        }),
    ];
    for (file, (source, _)) in ORIGINALS.iter().enumerate() {
        for (name, make) in shapes {
            let failing: Vec<(usize, String)> = (60..=120)
                .filter_map(|w| outcome(file, make(w)).1.map(|d| (w, d)))
                .collect();
            match failing.first() {
                None => println!("{} {name}: every width passes", source.stem),
                Some((w, diff)) => println!(
                    "{} {name}: {} of 61 widths fail ({}); at {w}: {}",
                    source.stem,
                    failing.len(),
                    ranges(failing.iter().map(|(w, _)| *w)),
                    diff.lines().next().unwrap_or("")
                ),
            }
        }
    }
}

/// «60–64, 70, 90–120».
fn ranges(widths: impl Iterator<Item = usize>) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for w in widths {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == w => *end = w,
            _ => runs.push((w, w)),
        }
    }
    runs.iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
