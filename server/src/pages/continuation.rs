//! `/c/{token}`: the page the visitor's phone opens from the QR. It shows nothing personal
//! until the browser proves itself (the mailed code, or the birth date where there is no email
//! address), then what was received and the password that opens My Page. Handlers are thin;
//! the rules are in [`crate::continuation`].
//!
//! Pages follow the visitor's language from the kiosk (a `?lang=` link can change it), fit a
//! 360 px screen, and need no JavaScript.

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::Language;
use maud::{html, Markup};
use serde::Deserialize;

use super::extract::{
    binding_secret, limit, Browsing, Guessing, LangQuery, LivePost, LiveToken, MY_PAGE_COOKIE,
    PHONE_COOKIE,
};
use super::sign_in::open_session;
use crate::auth::{self, PasswordProblem, MIN_PASSWORD_CHARS, SUGGESTED_PASSWORD_CHARS};
use crate::continuation::{
    self, Access, Binding, BirthProof, CodeProof, Live, SendOutcome, TokenState, VerifyOutcome,
};
use crate::i18n::Tr;
use crate::ratelimit::Limit;
use crate::secret;
use crate::state::AppState;
use crate::storage::{ApplicationRecord, SessionKind};
use crate::view;
use crate::view_sections;
use crate::web::{self, error_summary, page, Client, PageError, PageOptions, WithTr as _};

/// The token page and its four posts.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/{token}", get(token_page))
        .route("/c/{token}/send-code", post(send_code))
        .route("/c/{token}/verify", post(verify))
        .route("/c/{token}/birth-date", post(birth_date))
        .route("/c/{token}/password", post(set_password))
}

/// Seconds between reloads of the "on its way" page.
pub const ON_ITS_WAY_REFRESH: u32 = 10;

fn token_page_options(tr: Tr, token: &str) -> PageOptions {
    let _ = tr;
    PageOptions {
        language_links: Some(format!("/c/{token}?")),
        ..PageOptions::default()
    }
}

/// The `Set-Cookie` that binds this browser to a proven token: HttpOnly, SameSite=Strict (never
/// sent from another site's page), Secure and `__Host-` over HTTPS; `max_age` 0 deletes it.
fn binding_cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let name = web::cookie_name(PHONE_COOKIE, secure);
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// The token page again after a proof, with this browser's binding cookie set.
fn bound_redirect<L>(state: &AppState, page_of: &LiveToken<L>, binding: &Binding) -> Response {
    let mut response = back_to(page_of, "");
    response.headers_mut().append(
        header::SET_COOKIE,
        binding_cookie(
            &binding.secret,
            binding.max_age_seconds,
            state.settings.secure_cookies(),
        ),
    );
    response
}

/// `GET /c/{token}`.
pub async fn token_page(
    State(state): State<AppState>,
    Path(token_text): Path<String>,
    Query(query): Query<LangQuery>,
    Client(client): Client,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let browser = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::i18n::from_accept_language)
        .unwrap_or(Language::JA);
    let tr = query.tr(browser);
    limit(&state, tr, Limit::TokenPage, &client).await?;
    let token = ContinuationToken::parse(&token_text).ok_or_else(|| PageError::not_found(tr))?;
    let found = continuation::lookup(&state, &token).await.tr(tr)?;
    let tr = query.tr(found.language().unwrap_or(browser));
    let options = token_page_options(tr, token.as_str());
    let body = match found {
        TokenState::OnItsWay => {
            let body = html! {
                h1 { (tr.t("srv-on-its-way-title")) }
                p.lead { (tr.t("srv-on-its-way")) }
                p { (tr.t("srv-on-its-way-refresh")) }
                p.muted { (tr.t("srv-on-its-way-help")) }
                p { a.button.secondary href=(format!("/c/{}", token.as_str())) { (tr.t("srv-reload")) } }
            };
            return Ok(page(
                tr,
                &tr.t("srv-on-its-way-title"),
                body,
                PageOptions {
                    refresh: Some(ON_ITS_WAY_REFRESH),
                    ..options
                },
            )
            .into_response());
        }
        TokenState::Spent(_) => html! {
            h1 { (tr.t("srv-spent-title")) }
            p { (tr.t("srv-spent")) }
            p { a.button href=(format!("/my/signin?lang={}", tr.lang.code())) { (tr.t("srv-my-signin-title")) } }
        },
        TokenState::Expired(_) => expired_body(tr),
        TokenState::Open(live) => {
            let access = continuation::access(
                &live,
                binding_secret(&state, &headers).as_deref(),
                state.now(),
            );
            live_body(&state, tr, &token, &live, access, &query, None)?
        }
    };
    let title = tr.t("srv-continue-title");
    Ok(page(tr, &title, body, options).into_response())
}

