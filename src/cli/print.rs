//! `parse`, `check` and `compare`: the model, the findings and the departures of an edited
//! diagram printed to standard output.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::{CheckArgs, CompareArgs, ParseArgs, ParseFormat, STDIN, Ui, default_paths};
use crate::error::Error;
use crate::inputs;
use crate::parse::Sourced;
use crate::text::Encoding;

mod outline;

/// The name standard input goes by in messages and reports.
const STDIN_NAME: &str = "<stdin>";

/// The inputs of `parse` and `check`, parsed in order: the files the paths name (less those
/// `reglament.toml` ignores) and standard input where `-` stands; `bool` when a path failed.
fn parse_inputs(
    ui: &Ui,
    paths: Vec<PathBuf>,
    encoding: Option<Encoding>,
) -> (Vec<Result<Sourced, Error>>, bool) {
    let paths = default_paths(paths);
    let mut walk_failed = false;
    let mut files: Vec<Option<PathBuf>> = Vec::new();
    for p in paths {
        if p.as_os_str() == STDIN {
            files.push(None);
            continue;
        }
        let (found, failed) = inputs::collect(&[p]);
        walk_failed |= failed;
        files.extend(
            found
                .into_iter()
                .filter(|f| ui.config.as_ref().is_none_or(|c| !c.ignores(f)))
                .map(Some),
        );
    }
    if ui.verbose {
        ui.note(
            "verbose-inputs",
            &[(
                "files",
                ui.say("files", &[("n", files.len().into())]).into(),
            )],
        );
    }
    let mut stdin_read = false;
    let parsed = files
        .iter()
        .map(|f| match f {
            Some(path) => crate::parse::parse_file_sourced(path, encoding),
            // Standard input is read once; a second `-` finds it empty.
            None if stdin_read => Err(Error::new(STDIN_NAME, None, "read already")),
            None => {
                stdin_read = true;
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::new(STDIN_NAME, None, e.to_string()))
                    .and_then(|_| crate::parse::parse_bytes_sourced(STDIN_NAME, &bytes, encoding))
            }
        })
        .collect();
    (parsed, walk_failed)
}

/// Writes `text` to standard output; a closed pipe is not an error (`| head`).
fn emit(ui: &Ui, text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            ui.error("error-writing", &[("message", e.to_string().into())]);
            Err(ExitCode::from(2))
        }
        _ => Ok(()),
    }
}

