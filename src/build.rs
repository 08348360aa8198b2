//! The main job: every regulation of a tree → BPMN, SVG, model JSON and the findings, under one directory.
//!
//! Output paths are ASCII slugs made here (never taken from the text), so nothing a regulation
//! says can lead a write outside the output directory. Every file is written to a temporary
//! name and renamed, so an interrupted run leaves either the old or the new file, never half.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::check::{self, Finding};
use crate::error::Error;
use crate::layout::{graph, place};
use crate::model::Document;
use crate::slug::slug;
use crate::text::Encoding;
use crate::{bpmn, svg};

/// What one build produced.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub reglaments: usize,
    pub diagrams: usize,
    pub findings: usize,
    pub errors: Vec<Error>,
}

/// The outputs of one input file, computed in memory before anything is written.
struct Built {
    dir: String,
    files: BTreeMap<String, Vec<u8>>,
    reglaments: usize,
    diagrams: usize,
    findings: Vec<Finding>,
}

/// Which outputs to compute: a `bpmn` or `svg` run needs neither the other format nor the findings.
#[derive(Debug, Clone, Copy)]
struct Outputs {
    bpmn: bool,
    svg: bool,
    full: bool,
}

const ALL: Outputs = Outputs {
    bpmn: true,
    svg: true,
    full: true,
};

fn build_one(doc: &Document, what: Outputs) -> Built {
    let stem = Path::new(&doc.file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = slug(&stem, 60);
    let mut files = BTreeMap::new();
    if what.full {
        let model = serde_json::to_vec_pretty(doc).expect("the model always serialises");
        files.insert("model.json".to_string(), model);
    }
    let mut diagrams = 0;
    for (ri, reg) in doc.reglaments.iter().enumerate() {
        let reg_dir = format!("{:02}-{}", ri + 1, slug(&reg.title, 48));
        for list in graph::diagram_lists(reg) {
            let mut d = graph::build_at(ri, &doc.file, reg, list);
            place::place(&mut d);
            let name = slug(&d.id, 60);
            let opts = svg::SvgOptions {
                electronic: reg.electronic,
                ..Default::default()
            };
            if what.bpmn {
                files.insert(
                    format!("{reg_dir}/{name}.bpmn"),
                    bpmn::write::write(&d).into_bytes(),
                );
            }
            if what.svg {
                files.insert(
                    format!("{reg_dir}/{name}.svg"),
                    svg::render(&d, &opts).into_bytes(),
                );
            }
            diagrams += 1;
        }
    }
    Built {
        dir,
        files,
        reglaments: doc.reglaments.len(),
        diagrams,
        findings: if what.full {
            check::check(doc)
        } else {
            Vec::new()
        },
    }
}

/// Which diagram files `diagrams` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagramFormat {
    Bpmn,
    Svg { png: bool },
}

/// Write one diagram file per regulation channel (`<act>/<NN-regulation>/<id>.bpmn|.svg|.png`) into `out`.
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
    for f in files {
        let doc = match crate::parse_file(f, forced) {
            Ok(doc) => doc,
            Err(e) => {
                summary.errors.push(e);
                continue;
            }
        };
        let built = build_one(
            &doc,
            Outputs {
                bpmn: format == DiagramFormat::Bpmn,
                svg: format != DiagramFormat::Bpmn,
                full: false,
            },
        );
        summary.reglaments += built.reglaments;
        summary.diagrams += built.diagrams;
        for (rel, bytes) in &built.files {
            let path = out.join(&built.dir).join(rel);
            let mut outputs = vec![(path.clone(), bytes.clone())];
            if format == (DiagramFormat::Svg { png: true }) {
                let svg_text = String::from_utf8_lossy(bytes);
                match svg::render_png(&svg_text, 1.0) {
                    Ok(png) => outputs.push((path.with_extension("png"), png)),
                    Err(e) => summary.errors.push(Error::new(
                        path.display().to_string(),
                        None,
                        format!("cannot render PNG: {e}"),
                    )),
                }
            }
            for (p, data) in outputs {
                if let Err(e) = write_atomic(&p, &data) {
                    summary.errors.push(Error::new(
                        p.display().to_string(),
                        None,
                        format!("cannot write: {e}"),
                    ));
                }
            }
        }
    }
    summary
}

/// Write `bytes` to `path` through a temporary file in the same directory and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    let tmp = path.with_extension(format!(
        "{}.tmp-{}",
        path.extension().and_then(|e| e.to_str()).unwrap_or(""),
        std::process::id()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

/// Build every input file into `out`; files that fail are reported and the rest still build.
pub fn build(files: &[PathBuf], out: &Path, forced: Option<Encoding>) -> Summary {
    let results: Vec<Result<Built, Error>> = files
        .par_iter()
        .map(|f| crate::parse_file(f, forced).map(|doc| build_one(&doc, ALL)))
        .collect();
    let mut summary = Summary {
        files: files.len(),
        ..Default::default()
    };
    let mut findings = Vec::new();
    for r in results {
        match r {
            Ok(b) => {
                for (rel, bytes) in &b.files {
                    let path = out.join(&b.dir).join(rel);
                    if let Err(e) = write_atomic(&path, bytes) {
                        summary.errors.push(Error::new(
                            path.display().to_string(),
                            None,
                            format!("cannot write: {e}"),
                        ));
                    }
                }
                summary.reglaments += b.reglaments;
                summary.diagrams += b.diagrams;
                findings.extend(b.findings);
            }
            Err(e) => summary.errors.push(e),
        }
    }
    summary.findings = findings.len();
    let report = serde_json::json!({ "findings": findings });
    let bytes = serde_json::to_vec_pretty(&report).expect("findings serialise");
    if let Err(e) = write_atomic(&out.join("report.json"), &bytes) {
        summary.errors.push(Error::new(
            out.join("report.json").display().to_string(),
            None,
            format!("cannot write: {e}"),
        ));
    }
    summary
}
