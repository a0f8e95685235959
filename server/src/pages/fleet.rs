//! The kiosk fleet for staff (`/counter/fleet`): each kiosk's last heartbeat, version, queue
//! and last error; kiosks silent for too long are marked stale.

use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::html;
use serde::Deserialize;

use super::counter::{counter_error, office_picker};
use super::extract::Staff;
use crate::clock::format_local;
use crate::counter;
use crate::state::AppState;
use crate::storage::Role;
use crate::web::{PageError, WithTr as _};

/// The fleet page.
pub fn routes() -> Router<AppState> {
    Router::new().route("/counter/fleet", get(fleet))
}

/// `?office=` (admins).
#[derive(Deserialize, Default)]
pub struct FleetQuery {
    office: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Fleet

/// `GET /counter/fleet`: kiosks with their last heartbeat; silent ones are marked stale.
pub async fn fleet(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<FleetQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let scope = counter::office_scope(&staff.user, query.office.as_deref())
        .map_err(|e| counter_error(tr, e))?;
    let kiosks = state.db.kiosks(scope.as_deref()).await.tr(tr)?;
    let all_offices = state.db.offices().await.tr(tr)?;
    let now = state.now();
    let stale_after = state.settings.stale_after.whole_seconds();
    let body = html! {
        h1 { (tr.t("srv-fleet-title")) }
        form.filters method="get" action="/counter/fleet" {
            (office_picker(tr, &staff, &all_offices, scope.as_deref(), true))
            @if staff.user.role == Role::Admin { button.secondary type="submit" { (tr.t("srv-counter-search")) } }
        }
        p { (tr.f("srv-fleet-lead", &[("minutes", &(stale_after / 60).to_string())])) }
        @let occupations = madoguchi_core::occupation::Classification::official().revision();
        p.muted #occupation-revision { (tr.f("srv-fleet-occupations", &[("revision", &occupations.revision), ("date", &occupations.date)])) }
        @if kiosks.is_empty() {
            p { (tr.t("srv-fleet-none")) }
        } @else {
            div.table-wrap {
                table {
                    thead { tr {
                        th scope="col" { (tr.t("srv-fleet-kiosk")) }
                        th scope="col" { (tr.t("srv-counter-office")) }
                        th scope="col" { (tr.t("srv-fleet-state")) }
                        th scope="col" { (tr.t("srv-fleet-last-heartbeat")) }
                        th scope="col" { (tr.t("srv-fleet-version")) }
                        th.number scope="col" { (tr.t("srv-fleet-queue")) }
                        th scope="col" { (tr.t("srv-fleet-last-error")) }
                    } }
                    tbody {
                        @for k in &kiosks {
                            @let stale = k.enrolled_at.is_some() && k.last_heartbeat_at.is_none_or(|t| now - t > stale_after);
                            tr {
                                th scope="row" { (k.name) @if let Some(id) = &k.kiosk_id { br; span.muted { (id) } } }
                                td { (k.office_code) }
                                td {
                                    @if k.enrolled_at.is_none() {
                                        (tr.f("srv-fleet-pending", &[("until", &k.enrolment_expires_at.map(format_local).unwrap_or_default())]))
                                    } @else if stale {
                                        span.status.stale { (tr.t("srv-fleet-stale")) }
                                    } @else {
                                        span.status.accepted { (tr.t("srv-fleet-ok")) }
                                    }
                                }
                                td { (k.last_heartbeat_at.map(format_local).unwrap_or_else(|| tr.t("srv-fleet-never"))) }
                                td { (k.version.clone().unwrap_or_default()) }
                                td.number { (k.queue_depth.map(|q| q.to_string()).unwrap_or_default()) }
                                td { (k.last_error.clone().unwrap_or_default()) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(staff.page(&tr.t("srv-fleet-title"), body, "/counter/fleet?"))
}
