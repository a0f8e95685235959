//! `madoguchi-bench-kiosk`: the benchmarks and helpers of issue 6 that need the kiosk library.
//!
//! - `drain`: the outbox drained by the kiosk's own `sync::Worker::pass` into the intake server
//!   on loopback, beside the raw loopback HTTP request rate of the same body size.
//! - `serve-ui`: the built UI and the kiosk's commands over HTTP (`/kiosk-api/<command>`, the
//!   web adapter's contract), backed by the same `Kiosk` the Tauri shell uses: what Chromium
//!   `--kiosk` shows in the start-up benchmark.
//! - `serve-unlimited`, `sink`: the servers `drain` starts (the intake server with its rate
//!   limits off; an endpoint that answers every POST at once).

mod drain;
mod web;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "madoguchi-bench-kiosk",
    about = "Madoguchi's kiosk-side benchmarks (issue 6)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The outbox drain against the loopback HTTP rate.
    Drain(drain::Args),
    /// The intake server (same router, storage and handlers) with its rate limits off.
    ServeUnlimited(drain::ServeArgs),
    /// Answers every request with 201 and a small JSON body.
    Sink(drain::SinkArgs),
    /// The UI and the kiosk's commands over HTTP, for Chromium.
    ServeUi(web::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("madoguchi-bench-kiosk: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Drain(args) => drain::run(args).await,
            Command::ServeUnlimited(args) => drain::serve_unlimited(args).await,
            Command::Sink(args) => drain::sink(args).await,
            Command::ServeUi(args) => web::serve(args).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("madoguchi-bench-kiosk: {e}");
            ExitCode::FAILURE
        }
    }
}
