//! Staff codes on the counter console (`/counter/staff-codes`): one code per person for the
//! assist layer on the office's kiosks, added (the code shown once), revoked when someone
//! leaves, and the log of recent assists (code, kiosk, time). The rules are in
//! [`crate::staff_code`].

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::extract::{CsrfForm, NoFields, Staff};
use crate::clock::format_local;
use crate::i18n::Tr;
use crate::staff_code::{self, StaffCodeError};
use crate::state::AppState;
use crate::storage::{Role, StaffCodeRecord};
use crate::web::{self, csrf_field, PageError, WithTr as _};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter/staff-codes", get(list).post(add))
        .route("/counter/staff-codes/{id}/revoke", post(revoke))
}

fn page_error(tr: Tr, e: StaffCodeError) -> PageError {
    match e {
        StaffCodeError::NotFound => PageError::not_found(tr),
        StaffCodeError::Storage(detail) => PageError::internal(tr, detail),
        _ => PageError::bad_request(tr),
    }
}

/// The page, with the code just made (shown once) or a problem with the name.
async fn page(
    state: &AppState,
    staff: &Staff,
    made: Option<(&StaffCodeRecord, &str)>,
    problem: Option<&str>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let codes = staff_code::list(&state.db, &staff.user)
        .await
        .map_err(|e| page_error(tr, e))?;
    let office = match staff.user.role {
        Role::Admin => String::new(),
        Role::Staff => staff.user.office_code.clone().unwrap_or_default(),
    };
    let assists = state.db.assists(&office, 20).await.tr(tr)?;
    let names: BTreeMap<&str, &str> = codes
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    let offices = state.db.offices().await.tr(tr)?;
    let body: Markup = html! {
        h1 { (tr.t("srv-staff-codes-title")) }
        p { (tr.t("srv-staff-codes-lead")) }
        @if let Some((record, code)) = made {
            div.notice.ok role="status" {
                p { (tr.f("srv-staff-codes-made", &[("name", &record.name)])) }
                p { strong.receipt data-testid="staff-code" { (code) } }
                p { (tr.t("srv-staff-codes-once")) }
            }
        }
        @if let Some(id) = problem {
            div.notice.error role="alert" { p { (tr.t(id)) } }
        }
        form method="post" action="/counter/staff-codes" {
            (csrf_field(&staff.csrf))
            @if staff.user.role == Role::Admin {
                div.field {
                    label for="office" { (tr.t("srv-counter-office")) }
                    select #office name="office" {
                        @for o in &offices { option value=(o.code) { (o.code) " " (o.name) } }
                    }
                }
            }
            div.field {
                label for="name" { (tr.t("srv-staff-codes-name")) }
                input #name type="text" name="name" maxlength="40" required autocomplete="off";
            }
            div.actions { button type="submit" { (tr.t("srv-staff-codes-add")) } }
        }
        @if codes.is_empty() {
            p { (tr.t("srv-staff-codes-none")) }
        } @else {
            div.table-wrap {
                table {
                    thead { tr {
                        th scope="col" { (tr.t("srv-staff-codes-name")) }
                        th scope="col" { (tr.t("srv-counter-office")) }
                        th scope="col" { (tr.t("srv-staff-codes-added")) }
                        th scope="col" { (tr.t("srv-field-status")) }
                    } }
                    tbody {
                        @for c in &codes {
                            tr data-testid="staff-code-row" {
                                td { (c.name) }
                                td { (c.office_code) }
                                td { (format_local(c.created_at)) }
                                td {
                                    @if let Some(at) = c.revoked_at {
                                        (tr.f("srv-staff-codes-revoked", &[("at", &format_local(at))]))
                                    } @else {
                                        form.inline-form method="post" action=(format!("/counter/staff-codes/{}/revoke", c.id)) {
                                            (csrf_field(&staff.csrf))
                                            button.secondary type="submit" { (tr.t("srv-staff-codes-revoke")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { (tr.t("srv-staff-assists-title")) }
        @if assists.is_empty() {
            p { (tr.t("srv-staff-assists-none")) }
        } @else {
            div.table-wrap {
                table {
                    thead { tr {
                        th scope="col" { (tr.t("srv-staff-assists-when")) }
                        th scope="col" { (tr.t("srv-fleet-kiosk")) }
                        th scope="col" { (tr.t("srv-staff-codes-name")) }
                    } }
                    tbody {
                        @for a in &assists {
                            tr data-testid="staff-assist-row" {
                                td { (format_local(a.assisted_at)) }
                                td { (a.kiosk_id) }
                                td { (names.get(a.staff_code_id.as_str()).copied().unwrap_or(a.staff_code_id.as_str())) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(staff.page(
        &tr.t("srv-staff-codes-title"),
        body,
        "/counter/staff-codes?",
    ))
}

/// `GET /counter/staff-codes`.
pub async fn list(State(state): State<AppState>, staff: Staff) -> Result<Response, PageError> {
    page(&state, &staff, None, None).await
}

#[derive(Deserialize)]
pub struct AddForm {
    name: String,
    #[serde(default)]
    office: Option<String>,
}

/// `POST /counter/staff-codes`: a new code, shown on the answer once.
pub async fn add(
    State(state): State<AppState>,
    staff: Staff,
    form: Result<CsrfForm<AddForm>, PageError>,
) -> Result<Response, PageError> {
    let CsrfForm(form) = form?;
    let office = form.office.as_deref();
    match staff_code::add(&state.db, &staff.user, office, &form.name, state.now()).await {
        Ok((record, code)) => page(&state, &staff, Some((&record, &code)), None).await,
        Err(StaffCodeError::NameInvalid) => {
            page(&state, &staff, None, Some("srv-staff-codes-name-invalid")).await
        }
        Err(e) => Err(page_error(staff.tr, e)),
    }
}

/// `POST /counter/staff-codes/{id}/revoke`.
pub async fn revoke(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: Result<CsrfForm<NoFields>, PageError>,
) -> Result<Response, PageError> {
    form?;
    staff_code::revoke(&state.db, &staff.user, &id, state.now())
        .await
        .map_err(|e| page_error(staff.tr, e))?;
    Ok(web::see_other("/counter/staff-codes"))
}
