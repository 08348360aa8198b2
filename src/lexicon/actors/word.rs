//! A word of an item as the actor reader sees it.

use std::borrow::Cow;

/// A word in lower case: borrowed from the text when it is lower case already (most words
/// are), so that splitting an item into words copies only the capitalised ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a>(pub(super) Cow<'a, str>);

impl Word<'_> {
    /// The word as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Word<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Word<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<str> for Word<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}