fn expired_body(tr: Tr) -> Markup {
    html! {
        h1 { (tr.t("srv-expired-title")) }
        p { (tr.t("srv-expired")) }
    }
}

/// What one browser sees of a live token: the proof step until it has proven itself, then the
/// application and the password.
fn live_body(
    state: &AppState,
    tr: Tr,
    token: &ContinuationToken,
    live: &Live,
    access: Access,
    query: &LangQuery,
    problem: Option<(&str, String)>,
) -> Result<Markup, PageError> {
    match access {
        Access::Expired => Ok(expired_body(tr)),
        Access::Unproven => proof_body(state, tr, token, live, query, problem),
        Access::Bound => bound_body(tr, token, &live.record, problem),
    }
}

/// The problem's message for `field`, if it is that field's.
fn problem_for(problem: &Option<(&str, String)>, field: &str) -> Option<String> {
    problem
        .as_ref()
        .filter(|(f, _)| *f == field)
        .map(|(_, m)| m.clone())
}

fn problem_list(problem: &Option<(&str, String)>) -> Vec<(String, String)> {
    problem
        .iter()
        .map(|(field, message)| ((*field).to_owned(), message.clone()))
        .collect()
}

/// Before proof: the receipt number and how to prove, nothing from the application itself (not
/// even the email address the code goes to: the token may be someone else's photograph).
fn proof_body(
    state: &AppState,
    tr: Tr,
    token: &ContinuationToken,
    live: &Live,
    query: &LangQuery,
    problem: Option<(&str, String)>,
) -> Result<Markup, PageError> {
    let record = &live.record;
    let app = continuation::application_of(record).map_err(|e| PageError::internal(tr, e))?;
    let base = format!("/c/{}", token.as_str());
    let lang = tr.lang.code();
    let has_email = !app.contact.email.trim().is_empty();
    let code_sent = continuation::code_live(state, record);
    let tries_left = continuation::birth_tries_left(state, &live.proof);
    let errors = problem_list(&problem);
    Ok(html! {
        h1 { (tr.t("srv-continue-title")) }
        p.lead { (tr.t("srv-proof-lead")) }
        (error_summary(tr, &errors))
        section aria-labelledby="received" {
            h2 id="received" { (tr.t("srv-received-title")) }
            dl.summary {
                dt { (tr.t("srv-field-receipt")) }
                dd { span.receipt-number { (record.receipt) } }
            }
        }
        section aria-labelledby="proof" {
            h2 id="proof" { (tr.t("srv-proof-title")) }
            @if has_email {
                p { (tr.t("srv-proof-email")) }
                @if code_sent {
                    @if query.sent.is_some() {
                        div.notice.ok role="status" { p { (tr.t("srv-code-sent")) } }
                    }
                    form method="post" action=(format!("{base}/verify?lang={lang}")) {
                        div.field {
                            label for="code" { (tr.t("srv-code-label")) }
                            span.help id="code-help" { (tr.t("srv-code-help")) }
                            @if let Some(message) = problem_for(&problem, "code") {
                                span.error id="code-error" { (message) }
                            }
                            input #code .code type="text" name="code" inputmode="numeric" autocomplete="one-time-code"
                                maxlength="12" required aria-describedby="code-help code-error"
                                aria-invalid=[problem_for(&problem, "code").map(|_| "true")];
                        }
                        div.actions { button type="submit" { (tr.t("srv-code-submit")) } }
                    }
                    form method="post" action=(format!("{base}/send-code?lang={lang}")) {
                        button.secondary type="submit" { (tr.t("srv-code-resend")) }
                    }
                } @else {
                    @if let Some(message) = problem_for(&problem, "send") {
                        div.notice.error role="alert" { p { (message) } }
                    }
                    form method="post" action=(format!("{base}/send-code?lang={lang}")) {
                        div.actions { button type="submit" { (tr.t("srv-code-send")) } }
                    }
                }
                p.muted { (tr.t("srv-proof-email-help")) }
            } @else if tries_left == 0 {
                div.notice.error role="alert" data-proof="locked" { p { (tr.t("srv-birth-locked")) } }
            } @else {
                p { (tr.t("srv-proof-birth")) }
                form method="post" action=(format!("{base}/birth-date?lang={lang}")) {
                    div.field {
                        label for="birth_date" { (tr.t("srv-birth-label")) }
                        span.help id="birth_date-help" { (tr.t("srv-birth-help")) }
                        @if let Some(message) = problem_for(&problem, "birth_date") {
                            span.error id="birth_date-error" { (message) }
                        }
                        input #birth_date type="text" name="birth_date" autocomplete="bday" maxlength="40" required
                            aria-describedby="birth_date-help birth_date-error"
                            aria-invalid=[problem_for(&problem, "birth_date").map(|_| "true")];
                    }
                    div.actions { button type="submit" { (tr.t("srv-birth-submit")) } }
                }
            }
        }
    })
}

