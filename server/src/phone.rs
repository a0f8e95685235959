//! The pages the visitor's phone sees: `/c/{token}` from the QR, then the small My Page
//! (`/my`). Handlers are thin; the rules are in [`crate::continuation`].
//!
//! Pages follow the visitor's language from the kiosk (a `?lang=` link can change it), fit a
//! 360 px screen, and need no JavaScript.

use axum::extract::rejection::FormRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Form;
use madoguchi_core::finding::Step;
use madoguchi_core::kiosk_api::Address;
use madoguchi_core::occupation::Classification;
use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::{check, Application, Calendar, EmploymentType, Language, WageKind};
use maud::{html, Markup};
use serde::Deserialize;

use crate::address_change::{self, AddressChange, TownChoice};
use crate::api::Client;
use crate::auth::{self, PasswordProblem, MIN_PASSWORD_CHARS, SUGGESTED_PASSWORD_CHARS};
use crate::continuation::{
    self, Access, Binding, BirthProof, CodeProof, Live, SendOutcome, TokenState, VerifyOutcome,
};
use crate::i18n::Tr;
use crate::pending_change;
use crate::ratelimit::Limit;
use crate::reference;
use crate::secret;
use crate::state::AppState;
use crate::storage::{ApplicationRecord, SessionKind, Status};
use crate::view;
use crate::web::{self, csrf_field, error_summary, page, PageError, PageOptions, WithTr as _};

pub const MY_PAGE_COOKIE: &str = "mdg_my";
/// The browser that proved a token (the mailed code or the birth date) carries this cookie's
/// secret; see [`continuation::access`].
pub const PHONE_COOKIE: &str = "mdg_phone";
/// Seconds between reloads of the "on its way" page.
pub const ON_ITS_WAY_REFRESH: u32 = 10;

#[derive(Deserialize, Default)]
pub struct LangQuery {
    lang: Option<String>,
    pub(crate) sent: Option<String>,
    saved: Option<String>,
}

fn chosen(query: &LangQuery, fallback: Language) -> Tr {
    Tr::new(
        query
            .lang
            .as_deref()
            .and_then(Language::from_code)
            .unwrap_or(fallback),
    )
}

fn token_page_options(tr: Tr, token: &str) -> PageOptions {
    let _ = tr;
    PageOptions {
        language_links: Some(format!("/c/{token}?")),
        ..PageOptions::default()
    }
}

pub(crate) async fn limit(
    state: &AppState,
    tr: Tr,
    which: Limit,
    key: &str,
) -> Result<(), PageError> {
    state
        .limit(which, key)
        .await
        .map_err(|wait| PageError::limited(tr, wait))
}

/// The token from the path, or a not-found page. Anything else than what a kiosk makes is
/// refused before the database is asked.
fn parse_token(tr: Tr, text: &str) -> Result<ContinuationToken, PageError> {
    ContinuationToken::parse(text).ok_or_else(|| PageError::not_found(tr))
}

