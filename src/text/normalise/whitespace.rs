//! The final spacing: trimmed, runs of spaces collapsed, none before «;» or «,», tab cells kept.

use std::borrow::Cow;

use super::shared::is_space_or_tab;
use crate::text::scan::{any_block, find_position};

fn collapse_spaces(s: &str, out: &mut String) {
    // Copy whole runs between spaces; a run of spaces becomes one, and none stands before a
    // comma or semicolon («минут ;»), so the same words read the same however they were typed.
    let b = s.as_bytes();
    let mut copied = 0;
    find_position(
        b,
        |block| block.eq(b' '),
        |i| {
            // Later spaces of a run already handled.
            if i >= copied {
                out.push_str(&s[copied..i]);
                copied = i + b[i..].iter().take_while(|&&x| x == b' ').count();
                if !matches!(b.get(copied), Some(b';' | b',')) {
                    out.push(' ');
                }
            }
            false
        },
    );
    out.push_str(&s[copied..]);
}

/// True when `finish_whitespace` has nothing to do: no tab, no space at either end, no run of
/// spaces and none before «;» or «,».
fn whitespace_is_final(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first().is_some_and(|&c| c == b' ') || b.last().is_some_and(|&c| c == b' ') {
        return false;
    }
    // A space is judged with the byte after it a whole block at a time: the mask of what may
    // not follow a space, shifted by one, with the next block's first byte at the top.
    !any_block(b, |at, block, _| {
        let spaces = block.eq(b' ');
        let follows = spaces | block.eq(b';') | block.eq(b',');
        let next = u32::from(matches!(b.get(at + 32), Some(b' ' | b';' | b',')));
        block.eq(b'\t') != 0 || spaces & ((follows >> 1) | (next << 31)) != 0
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
}
