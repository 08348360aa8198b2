//! Drawing one document: the model, a BPMN and an SVG file per regulation channel, and what the
//! index needs to know of each regulation; the `bpmn` and `svg` commands write only diagrams.

use std::path::{Path, PathBuf};

use super::Summary;
use super::input::read_input;
use super::names::{Names, act_dirs, diagram_name};
use super::write::{write_atomic, write_error};
use crate::check::{Finding, Severity};
use crate::error::Error;
use crate::layout::keep::{self, Kept};
use crate::layout::{graph, place};
use crate::model::{Document, Source};
use crate::site;
use crate::slug::slug;
use crate::text::Encoding;
use crate::{bpmn, svg};

/// Which outputs to compute: a `bpmn` or `svg` run needs neither the other format nor the findings.
#[derive(Debug, Clone, Copy)]
pub(super) struct Outputs {
    pub(super) bpmn: bool,
    pub(super) svg: bool,
    pub(super) full: bool,
}

/// Draws one document and hands every output to `emit` (path relative to the act's directory,
/// bytes) in a fixed order; returns what the index needs to know of each regulation. A diagram
/// with a layout in `kept` takes that layout's geometry (BPMN and SVG alike).
pub(super) fn render(
    doc: &Document,
    source: &Source,
    what: Outputs,
    findings: &[Finding],
    kept: Option<&Kept>,
    emit: &mut dyn FnMut(String, Vec<u8>),
) -> Vec<site::Reglament> {
    if what.full {
        emit(
            "model.json".to_string(),
            // With the places of its lines when the input is not plain text.
            serde_json::to_vec_pretty(&crate::parse::Sourced {
                document: doc.clone(),
                source: source.clone(),
            })
            .expect("the model always serialises"),
        );
    }
    let mut dirs = Names::default();
    let mut out = Vec::with_capacity(doc.reglaments.len());
    for (ri, reg) in doc.reglaments.iter().enumerate() {
        let dir = dirs.claim(slug(&reg.title, 48));
        let mut names = Names::default();
        let mut diagrams = Vec::new();
        // Longer lists are not drawn; the `list-too-long` finding says so.
        for list in graph::diagram_lists(reg)
            .into_iter()
            .filter(|l| l.items.len() <= crate::layout::MAX_DIAGRAM_STEPS)
        {
            let mut d = graph::build_at(ri + 1, &doc.file, reg, list);
            place::place(&mut d);
            if let Some(old) = kept.and_then(|k| k.get(&d)) {
                keep::keep(&mut d, old);
            }
            let name = names.claim(diagram_name(&d.id));
            if what.bpmn {
                let xml = if source.is_text() {
                    bpmn::write::write(&d)
                } else {
                    bpmn::write::write_placed(&d, source)
                };
                emit(format!("{dir}/{name}.bpmn"), xml.into_bytes());
            }
            if what.svg {
                let opts = svg::SvgOptions {
                    electronic: reg.electronic,
                    ..Default::default()
                };
                emit(
                    format!("{dir}/{name}.svg"),
                    svg::render(&d, &opts).into_bytes(),
                );
            }
            diagrams.push(site::Diagram {
                channel: list.channel,
                scenario: list.scenario.clone(),
                name,
            });
        }
        let mut counts = [0; 3];
        for f in findings.iter().filter(|f| f.reglament_line == reg.line) {
            counts[severity_index(f.severity)] += 1;
        }
        out.push(site::Reglament {
            title: reg.title.clone(),
            line: reg.line,
            language: reg.language,
            dir,
            diagrams,
            findings: counts,
        });
    }
    out
}

pub(super) fn severity_index(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// Which diagram files `diagrams` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagramFormat {
    Bpmn,
    Svg { png: bool },
}

/// Write one diagram file per regulation channel (`<act>/<regulation>/<channel>.bpmn|.svg|.png`) into `out`.
pub fn diagrams(
    files: &[PathBuf],
    out: &Path,
    forced: Option<Encoding>,
    format: DiagramFormat,
) -> Summary {
    let mut summary = Summary {
        files: files.len(),
        ..Default::default()
    };
    let acts = act_dirs(files);
    for (f, act) in files.iter().zip(&acts) {
        let parsed = read_input(f).and_then(|bytes| {
            crate::parse::parse_bytes_sourced(&f.display().to_string(), &bytes, forced)
        });
        let (doc, source) = match parsed {
            Ok(s) => (s.document, s.source),
            Err(e) => {
                summary.errors.push(e);
                summary.failed += 1;
                continue;
            }
        };
        summary.read += 1;
        summary.rebuilt += 1;
        let what = Outputs {
            bpmn: format == DiagramFormat::Bpmn,
            svg: format != DiagramFormat::Bpmn,
            full: false,
        };
        let mut errors = Vec::new();
        let regs = render(&doc, &source, what, &[], None, &mut |rel, bytes| {
            let rel = Path::new(act).join(&rel);
            let path = out.join(&rel);
            if format == (DiagramFormat::Svg { png: true }) {
                match svg::render_png(&String::from_utf8_lossy(&bytes), 1.0) {
                    Ok(png) => {
                        if let Err(e) = write_atomic(out, &rel.with_extension("png"), &png) {
                            errors.push(write_error(&path.with_extension("png"), e));
                        }
                    }
                    Err(e) => errors.push(Error::new(
                        path.display().to_string(),
                        None,
                        format!("cannot render PNG: {e}"),
                    )),
                }
            }
            if let Err(e) = write_atomic(out, &rel, &bytes) {
                errors.push(write_error(&path, e));
            }
        });
        summary.reglaments += regs.len();
        summary.diagrams += regs.iter().map(|r| r.diagrams.len()).sum::<usize>();
        summary.errors.extend(errors);
    }
    summary
}
