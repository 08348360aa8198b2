//! Command-line interface: argument parsing and dispatch; the work itself lives in the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::inputs;
use crate::lexicon;
use crate::parse::Sourced;
use crate::text::Encoding;

/// Parse Kazakhstan public-service regulations, draw their справочник, check their consistency.
#[derive(Parser, Debug)]
#[command(name = "reglament", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse regulations and print the model.
    Parse(ParseArgs),
    /// Build BPMN, SVG, model JSON and findings for a tree of regulations (the default command).
    Build(BuildArgs),
    /// Write one BPMN 2.0 file (lanes and DI) per regulation channel.
    Bpmn(DiagramArgs),
    /// Write one SVG справочник diagram per regulation channel.
    Svg(DiagramArgs),
    /// Cross-check the repeated paragraphs and report every inconsistency (docs/check.md).
    Check(CheckArgs),
}

/// Arguments of `check`.
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf); default `reglaments/`.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = crate::report::Format::Text)]
    pub format: crate::report::Format,
    /// Exit 1 when a finding has this severity or a higher one.
    #[arg(long, value_enum, default_value_t = crate::report::FailOn::Error)]
    pub fail_on: crate::report::FailOn,
    /// Leave out the findings whose fingerprints this file lists (plain list or a JSON report).
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Write the fingerprints of all current findings to this file as a baseline, then exit.
    #[arg(long)]
    pub write_baseline: Option<PathBuf>,
    /// Force an encoding instead of detecting it.
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
}

/// Arguments of `bpmn` and `svg`.
#[derive(clap::Args, Debug)]
pub struct DiagramArgs {
    /// Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf); default `reglaments/`.
    pub paths: Vec<PathBuf>,
    /// Output directory.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Force an encoding instead of detecting it.
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
    /// Also write a PNG beside each SVG (svg only).
    #[arg(long)]
    pub png: bool,
}

/// Arguments of `build`.
#[derive(clap::Args, Debug, Default)]
pub struct BuildArgs {
    /// Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf); default `reglaments/`.
    pub paths: Vec<PathBuf>,
    /// Output directory.
    #[arg(short, long, default_value = "output")]
    pub output: PathBuf,
    /// Force an encoding instead of detecting it.
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
    /// No progress bar and no summary line.
    #[arg(long)]
    pub quiet: bool,
    /// Worker threads (default: every core).
    #[arg(short, long, value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Rebuild every input, even those unchanged since the last build.
    #[arg(long)]
    pub force: bool,
    /// Write nothing: rebuild in memory, list the output files that are missing, changed or
    /// extra, and exit 1 if any.
    #[arg(long)]
    pub check: bool,
    /// Exit 1 when a finding has this severity or a higher one (the build publishes, so never by default).
    #[arg(long, value_enum, default_value_t = crate::report::FailOn::Never)]
    pub fail_on: crate::report::FailOn,
}

/// Output format of `parse`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseFormat {
    Text,
    Json,
}

/// Arguments of `parse`.
#[derive(clap::Args, Debug)]
pub struct ParseArgs {
    /// Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf); default `reglaments/`.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    pub format: ParseFormat,
    /// Force an encoding instead of detecting it (utf-8, utf-16le, utf-16be, windows-1251, kz-1048).
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
}

fn parse_encoding(s: &str) -> Result<Encoding, String> {
    Encoding::from_name(s).ok_or_else(|| {
        format!("unknown encoding {s:?}; use utf-8, utf-16le, utf-16be, windows-1251 or kz-1048")
    })
}

/// Run the command line; the exit code is 2 if any input failed.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Parse(args)) => parse(args),
        Some(Command::Build(args)) => build(args),
        Some(Command::Bpmn(args)) => diagrams(args, crate::build::DiagramFormat::Bpmn),
        Some(Command::Svg(args)) => {
            let png = args.png;
            diagrams(args, crate::build::DiagramFormat::Svg { png })
        }
        Some(Command::Check(args)) => check_cmd(args),
        None => build(BuildArgs {
            output: PathBuf::from("output"),
            fail_on: crate::report::FailOn::Never,
            ..Default::default()
        }),
    }
}

