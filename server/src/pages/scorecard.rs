//! The plan's quarterly scorecard for staff (`/counter/scorecard`): the online rate of the
//! office, its prefecture and the nation against the goal and the FY2019 baseline, where each
//! count came from, the openings against the KPI, the trend, and the kiosk's one-tap rating;
//! its CSV, JSON and print view, and a button that makes the figures again. The rules and the
//! counts are in [`crate::scorecard`]; the parts the public page shares are `pub(super)` here.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::counter::{counter_error, office_picker};
use super::extract::{CsrfForm, NoFields, Staff};
use crate::counter;
use crate::i18n::Tr;
use crate::scorecard::{
    self, prefecture_of, ChartLabels, KioskRating, Line, Quarter, Scope, Snapshot, KPI_OPENINGS,
};
use crate::state::AppState;
use crate::storage::Office;
use crate::web::{self, page, PageError, PageOptions, WithTr as _};

/// The scorecard page, its exports, its print view and its refresh.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/counter/scorecard", get(scorecard_page))
        .route("/counter/scorecard/print", get(scorecard_print))
        .route("/counter/scorecard/refresh", post(refresh))
        .route("/counter/scorecard.csv", get(scorecard_csv))
        .route("/counter/scorecard.json", get(scorecard_json))
}

#[derive(Deserialize, Default)]
pub struct ScorecardQuery {
    office: Option<String>,
    quarter: Option<String>,
}

/// What one scorecard view holds: the lines (offices, then prefectures, then the nation), the
/// scope's trend and the figures' age.
struct View {
    quarter: Quarter,
    scope: Option<String>,
    all_offices: Vec<Office>,
    lines: Vec<Line>,
    trend: Vec<(Quarter, Option<f64>)>,
    /// What the trend is of.
    trend_name: String,
    national_cumulative: i64,
    updated_at: Option<i64>,
    ratings: Vec<KioskRating>,
}

/// The name of a prefecture (労働局) in the reader's language.
pub(super) fn prefecture_name(tr: Tr, code: &str) -> String {
    tr.t(&format!("srv-prefecture-{code}"))
}

/// The quarters staff pick from: this one and the eleven before it (three fiscal years), and the
/// one shown if it is older.
fn quarter_picker(tr: Tr, shown: Quarter, current: Quarter) -> Markup {
    let mut quarters = vec![current];
    for _ in 0..11 {
        let before = quarters[quarters.len() - 1].previous();
        quarters.push(before);
    }
    if !quarters.contains(&shown) {
        quarters.push(shown);
    }
    html! {
        div.field {
            label for="quarter" { (tr.t("srv-scorecard-quarter-head")) }
            select #quarter name="quarter" {
                @for q in &quarters {
                    option value=(q.code()) selected[*q == shown] {
                        (tr.f("srv-scorecard-period", &[("quarter", &q.code()), ("from", &q.first_day().to_string()), ("to", &q.last_day().to_string())]))
                    }
                }
            }
        }
    }
}

async fn view(state: &AppState, staff: &Staff, query: &ScorecardQuery) -> Result<View, PageError> {
    let tr = staff.tr;
    let scope = counter::office_scope(&staff.user, query.office.as_deref())
        .map_err(|e| counter_error(tr, e))?;
    let quarter = query
        .quarter
        .as_deref()
        .and_then(Quarter::parse)
        .unwrap_or_else(|| Quarter::containing(state.clock.today()));
    let snapshot = Snapshot::read(&state.db, state.now()).await.tr(tr)?;
    let offices: Vec<&Office> = snapshot
        .offices
        .iter()
        .filter(|o| scope.as_ref().is_none_or(|code| &o.code == code))
        .collect();
    let mut lines: Vec<Line> = offices
        .iter()
        .map(|o| Line::new(&snapshot, &Scope::Office(o.code.clone()), &o.name, quarter))
        .collect();
    let mut prefectures: Vec<&str> = offices
        .iter()
        .filter_map(|o| prefecture_of(&o.code))
        .collect();
    prefectures.dedup();
    for p in prefectures {
        let scope = Scope::Prefecture(p.to_owned());
        lines.push(Line::new(
            &snapshot,
            &scope,
            &prefecture_name(tr, p),
            quarter,
        ));
    }
    lines.push(Line::new(
        &snapshot,
        &Scope::National,
        &tr.t("srv-scorecard-national"),
        quarter,
    ));
    let (trend_scope, trend_name) = match offices.as_slice() {
        [one] => (Scope::Office(one.code.clone()), one.name.clone()),
        _ => (Scope::National, tr.t("srv-scorecard-national")),
    };
    let trend = snapshot
        .trend(&trend_scope, quarter)
        .into_iter()
        .map(|(q, c)| (q, c.rate()))
        .collect();
    let mut ratings = Vec::with_capacity(offices.len());
    for o in &offices {
        ratings.push(
            scorecard::kiosk_rating(&state.db, &o.code, quarter)
                .await
                .tr(tr)?,
        );
    }
    Ok(View {
        quarter,
        scope,
        national_cumulative: snapshot.cumulative_openings(&Scope::National, quarter),
        all_offices: snapshot.offices.clone(),
        lines,
        trend,
        trend_name,
        updated_at: snapshot.updated_at,
        ratings,
    })
}

