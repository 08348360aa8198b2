//! The arguments of each command, as clap reads them.

use std::path::PathBuf;

use clap::ValueEnum;

use crate::check::Severity;
use crate::report::{FailOn, Format};
use crate::text::Encoding;

/// The findings a report keeps: by rule, severity and file (`check` and the report pages of
/// `build`).
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Keep only the findings of this rule (repeat for several; `reglament rules` lists them).
    #[arg(long = "rule", value_name = "RULE")]
    pub rules: Vec<String>,
    /// Keep only the findings of this severity or a higher one.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub severity: Option<SeverityArg>,
    /// Keep only the findings of files matching this glob (`reglaments/0*.txt`; repeat for several).
    #[arg(long = "file", value_name = "GLOB")]
    pub files: Vec<String>,
}

impl FilterArgs {
    /// The filter these arguments ask for; an unknown rule or a broken glob is told and ends
    /// the run with exit 2.
    pub fn filter(&self, ui: &super::Ui) -> Result<crate::report::Filter, std::process::ExitCode> {
        if let Some(rule) = self
            .rules
            .iter()
            .find(|r| crate::check::rules::find(r).is_none())
        {
            ui.error("error-unknown-rule", &[("rule", rule.as_str().into())]);
            return Err(std::process::ExitCode::from(2));
        }
        crate::report::Filter::new(&self.rules, self.severity.map(Into::into), &self.files).map_err(
            |e| {
                ui.error("error", &[("message", format!("--file: {e}").into())]);
                std::process::ExitCode::from(2)
            },
        )
    }
}

/// A severity named on the command line.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeverityArg {
    Error,
    Warning,
    Info,
}

impl From<SeverityArg> for Severity {
    fn from(s: SeverityArg) -> Self {
        match s {
            SeverityArg::Error => Severity::Error,
            SeverityArg::Warning => Severity::Warning,
            SeverityArg::Info => Severity::Info,
        }
    }
}

/// Arguments of `check`.
#[derive(clap::Args, Debug, Default)]
pub struct CheckArgs {
    /// Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf), `-` for standard
    /// input; default `reglaments/`.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit 1 when a finding has this severity or a higher one.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Leave out the findings whose fingerprints this file lists (plain list or a JSON report).
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Write the fingerprints of all current findings to this file as a baseline, then exit.
    #[arg(long)]
    pub write_baseline: Option<PathBuf>,
    /// Force an encoding instead of detecting it.
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Tell what a rule compares, its severity and an example, then exit.
    #[arg(long, value_name = "RULE", conflicts_with_all = ["paths", "baseline", "write_baseline"])]
    pub explain: Option<String>,
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
    /// Output directory (default `output`, or `output` of reglament.toml).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Force an encoding instead of detecting it.
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
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
    #[arg(long, value_enum, default_value_t = FailOn::Never)]
    pub fail_on: FailOn,
    /// The findings the report pages keep.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Keep the layout of these edited BPMN files (files or folders of them): shapes that still
    /// exist keep their positions and sizes; every input is rebuilt (docs/compare.md).
    #[arg(long, value_name = "PATH")]
    pub keep_layout: Vec<PathBuf>,
    /// Also write a PNG beside each SVG, rendered in parallel.
    #[arg(long)]
    pub png: bool,
    /// Also write each act's printed справочник: spravochnik.pdf, every diagram on its own page.
    #[arg(long)]
    pub pdf: bool,
}

/// Arguments of `compare`.
#[derive(clap::Args, Debug)]
pub struct CompareArgs {
    /// The edited BPMN file.
    pub bpmn: PathBuf,
    /// The text to compare with (default: the one the BPMN file names).
    pub text: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = crate::compare::Format::Text)]
    pub format: crate::compare::Format,
    /// Force the text's encoding instead of detecting it.
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
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
    /// Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf), `-` for standard
    /// input; default `reglaments/`.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    pub format: ParseFormat,
    /// Force an encoding instead of detecting it (utf-8, utf-16le, utf-16be, windows-1251, kz-1048).
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<Encoding>,
}

/// When to colour the output.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    #[default]
    Auto,
    Always,
    Never,
}

fn parse_encoding(s: &str) -> Result<Encoding, String> {
    Encoding::from_name(s).ok_or_else(|| {
        format!("unknown encoding {s:?}; use utf-8, utf-16le, utf-16be, windows-1251 or kz-1048")
    })
}