fn diagrams(args: DiagramArgs, format: crate::build::DiagramFormat) -> ExitCode {
    let (files, walk_failed) = inputs::collect(&default_paths(args.paths));
    let summary = crate::build::diagrams(&files, &args.output, args.encoding, format);
    for e in &summary.errors {
        eprintln!("error: {e}");
    }
    eprintln!(
        "wrote {} diagrams of {} regulations into {}",
        summary.diagrams,
        summary.reglaments,
        args.output.display()
    );
    if walk_failed || !summary.errors.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn build(args: BuildArgs) -> ExitCode {
    use std::io::IsTerminal;

    let start = std::time::Instant::now();
    let (files, walk_failed) = inputs::collect(&default_paths(args.paths));
    let opts = crate::build::Options {
        encoding: args.encoding,
        jobs: args.jobs.map(usize::from),
        force: args.force,
        check: args.check,
    };
    // A bar only for a person watching: never in logs, pipes or CI.
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(files.len() as u64).with_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
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
    if !args.quiet {
        let verb = if args.check { "checked" } else { "built" };
        eprintln!(
            "{verb} {} files ({} parsed), {} regulations, {} diagrams, {} findings into {} in {:.2} s{}",
            summary.files,
            summary.rebuilt,
            summary.reglaments,
            summary.diagrams,
            summary.findings,
            args.output.display(),
            start.elapsed().as_secs_f64(),
            if args.check && summary.stale.is_empty() {
                "; up to date"
            } else {
                ""
            }
        );
    }
    if walk_failed || !summary.errors.is_empty() {
        ExitCode::from(2)
    } else if !summary.stale.is_empty() || summary.fails(args.fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `reglament check`: parse, check, filter by the baseline, print one report; exit 0, 1 or 2.
fn check_cmd(args: CheckArgs) -> ExitCode {
    use crate::report::{self, Format, Report};
    use std::io::IsTerminal;

    let baseline = match &args.baseline {
        None => None,
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| report::Baseline::parse(&t))
        {
            Ok(b) => Some(b),
            Err(e) => {
                // A broken baseline would silently report accepted findings again; stop instead.
                eprintln!("error: baseline {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let (files, walk_failed) = inputs::collect(&default_paths(args.paths));
    let mut checked = Vec::new();
    let mut sources = Vec::new();
    let mut failed = Vec::new();
    for f in &files {
        match crate::parse::parse_file_sourced(f, args.encoding) {
            Ok(s) => {
                let findings = crate::check::check(&s.document);
                sources.push((s.document.file.clone(), s.source));
                checked.push((s.document, findings));
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed.push(e);
            }
        }
    }
    let mut rep = Report::new(&checked, &failed);
    for (file, source) in sources.into_iter().filter(|(_, s)| !s.is_text()) {
        rep.locate(&file, source);
    }
    let walk_code = if walk_failed { 2 } else { 0 };
    // Written before the old baseline filters anything, so the new file accepts every current
    // finding, the previously accepted ones included.
    if let Some(path) = &args.write_baseline {
        let n = rep.findings().count();
        if let Err(e) = std::fs::write(path, report::baseline::write(rep.findings())) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
        eprintln!("wrote {n} fingerprints to {}", path.display());
        return ExitCode::from(walk_code.max(if rep.failed.is_empty() { 0 } else { 2 }));
    }
    if let Some(b) = &baseline {
        rep.apply_baseline(b);
    }
    let output = match args.format {
        Format::Text => {
            let color = std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            report::text(&rep, color)
        }
        Format::Markdown => report::markdown(&rep),
        Format::Html => report::html(&rep),
        Format::Json => report::json(&rep),
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(output.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: writing output: {e}");
        return ExitCode::from(2);
    }
    ExitCode::from(walk_code.max(rep.exit_code(args.fail_on)))
}

fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("reglaments")]
    } else {
        paths
    }
}

fn parse(args: ParseArgs) -> ExitCode {
    let (files, mut failed) = inputs::collect(&default_paths(args.paths));
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut docs = Vec::new();
    for f in &files {
        match crate::parse::parse_file_sourced(f, args.encoding) {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    let written = match args.format {
        ParseFormat::Json => write_json(&mut out, &docs),
        ParseFormat::Text => docs.iter().try_for_each(|d| write_outline(&mut out, d)),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: writing output: {e}");
        return ExitCode::from(2);
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_json(out: &mut impl Write, docs: &[Sourced]) -> std::io::Result<()> {
    // One document prints as the object itself; several as an array of them.
    if docs.len() == 1 {
        serde_json::to_writer_pretty(&mut *out, &docs[0])?;
    } else {
        serde_json::to_writer_pretty(&mut *out, docs)?;
    }
    writeln!(out)
}

fn write_outline(out: &mut impl Write, sourced: &Sourced) -> std::io::Result<()> {
    let doc = &sourced.document;
    // `file:line` in a text file; a Word paragraph or a PDF page elsewhere.
    let at = |line: u32| match sourced.source.place(line) {
        Some(place) => format!("{} ({place})", doc.file),
        None => format!("{}:{line}", doc.file),
    };
    let short = |line: u32| match sourced.source.place(line) {
        Some(place) => format!("({place})"),
        None => format!("L{line}"),
    };
    writeln!(out, "{} ({})", doc.file, doc.encoding)?;
    for r in &doc.reglaments {
        writeln!(out, "  {} [{}] «{}»", at(r.line), r.language.tag(), r.title)?;
        let channels: Vec<&str> = r.channels.iter().map(|c| c.channel.slug()).collect();
        writeln!(out, "    channels: {}", channels.join(", "))?;
        for l in &r.lists {
            writeln!(
                out,
                "    {} {} / {} ¶{} — {} items",
                at(l.line),
                l.kind.slug(),
                l.channel.slug(),
                l.paragraph.map_or("-".to_string(), |p| p.to_string()),
                l.items.len()
            )?;
            for it in &l.items {
                // A duration wrapped onto a later line of the item names that line.
                let dur = it.duration.as_ref().map_or(String::new(), |d| {
                    let spoken = lexicon::durations::spoken(d, r.language);
                    match d.line {
                        l if l > it.line => format!(" ⏱ {spoken} ({})", short(l)),
                        _ => format!(" ⏱ {spoken}"),
                    }
                });
                writeln!(
                    out,
                    "      {:>4} {} {}{}{}",
                    if it.label.is_empty() { "·" } else { &it.label },
                    short(it.line),
                    it.actor.as_deref().unwrap_or("—"),
                    dur,
                    if it.misprint { " (misprint)" } else { "" }
                )?;
            }
        }
        for a in &r.appendices {
            writeln!(
                out,
                "    appendix {} {} {} {}{}",
                a.number.map_or("-".to_string(), |n| n.to_string()),
                short(a.line),
                a.channel.map_or("", |c| c.slug()),
                if a.is_diagram {
                    "справочник "
                } else {
                    ""
                },
                if a.legend.is_empty() {
                    String::new()
                } else {
                    format!("legend {} lines", a.legend.len())
                }
            )?;
        }
    }
    Ok(())
}
