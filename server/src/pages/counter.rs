//! The counter console: staff sign in, find today's kiosk applications by receipt number, check
//! identity, accept (求職番号) or return, print the 求職受付票, and decide the name, birth date and
//! address changes a visitor asked for on My Page after 受理 (with the audit of every change).
//! Handlers are thin; the rules are in [`crate::counter`] and [`crate::pending_change`].
//!
//! Every page needs a staff session ([`Staff`]: an `HttpOnly` cookie holding a random id,
//! stored hashed); every form carries the session's CSRF token ([`CsrfForm`]). Staff see only
//! their office; admins see all, choosing an office where a page is about one. Another office's
//! application answers 404, as if it did not exist; a page a role may not see answers 403.

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use madoguchi_core::receipt::ReceiptNumber;
use madoguchi_core::{Application, Finding, Language, Severity};
use maud::{html, Markup};
use serde::Deserialize;
use time::Date;

use super::correction;
use super::extract::{CsrfForm, NoFields, SignInForm, Staff, STAFF_COOKIE};
use super::sign_in::{open_session, sign_in_page};
use crate::auth;
use crate::clock::{day_bounds, format_local, local};
use crate::counter::{self, CounterError, IDENTITY_DOCUMENTS};
use crate::i18n::Tr;
use crate::pending_change::{self, Actor, AuditEntry, PendingChange};
use crate::secret;
use crate::state::AppState;
use crate::storage::{ApplicationRecord, CorrectionLine, Office, Role, SessionKind, Status};
use crate::view;
use crate::web::{self, csrf_field, page, Client, Lang, PageError, PageOptions, WithTr as _};

/// Sign-in and sign-out, today's list, one application and what is done with it.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter", get(list))
        .route("/counter/signin", get(signin_form).post(signin))
        .route("/counter/signout", post(signout))
        .route("/counter/applications/{id}", get(detail))
        .route("/counter/applications/{id}/identity", post(identity))
        .route("/counter/applications/{id}/accept", post(accept))
        .route(
            "/counter/applications/{id}/changes/{change}",
            post(decide_change),
        )
        .route(
            "/counter/applications/{id}/return",
            post(return_application),
        )
        .route("/counter/applications/{id}/print", get(print))
}

/// How far back a typed receipt number is looked for: the counter sees visitors for days after
/// the kiosk, long after the QR's token has expired.
const RECEIPT_LOOKBACK: time::Duration = time::Duration::days(14);

impl Staff {
    fn header(&self) -> Markup {
        let tr = self.tr;
        html! {
            nav aria-label=(tr.t("srv-counter-nav")) {
                a href="/counter" { (tr.t("srv-counter-title")) }
                a href="/counter/scorecard" { (tr.t("srv-scorecard-title")) }
                a href="/counter/tallies" { (tr.t("srv-tally-title")) }
                a href="/counter/survey" { (tr.t("srv-survey-report-title")) }
                a href="/counter/fleet" { (tr.t("srv-fleet-title")) }
                a href="/counter/calls" { (tr.t("srv-calls-title")) }
                a href="/counter/staff-codes" { (tr.t("srv-staff-codes-title")) }
            }
            span.who {
                (self.user.display_name) " · "
                (tr.t(if self.user.role == Role::Admin { "srv-role-admin" } else { "srv-role-staff" }))
                @if let Some(office) = &self.user.office_code { " · " (office) }
            }
            form.inline-form method="post" action="/counter/signout" {
                (csrf_field(&self.csrf))
                button.link type="submit" { (tr.t("srv-sign-out")) }
            }
            (super::calls::live_region(tr))
        }
    }

    /// A counter page: the signed-in line with the console's links, tables at full width.
    pub(super) fn page(&self, title: &str, body: Markup, language_base: &str) -> Response {
        page(
            self.tr,
            title,
            body,
            PageOptions {
                header: Some(self.header()),
                language_links: Some(language_base.to_owned()),
                wide: true,
                ..PageOptions::default()
            },
        )
        .into_response()
    }
}

