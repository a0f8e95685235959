//! The kiosk UI in a plain browser: `ui/dist` and the kiosk's commands over HTTP
//! (`POST /kiosk-api/<command>`, the contract of `ui/src/platform/web.ts`), each answered by
//! the same `madoguchi_kiosk::Kiosk` method the Tauri command calls. `ui_ready` logs
//! `attract screen painted`, as the shell does, so start-up is timed the same way.
//!
//! For the benchmarks only: the product has no such server (see docs/benchmarks.md).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use madoguchi_core::kiosk_api::CommandError;
use madoguchi_core::{Application, Step};
use madoguchi_kiosk::config::KioskConfig;
use madoguchi_kiosk::Kiosk;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The kiosk configuration (as for `madoguchi-kiosk --config`).
    #[arg(long)]
    config: PathBuf,
    /// The built UI.
    #[arg(long)]
    dist: PathBuf,
    #[arg(long)]
    listen: SocketAddr,
}

struct Shared {
    kiosk: Kiosk,
    dist: PathBuf,
}

pub async fn serve(args: Args) -> Result<(), String> {
    let config = KioskConfig::load(&args.config).map_err(|e| e.to_string())?;
    let kiosk = Kiosk::start(config).map_err(|e| e.to_string())?;
    let shared = Arc::new(Shared {
        kiosk,
        dist: args.dist.canonicalize().map_err(|e| e.to_string())?,
    });
    let app = axum::Router::new()
        .route("/kiosk-api/{command}", axum::routing::post(command))
        .fallback(file)
        .with_state(shared);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| e.to_string())?;
    eprintln!("serve-ui: listening on http://{}", args.listen);
    axum::serve(listener, app).await.map_err(|e| e.to_string())
}

async fn file(State(shared): State<Arc<Shared>>, uri: axum::http::Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    if path.split('/').any(|p| p == ".." || p.is_empty()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let full: PathBuf = shared.dist.join(path);
    match tokio::fs::read(&full).await {
        Ok(bytes) => ([(header::CONTENT_TYPE, content_type(&full))], bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// The command's arguments, or why they are not: the UI gets a 400 with that detail.
fn args<T: DeserializeOwned>(body: &Value) -> Result<T, String> {
    serde_json::from_value(body.clone()).map_err(|e| e.to_string())
}

fn bad_request(detail: String) -> Response {
    let mut err = CommandError::new("error-unexpected");
    err.args.insert("detail".into(), detail);
    (StatusCode::BAD_REQUEST, axum::Json(err)).into_response()
}

fn answer<T: serde::Serialize>(result: Result<T, CommandError>) -> Response {
    match result {
        Ok(v) => axum::Json(v).into_response(),
        Err(e) => (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(e)).into_response(),
    }
}

#[derive(Deserialize)]
struct AppArgs {
    application: Application,
}
#[derive(Deserialize)]
struct StepArgs {
    application: Application,
    step: Step,
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

async fn command(
    State(shared): State<Arc<Shared>>,
    UrlPath(command): UrlPath<String>,
    body: axum::body::Bytes,
) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    dispatch(&shared.kiosk, &command, &body).unwrap_or_else(bad_request)
}

fn dispatch(k: &Kiosk, command: &str, body: &Value) -> Result<Response, String> {
    let now = time::OffsetDateTime::now_utc();
    Ok(match command {
        "kiosk_info" => axum::Json(k.info()).into_response(),
        "check_step" => {
            let a: StepArgs = args(body)?;
            axum::Json(k.check_step(&a.application, a.step)).into_response()
        }
        "check_all" => {
            let a: AppArgs = args(body)?;
            axum::Json(k.check_all(&a.application)).into_response()
        }
        "lookup_postcode" => {
            let a: InputArgs = args(body)?;
            answer(k.lookup_postcode(&a.input))
        }
        "occupation_groups" => axum::Json(k.occupation_groups()).into_response(),
        "search_occupations" => {
            let a: QueryArgs = args(body)?;
            axum::Json(k.search_occupations(&a.query)).into_response()
        }
        "submit_application" => {
            let a: AppArgs = args(body)?;
            answer(k.submit(&a.application, now, &mut madoguchi_bench::sample::os_rng()))
        }
        "record_survey" => {
            let a: SurveyArgs = args(body)?;
            match k.record_survey(&a.receipt, a.score, &a.reason, now) {
                Ok(()) => StatusCode::NO_CONTENT.into_response(),
                Err(e) => (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(e)).into_response(),
            }
        }
        "wipe_session" => StatusCode::NO_CONTENT.into_response(),
        "ui_ready" => {
            eprintln!("serve-ui: attract screen painted");
            StatusCode::NO_CONTENT.into_response()
        }
        "staff_status" => {
            let a: PinArgs = args(body)?;
            answer(k.staff_status(&a.pin, std::time::Instant::now()))
        }
        "staff_sync_now" => {
            let a: PinArgs = args(body)?;
            answer(k.staff_sync_now(&a.pin, std::time::Instant::now()))
        }
        _ => (
            StatusCode::NOT_FOUND,
            axum::Json(CommandError::new("error-unexpected")),
        )
            .into_response(),
    })
}
