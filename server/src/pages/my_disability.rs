//! My Page's 障害について (`/my/edit/disability`): the visitor changes their answers about a
//! disability, or takes them all back. Handlers are thin; the rules are in
//! [`crate::disability_answer`].
//!
//! Private by the visitor's choice, as on My Page's view ([`view_sections::disability_hidden`]):
//! the answers are on this page only, which the visitor opens from the edit page's link; the
//! edit page itself holds none of them. Clearing really removes them: the application is saved
//! without them, the audit records only that they changed, and no copy stays in the version as
//! received or in staff corrections (see [`crate::disability_answer`]).
//!
//! After 受理 as before, a change applies at once: an answer about a disability is the
//! visitor's to give or take back without waiting for anyone, and nothing staff proved with a
//! document ([`crate::pending_change`]). The counter's page shows the answers as they are now.
//!
//! Like every My Page route: the My Page session ([`Visitor`]) and the session's CSRF token on
//! every post ([`CsrfForm`]).
//!
//! [`view_sections::disability_hidden`]: crate::view_sections::disability_hidden

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use madoguchi_core::{Certificate, Disability, DisabilitySupport, Finding};
use maud::{html, Markup};

use super::extract::{CsrfForm, NoFields, Visitor};
use super::my_page::my_header;
use crate::disability_answer::{
    self, DisabilityEdit, DisabilityForm, DisabilityRefused, NEEDS, SUPPORTS,
};
use crate::i18n::Tr;
use crate::reference;
use crate::secret;
use crate::state::AppState;
use crate::storage::{Forget, StorageError};
use crate::web::{self, csrf_field, error_summary, page, PageError, PageOptions, WithTr as _};
use crate::work_history::code_of;

const PATH: &str = "/my/edit/disability";

/// The answers' page and its two posts.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(PATH, get(show).post(save))
        .route("/my/edit/disability/clear", post(clear))
}

fn support_id(s: DisabilitySupport) -> String {
    format!("srv-disability-{}", code_of(Some(&s)))
}

fn certificate_id(c: Certificate) -> String {
    format!("srv-certificate-{}", code_of(Some(&c)))
}

fn need_id(name: &str) -> String {
    format!("srv-{}", name.replace('_', "-"))
}

/// The certificate whose list holds the grade: the one chosen, else the first that has it.
fn grade_group(d: &Disability) -> Option<Certificate> {
    let holds = |c: &Certificate| c.grades().contains(&d.grade.as_str());
    d.certificate
        .filter(holds)
        .or_else(|| Certificate::ALL.into_iter().find(holds))
}

/// A grade as its certificate writes it: 「2級」, or a 療育手帳's 「B1」 as it is.
fn grade_text(tr: Tr, c: Certificate, grade: &str) -> String {
    if c == Certificate::Intellectual {
        grade.to_owned()
    } else {
        tr.f("srv-grade-level", &[("grade", grade)])
    }
}

/// The answers' form, with the values stored or as typed and each finding beside its field.
fn body(tr: Tr, csrf: &str, d: &Disability, findings: &[Finding]) -> Markup {
    let errors: Vec<(String, String)> = findings
        .iter()
        .map(|f| (disability_answer::form_field(f).to_owned(), tr.finding(f)))
        .collect();
    let error_for = |id: &str| errors.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone());
    let grade_error = error_for("grade");
    let grade_group = grade_group(d);
    html! {
        p { a href="/my/edit" { "← " (tr.t("srv-my-edit-title")) } }
        h1 { (tr.m("srv-my-disability-title")) }
        p { (tr.m("srv-my-disability-lead")) }
        (error_summary(tr, &errors))
        form method="post" action=(PATH) novalidate {
            (csrf_field(csrf))
            fieldset.field {
                legend { (tr.m("srv-my-disability-support")) span.tag { (tr.m("srv-optional")) } }
                @if let Some(message) = error_for("support") { span.error id="support-error" { (message) } }
                @for (i, s) in SUPPORTS.into_iter().enumerate() {
                    label.choice {
                        input type="radio" name="support" value=(code_of(Some(&s))) id=[(i == 0).then_some("support")]
                            checked[d.support == Some(s)];
                        (tr.m(&support_id(s)))
                    }
                }
            }
            p.help { (tr.m("srv-my-disability-details-note")) }
            fieldset.field {
                legend { (tr.m("srv-field-certificate")) span.tag { (tr.m("srv-optional")) } }
                @if let Some(message) = error_for("certificate") { span.error id="certificate-error" { (message) } }
                label.choice {
                    input #certificate type="radio" name="certificate" value="" checked[d.certificate.is_none()];
                    (tr.m("srv-unselected"))
                }
                @for c in Certificate::ALL {
                    label.choice {
                        input type="radio" name="certificate" value=(code_of(Some(&c))) checked[d.certificate == Some(c)];
                        (tr.m(&certificate_id(c)))
                    }
                }
            }
            div.field {
                label for="grade" { (tr.m("srv-my-disability-grade")) span.tag { (tr.m("srv-optional")) } }
                span.help id="grade-hint" { (tr.m("srv-my-disability-grade-hint")) }
                @if let Some(message) = &grade_error { span.error id="grade-error" { (message) } }
                select #grade name="grade"
                    aria-invalid=[grade_error.as_ref().map(|_| "true")]
                    aria-describedby=(if grade_error.is_some() { "grade-hint grade-error" } else { "grade-hint" }) {
                    option value="" selected[d.grade.is_empty()] { (tr.t("srv-unselected")) }
                    @for c in Certificate::ALL {
                        @if !c.grades().is_empty() {
                            optgroup label=(tr.t(&certificate_id(c))) {
                                @for g in c.grades() {
                                    option value=(g) selected[grade_group == Some(c) && d.grade == *g] { (grade_text(tr, c, g)) }
                                }
                            }
                        }
                    }
                    @if grade_group.is_none() && !d.grade.is_empty() {
                        // A grade no certificate has (typed at the kiosk's counter): kept as it is.
                        option value=(d.grade) selected { (d.grade) }
                    }
                }
            }
            fieldset.field {
                legend { (tr.m("srv-field-support-needs")) span.tag { (tr.m("srv-optional")) } }
                span.help { (tr.m("srv-my-disability-needs-hint")) }
                @for (need, name) in NEEDS {
                    label.choice {
                        input type="checkbox" name=(name) value="on" checked[d.needs.contains(&need)];
                        (tr.m(&need_id(name)))
                    }
                }
            }
            div.field {
                label for="needs_text" { (tr.m("srv-field-support-needs-text")) span.tag { (tr.m("srv-optional")) } }
                @let error = error_for("needs_text");
                @if let Some(message) = &error { span.error id="needs_text-error" { (message) } }
                textarea #needs_text name="needs_text" rows="4"
                    aria-invalid=[error.as_ref().map(|_| "true")]
                    aria-describedby=[error.as_ref().map(|_| "needs_text-error")] { (d.needs_text) }
            }
            div.actions {
                button type="submit" { (tr.m("srv-save")) }
                a.button.secondary href="/my/edit" { (tr.m("srv-cancel")) }
            }
        }
        @if *d != Disability::default() {
            section aria-labelledby="clear-title" {
                h2 #clear-title { (tr.m("srv-my-disability-clear-title")) }
                p { (tr.m("srv-my-disability-clear-lead")) }
                form method="post" action="/my/edit/disability/clear" {
                    (csrf_field(csrf))
                    div.actions { button.danger type="submit" { (tr.m("srv-my-disability-clear")) } }
                }
            }
        }
    }
}

