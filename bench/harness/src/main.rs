//! `madoguchi-bench`: the benchmarks of issue 6 that need no kiosk library. `scripts/bench`
//! runs them; each writes one result file, and `report` makes `docs/benchmarks.md` of them.

mod drive;
mod intake;
mod kanji;
mod report;
mod scorecard;
mod soak;
mod soak_floor;
mod start;

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
    /// Start-up time and memory: the kiosk, Chromium --kiosk, a bare Tauri window.
    Start(start::Args),
    /// Touch latency and memory after an application, over WebDriver.
    Drive(drive::Args),
    /// A lobby's day: many visitors in a row, memory and timings sampled over the run.
    Soak(soak::Args),
    /// The soak's floor: as many visits to a bare window, as many WebDriver commands each.
    SoakFloor(soak_floor::Args),
    /// The package: size of the .deb and its largest parts.
    Deb(report::DebArgs),
    /// Handwriting recognition and 変換 of names, against KanjiVG's strokes and a names list.
    Kanji(kanji::Args),
    /// The public scorecard page with many applications across 500 offices.
    Scorecard(scorecard::Args),
    /// Criterion's figures of core's benches.
    Criterion(report::CriterionArgs),
    /// docs/benchmarks.md from the result files.
    Report(report::Args),
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
            Command::Start(args) => tokio::task::spawn_blocking(move || start::run(args))
                .await
                .map_err(|e| e.to_string())?,
            Command::Drive(args) => drive::run(args).await,
            Command::Soak(args) => soak::run(args).await,
            Command::SoakFloor(args) => soak_floor::run(args).await,
            Command::Deb(args) => report::deb(args),
            Command::Kanji(args) => kanji::run(args),
            Command::Scorecard(args) => scorecard::run(args).await,
            Command::Criterion(args) => report::criterion(args),
            Command::Report(args) => report::run(args),
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
