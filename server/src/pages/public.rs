//! The published scorecard (`/scorecard`, no sign-in), as the plan asks every quarter: the
//! national and prefecture figures of the current quarter, each office's where its counts are
//! large enough, the openings against the KPI, the national trend, when the figures were made
//! and the plan's definition quoted. Small counts and whatever would give them back are withheld
//! ([`crate::disclosure`]); the page reads only the scorecard's cells, never an application.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};

use super::scorecard::{
    count, definition_block, kpi_block, met_text, percent, prefecture_name, trend_block,
};
use crate::disclosure::{self, Relation, MIN_CELL};
use crate::i18n::Tr;
use crate::scorecard::{prefecture_of, Quarter, Scope, Snapshot};
use crate::state::AppState;
use crate::storage::CellCounts;
use crate::web::{page, Lang, PageError, PageOptions, WithTr as _};

pub fn routes() -> Router<AppState> {
    Router::new().route("/scorecard", get(public_page))
}

/// One published line and which of its counts are withheld.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicLine {
    pub scope: Scope,
    pub name: String,
    /// Job seekers, or `None` when withheld.
    pub job_seekers: Option<i64>,
    pub openings: Option<i64>,
    pub kiosk_openings: Option<i64>,
    pub rate: Option<f64>,
    pub kiosk_share: Option<f64>,
}

/// The published figures of one quarter: the nation, its prefectures, their offices.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub quarter: Quarter,
    pub national: PublicLine,
    /// Each prefecture with its offices.
    pub prefectures: Vec<(PublicLine, Vec<PublicLine>)>,
    /// National openings so far, when shown.
    pub cumulative: Option<i64>,
    /// The national rate per quarter, where its counts are large enough.
    pub trend: Vec<(Quarter, Option<f64>)>,
    pub updated_at: Option<i64>,
}

/// Every figure of the quarter, with the small ones and their complements withheld.
pub fn published(tr: Tr, snapshot: &Snapshot, quarter: Quarter) -> Published {
    // Index 0 is the nation, then the prefectures, then each prefecture's offices.
    let mut scopes: Vec<(Scope, String)> = vec![(Scope::National, tr.t("srv-scorecard-national"))];
    let mut relations = Vec::new();
    let prefectures = snapshot.prefectures();
    let mut national_parts = Vec::new();
    for p in &prefectures {
        national_parts.push(scopes.len());
        scopes.push((Scope::Prefecture(p.clone()), prefecture_name(tr, p)));
    }
    relations.push(Relation {
        total: 0,
        parts: national_parts.clone(),
    });
    let mut office_indices: Vec<Vec<usize>> = Vec::new();
    for (i, p) in prefectures.iter().enumerate() {
        let mut parts = Vec::new();
        for o in snapshot
            .offices
            .iter()
            .filter(|o| prefecture_of(&o.code) == Some(p.as_str()))
        {
            parts.push(scopes.len());
            scopes.push((
                Scope::Office(o.code.clone()),
                format!("{} {}", o.code, o.name),
            ));
        }
        relations.push(Relation {
            total: national_parts[i],
            parts: parts.clone(),
        });
        office_indices.push(parts);
    }
    let counts: Vec<CellCounts> = scopes
        .iter()
        .map(|(s, _)| snapshot.counts(s, quarter))
        .collect();
    let column = |f: fn(&CellCounts) -> i64| -> Vec<Option<i64>> {
        let values: Vec<i64> = counts.iter().map(f).collect();
        let hidden = disclosure::withheld(&values, &relations);
        values
            .into_iter()
            .zip(hidden)
            .map(|(v, h)| (!h).then_some(v))
            .collect()
    };
    let seekers = column(CellCounts::job_seekers);
    let openings = column(CellCounts::openings);
    let kiosk = column(|c| c.kiosk_opened);
    let line = |i: usize| {
        let (scope, name) = scopes[i].clone();
        let rate = match (seekers[i], openings[i]) {
            (Some(s), Some(o)) if s > 0 => Some(o as f64 / s as f64),
            _ => None,
        };
        let kiosk_share = match (openings[i], kiosk[i]) {
            (Some(o), Some(k)) if o > 0 => Some(k as f64 / o as f64),
            _ => None,
        };
        PublicLine {
            scope,
            name,
            job_seekers: seekers[i],
            openings: openings[i],
            kiosk_openings: kiosk[i],
            rate,
            kiosk_share,
        }
    };
    let national = line(0);
    let cumulative = national
        .openings
        .map(|_| snapshot.cumulative_openings(&Scope::National, quarter))
        .filter(|n| *n >= MIN_CELL);
    let trend = snapshot
        .trend(&Scope::National, quarter)
        .into_iter()
        .map(|(q, c)| {
            let large = c.job_seekers() >= MIN_CELL && c.openings() >= MIN_CELL;
            (q, c.rate().filter(|_| large))
        })
        .collect();
    Published {
        quarter,
        national,
        prefectures: national_parts
            .iter()
            .zip(&office_indices)
            .map(|(p, offices)| (line(*p), offices.iter().map(|o| line(*o)).collect()))
            .collect(),
        cumulative,
        trend,
        updated_at: snapshot.updated_at,
    }
}

