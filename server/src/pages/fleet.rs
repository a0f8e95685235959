//! The kiosk fleet for staff (`/counter/fleet`): each kiosk's last heartbeat, version, image
//! slot, uptime, screen orientation, queue and last error; kiosks silent for too long are
//! marked and listed in an alert at the top. Staff steer a kiosk from here (restart, reboot,
//! wipe the screen, send the queue; administrators also apply a configuration or revoke it):
//! the command goes out with the kiosk's next heartbeat ([`crate::steering`]), and the list
//! below the table shows every command with who sent it and what became of it.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse as _, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::counter::{counter_error, office_picker};
use super::extract::{CsrfForm, Staff};
use crate::clock::format_local;
use crate::counter;
use crate::secret;
use crate::state::AppState;
use crate::steering::{self, SteerRefused};
use crate::storage::{CommandRecord, KioskRecord, Role};
use crate::web::{csrf_field, PageError, WithTr as _};

/// The fleet page and its command form.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter/fleet", get(fleet))
        .route("/counter/fleet/command", post(command))
}

/// `?office=` (admins); `?sent=` after a command was queued.
#[derive(Deserialize, Default)]
pub struct FleetQuery {
    office: Option<String>,
    sent: Option<String>,
}

/// The command form: which kiosk (its row id), what, and a configuration for `apply-config`.
#[derive(Deserialize)]
pub struct CommandForm {
    kiosk: String,
    action: String,
    #[serde(default)]
    config: Option<String>,
}

/// What the page says above the table after a post.
enum Notice {
    None,
    Sent,
    Refused(String),
}

// ---------------------------------------------------------------------------------------------
// Fleet

/// `GET /counter/fleet`: kiosks with their last heartbeat; silent ones are marked stale.
pub async fn fleet(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<FleetQuery>,
) -> Result<Response, PageError> {
    let notice = if query.sent.is_some() {
        Notice::Sent
    } else {
        Notice::None
    };
    fleet_page(&state, &staff, query.office.as_deref(), notice).await
}

