//! Registrations outside the kiosk, recorded by staff (`/counter/tallies`): one day and channel
//! typed in, or the office's daily CSV pasted in whole, and the quarter's tallies with where
//! each came from. The reading and the rules are in [`crate::tally`].

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::counter::{counter_error, office_picker};
use super::extract::{CsrfForm, Staff};
use super::scorecard::count;
use crate::counter;
use crate::scorecard::Quarter;
use crate::state::AppState;
use crate::storage::{Channel, Role};
use crate::tally::{self, RecordError, Source, TallyRow, CSV_COLUMNS};
use crate::web::{self, PageError, WithTr as _};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter/tallies", get(tallies_page).post(record_one))
        .route("/counter/tallies/import", post(import))
}

#[derive(Deserialize, Default)]
pub struct TallyQuery {
    office: Option<String>,
    quarter: Option<String>,
    saved: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct TallyForm {
    #[serde(default)]
    office: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    channel: String,
    #[serde(default)]
    registered: String,
    #[serde(default)]
    opened: String,
}

#[derive(Deserialize, Default)]
pub struct ImportForm {
    #[serde(default)]
    office: String,
    #[serde(default)]
    csv: String,
    /// The same CSV as a file chosen on the page; it wins over the pasted text.
    #[serde(default)]
    csv_file: String,
}

/// What the page shows besides the tallies: the values typed and the problems found.
#[derive(Default)]
struct Entered {
    form: TallyForm,
    csv: String,
    errors: Vec<(String, String)>,
}

fn channel_name(tr: crate::i18n::Tr, channel: Channel) -> String {
    tr.t(match channel {
        Channel::Counter => "srv-tally-channel-counter",
        Channel::Online => "srv-tally-channel-online",
    })
}

/// The office a form is for: staff their own, an admin the one chosen.
fn office_of(staff: &Staff, chosen: &str) -> Result<String, PageError> {
    counter::office_scope(&staff.user, Some(chosen))
        .map_err(|e| counter_error(staff.tr, e))?
        .ok_or_else(|| PageError::bad_request(staff.tr))
}

async fn render(
    state: &AppState,
    staff: &Staff,
    office: Option<String>,
    quarter: Quarter,
    entered: Entered,
    saved: bool,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let all_offices = state.db.offices().await.tr(tr)?;
    let office = office.or_else(|| all_offices.first().map(|o| o.code.clone()));
    let tallies = match &office {
        Some(code) => state
            .db
            .tallies(
                code,
                &quarter.first_day().to_string(),
                &quarter.next().first_day().to_string(),
            )
            .await
            .tr(tr)?,
        None => Vec::new(),
    };
    let today = state.clock.today().to_string();
    let f = &entered.form;
    let body: Markup = html! {
        h1 { (tr.t("srv-tally-title")) }
        p { (tr.t("srv-tally-lead")) }
        @if saved { p.notice role="status" { (tr.t("srv-tally-saved")) } }
        (web::error_summary(tr, &entered.errors))
        section aria-labelledby="tally-one" {
            h2 #tally-one { (tr.t("srv-tally-one-title")) }
            form method="post" action="/counter/tallies" {
                (web::csrf_field(&staff.csrf))
                @if staff.user.role == Role::Admin {
                    (office_picker(tr, staff, &all_offices, office.as_deref(), false))
                }
                div.field {
                    label for="day" { (tr.t("srv-tally-day")) }
                    input #day .short type="date" name="day" required max=(today) value=(if f.day.is_empty() { today.as_str() } else { f.day.as_str() });
                }
                fieldset.field {
                    legend { (tr.t("srv-tally-channel")) }
                    @for c in Channel::ALL {
                        label.choice {
                            input type="radio" name="channel" value=(c.code()) required checked[f.channel == c.code() || (f.channel.is_empty() && c == Channel::Counter)];
                            " " (channel_name(tr, c))
                        }
                    }
                }
                div.field {
                    label for="registered" { (tr.t("srv-tally-registered")) }
                    input #registered .short type="text" inputmode="numeric" name="registered" required value=(f.registered);
                }
                div.field {
                    label for="opened" { (tr.t("srv-tally-opened")) }
                    p.hint #opened-hint { (tr.t("srv-tally-opened-hint")) }
                    input #opened .short type="text" inputmode="numeric" name="opened" aria-describedby="opened-hint" value=(f.opened);
                }
                div.actions { button type="submit" { (tr.t("srv-tally-save")) } }
            }
        }
        section aria-labelledby="tally-import" {
            h2 #tally-import { (tr.t("srv-tally-import-title")) }
            p { (tr.t("srv-tally-import-lead")) }
            pre.example { (CSV_COLUMNS.join(",")) "\n2026-10-01,counter,42,3\n2026-10-01,online,7,7" }
            form method="post" action="/counter/tallies/import" enctype="multipart/form-data" {
                (web::csrf_field(&staff.csrf))
                @if staff.user.role == Role::Admin {
                    (office_picker(tr, staff, &all_offices, office.as_deref(), false))
                }
                div.field {
                    label for="csv-file" { (tr.t("srv-tally-csv-file")) }
                    input #csv-file type="file" name="csv_file" accept=".csv,text/csv";
                }
                div.field {
                    label for="csv" { (tr.t("srv-tally-csv")) }
                    textarea #csv name="csv" rows="8" spellcheck="false" { (entered.csv) }
                }
                div.actions { button type="submit" { (tr.t("srv-tally-import")) } }
            }
        }
        section aria-labelledby="tally-list" {
            h2 #tally-list { (tr.f("srv-tally-list-title", &[("quarter", &quarter.code())])) }
            @if tallies.is_empty() {
                p { (tr.t("srv-tally-none")) }
            } @else {
                div.table-wrap {
                    table {
                        thead { tr {
                            th scope="col" { (tr.t("srv-tally-day")) }
                            th scope="col" { (tr.t("srv-tally-channel")) }
                            th.number scope="col" { (tr.t("srv-tally-registered")) }
                            th.number scope="col" { (tr.t("srv-tally-opened")) }
                            th scope="col" { (tr.t("srv-tally-source")) }
                        } }
                        tbody {
                            @for t in &tallies {
                                tr {
                                    th scope="row" { (t.day) }
                                    td { (channel_name(tr, t.channel)) }
                                    td.number { (count(t.registered)) }
                                    td.number { (count(t.opened)) }
                                    td { (tr.f(if t.source == "import" { "srv-tally-source-import" } else { "srv-tally-source-tally" }, &[("who", &t.recorded_by), ("at", &crate::clock::format_local(t.recorded_at))])) }
                                }
                            }
                        }
                    }
                }
            }
        }
        div.actions {
            a.button.secondary href="/counter/scorecard" { (tr.t("srv-scorecard-title")) }
        }
    };
    let status = if entered.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let base = format!(
        "/counter/tallies?quarter={}{}&",
        quarter.code(),
        office.map(|o| format!("&office={o}")).unwrap_or_default()
    );
    Ok((status, staff.page(&tr.t("srv-tally-title"), body, &base)).into_response())
}

/// `GET /counter/tallies`.
pub async fn tallies_page(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<TallyQuery>,
) -> Result<Response, PageError> {
    let office = counter::office_scope(&staff.user, query.office.as_deref())
        .map_err(|e| counter_error(staff.tr, e))?;
    let quarter = query
        .quarter
        .as_deref()
        .and_then(Quarter::parse)
        .unwrap_or_else(|| Quarter::containing(state.clock.today()));
    let saved = query.saved.is_some();
    render(&state, &staff, office, quarter, Entered::default(), saved).await
}

/// Stores the rows and goes back to the list of their quarter, or shows what went wrong.
async fn store(
    state: &AppState,
    staff: &Staff,
    office: &str,
    rows: &[TallyRow],
    source: Source,
) -> Result<Response, PageError> {
    match tally::record(&state.db, &staff.user, office, rows, source, state.now()).await {
        Ok(()) => {
            let quarter = rows
                .first()
                .map(|r| Quarter::containing(r.day))
                .unwrap_or_else(|| Quarter::containing(state.clock.today()));
            Ok(web::see_other(&format!(
                "/counter/tallies?office={office}&quarter={}&saved=1",
                quarter.code()
            )))
        }
        Err(RecordError::Forbidden) => Err(PageError::forbidden(staff.tr)),
        Err(RecordError::Storage(e)) => Err(PageError::internal(staff.tr, e)),
    }
}

/// `POST /counter/tallies`: one day and channel.
pub async fn record_one(
    State(state): State<AppState>,
    staff: Staff,
    CsrfForm(form): CsrfForm<TallyForm>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let office = office_of(&staff, &form.office)?;
    let today = state.clock.today();
    match tally::read_form(
        &form.day,
        &form.channel,
        &form.registered,
        &form.opened,
        today,
    ) {
        Ok(row) => store(&state, &staff, &office, &[row], Source::Tally).await,
        Err((field, problem)) => {
            let errors = vec![(field.to_owned(), tr.t(problem.message_id()))];
            let quarter = Quarter::containing(today);
            let entered = Entered {
                form,
                errors,
                ..Entered::default()
            };
            render(&state, &staff, Some(office), quarter, entered, false).await
        }
    }
}

/// `POST /counter/tallies/import`: the office's daily CSV, whole or not at all.
pub async fn import(
    State(state): State<AppState>,
    staff: Staff,
    CsrfForm(form): CsrfForm<ImportForm>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let office = office_of(&staff, &form.office)?;
    let csv = if form.csv_file.trim().is_empty() {
        form.csv
    } else {
        form.csv_file
    };
    match tally::read_csv(&csv, state.clock.today()) {
        Ok(rows) => store(&state, &staff, &office, &rows, Source::Import).await,
        Err(problems) => {
            let errors = problems
                .iter()
                .map(|e| {
                    let line = e.line.to_string();
                    let message = tr.t(e.problem.message_id());
                    let text = match e.column {
                        Some(column) => tr.f(
                            "srv-tally-error-at-column",
                            &[("line", &line), ("column", column), ("message", &message)],
                        ),
                        None => tr.f(
                            "srv-tally-error-at-line",
                            &[("line", &line), ("message", &message)],
                        ),
                    };
                    ("csv".to_owned(), text)
                })
                .collect();
            let quarter = Quarter::containing(state.clock.today());
            let entered = Entered {
                csv,
                errors,
                ..Entered::default()
            };
            render(&state, &staff, Some(office), quarter, entered, false).await
        }
    }
}
