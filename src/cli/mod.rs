//! Command-line interface: argument parsing and dispatch; the work itself lives in the library.
//!
//! `args` holds what clap reads, `help` its help texts in the user's language, `ui` what every command shares (language, colour, quiet or
//! verbose, `reglament.toml`), `build` the commands that write a folder, `print` those that
//! print (`parse`, `check`), `rules` the rule list and explanations, `tools` the completions
//! and the manual page, `words` the summary a person reads.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::Lang;

mod args;
mod build;
pub mod config;
mod help;
mod print;
mod rules;
mod tools;
mod ui;
mod words;

pub use args::{
    BuildArgs, CheckArgs, ColorChoice, CompareArgs, DiagramArgs, FilterArgs, ParseArgs,
    ParseFormat, SeverityArg, SvgArgs,
};
pub use ui::Ui;

/// The folder read when no path is given.
const DEFAULT_INPUT: &str = "reglaments";

/// The path that names standard input.
const STDIN: &str = "-";

/// The version `--version` prints: the crate's, with the git commit it was built from when the
/// build script could ask git (never written into any output, which must not depend on it).
pub const VERSION: &str = env!("REGLAMENT_VERSION");

/// Parse Kazakhstan public-service regulations, draw their справочник, check their consistency.
#[derive(Parser, Debug)]
#[command(name = "reglament", version = VERSION, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of messages and reports (default: reglament.toml, then LC_ALL / LC_MESSAGES /
    /// LANG for the command line, the regulation's own language for findings and reports).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,
    /// Colour the output: on a terminal only (auto, the default; NO_COLOR turns it off),
    /// always or never.
    #[arg(long, value_enum, global = true, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
    /// Print nothing but the results and errors: no progress, no summary.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also tell which configuration is used and what each file holds.
    #[arg(short, long, global = true)]
    pub verbose: bool,
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
    /// Compare a BPMN file edited in a modelling tool with the text it was drawn from
    /// (docs/compare.md); exit 1 when they depart, 2 when a file cannot be read.
    Compare(CompareArgs),
    /// List every rule of `check`: its id, severity and what it compares.
    Rules,
    /// Print the completion script of a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) of reglament, or of one of its commands.
    Man {
        /// The command whose page to print (`reglament man check` is `reglament-check(1)`).
        command: Option<String>,
    },
}

/// The clap command, for completions and the manual page (in English; `run` words the help
/// in the user's language).
pub fn command() -> clap::Command {
    Cli::command()
}

/// Run the command line; the exit code is 2 if any input failed.
pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help::language(&args);
    let matches = help::localise(command(), lang).get_matches_from(args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let ui = match Ui::new(&cli) {
        Ok(ui) => ui,
        Err(code) => return code,
    };
    match cli.command {
        Some(Command::Parse(args)) => print::parse(&ui, args),
        Some(Command::Build(args)) => build::build(&ui, args),
        Some(Command::Bpmn(args)) => build::diagrams(&ui, args, crate::build::DiagramFormat::Bpmn),
        Some(Command::Svg(args)) => build::diagrams(
            &ui,
            args.diagrams,
            crate::build::DiagramFormat::Svg { png: args.png },
        ),
        Some(Command::Check(args)) => match args.explain {
            Some(rule) => rules::explain(&ui, &rule),
            None => print::check(&ui, args),
        },
        Some(Command::Compare(args)) => print::compare(&ui, args),
        Some(Command::Rules) => rules::list(&ui),
        Some(Command::Completions { shell }) => tools::completions(shell),
        Some(Command::Man { command }) => tools::man(command.as_deref()),
        None => build::build(&ui, BuildArgs::default()),
    }
}

fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(DEFAULT_INPUT)]
    } else {
        paths
    }
}
