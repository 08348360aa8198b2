//! Bytes to clean text: encoding detection and decoding, then per-line normalisation.

pub mod case;
pub mod decode;
pub mod normalise;
pub(crate) mod scan;

pub use case::{is_letter, lower, lower_into};
pub use decode::{DecodeError, Decoded, Encoding, decode};
