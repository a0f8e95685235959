//! `/my/email`: the page where a signed-in visitor changes the My Page email address. Handlers
//! only; the rules are in [`crate::email_change`].

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::extract::{limit, CsrfForm, LangQuery, Visitor};
use super::my_page::my_header;
use crate::continuation;
use crate::email_change::{self, ConfirmOutcome, RequestOutcome};
use crate::ratelimit::Limit;
use crate::secret;
use crate::state::AppState;
use crate::web::{self, csrf_field, error_summary, page, Client, PageError, PageOptions};

/// The change of address and its code.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/my/email", get(show).post(request))
        .route("/my/email/verify", post(verify))
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// A problem to show: the field it belongs to and the message.
type Problem = (&'static str, String);

fn body(
    state: &AppState,
    me: &Visitor,
    sent: bool,
    typed: &str,
    problem: Option<&Problem>,
) -> Markup {
    let tr = me.tr;
    let r = &me.record;
    let waiting = r
        .pending_email
        .as_deref()
        .filter(|_| continuation::code_live(state, r));
    let error_for = |field: &str| problem.filter(|(f, _)| *f == field).map(|(_, m)| m.clone());
    let summary: Vec<(String, String)> = problem
        .map(|(f, m)| vec![((*f).to_owned(), m.clone())])
        .unwrap_or_default();
    html! {
        h1 { (tr.t("srv-my-email-title")) }
        p { (tr.t("srv-my-email-lead")) }
        (error_summary(tr, &summary))
        dl.summary {
            dt { (tr.t("srv-my-email-now")) }
            dd { (me.app.contact.email) }
        }
        @if let Some(pending) = waiting {
            section aria-labelledby="code-title" {
                h2 id="code-title" { (tr.t("srv-my-email-code-title")) }
                @if sent {
                    div.notice.ok role="status" { p { (tr.t("srv-code-sent")) } }
                }
                p { (tr.f("srv-my-email-code-lead", &[("email", pending)])) }
                form method="post" action="/my/email/verify" novalidate {
                    (csrf_field(&me.csrf))
                    @let error = error_for("code");
                    div.field {
                        label for="code" { (tr.t("srv-code-label")) }
                        span.help id="code-help" { (tr.t("srv-code-help")) }
                        @if let Some(message) = &error { span.error id="code-error" { (message) } }
                        input #code .short type="text" name="code" inputmode="numeric"
                            autocomplete="one-time-code" maxlength="12" required
                            aria-invalid=[error.as_ref().map(|_| "true")]
                            aria-describedby=(if error.is_some() { "code-help code-error" } else { "code-help" });
                    }
                    div.actions { button type="submit" { (tr.t("srv-my-email-confirm")) } }
                }
            }
        }
        section aria-labelledby="new-title" {
            h2 id="new-title" { (tr.t("srv-my-email-new-title")) }
            form method="post" action="/my/email" novalidate {
                (csrf_field(&me.csrf))
                @let error = error_for("email");
                input type="text" name="username" value=(me.app.contact.email) autocomplete="username" hidden;
                div.field {
                    label for="email" { (tr.t("srv-field-new-email")) }
                    @if let Some(message) = &error { span.error id="email-error" { (message) } }
                    input #email type="email" name="email" value=(typed) autocomplete="email"
                        inputmode="email" required
                        aria-invalid=[error.as_ref().map(|_| "true")]
                        aria-describedby=[error.as_ref().map(|_| "email-error")];
                }
                @let error = error_for("password");
                div.field {
                    label for="password" { (tr.t("srv-field-current-password")) }
                    span.help id="password-help" { (tr.t("srv-my-email-password-help")) }
                    @if let Some(message) = &error { span.error id="password-error" { (message) } }
                    input #password type="password" name="password" autocomplete="current-password" required
                        aria-invalid=[error.as_ref().map(|_| "true")]
                        aria-describedby=(if error.is_some() { "password-help password-error" } else { "password-help" });
                }
                div.actions {
                    button type="submit" {
                        (tr.t(if waiting.is_some() { "srv-code-resend" } else { "srv-code-send" }))
                    }
                    a.button.secondary href="/my" { (tr.t("srv-cancel")) }
                }
            }
        }
    }
}

fn respond(
    state: &AppState,
    me: &Visitor,
    status: StatusCode,
    sent: bool,
    typed: &str,
    problem: Option<Problem>,
) -> Response {
    let tr = me.tr;
    (
        status,
        page(
            tr,
            &tr.t("srv-my-email-title"),
            body(state, me, sent, typed, problem.as_ref()),
            PageOptions {
                header: Some(my_header(tr, &me.csrf)),
                language_links: Some("/my/email?".into()),
                ..PageOptions::default()
            },
        ),
    )
        .into_response()
}

/// `GET /my/email`.
pub async fn show(
    State(state): State<AppState>,
    Query(query): Query<LangQuery>,
    me: Visitor,
) -> Result<Response, PageError> {
    let sent = query.sent.is_some();
    Ok(respond(&state, &me, StatusCode::OK, sent, "", None))
}

/// `POST /my/email`: checks the new address and mails a code to it.
pub async fn request(
    State(state): State<AppState>,
    me: Visitor,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Result<Response, PageError> {
    let tr = me.tr;
    if let Err(wait) = state.limit(Limit::EmailCodeSend, &me.record.id).await {
        let minutes = wait.div_ceil(60).to_string();
        let problem = (
            "email",
            tr.f("srv-code-send-limited", &[("minutes", &minutes)]),
        );
        return Ok(respond(
            &state,
            &me,
            StatusCode::TOO_MANY_REQUESTS,
            false,
            &form.email,
            Some(problem),
        ));
    }
    let outcome = email_change::request(
        &state,
        &me.record,
        &me.app,
        (&form.email, &form.password),
        &mut secret::os_rng(),
    )
    .await;
    let (status, problem) = match outcome {
        Ok(RequestOutcome::Sent { .. }) => return Ok(web::see_other("/my/email?sent=1")),
        Ok(RequestOutcome::Same) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            ("email", tr.t("srv-my-email-same")),
        ),
        Ok(RequestOutcome::Invalid(finding)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            ("email", tr.finding(&finding)),
        ),
        Ok(RequestOutcome::WrongPassword) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            ("password", tr.t("srv-my-email-password-wrong")),
        ),
        Err(e) => {
            tracing::warn!(application = %me.record.id, "email change code not sent: {e}");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                ("email", tr.t("srv-code-send-failed")),
            )
        }
    };
    // The page shows what is stored now (a failed send may have replaced a waiting change).
    let me = me.reload(&state).await?;
    Ok(respond(
        &state,
        &me,
        status,
        false,
        &form.email,
        Some(problem),
    ))
}

/// `POST /my/email/verify`: the code typed back makes the change.
pub async fn verify(
    State(state): State<AppState>,
    Client(client): Client,
    me: Visitor,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, PageError> {
    let tr = me.tr;
    limit(&state, tr, Limit::EmailCodeGuess, &client).await?;
    let problem = match email_change::confirm(&state, &me.record, &me.app, &form.code)
        .await
        .map_err(|e| PageError::internal(tr, e))?
    {
        ConfirmOutcome::Changed { .. } => return Ok(web::see_other("/my?saved=email")),
        ConfirmOutcome::Wrong { remaining } => (
            "code",
            tr.f("srv-code-wrong", &[("remaining", &remaining.to_string())]),
        ),
        ConfirmOutcome::NeedNewCode => ("email", tr.t("srv-code-need-new")),
    };
    let me = me.reload(&state).await?;
    Ok(respond(
        &state,
        &me,
        StatusCode::UNPROCESSABLE_ENTITY,
        false,
        "",
        Some(problem),
    ))
}
