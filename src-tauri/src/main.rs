//! `madoguchi-kiosk [--config PATH]`: starts the kiosk. Subcommands for administrators:
//! `check-config [--occupations FILE]` (with a replacement occupation table, checks it too),
//! `check-data [--postcodes FILE] [--occupations FILE]` (data files before they are published),
//! `enroll [--server URL] [--server-fingerprint FP] [--code-file FILE]` (the code from the
//! file, else from stdin), `sync` (deliver the outbox without a window), `hash-pin` (reads a
//! staff PIN on stdin, prints the hash for `staff_pin`), `provision [--source DIR]` (first
//! boot: installs kiosk.toml from a USB stick or the boot partition), and `session` (the unit's
//! command: cage, turned as the screen is mounted, with the kiosk inside).

use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use madoguchi_kiosk::config::{KioskConfig, DEFAULT_PATH};
use madoguchi_kiosk::enrolment::{code_from_text, Enrolment, ServerPin};
use madoguchi_kiosk::provision;
use madoguchi_kiosk::sync::Pass;
use madoguchi_kiosk::{console_language, shell_catalog, Kiosk};
use rand_core::TryRngCore as _;

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
    /// Check the configuration file and exit; with --occupations, also a replacement
    /// occupation classification file (the format of data/occupations.tsv).
    CheckConfig {
        #[arg(long)]
        occupations: Option<PathBuf>,
    },
    /// Enrol this kiosk with its intake server using a one-time code from `madoguchi-server kiosk
    /// add`, read from --code-file or, without it, from stdin (never from the command line).
    Enroll {
        /// The server's base URL, e.g. https://madoguchi.example.lg.jp (default: server_url).
        #[arg(long)]
        server: Option<String>,
        /// The fingerprint `madoguchi-server keygen` printed; needed unless the configuration
        /// names the server_public_key (then both must match).
        #[arg(long)]
        server_fingerprint: Option<String>,
        /// A file holding the one-time enrolment code (its first non-empty line).
        #[arg(long)]
        code_file: Option<PathBuf>,
    },
    /// Check data files before they are published as a data update (scripts/build-data-update):
    /// a postcode book (the format of data/postcodes.bin) and an occupation table; no
    /// configuration needed.
    CheckData {
        #[arg(long)]
        postcodes: Option<PathBuf>,
        #[arg(long)]
        occupations: Option<PathBuf>,
    },
    /// Read a staff PIN (4 to 8 digits) on stdin and print the line to put in `staff_pin`.
    HashPin,
    /// Deliver the outbox to the server without opening a window, then exit.
    Sync,
    /// The kiosk session (the systemd unit's command): starts cage, turned as `[display]
    /// rotation` says, with this kiosk inside it. cage takes this process's place, so it stays
    /// the unit's main process.
    Session,
    /// First boot: check and install kiosk.toml from a provisioning folder (a USB stick or the
    /// boot partition) as --config; prints `source=`, `code_file=` and `fingerprint=` lines for
    /// the enrolment that follows.
    Provision {
        /// A folder to look in (repeatable; default: the USB stick, then the boot partition).
        #[arg(long = "source")]
        sources: Vec<PathBuf>,
    },
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
    // Parsed when there is something to say: the kiosk's window does not wait for it.
    let catalog = std::cell::OnceCell::new();
    let language = console_language();
    let say = |id: &str, args: &std::collections::BTreeMap<String, String>| match catalog
        .get_or_init(|| shell_catalog().ok())
    {
        Some(c) => c.message(language, id, args),
        None => format!("{id} {args:?}"),
    };
    if let Some(Command::CheckData {
        postcodes,
        occupations,
    }) = &cli.command
    {
        let mut failed = false;
        let checked = [
            postcodes.as_deref().map(check_postcodes),
            occupations.as_deref().map(check_occupations),
        ];
        for (ok_id, result) in [
            ("config-postcodes-ok", &checked[0]),
            ("config-occupations-ok", &checked[1]),
        ] {
            match result {
                Some(Ok(args)) => println!("{}", say(ok_id, args)),
                Some(Err((id, args))) => {
                    failed = true;
                    eprintln!("{}", say(id, args));
                }
                None => {}
            }
        }
        return if failed {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    if let Some(Command::HashPin) = cli.command {
        // Needs no configuration: it makes the line that goes into one.
        let mut typed = String::new();
        if let Err(e) = std::io::stdin().read_line(&mut typed) {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
        return match madoguchi_kiosk::staff::hash_pin(&typed, &mut rand_core::OsRng.unwrap_err()) {
            Ok(phc) => {
                println!("{phc}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}", say(e.message_id(), &Default::default()));
                ExitCode::from(2)
            }
        };
    }
    if let Some(Command::Provision { sources }) = &cli.command {
        // Makes the configuration, so it needs none.
        let sources: Vec<PathBuf> = if sources.is_empty() {
            provision::DEFAULT_SOURCES
                .iter()
                .map(PathBuf::from)
                .collect()
        } else {
            sources.clone()
        };
        let done = provision::find_source(&sources)
            .and_then(|source| provision::install(&source, &cli.config));
        return match done {
            Ok(p) => {
                let args = [
                    ("source".to_owned(), p.source.display().to_string()),
                    ("kiosk".to_owned(), p.config.kiosk_id.clone()),
                ]
                .into();
                eprintln!("{}", say("provision-ok", &args));
                println!("source={}", p.source.display());
                if let Some(code) = &p.code_file {
                    println!("code_file={}", code.display());
                }
                if let Some(fp) = &p.fingerprint {
                    println!("fingerprint={fp}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}", say(e.message_id(), &e.args()));
                ExitCode::from(2)
            }
        };
    }
    let config = match KioskConfig::load(&cli.config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", say(e.message_id(), &e.args()));
            return ExitCode::from(2);
        }
    };
    let _failpoints = fail::FailScenario::setup();
    match cli.command {
        Some(Command::CheckConfig { occupations }) => {
            println!("{}", say("config-ok", &Default::default()));
            return match occupations.as_deref().map(check_occupations) {
                Some(Err((id, args))) => {
                    eprintln!("{}", say(id, &args));
                    ExitCode::from(2)
                }
                Some(Ok(args)) => {
                    println!("{}", say("config-occupations-ok", &args));
                    ExitCode::SUCCESS
                }
                None => ExitCode::SUCCESS,
            };
        }
        Some(Command::Enroll {
            server,
            server_fingerprint,
            code_file,
        }) => {
            let code = match read_code(code_file.as_deref()) {
                Ok(code) => code,
                Err((id, args)) => {
                    eprintln!("{}", say(id, &args));
                    return ExitCode::from(2);
                }
            };
            let pin = match ServerPin::new(
                config.server_public_key.as_ref(),
                server_fingerprint.as_deref(),
            ) {
                Ok(pin) => pin,
                Err(e) => {
                    eprintln!("{}", say(e.message_id(), &e.args()));
                    return ExitCode::from(2);
                }
            };
            let runtime = match tokio::runtime::Runtime::new() {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            let server = server.unwrap_or_else(|| config.server_url.clone());
            let enrolled = runtime
                .block_on(Enrolment::enroll(
                    &server,
                    &code,
                    &config.kiosk_id,
                    &pin,
                    config.demo,
                ))
                .and_then(|e| e.store(&config.data_dir).map(|()| e));
            if enrolled.is_ok() {
                // A new enrolment lifts a revoke from the fleet page.
                if let Err(e) = madoguchi_kiosk::steering::clear_revoked(&config.data_dir) {
                    eprintln!("{e}");
                }
            }
            return match enrolled {
                Ok(e) => {
                    let args = [("office".to_owned(), e.office_code.clone())].into();
                    println!("{}", say("enroll-ok", &args));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{}", say(e.message_id(), &e.args()));
                    ExitCode::from(1)
                }
            };
        }
        Some(Command::HashPin)
        | Some(Command::Provision { .. })
        | Some(Command::CheckData { .. }) => return ExitCode::SUCCESS,
        Some(Command::Session) => return session(&config, &cli.config),
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
    // A configuration applied from the fleet page, when there is a valid one.
    let config = madoguchi_kiosk::steering::effective_config(config);
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

type Message = (&'static str, std::collections::BTreeMap<String, String>);

/// The enrolment code from `file`, or from stdin without one.
fn read_code(file: Option<&Path>) -> Result<String, Message> {
    let text = match file {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            let args = [
                ("path".to_owned(), path.display().to_string()),
                ("reason".to_owned(), e.to_string()),
            ];
            ("enroll-code-unreadable", args.into())
        })?,
        None => {
            // The first non-empty line, so an administrator can type it and press Enter.
            let mut text = String::new();
            for line in std::io::stdin().lock().lines() {
                let line = line.map_err(|e| {
                    let args = [
                        ("path".to_owned(), "stdin".to_owned()),
                        ("reason".to_owned(), e.to_string()),
                    ];
                    ("enroll-code-unreadable", args.into())
                })?;
                if !line.trim().is_empty() {
                    text = line;
                    break;
                }
            }
            text
        }
    };
    code_from_text(&text).ok_or(("enroll-code-empty", Default::default()))
}

type Said = (&'static str, std::collections::BTreeMap<String, String>);

/// A replacement occupation classification, read and checked: the arguments of its summary,
/// or the message id and arguments of what is wrong (the file, and the line and problem).
fn check_occupations(path: &Path) -> Result<std::collections::BTreeMap<String, String>, Said> {
    let file = ("file".to_owned(), path.display().to_string());
    let bad = |problem: String| {
        let args = [file.clone(), ("problem".to_owned(), problem)];
        ("config-occupations-bad", args.into_iter().collect())
    };
    let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    let table = madoguchi_core::occupation::Classification::from_tsv(&text)
        .map_err(|e| bad(e.to_string()))?;
    Ok([file.clone(), ("summary".to_owned(), table.summary())]
        .into_iter()
        .collect())
}

fn check_postcodes(path: &Path) -> Result<std::collections::BTreeMap<String, String>, Said> {
    let file = ("file".to_owned(), path.display().to_string());
    let bad = |problem: String| {
        let args = [file.clone(), ("problem".to_owned(), problem)];
        ("config-postcodes-bad", args.into_iter().collect())
    };
    let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    let book = madoguchi_core::postcode::PostcodeBook::from_bytes(&bytes)
        .map_err(|e| bad(e.to_string()))?;
    Ok([
        file.clone(),
        ("source".to_owned(), book.source().to_owned()),
        ("count".to_owned(), book.len().to_string()),
    ]
    .into_iter()
    .collect())
}

/// Replaces this process with cage running the kiosk (returns only when cage cannot start).
fn session(config: &KioskConfig, config_path: &Path) -> ExitCode {
    use std::os::unix::process::CommandExt as _;
    let kiosk = match std::env::current_exe() {
        Ok(path) => path,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let args = madoguchi_kiosk::display::cage_arguments(&config.display, &kiosk, config_path);
    let e = std::process::Command::new("cage").args(&args).exec();
    eprintln!("cage: {e}");
    ExitCode::from(1)
}
