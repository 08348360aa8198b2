//! Lane-aware placement shared by BPMN DI and the SVG справочник.

pub mod check;
pub mod diagram;
pub mod dispute;
pub mod graph;
pub mod keep;
pub mod label;
pub mod metrics;
pub mod place;
pub mod samples;
pub mod text;
pub mod wording;

pub use diagram::*;
pub use graph::{build, build_at, build_disputed, diagrams};
pub use place::place;

/// The most procedures a list may have and still be drawn: beyond it a swimlane diagram is
/// unreadable and its layout would cost far more than the rest of the build.
pub const MAX_DIAGRAM_STEPS: usize = 400;
