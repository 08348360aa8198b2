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
    /// A PNG beside each SVG.
    pub(super) png: bool,
    /// The act's printed справочник (`spravochnik.pdf`): every SVG, one per page.
    pub(super) pdf: bool,
}

/// Name of an act's printed справочник in its directory.
pub const PDF_NAME: &str = "spravochnik.pdf";

/// Draws one document and hands every output to `emit` (path relative to the act's directory,
/// bytes) in a fixed order; returns what the index needs to know of each regulation, and the
/// images that could not be made. Steps the `findings` find disputed between repeated lists are
/// marked in the diagrams; a diagram with a layout in `kept` takes that layout's geometry (BPMN
/// and SVG alike).
pub(super) fn render(
    doc: &Document,
    source: &Source,
    what: Outputs,
    findings: &[Finding],
    kept: Option<&Kept>,
    emit: &mut dyn FnMut(String, Vec<u8>),
) -> Rendered {
    // The SVGs the images are made of, kept until the end of the act.
    let mut svgs: Vec<(String, String)> = Vec::new();
    let mut act_steps: site::ActSteps = Vec::with_capacity(doc.reglaments.len());
    // An act of more diagrams than a book can hold gets none (see `pdf::MAX_PAGES`).
    let mut book = what.pdf;
    if what.full {
        emit(
            "model.json".to_string(),
            // With the places of its lines when the input is not plain text.
            serde_json::to_vec_pretty(&crate::parse::SourcedRef {
                document: doc,
                source,
            })
            .expect("the model always serialises"),
        );
    }
    // Each diagram is built and named in order (names depend on the ones claimed before), then
    // placed and written in parallel: one act's diagrams are most of a build's work, and an act
    // of many regulations would otherwise hold one core while the other waits. Files are handed
    // to `emit` in the same order as they would be one by one.
    let mut dirs = Names::default();
    let mut regs: Vec<(String, Vec<(&crate::model::StepList, String)>)> = Vec::new();
    let mut jobs = Vec::new();
    for (ri, reg) in doc.reglaments.iter().enumerate() {
        let dir = dirs.claim(slug(&reg.title, 48));
        let mut names = Names::default();
        let mut drawn = Vec::new();
        // Longer lists are not drawn; the `list-too-long` finding says so.
        for list in graph::diagram_lists(reg)
            .into_iter()
            .filter(|l| l.items.len() <= crate::layout::MAX_DIAGRAM_STEPS)
        {
            let mut d = graph::build_disputed(ri + 1, &doc.file, reg, list, findings);
            crate::layout::dispute::locate(&mut d, source);
            let name = names.claim(diagram_name(&d.id));
            jobs.push((reg, d, format!("{dir}/{name}")));
            drawn.push((list, name));
        }
        regs.push((dir, drawn));
    }
    let files: Vec<Drawn> = {
        use rayon::prelude::*;
        jobs.into_par_iter()
            .map(|(reg, mut d, stem)| {
                place::place(&mut d);
                if let Some(old) = kept.and_then(|k| k.get(&d)) {
                    keep::keep(&mut d, old);
                }
                let bpmn = what.bpmn.then(|| {
                    if source.is_text() {
                        bpmn::write::write(&d)
                    } else {
                        bpmn::write::write_placed(&d, source)
                    }
                });
                let svg = what.svg.then(|| {
                    let opts = svg::SvgOptions {
                        electronic: reg.electronic,
                        ..Default::default()
                    };
                    svg::render(&d, &opts)
                });
                Drawn {
                    stem,
                    bpmn,
                    svg,
                    steps: site::steps(&d),
                }
            })
            .collect()
    };
    let mut files = files.into_iter();
    let mut out = Vec::with_capacity(doc.reglaments.len());
    for (reg, (dir, drawn)) in doc.reglaments.iter().zip(regs) {
        let mut steps = Vec::with_capacity(drawn.len());
        let mut diagrams = Vec::with_capacity(drawn.len());
        for ((list, name), file) in drawn.into_iter().zip(files.by_ref()) {
            if let Some(xml) = file.bpmn {
                emit(format!("{}.bpmn", file.stem), xml.into_bytes());
            }
            if let Some(image) = file.svg {
                let rel = format!("{}.svg", file.stem);
                if what.png || book {
                    svgs.push((rel.clone(), image.clone()));
                }
                if book && svgs.len() > crate::pdf::MAX_PAGES {
                    book = false;
                    if !what.png {
                        svgs = Vec::new();
                    }
                }
                emit(rel, image.into_bytes());
            }
            diagrams.push(site::Diagram {
                channel: list.channel,
                scenario: list.scenario.clone(),
                name,
            });
            steps.push(file.steps);
        }
        act_steps.push(steps);
        let mut counts = [0; 3];
        for f in findings.iter().filter(|f| f.reglament_line == reg.line) {
            counts[severity_index(f.severity)] += 1;
        }
        out.push(site::Reglament {
            title: reg.title.clone(),
            line: reg.line,
            place: source.place(reg.line),
            language: reg.language,
            dir,
            diagrams,
            findings: counts,
        });
    }
    let errors = images(doc, &svgs, Outputs { pdf: book, ..what }, emit);
    Rendered {
        reglaments: out,
        steps: act_steps,
        errors,
    }
}

