//! The JSON API under `/api/v1`: what kiosks call. Handlers only translate HTTP to the plain
//! modules ([`crate::enrolment`], [`crate::intake`]) and back. Every body is a type of the
//! contract the kiosk speaks too ([`madoguchi_core::contract`]); the OpenAPI document at
//! `/api/v1/openapi.json` is generated from those types and these very signatures.

use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use madoguchi_core::contract::{
    path, ApplicationRequest, AssistRequest, EnrollAnswer, EnrollRequest, Health, HeartbeatAck,
    HeartbeatRequest, Problem, Received, StaffCallAnswer, StaffCallLookup, StaffCallRequest,
    SurveyReason, SurveyRecorded, SurveyRequest, IDEMPOTENCY_KEY,
};
use madoguchi_core::receipt::{IdempotencyKey, ReceiptNumber};
use serde::de::DeserializeOwned;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::enrolment;
use crate::intake::{self, Outcome};
use crate::problem::ApiError;
use crate::ratelimit::Limit;
use crate::secret;
use crate::staff_call::{self, CallError};
use crate::staff_code::{self, StaffCodeError};
use crate::state::AppState;
use crate::storage::{KioskIdentity, SurveyRecord};
use crate::web::Client;

/// The routes under [`path::API`], to be nested there.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(path::within_api(path::ENROLL), post(enroll))
        .route(path::within_api(path::HEARTBEAT), post(heartbeat))
        .route(path::within_api(path::APPLICATIONS), post(submit))
        .route(path::within_api(path::SURVEYS), post(survey))
        .route(path::within_api(path::STAFF_CALLS), post(call_staff))
        .route(
            path::within_api(path::STAFF_CALL_STATE),
            post(staff_call_state),
        )
        .route(path::within_api(path::ASSISTS), post(assist))
        .route(path::within_api(path::OPENAPI), get(openapi))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(crate::API_BODY_LIMIT))
}

/// A JSON body whose rejections are problem documents.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(rejection.into()),
        }
    }
}

/// The kiosk behind a valid `Authorization: Bearer` token.
pub struct KioskAuth(pub KioskIdentity);

impl FromRequestParts<AppState> for KioskAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() <= 128)
            .ok_or(ApiError::Unauthorized)?;
        let kiosk = state
            .db
            .kiosk_by_token(&secret::hash(token))
            .await?
            .ok_or(ApiError::Unauthorized)?;
        state
            .limits
            .check(Limit::KioskApi, &kiosk.kiosk_id, state.clock.as_ref())
            .map_err(|retry_after| ApiError::RateLimited { retry_after })?;
        Ok(KioskAuth(kiosk))
    }
}

