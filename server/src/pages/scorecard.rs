//! The plan's quarterly scorecard for staff (`/counter/scorecard`) and its CSV and JSON
//! exports. The counts and the target are in [`crate::scorecard`].

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::html;
use serde::Deserialize;

use super::counter::{counter_error, office_picker};
use super::extract::Staff;
use crate::counter;
use crate::scorecard::{self, Quarter};
use crate::state::AppState;
use crate::storage::Office;
use crate::web::{self, PageError, WithTr as _};

/// The scorecard page and its exports.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter/scorecard", get(scorecard_page))
        .route("/counter/scorecard.csv", get(scorecard_csv))
        .route("/counter/scorecard.json", get(scorecard_json))
}

// ---------------------------------------------------------------------------------------------
// Scorecard

#[derive(Deserialize, Default)]
pub struct ScorecardQuery {
    office: Option<String>,
    quarter: Option<String>,
}

/// The offices a user's scorecard covers and the quarter asked for.
async fn scorecard_scope(
    state: &AppState,
    staff: &Staff,
    query: &ScorecardQuery,
) -> Result<(Vec<Office>, Quarter, Option<String>), PageError> {
    let tr = staff.tr;
    let scope = counter::office_scope(&staff.user, query.office.as_deref())
        .map_err(|e| counter_error(tr, e))?;
    let all = state.db.offices().await.tr(tr)?;
    let offices: Vec<Office> = match &scope {
        Some(code) => all.into_iter().filter(|o| &o.code == code).collect(),
        None => all,
    };
    let quarter = query
        .quarter
        .as_deref()
        .and_then(Quarter::parse)
        .unwrap_or_else(|| Quarter::containing(state.clock.today()));
    Ok((offices, quarter, scope))
}

fn percent(rate: Option<f64>) -> String {
    rate.map(|r| format!("{:.1}%", r * 100.0))
        .unwrap_or_else(|| "–".into())
}

/// `GET /counter/scorecard`.
pub async fn scorecard_page(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ScorecardQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let (offices, quarter, scope) = scorecard_scope(&state, &staff, &query).await?;
    let rows = scorecard::rows(&state.db, &offices, quarter).await.tr(tr)?;
    let all_offices = state.db.offices().await.tr(tr)?;
    let chart = match offices.as_slice() {
        [one] => {
            let trend = scorecard::trend(&state.db, one, quarter, 4).await.tr(tr)?;
            Some(scorecard::rate_chart(
                &trend,
                &tr.f("srv-scorecard-chart-title", &[("office", &one.name)]),
                &tr.t("srv-scorecard-target-label"),
            ))
        }
        _ => None,
    };
    let export_query = format!(
        "?quarter={}{}",
        quarter.code(),
        scope
            .as_deref()
            .map(|o| format!("&office={o}"))
            .unwrap_or_default()
    );
    let body = html! {
        h1 { (tr.t("srv-scorecard-title")) }
        p { (tr.t("srv-scorecard-lead")) }
        form.filters method="get" action="/counter/scorecard" {
            (office_picker(tr, &staff, &all_offices, scope.as_deref(), true))
            div.field {
                label for="quarter" { (tr.t("srv-scorecard-quarter")) }
                input #quarter .short type="text" name="quarter" value=(quarter.code()) placeholder="2026Q3";
            }
            button.secondary type="submit" { (tr.t("srv-counter-search")) }
        }
        h2 { (tr.f("srv-scorecard-period", &[("quarter", &quarter.code()), ("from", &quarter.first_day().to_string()), ("to", &quarter.last_day().to_string())])) }
        @if let Some(svg) = chart {
            figure {
                (web::trusted_svg(svg))
                figcaption.muted { (tr.t("srv-scorecard-chart-caption")) }
            }
        }
        div.table-wrap {
            table {
                thead { tr {
                    th scope="col" { (tr.t("srv-counter-office")) }
                    th.number scope="col" { (tr.t("srv-scorecard-applications")) }
                    th.number scope="col" { (tr.t("srv-scorecard-opened")) }
                    th.number scope="col" { (tr.t("srv-scorecard-rate")) }
                    th scope="col" { (tr.t("srv-scorecard-target")) }
                    th.number scope="col" { (tr.t("srv-scorecard-accepted")) }
                    th.number scope="col" { (tr.t("srv-scorecard-answers")) }
                    th scope="col" { (tr.t("srv-scorecard-distribution")) }
                    th.number scope="col" { (tr.t("srv-scorecard-mean")) }
                } }
                tbody {
                    @for r in &rows {
                        tr {
                            th scope="row" { (r.office_code) " " (r.office_name) }
                            td.number { (r.applications) }
                            td.number { (r.my_pages_opened) }
                            td.number { (percent(r.online_rate)) }
                            td { (tr.t(if r.meets_target() { "srv-scorecard-met" } else { "srv-scorecard-not-met" })) }
                            td.number { (r.accepted) }
                            td.number { (r.survey_answers) }
                            td {
                                @for (i, n) in r.survey_scores.iter().enumerate() {
                                    @if i > 0 { " / " }
                                    (i + 1) ": " (n)
                                }
                            }
                            td.number { (r.survey_mean.map(|m| format!("{m:.2}")).unwrap_or_else(|| "–".into())) }
                        }
                    }
                }
            }
        }
        p.muted { (tr.t("srv-scorecard-definition")) }
        div.actions {
            a.button.secondary href=(format!("/counter/scorecard.csv{export_query}")) download { (tr.t("srv-scorecard-csv")) }
            a.button.secondary href=(format!("/counter/scorecard.json{export_query}")) { (tr.t("srv-scorecard-json")) }
        }
    };
    Ok(staff.page(
        &tr.t("srv-scorecard-title"),
        body,
        &format!("/counter/scorecard{export_query}&"),
    ))
}

/// The rows an export holds, and their quarter.
async fn export_rows(
    state: &AppState,
    staff: &Staff,
    query: &ScorecardQuery,
) -> Result<(Vec<scorecard::Row>, Quarter), PageError> {
    let (offices, quarter, _) = scorecard_scope(state, staff, query).await?;
    let rows = scorecard::rows(&state.db, &offices, quarter)
        .await
        .tr(staff.tr)?;
    Ok((rows, quarter))
}

/// `GET /counter/scorecard.csv`.
pub async fn scorecard_csv(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ScorecardQuery>,
) -> Result<Response, PageError> {
    let (rows, quarter) = export_rows(&state, &staff, &query).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"scorecard-{}.csv\"", quarter.code()),
            ),
        ],
        scorecard::csv(&rows),
    )
        .into_response())
}

/// `GET /counter/scorecard.json`.
pub async fn scorecard_json(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ScorecardQuery>,
) -> Result<Response, PageError> {
    let (rows, quarter) = export_rows(&state, &staff, &query).await?;
    Ok(axum::Json(serde_json::json!({
        "quarter": quarter.code(),
        "from": quarter.first_day().to_string(),
        "to": quarter.last_day().to_string(),
        "target_rate": scorecard::TARGET_RATE,
        "offices": rows,
    }))
    .into_response())
}
