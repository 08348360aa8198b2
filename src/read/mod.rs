//! The reading stage: a file's bytes → the plain text the parser reads, with the place of each
//! line in the file.
//!
//! Plain text (`.txt`, `.md`) goes to the decoder and its lines are its places. Word (`.docx`),
//! saved web pages (`.html`, `.htm`) and PDF each have a reader that turns paragraphs, table
//! rows and page lines into lines, and records for every line where it stands in the file
//! ([`Source`]), so findings can cite «paragraph 40» or «page 3, line 14». Formats that cannot
//! be read (a legacy `.doc`, RTF, a password-protected file, a scan without text) are refused
//! with a message saying what to do.

pub mod docx;
pub mod html;
pub mod pdf;

use std::path::Path;

use crate::error::Error;
use crate::model::{Place, Source};
use crate::text::{self, Encoding};

/// The formats an input comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Html,
    Pdf,
}

impl Format {
    /// The name written into [`Source::format`].
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

/// The extensions a directory is walked for: the formats read, and the ones refused with
/// advice (a `.doc` or `.rtf` among regulations is one the user means to have read).
pub const EXTENSIONS: [&str; 8] = ["txt", "md", "docx", "html", "htm", "pdf", "doc", "rtf"];

/// What the reading stage hands the parser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The text, one line per paragraph, table row or page line.
    pub text: String,
    /// The encoding the text was decoded from (`utf-8`, `windows-1251`, …).
    pub encoding: String,
    /// Where each line of `text` stands in the file.
    pub source: Source,
}

/// The first bytes of an OLE compound file: a legacy Word `.doc`, or any Office file that is
/// password-protected (encryption wraps even a `.docx` into one).
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// What the bytes are, by their first bytes, then by the file's extension.
fn format_of(file: &str, bytes: &[u8]) -> Result<Format, String> {
    if bytes.starts_with(b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Ok(Format::Docx);
    }
    if bytes.starts_with(OLE_MAGIC) {
        // The stream an encrypted Office file keeps its package in is named in UTF-16.
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        return Err(if memchr::memmem::find(bytes, &name).is_some() {
            "password-protected Word file: open it in Word, remove the password (File → Info → \
             Protect Document) and save it as .docx"
                .to_string()
        } else {
            "a legacy Word .doc (binary) file: open it in Word or LibreOffice and save it as .docx"
                .to_string()
        });
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err("an RTF file: open it in Word or LibreOffice and save it as .docx".to_string());
    }
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("docx") => Err(
            "not a Word .docx file (a .docx is a zip archive): open it in Word and save it again as .docx"
                .to_string(),
        ),
        Some("pdf") => Err("not a PDF file (it does not start with «%PDF-»)".to_string()),
        Some("doc") => Err(
            "a legacy Word .doc file: open it in Word or LibreOffice and save it as .docx"
                .to_string(),
        ),
        Some("rtf") => Err(
            "an RTF file: open it in Word or LibreOffice and save it as .docx".to_string(),
        ),
        Some("html" | "htm" | "xhtml") => Ok(Format::Html),
        _ => Ok(Format::Text),
    }
}

/// Reads the bytes of `file` into text and the places of its lines. `forced` overrides the
/// encoding of a text file or a web page.
pub fn read(file: &str, bytes: &[u8], forced: Option<Encoding>) -> Result<Extracted, Error> {
    let format = format_of(file, bytes).map_err(|m| Error::new(file, None, m))?;
    let extracted = match format {
        Format::Text => {
            let d = text::decode(bytes, forced).map_err(|e| Error::new(file, e.line, e.message))?;
            Extracted {
                text: d.text,
                encoding: d.encoding.name().to_string(),
                source: Source {
                    format: Format::Text.name().to_string(),
                    places: Vec::new(),
                },
            }
        }
        Format::Docx => docx::read(bytes)
            .map(|lines| lines.finish(Format::Docx, "utf-8"))
            .map_err(|m| Error::new(file, None, m))?,
        Format::Html => {
            let (lines, encoding) =
                html::read(bytes, forced).map_err(|m| Error::new(file, None, m))?;
            lines.finish(Format::Html, encoding)
        }
        Format::Pdf => pdf::read(bytes)
            .map(|lines| lines.finish(Format::Pdf, "pdf"))
            .map_err(|m| Error::new(file, None, m))?,
    };
    if extracted.text.trim().is_empty() {
        return Err(Error::new(
            file,
            None,
            format!("the {} file holds no text", format.name()),
        ));
    }
    Ok(extracted)
}

