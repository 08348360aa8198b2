//! Bytes to clean text: encoding detection and decoding, then per-line normalisation.

pub mod case;
pub mod decode;
pub mod normalise;
pub(crate) mod scan;
mod utf8;

pub use case::{is_letter, lower, lower_into};
pub use decode::{DecodeError, Decoded, Encoding, decode};
pub use utf8::utf8_string;

/// A cheap hash of a word: its length and its first and last eight bytes, stable across runs.
/// Equal words hash alike; where two words' hashes collide, callers compare the words, or let
/// the two count as one.
pub(crate) fn word_hash(w: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let n = w.len();
    let (head, tail) = match (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => (w.iter().rev().fold(0, |x, &b| (x << 8) | u64::from(b)), 0),
    };
    (head.wrapping_mul(K) ^ tail.rotate_left(29) ^ n as u64).wrapping_mul(K)
}

/// The first `n` words of a text, with «…» when there are more: for messages.
pub fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{} …", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}
