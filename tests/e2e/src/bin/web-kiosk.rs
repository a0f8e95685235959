//! `web-kiosk`: the kiosk's UI (`ui/dist`) and its commands over HTTP, served by the kiosk's own
//! web host (`madoguchi_kiosk::web_host`, the same command table the Tauri shell registers) with
//! the real checks, postcode book, occupations, sealing, outbox and delivery worker. Only the
//! window is missing, so the UI's web adapter runs in a plain browser, which is how the
//! end-to-end suite's fast scenarios drive it in headless Chromium.
//!
//! ```text
//! web-kiosk --config kiosk.toml [--listen 127.0.0.1:8090] [--ui ui/dist]
//!           [--enroll-server URL [--code-file FILE]]
//! ```
//!
//! With `--enroll-server`, the one-time enrolment code is read from `--code-file` or, without
//! it, from stdin (its first non-empty line), as `madoguchi-kiosk enroll` reads it: never from
//! the command line, where other users of the machine could see it.

use std::io::Read as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use madoguchi_kiosk::config::KioskConfig;
use madoguchi_kiosk::enrolment::{code_from_text, Enrolment, ServerPin};
use madoguchi_kiosk::{web_host, Kiosk};
use rand_core::{OsRng, TryRngCore as _};

struct Args {
    config: PathBuf,
    listen: SocketAddr,
    ui: PathBuf,
    enroll_server: Option<String>,
    code_file: Option<PathBuf>,
}

fn usage() -> String {
    "usage: web-kiosk --config FILE [--listen ADDR] [--ui DIR] \
     [--enroll-server URL [--code-file FILE]]"
        .to_owned()
}

fn parse_args() -> Result<Args, String> {
    let mut config = None;
    let mut listen: SocketAddr = ([127, 0, 0, 1], 8090).into();
    let mut ui = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/dist"));
    let (mut enroll_server, mut code_file) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--config" => config = Some(PathBuf::from(value()?)),
            "--listen" => listen = value()?.parse().map_err(|e| format!("--listen: {e}"))?,
            "--ui" => ui = PathBuf::from(value()?),
            "--enroll-server" => enroll_server = Some(value()?),
            "--code-file" => code_file = Some(PathBuf::from(value()?)),
            "--help" | "-h" => return Err(usage()),
            other => return Err(format!("unknown argument {other}\n{}", usage())),
        }
    }
    if code_file.is_some() && enroll_server.is_none() {
        return Err("--code-file goes with --enroll-server".into());
    }
    Ok(Args {
        config: config.ok_or_else(usage)?,
        listen,
        ui,
        enroll_server,
        code_file,
    })
}

/// The enrolment code: the first non-empty line of `file`, else of stdin.
fn read_code(file: Option<&PathBuf>) -> Result<String, String> {
    let text = match file {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("enrolment code {}: {e}", path.display()))?,
        None => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("enrolment code on stdin: {e}"))?;
            text
        }
    };
    code_from_text(&text).ok_or_else(|| "the enrolment code is empty".to_owned())
}

#[tokio::main]
async fn main() -> ExitCode {
    madoguchi_test_support::trace::init();
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("web-kiosk: {e}");
            ExitCode::from(2)
        }
    }
}

async fn run() -> Result<(), String> {
    let args = parse_args()?;
    let config = KioskConfig::load(&args.config).map_err(|e| e.to_string())?;
    if let Some(server) = &args.enroll_server {
        let code = read_code(args.code_file.as_ref())?;
        // Pinned to the key the configuration names, as `madoguchi-kiosk enroll` does.
        let pin = ServerPin::new(config.server_public_key.as_ref(), None)
            .map_err(|e| format!("enrolment: {e}"))?;
        let enrolment = Enrolment::enroll(server, &code, &config.kiosk_id, &pin, config.demo)
            .await
            .map_err(|e| format!("enrolment: {e}"))?;
        enrolment
            .store(&config.data_dir)
            .map_err(|e| format!("enrolment: {e}"))?;
    }
    let kiosk = Kiosk::start(config).map_err(|e| e.to_string())?;
    match kiosk.worker() {
        Some(worker) => {
            tokio::spawn(async move {
                let mut rng = OsRng.unwrap_err();
                worker.run(&mut rng).await
            });
        }
        None => tracing::warn!("not enrolled: applications stay in the outbox"),
    }
    if let Some(relay) = kiosk.call_relay() {
        tokio::spawn(relay.run());
    }
    web_host::serve(Arc::new(kiosk), args.ui, args.listen, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(|e| e.to_string())
}