/// `POST /counter/fleet/command`: queues a command for a kiosk.
pub async fn command(
    State(state): State<AppState>,
    staff: Staff,
    CsrfForm(form): CsrfForm<CommandForm>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let sent = match steering::action_from(&form.action, form.config.as_deref()) {
        Ok(action) => {
            steering::send(
                &state.db,
                &staff.user,
                &form.kiosk,
                &action,
                state.now(),
                &mut secret::os_rng(),
            )
            .await
        }
        Err(refused) => Err(refused),
    };
    match sent {
        Ok(_) => Ok(crate::web::see_other("/counter/fleet?sent=1")),
        Err(SteerRefused::Storage(e)) => Err(PageError::internal(tr, e)),
        Err(refused) => {
            let status = match refused {
                SteerRefused::NotFound => StatusCode::NOT_FOUND,
                SteerRefused::AdminOnly => StatusCode::FORBIDDEN,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            let page = fleet_page(
                &state,
                &staff,
                None,
                Notice::Refused(tr.t(refused.message_id())),
            )
            .await?;
            Ok((status, page).into_response())
        }
    }
}

/// Seconds as days, hours and minutes.
fn uptime(tr: crate::i18n::Tr, seconds: i64) -> String {
    let (days, hours, minutes) = (
        seconds / 86_400,
        seconds % 86_400 / 3600,
        seconds % 3600 / 60,
    );
    tr.f(
        "srv-fleet-uptime-value",
        &[
            ("days", &days.to_string()),
            ("hours", &hours.to_string()),
            ("minutes", &minutes.to_string()),
        ],
    )
}

async fn fleet_page(
    state: &AppState,
    staff: &Staff,
    office: Option<&str>,
    notice: Notice,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let scope = counter::office_scope(&staff.user, office).map_err(|e| counter_error(tr, e))?;
    let kiosks = state.db.kiosks(scope.as_deref()).await.tr(tr)?;
    let commands = state
        .db
        .recent_commands(scope.as_deref(), 50)
        .await
        .tr(tr)?;
    let all_offices = state.db.offices().await.tr(tr)?;
    let now = state.now();
    let stale_after = state.settings.stale_after.whole_seconds();
    let is_stale = |k: &KioskRecord| {
        k.enrolled_at.is_some() && k.last_heartbeat_at.is_none_or(|t| now - t > stale_after)
    };
    let silent: Vec<&KioskRecord> = kiosks.iter().filter(|k| is_stale(k)).collect();
    let admin = staff.user.role == Role::Admin;
    let body = html! {
        h1 { (tr.t("srv-fleet-title")) }
        @match &notice {
            Notice::Sent => div.notice.ok role="status" { p { (tr.t("srv-fleet-command-sent")) } },
            Notice::Refused(message) => div.notice.error role="alert" { p { (message) } },
            Notice::None => {},
        }
        @if !silent.is_empty() {
            div.notice.warning #silent-kiosks role="alert" {
                p { (tr.f("srv-fleet-silent-alert", &[("count", &silent.len().to_string()), ("minutes", &(stale_after / 60).to_string())])) }
                ul { @for k in &silent { li { (k.name) @if let Some(id) = &k.kiosk_id { " (" (id) ")" } } } }
            }
        }
        form.filters method="get" action="/counter/fleet" {
            (office_picker(tr, staff, &all_offices, scope.as_deref(), true))
            @if admin { button.secondary type="submit" { (tr.t("srv-counter-search")) } }
        }
        p { (tr.f("srv-fleet-lead", &[("minutes", &(stale_after / 60).to_string())])) }
        @let official = madoguchi_core::occupation::Classification::official();
        @let occupations = official.revision();
        @let server_table = official.label();
        p.muted #occupation-revision { (tr.f("srv-fleet-occupations", &[("revision", &occupations.revision), ("date", &occupations.date)])) }
        @let server_book = crate::reference::postcode_source();
        @if let Some(book) = server_book {
            p.muted #postcode-book { (tr.f("srv-fleet-postcodes", &[("source", book)])) }
        }
        @if kiosks.is_empty() {
            p { (tr.t("srv-fleet-none")) }
        } @else {
            div.table-wrap {
                table #fleet {
                    thead { tr {
                        th scope="col" { (tr.t("srv-fleet-kiosk")) }
                        th scope="col" { (tr.t("srv-counter-office")) }
                        th scope="col" { (tr.t("srv-fleet-state")) }
                        th scope="col" { (tr.t("srv-fleet-last-heartbeat")) }
                        th scope="col" { (tr.t("srv-fleet-version")) }
                        th scope="col" { (tr.t("srv-fleet-occupation-table")) }
                        th scope="col" { (tr.t("srv-fleet-postcode-book")) }
                        th scope="col" { (tr.t("srv-fleet-slot")) }
                        th scope="col" { (tr.t("srv-fleet-uptime")) }
                        th scope="col" { (tr.t("srv-fleet-orientation")) }
                        th.number scope="col" { (tr.t("srv-fleet-queue")) }
                        th scope="col" { (tr.t("srv-fleet-last-error")) }
                        th scope="col" { (tr.t("srv-fleet-steer")) }
                    } }
                    tbody {
                        @for k in &kiosks {
                            tr data-kiosk=(k.kiosk_id.clone().unwrap_or_default()) {
                                th scope="row" { (k.name) @if let Some(id) = &k.kiosk_id { br; span.muted { (id) } } }
                                td { (k.office_code) }
                                td {
                                    @if k.enrolled_at.is_none() {
                                        (tr.f("srv-fleet-pending", &[("until", &k.enrolment_expires_at.map(format_local).unwrap_or_default())]))
                                    } @else if is_stale(k) {
                                        span.status.stale { (tr.t("srv-fleet-stale")) }
                                    } @else {
                                        span.status.accepted { (tr.t("srv-fleet-ok")) }
                                    }
                                }
                                td { (k.last_heartbeat_at.map(format_local).unwrap_or_else(|| tr.t("srv-fleet-never"))) }
                                td { (k.version.clone().unwrap_or_default()) }
                                td {
                                    @if let Some(table) = &k.occupation_table {
                                        (table)
                                        @if *table != server_table {
                                            br; span.status.stale { (tr.t("srv-fleet-occupations-differs")) }
                                        }
                                    }
                                }
                                td.postcode-book {
                                    @if let Some(book) = &k.postcode_book {
                                        (book)
                                        @if server_book.is_some_and(|s| s != book) {
                                            br; span.status.stale { (tr.t("srv-fleet-postcodes-differs")) }
                                        }
                                    }
                                }
                                td { (k.slot.clone().unwrap_or_default()) }
                                td { (k.uptime_seconds.map(|s| uptime(tr, s)).unwrap_or_default()) }
                                td { (k.orientation.as_deref().map(|o| tr.t(&format!("srv-fleet-orientation-{o}"))).unwrap_or_default()) }
                                td.number { (k.queue_depth.map(|q| q.to_string()).unwrap_or_default()) }
                                td { (k.last_error.clone().unwrap_or_default()) }
                                td { @if k.kiosk_id.is_some() { (command_form(tr, &staff.csrf, k, admin)) } }
                            }
                        }
                    }
                }
            }
        }
        h2 { (tr.t("srv-fleet-commands")) }
        @if commands.is_empty() {
            p { (tr.t("srv-fleet-commands-none")) }
        } @else {
            (command_log(tr, &commands))
        }
    };
    Ok(staff.page(&tr.t("srv-fleet-title"), body, "/counter/fleet?"))
}

