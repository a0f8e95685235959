//! `madoguchi-bench`: the benchmarks of issue 6 that need no kiosk library. `scripts/bench`
//! runs them; each writes one result file, and `report` makes `docs/benchmarks.md` of them.

mod intake;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "madoguchi-bench", about = "Madoguchi's benchmarks (issue 6)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Server intake against the raw insert rate.
    Intake(intake::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("madoguchi-bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Intake(args) => intake::run(args).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("madoguchi-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
