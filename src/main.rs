use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = meshman::cli::Cli::parse();
    match meshman::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if !meshman::commands::is_broken_pipe(&err) {
                meshman::commands::report(&err);
            }
            ExitCode::from(meshman::commands::exit_code(&err))
        }
    }
}