/// The browser's binding secret, if it carries one.
fn binding_secret(state: &AppState, headers: &HeaderMap) -> Option<String> {
    web::our_cookie(headers, PHONE_COOKIE, state.settings.secure_cookies())
        .filter(|v| !v.is_empty())
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
fn bound_redirect(
    state: &AppState,
    tr: Tr,
    token: &ContinuationToken,
    binding: &Binding,
) -> Response {
    let mut response = web::see_other(&format!("/c/{}?lang={}", token.as_str(), tr.lang.code()));
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
        .unwrap_or(Language::Ja);
    let tr = chosen(&query, browser);
    limit(&state, tr, Limit::TokenPage, &client).await?;
    let token = parse_token(tr, &token_text)?;
    let found = continuation::lookup(&state, &token).await.tr(tr)?;
    let tr = chosen(&query, found.language().unwrap_or(browser));
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
                (view::work_rows(tr, &app))
            }
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

/// Re-renders the live token page for this browser with a problem shown (status 422 or 429).
async fn token_page_with(
    state: &AppState,
    tr: Tr,
    token: &ContinuationToken,
    query: &LangQuery,
    headers: &HeaderMap,
    status: axum::http::StatusCode,
    problem: (&str, String),
) -> Result<Response, PageError> {
    let TokenState::Open(live) = continuation::lookup(state, token).await.tr(tr)? else {
        return Ok(web::see_other(&format!("/c/{}", token.as_str())));
    };
    let access = continuation::access(
        &live,
        binding_secret(state, headers).as_deref(),
        state.now(),
    );
    let body = live_body(state, tr, token, &live, access, query, Some(problem))?;
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

/// The live application behind a token as this browser may use it, or where to go instead
/// (the token page explains): an unbound browser after the token's lifetime gets nothing.
async fn live(
    state: &AppState,
    tr: Tr,
    token: &ContinuationToken,
    headers: &HeaderMap,
) -> Result<Result<(Live, Access), Response>, PageError> {
    match continuation::lookup(state, token).await.tr(tr)? {
        TokenState::Open(live) => {
            let access = continuation::access(
                &live,
                binding_secret(state, headers).as_deref(),
                state.now(),
            );
            if access == Access::Expired {
                return Ok(Err(web::see_other(&format!("/c/{}", token.as_str()))));
            }
            Ok(Ok((*live, access)))
        }
        _ => Ok(Err(web::see_other(&format!("/c/{}", token.as_str())))),
    }
}

fn record_tr(query: &LangQuery, record: &ApplicationRecord) -> Tr {
    chosen(
        query,
        Language::from_code(&record.language).unwrap_or_default(),
    )
}

/// `POST /c/{token}/send-code`: mails a code to the application's own address (whoever asks
/// learns nothing from it).
pub async fn send_code(
    State(state): State<AppState>,
    Path(token_text): Path<String>,
    Query(query): Query<LangQuery>,
    Client(client): Client,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let tr = chosen(&query, Language::Ja);
    limit(&state, tr, Limit::TokenPage, &client).await?;
    let token = parse_token(tr, &token_text)?;
    let (Live { record, .. }, _) = match live(&state, tr, &token, &headers).await? {
        Ok(live) => live,
        Err(redirect) => return Ok(redirect),
    };
    let tr = record_tr(&query, &record);
    if let Err(wait) = state.limit(Limit::EmailCodeSend, &record.id).await {
        let minutes = wait.div_ceil(60).to_string();
        return token_page_with(
            &state,
            tr,
            &token,
            &query,
            &headers,
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            (
                "send",
                tr.f("srv-code-send-limited", &[("minutes", &minutes)]),
            ),
        )
        .await;
    }
    match continuation::send_code(&state, &record, &mut secret::os_rng()).await {
        Ok(SendOutcome::Sent) => Ok(web::see_other(&format!(
            "/c/{}?lang={}&sent=1",
            token.as_str(),
            tr.lang.code()
        ))),
        Ok(SendOutcome::NoEmail) => Ok(web::see_other(&format!(
            "/c/{}?lang={}",
            token.as_str(),
            tr.lang.code()
        ))),
        Err(e) => {
            tracing::warn!(application = %record.id, "email code not sent: {e}");
            token_page_with(
                &state,
                tr,
                &token,
                &query,
                &headers,
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                ("send", tr.t("srv-code-send-failed")),
            )
            .await
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
    Path(token_text): Path<String>,
    Query(query): Query<LangQuery>,
    Client(client): Client,
    headers: HeaderMap,
    form: Result<Form<CodeForm>, FormRejection>,
) -> Result<Response, PageError> {
    let tr = chosen(&query, Language::Ja);
    limit(&state, tr, Limit::EmailCodeGuess, &client).await?;
    let token = parse_token(tr, &token_text)?;
    let Ok(Form(form)) = form else {
        return Err(PageError::bad_request(tr));
    };
    let (Live { record, .. }, _) = match live(&state, tr, &token, &headers).await? {
        Ok(live) => live,
        Err(redirect) => return Ok(redirect),
    };
    let tr = record_tr(&query, &record);
    let problem =
        match continuation::verify_code(&state, &record, &form.code, &mut secret::os_rng())
            .await
            .tr(tr)?
        {
            CodeProof::Bound(binding) => return Ok(bound_redirect(&state, tr, &token, &binding)),
            CodeProof::Refused(VerifyOutcome::Wrong { remaining }) => (
                "code",
                tr.f("srv-code-wrong", &[("remaining", &remaining.to_string())]),
            ),
            CodeProof::Refused(_) => ("send", tr.t("srv-code-need-new")),
        };
    token_page_with(
        &state,
        tr,
        &token,
        &query,
        &headers,
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        problem,
    )
    .await
}

#[derive(Deserialize)]
pub struct BirthDateForm {
    birth_date: String,
}

/// `POST /c/{token}/birth-date`: where the application has no email address, the right birth
/// date binds this browser. Tries are limited per application and per client.
pub async fn birth_date(
    State(state): State<AppState>,
    Path(token_text): Path<String>,
    Query(query): Query<LangQuery>,
    Client(client): Client,
    headers: HeaderMap,
    form: Result<Form<BirthDateForm>, FormRejection>,
) -> Result<Response, PageError> {
    let tr = chosen(&query, Language::Ja);
    limit(&state, tr, Limit::EmailCodeGuess, &client).await?;
    let token = parse_token(tr, &token_text)?;
    let Ok(Form(form)) = form else {
        return Err(PageError::bad_request(tr));
    };
    let (live, _) = match live(&state, tr, &token, &headers).await? {
        Ok(live) => live,
        Err(redirect) => return Ok(redirect),
    };
    let tr = record_tr(&query, &live.record);
    let proof =
        continuation::prove_birth_date(&state, &live, &form.birth_date, &mut secret::os_rng())
            .await
            .map_err(|e| PageError::internal(tr, e))?;
    let (status, problem) = match proof {
        BirthProof::Bound(binding) => return Ok(bound_redirect(&state, tr, &token, &binding)),
        BirthProof::NotOffered => {
            return Ok(web::see_other(&format!(
                "/c/{}?lang={}",
                token.as_str(),
                tr.lang.code()
            )))
        }
        BirthProof::NotADate => (
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            ("birth_date", tr.t("srv-birth-unreadable")),
        ),
        BirthProof::Wrong { remaining } => (
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            (
                "birth_date",
                tr.f("srv-birth-wrong", &[("remaining", &remaining.to_string())]),
            ),
        ),
        BirthProof::TooManyTries => (
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            ("proof", tr.t("srv-birth-locked")),
        ),
    };
    token_page_with(&state, tr, &token, &query, &headers, status, problem).await
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

fn session_cookie(state: &AppState, name: &str, value: &str) -> HeaderValue {
    web::our_set_cookie(
        name,
        value,
        state.settings.session_ttl.whole_seconds(),
        state.settings.secure_cookies(),
    )
}

/// `POST /c/{token}/password`: sets the password once and opens the My Page, for the browser
/// bound by the proof only; any other browser is sent back to the token page.
pub async fn set_password(
    State(state): State<AppState>,
    Path(token_text): Path<String>,
    Query(query): Query<LangQuery>,
    Client(client): Client,
    headers: HeaderMap,
    form: Result<Form<PasswordForm>, FormRejection>,
) -> Result<Response, PageError> {
    let tr = chosen(&query, Language::Ja);
    limit(&state, tr, Limit::TokenPage, &client).await?;
    let token = parse_token(tr, &token_text)?;
    let Ok(Form(form)) = form else {
        return Err(PageError::bad_request(tr));
    };
    let back = |tr: Tr| web::see_other(&format!("/c/{}?lang={}", token.as_str(), tr.lang.code()));
    let (Live { record, .. }, access) = match live(&state, tr, &token, &headers).await? {
        Ok(live) => live,
        Err(redirect) => return Ok(redirect),
    };
    let tr = record_tr(&query, &record);
    let secret = binding_secret(&state, &headers).unwrap_or_default();
    if access != Access::Bound || record.email_verified_at.is_none() {
        return Ok(back(tr));
    }
    match continuation::set_password(&state, &record, &secret, &form.password, &form.confirm)
        .await
        .map_err(|e| PageError::internal(tr, e))?
    {
        Err(problem) => {
            token_page_with(
                &state,
                tr,
                &token,
                &query,
                &headers,
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                ("password", password_message(tr, problem)),
            )
            .await
        }
        Ok(false) => Ok(back(tr)),
        Ok(true) => {
            let session = auth::start_session(
                &state.db,
                SessionKind::MyPage,
                &record.id,
                state.now(),
                state.settings.session_ttl.whole_seconds(),
                &mut secret::os_rng(),
            )
            .await
            .tr(tr)?;
            let mut response = web::see_other(&format!("/my?lang={}", tr.lang.code()));
            response.headers_mut().append(
                header::SET_COOKIE,
                session_cookie(&state, MY_PAGE_COOKIE, &session.cookie),
            );
            response.headers_mut().append(
                header::SET_COOKIE,
                binding_cookie("", 0, state.settings.secure_cookies()),
            );
            Ok(response)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// My Page

/// The visitor signed in to My Page, with their application.
pub(crate) struct MyPage {
    pub(crate) record: ApplicationRecord,
    pub(crate) app: Application,
    pub(crate) csrf: String,
    pub(crate) tr: Tr,
}

pub(crate) async fn my_page(
    state: &AppState,
    headers: &HeaderMap,
    query: &LangQuery,
) -> Result<Option<MyPage>, PageError> {
    let fallback = Tr::new(Language::Ja);
    let Some(cookie) = web::our_cookie(headers, MY_PAGE_COOKIE, state.settings.secure_cookies())
    else {
        return Ok(None);
    };
    let idle = state.settings.my_page_idle.whole_seconds();
    let Some(session) =
        auth::find_session(&state.db, &cookie, SessionKind::MyPage, state.now(), idle)
            .await
            .tr(fallback)?
    else {
        return Ok(None);
    };
    let Some(record) = state.db.application(&session.subject).await.tr(fallback)? else {
        return Ok(None);
    };
    let lang_cookie = web::cookie(headers, "lang").and_then(|c| Language::from_code(&c));
    let tr = chosen(
        query,
        lang_cookie.unwrap_or_else(|| Language::from_code(&record.language).unwrap_or_default()),
    );
    let app = continuation::application_of(&record).map_err(|e| PageError::internal(tr, e))?;
    Ok(Some(MyPage {
        record,
        app,
        csrf: session.csrf,
        tr,
    }))
}

/// A form posted from a signed-in My Page, carrying the session's CSRF token.
pub(crate) trait MyPageForm {
    fn csrf(&self) -> &str;
}

/// The signed-in visitor and their form post, checked: without a session the answer is the
/// sign-in page (`Ok(Err(redirect))`); a malformed body is 400, a wrong CSRF token 403.
pub(crate) async fn my_post<F: MyPageForm>(
    state: &AppState,
    headers: &HeaderMap,
    query: &LangQuery,
    form: Result<Form<F>, FormRejection>,
) -> Result<Result<(MyPage, F), Response>, PageError> {
    let Some(me) = my_page(state, headers, query).await? else {
        return Ok(Err(signin_redirect(query)));
    };
    let Ok(Form(form)) = form else {
        return Err(PageError::bad_request(me.tr));
    };
    if !auth::csrf_matches(&me.csrf, form.csrf()) {
        return Err(PageError::forbidden(me.tr));
    }
    Ok(Ok((me, form)))
}

pub(crate) fn my_header(tr: Tr, csrf: &str) -> Markup {
    html! {
        nav aria-label=(tr.t("srv-my-nav")) {
            a href="/my" { (tr.t("srv-my-title")) }
            a href="/my/edit" { (tr.t("srv-my-edit-title")) }
        }
        form.inline-form method="post" action="/my/signout" {
            (csrf_field(csrf))
            button.link type="submit" { (tr.t("srv-sign-out")) }
        }
    }
}

pub(crate) fn signin_redirect(query: &LangQuery) -> Response {
    match query.lang.as_deref().and_then(Language::from_code) {
        Some(lang) => web::see_other(&format!("/my/signin?lang={}", lang.code())),
        None => web::see_other("/my/signin"),
    }
}

/// The changes waiting for the counter (after 受理), as the visitor sees them.
fn pending_notice(tr: Tr, pending: &[pending_change::PendingChange]) -> Markup {
    html! {
        @if !pending.is_empty() {
            section.notice.warning aria-labelledby="pending" {
                h2 id="pending" { (tr.t("srv-my-change-pending-title")) }
                p { (tr.t("srv-my-change-pending-lead")) }
                ul {
                    @for c in pending {
                        li { (tr.t(c.field.label_id())) ": " (pending_change::display(tr, c.field, &c.new)) }
                    }
                }
            }
        }
    }
}

/// `GET /my`.
pub async fn my_home(
    State(state): State<AppState>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(me) = my_page(&state, &headers, &query).await? else {
        return Ok(signin_redirect(&query));
    };
    let tr = me.tr;
    let r = &me.record;
    let pending = state.db.pending_changes(&r.id).await.tr(tr)?;
    let body = html! {
        h1 { (tr.t("srv-my-title")) }
        @match query.saved.as_deref() {
            Some("email") => div.notice.ok role="status" {
                p { (tr.f("srv-my-email-changed", &[("email", me.app.contact.email.as_str())])) }
            },
            Some("pending") => div.notice.ok role="status" { p { (tr.t("srv-my-change-sent")) } },
            Some(_) => div.notice.ok role="status" { p { (tr.t("srv-my-saved")) } },
            None => {},
        }
        section aria-labelledby="status" {
            h2 id="status" { (tr.t("srv-my-status-title")) }
            p { (view::status_badge(tr, r.status)) }
            @match r.status {
                Status::Provisional => p { (tr.t("srv-my-status-provisional")) },
                Status::Accepted => {
                    p { (tr.t("srv-my-status-accepted")) }
                    dl.summary {
                        dt { (tr.t("srv-field-job-seeker-number")) }
                        dd { span.receipt-number { (view::job_seeker_number(r.job_seeker_number.as_deref().unwrap_or_default())) } }
                    }
                },
                Status::Returned => {
                    p { (tr.t("srv-my-status-returned")) }
                    @if let Some(reason) = &r.return_reason {
                        p { strong { (tr.t("srv-field-return-reason")) } " " (reason) }
                    }
                },
            }
        }
        (pending_notice(tr, &pending))
        section aria-labelledby="registration" {
            h2 id="registration" { (tr.t("srv-my-registration-title")) }
            dl.summary {
                dt { (tr.t("srv-field-receipt")) }
                dd { (r.receipt) }
                (view::personal_rows(tr, &me.app))
                (view::work_rows(tr, &me.app))
            }
            p.actions {
                a.button.secondary href="/my/edit" { (tr.t("srv-my-edit-title")) }
                a.button.secondary href="/my/email" { (tr.t("srv-my-email-title")) }
            }
        }
    };
    Ok(page(
        tr,
        &tr.t("srv-my-title"),
        body,
        PageOptions {
            header: Some(my_header(tr, &me.csrf)),
            language_links: Some("/my?".into()),
            ..PageOptions::default()
        },
    )
    .into_response())
}

#[derive(Deserialize, Default)]
pub struct EditForm {
    #[serde(default)]
    csrf: String,
    /// Absent (an older form): the name and birth date stay as they are.
    #[serde(default)]
    family_name: Option<String>,
    #[serde(default)]
    given_name: Option<String>,
    #[serde(default)]
    family_kana: Option<String>,
    #[serde(default)]
    given_kana: Option<String>,
    #[serde(default)]
    birth_calendar: Option<String>,
    #[serde(default)]
    birth_year: Option<String>,
    #[serde(default)]
    birth_month: Option<String>,
    #[serde(default)]
    birth_day: Option<String>,
    /// Absent (an older form): the address stays as it is.
    #[serde(default)]
    postcode: Option<String>,
    /// The index of the town chosen where the postcode stands for several.
    #[serde(default)]
    town: Option<String>,
    /// The postcode the towns were listed for.
    #[serde(default)]
    town_for: Option<String>,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    street: String,
    #[serde(default)]
    building: String,
    #[serde(default)]
    occupation1: String,
    #[serde(default)]
    occupation2: String,
    #[serde(default)]
    occupation3: String,
    #[serde(default)]
    emp_full_time: Option<String>,
    #[serde(default)]
    emp_part_time: Option<String>,
    #[serde(default)]
    emp_dispatch: Option<String>,
    #[serde(default)]
    emp_contract: Option<String>,
    #[serde(default)]
    wage_kind: String,
    #[serde(default)]
    wage_amount: String,
}

/// The fields My Page lets the visitor change; findings elsewhere are for the counter. After
/// 受理 the name, birth date and address wait for the counter ([`crate::pending_change`]).
const EDITABLE: [&str; 12] = [
    "basic.family_name",
    "basic.given_name",
    "basic.family_kana",
    "basic.given_kana",
    "basic.birth_date",
    "contact.postcode",
    "contact.phone",
    "contact.street",
    "contact.building",
    "desired_work.occupations",
    "desired_work.employment_types",
    "desired_work.wage",
];

fn editable(field: &str) -> bool {
    EDITABLE
        .iter()
        .any(|f| field == *f || field.starts_with(&format!("{f}.")))
}

/// The form's id for a finding's field path.
fn form_field(path: &str) -> &'static str {
    if let Some(name) = ["family_name", "given_name", "family_kana", "given_kana"]
        .into_iter()
        .find(|f| path.starts_with(&format!("basic.{f}")))
    {
        name
    } else if path.starts_with("basic.birth_date") {
        "birth_year"
    } else if path.starts_with("contact.postcode") {
        "postcode"
    } else if path.starts_with("contact.phone") {
        "phone"
    } else if path.starts_with("contact.street") {
        "street"
    } else if path.starts_with("contact.building") {
        "building"
    } else if path.starts_with("desired_work.occupations") {
        "occupation1"
    } else if path.starts_with("desired_work.employment_types") {
        "employment"
    } else {
        "wage_amount"
    }
}

impl MyPageForm for EditForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// The calendars a birth date can be given in, with their form values.
const CALENDARS: [(Calendar, &str); 6] = [
    (Calendar::Western, "western"),
    (Calendar::Meiji, "meiji"),
    (Calendar::Taisho, "taisho"),
    (Calendar::Showa, "showa"),
    (Calendar::Heisei, "heisei"),
    (Calendar::Reiwa, "reiwa"),
];

fn apply_edit(app: &Application, form: &EditForm) -> (Application, AddressChange) {
    let mut next = app.clone();
    let b = &mut next.basic;
    for (target, posted) in [
        (&mut b.family_name, &form.family_name),
        (&mut b.given_name, &form.given_name),
        (&mut b.family_kana, &form.family_kana),
        (&mut b.given_kana, &form.given_kana),
        (&mut b.birth_date.year, &form.birth_year),
        (&mut b.birth_date.month, &form.birth_month),
        (&mut b.birth_date.day, &form.birth_day),
    ] {
        if let Some(value) = posted {
            value.clone_into(target);
        }
    }
    if let Some((calendar, _)) = form
        .birth_calendar
        .as_deref()
        .and_then(|code| CALENDARS.iter().find(|(_, c)| *c == code))
    {
        b.birth_date.calendar = *calendar;
    }
    let change = address_change::resolve(
        &app.contact,
        form.postcode.as_deref().unwrap_or(&app.contact.postcode),
        TownChoice {
            town: form.town.as_deref(),
            town_for: form.town_for.as_deref(),
        },
        reference::postcode_addresses,
    );
    change.apply(&mut next.contact);
    next.contact.phone = form.phone.clone();
    next.contact.street = form.street.clone();
    next.contact.building = form.building.clone();
    next.desired_work.occupations = [&form.occupation1, &form.occupation2, &form.occupation3]
        .into_iter()
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    let mut types = Vec::new();
    for (flag, t) in [
        (&form.emp_full_time, EmploymentType::FullTime),
        (&form.emp_part_time, EmploymentType::PartTime),
        (&form.emp_dispatch, EmploymentType::Dispatch),
        (&form.emp_contract, EmploymentType::Contract),
    ] {
        if flag.is_some() {
            types.push(t);
        }
    }
    next.desired_work.employment_types = types;
    next.desired_work.wage.kind = if form.wage_kind == "hourly" {
        WageKind::Hourly
    } else {
        WageKind::Monthly
    };
    next.desired_work.wage.amount = form.wage_amount.clone();
    (next, change)
}

/// The towns to choose from, where the typed postcode stands for several.
struct Towns<'a> {
    postcode: &'a str,
    candidates: &'a [Address],
}

/// Up to this many towns are radio buttons; more (one code covers 70 towns) are a list.
const TOWN_RADIOS: usize = 8;

fn address_line(a: &Address) -> String {
    format!("{}{}{}", a.prefecture, a.city, a.town)
}

fn postcode_fields(
    tr: Tr,
    app: &Application,
    towns: Option<&Towns>,
    error: Option<String>,
) -> Markup {
    let c = &app.contact;
    let shown = view::postcode_text(towns.map_or(c.postcode.as_str(), |t| t.postcode));
    html! {
        div.field {
            label for="postcode" { (tr.t("srv-field-postcode")) span.tag.required { (tr.t("srv-required")) } }
            span.help id="postcode-hint" { (tr.t("srv-my-edit-postcode-hint")) }
            @if let Some(message) = &error { span.error id="postcode-error" { (message) } }
            input #postcode .short type="text" inputmode="numeric" name="postcode" value=(shown)
                autocomplete="postal-code" required
                aria-invalid=[error.as_ref().map(|_| "true")]
                aria-describedby=(if error.is_some() { "postcode-hint postcode-error" } else { "postcode-hint" });
        }
        @match towns {
            Some(t) => {
                input type="hidden" name="town_for" value=(t.postcode);
                @if t.candidates.len() <= TOWN_RADIOS {
                    fieldset.field {
                        legend { (tr.t("srv-field-town")) span.tag.required { (tr.t("srv-required")) } }
                        span.error id="town-error" { (tr.t("srv-my-edit-town-choose")) }
                        @for (i, a) in t.candidates.iter().enumerate() {
                            label.choice {
                                input type="radio" name="town" value=(i) id=(format!("town-{i}")) required;
                                (address_line(a))
                            }
                        }
                    }
                } @else {
                    div.field {
                        label for="town-0" { (tr.t("srv-field-town")) span.tag.required { (tr.t("srv-required")) } }
                        span.error id="town-error" { (tr.t("srv-my-edit-town-choose")) }
                        select id="town-0" name="town" required aria-invalid="true" aria-describedby="town-error" {
                            option value="" { (tr.t("srv-unselected")) }
                            @for (i, a) in t.candidates.iter().enumerate() {
                                option value=(i) { (address_line(a)) }
                            }
                        }
                    }
                }
            },
            None => {
                p.muted {
                    (tr.t("srv-field-address")) ": " (c.prefecture) (c.city) (c.town)
                }
            },
        }
    }
}

fn edit_body(
    tr: Tr,
    app: &Application,
    csrf: &str,
    findings: &[(String, String)],
    towns: Option<&Towns>,
) -> Markup {
    let error_for = |id: &str| {
        findings
            .iter()
            .find(|(f, _)| f == id)
            .map(|(_, m)| m.clone())
    };
    let occupations = Classification::official().groups();
    let chosen_occ = |i: usize| {
        app.desired_work
            .occupations
            .get(i)
            .cloned()
            .unwrap_or_default()
    };
    let text_field = |id: &str, label: &str, value: &str, autocomplete: &str, required: bool| {
        let error = error_for(id);
        html! {
            div.field {
                label for=(id) {
                    (tr.t(label))
                    @if required { span.tag.required { (tr.t("srv-required")) } } @else { span.tag { (tr.t("srv-optional")) } }
                }
                @if let Some(message) = &error { span.error id=(format!("{id}-error")) { (message) } }
                input id=(id) name=(id) type=(if id == "phone" { "tel" } else { "text" }) value=(value)
                    autocomplete=(autocomplete) required[required]
                    aria-invalid=[error.as_ref().map(|_| "true")]
                    aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))];
            }
        }
    };
    html! {
        h1 { (tr.t("srv-my-edit-title")) }
        p { (tr.t("srv-my-edit-lead")) }
        (error_summary(tr, findings))
        form method="post" action="/my/edit" novalidate {
            (csrf_field(csrf))
            h2 { (tr.t("srv-my-edit-person")) }
            p.help { (tr.t("srv-my-edit-checked-note")) }
            (text_field("family_name", "srv-field-family-name", &app.basic.family_name, "family-name", true))
            (text_field("given_name", "srv-field-given-name", &app.basic.given_name, "given-name", true))
            (text_field("family_kana", "srv-field-family-kana", &app.basic.family_kana, "off", true))
            (text_field("given_kana", "srv-field-given-kana", &app.basic.given_kana, "off", true))
            fieldset.field {
                legend { (tr.t("srv-field-birth-date")) span.tag.required { (tr.t("srv-required")) } }
                @if let Some(message) = error_for("birth_year") { span.error id="birth_year-error" { (message) } }
                label for="birth_calendar" { (tr.t("srv-birth-calendar")) }
                select #birth_calendar name="birth_calendar" {
                    @for (calendar, code) in CALENDARS {
                        option value=(code) selected[app.basic.birth_date.calendar == calendar] { (tr.t(&format!("srv-calendar-{code}"))) }
                    }
                }
                label for="birth_year" { (tr.t("srv-birth-year")) }
                input #birth_year .short type="text" inputmode="numeric" name="birth_year" value=(app.basic.birth_date.year)
                    aria-invalid=[error_for("birth_year").map(|_| "true")];
                label for="birth_month" { (tr.t("srv-birth-month")) }
                input #birth_month .short type="text" inputmode="numeric" name="birth_month" value=(app.basic.birth_date.month);
                label for="birth_day" { (tr.t("srv-birth-day")) }
                input #birth_day .short type="text" inputmode="numeric" name="birth_day" value=(app.basic.birth_date.day);
            }
            h2 { (tr.t("srv-my-edit-contact")) }
            (postcode_fields(tr, app, towns, error_for("postcode")))
            (text_field("phone", "srv-field-phone", &app.contact.phone, "tel", true))
            (text_field("street", "srv-field-street", &app.contact.street, "address-line1", true))
            (text_field("building", "srv-field-building", &app.contact.building, "address-line2", false))
            p {
                (tr.t("srv-field-email")) ": " (app.contact.email) " "
                a href="/my/email" { (tr.t("srv-my-email-title")) }
            }
            h2 { (tr.t("srv-my-edit-work")) }
            @for i in 0..3 {
                @let id = format!("occupation{}", i + 1);
                @let error = if i == 0 { error_for("occupation1") } else { None };
                div.field {
                    label for=(id) {
                        (tr.f("srv-field-occupation-n", &[("n", &(i + 1).to_string())]))
                        @if i == 0 { span.tag.required { (tr.t("srv-required")) } } @else { span.tag { (tr.t("srv-optional")) } }
                    }
                    @if let Some(message) = &error { span.error id=(format!("{id}-error")) { (message) } }
                    select id=(id) name=(id) aria-invalid=[error.as_ref().map(|_| "true")] {
                        option value="" { (tr.t("srv-unselected")) }
                        @for group in &occupations {
                            optgroup label=(tr.occupation(&group.code)) {
                                @for code in &group.middles {
                                    option value=(code) selected[chosen_occ(i) == *code] { (tr.occupation(code)) }
                                }
                            }
                        }
                    }
                }
            }
            fieldset.field {
                legend { (tr.t("srv-field-employment-types")) span.tag.required { (tr.t("srv-required")) } }
                @if let Some(message) = error_for("employment") { span.error id="employment" { (message) } }
                @for t in view::EMPLOYMENT_TYPES {
                    @let name = format!("emp_{}", view::employment_code(t).replace('-', "_"));
                    label.choice {
                        input type="checkbox" name=(name) value="on" checked[app.desired_work.employment_types.contains(&t)];
                        (view::employment_name(tr, t))
                    }
                }
            }
            fieldset.field {
                legend { (tr.t("srv-field-wage")) span.tag { (tr.t("srv-optional")) } }
                label.choice {
                    input type="radio" name="wage_kind" value="monthly" checked[app.desired_work.wage.kind == WageKind::Monthly];
                    (tr.t("srv-wage-kind-monthly"))
                }
                label.choice {
                    input type="radio" name="wage_kind" value="hourly" checked[app.desired_work.wage.kind == WageKind::Hourly];
                    (tr.t("srv-wage-kind-hourly"))
                }
                label for="wage_amount" { (tr.t("srv-wage-amount")) }
                @if let Some(message) = error_for("wage_amount") { span.error id="wage_amount-error" { (message) } }
                input #wage_amount .short type="text" inputmode="numeric" name="wage_amount" value=(app.desired_work.wage.amount)
                    aria-invalid=[error_for("wage_amount").map(|_| "true")];
            }
            div.actions {
                button type="submit" { (tr.t("srv-save")) }
                a.button.secondary href="/my" { (tr.t("srv-cancel")) }
            }
        }
    }
}

/// `GET /my/edit`.
pub async fn my_edit(
    State(state): State<AppState>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(me) = my_page(&state, &headers, &query).await? else {
        return Ok(signin_redirect(&query));
    };
    let tr = me.tr;
    let pending = state.db.pending_changes(&me.record.id).await.tr(tr)?;
    Ok(page(
        tr,
        &tr.t("srv-my-edit-title"),
        html! {
            (pending_notice(tr, &pending))
            (edit_body(tr, &me.app, &me.csrf, &[], None))
        },
        PageOptions {
            header: Some(my_header(tr, &me.csrf)),
            language_links: Some("/my/edit?".into()),
            ..PageOptions::default()
        },
    )
    .into_response())
}

/// `POST /my/edit`: checked with core's rules for the two screens; saved only when the
/// fields the visitor can change here pass.
pub async fn my_edit_save(
    State(state): State<AppState>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
    form: Result<Form<EditForm>, FormRejection>,
) -> Result<Response, PageError> {
    let (me, form) = match my_post(&state, &headers, &query, form).await? {
        Ok(posted) => posted,
        Err(redirect) => return Ok(redirect),
    };
    let tr = me.tr;
    let (edited, change) = apply_edit(&me.app, &form);
    let checked = |app: &Application| {
        reference::with_context(state.clock.today(), |cx| {
            let mut next = app.clone();
            let mut findings = Vec::new();
            for step in [Step::Basic, Step::Contact, Step::DesiredWork] {
                let report = check::step(&next, step, cx);
                next = report.application;
                findings.extend(report.findings);
            }
            (next, findings)
        })
    };
    let (normalised, findings) = checked(&edited);
    // What is stored, normalised the same way, so an untouched field never counts as changed.
    let (current, _) = checked(&me.app);
    let mut blocking: Vec<(String, String)> = findings
        .iter()
        .filter(|f| editable(&f.field) && f.severity == madoguchi_core::Severity::Error)
        .map(|f| (form_field(&f.field).to_owned(), tr.finding(f)))
        .collect();
    let towns = match &change {
        AddressChange::Choose {
            postcode,
            candidates,
        } => {
            blocking.push(("town-0".to_owned(), tr.t("srv-my-edit-town-choose")));
            Some(Towns {
                postcode,
                candidates,
            })
        }
        _ => None,
    };
    if !blocking.is_empty() {
        return Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            page(
                tr,
                &tr.t("srv-my-edit-title"),
                edit_body(tr, &normalised, &me.csrf, &blocking, towns.as_ref()),
                PageOptions {
                    header: Some(my_header(tr, &me.csrf)),
                    ..PageOptions::default()
                },
            ),
        )
            .into_response());
    }
    let accepted = me.record.status == Status::Accepted;
    let (save, changes) = pending_change::split_edit(&current, &normalised, accepted);
    let (applied, requested) = if accepted {
        (Vec::new(), changes)
    } else {
        (changes, Vec::new())
    };
    let json = serde_json::to_string(&save).map_err(|e| PageError::internal(tr, e))?;
    let mut rng = secret::os_rng();
    state
        .db
        .save_my_page_edit(
            &me.record.id,
            &json,
            &applied,
            &requested,
            state.now(),
            || secret::id("chg", &mut rng),
        )
        .await
        .tr(tr)?;
    Ok(web::see_other(if requested.is_empty() {
        "/my?saved=1"
    } else {
        "/my?saved=pending"
    }))
}