fn options(tr: Tr, csrf: &str, language_links: Option<String>) -> PageOptions {
    PageOptions {
        header: Some(my_header(tr, csrf)),
        language_links,
        ..PageOptions::default()
    }
}

/// `GET /my/edit/disability`: opened by the visitor's choice, from the edit page's link.
pub async fn show(me: Visitor) -> Response {
    let tr = me.tr;
    let links = Some(format!("{PATH}?"));
    page(
        tr,
        &tr.t("srv-my-disability-title"),
        body(tr, &me.csrf, &me.app.disability, &[]),
        options(tr, &me.csrf, links),
    )
    .into_response()
}

/// Stores a change of the answers (forgetting every copy of the old ones where they go).
async fn store(state: &AppState, me: &Visitor, edit: DisabilityEdit) -> Result<(), PageError> {
    let tr = me.tr;
    let json = serde_json::to_string(&edit.application).map_err(|e| PageError::internal(tr, e))?;
    let kept = edit.application.disability.clone();
    let rewrite = move |copy: &str| {
        disability_answer::rewritten(copy, &kept)
            .map_err(|e| StorageError::Unreadable(e.to_string()))
    };
    let forget: &Forget = &rewrite;
    let mut rng = secret::os_rng();
    state
        .db
        .save_my_page_disability(
            &me.record.id,
            &json,
            &edit.change,
            edit.forgets.then_some(forget),
            state.now(),
            || secret::id("chg", &mut rng),
        )
        .await
        .tr(tr)?;
    // Ids only: the answers are personal.
    tracing::info!(application = %me.record.id, forgets = edit.forgets, "disability answers changed on My Page");
    Ok(())
}

/// `POST /my/edit/disability`.
pub async fn save(
    State(state): State<AppState>,
    me: Visitor,
    CsrfForm(form): CsrfForm<DisabilityForm>,
) -> Result<Response, PageError> {
    let tr = me.tr;
    let result = reference::with_context(state.clock.today(), |cx| {
        disability_answer::edit(&me.app, &form, cx)
    });
    match result {
        Ok(edit) => {
            if edit.application.disability == me.app.disability {
                return Ok(web::see_other("/my"));
            }
            store(&state, &me, edit).await?;
            Ok(web::see_other("/my?saved=disability"))
        }
        Err(DisabilityRefused::Findings(findings)) => {
            // The answers as typed, so nothing the visitor wrote is lost.
            let typed = form.typed();
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page(
                    tr,
                    &tr.t("srv-my-disability-title"),
                    body(tr, &me.csrf, &typed, &findings),
                    options(tr, &me.csrf, None),
                ),
            )
                .into_response())
        }
    }
}

/// `POST /my/edit/disability/clear`: every answer taken back.
pub async fn clear(
    State(state): State<AppState>,
    me: Visitor,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    store(&state, &me, disability_answer::clear(&me.app)).await?;
    Ok(web::see_other("/my?saved=disability-cleared"))
}
