//! The plan's web survey (§6): the form anyone may answer (`/survey`, reached from the phone
//! after My Page is opened and from the public scorecard), and the annual report for staff
//! (`/counter/survey`, with its CSV), which alone shows the comments. The rules, the stripping
//! of personal data and the counting are in [`crate::survey`].

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::extract::{limit, Staff};
use crate::i18n::Tr;
use crate::ratelimit::Limit;
use crate::state::AppState;
use crate::storage::{Role, WebSurveyRecord};
use crate::survey::{self, Answer, SurveyProblem, CHANNELS, HARD, MAX_COMMENT_CHARS, TIME_TAKEN};
use crate::web::{self, page, Client, Lang, PageError, PageOptions, WithTr as _};
use crate::{scorecard, secret};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/survey", get(survey_form).post(survey_answer))
        .route("/survey/thanks", get(thanks))
        .route("/counter/survey", get(report_page))
        .route("/counter/survey.csv", get(report_csv))
}

#[derive(Deserialize, Default)]
pub struct SurveyQuery {
    from: Option<String>,
    office: Option<String>,
}

/// The form's fields. `hard` comes once per ticked box, which a plain form cannot read into a
/// list, so the body is read as pairs.
fn answer_of(pairs: &[(String, String)]) -> (Answer, String, String, String) {
    let one = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let answer = Answer {
        ease: one("ease"),
        time_taken: one("time_taken"),
        hard: pairs
            .iter()
            .filter(|(k, _)| k == "hard")
            .map(|(_, v)| v.clone())
            .collect(),
        comment: one("comment"),
    };
    (answer, one("from"), one("office"), one("csrf"))
}

fn channel_of(from: &str) -> &'static str {
    CHANNELS
        .iter()
        .copied()
        .find(|c| *c == from)
        .unwrap_or("public")
}

#[allow(clippy::too_many_arguments)]
fn form_body(
    tr: Tr,
    csrf: &str,
    from: &str,
    office: &str,
    answer: &Answer,
    problems: &[SurveyProblem],
) -> Markup {
    let errors: Vec<(String, String)> = problems
        .iter()
        .map(|p| (p.field().to_owned(), tr.t(p.message_id())))
        .collect();
    html! {
        h1 { (tr.t("srv-survey-title")) }
        p { (tr.t("srv-survey-lead")) }
        (web::error_summary(tr, &errors))
        form method="post" action=(format!("/survey?lang={}", tr.lang.code())) {
            input type="hidden" name="csrf" value=(csrf);
            input type="hidden" name="from" value=(channel_of(from));
            input type="hidden" name="office" value=(office);
            fieldset.field #ease {
                legend { (tr.t("srv-survey-ease")) }
                @for (value, id) in [(5, "srv-survey-ease-5"), (4, "srv-survey-ease-4"), (3, "srv-survey-ease-3"), (2, "srv-survey-ease-2"), (1, "srv-survey-ease-1")] {
                    label.choice {
                        input type="radio" name="ease" value=(value) required checked[answer.ease == value.to_string()];
                        " " (tr.t(id))
                    }
                }
            }
            fieldset.field #time_taken {
                legend { (tr.t("srv-survey-time")) }
                @for t in TIME_TAKEN {
                    label.choice {
                        input type="radio" name="time_taken" value=(t) required checked[answer.time_taken == t];
                        " " (tr.t(&format!("srv-survey-time-{t}")))
                    }
                }
            }
            fieldset.field #hard {
                legend { (tr.t("srv-survey-hard")) }
                p.hint { (tr.t("srv-survey-hard-hint")) }
                @for h in HARD {
                    label.choice {
                        input type="checkbox" name="hard" value=(h) checked[answer.hard.iter().any(|a| a == h)];
                        " " (tr.t(&format!("srv-survey-hard-{h}")))
                    }
                }
            }
            div.field {
                label for="comment" { (tr.t("srv-survey-comment")) }
                p.hint #comment-hint { (tr.f("srv-survey-comment-hint", &[("max", &MAX_COMMENT_CHARS.to_string())])) }
                textarea #comment name="comment" rows="5" maxlength=(MAX_COMMENT_CHARS) aria-describedby="comment-hint" { (answer.comment) }
            }
            div.actions { button type="submit" { (tr.t("srv-survey-send")) } }
        }
    }
}

/// A survey page; `base` is its address for the language links (keeping where it was reached
/// from).
fn survey_page(
    tr: Tr,
    status: StatusCode,
    body: Markup,
    set: Option<header::HeaderValue>,
    base: String,
) -> Response {
    let mut response = (
        status,
        page(
            tr,
            &tr.t("srv-survey-title"),
            body,
            PageOptions {
                language_links: Some(base),
                ..PageOptions::default()
            },
        ),
    )
        .into_response();
    if let Some(set) = set {
        response.headers_mut().append(header::SET_COOKIE, set);
    }
    response
}