#[derive(Deserialize)]
pub struct SignInForm {
    email: String,
    password: String,
    #[serde(default)]
    csrf: String,
}

fn signin_body(tr: Tr, error: Option<String>, email: &str, csrf: &str) -> Markup {
    let errors: Vec<(String, String)> = error
        .iter()
        .map(|m| ("email".to_owned(), m.clone()))
        .collect();
    html! {
        h1 { (tr.t("srv-my-signin-title")) }
        (error_summary(tr, &errors))
        form method="post" action=(format!("/my/signin?lang={}", tr.lang.code())) {
            (csrf_field(csrf))
            div.field {
                label for="email" { (tr.t("srv-field-email")) }
                input #email type="email" name="email" value=(email) autocomplete="username" required;
            }
            div.field {
                label for="password" { (tr.t("srv-password-label")) }
                input #password type="password" name="password" autocomplete="current-password" required;
            }
            div.actions { button type="submit" { (tr.t("srv-sign-in")) } }
        }
        p.muted { (tr.t("srv-my-signin-help")) }
    }
}

/// The sign-in page with its pre-session CSRF token (and the cookie, when it is new).
fn my_signin_page(
    state: &AppState,
    tr: Tr,
    headers: &HeaderMap,
    problem: Option<(axum::http::StatusCode, &str)>,
    email: &str,
) -> Response {
    let (csrf, set) = web::sign_in_token(
        headers,
        state.settings.secure_cookies(),
        &mut secret::os_rng(),
    );
    let status = problem.map_or(axum::http::StatusCode::OK, |(status, _)| status);
    let language_links = problem.is_none().then(|| "/my/signin?".to_owned());
    let error = problem.map(|(_, id)| tr.t(id));
    let mut response = (
        status,
        page(
            tr,
            &tr.t("srv-my-signin-title"),
            signin_body(tr, error, email, &csrf),
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

/// `GET /my/signin`.
pub async fn my_signin_form(
    State(state): State<AppState>,
    web::Lang(tr): web::Lang,
    headers: HeaderMap,
) -> Response {
    my_signin_page(&state, tr, &headers, None, "")
}

/// `POST /my/signin`.
pub async fn my_signin(
    State(state): State<AppState>,
    web::Lang(tr): web::Lang,
    Client(client): Client,
    headers: HeaderMap,
    form: Result<Form<SignInForm>, FormRejection>,
) -> Result<Response, PageError> {
    let Ok(Form(form)) = form else {
        return Err(PageError::bad_request(tr));
    };
    if !web::sign_in_token_matches(&headers, state.settings.secure_cookies(), &form.csrf) {
        // A form from another site, or one left open past its token's hour: nothing is tried,
        // and the form comes back with a fresh token.
        let expired = (
            axum::http::StatusCode::FORBIDDEN,
            "srv-sign-in-form-expired",
        );
        return Ok(my_signin_page(
            &state,
            tr,
            &headers,
            Some(expired),
            &form.email,
        ));
    }
    let login = form.email.trim().to_lowercase();
    let gate = auth::SignInGate::enter(&state, "my", &client, &login)
        .await
        .map_err(|wait| PageError::limited(tr, wait))?;
    let found = continuation::sign_in(&state, &login, &form.password)
        .await
        .tr(tr)?;
    if found.is_some() {
        gate.succeeded(&state).await;
    } else {
        gate.failed(&state).await;
    }
    match found {
        Some(record) => {
            let session = auth::start_session(
                &state.db,
                SessionKind::MyPage,
                &record.id,
                state.now(),
                state.settings.session_ttl.whole_seconds(),
                &mut secret::os_rng(),
            )
            .await
            .tr(tr)?;
            let mut response = web::see_other("/my");
            response.headers_mut().append(
                header::SET_COOKIE,
                session_cookie(&state, MY_PAGE_COOKIE, &session.cookie),
            );
            Ok(response)
        }
        None => Ok(my_signin_page(
            &state,
            tr,
            &headers,
            Some((axum::http::StatusCode::UNAUTHORIZED, "srv-sign-in-failed")),
            &form.email,
        )),
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /my/signout`.
pub async fn my_signout(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Result<Response, PageError> {
    let query = LangQuery::default();
    if let Some(me) = my_page(&state, &headers, &query).await? {
        let csrf = form.map(|Form(f)| f.csrf).unwrap_or_default();
        if !auth::csrf_matches(&me.csrf, &csrf) {
            return Err(PageError::forbidden(me.tr));
        }
        let secure = state.settings.secure_cookies();
        if let Some(cookie) = web::our_cookie(&headers, MY_PAGE_COOKIE, secure) {
            auth::end_session(&state.db, &cookie).await.tr(me.tr)?;
        }
    }
    let mut response = web::see_other("/my/signin");
    response.headers_mut().append(
        header::SET_COOKIE,
        web::our_set_cookie(MY_PAGE_COOKIE, "", 0, state.settings.secure_cookies()),
    );
    Ok(response)
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
