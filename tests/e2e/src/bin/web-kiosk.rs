//! `web-kiosk`: the kiosk's UI (`ui/dist`) served over HTTP with `POST /kiosk-api/<command>`
//! answered by the very `madoguchi_kiosk::Kiosk` methods the Tauri commands call: the real
//! checks, postcode book, occupations, sealing, outbox and delivery worker. Only the window is
//! missing, so the UI's web adapter (`ui/src/platform/web.ts`) runs in a plain browser, which is
//! how the end-to-end suite's fast scenarios drive it in headless Chromium.
//!
//! ```text
//! web-kiosk --config kiosk.toml [--listen 127.0.0.1:8090] [--ui ui/dist]
//!           [--enroll-server URL --enroll-code CODE]
//! ```
//!
//! Contract (ui/README.md, web.ts): 2xx with a JSON body, 204 for commands returning nothing,
//! a CommandError body with 422 for a refused command. `wipe_session` answers with
//! `Clear-Site-Data`, the browser's way of forgetting the visitor's storage and cache. Meant for
//! loopback tests: it has no authentication and must never face a network.

use std::net::SocketAddr;
use std::path::{Path as FsPath, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use madoguchi_core::kiosk_api::CommandError;
use madoguchi_core::{Application, Step};
use madoguchi_kiosk::config::KioskConfig;
use madoguchi_kiosk::enrolment::{Enrolment, ServerPin};
use madoguchi_kiosk::Kiosk;
use rand_core::{OsRng, TryRngCore as _};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

struct Args {
    config: PathBuf,
    listen: SocketAddr,
    ui: PathBuf,
    enroll: Option<(String, String)>,
}

fn usage() -> String {
    "usage: web-kiosk --config FILE [--listen ADDR] [--ui DIR] \
     [--enroll-server URL --enroll-code CODE]"
        .to_owned()
}

fn parse_args() -> Result<Args, String> {
    let mut config = None;
    let mut listen: SocketAddr = ([127, 0, 0, 1], 8090).into();
    let mut ui = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/dist"));
    let (mut server, mut code) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--config" => config = Some(PathBuf::from(value()?)),
            "--listen" => listen = value()?.parse().map_err(|e| format!("--listen: {e}"))?,
            "--ui" => ui = PathBuf::from(value()?),
            "--enroll-server" => server = Some(value()?),
            "--enroll-code" => code = Some(value()?),
            "--help" | "-h" => return Err(usage()),
            other => return Err(format!("unknown argument {other}\n{}", usage())),
        }
    }
    let enroll = match (server, code) {
        (Some(s), Some(c)) => Some((s, c)),
        (None, None) => None,
        _ => return Err("--enroll-server and --enroll-code go together".into()),
    };
    Ok(Args {
        config: config.ok_or_else(usage)?,
        listen,
        ui,
        enroll,
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
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
    if let Some((server, code)) = &args.enroll {
        // Pinned to the key the configuration names, as `madoguchi-kiosk enroll` does.
        let pin = ServerPin::new(config.server_public_key.as_ref(), None)
            .map_err(|e| format!("enrolment: {e}"))?;
        let enrolment = Enrolment::enroll(server, code, &config.kiosk_id, &pin, config.demo)
            .await
            .map_err(|e| format!("enrolment: {e}"))?;
        enrolment
            .store(&config.data_dir)
            .map_err(|e| format!("enrolment: {e}"))?;
    }
    if !args.ui.join("index.html").is_file() {
        return Err(format!(
            "{} has no index.html: `npm --prefix ui run build`",
            args.ui.display()
        ));
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
    let state = AppState {
        kiosk: Arc::new(kiosk),
        ui: Arc::new(args.ui),
    };
    let app = Router::new()
        .route("/kiosk-api/{command}", post(command))
        .route("/", get(index))
        .route("/{*path}", get(asset))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    tracing::info!("web kiosk on http://{}", args.listen);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| e.to_string())
}

#[derive(Clone)]
struct AppState {
    kiosk: Arc<Kiosk>,
    ui: Arc<PathBuf>,
}

async fn index(State(state): State<AppState>) -> Response {
    file(&state.ui, "index.html")
}

async fn asset(State(state): State<AppState>, Path(path): Path<String>) -> Response {
    file(&state.ui, &path)
}

/// A file of the UI; nothing outside its directory.
fn file(root: &FsPath, path: &str) -> Response {
    let safe = path
        .split('/')
        .all(|part| !part.is_empty() && part != ".." && part != "." && !part.contains('\\'));
    if !safe {
        return StatusCode::NOT_FOUND.into_response();
    }
    let full = root.join(path);
    let Ok(bytes) = std::fs::read(&full) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let kind = match full.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("json") => "application/json",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        bytes,
    )
        .into_response()
}

