//! Errors of the JSON API, answered as RFC 9457 `application/problem+json`.
//!
//! Every error has a stable `code` from the contract ([`ProblemCode`]: the kiosk and other
//! clients branch on it, and its Fluent message is `srv-problem-<code>`). The detail of an internal failure is logged here, once, and
//! never sent: a client sees `internal` and nothing of SQL, paths or traces.

use axum::extract::rejection::JsonRejection;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use madoguchi_core::contract::{problem_type, Problem, ProblemCode};
use thiserror::Error;

use crate::storage::StorageError;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ApiError {
    #[error("the body is not valid JSON")]
    MalformedJson(String),
    #[error("the body does not have the expected fields")]
    InvalidBody(String),
    #[error("the body is too large")]
    BodyTooLarge,
    #[error("the body must be application/json")]
    UnsupportedMediaType,
    #[error("missing or unknown bearer token")]
    Unauthorized,
    #[error("the Idempotency-Key header is missing or malformed")]
    IdempotencyKeyInvalid,
    #[error("the same Idempotency-Key was used with another body")]
    IdempotencyConflict,
    #[error("the envelope is not base64url of a sealed envelope")]
    EnvelopeMalformed,
    #[error("the envelope format is not known")]
    EnvelopeVersionUnknown,
    #[error("the envelope does not open for this kiosk and key")]
    EnvelopeUnopenable,
    #[error("the opened envelope is not an application")]
    EnvelopePayloadInvalid(String),
    #[error("receipt, token or time inside the envelope is malformed")]
    IdentifiersInvalid(&'static str),
    #[error("the application names another office than the kiosk's")]
    OfficeMismatch,
    #[error("another application already carries this continuation token")]
    ContinuationTokenTaken,
    #[error("the enrolment code is unknown, used or expired")]
    EnrolmentCodeInvalid,
    #[error("the kiosk id is malformed")]
    KioskIdInvalid,
    #[error("the kiosk id is enrolled at another office")]
    KioskIdTaken,
    #[error("the survey answer is out of range")]
    SurveyInvalid(&'static str),
    #[error("the heartbeat is out of range")]
    HeartbeatInvalid(&'static str),
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("too many requests")]
    RateLimited { retry_after: u64 },
    #[error("the database is not reachable")]
    Unavailable,
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> ApiError {
        ApiError::Internal(e.to_string())
    }
}

impl ApiError {
    /// The contract's code for this error.
    pub fn problem_code(&self) -> ProblemCode {
        match self {
            ApiError::MalformedJson(_) => ProblemCode::MalformedJson,
            ApiError::InvalidBody(_) => ProblemCode::InvalidBody,
            ApiError::BodyTooLarge => ProblemCode::BodyTooLarge,
            ApiError::UnsupportedMediaType => ProblemCode::UnsupportedMediaType,
            ApiError::Unauthorized => ProblemCode::Unauthorized,
            ApiError::IdempotencyKeyInvalid => ProblemCode::IdempotencyKeyInvalid,
            ApiError::IdempotencyConflict => ProblemCode::IdempotencyConflict,
            ApiError::EnvelopeMalformed => ProblemCode::EnvelopeMalformed,
            ApiError::EnvelopeVersionUnknown => ProblemCode::EnvelopeVersionUnknown,
            ApiError::EnvelopeUnopenable => ProblemCode::EnvelopeUnopenable,
            ApiError::EnvelopePayloadInvalid(_) => ProblemCode::EnvelopePayloadInvalid,
            ApiError::IdentifiersInvalid(_) => ProblemCode::IdentifiersInvalid,
            ApiError::OfficeMismatch => ProblemCode::OfficeMismatch,
            ApiError::ContinuationTokenTaken => ProblemCode::ContinuationTokenTaken,
            ApiError::EnrolmentCodeInvalid => ProblemCode::EnrolmentCodeInvalid,
            ApiError::KioskIdInvalid => ProblemCode::KioskIdInvalid,
            ApiError::KioskIdTaken => ProblemCode::KioskIdTaken,
            ApiError::SurveyInvalid(_) => ProblemCode::SurveyInvalid,
            ApiError::HeartbeatInvalid(_) => ProblemCode::HeartbeatInvalid,
            ApiError::NotFound => ProblemCode::NotFound,
            ApiError::MethodNotAllowed => ProblemCode::MethodNotAllowed,
            ApiError::RateLimited { .. } => ProblemCode::RateLimited,
            ApiError::Unavailable => ProblemCode::Unavailable,
            ApiError::Internal(_) => ProblemCode::Internal,
        }
    }

    pub fn code(&self) -> &'static str {
        self.problem_code().code()
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::MalformedJson(_)
            | ApiError::IdempotencyKeyInvalid
            | ApiError::EnvelopeMalformed
            | ApiError::KioskIdInvalid => StatusCode::BAD_REQUEST,
            ApiError::InvalidBody(_)
            | ApiError::EnvelopeVersionUnknown
            | ApiError::EnvelopeUnopenable
            | ApiError::EnvelopePayloadInvalid(_)
            | ApiError::IdentifiersInvalid(_)
            | ApiError::OfficeMismatch
            | ApiError::SurveyInvalid(_)
            | ApiError::HeartbeatInvalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::EnrolmentCodeInvalid => StatusCode::FORBIDDEN,
            ApiError::IdempotencyConflict
            | ApiError::ContinuationTokenTaken
            | ApiError::KioskIdTaken => StatusCode::CONFLICT,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What may be said to the client beyond the title: only facts about its own request.
    fn detail(&self) -> Option<String> {
        match self {
            ApiError::MalformedJson(d)
            | ApiError::InvalidBody(d)
            | ApiError::EnvelopePayloadInvalid(d) => Some(d.clone()),
            ApiError::IdentifiersInvalid(d)
            | ApiError::SurveyInvalid(d)
            | ApiError::HeartbeatInvalid(d) => Some((*d).to_owned()),
            _ => None,
        }
    }

    pub fn problem(&self) -> Problem {
        let status = self.status();
        let title = match self {
            // The Display of an internal error carries the detail; the title must not.
            ApiError::Internal(_) => "internal error".to_owned(),
            other => other.to_string(),
        };
        Problem {
            type_: problem_type(self.code()),
            title,
            status: status.as_u16(),
            code: self.code().to_owned(),
            detail: self.detail(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            ApiError::Internal(detail) => tracing::error!(code = self.code(), "{detail}"),
            other => tracing::debug!(code = other.code(), "{other}"),
        }
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut response = (self.status(), body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let ApiError::Unauthorized = self {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if let ApiError::RateLimited { retry_after } = self {
            if let Ok(v) = HeaderValue::from_str(&retry_after.to_string()) {
                headers.insert(header::RETRY_AFTER, v);
            }
        }
        response
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        match rejection {
            JsonRejection::JsonDataError(e) => ApiError::InvalidBody(e.body_text()),
            JsonRejection::JsonSyntaxError(e) => ApiError::MalformedJson(e.body_text()),
            JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
            JsonRejection::BytesRejection(e) => {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::BodyTooLarge
                } else {
                    ApiError::MalformedJson(e.body_text())
                }
            }
            other => ApiError::MalformedJson(other.body_text()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_say_nothing_of_their_cause() {
        let e = ApiError::Internal("SELECT * FROM secrets failed at /var/lib/x".into());
        let p = e.problem();
        let text = serde_json::to_string(&p).unwrap_or_default();
        assert!(!text.contains("SELECT"));
        assert!(!text.contains("/var/lib"));
        assert_eq!(p.code, "internal");
        assert_eq!(p.status, 500);
    }

    #[test]
    fn every_code_has_a_message_in_every_language() {
        for code in ProblemCode::ALL {
            for lang in madoguchi_core::Language::all() {
                let id = format!("srv-problem-{}", code.code());
                let text = crate::i18n::catalog().try_message(lang, &id, &Default::default());
                assert!(text.is_some(), "{id} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn codes_are_kebab_case_and_types_carry_them() {
        let all = [
            ApiError::IdempotencyConflict,
            ApiError::RateLimited { retry_after: 3 },
            ApiError::SurveyInvalid("score"),
        ];
        for e in all {
            let p = e.problem();
            assert!(p.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            assert!(p.type_.ends_with(&p.code));
        }
    }
}
