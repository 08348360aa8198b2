//! BPMN 2.0 XML: writer and reader.

pub mod read;
pub mod write;

pub use read::read;
pub use write::{write, write_semantic_only};