/// What a refused counter rule shows.
pub(super) fn counter_error(tr: Tr, e: CounterError) -> PageError {
    match e {
        CounterError::NotFound => PageError::not_found(tr),
        CounterError::Forbidden => PageError::forbidden(tr),
        CounterError::Storage(detail) => PageError::internal(tr, detail),
        _ => PageError::bad_request(tr),
    }
}

fn signin_body(tr: Tr, error: Option<String>, login: &str, csrf: &str) -> Markup {
    let errors: Vec<(String, String)> = error
        .map(|message| ("login".to_owned(), message))
        .into_iter()
        .collect();
    html! {
        h1 { (tr.t("srv-counter-signin-title")) }
        (web::error_summary(tr, &errors))
        form method="post" action="/counter/signin" {
            (csrf_field(csrf))
            div.field {
                label for="login" { (tr.t("srv-counter-login")) }
                input #login type="text" name="login" value=(login) autocomplete="username" required
                    autocapitalize="none" spellcheck="false";
            }
            div.field {
                label for="password" { (tr.t("srv-password-label")) }
                input #password type="password" name="password" autocomplete="current-password" required;
            }
            div.actions { button type="submit" { (tr.t("srv-sign-in")) } }
        }
    }
}

/// The counter's sign-in page, with a problem or without.
fn signin_page(
    state: &AppState,
    tr: Tr,
    headers: &HeaderMap,
    problem: Option<(StatusCode, &str)>,
    login: &str,
) -> Response {
    let page_of = ("/counter/signin", "srv-counter-signin-title");
    sign_in_page(state, tr, headers, problem, page_of, |error, csrf| {
        signin_body(tr, error, login, csrf)
    })
}

/// `GET /counter/signin`.
pub async fn signin_form(
    State(state): State<AppState>,
    Lang(tr): Lang,
    headers: HeaderMap,
) -> Response {
    signin_page(&state, tr, &headers, None, "")
}

/// `POST /counter/signin`: a new session on every sign-in (no fixation).
pub async fn signin(
    State(state): State<AppState>,
    Lang(tr): Lang,
    Client(client): Client,
    headers: HeaderMap,
    form: SignInForm,
) -> Result<Response, PageError> {
    let login = form.login.trim().to_owned();
    if !form.is_fresh(&state, &headers) {
        // Nothing is tried; the form comes back with a fresh token.
        let expired = (StatusCode::FORBIDDEN, "srv-sign-in-form-expired");
        return Ok(signin_page(&state, tr, &headers, Some(expired), &login));
    }
    let gate = auth::SignInGate::enter(&state, "staff", &client, &login)
        .await
        .map_err(|wait| PageError::limited(tr, wait))?;
    let user = state.db.user_by_login(&login).await.tr(tr)?;
    let ok = auth::verify_password(
        form.password,
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await;
    if ok && user.is_some() {
        gate.succeeded(&state).await;
    } else {
        gate.failed(&state).await;
    }
    match user.filter(|_| ok) {
        Some(user) => {
            let subject = (SessionKind::Staff, user.id.as_str());
            let response = open_session(&state, tr, subject, STAFF_COOKIE, "/counter").await?;
            tracing::info!(user = %user.login, "staff signed in");
            Ok(response)
        }
        None => Ok(signin_page(
            &state,
            tr,
            &headers,
            Some((StatusCode::UNAUTHORIZED, "srv-counter-sign-in-failed")),
            &login,
        )),
    }
}

/// `POST /counter/signout`.
pub async fn signout(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    form: Result<CsrfForm<NoFields>, PageError>,
) -> Result<Response, PageError> {
    // A malformed form counts as a wrong token.
    form.map_err(|_| PageError::forbidden(staff.tr))?;
    let secure = state.settings.secure_cookies();
    if let Some(cookie) = web::our_cookie(&headers, STAFF_COOKIE, secure) {
        auth::end_session(&state.db, &cookie).await.tr(staff.tr)?;
    }
    let mut response = web::see_other("/counter/signin");
    response.headers_mut().append(
        header::SET_COOKIE,
        web::our_set_cookie(STAFF_COOKIE, "", 0, secure),
    );
    Ok(response)
}

// ---------------------------------------------------------------------------------------------
// Today's list

#[derive(Deserialize, Default)]
pub struct ListQuery {
    office: Option<String>,
    receipt: Option<String>,
    date: Option<String>,
}

fn findings_of(record: &ApplicationRecord) -> Vec<Finding> {
    serde_json::from_str(&record.findings_json).unwrap_or_default()
}

fn application_of(record: &ApplicationRecord) -> Application {
    serde_json::from_str(&record.application_json).unwrap_or_default()
}

/// The office select for admins; staff see their office as text.
pub(super) fn office_picker(
    tr: Tr,
    staff: &Staff,
    offices: &[Office],
    current: Option<&str>,
    all_allowed: bool,
) -> Markup {
    html! {
        @if staff.user.role == Role::Admin {
            div.field {
                label for="office" { (tr.t("srv-counter-office")) }
                select #office name="office" {
                    @if all_allowed { option value="" { (tr.t("srv-counter-all-offices")) } }
                    @for o in offices {
                        option value=(o.code) selected[current == Some(o.code.as_str())] { (o.code) " " (o.name) }
                    }
                }
            }
        }
    }
}

