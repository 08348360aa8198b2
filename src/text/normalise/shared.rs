//! What several passes share.

/// Spaces and tabs: the separators the passes reckon with (other spaces are made plain by the
/// punctuation pass, and tabs separate table cells).
pub(super) fn is_space_or_tab(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// The whole normalisation as an owned string, for the tests of each pass.
#[cfg(test)]
pub(super) fn norm(s: &str) -> String {
    super::normalise_line(s).into_owned()
}
