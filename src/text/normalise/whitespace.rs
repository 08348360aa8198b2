//! The final spacing: trimmed, runs of spaces collapsed, none before «;» or «,», tab cells kept.

use std::borrow::Cow;

use super::shared::is_space_or_tab;
use crate::text::scan::{Block, any_block, find_position};

fn collapse_spaces(s: &str, out: &mut String) {
    // A run of spaces becomes one, and none stands before a comma or semicolon («минут ;»),
    // so the same words read the same however they were typed: every space followed by a
    // space, a comma or a semicolon goes, and the stretches between are copied whole.
    let b = s.as_bytes();
    let mut copied = 0;
    find_position(
        b,
        |at, block| surplus_spaces(b, at, block),
        |i| {
            out.push_str(&s[copied..i]);
            copied = i + 1;
            false
        },
    );
    out.push_str(&s[copied..]);
}

/// The spaces of a block that a space, a comma or a semicolon follows, the byte after the
/// block included.
fn surplus_spaces(b: &[u8], at: usize, block: &Block) -> u32 {
    let spaces = block.eq(b' ');
    let follows = spaces | block.eq(b';') | block.eq(b',');
    let next = u32::from(matches!(b.get(at + 32), Some(b' ' | b';' | b',')));
    spaces & ((follows >> 1) | (next << 31))
}

/// True when `finish_whitespace` has nothing to do: no tab, no space at either end, no run of
/// spaces and none before «;» or «,».
fn whitespace_is_final(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first().is_some_and(|&c| c == b' ') || b.last().is_some_and(|&c| c == b' ') {
        return false;
    }
    // A space is judged with the byte after it a whole block at a time.
    !any_block(b, |at, block, _| {
        block.eq(b'\t') != 0 || surplus_spaces(b, at, block) != 0
    })
}

/// Trims and collapses spaces; keeps the tab structure of table rows.
pub(super) fn finish_whitespace(s: &str) -> Cow<'_, str> {
    if whitespace_is_final(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(finish_whitespace_pass(s))
}

fn finish_whitespace_pass(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let content = s.trim_start_matches(is_space_or_tab);
    if !content.contains('\t') {
        collapse_spaces(content.trim(), &mut out);
        return out;
    }
    for (i, cell) in s.split('\t').enumerate() {
        if i > 0 {
            out.push('\t');
        }
        collapse_spaces(cell.trim_matches(' '), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::text::normalise::shared::norm;

    #[test]
    fn whitespace_and_tables() {
        assert_eq!(
            norm("   Сноска.   Утратило   силу  "),
            "Сноска. Утратило силу"
        );
        assert_eq!(norm("\t1. Жалпы ережелер"), "1. Жалпы ережелер");
        assert_eq!(
            norm("\t\t\tУО қызметкерінің ЭҮП шығару\t\t\t"),
            "\t\t\tУО қызметкерінің ЭҮП шығару\t\t\t"
        );
        assert_eq!(
            norm("6.\tКелесі  әрекеттің нөмірі \t 7\t8"),
            "6.\tКелесі әрекеттің нөмірі\t7\t8"
        );
        assert_eq!(norm("\t"), "");
        assert_eq!(norm(""), "");
    }

    proptest::proptest! {
        /// Spaces are collapsed as a reader would: each run to one, none before «;» or «,»,
        /// across the 32-byte blocks the scan reads.
        #[test]
        fn spaces_collapse_like_a_plain_loop(s in "[аб ;,]{0,90}") {
            let mut out = String::new();
            super::collapse_spaces(&s, &mut out);
            let mut expected = String::new();
            let chars: Vec<char> = s.chars().collect();
            for (k, &c) in chars.iter().enumerate() {
                let next = chars.get(k + 1);
                if c != ' ' || !matches!(next, Some(' ' | ';' | ',')) {
                    expected.push(c);
                }
            }
            proptest::prop_assert_eq!(out, expected);
            proptest::prop_assert_eq!(super::whitespace_is_final(&s), !s.starts_with(' ') && !s.ends_with(' ') && !s.contains("  ") && !s.contains(" ;") && !s.contains(" ,"));
        }
    }
}
