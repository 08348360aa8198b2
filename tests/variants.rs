//! Shape variants of the corpus must parse to what their originals parse to: the same
//! regulations (titles), channels, lists (kind and channel), items (count and numbers) and
//! durations (value and unit). Lines are not compared: every variant moves them.
//!
//! Each file × variant is a test of its own (`ru_000::no_blank_lines`, …); the re-wrapped
//! variants are also proptests over the width (60–120 columns). The generator itself is held
//! to what it promises in `variants_support/checks.rs`. `docs/variants.md` describes the variants;
//! `cargo test --test variants -- --ignored --nocapture` prints what each variant keeps.

mod variants_support;

use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use variants_support::summary::{Summary, first_difference, summarise, tally};
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

/// The variant's parse summarised, or why the parser refused it.
fn parse_variant(file: usize, variant: Variant) -> Result<Summary, String> {
    let (source, _) = &ORIGINALS[file];
    let name = source.name(variant);
    reglament::parse_bytes(&name, &variant.apply(source), None)
        .map(|doc| summarise(&doc))
        .map_err(|e| format!("the parser refused the variant: {e}"))
}

/// `Err` with the tally and the first difference when the variant's parse departs from the original's.
fn compare(file: usize, variant: Variant) -> Result<(), String> {
    let (source, want) = &ORIGINALS[file];
    let name = source.name(variant);
    let got = parse_variant(file, variant).map_err(|e| format!("{name}: {e}"))?;
    match first_difference(want, &got) {
        None => Ok(()),
        Some(diff) => Err(format!(
            "{name}: kept {}\nfirst difference: {diff}",
            tally(want, &got)
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
    println!("| file | variant | regulations | lists | items | durations | first difference |");
    println!("|---|---|---|---|---|---|---|");
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
    for (file, (source, want)) in ORIGINALS.iter().enumerate() {
        for &variant in &variants {
            let cell = |(a, b): (usize, usize)| format!("{a}/{b}");
            match parse_variant(file, variant) {
                Ok(got) => {
                    let t = tally(want, &got);
                    let diff = first_difference(want, &got).map_or("—".to_string(), |d| {
                        d.lines().next().unwrap_or("").to_string()
                    });
                    println!(
                        "| {} | {variant} | {} | {} | {} | {} | {} |",
                        &source.stem[..3],
                        cell(t.regulations),
                        cell(t.lists),
                        cell(t.items),
                        cell(t.durations),
                        diff.replace('|', "\\|")
                    );
                }
                Err(e) => println!(
                    "| {} | {variant} | refused: {e} | | | | |",
                    &source.stem[..3]
                ),
            }
        }
    }
}
