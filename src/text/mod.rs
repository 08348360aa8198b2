//! Bytes to clean text: encoding detection and decoding, then per-line normalisation.

pub mod case;
pub mod decode;
pub mod normalise;
pub(crate) mod scan;
mod utf8;

pub use case::{is_letter, lower, lower_into};
pub use decode::{DecodeError, Decoded, Encoding, decode};
pub use utf8::utf8_string;

/// The first `n` words of a text, with «…» when there are more: for messages.
pub fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{} …", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}
