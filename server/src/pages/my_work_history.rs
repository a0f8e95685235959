//! My Page's 職歴 (`/my/edit/work-history`): the visitor's jobs, each to change or remove, and
//! a new one to add. Plain forms, no script: one page per job, and a page that asks before a
//! job is removed. Handlers are thin; the rules are in [`crate::work_history`] (core's checks
//! for the 職歴 screen, the entry's fingerprint against an older page).
//!
//! After 受理 as before, a change applies at once and is audited: the 職歴 is the visitor's own
//! account, nothing staff saw proved with a document, so it does not wait for the counter as the
//! name, birth date and address do ([`crate::pending_change`]); the counter's page shows the
//! new entries and, in the audit, each entry before and after.
//!
//! Like every My Page route: the My Page session ([`Visitor`]; none is sent to sign in) and the
//! session's CSRF token on every post ([`CsrfForm`]).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use madoguchi_core::check::MAX_JOBS;
use madoguchi_core::occupation::Classification;
use madoguchi_core::{Application, Finding, Job};
use maud::{html, Markup};
use serde::Deserialize;

use super::extract::{CsrfForm, LangQuery, Visitor};
use super::my_page::my_header;
use crate::i18n::Tr;
use crate::reference;
use crate::state::AppState;
use crate::view;
use crate::web::{self, csrf_field, error_summary, page, PageError, PageOptions};
use crate::work_history::{
    self, code_of, fingerprint, JobEdit, JobForm, JobRefused, Slot, EMPLOYMENT_TYPES,
    LEAVING_REASONS,
};

const BASE: &str = "/my/edit/work-history";

/// The list, a job's form, the new job's form and the removal.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(BASE, get(list))
        .route("/my/edit/work-history/new", get(new_form).post(add))
        .route("/my/edit/work-history/{n}", get(edit_form).post(save))
        .route(
            "/my/edit/work-history/{n}/remove",
            get(remove_form).post(remove),
        )
}

/// A job's form as posted: the job and the fingerprint of the entry it was opened on.
#[derive(Deserialize)]
pub struct PostedJob {
    #[serde(flatten)]
    job: JobForm,
    #[serde(default)]
    seen: String,
}

/// A removal as posted: the fingerprint of the entry the page showed.
#[derive(Deserialize)]
pub struct PostedRemoval {
    #[serde(default)]
    seen: String,
}

fn options(tr: Tr, csrf: &str, language_links: Option<String>) -> PageOptions {
    PageOptions {
        header: Some(my_header(tr, csrf)),
        language_links,
        ..PageOptions::default()
    }
}

/// A position from the path; anything else is not found.
fn position(tr: Tr, n: &str) -> Result<usize, PageError> {
    n.parse().map_err(|_| PageError::not_found(tr))
}

/// The job at `n` of the visitor's work history (as core normalises it), or 404.
fn job_at(me: &Visitor, n: &str) -> Result<(usize, Job), PageError> {
    let index = position(me.tr, n)?;
    let job = work_history::normalised(&me.app)
        .work_history
        .get(index)
        .cloned()
        .ok_or_else(|| PageError::not_found(me.tr))?;
    Ok((index, job))
}

/// 「2010-04 – 2020-03」, or 「2021-04 – 現在」 while still employed there (the dash the counter uses).
fn period(tr: Tr, job: &Job) -> String {
    let to = if job.to.is_empty() {
        tr.t("srv-my-job-present")
    } else {
        job.to.clone()
    };
    format!("{} – {to}", job.from)
}

fn back_link(tr: Tr, href: &str, id: &str) -> Markup {
    html! { p { a href=(href) { "← " (tr.t(id)) } } }
}

