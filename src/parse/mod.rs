//! Segmentation and extraction: decoded text → `model::Document`.

pub mod decree;
pub mod duration;
pub mod item;
pub mod label;
pub mod lines;
pub mod roles;
pub mod segment;
pub mod table;
pub mod titles;
pub mod transfer;
pub mod twins;

use std::path::Path;

use crate::error::Error;
use crate::model::{Document, Source};
use crate::text::Encoding;

/// Files larger than this are refused rather than read whole: no regulation comes near it.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Read, decode and parse one file.
pub fn parse_file(path: &Path, forced: Option<Encoding>) -> Result<Document, Error> {
    parse_file_sourced(path, forced).map(|s| s.document)
}

/// A parsed file with the places its lines stand at in the file (Word paragraphs, PDF pages).
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced {
    pub document: Document,
    pub source: Source,
}

/// The model as JSON, with the places of its lines when the file is not plain text (a text
/// file's JSON is the document alone).
impl serde::Serialize for Sourced {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SourcedRef {
            document: &self.document,
            source: &self.source,
        }
        .serialize(s)
    }
}

/// A [`Sourced`] borrowed, written as the same JSON: the build writes the model without
/// copying it.
pub struct SourcedRef<'a> {
    pub document: &'a Document,
    pub source: &'a Source,
}

impl serde::Serialize for SourcedRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Json<'a> {
            #[serde(flatten)]
            document: &'a Document,
            source: &'a Source,
        }
        // A flattened struct is written through serde's map machinery, which costs the model
        // of a text file, the common case, a good part of its writing: that one is written as
        // the document it is.
        if self.source.is_text() {
            return self.document.serialize(s);
        }
        Json {
            document: self.document,
            source: self.source,
        }
        .serialize(s)
    }
}

/// [`parse_file`], keeping the places of the lines.
pub fn parse_file_sourced(path: &Path, forced: Option<Encoding>) -> Result<Sourced, Error> {
    let bytes = read_input(path)?;
    parse_bytes_sourced(&path.display().to_string(), &bytes, forced)
}

/// Read one input file whole, refusing what is not a plain file of sensible size.
pub fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| Error::new(&name, None, io_message(&e)))?;
    if meta.is_dir() {
        return Err(Error::new(&name, None, "is a directory, not a file"));
    }
    if !meta.is_file() {
        // A FIFO or a device would block or never end; regulations are plain files.
        return Err(Error::new(
            &name,
            None,
            "is not a regular file (a pipe, socket or device)",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::new(
            &name,
            None,
            format!(
                "file is {} MB, over the {} MB limit",
                meta.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    std::fs::read(path).map_err(|e| Error::new(&name, None, io_message(&e)))
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

/// Read (any format `read` knows, by content and by `file`'s extension) and parse bytes that
/// came from `file`.
pub fn parse_bytes(file: &str, bytes: &[u8], forced: Option<Encoding>) -> Result<Document, Error> {
    parse_bytes_sourced(file, bytes, forced).map(|s| s.document)
}

/// [`parse_bytes`], keeping the places of the lines.
pub fn parse_bytes_sourced(
    file: &str,
    bytes: &[u8],
    forced: Option<Encoding>,
) -> Result<Sourced, Error> {
    let read = crate::read::read(file, bytes, forced)?;
    let source = read.source;
    let document = parse_text(file, &read.text, &read.encoding).map_err(|mut e| {
        // An error's line is a line of the extracted text: name its place in the file.
        if let Some(place) = e.line.and_then(|l| source.place(l)) {
            e.message = format!("{place}: {}", e.message);
            e.line = None;
        }
        e
    })?;
    Ok(Sourced { document, source })
}

/// Parse already decoded text.
pub fn parse_text(file: &str, text: &str, encoding: &str) -> Result<Document, Error> {
    let lines = lines::logical_lines(text);
    let reglaments = segment::regulations(&lines);
    let unattributed = titles::unattributed(&lines, reglaments.first().map(|r| r.line));
    if let Some(first) = reglaments.first()
        && reglaments
            .iter()
            .all(|r| r.lists.is_empty() && r.appendices.is_empty())
    {
        return Err(Error::new(
            file,
            Some(first.line),
            format!(
                "the regulation «{}» has a title but no body: no procedure list («Содержание каждой процедуры …», «Описание последовательности процедур …») and no appendix",
                first.title
            ),
        ));
    }
    if reglaments.is_empty() {
        if let Some(u) = unattributed.first() {
            let what = match u.kind {
                crate::model::Matter::List => "a procedure list heading",
                crate::model::Matter::Appendix => "an appendix header",
                crate::model::Matter::Spravochnik => "a справочник",
            };
            return Err(Error::new(
                file,
                Some(u.line),
                format!(
                    "no regulation found, though line {} holds {what} {}: put a title («Регламент государственной услуги \"…\"», «\"…\" мемлекеттік көрсетілетін қызмет регламенті», or the quoted service name alone) or the first section («1. Общие положения» / «1. Жалпы ережелер») before it",
                    u.line, u.quote
                ),
            ));
        }
        return Err(Error::new(
            file,
            None,
            "no regulation found: expected a heading such as «Регламент государственной услуги \"…\"» or «\"…\" мемлекеттік көрсетілетін қызмет регламенті» followed by «Общие положения» / «Жалпы ережелер»",
        ));
    }
    Ok(Document {
        file: file.to_string(),
        encoding: encoding.to_string(),
        reglaments,
        decree: decree::read(&lines),
        unattributed,
    })
}
