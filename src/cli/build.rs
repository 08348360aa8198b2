//! `build`, `bpmn` and `svg`: the commands that write an output folder.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::words::{build_summary, count};
use super::{BuildArgs, DEFAULT_INPUT, DiagramArgs};
use crate::build::{DiagramFormat, Options};
use crate::inputs;

/// The inputs of a command, or the exit code when there is nothing to read: with no path given
/// and no `reglaments/` folder here, a first run is told where the texts are expected.
fn inputs_or_advice(paths: Vec<PathBuf>, out: &Path) -> Result<inputs::Found, ExitCode> {
    if paths.is_empty() && !Path::new(DEFAULT_INPUT).exists() {
        eprintln!("error: {DEFAULT_INPUT}/: no such folder here, and no input was named");
        eprintln!(
            "nothing built: with no path, reglament reads the regulations (.txt, .md, .docx, .html, .pdf) in \
             {DEFAULT_INPUT}/; {} was not created",
            out.display()
        );
        eprintln!(
            "  run it in the folder that holds {DEFAULT_INPUT}/, or name the texts: \
             reglament build PATH... -o DIR"
        );
        return Err(ExitCode::from(2));
    }
    Ok(inputs::find(&super::default_paths(paths)))
}

/// Said when no input could be read: nothing was written, the output folder is as it was.
fn nothing_read(out: &Path) {
    eprintln!(
        "nothing built: no input could be read, so {} {}",
        out.display(),
        if out.exists() {
            "was left as it was"
        } else {
            "was not created"
        }
    );
    eprintln!(
        "  name existing files or folders (folders are searched for .txt, .md, .docx, .html, .pdf): \
         reglament build PATH... -o DIR"
    );
}

/// `reglament bpmn` and `reglament svg`.
pub(super) fn diagrams(args: DiagramArgs, format: DiagramFormat) -> ExitCode {
    let found = match inputs_or_advice(args.paths, &args.output) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let summary = crate::build::diagrams(&found.files, &args.output, args.encoding, format);
    for e in &summary.errors {
        eprintln!("error: {e}");
    }
    if summary.read == 0 {
        nothing_read(&args.output);
        return ExitCode::from(2);
    }
    eprintln!(
        "wrote {} of {} into {}",
        count(summary.diagrams, "diagram"),
        count(summary.reglaments, "regulation"),
        args.output.display()
    );
    if found.failed || !summary.errors.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// `reglament build`, the main job (also what `reglament` alone runs).
pub(super) fn build(args: BuildArgs) -> ExitCode {
    use std::io::IsTerminal;

    let start = std::time::Instant::now();
    let found = match inputs_or_advice(args.paths, &args.output) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let files = found.files;
    let opts = Options {
        encoding: args.encoding,
        jobs: args.jobs.map(usize::from),
        force: args.force,
        check: args.check,
        trees: found.trees,
        prune: args.prune,
        png: args.png,
        pdf: args.pdf,
    };
    // A bar only for a person watching: never in logs, pipes or CI.
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(files.len() as u64).with_style(
            indicatif::ProgressStyle::with_template(if args.png || args.pdf {
                "{bar:40} {pos}/{len} files drawn (with images) {elapsed}"
            } else {
                "{bar:40} {pos}/{len} files {elapsed}"
            })
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        )
    };
    let summary = crate::build::build_with_progress(&files, &args.output, &opts, &|| bar.inc(1));
    bar.finish_and_clear();
    for e in &summary.errors {
        eprintln!("error: {e}");
    }
    for (path, why) in &summary.stale {
        eprintln!(
            "stale: {} ({})",
            args.output.join(path).display(),
            why.as_str()
        );
    }
    if summary.read == 0 {
        if !args.quiet {
            nothing_read(&args.output);
        }
        return ExitCode::from(2);
    }
    if !args.quiet {
        for line in build_summary(&summary, &args.output, args.check, start.elapsed()) {
            eprintln!("{line}");
        }
    }
    if found.failed || !summary.errors.is_empty() {
        ExitCode::from(2)
    } else if !summary.stale.is_empty() || summary.fails(args.fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
