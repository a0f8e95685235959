//! The kiosk's commands over HTTP, for a plain browser: the built UI (`ui/dist`) and
//! `POST /kiosk-api/<command>` answered through [`crate::commands::dispatch`], the same table
//! whose commands the Tauri shell registers. Only the window is missing, so the UI's web adapter
//! (`ui/src/platform/web.ts`) runs in Chromium: the end-to-end suite's fast scenarios
//! (`web-kiosk`) and the benchmarks' Chromium contender (`madoguchi-bench-kiosk serve-ui`).
//!
//! Behind the `web-host` feature so the product's kiosk links no HTTP server. Meant for
//! loopback tests: it has no authentication and must never face a network.
//!
//! The contract of `web.ts`: 2xx with a JSON body, 204 for commands answering nothing, a
//! `CommandError` body with 422 for a refused command, 400 with a plain message for arguments
//! that do not deserialise (as Tauri refuses them), 404 for an unknown command.
//! `wipe_session` answers with `Clear-Site-Data`, the browser's way of forgetting the visitor's
//! storage and cache.

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path as FsPath, PathBuf};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::Value;

use crate::commands::{dispatch, DispatchError, Reply};
use crate::kiosk::Kiosk;

#[derive(Debug, thiserror::Error)]
pub enum WebHostError {
    #[error("{0} has no index.html: `npm --prefix ui run build`")]
    NoUi(PathBuf),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("serving: {0}")]
    Serve(std::io::Error),
}

#[derive(Clone)]
struct Host {
    kiosk: Arc<Kiosk>,
    ui: Arc<PathBuf>,
}

/// The whole host: the UI's files from `ui` and the kiosk's commands.
pub fn router(kiosk: Arc<Kiosk>, ui: PathBuf) -> Router {
    Router::new()
        .route("/kiosk-api/{command}", post(command))
        .route("/", get(index))
        .route("/{*path}", get(asset))
        .with_state(Host {
            kiosk,
            ui: Arc::new(ui),
        })
}

/// Serves [`router`] on `listen` until `shutdown` completes. Logs `web host listening on
/// http://ADDR` once it accepts connections.
pub async fn serve(
    kiosk: Arc<Kiosk>,
    ui: PathBuf,
    listen: SocketAddr,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), WebHostError> {
    if !ui.join("index.html").is_file() {
        return Err(WebHostError::NoUi(ui));
    }
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| WebHostError::Listen {
            addr: listen,
            source,
        })?;
    tracing::info!("web host listening on http://{listen}");
    axum::serve(listener, router(kiosk, ui))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(WebHostError::Serve)
}

async fn index(State(host): State<Host>) -> Response {
    file(&host.ui, "index.html")
}

async fn asset(State(host): State<Host>, Path(path): Path<String>) -> Response {
    file(&host.ui, &path)
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

fn json(status: StatusCode, body: &impl serde::Serialize) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// One command, through the kiosk's command table.
async fn command(State(host): State<Host>, Path(name): Path<String>, body: Bytes) -> Response {
    // No body, or not JSON: no arguments (a command that needs some refuses with 400).
    let args: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    match dispatch(&host.kiosk, &name, args) {
        Ok(Reply::Value(value)) => json(StatusCode::OK, &value),
        Ok(Reply::Nothing) => StatusCode::NO_CONTENT.into_response(),
        // The browser forgets the visitor: storage, cache and cookies of this origin.
        Ok(Reply::ForgetVisitor) => (
            StatusCode::NO_CONTENT,
            [(
                header::HeaderName::from_static("clear-site-data"),
                HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
            )],
        )
            .into_response(),
        Err(DispatchError::Refused(error)) => json(StatusCode::UNPROCESSABLE_ENTITY, &error),
        Err(e @ DispatchError::BadArguments { .. }) => {
            (StatusCode::BAD_REQUEST, e.to_string()).into_response()
        }
        Err(DispatchError::Unknown(_)) => StatusCode::NOT_FOUND.into_response(),
    }
}