fn list_body(tr: Tr, app: &Application, notice: Option<Markup>) -> Markup {
    let jobs = &app.work_history;
    html! {
        (back_link(tr, "/my/edit", "srv-my-edit-title"))
        h1 { (tr.m("srv-my-jobs-title")) }
        @if let Some(notice) = notice { (notice) }
        p { (tr.m("srv-my-jobs-lead")) }
        @if jobs.is_empty() {
            p.muted { (tr.m("srv-my-jobs-none")) }
        }
        @for (i, job) in jobs.iter().enumerate() {
            @let heading = format!("job-{i}");
            section.entry aria-labelledby=(heading) {
                h2 id=(heading) { (tr.f("srv-my-jobs-entry", &[("n", &(i + 1).to_string())])) }
                dl.summary {
                    dt { (tr.m("srv-my-job-employer")) }
                    dd { (job.employer) }
                    dt { (tr.m("srv-my-job-period")) }
                    dd { (period(tr, job)) }
                    @if let Some(t) = job.employment_type {
                        dt { (tr.m("srv-my-job-employment-type")) }
                        dd { (view::employment_name(tr, t)) }
                    }
                    @if !job.occupation.is_empty() {
                        dt { (tr.m("srv-job-occupation")) }
                        dd { (tr.occupation(&job.occupation)) }
                    }
                    @if !job.duties.is_empty() {
                        dt { (tr.m("srv-my-job-duties")) }
                        dd { span.lines { (job.duties) } }
                    }
                    @if let Some(reason) = job.leaving_reason {
                        dt { (tr.m("srv-field-leaving-reason")) }
                        dd { (tr.m(&format!("srv-leaving-{}", code_of(Some(&reason))))) }
                    }
                }
                p.actions {
                    a.button.secondary href=(format!("{BASE}/{i}")) aria-describedby=(heading) { (tr.m("srv-my-jobs-edit")) }
                    a.button.danger href=(format!("{BASE}/{i}/remove")) aria-describedby=(heading) { (tr.m("srv-my-jobs-remove")) }
                }
            }
        }
        @if jobs.len() < MAX_JOBS {
            p.actions { a.button href=(format!("{BASE}/new")) { (tr.m("srv-my-jobs-add")) } }
        } @else {
            p.notice { (tr.f("srv-my-jobs-max", &[("max", &MAX_JOBS.to_string())])) }
        }
    }
}

/// `GET /my/edit/work-history`.
pub async fn list(Query(query): Query<LangQuery>, me: Visitor) -> Response {
    let tr = me.tr;
    let app = work_history::normalised(&me.app);
    let notice = match query.saved.as_deref() {
        Some("removed") => Some("srv-my-jobs-removed"),
        Some(_) => Some("srv-my-jobs-saved"),
        None => None,
    }
    .map(|id| html! { div.notice.ok role="status" { p { (tr.m(id)) } } });
    page(
        tr,
        &tr.t("srv-my-jobs-title"),
        list_body(tr, &app, notice),
        options(tr, &me.csrf, Some(format!("{BASE}?"))),
    )
    .into_response()
}

/// The list again with why a post was not taken (the entry changed meanwhile).
fn refused_list(me: &Visitor, refused: &JobRefused) -> Result<Response, PageError> {
    let tr = me.tr;
    if *refused == JobRefused::NotFound {
        return Err(PageError::not_found(tr));
    }
    let app = work_history::normalised(&me.app);
    let notice = html! { div.notice.error role="alert" { p { (tr.m(refused.message_id())) } } };
    Ok((
        StatusCode::CONFLICT,
        page(
            tr,
            &tr.t("srv-my-jobs-title"),
            list_body(tr, &app, Some(notice)),
            options(tr, &me.csrf, None),
        ),
    )
        .into_response())
}

