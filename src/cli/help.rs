//! The help of every command and option in the user's language: the derive gives the commands
//! and arguments clap parses, and their about and help texts are replaced from the catalogue
//! (`locales/*/help.ftl`) before clap parses, so `--help` already speaks the language asked.
//!
//! A command's text is `help-about-<command>`; an argument's is `help-<command>-<argument>`,
//! else `help-arg-<argument>` (the texts several commands share). clap's own headings come
//! from `help-usage`, `help-arguments`, `help-options` and `help-commands`; the possible and
//! default values are written into the help text, where the words around them are ours.

use std::ffi::OsString;
use std::sync::LazyLock;

use clap::{Arg, Command, ValueEnum};

use crate::i18n::{self, Lang};

/// Where the options every command takes stand in a command's help: after its own.
const GLOBAL_ORDER: usize = 1000;

/// The name the root command's messages use.
const ROOT: &str = "reglament";

/// The language help is printed in, known before clap parses: `--lang` as given on the command
/// line (a value clap would refuse is left for clap to tell), then `reglament.toml`'s `lang`,
/// then the locale variables, as [`super::Ui`] chooses it.
pub fn language(args: &[OsString]) -> Lang {
    if let Some(lang) = language_of_args(args) {
        return lang;
    }
    let configured = std::env::current_dir()
        .ok()
        .and_then(|d| super::config::find(&d, Lang::En).ok().flatten())
        .and_then(|c| c.config.lang);
    configured.unwrap_or_else(Lang::from_env)
}

/// The language `--lang X` or `--lang=X` names among `args` (the program's name first), before
/// a `--` that ends the options.
fn language_of_args(args: &[OsString]) -> Option<Lang> {
    let mut value = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        match arg {
            Some("--") => break,
            Some("--lang") => value = args.next().flatten().or(value),
            Some(a) => {
                if let Some(v) = a.strip_prefix("--lang=") {
                    value = Some(v);
                }
            }
            None => {}
        }
    }
    value.and_then(|v| <Lang as ValueEnum>::from_str(v, true).ok())
}

/// `cmd`, built, with every about and help text, and clap's headings, in `lang`.
pub fn localise(mut cmd: Command, lang: Lang) -> Command {
    // Building adds clap's own `--help`, `--version` and `help` command and copies the global
    // options into every command, so they are all there to be worded.
    cmd.build();
    localise_command(cmd, ROOT, lang)
}

fn localise_command(cmd: Command, name: &str, lang: Lang) -> Command {
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        i18n::text(lang, "help-usage", &[])
    );
    let mut cmd = cmd
        .about(i18n::text(lang, &about_id(name), &[]))
        .long_about(None::<&str>)
        .help_template(template)
        .subcommand_help_heading(heading(lang, Heading::Commands));
    for id in &args {
        cmd = cmd.mut_arg(id, |a| localise_arg(a, name, lang));
    }
    for sub in &subcommands {
        cmd = cmd.mut_subcommand(sub, |c| localise_command(c, sub, lang));
    }
    cmd
}

fn localise_arg(arg: Arg, command: &str, lang: Lang) -> Arg {
    let mut help = i18n::text(lang, &arg_id(command, arg.get_id().as_str()), &[]);
    let takes_values = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let values = values.join(", ");
        help.push_str(&format!(
            " [{}]",
            i18n::text(lang, "help-values", &[("values", values.into())])
        ));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults.join(", ");
        help.push_str(&format!(
            " [{}]",
            i18n::text(lang, "help-default", &[("value", value.into())])
        ));
    }
    let group = if arg.is_positional() {
        Heading::Arguments
    } else {
        Heading::Options
    };
    // The options every command takes come after the command's own.
    let arg = if arg.is_global_set() {
        arg.display_order(GLOBAL_ORDER)
    } else {
        arg
    };
    arg.help(help)
        .long_help(None::<&str>)
        .hide_possible_values(true)
        .hide_default_value(true)
        .help_heading(heading(lang, group))
}

/// The headings clap groups a command's help under.
#[derive(Clone, Copy)]
enum Heading {
    Commands,
    Arguments,
    Options,
}