/// One diagram's files, made in parallel and handed on in order.
struct Drawn {
    /// Path of the files without extension, relative to the act's directory.
    stem: String,
    bpmn: Option<String>,
    svg: Option<String>,
    /// The diagram's steps as text, for the index page.
    steps: Vec<String>,
}

/// What drawing a document gives besides its files.
pub(super) struct Rendered {
    /// What the index needs to know of each regulation.
    pub(super) reglaments: Vec<site::Reglament>,
    /// The steps of each diagram as text, for the index page.
    pub(super) steps: site::ActSteps,
    /// The images that could not be made.
    pub(super) errors: Vec<Error>,
}

/// The PNGs (in parallel) and the PDF made of an act's SVGs, handed to `emit` in a fixed order.
fn images(
    doc: &Document,
    svgs: &[(String, String)],
    what: Outputs,
    emit: &mut dyn FnMut(String, Vec<u8>),
) -> Vec<Error> {
    use rayon::prelude::*;
    let mut errors = Vec::new();
    let (pngs, pdf) = rayon::join(
        || {
            if !what.png {
                return Vec::new();
            }
            svgs.par_iter()
                .map(|(rel, image)| {
                    let rel = Path::new(rel).with_extension("png");
                    (
                        rel.to_string_lossy().into_owned(),
                        svg::render_png(image, 1.0),
                    )
                })
                .collect()
        },
        || {
            (what.pdf && !svgs.is_empty()).then(|| {
                let pages: Vec<&str> = svgs.iter().map(|(_, s)| s.as_str()).collect();
                crate::pdf::book(&act_title(doc), &pages)
            })
        },
    );
    let failed = |what: &str, e: String| {
        Error::new(doc.file.clone(), None, format!("cannot make {what}: {e}"))
    };
    for (rel, png) in pngs {
        match png {
            Ok(bytes) => emit(rel, bytes),
            Err(e) => errors.push(failed(&rel, e)),
        }
    }
    match pdf {
        Some(Ok(bytes)) => emit(PDF_NAME.to_string(), bytes),
        Some(Err(e)) => errors.push(failed(PDF_NAME, e)),
        None => {}
    }
    errors
}

/// The title an act's справочник carries: the decree's own title, else the annex header its
/// first regulation stands under (an annex published alone), else its file's name.
pub(super) fn act_title(doc: &Document) -> String {
    let header = || {
        doc.reglaments
            .first()
            .and_then(|r| r.annex.as_ref())
            .map(|a| a.text.clone())
    };
    doc.decree.title.clone().or_else(header).unwrap_or_else(|| {
        Path::new(&doc.file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| doc.file.clone())
    })
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
            png: format == (DiagramFormat::Svg { png: true }),
            pdf: false,
        };
        // Diagrams mark the steps the checker finds disputed, as the build's do.
        let findings = crate::check::check(&doc);
        let mut errors = Vec::new();
        let drawn = render(&doc, &source, what, &findings, None, &mut |rel, bytes| {
            let rel = Path::new(act).join(&rel);
            if let Err(e) = write_atomic(out, &rel, &bytes) {
                errors.push(write_error(&out.join(&rel), e));
            }
        });
        errors.extend(drawn.errors);
        let regs = drawn.reglaments;
        summary.reglaments += regs.len();
        summary.diagrams += regs.iter().map(|r| r.diagrams.len()).sum::<usize>();
        summary.errors.extend(errors);
    }
    summary
}
