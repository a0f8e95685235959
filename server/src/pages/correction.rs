//! The counter's corrections: every field of a received application with a link to correct it,
//! the form for one field, the history of corrections (shown on the application's page) and
//! the visitor's version as received. Handlers are thin; the rules are in
//! [`crate::correction`].
//!
//! Like every counter page: a staff session ([`Staff`]), the application's office only (another
//! office's answers 404), and the session's CSRF token on the form ([`CsrfForm`]).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use madoguchi_core::correction::{self, Entry, Field};
use madoguchi_core::Finding;
use maud::{html, Markup};
use serde::Deserialize;

use super::counter::counter_error;
use super::extract::{CsrfForm, Staff};
use crate::clock::format_local;
use crate::correction::{self as rules, application_of, concerns, CorrectionRefused, Request};
use crate::counter;
use crate::form_pdf;
use crate::i18n::Tr;
use crate::secret;
use crate::state::AppState;
use crate::storage::{ApplicationRecord, CorrectionLine};
use crate::view;
use crate::web::{csrf_field, PageError, WithTr as _};
use crate::work_history::JobForm;

/// The correction form and its post, and the version as received.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter/applications/{id}/correct", get(form).post(submit))
        .route("/counter/applications/{id}/correct/add-job", post(add_job))
        .route("/counter/applications/{id}/received", get(received))
}

#[derive(Deserialize, Default)]
pub struct FieldQuery {
    /// The field to correct.
    field: Option<String>,
    /// The field just corrected.
    done: Option<String>,
}

/// A job the visitor left out, as staff add it: the job in the shape My Page posts it too.
#[derive(Deserialize)]
pub struct AddJobForm {
    #[serde(flatten)]
    job: JobForm,
    #[serde(default)]
    version: String,
}

#[derive(Deserialize)]
pub struct CorrectionForm {
    #[serde(default)]
    field: String,
    #[serde(default)]
    value: String,
    /// The application's version as the form was opened. Text: the CSRF wrapper flattens the
    /// form, and a flattened form reads every value as a string.
    #[serde(default)]
    version: String,
}

/// What the form page shows besides the fields: a refusal, or the field just corrected.
enum Outcome {
    None,
    Refused {
        message: String,
        reds: Vec<Finding>,
        typed: String,
    },
    Done {
        field: String,
        warnings: Vec<Finding>,
    },
}

fn entry_input(tr: Tr, field: &Field, typed: Option<&str>) -> Markup {
    let value = typed.unwrap_or(&field.text);
    html! {
        @match &field.entry {
            Entry::Choice { codes, optional } => {
                select #value name="value" {
                    @if *optional { option value="" selected[value.is_empty()] { (tr.t("srv-correct-none")) } }
                    @for code in codes {
                        option value=(code) selected[value == code] { (code) }
                    }
                }
            }
            Entry::Flag => {
                select #value name="value" {
                    @for code in ["true", "false"] {
                        option value=(code) selected[value == code] { (tr.t(&format!("srv-correct-flag-{code}"))) }
                    }
                }
            }
            Entry::List { codes } => {
                span.help id="value-help" {
                    (tr.t("srv-correct-list-help"))
                    @if !codes.is_empty() { " " (tr.f("srv-correct-codes", &[("codes", &codes.join(", "))])) }
                }
                textarea #value name="value" rows="3" aria-describedby="value-help" { (value) }
            }
            Entry::Number => {
                input #value type="text" name="value" value=(value) inputmode="numeric" autocomplete="off";
            }
            Entry::Text => {
                input #value type="text" name="value" value=(value) autocomplete="off" spellcheck="false";
            }
        }
    }
}

/// A field as staff know it (「住所・連絡先 › 最寄り駅」), or its path where the form has no row.
fn field_name(tr: Tr, path: &str) -> String {
    form_pdf::label_of(tr, path).unwrap_or_else(|| path.to_owned())
}