/// One job's form: the values as stored or as typed, each finding beside its field.
fn job_body(
    tr: Tr,
    csrf: &str,
    action: &str,
    title: &str,
    form: &JobForm,
    seen: &str,
    findings: &[Finding],
) -> Markup {
    let errors: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            let field = work_history::form_field(f).unwrap_or("employer");
            (field.to_owned(), tr.finding(f))
        })
        .collect();
    let error_for = |id: &str| errors.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone());
    // The label, the hint and the error a field's input is described by.
    let head = |id: &str, label: &str, required: bool, hint: Option<&str>| {
        let error = error_for(id);
        html! {
            label for=(id) {
                (tr.m(label))
                @if required { span.tag.required { (tr.m("srv-required")) } } @else { span.tag { (tr.m("srv-optional")) } }
            }
            @if let Some(hint) = hint { span.help id=(format!("{id}-hint")) { (tr.m(hint)) } }
            @if let Some(message) = &error { span.error id=(format!("{id}-error")) { (message) } }
        }
    };
    let described = |id: &str, hint: bool| {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{id}-hint"));
        }
        if error_for(id).is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let invalid = |id: &str| error_for(id).map(|_| "true");
    let text = |id: &str, label: &str, value: &str, required: bool, hint: Option<&str>| {
        html! {
            div.field {
                (head(id, label, required, hint))
                input id=(id) name=(id) type="text" value=(value) autocomplete="off"
                    aria-invalid=[invalid(id)] aria-describedby=[described(id, hint.is_some())];
            }
        }
    };
    let occupations = Classification::official().groups();
    html! {
        (back_link(tr, BASE, "srv-my-job-back"))
        h1 { (title) }
        (error_summary(tr, &errors))
        form method="post" action=(action) novalidate {
            (csrf_field(csrf))
            input type="hidden" name="seen" value=(seen);
            (text("employer", "srv-my-job-employer", &form.employer, true, None))
            (text("from", "srv-my-job-from", &form.from, true, Some("srv-my-job-date-hint")))
            (text("to", "srv-my-job-to", &form.to, false, Some("srv-my-job-to-hint")))
            div.field {
                (head("employment_type", "srv-my-job-employment-type", false, None))
                select #employment_type name="employment_type" aria-invalid=[invalid("employment_type")]
                    aria-describedby=[described("employment_type", false)] {
                    option value="" { (tr.m("srv-unselected")) }
                    @for t in EMPLOYMENT_TYPES {
                        @let code = view::employment_code(t);
                        option value=(code) selected[form.employment_type == code] { (view::employment_name(tr, t)) }
                    }
                }
            }
            div.field {
                (head("occupation", "srv-job-occupation", false, None))
                select #occupation name="occupation" aria-invalid=[invalid("occupation")]
                    aria-describedby=[described("occupation", false)] {
                    option value="" { (tr.m("srv-unselected")) }
                    @for group in &occupations {
                        optgroup label=(tr.occupation(&group.code)) {
                            @for code in &group.middles {
                                option value=(code) selected[form.occupation == *code] { (tr.occupation(code)) }
                            }
                        }
                    }
                }
            }
            div.field {
                (head("duties", "srv-my-job-duties", false, Some("srv-my-job-duties-hint")))
                textarea #duties name="duties" rows="3" aria-invalid=[invalid("duties")]
                    aria-describedby=[described("duties", true)] { (form.duties) }
            }
            div.field {
                (head("leaving_reason", "srv-field-leaving-reason", false, None))
                select #leaving_reason name="leaving_reason" aria-invalid=[invalid("leaving_reason")]
                    aria-describedby=[described("leaving_reason", false)] {
                    option value="" { (tr.m("srv-unselected")) }
                    @for reason in LEAVING_REASONS {
                        @let code = code_of(Some(&reason));
                        option value=(code) selected[form.leaving_reason == code] { (tr.m(&format!("srv-leaving-{code}"))) }
                    }
                }
            }
            div.actions {
                button type="submit" { (tr.m("srv-save")) }
                a.button.secondary href=(BASE) { (tr.m("srv-cancel")) }
            }
        }
    }
}

fn edit_title(tr: Tr, index: usize) -> String {
    tr.f("srv-my-job-edit-title", &[("n", &(index + 1).to_string())])
}

/// `GET /my/edit/work-history/new`.
pub async fn new_form(me: Visitor) -> Response {
    let tr = me.tr;
    let title = tr.t("srv-my-jobs-add");
    let action = format!("{BASE}/new");
    let body = job_body(tr, &me.csrf, &action, &title, &JobForm::default(), "", &[]);
    let links = Some(format!("{BASE}/new?"));
    page(tr, &title, body, options(tr, &me.csrf, links)).into_response()
}

/// `GET /my/edit/work-history/{n}`.
pub async fn edit_form(me: Visitor, Path(n): Path<String>) -> Result<Response, PageError> {
    let tr = me.tr;
    let (index, job) = job_at(&me, &n)?;
    let job = &job;
    let title = edit_title(tr, index);
    let action = format!("{BASE}/{index}");
    let body = job_body(
        tr,
        &me.csrf,
        &action,
        &title,
        &JobForm::of(job),
        &fingerprint(job),
        &[],
    );
    let links = Some(format!("{action}?"));
    Ok(page(tr, &title, body, options(tr, &me.csrf, links)).into_response())
}

