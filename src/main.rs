//! The `reglament` command: a thin shell over the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    reglament::cli::run()
}
