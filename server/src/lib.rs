//! Madoguchi's intake server: the other end of the lobby kiosk.
//!
//! Kiosks enrol and send sealed applications exactly once ([`api`], [`intake`]); the visitor's
//! phone follows the QR to prove an email address and open a My Page ([`continuation`]);
//! counter staff accept applications and issue 求職番号 ([`counter`]); and the plan's quarterly
//! scorecard and the kiosk fleet are published ([`scorecard`]). The HTML pages are in
//! [`pages`], one file per page family; what is stored, one file per topic, in [`storage`].
//! [`app`] builds the whole HTTP surface, so tests drive it without a socket; `main` only parses
//! flags, opens the database and serves.

pub mod address_change;
pub mod api;
pub mod auth;
pub mod change_record;
pub mod clock;
pub mod continuation;
pub mod correction;
pub mod counter;
pub mod demo;
pub mod disability_answer;
pub mod disclosure;
pub mod email_change;
pub mod enrolment;
pub mod enrolment_sheet;
pub mod export;
pub mod form_pdf;
pub mod group_commit;
pub mod i18n;
pub mod intake;
pub mod mail;
pub mod pages;
pub mod pending_change;
pub mod problem;
pub mod ratelimit;
pub mod reference;
pub mod retention;
pub mod scorecard;
pub mod sealed;
pub mod secret;
pub mod staff_call;
pub mod staff_code;
pub mod state;
pub mod steering;
pub mod storage;
pub mod survey;
pub mod tally;
pub mod view;
pub mod view_sections;
pub mod web;
pub mod work_history;

use axum::http::{header, HeaderValue};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;

pub use pages::PAGE_BODY_LIMIT;
pub use state::{AppState, Settings};

/// Largest JSON body the API reads. An application with a long work history is a few tens of
/// kilobytes sealed; anything near this limit is not one.
pub const API_BODY_LIMIT: usize = 256 * 1024;

/// Every route of the server.
pub fn app(state: AppState) -> Router {
    let hsts = state.settings.secure_cookies();
    let router = Router::new()
        .nest(madoguchi_core::contract::path::API, api::routes())
        .route("/healthz", get(api::healthz))
        .route("/readyz", get(api::readyz))
        .merge(pages::routes(state.clone()))
        // A bug must not drop the connection (the browser shows its own error page): the
        // visitor gets the same problem answer as for any internal error, and the log says why.
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                problem::ApiError::Internal("a handler panicked".into()).into_response()
            },
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            // Not `no-referrer`: under it browsers post forms with `Origin: null`, which
            // `web::same_origin_posts` must refuse. `same-origin` keeps the real origin on our own
            // posts and still sends nothing (no continuation token in a URL) to another site.
            HeaderValue::from_static("same-origin"),
        ));
    // Served over HTTPS: browsers must not try plain HTTP for a year (a first visit typed as
    // http:// is answered by the proxy's redirect; every later one goes straight to HTTPS).
    let router = if hsts {
        router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ))
    } else {
        router
    };
    router.with_state(state)
}
