//! Bytes known to be UTF-8 made a string, checked by SIMD.

/// `bytes` as a string when they are UTF-8. The writers' output (SVG, BPMN) is megabytes of
/// Cyrillic, which the standard validator walks two bytes at a time.
pub fn utf8_string(bytes: Vec<u8>) -> Option<String> {
    simdutf8::basic::from_utf8(&bytes).ok()?;
    // SAFETY: the bytes were validated as UTF-8 just above.
    Some(unsafe { String::from_utf8_unchecked(bytes) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The SIMD check takes what the standard one takes, and only that.
        #[test]
        fn utf8_strings_as_the_standard_library_takes_them(
            bytes in proptest::collection::vec(any::<u8>(), 0..80),
            text in "\\PC{0,40}",
        ) {
            prop_assert_eq!(utf8_string(bytes.clone()), String::from_utf8(bytes).ok());
            prop_assert_eq!(utf8_string(text.clone().into_bytes()), Some(text));
        }
    }
}