/// After proof, for the bound browser only: what was received, then the password (or, with no
/// email address, the way to the counter).
fn bound_body(
    tr: Tr,
    token: &ContinuationToken,
    record: &ApplicationRecord,
    problem: Option<(&str, String)>,
) -> Result<Markup, PageError> {
    let app = continuation::application_of(record).map_err(|e| PageError::internal(tr, e))?;
    let base = format!("/c/{}", token.as_str());
    let lang = tr.lang.code();
    let email = app.contact.email.trim();
    let errors = problem_list(&problem);
    let password_error = problem_for(&problem, "password");
    Ok(html! {
        h1 { (tr.t("srv-continue-title")) }
        p.lead { (tr.t("srv-continue-lead")) }
        (error_summary(tr, &errors))
        section aria-labelledby="received" {
            h2 id="received" { (tr.t("srv-received-title")) }
            dl.summary {
                dt { (tr.t("srv-field-receipt")) }
                dd { span.receipt-number { (record.receipt) } }
                dt { (tr.t("srv-field-status")) }
                dd { (view::status_badge(tr, record.status)) }
                (view::personal_rows(tr, &app))
                (view_sections::disclosure_rows(tr, &app))
                (view::work_rows(tr, &app))
                (view_sections::self_pr_rows(tr, &app))
            }
            (view_sections::disability_hidden(tr, &app))
            p.muted { (tr.t("srv-received-wrong")) }
        }
        section aria-labelledby="next" {
            h2 id="next" { (tr.t("srv-my-page-open-title")) }
            @if email.is_empty() || record.email_verified_at.is_none() {
                div.notice.warning { p { (tr.t("srv-no-email")) } }
            } @else {
                div.notice.ok { p { (tr.f("srv-email-verified", &[("email", email)])) } }
                form method="post" action=(format!("{base}/password?lang={lang}")) {
                    input type="text" name="username" value=(email) autocomplete="username" hidden;
                    div.field {
                        label for="password" { (tr.t("srv-password-label")) }
                        span.help id="password-help" {
                            (tr.f("srv-password-help", &[("min", &MIN_PASSWORD_CHARS.to_string()), ("suggested", &SUGGESTED_PASSWORD_CHARS.to_string())]))
                        }
                        @if let Some(message) = &password_error {
                            span.error id="password-error" { (message) }
                        }
                        input #password type="password" name="password" autocomplete="new-password" required
                            minlength=(MIN_PASSWORD_CHARS) maxlength=(auth::MAX_PASSWORD_CHARS)
                            aria-describedby="password-help password-error" aria-invalid=[password_error.as_ref().map(|_| "true")];
                    }
                    div.field {
                        label for="confirm" { (tr.t("srv-password-confirm-label")) }
                        input #confirm type="password" name="confirm" autocomplete="new-password" required
                            maxlength=(auth::MAX_PASSWORD_CHARS);
                    }
                    div.actions { button type="submit" { (tr.t("srv-password-submit")) } }
                }
                p.muted { (tr.t("srv-proof-bound-time")) }
            }
        }
    })
}

