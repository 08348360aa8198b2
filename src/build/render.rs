//! What each input becomes: its diagrams and model drawn, and the directories they go in.

use super::*;
use crate::model::Source;

/// Which outputs to compute: a `bpmn` or `svg` run needs neither the other format nor the findings.
#[derive(Debug, Clone, Copy)]
pub(super) struct Outputs {
    pub(super) bpmn: bool,
    pub(super) svg: bool,
    pub(super) full: bool,
}

/// Names already taken in one directory, and for each base the next suffix to try, so that
/// thousands of regulations with one title are named in linear time.
#[derive(Default)]
pub(super) struct Names {
    pub(super) taken: HashSet<String>,
    pub(super) next: HashMap<String, u32>,
}

impl Names {
    pub(super) fn claim(&mut self, base: String) -> String {
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// A diagram's file stem: its id without the `R<n>_` regulation prefix, which the regulation's
/// directory already says (and which would rename every file when a regulation is inserted).
pub(super) fn diagram_name(id: &str) -> String {
    let s = slug(id, 60);
    match s.split_once('-') {
        Some((head, rest))
            if head.len() > 1
                && head.starts_with('r')
                && head[1..].bytes().all(|b| b.is_ascii_digit())
                && !rest.is_empty() =>
        {
            rest.to_string()
        }
        _ => s,
    }
}

/// Draws one document and hands every output to `emit` (path relative to the act's directory,
/// bytes) in a fixed order; returns what the index needs to know of each regulation.
pub(super) fn render(
    doc: &Document,
    source: &Source,
    what: Outputs,
    findings: &[Finding],
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
        let (doc, source) = match crate::parse::parse_file_sourced(f, forced) {
            Ok(s) => (s.document, s.source),
            Err(e) => {
                summary.errors.push(e);
                continue;
            }
        };
        let what = Outputs {
            bpmn: format == DiagramFormat::Bpmn,
            svg: format != DiagramFormat::Bpmn,
            full: false,
        };
        let mut errors = Vec::new();
        let regs = render(&doc, &source, what, &[], &mut |rel, bytes| {
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

/// The act directory of each input: the slug of its file name, `-2`, `-3`, … for repeats in
/// input order. It depends on the paths only, so it is known before any file is read.
pub fn act_dirs(files: &[PathBuf]) -> Vec<String> {
    let mut names = Names::default();
    // Top-level names the build writes itself can never be act directories (slugs have no dot,
    // so they cannot clash with `report.json` or `index.html` anyway).
    files
        .iter()
        .map(|f| {
            let stem = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            names.claim(slug(&stem, 60))
        })
        .collect()
}