pub(super) fn percent(rate: Option<f64>) -> String {
    rate.map(|r| format!("{:.1}%", r * 100.0))
        .unwrap_or_else(|| "–".into())
}

/// A count with thousands separators.
pub(super) fn count(n: i64) -> String {
    crate::view::group_thousands(&n.to_string())
}

/// The openings so far against the plan's KPI, as a bar and in words.
pub(super) fn kpi_block(tr: Tr, cumulative: i64) -> Markup {
    let share = cumulative as f64 / KPI_OPENINGS as f64;
    html! {
        section.kpi aria-labelledby="kpi-title" {
            h2 #kpi-title { (tr.t("srv-scorecard-kpi-title")) }
            p {
                label for="kpi-progress" {
                    (tr.f("srv-scorecard-kpi", &[("openings", &count(cumulative)), ("kpi", &count(KPI_OPENINGS)), ("percent", &percent(Some(share)))]))
                }
            }
            progress #kpi-progress .kpi max=(KPI_OPENINGS) value=(cumulative.min(KPI_OPENINGS)) { (percent(Some(share))) }
        }
    }
}

/// The trend as a chart and, beside it, the same figures as a table.
pub(super) fn trend_block(tr: Tr, name: &str, trend: &[(Quarter, Option<f64>)]) -> Markup {
    let labels = ChartLabels {
        title: tr.f("srv-scorecard-chart-title", &[("name", name)]),
        target: tr.t("srv-scorecard-target-label"),
        baseline: tr.t("srv-scorecard-baseline-label"),
        none: "–".into(),
        met: tr.t("srv-scorecard-legend-met"),
        not_met: tr.t("srv-scorecard-legend-not-met"),
    };
    html! {
        div.trend {
            figure {
                (web::trusted_svg(scorecard::rate_chart(trend, &labels)))
                figcaption.muted { (tr.t("srv-scorecard-chart-caption")) }
            }
            table.trend-table {
                caption { (labels.title) }
                thead { tr {
                    th scope="col" { (tr.t("srv-scorecard-quarter-head")) }
                    th.number scope="col" { (tr.t("srv-scorecard-rate")) }
                    th scope="col" { (tr.t("srv-scorecard-target")) }
                } }
                tbody {
                    @for (q, rate) in trend {
                        tr {
                            th scope="row" { (q.code()) }
                            td.number { (percent(*rate)) }
                            td { (met_text(tr, *rate)) }
                        }
                    }
                }
            }
        }
    }
}

pub(super) fn met_text(tr: Tr, rate: Option<f64>) -> String {
    match rate {
        None => "–".into(),
        Some(r) if r >= scorecard::TARGET_RATE => tr.t("srv-scorecard-met"),
        Some(_) => tr.t("srv-scorecard-not-met"),
    }
}

/// The plan's definition, quoted, with the goal and the baseline.
pub(super) fn definition_block(tr: Tr) -> Markup {
    html! {
        section.definition aria-labelledby="definition-title" {
            h2 #definition-title { (tr.t("srv-scorecard-definition-title")) }
            blockquote lang="ja" cite="https://www.mhlw.go.jp/" {
                p { "オンライン利用率＝（求職者マイページ開設数/求職者）" }
                p { "【目標】オンライン利用率 20％以上" }
                p { "令和５年９月までで 34 万件（中間 KPI：求職者マイページ開設数）" }
            }
            p.muted { (tr.t("srv-scorecard-definition-source")) }
            p { (tr.t("srv-scorecard-definition")) }
        }
    }
}

