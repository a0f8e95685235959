//! `GET /counter/applications/{id}/form.pdf`: the printed 求職申込書 ([`crate::form_pdf`]) of
//! an application staff may see, filled from its corrected version, always in Japanese (the
//! official form's language). The PDF holds personal data: it is sent with `no-store` and a
//! file name of the receipt number only.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use madoguchi_core::Language;

use super::counter::counter_error;
use super::extract::Staff;
use crate::clock::local;
use crate::correction::application_of;
use crate::counter;
use crate::form_pdf::{self, FormFonts, FormHead};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{PageError, WithTr as _};

pub fn routes() -> Router<AppState> {
    Router::new().route("/counter/applications/{id}/form.pdf", get(form_pdf))
}

/// `GET /counter/applications/{id}/form.pdf`.
pub async fn form_pdf(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let record = counter::application_for(&state.db, &staff.user, &id)
        .await
        .map_err(|e| counter_error(tr, e))?;
    let office = state.db.office(&record.office_code).await.tr(tr)?;
    let head = FormHead {
        receipt: record.receipt.clone(),
        office_name: office.map(|o| o.name).unwrap_or_default(),
        office_code: record.office_code.clone(),
        job_seeker_number: record.job_seeker_number.clone(),
        printed_on: local(state.now()).date(),
    };
    let app = application_of(&record.application_json);
    // Shaping and subsetting a CJK font take a moment of CPU: off the request threads.
    let pdf = tokio::task::spawn_blocking(move || {
        let fonts = FormFonts::installed()?;
        form_pdf::render(&fonts, Tr::new(Language::JA), &app, &head)
    })
    .await
    .map_err(|e| PageError::internal(tr, e))?
    .map_err(|e| PageError::internal(tr, e))?;
    tracing::info!(application = %record.id, by = %staff.user.login, "求職申込書 printed");
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (header::CACHE_CONTROL, "no-store".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"kyushoku-{}.pdf\"", record.receipt),
            ),
        ],
        pdf,
    )
        .into_response())
}
