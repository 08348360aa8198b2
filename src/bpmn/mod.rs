//! BPMN 2.0 XML: writer and reader.

pub mod edited;
pub mod matching;
pub mod quality;
pub mod read;
pub mod write;

pub use edited::{Edited, read_edited};
pub use read::read;
pub use write::{write, write_semantic_only};
