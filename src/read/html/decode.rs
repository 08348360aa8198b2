//! A page's bytes → text, in the charset the page declares.

use crate::text::{self, Encoding};

/// How far into the page a `<meta>` charset declaration is looked for (as browsers do).
const PRESCAN: usize = 4096;

/// The declared charset label of a page: `<meta charset=…>` or the `charset=` of a
/// `Content-Type` declaration, within the first bytes.
fn declared(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&lower[from..], b"charset") {
        let at = from + i + "charset".len();
        from = at;
        // Only inside a tag: the last '<' before it is after the last '>'.
        let before = &lower[..at];
        let lt = memchr::memrchr(b'<', before);
        let gt = memchr::memrchr(b'>', before);
        if lt.is_none() || gt > lt {
            continue;
        }
        let rest = &lower[at..];
        let rest = rest.trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = rest.trim_ascii_start();
        let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
        let rest = rest.strip_prefix(b"'").unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| {
                matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace()
            })
            .unwrap_or(rest.len());
        let label = String::from_utf8_lossy(&rest[..end]).into_owned();
        if !label.is_empty() {
            return Some(label);
        }
    }
    None
}

/// Decodes the page; returns the text and the name of the charset used.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<(String, &'static str), String> {
    if bytes.is_empty() {
        return Err("file is empty".to_string());
    }
    let from_project = |e: Option<Encoding>| {
        text::decode(bytes, e)
            .map(|d| (d.text, d.encoding.name()))
            .map_err(|e| e.message)
    };
    if forced.is_some() || encoding_rs::Encoding::for_bom(bytes).is_some() {
        return from_project(forced);
    }
    let Some(label) = declared(bytes) else {
        return from_project(None);
    };
    // KZ-1048 is not a WHATWG encoding; the project's own table reads it.
    if let Some(e @ Encoding::Kz1048) = Encoding::from_name(&label) {
        return from_project(Some(e));
    }
    let Some(enc) = encoding_rs::Encoding::for_label(label.as_bytes()) else {
        return Err(format!(
            "the page declares the charset «{label}», which is not known; re-run with --encoding"
        ));
    };
    if enc == encoding_rs::UTF_8 {
        return from_project(Some(Encoding::Utf8))
            .map_err(|m| format!("{m}, though the page declares UTF-8; re-run with --encoding"));
    }
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok((text.into_owned(), static_name(enc))),
        None => Err(format!(
            "the page declares the charset {} but holds bytes that are not in it; re-run with --encoding",
            enc.name()
        )),
    }
}

/// The lowercase name of a WHATWG encoding, as the model reports encodings.
fn static_name(enc: &'static encoding_rs::Encoding) -> &'static str {
    match enc.name() {
        "windows-1251" => "windows-1251",
        "KOI8-R" => "koi8-r",
        "KOI8-U" => "koi8-u",
        "IBM866" => "ibm866",
        "ISO-8859-5" => "iso-8859-5",
        "x-mac-cyrillic" => "x-mac-cyrillic",
        "windows-1252" => "windows-1252",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_charset_is_honoured() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<html><head><meta charset=\"windows-1251\"></head><p>Общие положения</p>");
        let (text, enc) = decode(&bytes, None).unwrap();
        assert_eq!(enc, "windows-1251");
        assert!(text.contains("Общие положения"));
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>Регламент</p>",
        );
        let (text, enc) = decode(&bytes, None).unwrap();
        assert_eq!(enc, "koi8-r");
        assert!(text.contains("Регламент"));
    }

    #[test]
    fn without_a_declaration_utf8_and_code_pages_are_detected() {
        let (text, enc) = decode("<p>Жалпы ережелер</p>".as_bytes(), None).unwrap();
        assert_eq!((text.as_str(), enc), ("<p>Жалпы ережелер</p>", "utf-8"));
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<p>Общие положения регламента</p>");
        assert_eq!(decode(&bytes, None).unwrap().1, "windows-1251");
    }

    #[test]
    fn a_wrong_declaration_is_an_error_not_mojibake() {
        let page = "<meta charset=utf-8><p>Жалпы</p>".replace("Жалпы", "\u{0416}");
        let mut bytes = page.into_bytes();
        bytes.extend([0xC6, 0xE0]);
        let e = decode(&bytes, None).unwrap_err();
        assert!(e.contains("declares UTF-8"), "{e}");
        let e = decode(b"<meta charset=klingon><p>x</p>", None).unwrap_err();
        assert!(e.contains("«klingon»"), "{e}");
    }

    #[test]
    fn charset_words_outside_tags_are_not_declarations() {
        assert_eq!(declared(b"<p>charset=koi8-r</p>"), None);
        assert_eq!(
            declared(b"<meta content='text/html; charset=Windows-1251'>").as_deref(),
            Some("windows-1251")
        );
    }
}
