//! Bytes → text: byte-order marks, UTF-8 and UTF-16, and the two single-byte Cyrillic
//! code pages found in Kazakhstan documents (Windows-1251 and the Kazakh KZ-1048).
//!
//! Every failure is reported as a [`DecodeError`] naming the line where one applies:
//! the decoder never guesses its way into mojibake.

use std::fmt;

/// A text encoding the decoder can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1251,
    /// RK 1048-2002, the Kazakh variant of Windows-1251 (also known as RK1048, STRK1048-2002).
    Kz1048,
}

impl Encoding {
    /// The canonical lowercase name, as reported in the model (`utf-8`, `kz-1048`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1251 => "windows-1251",
            Encoding::Kz1048 => "kz-1048",
        }
    }

    /// Parses a user-supplied name, case-insensitively, accepting the usual aliases
    /// (`utf8`, `cp1251`, `win-1251`, `kz1048`, `rk1048`, `strk1048-2002`, ...).
    pub fn from_name(s: &str) -> Option<Self> {
        // Separators vary wildly between tools ("utf_16le", "UTF-16 LE", "x-cp1251"), so compare
        // only the alphanumerics.
        let key: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let key = key.strip_prefix('x').unwrap_or(&key);
        match key {
            "utf8" | "utf" => Some(Encoding::Utf8),
            "utf16le" | "utf16" | "ucs2le" | "unicodele" => Some(Encoding::Utf16Le),
            "utf16be" | "ucs2be" | "unicodebe" => Some(Encoding::Utf16Be),
            "windows1251" | "cp1251" | "win1251" | "mswindows1251" | "1251" | "mscyrl"
            | "cyrillicwindows" => Some(Encoding::Windows1251),
            "kz1048" | "rk1048" | "strk1048" | "strk10482002" | "rk10482002" | "cp1048"
            | "1048" | "kazakhwindows" => Some(Encoding::Kz1048),
            _ => None,
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The decoded text with the encoding it was read as; a leading byte-order mark is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// True when the input began with a byte-order mark (which is not part of `text`).
    pub had_bom: bool,
}

/// Why the bytes could not be read as text. `Display` prints only the message: the caller
/// prefixes the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// 1-based line (counting `\n`) of the offending byte, when there is one.
    pub line: Option<u32>,
    pub message: String,
}