/// Lines being collected by a reader, each with its place.
#[derive(Debug, Default)]
pub struct Lines {
    text: String,
    places: Vec<Place>,
}

impl Lines {
    /// Appends one line; line breaks inside it become spaces (one line is one place).
    pub fn push(&mut self, line: &str, place: Place) {
        if !self.places.is_empty() {
            self.text.push('\n');
        }
        if line.contains(['\n', '\r']) {
            self.text.push_str(&line.replace(['\n', '\r'], " "));
        } else {
            self.text.push_str(line);
        }
        self.places.push(place);
    }

    /// Continues the last line with `more`, after a space: a wrap the reader joined, cited by
    /// the last line's place.
    pub fn extend_last(&mut self, more: &str) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push(' ');
        }
        self.text.push_str(&more.replace(['\n', '\r'], " "));
    }

    /// Appends an empty line (at `place`) unless the text is empty or already ends with one.
    pub fn blank(&mut self, place: Place) {
        if !self.places.is_empty() && !self.text.ends_with('\n') && !self.text.is_empty() {
            self.push("", place);
        }
    }

    /// How many lines so far.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True before the first line.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    fn finish(mut self, format: Format, encoding: &str) -> Extracted {
        // Blank lines at the end carry nothing.
        while self.text.ends_with('\n') {
            self.text.pop();
            self.places.pop();
        }
        Extracted {
            text: self.text,
            encoding: encoding.to_string(),
            source: Source {
                format: format.name().to_string(),
                places: self.places,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_formats_say_what_to_do() {
        let doc = [OLE_MAGIC, b"\0\0WordDocument".as_slice()].concat();
        let e = read("a.doc", &doc, None).unwrap_err();
        assert_eq!(e.file, "a.doc");
        assert!(e.message.contains("save it as .docx"), "{e}");
        let mut encrypted = OLE_MAGIC.to_vec();
        encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        let e = read("a.docx", &encrypted, None).unwrap_err();
        assert!(e.message.starts_with("password-protected Word file"), "{e}");
        let e = read("a.rtf", b"{\\rtf1\\ansi \\u1056?}", None).unwrap_err();
        assert!(e.message.starts_with("an RTF file"), "{e}");
        let e = read("a.docx", "Регламент".as_bytes(), None).unwrap_err();
        assert!(e.message.starts_with("not a Word .docx file"), "{e}");
        let e = read("a.pdf", "Регламент".as_bytes(), None).unwrap_err();
        assert!(e.message.starts_with("not a PDF file"), "{e}");
    }

    #[test]
    fn text_files_keep_their_own_lines() {
        let x = read("a.txt", "Жалпы ережелер\nОбщие положения".as_bytes(), None).unwrap();
        assert_eq!(x.text, "Жалпы ережелер\nОбщие положения");
        assert_eq!(x.source.format, "text");
        assert!(x.source.is_text());
        assert_eq!(x.source.cite(2), "line 2");
    }

    #[test]
    fn lines_keep_one_place_each_and_single_blanks() {
        let mut l = Lines::default();
        l.blank(Place::Paragraph { paragraph: 1 });
        l.push("Общие положения", Place::Paragraph { paragraph: 1 });
        l.blank(Place::Paragraph { paragraph: 1 });
        l.blank(Place::Paragraph { paragraph: 1 });
        l.push("1)\nбір", Place::Row { table: 1, row: 2 });
        let x = l.finish(Format::Docx, "utf-8");
        assert_eq!(x.text, "Общие положения\n\n1) бір");
        assert_eq!(x.source.cite(3), "table 1, row 2");
        assert_eq!(x.source.cite(1), "paragraph 1");
        assert_eq!(x.source.cite(9), "line 9");
    }
}