/// A field named for a heading or a notice: its name and, where one row holds several items
/// (氏名 is 氏 and 名), its path.
fn field_heading(tr: Tr, path: &str) -> String {
    match form_pdf::label_of(tr, path) {
        Some(label) => format!("{label}（{path}）"),
        None => path.to_owned(),
    }
}

fn findings_list(tr: Tr, findings: &[Finding], class: &str) -> Markup {
    html! {
        ul {
            @for f in findings {
                li class=(class) { code { (f.field) } " — " (tr.finding(f)) }
            }
        }
    }
}

fn form_body(
    tr: Tr,
    staff: &Staff,
    r: &ApplicationRecord,
    chosen: Option<&str>,
    outcome: &Outcome,
) -> Markup {
    let app = application_of(&r.application_json);
    let fields = correction::fields(&app);
    let base = format!("/counter/applications/{}", r.id);
    let stored: Vec<Finding> = serde_json::from_str(&r.findings_json).unwrap_or_default();
    let chosen = chosen.and_then(|path| fields.iter().find(|f| f.path == path));
    html! {
        p { a href=(base) { "← " (tr.t("srv-correct-back")) } }
        h1 { (tr.f("srv-correct-title", &[("receipt", &r.receipt)])) }
        p { (tr.t("srv-correct-lead")) }
        @match outcome {
            Outcome::Refused { message, reds, .. } => {
                div.notice.error role="alert" {
                    p { (message) }
                    (findings_list(tr, reds, "finding error"))
                }
            }
            Outcome::Done { field, warnings } => {
                div.notice.ok role="status" {
                    p { (tr.f("srv-correct-done", &[("field", &field_heading(tr, field))])) }
                }
                @if !warnings.is_empty() {
                    div.notice.warning {
                        p { (tr.t("srv-correct-warnings")) }
                        (findings_list(tr, warnings, "finding warning"))
                    }
                }
            }
            Outcome::None => {}
        }
        @if let Some(field) = chosen {
            section.correction aria-labelledby="correct-field" {
                h2 #correct-field { (tr.f("srv-correct-field", &[("field", &field_heading(tr, &field.path))])) }
                dl.summary {
                    dt { (tr.t("srv-correct-current")) }
                    dd { @if field.text.is_empty() { span.muted { (tr.t("srv-correct-empty")) } } @else { (field.text) } }
                }
                @let orange: Vec<Finding> = stored.iter().filter(|f| concerns(f, &field.path)).cloned().collect();
                @if !orange.is_empty() {
                    div.notice.warning { (findings_list(tr, &orange, "finding warning")) }
                }
                form method="post" action=(format!("{base}/correct")) {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="field" value=(field.path);
                    input type="hidden" name="version" value=(r.updated_at);
                    div.field {
                        label for="value" { (tr.t("srv-correct-new")) }
                        @let typed = match outcome { Outcome::Refused { typed, .. } => Some(typed.as_str()), _ => None };
                        (entry_input(tr, field, typed))
                    }
                    div.actions { button type="submit" { (tr.t("srv-correct-submit")) } }
                }
            }
        }
        (add_job_form(tr, staff, r))
        h2 { (tr.t("srv-correct-fields")) }
        div.table-wrap {
            table.correction-fields {
                thead { tr {
                    th scope="col" { (tr.t("srv-correct-path")) }
                    th scope="col" { (tr.t("srv-correct-current")) }
                    th scope="col" { span.visually-hidden { (tr.t("srv-correct-action")) } }
                } }
                tbody {
                    @for f in &fields {
                        tr {
                            td { (field_name(tr, &f.path)) br; code.muted { (f.path) } }
                            td { (f.text) }
                            td { a href=(format!("{base}/correct?field={}#correct-field", f.path)) { (tr.t("srv-correct-link")) } }
                        }
                    }
                }
            }
        }
    }
}