impl DecodeError {
    fn new(line: Option<u32>, message: impl Into<String>) -> Self {
        DecodeError {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DecodeError {}

/// Marks the one byte KZ-1048 (like Windows-1251) leaves undefined.
const UNDEFINED: char = '\u{FFFD}';

/// KZ-1048 bytes 0x80..=0xFF. It is Windows-1251 with sixteen positions reassigned to the
/// Kazakh letters Қ Һ қ һ Ұ ұ Ә Ө Ғ Ү ө ғ ә Ң ң ү (І і keep their Windows-1251 places).
const KZ1048_HIGH: [char; 128] = [
    // 0x80
    'Ђ', 'Ѓ', '‚', 'ѓ', '„', '…', '†', '‡', '€', '‰', 'Љ', '‹', 'Њ', 'Қ', 'Һ', 'Џ',
    // 0x90
    'ђ', '‘', '’', '“', '”', '•', '–', '—', UNDEFINED, '™', 'љ', '›', 'њ', 'қ', 'һ', 'џ',
    // 0xA0
    '\u{00A0}', 'Ұ', 'ұ', 'Ә', '¤', 'Ө', '¦', '§', 'Ё', '©', 'Ғ', '«', '¬', '\u{00AD}', '®', 'Ү',
    // 0xB0
    '°', '±', 'І', 'і', 'ө', 'µ', '¶', '·', 'ё', '№', 'ғ', '»', 'ә', 'Ң', 'ң', 'ү',
    // 0xC0
    'А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'З', 'И', 'Й', 'К', 'Л', 'М', 'Н', 'О', 'П',
    // 0xD0
    'Р', 'С', 'Т', 'У', 'Ф', 'Х', 'Ц', 'Ч', 'Ш', 'Щ', 'Ъ', 'Ы', 'Ь', 'Э', 'Ю', 'Я',
    // 0xE0
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п',
    // 0xF0
    'р', 'с', 'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'ь', 'э', 'ю', 'я',
];

/// The byte undefined in both single-byte code pages.
const UNDEFINED_BYTE: u8 = 0x98;

/// Decodes `bytes`, detecting the encoding unless `forced` is given.
///
/// Detection: byte-order mark, else valid UTF-8, else Windows-1251 or KZ-1048, whichever
/// reads as Russian/Kazakh. Empty, binary, broken UTF-8/UTF-16 and BOM-less UTF-16 input
/// are errors.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::new(None, "file is empty"));
    }
    let bom = sniff_bom(bytes);
    let (encoding, mut text, had_bom) = match (forced, bom) {
        (Some(f), Some((b, len))) if f == b => (f, decode_as(bytes, len, f)?, true),
        (Some(f), _) => (f, decode_as(bytes, 0, f)?, false),
        (None, Some((b, len))) => (b, decode_as(bytes, len, b)?, true),
        (None, None) => match detect(bytes)? {
            Detected::Utf8(s) => (Encoding::Utf8, s.to_owned(), false),
            Detected::SingleByte(e) => (e, decode_single_byte(bytes, e)?, false),
        },
    };
    // A second mark can survive when a file was re-saved by a tool that added its own.
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    if text.is_empty() {
        return Err(DecodeError::new(None, "file is empty"));
    }
    Ok(Decoded {
        text,
        encoding,
        had_bom,
    })
}

/// Decodes `bytes[start..]` (after any byte-order mark) as `encoding`.
fn decode_as(bytes: &[u8], start: usize, encoding: Encoding) -> Result<String, DecodeError> {
    let body = &bytes[start..];
    match encoding {
        Encoding::Utf8 => match simdutf8::compat::from_utf8(body) {
            Ok(s) => {
                check_binary_text(s)?;
                Ok(s.to_owned())
            }
            // Offsets are reported in the file, mark included.
            Err(e) => Err(invalid_utf8(bytes, start + e.valid_up_to())),
        },
        Encoding::Utf16Le => decode_utf16(body, false),
        Encoding::Utf16Be => decode_utf16(body, true),
        Encoding::Windows1251 | Encoding::Kz1048 => decode_single_byte(body, encoding),
    }
}

fn sniff_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        Some((Encoding::Utf8, 3))
    } else if bytes.starts_with(b"\xFF\xFE") {
        Some((Encoding::Utf16Le, 2))
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some((Encoding::Utf16Be, 2))
    } else {
        None
    }
}

/// 1-based line of byte `pos`.
fn line_at(bytes: &[u8], pos: usize) -> u32 {
    let newlines = bytes[..pos.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    u32::try_from(newlines.saturating_add(1)).unwrap_or(u32::MAX)
}

/// C0 controls that never occur in text files (tab, LF, CR and form feed do).
fn is_bad_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)
}

/// Whether any byte is a stray control. Or-ing whole blocks (instead of stopping at the first
/// hit) vectorises: this is the only full scan besides UTF-8 validation on the clean path.
fn has_bad_control(bytes: &[u8]) -> bool {
    bytes
        .chunks(4096)
        .any(|block| block.iter().fold(false, |acc, &b| acc | is_bad_control(b)))
}

fn count_bad_controls(bytes: &[u8]) -> usize {
    if has_bad_control(bytes) {
        bytes.iter().filter(|&&b| is_bad_control(b)).count()
    } else {
        0
    }
}

/// How many stray controls make a file "binary": a few can be tolerated (an old DOS EOF
/// marker, a vertical tab pasted from Word), a steady sprinkle cannot.
fn too_many_controls(count: usize, len: usize) -> bool {
    count > 0
        && (count.saturating_mul(100) > len || count >= 64 && count.saturating_mul(1000) > len)
}

/// What detection found: validated UTF-8 (kept to avoid validating twice) or a code page.
enum Detected<'a> {
    Utf8(&'a str),
    SingleByte(Encoding),
}

/// Picks the encoding of BOM-less input, rejecting binary data on the way.
fn detect(bytes: &[u8]) -> Result<Detected<'_>, DecodeError> {
    let bad = count_bad_controls(bytes);
    if bad > 0 {
        check_binary_bytes(bytes, bad)?;
    }
    // Cyrillic text is all two-byte sequences, which the standard validator walks one by one.
    match simdutf8::compat::from_utf8(bytes) {
        Ok(s) => Ok(Detected::Utf8(s)),
        Err(first) => {
            if looks_like_broken_utf8(bytes) {
                Err(invalid_utf8(bytes, first.valid_up_to()))
            } else {
                Ok(Detected::SingleByte(detect_single_byte(bytes)))
            }
        }
    }
}