/// `GET /counter`: today's kiosk applications, newest first, or the ones with a receipt number.
pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let scope = counter::office_scope(&staff.user, query.office.as_deref())
        .map_err(|e| counter_error(tr, e))?;
    let offices = state.db.offices().await.tr(tr)?;
    let Some(office) = scope.or_else(|| offices.first().map(|o| o.code.clone())) else {
        return Ok(staff.page(
            &tr.t("srv-counter-title"),
            html! { p { (tr.t("srv-counter-no-offices")) } },
            "/counter?",
        ));
    };
    let today = state.clock.today();
    let day = query
        .date
        .as_deref()
        .and_then(|d| {
            Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).ok()
        })
        .unwrap_or(today);
    let receipt_typed = query.receipt.clone().unwrap_or_default();
    let receipt = ReceiptNumber::parse(&receipt_typed);
    let (from, to) = match &receipt {
        // A receipt is looked for over the last two weeks (the QR itself lives only hours).
        Some(_) => (
            state.now() - RECEIPT_LOOKBACK.whole_seconds(),
            day_bounds(today).1,
        ),
        None => day_bounds(day),
    };
    let rows = state
        .db
        .applications_received(&office, from, to, receipt.as_ref().map(|r| r.as_str()))
        .await
        .tr(tr)?;
    let body = html! {
        h1 { (tr.t("srv-counter-title")) }
        form.filters method="get" action="/counter" {
            (office_picker(tr, &staff, &offices, Some(&office), false))
            div.field {
                label for="receipt" { (tr.t("srv-field-receipt")) }
                input #receipt .short type="search" name="receipt" value=(receipt_typed) autocomplete="off"
                    autocapitalize="characters" spellcheck="false";
            }
            div.field {
                label for="date" { (tr.t("srv-counter-date")) }
                input #date .short type="text" name="date" value=(day.to_string()) inputmode="numeric" placeholder="YYYY-MM-DD";
            }
            button.secondary type="submit" { (tr.t("srv-counter-search")) }
        }
        @if !receipt_typed.trim().is_empty() && receipt.is_none() {
            div.notice.error role="alert" { p { (tr.t("srv-counter-receipt-invalid")) } }
        }
        h2 {
            @if let Some(r) = &receipt { (tr.f("srv-counter-results-receipt", &[("receipt", r.as_str())])) }
            @else { (tr.f("srv-counter-results-day", &[("date", &day.to_string()), ("count", &rows.len().to_string())])) }
        }
        @if rows.is_empty() {
            p { (tr.t("srv-counter-none")) }
        } @else {
            div.table-wrap {
                table {
                    caption.muted { (tr.f("srv-counter-office-caption", &[("office", &office)])) }
                    thead { tr {
                        th scope="col" { (tr.t("srv-field-receipt")) }
                        th scope="col" { (tr.t("srv-counter-received-at")) }
                        th scope="col" { (tr.t("srv-field-name")) }
                        th scope="col" { (tr.t("srv-field-kana")) }
                        th scope="col" { (tr.t("srv-field-status")) }
                        th scope="col" { (tr.t("srv-counter-findings")) }
                    } }
                    tbody {
                        @for r in &rows {
                            @let app = application_of(r);
                            @let findings = findings_of(r);
                            tr {
                                td { a.receipt-link href=(format!("/counter/applications/{}", r.id)) { strong { (r.receipt) } } }
                                td { (format_local(r.received_at)) }
                                td { (app.basic.family_name) " " (app.basic.given_name) }
                                td { (app.basic.family_kana) " " (app.basic.given_kana) }
                                td { (view::status_badge(tr, r.status)) }
                                td.number { (findings.len()) }
                            }
                        }
                    }
                }
            }
        }
    };
    let replaced = crate::export::sjis_replacements(&state.db, &office, day)
        .await
        .map_err(|e| PageError::internal(tr, e))?;
    let body = html! {
        (body)
        (super::export::export_section(tr, &office, day, &replaced))
    };
    Ok(staff.page(&tr.t("srv-counter-title"), body, "/counter?"))
}

