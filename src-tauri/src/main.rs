//! `madoguchi-kiosk [--config PATH]`: starts the kiosk; `check-config` only validates the file.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use madoguchi_kiosk::config::{KioskConfig, DEFAULT_PATH};
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
    if let Some(Command::CheckConfig) = cli.command {
        println!("{}", say("config-ok", &Default::default()));
        return ExitCode::SUCCESS;
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