fn shown(tr: Tr, value: Option<i64>) -> Markup {
    html! {
        @match value {
            Some(v) => (count(v)),
            None => span.withheld { (tr.t("srv-public-withheld")) },
        }
    }
}

fn rate_cell(tr: Tr, rate: Option<f64>) -> Markup {
    html! {
        @match rate {
            Some(_) => (percent(rate)),
            None => span.withheld { (tr.t("srv-public-withheld")) },
        }
    }
}

fn table(tr: Tr, caption: &str, lines: &[&PublicLine]) -> Markup {
    html! {
        div.table-wrap {
            table {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (tr.t("srv-scorecard-unit")) }
                    th.number scope="col" { (tr.t("srv-public-job-seekers")) }
                    th.number scope="col" { (tr.t("srv-public-openings")) }
                    th.number scope="col" { (tr.t("srv-scorecard-rate")) }
                    th scope="col" { (tr.t("srv-scorecard-target")) }
                    th.number scope="col" { (tr.t("srv-scorecard-kiosk-share")) }
                } }
                tbody {
                    @for l in lines {
                        tr {
                            th scope="row" { (l.name) }
                            td.number { (shown(tr, l.job_seekers)) }
                            td.number { (shown(tr, l.openings)) }
                            td.number { (rate_cell(tr, l.rate)) }
                            td { (met_text(tr, l.rate)) }
                            td.number { (rate_cell(tr, l.kiosk_share)) }
                        }
                    }
                }
            }
        }
    }
}

fn body(tr: Tr, p: &Published) -> Markup {
    let q = p.quarter;
    let updated = p
        .updated_at
        .map(|at| {
            tr.f(
                "srv-scorecard-updated",
                &[("at", &crate::clock::format_local(at))],
            )
        })
        .unwrap_or_else(|| tr.t("srv-scorecard-never-updated"));
    html! {
        h1 { (tr.t("srv-public-title")) }
        p { (tr.t("srv-public-lead")) }
        p.updated { (updated) }
        h2 { (tr.f("srv-scorecard-period", &[("quarter", &q.code()), ("from", &q.first_day().to_string()), ("to", &q.last_day().to_string())])) }
        dl.summary {
            dt { (tr.t("srv-scorecard-rate")) }
            dd { (rate_cell(tr, p.national.rate)) " (" (tr.t("srv-scorecard-target-label")) " · " (tr.t("srv-scorecard-baseline-label")) ")" }
            dt { (tr.t("srv-scorecard-kiosk-share")) }
            dd { (rate_cell(tr, p.national.kiosk_share)) }
        }
        @if let Some(cumulative) = p.cumulative {
            (kpi_block(tr, cumulative))
        }
        h2 { (tr.t("srv-scorecard-trend-title")) }
        (trend_block(tr, &tr.t("srv-scorecard-national"), &p.trend))
        h2 { (tr.t("srv-public-prefectures")) }
        (table(tr, &tr.t("srv-public-prefectures"), &std::iter::once(&p.national).chain(p.prefectures.iter().map(|(l, _)| l)).collect::<Vec<_>>()))
        h2 { (tr.t("srv-public-offices")) }
        @for (prefecture, offices) in &p.prefectures {
            (table(tr, &prefecture.name, &offices.iter().collect::<Vec<_>>()))
        }
        p.muted { (tr.f("srv-public-withheld-note", &[("min", &MIN_CELL.to_string())])) }
        (definition_block(tr))
        section aria-labelledby="survey-invite" {
            h2 #survey-invite { (tr.t("srv-survey-invite-title")) }
            p { (tr.t("srv-survey-invite")) }
            p { a.button href=(format!("/survey?from=public&lang={}", tr.lang.code())) { (tr.t("srv-survey-title")) } }
        }
    }
}

/// `GET /scorecard`.
pub async fn public_page(
    State(state): State<AppState>,
    Lang(tr): Lang,
) -> Result<Response, PageError> {
    let snapshot = Snapshot::read(&state.db, state.now()).await.tr(tr)?;
    let quarter = Quarter::containing(state.clock.today());
    let published = published(tr, &snapshot, quarter);
    Ok(page(
        tr,
        &tr.t("srv-public-title"),
        body(tr, &published),
        PageOptions {
            language_links: Some("/scorecard?".into()),
            wide: true,
            ..PageOptions::default()
        },
    )
    .into_response())
}