// ---------------------------------------------------------------------------------------------
// One application

fn document_name(tr: Tr, code: &str) -> String {
    tr.t(&format!("srv-id-doc-{code}"))
}

fn finding_list(tr: Tr, findings: &[Finding]) -> Markup {
    html! {
        @if !findings.is_empty() {
            div.notice.warning {
                h2 { (tr.t("srv-counter-findings-title")) }
                p { (tr.t("srv-counter-findings-lead")) }
                ul {
                    @for f in findings {
                        li class=(if f.severity == Severity::Error { "finding error" } else { "finding warning" }) {
                            code { (f.field) } " — " (tr.finding(f))
                        }
                    }
                }
            }
        }
    }
}

/// The changes of one application for the counter: waiting ones, the audit, and the counter's
/// own corrections.
struct Changes {
    pending: Vec<PendingChange>,
    audit: Vec<AuditEntry>,
    corrections: Vec<CorrectionLine>,
}

async fn changes_of(state: &AppState, tr: Tr, id: &str) -> Result<Changes, PageError> {
    Ok(Changes {
        pending: state.db.pending_changes(id).await.tr(tr)?,
        audit: state.db.change_audit(id).await.tr(tr)?,
        corrections: state.db.corrections(id).await.tr(tr)?,
    })
}