/// `GET /survey`.
pub async fn survey_form(
    State(state): State<AppState>,
    Lang(tr): Lang,
    headers: HeaderMap,
    Query(query): Query<SurveyQuery>,
) -> Response {
    let (csrf, set) = web::sign_in_token(
        &headers,
        state.settings.secure_cookies(),
        &mut secret::os_rng(),
    );
    let body = form_body(
        tr,
        &csrf,
        query.from.as_deref().unwrap_or("public"),
        query.office.as_deref().unwrap_or_default(),
        &Answer::default(),
        &[],
    );
    let base = format!(
        "/survey?from={}&office={}&",
        channel_of(query.from.as_deref().unwrap_or_default()),
        query
            .office
            .as_deref()
            .filter(|o| o.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or_default()
    );
    survey_page(tr, StatusCode::OK, body, set, base)
}

/// `POST /survey`: checked, stripped of personal data, stored, thanked.
pub async fn survey_answer(
    State(state): State<AppState>,
    Lang(tr): Lang,
    Client(client): Client,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, PageError> {
    limit(&state, tr, Limit::Survey, &client).await?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|_| PageError::bad_request(tr))?;
    let (answer, from, office, csrf) = answer_of(&pairs);
    if !web::sign_in_token_matches(&headers, state.settings.secure_cookies(), &csrf) {
        return Err(PageError::forbidden(tr));
    }
    let checked = match survey::check(&answer) {
        Ok(checked) => checked,
        Err(problems) => {
            let body = form_body(tr, &csrf, &from, &office, &answer, &problems);
            return Ok(survey_page(
                tr,
                StatusCode::UNPROCESSABLE_ENTITY,
                body,
                None,
                "/survey?".to_owned(),
            ));
        }
    };
    // An office named in the link is kept only if it exists.
    let office_code = match office.trim() {
        "" => None,
        code => state.db.office(code).await.tr(tr)?.map(|o| o.code),
    };
    let record = WebSurveyRecord {
        id: secret::id("sv", &mut secret::os_rng()),
        office_code,
        channel: channel_of(&from).to_owned(),
        language: tr.lang.code().to_owned(),
        ease: checked.ease,
        time_taken: checked.time_taken.to_owned(),
        hard: checked.hard.join(" "),
        comment: checked.comment,
        created_at: state.now(),
    };
    state.db.insert_web_survey(&record).await.tr(tr)?;
    Ok(web::see_other(&format!(
        "/survey/thanks?lang={}",
        tr.lang.code()
    )))
}

/// `GET /survey/thanks`.
pub async fn thanks(Lang(tr): Lang) -> Response {
    let body = html! {
        h1 { (tr.t("srv-survey-thanks-title")) }
        p { (tr.t("srv-survey-thanks")) }
        p { a href=(format!("/scorecard?lang={}", tr.lang.code())) { (tr.t("srv-public-title")) } }
    };
    survey_page(tr, StatusCode::OK, body, None, "/survey/thanks?".to_owned())
}

#[derive(Deserialize, Default)]
pub struct ReportQuery {
    year: Option<i32>,
}

/// The fiscal year asked for and its answers that the user may see: staff their own office's,
/// an admin every answer.
async fn year_records(
    state: &AppState,
    staff: &Staff,
    query: &ReportQuery,
) -> Result<(i32, Vec<WebSurveyRecord>), PageError> {
    let year = query
        .year
        .filter(|y| (2000..=2100).contains(y))
        .unwrap_or_else(|| scorecard::Quarter::containing(state.clock.today()).fiscal_year);
    let first = scorecard::Quarter {
        fiscal_year: year,
        quarter: 1,
    };
    let (from, _) = first.bounds();
    let (_, to) = scorecard::Quarter {
        fiscal_year: year,
        quarter: 4,
    }
    .bounds();
    let records = state.db.web_surveys(from, to).await.tr(staff.tr)?;
    let records = match staff.user.role {
        Role::Admin => records,
        Role::Staff => records
            .into_iter()
            .filter(|r| r.office_code.is_some() && r.office_code == staff.user.office_code)
            .collect(),
    };
    Ok((year, records))
}

fn mean_text(mean: Option<f64>) -> String {
    mean.map(|m| format!("{m:.2}"))
        .unwrap_or_else(|| "–".into())
}

/// `GET /counter/survey?year=2026`: the fiscal year's answers, counted, and the comments.
pub async fn report_page(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ReportQuery>,
) -> Result<Response, PageError> {
    let tr = staff.tr;
    let (year, records) = year_records(&state, &staff, &query).await?;
    let r = survey::report(year, &records);
    let means = |title: &str,
                 rows: &std::collections::BTreeMap<String, survey::Mean>,
                 name: &dyn Fn(&str) -> String| {
        html! {
            div.table-wrap {
                table {
                    caption { (title) }
                    thead { tr {
                        th scope="col" { (title) }
                        th.number scope="col" { (tr.t("srv-survey-answers")) }
                        th.number scope="col" { (tr.t("srv-survey-mean")) }
                    } }
                    tbody {
                        @for (key, m) in rows {
                            tr {
                                th scope="row" { (name(key)) }
                                td.number { (m.answers) }
                                td.number { (mean_text(m.mean_ease)) }
                            }
                        }
                    }
                }
            }
        }
    };
    let body = html! {
        h1 { (tr.t("srv-survey-report-title")) }
        form.filters method="get" action="/counter/survey" {
            div.field {
                label for="year" { (tr.t("srv-survey-year")) }
                input #year .short type="text" inputmode="numeric" name="year" value=(year);
            }
            button.secondary type="submit" { (tr.t("srv-counter-search")) }
        }
        p { (tr.f("srv-survey-report-lead", &[("year", &year.to_string()), ("answers", &r.answers.to_string()), ("mean", &mean_text(r.mean_ease))])) }
        div.table-wrap {
            table {
                caption { (tr.t("srv-survey-ease")) }
                thead { tr { th scope="col" { (tr.t("srv-survey-ease")) } th.number scope="col" { (tr.t("srv-survey-answers")) } } }
                tbody {
                    @for (i, n) in r.ease.iter().enumerate().rev() {
                        tr { th scope="row" { (tr.t(&format!("srv-survey-ease-{}", i + 1))) } td.number { (n) } }
                    }
                }
            }
        }
        div.table-wrap {
            table {
                caption { (tr.t("srv-survey-time")) }
                thead { tr { th scope="col" { (tr.t("srv-survey-time")) } th.number scope="col" { (tr.t("srv-survey-answers")) } } }
                tbody {
                    @for (t, n) in &r.time_taken {
                        tr { th scope="row" { (tr.t(&format!("srv-survey-time-{t}"))) } td.number { (n) } }
                    }
                }
            }
        }
        div.table-wrap {
            table {
                caption { (tr.t("srv-survey-hard")) }
                thead { tr { th scope="col" { (tr.t("srv-survey-hard")) } th.number scope="col" { (tr.t("srv-survey-answers")) } } }
                tbody {
                    @for (h, n) in &r.hard {
                        tr { th scope="row" { (tr.t(&format!("srv-survey-hard-{h}"))) } td.number { (n) } }
                    }
                }
            }
        }
        (means(&tr.t("srv-counter-office"), &r.by_office, &|k: &str| if k.is_empty() { tr.t("srv-survey-no-office") } else { k.to_owned() }))
        (means(&tr.t("srv-survey-channel"), &r.by_channel, &|k: &str| tr.t(&format!("srv-survey-channel-{k}"))))
        (means(&tr.t("srv-survey-language"), &r.by_language, &|k: &str| madoguchi_core::Language::from_code(k).map(web::language_name).unwrap_or(k).to_owned()))
        h2 { (tr.t("srv-survey-comments")) }
        p.muted { (tr.t("srv-survey-comments-note")) }
        @let comments: Vec<&WebSurveyRecord> = records.iter().filter(|c| !c.comment.is_empty()).collect();
        @if comments.is_empty() {
            p { (tr.t("srv-survey-no-comments")) }
        } @else {
            ul.comments {
                @for c in comments {
                    li {
                        span.muted { (crate::clock::format_local(c.created_at)) " · " (c.office_code.as_deref().unwrap_or("–")) " · " (c.ease) " " }
                        (web::multiline(&c.comment))
                    }
                }
            }
        }
        div.actions {
            a.button.secondary href=(format!("/counter/survey.csv?year={year}")) download { (tr.t("srv-scorecard-csv")) }
        }
    };
    Ok(staff.page(
        &tr.t("srv-survey-report-title"),
        body,
        &format!("/counter/survey?year={year}&"),
    ))
}

/// `GET /counter/survey.csv?year=2026`.
pub async fn report_csv(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<ReportQuery>,
) -> Result<Response, PageError> {
    let (year, records) = year_records(&state, &staff, &query).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"survey-FY{year}.csv\""),
            ),
        ],
        survey::csv(&records),
    )
        .into_response())
}
