//! `reglament completions SHELL` and `reglament man`: what shells and `man` need, generated from
//! the same clap definition the program parses with, so they never fall behind it.

use std::io::Write;
use std::process::ExitCode;

/// Prints the completion script of `shell`.
pub(super) fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut cmd = super::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "reglament", &mut out);
    emit(&out)
}

/// The manual page of reglament, or of one of its commands (`reglament-check(1)`); `None`
/// for a command it does not have.
pub fn man_page(command: Option<&str>) -> Option<std::io::Result<Vec<u8>>> {
    let cmd = super::command();
    let page = match command {
        None => cmd,
        Some(name) => {
            let sub = cmd.find_subcommand(name)?.clone();
            // clap names commands by `&'static str`; the page is printed once and the process ends.
            let full: &'static str = format!("reglament-{name}").leak();
            sub.name(full)
                .bin_name(format!("reglament {name}"))
                .display_name(full)
        }
    };
    let mut out = Vec::new();
    Some(clap_mangen::Man::new(page).render(&mut out).map(|()| out))
}

/// `reglament man`.
pub(super) fn man(command: Option<&str>) -> ExitCode {
    match man_page(command) {
        Some(Ok(page)) => emit(&page),
        Some(Err(e)) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("error: no command «{}»", command.unwrap_or_default());
            ExitCode::from(2)
        }
    }
}

fn emit(bytes: &[u8]) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manual_pages_name_every_command_and_option() {
        let page = String::from_utf8(man_page(None).unwrap().unwrap()).unwrap();
        assert!(page.contains(".TH reglament 1"), "{page}");
        for name in ["reglament\\-check(1)", "reglament\\-rules(1)", "\\-\\-lang"] {
            assert!(page.contains(name), "{name}: {page}");
        }
        let check = String::from_utf8(man_page(Some("check")).unwrap().unwrap()).unwrap();
        assert!(check.contains(".TH reglament-check 1"), "{check}");
        for name in ["\\-\\-explain", "\\-\\-severity", "sarif"] {
            assert!(check.contains(name), "{name}: {check}");
        }
        assert!(man_page(Some("no-such-command")).is_none());
    }
}