/// 「職歴を追加する」: a job the visitor left out, its fields as the printed form names them.
fn add_job_form(tr: Tr, staff: &Staff, r: &ApplicationRecord) -> Markup {
    let text = |id: &str, label: &str, help: Option<&str>| {
        html! {
            div.field {
                label for=(format!("job-{id}")) { (tr.t(label)) }
                @if let Some(help) = help { span.help { (tr.t(help)) } }
                input id=(format!("job-{id}")) type="text" name=(id) autocomplete="off" spellcheck="false";
            }
        }
    };
    html! {
        section.correction aria-labelledby="add-job" {
            h2 #add-job { (tr.t("srv-correct-add-job")) }
            form method="post" action=(format!("/counter/applications/{}/correct/add-job", r.id)) {
                (csrf_field(&staff.csrf))
                input type="hidden" name="version" value=(r.updated_at);
                (text("employer", "pdf-field-employer", None))
                (text("from", "pdf-field-from", Some("srv-correct-year-month-help")))
                (text("to", "pdf-field-to", None))
                div.field {
                    label for="job-employment_type" { (tr.t("pdf-field-employment-type")) }
                    select #job-employment_type name="employment_type" {
                        option value="" { (tr.t("srv-correct-none")) }
                        @for t in view::EMPLOYMENT_TYPES {
                            option value=(view::employment_code(t)) { (view::employment_name(tr, t)) }
                        }
                    }
                }
                (text("duties", "pdf-field-duties", None))
                div.actions { button type="submit" { (tr.t("srv-correct-add-job")) } }
            }
        }
    }
}

