//! `build`, `bpmn` and `svg`: the commands that write an output folder.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::words::{build_summary, count};
use super::{BuildArgs, DEFAULT_INPUT, DiagramArgs, Ui};
use crate::build::{DiagramFormat, Options};
use crate::inputs;

/// The inputs of a command, or the exit code when there is nothing to read: with no path given
/// and no `reglaments/` folder here, a first run is told where the texts are expected.
/// The files `reglament.toml` ignores are left out.
fn inputs_or_advice(ui: &Ui, paths: Vec<PathBuf>, out: &Path) -> Result<inputs::Found, ExitCode> {
    if paths.is_empty() && !Path::new(DEFAULT_INPUT).exists() {
        let out = out.display().to_string();
        ui.error("error-no-default", &[("folder", DEFAULT_INPUT.into())]);
        ui.error(
            "error-no-default-advice",
            &[("folder", DEFAULT_INPUT.into()), ("out", out.into())],
        );
        ui.error("error-no-default-hint", &[("folder", DEFAULT_INPUT.into())]);
        return Err(ExitCode::from(2));
    }
    let mut found = inputs::find(&super::default_paths(paths));
    if let Some(c) = &ui.config {
        found.files.retain(|f| !c.ignores(f));
    }
    Ok(found)
}

/// Said when no input could be read: nothing was written, the output folder is as it was.
fn nothing_read(ui: &Ui, out: &Path) {
    ui.error(
        if out.exists() {
            "nothing-read-kept"
        } else {
            "nothing-read-new"
        },
        &[("out", out.display().to_string().into())],
    );
    ui.error("nothing-read-hint", &[]);
}

/// `reglament bpmn` and `reglament svg`.
pub(super) fn diagrams(ui: &Ui, args: DiagramArgs, format: DiagramFormat) -> ExitCode {
    let found = match inputs_or_advice(ui, args.paths, &args.output) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let summary = crate::build::diagrams(&found.files, &args.output, args.encoding, format);
    for e in &summary.errors {
        ui.error("error", &[("message", e.to_string().into())]);
    }
    if summary.read == 0 {
        nothing_read(ui, &args.output);
        return ExitCode::from(2);
    }
    ui.note(
        "diagrams-wrote",
        &[
            (
                "diagrams",
                count(ui.lang, summary.diagrams, "diagrams").into(),
            ),
            (
                "regulations",
                count(ui.lang, summary.reglaments, "regulations").into(),
            ),
            ("out", args.output.display().to_string().into()),
        ],
    );
    if found.failed || !summary.errors.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// `reglament build`, the main job (also what `reglament` alone runs).
/// The output folder is `-o`, else `output` of `reglament.toml`, else `output`.
pub(super) fn build(ui: &Ui, args: BuildArgs) -> ExitCode {
    let start = std::time::Instant::now();
    let output = args
        .output
        .or_else(|| ui.config.as_ref().and_then(|c| c.output()))
        .unwrap_or_else(|| PathBuf::from("output"));
    let filter = match args.filter.filter(ui) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let found = match inputs_or_advice(ui, args.paths, &output) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let files = found.files;
    let (keep_layout, keep_failed) = if args.keep_layout.is_empty() {
        (None, false)
    } else {
        let (kept, errors) = crate::layout::keep::Kept::read(&args.keep_layout);
        for e in &errors {
            ui.error("error", &[("message", e.to_string().into())]);
        }
        (Some(std::sync::Arc::new(kept)), !errors.is_empty())
    };
    let opts = Options {
        encoding: args.encoding,
        jobs: args.jobs.map(usize::from),
        force: args.force,
        check: args.check,
        trees: found.trees,
        prune: args.prune,
        keep_layout,
        filter,
        levels: ui.config.as_ref().map(|c| c.levels()).unwrap_or_default(),
        lang: ui.report_lang,
        png: args.png,
        pdf: args.pdf,
    };
    let bar = progress_bar(ui, files.len());
    let summary = crate::build::build_with_progress(&files, &output, &opts, &|| bar.inc(1));
    bar.finish_and_clear();
    if let Some(kept) = &opts.keep_layout {
        // A layout the person asked to keep and no diagram used is said even under --quiet.
        for (file, process) in kept.unused() {
            ui.error(
                "build-layout-unused",
                &[
                    ("file", file.to_string().into()),
                    ("process", process.to_string().into()),
                ],
            );
        }
    }
    for e in &summary.errors {
        ui.error("error", &[("message", e.to_string().into())]);
    }
    for (path, why) in &summary.stale {
        ui.error(
            "build-stale",
            &[
                ("path", output.join(path).display().to_string().into()),
                ("why", why.as_str().into()),
            ],
        );
    }
    if summary.read == 0 {
        if !ui.quiet {
            nothing_read(ui, &output);
        }
        return ExitCode::from(2);
    }
    if !ui.quiet {
        for line in build_summary(ui.lang, &summary, &output, args.check, start.elapsed()) {
            eprintln!("{line}");
        }
    }
    if found.failed || keep_failed || !summary.errors.is_empty() {
        ExitCode::from(2)
    } else if !summary.stale.is_empty() || summary.fails(args.fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A bar only for a person watching: never in logs, pipes or CI, nor under `--quiet`; coloured
/// unless colour is off.
fn progress_bar(ui: &Ui, files: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if ui.quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = if ui.color_stderr() {
        "{bar:40.cyan/blue}"
    } else {
        "{bar:40}"
    };
    let template = format!(
        "{bar} {{pos}}/{{len}} {} {{elapsed}}",
        ui.say("build-progress", &[])
    );
    indicatif::ProgressBar::new(files as u64).with_style(
        indicatif::ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    )
}