/// Changes asked for on My Page after 受理, each with accept and refuse; then the audit.
fn changes_section(tr: Tr, staff: &Staff, base: &str, changes: &Changes) -> Markup {
    html! {
        @if !changes.pending.is_empty() {
            section.notice.warning aria-labelledby="pending-changes" {
                h2 id="pending-changes" { (tr.t("srv-change-pending-title")) }
                p { (tr.t("srv-change-pending-lead")) }
                @for c in &changes.pending {
                    div.pending-change {
                        h3 { (tr.t(c.field.label_id())) }
                        dl.summary {
                            dt { (tr.t("srv-change-old")) }
                            dd { (pending_change::display(tr, c.field, &c.old)) }
                            dt { (tr.t("srv-change-new")) }
                            dd { strong { (pending_change::display(tr, c.field, &c.new)) } }
                            dt { (tr.t("srv-change-when")) }
                            dd { (format_local(c.requested_at)) }
                        }
                        form.inline-form method="post" action=(format!("{base}/changes/{}", c.id)) {
                            (csrf_field(&staff.csrf))
                            button type="submit" name="decision" value="accept" { (tr.t("srv-change-accept")) }
                            " "
                            button.secondary type="submit" name="decision" value="refuse" { (tr.t("srv-change-refuse")) }
                        }
                    }
                }
            }
        }
        h2 { (tr.t("srv-change-audit-title")) }
        @if changes.audit.is_empty() {
            p.muted { (tr.t("srv-change-audit-none")) }
        } @else {
            div.table-wrap {
                table.change-audit {
                    thead { tr {
                        th scope="col" { (tr.t("srv-change-when")) }
                        th scope="col" { (tr.t("srv-change-who")) }
                        th scope="col" { (tr.t("srv-change-action")) }
                        th scope="col" { (tr.t("srv-change-field")) }
                        th scope="col" { (tr.t("srv-change-old")) }
                        th scope="col" { (tr.t("srv-change-new")) }
                    } }
                    tbody {
                        @for e in &changes.audit {
                            tr {
                                td { (format_local(e.at)) }
                                td {
                                    @match &e.actor {
                                        Actor::Visitor => (tr.t("srv-change-by-visitor")),
                                        Actor::Staff(login) => (login),
                                    }
                                }
                                td { (tr.t(&format!("srv-change-action-{}", e.action.code()))) }
                                td { (tr.t(e.field.label_id())) }
                                td { (pending_change::display(tr, e.field, &e.old)) }
                                td { (pending_change::display(tr, e.field, &e.new)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn detail_body(
    tr: Tr,
    staff: &Staff,
    r: &ApplicationRecord,
    problem: Option<String>,
    changes: &Changes,
) -> Markup {
    let app = application_of(r);
    let findings = findings_of(r);
    let base = format!("/counter/applications/{}", r.id);
    let visitor_lang = Language::from_code(&r.language).unwrap_or_default();
    html! {
        p { a href="/counter" { "← " (tr.t("srv-counter-back")) } }
        h1 { (tr.t("srv-field-receipt")) " " span.receipt-number { (r.receipt) } }
        @if let Some(message) = problem {
            div.notice.error role="alert" { p { (message) } }
        }
        dl.summary {
            dt { (tr.t("srv-field-status")) }
            dd { (view::status_badge(tr, r.status)) }
            @if let Some(number) = &r.job_seeker_number {
                dt { (tr.t("srv-field-job-seeker-number")) }
                dd { span.receipt-number { (view::job_seeker_number(number)) } }
            }
            @if let Some(reason) = &r.return_reason {
                dt { (tr.t("srv-counter-return-reason")) }
                dd { (reason) }
            }
            dt { (tr.t("srv-counter-received-at")) }
            dd { (format_local(r.received_at)) " (" (r.kiosk_id) ")" }
            dt { (tr.t("srv-counter-visitor-language")) }
            dd { (web::language_label(visitor_lang)) }
            dt { (tr.t("srv-counter-my-page")) }
            dd { (tr.t(if r.my_page_opened_at.is_some() { "srv-counter-my-page-open" } else { "srv-counter-my-page-not-open" })) }
        }
        (finding_list(tr, &findings))
        h2 { (tr.t("srv-counter-application-title")) }
        dl.summary { (view::full_rows(tr, &app)) }
        p.muted { (tr.f("srv-counter-birth-calendar", &[("calendar", view::calendar_name(app.basic.birth_date.calendar))])) }

        @if r.status == Status::Provisional {
            h2 { (tr.t("srv-counter-identity-title")) }
            @if let (Some(at), Some(doc)) = (r.identity_checked_at, &r.identity_document) {
                div.notice.ok { p { (tr.f("srv-counter-identity-done", &[
                    ("document", &document_name(tr, doc)),
                    ("time", &format_local(at)),
                    ("by", r.identity_checked_by.as_deref().unwrap_or_default()),
                ])) } }
            }
            form method="post" action=(format!("{base}/identity")) {
                (csrf_field(&staff.csrf))
                div.field {
                    label for="document" { (tr.t("srv-counter-identity-document")) }
                    select #document name="document" required {
                        @for code in IDENTITY_DOCUMENTS {
                            option value=(code) selected[r.identity_document.as_deref() == Some(code)] { (document_name(tr, code)) }
                        }
                    }
                }
                button.secondary type="submit" { (tr.t("srv-counter-identity-submit")) }
            }
            h2 { (tr.t("srv-counter-decision-title")) }
            form method="post" action=(format!("{base}/accept")) {
                (csrf_field(&staff.csrf))
                p { (tr.t("srv-counter-accept-lead")) }
                button type="submit" disabled[r.identity_checked_at.is_none()] aria-describedby="accept-help" { (tr.t("srv-counter-accept")) }
                @if r.identity_checked_at.is_none() {
                    p.muted id="accept-help" { (tr.t("srv-counter-accept-needs-identity")) }
                }
            }
            form method="post" action=(format!("{base}/return")) {
                (csrf_field(&staff.csrf))
                div.field {
                    label for="reason" { (tr.t("srv-counter-return-reason")) }
                    span.help id="reason-help" { (tr.t("srv-counter-return-help")) }
                    textarea #reason name="reason" rows="3" maxlength="500" required aria-describedby="reason-help" {}
                }
                button.danger type="submit" { (tr.t("srv-counter-return")) }
            }
        }
        @if r.status == Status::Accepted {
            div.actions {
                a.button href=(format!("{base}/print?paper=a4")) { (tr.t("srv-counter-print-a4")) }
                a.button.secondary href=(format!("{base}/print?paper=receipt")) { (tr.t("srv-counter-print-receipt")) }
            }
        }
        div.actions {
            a.button.secondary href=(format!("{base}/form.pdf")) { (tr.t("srv-form-print")) }
        }
        (correction::history_section(tr, &base, &changes.corrections))
        (changes_section(tr, staff, &base, changes))
    }
}

/// `GET /counter/applications/{id}`.
pub async fn detail(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let record = counter::application_for(&state.db, &staff.user, &id)
        .await
        .map_err(|e| counter_error(tr, e))?;
    let changes = changes_of(&state, tr, &record.id).await?;
    Ok(staff.page(
        &tr.f(
            "srv-counter-application-page",
            &[("receipt", &record.receipt)],
        ),
        detail_body(tr, &staff, &record, None, &changes),
        &format!("/counter/applications/{id}?"),
    ))
}

#[derive(Deserialize)]
pub struct IdentityForm {
    #[serde(default)]
    document: String,
}

#[derive(Deserialize)]
pub struct ReturnForm {
    #[serde(default)]
    reason: String,
}

/// The detail page again with a message, after a refused action.
async fn detail_with(
    state: &AppState,
    staff: &Staff,
    id: &str,
    status: StatusCode,
    message: String,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let record = counter::application_for(&state.db, &staff.user, id)
        .await
        .map_err(|e| counter_error(tr, e))?;
    let changes = changes_of(state, tr, &record.id).await?;
    let mut response = staff.page(
        &tr.f(
            "srv-counter-application-page",
            &[("receipt", &record.receipt)],
        ),
        detail_body(tr, staff, &record, Some(message), &changes),
        &format!("/counter/applications/{id}?"),
    );
    *response.status_mut() = status;
    Ok(response)
}

fn refused_message(tr: Tr, e: &CounterError) -> Option<(StatusCode, String)> {
    match e {
        CounterError::IdentityNotChecked => Some((
            StatusCode::CONFLICT,
            tr.t("srv-counter-accept-needs-identity"),
        )),
        CounterError::AlreadyDecided => {
            Some((StatusCode::CONFLICT, tr.t("srv-counter-already-decided")))
        }
        CounterError::ReasonInvalid => Some((
            StatusCode::UNPROCESSABLE_ENTITY,
            tr.t("srv-counter-return-reason-invalid"),
        )),
        CounterError::DocumentInvalid => Some((
            StatusCode::UNPROCESSABLE_ENTITY,
            tr.t("srv-counter-identity-invalid"),
        )),
        _ => None,
    }
}

async fn after(
    state: &AppState,
    staff: &Staff,
    id: &str,
    result: Result<(), CounterError>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(web::see_other(&format!("/counter/applications/{id}"))),
        Err(e) => match refused_message(staff.tr, &e) {
            Some((status, message)) => detail_with(state, staff, id, status, message).await,
            None => Err(counter_error(staff.tr, e)),
        },
    }
}

/// `POST /counter/applications/{id}/identity`.
pub async fn identity(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<IdentityForm>,
) -> Result<Response, PageError> {
    let result =
        counter::check_identity(&state.db, &staff.user, &id, &form.document, state.now()).await;
    after(&state, &staff, &id, result).await
}

/// `POST /counter/applications/{id}/accept`.
pub async fn accept(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let result = counter::accept(&state.db, &staff.user, &id, state.now())
        .await
        .map(|_| ());
    after(&state, &staff, &id, result).await
}

/// `POST /counter/applications/{id}/return`.
pub async fn return_application(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReturnForm>,
) -> Result<Response, PageError> {
    let result =
        counter::return_application(&state.db, &staff.user, &id, &form.reason, state.now()).await;
    after(&state, &staff, &id, result).await
}

#[derive(Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    decision: String,
}

/// `POST /counter/applications/{id}/changes/{change}`: accept or refuse a change asked for on
/// My Page after 受理.
pub async fn decide_change(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, change)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, PageError> {
    let accept = match form.decision.as_str() {
        "accept" => true,
        "refuse" => false,
        _ => return Err(PageError::bad_request(staff.tr)),
    };
    let decided = pending_change::decide(
        &state.db,
        &staff.user,
        &id,
        &change,
        accept,
        state.now(),
        &mut secret::os_rng(),
    )
    .await
    .map_err(|e| counter_error(staff.tr, e))?;
    if decided {
        Ok(web::see_other(&format!("/counter/applications/{id}")))
    } else {
        let message = staff.tr.t("srv-change-already-decided");
        detail_with(&state, &staff, &id, StatusCode::CONFLICT, message).await
    }
}

#[derive(Deserialize, Default)]
pub struct PrintQuery {
    paper: Option<String>,
}

/// `GET /counter/applications/{id}/print?paper=a4|receipt`: the 求職受付票.
pub async fn print(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    Query(query): Query<PrintQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let r = counter::application_for(&state.db, &staff.user, &id)
        .await
        .map_err(|e| counter_error(tr, e))?;
    let Some(number) = r.job_seeker_number.clone() else {
        return Err(PageError::not_found(tr));
    };
    let receipt_paper = query.paper.as_deref() == Some("receipt");
    let office = state.db.office(&r.office_code).await.tr(tr)?;
    let app = application_of(&r);
    let decided = r.decided_at.unwrap_or(r.received_at);
    let decided_date = local(decided).date();
    let body = html! {
        div.actions.no-print {
            a.button.secondary href=(format!("/counter/applications/{}", r.id)) { "← " (tr.t("srv-counter-back")) }
            span.muted { (tr.t("srv-counter-print-hint")) }
        }
        article.slip {
            h1 { (tr.t("srv-slip-title")) }
            p { (office.as_ref().map(|o| o.name.as_str()).unwrap_or(&r.office_code)) " (" (r.office_code) ")" }
            dl.summary {
                dt { (tr.t("srv-field-job-seeker-number")) }
                dd.number { (view::job_seeker_number(&number)) }
                dt { (tr.t("srv-slip-accepted-on")) }
                dd { (view::date_text(tr, decided_date)) }
                dt { (tr.t("srv-field-name")) }
                dd { (app.basic.family_name) " " (app.basic.given_name) }
                dt { (tr.t("srv-field-kana")) }
                dd { (app.basic.family_kana) " " (app.basic.given_kana) }
                dt { (tr.t("srv-field-birth-date")) }
                dd { (view::birth_date_text(tr, &app)) }
                dt { (tr.t("srv-field-address")) }
                dd { (view::address_text(&app)) }
                dt { (tr.t("srv-field-phone")) }
                dd { (app.contact.phone) }
                dt { (tr.t("srv-field-occupations")) }
                dd {
                    @for (i, code) in app.desired_work.occupations.iter().enumerate() {
                        @if i > 0 { "、" }
                        (tr.occupation(code))
                    }
                }
                dt { (tr.t("srv-field-receipt")) }
                dd { (r.receipt) }
                dt { (tr.t("srv-slip-identity")) }
                dd { (r.identity_document.as_deref().map(|d| document_name(tr, d)).unwrap_or_default()) }
                dt { (tr.t("srv-slip-staff")) }
                dd { (r.decided_by.as_deref().unwrap_or_default()) }
            }
            p { (tr.t("srv-slip-note")) }
        }
    };
    let sheet = if receipt_paper {
        "/static/print-receipt.css"
    } else {
        "/static/print-a4.css"
    };
    Ok(page(
        tr,
        &tr.t("srv-slip-title"),
        body,
        PageOptions {
            stylesheet: Some(sheet),
            ..PageOptions::default()
        },
    )
    .into_response())
}