async fn form_page(
    state: &AppState,
    staff: &Staff,
    id: &str,
    chosen: Option<&str>,
    outcome: Outcome,
    status: StatusCode,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let record = counter::application_for(&state.db, &staff.user, id)
        .await
        .map_err(|e| counter_error(tr, e))?;
    let mut response = staff.page(
        &tr.f("srv-correct-title", &[("receipt", &record.receipt)]),
        form_body(tr, staff, &record, chosen, &outcome),
        &format!("/counter/applications/{id}/correct?"),
    );
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /counter/applications/{id}/correct[?field=PATH]`.
pub async fn form(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    Query(query): Query<FieldQuery>,
) -> Result<Response, PageError> {
    let outcome = match &query.done {
        Some(field) => {
            let record = counter::application_for(&state.db, &staff.user, &id)
                .await
                .map_err(|e| counter_error(staff.tr, e))?;
            let stored: Vec<Finding> =
                serde_json::from_str(&record.findings_json).unwrap_or_default();
            Outcome::Done {
                field: field.clone(),
                warnings: stored.into_iter().filter(|f| concerns(f, field)).collect(),
            }
        }
        None => Outcome::None,
    };
    let chosen = query.field.as_deref();
    form_page(&state, &staff, &id, chosen, outcome, StatusCode::OK).await
}

/// `POST /counter/applications/{id}/correct`.
pub async fn submit(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CorrectionForm>,
) -> Result<Response, PageError> {
    let request = Request {
        application_id: &id,
        field: &form.field,
        value: &form.value,
        // An unreadable version is an old form: refused as stale.
        version: form.version.trim().parse().unwrap_or(i64::MIN),
    };
    let result = rules::correct(
        &state.db,
        &staff.user,
        &request,
        state.clock.today(),
        state.now(),
        &mut secret::os_rng(),
    )
    .await;
    match result {
        Ok(_) => Ok(crate::web::see_other(&format!(
            "/counter/applications/{id}/correct?done={}",
            form.field
        ))),
        Err(refused) => {
            let chosen = Some(form.field.as_str());
            refused_page(&state, &staff, &id, refused, &form.value, chosen).await
        }
    }
}

/// The form page again after a refused correction: not found and storage failures as such, a
/// stale form as 409 without the field, anything else as 422 with the message and red findings.
async fn refused_page(
    state: &AppState,
    staff: &Staff,
    id: &str,
    refused: CorrectionRefused,
    typed: &str,
    field: Option<&str>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let status = match refused {
        CorrectionRefused::NotFound => return Err(PageError::not_found(tr)),
        CorrectionRefused::Storage(detail) => return Err(PageError::internal(tr, detail)),
        CorrectionRefused::Stale => StatusCode::CONFLICT,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let reds = match &refused {
        CorrectionRefused::Red(reds) => reds.clone(),
        _ => Vec::new(),
    };
    let outcome = Outcome::Refused {
        message: tr.t(refused.message_id()),
        reds,
        typed: typed.to_owned(),
    };
    let chosen = field.filter(|_| status != StatusCode::CONFLICT);
    form_page(state, staff, id, chosen, outcome, status).await
}

/// `POST /counter/applications/{id}/correct/add-job`.
pub async fn add_job(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AddJobForm>,
) -> Result<Response, PageError> {
    let request = Request {
        application_id: &id,
        field: crate::work_history::LIST,
        value: "",
        version: form.version.trim().parse().unwrap_or(i64::MIN),
    };
    let result = rules::add_entry(
        &state.db,
        &staff.user,
        &request,
        &form.job.values(),
        state.clock.today(),
        state.now(),
        &mut secret::os_rng(),
    )
    .await;
    match result {
        Ok(_) => Ok(crate::web::see_other(&format!(
            "/counter/applications/{id}/correct?done=work_history"
        ))),
        Err(refused) => refused_page(&state, &staff, &id, refused, "", None).await,
    }
}

/// `GET /counter/applications/{id}/received`: the visitor's version as received, before any
/// correction.
pub async fn received(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let record = counter::application_for(&state.db, &staff.user, &id)
        .await
        .map_err(|e| counter_error(tr, e))?;
    let json = state
        .db
        .received_version(&record.id)
        .await
        .tr(tr)?
        .unwrap_or_else(|| record.application_json.clone());
    let app = application_of(&json);
    let body = html! {
        p { a href=(format!("/counter/applications/{id}")) { "← " (tr.t("srv-correct-back")) } }
        h1 { (tr.f("srv-as-received-title", &[("receipt", &record.receipt)])) }
        p { (tr.t("srv-as-received-lead")) }
        dl.summary { (view::full_rows(tr, &app)) }
    };
    Ok(staff.page(
        &tr.f("srv-as-received-title", &[("receipt", &record.receipt)]),
        body,
        &format!("/counter/applications/{id}/received?"),
    ))
}

/// The history of corrections on the application's page, with the link to correct and, once
/// corrected, to the version as received.
pub fn history_section(tr: Tr, base: &str, lines: &[CorrectionLine]) -> Markup {
    html! {
        section #history aria-labelledby="history-title" {
            h2 #history-title { (tr.t("srv-history-title")) }
            p.actions {
                a.button.secondary href=(format!("{base}/correct")) { (tr.t("srv-correct-open")) }
                @if !lines.is_empty() {
                    " "
                    a href=(format!("{base}/received")) { (tr.t("srv-as-received-link")) }
                }
            }
            @if lines.is_empty() {
                p.muted { (tr.t("srv-history-none")) }
            } @else {
                div.table-wrap {
                    table.correction-history {
                        thead { tr {
                            th scope="col" { (tr.t("srv-history-when")) }
                            th scope="col" { (tr.t("srv-history-who")) }
                            th scope="col" { (tr.t("srv-history-field")) }
                            th scope="col" { (tr.t("srv-history-old")) }
                            th scope="col" { (tr.t("srv-history-new")) }
                        } }
                        tbody {
                            @for l in lines {
                                tr {
                                    td { (format_local(l.at)) }
                                    td { (l.staff_login) }
                                    td { code { (l.field) } }
                                    td { (l.old) }
                                    td { (l.new) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