/// Rejects NUL-bearing or control-riddled input, recognising BOM-less UTF-16 to say so.
fn check_binary_bytes(bytes: &[u8], bad: usize) -> Result<(), DecodeError> {
    // Cyrillic UTF-16 may hold no NUL at all (its high bytes are 0x04), so test it first.
    if let Some(enc) = bomless_utf16(bytes) {
        return Err(DecodeError::new(
            None,
            format!(
                "looks like {} without a byte-order mark; re-run with `--encoding {}`",
                enc.name().to_uppercase(),
                enc.name()
            ),
        ));
    }
    if let Some(first_nul) = bytes.iter().position(|&b| b == 0) {
        let line = line_at(bytes, first_nul);
        return Err(DecodeError::new(
            Some(line),
            format!("binary data, not text (NUL byte at line {line}, byte offset {first_nul})"),
        ));
    }
    if too_many_controls(bad, bytes.len()) {
        let first = bytes.iter().position(|&b| is_bad_control(b)).unwrap_or(0);
        let line = line_at(bytes, first);
        return Err(DecodeError::new(
            Some(line),
            format!(
                "binary data, not text (control byte 0x{:02X} at line {line}, byte offset {first})",
                bytes[first]
            ),
        ));
    }
    Ok(())
}

/// UTF-16 text has its high bytes (0x00 for ASCII, 0x04 for Cyrillic) all on one parity.
fn bomless_utf16(bytes: &[u8]) -> Option<Encoding> {
    if bytes.len() < 4 {
        return None;
    }
    let units = bytes.len() / 2;
    for (high, enc) in [(1, Encoding::Utf16Le), (0, Encoding::Utf16Be)] {
        let plausible = bytes
            .chunks_exact(2)
            .filter(|p| matches!(p[high], 0x00 | 0x04))
            .count();
        let low_nul = bytes.chunks_exact(2).filter(|p| p[1 - high] == 0).count();
        if plausible * 10 >= units * 9 && low_nul * 10 <= units {
            return Some(enc);
        }
    }
    None
}

/// Distinguishes UTF-8 with a defect (truncated character, a pasted legacy fragment) from a
/// legacy file that happens to contain an accidental valid sequence or two.
fn looks_like_broken_utf8(bytes: &[u8]) -> bool {
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        // Non-ASCII chars are the leading bytes (continuation bytes are 0x80..0xC0).
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    // Legacy Cyrillic yields about one invalid sequence per letter and well under 1% accidental
    // valid ones; real UTF-8 is the reverse.
    multibyte > 0 && multibyte * 10 >= invalid && (multibyte >= 3 || invalid <= multibyte)
}

fn invalid_utf8(bytes: &[u8], pos: usize) -> DecodeError {
    let line = line_at(bytes, pos);
    DecodeError::new(
        Some(line),
        format!("invalid UTF-8 at line {line} (byte offset {pos})"),
    )
}

/// The binary test on decoded text, for inputs whose bytes could not be checked directly.
fn check_binary_text(s: &str) -> Result<(), DecodeError> {
    let bytes = s.as_bytes();
    let bad = count_bad_controls(bytes);
    if bad == 0 {
        return Ok(());
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let line = line_at(bytes, pos);
        return Err(DecodeError::new(
            Some(line),
            format!("binary data, not text (NUL character at line {line})"),
        ));
    }
    if too_many_controls(bad, s.chars().count()) {
        let pos = bytes.iter().position(|&b| is_bad_control(b)).unwrap_or(0);
        let line = line_at(bytes, pos);
        return Err(DecodeError::new(
            Some(line),
            format!(
                "binary data, not text (control character U+{:04X} at line {line})",
                bytes[pos]
            ),
        ));
    }
    Ok(())
}

