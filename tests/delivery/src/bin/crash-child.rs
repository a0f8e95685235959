//! The kiosk's submit-and-deliver path in a process of its own, for the crash harness to kill.
//!
//! `crash-child --config PATH --submit K --first-person P` submits the applications of persons
//! P … P+K-1 through `Kiosk::submit`, printing `SUBMITTED <receipt>` (flushed) only once submit
//! has returned, which is when the visitor sees 完了; then it runs one `Worker::pass`.
//! `crash-child --config PATH --drain` only runs the pass.
//!
//! Exit: 0 when the pass drained the queue, 75 when it was interrupted (retry later), 1 on an
//! error, 101 when a failpoint panicked. `FAILPOINTS` (e.g. `after-commit=1*off->panic`,
//! `after-send=sleep(200)`) is read at start, as the kiosk binary does.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_delivery_tests::persons;
use madoguchi_kiosk::config::KioskConfig;
use madoguchi_kiosk::sync::Pass;
use madoguchi_kiosk::Kiosk;
use rand_core::TryRngCore as _;

struct Args {
    config: PathBuf,
    submit: u64,
    first_person: u64,
}

fn parse() -> Result<Args, String> {
    let mut args = Args {
        config: PathBuf::new(),
        submit: 0,
        first_person: 0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--config" => args.config = PathBuf::from(value()?),
            "--submit" => args.submit = value()?.parse().map_err(|e| format!("--submit: {e}"))?,
            "--first-person" => {
                args.first_person = value()?
                    .parse()
                    .map_err(|e| format!("--first-person: {e}"))?
            }
            "--drain" => args.submit = 0,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if args.config.as_os_str().is_empty() {
        return Err("--config PATH is required".into());
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("crash-child: {e}");
            return ExitCode::from(2);
        }
    };
    // Logs go to stderr as the kiosk's do; the harness keeps them and searches them too.
    madoguchi_test_support::trace::init();
    let _failpoints = fail::FailScenario::setup();
    let config = match KioskConfig::load(&args.config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("crash-child: {e}");
            return ExitCode::from(1);
        }
    };
    let kiosk = match Kiosk::start(config) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("crash-child: {e}");
            return ExitCode::from(1);
        }
    };
    let mut rng = rand_core::OsRng.unwrap_err();
    let mut out = std::io::stdout().lock();
    for i in 0..args.submit {
        let application = persons::application(&persons::person(args.first_person + i));
        match kiosk.submit(&application, time::OffsetDateTime::now_utc(), &mut rng) {
            Ok(submission) => {
                // The visitor sees 完了 now, and only now: say so before anything else happens.
                if writeln!(out, "SUBMITTED {}", submission.receipt)
                    .and_then(|()| out.flush())
                    .is_err()
                {
                    return ExitCode::from(1);
                }
            }
            Err(e) => {
                let _ = writeln!(out, "FAILED {}", e.code);
                return ExitCode::from(1);
            }
        }
    }
    let Some(worker) = kiosk.worker() else {
        eprintln!("crash-child: the kiosk is not enrolled");
        return ExitCode::from(1);
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("crash-child: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(worker.pass()) {
        Pass::Drained { delivered } => {
            let _ = writeln!(out, "DRAINED {delivered}");
            ExitCode::SUCCESS
        }
        Pass::Interrupted {
            delivered, error, ..
        } => {
            let _ = writeln!(out, "INTERRUPTED {delivered} {error}");
            ExitCode::from(75)
        }
    }
}
