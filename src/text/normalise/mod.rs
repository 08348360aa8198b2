//! One physical line → one clean line: undo PDF/Word/Markdown export damage (displaced
//! hyperlink words, typographic punctuation, Latin look-alikes, letter-spaced words, markup)
//! so the parser sees plain Russian/Kazakh text.
//!
//! Every function here is total (never panics) and linear in the line length.
//!
//! [`normalise_line`] runs one pass per module, in this order:
//!
//! 1. `links` ([`repair_displaced_links`]): hyperlink words the legal-database export moved
//!    to the line end go back into the double space they left. First, because it reads the
//!    export's own spacing (the hole, the parity of the indentation), which the later passes
//!    change.
//! 2. `punctuation` ([`normalise_punctuation`]): dashes, quotes, exotic spaces, invisible
//!    characters. Before markdown, so that dashes are judged with a leading bullet still in
//!    place («-  - начало» keeps its legend dash once the bullet goes) and a bullet followed
//!    by an exotic space reads as one.
//! 3. `markdown` ([`strip_markdown`]): heading markers, bullets, emphasis, links, tags,
//!    escapes. When it removes anything, punctuation runs again: removed markup changes the
//!    neighbours of a dash («a**—**b»).
//! 4. `spacing` ([`collapse_letter_spacing`]): letter-spaced words joined. It needs the
//!    double spaces that mark word boundaries, and runs before look-alikes so that a word it
//!    assembles gets its look-alikes fixed too.
//! 5. `lookalikes` ([`fix_lookalikes`]): Latin letters inside Cyrillic words.
//! 6. `whitespace`: trimmed, runs of spaces collapsed, tab cells kept. Last, because the
//!    passes before it read the spaces it removes.
//!
//! `shared` holds the little the passes have in common.

use std::borrow::Cow;

mod links;
mod lookalikes;
mod markdown;
mod punctuation;
mod shared;
mod spacing;
mod whitespace;

pub use links::{
    LINK_GOVERNOR_STEMS, LINK_GOVERNORS, LINK_WORD_ENDINGS, LINK_WORD_STEMS, repair_displaced_links,
};
pub use lookalikes::fix_lookalikes;
pub use markdown::{Markup, strip_markdown};
pub use punctuation::normalise_punctuation;
pub use spacing::collapse_letter_spacing;
use whitespace::finish_whitespace;

/// Full per-line normalisation: displaced links, punctuation/whitespace, markdown, letter
/// spacing, look-alikes; the result is trimmed with inner runs of spaces collapsed to one.
///
/// Tabs separate table cells, so a line holding a tab after its content starts keeps all its
/// tabs (leading empty cells included); only spaces are trimmed around each cell.
pub fn normalise_line(raw: &str) -> Cow<'_, str> {
    // Each pass hands back the line it was given when it has nothing to do, which is the usual
    // case: a clean line is scanned by every pass but copied only once, at the end.
    let s = then(Cow::Borrowed(raw), repair_displaced_links);
    let s = then(s, normalise_punctuation);
    let before = s.len();
    let s = then(s, |t| strip_markdown(t).0);
    // Removing markup changes what surrounds a dash («a**—**b»), so settle dashes again.
    let s = if s.len() == before {
        s
    } else {
        then(s, normalise_punctuation)
    };
    // Letter spacing runs before look-alikes so that a word it assembles gets its
    // look-alikes fixed too; it needs the double spaces, so collapsing comes last.
    let s = then(s, collapse_letter_spacing);
    let s = then(s, fix_lookalikes);
    then(s, finish_whitespace)
}