fn decode_utf16(body: &[u8], big_endian: bool) -> Result<String, DecodeError> {
    let units = body.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut text = String::with_capacity(body.len() + body.len() / 2);
    let mut line: u32 = 1;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                if c == '\n' {
                    line = line.saturating_add(1);
                }
                text.push(c);
            }
            Err(e) => {
                return Err(DecodeError::new(
                    Some(line),
                    format!(
                        "invalid UTF-16 at line {line}: unpaired surrogate 0x{:04X}",
                        e.unpaired_surrogate()
                    ),
                ));
            }
        }
    }
    if body.len() % 2 == 1 {
        return Err(DecodeError::new(
            Some(line),
            format!(
                "invalid UTF-16 at line {line}: odd number of bytes ({}), the last character is truncated",
                body.len()
            ),
        ));
    }
    check_binary_text(&text)?;
    Ok(text)
}

fn decode_single_byte(body: &[u8], encoding: Encoding) -> Result<String, DecodeError> {
    let bad = count_bad_controls(body);
    if bad > 0 {
        check_binary_bytes(body, bad)?;
    }
    if let Some(pos) = body.iter().position(|&b| b == UNDEFINED_BYTE) {
        let line = line_at(body, pos);
        return Err(DecodeError::new(
            Some(line),
            format!(
                "byte 0x98 at line {line} (byte offset {pos}) is undefined in {}",
                encoding.name()
            ),
        ));
    }
    Ok(match encoding {
        Encoding::Kz1048 => decode_kz1048(body),
        _ => {
            let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(body);
            text.into_owned()
        }
    })
}

fn decode_kz1048(body: &[u8]) -> String {
    // Cyrillic letters take two UTF-8 bytes each.
    let mut text = String::with_capacity(body.len() * 2);
    for &b in body {
        if b < 0x80 {
            text.push(char::from(b));
        } else {
            text.push(KZ1048_HIGH[usize::from(b - 0x80)]);
        }
    }
    text
}

/// Bytes read as Kazakh letters in KZ-1048 but as letters no Kazakh/Russian text uses in
/// Windows-1251 (Serbian, Macedonian, Belarusian: Ќ Ћ Ў Ј Ѕ ...).
const KAZAKH_ONLY_BYTES: [u8; 10] = [0x8D, 0x8E, 0x9D, 0x9E, 0xA1, 0xA2, 0xA3, 0xBC, 0xBD, 0xBE];
/// Bytes read as Kazakh letters in KZ-1048 but as Ukrainian letters (Є Ї Ґ) in Windows-1251.
const UKRAINIAN_OR_KAZAKH_BYTES: [u8; 6] = [0xA5, 0xAA, 0xAF, 0xB4, 0xBA, 0xBF];
/// ы Ы э Э ъ Ъ ё Ё: common in Russian and Kazakh, absent from Ukrainian.
const NOT_UKRAINIAN_BYTES: [u8; 8] = [0xFB, 0xDB, 0xFD, 0xDD, 0xFA, 0xDA, 0xB8, 0xA8];

