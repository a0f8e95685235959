//! What the counter's sign-in and My Page's share: the form's page with its pre-session CSRF
//! token, and the session a right password (or, on the phone, the first password) opens.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::Markup;

use crate::auth;
use crate::i18n::Tr;
use crate::secret;
use crate::state::AppState;
use crate::storage::SessionKind;
use crate::web::{self, page, PageError, PageOptions, WithTr as _};

/// A sign-in page at `path` with its pre-session CSRF token (and the cookie, when it is new).
/// `problem`: the status and the message id shown above the form; only the plain page links to
/// its other languages. `body` gets the message and the token.
pub fn sign_in_page(
    state: &AppState,
    tr: Tr,
    headers: &HeaderMap,
    problem: Option<(StatusCode, &str)>,
    (path, title_id): (&str, &str),
    body: impl FnOnce(Option<String>, &str) -> Markup,
) -> Response {
    let (csrf, set) = web::sign_in_token(
        headers,
        state.settings.secure_cookies(),
        &mut secret::os_rng(),
    );
    let status = problem.map_or(StatusCode::OK, |(status, _)| status);
    let language_links = problem.is_none().then(|| format!("{path}?"));
    let error = problem.map(|(_, id)| tr.t(id));
    let mut response = (
        status,
        page(
            tr,
            &tr.t(title_id),
            body(error, &csrf),
            PageOptions {
                language_links,
                ..PageOptions::default()
            },
        ),
    )
        .into_response();
    if let Some(set) = set {
        response.headers_mut().append(header::SET_COOKIE, set);
    }
    response
}

/// A new session of `kind` for `subject` (never an old one reused: no fixation), and the
/// redirect to `to` that sets its cookie `cookie_name`.
pub async fn open_session(
    state: &AppState,
    tr: Tr,
    (kind, subject): (SessionKind, &str),
    cookie_name: &str,
    to: &str,
) -> Result<Response, PageError> {
    let session = auth::start_session(
        &state.db,
        kind,
        subject,
        state.now(),
        state.settings.session_ttl.whole_seconds(),
        &mut secret::os_rng(),
    )
    .await
    .tr(tr)?;
    let mut response = web::see_other(to);
    response.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(state, cookie_name, &session.cookie),
    );
    Ok(response)
}

/// The `Set-Cookie` of a new session, living as long as sessions do.
fn session_cookie(state: &AppState, name: &str, value: &str) -> HeaderValue {
    web::our_set_cookie(
        name,
        value,
        state.settings.session_ttl.whole_seconds(),
        state.settings.secure_cookies(),
    )
}