/// clap keeps headings as `&'static str`: each language's are worded once.
static HEADINGS: LazyLock<[[String; 3]; 3]> = LazyLock::new(|| {
    Lang::ALL.map(|lang| {
        ["help-commands", "help-arguments", "help-options"].map(|id| i18n::text(lang, id, &[]))
    })
});

fn heading(lang: Lang, h: Heading) -> &'static str {
    let words = &HEADINGS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    &words[h as usize]
}

/// The message of a command's about text.
fn about_id(command: &str) -> String {
    format!("help-about-{command}")
}

/// The message of an argument's help: the command's own, else the shared one.
fn arg_id(command: &str, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    let own = format!("help-{command}-{arg}");
    if i18n::exists(&own) {
        own
    } else {
        format!("help-arg-{arg}")
    }
}

/// Every message the help of `cmd` (built) uses, for the catalogue's tests.
#[cfg(test)]
fn message_ids(cmd: &Command) -> Vec<String> {
    fn walk(cmd: &Command, name: &str, out: &mut Vec<String>) {
        out.push(about_id(name));
        for a in cmd.get_arguments() {
            out.push(arg_id(name, a.get_id().as_str()));
        }
        for sub in cmd.get_subcommands() {
            walk(sub, sub.get_name(), out);
        }
    }
    let mut out = vec![
        "help-usage".to_string(),
        "help-arguments".to_string(),
        "help-options".to_string(),
        "help-commands".to_string(),
        "help-values".to_string(),
        "help-default".to_string(),
    ];
    walk(cmd, ROOT, &mut out);
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        std::iter::once("reglament")
            .chain(a.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_language_is_read_from_the_raw_arguments() {
        assert_eq!(
            language_of_args(&args(&["build", "--lang", "kk", "--help"])),
            Some(Lang::Kk)
        );
        assert_eq!(
            language_of_args(&args(&["--lang=ru", "check"])),
            Some(Lang::Ru)
        );
        // The last one given wins, as clap reads it; after `--` it is a path.
        assert_eq!(
            language_of_args(&args(&["--lang", "ru", "--lang", "en"])),
            Some(Lang::En)
        );
        assert_eq!(language_of_args(&args(&["--", "--lang", "kk"])), None);
        assert_eq!(language_of_args(&args(&["--lang", "de"])), None);
        assert_eq!(language_of_args(&args(&["--lang"])), None);
    }

    fn help(lang: Lang, path: &[&str]) -> String {
        let mut cmd = localise(super::super::command(), lang);
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap().clone();
        }
        cmd.render_help().to_string()
    }

    #[test]
    fn commands_and_options_are_described_in_the_language_asked() {
        let kk = help(Lang::Kk, &["build"]);
        assert!(kk.contains("Қолданылуы: "), "{kk}");
        assert!(kk.contains("Параметрлер:"), "{kk}");
        assert!(kk.contains("Аргументтер:"), "{kk}");
        assert!(
            kk.contains("Соңғы жинақтан бері өзгермегендерін қоса"),
            "{kk}"
        );
        assert!(
            kk.contains("[мәндері: error, warning, info, never]"),
            "{kk}"
        );
        assert!(kk.contains("[әдепкісі: never]"), "{kk}");
        assert!(!kk.contains("Options"), "{kk}");
        let ru = help(Lang::Ru, &[]);
        assert!(ru.contains("Использование: "), "{ru}");
        assert!(ru.contains("Команды:"), "{ru}");
        assert!(
            ru.contains("Разобрать регламенты и напечатать модель."),
            "{ru}"
        );
        assert!(ru.contains("Напечатать справку."), "{ru}");
        assert!(!ru.contains("Print help"), "{ru}");
        let en = help(Lang::En, &["check"]);
        assert!(en.contains("Usage: "), "{en}");
        assert!(en.contains("[default: text]"), "{en}");
        assert!(
            en.contains("Leave out the findings whose fingerprints"),
            "{en}"
        );
    }

    #[test]
    fn every_help_message_is_in_every_catalogue() {
        let mut cmd = super::super::command();
        cmd.build();
        let used = message_ids(&cmd);
        assert!(used.len() > 40, "{}", used.len());
        for lang in Lang::ALL {
            let ids = i18n::ids(lang);
            for id in &used {
                assert!(ids.binary_search(id).is_ok(), "{}: no {id}", lang.tag());
            }
        }
    }
}