/// Chooses between the two code pages; they differ only in sixteen letter positions.
fn detect_single_byte(bytes: &[u8]) -> Encoding {
    let mut counts = [0usize; 256];
    for &b in bytes {
        counts[usize::from(b)] += 1;
    }
    let sum = |set: &[u8]| set.iter().map(|&b| counts[usize::from(b)]).sum::<usize>();
    let kazakh_only = sum(&KAZAKH_ONLY_BYTES);
    let shared = sum(&UKRAINIAN_OR_KAZAKH_BYTES);
    let not_ukrainian = sum(&NOT_UKRAINIAN_BYTES);
    if kazakh_only == 0 && shared == 0 {
        // Both pages decode these bytes identically; Windows-1251 is the more common name.
        return Encoding::Windows1251;
    }
    // The documents are Russian or Kazakh: Ukrainian letters are only believable in text that
    // looks Ukrainian (no ы/э/ъ/ё) and lacks the Kazakh letters ә қ ң ұ, which are frequent
    // in any Kazakh paragraph.
    let ukrainian = shared > 0 && not_ukrainian == 0 && kazakh_only * 4 < shared;
    if ukrainian {
        Encoding::Windows1251
    } else {
        Encoding::Kz1048
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Inverse of [`KZ1048_HIGH`], for building test inputs.
    fn encode_kz1048(s: &str) -> Vec<u8> {
        s.chars()
            .map(|c| {
                if c.is_ascii() {
                    c as u8
                } else {
                    let i = KZ1048_HIGH
                        .iter()
                        .position(|&k| k == c && k != UNDEFINED)
                        .unwrap_or_else(|| panic!("{c:?} is not in KZ-1048"));
                    0x80 + i as u8
                }
            })
            .collect()
    }

    fn encode_cp1251(s: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(s);
        assert!(!unmappable, "{s:?} is not in Windows-1251");
        bytes.into_owned()
    }

    fn utf16(s: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = bom.then_some(0xFEFFu16).into_iter().chain(s.encode_utf16());
        for u in units {
            out.extend_from_slice(&if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        out
    }

    const KAZAKH: &str = "Электрондық мемлекеттік қызмет тұтынушыға мемлекеттік және орыс тілінде \
        көрсетіледі. Ақтөбе облыстық әкімдігінің қаулысы; Ғабит Мүсірепов атындағы ауданы. \
        ҚҰЖАТТАР ӨТІНІШ ҮЛГІСІ Һ һ Ң";
    const RUSSIAN: &str = "Сноска. Утратило силу постановлением акимата города Алматы от \
        20.10.2020 № 4/438 (вводится в действие по истечении десяти календарных дней) «Ёлка» — съезд.";

    #[test]
    fn names_round_trip_and_aliases() {
        for e in [
            Encoding::Utf8,
            Encoding::Utf16Le,
            Encoding::Utf16Be,
            Encoding::Windows1251,
            Encoding::Kz1048,
        ] {
            assert_eq!(Encoding::from_name(e.name()), Some(e));
            assert_eq!(Encoding::from_name(&e.name().to_uppercase()), Some(e));
        }
        assert_eq!(Encoding::from_name("cp1251"), Some(Encoding::Windows1251));
        assert_eq!(Encoding::from_name("WIN-1251"), Some(Encoding::Windows1251));
        assert_eq!(Encoding::from_name("x-cp1251"), Some(Encoding::Windows1251));
        assert_eq!(Encoding::from_name("kz1048"), Some(Encoding::Kz1048));
        assert_eq!(Encoding::from_name("RK1048"), Some(Encoding::Kz1048));
        assert_eq!(Encoding::from_name("STRK1048-2002"), Some(Encoding::Kz1048));
        assert_eq!(Encoding::from_name("utf8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::from_name("UTF_16LE"), Some(Encoding::Utf16Le));
        assert_eq!(Encoding::from_name("koi8-r"), None);
        assert_eq!(Encoding::from_name(""), None);
    }

    #[test]
    fn kz1048_table_differs_from_cp1251_exactly_at_the_kazakh_letters() {
        let mut differing = String::new();
        for b in 0x80u8..=0xFF {
            let kz = KZ1048_HIGH[usize::from(b - 0x80)];
            let byte = [b];
            let (cp, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&byte);
            let cp = cp.chars().next().unwrap();
            if b == UNDEFINED_BYTE {
                assert_eq!(kz, UNDEFINED);
            } else if kz != cp {
                differing.push(kz);
            }
        }
        assert_eq!(differing, "ҚҺқһҰұӘӨҒҮөғәҢңү");
        // All 128 positions are distinct characters.
        let mut sorted = KZ1048_HIGH.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 128);
    }

    #[test]
    fn kazakh_in_kz1048_round_trips_and_is_detected() {
        let bytes = encode_kz1048(KAZAKH);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, Encoding::Kz1048);
        assert_eq!(d.text, KAZAKH);
        assert!(!d.had_bom);
        // A single Kazakh word with only the letters Ukrainian shares is still Kazakh.
        let d = decode(&encode_kz1048("Түркістан облысы"), None).unwrap();
        assert_eq!(d.encoding, Encoding::Kz1048);
        assert_eq!(d.text, "Түркістан облысы");
    }

    #[test]
    fn real_kazakh_file_in_kz1048_is_detected() {
        let text = include_str!("../../reglaments/002_2973bc44dfc7985a.txt");
        // Latin i for і occurs in the source; KZ-1048 has no trouble with ASCII.
        let encodable: String = text
            .chars()
            .filter(|&c| c.is_ascii() || KZ1048_HIGH.contains(&c))
            .collect();
        let d = decode(&encode_kz1048(&encodable), None).unwrap();
        assert_eq!(d.encoding, Encoding::Kz1048);
        assert_eq!(d.text, encodable);
    }

    #[test]
    fn russian_in_cp1251_is_detected() {
        let d = decode(&encode_cp1251(RUSSIAN), None).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1251);
        assert_eq!(d.text, RUSSIAN);
        let ukrainian = "Київ, Україна: ґанок, їжак, єнот і пісня";
        let d = decode(&encode_cp1251(ukrainian), None).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1251);
        assert_eq!(d.text, ukrainian);
    }

    #[test]
    fn forced_encoding_skips_detection() {
        let bytes = encode_kz1048(KAZAKH);
        let d = decode(&bytes, Some(Encoding::Windows1251)).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1251);
        assert!(d.text.contains("ќ"));
        let d = decode(RUSSIAN.as_bytes(), Some(Encoding::Utf8)).unwrap();
        assert_eq!(d.text, RUSSIAN);
        let err = decode(&encode_cp1251(RUSSIAN), Some(Encoding::Utf8)).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.starts_with("invalid UTF-8 at line 1"), "{err}");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode(RUSSIAN.as_bytes(), None).unwrap();
        assert_eq!((d.encoding, d.had_bom), (Encoding::Utf8, false));
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("строка\r\nвторая".as_bytes());
        let d = decode(&bytes, None).unwrap();
        assert_eq!((d.encoding, d.had_bom), (Encoding::Utf8, true));
        assert_eq!(d.text, "строка\r\nвторая", "CRLF is kept");
        bytes.push(0xD0);
        let err = decode(&bytes, None).unwrap_err();
        assert_eq!(err.message, "invalid UTF-8 at line 2 (byte offset 29)");
        // A doubled mark is stripped too.
        let mut doubled = b"\xEF\xBB\xBF\xEF\xBB\xBF".to_vec();
        doubled.extend_from_slice("x".as_bytes());
        assert_eq!(decode(&doubled, None).unwrap().text, "x");
    }

    #[test]
    fn utf16_with_bom() {
        for big in [false, true] {
            let d = decode(&utf16(KAZAKH, big, true), None).unwrap();
            let want = if big {
                Encoding::Utf16Be
            } else {
                Encoding::Utf16Le
            };
            assert_eq!(d.encoding, want);
            assert!(d.had_bom);
            assert_eq!(d.text, KAZAKH);
            // Forced without a BOM works as well.
            let d = decode(&utf16(KAZAKH, big, false), Some(want)).unwrap();
            assert_eq!(d.text, KAZAKH);
            assert!(!d.had_bom);
        }
        let emoji = "a😀b";
        assert_eq!(
            decode(&utf16(emoji, false, true), None).unwrap().text,
            emoji
        );
    }

    #[test]
    fn empty_input_is_an_error() {
        let err = decode(b"", None).unwrap_err();
        assert_eq!(err, DecodeError::new(None, "file is empty"));
        assert_eq!(err.to_string(), "file is empty");
        assert_eq!(
            decode(b"\xEF\xBB\xBF", None).unwrap_err().message,
            "file is empty"
        );
        assert_eq!(
            decode(b"", Some(Encoding::Kz1048)).unwrap_err().message,
            "file is empty"
        );
    }

    #[test]
    fn binary_input_is_an_error() {
        let mut bytes = "первая\nвторая\nтре".as_bytes().to_vec();
        bytes.extend_from_slice(b"\x00\x01\x02\xFF");
        let err = decode(&bytes, None).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.starts_with("binary data, not text"), "{err}");
        // Many controls without NULs.
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend((0u8..200).map(|i| i % 31 + 1));
        let err = decode(&png, None).unwrap_err();
        assert!(err.message.starts_with("binary data, not text"), "{err}");
        assert_eq!(err.line, Some(2));
        // A forced code page does not make binary data text.
        assert!(decode(&bytes, Some(Encoding::Windows1251)).is_err());
    }

    #[test]
    fn a_stray_control_character_is_tolerated() {
        let mut text = RUSSIAN.repeat(3).into_bytes();
        text.push(0x1A); // DOS end-of-file marker
        let d = decode(&text, None).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
    }

    #[test]
    fn truncated_utf8_character_names_the_line() {
        let mut bytes = "Привет\nмир\n".as_bytes().to_vec();
        bytes.extend_from_slice(&"Жұмыс".as_bytes()[..3]);
        let err = decode(&bytes, None).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert_eq!(err.message, "invalid UTF-8 at line 3 (byte offset 22)");
    }

    #[test]
    fn mixed_utf8_and_cp1251_is_an_error_not_mojibake() {
        let mut bytes = "Регламент государственной услуги\n".repeat(3).into_bytes();
        bytes.extend(encode_cp1251("Общие положения\n"));
        bytes.extend("Порядок действий\n".as_bytes());
        let err = decode(&bytes, None).unwrap_err();
        assert_eq!(err.line, Some(4));
        assert!(err.message.starts_with("invalid UTF-8 at line 4"), "{err}");
    }

    #[test]
    fn bomless_utf16_suggests_the_flag() {
        let err = decode(&utf16(KAZAKH, false, false), None).unwrap_err();
        assert!(err.message.contains("--encoding utf-16le"), "{err}");
        let err = decode(&utf16(RUSSIAN, true, false), None).unwrap_err();
        assert!(err.message.contains("--encoding utf-16be"), "{err}");
        let err = decode(&utf16("plain ascii", false, false), None).unwrap_err();
        assert!(err.message.contains("--encoding utf-16le"), "{err}");
        // No NUL at all: every character is Cyrillic.
        let err = decode(&utf16("ҚұжаттарӨтініш", false, false), None).unwrap_err();
        assert!(err.message.contains("--encoding utf-16le"), "{err}");
    }

    #[test]
    fn broken_utf16_names_the_line() {
        let mut odd = utf16("бір\nекі\n", false, true);
        odd.push(0x41);
        let err = decode(&odd, None).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("odd number of bytes"), "{err}");

        let mut lone = utf16("бір\nекі", true, true);
        lone.extend_from_slice(&0xD800u16.to_be_bytes());
        lone.extend_from_slice(&0x0041u16.to_be_bytes());
        let err = decode(&lone, None).unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("unpaired surrogate 0xD800"), "{err}");
    }

    #[test]
    fn undefined_byte_is_an_error() {
        let mut bytes = encode_cp1251("строка\n");
        bytes.push(0x98);
        for forced in [None, Some(Encoding::Kz1048), Some(Encoding::Windows1251)] {
            let err = decode(&bytes, forced).unwrap_err();
            assert_eq!(err.line, Some(2));
            assert!(err.message.contains("0x98"), "{err}");
        }
    }

    #[test]
    fn real_files_decode_as_utf8() {
        for text in [
            include_str!("../../reglaments/000_6f385fbdd640c006.txt"),
            include_str!("../../reglaments/001_17a9bf27c86efb5e.txt"),
            include_str!("../../reglaments/002_2973bc44dfc7985a.txt"),
            include_str!("../../reglaments/003_1c2847d2c07c60cf.txt"),
        ] {
            let d = decode(text.as_bytes(), None).unwrap();
            assert_eq!(d.encoding, Encoding::Utf8);
            assert_eq!(d.text, text.trim_start_matches('\u{FEFF}'));
        }
    }

    #[test]
    fn huge_single_line_is_linear() {
        let line = "қ".repeat(10_000_000);
        let mut bytes = line.into_bytes();
        bytes.push(0xD0);
        let start = std::time::Instant::now();
        let err = decode(&bytes, None).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(start.elapsed().as_secs() < 30);
    }

    proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode(&bytes, None);
            for e in [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Windows1251, Encoding::Kz1048] {
                let _ = decode(&bytes, Some(e));
            }
        }

        #[test]
        fn decode_never_panics_on_textlike_bytes(
            bytes in proptest::collection::vec(prop_oneof![Just(0u8), Just(b'\n'), Just(0x04u8), 0x20u8..0x7F, 0x80u8..=0xFF], 0..512)
        ) {
            if let Ok(d) = decode(&bytes, None) {
                let bom = '\u{FEFF}';
                prop_assert!(!d.text.starts_with(bom), "leading BOM left in the text");
            }
        }

        #[test]
        fn valid_utf8_text_always_decodes_unchanged(s in "[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ a-z0-9.,;:\n\t«»–-]{1,200}") {
            let d = decode(s.as_bytes(), None).unwrap();
            prop_assert_eq!(d.encoding, Encoding::Utf8);
            prop_assert_eq!(d.text, s);
        }
    }
}