/// Applies one pass, keeping `cur` itself when the pass returned it unchanged.
fn then<'a>(cur: Cow<'a, str>, pass: impl FnOnce(&str) -> Cow<'_, str>) -> Cow<'a, str> {
    match pass(&cur) {
        // A pass borrows only its whole input back (a trimmed slice would be shorter).
        Cow::Borrowed(b) if b.len() == cur.len() => cur,
        other => Cow::Owned(other.into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::shared::norm;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn legend_dash_survives_bullet_removal() {
        assert_eq!(
            norm("-  - начало или завершение оказания государственной услуги;"),
            "– начало или завершение оказания государственной услуги;"
        );
        assert_eq!(
            norm("\t-  келесі рәсімге (іс-қимылға) өту"),
            "келесі рәсімге (іс-қимылға) өту"
        );
    }

    #[test]
    fn whole_files_do_not_panic_and_are_stable() {
        for text in [
            include_str!("../../../reglaments/000_6f385fbdd640c006.txt"),
            include_str!("../../../reglaments/001_17a9bf27c86efb5e.txt"),
            include_str!("../../../reglaments/002_2973bc44dfc7985a.txt"),
            include_str!("../../../reglaments/003_1c2847d2c07c60cf.txt"),
        ] {
            for line in text.lines() {
                let once = normalise_line(line);
                assert_eq!(normalise_line(&once), once, "{line:?}");
            }
        }
    }

    /// A quadratic step would take hours on these megabyte lines; the limits are loose enough
    /// for an unoptimised build on a busy machine.
    #[test]
    fn huge_line_is_linear() {
        let unit = "Қазақстан  Республикасының [бұйрық](x) **Еңбек** к о д е к с і н е — ";
        let line = unit.repeat(20_000) + "Стандарта.пунктом 9";
        let start = std::time::Instant::now();
        let out = normalise_line(&line);
        assert!(out.len() > line.len() / 2);
        assert!(start.elapsed().as_secs() < 30);
        let brackets = "[".repeat(300_000) + &"<".repeat(300_000) + &"*-".repeat(300_001);
        let start = std::time::Instant::now();
        let _ = normalise_line(&brackets);
        assert!(start.elapsed().as_secs() < 30);
    }

    proptest! {
        #[test]
        fn normalise_never_panics(s in any::<String>()) {
            let _ = normalise_line(&s);
            let _ = repair_displaced_links(&s);
            let _ = strip_markdown(&s);
        }

        /// Idempotence on text made of the characters the rules react to. Backslash escapes
        /// are left out: «\*a\*» must become «*a*», which a second pass reads as emphasis.
        #[test]
        fn normalise_is_idempotent(
            s in "[ \t\u{A0}\u{200B}абвгқәіeoaCxy1290 .,;:()\\[\\]<>#*_\"«»„“—–-]{0,60}"
        ) {
            let once = normalise_line(&s);
            prop_assert_eq!(normalise_line(&once), once.clone());
        }

        /// The passes agree at their seams: a normalised line is one that none of them would
        /// change on its own, so no pass leaves work for one that ran before it. Escapes are
        /// left out (see above).
        #[test]
        fn every_pass_leaves_a_normalised_line_as_it_is(
            s in "[ \t\u{A0}\u{200B}абвгқәіeoaCxy1290 .,;:()\\[\\]<>#*_\"«»„“—–-]{0,60}|\\PC{0,40}"
        ) {
            let s = s.replace('\\', "/");
            let once = normalise_line(&s);
            let line: &str = &once;
            prop_assert_eq!(repair_displaced_links(line), line);
            prop_assert_eq!(normalise_punctuation(line), line);
            prop_assert_eq!(strip_markdown(line).0, line);
            prop_assert_eq!(collapse_letter_spacing(line), line);
            prop_assert_eq!(fix_lookalikes(line), line);
            prop_assert_eq!(finish_whitespace(line), line);
        }

        #[test]
        fn arbitrary_strings_are_stable_after_two_passes(s in any::<String>()) {
            // Escapes aside (see above), a second pass must not change anything.
            let s = s.replace('\\', "/");
            let once = normalise_line(&s);
            prop_assert_eq!(normalise_line(&once), once.clone());
        }
    }
}