#[utoipa::path(
    post,
    path = path::ENROLL,
    tag = "kiosk",
    request_body = EnrollRequest,
    responses(
        (status = 201, description = "Enrolled", body = EnrollAnswer),
        (status = 400, description = "Malformed body or kiosk id", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Code unknown, used or expired", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Kiosk id enrolled at another office", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn enroll(
    State(state): State<AppState>,
    Client(client): Client,
    ApiJson(body): ApiJson<EnrollRequest>,
) -> Result<(StatusCode, Json<EnrollAnswer>), ApiError> {
    // Only wrong codes count: an office enrolling its whole fleet from one address is not
    // slowed, a client guessing codes is.
    state
        .limit_allows(Limit::Enrolment, &client)
        .await
        .map_err(|retry_after| ApiError::RateLimited { retry_after })?;
    let enrolled =
        enrolment::enrol(&state, &body.code, &body.kiosk_id, &mut secret::os_rng()).await;
    if enrolled.is_err() {
        let _ = state.limit(Limit::Enrolment, &client).await;
    }
    let enrolled = enrolled?;
    let answer = EnrollAnswer {
        server_key_fingerprint: enrolment::public_key(&state).fingerprint(),
        enrolled,
    };
    Ok((StatusCode::CREATED, Json(answer)))
}

#[utoipa::path(
    post,
    path = path::APPLICATIONS,
    tag = "kiosk",
    security(("kiosk_token" = [])),
    params(("Idempotency-Key" = String, Header, description = "16–64 of A–Z a–z 0–9 _ -; names the submission across retries")),
    request_body = ApplicationRequest,
    responses(
        (status = 201, description = "Stored", body = Received),
        (status = 200, description = "A repeat of a stored submission: the same answer", body = Received),
        (status = 400, description = "Malformed key, JSON or envelope", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or unknown kiosk token", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The key was used with another body, or the token is taken", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The envelope does not open or is not an application of this office", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit(
    State(state): State<AppState>,
    KioskAuth(kiosk): KioskAuth,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ApplicationRequest>,
) -> Result<Response, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_KEY)
        .and_then(|v| v.to_str().ok())
        .and_then(IdempotencyKey::parse)
        .ok_or(ApiError::IdempotencyKeyInvalid)?;
    if let Some(received) = intake::repeat(&state, &kiosk, &key, &body.envelope).await? {
        return Ok((StatusCode::OK, Json(received)).into_response());
    }
    let (received, outcome) =
        intake::receive(&state, &kiosk, &key, &body.envelope, &mut secret::os_rng()).await?;
    let status = match outcome {
        Outcome::Created => StatusCode::CREATED,
        Outcome::Repeated => StatusCode::OK,
    };
    Ok((status, Json(received)).into_response())
}

#[utoipa::path(
    post,
    path = path::SURVEYS,
    tag = "kiosk",
    security(("kiosk_token" = [])),
    request_body = SurveyRequest,
    responses(
        (status = 201, description = "Recorded", body = SurveyRecorded),
        (status = 200, description = "Already recorded for this receipt: the first answer stands", body = SurveyRecorded),
        (status = 401, description = "Missing or unknown kiosk token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Score, reason or receipt out of range", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn survey(
    State(state): State<AppState>,
    KioskAuth(kiosk): KioskAuth,
    ApiJson(body): ApiJson<SurveyRequest>,
) -> Result<(StatusCode, Json<SurveyRecorded>), ApiError> {
    if !(1..=5).contains(&body.score) {
        return Err(ApiError::SurveyInvalid("score must be 1 to 5"));
    }
    if SurveyReason::from_code(&body.reason).is_none() {
        return Err(ApiError::SurveyInvalid(
            "reason is not one of the listed codes",
        ));
    }
    let receipt = ReceiptNumber::parse(&body.receipt)
        .ok_or(ApiError::SurveyInvalid("receipt is malformed"))?;
    let record = SurveyRecord {
        receipt: receipt.to_string(),
        score: body.score,
        reason: body.reason,
    };
    let (created, stands) = state
        .db
        .insert_survey(&kiosk.kiosk_id, &kiosk.office_code, &record, state.now())
        .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        Json(SurveyRecorded {
            receipt: stands.receipt,
            score: stands.score,
            reason: stands.reason,
        }),
    ))
}

#[utoipa::path(
    post,
    path = path::HEARTBEAT,
    tag = "kiosk",
    security(("kiosk_token" = [])),
    request_body = HeartbeatRequest,
    responses(
        (status = 200, description = "Recorded", body = HeartbeatAck),
        (status = 401, description = "Missing or unknown kiosk token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Field out of range", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn heartbeat(
    State(state): State<AppState>,
    KioskAuth(kiosk): KioskAuth,
    ApiJson(body): ApiJson<HeartbeatRequest>,
) -> Result<Json<HeartbeatAck>, ApiError> {
    let commands =
        crate::steering::heartbeat(&state.db, &kiosk.kiosk_id, &body, state.now()).await?;
    let server_time = state
        .clock
        .now()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let staff_codes = staff_code::for_kiosks(&state.db, &kiosk.office_code)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(Json(HeartbeatAck {
        server_time,
        commands,
        staff_codes,
    }))
}

impl From<CallError> for ApiError {
    fn from(e: CallError) -> ApiError {
        match e {
            CallError::NotFound => ApiError::NotFound,
            CallError::Storage(detail) => ApiError::Internal(detail),
            invalid => ApiError::InvalidBody(invalid.to_string()),
        }
    }
}

#[utoipa::path(
    post,
    path = path::STAFF_CALLS,
    tag = "kiosk",
    security(("kiosk_token" = [])),
    request_body = StaffCallRequest,
    responses(
        (status = 201, description = "Called; the counter is told", body = StaffCallAnswer),
        (status = 200, description = "The same call again", body = StaffCallAnswer),
        (status = 401, description = "Missing or unknown kiosk token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is malformed", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn call_staff(
    State(state): State<AppState>,
    KioskAuth(kiosk): KioskAuth,
    ApiJson(body): ApiJson<StaffCallRequest>,
) -> Result<(StatusCode, Json<StaffCallAnswer>), ApiError> {
    let (db, board, now) = (&state.db, &state.calls, state.now());
    let created =
        staff_call::record(db, board, &kiosk.office_code, &kiosk.kiosk_id, &body, now).await?;
    let acknowledged = staff_call::answered(db, &kiosk.kiosk_id, &body.call_id).await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let call_id = body.call_id;
    Ok((
        status,
        Json(StaffCallAnswer {
            call_id,
            acknowledged,
        }),
    ))
}

#[utoipa::path(
    post,
    path = path::STAFF_CALL_STATE,
    tag = "kiosk",
    security(("kiosk_token" = [])),
    request_body = StaffCallLookup,
    responses(
        (status = 200, description = "The call and whether staff answered", body = StaffCallAnswer),
        (status = 401, description = "Missing or unknown kiosk token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "This kiosk made no such call", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn staff_call_state(
    State(state): State<AppState>,
    KioskAuth(kiosk): KioskAuth,
    ApiJson(body): ApiJson<StaffCallLookup>,
) -> Result<Json<StaffCallAnswer>, ApiError> {
    let acknowledged = staff_call::answered(&state.db, &kiosk.kiosk_id, &body.call_id).await?;
    let call_id = body.call_id;
    Ok(Json(StaffCallAnswer {
        call_id,
        acknowledged,
    }))
}

#[utoipa::path(
    post,
    path = path::ASSISTS,
    tag = "kiosk",
    security(("kiosk_token" = [])),
    request_body = AssistRequest,
    responses(
        (status = 201, description = "Logged", body = AssistRequest),
        (status = 200, description = "Already logged", body = AssistRequest),
        (status = 401, description = "Missing or unknown kiosk token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown staff code or implausible time", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn assist(
    State(state): State<AppState>,
    KioskAuth(kiosk): KioskAuth,
    ApiJson(body): ApiJson<AssistRequest>,
) -> Result<(StatusCode, Json<AssistRequest>), ApiError> {
    let (office, now) = (&kiosk.office_code, state.now());
    let new = staff_code::log_assist(&state.db, office, &kiosk.kiosk_id, &body, now)
        .await
        .map_err(|e| match e {
            StaffCodeError::Storage(detail) => ApiError::Internal(detail),
            invalid => ApiError::InvalidBody(invalid.to_string()),
        })?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(body)))
}

#[utoipa::path(get, path = path::HEALTHZ, tag = "operations", responses((status = 200, description = "The process is up", body = Health)))]
pub async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
    })
}

#[utoipa::path(
    get,
    path = path::READYZ,
    tag = "operations",
    responses(
        (status = 200, description = "The database answers", body = Health),
        (status = 503, description = "The database does not answer", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    match state.db.ping().await {
        Ok(()) => Ok(Json(Health {
            status: "ready".into(),
        })),
        Err(e) => {
            tracing::warn!("readiness: {e}");
            Err(ApiError::Unavailable)
        }
    }
}

struct KioskTokenScheme;

impl Modify for KioskTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "kiosk_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("The kiosk token from enrolment"))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Madoguchi intake server",
        description = "What lobby kiosks call: enrolment, sealed applications (exactly once), surveys and heartbeats. Every error is RFC 9457 application/problem+json with a stable `code`."
    ),
    paths(enroll, submit, survey, heartbeat, call_staff, staff_call_state, assist, healthz, readyz),
    components(schemas(Problem)),
    modifiers(&KioskTokenScheme)
)]
pub struct ApiDoc;

pub async fn openapi() -> Response {
    match ApiDoc::openapi().to_pretty_json() {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(e) => ApiError::Internal(e.to_string()).into_response(),
    }
}

pub async fn not_found() -> ApiError {
    ApiError::NotFound
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document describes the contract's calls with the contract's types, under the same
    /// paths and schema names as when they were written here.
    #[test]
    fn the_openapi_document_describes_the_contract() {
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
        for post in [
            path::ENROLL,
            path::APPLICATIONS,
            path::SURVEYS,
            path::HEARTBEAT,
            path::STAFF_CALLS,
            path::STAFF_CALL_STATE,
            path::ASSISTS,
        ] {
            assert!(doc["paths"][post]["post"].is_object(), "{post}");
        }
        for get in [path::HEALTHZ, path::READYZ] {
            assert!(doc["paths"][get]["get"].is_object(), "{get}");
        }
        for schema in [
            "EnrollRequest",
            "EnrollAnswer",
            "ApplicationRequest",
            "Received",
            "SurveyRequest",
            "SurveyRecorded",
            "HeartbeatRequest",
            "HeartbeatAck",
            "StaffCallRequest",
            "StaffCallAnswer",
            "AssistRequest",
            "StaffCodeHash",
            "Health",
            "Problem",
        ] {
            assert!(
                doc["components"]["schemas"][schema].is_object(),
                "{schema} missing"
            );
        }
        let survey = &doc["components"]["schemas"]["SurveyRequest"];
        assert_eq!(survey["properties"]["reason"]["type"], "string");
        assert_eq!(
            doc["components"]["schemas"]["Problem"]["required"]
                .as_array()
                .map(Vec::len),
            Some(4)
        );
    }
}
