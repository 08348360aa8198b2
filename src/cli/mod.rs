//! Command-line interface: argument parsing and dispatch; the work itself lives in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::text::Encoding;

mod build;
mod print;
mod words;

/// The folder read when no path is given.
const DEFAULT_INPUT: &str = "reglaments";

/// The version `--version` prints: the crate's, with the git commit it was built from when the
/// build script could ask git (never written into any output, which must not depend on it).
pub const VERSION: &str = env!("REGLAMENT_VERSION");

/// Parse Kazakhstan public-service regulations, draw their справочник, check their consistency.
#[derive(Parser, Debug)]
#[command(name = "reglament", version = VERSION, about)]
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
    Svg(SvgArgs),
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

/// Arguments of `bpmn` (and of `svg`, which adds `--png`).
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
}

/// Arguments of `svg`.
#[derive(clap::Args, Debug)]
pub struct SvgArgs {
    #[command(flatten)]
    pub diagrams: DiagramArgs,
    /// Also write a PNG beside each SVG.
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
    /// Also remove the outputs of every earlier input whose file no longer exists (outputs of
    /// inputs gone from a folder read whole are removed anyway; the others are kept).
    #[arg(long)]
    pub prune: bool,
    /// Write nothing: rebuild in memory, list the output files that are missing, changed or
    /// extra, and exit 1 if any.
    #[arg(long)]
    pub check: bool,
    /// Exit 1 when a finding has this severity or a higher one (the build publishes, so never by default).
    #[arg(long, value_enum, default_value_t = crate::report::FailOn::Never)]
    pub fail_on: crate::report::FailOn,
    /// Also write a PNG beside each SVG, rendered in parallel.
    #[arg(long)]
    pub png: bool,
    /// Also write each act's printed справочник: spravochnik.pdf, every diagram on its own page.
    #[arg(long)]
    pub pdf: bool,
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
        Some(Command::Parse(args)) => print::parse(args),
        Some(Command::Build(args)) => build::build(args),
        Some(Command::Bpmn(args)) => build::diagrams(args, crate::build::DiagramFormat::Bpmn),
        Some(Command::Svg(args)) => build::diagrams(
            args.diagrams,
            crate::build::DiagramFormat::Svg { png: args.png },
        ),
        Some(Command::Check(args)) => print::check(args),
        None => build::build(BuildArgs {
            output: PathBuf::from("output"),
            fail_on: crate::report::FailOn::Never,
            ..Default::default()
        }),
    }
}

fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(DEFAULT_INPUT)]
    } else {
        paths
    }
}
