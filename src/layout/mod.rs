//! Lane-aware placement shared by BPMN DI and the SVG справочник.

pub mod diagram;
pub mod graph;
pub mod metrics;
pub mod place;
pub mod samples;

pub use diagram::*;
pub use graph::{build, build_at, diagrams};
pub use place::place;