fn updated_text(tr: Tr, updated_at: Option<i64>) -> String {
    match updated_at {
        Some(at) => tr.f(
            "srv-scorecard-updated",
            &[("at", &crate::clock::format_local(at))],
        ),
        None => tr.t("srv-scorecard-never-updated"),
    }
}

fn lines_table(tr: Tr, lines: &[Line]) -> Markup {
    html! {
        div.table-wrap {
            table {
                caption { (tr.t("srv-scorecard-table-caption")) }
                thead {
                    tr {
                        th scope="col" rowspan="2" { (tr.t("srv-scorecard-unit")) }
                        th scope="colgroup" colspan="4" { (tr.t("srv-scorecard-job-seekers")) }
                        th scope="colgroup" colspan="3" { (tr.t("srv-scorecard-opened")) }
                        th.number scope="col" rowspan="2" { (tr.t("srv-scorecard-rate")) }
                        th scope="col" rowspan="2" { (tr.t("srv-scorecard-target")) }
                        th.number scope="col" rowspan="2" { (tr.t("srv-scorecard-kiosk-share")) }
                        th.number scope="col" rowspan="2" { (tr.t("srv-scorecard-cumulative")) }
                    }
                    tr {
                        th.number scope="col" { (tr.t("srv-scorecard-from-kiosk")) }
                        th.number scope="col" { (tr.t("srv-scorecard-from-counter")) }
                        th.number scope="col" { (tr.t("srv-scorecard-from-online")) }
                        th.number scope="col" { (tr.t("srv-scorecard-total")) }
                        th.number scope="col" { (tr.t("srv-scorecard-opened-kiosk")) }
                        th.number scope="col" { (tr.t("srv-scorecard-opened-recorded")) }
                        th.number scope="col" { (tr.t("srv-scorecard-total")) }
                    }
                }
                tbody {
                    @for l in lines {
                        tr class=(l.level) {
                            th scope="row" {
                                @if l.level == "office" { (l.code) " " }
                                (l.name)
                            }
                            td.number { (count(l.counts.kiosk_registered)) }
                            td.number { (count(l.counts.counter_registered)) }
                            td.number { (count(l.counts.online_registered)) }
                            td.number { (count(l.job_seekers)) }
                            td.number { (count(l.counts.kiosk_opened)) }
                            td.number { (count(l.counts.counter_opened + l.counts.online_opened)) }
                            td.number { (count(l.my_pages_opened)) }
                            td.number { (percent(l.online_rate)) }
                            td { (met_text(tr, l.online_rate)) }
                            td.number { (percent(l.kiosk_share)) }
                            td.number { (count(l.cumulative_openings)) }
                        }
                    }
                }
            }
        }
        p.muted { (tr.t("srv-scorecard-sources")) }
    }
}

