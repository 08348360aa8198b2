//! reglament: read Kazakhstan public-service regulations (регламенты государственных услуг),
//! model their procedures, cross-check the duplicated paragraphs and draw the справочник.
//!
//! The pipeline is `text` (decode, normalise) → `parse` (segment, extract) → `model`,
//! then `check`, `layout` → {`bpmn`, `svg`}. See `ARCHITECTURE.md`.

pub mod bpmn;
pub mod build;
pub mod captions;
pub mod check;
pub mod cli;
pub mod compare;
pub mod error;
pub mod i18n;
pub mod inputs;
pub mod layout;
pub mod lexicon;
pub mod model;
pub mod parse;
pub mod pdf;
pub mod read;
pub mod report;
pub mod site;
pub mod slug;
pub mod svg;
pub mod text;
mod xml;

pub use error::Error;
pub use parse::{parse_bytes, parse_file};