fn json<T: Serialize>(value: T) -> Response {
    match serde_json::to_vec(&value) {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

fn refused(error: CommandError) -> Response {
    let mut response = json(error);
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    response
}

fn result<T: Serialize>(r: Result<T, CommandError>) -> Response {
    match r {
        Ok(v) => json(v),
        Err(e) => refused(e),
    }
}

fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

/// The command's arguments; a message when they do not deserialise.
fn args<T: DeserializeOwned>(body: &Bytes) -> Result<T, String> {
    serde_json::from_slice(body).map_err(|e| format!("bad arguments: {e}"))
}

#[derive(Deserialize)]
struct StepArgs {
    application: Application,
    step: Step,
}

#[derive(Deserialize)]
struct AllArgs {
    application: Application,
}

#[derive(Deserialize)]
struct InputArgs {
    input: String,
}

#[derive(Deserialize)]
struct QueryArgs {
    query: String,
}

#[derive(Deserialize)]
struct SurveyArgs {
    receipt: String,
    score: u8,
    reason: String,
}

#[derive(Deserialize)]
struct PinArgs {
    pin: String,
}

/// One command, exactly as `src-tauri/src/commands.rs` does it.
async fn command(State(state): State<AppState>, Path(name): Path<String>, body: Bytes) -> Response {
    let kiosk = &state.kiosk;
    let answer = || -> Result<Response, String> {
        Ok(match name.as_str() {
            "kiosk_info" => json(kiosk.info()),
            "check_step" => {
                let a: StepArgs = args(&body)?;
                json(kiosk.check_step(&a.application, a.step))
            }
            "check_all" => {
                let a: AllArgs = args(&body)?;
                json(kiosk.check_all(&a.application))
            }
            "lookup_postcode" => {
                let a: InputArgs = args(&body)?;
                result(kiosk.lookup_postcode(&a.input))
            }
            "occupation_groups" => json(kiosk.occupation_groups()),
            "search_occupations" => {
                let a: QueryArgs = args(&body)?;
                json(kiosk.search_occupations(&a.query))
            }
            "submit_application" => {
                let a: AllArgs = args(&body)?;
                result(kiosk.submit(
                    &a.application,
                    OffsetDateTime::now_utc(),
                    &mut OsRng.unwrap_err(),
                ))
            }
            "record_survey" => {
                let a: SurveyArgs = args(&body)?;
                match kiosk.record_survey(&a.receipt, a.score, &a.reason, OffsetDateTime::now_utc())
                {
                    Ok(()) => no_content(),
                    Err(e) => refused(e),
                }
            }
            // The browser forgets the visitor: storage, cache and cookies of this origin.
            "wipe_session" => (
                StatusCode::NO_CONTENT,
                [(
                    header::HeaderName::from_static("clear-site-data"),
                    HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
                )],
            )
                .into_response(),
            "ui_ready" => {
                tracing::info!(queue = kiosk.queue_depth(), "attract screen painted");
                no_content()
            }
            "staff_status" => {
                let a: PinArgs = args(&body)?;
                result(kiosk.staff_status(&a.pin, std::time::Instant::now()))
            }
            "staff_sync_now" => {
                let a: PinArgs = args(&body)?;
                result(kiosk.staff_sync_now(&a.pin, std::time::Instant::now()))
            }
            _ => StatusCode::NOT_FOUND.into_response(),
        })
    };
    match answer() {
        Ok(r) => r,
        // Like a Tauri command whose arguments do not deserialise: not a CommandError.
        Err(message) => (StatusCode::BAD_REQUEST, message).into_response(),
    }
}