fn ratings_table(tr: Tr, ratings: &[KioskRating]) -> Markup {
    html! {
        h2 { (tr.t("srv-scorecard-rating-title")) }
        div.table-wrap {
            table {
                thead { tr {
                    th scope="col" { (tr.t("srv-counter-office")) }
                    th.number scope="col" { (tr.t("srv-scorecard-accepted")) }
                    th.number scope="col" { (tr.t("srv-scorecard-answers")) }
                    th scope="col" { (tr.t("srv-scorecard-distribution")) }
                    th.number scope="col" { (tr.t("srv-scorecard-mean")) }
                } }
                tbody {
                    @for r in ratings {
                        tr {
                            th scope="row" { (r.office_code) }
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
    }
}

/// The figures of a view, as the page and the print view show them.
fn figures(tr: Tr, v: &View) -> Markup {
    html! {
        h2 { (tr.f("srv-scorecard-period", &[("quarter", &v.quarter.code()), ("from", &v.quarter.first_day().to_string()), ("to", &v.quarter.last_day().to_string())])) }
        p.updated { (updated_text(tr, v.updated_at)) }
        (lines_table(tr, &v.lines))
        (kpi_block(tr, v.national_cumulative))
        h2 { (tr.t("srv-scorecard-trend-title")) }
        (trend_block(tr, &v.trend_name, &v.trend))
        (ratings_table(tr, &v.ratings))
        (definition_block(tr))
    }
}

fn query_string(v: &View) -> String {
    format!(
        "?quarter={}{}",
        v.quarter.code(),
        v.scope
            .as_deref()
            .map(|o| format!("&office={o}"))
            .unwrap_or_default()
    )
}

/// `GET /counter/scorecard`.
pub async fn scorecard_page(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ScorecardQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let v = view(&state, &staff, &query).await?;
    let q = query_string(&v);
    let body = html! {
        h1 { (tr.t("srv-scorecard-title")) }
        p { (tr.t("srv-scorecard-lead")) }
        form.filters method="get" action="/counter/scorecard" {
            (office_picker(tr, &staff, &v.all_offices, v.scope.as_deref(), true))
            (quarter_picker(tr, v.quarter, Quarter::containing(state.clock.today())))
            button.secondary type="submit" { (tr.t("srv-counter-search")) }
        }
        (figures(tr, &v))
        div.actions {
            a.button.secondary href=(format!("/counter/tallies{}", v.scope.as_deref().map(|o| format!("?office={o}")).unwrap_or_default())) { (tr.t("srv-tally-title")) }
            a.button.secondary href=(format!("/counter/scorecard/print{q}")) { (tr.t("srv-scorecard-print")) }
            a.button.secondary href=(format!("/counter/scorecard.csv{q}")) download { (tr.t("srv-scorecard-csv")) }
            a.button.secondary href=(format!("/counter/scorecard.json{q}")) { (tr.t("srv-scorecard-json")) }
            a.button.secondary href=(format!("/counter/survey?year={}", v.quarter.fiscal_year)) { (tr.t("srv-survey-report-title")) }
        }
        form.inline-form method="post" action="/counter/scorecard/refresh" {
            (web::csrf_field(&staff.csrf))
            button.secondary type="submit" { (tr.t("srv-scorecard-refresh")) }
        }
    };
    Ok(staff.page(
        &tr.t("srv-scorecard-title"),
        body,
        &format!("/counter/scorecard{q}&"),
    ))
}

/// `GET /counter/scorecard/print`: the same figures for a report, without the console.
pub async fn scorecard_print(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ScorecardQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let v = view(&state, &staff, &query).await?;
    let body = html! {
        div.actions.no-print {
            a.button.secondary href=(format!("/counter/scorecard{}", query_string(&v))) { "← " (tr.t("srv-counter-back")) }
            span.muted { (tr.t("srv-counter-print-hint")) }
        }
        h1 { (tr.t("srv-scorecard-title")) }
        (figures(tr, &v))
    };
    Ok(page(
        tr,
        &tr.t("srv-scorecard-title"),
        body,
        PageOptions {
            wide: true,
            ..PageOptions::default()
        },
    )
    .into_response())
}

/// `POST /counter/scorecard/refresh`: makes every office's figures again now.
pub async fn refresh(
    State(state): State<AppState>,
    staff: Staff,
    _: CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    scorecard::refresh_all(&state.db, state.now())
        .await
        .tr(staff.tr)?;
    Ok(web::see_other("/counter/scorecard"))
}

/// `GET /counter/scorecard.csv`.
pub async fn scorecard_csv(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ScorecardQuery>,
) -> Result<Response, PageError> {
    let v = view(&state, &staff, &query).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"scorecard-{}.csv\"",
                    v.quarter.code()
                ),
            ),
        ],
        scorecard::csv(&v.lines),
    )
        .into_response())
}

/// `GET /counter/scorecard.json`.
pub async fn scorecard_json(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ScorecardQuery>,
) -> Result<Response, PageError> {
    let v = view(&state, &staff, &query).await?;
    Ok(axum::Json(serde_json::json!({
        "quarter": v.quarter.code(),
        "from": v.quarter.first_day().to_string(),
        "to": v.quarter.last_day().to_string(),
        "target_rate": scorecard::TARGET_RATE,
        "baseline_rate": scorecard::BASELINE_RATE,
        "kpi_openings": KPI_OPENINGS,
        "national_cumulative_openings": v.national_cumulative,
        "updated_at": v.updated_at,
        "lines": v.lines,
        "trend": v.trend.iter().map(|(q, r)| serde_json::json!({"quarter": q.code(), "online_rate": r})).collect::<Vec<_>>(),
        "kiosk_ratings": v.ratings,
    }))
    .into_response())
}
