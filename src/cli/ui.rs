//! What every command shares: the language it speaks, whether it colours, how much it says, and
//! the `reglament.toml` it found.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::config::{self, Loaded};
use super::{Cli, ColorChoice};
use crate::i18n::{self, Arg, Lang};

/// The settings of one run, from the command line, `reglament.toml` and the environment.
#[derive(Debug)]
pub struct Ui {
    /// The language of the command line's own messages.
    pub lang: Lang,
    /// The language the reports are asked for; `None` lets each regulation speak its own.
    pub report_lang: Option<Lang>,
    pub color: ColorChoice,
    pub quiet: bool,
    pub verbose: bool,
    /// The `reglament.toml` found upward from the working directory.
    pub config: Option<Loaded>,
}

impl Ui {
    /// The settings of `cli`; a broken `reglament.toml` is told and ends the run with exit 2.
    pub fn new(cli: &Cli) -> Result<Ui, ExitCode> {
        let env_lang = Lang::from_env();
        let lang = cli.lang.unwrap_or(env_lang);
        let config = match std::env::current_dir().map(|d| config::find(&d, lang)) {
            Ok(Ok(found)) => found,
            Ok(Err((path, message))) => {
                eprintln!(
                    "{}",
                    i18n::text(
                        lang,
                        "error-config",
                        &[
                            ("path", path.display().to_string().into()),
                            ("message", message.into()),
                        ],
                    )
                );
                return Err(ExitCode::from(2));
            }
            Err(_) => None,
        };
        let configured = config.as_ref().and_then(|c| c.config.lang);
        let ui = Ui {
            lang: cli.lang.or(configured).unwrap_or(env_lang),
            report_lang: cli.lang.or(configured),
            color: cli.color.unwrap_or_default(),
            quiet: cli.quiet,
            verbose: cli.verbose,
            config,
        };
        if ui.verbose {
            match &ui.config {
                Some(c) => ui.note(
                    "verbose-config",
                    &[("path", c.path.display().to_string().into())],
                ),
                None => ui.note("verbose-no-config", &[]),
            }
        }
        Ok(ui)
    }

    /// The message `id` in the command line's language.
    pub fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::text(self.lang, id, args)
    }

    /// Prints the message `id` on standard error, unless `--quiet`.
    pub fn note(&self, id: &str, args: &[(&str, Arg)]) {
        if !self.quiet {
            eprintln!("{}", self.say(id, args));
        }
    }

    /// Prints the message `id` on standard error, even under `--quiet` (errors).
    pub fn error(&self, id: &str, args: &[(&str, Arg)]) {
        eprintln!("{}", self.say(id, args));
    }

    /// Whether standard output is coloured.
    pub fn color_stdout(&self) -> bool {
        colors(self.color, std::io::stdout().is_terminal())
    }

    /// Whether standard error is coloured (and a progress bar drawn).
    pub fn color_stderr(&self) -> bool {
        colors(self.color, std::io::stderr().is_terminal())
    }
}

/// `auto` colours a terminal unless `NO_COLOR` is set and not empty (https://no-color.org) or the
/// terminal is `dumb`.
fn colors(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn always_and_never_do_not_ask_the_terminal() {
        assert!(colors(ColorChoice::Always, false));
        assert!(!colors(ColorChoice::Never, true));
        assert!(!colors(ColorChoice::Auto, false));
    }
}
