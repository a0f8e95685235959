//! `GET /counter/export?date=YYYY-MM-DD&format=csv|csv-sjis|json`: the day's accepted
//! applications of the staff member's office as a download ([`crate::export`]). Staff get their
//! own office only; an admin names one with `office=`. The file name holds the office and the
//! day, and the answer is never cached.

use axum::extract::{Query, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use time::Date;

use super::counter::counter_error;
use super::extract::Staff;
use crate::counter;
use crate::export::{self, Format};
use crate::state::AppState;
use crate::web::PageError;

pub fn routes() -> Router<AppState> {
    Router::new().route("/counter/export", get(download))
}

#[derive(Deserialize, Default)]
pub struct ExportQuery {
    office: Option<String>,
    date: Option<String>,
    format: Option<String>,
}

/// How many characters the Shift_JIS export replaced, for the one downloading it.
pub const REPLACED_HEADER: &str = "x-madoguchi-replaced";

/// `GET /counter/export`.
pub async fn download(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ExportQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let office = counter::office_scope(&staff.user, query.office.as_deref())
        .map_err(|e| counter_error(tr, e))?
        .ok_or_else(|| PageError::bad_request(tr))?;
    let day = match query.date.as_deref() {
        None | Some("") => state.clock.today(),
        Some(text) => Date::parse(
            text,
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .map_err(|_| PageError::bad_request(tr))?,
    };
    let format = Format::from_code(query.format.as_deref().unwrap_or("csv"))
        .ok_or_else(|| PageError::bad_request(tr))?;
    let done = export::export(&state.db, &office, day, format)
        .await
        .map_err(|e| PageError::internal(tr, e))?;
    let disposition = format!(
        "attachment; filename=\"{}\"",
        export::file_name(&office, day, format)
    );
    let mut response = (
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (header::CACHE_CONTROL, "no-store".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        done.bytes.clone(),
    )
        .into_response();
    response.headers_mut().insert(
        HeaderName::from_static(REPLACED_HEADER),
        HeaderValue::from(done.replaced_total()),
    );
    Ok(response)
}

/// The list page's download form for the day shown, with a warning when the Shift_JIS file
/// would replace characters (where, never which).
pub fn export_section(
    tr: crate::i18n::Tr,
    office: &str,
    day: Date,
    replaced: &[export::Replaced],
) -> maud::Markup {
    let total: usize = replaced.iter().map(|r| r.count).sum();
    maud::html! {
        section.export aria-labelledby="export-title" {
            h2 #export-title { (tr.t("srv-export-title")) }
            p { (tr.f("srv-export-lead", &[("date", &day.to_string())])) }
            form.filters method="get" action="/counter/export" {
                input type="hidden" name="office" value=(office);
                input type="hidden" name="date" value=(day.to_string());
                div.field {
                    label for="export-format" { (tr.t("srv-export-format")) }
                    select #export-format name="format" {
                        @for f in Format::ALL {
                            option value=(f.code()) { (tr.t(&format!("srv-export-format-{}", f.code()))) }
                        }
                    }
                }
                button.secondary type="submit" { (tr.t("srv-export-download")) }
            }
            @if total > 0 {
                div.notice.warning {
                    p { (tr.f("srv-export-sjis-replaced", &[("count", &total.to_string()), ("marker", &export::SJIS_MARKER.to_string())])) }
                    ul {
                        @for r in replaced {
                            li { (r.receipt) " — " code { (r.column) } " ×" (r.count) }
                        }
                    }
                }
            }
        }
    }
}
