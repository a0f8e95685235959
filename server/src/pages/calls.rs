//! Staff calls on the counter console: a live notice on every counter page when a visitor at a
//! kiosk presses 「係員を呼ぶ」, naming the kiosk, its place in the lobby and the screen (never
//! the visitor's data), with a button to say one is on the way.
//!
//! The notice arrives by server-sent events (`/counter/calls/events`, read by
//! `/static/calls.js`): each time [`crate::staff_call::CallBoard`] rings for the staff's office
//! the stream sends the office's calls again, rendered here, so the page never reloads. Without
//! script, `/counter/calls` lists the same calls and the same buttons.

use std::convert::Infallible;

use axum::extract::{Path, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use futures_util::stream::{self, Stream};
use maud::{html, Markup};
use tokio::sync::broadcast::error::RecvError;

use super::extract::{CsrfForm, NoFields, Staff};
use crate::clock::format_local;
use crate::i18n::Tr;
use crate::staff_call::{self, CallError};
use crate::state::AppState;
use crate::storage::StaffCallRecord;
use crate::web::{self, csrf_field, PageError};

/// The screens a kiosk names, each with its words (`srv-calls-screen-<code>`).
const SCREENS: &[&str] = &[
    "attract",
    "consent",
    "basic",
    "contact",
    "disclosure",
    "desired-work",
    "situation",
    "education",
    "work-history",
    "disability",
    "self-pr",
    "review",
    "my-page",
    "done",
];

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter/calls", get(list))
        .route("/counter/calls/events", get(events))
        .route("/counter/calls/{id}/acknowledge", post(acknowledge))
}

fn screen_name(tr: Tr, screen: &str) -> String {
    if SCREENS.contains(&screen) {
        tr.t(&format!("srv-calls-screen-{screen}"))
    } else {
        screen.to_owned()
    }
}

/// The calls as the console shows them: waiting ones with their button, answered ones marked.
pub fn notices(tr: Tr, csrf: &str, calls: &[StaffCallRecord]) -> Markup {
    html! {
        @for c in calls {
            @let waiting = c.acknowledged_at.is_none();
            div.notice.(if waiting { "error" } else { "info" }) data-testid="staff-call" data-call=(c.id) {
                p {
                    strong { (tr.f("srv-calls-notice", &[("kiosk", &c.kiosk_id), ("place", &c.place)])) }
                    br;
                    (tr.f("srv-calls-screen", &[("screen", &screen_name(tr, &c.screen))]))
                    " · " (format_local(c.created_at))
                }
                @if waiting {
                    form.inline-form method="post" action=(format!("/counter/calls/{}/acknowledge", c.id)) {
                        (csrf_field(csrf))
                        button type="submit" data-testid="staff-call-acknowledge" { (tr.t("srv-calls-acknowledge")) }
                    }
                } @else {
                    p data-testid="staff-call-acknowledged" { (tr.t("srv-calls-acknowledged")) }
                }
            }
        }
    }
}

/// The container every counter page carries, filled by the event stream.
pub fn live_region(tr: Tr) -> Markup {
    html! {
        section #staff-calls aria-live="assertive" aria-label=(tr.t("srv-calls-title")) data-testid="staff-calls" {}
        script src="/static/calls.js" defer {}
    }
}

fn page_error(tr: Tr, e: CallError) -> PageError {
    match e {
        CallError::NotFound => PageError::not_found(tr),
        CallError::Storage(detail) => PageError::internal(tr, detail),
        _ => PageError::bad_request(tr),
    }
}

async fn rendered(state: &AppState, staff: &Staff) -> Markup {
    match staff_call::recent(&state.db, &staff.user, state.now()).await {
        Ok(calls) => notices(staff.tr, &staff.csrf, &calls),
        Err(e) => {
            tracing::warn!("staff calls unavailable: {e}");
            html! {}
        }
    }
}

/// `GET /counter/calls`: the calls of the last half hour (the console without script).
pub async fn list(State(state): State<AppState>, staff: Staff) -> Result<Response, PageError> {
    let tr = staff.tr;
    let calls = staff_call::recent(&state.db, &staff.user, state.now())
        .await
        .map_err(|e| page_error(tr, e))?;
    let body = html! {
        h1 { (tr.t("srv-calls-title")) }
        @if calls.is_empty() { p { (tr.t("srv-calls-none")) } }
        (notices(tr, &staff.csrf, &calls))
    };
    Ok(staff.page(&tr.t("srv-calls-title"), body, "/counter/calls?"))
}

/// `GET /counter/calls/events`: the office's calls now, and again whenever they change.
pub async fn events(
    State(state): State<AppState>,
    staff: Staff,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let ear = state.calls.listen();
    let stream = stream::unfold(
        (state, staff, ear, true),
        |(state, staff, mut ear, first)| async move {
            if !first {
                loop {
                    match ear.recv().await {
                        Ok(office) if staff_call::hears(&staff.user, &office) => break,
                        Ok(_) => continue,
                        // Missed rings: reading the calls again covers them all.
                        Err(RecvError::Lagged(_)) => break,
                        Err(RecvError::Closed) => return None,
                    }
                }
            }
            let data = rendered(&state, &staff).await.into_string();
            let event = Event::default().event("calls").data(data);
            Some((Ok(event), (state, staff, ear, false)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// `POST /counter/calls/{id}/acknowledge`: one of the staff is on the way.
pub async fn acknowledge(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: Result<CsrfForm<NoFields>, PageError>,
) -> Result<Response, PageError> {
    form?;
    staff_call::acknowledge(&state.db, &state.calls, &staff.user, &id, state.now())
        .await
        .map_err(|e| page_error(staff.tr, e))?;
    Ok(web::see_other("/counter/calls"))
}
