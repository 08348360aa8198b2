//! The `reglament` command: a thin shell over the library.

use std::process::ExitCode;

// Parsing allocates many short strings; mimalloc serves them with fewer instructions than glibc.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    reglament::cli::run()
}