/// The command form of one kiosk: what staff may send, and a configuration for administrators.
fn command_form(tr: crate::i18n::Tr, csrf: &str, k: &KioskRecord, admin: bool) -> Markup {
    let mut actions = vec!["wipe-screen", "send-queue", "restart", "reboot"];
    if admin {
        actions.extend(["apply-config", "revoke"]);
    }
    let select_id = format!("action-{}", k.id);
    let config_id = format!("config-{}", k.id);
    html! {
        form.steer method="post" action="/counter/fleet/command" {
            (csrf_field(csrf))
            input type="hidden" name="kiosk" value=(k.id);
            label for=(select_id) { (tr.t("srv-fleet-command")) }
            select id=(select_id) name="action" {
                @for a in &actions { option value=(a) { (tr.t(&format!("srv-fleet-action-{a}"))) } }
            }
            @if admin {
                details {
                    summary { (tr.t("srv-fleet-config")) }
                    label for=(config_id) { (tr.t("srv-fleet-config-label")) }
                    textarea id=(config_id) name="config" rows="6" {}
                }
            }
            button.secondary type="submit" { (tr.t("srv-fleet-send")) }
        }
    }
}

/// Every recent command with who sent it and what became of it.
fn command_log(tr: crate::i18n::Tr, commands: &[CommandRecord]) -> Markup {
    html! {
        div.table-wrap {
            table #commands {
                thead { tr {
                    th scope="col" { (tr.t("srv-fleet-command-time")) }
                    th scope="col" { (tr.t("srv-fleet-kiosk")) }
                    th scope="col" { (tr.t("srv-fleet-command")) }
                    th scope="col" { (tr.t("srv-fleet-command-by")) }
                    th scope="col" { (tr.t("srv-fleet-command-outcome")) }
                } }
                tbody {
                    @for c in commands {
                        tr {
                            td { (format_local(c.created_at)) }
                            td { (c.kiosk_name) }
                            td { (tr.t(&format!("srv-fleet-action-{}", c.action))) }
                            td { (c.sent_by) }
                            td {
                                @match (c.outcome.as_deref(), c.delivered_at) {
                                    (Some("done"), _) => span.status.accepted { (tr.t("srv-fleet-outcome-done")) },
                                    (Some(_), _) => {
                                        span.status.stale { (tr.t("srv-fleet-outcome-refused")) }
                                        @if let Some(reason) = &c.reason { " " span.reason { (reason) } }
                                    },
                                    (None, Some(_)) => (tr.t("srv-fleet-outcome-delivered")),
                                    (None, None) => (tr.t("srv-fleet-outcome-waiting")),
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