/// Writes a job (`slot`), or shows its form again with the findings.
async fn write(
    state: &AppState,
    me: &Visitor,
    slot: Slot<'_>,
    posted: &PostedJob,
) -> Result<Response, PageError> {
    let tr = me.tr;
    let current = work_history::normalised(&me.app);
    let result = reference::with_context(state.clock.today(), |cx| {
        work_history::edit(&current, slot, &posted.job, cx)
    });
    match result {
        Ok(edit) => save_edit(state, me, &current, edit, "saved").await,
        Err(JobRefused::Findings(findings)) => {
            let (title, action) = match slot {
                Slot::New => (tr.t("srv-my-jobs-add"), format!("{BASE}/new")),
                Slot::At(i, _) => (edit_title(tr, i), format!("{BASE}/{i}")),
            };
            let body = job_body(
                tr,
                &me.csrf,
                &action,
                &title,
                &posted.job,
                &posted.seen,
                &findings,
            );
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page(tr, &title, body, options(tr, &me.csrf, None)),
            )
                .into_response())
        }
        Err(refused) => refused_list(me, &refused),
    }
}

/// Stores an edit and its audit line, then back to the list.
async fn save_edit(
    state: &AppState,
    me: &Visitor,
    current: &Application,
    edit: JobEdit,
    saved: &str,
) -> Result<Response, PageError> {
    if edit.change.old == edit.change.new && edit.application == *current {
        // Nothing changed: nothing to store or record.
        return Ok(web::see_other(BASE));
    }
    super::my_page::store_edit(
        state,
        me,
        &edit.application,
        std::slice::from_ref(&edit.change),
        &[],
    )
    .await?;
    // Ids only: the values are personal.
    tracing::info!(application = %me.record.id, entry = edit.index, "work history changed on My Page");
    Ok(web::see_other(&format!("{BASE}?saved={saved}")))
}

/// `POST /my/edit/work-history/new`.
pub async fn add(
    State(state): State<AppState>,
    me: Visitor,
    CsrfForm(posted): CsrfForm<PostedJob>,
) -> Result<Response, PageError> {
    write(&state, &me, Slot::New, &posted).await
}

/// `POST /my/edit/work-history/{n}`.
pub async fn save(
    State(state): State<AppState>,
    me: Visitor,
    Path(n): Path<String>,
    CsrfForm(posted): CsrfForm<PostedJob>,
) -> Result<Response, PageError> {
    let index = position(me.tr, &n)?;
    let seen = posted.seen.clone();
    write(&state, &me, Slot::At(index, &seen), &posted).await
}

/// `GET /my/edit/work-history/{n}/remove`: the job, and the question before it goes.
pub async fn remove_form(me: Visitor, Path(n): Path<String>) -> Result<Response, PageError> {
    let tr = me.tr;
    let (index, job) = job_at(&me, &n)?;
    let job = &job;
    let title = tr.t("srv-my-job-remove-title");
    let body = html! {
        (back_link(tr, BASE, "srv-my-job-back"))
        h1 { (title) }
        dl.summary {
            dt { (tr.m("srv-my-job-employer")) }
            dd { (job.employer) }
            dt { (tr.m("srv-my-job-period")) }
            dd { (period(tr, job)) }
        }
        p { (tr.m("srv-my-job-remove-lead")) }
        form method="post" action=(format!("{BASE}/{index}/remove")) {
            (csrf_field(&me.csrf))
            input type="hidden" name="seen" value=(fingerprint(job));
            div.actions {
                button.danger type="submit" { (tr.m("srv-my-jobs-remove")) }
                a.button.secondary href=(BASE) { (tr.m("srv-cancel")) }
            }
        }
    };
    let links = Some(format!("{BASE}/{index}/remove?"));
    Ok(page(tr, &title, body, options(tr, &me.csrf, links)).into_response())
}

/// `POST /my/edit/work-history/{n}/remove`.
pub async fn remove(
    State(state): State<AppState>,
    me: Visitor,
    Path(n): Path<String>,
    CsrfForm(posted): CsrfForm<PostedRemoval>,
) -> Result<Response, PageError> {
    let index = position(me.tr, &n)?;
    let current = work_history::normalised(&me.app);
    match work_history::remove(&current, index, &posted.seen) {
        Ok(edit) => save_edit(&state, &me, &current, edit, "removed").await,
        Err(refused) => refused_list(&me, &refused),
    }
}
