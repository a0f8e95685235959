//! `madoguchi-kiosk [--config PATH]`: starts the kiosk. Subcommands for administrators:
//! `check-config`, `enroll --server URL --code CODE`, `sync` (deliver the outbox without a window).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use madoguchi_kiosk::config::{KioskConfig, DEFAULT_PATH};
use madoguchi_kiosk::enrolment::Enrolment;
use madoguchi_kiosk::sync::Pass;
use madoguchi_kiosk::{console_language, shell_catalog, Kiosk};

#[derive(Parser)]
#[command(
    name = "madoguchi-kiosk",
    version,
    about = "Madoguchi self-service job-seeking kiosk"
)]
struct Cli {
    /// The kiosk's configuration file.
    #[arg(long, global = true, default_value = DEFAULT_PATH)]
    config: PathBuf,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check the configuration file and exit.
    CheckConfig,
    /// Enrol this kiosk with its intake server using a one-time code from `madoguchi-server kiosk add`.
    Enroll {
        /// The server's base URL, e.g. https://madoguchi.example.lg.jp
        #[arg(long)]
        server: String,
        /// The one-time enrolment code.
        #[arg(long)]
        code: String,
    },
    /// Deliver the outbox to the server without opening a window, then exit.
    Sync,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let catalog = shell_catalog().ok();
    let language = console_language();
    let say = |id: &str, args: &std::collections::BTreeMap<String, String>| match &catalog {
        Some(c) => c.message(language, id, args),
        None => format!("{id} {args:?}"),
    };
    let config = match KioskConfig::load(&cli.config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", say(e.message_id(), &e.args()));
            return ExitCode::from(2);
        }
    };
    let _failpoints = fail::FailScenario::setup();
    match cli.command {
        Some(Command::CheckConfig) => {
            println!("{}", say("config-ok", &Default::default()));
            return ExitCode::SUCCESS;
        }
        Some(Command::Enroll { server, code }) => {
            let runtime = match tokio::runtime::Runtime::new() {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            let enrolled = runtime
                .block_on(Enrolment::enroll(&server, &code, &config.kiosk_id))
                .and_then(|e| e.store(&config.data_dir).map(|()| e));
            return match enrolled {
                Ok(e) => {
                    let args = [("office".to_owned(), e.office_code.clone())].into();
                    println!("{}", say("enroll-ok", &args));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    let args = [("detail".to_owned(), e.to_string())].into();
                    eprintln!("{}", say("enroll-failed", &args));
                    ExitCode::from(1)
                }
            };
        }
        Some(Command::Sync) => {
            let kiosk = match Kiosk::start(config) {
                Ok(k) => k,
                Err(e) => {
                    let args = [("detail".to_owned(), e.to_string())].into();
                    eprintln!("{}", say("kiosk-start-failed", &args));
                    return ExitCode::from(1);
                }
            };
            let Some(worker) = kiosk.worker() else {
                eprintln!("{}", say("sync-not-enrolled", &Default::default()));
                return ExitCode::from(1);
            };
            let pass = match tokio::runtime::Runtime::new() {
                Ok(r) => r.block_on(worker.pass()),
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            let status = kiosk.sync_status();
            let args = [
                (
                    "delivered".to_owned(),
                    match pass {
                        Pass::Drained { delivered } | Pass::Interrupted { delivered, .. } => {
                            delivered.to_string()
                        }
                    },
                ),
                ("queued".to_owned(), status.queue_depth.to_string()),
                ("refused".to_owned(), status.refused.to_string()),
            ]
            .into();
            println!("{}", say("sync-done", &args));
            return match pass {
                Pass::Drained { .. } => ExitCode::SUCCESS,
                Pass::Interrupted { .. } => ExitCode::from(75),
            };
        }
        None => {}
    }
    let kiosk = match Kiosk::start(config) {
        Ok(k) => k,
        Err(e) => {
            let args = [("detail".to_owned(), e.to_string())].into();
            eprintln!("{}", say("kiosk-start-failed", &args));
            return ExitCode::from(1);
        }
    };
    match madoguchi_kiosk::run(kiosk) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let args = [("detail".to_owned(), e.to_string())].into();
            eprintln!("{}", say("kiosk-start-failed", &args));
            ExitCode::from(1)
        }
    }
}