/// Re-renders the live token page for this browser with a problem shown (status 422 or 429),
/// as the token stands now (a post may just have changed it).
async fn token_page_with<L>(
    state: &AppState,
    page_of: &LiveToken<L>,
    status: StatusCode,
    problem: (&str, String),
) -> Result<Response, PageError> {
    let (tr, token) = (page_of.tr, &page_of.token);
    let TokenState::Open(live) = continuation::lookup(state, token).await.tr(tr)? else {
        return Ok(web::see_other(&format!("/c/{}", token.as_str())));
    };
    let access = continuation::access(&live, page_of.binding.as_deref(), state.now());
    let body = live_body(
        state,
        tr,
        token,
        &live,
        access,
        &page_of.query,
        Some(problem),
    )?;
    Ok((
        status,
        page(
            tr,
            &tr.t("srv-continue-title"),
            body,
            token_page_options(tr, token.as_str()),
        ),
    )
        .into_response())
}

/// The token page again, in the page's language (`extra`: more of the query, such as `&sent=1`).
fn back_to<L>(page_of: &LiveToken<L>, extra: &str) -> Response {
    web::see_other(&format!(
        "/c/{}?lang={}{extra}",
        page_of.token.as_str(),
        page_of.tr.lang.code()
    ))
}

/// `POST /c/{token}/send-code`: mails a code to the application's own address (whoever asks
/// learns nothing from it).
pub async fn send_code(
    State(state): State<AppState>,
    page_of: LiveToken<Browsing>,
) -> Result<Response, PageError> {
    let (tr, record) = (page_of.tr, &page_of.live.record);
    if let Err(wait) = state.limit(Limit::EmailCodeSend, &record.id).await {
        let minutes = wait.div_ceil(60).to_string();
        let problem = (
            "send",
            tr.f("srv-code-send-limited", &[("minutes", &minutes)]),
        );
        return token_page_with(&state, &page_of, StatusCode::TOO_MANY_REQUESTS, problem).await;
    }
    match continuation::send_code(&state, record, &mut secret::os_rng()).await {
        Ok(SendOutcome::Sent) => Ok(back_to(&page_of, "&sent=1")),
        Ok(SendOutcome::NoEmail) => Ok(back_to(&page_of, "")),
        Err(e) => {
            tracing::warn!(application = %record.id, "email code not sent: {e}");
            let problem = ("send", tr.t("srv-code-send-failed"));
            token_page_with(&state, &page_of, StatusCode::SERVICE_UNAVAILABLE, problem).await
        }
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

/// `POST /c/{token}/verify`: the right code binds this browser.
pub async fn verify(
    State(state): State<AppState>,
    LivePost(page_of, form): LivePost<Guessing, CodeForm>,
) -> Result<Response, PageError> {
    let (tr, record) = (page_of.tr, &page_of.live.record);
    let problem = match continuation::verify_code(&state, record, &form.code, &mut secret::os_rng())
        .await
        .tr(tr)?
    {
        CodeProof::Bound(binding) => return Ok(bound_redirect(&state, &page_of, &binding)),
        CodeProof::Refused(VerifyOutcome::Wrong { remaining }) => (
            "code",
            tr.f("srv-code-wrong", &[("remaining", &remaining.to_string())]),
        ),
        CodeProof::Refused(_) => ("send", tr.t("srv-code-need-new")),
    };
    token_page_with(&state, &page_of, StatusCode::UNPROCESSABLE_ENTITY, problem).await
}

#[derive(Deserialize)]
pub struct BirthDateForm {
    birth_date: String,
}

/// `POST /c/{token}/birth-date`: where the application has no email address, the right birth
/// date binds this browser. Tries are limited per application and per client.
pub async fn birth_date(
    State(state): State<AppState>,
    LivePost(page_of, form): LivePost<Guessing, BirthDateForm>,
) -> Result<Response, PageError> {
    let tr = page_of.tr;
    let proof = continuation::prove_birth_date(
        &state,
        &page_of.live,
        &form.birth_date,
        &mut secret::os_rng(),
    )
    .await
    .map_err(|e| PageError::internal(tr, e))?;
    let (status, problem) = match proof {
        BirthProof::Bound(binding) => return Ok(bound_redirect(&state, &page_of, &binding)),
        BirthProof::NotOffered => return Ok(back_to(&page_of, "")),
        BirthProof::NotADate => (
            StatusCode::UNPROCESSABLE_ENTITY,
            ("birth_date", tr.t("srv-birth-unreadable")),
        ),
        BirthProof::Wrong { remaining } => (
            StatusCode::UNPROCESSABLE_ENTITY,
            (
                "birth_date",
                tr.f("srv-birth-wrong", &[("remaining", &remaining.to_string())]),
            ),
        ),
        BirthProof::TooManyTries => (
            StatusCode::TOO_MANY_REQUESTS,
            ("proof", tr.t("srv-birth-locked")),
        ),
    };
    token_page_with(&state, &page_of, status, problem).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    password: String,
    confirm: String,
    #[serde(default)]
    #[allow(dead_code)]
    username: String,
}

fn password_message(tr: Tr, problem: PasswordProblem) -> String {
    tr.f(
        &format!("srv-password-{}", problem.code()),
        &[
            ("min", &MIN_PASSWORD_CHARS.to_string()),
            ("max", &auth::MAX_PASSWORD_CHARS.to_string()),
        ],
    )
}

/// `POST /c/{token}/password`: sets the password once and opens the My Page, for the browser
/// bound by the proof only; any other browser is sent back to the token page.
pub async fn set_password(
    State(state): State<AppState>,
    LivePost(page_of, form): LivePost<Browsing, PasswordForm>,
) -> Result<Response, PageError> {
    let (tr, record) = (page_of.tr, &page_of.live.record);
    if page_of.access != Access::Bound || record.email_verified_at.is_none() {
        return Ok(back_to(&page_of, ""));
    }
    let secret = page_of.binding.clone().unwrap_or_default();
    match continuation::set_password(&state, record, &secret, &form.password, &form.confirm)
        .await
        .map_err(|e| PageError::internal(tr, e))?
    {
        Err(problem) => {
            let problem = ("password", password_message(tr, problem));
            token_page_with(&state, &page_of, StatusCode::UNPROCESSABLE_ENTITY, problem).await
        }
        Ok(false) => Ok(back_to(&page_of, "")),
        Ok(true) => {
            let subject = (SessionKind::MyPage, record.id.as_str());
            let to = format!("/my?lang={}", tr.lang.code());
            let mut response = open_session(&state, tr, subject, MY_PAGE_COOKIE, &to).await?;
            // The binding has done its work: the password is set.
            response.headers_mut().append(
                header::SET_COOKIE,
                binding_cookie("", 0, state.settings.secure_cookies()),
            );
            Ok(response)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_binding_cookie_is_strict_http_only_and_secure_over_https() {
        let cookie = binding_cookie("s3cret", 1800, true);
        let text = cookie.to_str().expect("ascii");
        assert!(text.starts_with("__Host-mdg_phone=s3cret;"), "{text}");
        for part in [
            "Max-Age=1800",
            "HttpOnly",
            "SameSite=Strict",
            "Secure",
            "Path=/",
        ] {
            assert!(text.split("; ").any(|p| p == part), "{part} in {text}");
        }
        let plain = binding_cookie("s3cret", 1800, false);
        let plain = plain.to_str().expect("ascii");
        assert!(plain.starts_with("mdg_phone=s3cret;"), "{plain}");
        assert!(!plain.contains("Secure"));
    }
}
