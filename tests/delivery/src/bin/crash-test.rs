//! `crash-test --trials N [--seed S] [--max-per-trial K] [--lanes L] [--verbose]`: the crash
//! harness (see `madoguchi_delivery_tests::crash`). `scripts/crash-test` builds and runs it.
//! The trials go in as many lanes at once as the machine has cores (a trial mostly waits for its
//! child), unless `--lanes` says otherwise; `--seed S --lanes L` repeats a run.
//!
//! Ends with the line `lost L, duplicated D, delivered K/N`; exits 1 unless nothing was lost or
//! duplicated, every row was delivered and no personal data was found on the kiosk's disk.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_delivery_tests::crash::{self, Options};
use madoguchi_delivery_tests::rng::Seeded;
use madoguchi_delivery_tests::server;

fn usage() -> ExitCode {
    eprintln!(
        "usage: crash-test --trials N [--seed S] [--max-per-trial K] [--lanes L] [--verbose]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut trials = 100usize;
    let mut seed = None;
    let mut max_per_trial = 4u64;
    let mut verbose = false;
    let mut lanes = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let parsed = match arg.as_str() {
            "--trials" => args.next().and_then(|v| v.parse().ok()).map(|v| trials = v),
            "--seed" => args
                .next()
                .and_then(|v| v.parse().ok())
                .map(|v| seed = Some(v)),
            "--max-per-trial" => args
                .next()
                .and_then(|v| v.parse().ok())
                .filter(|v| *v >= 1)
                .map(|v| max_per_trial = v),
            "--lanes" => args
                .next()
                .and_then(|v| v.parse().ok())
                .filter(|v| *v >= 1)
                .map(|v| lanes = v),
            "--verbose" => {
                verbose = true;
                Some(())
            }
            _ => None,
        };
        if parsed.is_none() {
            return usage();
        }
    }
    let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(PathBuf::from))
    else {
        eprintln!("crash-test: cannot tell where this executable is");
        return ExitCode::from(2);
    };
    let server = match server::binary() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("crash-test: {e}");
            return ExitCode::from(2);
        }
    };
    let options = Options {
        trials,
        seed: seed.unwrap_or_else(Seeded::fresh_seed),
        child: std::env::var_os("MADOGUCHI_CRASH_CHILD")
            .map(PathBuf::from)
            .unwrap_or_else(|| dir.join("crash-child")),
        server,
        max_per_trial,
        verbose,
        lane: None,
    };
    eprintln!(
        "crash-test: {} trials in {lanes} lanes, seed {} (repeat with --seed {} --lanes {lanes})",
        options.trials, options.seed, options.seed
    );
    match crash::run_in_lanes(&options, lanes) {
        Ok(report) => {
            for line in report.lines() {
                println!("{line}");
            }
            if report.ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("crash-test: {e}");
            println!(
                "crash-test: the run did not complete (seed {})",
                options.seed
            );
            ExitCode::from(1)
        }
    }
}
