//! 求職の申込み arriving from a kiosk: opened, checked, stored exactly once.
//!
//! The kiosk retries until it hears back, so the same submission may arrive many times, even at
//! once. It is named by (kiosk id, `Idempotency-Key`): the first arrival is stored (201), a
//! repeat with the very same envelope is answered as the first was (200), and the same key with
//! another envelope is refused (409). Concurrent duplicates race on a unique index, so exactly
//! one row is written whatever the timing.
//!
//! An application that core's checks find fault with is still stored, its findings kept beside
//! it for the counter. The visitor has already left the kiosk with a receipt; refusing the data
//! here would strand it sealed on the kiosk, where no one can read it. Staff see the findings in
//! red and settle them with the visitor at the counter. Only what is not an application at all
//! (an envelope that does not open, a payload that does not parse, another office's data) is
//! refused.

use madoguchi_core::contract::Received;
use madoguchi_core::envelope::{Envelope, EnvelopeError};
use madoguchi_core::receipt::{ContinuationToken, IdempotencyKey, ReceiptNumber};
use madoguchi_core::{check, Finding, Severity};
use rand_core::CryptoRng;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::clock::JST;
use crate::problem::ApiError;
use crate::reference;
use crate::secret;
use crate::state::AppState;
use crate::storage::{KioskIdentity, NewApplication, Stored};

/// Whether this call stored the application or answered a repeat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Repeated,
}

fn envelope_error(e: EnvelopeError) -> ApiError {
    match e {
        EnvelopeError::Truncated => ApiError::EnvelopeMalformed,
        EnvelopeError::UnknownVersion(_) => ApiError::EnvelopeVersionUnknown,
        EnvelopeError::Payload(detail) => ApiError::EnvelopePayloadInvalid(detail),
        _ => ApiError::EnvelopeUnopenable,
    }
}

/// The findings an application is stored with: red ones, and orange ones not confirmed.
pub fn open_findings(report: &madoguchi_core::Report) -> Vec<Finding> {
    report
        .findings
        .iter()
        .filter(|f| {
            f.severity == Severity::Error
                || !report.application.confirmed_warnings.contains(&f.key())
        })
        .cloned()
        .collect()
}

/// Receives one envelope from `kiosk` under `key`.
pub async fn receive(
    state: &AppState,
    kiosk: &KioskIdentity,
    key: &IdempotencyKey,
    envelope_text: &str,
    rng: &mut impl CryptoRng,
) -> Result<(Received, Outcome), ApiError> {
    let envelope_text = envelope_text.trim();
    let envelope = Envelope::from_base64(envelope_text).map_err(envelope_error)?;
    let body_hash = secret::hash(envelope_text);
    let sealed = envelope
        .open_application(&state.key, &kiosk.kiosk_id, key.as_str())
        .map_err(envelope_error)?;
    if sealed.office_code != kiosk.office_code {
        return Err(ApiError::OfficeMismatch);
    }
    let receipt =
        ReceiptNumber::parse(&sealed.receipt).ok_or(ApiError::IdentifiersInvalid("receipt"))?;
    let token = ContinuationToken::parse(&sealed.continuation_token)
        .ok_or(ApiError::IdentifiersInvalid("continuation_token"))?;
    let submitted = OffsetDateTime::parse(&sealed.submitted_at, &Rfc3339)
        .map_err(|_| ApiError::IdentifiersInvalid("submitted_at"))?;

    // Judged as of the day the visitor pressed 申し込む, as the kiosk judged it.
    let report = reference::with_context(submitted.to_offset(JST).date(), |cx| {
        check::application(&sealed.application, cx)
    });
    let findings = open_findings(&report);
    let application_json = serde_json::to_string(&report.application)
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let findings_json =
        serde_json::to_string(&findings).map_err(|e| ApiError::Internal(e.to_string()))?;

    let now = state.now();
    let new = NewApplication {
        id: secret::id("app", rng),
        kiosk_id: kiosk.kiosk_id.clone(),
        idempotency_key: key.as_str().to_owned(),
        body_hash: body_hash.clone(),
        office_code: kiosk.office_code.clone(),
        receipt: receipt.to_string(),
        token_hash: token.hash(),
        token_expires_at: now + state.settings.token_ttl.whole_seconds(),
        language: report.application.language.code().to_owned(),
        application_json,
        findings_json,
        submitted_at: sealed.submitted_at.clone(),
        received_at: now,
    };
    let (new_id, new_receipt) = (new.id.clone(), new.receipt.clone());
    match state.group_commit.store(&state.db, new).await? {
        Stored::Created => {
            tracing::info!(application = %new_id, kiosk = %kiosk.kiosk_id, findings = findings.len(), "application received");
            Ok((
                Received {
                    application_id: new_id,
                    receipt: new_receipt,
                    status: "provisional".into(),
                },
                Outcome::Created,
            ))
        }
        Stored::Existing {
            id,
            receipt,
            body_hash: stored,
        } => {
            if stored == body_hash {
                Ok((
                    Received {
                        application_id: id,
                        receipt,
                        status: "provisional".into(),
                    },
                    Outcome::Repeated,
                ))
            } else {
                Err(ApiError::IdempotencyConflict)
            }
        }
        Stored::TokenTaken => Err(ApiError::ContinuationTokenTaken),
    }
}

/// The cheap path for a repeat: answers from the stored row without opening the envelope.
/// `None` when nothing is stored under the key yet.
pub async fn repeat(
    state: &AppState,
    kiosk: &KioskIdentity,
    key: &IdempotencyKey,
    envelope_text: &str,
) -> Result<Option<Received>, ApiError> {
    let Some((id, receipt, stored)) = state
        .db
        .application_by_key(&kiosk.kiosk_id, key.as_str())
        .await?
    else {
        return Ok(None);
    };
    if stored == secret::hash(envelope_text.trim()) {
        Ok(Some(Received {
            application_id: id,
            receipt,
            status: "provisional".into(),
        }))
    } else {
        Err(ApiError::IdempotencyConflict)
    }
}