/// `reglament check`: parse, check, filter by the baseline, print one report; exit 0, 1 or 2.
pub(super) fn check(ui: &Ui, args: CheckArgs) -> ExitCode {
    use crate::report::{self, Format, Report};

    let filter = match args.filter.filter(ui) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let baseline = match &args.baseline {
        None => None,
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| report::Baseline::parse(&t))
        {
            Ok(b) => Some(b),
            Err(e) => {
                // A broken baseline would silently report accepted findings again; stop instead.
                ui.error(
                    "error-baseline",
                    &[
                        ("path", path.display().to_string().into()),
                        ("message", e.into()),
                    ],
                );
                return ExitCode::from(2);
            }
        },
    };
    let (parsed, walk_failed) = parse_inputs(ui, args.paths, args.encoding);
    let mut checked = Vec::new();
    let mut sources = Vec::new();
    let mut failed = Vec::new();
    for p in parsed {
        match p {
            Ok(s) => {
                let mut findings = crate::check::check(&s.document);
                if let Some(c) = &ui.config {
                    c.apply_levels(&mut findings);
                }
                if ui.verbose {
                    ui.note(
                        "verbose-file",
                        &[
                            ("path", s.document.file.as_str().into()),
                            (
                                "regulations",
                                ui.say("regulations", &[("n", s.document.reglaments.len().into())])
                                    .into(),
                            ),
                            (
                                "findings",
                                ui.say("findings", &[("n", findings.len().into())]).into(),
                            ),
                        ],
                    );
                }
                sources.push((s.document.file.clone(), s.source));
                checked.push((s.document, findings));
            }
            Err(e) => {
                ui.error("error", &[("message", e.to_string().into())]);
                failed.push(e);
            }
        }
    }
    let mut rep = Report::new(&checked, &failed);
    for (file, source) in sources.into_iter().filter(|(_, s)| !s.is_text()) {
        rep.locate(&file, source);
    }
    // The filters come first: a baseline written or applied under `--rule` speaks of those
    // findings only.
    if !filter.is_empty() {
        rep.filter(&filter);
    }
    let walk_code = if walk_failed { 2 } else { 0 };
    // Written before the old baseline filters anything, so the new file accepts every current
    // finding, the previously accepted ones included.
    if let Some(path) = &args.write_baseline {
        let n = rep.findings().count();
        if let Err(e) = std::fs::write(
            path,
            report::baseline::write(
                rep.findings(),
                ui.report_lang.unwrap_or_else(|| rep.language()),
            ),
        ) {
            ui.error(
                "error-file",
                &[
                    ("path", path.display().to_string().into()),
                    ("message", e.to_string().into()),
                ],
            );
            return ExitCode::from(2);
        }
        ui.note(
            "wrote-baseline",
            &[
                (
                    "fingerprints",
                    ui.say("fingerprints", &[("n", n.into())]).into(),
                ),
                ("path", path.display().to_string().into()),
            ],
        );
        return ExitCode::from(walk_code.max(if rep.failed.is_empty() { 0 } else { 2 }));
    }
    if let Some(b) = &baseline {
        rep.apply_baseline(b);
    }
    let lang = ui.report_lang;
    let output = match args.format {
        Format::Text => report::text(&rep, ui.color_stdout(), lang),
        Format::Markdown => report::markdown(&rep, lang),
        Format::Html => report::html(&rep, lang),
        Format::Json => report::json(&rep, lang),
        Format::Sarif => report::sarif(&rep, lang.unwrap_or(ui.lang)),
    };
    if let Err(code) = emit(ui, &output) {
        return code;
    }
    ExitCode::from(walk_code.max(rep.exit_code(args.fail_on)))
}

/// `reglament compare`: the departures of an edited diagram from its text; exit 0 when they
/// agree, 1 when they depart, 2 when a file cannot be read or the text draws no such diagram.
pub(super) fn compare(ui: &Ui, args: CompareArgs) -> ExitCode {
    use crate::compare::{self, Format};
    let c = match compare::compare_files(&args.bpmn, args.text.as_deref(), args.encoding) {
        Ok(c) => c,
        Err(e) => {
            ui.error("error", &[("message", e.to_string().into())]);
            return ExitCode::from(2);
        }
    };
    // The summary speaks the report's language, else the regulation's, as its messages do.
    let lang = ui
        .report_lang
        .unwrap_or_else(|| crate::i18n::Lang::of(c.language));
    let output = match args.format {
        Format::Text => compare::text(&c, lang),
        Format::Markdown => compare::markdown(&c, lang),
        Format::Json => compare::json(&c),
    };
    if let Err(code) = emit(ui, &output) {
        return code;
    }
    ExitCode::from(if c.departures.is_empty() { 0 } else { 1 })
}

/// `reglament parse`: the model as JSON or an outline; exit 2 if an input failed.
pub(super) fn parse(ui: &Ui, args: ParseArgs) -> ExitCode {
    let (parsed, mut failed) = parse_inputs(ui, args.paths, args.encoding);
    let mut docs = Vec::new();
    for p in parsed {
        match p {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                ui.error("error", &[("message", e.to_string().into())]);
                failed = true;
            }
        }
    }
    // Streamed: the model of a whole tree is large.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        ParseFormat::Json => outline::write_json(&mut out, &docs),
        ParseFormat::Text => docs
            .iter()
            .try_for_each(|d| outline::write_outline(&mut out, d)),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        ui.error("error-writing", &[("message", e.to_string().into())]);
        return ExitCode::from(2);
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
